"""Files, directories, stdin, JSON and JSONL containers → ``RawDocument`` / ``Reject``.

Containers are opened here; the article inside is interpreted later (``extract``):

- a plain file (HTML, text, Markdown) is one ``RawDocument`` holding its bytes;
- a JSON object with ``text`` and/or ``html`` (plus optional ``url``, ``title``,
  ``published``, ``site``, ``author``, ``language``; the shape of the files in
  ``shared/data/news``) is one ``RawDocument`` whose content is the ``html`` field when
  present, else ``text``, and whose ``metadata`` keeps the other fields; a JSON array
  of such objects yields one document per object;
- JSONL (one such object per line) yields one document per line, streamed line by
  line; a broken line becomes a ``Reject`` with its line number and the rest goes on;
- a directory is walked recursively in sorted order (names starting with ``.`` are
  skipped; a symbolic link to a directory is followed unless it leads to a directory the
  walk reads anyway, a loop, which is rejected as ``symlink_loop``), so runs are deterministic;
  a directory that cannot be listed (no read permission) is rejected as ``unreadable``
  with its path and the run goes on;
  a raw store of fetched pages inside it (:func:`crisisdesk.sources.rawstore.is_raw_store`)
  is skipped, its pages having been read through their URLs.

Size cap: an item larger than ``max_bytes`` (default 20 MB) is rejected with reason
``too_large`` after a ``stat`` and a 64 KiB peek, never read whole. A JSONL file is
exempt as a whole (it is streamed), each of its lines is capped.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, BinaryIO

from crisisdesk.records import RawDocument, Reject
from crisisdesk.sources.rawstore import is_raw_store
from crisisdesk.sources.sniff import SNIFF_BYTES, as_utf8, binary_detail, load_json, sniff_kind, utf16_encoding

DEFAULT_MAX_BYTES = 20_000_000

#: Container fields copied into ``RawDocument.metadata``.
CONTAINER_FIELDS = ("url", "title", "published", "site", "author", "language", "fetched_at")

JSONL_SUFFIXES = (".jsonl", ".ndjson")

Item = RawDocument | Reject


def _reject(uri: str, reason: str, detail: str, line: int | None = None) -> Reject:
    return Reject(uri=uri, stage="source", reason=reason, detail=detail, line=line)


def _mtime_utc(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, tz=timezone.utc)


def iter_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str | Path]:
    """Expand ``paths`` into files: directories recursively and sorted, ``-`` kept as
    is (stdin), missing paths kept (they become ``not_found`` rejects)."""
    for given in paths:
        if str(given) == "-":
            yield "-"
            continue
        path = Path(given)
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(root: Path) -> Iterator[Path]:
    """The files under ``root``, sorted; a directory ``os.walk`` cannot list is yielded
    itself, so that :func:`read_file` rejects it as ``unreadable`` (``os.walk`` would
    otherwise skip it without a word).

    A symbolic link to a directory is followed, as a directory named on the command line
    is, unless it leads to a directory this walk reads anyway (an enclosing one: a loop
    such as ``sub/loop -> ..``; or one reached by another path): the link itself is then
    yielded, and :func:`read_file` rejects it as ``symlink_loop`` with its target. Links
    to directories were skipped without a word, so a linked folder of articles was not
    read and nothing said so."""
    unlisted: list[OSError] = []
    walked = {os.path.realpath(root)}
    for dirpath, dirnames, filenames in os.walk(root, onerror=unlisted.append, followlinks=True):
        yield from _unlisted_directories(unlisted)
        kept: list[str] = []
        for name in sorted(dirnames):
            path = Path(dirpath) / name
            if name.startswith(".") or is_raw_store(path):
                continue
            real = os.path.realpath(path)
            if real in walked:
                yield path  # a link into a directory already read (a loop): rejected with its target
                continue
            walked.add(real)
            kept.append(name)
        dirnames[:] = kept
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name
    yield from _unlisted_directories(unlisted)


def _unlisted_directories(errors: list[OSError]) -> Iterator[Path]:
    for error in errors:
        if error.filename is not None:
            yield Path(os.fsdecode(error.filename))
    errors.clear()


def iter_raw_documents(
    paths: Iterable[str | os.PathLike[str]],
    *,
    fetched_at: datetime | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> Iterator[Item]:
    """Yield a ``RawDocument`` or a ``Reject`` for every item found under ``paths``.

    ``fetched_at`` (UTC) is the fetch time given by the user; when None a file's
    modification time is used (now, for stdin). ``max_bytes`` caps one item's size.
    ``stdin`` defaults to ``sys.stdin.buffer``. Never raises for a bad item.
    """
    for path in iter_paths(paths):
        if path == "-":
            yield from read_stdin(stdin or sys.stdin.buffer, fetched_at=fetched_at, max_bytes=max_bytes)
        else:
            yield from read_file(Path(path), fetched_at=fetched_at, max_bytes=max_bytes)


def read_stdin(stream: BinaryIO, *, fetched_at: datetime | None, max_bytes: int) -> Iterator[Item]:
    """Items from a byte stream (``-`` on the command line); reads at most
    ``max_bytes + 1`` bytes."""
    data = stream.read(max_bytes + 1)
    when = fetched_at or datetime.now(timezone.utc)
    if len(data) > max_bytes:
        yield _reject("-", "too_large", f"stdin exceeds the {max_bytes}-byte limit")
        return
    yield from _items_from_bytes("-", data, when, origin="stdin", max_bytes=max_bytes)


def path_uri(path: str | os.PathLike[str]) -> str:
    """A file path as a storable text: a name holding bytes that are not UTF-8 (Python
    keeps them as lone surrogates, PEP 383) gets them as ``\\xNN`` escapes, since no
    database or terminal encodes a surrogate; other paths are ``str(path)`` unchanged."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def read_file(path: Path, *, fetched_at: datetime | None, max_bytes: int) -> Iterator[Item]:
    """Items from one file (one document, or several for JSON arrays and JSONL); a
    named pipe, socket or device is rejected (``not_regular_file``) without being opened,
    a file or directory that cannot be read or listed as ``unreadable`` (with the
    ``OSError``). A path that does not exist as written and starts with ``~`` is read
    from the home directory (a quoted ``'~/saved/page.html'`` was ``not_found``, while
    ``--db '~/x.db'`` was expanded).
    The items' uri is :func:`path_uri`."""
    uri = path_uri(path)
    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode) and path.is_symlink():  # from _walk: its target is read already
            yield _reject(uri, "symlink_loop", f"a symbolic link to the directory {os.path.realpath(path)}, "
                          "which this walk reads already (an enclosing directory or another path to it); "
                          "not followed")
            return
        if stat.S_ISDIR(status.st_mode):
            os.listdir(path)  # a directory reaches here when it cannot be listed: say why
            yield _reject(uri, "not_regular_file", "a directory, not a file")
            return
        if not stat.S_ISREG(status.st_mode):
            # opening a FIFO blocks until a writer appears; devices and sockets are no articles
            yield _reject(uri, "not_regular_file", f"not a regular file ({_file_type(status.st_mode)}; use - to read stdin)")
            return
        size = status.st_size
        when = fetched_at or _mtime_utc(path)
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
            kind = sniff_kind(head)
            if kind == "json" and path.suffix.lower() in JSONL_SUFFIXES and head.lstrip()[:1] == b"{":
                kind = "jsonl"
            if kind == "jsonl" and not utf16_encoding(head):  # UTF-16 lines are not split on b"\n"
                handle.seek(0)
                yield from _jsonl_items(uri, handle, when, max_bytes)
                return
            if size > max_bytes:
                yield _reject(uri, "too_large", f"{size} bytes exceeds the {max_bytes}-byte limit")
                return
            data = head + handle.read()
    except FileNotFoundError:
        home = path.expanduser()
        if home != path:  # "~/x.txt" quoted on the command line, or from a list: as --db does
            yield from read_file(home, fetched_at=fetched_at, max_bytes=max_bytes)
            return
        yield _reject(uri, "not_found", "no such file or directory")
        return
    except (IsADirectoryError, PermissionError, OSError) as error:
        yield _reject(uri, "unreadable", f"{type(error).__name__}: {error}")
        return
    yield from _items_from_bytes(uri, data, when, origin="file", max_bytes=max_bytes,
                                 metadata=None if fetched_at else {FETCHED_AT_FROM: "file_mtime"})


