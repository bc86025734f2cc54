"""Polite HTTP fetching of news pages, feeds and sitemaps (httpx).

What a fetch does, in order:

1. robots.txt of the host is read once (cached for ``robots_max_age``, 24 hours, RFC
   9309 section 2.4) and respected for the user agent token ``crisisdesk`` (RFC 9309: a
   4xx robots.txt allows everything, a 5xx or an unreachable one disallows everything
   for that host, for ``host_retry_after`` seconds, 5 minutes, then it is asked again);
2. a per-host rate limit waits until ``min_interval`` seconds passed since the last
   request to that host;
3. a conditional request is sent when the ``fetches`` table knows an ETag or
   Last-Modified for the URL (RFC 9110 section 13); ``304 Not Modified`` means
   unchanged and the body is read back from the raw store;
4. redirects are followed by hand, at most ``max_redirects``, a loop is detected;
5. 429 and 503 are retried after ``Retry-After`` (seconds or HTTP date, capped at
   ``max_retry_after``), other 5xx and network errors after an exponential backoff
   (``backoff * 2**attempt`` seconds), at most ``retries`` times; a host name that does
   not resolve (``dns_failure``) is not retried, and the fetcher sends no further
   request to that host: its other URLs are rejected ``dns_failure`` at once for
   ``host_retry_after`` seconds (5 minutes; or until
   :meth:`Fetcher.forget_unreachable_hosts`, which ``watch`` calls before each poll);
6. the body is streamed (gzip/deflate/br decoded by httpx) and abandoned as soon as it
   passes ``max_bytes``;
7. a body that is binary although the server called it text is refused;
8. the body is kept in the raw store and the URL's cache state in ``fetches``.

Every failure becomes a :class:`~crisisdesk.records.Reject` (stage ``fetch``) with the
URL and a reason: ``robots_disallowed``, ``robots_unreachable`` (robots.txt answered
5xx: RFC 9309 2.3.1.4 disallows the host for now), ``http_404``, ``http_410``,
``http_500``, ``redirect_loop``, ``too_many_redirects``, ``too_large``, ``binary``,
``unsupported_media_type``, and the network failures ``connection_refused`` (nothing
listens on the port), ``dns_failure`` (the host name does not resolve), ``timeout`` and
``connection_error`` (any other transport failure). A host that cannot be reached at
all is reported with that network reason even when the first request that failed was
for its robots.txt: the host, not its robots.txt, is what failed.
:func:`is_transient` tells the passing ones (worth trying again later) from the
lasting ones.
"""

from __future__ import annotations

import email.utils
import logging
import os
import socket
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal
from urllib.parse import urljoin, urlsplit

import httpx
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from crisisdesk import __version__
from crisisdesk.records import Origin, RawDocument, Reject
from crisisdesk.sources.rawstore import RawStore
from crisisdesk.store.models import FetchRow

log = logging.getLogger(__name__)

PROJECT_URL = "https://github.com/crisisdesk/crisisdesk"
USER_AGENT_TOKEN = "crisisdesk"
DEFAULT_USER_AGENT = f"{USER_AGENT_TOKEN}/{__version__} (+{PROJECT_URL})"

#: Media types a news page, feed or sitemap may come as. Anything else (images, PDF,
#: video, archives other than gzip) is refused before the body is read.
TEXT_MEDIA_TYPES = (
    "text/",
    "application/xhtml+xml",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/json",
    "application/ld+json",
)
#: Gzip files are accepted for sitemaps (``sitemap.xml.gz``); the caller decompresses.
GZIP_MEDIA_TYPES = ("application/gzip", "application/x-gzip")

RETRY_AFTER_STATUSES = {429, 503}

#: Fetch Reject reasons that say nothing lasting about the page: the network or the
#: server failed this time (RFC 9110 section 15.6: 5xx are server errors; 429 Too Many
#: Requests, RFC 6585 section 4; RFC 9309 2.3.1.4: an unreachable robots.txt disallows
#: only "for now"). Every ``http_5xx`` is transient too (:func:`is_transient`).
TRANSIENT_REASONS = frozenset({"timeout", "connection_error", "connection_refused", "dns_failure", "http_429",
                               "robots_unreachable"})
