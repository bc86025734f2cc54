"""``crisisdesk backfill PATHS... --workers N [--scheduler ADDRESS] [--db URL]``."""

from __future__ import annotations

from pathlib import Path

import typer

from crisisdesk.backfill import DEFAULT_PARTITION_BYTES, PartitionResult, backfill
from crisisdesk.cli import RECODE_HELP, app, check_recode, db_option
from crisisdesk.pipeline import RunOptions


@app.command("backfill")
def backfill_command(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(..., help="WARC/ARC files (gzipped or not), JSONL files, or directories of them."),
    workers: int = typer.Option(2, "--workers", "-w", min=1, help="Worker processes of the local Dask cluster."),
    scheduler: str = typer.Option(None, "--scheduler", help="Address of a running Dask scheduler (tcp://host:8786)."),
    db: str = typer.Option(None, "--db", help="Target database: a PostgreSQL URL (workers write to it) or a SQLite file "
                           "(per-partition files merged at the end)."),
    workdir: Path = typer.Option(None, "--workdir", help="Where per-partition SQLite files go (default: <db>.parts)."),
    partition_mb: int = typer.Option(DEFAULT_PARTITION_BYTES // 2**20, "--partition-mb", min=1,
                                     help="Approximate partition size in MiB."),
    no_nlp: bool = typer.Option(False, "--no-nlp", help="Extract and store articles only (no annotation/coding)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    recode: bool = typer.Option(False, "--recode", help=RECODE_HELP),
) -> None:
    """Backfill from web archives or JSONL exports on a Dask cluster (same pipeline as run)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    check_recode(recode, no_nlp)
    options = RunOptions(command="backfill", nlp=not no_nlp, recode=recode)
    console = Console(stderr=True)
    progress = Progress(TextColumn("partitions"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("ETA"),
                        TimeRemainingColumn(), console=console, disable=quiet)
    state = {"items": 0, "task": None}

    def on_progress(result: PartitionResult, done: int, total: int) -> None:
        if state["task"] is None:
            state["task"] = progress.add_task("backfill", total=total, rate="")
        state["items"] += result.counts.get("read", 0)
        elapsed = progress.tasks[0].elapsed or 1e-9
        progress.update(state["task"], completed=done, rate=f"{state['items'] / elapsed:.1f} items/s")

    try:
        with progress:
            summary = backfill([str(p) for p in paths], workers=workers, scheduler=scheduler,
                               db=db_option(ctx, db), workdir=workdir, options=options,
                               partition_bytes=partition_mb * 2**20, on_progress=on_progress)
    except (ValueError, FileNotFoundError) as exc:
        raise typer.BadParameter(str(exc)) from exc
    typer.echo(summary.line())
    if sum(summary.counts.get(key, 0) for key in ("stored", "unchanged", "recoded")) == 0:
        raise typer.Exit(1)
