"""Every kind of input the ``run`` command takes, behind one iterator.

For each argument, in order:

- ``http://`` / ``https://``: fetched once (:mod:`crisisdesk.sources.http`); when the
  body is a feed, sitemap or sitemap index (sniffed, whatever the URL says) its new or
  changed items are fetched (:mod:`crisisdesk.sources.feeds`), else the page itself
  is the document;
- a file that is a WARC/ARC archive by its first bytes: read as a stream
  (:mod:`crisisdesk.sources.warc`);
- a file that is an RSS/Atom feed, a sitemap or a sitemap index by its first bytes
  (gzipped or not; :func:`crisisdesk.sources.feeds.sniff_kind`), whatever its name:
  its items are fetched exactly as for a feed URL, with the file's path as the feed's
  name in ``feed_items``; a malformed one is rejected with its path and the reason
  (``malformed_feed``, ``malformed_sitemap``...) and the run goes on;
- anything else (files, directories, ``-``): the file sources
  (:mod:`crisisdesk.sources.files`); WARC and feed files inside a directory are read
  as such. Only regular files are opened to sniff them (a named pipe would block).

Feed items count as processed (``feed_items.processed_at``) only when
:meth:`InputSource.finish` is called after the pipeline has stored them, so an
interrupted run fetches the rest next time and nothing twice. Every fetch of an item
is counted (``feed_items.attempts``, ``last_reason``): items whose fetch failed for a
passing reason (timeout, 5xx, 429, connection, unreachable robots.txt) stay pending and
are retried on the next poll; those rejected for a lasting reason (robots.txt disallows,
404, 410...) are reported on later polls as "rejected before (reason)" and fetched
again only with ``retry_rejected`` (``crisisdesk run --retry-rejected``).
"""

from __future__ import annotations

import dataclasses

import os
import stat
import sys
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import Engine

from crisisdesk.records import RawDocument, Reject
from crisisdesk.sources.charset import page_document
from crisisdesk.sources.feeds import MAX_SITEMAP_BYTES, FeedError, FeedItem, FeedPoll, FeedReader, sniff_kind
from crisisdesk.sources.files import DEFAULT_MAX_BYTES, iter_paths, path_uri, read_file, read_stdin
from crisisdesk.sources.http import Fetcher, FetchSettings
from crisisdesk.sources.warc import WarcReader, looks_like_warc
from crisisdesk.store import repository
from crisisdesk.store.db import database_files

Item = RawDocument | Reject

#: What :func:`crisisdesk.sources.feeds.sniff_kind` calls a list of article URLs.
LISTING_KINDS = ("feed", "sitemap", "sitemap_index")

#: Bytes read from the start of a local file to tell a feed or sitemap from an article.
LISTING_SNIFF_BYTES = 4096


def is_url(value: str) -> bool:
    """Whether a command-line argument is an http(s) URL."""
    return str(value).lower().startswith(("http://", "https://"))


