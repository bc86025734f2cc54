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


def test_run_local_feed_file_fetches_its_items(tmp_path, web, cli):
    """An RSS file saved on disk is a feed, not an article: its items' pages are fetched
    and stored (before, the XML itself became one article titled after the channel)."""
    for i in range(2):
        web.routes[f"/news/{i}"] = Reply(200, feeds.page(f"Local feed story {i}",
                                                        [f"Report {i}: " + PARAS[0], PARAS[1]]), HTML)
    path = tmp_path / "saved-feed.txt"  # the name says text; the bytes say RSS
    path.write_bytes(feeds.rss2([(web.url(f"/news/{i}"), f"Story {i}", "Sat, 22 Nov 2025 08:00:00 GMT")
                                 for i in range(2)]))
    first = cli(str(path))
    assert "read 2, stored 2, unchanged 0, rejected 0" in first.output, first.output
    engine = cli.engine()
    assert sorted(a.title for a in rows(engine, ArticleRow)) == ["Local feed story 0", "Local feed story 1"]
    items = rows(engine, FeedItemRow)
    assert {row.feed_url for row in items} == {str(path)}
    assert all(row.processed_at is not None for row in items)
    again = cli(str(path))  # remembered like a feed URL: nothing fetched twice
    assert "read 0" in again.output
    assert web.hits["/news/0"] == 1


def test_run_local_atom_and_gzipped_sitemap_files(tmp_path, web, cli):
    import gzip

    web.routes["/a"] = Reply(200, feeds.page("Atom item page", PARAS), HTML)
    web.routes["/b"] = Reply(200, feeds.page("Sitemap item page", PARAS[::-1]), HTML)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "atom.xml").write_bytes(feeds.atom([(web.url("/a"), "A", "2025-11-23T10:00:00Z")]))
    (tmp_path / "in" / "news.xml.gz").write_bytes(gzip.compress(feeds.news_sitemap(
        [(web.url("/b"), "B", "2025-11-24T06:00:00Z")])))
    result = cli(str(tmp_path / "in"))
    assert "read 2, stored 2, unchanged 0, rejected 0" in result.output, result.output
    assert sorted(a.title for a in rows(cli.engine(), ArticleRow)) == ["Atom item page", "Sitemap item page"]


def test_run_malformed_local_feed_is_rejected_with_path_and_the_run_goes_on(tmp_path, cli):
    broken = tmp_path / "broken.rss"
    broken.write_bytes(b"<?xml version='1.0'?><rss version='2.0'><channel><title>Sahel desk</title>"
                       b"<item><title>Convoy</title><link>http://news.example.org/x</li")
    article = tmp_path / "note.txt"
    article.write_text("\n\n".join(PARAS), encoding="utf-8")
    result = cli(str(broken), str(article))
    assert "read 2, stored 1, unchanged 0, rejected 1" in result.output, result.output
    assert f"rejected {broken}: malformed_feed" in result.output
    engine = cli.engine()
    [reject] = rows(engine, RejectRow)
    assert (reject.uri, reject.stage, reject.reason) == (str(broken), "feed", "malformed_feed")
    assert [a.url for a in rows(engine, ArticleRow)] == [None]


def test_raw_store_inside_the_input_directory_is_not_read_again(tmp_path, web, cli, monkeypatch):
    """QA: with the raw store in the working directory, a second ``run .`` read the
    fetched pages again as local files and stored each a second time (2 extra articles
    and mentions). The store's marker file makes directory walks skip it."""
    for i in range(2):
        web.routes[f"/news/{i}"] = Reply(200, feeds.page(f"Walked feed story {i}",
                                                        [f"Report {i}: " + PARAS[0], PARAS[1]]), HTML)
    inputs = tmp_path / "in"
    inputs.mkdir()
    monkeypatch.setenv("CRISISDESK_RAW_DIR", str(inputs / "fetched-pages"))
    (inputs / "feed.xml").write_bytes(feeds.rss2([(web.url(f"/news/{i}"), f"Story {i}", "Sat, 22 Nov 2025 08:00:00 GMT")
                                                 for i in range(2)]))
    (inputs / "note.txt").write_text("Soldiers repelled an attack on a checkpoint near Nioro on Sunday, "
                                     "the army said in a statement.\n", encoding="utf-8")
    first = cli(str(inputs))
    assert "stored 3" in first.output, first.output
    assert (inputs / "fetched-pages" / ".crisisdesk-raw-store").is_file()
    cli(str(inputs))
    titles = sorted(a.title or "" for a in rows(cli.engine(), ArticleRow))
    assert len(titles) == 3 and titles[1:] == ["Walked feed story 0", "Walked feed story 1"]


