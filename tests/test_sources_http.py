"""The HTTP fetcher against a local server: politeness, caching and every failure."""

from __future__ import annotations

import gzip
import time

import httpx
import pytest
from sqlalchemy.orm import Session

from crisisdesk.sources.http import Fetcher, FetchSettings, parse_retry_after
from crisisdesk.store.db import open_database
from crisisdesk.store.models import FetchRow
from tests.support.webserver import Reply

PAGE = (b"<html><head><title>Convoy attacked near Kayes</title></head><body><article>"
        b"<p>Fuel trucks were attacked on the road to Bamako.</p></article></body></html>")


@pytest.fixture
def engine(tmp_path):
    return open_database(str(tmp_path / "crisisdesk.db"))


def settings(tmp_path, **overrides) -> FetchSettings:
    # a generous timeout: a loaded machine must not turn a local answer into a timeout
    values = dict(raw_dir=tmp_path / "raw", timeout=10.0, max_bytes=50_000, retries=2,
                  backoff=0.01, max_retry_after=0.2, min_interval=0.0)
    values.update(overrides)
    return FetchSettings(**values)


def html(body: bytes = PAGE, **headers) -> Reply:
    return Reply(200, body, {"Content-Type": "text/html; charset=utf-8", **headers})


def test_page_is_fetched_kept_in_raw_store_and_recorded(web, tmp_path, engine):
    web.routes["/mali/convoy"] = html(ETag='"v1"', **{"Last-Modified": "Sat, 22 Nov 2025 08:00:00 GMT"})
    with Fetcher(settings(tmp_path), engine) as fetcher:
        outcome = fetcher.fetch(web.url("/mali/convoy"))
    assert outcome.status == "fetched"
    doc = outcome.document
    assert doc.content == PAGE and doc.origin == "url"
    assert doc.media_type == "text/html; charset=utf-8"
    # clear user agent with version and contact URL
    agent = web.requests[-1][1]["user-agent"]
    assert agent.startswith("crisisdesk/0.1.0 (+https://")
    with Session(engine) as session:
        row = session.get(FetchRow, web.url("/mali/convoy"))
    assert row.etag == '"v1"' and row.status_code == 200
    assert open(row.raw_path, "rb").read() == PAGE
    assert row.raw_path.startswith(str(tmp_path / "raw"))


def test_conditional_request_304_reads_body_from_raw_store(web, tmp_path, engine):
    def page(headers):
        if headers.get("if-none-match") == '"v1"':
            return Reply(304, b"", {"ETag": '"v1"'})
        return html(ETag='"v1"')

    web.routes["/p"] = page
    with Fetcher(settings(tmp_path), engine) as fetcher:
        first = fetcher.fetch(web.url("/p"))
        second = fetcher.fetch(web.url("/p"))
    assert first.status == "fetched"
    assert second.status == "unchanged"
    assert second.document.content == PAGE
    assert second.document.metadata["not_modified"] is True
    assert web.requests[-1][1]["if-none-match"] == '"v1"'
    assert web.hits["/p"] == 2


def test_if_modified_since_sent_from_last_modified(web, tmp_path, engine):
    stamp = "Sat, 22 Nov 2025 08:00:00 GMT"
    web.routes["/lm"] = lambda h: (Reply(304) if h.get("if-modified-since") == stamp
                                   else html(**{"Last-Modified": stamp}))
    with Fetcher(settings(tmp_path), engine) as fetcher:
        fetcher.fetch(web.url("/lm"))
        assert fetcher.fetch(web.url("/lm")).status == "unchanged"


def test_robots_disallow_is_respected(web, tmp_path):
    web.routes["/robots.txt"] = Reply(200, b"User-agent: *\nDisallow: /private/\n",
                                      {"Content-Type": "text/plain"})
    web.routes["/private/report"] = html()
    web.routes["/public/report"] = html()
    with Fetcher(settings(tmp_path)) as fetcher:
        refused = fetcher.fetch(web.url("/private/report"))
        allowed = fetcher.fetch(web.url("/public/report"))
    assert refused.status == "rejected"
    assert refused.reject.reason == "robots_disallowed"
    assert refused.reject.uri == web.url("/private/report")
    assert web.hits["/private/report"] == 0
    assert allowed.status == "fetched"
    assert web.hits["/robots.txt"] == 1  # cached per host


