"""Feeds and sitemaps from a local server: items found, deduplicated, only new fetched."""

from __future__ import annotations

import gzip
from datetime import datetime, timezone

import pytest

from crisisdesk.sources.feeds import FeedReader, canonical_url, parse_feed, sniff_kind
from crisisdesk.sources.http import Fetcher, FetchSettings
from crisisdesk.store.db import open_database
from tests.support import feeds
from tests.support.webserver import Reply

XML = {"Content-Type": "application/xml"}
HTML = {"Content-Type": "text/html; charset=utf-8"}


@pytest.fixture
def reader(tmp_path):
    engine = open_database(str(tmp_path / "crisisdesk.db"))
    settings = FetchSettings(raw_dir=tmp_path / "raw", timeout=1, retries=0, backoff=0,
                             min_interval=0)
    with Fetcher(settings, engine) as fetcher:
        yield FeedReader(fetcher, engine)


def serve_pages(web, n):
    for i in range(n):
        web.routes[f"/news/{i}"] = Reply(200, feeds.page(f"Story {i}", [f"Paragraph {i}."]), HTML)


def test_canonical_url_drops_tracking_and_fragment():
    assert (canonical_url("HTTPS://Example.com:443/a/?utm_source=x&id=3#top")
            == "https://example.com/a/?id=3")
    assert canonical_url("mailto:desk@example.org") is None


def test_rss2_items_and_dates(web, reader):
    serve_pages(web, 2)
    web.routes["/rss"] = Reply(200, feeds.rss2([
        (web.url("/news/0"), "Convoy attacked", "Sat, 22 Nov 2025 08:00:00 +0100"),
        (web.url("/news/1") + "?utm_source=rss", "Fuel blockade", "Sat, 22 Nov 2025 09:00:00 GMT"),
        (web.url("/news/0") + "#comments", "Convoy attacked (dup)", "Sat, 22 Nov 2025 08:00:00 +0100"),
    ]), {"Content-Type": "application/rss+xml"})
    poll = reader.poll(web.url("/rss"))
    assert poll.status == "fetched" and poll.listed == 3
    assert [item.url for item in poll.pending] == [web.url("/news/0"), web.url("/news/1")]
    first = poll.pending[0]
    assert first.title == "Convoy attacked"
    assert first.published == datetime(2025, 11, 22, 7, 0, tzinfo=timezone.utc)
    docs = list(reader.fetch_items(poll.pending))
    assert [d.origin for d in docs] == ["feed", "feed"]
    assert b"Story 1" in docs[1].content
    assert docs[1].metadata["feed_title"] == "Fuel blockade"
    assert docs[1].metadata["published"] == "2025-11-22T09:00:00+00:00"


def test_rss1_and_atom(web, reader):
    web.routes["/rdf"] = Reply(200, feeds.rss1([(web.url("/news/7"), "Seven")]), XML)
    web.routes["/atom"] = Reply(200, feeds.atom([
        (web.url("/news/8"), "Eight", "2025-11-23T10:00:00Z")]), {"Content-Type": "application/atom+xml"})
    assert [i.url for i in reader.poll(web.url("/rdf")).pending] == [web.url("/news/7")]
    atom = reader.poll(web.url("/atom")).pending
    assert atom[0].url == web.url("/news/8")
    assert atom[0].published == datetime(2025, 11, 23, 10, tzinfo=timezone.utc)


def test_only_new_or_changed_items_pending(web, reader):
    items = [(web.url("/news/0"), "A", "2025-11-22T08:00:00Z")]
    web.routes["/atom"] = lambda h: Reply(200, feeds.atom(items), XML)
    poll = reader.poll(web.url("/atom"))
    reader.mark_processed(poll.pending)
    assert reader.poll(web.url("/atom")).pending == []
    items.append((web.url("/news/1"), "B", "2025-11-22T09:00:00Z"))
    assert [i.url for i in reader.poll(web.url("/atom")).pending] == [web.url("/news/1")]
    reader.mark_processed([i for i in reader.poll(web.url("/atom")).pending])
    items[0] = (web.url("/news/0"), "A (updated)", "2025-11-22T12:00:00Z")  # changed
    assert [i.url for i in reader.poll(web.url("/atom")).pending] == [web.url("/news/0")]


def test_unmarked_items_stay_pending_even_when_feed_answers_304(web, reader):
    body = feeds.atom([(web.url("/news/0"), "A", "2025-11-22T08:00:00Z")])
    web.routes["/atom"] = lambda h: (Reply(304) if h.get("if-none-match") == '"f1"'
                                     else Reply(200, body, {**XML, "ETag": '"f1"'}))
    assert len(reader.poll(web.url("/atom")).pending) == 1
    # interrupted before mark_processed: the next poll gets 304 but still has the item
    again = reader.poll(web.url("/atom"))
    assert again.status == "unchanged"
    assert [i.url for i in again.pending] == [web.url("/news/0")]


def test_news_sitemap_and_index_gzipped(web, reader):
    web.routes["/sitemap-news.xml"] = Reply(200, feeds.news_sitemap([
        (web.url("/news/3"), "Africa Corps arrives", "2025-11-20T06:30:00+00:00")]), XML)
    web.routes["/sitemap-old.xml.gz"] = Reply(200, gzip.compress(feeds.news_sitemap([
        (web.url("/news/4"), "Older", "2025-10-01")])), {"Content-Type": "application/gzip"})
    web.routes["/sitemap.xml"] = Reply(200, feeds.sitemap_index(
        [web.url("/sitemap-news.xml"), web.url("/sitemap-old.xml.gz")]), XML)
    poll = reader.poll(web.url("/sitemap.xml"))
    assert {i.url for i in poll.pending} == {web.url("/news/3"), web.url("/news/4")}
    news = next(i for i in poll.pending if i.url == web.url("/news/3"))
    assert news.title == "Africa Corps arrives"
    assert news.published == datetime(2025, 11, 20, 6, 30, tzinfo=timezone.utc)


def test_broken_feed_and_html_served_as_xml_rejected(web, reader):
    web.routes["/broken"] = Reply(200, b"<?xml version='1.0'?><rss><channel><item><title>x", XML)
    web.routes["/html"] = Reply(200, feeds.page("Home", ["Not a feed"]), XML)
    web.routes["/missing"] = Reply(404, b"")
    broken = reader.poll(web.url("/broken"))
    html = reader.poll(web.url("/html"))
    missing = reader.poll(web.url("/missing"))
    assert broken.rejects[0].reason == "malformed_feed"
    assert broken.rejects[0].uri == web.url("/broken")
    assert html.rejects[0].reason == "html_not_feed"
    assert missing.rejects[0].reason == "http_404" and missing.pending == []


def test_sniff_kind():
    assert sniff_kind(b"\xef\xbb\xbf<?xml version='1.0'?>\n<!-- x --><rss>") == "feed"
    assert sniff_kind(b"<?xml version='1.0'?><?xml-stylesheet href='a'?><feed>") == "feed"
    assert sniff_kind(b"<urlset xmlns='x'>") == "sitemap"
    assert sniff_kind(b"  <!DOCTYPE html><html>") == "html"
    assert sniff_kind(b"plain words") == "other"


def test_parse_feed_keeps_items_of_a_slightly_broken_feed():
    content = feeds.rss2([("http://example.org/a", "A & B", "Sat, 22 Nov 2025 08:00:00 GMT")])
    content = content.replace(b"A &amp; B", b"A & B")  # an unescaped ampersand
    items = parse_feed(content, "http://example.org/rss")
    assert [i.url for i in items] == ["http://example.org/a"]
