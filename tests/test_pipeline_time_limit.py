"""A run does not hang on one bad article: the annotate and code stages of one article
have a wall-clock limit (``RunOptions.document_seconds``); an article over it is rejected
with reason ``timeout`` (path and reason printed, stored in ``rejects``) and the run goes
on. Session 20: a coding loop on a verbless sentence stopped a whole run."""

from __future__ import annotations

import io
import time
from datetime import datetime, timezone

import pytest

from crisisdesk.errors import StageError
from crisisdesk.pipeline import RunOptions, Stages, process, run, time_limit
from crisisdesk.records import RawDocument
from crisisdesk.sources import iter_raw_documents
from crisisdesk.store import repository
from crisisdesk.store.db import open_database

FETCHED = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def _code_looping_on(word: str):  # noqa: ANN202
    """A code stage that never ends on an article holding ``word`` (a stand-in for a
    rule that loops on one sentence) and codes nothing otherwise."""
    def code(article):  # noqa: ANN001, ANN202
        while word in article.text:
            pass
        return []
    return code


def test_an_article_over_the_limit_is_rejected_as_timeout_and_the_run_goes_on(tmp_path):
    (tmp_path / "a.txt").write_text("Herders and farmers clashed near a well; the stall of the market burned.\n")
    (tmp_path / "b.txt").write_text("Students marched to the prefecture to ask for their grants.\n")
    engine = open_database(str(tmp_path / "db.sqlite"))
    err = io.StringIO()
    started = time.monotonic()
    summary = run(iter_raw_documents([tmp_path / "a.txt", tmp_path / "b.txt"], fetched_at=FETCHED), engine,
                  RunOptions(fetched_at=FETCHED, document_seconds=0.5), Stages(code=_code_looping_on("stall")),
                  progress=False, err=err)
    assert time.monotonic() - started < 30
    assert (summary.read, summary.stored, summary.rejected, summary.status) == (2, 1, 1, "finished")
    assert [(r.reason, r.uri.endswith("a.txt")) for r in repository.list_rejects(engine, summary.run_id)] == \
        [("timeout", True)]
    printed = [line for line in err.getvalue().splitlines() if line.startswith("rejected")]
    assert len(printed) == 1 and "a.txt: timeout" in printed[0] and "more than 0.5 s" in printed[0]


def test_process_raises_a_stage_error_with_reason_timeout():
    raw = RawDocument(uri="mem", content=b"The stall was looted by youths on Sunday night.\n", fetched_at=FETCHED)
    with pytest.raises(StageError) as caught:
        process(raw, Stages(code=_code_looping_on("stall")), RunOptions(fetched_at=FETCHED, document_seconds=0.3))
    assert caught.value.reason == "timeout"


def test_no_limit_when_the_seconds_are_none():
    raw = RawDocument(uri="mem", content=b"Fishermen protested at the port over the new fees.\n", fetched_at=FETCHED)
    slept = []

    def slow_code(article):  # noqa: ANN001, ANN202
        time.sleep(0.4)
        slept.append(article.article_id)
        return []

    process(raw, Stages(code=slow_code), RunOptions(fetched_at=FETCHED, document_seconds=None))
    assert len(slept) == 1


def test_an_outer_limit_still_fires_after_an_inner_one_ends():
    with pytest.raises(StageError, match="outer"):
        with time_limit(0.5, "outer"):
            with time_limit(10, "inner"):
                pass
            while True:
                pass


# Worker threads (the web app's ingest, the watcher, backfill's Dask workers): the limit
# holds there too (session 21; before, SIGALRM could only be set in the main thread and
# such threads ran unlimited).

def _code_looping_for_a_while_on(word: str, seconds: float = 15.0):  # noqa: ANN202
    """As :func:`_code_looping_on` but gives up after ``seconds``, so that a missing
    limit fails the test instead of leaving a thread that never ends."""
    def code(article):  # noqa: ANN001, ANN202
        ends = time.monotonic() + seconds
        while word in article.text and time.monotonic() < ends:
            pass
        return []
    return code


def _in_worker_thread(job):  # noqa: ANN001, ANN202
    """Run ``job()`` in a fresh worker thread; returns what it returned or raises what it raised."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(job).result(timeout=60)


def test_a_run_in_a_worker_thread_rejects_the_looping_article_and_goes_on(tmp_path):
    (tmp_path / "a.txt").write_text("Traders said the stall of the cattle market was set on fire at dawn.\n")
    (tmp_path / "b.txt").write_text("Nurses stopped work in the regional hospital to demand back pay.\n")
    engine = open_database(str(tmp_path / "db.sqlite"))
    err = io.StringIO()

    def job():  # noqa: ANN202
        return run(iter_raw_documents([tmp_path / "a.txt", tmp_path / "b.txt"], fetched_at=FETCHED), engine,
                   RunOptions(fetched_at=FETCHED, document_seconds=0.5),
                   Stages(code=_code_looping_for_a_while_on("stall")), progress=False, err=err)

    started = time.monotonic()
    summary = _in_worker_thread(job)
    assert time.monotonic() - started < 10
    assert (summary.read, summary.stored, summary.rejected) == (2, 1, 1)
    assert [(r.reason, r.uri.endswith("a.txt")) for r in repository.list_rejects(engine, summary.run_id)] == \
        [("timeout", True)]


def test_a_body_that_ends_in_time_leaves_nothing_pending_in_its_thread():
    def job():  # noqa: ANN202
        with time_limit(0.2, "short"):
            total = sum(range(1000))
        ends = time.monotonic() + 0.6  # keep running Python code past the limit's time
        while time.monotonic() < ends:
            total += 1
        return total > 0

    assert _in_worker_thread(job) is True


def test_an_outer_limit_in_a_worker_thread_fires_after_an_inner_one_ends():
    def job():  # noqa: ANN202
        with time_limit(0.5, "outer"):
            with time_limit(10, "inner"):
                pass
            ends = time.monotonic() + 15
            while time.monotonic() < ends:
                pass
        return "not stopped"

    with pytest.raises(StageError, match="outer") as caught:
        _in_worker_thread(job)
    assert caught.value.reason == "timeout"
