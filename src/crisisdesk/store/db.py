"""Opening the database and bringing its schema up to date.

The URL comes from, in order: the ``--db`` option, the ``CRISISDESK_DB`` environment
variable, else ``sqlite:///crisisdesk.db`` in the working directory. A plain file path
is accepted and turned into a SQLite URL. Migrations (alembic) run on open, so a new
or older database is always at the current schema.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError

DEFAULT_DB_URL = "sqlite:///crisisdesk.db"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def resolve_db_url(db: str | None = None) -> str:
    """Return the database URL for ``db`` (a URL or a file path), the ``CRISISDESK_DB``
    environment variable, or the default ``sqlite:///crisisdesk.db``."""
    value = db or os.environ.get("CRISISDESK_DB") or DEFAULT_DB_URL
    if "://" not in value:
        value = f"sqlite:///{Path(value).expanduser()}"
    return value


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # first, so that the statements below wait for a concurrent writer too
    cursor.execute("PRAGMA busy_timeout=30000")
    # WAL keeps readers (web app) working while a run writes; a crash never leaves a
    # half-written transaction visible.
    cursor.execute("PRAGMA journal_mode=WAL")
    # In WAL mode NORMAL never corrupts the database and keeps every committed
    # transaction across an application crash; only an OS crash or power loss may drop
    # the last commits (https://www.sqlite.org/pragma.html#pragma_synchronous).
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _with_default_driver(url: str) -> str:
    """``postgresql://`` means psycopg 3 (the ``postgres`` extra), not psycopg2."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def make_engine(url: str) -> Engine:
    """Create an engine for ``url``; SQLite connections get WAL mode and foreign keys;
    ``postgresql://`` URLs use the psycopg 3 driver."""
    engine = create_engine(_with_default_driver(url), future=True, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def alembic_config(url: str) -> Config:
    """An alembic ``Config`` pointing at the packaged migrations and ``url``."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def is_at_head(engine: Engine, cfg: Config) -> bool:
    """True when the database's alembic revision is the packaged head (read only: a
    read-only database at head opens without a write)."""
    with engine.connect() as connection:
        current = set(MigrationContext.configure(connection).get_current_heads())
    return current == set(ScriptDirectory.from_config(cfg).get_heads())


def upgrade(engine: Engine) -> None:
    """Apply all pending migrations to the database behind ``engine``.

    A database already at head is left alone. On SQLite the migrations run in one
    ``BEGIN IMMEDIATE`` transaction: two processes opening the same new file at once
    (two ``crisisdesk run`` started together) take turns, and the second finds the
    schema made instead of failing with ``table ... already exists`` (pysqlite opens
    no transaction before DDL, so each CREATE TABLE committed on its own and both
    processes created the tables; https://www.sqlite.org/lang_transaction.html)."""
    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    if is_at_head(engine, cfg):
        return
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


#: Files SQLite keeps beside a database file (write-ahead log, shared-memory index,
#: rollback journal; https://www.sqlite.org/tempfiles.html).
SQLITE_COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def database_files(engine: Engine | None) -> frozenset[Path]:
    """The resolved paths of the files holding the database behind ``engine``: a SQLite
    file and its ``-wal``, ``-shm`` and ``-journal`` companions (whether they exist yet
    or not); empty for an in-memory SQLite database, another backend, or None."""
    if engine is None or engine.dialect.name != "sqlite":
        return frozenset()
    name = engine.url.database
    if not name or name == ":memory:" or name.startswith("file:"):
        return frozenset()
    main = Path(name).expanduser().resolve()
    return frozenset({main, *(main.with_name(main.name + s) for s in SQLITE_COMPANION_SUFFIXES)})


def open_database(db: str | None = None) -> Engine:
    """Open (creating if needed) and migrate the database named by ``db``.

    Returns an ``Engine``. Raises ``sqlalchemy.exc.ArgumentError`` for a malformed URL
    and ``sqlalchemy.exc.OperationalError`` when the database cannot be reached.
    """
    engine = make_engine(resolve_db_url(db))
    _upgrade_when_free(engine)
    return engine


#: Attempts at migrating a SQLite file that another process holds locked.
LOCKED_ATTEMPTS = 5


def _upgrade_when_free(engine: Engine) -> None:
    """:func:`upgrade`, tried again (at most :data:`LOCKED_ATTEMPTS` times, 0.5 s, 1 s,
    ... apart) when SQLite answers "database is locked": a new file's first connections
    switch it to WAL, and SQLite may refuse that switch or a read at once, without its
    busy handler, while another process is doing the same
    (https://www.sqlite.org/wal.html, "Sometimes Queries Return SQLITE_BUSY In WAL
    Mode"). Other errors, and the last locked one, are raised."""
    for attempt in range(1, LOCKED_ATTEMPTS + 1):
        try:
            upgrade(engine)
            return
        except OperationalError as error:
            locked = engine.dialect.name == "sqlite" and "locked" in str(error.orig).lower()
            if not locked or attempt == LOCKED_ATTEMPTS:
                raise
            engine.dispose()
            time.sleep(0.5 * attempt)
