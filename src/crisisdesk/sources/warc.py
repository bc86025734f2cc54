"""Web archives (WARC 1.0/1.1 and ARC, gzipped per record or not) → RawDocuments.

Read as a stream with warcio (ISO 28500): memory stays bounded by one record, and a
record larger than ``max_bytes`` is skipped without being read into memory.
``response`` and ``resource`` records whose payload is HTML become RawDocuments
(origin ``warc``, ``uri`` = ``WARC-Target-URI``, ``fetched_at`` = ``WARC-Date``,
``offset`` = the record's byte offset in the file). ``request``, ``metadata``,
``warcinfo``, ``revisit`` and ``conversion`` records carry no page and are skipped.

Bad records become Rejects (``uri`` = the archive path, ``offset`` = the record
offset): ``not_html`` (another media type), ``http_<code>`` (an archived error page),
``too_large``, ``corrupt_record`` (a truncated gzip member, a broken header, a record
cut short by the end of the file). After a
corrupt record the reader resynchronises on the next record boundary (next gzip member
header that decompresses to a WARC/ARC header, or next ``WARC/1.x`` line or ARC record
header line) and goes on. An uncompressed ARC record has no digest, so its declared
length is checked against the file: it must end at a record boundary (or the end of
the file) and take in no other record header, else the record is ``corrupt_record``
and the records it would have swallowed are read.

Library messages: warcio reports some problems it reads past by writing on
``sys.stderr`` (a record not followed by its blank lines, "perhaps Content-Length is
invalid"; a gzip member that stops decompressing) or through its ``warcio`` logger (a
``WARC-Target-URI`` with spaces), without the archive's name. The reader captures them
while warcio runs (``contextlib.redirect_stderr`` and a handler on the ``warcio``
logger, :func:`library_messages`) and reports each once, on one line, with the archive
path and the offset of the record concerned: ``warning PATH (offset N): message``
(``WarcReader.warn``; kept in ``WarcReader.warnings``).

Byte ranges: ``start``/``end`` select the records whose first byte lies in
``[start, end)``, which is how ``crisisdesk backfill`` splits one archive between
workers without indexing it first.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import re
import sys
import warnings as warnings_module
import zlib
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from crisisdesk.records import RawDocument, Reject
from crisisdesk.sources.files import path_uri

log = logging.getLogger(__name__)

HTML_MEDIA_TYPES = ("text/html", "application/xhtml+xml")
PAGE_RECORD_TYPES = ("response", "resource")
DEFAULT_MAX_RECORD_BYTES = 10 * 1024 * 1024
GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_LINE = re.compile(rb"WARC/1\.[01]\r?\n")
#: An ARC v1 record header line (Internet Archive ARC file format 1.0): URL, IP
#: address, 14-digit archive date, content type, archive length, space-separated.
ARC_HEADER = re.compile(rb"([a-z][a-z0-9+.-]*:\S*) (\S+) (\d{14}) (\S*) (\d+)\r?\n", re.IGNORECASE)
#: The same, at the start of a line (what resynchronisation and the overrun check look for).
ARC_HEADER_AFTER_NEWLINE = re.compile(rb"\n" + ARC_HEADER.pattern, re.IGNORECASE)
_SCAN_CHUNK = 1 << 20
_CORRUPTION = (ArchiveLoadFailed, zlib.error, EOFError, ValueError, KeyError, IndexError,
               UnicodeDecodeError, OSError, TypeError, AttributeError)


class _Collect(logging.Handler):
    def __init__(self, sink: list[tuple[str, str]]) -> None:
        super().__init__(logging.INFO)
        self.sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        self.sink.append(("log", record.getMessage()))


@contextlib.contextmanager
def library_messages(sink: list[tuple[str, str]]) -> Iterator[None]:
    """While the block runs, collect into ``sink`` what warcio says outside its return
    values: its writes on ``sys.stderr`` (``("stderr", text)``), its ``warcio`` logger's
    records (``("log", message)``, not passed on to the root logger) and Python warnings
    (``("warning", message)``). ``sys.stderr`` is swapped for the whole process while
    the block runs (``contextlib.redirect_stderr``), so the block holds only warcio calls
    (a rich progress bar writes to the stream it was given, not through ``sys.stderr``)."""
    buffer = io.StringIO()
    logger = logging.getLogger("warcio")
    handler = _Collect(sink)
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        with contextlib.redirect_stderr(buffer), warnings_module.catch_warnings(record=True) as caught:
            warnings_module.simplefilter("always")
            yield
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate
        sink.extend(("warning", str(w.message)) for w in caught)
        if buffer.getvalue().strip():
            sink.append(("stderr", buffer.getvalue()))


def one_line(message: str, limit: int = 300) -> str:
    """A library message on one line: whitespace runs (warcio indents its several-line
    messages) made one space, non-printable characters shown as ``?``, at most
    ``limit`` characters."""
    text = " ".join(message.split())
    return "".join(c if c.isprintable() else "?" for c in text)[:limit]


def print_warning(path: str, offset: int, message: str) -> None:
    """The default :attr:`WarcReader.warn`: ``warning PATH (offset N): message`` on
    stderr (the real one: called outside :func:`library_messages`)."""
    print(f"warning {path} (offset {offset}): {message}", file=sys.stderr)


def is_gzip(path: str | Path) -> bool:
    """Whether the file starts with a gzip member header."""
    with open(path, "rb") as handle:
        return handle.read(3) == GZIP_MAGIC


def _header_starts_record(head: bytes) -> bool:
    return bool(WARC_LINE.match(head)) or head.startswith((b"filedesc://", b"http://",
                                                            b"https://", b"dns:"))


def _valid_gzip_record_start(data: bytes) -> bool:
    try:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, 64)
    except zlib.error:
        return False
    return _header_starts_record(head)


def _valid_warc_header(data: bytes) -> bool:
    """A ``WARC/1.x`` line followed, before the blank line, by the mandatory
    ``WARC-Record-ID`` and ``WARC-Type`` fields (ISO 28500 section 5)."""
    header = data.split(b"\r\n\r\n", 1)[0].lower()
    return b"\nwarc-record-id:" in header and b"\nwarc-type:" in header


def find_record_start(handle: BinaryIO, position: int, gzipped: bool) -> int | None:
    """Byte offset of the first record boundary at or after ``position``, or None at
    the end of the file. A candidate (gzip magic, or ``WARC/1.x`` at a line start) is
    accepted only when it really opens a WARC/ARC header."""
    if position == 0:
        return 0
    chunk_start = position
    while True:
        handle.seek(chunk_start)
        chunk = handle.read(_SCAN_CHUNK + 4096)
        if not chunk:
            return None
        limit = min(len(chunk), _SCAN_CHUNK)
        if gzipped:
            index = chunk.find(GZIP_MAGIC, 0)
            while 0 <= index < limit:
                if _valid_gzip_record_start(chunk[index:index + 4096]):
                    return chunk_start + index
                index = chunk.find(GZIP_MAGIC, index + 1)
        else:
            found = [m.start() for m in WARC_LINE.finditer(chunk, 0)
                     if m.start() < limit and _valid_warc_header(chunk[m.start():m.start() + 4096])]
            # in ``before + chunk`` the newline is at m.start(), so the header is at
            # m.start() in ``chunk``
            before = _byte_before(handle, chunk_start)
            found += [m.start() for m in ARC_HEADER_AFTER_NEWLINE.finditer(before + chunk)
                      if m.start() < limit]
            if found:
                return chunk_start + min(found)
        if len(chunk) <= _SCAN_CHUNK:
            return None
        chunk_start += _SCAN_CHUNK


def _byte_before(handle: BinaryIO, position: int) -> bytes:
    """The byte before ``position`` (a newline at the start of the file), so that a
    header at the very start of a scanned chunk counts as starting a line."""
    if position == 0:
        return b"\n"
    return os.pread(handle.fileno(), 1, position - 1)


def arc_record_problem(handle: BinaryIO, offset: int, file_size: int) -> str | None:
    """Why the uncompressed ARC record at ``offset`` is corrupt (a sentence naming the
    declared length), or None when it is sound or not an ARC v1 record.

    ARC records carry no digest, so a wrong ``Archive-length`` would silently swallow
    the records after it (or stop inside one). The record must end inside the file,
    be followed by the newline that separates records (or the end of the file), and
    contain no other record header line."""
    head = os.pread(handle.fileno(), 4096, offset)
    line_end = head.find(b"\n")
    match = ARC_HEADER.match(head[:line_end + 1]) if line_end >= 0 else None
    if match is None:
        return None  # not an ARC v1 header line: the parser reports it
    block_start = offset + line_end + 1
    end = block_start + int(match.group(5))
    if end > file_size:
        return f"archive length {match.group(5).decode()} runs {end - file_size} bytes past the end of the file"
    if end < file_size and os.pread(handle.fileno(), 1, end) != b"\n":
        return (f"archive length {match.group(5).decode()} does not end at the newline that "
                "separates records")
    if end - block_start > _SCAN_CHUNK * 16:
        return None  # too large to re-read; the boundary check above still holds
    block = os.pread(handle.fileno(), end - block_start, block_start)
    embedded = ARC_HEADER_AFTER_NEWLINE.search(block)
    if embedded is not None:
        return (f"archive length {match.group(5).decode()} takes in the record header at offset "
                f"{block_start + embedded.start() + 1}")
    return None


def parse_warc_date(value: str | None) -> datetime | None:
    """``WARC-Date`` (W3C/ISO 8601, UTC, optional fraction) or an ARC 14-digit date
    → aware UTC datetime; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        if value.isdigit() and len(value) >= 14:
            return datetime.strptime(value[:14], "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc)
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (when if when.tzinfo else when.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)


def _media_type(value: str | None) -> str:
    return (value or "").split(";")[0].strip().lower()


def _looks_like_html(head: bytes) -> bool:
    lowered = head.lstrip()[:512].lower()
    return lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered


class WarcReader:
    """Reads one archive file; iterate to get RawDocuments and Rejects.

    ``path``: WARC/ARC file (``.warc``, ``.warc.gz``, ``.arc.gz``...); ``start``/``end``:
    byte range of record offsets to take (``end`` None = to the end); ``max_bytes``:
    payloads larger than this are rejected as ``too_large`` unread.
    Counters after iteration: ``records`` (all records seen), ``skipped`` (request,
    metadata... records). ``warn(path, offset, message)`` is called for each message
    warcio gave while reading (module docstring; default :func:`print_warning`), and
    ``warnings`` keeps them as ``(offset, message)``.
    """

    def __init__(self, path: str | Path, *, start: int = 0, end: int | None = None,
                 max_bytes: int = DEFAULT_MAX_RECORD_BYTES,
                 warn: Callable[[str, int, str], None] | None = None):
        self.path = Path(path)
        self.start = start
        self.end = end
        self.max_bytes = max_bytes
        self.records = 0
        self.skipped = 0
        self.warn = warn or print_warning
        self.warnings: list[tuple[int, str]] = []

    def _report(self, messages: list[tuple[str, str]], finished: int | None, current: int) -> None:
        """Report the messages warcio gave during one step. Moving to the next record,
        warcio first reads the end of the record before (its rest, the blank lines
        after it: what it writes on stderr then is about that record, ``finished``),
        then parses the new record's header (what it logs: ``current``)."""
        for kind, text in messages:
            offset = finished if kind == "stderr" and finished is not None else current
            message = one_line(text)
            self.warnings.append((offset, message))
            self.warn(path_uri(self.path), offset, message)

    def __iter__(self) -> Iterator[RawDocument | Reject]:
        gzipped = self._gzipped = is_gzip(self.path)
        self._size = self.path.stat().st_size
        with open(self.path, "rb") as handle:
            position = find_record_start(handle, self.start, gzipped)
            while position is not None and (self.end is None or position < self.end):
                handle.seek(position)
                failed_at = yield from self._read_from(handle, position)
                if failed_at is None:
                    return
                position = find_record_start(handle, failed_at + 1, gzipped)

    def _opens_record(self, handle: BinaryIO, offset: int) -> bool:
        """Whether a real record starts at ``offset`` (read with ``pread``, leaving the
        iterator's file position alone)."""
        head = os.pread(handle.fileno(), 4096, offset)
        if self._gzipped:
            return head.startswith(GZIP_MAGIC) and _valid_gzip_record_start(head)
        return _header_starts_record(head)

    def _reject(self, reason: str, detail: str, offset: int) -> Reject:
        return Reject(uri=path_uri(self.path), stage="source", reason=reason, detail=detail,
                      offset=offset)

    def _read_from(self, handle: BinaryIO, base: int):
        """Yield items from ``base`` on; return None at the end, or the offset of a
        corrupt record after rejecting it."""
        # check_digests="raise": a record whose WARC-Block/Payload-Digest does not
        # match (an uncompressed record cut short swallows its neighbour) is corrupt.
        iterator = ArchiveIterator(handle, arc2warc=True, check_digests="raise")
        records = iter(iterator)
        offset = base
        finished: int | None = None
        try:
            while True:
                messages: list[tuple[str, str]] = []
                try:
                    with library_messages(messages):
                        record = next(records, None)
                finally:
                    self._report(messages, finished, iterator.offset)
                if record is None:
                    break
                offset = finished = iterator.offset  # absolute: warcio starts at handle.tell()
                if self.end is not None and offset >= self.end:
                    # Garbage right after this range's last record belongs to this range:
                    # the next range starts by seeking the first real record, and would
                    # skip it without a word (a byte range must lose no reject).
                    if not self._opens_record(handle, offset):
                        yield self._reject("corrupt_record", "no valid gzip member or WARC/ARC "
                                           "header at this offset", offset)
                    return None
                self.records += 1
                if not self._opens_record(handle, offset):
                    # warcio reads a gzip member that does not inflate as plain bytes
                    # and may take garbage for an ARC record: not a record boundary.
                    yield self._reject("corrupt_record", "no valid gzip member or WARC/ARC "
                                       "header at this offset", offset)
                    return offset
                problem = None if self._gzipped else arc_record_problem(handle, offset, self._size)
                if problem is not None:
                    yield self._reject("corrupt_record", problem, offset)
                    return offset
                if record.rec_type is None or not record.rec_headers.get_header("WARC-Type"):
                    yield self._reject("corrupt_record", "record header without WARC-Type",
                                       offset)
                    return offset
                declared_length = record.rec_headers.get_header("Content-Length")
                if declared_length is None or not declared_length.strip().isdigit():
                    # warcio reads such a record as empty: its bytes and the next
                    # record's boundary are unknown
                    yield self._reject("corrupt_record", f"Content-Length {declared_length!r} "
                                       "is not a byte count", offset)
                    return offset
                if _binary_header(record.rec_headers):
                    # a cut gzip member that warcio fell back to reading as plain bytes:
                    # its "header" values are compressed data
                    yield self._reject("corrupt_record", "record header holds binary bytes "
                                       "(a truncated gzip member read as plain text)", offset)
                    return offset
                messages = []
                try:
                    with library_messages(messages):
                        item = self._convert(record, offset)
                finally:
                    self._report(messages, offset, offset)
                if item is not None:
                    yield item
        except _CORRUPTION as exc:
            # the failing record's start: warcio moves ``offset`` past a record only
            # after reading it to its end
            offset = iterator.offset
            text = str(exc).splitlines()[0] if str(exc) else ""
            message = "".join(c if c.isprintable() else "?" for c in text)[:120]
            yield self._reject("corrupt_record", f"{type(exc).__name__}: {message}", offset)
            return offset
        return None

    def _convert(self, record, offset: int) -> RawDocument | Reject | None:
        if record.rec_type not in PAGE_RECORD_TYPES:
            self.skipped += 1
            return None
        headers = record.rec_headers
        target = headers.get_header("WARC-Target-URI") or ""
        named = target or "the record without WARC-Target-URI"  # for messages
        declared = None
        if record.http_headers is not None:
            code = record.http_headers.get_statuscode()
            if record.rec_type == "response" and code and not code.startswith("2"):
                return self._reject(f"http_{code}", f"archived {code} answer for {named}", offset)
            declared = record.http_headers.get_header("Content-Type")
        declared = declared or headers.get_header("Content-Type")
        media = _media_type(declared)
        length = record.length if record.length is not None else 0
        if length > self.max_bytes + 64 * 1024:
            return self._reject("too_large", f"{named}: record of {length} bytes, cap is "
                                f"{self.max_bytes}", offset)
        if media and media not in HTML_MEDIA_TYPES and media != "text/plain":
            return self._reject("not_html", f"{named} is {media}", offset)
        content = record.content_stream().read(self.max_bytes + 1)
        if len(content) > self.max_bytes:
            return self._reject("too_large", f"{named}: payload over {self.max_bytes} bytes",
                                offset)
        missing = _bytes_missing(record)
        if missing:
            return self._reject("corrupt_record", f"{named}: record cut short, the file ends "
                                f"{missing} of its {length} declared bytes early", offset)
        if media != "text/html" and media not in HTML_MEDIA_TYPES and not _looks_like_html(content):
            return self._reject("not_html", f"{named} is {media or 'untyped'} and does not "
                                "look like HTML", offset)
        fetched_at = parse_warc_date(headers.get_header("WARC-Date")) or datetime.now(timezone.utc)
        return RawDocument(
            uri=target or f"{self.path}#offset={offset}", content=content,
            fetched_at=fetched_at, origin="warc", media_type=declared, offset=offset,
            metadata={"warc_path": path_uri(self.path),
                      "warc_record_id": headers.get_header("WARC-Record-ID"),
                      "url": target or None},
        )


def _bytes_missing(record) -> int:  # noqa: ANN001
    """How many bytes of the record's declared ``Content-Length`` the file did not hold
    once its payload was read (0 for a whole record). A record cut at the end of the
    file (an interrupted download or copy, a gzip member cut short) ends without an
    error in warcio, and its digest is only checked when the declared length is reached
    (ISO 28500 section 5.6 ``Content-Length``), so the shortfall is measured here."""
    return max(int(getattr(record.raw_stream, "limit", 0) or 0), 0)


_CONTROL_BYTES = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _binary_header(headers) -> bool:  # noqa: ANN001
    """Whether a WARC record header holds control characters (WARC 1.1, section 4: header
    values are text; control characters other than tab mean the bytes were not a
    header, e.g. compressed data of a truncated gzip member)."""
    return any(_CONTROL_BYTES.search(value or "") for _name, value in headers.headers)


def read_warc(path: str | Path, **options) -> Iterator[RawDocument | Reject]:
    """Convenience: ``iter(WarcReader(path, **options))``."""
    return iter(WarcReader(path, **options))


def looks_like_warc(path: str | Path) -> bool:
    """Whether ``path`` is a WARC or ARC file, by its first bytes (decompressing the
    first gzip member header when gzipped), whatever its name."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    if head.startswith(GZIP_MAGIC):
        return _valid_gzip_record_start(head)
    return _header_starts_record(head) and head.startswith((b"WARC/", b"filedesc://"))
