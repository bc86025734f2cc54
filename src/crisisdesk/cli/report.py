"""``crisisdesk report``: a situation report (HTML + Markdown, PDF on request)."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from crisisdesk.cli import app, db_option
from crisisdesk.cli.filters import (
    ACTOR, ADMIN1, COUNTRY, DB, EVENT_TYPE, SINCE, STATUS, UNTIL, build_filter, warn_when_period_misses_the_data,
)


@app.command("report")
def report_command(
    ctx: typer.Context,
    output: Path = typer.Option(Path("situation-report.html"), "-o", "--output", help="HTML file to write."),
    markdown: Path | None = typer.Option(None, "--markdown", help="Markdown file (default: the HTML path with .md)."),
    pdf: Path | None = typer.Option(None, "--pdf", help="Also print a PDF here (needs Chromium)."),
    title: str | None = typer.Option(None, "--title", help="Report title."),
    tile_url: str | None = typer.Option(None, "--tiles", envvar="CRISISDESK_TILE_URL",
                                        help="Tile URL template for an online basemap (default: offline outlines)."),
    country: str | None = COUNTRY,
    admin1: str | None = ADMIN1,
    actor: str | None = ACTOR,
    event_type: str | None = EVENT_TYPE,
    status: list[str] | None = STATUS,
    since: str | None = SINCE,
    until: str | None = UNTIL,
    db: str | None = DB,
) -> None:
    """Write a situation report: headline figures, key developments, map,
    timeline (by week, month or year) and the events table with evidence. Prints the HTML path."""
    from crisisdesk.report import build_report_data, write_report
    from crisisdesk.report.pdf import PdfError
    from crisisdesk.store.db import open_database
    from crisisdesk.web.assets import AssetsMissing

    flt = build_filter(country, admin1, actor, event_type, status, since, until)  # bad values exit 2 before any work
    err = Console(stderr=True)
    columns = [SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn()]
    try:
        with Progress(*columns, console=err, transient=True) as progress:
            task = progress.add_task("reading events", total=None)
            engine = open_database(db_option(ctx, db), for_reading=True)
            flt = build_filter(country, admin1, actor, event_type, status, since, until, engine=engine)
            data = build_report_data(engine, flt, title or (f"Situation report: {flt.country}" if flt.country else None))
            progress.update(task, description="writing HTML and Markdown" + (" and printing PDF" if pdf else ""))
            paths = write_report(engine, flt, output, markdown, pdf, tile_url=tile_url, data=data)
    except (AssetsMissing, PdfError, ValueError) as exc:
        err.print(f"[red]error:[/red] {exc}", soft_wrap=True)
        raise typer.Exit(2) from None
    except OSError as exc:  # -o/--pdf in a read-only place or a directory (missing folders are created): no traceback
        where = exc.filename or output
        err.print(f"[red]error:[/red] cannot write {where}: {exc.strerror or exc}", soft_wrap=True)
        raise typer.Exit(1) from None
    if not paths.events:
        warn_when_period_misses_the_data(engine, flt.since, flt.until)
    typer.echo(f"{paths.events} events; Markdown: {paths.markdown}" + (f"; PDF: {paths.pdf}" if paths.pdf else ""), err=True)
    typer.echo(str(paths.html.resolve()))