#: Reasons that say the host could not be reached at all (no HTTP answer).
NETWORK_REASONS = frozenset({"timeout", "connection_error", "connection_refused", "dns_failure"})


def network_failure(url: str, exc: httpx.TransportError) -> FetchError:
    """The :class:`FetchError` for a request to ``url`` that got no HTTP answer:
    ``connection_refused`` when the socket error under httpx's ``ConnectError`` is a
    ``ConnectionRefusedError`` (nothing listens on the port), ``dns_failure`` for a
    ``socket.gaierror`` (the name does not resolve), else ``connection_error``. The
    detail names the URL, the host and port, and the operating system's message.
    (``httpx.TimeoutException`` is handled apart, as ``timeout``.)"""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ConnectionRefusedError):
            return FetchError("connection_refused", f"{url}: connection refused by {parts.hostname}:{port} "
                              f"(nothing listens on that port)")
        if isinstance(cause, socket.gaierror):
            return FetchError("dns_failure", f"{url}: the host name {parts.hostname} does not resolve "
                              f"({cause.strerror or cause})")
        cause = cause.__cause__ or cause.__context__
    return FetchError("connection_error", f"{url}: {type(exc).__name__}: {exc}")


def is_transient(reason: str) -> bool:
    """Whether a fetch Reject ``reason`` is a passing failure worth trying again on a
    later poll (:data:`TRANSIENT_REASONS` or any ``http_5xx``), not a lasting one
    (``robots_disallowed``, ``http_404``, ``http_410``, ``too_large``, ``binary``...)."""
    if reason in TRANSIENT_REASONS:
        return True
    return reason.startswith("http_5") and reason[5:].isdigit() and len(reason) == 8
REDIRECT_STATUSES = {301, 302, 303, 307, 308}


def default_raw_dir() -> Path:
    """``$CRISISDESK_RAW_DIR``, else ``crisisdesk-raw`` in the working directory."""
    return Path(os.environ.get("CRISISDESK_RAW_DIR") or "crisisdesk-raw")


@dataclass(frozen=True)
class FetchSettings:
    """Knobs of the fetcher. Times in seconds, sizes in bytes.

    ``raw_dir`` is where fetched bodies are kept (see :mod:`crisisdesk.sources.rawstore`).
    ``host_retry_after``: a host found unreachable (name not resolved, no answer, a
    robots.txt answering 5xx) is refused at once for this long, then tried again;
    ``robots_max_age``: a robots.txt read is used this long, then read again (RFC 9309
    section 2.4: "crawlers SHOULD NOT use the cached version for more than 24 hours").
    Before, both were kept for the fetcher's whole life: a long-lived fetcher (a
    ``run`` over a large sitemap, a program using :class:`Fetcher`) refused a host for
    good after one failed robots.txt request.
    """

    raw_dir: Path = field(default_factory=default_raw_dir)
    user_agent: str = DEFAULT_USER_AGENT
    timeout: float = 20.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 3
    backoff: float = 1.0
    max_retry_after: float = 120.0
    min_interval: float = 1.0
    respect_robots: bool = True
    host_retry_after: float = 300.0
    robots_max_age: float = 86400.0

    @classmethod
    def from_env(cls, **overrides) -> "FetchSettings":
        """Defaults, then ``CRISISDESK_FETCH_<FIELD>`` environment variables (e.g.
        ``CRISISDESK_FETCH_MIN_INTERVAL=2``, ``CRISISDESK_FETCH_MAX_BYTES=5000000``,
        ``CRISISDESK_FETCH_RESPECT_ROBOTS=0``), then ``overrides`` (None ignored).
        Raises ``ValueError`` for a value of the wrong type."""
        values: dict = {}
        for name, kind in (("user_agent", str), ("timeout", float), ("max_bytes", int),
                           ("max_redirects", int), ("retries", int), ("backoff", float),
                           ("max_retry_after", float), ("min_interval", float),
                           ("respect_robots", bool), ("host_retry_after", float),
                           ("robots_max_age", float)):
            raw = os.environ.get(f"CRISISDESK_FETCH_{name.upper()}")
            if raw is None or raw == "":
                continue
            if kind is bool:
                values[name] = raw.strip().lower() not in ("0", "false", "no", "off")
            else:
                try:
                    values[name] = kind(raw)
                except ValueError as exc:
                    raise ValueError(f"CRISISDESK_FETCH_{name.upper()}={raw!r}: {exc}") from exc
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


