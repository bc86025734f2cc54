"""The character encoding of a fetched HTML page: the HTTP header first, then the
page's own ``<meta>`` declaration, then detection.

Order (after the WHATWG HTML standard, "determining the character encoding", and
the WHATWG Encoding Standard's label table):

1. a byte order mark: left to the decoder (it reads BOMs first);
2. a body that is valid UTF-8 and not pure ASCII is UTF-8 whatever the labels say: text
   in a single-byte code page practically never forms valid UTF-8 multi-byte sequences
   (Dürst 1997, "The properties and promises of UTF-8"), while UTF-8 pages labelled
   ``iso-8859-1`` are common;
3. the ``charset`` parameter of ``Content-Type``, when it names an encoding Python
   knows and the body decodes cleanly with it;
4. else the ``<meta charset>`` / ``<meta http-equiv="Content-Type">`` declaration in
   the first 1,024 bytes (the standard's prescan window), under the same conditions;
5. else nothing is decided here and extraction detects the encoding
   (:mod:`crisisdesk.extract.decode`).

The labels ``iso-8859-1``, ``latin1`` and ``us-ascii`` mean windows-1252 on the web
(Encoding Standard, section 4.2), so they are decoded as cp1252.

:func:`decode_page` returns the page as UTF-8 bytes with the encoding that was used;
the raw store keeps the bytes as served.
"""

from __future__ import annotations

import codecs
import dataclasses
import re
from dataclasses import dataclass
from typing import Literal

from crisisdesk.extract.decode import bad_char_ratio
from crisisdesk.records import RawDocument

#: Encoding Standard labels whose decoder is windows-1252.
_WINDOWS_1252_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "iso_8859-1",
                        "iso-ir-100", "cp819", "ibm819", "csisolatin1", "us-ascii", "ascii",
                        "ansi_x3.4-1968", "windows-1252", "cp1252", "x-cp1252"}
#: Labels the decoder could not honour on bytes (they describe 16/32-bit text, which a
#: ``<meta>`` in ASCII bytes cannot truthfully declare).
_IGNORED_LABELS = ("utf-16", "utf16", "utf-32", "utf32", "ucs-2", "ucs2")
PRESCAN_BYTES = 1024
_META_CHARSET = re.compile(
    rb"""<meta[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:+-]+)""", re.IGNORECASE)
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

Source = Literal["bom", "utf-8", "header", "meta", "none"]


@dataclass(frozen=True)
class DecidedEncoding:
    """The encoding chosen for a page (a Python codec name, or None when left to
    detection), where it came from, and the labels the page declared."""

    encoding: str | None
    source: Source
    header_label: str | None = None
    meta_label: str | None = None


def header_charset(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a ``Content-Type`` value (RFC 9110 section 8.3),
    lower-cased and unquoted; None when absent."""
    if not content_type:
        return None
    for part in content_type.split(";")[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset":
            value = value.strip().strip("\"'").strip().lower()
            return value or None
    return None


def meta_charset(body: bytes) -> str | None:
    """The charset a ``<meta>`` tag declares in the first 1,024 bytes of ``body``
    (``<meta charset="...">`` or ``http-equiv`` with ``content="text/html;
    charset=..."``), lower-cased; None when there is none."""
    match = _META_CHARSET.search(body[:PRESCAN_BYTES])
    return match.group(1).decode("ascii").lower() if match else None


def codec_for_label(label: str | None) -> str | None:
    """The Python codec for an encoding label (Encoding Standard mapping for the
    latin-1/ASCII family), or None for an unknown or unusable label."""
    if not label:
        return None
    label = label.strip().lower()
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    if label.startswith(_IGNORED_LABELS):
        return None
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _decodes_cleanly(body: bytes, codec: str) -> bool:
    try:
        text = body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return False
    return bad_char_ratio(text) <= 0.01


def decide_encoding(body: bytes, content_type: str | None) -> DecidedEncoding:
    """Choose the encoding of an HTML ``body`` served with ``content_type`` (the rule
    of this module's docstring). Never raises."""
    header, meta = header_charset(content_type), meta_charset(body)
    if body.startswith(_BOMS):
        return DecidedEncoding(None, "bom", header, meta)
    if not body.isascii() and _decodes_cleanly(body, "utf-8"):
        return DecidedEncoding("utf-8", "utf-8", header, meta)
    for label, source in ((header, "header"), (meta, "meta")):
        codec = codec_for_label(label)
        if codec and _decodes_cleanly(body, codec):
            return DecidedEncoding(codec, source, header, meta)  # type: ignore[arg-type]
    return DecidedEncoding(None, "none", header, meta)


def decode_page(body: bytes, content_type: str | None) -> tuple[bytes, DecidedEncoding]:
    """``body`` as UTF-8 bytes when :func:`decide_encoding` chose an encoding (the
    body unchanged otherwise), and the decision."""
    decided = decide_encoding(body, content_type)
    if decided.encoding is None or decided.encoding == "utf-8":
        return body, decided
    return body.decode(decided.encoding).encode("utf-8"), decided


HTML_MEDIA_TYPES = ("text/html", "application/xhtml+xml")


def page_document(document: RawDocument) -> RawDocument:
    """A fetched HTML page as UTF-8 (:func:`decode_page`), with ``metadata["charset"]``
    (the page's encoding, None when left to detection) and ``metadata["charset_source"]``
    (``header``, ``meta``, ``utf-8``, ``bom`` or ``none``). Documents of another media
    type (or untyped ones that do not open with ``<html``) are returned unchanged."""
    media = (document.media_type or "").split(";")[0].strip().lower()
    if not media and b"<html" in document.content[:PRESCAN_BYTES].lower():
        media = "text/html"  # served without a type: the markup says what it is
    if media not in HTML_MEDIA_TYPES:
        return document
    content, decided = decode_page(document.content, document.media_type)
    metadata = {**document.metadata, "charset": decided.encoding, "charset_source": decided.source}
    media_type = document.media_type if content is document.content else f"{media}; charset=utf-8"
    return dataclasses.replace(document, content=content, media_type=media_type, metadata=metadata)
