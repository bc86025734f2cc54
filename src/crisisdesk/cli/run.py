"""``crisisdesk run PATH...``: the whole pipeline over files, directories or stdin."""

from __future__ import annotations

import json
import sys
from datetime import datetime, timezone
from pathlib import Path

import typer

from crisisdesk.cli import RECODE_HELP, app, check_recode, db_option
from crisisdesk.pipeline import DEFAULT_DOCUMENT_SECONDS, RunOptions, run
from crisisdesk.sources import DEFAULT_MAX_BYTES
from crisisdesk.sources.dispatch import InputSource
from crisisdesk.sources.http import FetchSettings
from crisisdesk.store.db import open_database


def parse_fetched_at(value: str | None) -> datetime | None:
    """ISO 8601 → UTC datetime ("2025-11-22T08:00Z"; a naive value is UTC)."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError as error:
        # the option named, as other commands' messages do ("Invalid value: not an ..." named none)
        raise typer.BadParameter(f"not an ISO 8601 date-time: {value!r} (e.g. 2025-11-22T08:00Z)",
                                 param_hint="--fetched-at") from error
    return parsed.replace(tzinfo=timezone.utc) if parsed.tzinfo is None else parsed.astimezone(timezone.utc)


@app.command("run")
def run_command(
    ctx: typer.Context,
    paths: list[str] = typer.Argument(..., help="Files, directories (recursive), - for stdin, WARC/ARC files, "
                                      "http(s) URLs of pages, feeds (RSS/Atom) or sitemaps."),
    db: str = typer.Option(None, "--db", help="Database URL or SQLite file (overrides the global --db)."),
    fetched_at: str = typer.Option(None, "--fetched-at", help="Fetch time (ISO 8601, UTC) that '11 hours ago' resolves against; default: each file's modification time."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Reject items larger than this many bytes."),
    patterns: list[Path] = typer.Option([], "--patterns", help="Extra cleaner pattern file (YAML); repeatable."),
    lexicon: list[Path] = typer.Option([], "--lexicon", help="Extra event trigger lexicon file (YAML); repeatable."),
    no_nlp: bool = typer.Option(False, "--no-nlp", help="Extract and store articles only (no annotation/coding)."),
    recode: bool = typer.Option(False, "--recode", help=RECODE_HELP + " With --lexicon: coded with those trigger words too."),
    document_seconds: float = typer.Option(DEFAULT_DOCUMENT_SECONDS, "--document-seconds",
                                           help="Reject an article (reason 'timeout') whose annotation and "
                                           "coding take longer than this many seconds; 0: no limit."),
    as_json: bool = typer.Option(False, "--json", help="Print the run summary as JSON on stdout."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    raw_dir: Path = typer.Option(None, "--raw-dir", help="Where fetched pages are kept (default: "
                                 "$CRISISDESK_RAW_DIR or ./crisisdesk-raw)."),
    retry_rejected: bool = typer.Option(False, "--retry-rejected", help="Fetch again the feed and sitemap "
                                        "items an earlier run rejected for a lasting reason (robots.txt, "
                                        "404, 410, a page with no text...); passing failures (timeouts, "
                                        "5xx, 429) are retried on each run, 5 times at most."),
) -> None:
    """Read news files, extract clean articles, code events and store everything.

    Each bad item is reported (path, line, reason) and stored in the rejects table; the
    run goes on. Exits 1 only when no item could be processed (a feed with no new
    item is not a failure: it says so).
    """
    check_recode(recode, no_nlp)
    options = RunOptions(fetched_at=parse_fetched_at(fetched_at), max_bytes=max_bytes,
                         pattern_files=tuple(patterns), lexicon_files=tuple(lexicon), nlp=not no_nlp,
                         recode=recode, document_seconds=document_seconds or None)
    engine = open_database(db_option(ctx, db))
    inputs = InputSource(paths, engine, fetched_at=options.fetched_at, max_bytes=options.max_bytes,
                         fetch_settings=FetchSettings.from_env(raw_dir=raw_dir), retry_rejected=retry_rejected,
                         recode=recode)
    try:
        summary = run(inputs, engine, options, progress=not quiet and sys.stderr.isatty())
    except KeyboardInterrupt:
        typer.echo("interrupted: the articles stored so far are complete; run again to continue", err=True)
        raise typer.Exit(130) from None
    finally:
        inputs.finish()  # feed items whose pages went through the pipeline
        inputs.close()
    if as_json:
        typer.echo(json.dumps({"run_id": summary.run_id, **summary.counts(), "article_ids": summary.article_ids}))
        typer.echo(summary.line(), err=True)
    else:
        typer.echo(summary.line())
        if not no_nlp and summary.mentions and summary.run_id is not None:
            from crisisdesk.cli.events import print_run_events

            print_run_events(engine, summary.run_id)
    earlier = summary.unchanged_before_run  # stored before this run started (not by a run beside it)
    if earlier and not recode and not no_nlp:
        typer.echo(f"note: {earlier} stored article(s) with unchanged text were not re-coded; "
                   "`crisisdesk run --recode` codes them again with the current rules and lexicon", err=True)
    if summary.unchanged_in_run:
        typer.echo(f"note: {summary.unchanged_in_run} item(s) repeated the text of an article this run had just "
                   "stored; each is stored and coded once", err=True)
    for note in inputs.no_new_items:
        typer.echo(note, err=True)
    if inputs.skipped_database_files:
        typer.echo(f"note: skipped the database's own files: {', '.join(inputs.skipped_database_files)}", err=True)
    if summary.stored + summary.unchanged + summary.recoded == 0 and not inputs.no_new_items:
        if summary.read == 0:
            given = ", ".join(paths)
            typer.echo(f"error: nothing to read in {given}: no readable file (directories are searched "
                       "recursively; hidden files and the database's own files are skipped)", err=True)
        raise typer.Exit(1)