@pytest.mark.parametrize("status", [404, 410])
def test_client_errors_rejected_without_retry(web, tmp_path, status):
    web.routes["/gone"] = Reply(status, b"no")
    with Fetcher(settings(tmp_path)) as fetcher:
        outcome = fetcher.fetch(web.url("/gone"))
    assert outcome.reject.reason == f"http_{status}"
    assert web.hits["/gone"] == 1


def test_server_error_retried_then_rejected(web, tmp_path):
    web.routes["/broken"] = Reply(500, b"oops")
    with Fetcher(settings(tmp_path, retries=2)) as fetcher:
        outcome = fetcher.fetch(web.url("/broken"))
    assert outcome.reject.reason == "http_500"
    assert web.hits["/broken"] == 3  # first try + 2 retries


def test_429_waits_retry_after_then_succeeds(web, tmp_path):
    answers = iter([Reply(429, b"slow down", {"Retry-After": "7"}), html()])
    web.routes["/busy"] = lambda h: next(answers)
    waits: list[float] = []
    with Fetcher(settings(tmp_path, max_retry_after=30), sleep=waits.append) as fetcher:
        outcome = fetcher.fetch(web.url("/busy"))
    assert outcome.status == "fetched"
    assert waits == [7.0]


def test_retry_after_is_capped(web, tmp_path):
    answers = iter([Reply(429, b"", {"Retry-After": "3600"}), html()])
    web.routes["/busy"] = lambda h: next(answers)
    waits: list[float] = []
    with Fetcher(settings(tmp_path, max_retry_after=0.1), sleep=waits.append) as fetcher:
        assert fetcher.fetch(web.url("/busy")).status == "fetched"
    assert waits == [0.1]  # one wait, capped (not the hour the server asked for)
    assert web.hits["/busy"] == 2


def test_parse_retry_after_http_date():
    from datetime import datetime, timezone

    now = datetime(2025, 11, 22, 8, 0, tzinfo=timezone.utc)
    assert parse_retry_after("Sat, 22 Nov 2025 08:00:30 GMT", now) == 30
    assert parse_retry_after("120") == 120
    assert parse_retry_after("soon") is None


def test_redirects_followed_and_loops_rejected(web, tmp_path):
    web.routes["/old"] = Reply(301, b"", {"Location": "/new"})
    web.routes["/new"] = html()
    web.routes["/a"] = Reply(302, b"", {"Location": "/b"})
    web.routes["/b"] = Reply(302, b"", {"Location": "/a"})
    with Fetcher(settings(tmp_path)) as fetcher:
        moved = fetcher.fetch(web.url("/old"))
        loop = fetcher.fetch(web.url("/a"))
    assert moved.status == "fetched"
    assert moved.document.metadata["final_url"] == web.url("/new")
    assert loop.reject.reason == "redirect_loop"
    assert web.url("/b") in loop.reject.detail


def test_too_many_redirects(web, tmp_path):
    for i in range(10):
        web.routes[f"/r{i}"] = Reply(302, b"", {"Location": f"/r{i + 1}"})
    with Fetcher(settings(tmp_path, max_redirects=3)) as fetcher:
        outcome = fetcher.fetch(web.url("/r0"))
    assert outcome.reject.reason == "too_many_redirects"
    assert web.hits["/r4"] == 0


def test_slow_server_times_out(web, tmp_path):
    web.routes["/slow"] = Reply(200, PAGE, {"Content-Type": "text/html"}, delay=1.5)
    with Fetcher(settings(tmp_path, timeout=0.2, retries=0)) as fetcher:
        outcome = fetcher.fetch(web.url("/slow"))
    assert outcome.reject.reason == "timeout"
    assert web.url("/slow") in outcome.reject.detail


