"""Watch mode against a local server: new items once, restarts fetch nothing twice,
network errors survived, reports to a JSONL log and a webhook, clean stop on SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from crisisdesk.pipeline import RunOptions
from crisisdesk.sources.http import FetchSettings
from crisisdesk.store.db import open_database
from crisisdesk.store.models import ArticleRow
from crisisdesk.watch import Watcher, parse_interval, read_sources
from tests.support import feeds
from tests.support.webserver import Reply

HTML = {"Content-Type": "text/html; charset=utf-8"}
REPO = Path(__file__).resolve().parents[1]


def story(i: int) -> bytes:
    return feeds.page(f"Convoy report {i}", [
        f"Gunmen attacked a fuel convoy near Kati on {i + 1} November 2025, killing {i + 2} drivers, "
        "officials said.",
        "Witnesses said the drivers were ordered to leave the vehicles by armed men."])


class FeedSite:
    """A feed whose items can be added; honours ETag so polls can answer 304."""

    def __init__(self, web, n: int):
        self.web = web
        self.items: list[int] = []
        web.routes["/feed.atom"] = self.feed
        for _ in range(n):
            self.add()

    def add(self) -> None:
        i = len(self.items)
        self.items.append(i)
        self.web.routes[f"/story/{i}"] = Reply(200, story(i), HTML)

    def feed(self, headers):
        etag = f'"{len(self.items)}"'
        if headers.get("if-none-match") == etag:
            return Reply(304, b"", {"ETag": etag})
        body = feeds.atom([(self.web.url(f"/story/{i}"), f"Convoy report {i}",
                            f"2025-11-2{i % 10}T08:00:00Z") for i in self.items])
        return Reply(200, body, {"Content-Type": "application/atom+xml", "ETag": etag})

    def page_hits(self) -> list[int]:
        return [self.web.hits[f"/story/{i}"] for i in self.items]


def make_watcher(tmp_path, web, nlp: bool = False, **kwargs) -> Watcher:
    """A watcher on ``tmp_path``; the NLP stages (spaCy, ~5 s to load) only when the
    test looks at events."""
    engine = open_database(str(tmp_path / "watch.db"))
    settings = FetchSettings(raw_dir=tmp_path / "raw", min_interval=0, retries=0, timeout=1, backoff=0)
    lines: list[str] = []
    watcher = Watcher([web.url("/feed.atom")], engine, options=RunOptions(command="watch", nlp=nlp),
                      fetch_settings=settings, log_path=tmp_path / "watch.jsonl",
                      echo=lines.append, **kwargs)
    watcher.lines = lines
    return watcher


def test_new_item_gives_exactly_one_new_article(tmp_path, web):
    site = FeedSite(web, 2)
    watcher = make_watcher(tmp_path, web, nlp=True, webhook=web.url("/hook"))
    first = watcher.poll_once()
    assert [a["title"] for a in first.new_articles] == ["Convoy report 0", "Convoy report 1"]
    site.add()
    second = watcher.poll_once()
    assert [a["title"] for a in second.new_articles] == ["Convoy report 2"]
    # and its event: the attack of 3 November, coded from the new article only
    assert [(e["event_type"], e["event_date"]) for e in second.new_events] == [("ASSAULT", "2025-11-03")]
    assert second.updated_events == []
    third = watcher.poll_once()  # nothing new: the feed answers 304
    assert third.new_articles == [] and third.read == 0
    assert site.page_hits() == [1, 1, 1]
    log = [json.loads(line) for line in (tmp_path / "watch.jsonl").read_text().splitlines()]
    assert [len(entry["new_articles"]) for entry in log] == [2, 1, 0]
    # the webhook is called only when something is new, with the report's JSON
    assert [json.loads(body)["poll"] for _, body in web.posts] == [1, 2]
    assert "1 new article(s)" in watcher.lines[-3] or "1 new article(s)" in " ".join(watcher.lines)
    watcher.close()


def test_restart_fetches_nothing_twice(tmp_path, web):
    site = FeedSite(web, 3)
    first = make_watcher(tmp_path, web)
    first.poll_once()
    first.close()
    site.add()
    restarted = make_watcher(tmp_path, web)  # same database and raw store, new process state
    report = restarted.poll_once()
    assert [a["title"] for a in report.new_articles] == ["Convoy report 3"]
    assert site.page_hits() == [1, 1, 1, 1]
    with Session(restarted.engine) as session:
        assert len(session.scalars(select(ArticleRow)).all()) == 4
    restarted.close()


def test_network_errors_are_survived(tmp_path, web):
    site = FeedSite(web, 1)
    web.routes["/story/0"] = Reply(503, b"maintenance")
    watcher = make_watcher(tmp_path, web)
    down = watcher.poll_once()
    assert down.status == "ok" and down.rejected == 1 and down.new_articles == []
    web.routes["/story/0"] = Reply(200, story(0), HTML)  # back up: the item was kept pending
    up = watcher.poll_once()
    assert [a["title"] for a in up.new_articles] == ["Convoy report 0"]
    # a dead server: the poll reports the rejected feed and the watch goes on
    watcher.sources = ["http://127.0.0.1:9/feed.xml"]
    dead = watcher.poll_once()
    assert dead.status == "ok" and dead.rejected == 1
    watcher.close()


def test_retry_rejected_fetches_a_settled_item_again_on_the_first_poll_only(tmp_path, web):
    """``watch --retry-rejected`` (was only on ``run``): a page that answered 404 is
    settled; a watcher started with retry_rejected fetches it again on its first poll,
    and its later polls do not."""
    site = FeedSite(web, 2)
    web.routes["/story/1"] = Reply(404, b"not yet")
    plain = make_watcher(tmp_path, web)
    assert plain.poll_once().rejected == 1
    assert plain.poll_once().read == 0 and site.page_hits() == [1, 1]  # settled: not fetched again
    plain.close()
    retrying = make_watcher(tmp_path, web, retry_rejected=True)
    first = retrying.poll_once()  # fetched again, still 404
    assert first.rejected == 1 and site.page_hits() == [1, 2]
    web.routes["/story/1"] = Reply(200, story(1), HTML)
    second = retrying.poll_once()  # later polls leave it settled
    assert second.read == 0 and site.page_hits() == [1, 2]
    retrying.close()


def test_webhook_failure_does_not_stop_the_watch(tmp_path, web):
    FeedSite(web, 1)
    web.post_status = 500
    watcher = make_watcher(tmp_path, web, webhook=web.url("/hook"))
    report = watcher.poll_once()
    assert len(report.new_articles) == 1
    assert any("webhook" in line and "failed" in line for line in watcher.lines)
    # one line: httpx's "For more information check: https://developer.mozilla.org/..."
    # came out as a second line without the "!" prefix
    assert not any("For more information" in line for line in watcher.lines)
    assert [line.count("\n") for line in watcher.lines if "webhook" in line] == [0]
    watcher.close()


def test_parse_interval_and_sources(tmp_path):
    assert parse_interval("15m") == 900 and parse_interval("30s") == 30 and parse_interval("2h") == 7200
    assert parse_interval("45") == 45
    with pytest.raises(ValueError):
        parse_interval("soon")
    path = tmp_path / "sources.txt"
    path.write_text("# Sahel outlets\nhttps://example.org/feed.xml\n\nhttp://example.net/rss  # wire\n")
    assert read_sources(path) == ["https://example.org/feed.xml", "http://example.net/rss"]
    path.write_text("https://example.org/a\nexample.org/b\n")
    with pytest.raises(ValueError, match="sources.txt:2"):
        read_sources(path)


def test_sources_file_lines_are_read_each_on_its_own(tmp_path):
    from crisisdesk.watch import read_source_list

    path = tmp_path / "sources.txt"
    path.write_text("https://example.org/feed.xml\nexample.org/b\nhttps://example.org/feed.xml\n"
                    "https://a.example/x https://b.example/y\nhttps:///nohost\nhttp://example.net/rss\n")
    listed = read_source_list(path)
    assert listed.urls == ["https://example.org/feed.xml", "http://example.net/rss"]
    assert [(r.line, r.reason, r.uri) for r in listed.rejects] == [(2, "not_a_url", str(path)),
                                                                   (4, "not_a_url", str(path)),
                                                                   (5, "not_a_url", str(path))]
    assert listed.rejects[0].detail == f"{path}:2: not an http(s) URL: 'example.org/b'"
    assert "no spaces" in listed.rejects[1].detail and "no host name" in listed.rejects[2].detail


def test_cli_watch_reports_a_bad_sources_line_and_watches_the_rest(tmp_path, web, monkeypatch):
    # one bad line stopped the watch with "Invalid value ... sources.txt:2" before any poll
    from typer.testing import CliRunner

    from crisisdesk.cli import _register, app
    from crisisdesk.store.models import RejectRow

    _register()
    FeedSite(web, 2)
    sources = tmp_path / "sources.txt"
    sources.write_text(f"{web.url('/feed.atom')}\nexample.org/not-a-url\n")
    monkeypatch.setenv("CRISISDESK_FETCH_MIN_INTERVAL", "0")
    monkeypatch.setenv("CRISISDESK_RAW_DIR", str(tmp_path / "raw"))
    db = tmp_path / "w.db"
    result = CliRunner().invoke(app, ["--db", str(db), "watch", str(sources), "--once", "--no-nlp",
                                      "--log", str(tmp_path / "w.jsonl")])
    assert result.exit_code == 0, result.output
    assert f"skipped {sources}:2: not an http(s) URL: 'example.org/not-a-url'" in result.stderr
    assert "watching 1 source(s)" in result.stdout and "2 new article(s)" in result.stdout
    with Session(open_database(str(db))) as session:
        rejects = [(r.uri, r.line, r.stage, r.reason) for r in session.scalars(select(RejectRow))]
        assert rejects == [(str(sources), 2, "source", "not_a_url")]
        assert len(session.scalars(select(ArticleRow)).all()) == 2


def test_cli_watch_stops_cleanly_on_sigterm(tmp_path, web):
    FeedSite(web, 1)
    sources = tmp_path / "sources.txt"
    sources.write_text(web.url("/feed.atom") + "\n")
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "CRISISDESK_FETCH_MIN_INTERVAL": "0",
           "CRISISDESK_RAW_DIR": str(tmp_path / "raw")}
    process = subprocess.Popen(
        [sys.executable, "-m", "crisisdesk", "--db", str(tmp_path / "w.db"), "watch", str(sources),
         "--every", "1h", "--no-nlp", "--log", str(tmp_path / "w.jsonl")],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 60
    while not (tmp_path / "w.jsonl").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    process.send_signal(signal.SIGTERM)
    output, _ = process.communicate(timeout=30)
    assert process.returncode == 0, output
    assert "1 new article(s)" in output
    assert "stopped" in output


def test_cli_watch_writes_a_bad_sources_line_to_the_jsonl_log(tmp_path, web, monkeypatch):
    """The unusable line reported on stderr as PATH:LINE is in the log too (it was only
    on stderr and in the rejects table): the first poll's ``skipped_sources``."""
    from typer.testing import CliRunner

    from crisisdesk.cli import _register, app

    _register()
    FeedSite(web, 1)
    sources = tmp_path / "sources.txt"
    sources.write_text(f"# feeds\n{web.url('/feed.atom')}\nexample.org/not-a-url\n")
    monkeypatch.setenv("CRISISDESK_FETCH_MIN_INTERVAL", "0")
    monkeypatch.setenv("CRISISDESK_RAW_DIR", str(tmp_path / "raw"))
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "w.db"), "watch", str(sources), "--once",
                                      "--no-nlp", "--log", str(tmp_path / "w.jsonl")])
    assert result.exit_code == 0, result.output
    log = [json.loads(line) for line in (tmp_path / "w.jsonl").read_text().splitlines()]
    assert len(log) == 1
    assert log[0]["skipped_sources"] == [{
        "path": str(sources), "line": 3, "reason": "not_a_url",
        "detail": f"{sources}:3: not an http(s) URL: 'example.org/not-a-url'"}]