@dataclass(frozen=True)
class FetchOutcome:
    """Result of one fetch.

    ``status`` is ``fetched`` (new or changed body), ``unchanged`` (304, or the same
    body hash as last time) or ``rejected``. ``document`` holds the body for
    ``fetched`` and for ``unchanged`` when the raw store still has it; ``reject`` is
    set for ``rejected``.
    """

    url: str
    status: Literal["fetched", "unchanged", "rejected"]
    document: RawDocument | None = None
    reject: Reject | None = None


class FetchError(Exception):
    """A fetch failed for ``reason`` (a Reject reason) with a human ``detail``."""

    def __init__(self, reason: str, detail: str):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass
class _Response:
    url: str
    status_code: int
    headers: httpx.Headers
    body: bytes = b""


@dataclass
class _HostState:
    last_request: float | None = None
    robots: urllib.robotparser.RobotFileParser | None = None
    robots_allow_all: bool = False
    robots_deny_all: bool = False
    robots_loaded: bool = False
    extra: dict = field(default_factory=dict)
    robots_loaded_at: float | None = None  # Fetcher clock (s) when robots.txt was asked for
    failed_at: float | None = None  # Fetcher clock (s) when the host was found unreachable

    def failed(self) -> bool:
        """The host could not be reached, or its robots.txt answered 5xx."""
        return any(key in self.extra for key in ("dns_failure", "host_unreachable", "robots_unreachable"))


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (RFC 9110 section 10.2.3): either
    delay-seconds or an HTTP date. Returns None when absent or unparseable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    now = now or datetime.now(timezone.utc)
    return max(0.0, (when - now).total_seconds())