def test_a_directory_named_like_the_default_raw_store_is_skipped(tmp_path):
    from crisisdesk.sources.files import iter_paths

    (tmp_path / "crisisdesk-raw" / "ab").mkdir(parents=True)
    (tmp_path / "crisisdesk-raw" / "ab" / "abcdef").write_text("<html>fetched</html>")
    (tmp_path / "story.txt").write_text("A story.")
    assert [p.name for p in iter_paths([tmp_path])] == ["story.txt"]


def test_a_relative_date_resolved_against_the_file_time_is_said(tmp_path, monkeypatch):
    """QA: a scraped page saying "11 hours ago" took its publication date from the file's
    modification time (the copy time) without a word; the run now says so on stderr and
    in the article's notes, and says nothing when --fetched-at is given. Re-run with
    --fetched-at on the same database, the explicit time replaces the guessed date."""
    import os
    from datetime import datetime, timezone

    _register()
    monkeypatch.setenv("CRISISDESK_RAW_DIR", str(tmp_path / "raw"))
    page = tmp_path / "scraped.txt"
    page.write_text("Convoy escorts doubled on the Kayes road\n\n11 hours ago\n\n" + "\n\n".join(PARAS) + "\n",
                    encoding="utf-8")
    copied = datetime(2026, 3, 4, 12, 0, tzinfo=timezone.utc).timestamp()
    os.utime(page, (copied, copied))
    runner = CliRunner()
    db = tmp_path / "a.db"
    result = runner.invoke(app, ["--db", str(db), "run", "--quiet", "--no-nlp", str(page)])
    assert result.exit_code == 0, result.output
    assert (f"note {page}: published_from_file_time: '11 hours ago' resolved against the file's "
            "modification time 2026-03-04 12:00 UTC") in result.stderr
    [article] = rows(open_database(str(db)), ArticleRow)
    assert article.published_at.isoformat() == "2026-03-04T01:00:00+00:00"
    given = runner.invoke(app, ["--db", str(tmp_path / "b.db"), "run", "--quiet", "--no-nlp",
                                "--fetched-at", "2025-11-22T08:00Z", str(page)])
    assert given.exit_code == 0 and "published_from_file_time" not in given.stderr
    [dated] = rows(open_database(str(tmp_path / "b.db")), ArticleRow)
    assert dated.published_at.isoformat() == "2025-11-21T21:00:00+00:00"
    # the same database re-run with --fetched-at: the explicit time replaces the guess
    # (a revision with the same text), and a further run stores nothing
    redated = runner.invoke(app, ["--db", str(db), "run", "--quiet", "--no-nlp",
                                  "--fetched-at", "2025-11-22T08:00Z", str(page)])
    assert redated.exit_code == 0 and "stored 1" in redated.stdout, redated.output
    articles = sorted(rows(open_database(str(db)), ArticleRow), key=lambda a: a.revision)
    assert [(a.revision, a.is_latest) for a in articles] == [(1, False), (2, True)]
    assert articles[1].published_at.isoformat() == "2025-11-21T21:00:00+00:00"
    again = runner.invoke(app, ["--db", str(db), "run", "--quiet", "--no-nlp", str(page)])
    assert "unchanged 1" in again.stdout and len(rows(open_database(str(db)), ArticleRow)) == 2


