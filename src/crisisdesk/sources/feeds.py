"""Feeds (RSS 0.9x/1.0/2.0, Atom) and sitemaps (including Google News sitemaps and
sitemap indexes) → the article URLs they list, and only the new or changed ones.

Feeds are parsed by feedparser; sitemaps (https://www.sitemaps.org/protocol.html and
the Google News sitemap extension) by lxml with entity resolution and network access
off. Item URLs are canonicalised with courlan (tracking parameters such as ``utm_*``
dropped, host lower-cased, default port removed) and the fragment removed, so the same
article listed twice, or in two feeds, is fetched once.

State lives in the ``feed_items`` table, keyed by canonical URL: an item is *pending*
from the poll that first sees it (or sees its ``updated``/``lastmod`` change) until the
caller records its fetch (:meth:`FeedReader.record_attempts`), after the pipeline
stored it. A restart therefore resumes the pending items and fetches nothing that was
already processed. Each attempt is counted with its Reject reason: a passing failure
(timeout, 5xx, 429, unreachable robots.txt: :func:`crisisdesk.sources.http.is_transient`)
leaves the item pending for the next poll, at most :data:`MAX_ATTEMPTS` times; a lasting
one (robots.txt disallows, 404, 410...), a page the pipeline rejected after fetching it
(``no_text``, ``binary``...) or a passing failure that lasted :data:`MAX_ATTEMPTS` polls
settles it, and later polls report it as "rejected before (reason)", not as fetched,
until ``retry_rejected`` asks for it again.
"""

from __future__ import annotations

import gzip
import logging
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Literal
from urllib.parse import urlsplit, urlunsplit
from xml.sax import SAXParseException

import courlan
import feedparser
from lxml import etree
from sqlalchemy import Engine, or_, select
from sqlalchemy.orm import Session

from crisisdesk.records import RawDocument, Reject
from crisisdesk.sources.charset import page_document
from crisisdesk.sources.http import Fetcher, is_transient
from crisisdesk.store.models import FeedItemRow

log = logging.getLogger(__name__)

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # sitemaps.org: 50 MB uncompressed at most
MAX_CHILD_SITEMAPS = 200

Kind = Literal["feed", "sitemap", "sitemap_index", "html", "other"]

#: Fetches of one feed item that may fail for a passing reason (timeout, 5xx...) before
#: the item is settled with that reason; ``--retry-rejected`` opens it again.
MAX_ATTEMPTS = 5
#: Fetches of a feed item whose host name did not resolve (``dns_failure``) before it is
#: settled: one more on a later poll (a resolver outage passes), not five: a name that
#: does not resolve is most often a mistyped or lapsed domain, and each poll would
#: report it again.
MAX_DNS_ATTEMPTS = 2

_PROLOG = re.compile(rb"^(\xef\xbb\xbf)?\s*(<\?xml[^>]*\?>\s*)?(<!--.*?-->\s*)*", re.S)


@dataclass(frozen=True)
class FeedItem:
    """One article URL listed by a feed or sitemap.

    ``url`` is canonical (see module docstring), ``link`` as listed; ``updated`` is the
    item's own change stamp as written (Atom ``updated``, RSS ``pubDate``, sitemap
    ``lastmod``), used only to notice a change; ``published`` is UTC when known.
    """

    url: str
    link: str
    source_url: str
    item_id: str | None = None
    updated: str | None = None
    title: str | None = None
    published: datetime | None = None


class FeedError(Exception):
    """The bytes are not a usable feed or sitemap: ``reason`` is a Reject reason
    (``html_not_feed``, ``malformed_feed``, ``malformed_sitemap``, ``not_a_feed``)."""

    def __init__(self, reason: str, detail: str):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def canonical_url(url: str) -> str | None:
    """Canonical form of an article URL, or None when it is not an http(s) URL.

    ``HTTPS://Example.com:443/a/?utm_source=x&id=3#top`` → ``https://example.com/a/?id=3``.
    """
    url = (url or "").strip()
    if not url.lower().startswith(("http://", "https://")):
        return None
    try:
        normalised = courlan.normalize_url(url)
    except (ValueError, AttributeError):
        return None
    parts = urlsplit(normalised)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