def looks_binary(data: bytes) -> bool:
    """True when the first 8 KiB hold NUL bytes or mostly control characters: what
    text (any of the usual encodings, UTF-16 aside) never does."""
    head = data[:8192]
    if not head:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a BOM is text
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return control / len(head) > 0.10


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def _host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class Fetcher:
    """Fetches URLs politely and records their cache state.

    ``engine`` (optional) is the crisisdesk database holding the ``fetches`` table;
    without it there are no conditional requests. ``sleep`` and ``clock`` are
    injectable so tests can observe waits; by default ``time.sleep`` and
    ``time.monotonic``. Use as a context manager or call :meth:`close`.
    """

    def __init__(
        self,
        settings: FetchSettings | None = None,
        engine: Engine | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        transport: httpx.BaseTransport | None = None,
    ):
        self.settings = settings or FetchSettings()
        self.engine = engine
        self.raw_store = RawStore(self.settings.raw_dir)
        self._sleep = sleep
        self._clock = clock
        self._hosts: dict[str, _HostState] = {}
        self.client = httpx.Client(
            headers={"User-Agent": self.settings.user_agent},
            timeout=httpx.Timeout(self.settings.timeout),
            follow_redirects=False,
            transport=transport,
        )
        self.requests_sent = 0

    # -- public -----------------------------------------------------------------

    def fetch(self, url: str, *, origin: Origin = "url", metadata: dict | None = None,
              conditional: bool = True) -> FetchOutcome:
        """Fetch ``url`` and return a :class:`FetchOutcome` (never raises for HTTP or
        network trouble: those become a ``rejected`` outcome with a Reject)."""
        fetched_at = datetime.now(timezone.utc)
        previous = self._previous(url) if conditional else None
        try:
            response = self._get_following_redirects(url, previous)
        except FetchError as exc:
            log.info("fetch %s rejected: %s", url, exc)
            return FetchOutcome(url, "rejected", reject=Reject(
                uri=url, stage="fetch", reason=exc.reason, detail=exc.detail))
        meta = {"final_url": response.url, "http_status": response.status_code,
                **(metadata or {})}
        if response.status_code == 304 and previous is not None:
            body = self.raw_store.get(previous.raw_path) if previous.raw_path else None
            self._touch(url)
            document = None
            if body is not None:
                document = RawDocument(uri=url, content=body, fetched_at=previous.fetched_at,
                                       origin=origin, media_type=previous.content_type,
                                       metadata={**meta, "not_modified": True,
                                                 "raw_path": previous.raw_path})
            return FetchOutcome(url, "unchanged", document=document)
        digest, path = self.raw_store.put(response.body)
        content_type = response.headers.get("content-type")
        unchanged = previous is not None and previous.content_hash == digest
        self._record(url, response, digest, str(path), fetched_at)
        document = RawDocument(uri=url, content=response.body, fetched_at=fetched_at,
                               origin=origin, media_type=content_type,
                               metadata={**meta, "raw_path": str(path)})
        return FetchOutcome(url, "unchanged" if unchanged else "fetched", document=document)

    def forget_unreachable_hosts(self) -> None:
        """Forget the hosts found unreachable (a name that did not resolve, robots.txt
        that got no answer), so that the next fetch tries them again: a long-running
        watcher calls this before each poll, a one-off run never does."""
        for key, state in list(self._hosts.items()):
            if "dns_failure" in state.extra or "host_unreachable" in state.extra:
                del self._hosts[key]

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- robots.txt and rate limit ------------------------------------------------

    def _host(self, url: str) -> _HostState:
        """The state of ``url``'s host; one found unreachable ``host_retry_after`` seconds
        ago or more, or whose robots.txt was read ``robots_max_age`` seconds ago or more,
        starts afresh (its rate-limit clock kept), so the next fetch asks again."""
        key = _host_key(url)
        state = self._hosts.get(key)
        if state is not None and self._expired(state):
            state = self._hosts[key] = _HostState(last_request=state.last_request)
        return self._hosts.setdefault(key, _HostState())

    def _expired(self, state: _HostState) -> bool:
        now = self._clock()
        if state.failed():
            since = state.failed_at if state.failed_at is not None else state.robots_loaded_at
            return since is not None and now - since >= self.settings.host_retry_after
        return state.robots_loaded_at is not None and now - state.robots_loaded_at >= self.settings.robots_max_age

    def allowed_by_robots(self, url: str) -> bool:
        """Whether robots.txt of ``url``'s host lets ``crisisdesk`` fetch it."""
        if not self.settings.respect_robots:
            return True
        state = self._host(url)
        if not state.robots_loaded:
            self._load_robots(url, state)
        if state.robots_allow_all:
            return True
        if state.robots_deny_all:
            return False
        return state.robots.can_fetch(USER_AGENT_TOKEN, url)

    def _load_robots(self, url: str, state: _HostState) -> None:
        state.robots_loaded = True
        state.robots_loaded_at = self._clock()
        self._read_robots(url, state)
        if state.failed():
            state.failed_at = self._clock()

    def _read_robots(self, url: str, state: _HostState) -> None:
        robots_url = _host_key(url) + "/robots.txt"
        try:
            response = self._request_with_retries(robots_url, {}, max_bytes=512 * 1024)
        except FetchError as exc:
            # RFC 9309 2.3.1.4: an unreachable robots.txt means complete disallow.
            log.info("robots.txt %s unreachable (%s): host disallowed", robots_url, exc)
            state.robots_deny_all = True
            if exc.reason in NETWORK_REASONS:  # no answer at all: the host is what failed
                state.extra["host_unreachable"] = exc
            else:
                state.extra["robots_unreachable"] = str(exc)
            return
        if 400 <= response.status_code < 500:
            state.robots_allow_all = True  # RFC 9309 2.3.1.3 "unavailable"
            return
        if response.status_code >= 500 or response.status_code in REDIRECT_STATUSES:
            state.robots_deny_all = response.status_code >= 500
            state.robots_allow_all = response.status_code in REDIRECT_STATUSES
            if state.robots_deny_all:  # RFC 9309 2.3.1.4: server error = unreachable
                state.extra["robots_unreachable"] = f"answered {response.status_code}"
            return
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(response.body.decode("utf-8", errors="replace").splitlines())
        state.robots = parser
        delay = parser.crawl_delay(USER_AGENT_TOKEN)
        if delay:
            state.extra["crawl_delay"] = min(float(delay), 60.0)

    def _wait_turn(self, url: str) -> None:
        state = self._host(url)
        interval = max(self.settings.min_interval, state.extra.get("crawl_delay", 0.0))
        if state.last_request is not None and interval > 0:
            wait = state.last_request + interval - self._clock()
            if wait > 0:
                self._sleep(wait)
        state.last_request = self._clock()

    # -- requests -------------------------------------------------------------------

    def _get_following_redirects(self, url: str, previous: FetchRow | None) -> _Response:
        seen = [url]
        current = url
        for _ in range(self.settings.max_redirects + 1):
            if not self.allowed_by_robots(current):
                down: FetchError | None = self._host(current).extra.get("host_unreachable")
                if down is not None:  # say what failed: the network, for robots.txt and this URL alike
                    raise FetchError(down.reason, f"{current} not fetched: {_host_key(current)} could not be "
                                     f"reached for its robots.txt ({down.detail})")
                unreachable = self._host(current).extra.get("robots_unreachable")
                if unreachable:  # say why: the host did not answer, robots.txt forbade nothing
                    raise FetchError("robots_unreachable", f"robots.txt of {_host_key(current)} unreachable "
                                     f"({unreachable}), so {current} is not fetched (RFC 9309 2.3.1.4)")
                raise FetchError("robots_disallowed", f"robots.txt of {_host_key(current)} "
                                 f"disallows {current} for {USER_AGENT_TOKEN}")
            headers = {}
            if previous is not None and current == url:
                if previous.etag:
                    headers["If-None-Match"] = previous.etag
                if previous.last_modified:
                    headers["If-Modified-Since"] = previous.last_modified
            response = self._request_with_retries(current, headers, self.settings.max_bytes)
            if response.status_code not in REDIRECT_STATUSES:
                return self._check_final(response)
            location = response.headers.get("location")
            if not location:
                raise FetchError(f"http_{response.status_code}", "redirect without Location")
            target = urljoin(current, location)
            if target in seen:
                raise FetchError("redirect_loop", " -> ".join([*seen, target]))
            seen.append(target)
            current = target
        raise FetchError("too_many_redirects",
                         f"more than {self.settings.max_redirects} redirects: {' -> '.join(seen)}")

    def _check_final(self, response: _Response) -> _Response:
        code = response.status_code
        if code == 304:
            return response
        if code >= 400 or code < 200:
            raise FetchError(f"http_{code}", f"server answered {code} for {response.url}")
        if looks_binary(response.body) and not _media_type(
                response.headers.get("content-type")).startswith(GZIP_MEDIA_TYPES):
            raise FetchError("binary", f"binary body served as "
                             f"{response.headers.get('content-type') or 'no Content-Type'}")
        return response

    def _request_with_retries(self, url: str, headers: dict, max_bytes: int) -> _Response:
        unresolved: FetchError | None = self._host(url).extra.get("dns_failure")
        if unresolved is not None:  # no request: the name did not resolve a moment ago
            raise FetchError("dns_failure", f"{url} not fetched: the host name {urlsplit(url).hostname} "
                             f"did not resolve for an earlier request ({unresolved.detail})")
        attempt = 0
        while True:
            self._wait_turn(url)
            try:
                response = self._request_once(url, headers, max_bytes)
            except (httpx.TimeoutException,) as exc:
                error = FetchError("timeout", f"no complete answer from {url} within "
                                   f"{self.settings.timeout:g} s ({type(exc).__name__})")
                delay = self.settings.backoff * 2 ** attempt
            except httpx.TransportError as exc:
                error = network_failure(url, exc)
                delay = self.settings.backoff * 2 ** attempt
                if error.reason == "dns_failure":
                    # the resolver answered that the name does not exist: asking again
                    # within seconds gets the same (often cached, RFC 2308) answer
                    state = self._host(url)
                    state.extra["dns_failure"], state.failed_at = error, self._clock()
                    raise error
            else:
                code = response.status_code
                if code not in RETRY_AFTER_STATUSES and code < 500:
                    return response
                error = FetchError(f"http_{code}", f"server answered {code} for {url} "
                                   f"after {attempt + 1} attempt(s)")
                retry_after = parse_retry_after(response.headers.get("retry-after"))
                delay = (min(retry_after, self.settings.max_retry_after)
                         if retry_after is not None and code in RETRY_AFTER_STATUSES
                         else self.settings.backoff * 2 ** attempt)
                if attempt >= self.settings.retries:
                    return response
            if attempt >= self.settings.retries:
                raise error
            log.info("retrying %s in %.2f s (%s)", url, delay, error)
            if delay > 0:
                self._sleep(delay)
            attempt += 1

    def _request_once(self, url: str, headers: dict, max_bytes: int) -> _Response:
        self.requests_sent += 1
        with self.client.stream("GET", url, headers=headers) as response:
            declared = response.headers.get("content-length")
            if response.status_code == 200:
                media = _media_type(response.headers.get("content-type"))
                if media and not media.startswith(TEXT_MEDIA_TYPES + GZIP_MEDIA_TYPES):
                    raise FetchError("unsupported_media_type",
                                     f"{url} is {media}, not a page, feed or sitemap")
                if declared and declared.isdigit() and int(declared) > max_bytes:
                    raise FetchError("too_large", f"{url} declares {declared} bytes, "
                                     f"cap is {max_bytes}")
            chunks: list[bytes] = []
            size = 0
            deadline = time.monotonic() + self.settings.timeout * 3
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError("too_large", f"{url} body passed the cap of "
                                     f"{max_bytes} bytes while streaming")
                if time.monotonic() > deadline:
                    raise FetchError("timeout", f"{url} body took longer than "
                                     f"{self.settings.timeout * 3:g} s")
                chunks.append(chunk)
            return _Response(url=str(response.url), status_code=response.status_code,
                             headers=response.headers, body=b"".join(chunks))

    # -- fetches table ----------------------------------------------------------------

    def _previous(self, url: str) -> FetchRow | None:
        if self.engine is None:
            return None
        with Session(self.engine, expire_on_commit=False) as session:
            return session.get(FetchRow, url)

    def _record(self, url: str, response: _Response, digest: str, raw_path: str,
                fetched_at: datetime) -> None:
        if self.engine is None:
            return
        with Session(self.engine) as session, session.begin():
            row = session.get(FetchRow, url) or FetchRow(url=url)
            row.final_url = response.url
            row.status_code = response.status_code
            row.etag = response.headers.get("etag")
            row.last_modified = response.headers.get("last-modified")
            row.content_type = response.headers.get("content-type")
            row.content_hash = digest
            row.raw_path = raw_path
            row.fetched_at = fetched_at
            session.add(row)

    def _touch(self, url: str) -> None:
        """A 304 keeps the stored body; only the status changes."""
        if self.engine is None:
            return
        with Session(self.engine) as session, session.begin():
            row = session.get(FetchRow, url)
            if row is not None:
                row.status_code = 304
