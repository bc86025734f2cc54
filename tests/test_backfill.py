"""Backfill on a local Dask cluster gives the same database as one process."""

from __future__ import annotations

import io
import json
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from crisisdesk.backfill import (Partition, backfill, iter_jsonl_range, local_cluster, merge_database,
                                 plan_partitions)
from crisisdesk.pipeline import RunOptions, run
from crisisdesk.records import RawDocument, Reject
from crisisdesk.sources.warc import WarcReader
from crisisdesk.store.db import open_database
from crisisdesk.store.models import ArticleRow, EventMentionRow, EventRow, RejectRow
from tests.support.warcs import WarcBuilder, html_page, short_report

N_ARTICLES = 1000
N_INCIDENTS = 500


@pytest.fixture(scope="module")
def dask_scheduler():
    """One local cluster (2 worker processes) shared by this module's tests; they
    reach it by address, as ``--scheduler`` does for a real cluster."""
    distributed = pytest.importorskip("dask.distributed")
    cluster = local_cluster(2)
    yield cluster.scheduler_address
    client = distributed.Client(cluster)
    client.shutdown()  # ends the worker processes at once (spaCy loaded: slow to close)
    cluster.close()


@pytest.fixture(scope="module")
def big_warc(tmp_path_factory) -> Path:
    """1,000 distinct short reports of 500 invented attacks (each reported twice, 500
    records apart, by two outlets), plus what real archives hold: an image, a request
    record, a corrupt gzip member, and a second capture of report 3 with a corrected
    death toll (a revision).

    The second capture follows the first, in the same consolidation batch of a single
    run; a revision arriving after the first capture was consolidated is tested in
    tests/test_consolidate_revisions.py (its events are re-summarised on save)."""
    path = tmp_path_factory.mktemp("warc") / "news.warc.gz"
    w = WarcBuilder(path)
    for i in range(N_ARTICLES):
        w.response(f"http://outlet{i % 3}.example.org/mali/{i}", short_report(i, N_INCIDENTS),
                   date="2025-12-01T08:00:00Z")
        if i == 3:  # incident 3 killed 2 + 3 = 5 people; the correction says 6
            w.response("http://outlet0.example.org/mali/3",
                       short_report(3, N_INCIDENTS).replace(b"killing 5 people", b"killing 6 people"),
                       date="2025-12-02T08:00:00Z")
        if i == 350:
            w.response("http://outlet0.example.org/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png")
            w.request("http://outlet0.example.org/mali/350")
        if i == 750:
            w.raw(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"not deflate data at all" * 3)
    w.close()
    return path


_VOLATILE = {"article_key", "reject_id", "run_id", "created_at", "updated_at", "stored_at"}


def _rows(session, model, key) -> list[tuple]:
    columns = [c.key for c in model.__table__.columns if c.key not in _VOLATILE]
    table = model.__table__
    rows = session.execute(select(*[table.c[k] for k in columns])).all()
    return sorted((tuple(repr(v) for v in row) for row in rows), key=key)


def snapshot(engine) -> dict:
    """Every stored column that the input decides (not row keys, run ids, clock times)."""
    with Session(engine) as session:
        return {"articles": _rows(session, ArticleRow, key=lambda r: r),
                "mentions": _rows(session, EventMentionRow, key=lambda r: r),
                "events": _rows(session, EventRow, key=lambda r: r),
                "rejects": _rows(session, RejectRow, key=lambda r: r)}


def mentions_per_event(engine) -> dict[str, list[str]]:
    with Session(engine) as session:
        grouped: dict[str, list[str]] = {}
        for event_id, mention_id in session.execute(
                select(EventMentionRow.event_id, EventMentionRow.mention_id)):
            grouped.setdefault(event_id, []).append(mention_id)
    return {k: sorted(v) for k, v in grouped.items()}


