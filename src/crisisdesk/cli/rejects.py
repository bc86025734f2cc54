"""``crisisdesk rejects [--since PERIOD] [--reason REASON] [--run ID] [--limit N] [--json]``:
the input items that were not processed (the ``rejects`` table), with where and why.

Every command that reads input (``run``, ``watch``, ``backfill``, ``POST
/api/articles``) prints each reject once and stores it; before this command the stored
rejects could only be read with SQL."""

from __future__ import annotations

import json
from datetime import datetime, time, timezone

import typer
from rich.table import Table
from rich.text import Text

from crisisdesk.cli import app, db_option
from crisisdesk.cli.console import output_console
from crisisdesk.pipeline import reject_location
from crisisdesk.store import repository
from crisisdesk.store.db import open_database
from crisisdesk.store.queries import QueryError, parse_since


@app.command("rejects")
def rejects_command(
    ctx: typer.Context,
    since: str = typer.Option(None, "--since", help="Recorded on or after this day (UTC): YYYY-MM-DD, or a "
                              "period back from today (30d, 8w, 6m, 1y)."),
    reason: str = typer.Option(None, "--reason", help="Only this reason (malformed_json, no_text, http_404, ...)."),
    run_id: int = typer.Option(None, "--run", help="Only the rejects of this run (the run id `run --json` prints)."),
    limit: int = typer.Option(200, "--limit", "-n", min=1, help="The newest this many (listed oldest first)."),
    as_json: bool = typer.Option(False, "--json", help="JSON list on stdout."),
    db: str = typer.Option(None, "--db", help="Database URL or SQLite file (overrides the global --db)."),
) -> None:
    """List rejected input items: path or URL (with line or byte offset), reason, detail,
    when and by which run."""
    try:
        day = parse_since(since)
    except QueryError as error:
        raise typer.BadParameter(str(error), param_hint="--since") from None
    start = datetime.combine(day, time(0), tzinfo=timezone.utc) if day else None
    engine = open_database(db_option(ctx, db), for_reading=True)
    rows = repository.stored_rejects(engine, since=start, reason=reason, run_id=run_id, limit=limit)
    if as_json:
        typer.echo(json.dumps([{
            "where": reject_location(r.reject), "uri": r.reject.uri, "line": r.reject.line,
            "offset": r.reject.offset, "stage": r.reject.stage, "reason": r.reject.reason,
            "detail": r.reject.detail or None, "recorded_at": _utc(r.created_at).isoformat(),
            "run_id": r.run_id, "command": r.command} for r in rows], ensure_ascii=False, indent=1))
        return
    if not rows:
        typer.echo("no rejects" + (" matching the filters" if since or reason or run_id is not None else ""),
                   err=True)
        return
    table = Table(title=f"{len(rows)} reject(s)")
    for column in ("recorded (UTC)", "run", "where", "reason", "detail"):
        table.add_column(column, overflow="fold", no_wrap=column in ("recorded (UTC)", "run"))
    for r in rows:
        run = f"{r.run_id} {r.command}" if r.run_id is not None else ""
        cells = (_utc(r.created_at).strftime("%Y-%m-%d %H:%M:%S"), run, reject_location(r.reject),
                 r.reject.reason, r.reject.detail or "")
        table.add_row(*(Text(cell) for cell in cells))  # paths and details are untrusted: never markup
    output_console().print(table)


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
