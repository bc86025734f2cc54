"""Symbolic links met while walking a directory: a link to another folder of articles
is read (it was skipped without a word), a link back into the walk (``sub/loop -> ..``)
is rejected as ``symlink_loop`` with its target and the run goes on, and a link cycle
that resolves nowhere is ``unreadable``. Sentences written for this test."""

from __future__ import annotations

import io
import os
from datetime import datetime, timezone

from crisisdesk.pipeline import RunOptions, Stages, run
from crisisdesk.sources import iter_raw_documents
from crisisdesk.sources.dispatch import InputSource
from crisisdesk.store import repository
from crisisdesk.store.db import open_database

FETCHED = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def _tree(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "linked.txt").write_text("Soldiers clashed with rebels near Kidal on Monday, the army said.")
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "own.txt").write_text("Traders protested in Bamako on Wednesday against new taxes.")
    os.symlink("..", root / "sub" / "loop")  # back to the root: a loop
    os.symlink(elsewhere, root / "archive")  # another folder of articles
    os.symlink("cycle-b", root / "cycle-a")
    os.symlink("cycle-a", root / "cycle-b")
    return root


def _names(rejects):
    return sorted((r.uri.rsplit("in/", 1)[-1], r.reason) for r in rejects)


def test_walk_follows_linked_folders_and_rejects_loops(tmp_path):
    root = _tree(tmp_path)
    items = list(iter_raw_documents([root], fetched_at=FETCHED))
    documents = sorted(i.uri.rsplit("in/", 1)[-1] for i in items if not hasattr(i, "reason"))
    assert documents == ["archive/linked.txt", "sub/own.txt"]  # before: only sub/own.txt
    rejects = [i for i in items if hasattr(i, "reason")]
    assert _names(rejects) == [("cycle-a", "unreadable"), ("cycle-b", "unreadable"), ("sub/loop", "symlink_loop")]
    loop = next(r for r in rejects if r.reason == "symlink_loop")
    assert str(root.resolve()) in loop.detail


def test_run_records_the_loop_and_stores_the_rest(tmp_path):
    root = _tree(tmp_path)
    engine = open_database(str(tmp_path / "s.db"))
    err = io.StringIO()
    summary = run(InputSource([str(root)], engine, fetched_at=FETCHED), engine, RunOptions(nlp=False),
                  Stages(), progress=False, err=err)
    assert summary.stored == 2
    assert ("sub/loop", "symlink_loop") in _names(repository.list_rejects(engine, summary.run_id))
    assert "sub/loop: symlink_loop (a symbolic link to the directory" in err.getvalue()