@pytest.mark.timeout(900)  # 1,000 reports (2,000 took 90-175 s on an idle 2-core machine); minutes when the cores are shared
def test_two_workers_store_the_same_articles_and_events_as_one_process(tmp_path, big_warc, dask_scheduler):
    """The full pipeline (real spaCy model, event coding, consolidation) over 1,000
    reports: ``backfill`` on 2 Dask workers and one ``pipeline.run`` store the same
    tables. The single run goes in a thread beside the backfill (independent databases)
    so that both cores work while the workers load their model."""
    single = open_database(str(tmp_path / "single.db"))
    reference = ThreadPoolExecutor(max_workers=1).submit(
        run, WarcReader(big_warc), single, RunOptions(command="run"), progress=False, err=io.StringIO())
    cluster_db = tmp_path / "cluster.db"
    summary = backfill([big_warc], workers=2, scheduler=dask_scheduler, db=str(cluster_db),
                       options=RunOptions(command="backfill"), partition_bytes=150_000)
    reference.result()
    assert summary.partitions == 4
    target = open_database(str(cluster_db))
    expected, got = snapshot(single), snapshot(target)
    assert len(expected["articles"]) == N_ARTICLES + 1  # 1,000 reports + revision 2 of one
    assert summary.counts["stored"] == N_ARTICLES + 1
    for table in ("articles", "mentions", "events", "rejects"):
        assert got[table] == expected[table], table
    assert mentions_per_event(target) == mentions_per_event(single)
    assert sorted(r[4] for r in got["rejects"]) == ["'corrupt_record'", "'not_html'"]

    # the coding is real: each report gives one attack mention, and the two reports of
    # an incident (500 records apart, in different partitions) make one event
    with Session(target) as session:
        number = {a: int(u.rsplit("/", 1)[1]) for a, u in session.execute(
            select(ArticleRow.article_id, ArticleRow.url).where(ArticleRow.is_latest))}
        reports: dict[str, list[int]] = {}
        for event_id, article_id in session.execute(select(EventMentionRow.event_id, EventMentionRow.article_id)):
            reports.setdefault(event_id, []).append(number[article_id])
        first = session.scalars(select(EventRow).where(EventRow.event_id == next(
            e for e, r in reports.items() if 0 in r))).one()
    assert sorted(sorted(r) for r in reports.values()) == [[k, k + N_INCIDENTS] for k in range(N_INCIDENTS)]
    # incident 0 (tests/support/warcs.py): JNIM, a fuel convoy, Kayes, 1 September 2025, 2 dead
    assert (first.event_type, first.place_name, first.event_date, first.fatalities_min, first.fatalities_max,
            first.num_mentions, first.num_sources) == ("ASSAULT", "Kayes", date(2025, 9, 1), 2, 2, 2, 2)
    assert [a["name"] for a in first.source_actors] == ["JNIM"]

    # merging the partitions again adds nothing (idempotent)
    parts = sorted((tmp_path / "cluster.db.parts").glob("part-*.db"))
    again = [merge_database(f"sqlite:///{p}", target, None) for p in parts]
    assert sum(c["articles"] + c["mentions"] + c["rejects"] for c in again) == 0


def test_backfill_into_postgresql(tmp_path, postgres_server, dask_scheduler):
    path = tmp_path / "small.warc"
    w = WarcBuilder(path, gzip=False)
    for i in range(60):
        w.response(f"http://news.example.org/pg/{i}", html_page(i, words=30))
    w.close()
    url = postgres_server.create_database()
    summary = backfill([path], workers=2, scheduler=dask_scheduler, db=url,
                       options=RunOptions(command="backfill", nlp=False), partition_bytes=16 * 1024)
    assert summary.partitions >= 4
    with Session(open_database(url)) as session:
        urls = session.scalars(select(ArticleRow.url)).all()
    assert sorted(urls) == sorted(f"http://news.example.org/pg/{i}" for i in range(60))


def test_jsonl_ranges_take_each_line_once_with_real_line_numbers(tmp_path):
    path = tmp_path / "export.jsonl"
    lines = [json.dumps({"url": f"https://news.example.org/{i}", "title": f"T{i}",
                         "maintext": f"Story {i} about the fuel blockade of Bamako and its convoys."})
             for i in range(40)]
    lines[17] = '{"url": "https://news.example.org/17", broken'
    path.write_text("\n".join(lines) + "\n")
    size = path.stat().st_size
    cuts = [0, 333, 334, size // 2, size - 5, size]
    from datetime import datetime, timezone

    when = datetime(2025, 11, 22, tzinfo=timezone.utc)
    items = []
    for start, end in zip(cuts, cuts[1:]):
        items += list(iter_jsonl_range(path, start, end, fetched_at=when, max_bytes=10_000))
    assert [i.line for i in items] == list(range(1, 41))
    assert isinstance(items[17], Reject) and items[17].reason == "malformed_json"
    assert isinstance(items[0], RawDocument) and items[0].metadata["title"] == "T0"


def test_plan_partitions_covers_every_byte(tmp_path, big_warc):
    parts = plan_partitions([big_warc], workers=2, partition_bytes=100_000)
    assert parts[0].start == 0 and parts[-1].end == big_warc.stat().st_size
    assert all(a.end == b.start for a, b in zip(parts, parts[1:]))
    assert all(p.kind == "warc" for p in parts)
    text = tmp_path / "notes.txt"
    text.write_text("just words")
    with pytest.raises(ValueError, match="notes.txt"):
        plan_partitions([text], workers=2)


def test_cli_backfill(tmp_path, dask_scheduler):
    from typer.testing import CliRunner

    from crisisdesk.cli import _register, app

    path = tmp_path / "in.warc.gz"
    w = WarcBuilder(path)
    for i in range(30):
        w.response(f"http://news.example.org/cli/{i}", html_page(i, words=30))
    w.close()
    _register()
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "b.db"), "backfill", str(path),
                                      "--scheduler", dask_scheduler, "--no-nlp", "--quiet"])
    assert result.exit_code == 0, result.output
    assert "read 30, stored 30, unchanged 0, rejected 0" in result.output