#: ``RawDocument.metadata`` key saying where ``fetched_at`` came from when the user gave
#: none: ``"file_mtime"`` (extraction notes a publication date resolved against it).
FETCHED_AT_FROM = "fetched_at_from"


def _file_type(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "named pipe"), (stat.S_ISSOCK, "socket"), (stat.S_ISCHR, "character device"),
                       (stat.S_ISBLK, "block device"), (stat.S_ISDIR, "directory")):
        if test(mode):
            return name
    return "special file"


def _items_from_bytes(uri: str, data: bytes, when: datetime, *, origin: str, max_bytes: int,
                      metadata: dict[str, Any] | None = None) -> Iterator[Item]:
    data = as_utf8(data)  # UTF-16 JSON, JSONL, HTML: read as UTF-8 from here on
    kind = sniff_kind(data[:SNIFF_BYTES])
    if kind == "empty":
        yield _reject(uri, "empty", "the item holds no text")
    elif kind == "binary":
        yield _reject(uri, "binary", binary_detail(data[:SNIFF_BYTES]))
    elif kind == "jsonl":
        import io

        yield from _jsonl_items(uri, io.BytesIO(data), when, max_bytes)
    elif kind == "json":
        yield from _json_items(uri, data, when)
    else:
        yield RawDocument(uri=uri, content=data, fetched_at=when, origin=origin,  # type: ignore[arg-type]
                          metadata=dict(metadata or {}))


