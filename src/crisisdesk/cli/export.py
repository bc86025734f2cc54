"""``crisisdesk export``: events in the field's formats (csv, jsonl, geojson, acled,
gdelt, plover), streamed to a file or stdout."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from crisisdesk.cli import app, db_option
from crisisdesk.cli.filters import (
    ACTOR, ADMIN1, COUNTRY, DB, EVENT_TYPE, SINCE, STATUS, UNTIL, build_filter, warn_when_period_misses_the_data,
)
from crisisdesk.export import FORMATS, write_export
from crisisdesk.store.db import open_database
from crisisdesk.store.queries import count_events


@app.command("export")
def export_command(
    ctx: typer.Context,
    fmt: str = typer.Option(..., "--format", "-f", help=f"One of: {', '.join(FORMATS)}."),
    output: Path | None = typer.Option(None, "-o", "--output", help="File to write ('-' or none: stdout)."),
    country: str | None = COUNTRY,
    admin1: str | None = ADMIN1,
    actor: str | None = ACTOR,
    event_type: str | None = EVENT_TYPE,
    status: list[str] | None = STATUS,
    since: str | None = SINCE,
    until: str | None = UNTIL,
    db: str | None = DB,
) -> None:
    """Export events (consolidated, else each mention) in a field format, streamed."""
    if fmt not in FORMATS:
        raise typer.BadParameter(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}", param_hint="--format")
    engine = open_database(db_option(ctx, db), for_reading=True)
    flt = build_filter(country, admin1, actor, event_type, status, since, until, engine=engine)
    err = Console(stderr=True)
    total = count_events(engine, flt)
    if not total:
        warn_when_period_misses_the_data(engine, flt.since, flt.until)
    if output is None or str(output) == "-":  # '-' is stdout, as for most Unix tools
        written = write_export(engine, fmt, sys.stdout, flt)
        err.print(f"{written} {fmt} records written")
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        out = output.open("w", encoding="utf-8", newline="")
    except OSError as exc:  # a directory, a read-only place, a path through a file: say where and why, no traceback (a missing folder is created above)
        err.print(f"[red]error:[/red] cannot write {output}: {exc.strerror or exc}", soft_wrap=True)
        raise typer.Exit(1) from None
    columns = [TextColumn("exporting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    try:
        with Progress(*columns, console=err, transient=True) as progress, out:
            task = progress.add_task("export", total=total)
            written = write_export(engine, fmt, out, flt, on_event=lambda: progress.advance(task))
    except OSError as exc:  # the disk filled up or the file went away while writing
        err.print(f"[red]error:[/red] writing {output} failed: {exc.strerror or exc}; the file is incomplete", soft_wrap=True)
        raise typer.Exit(1) from None
    err.print(f"{written} {fmt} records written to {output} ({total} events matched)")