@pytest.mark.parametrize("no_length", [False, True])
def test_oversized_response_rejected_while_streaming(web, tmp_path, no_length):
    web.routes["/huge"] = Reply(200, b"<p>" + b"x" * 200_000, {"Content-Type": "text/html"},
                                no_length=no_length)
    with Fetcher(settings(tmp_path, max_bytes=50_000)) as fetcher:
        outcome = fetcher.fetch(web.url("/huge"))
    assert outcome.reject.reason == "too_large"
    assert "50000" in outcome.reject.detail


def test_binary_under_text_mime_rejected(web, tmp_path):
    web.routes["/fake.html"] = Reply(200, bytes(range(256)) * 8, {"Content-Type": "text/html"})
    web.routes["/photo.jpg"] = Reply(200, b"\xff\xd8\xff" + bytes(500), {"Content-Type": "image/jpeg"})
    with Fetcher(settings(tmp_path)) as fetcher:
        fake = fetcher.fetch(web.url("/fake.html"))
        photo = fetcher.fetch(web.url("/photo.jpg"))
    assert fake.reject.reason == "binary"
    assert photo.reject.reason == "unsupported_media_type"


def test_gzip_encoding_decoded(web, tmp_path):
    web.routes["/gz"] = Reply(200, gzip.compress(PAGE),
                              {"Content-Type": "text/html", "Content-Encoding": "gzip"})
    with Fetcher(settings(tmp_path)) as fetcher:
        assert fetcher.fetch(web.url("/gz")).document.content == PAGE


class RecordingTransport(httpx.HTTPTransport):
    """The real transport, noting when each request leaves the client (monotonic s)."""

    def __init__(self):
        super().__init__()
        self.sent: list[tuple[str, float]] = []

    def handle_request(self, request):
        self.sent.append((request.url.path, time.monotonic()))
        return super().handle_request(request)


def test_per_host_rate_limit(web, tmp_path):
    """Requests to one host leave at least ``min_interval`` apart, by the times they
    were sent (not by how long the test took); another host is not held back."""
    from tests.support.webserver import LocalWebServer

    web.routes["/1"] = web.routes["/2"] = html()
    other_host = LocalWebServer().start()  # another port: another host for the limiter
    other_host.routes["/3"] = html()
    transport = RecordingTransport()
    try:
        with Fetcher(settings(tmp_path, min_interval=1.0, respect_robots=False),
                     transport=transport) as fetcher:
            fetcher.fetch(web.url("/1"))
            fetcher.fetch(web.url("/2"))
            fetcher.fetch(other_host.url("/3"))
    finally:
        other_host.stop()
    assert [path for path, _ in transport.sent] == ["/1", "/2", "/3"]
    (_, first), (_, second), (_, other) = transport.sent
    # the limiter stamps a request just before it is sent, so the gap between sends can
    # only fall short of 1.0 s by the time between stamping and sending (microseconds)
    assert 0.95 <= second - first < 1.0 + 5.0  # waited once, and not twice
    assert other - second < 0.9  # a different host: no wait (0.9 s slack for a busy machine)


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:  # bound then closed: nothing listens on it
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_unreachable_host_says_so_not_that_robots_forbade_it(tmp_path):
    # a refused connection was reported as robots_unreachable, as if the host had
    # answered and its robots.txt were the trouble
    port = _closed_port()
    url = f"http://127.0.0.1:{port}/report"
    with Fetcher(settings(tmp_path, retries=0)) as fetcher:
        refused = fetcher.fetch(url)
    assert refused.status == "rejected" and refused.reject.uri == url
    assert refused.reject.reason == "connection_refused"
    assert url in refused.reject.detail and f"connection refused by 127.0.0.1:{port}" in refused.reject.detail
    assert "disallows" not in refused.reject.detail


def test_closed_port_without_robots_check_is_connection_refused_too(tmp_path):
    port = _closed_port()
    url = f"http://127.0.0.1:{port}/feed.xml"
    with Fetcher(settings(tmp_path, retries=0, respect_robots=False)) as fetcher:
        refused = fetcher.fetch(url)
    assert refused.reject.reason == "connection_refused" and refused.reject.detail.startswith(url)


