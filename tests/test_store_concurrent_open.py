"""Several processes opening the same new SQLite file at once (two ``crisisdesk run``
started together) all get a migrated database: none fails with ``table ... already
exists``; a read-only database already at head still opens for reading."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

OPEN_AT = """
import sys, time
from crisisdesk.store.db import open_database
start = float(sys.argv[2])
while time.time() < start:
    time.sleep(0.001)
open_database(sys.argv[1])
print("opened")
"""

PROCESSES = 4
ROUNDS = 2


def _open_together(db: Path) -> list[subprocess.CompletedProcess]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    start = time.time() + 4.0  # after every child has imported crisisdesk
    children = [subprocess.Popen([sys.executable, "-c", OPEN_AT, str(db), str(start)], env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for _ in range(PROCESSES)]
    results = []
    for child in children:
        out, err = child.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(child.args, child.returncode, out, err))
    return results


def test_processes_opening_a_new_database_together_all_succeed(tmp_path):
    for round_number in range(ROUNDS):
        db = tmp_path / f"new-{round_number}.db"
        results = _open_together(db)
        failures = [[line for line in r.stderr.splitlines() if "Error" in line][-1:] for r in results if r.returncode != 0]
        # before: most rounds had a child fail with "table runs already exists"
        assert failures == []
        with sqlite3.connect(db) as connection:
            versions = connection.execute("select count(*) from alembic_version").fetchone()[0]
            runs_tables = connection.execute(
                "select count(*) from sqlite_master where type = 'table' and name = 'runs'").fetchone()[0]
        assert (versions, runs_tables) == (1, 1)


def test_read_only_database_at_head_opens(tmp_path):
    from sqlalchemy import text

    from crisisdesk.store.db import open_database

    db = tmp_path / "ro.db"
    open_database(str(db)).dispose()
    uri = f"sqlite:///file:{db}?mode=ro&uri=true"
    engine = open_database(uri)
    with engine.connect() as connection:
        assert connection.execute(text("select count(*) from runs")).scalar() == 0
