"""``crisisdesk watch SOURCES.txt --every 15m``: poll feeds and pages, report changes."""

from __future__ import annotations

from pathlib import Path

import typer

from crisisdesk.cli import RECODE_HELP, app, check_recode, db_option
from crisisdesk.pipeline import RunOptions
from crisisdesk.sources.http import FetchSettings
from crisisdesk.store.db import open_database
from crisisdesk.store.repository import record_reject
from crisisdesk.watch import Watcher, parse_interval, read_source_list


@app.command("watch")
def watch_command(
    ctx: typer.Context,
    sources: Path = typer.Argument(..., help="Text file with one feed, sitemap or page URL per line (# comments); "
                                   "a line that is no URL is reported (file:line), stored in rejects and skipped."),
    every: str = typer.Option("15m", "--every", help="Time between polls: 30s, 15m, 1h."),
    once: bool = typer.Option(False, "--once", help="Poll once and exit."),
    log: Path = typer.Option(Path("crisisdesk-watch.jsonl"), "--log", help="JSONL file, one report per poll."),
    webhook: str = typer.Option(None, "--webhook", envvar="CRISISDESK_WEBHOOK",
                                help="URL to POST each poll's report (JSON) to when something is new."),
    db: str = typer.Option(None, "--db", help="Database URL or SQLite file (overrides the global --db)."),
    raw_dir: Path = typer.Option(None, "--raw-dir", help="Where fetched pages are kept."),
    no_nlp: bool = typer.Option(False, "--no-nlp", help="Store articles only (no annotation/coding)."),
    retry_rejected: bool = typer.Option(False, "--retry-rejected", help="On the first poll, fetch again the feed "
                                        "items an earlier run rejected (404, robots.txt, no text, "
                                        "failures that lasted 5 polls)."),
    recode: bool = typer.Option(False, "--recode", help=RECODE_HELP + " On the first poll only: the feed "
                                "items fetched before are fetched again (conditionally) to be re-coded."),
) -> None:
    """Poll feeds, sitemaps and pages; fetch new items; run the pipeline; report new
    articles and events to the terminal, a JSONL log and a webhook. Ctrl-C stops."""
    check_recode(recode, no_nlp)
    try:
        interval = parse_interval(every)
        listed = read_source_list(sources)
    except (ValueError, OSError) as exc:
        raise typer.BadParameter(str(exc)) from exc
    urls = listed.urls
    engine = open_database(db_option(ctx, db))
    for reject in listed.rejects:  # reported and kept in the rejects table; the other lines are watched
        typer.echo(f"skipped {reject.detail}", err=True)
        record_reject(engine, reject)
    if not urls:
        raise typer.BadParameter(f"{sources} lists no usable URL"
                                 + (f" ({len(listed.rejects)} unusable line(s), see above)" if listed.rejects else ""))
    watcher = Watcher(urls, engine, options=RunOptions(command="watch", nlp=not no_nlp),
                      fetch_settings=FetchSettings.from_env(raw_dir=raw_dir), log_path=log,
                      webhook=webhook, echo=typer.echo, retry_rejected=retry_rejected, recode=recode,
                      skipped_sources=listed.rejects)
    skipped = f" ({len(listed.rejects)} unusable line(s) of {sources} skipped)" if listed.rejects else ""
    typer.echo(f"watching {len(urls)} source(s) every {every}{skipped}; log: {log}" + ("" if not once else " (once)"))
    watcher.watch(interval, once=once)