def _json_items(uri: str, data: bytes, when: datetime) -> Iterator[Item]:
    try:
        value = load_json(data.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as error:
        yield _reject(uri, "malformed_json", str(error))
        return
    objects = value if isinstance(value, list) else [value]
    for index, obj in enumerate(objects, start=1):
        item_uri = uri if len(objects) == 1 else f"{uri}#item={index}"
        yield document_from_object(obj, uri=item_uri, fetched_at=when, origin="json")


def _jsonl_items(uri: str, handle: BinaryIO, when: datetime, max_bytes: int) -> Iterator[Item]:
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        if len(line) > max_bytes:
            yield _reject(uri, "too_large", f"line of {len(line)} bytes exceeds the {max_bytes}-byte limit", number)
            continue
        try:
            obj = load_json(line.decode("utf-8-sig"))
        except (ValueError, UnicodeDecodeError) as error:
            yield _reject(uri, "malformed_json", str(error), number)
            continue
        yield document_from_object(obj, uri=f"{uri}#line={number}", fetched_at=when, origin="jsonl", line=number,
                                   reject_uri=uri)


def _json_kind(value: Any) -> str:
    """What a JSON value is, in JSON's words, with a short sample: ``a number (1)``,
    ``a string ("a")``, ``null``, ``an array of 3 values``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"a boolean ({json.dumps(value)})"
    if isinstance(value, (int, float)):
        return f"a number ({json.dumps(value)})"
    if isinstance(value, str):
        sample = json.dumps(value[:40] + ("..." if len(value) > 40 else ""), ensure_ascii=False)
        return f"a string ({sample})"
    if isinstance(value, list):
        return f"an array of {len(value)} value(s)"
    return type(value).__name__


#: news-please (https://github.com/fhamborg/news-please) article fields → ours.
NEWS_PLEASE_FIELDS = {"maintext": "text", "date_publish": "published", "source_domain": "site",
                      "date_download": "fetched_at"}


def from_news_please(obj: dict[str, Any]) -> dict[str, Any]:
    """An object exported by news-please (``maintext``, ``date_publish``, ``authors``
    list, ``source_domain``, ``date_download``...) with our field names added; other
    objects unchanged. Our own fields win when both are present."""
    if not isinstance(obj, dict) or "maintext" not in obj:
        return obj
    mapped = dict(obj)
    for theirs, ours in NEWS_PLEASE_FIELDS.items():
        if mapped.get(ours) in (None, "") and obj.get(theirs) not in (None, ""):
            mapped[ours] = obj[theirs]
    authors = obj.get("authors")
    if not mapped.get("author") and isinstance(authors, list) and authors:
        mapped["author"] = ", ".join(str(a) for a in authors if a)
    return mapped


def document_from_object(obj: Any, *, uri: str, fetched_at: datetime, origin: str,
                         line: int | None = None, reject_uri: str | None = None) -> Item:
    """Turn one decoded JSON value into a ``RawDocument`` (``html`` preferred over
    ``text``) or a ``Reject`` (``unsupported_json`` when it is not an object with a
    non-empty ``html`` or ``text`` string)."""
    where = reject_uri or uri
    if not isinstance(obj, dict):
        return _reject(where, "unsupported_json", f"not an article object: {_json_kind(obj)}; an article is a JSON "
                       "object with a non-empty 'text' or 'html' field", line)
    obj = from_news_please(obj)
    html, text = obj.get("html"), obj.get("text")
    if isinstance(html, str) and html.strip():
        content, media_type = html, "text/html"
    elif isinstance(text, str) and text.strip():
        content, media_type = text, None
    else:
        return _reject(where, "unsupported_json", "the object has no non-empty 'html' or 'text' field", line)
    metadata = {key: obj[key] for key in CONTAINER_FIELDS if obj.get(key) not in (None, "")}
    return RawDocument(uri=uri, content=content.encode("utf-8"), fetched_at=fetched_at, origin=origin,  # type: ignore[arg-type]
                       media_type=media_type, line=line, metadata=metadata)
