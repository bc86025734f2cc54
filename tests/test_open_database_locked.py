"""``open_database`` tries the migration of a SQLite file again when SQLite answers
"database is locked" (``store.db._upgrade_when_free``). Reproduced with a real lock: a
second connection holds ``BEGIN EXCLUSIVE`` on a new file while ``open_database`` opens
it, so its switch to WAL is refused; the holder lets go only after that first attempt
failed (deterministic, whatever the machine's load). ``BUSY_TIMEOUT_MS`` is shortened
so that the first attempt gives up in 0.1 s instead of 30 s."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from crisisdesk.store import db


@pytest.fixture
def held_file(tmp_path, monkeypatch):
    """A new SQLite file with a second connection holding an exclusive lock on it; the
    lock is released as soon as a migration attempt has failed on it. Yields the
    file's path and the list of attempt outcomes."""
    path = tmp_path / "held.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    outcomes: list[str] = []
    real_upgrade = db.upgrade

    def upgrade_then_release(engine):
        try:
            real_upgrade(engine)
        except OperationalError as error:
            outcomes.append(str(error.orig))
            if holder.in_transaction:
                holder.execute("COMMIT")  # the other process is done
            raise
        outcomes.append("migrated")

    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(db, "upgrade", upgrade_then_release)
    yield path, outcomes
    holder.close()


def test_a_locked_new_file_is_migrated_on_the_next_attempt(held_file):
    path, outcomes = held_file
    engine = db.open_database(str(path))  # before the retry: "database is locked" raised here
    assert outcomes == ["database is locked", "migrated"]
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("SELECT count(*) FROM articles").scalar() == 0


def test_a_lock_that_outlasts_every_attempt_is_raised(tmp_path, monkeypatch):
    path = tmp_path / "kept.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 10)
    monkeypatch.setattr(db, "LOCKED_ATTEMPTS", 2)
    with pytest.raises(OperationalError, match="database is locked"):
        db.open_database(str(path))
    holder.close()
