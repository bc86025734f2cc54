"""``crisisdesk gazetteer import FILE``: add a GeoNames country dump to the gazetteer."""

from __future__ import annotations

from pathlib import Path

import typer

from crisisdesk.cli import app, db_option

gazetteer_app = typer.Typer(help="Manage the gazetteer used for geocoding (GeoNames places).",
                            no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("import")
def import_(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="GeoNames dump, e.g. ML.txt from the GeoNames export (19 tab-separated columns)."),
    db: str = typer.Option(None, "--db", help="Database URL or SQLite path (default: CRISISDESK_DB or crisisdesk.db)."),
) -> None:
    """Import every place of a GeoNames dump into the ``gazetteer_places`` table;
    annotation then resolves those places too. Re-importing updates, never duplicates.
    A malformed line is reported as ``PATH:LINE: reason`` on stderr and skipped, the
    other places are imported; a file with no GeoNames line at all is refused (exit 1)."""
    from crisisdesk.annotate.gazetteer import GeonamesFormatError, import_geonames_dump
    from crisisdesk.store.db import open_database

    if not file.is_file():
        typer.echo(f"error: {file}: no such file", err=True)
        raise typer.Exit(2)
    engine = open_database(db_option(ctx, db))
    bad: list[GeonamesFormatError] = []

    def skip(error: GeonamesFormatError) -> None:
        bad.append(error)
        typer.echo(f"skipped {error}", err=True)

    try:
        count = import_geonames_dump(file, engine, on_bad_line=skip)
    except UnicodeDecodeError as exc:
        typer.echo(f"error: {file}: not a GeoNames dump: {exc}", err=True)
        raise typer.Exit(1) from exc
    if count == 0 and bad:
        typer.echo(f"error: {file}: not a GeoNames dump: no line has its 19 columns ({len(bad)} malformed)", err=True)
        raise typer.Exit(1)
    skipped = f"; skipped {len(bad)} malformed line(s)" if bad else ""
    typer.echo(f"imported {count} places from {file}{skipped}")