def _stub_stages(calls: list[str]):
    """Coding without spaCy: one mention per article, its id from the article's."""
    from crisisdesk.pipeline import Stages
    from crisisdesk.records import Evidence, EventMention

    def code(article):
        calls.append(article.article_id)
        return [EventMention(mention_id="m-" + article.article_id[:12], article_id=article.article_id,
                             event_type="ASSAULT", evidence=Evidence(article.text[:40], 0, 40))]

    return Stages(code=code)


def test_watch_recode_codes_the_stored_feed_items_again_on_the_first_poll_only(tmp_path, web):
    """``watch --recode`` (was only on ``run``): the first poll fetches the feed items
    processed before again and re-codes them (``recoded``, mentions replaced, not
    duplicated); later polls do not."""
    from crisisdesk.store.models import EventMentionRow

    site = FeedSite(web, 2)
    calls: list[str] = []
    plain = make_watcher(tmp_path, web, nlp=True, stages=_stub_stages(calls))
    assert len(plain.poll_once().new_articles) == 2 and len(calls) == 2
    plain.close()
    recoding = make_watcher(tmp_path, web, nlp=True, stages=_stub_stages(calls), recode=True)
    first = recoding.poll_once()
    assert (first.read, first.recoded, first.unchanged, first.new_articles) == (2, 2, 0, [])
    assert len(calls) == 4 and site.page_hits() == [2, 2]
    assert "recoded 2" in recoding.lines[0]
    second = recoding.poll_once()
    assert (second.read, second.recoded) == (0, 0) and len(calls) == 4
    with Session(recoding.engine) as session:
        assert len(session.scalars(select(EventMentionRow)).all()) == 2
    recoding.close()


def test_webhook_outcome_is_in_the_jsonl_log(tmp_path, web):
    """A failed webhook was said on the terminal only: the poll's JSONL line did not
    show it (session-15 tester). The line now has ``webhook`` (url, delivered, error);
    the webhook itself still gets the report without that field."""
    site = FeedSite(web, 1)
    web.post_status = 500
    watcher = make_watcher(tmp_path, web, webhook=web.url("/hook"))
    watcher.poll_once()
    web.post_status = 200
    site.add()
    watcher.poll_once()
    watcher.poll_once()  # nothing new: no webhook call
    log = [json.loads(line) for line in (tmp_path / "watch.jsonl").read_text().splitlines()]
    failed, delivered, quiet = (entry["webhook"] for entry in log)
    assert failed["url"] == web.url("/hook") and failed["delivered"] is False
    assert "500" in failed["error"] and "\n" not in failed["error"]
    assert delivered == {"url": web.url("/hook"), "delivered": True, "error": None}
    assert quiet is None
    assert all("webhook" not in json.loads(body) for _, body in web.posts)
    watcher.close()
