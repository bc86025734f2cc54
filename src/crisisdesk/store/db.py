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
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, make_url
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


#: How long a SQLite statement waits for another connection's lock before "database is
#: locked" (milliseconds; https://www.sqlite.org/pragma.html#pragma_busy_timeout).
BUSY_TIMEOUT_MS = 30000


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # first, so that the statements below wait for a concurrent writer too
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
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
    _migrate(engine, cfg, command.upgrade, "head")


def downgrade(engine: Engine, revision: str) -> None:
    """Take the database behind ``engine`` down to alembic ``revision`` (``"base"``: no
    table left; ``"0004"``...), in one transaction, as :func:`upgrade` does.
    :func:`open_database` upgrades again on the next open. Raises
    ``alembic.util.exc.CommandError`` for an unknown revision."""
    _migrate(engine, alembic_config(engine.url.render_as_string(hide_password=False)), command.downgrade,
             revision)


class MigrationError(RuntimeError):
    """A migration left rows that break a foreign key (SQLite ``PRAGMA
    foreign_key_check``); it was rolled back."""


def _migrate(engine: Engine, cfg: Config, step, revision: str) -> None:  # noqa: ANN001
    """Run the alembic ``step`` (``command.upgrade`` / ``command.downgrade``) to
    ``revision`` in one transaction on one connection.

    On SQLite: ``BEGIN IMMEDIATE`` (two processes migrating a new file take turns), and
    foreign keys off while the migrations run. Alembic's batch mode changes a SQLite
    table by copying it into a new one, dropping the old one and renaming (SQLite's
    ALTER TABLE cannot drop a column; https://www.sqlite.org/lang_altertable.html,
    "Making Other Kinds Of Table Schema Changes", whose step 1 is ``PRAGMA
    foreign_keys=OFF``): with foreign keys on, dropping ``events`` while
    ``event_mentions`` rows point at it failed with "FOREIGN KEY constraint failed"
    (every downgrade of a populated database). The pragma is a no-op inside a
    transaction, so it is set before ``BEGIN``; ``PRAGMA foreign_key_check`` then runs
    before the commit (a violation rolls everything back: :class:`MigrationError`), and
    the connection gets foreign keys back before it returns to the pool."""
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                if sqlite:
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
                cfg.attributes["connection"] = connection
                step(cfg, revision)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise MigrationError(f"migrating to {revision} would leave {len(broken)} row(s) breaking a "
                                             f"foreign key (first: table {broken[0][0]}, row {broken[0][1]}); "
                                             "nothing was changed")
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


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


class ReadOnlyDatabaseError(RuntimeError):
    """A read-only SQLite database that cannot be used as it is (its schema needs a
    migration, which is a write); the message names the file and what to do."""


def _sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (``sqlite:///path``), None for another backend, an
    in-memory database or a URI filename (``file:``)."""
    if not url.startswith("sqlite"):
        return None
    name = make_url(url).database
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    return Path(name).expanduser()


def not_writable(path: Path) -> str | None:
    """Why SQLite could not write beside the database file ``path`` (a sentence naming
    the directory or the file), None when it can. SQLite writes the ``-wal``/``-shm``
    (WAL mode) or ``-journal`` file in the database's directory, so a database in a
    read-only directory cannot be opened the usual way even to read it."""
    directory = path.resolve().parent
    if not directory.is_dir():
        return f"its directory {directory} does not exist"
    if not os.access(directory, os.W_OK | os.X_OK):
        return (f"its directory {directory} is not writable (SQLite writes its -wal, -shm or -journal "
                f"file beside the database)")
    if path.exists() and not os.access(path, os.W_OK):
        return f"the file {path} is not writable"
    return None


def _sqlite_read_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def read_only_engine(path: Path) -> Engine:
    """An engine that reads the SQLite file ``path`` without writing anything beside it:
    a URI filename with ``mode=ro``, plus ``immutable=1`` when no ``-wal`` file exists
    (https://www.sqlite.org/uri.html: SQLite then takes no lock and needs no ``-shm``
    file, which a read-only directory could not hold; with a ``-wal`` file present the
    committed pages in it must be read, so the file is opened ``mode=ro`` only). No
    WAL switch on connect (that is a write)."""
    resolved = path.resolve()
    immutable = not Path(str(resolved) + "-wal").exists()
    query = "mode=ro" + ("&immutable=1" if immutable else "") + "&uri=true"
    engine = create_engine(f"sqlite:///file:{quote(str(resolved))}?{query}", future=True)
    event.listen(engine, "connect", _sqlite_read_pragmas)
    return engine


def open_database(db: str | None = None, *, for_reading: bool = False) -> Engine:
    """Open (creating if needed) and migrate the database named by ``db``.

    ``for_reading`` (commands that only read: ``events``, ``articles``, ``situation``,
    ``report``, ``export``): an existing SQLite file that SQLite could not write beside
    (:func:`not_writable`: a read-only directory or file) is opened read-only
    (:func:`read_only_engine`) instead of failing with "unable to open database file";
    it must be at the current schema (a migration is a write), else
    :class:`ReadOnlyDatabaseError` says so.

    Returns an ``Engine``. Raises ``sqlalchemy.exc.ArgumentError`` for a malformed URL
    and ``sqlalchemy.exc.OperationalError`` when the database cannot be reached.
    """
    url = resolve_db_url(db)
    path = _sqlite_file(url) if for_reading else None
    if path is not None and path.is_file():
        reason = not_writable(path)
        if reason is not None:
            engine = read_only_engine(path)
            if not is_at_head(engine, alembic_config(url)):
                engine.dispose()
                raise ReadOnlyDatabaseError(
                    f"database {path}: {reason}, and its schema is older than this version of crisisdesk: "
                    "open it once with write access (any command, where the directory is writable) to "
                    "migrate it")
            return engine
    engine = make_engine(url)
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
