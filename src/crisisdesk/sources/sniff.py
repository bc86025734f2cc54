"""Decide what kind of content a byte string holds by looking at the bytes.

The file name is only a hint: a ``.txt`` page that holds HTML is HTML. Kinds:
``empty``, ``binary``, ``html``, ``json`` (one object or an array of objects),
``jsonl`` (one JSON object per line), ``markdown`` (with or without YAML front matter)
and ``text``.

Rules (checked in order, on the first 64 KiB):

1. nothing but whitespace → ``empty``;
2. a known binary signature (PDF, PNG, JPEG, GIF, ZIP/Office, gzip, bzip2, xz, 7z,
   ELF, WebP/RIFF, MP4, SQLite) or a NUL byte outside a UTF-16/32 text (BOM, or the
   NUL pattern of UTF-16 without one: :func:`utf16_without_bom`) or more than 30 %
   control bytes → ``binary``;
UTF-16 text (a BOM, or :func:`utf16_without_bom`) is read as the UTF-8 text it holds
for rules 3-6.

3. first non-blank character ``{`` or ``[`` → ``jsonl`` when the first non-blank line
   is a whole JSON object and the next one starts with ``{``, else ``json`` when it
   starts with ``{``, ``[{``, ``[]`` or the whole item parses as JSON (an array of
   numbers, strings...), or, for an item longer than the 64 KiB looked at, when that
   head is an array still open at the cut whose values all parse (callers also treat a
   ``.jsonl``/``.ndjson`` file starting with ``{`` as JSONL);
4. ``<!doctype html``, ``<html`` or common block tags near the start → ``html``;
5. YAML front matter (``---`` first line) or Markdown syntax (ATX headings,
   ``[text](url)`` links, emphasis markers on several lines) → ``markdown``;
6. anything else → ``text``.
"""

from __future__ import annotations

import json
import re
from typing import Literal

Kind = Literal["empty", "binary", "html", "json", "jsonl", "markdown", "text"]

SNIFF_BYTES = 64 * 1024

#: Leading bytes ("magic numbers") of binary formats and the format's name (signatures
#: as published in each format's specification; Gary Kessler's file signature table).
BINARY_FORMATS: dict[bytes, str] = {
    b"%PDF-": "a PDF document", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
    b"GIF87a": "a GIF image", b"GIF89a": "a GIF image", b"PK\x03\x04": "a ZIP archive (or DOCX/ODT/XLSX)",
    b"\x1f\x8b": "gzip data", b"BZh": "bzip2 data", b"\xfd7zXZ\x00": "xz data", b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive",
    b"\x7fELF": "an executable (ELF)", b"RIFF": "a RIFF media file", b"SQLite format 3\x00": "an SQLite database",
    b"\x00\x00\x00\x18ftyp": "an MP4/MOV video", b"\x00\x00\x00\x20ftyp": "an MP4/MOV video",
    b"MZ": "a Windows executable", b"\xd0\xcf\x11\xe0": "an old Microsoft Office document (DOC/XLS)",
}
_BINARY_SIGNATURES: tuple[bytes, ...] = tuple(BINARY_FORMATS)
_TEXT_BOMS: tuple[bytes, ...] = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32)) | {127}

_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|section|main)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_ANYWHERE = re.compile(rb"<(?:html|body|head)\b[^>]*>|</(?:p|div|html|body)>", re.IGNORECASE)
_FRONT_MATTER = re.compile(rb"^\s*---[ \t]*\r?\n")
_MD_HEADING = re.compile(rb"^#{1,6} \S", re.MULTILINE)
_MD_LINK = re.compile(rb"\[[^\]\n]{1,300}\]\((?:https?://|/|#)[^)\s]*\)")
_MD_LINK_START = re.compile(rb"^\[[^\]]*$|^\]\(https?://", re.MULTILINE)


def has_bom(data: bytes) -> bool:
    """True when ``data`` starts with a UTF-8/16 byte-order mark."""
    return data.startswith(_TEXT_BOMS)


