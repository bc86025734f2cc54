"""An article listed by two feeds of one run is fetched once (the README's promise:
"an article listed twice or in two feeds is fetched once"). Before, a feed item's fetch
was recorded only when the run finished its batch, so the second feed still found the
item pending and fetched and processed the page again (``unchanged``, and a note that
the run repeated an article it had just stored). Headlines written for this test."""

from __future__ import annotations

import io

from crisisdesk.pipeline import RunOptions, Stages, run
from crisisdesk.sources.dispatch import InputSource
from crisisdesk.sources.http import Fetcher, FetchSettings
from crisisdesk.store import repository
from crisisdesk.store.db import open_database
from tests.support import feeds
from tests.support.webserver import Reply

XML = {"Content-Type": "application/xml"}
HTML = {"Content-Type": "text/html; charset=utf-8"}
DATE = "Thu, 20 Nov 2025 10:00:00 GMT"


def test_item_listed_by_two_feeds_is_fetched_once(web, tmp_path):
    for name in ("shared", "only-a", "only-b"):
        web.routes[f"/news/{name}"] = Reply(200, feeds.page(name, [f"Story {name} was told here at length."]), HTML)
    base = web.base
    web.routes["/a.xml"] = Reply(200, feeds.rss2([(f"{base}/news/shared", "S", DATE),
                                                  (f"{base}/news/only-a", "A", DATE)]), XML)
    web.routes["/b.xml"] = Reply(200, feeds.rss2([(f"{base}/news/shared?utm_source=b", "S", DATE),
                                                  (f"{base}/news/only-b", "B", DATE)]), XML)
    engine = open_database(str(tmp_path / "f.db"))
    settings = FetchSettings(raw_dir=tmp_path / "raw", timeout=2, retries=0, backoff=0, min_interval=0)
    err = io.StringIO()
    with Fetcher(settings, engine) as fetcher:
        summary = run(InputSource([f"{base}/a.xml", f"{base}/b.xml"], engine, fetcher=fetcher), engine,
                      RunOptions(nlp=False), Stages(), progress=False, err=err)
    assert web.hits["/news/shared"] == 1  # was 2
    assert (summary.stored, summary.unchanged) == (3, 0)  # was (3, 1)
    assert "repeated the text" not in err.getvalue()
    assert len(repository.list_articles(engine)) == 3


def test_unchanged_feed_url_is_requested_once_a_run(web, tmp_path):
    web.routes["/news/one"] = Reply(200, feeds.page("one", ["Story one was told here at length."]), HTML)
    web.routes["/a.xml"] = Reply(200, feeds.rss2([(f"{web.base}/news/one", "S", DATE)]), XML)
    engine = open_database(str(tmp_path / "f.db"))
    settings = FetchSettings(raw_dir=tmp_path / "raw", timeout=2, retries=0, backoff=0, min_interval=0)
    for _ in range(2):
        err = io.StringIO()
        with Fetcher(settings, engine) as fetcher:
            source = InputSource([f"{web.base}/a.xml"], engine, fetcher=fetcher)
            run(source, engine, RunOptions(nlp=False), Stages(), progress=False, err=err)
            source.finish()  # as `crisisdesk run` does: the items are recorded as fetched
    # the second run's feed came back unchanged; the poll asked for it again (3 requests in all)
    assert web.hits["/a.xml"] == 2
    assert web.hits["/news/one"] == 1
    assert source.no_new_items == [f"{web.base}/a.xml: no new items (1 listed, all fetched before)"]
