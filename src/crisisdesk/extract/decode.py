"""Bytes → ``str``: UTF-8 first, then charset detection, cp1252 and latin-1.

Order (first acceptable result wins):

1. a BOM (UTF-8/16), UTF-16 without a BOM (its NUL pattern,
   :func:`crisisdesk.sources.sniff.utf16_without_bom`) or strict UTF-8;
2. UTF-8 with its few invalid sequences replaced, when its valid multi-byte characters
   outnumber them (:func:`_damaged_utf8`: a UTF-8 page with one latin-1 "é" pasted in);
3. the encoding ``charset-normalizer`` finds most plausible (for items of 256 bytes
   or more, and never UTF-16/32 without a BOM);
4. strict cp1252 (Windows Western, the usual mislabelled "latin-1" of the web);
5. latin-1;
6. UTF-8 with its few invalid bytes replaced by U+FFFD (:func:`_mostly_utf8`; the
   article notes how many, ``decode_replaced``).

A result is acceptable when at most 1 % of its characters are control characters
(other than tab, newline, carriage return, form feed) or U+FFFD. Latin-1 maps every
byte, so this gate is what turns garbage into ``ExtractionError('undecodable')``.
"""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from crisisdesk.errors import ExtractionError
from crisisdesk.sources.sniff import utf16_without_bom

MAX_BAD_RATIO = 0.01
#: Below this size charset detection guesses wildly; cp1252/latin-1 are used instead.
MIN_DETECT_BYTES = 256
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f"}


def bad_char_ratio(text: str) -> float:
    """Share of characters in ``text`` that are control characters or U+FFFD (0..1)."""
    if not text:
        return 0.0
    bad = sum(
        1 for char in text
        if char == "\ufffd" or (unicodedata.category(char) in ("Cc", "Cs", "Co") and char not in _ALLOWED_CONTROLS)
    )
    return bad / len(text)


def _acceptable(text: str) -> bool:
    return bad_char_ratio(text) <= MAX_BAD_RATIO


def _detect(data: bytes):
    """charset-normalizer's best match, preferring cp1252 among equally plausible ones
    (the single-byte Western code pages are indistinguishable on French/English text);
    UTF-16/32 guesses without a BOM are ignored."""
    matches = [m for m in from_bytes(data) if not m.encoding.startswith(("utf_16", "utf_32"))]
    if not matches:
        return None
    floor = min(m.chaos for m in matches)
    plausible = [m for m in matches if m.chaos <= floor + 0.01]
    for match in plausible:
        if match.encoding == "cp1252":
            return match
    return plausible[0]


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding_used)``.

    ``declared`` is an encoding the container named (tried right after UTF-8).
    Raises ``ExtractionError(reason='undecodable')`` when no decoder gives clean text.
    """
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
                if _acceptable(text):
                    return text, encoding
            except UnicodeDecodeError:
                pass
    if bare_utf16 := utf16_without_bom(data):
        text = data[: len(data) - len(data) % 2].decode(bare_utf16, errors="replace")
        if _acceptable(text):
            return text, bare_utf16
    candidates: list[str] = ["utf-8"]
    if declared:
        candidates.append(declared)
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _acceptable(text):
            return text, encoding
    if (text := _damaged_utf8(data)) is not None:
        return text, UTF8_REPLACED
    best = _detect(data) if len(data) >= MIN_DETECT_BYTES else None
    if best is not None:
        text = str(best)
        if _acceptable(text):
            return text, best.encoding
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _acceptable(text):
            return text, encoding
    if (text := _mostly_utf8(data)) is not None:
        return text, UTF8_REPLACED
    raise ExtractionError("undecodable", "no encoding (UTF-8, detected, cp1252, latin-1) gives clean text")


#: ``decode_bytes``' encoding name for UTF-8 text whose few invalid bytes were replaced.
UTF8_REPLACED = "utf-8 (invalid bytes replaced)"


def _damaged_utf8(data: bytes) -> str | None:
    """``data`` decoded as UTF-8 with its invalid sequences replaced by U+FFFD, when its
    valid multi-byte UTF-8 characters outnumber the invalid sequences (and the result
    passes the 1 % gate); else None. Tried before charset detection: a UTF-8 page with
    one latin-1 byte in it ("selon l\\xe9tat-major" among 14 "é" written in UTF-8) was
    decoded whole as cp1252, every "é" of the article turned into "Ã©", because cp1252
    maps every such byte and passes the gate. Single-byte Western text almost never
    forms a valid multi-byte UTF-8 sequence (an accented capital followed by a byte of
    0x80-0xBF, "Ã©"), while each of its accented letters followed by ASCII is an invalid
    one, so a cp1252 or latin-1 text has far more invalid sequences than valid ones and
    goes on to detection as before."""
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd")
    valid = sum(1 for char in text if ord(char) > 0x7F and char != "\ufffd")
    if invalid == 0 or valid <= invalid:
        return None
    return text if _acceptable(text) else None


def _mostly_utf8(data: bytes) -> str | None:
    """``data`` decoded as UTF-8 with each invalid byte sequence replaced by U+FFFD, when
    it holds at least one valid multi-byte UTF-8 character (evidence that UTF-8 is its
    encoding) and the replacements pass the same 1 % gate; else None. Tried last: one
    bad byte in a UTF-8 page (a byte cut or changed in a copy, a latin-1 "é" pasted in)
    made strict UTF-8 fail, and with curly quotes or dashes present cp1252 (undefined
    bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D) and latin-1 (C1 control characters) fail the
    gate too, so the whole article was rejected ``undecodable``."""
    text = data.decode("utf-8", errors="replace")
    if not any(ord(char) > 0x7F and char != "\ufffd" for char in text):
        return None
    return text if _acceptable(text) else None