#: Share of the high (LE) or low (BE) bytes of the code units that must be NUL, and
#: the most the other half may hold, for :func:`utf16_without_bom`.
UTF16_NUL_SHARE = 0.6
UTF16_OTHER_NUL_SHARE = 0.05
_UTF16_PEEK = 4096


def utf16_without_bom(head: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when ``head`` reads as UTF-16 text saved
    without a byte-order mark, else None.

    Text in a Latin-script language is mostly code units below U+0100, whose high byte
    is NUL: in UTF-16LE at least :data:`UTF16_NUL_SHARE` of the odd bytes are NUL and
    hardly any even byte is (the reverse in UTF-16BE); the first 4 KiB must then decode
    strictly with few control characters (the test of ``IsTextUnicode`` in Windows and
    of libmagic's ``file``). Text in a non-Latin script without a BOM is not detected."""
    sample = head[:_UTF16_PEEK]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul >= UTF16_NUL_SHARE and even_nul <= UTF16_OTHER_NUL_SHARE:
        encoding = "utf-16-le"
    elif even_nul >= UTF16_NUL_SHARE and odd_nul <= UTF16_OTHER_NUL_SHARE:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = sample.decode(encoding)
    except UnicodeDecodeError:  # a cut surrogate pair at the end of the sample
        try:
            text = sample[:-2].decode(encoding)
        except UnicodeDecodeError:
            return None
    controls = sum(1 for char in text if ord(char) in _CONTROL)
    return encoding if controls <= 0.01 * len(text) else None


def utf16_encoding(data: bytes) -> str | None:
    """The UTF-16 codec ``data`` is written in: ``"utf-16"`` after a UTF-16 byte-order
    mark (the codec reads the mark), ``"utf-16-le"``/``"utf-16-be"`` by
    :func:`utf16_without_bom`, else None (UTF-8 and single-byte text)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    return utf16_without_bom(data)


def as_utf8(data: bytes) -> bytes:
    """``data`` re-encoded as UTF-8 when it is UTF-16 text (:func:`utf16_encoding`;
    a lone surrogate or an odd last byte becomes U+FFFD), else ``data`` unchanged. The
    containers read byte by byte (JSON, JSONL, the HTML and Markdown markers of
    :func:`sniff_kind`) assume an ASCII-compatible encoding: a UTF-16 HTML page was
    stored as text with its tags, and a UTF-16 JSONL file as one article holding the
    JSON syntax."""
    encoding = utf16_encoding(data)
    if encoding is None:
        return data
    return data.decode(encoding, errors="replace").encode("utf-8")


def binary_format(head: bytes) -> str | None:
    """The name of the binary format ``head`` (an item's first bytes) starts with
    (:data:`BINARY_FORMATS`: "a PDF document"), None when no known signature leads it."""
    return next((name for signature, name in BINARY_FORMATS.items() if head.startswith(signature)), None)


def binary_detail(head: bytes) -> str:
    """The reject detail of a binary item: what it is when its signature says so, and
    for a PDF how to get its text in (crisisdesk reads no PDF)."""
    found = binary_format(head)
    if found is None:
        return "binary content (not HTML, text, Markdown or JSON)"
    hint = "; crisisdesk reads no PDF: convert it to text first (e.g. pdftotext FILE FILE.txt)" \
        if head.startswith(b"%PDF-") else ""
    return f"binary content: {found}, not HTML, text, Markdown or JSON{hint}"


def is_binary(head: bytes) -> bool:
    """True when ``head`` (the first bytes of an item) looks like a binary file."""
    if head.startswith(_BINARY_SIGNATURES):
        return True
    if has_bom(head) or utf16_without_bom(head):
        return False
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = sum(1 for byte in head if byte in _CONTROL)
    return controls / len(head) > 0.30


def load_json(text: str | bytes) -> object:
    """``json.loads(text)``, with a value nested too deeply for Python's recursion limit
    (``[[[[...]]]]`` 100,000 levels deep) raised as ``ValueError`` like any other
    malformed JSON: ``json`` raises ``RecursionError`` there, which is no ``ValueError``
    and stopped the whole run with a traceback."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply to read (over Python's recursion limit)") from None


def _looks_like_jsonl(head: bytes) -> bool:
    """The first line is a whole JSON object and another line starts with ``{`` (later
    lines need not parse: a broken line is rejected on its own, not the whole file)."""
    lines = [line.strip() for line in head.splitlines() if line.strip()]
    if len(lines) < 2 or not lines[1].startswith(b"{"):
        return False
    try:
        return isinstance(load_json(lines[0]), dict)
    except ValueError:
        return False


def _whole_json(body: bytes) -> bool:
    """``body`` (a whole item under :data:`SNIFF_BYTES`) parses as one JSON value: an
    array of anything (``[1, "a", null]``), which is JSON and rejected as "not an
    article object" item by item, not read as three words of text (``no_text``). A text
    opening with "[1] ..." or a Markdown link does not parse and stays text. Brackets
    nested beyond Python's recursion limit are JSON too (rejected ``malformed_json``, not
    ``no_text``)."""
    try:
        json.loads(body.decode("utf-8"))
    except RecursionError:
        return True
    except (ValueError, UnicodeDecodeError):
        return False
    return True


#: Bytes before the end of a cut head within which a JSON value may fail to parse
#: because it is cut there (a literal such as ``tru``/``nul`` or a number split at the cut).
_CUT_SLACK = 8


def _json_array_head(body: bytes) -> bool:
    """``body`` (the first :data:`SNIFF_BYTES` of an item longer than that, stripped)
    is the start of a JSON array: its values parse one after the other, separated by
    commas, and the array is still open where the head is cut (the last value may be cut
    in the middle). An array of non-objects over 64 KiB (``[1, "a", null, ...]``) was
    read as text, because :func:`_whole_json` needs the whole item; it is JSON, and its
    items are rejected one by one as "not an article object". A text opening with "[1]"
    closes its bracket at once and stays text."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:  # a multi-byte character cut at the end of the head
        if error.start < len(body) - 3:
            return False
        text = body[:error.start].decode("utf-8")
    decoder = json.JSONDecoder()
    index, values = 1, 0
    while True:
        while index < len(text) and text[index] in " \t\r\n":
            index += 1
        if index >= len(text):
            return values > 0  # cut between values
        try:
            _, index = decoder.raw_decode(text, index)
        except json.JSONDecodeError as error:
            cut = error.msg.startswith("Unterminated string") or error.pos >= len(text) - _CUT_SLACK
            return values > 0 and cut  # the last value is cut by the head's end
        values += 1
        while index < len(text) and text[index] in " \t\r\n":
            index += 1
        if index >= len(text):
            return True  # cut after a value
        if text[index] != ",":
            return False  # "]" closes the array inside the head (a whole item is _whole_json's), or prose
        index += 1


def sniff_kind(head: bytes) -> Kind:
    """Return the kind of content in ``head`` (the first :data:`SNIFF_BYTES` bytes or
    all of an item). See the module docstring for the rules."""
    if not head.strip():
        return "empty"
    if is_binary(head):
        return "binary"
    if encoding := utf16_encoding(head):  # the rules below read ASCII bytes: read UTF-16 as UTF-8
        head = head.decode(encoding, errors="ignore").encode("utf-8")
    body = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if body[:1] in (b"{", b"["):
        if body[:1] == b"{" and _looks_like_jsonl(body):
            return "jsonl"
        if body[:1] == b"{" or re.match(rb"\[\s*[{\]]", body) or _whole_json(body):
            return "json"
        if len(head) >= SNIFF_BYTES and body[:1] == b"[" and _json_array_head(body):
            return "json"
    if _HTML_START.match(body) or len(_HTML_ANYWHERE.findall(body[:4096])) >= 2:
        return "html"
    if _FRONT_MATTER.match(body):
        return "markdown"
    if _MD_HEADING.search(body) or _MD_LINK.search(body) or _MD_LINK_START.search(body):
        return "markdown"
    return "text"