def test_truncated_local_feed_keeps_its_items_and_is_reported(tmp_path, web, cli):
    """An RSS file cut inside its second item: feedparser reads the first leniently; the
    item is fetched AND the file is reported (it was read silently before)."""
    web.routes["/news/kept"] = Reply(200, feeds.page("Kept story", PARAS), HTML)
    cut = tmp_path / "cut-feed.xml"
    cut.write_bytes(("<?xml version='1.0' encoding='utf-8'?>\n<rss version='2.0'><channel>\n"
                     "<title>Sahel desk</title>\n"
                     f"<item><title>Kept</title><link>{web.url('/news/kept')}</link></item>\n"
                     "<item><title>Lost</title><li").encode())
    first = cli(str(cut))
    assert first.exit_code == 0, first.output
    assert "read 2, stored 1, unchanged 0, rejected 1" in first.output, first.output
    assert (f"rejected {cut}: malformed_feed (not well-formed XML at line 5 (unclosed token); "
            "1 item read and kept)") in first.output
    engine = cli.engine()
    assert [a.title for a in rows(engine, ArticleRow)] == ["Kept story"]
    [reject] = rows(engine, RejectRow)
    assert (reject.uri, reject.stage, reject.reason) == (str(cut), "feed", "malformed_feed")
    # again: reported again, and its one item is known: no new items, not a failure
    again = cli(str(cut))
    assert again.exit_code == 0, again.output
    assert "read 1, stored 0, unchanged 0, rejected 1" in again.output
    assert f"{cut}: no new items (1 listed, all fetched before)" in again.output
    assert web.hits["/news/kept"] == 1


def test_feed_with_no_new_items_says_so_and_exits_0(tmp_path, web, cli):
    for i in range(2):
        web.routes[f"/story/{i}"] = Reply(200, feeds.page(f"Known story {i}", [f"Item {i}: " + PARAS[0]]), HTML)
    listing = feeds.rss2([(web.url(f"/story/{i}"), f"S{i}", "Sun, 23 Nov 2025 07:00:00 GMT") for i in range(2)])
    path = tmp_path / "feed.xml"
    path.write_bytes(listing)
    web.routes["/rss"] = Reply(200, listing, {"Content-Type": "application/rss+xml"})
    assert cli(str(path)).exit_code == 0
    local = cli(str(path))
    assert local.exit_code == 0, local.output
    assert "read 0, stored 0, unchanged 0, rejected 0" in local.output
    assert f"{path}: no new items (2 listed, all fetched before)" in local.output
    # the same feed served over HTTP lists the same (already fetched) pages
    served = cli(web.url("/rss"))
    assert served.exit_code == 0, served.output
    assert f"{web.url('/rss')}: no new items (2 listed, all fetched before)" in served.output
    assert (web.hits["/story/0"], web.hits["/story/1"]) == (1, 1)
    # a feed listing nothing readable is still a failure (exit 1, rejected)
    empty = tmp_path / "junk.xml"
    empty.write_bytes(b"<?xml version='1.0'?><rss version='2.0'><channel><item><title>x</ti")
    junk = cli(str(empty))
    assert junk.exit_code == 1 and "no new items" not in junk.output


def test_run_in_the_directory_holding_the_database_skips_its_files(tmp_path, monkeypatch):
    """QA: ``crisisdesk run .`` where ``crisisdesk.db`` lives rejected the database, its
    ``-wal`` and ``-shm`` as ``binary`` on every run and recorded them as rejects each
    time. The active database's files are now skipped with one note, never recorded."""
    _register()
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CRISISDESK_DB", raising=False)
    monkeypatch.setenv("CRISISDESK_RAW_DIR", str(tmp_path / "raw"))
    (tmp_path / "note.txt").write_text("Soldiers repelled an attack on a checkpoint near Nioro on Sunday, "
                                       "the army said in a statement.\n", encoding="utf-8")
    (tmp_path / "other.db").write_bytes(b"SQLite format 3\x00" + bytes(200))  # not ours: still rejected
    runner = CliRunner()
    outputs = [runner.invoke(app, ["run", "--quiet", "--no-nlp", "."]) for _ in range(2)]
    assert (tmp_path / "crisisdesk.db").is_file()
    assert "stored 1" in outputs[0].stdout and "unchanged 1" in outputs[1].stdout, outputs[1].output
    assert "skipped the database's own files: crisisdesk.db" in outputs[1].stderr
    rejects = rows(open_database(str(tmp_path / "crisisdesk.db")), RejectRow)
    assert sorted({r.uri for r in rejects}) == ["other.db"] and len(rejects) == 2


