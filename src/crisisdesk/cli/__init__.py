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


@app.command()
def version() -> None:
    """Print the crisisdesk version."""
    typer.echo(__version__)


def _register() -> None:
    # Each module adds its commands to ``app`` on import.
    from crisisdesk.cli import commands  # noqa: F401


def main() -> None:
    """Console entry point."""
    _register()
    app()
