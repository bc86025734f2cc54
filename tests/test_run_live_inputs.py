"""``crisisdesk run`` on URLs, feeds, sitemaps, WARC and news-please JSONL (local only)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from crisisdesk.cli import _register, app
from crisisdesk.store.db import open_database
from crisisdesk.store.models import ArticleRow, FeedItemRow, RejectRow
from tests.support import feeds
from tests.support.warcs import WarcBuilder, html_page
from tests.support.webserver import Reply

HTML = {"Content-Type": "text/html; charset=utf-8"}
PARAS = ["Fuel tankers bound for Bamako were stopped on the road from Kayes on Tuesday.",
         "Drivers said armed men set several trucks on fire and warned others to turn back."]


@pytest.fixture
def cli(tmp_path, monkeypatch):
    _register()
    monkeypatch.setenv("CRISISDESK_RAW_DIR", str(tmp_path / "raw"))
    monkeypatch.setenv("CRISISDESK_FETCH_MIN_INTERVAL", "0")
    db = tmp_path / "crisisdesk.db"
    runner = CliRunner()

    def invoke(*args):
        result = runner.invoke(app, ["--db", str(db), "run", "--quiet", "--no-nlp", *args])
        return result

    invoke.engine = lambda: open_database(str(db))
    return invoke


def rows(engine, model):
    with Session(engine) as session:
        return session.scalars(select(model)).all()


def test_run_url_stores_page_and_rejects_404(web, cli):
    web.routes["/mali/tankers"] = Reply(200, feeds.page("Tankers stopped near Kayes", PARAS), HTML)
    result = cli(web.url("/mali/tankers"), web.url("/mali/missing"))
    assert result.exit_code == 0, result.output
    assert "read 2, stored 1, unchanged 0, rejected 1" in result.output
    engine = cli.engine()
    [article] = rows(engine, ArticleRow)
    assert article.title == "Tankers stopped near Kayes"
    assert article.url == web.url("/mali/tankers")
    assert "set several trucks on fire" in article.text
    [reject] = rows(engine, RejectRow)
    assert (reject.uri, reject.reason) == (web.url("/mali/missing"), "http_404")
    # again: the page is unchanged (conditional request or same hash), nothing new stored
    again = cli(web.url("/mali/tankers"))
    assert "stored 0, unchanged 1" in again.output


def test_run_feed_url_fetches_items_once(web, cli):
    for i in range(3):
        web.routes[f"/news/{i}"] = Reply(200, feeds.page(f"Story {i} on the blockade",
                                                        [f"Report {i}: " + PARAS[0], PARAS[1]]), HTML)
    web.routes["/feed.xml"] = Reply(200, feeds.rss2([
        (web.url(f"/news/{i}"), f"Story {i}", "Sat, 22 Nov 2025 08:00:00 GMT") for i in range(3)]),
        {"Content-Type": "application/rss+xml"})
    first = cli(web.url("/feed.xml"))
    assert "stored 3" in first.output, first.output
    second = cli(web.url("/feed.xml"))
    assert "read 0" in second.output
    assert all(web.hits[f"/news/{i}"] == 1 for i in range(3))
    engine = cli.engine()
    assert all(row.processed_at is not None for row in rows(engine, FeedItemRow))
    published = {a.title: a.published_at for a in rows(engine, ArticleRow)}
    assert published["Story 0 on the blockade"].isoformat() == "2025-11-22T08:00:00+00:00"


def test_run_warc_file(tmp_path, cli):
    path = tmp_path / "crawl.warc.gz"
    w = WarcBuilder(path)
    w.response("http://news.example.org/a", html_page(1))
    w.response("http://news.example.org/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png")
    w.response("http://news.example.org/b", html_page(2))
    w.close()
    result = cli(str(path))
    assert "read 3, stored 2, unchanged 0, rejected 1" in result.output
    engine = cli.engine()
    urls = sorted(a.url for a in rows(engine, ArticleRow))
    assert urls == ["http://news.example.org/a", "http://news.example.org/b"]
    [reject] = rows(engine, RejectRow)
    assert reject.reason == "not_html" and reject.offset == w.offsets[1]


def test_run_news_please_jsonl(tmp_path, cli):
    path = tmp_path / "export.jsonl"
    lines = [
        {"url": "https://news.example.org/2025/11/20/convoy", "title": "Convoy hit on the Kayes road",
         "maintext": "\n".join(PARAS), "date_publish": "2025-11-20 06:30:00", "language": "en",
         "authors": ["A. Reporter", "B. Writer"], "source_domain": "news.example.org"},
        {"url": "https://news.example.org/empty", "title": "Nothing", "maintext": None},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    result = cli(str(path))
    assert "read 2, stored 1, unchanged 0, rejected 1" in result.output, result.output
    [article] = rows(cli.engine(), ArticleRow)
    assert article.title == "Convoy hit on the Kayes road"
    assert article.author == "A. Reporter, B. Writer"
    assert article.site == "news.example.org"
    assert article.published_at.date().isoformat() == "2025-11-20"