def test_rejected_feed_items_are_retried_or_reported_as_rejected_not_as_fetched(tmp_path, web, cli, monkeypatch):
    """A feed item rejected on one run was marked processed like a fetched one: the next
    run said "all fetched before" and never tried it again. Now a passing failure (an
    unreachable robots.txt, a 503) leaves it pending with its attempts counted, and a
    lasting one (404, robots.txt disallow) is reported as rejected before, fetched again
    only with --retry-rejected."""
    monkeypatch.setenv("CRISISDESK_FETCH_RETRIES", "0")
    names = ["news/ok", "news/gone", "news/busy", "private/kept-out"]
    listing = feeds.rss2([(web.url(f"/{n}"), n, "Mon, 24 Nov 2025 07:00:00 GMT") for n in names])
    path = tmp_path / "feed.xml"
    path.write_bytes(listing)
    for n in names:
        web.routes[f"/{n}"] = Reply(200, feeds.page(f"Story {n}", [f"About {n}: " + PARAS[0]]), HTML)
    web.routes["/news/gone"] = Reply(404, b"gone", {"Content-Type": "text/plain"})
    web.routes["/news/busy"] = Reply(503, b"busy", {"Content-Type": "text/plain"})
    web.routes["/robots.txt"] = Reply(503, b"down", {"Content-Type": "text/plain"})

    first = cli(str(path))  # robots.txt unreachable: RFC 9309 disallows the host, for now
    assert "read 4, stored 0, unchanged 0, rejected 4" in first.output, first.output
    state = {r.canonical_url: (r.attempts, r.last_reason, r.processed_at is None)
             for r in rows(cli.engine(), FeedItemRow)}
    assert state == {web.url(f"/{n}"): (1, "robots_unreachable", True) for n in names}

    web.routes["/robots.txt"] = Reply(200, b"User-agent: *\nDisallow: /private/\n", {"Content-Type": "text/plain"})
    second = cli(str(path))  # every item tried again; one stored, three rejected
    assert "read 4, stored 1, unchanged 0, rejected 3" in second.output, second.output
    assert "fetched before" not in second.output
    by_url = {r.canonical_url: r for r in rows(cli.engine(), FeedItemRow)}
    summary = {n: (by_url[web.url(f"/{n}")].attempts, by_url[web.url(f"/{n}")].last_reason,
                   by_url[web.url(f"/{n}")].processed_at is None) for n in names}
    assert summary == {"news/ok": (2, None, False), "news/gone": (2, "http_404", False),
                       "news/busy": (2, "http_503", True), "private/kept-out": (2, "robots_disallowed", False)}

    web.routes["/news/busy"] = Reply(200, feeds.page("Story busy", ["About busy: " + PARAS[1]]), HTML)
    third = cli(str(path))  # the 503 is retried; the 404 and the disallowed page are not
    assert "read 1, stored 1, unchanged 0, rejected 0" in third.output, third.output
    assert (web.hits["/news/gone"], web.hits["/private/kept-out"], web.hits["/news/busy"]) == (1, 0, 2)  # none in the first run

    fourth = cli(str(path))
    assert fourth.exit_code == 0, fourth.output
    assert (f"{path}: no new items (4 listed: 2 fetched before, 2 rejected before "
            "(http_404, robots_disallowed); --retry-rejected fetches them again)") in fourth.output

    web.routes["/news/gone"] = Reply(200, feeds.page("Story back", ["Back: " + PARAS[0]]), HTML)
    retried = cli("--retry-rejected", str(path))
    assert "read 2, stored 1, unchanged 0, rejected 1" in retried.output, retried.output
    assert web.hits["/news/gone"] == 2 and web.hits["/private/kept-out"] == 0
    gone = next(r for r in rows(cli.engine(), FeedItemRow) if r.canonical_url == web.url("/news/gone"))
    assert (gone.attempts, gone.last_reason, gone.processed_at is not None) == (3, None, True)


