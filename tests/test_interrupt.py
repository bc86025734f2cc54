"""A run killed mid-way leaves no half-written article; the next run completes it.

Real subprocesses, a real SQLite file, real signals (SIGKILL cannot be caught: only
transactions protect the data; SIGTERM is turned into a clean interrupted run).
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

import crisisdesk
from crisisdesk.pipeline import RunOptions, Stages, run
from crisisdesk.records import Evidence, EventMention
from crisisdesk.sources import iter_raw_documents
from crisisdesk.store import repository
from crisisdesk.store.db import open_database

N_FILES = 120
SRC = str(Path(crisisdesk.__file__).resolve().parents[1])

SCRIPT = textwrap.dedent('''
    import sys, time
    from crisisdesk.pipeline import RunOptions, Stages, run
    from crisisdesk.records import Evidence, EventMention
    from crisisdesk.sources import iter_raw_documents
    from crisisdesk.store.db import open_database

    def code(article):
        time.sleep(0.03)  # a slow coder: the kill lands while articles are being processed
        return [EventMention(mention_id=f"{article.article_id}-{i}", article_id=article.article_id,
                             event_type="ASSAULT", evidence=Evidence(article.text[:20], 0, 20)) for i in range(3)]

    engine = open_database(sys.argv[1])
    run(iter_raw_documents([sys.argv[2]]), engine, RunOptions(), Stages(code=code), progress=False)
''')


def code(article):
    return [EventMention(mention_id=f"{article.article_id}-{i}", article_id=article.article_id,
                         event_type="ASSAULT", evidence=Evidence(article.text[:20], 0, 20)) for i in range(3)]


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(N_FILES):
        (folder / f"{i:04d}.txt").write_text(
            f"Item {i}: gunmen attacked a checkpoint near Douentza on Tuesday, the army said in a statement.\n")
    return folder


def count(db_path, sql):
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.connect() as connection:
        return connection.execute(text(sql)).scalar()


def start(tmp_path, db_path, folder):
    script = tmp_path / "slow_run.py"
    script.write_text(SCRIPT)
    env = {**os.environ, "PYTHONPATH": SRC}
    return subprocess.Popen([sys.executable, str(script), str(db_path), str(folder)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def wait_for_articles(db_path, minimum, process, timeout=120):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if process.poll() is not None:
            pytest.fail(f"run ended before it could be killed: {process.stderr.read().decode()[-2000:]}")
        try:
            if db_path.exists() and count(db_path, "select count(*) from articles") >= minimum:
                return
        except Exception:  # schema not created yet
            pass
        time.sleep(0.05)
    pytest.fail("the run stored nothing in time")


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_killed_run_leaves_whole_articles_and_rerun_completes(tmp_path, inputs, sig):
    db_path = tmp_path / "kill.db"
    process = start(tmp_path, db_path, inputs)
    wait_for_articles(db_path, 10, process)
    process.send_signal(sig)
    process.wait(timeout=60)
    stored_before = count(db_path, "select count(*) from articles")
    assert 10 <= stored_before < N_FILES
    # every stored article has all its mentions, and no mention lacks its article
    assert count(db_path, "select count(*) from event_mentions") == 3 * stored_before
    assert count(db_path, """select count(*) from event_mentions m
                             where not exists (select 1 from articles a where a.article_id = m.article_id)""") == 0
    if sig == signal.SIGTERM:
        assert count(db_path, "select status from runs order by run_id desc limit 1") == "interrupted"

    engine = open_database(str(db_path))
    summary = run(iter_raw_documents([inputs]), engine, RunOptions(), Stages(code=code), progress=False,
                  err=io.StringIO())
    assert summary.unchanged == stored_before
    assert summary.stored == N_FILES - stored_before
    assert count(db_path, "select count(*) from articles") == N_FILES
    assert count(db_path, "select count(distinct article_id) from articles") == N_FILES
    assert count(db_path, "select count(*) from event_mentions") == 3 * N_FILES
    assert repository.get_run(engine, summary.run_id)["status"] == "finished"
