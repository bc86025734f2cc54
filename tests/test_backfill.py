"""Backfill on a local Dask cluster gives the same database as one process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from crisisdesk.backfill import (Partition, backfill, iter_jsonl_range, merge_database,
                                 plan_partitions)
from crisisdesk.pipeline import RunOptions, run
from crisisdesk.records import RawDocument, Reject
from crisisdesk.sources.warc import WarcReader
from crisisdesk.store.db import open_database
from crisisdesk.store.models import ArticleRow, EventMentionRow, EventRow, RejectRow
from tests.support.warcs import WarcBuilder, html_page, incident_page

N_ARTICLES = 2000


@pytest.fixture(scope="module")
def dask_scheduler():
    """One local cluster (2 worker processes) shared by this module's tests; they
    reach it by address, as ``--scheduler`` does for a real cluster."""
    distributed = pytest.importorskip("dask.distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    yield cluster.scheduler_address
    client = distributed.Client(cluster)
    client.shutdown()  # ends the worker processes at once (spaCy loaded: slow to close)
    cluster.close()


@pytest.fixture(scope="module")
def big_warc(tmp_path_factory) -> Path:
    """2,000 distinct articles, plus what real archives hold: a later capture of one
    page with changed text (a revision), an image, a request record, a corrupt record."""
    path = tmp_path_factory.mktemp("warc") / "news.warc.gz"
    w = WarcBuilder(path)
    for i in range(N_ARTICLES):
        w.response(f"http://news.example.org/bulletin/{i}", html_page(i, words=40),
                   date=f"2025-11-{1 + i % 28:02d}T08:00:00Z")
        if i == 700:
            w.response("http://news.example.org/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png")
            w.request("http://news.example.org/bulletin/700")
        if i == 1500:
            w.raw(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"not deflate data at all" * 3)
    # a later capture of bulletin 3 with a corrected text: revision 2
    w.response("http://news.example.org/bulletin/3", html_page(3, words=40).replace(b"tense", b"calm"),
               date="2025-11-29T08:00:00Z")
    w.close()
    return path


def snapshot(engine) -> dict:
    with Session(engine) as session:
        articles = sorted((a.article_id, a.revision, a.is_latest, a.content_hash, a.url, a.title,
                           a.published_at, a.text) for a in session.scalars(select(ArticleRow)))
        mentions = sorted((m.mention_id, m.article_id, m.article_revision, m.event_type, m.evidence,
                           m.start_char, m.end_char) for m in session.scalars(select(EventMentionRow)))
        events = sorted((e.event_id, e.event_type, e.event_date, e.country, e.num_mentions)
                        for e in session.scalars(select(EventRow)))
        rejects = sorted((r.uri, r.offset, r.line, r.reason) for r in session.scalars(select(RejectRow)))
    return {"articles": articles, "mentions": mentions, "events": events, "rejects": rejects}


@pytest.mark.timeout(900)  # ~40 s on an idle 2-core machine; minutes when the cores are shared
def test_two_workers_store_the_same_as_one_process(tmp_path, big_warc, dask_scheduler):
    options = RunOptions(command="run", nlp=False)
    single = open_database(str(tmp_path / "single.db"))
    run(WarcReader(big_warc), single, options, progress=False)
    cluster_db = tmp_path / "cluster.db"
    summary = backfill([big_warc], workers=2, scheduler=dask_scheduler, db=str(cluster_db),
                       options=RunOptions(command="backfill", nlp=False), partition_bytes=256 * 1024)
    assert summary.partitions >= 4
    expected, got = snapshot(single), snapshot(open_database(str(cluster_db)))
    assert len(expected["articles"]) == N_ARTICLES + 1  # 2,000 pages + revision 2 of one
    assert got["articles"] == expected["articles"]
    assert got["mentions"] == expected["mentions"]
    assert got["events"] == expected["events"]
    assert got["rejects"] == expected["rejects"]
    assert {r[3] for r in got["rejects"]} == {"not_html", "corrupt_record"}
    assert summary.counts["stored"] == N_ARTICLES + 1

    # merging the partitions again adds nothing (idempotent)
    target = open_database(str(cluster_db))
    parts = sorted((tmp_path / "cluster.db.parts").glob("part-*.db"))
    again = [merge_database(f"sqlite:///{p}", target, None) for p in parts]
    assert sum(c["articles"] + c["mentions"] + c["rejects"] for c in again) == 0
    assert snapshot(target) == got


def test_full_pipeline_two_workers_same_articles_mentions_and_events(tmp_path, dask_scheduler):
    """Smaller, with the NLP stages: spaCy + event coding take ~50 ms an article here,
    too slow for 2,000 in a test (see benchmarks/bench_warc.py for figures)."""
    path = tmp_path / "incidents.warc.gz"
    w = WarcBuilder(path)
    for i in range(24):
        w.response(f"http://outlet{i % 3}.example.org/mali/{i}", incident_page(i),
                   date="2025-11-28T08:00:00Z")
    w.close()
    single = open_database(str(tmp_path / "single.db"))
    run(WarcReader(path), single, RunOptions(command="run"), progress=False)
    cluster_db = tmp_path / "cluster.db"
    summary = backfill([path], workers=2, scheduler=dask_scheduler, db=str(cluster_db),
                       options=RunOptions(command="backfill"), partition_bytes=4 * 1024)
    assert summary.partitions >= 4
    expected, got = snapshot(single), snapshot(open_database(str(cluster_db)))
    assert len(expected["articles"]) == 24
    assert len(expected["mentions"]) >= 24  # at least the attack sentence of each report
    assert len(expected["events"]) > 0
    assert got == expected


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