def test_network_failures_are_told_apart_by_the_socket_error_under_httpx():
    import socket

    import httpx

    from crisisdesk.sources.http import network_failure

    def connect_error(cause: BaseException) -> httpx.ConnectError:
        try:  # raised the way httpx raises it: from the socket error
            raise httpx.ConnectError(str(cause)) from cause
        except httpx.ConnectError as error:
            return error

    refused = network_failure("https://news.example.org/a", connect_error(ConnectionRefusedError(111, "refused")))
    dns = network_failure("https://news.example.org/a",
                          connect_error(socket.gaierror(-2, "Name or service not known")))
    other = network_failure("https://news.example.org/a", httpx.RemoteProtocolError("peer closed"))
    assert (refused.reason, dns.reason, other.reason) == ("connection_refused", "dns_failure", "connection_error")
    assert "news.example.org:443" in refused.detail
    assert "news.example.org does not resolve (Name or service not known)" in dns.detail


def test_passing_and_lasting_fetch_failures():
    from crisisdesk.sources.http import is_transient

    passing = ["timeout", "connection_error", "connection_refused", "dns_failure", "http_429", "http_500", "http_503", "http_520", "robots_unreachable"]
    lasting = ["robots_disallowed", "http_404", "http_410", "http_403", "too_large", "binary",
               "unsupported_media_type", "redirect_loop", "http_5", "http_5000"]
    assert [r for r in passing if not is_transient(r)] == []
    assert [r for r in lasting if is_transient(r)] == []


def test_robots_txt_answering_5xx_is_unreachable_not_a_disallow(web, tmp_path):
    web.routes["/robots.txt"] = Reply(503, b"down")
    web.routes["/page"] = Reply(200, b"<html><body><p>Text.</p></body></html>", {"Content-Type": "text/html"})
    with Fetcher(settings(tmp_path, retries=0)) as fetcher:
        refused = fetcher.fetch(web.url("/page"))
    assert refused.reject.reason == "robots_unreachable"
    assert "unreachable (answered 503)" in refused.reject.detail and web.hits["/page"] == 0


class _Clock:
    """A monotonic clock the test moves (seconds)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_host_whose_robots_txt_failed_is_tried_again_after_host_retry_after(web, tmp_path):
    """A long-lived fetcher kept a host whose robots.txt answered 503 refused for its
    whole life; now for ``host_retry_after`` seconds, then robots.txt is asked again."""
    web.routes["/robots.txt"] = Reply(503, b"down")
    web.routes["/page"] = html()
    clock = _Clock()
    with Fetcher(settings(tmp_path, retries=0, host_retry_after=300.0), clock=clock, sleep=lambda s: None) as fetcher:
        assert fetcher.fetch(web.url("/page")).reject.reason == "robots_unreachable"
        web.routes["/robots.txt"] = Reply(200, b"User-agent: *\nAllow: /\n")
        clock.now += 299.0
        assert fetcher.fetch(web.url("/page")).reject.reason == "robots_unreachable"  # not asked again yet
        assert web.hits["/robots.txt"] == 1
        clock.now += 1.0
        assert fetcher.fetch(web.url("/page")).status == "fetched"
    assert web.hits["/robots.txt"] == 2 and web.hits["/page"] == 1


def test_a_robots_txt_read_is_read_again_after_robots_max_age(web, tmp_path):
    """RFC 9309 2.4: a cached robots.txt is not used for more than 24 hours."""
    web.routes["/robots.txt"] = Reply(200, b"User-agent: *\nDisallow: /page\n")
    web.routes["/page"] = html()
    clock = _Clock()
    with Fetcher(settings(tmp_path), clock=clock, sleep=lambda s: None) as fetcher:
        assert fetcher.fetch(web.url("/page")).reject.reason == "robots_disallowed"
        web.routes["/robots.txt"] = Reply(200, b"User-agent: *\nAllow: /\n")
        clock.now += 86399.0
        assert fetcher.fetch(web.url("/page")).reject.reason == "robots_disallowed"
        clock.now += 1.0
        assert fetcher.fetch(web.url("/page")).status == "fetched"
    assert web.hits["/robots.txt"] == 2
