"""``crisisdesk annotate PATH``: print the actors, places and times found in an article.

A debugging and teaching aid: each item with its character span. ``--json`` prints one
JSON object for machines. Plain text files are read as the article text; a ``.json``
file with a ``text`` field (and optional ``published``, ``title``, ``url``,
``language``) is read as an article.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import date, datetime, timezone
from pathlib import Path

import typer

from crisisdesk.cli import app, db_option
from crisisdesk.cli.console import output_console


def _read_article(path: Path, published: str | None):
    from crisisdesk.records import Article

    raw = path.read_bytes()
    meta: dict = {}
    if path.suffix.lower() == ".json":
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise ValueError("a JSON article needs a string 'text' field")
        text, meta = data["text"], data
    else:
        text = raw.decode("utf-8")
    when = published or meta.get("published")
    published_at = None
    if when:
        d = date.fromisoformat(str(when)[:10])
        published_at = datetime(d.year, d.month, d.day, tzinfo=timezone.utc)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(article_id=digest[:16], text=text, fetched_at=datetime.now(timezone.utc),
                   source_uri=str(path), content_hash=digest, url=meta.get("url"), title=meta.get("title"),
                   published_at=published_at, published_precision="day" if published_at else None,
                   language=meta.get("language"))


def _jsonable(value):
    if dataclasses.is_dataclass(value):
        return {k: _jsonable(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


@app.command()
def annotate(
    ctx: typer.Context,
    path: Path = typer.Argument(..., help="Article: a text file, or a JSON file with a 'text' field."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of tables."),
    published: str = typer.Option(None, "--published", help="Publication date YYYY-MM-DD (anchors 'on Friday', 'this week')."),
    actors: Path = typer.Option(None, "--actors", help="Extra actor dictionary (YAML, format of data/actors.yaml)."),
    db: str = typer.Option(None, "--db", help="Database whose imported gazetteer places are used (default: CRISISDESK_DB, if set)."),
) -> None:
    """Print the actors, places and times that annotation finds in one article."""
    from crisisdesk.annotate import Annotator, ModelNotInstalled
    from crisisdesk.annotate.actors import ActorFileError
    from crisisdesk.config import Settings

    try:
        article = _read_article(path, published)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        typer.echo(f"error: {path}: cannot read article: {exc}", err=True)
        raise typer.Exit(1) from exc
    engine = None
    db = db_option(ctx, db)
    if db:
        from crisisdesk.store.db import open_database

        engine = open_database(db)
    try:
        annotator = Annotator(Settings.from_env(), actors_file=actors, engine=engine)
    except (ModelNotInstalled, ActorFileError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    doc = annotator.annotate(article)
    result = {
        "source": str(path),
        "published": article.published_at.date().isoformat() if article.published_at else None,
        "notes": doc._.annotation_notes,
        "actors": _jsonable(doc._.actors),
        "places": _jsonable(doc._.places),
        "times": _jsonable(doc._.times),
    }
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    _print_tables(result)


def _print_tables(result: dict) -> None:
    from rich.table import Table
    from rich.text import Text

    # everything below comes from the article (spans, names, notes): text, never markup
    console = output_console()
    for note in result["notes"]:
        console.print(Text.assemble(("note:", "yellow"), f" {note}"))

    def row(*cells) -> list[Text]:
        return [Text(str(cell)) for cell in cells]

    def span(item) -> str:
        s = item.get("span") or {}
        return f"{s.get('start')}-{s.get('end')}"

    def text(item) -> str:
        return ((item.get("span") or {}).get("text") or "").replace("\n", " ")

    table = Table(title="Actors")
    for col in ("span", "text", "code", "sector", "actor", "type"):
        table.add_column(col)
    for a in result["actors"]:
        table.add_row(*row(span(a), text(a), a["code"] or "", a["sector"] or "",
                           ("generic" if a["generic"] else a["actor_id"] or a["name"]), a["actor_type"] or ""))
    console.print(table)
    table = Table(title="Places")
    for col in ("span", "text", "resolved", "country", "admin1", "admin2", "geonames", "lat, lon", "precision"):
        table.add_column(col)
    for p in result["places"]:
        point = f"{p['lat']:.4f}, {p['lon']:.4f}" if p["lat"] is not None else ""
        table.add_row(*row(span(p), text(p), p["name"], p["country"] or "", p["admin1"] or "",
                           p["admin2"] or "", p["geonames_id"] or "", point, p["geo_precision"]))
    console.print(table)
    table = Table(title=f"Times (published {result['published'] or 'unknown'})")
    for col in ("span", "text", "start", "end", "precision"):
        table.add_column(col)
    for t in result["times"]:
        table.add_row(*row(span(t), text(t), t["start"], t["end"], t["precision"]))
    console.print(table)