def test_local_cluster_serves_no_dashboard(dask_scheduler):
    """No Bokeh dashboard, nothing served over HTTP, no port outside the loopback
    interface and not the dashboard's usual 8787 (checked on the running processes)."""
    import os

    import httpx
    import psutil

    cluster = local_cluster(1)
    try:
        port = cluster.scheduler_info["services"]["dashboard"]  # distributed always has one
        for path in ("/status", "/health", "/metrics", "/info/main/workers.html"):
            assert httpx.get(f"http://127.0.0.1:{port}{path}").status_code == 404, path
        processes = [psutil.Process(os.getpid()), *psutil.Process(os.getpid()).children(recursive=True)]
        listening = {(c.laddr.ip, c.laddr.port) for p in processes for c in p.net_connections()
                     if c.status == psutil.CONN_LISTEN}
    finally:
        cluster.close()
    assert listening and all(ip == "127.0.0.1" for ip, _ in listening)
    assert 8787 not in {port for _, port in listening}


def test_backfill_prints_rejects_and_counts_a_duplicate_record_once(tmp_path, dask_scheduler):
    """A JSONL export with a broken line, an array line and the first article repeated
    at its end (another partition): the backfill prints each reject as ``crisisdesk
    run`` does (path:line, reason) and counts the repeat ``unchanged``. Before, it
    printed no reject line and said "stored 4" for 3 articles (each partition counted
    its own copy)."""
    texts = ["Gunmen attacked a market in Gao on Friday and killed three traders, residents said.",
             "Soldiers clashed with militants near Kati on Monday, the army said in a statement.",
             "Protesters marched in Bamako on Tuesday to demand the release of a journalist."]
    lines = [json.dumps({"url": f"https://news.example.org/{i}", "text": t}) for i, t in enumerate(texts)]
    lines += ['{"url": broken', json.dumps([1, 2]), lines[0]]
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(lines) + "\n")
    err = io.StringIO()
    summary = backfill([path], workers=2, scheduler=dask_scheduler, db=str(tmp_path / "b.db"),
                       options=RunOptions(command="backfill", nlp=False), partition_bytes=100, err=err)
    assert summary.partitions >= 4
    printed = err.getvalue().splitlines()
    assert [line.split(" (")[0] for line in printed] == [f"rejected {path}:4: malformed_json",
                                                          f"rejected {path}:5: unsupported_json"]
    assert "read 6, stored 3, unchanged 1, rejected 2, mentions 0" in summary.line()


def test_local_cluster_closes_a_slow_worker_without_killing_it(caplog):
    """A worker that needs 5 s to close (a plugin's teardown here; the spaCy pipeline
    in a real backfill on a busy machine) is waited for: before, ``LocalCluster.close``
    gave it 4 s and logged "Worker process still alive after 4.0 seconds, killing" at
    the end of the backfill."""
    import logging
    import time

    from dask.distributed import Client, WorkerPlugin

    from crisisdesk.backfill import close_cluster

    class SlowTeardown(WorkerPlugin):
        def teardown(self, worker):  # noqa: ANN001
            time.sleep(5)

    cluster = local_cluster(1)
    client = Client(cluster)
    client.register_plugin(SlowTeardown())
    with caplog.at_level(logging.WARNING, logger="distributed"):
        close_cluster(client, cluster)
    assert not [r.getMessage() for r in caplog.records if "still alive" in r.getMessage()]
    assert cluster.status.name == "closed"