def _is_regular_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def looks_like_listing(path: Path) -> bool:
    """Whether the regular file at ``path`` is an RSS/Atom feed, a sitemap or a sitemap
    index, by its root element in the first :data:`LISTING_SNIFF_BYTES` bytes (after a
    gzip layer, an XML prolog, comments and processing instructions). False when it
    cannot be read (the file source then rejects it with the reason)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(LISTING_SNIFF_BYTES)
        return sniff_kind(head) in LISTING_KINDS
    except (OSError, FeedError):  # unreadable, or a corrupt gzip layer: not a listing
        return False


def no_new_items_note(poll: FeedPoll) -> str | None:
    """``feed.xml: no new items (2 listed, all fetched before)`` when the feed was read
    (or answered 304 Not Modified) and nothing is pending; None when it has items to
    fetch or could not be read at all (its Reject says why). Items an earlier fetch
    rejected for a lasting reason are said as such, not as fetched: ``feed.xml: no new
    items (3 listed: 1 fetched before, 2 rejected before (http_404, robots_disallowed);
    --retry-rejected fetches them again)``. A feed read that lists nothing:
    ``feed.xml: no items (the feed or sitemap was read and lists no article)``."""
    if poll.pending or poll.status == "rejected":
        return None
    rejected = sum(poll.rejected_before.values())
    said = ", ".join(reason if n == 1 else f"{reason} x{n}" for reason, n in poll.rejected_before.items())
    retry = "; --retry-rejected fetches them again" if rejected else ""
    if poll.listed:
        if not rejected:
            return f"{poll.source_url}: no new items ({poll.listed} listed, all fetched before)"
        fetched = poll.listed - rejected
        parts = ([f"{fetched} fetched before"] if fetched else []) + [f"{rejected} rejected before ({said})"]
        return f"{poll.source_url}: no new items ({poll.listed} listed: {', '.join(parts)}{retry})"
    if poll.status == "fetched" and not poll.rejects:  # read, lists nothing: said (a malformed one: its Reject)
        return f"{poll.source_url}: no items (the feed or sitemap was read and lists no article)"
    if poll.status == "unchanged":
        rejected_part = f"; {rejected} item(s) rejected before ({said})" if rejected else ""
        return f"{poll.source_url}: no new items (not modified since the last poll{rejected_part}{retry})"
    return None


class InputSource:
    """Iterate for the items of ``inputs`` (paths, ``-``, URLs); call :meth:`finish`
    after the pipeline consumed them, :meth:`close` at the end (or use ``with``).
    ``recode``: feed items processed before are fetched again (to be re-coded).

    ``engine`` holds the ``fetches`` and ``feed_items`` tables; ``fetch_settings``
    configure the HTTP fetcher (created only when a URL is given).
    """

    def __init__(self, inputs: Iterable[str | os.PathLike[str]], engine: Engine | None, *,
                 fetched_at: datetime | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                 fetch_settings: FetchSettings | None = None, stdin: BinaryIO | None = None,
                 fetcher: Fetcher | None = None, retry_rejected: bool = False, recode: bool = False):
        self.inputs = [str(i) for i in inputs]
        #: Fetch again the feed items processed before, to re-code them (``--recode``).
        self.recode = recode
        #: Fetch again the feed items an earlier poll rejected for a lasting reason.
        self.retry_rejected = retry_rejected
        self.engine = engine
        self.fetched_at = fetched_at
        self.max_bytes = max_bytes
        self.fetch_settings = fetch_settings or FetchSettings()
        self.stdin = stdin
        self._fetcher = fetcher
        self._own_fetcher = fetcher is None
        self._attempts: list[tuple[FeedItem, str | None]] = []
        #: Canonical URLs of the feed items fetched by this source so far: an item that a
        #: second feed (or sitemap) of the same run lists too is not fetched again (its
        #: attempt is recorded only at :meth:`finish`, so it was still pending there).
        self._items_fetched: set[str] = set()
        self.feeds_polled = 0
        #: One line per feed or sitemap that was read but had no new item to fetch
        #: (``feed.xml: no new items (2 listed, all fetched before)``): not a failure.
        self.no_new_items: list[str] = []
        #: The active database's own files (``crisisdesk.db`` and its ``-wal``, ``-shm``,
        #: ``-journal``) met among the inputs: skipped, never read nor rejected
        #: (``crisisdesk run .`` in the directory holding the database).
        self.skipped_database_files: list[str] = []
        self._database_files = database_files(engine)

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher(self.fetch_settings, self.engine)
        return self._fetcher

    def __iter__(self) -> Iterator[Item]:
        for given in self.inputs:
            if is_url(given):
                yield from self._url_items(given)
            else:
                yield from self._path_items(given)

    def _path_items(self, given: str) -> Iterator[Item]:
        for path in iter_paths([given]):
            if path != "-" and self._is_database_file(Path(path)):
                self.skipped_database_files.append(str(path))
                continue
            if path == "-":
                yield from read_stdin(self.stdin or sys.stdin.buffer, fetched_at=self.fetched_at,
                                      max_bytes=self.max_bytes)
            elif not _is_regular_file(Path(path)):  # missing or special: read_file rejects it
                yield from read_file(Path(path), fetched_at=self.fetched_at, max_bytes=self.max_bytes)
            elif looks_like_warc(path):
                yield from WarcReader(path, max_bytes=self.max_bytes)
            elif looks_like_listing(Path(path)):
                yield from self._local_listing_items(Path(path))
            else:
                yield from read_file(Path(path), fetched_at=self.fetched_at, max_bytes=self.max_bytes)

    def _is_database_file(self, path: Path) -> bool:
        if not self._database_files:
            return False
        try:
            return path.resolve() in self._database_files
        except (OSError, RuntimeError):  # a symlink loop: read_file rejects it
            return False

    def _local_listing_items(self, path: Path) -> Iterator[Item]:
        """The items of a feed or sitemap saved as a file, fetched as for a feed URL
        (:meth:`feed_items`); ``str(path)`` names the feed in ``feed_items`` and rejects."""
        uri = path_uri(path)
        limit = min(self.max_bytes, MAX_SITEMAP_BYTES)
        try:
            size = path.stat().st_size
            if size > limit:
                yield Reject(uri=uri, stage="source", reason="too_large",
                             detail=f"{size} bytes exceeds the {limit}-byte limit")
                return
            content = path.read_bytes()
            when = self.fetched_at or datetime.fromtimestamp(path.stat().st_mtime, tz=timezone.utc)
        except OSError as error:
            yield Reject(uri=uri, stage="source", reason="unreadable", detail=f"{type(error).__name__}: {error}")
            return
        document = RawDocument(uri=uri, content=content, fetched_at=when, origin="file",
                               media_type="application/xml")
        yield from self.feed_items(uri, document)

    def _url_items(self, url: str) -> Iterator[Item]:
        outcome = self.fetcher.fetch(url, origin="url")
        if outcome.reject is not None:
            yield outcome.reject
            return
        document = outcome.document
        if document is None:  # 304 and the raw store lost the body: nothing to re-read
            return
        if sniff_kind(document.content) in ("feed", "sitemap", "sitemap_index"):
            # the body in hand, also when unchanged: the poll asked the server again (2 requests a poll)
            yield from self.feed_items(url, document, unchanged=outcome.status == "unchanged")
            return
        final = document.metadata.get("final_url") or url
        document = page_document(document)
        yield RawDocument(uri=document.uri, content=document.content, fetched_at=document.fetched_at,
                          origin="url", media_type=document.media_type,
                          metadata={**document.metadata, "url": final})

    def feed_items(self, feed_url: str, document: RawDocument | None = None,
                   unchanged: bool = False) -> Iterator[Item]:
        """Poll one feed or sitemap and yield its pending items' pages (and Rejects);
        ``document`` is its body when already fetched, ``unchanged`` whether that fetch
        found it unchanged (:meth:`FeedReader.poll`)."""
        reader = FeedReader(self.fetcher, self.engine) if self.engine is not None else None
        if reader is None:
            raise ValueError("feeds need a database (feed_items table) to remember items")
        poll = reader.poll(feed_url, document, retry_rejected=self.retry_rejected, recode=self.recode,
                           unchanged=unchanged)
        self.feeds_polled += 1
        if note := no_new_items_note(poll):
            self.no_new_items.append(note)
        yield from poll.rejects
        for item in poll.pending:
            if item.url in self._items_fetched:
                continue
            self._items_fetched.add(item.url)
            started = repository.utcnow()
            results = [dataclasses.replace(r, listed_in=feed_url) if isinstance(r, Reject) and not r.listed_in else r
                       for r in reader.fetch_items([item])]  # a fetch's Reject names the feed too
            yield from results
            # Resumed: the consumer (pipeline.run) has processed this item's results; a
            # page it rejected (no text, binary...) settles the item with that reason.
            reason = next((r.reason for r in results if isinstance(r, Reject)), None) or next(
                (repository.reject_reason_since(self.engine, r.uri, started)
                 for r in results if isinstance(r, RawDocument)), None)
            self._attempts.append((item, reason))

    def finish(self) -> int:
        """Record the fetches of the feed items yielded so far (attempt count, Reject
        reason; settled unless the failure was a passing one, see the module
        docstring); returns how many items are settled."""
        if not self._attempts or self.engine is None:
            return 0
        count = FeedReader(self.fetcher, self.engine).record_attempts(self._attempts)
        self._attempts = []
        return count

    def close(self) -> None:
        if self._fetcher is not None and self._own_fetcher:
            self._fetcher.close()

    def __enter__(self) -> "InputSource":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
