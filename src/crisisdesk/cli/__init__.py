"""The ``crisisdesk`` command: one Typer app, one module per sub-command group.

No logic lives here beyond argument handling; each module calls into the library.
"""

from __future__ import annotations

import typer

from crisisdesk import __version__

app = typer.Typer(
    name="crisisdesk",
    help="Turn news articles into an evidence-backed record of security events.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",  # help text is rich markup (cli/helptext.py writes code spans bold)
)


@app.callback()
def main_options(
    ctx: typer.Context,
    db: str = typer.Option(
        None, "--db", envvar="CRISISDESK_DB",
        help="Database URL or SQLite file (default: sqlite:///crisisdesk.db in the working directory).",
    ),
) -> None:
    """Turn news articles into an evidence-backed record of security events."""
    ctx.obj = {"db": db}


def db_option(ctx: typer.Context, local: str | None = None) -> str | None:
    """The database named by a command's own ``--db``, else the global ``--db`` /
    ``CRISISDESK_DB`` (None → the default ``crisisdesk.db``)."""
    if local:
        return local
    root = ctx.find_root()
    return (root.obj or {}).get("db") if root.obj else None


#: Help of ``--recode``, the one option ``run``, ``watch`` and ``backfill`` share (the
#: re-coding itself is ``pipeline.RunOptions.recode``, one implementation for all). It
#: names no option the three do not all have: ``--lexicon`` is ``run``'s only (its help
#: named it on ``watch`` and ``backfill``, which have none: tests/test_cli_help_options.py).
RECODE_HELP = ("Code again the stored articles whose text is unchanged (after an upgrade, or with new "
               "trigger words): their event mentions are replaced, not duplicated, and their events rebuilt; "
               "events whose mentions come out the same keep their ids.")


def check_recode(recode: bool, no_nlp: bool) -> None:
    """Refuse ``--recode`` with ``--no-nlp`` (``typer.BadParameter``, exit 2): re-coding
    needs the coding stages."""
    if recode and no_nlp:
        raise typer.BadParameter("--recode codes articles again: it cannot be combined with --no-nlp")


@app.command()
def version() -> None:
    """Print the crisisdesk version."""
    typer.echo(__version__)


def _register() -> None:
    # Each module adds its commands to ``app`` on import; their help is then tidied
    # for the terminal (one line per paragraph, code spans bold: cli/helptext.py).
    from crisisdesk.cli import commands  # noqa: F401
    from crisisdesk.cli.helptext import tidy_help

    tidy_help(app)


def _named_database(argv: list[str]) -> str:
    """The database a command line names: its last ``--db`` value, else
    ``CRISISDESK_DB``, else the default file (for error messages only)."""
    import os

    named = None
    for index, arg in enumerate(argv):
        if arg == "--db" and index + 1 < len(argv):
            named = argv[index + 1]
        elif arg.startswith("--db="):
            named = arg.split("=", 1)[1]
    return named or os.environ.get("CRISISDESK_DB") or "crisisdesk.db"


#: Hints for the SQLite/PostgreSQL errors a user can act on (substring of the message → hint).
_DATABASE_HINTS = {
    "readonly": "the file or its directory is not writable; choose another --db or fix the permissions",
    "read-only": "the file or its directory is not writable; choose another --db or fix the permissions",
    "locked": "another process holds a write lock on it; wait for that process or choose another --db",
    "unable to open": "the file cannot be created or opened; check that its directory exists",
    "not a database": "the file is not a SQLite database; choose another --db",
}


#: The commands that open an existing database read-only (``open_database(...,
#: for_reading=True)``), named in the hint for a database in a read-only place
#: (``rejects`` was left out of it; tests/test_read_only_database.py checks the list
#: against the command modules).
READ_COMMANDS: tuple[str, ...] = ("events", "articles", "rejects", "situation", "report", "export")


def database_hint(reason: str, named: str) -> str:
    """What a user can do about a database error ``reason`` on the database ``named``
    (a path or URL). For SQLite's "unable to open" and "readonly" answers the real cause
    is looked up on disk (:func:`crisisdesk.store.db.not_writable`: a missing or
    read-only directory, a read-only file), since SQLite says the same for all of them;
    else the generic hint of :data:`_DATABASE_HINTS`, or ``""``."""
    from crisisdesk.store.db import _sqlite_file, not_writable, resolve_db_url

    lowered = reason.lower()
    if any(key in lowered for key in ("unable to open", "readonly", "read-only")):
        try:
            path = _sqlite_file(resolve_db_url(named))
        except Exception:  # noqa: BLE001 - a malformed URL: the generic hint
            path = None
        cause = not_writable(path) if path is not None else None
        if cause is not None:
            reading = (f"; the read commands ({', '.join(READ_COMMANDS)}) open an existing "
                       "database there read-only" if path.is_file() else "")
            return f"{cause}: choose another --db or fix the permissions{reading}"
    return next((text for key, text in _DATABASE_HINTS.items() if key in lowered), "")


def main() -> None:
    """Console entry point. A database that refuses an operation (read-only, locked,
    missing directory, not a database) ends the command with a one-line message naming
    the database and the reason, exit status 1, instead of a traceback; SQLite's own
    transaction handling keeps the file consistent."""
    import sys

    from sqlalchemy.exc import DatabaseError

    from crisisdesk.store.db import ReadOnlyDatabaseError

    _register()
    try:
        app()
    except ReadOnlyDatabaseError as error:
        typer.echo(f"crisisdesk: {error}", err=True)
        raise SystemExit(1) from None
    except DatabaseError as error:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        named = _named_database(sys.argv[1:])
        hint = database_hint(reason, named)
        typer.echo(f"crisisdesk: database {named}: {reason}" + (f" ({hint})" if hint else ""), err=True)
        raise SystemExit(1) from None