def test_a_feed_page_the_pipeline_rejects_and_a_lasting_5xx_are_settled_with_their_reason(tmp_path, web, cli, monkeypatch):
    """A feed item whose page was fetched but rejected by the pipeline (no article text)
    was recorded as fetched with no reason; a page answering 503 forever was fetched on
    every run. Now the first is settled with the pipeline's reason, the second after
    five attempts, and both are reported as rejected before."""
    monkeypatch.setenv("CRISISDESK_FETCH_RETRIES", "0")
    names = ["news/ok", "news/blank", "news/down"]
    path = tmp_path / "feed.xml"
    path.write_bytes(feeds.rss2([(web.url(f"/{n}"), n, "Mon, 24 Nov 2025 07:00:00 GMT") for n in names]))
    web.routes["/news/ok"] = Reply(200, feeds.page("Story ok", [PARAS[0], PARAS[1]]), HTML)
    web.routes["/news/blank"] = Reply(200, b"<html><head><title>x</title></head><body></body></html>", HTML)
    web.routes["/news/down"] = Reply(503, b"down", {"Content-Type": "text/plain"})

    outputs = [cli(str(path)) for _ in range(6)]
    assert "read 3, stored 1, unchanged 0, rejected 2" in outputs[0].output, outputs[0].output
    assert all("read 1, stored 0, unchanged 0, rejected 1" in o.output for o in outputs[1:5]), outputs[1].output
    assert web.hits["/news/blank"] == 1 and web.hits["/news/down"] == 5 and web.hits["/news/ok"] == 1
    state = {r.canonical_url.rsplit("/", 1)[-1]: (r.attempts, r.last_reason, r.processed_at is not None)
             for r in rows(cli.engine(), FeedItemRow)}
    assert state == {"ok": (1, None, True), "blank": (1, "no_text", True), "down": (5, "http_503", True)}
    assert (f"{path}: no new items (3 listed: 1 fetched before, 2 rejected before "
            "(http_503, no_text); --retry-rejected fetches them again)") in outputs[5].output


def test_a_warc_page_rejected_after_extraction_names_the_archive_and_offset(tmp_path, cli):
    # a page of an archive rejected after extraction was recorded under its URL alone,
    # with no offset: nothing said which archive, nor where in it
    path = tmp_path / "crawl.warc"
    w = WarcBuilder(path, gzip=False)
    w.response("http://news.example.org/a", html_page(1))
    menu = w.response("http://news.example.org/menu", b"<html><body><p>Menu</p></body></html>")
    w.close()
    result = cli(str(path))
    assert "read 2, stored 1, unchanged 0, rejected 1" in result.output
    assert f"rejected {path} (offset {menu}): no_text (http://news.example.org/menu: " in result.output
    [reject] = rows(cli.engine(), RejectRow)
    assert (reject.uri, reject.offset, reject.reason) == (str(path), menu, "no_text")


def test_an_empty_feed_is_said_and_a_rejected_item_names_its_feed(tmp_path, web, cli, monkeypatch):
    """s13 trial: a feed listing no item printed nothing (a file one even "nothing to
    read ... no readable file", exit 1); a rejected item was named by its own URL only,
    not by the feed that listed it. Both are named now, printed and stored."""
    monkeypatch.setenv("CRISISDESK_FETCH_RETRIES", "0")
    empty = tmp_path / "empty.xml"
    empty.write_bytes(feeds.rss2([]))
    said = cli(str(empty))
    assert said.exit_code == 0, said.output
    assert f"{empty}: no items (the feed or sitemap was read and lists no article)" in said.output
    assert "nothing to read" not in said.output
    path = tmp_path / "feed.xml"
    path.write_bytes(feeds.rss2([(web.url(f"/news/{n}"), n, "Mon, 24 Nov 2025 07:00:00 GMT") for n in ("blank", "gone")]))
    web.routes["/news/blank"] = Reply(200, b"<html><head><title>x</title></head><body></body></html>", HTML)
    result = cli(str(path))  # /news/gone answers 404 (a fetch's Reject), /news/blank has no text (the pipeline's)
    out = result.output.replace("\n", "")
    assert f"rejected {web.url('/news/blank')} (listed in {path}): no_text" in out, out
    assert f"rejected {web.url('/news/gone')} (listed in {path}): http_404" in out, out
    stored = {r.uri.rsplit("/", 1)[-1]: r.detail for r in rows(cli.engine(), RejectRow)}
    assert all(detail.endswith(f"listed in {path}") for detail in stored.values()) and len(stored) == 2, stored