def _mopti_page(paragraphs: int, cut: bool) -> bytes:
    """A page with a canonical URL, complete or cut off in its body (``html_truncated``)."""
    body = "".join(f"<p>Gunmen attacked a market in Mopti on Friday. Paragraph {i} adds detail about "
                   "the fighting near the river port, residents said.</p>" for i in range(paragraphs))
    head = ('<!doctype html><html><head><title>Attack in Mopti</title>'
            '<link rel="canonical" href="https://news.example.org/mopti-attack"></head><body><article>'
            '<h1>Attack in Mopti</h1>')
    return (head + body + ("<p>The governor said the curfew would" if cut else "</article></body></html>")).encode()


def test_backfill_reports_a_cut_off_copy_of_an_article_another_partition_stored(tmp_path, db_url, dask_scheduler):
    """The complete page and, in another partition, a copy of it cut off in its body:
    the merge kept the complete one and skipped the copy without a word ("rejected 0",
    no reject row; the run recorded only a count). It is now reported as ``crisisdesk
    run`` reports it: a ``truncated_copy`` line with the archive and the page, counted
    in "rejected", stored in ``rejects`` under the backfill's run. With PostgreSQL the
    partitions write straight into the target (the store itself rejects the copy) and
    their rejects now belong to the backfill's run too: ``rejects --run <backfill id>``
    listed nothing before."""
    from crisisdesk.store import repository

    path = tmp_path / "pages.warc"
    w = WarcBuilder(path, gzip=False)
    w.response("https://news.example.org/mopti-attack", _mopti_page(6, cut=False))
    for i in range(6):
        w.response(f"http://news.example.org/filler/{i}", html_page(i, words=40))
    w.response("https://news.example.org/mopti-attack", _mopti_page(3, cut=True),
               date="2025-11-23T08:00:00Z")
    w.response("http://outlet0.example.org/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png")
    w.close()
    err = io.StringIO()
    summary = backfill([path], workers=2, scheduler=dask_scheduler, db=db_url,
                       options=RunOptions(command="backfill", nlp=False), partition_bytes=1500, err=err)
    assert summary.partitions >= 4
    assert "read 9, stored 7, unchanged 0, rejected 2" in summary.line()
    printed = [line for line in err.getvalue().splitlines() if "truncated_copy" in line]
    assert len(printed) == 1 and printed[0].startswith(f"rejected {path}")
    assert "https://news.example.org/mopti-attack" in printed[0]
    assert "HTML cut off in its body; revision 1 of article" in printed[0]
    engine = open_database(db_url)
    listed = repository.stored_rejects(engine, run_id=summary.run_id)
    assert sorted(r.reject.reason for r in listed) == ["not_html", "truncated_copy"]
    assert all(r.command == "backfill" for r in listed)
    with Session(engine) as session:
        texts = session.scalars(select(ArticleRow.text).where(ArticleRow.url.like("%mopti%"))).all()
    assert len(texts) == 1 and "Paragraph 5 adds detail" in texts[0]


def test_backfill_closes_its_cluster_before_merging_and_consolidating(tmp_path, monkeypatch):
    """The workers are done once every partition is: the backfill closes its local
    cluster before the merge and the consolidation (minutes on a big input), not after
    them. Before, idle workers kept heartbeating the scheduler while the client process
    merged, and a heartbeat that failed then printed a traceback ("Failed to communicate
    with scheduler during heartbeat") after a successful backfill."""
    import crisisdesk.backfill as backfill_module

    order: list[str] = []
    real_close, real_merge, real_consolidate = (backfill_module.close_cluster, backfill_module.merge_database,
                                                backfill_module.consolidate_articles)

    def close(client, cluster):  # noqa: ANN001
        if cluster is not None:
            order.append("close cluster")
        real_close(client, cluster)

    monkeypatch.setattr(backfill_module, "close_cluster", close)
    monkeypatch.setattr(backfill_module, "merge_database",
                        lambda *a, **k: (order.append("merge"), real_merge(*a, **k))[1])
    monkeypatch.setattr(backfill_module, "consolidate_articles",
                        lambda *a, **k: (order.append("consolidate"), real_consolidate(*a, **k))[1])
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(json.dumps({"url": f"https://news.example.org/{i}",
                                          "text": f"Soldiers clashed with militants near Kati on Monday ({i})."})
                              for i in range(3)) + "\n")
    summary = backfill([path], workers=1, db=str(tmp_path / "b.db"),
                       options=RunOptions(command="backfill", nlp=False), partition_bytes=100)
    assert "stored 3" in summary.line()
    assert order[0] == "close cluster" and order.count("close cluster") == 1
    assert order[1:] == ["merge"] * summary.partitions + ["consolidate"]