def _maybe_gunzip(content: bytes) -> bytes:
    if not content.startswith(b"\x1f\x8b"):
        return content
    try:
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        data = decompressor.decompress(content, MAX_SITEMAP_BYTES + 1)
    except zlib.error as exc:
        raise FeedError("malformed_sitemap", f"gzip data is corrupt: {exc}") from exc
    if len(data) > MAX_SITEMAP_BYTES:
        raise FeedError("too_large", f"sitemap over {MAX_SITEMAP_BYTES} bytes uncompressed")
    return data


def sniff_kind(content: bytes) -> Kind:
    """What the bytes are, from their first element: ``feed`` (``rss``, ``rdf:RDF``,
    ``feed``), ``sitemap`` (``urlset``), ``sitemap_index`` (``sitemapindex``), ``html``
    or ``other``."""
    content = _maybe_gunzip(content[:MAX_SITEMAP_BYTES]) if content[:2] == b"\x1f\x8b" else content
    head = content[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    head = _PROLOG.sub(b"", head, count=1).lstrip()
    while head.startswith((b"<?", b"<!--")):  # stylesheet instructions, comments
        end = head.find(b">")
        head = head[end + 1:].lstrip() if end >= 0 else b""
    lowered = head[:300].lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "html"
    match = re.match(rb"<([a-z0-9_:.-]+)", lowered)
    if not match:
        return "other"
    tag = match.group(1).split(b":")[-1]
    if tag in (b"rss", b"rdf", b"feed"):
        return "feed"
    if tag == b"urlset":
        return "sitemap"
    if tag == b"sitemapindex":
        return "sitemap_index"
    if tag == b"!doctype" and b"html" in lowered[:40]:
        return "html"
    return "other"


def _struct_to_utc(value) -> datetime | None:
    if not value:
        return None
    try:
        return datetime(*value[:6], tzinfo=timezone.utc)
    except (TypeError, ValueError):
        return None


def parse_feed(content: bytes, source_url: str, problems: list[Reject] | None = None) -> list[FeedItem]:
    """Items of an RSS or Atom feed. Raises :class:`FeedError` when the bytes are HTML
    or no feed can be made of them. A feed that is not well-formed XML but still gave
    items (feedparser's lenient "bozo" reading, e.g. a file cut after its first item)
    keeps them, and a ``malformed_feed`` Reject naming ``source_url``, the line and the
    number of items read is appended to ``problems`` (when given) so the run reports it."""
    kind = sniff_kind(content)
    if kind == "html":
        raise FeedError("html_not_feed", f"{source_url} served an HTML page, not a feed")
    parsed = feedparser.parse(content, sanitize_html=False, resolve_relative_uris=False)
    items = _feed_items(parsed.entries, source_url)
    if parsed.bozo and not items:
        # Broken XML and not one item with a usable link (an entry whose <link> was cut
        # off has a "links" list without "href"): nothing to fetch, say why.
        problem = parsed.get("bozo_exception")
        raise FeedError("malformed_feed", f"{source_url}: {type(problem).__name__}: {problem}")
    if not parsed.version and not parsed.entries:
        raise FeedError("not_a_feed", f"{source_url}: neither RSS nor Atom")
    if parsed.bozo:
        log.info("feed %s is not well-formed (%s); using the %d items read",
                 source_url, parsed.get("bozo_exception"), len(items))
        problem = parsed.get("bozo_exception")
        if problems is not None and isinstance(problem, SAXParseException):
            problems.append(Reject(uri=source_url, stage="feed", reason="malformed_feed",
                                   detail=not_well_formed_detail(problem, len(items))))
    return items


def not_well_formed_detail(problem: SAXParseException, items_read: int) -> str:
    """``not well-formed XML at line 4 (unclosed token); 1 item read and kept``: why a
    leniently read feed is reported, and what was kept of it."""
    message = problem.getMessage() if hasattr(problem, "getMessage") else str(problem)
    return (f"not well-formed XML at line {problem.getLineNumber()} ({message}); "
            f"{items_read} item{'' if items_read == 1 else 's'} read and kept")


def _feed_items(entries: list, source_url: str) -> list[FeedItem]:
    """The entries of a parsed feed that link to an http(s) page, as FeedItems."""
    items = []
    for entry in entries:
        link = entry.get("link") or ""
        if not link:
            for candidate in entry.get("links", []):
                if candidate.get("href"):
                    link = candidate["href"]
                    break
        url = canonical_url(link)
        if url is None:
            continue
        # dict.get: feedparser's own get() maps a missing "updated" to "published"
        # with a deprecation warning.
        published = _struct_to_utc(dict.get(entry, "published_parsed")
                                   or dict.get(entry, "updated_parsed"))
        items.append(FeedItem(
            url=url, link=link, source_url=source_url, item_id=entry.get("id"),
            updated=dict.get(entry, "updated") or dict.get(entry, "published"),
            title=entry.get("title"), published=published,
        ))
    return items


def _xml_root(content: bytes, source_url: str) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                             recover=False)
    try:
        return etree.fromstring(content, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise FeedError("malformed_sitemap", f"{source_url}: {exc}") from exc


def _parse_w3c_datetime(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc)


def parse_sitemap(content: bytes, source_url: str) -> tuple[list[FeedItem], list[str]]:
    """``(items, child sitemap URLs)`` of a sitemap or sitemap index (gzipped or not).
    Google News sitemap fields (``news:title``, ``news:publication_date``) fill
    ``title`` and ``published``. Raises :class:`FeedError` on malformed XML."""
    content = _maybe_gunzip(content)
    root = _xml_root(content, source_url)
    ns = {"s": SITEMAP_NS, "n": NEWS_NS}
    local = etree.QName(root).localname
    if local == "sitemapindex":
        children = [loc.text.strip() for loc in root.iterfind("s:sitemap/s:loc", ns)
                    if loc.text and loc.text.strip()]
        return [], children[:MAX_CHILD_SITEMAPS]
    if local != "urlset":
        raise FeedError("not_a_feed", f"{source_url}: root element <{local}> is not a sitemap")
    items = []
    for entry in root.iterfind("s:url", ns):
        loc = entry.find("s:loc", ns)
        link = (loc.text or "").strip() if loc is not None else ""
        url = canonical_url(link)
        if url is None:
            continue
        news = entry.find("n:news", ns)
        title = published_raw = None
        if news is not None:
            title_el = news.find("n:title", ns)
            date_el = news.find("n:publication_date", ns)
            title = title_el.text.strip() if title_el is not None and title_el.text else None
            published_raw = date_el.text.strip() if date_el is not None and date_el.text else None
        lastmod_el = entry.find("s:lastmod", ns)
        lastmod = lastmod_el.text.strip() if lastmod_el is not None and lastmod_el.text else None
        items.append(FeedItem(url=url, link=link, source_url=source_url,
                              updated=lastmod or published_raw, title=title,
                              published=_parse_w3c_datetime(published_raw or lastmod)))
    return items, []


def parse_listing(content: bytes, source_url: str,
                  problems: list[Reject] | None = None) -> tuple[list[FeedItem], list[str]]:
    """Items and child sitemaps of a feed, sitemap or sitemap index (sniffed);
    ``problems`` as for :func:`parse_feed`."""
    kind = sniff_kind(content)
    if kind == "feed":
        return parse_feed(content, source_url, problems), []
    if kind in ("sitemap", "sitemap_index"):
        return parse_sitemap(content, source_url)
    if kind == "html":
        raise FeedError("html_not_feed", f"{source_url} served an HTML page, not a feed "
                        "or sitemap")
    # Unknown root: let feedparser try (it reads some broken feeds), else malformed.
    return parse_feed(content, source_url, problems), []


def settles(reason: str | None, attempts: int) -> bool:
    """Whether a feed item needs no more fetching after its ``attempts``-th fetch ended
    with Reject ``reason`` (None: fetched and processed): yes unless the reason is a
    passing one (:func:`crisisdesk.sources.http.is_transient`) and fewer than
    :data:`MAX_ATTEMPTS` fetches were made (:data:`MAX_DNS_ATTEMPTS` for ``dns_failure``)."""
    limit = MAX_DNS_ATTEMPTS if reason == "dns_failure" else MAX_ATTEMPTS
    return reason is None or not is_transient(reason) or attempts >= limit


@dataclass
class FeedPoll:
    """What one poll of one feed or sitemap found.

    ``listed`` counts the items the feed lists now (0 when it answered 304);
    ``pending`` are the items to fetch: new, changed, left over from an interrupted
    earlier poll, or whose last fetch failed for a passing reason.
    ``rejected_before`` counts, by Reject reason, the items of this feed (listed now,
    or all of the feed's items when it answered 304) not pending because an earlier
    fetch was rejected for a lasting reason (``{"robots_disallowed": 1}``).
    """

    source_url: str
    status: Literal["fetched", "unchanged", "rejected"]
    listed: int = 0
    pending: list[FeedItem] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    rejected_before: dict[str, int] = field(default_factory=dict)


class FeedReader:
    """Polls feeds and sitemaps through a :class:`Fetcher`, remembering items in the
    ``feed_items`` table of ``engine``."""

    def __init__(self, fetcher: Fetcher, engine: Engine, max_depth: int = 2):
        self.fetcher = fetcher
        self.engine = engine
        self.max_depth = max_depth

    def poll(self, source_url: str, document: RawDocument | None = None,
             retry_rejected: bool = False, recode: bool = False, unchanged: bool = False) -> FeedPoll:
        """Fetch (conditionally) and parse ``source_url``, record its items and return
        the pending ones. ``document`` is the already-fetched body when the caller has
        it (``crisisdesk run URL`` sniffs before knowing it is a feed); ``unchanged``
        says that fetch found the body unchanged since the last poll (304, or the same
        bytes), so the poll reports ``unchanged`` without asking the server a second time.
        ``retry_rejected``: items settled by a lasting Reject (robots, 4xx) are pending
        again (``crisisdesk run --retry-rejected``). ``recode``: items processed without
        a Reject are pending again, so that their pages are fetched again (a conditional
        request: 304 reads the kept body) and re-coded (``--recode``)."""
        rejects: list[Reject] = []
        status: Literal["fetched", "unchanged", "rejected"] = "unchanged" if unchanged else "fetched"
        listed: list[FeedItem] = []
        if document is None:
            outcome = self.fetcher.fetch(source_url, origin="feed")
            status = outcome.status
            if outcome.reject:
                rejects.append(outcome.reject)
            document = outcome.document if outcome.status == "fetched" else None
        if document is not None:
            listed = self._collect(source_url, document.content, 0, rejects)
            self._remember(source_url, listed)
        by_url: dict[str, FeedItem] = {}
        for item in listed:
            by_url.setdefault(item.url, item)  # first listing wins
        if retry_rejected:
            self._reopen(source_url, by_url, FeedItemRow.last_reason.is_not(None))
        if recode:
            self._reopen(source_url, by_url, FeedItemRow.last_reason.is_(None))
        if status == "rejected" and not listed:
            return FeedPoll(source_url, "rejected", 0, self._pending(source_url, {}), rejects)
        return FeedPoll(source_url, status, len(listed), self._pending(source_url, by_url), rejects,
                        self._rejected_before(source_url, by_url, whole_feed=not listed))

    def _of_feed(self, source_url: str, listed: dict[str, FeedItem]):
        """SQL condition: the item belongs to ``source_url`` or is listed by it now."""
        return or_(FeedItemRow.feed_url == source_url,
                   FeedItemRow.canonical_url.in_(list(listed) or [""]))

    def _settled_by_reject(self):
        return FeedItemRow.processed_at.is_not(None), FeedItemRow.last_reason.is_not(None)

    def _reopen(self, source_url: str, listed: dict[str, FeedItem], which) -> None:  # noqa: ANN001
        """Make the processed items of the feed that meet the SQL condition ``which``
        pending again (settled by a Reject: ``--retry-rejected``; processed without
        one: ``--recode``)."""
        with Session(self.engine) as session, session.begin():
            for row in session.scalars(select(FeedItemRow).where(
                    self._of_feed(source_url, listed), FeedItemRow.processed_at.is_not(None), which)):
                row.processed_at = None

    def _rejected_before(self, source_url: str, listed: dict[str, FeedItem],
                         whole_feed: bool) -> dict[str, int]:
        where = (FeedItemRow.feed_url == source_url if whole_feed
                 else FeedItemRow.canonical_url.in_(list(listed) or [""]))
        with Session(self.engine) as session:
            reasons = session.scalars(select(FeedItemRow.last_reason).where(
                where, *self._settled_by_reject())).all()
        counts: dict[str, int] = {}
        for reason in sorted(reasons):
            counts[reason] = counts.get(reason, 0) + 1
        return counts

    def _collect(self, url: str, content: bytes, depth: int, rejects: list[Reject]) -> list[FeedItem]:
        try:
            items, children = parse_listing(content, url, rejects)
        except FeedError as exc:
            rejects.append(Reject(uri=url, stage="feed", reason=exc.reason, detail=exc.detail))
            return []
        for child in children:
            if depth + 1 > self.max_depth:
                rejects.append(Reject(uri=child, stage="feed", reason="sitemap_too_deep",
                                      detail=f"nested deeper than {self.max_depth} below {url}"))
                continue
            outcome = self.fetcher.fetch(child, origin="sitemap")
            if outcome.reject:
                rejects.append(outcome.reject)
            elif outcome.status == "fetched" and outcome.document is not None:
                items.extend(self._collect(child, outcome.document.content, depth + 1, rejects))
        return items

    def _remember(self, source_url: str, items: list[FeedItem]) -> None:
        now = datetime.now(timezone.utc)
        seen: dict[str, FeedItem] = {}
        for item in items:
            seen.setdefault(item.url, item)
        with Session(self.engine) as session, session.begin():
            for url, item in seen.items():
                row = session.get(FeedItemRow, url)
                if row is None:
                    session.add(FeedItemRow(canonical_url=url, feed_url=source_url,
                                            item_id=item.item_id, updated=item.updated,
                                            first_seen_at=now, processed_at=None))
                elif item.updated and row.updated != item.updated:
                    row.updated = item.updated
                    row.processed_at = None  # changed since processed: fetch again

    def _pending(self, source_url: str, listed: dict[str, FeedItem]) -> list[FeedItem]:
        with Session(self.engine) as session:
            rows = session.scalars(select(FeedItemRow).where(
                FeedItemRow.processed_at.is_(None), self._of_feed(source_url, listed),
            ).order_by(FeedItemRow.first_seen_at, FeedItemRow.canonical_url)).all()
        return [listed.get(row.canonical_url) or FeedItem(
            url=row.canonical_url, link=row.canonical_url, source_url=row.feed_url,
            item_id=row.item_id, updated=row.updated) for row in rows]

    def fetch_items(self, items: Iterable[FeedItem]) -> Iterator[RawDocument | Reject]:
        """Fetch each item's page (conditionally). Yields a RawDocument (origin
        ``feed``, feed title and date in ``metadata``) or the fetch's Reject."""
        for item in items:
            metadata = {"feed_url": item.source_url, "url": item.url}
            if item.title:
                metadata["feed_title"] = item.title
            if item.published:  # the feed's date is the outlet's own record of it
                metadata["published"] = item.published.isoformat()
            outcome = self.fetcher.fetch(item.url, origin="feed", metadata=metadata)
            if outcome.reject is not None:
                yield outcome.reject
            elif outcome.document is not None:
                yield page_document(outcome.document)

    def mark_processed(self, items: Iterable[FeedItem]) -> None:
        """Record that ``items`` were fetched and went through the pipeline, so later
        polls and restarts do not fetch them again (:meth:`record_attempts` with no
        reason)."""
        self.record_attempts((item, None) for item in items)

    def record_attempts(self, attempts: Iterable[tuple[FeedItem, str | None]]) -> int:
        """Record one fetch of each item: ``(item, None)`` when its page was fetched
        (and went through the pipeline), ``(item, reason)`` when the fetch was rejected
        with that Reject reason (a fetch's, or the pipeline's for a fetched page it could not
        use). ``attempts`` grows by one and ``last_reason`` is set; the item is settled
        (``processed_at``) unless the reason is a passing one
        (:func:`crisisdesk.sources.http.is_transient`) tried fewer than :data:`MAX_ATTEMPTS`
        times, which leaves it pending. Returns how many items are settled."""
        now = datetime.now(timezone.utc)
        settled = 0
        with Session(self.engine) as session, session.begin():
            for item, reason in attempts:
                row = session.get(FeedItemRow, item.url)
                if row is None:
                    continue
                row.attempts = (row.attempts or 0) + 1
                row.last_reason = reason
                row.last_attempt_at = now
                if settles(reason, row.attempts):
                    row.processed_at = now
                    settled += 1
        return settled
