"""``crisisdesk articles``: list stored articles, ``articles show ID``."""

from __future__ import annotations

import json
from typing import Any

import typer
from rich.table import Table
from rich.text import Text

from crisisdesk.cli import app, db_option
from crisisdesk.cli.console import output_console
from crisisdesk.records import UNDETERMINED_LANGUAGE_NOTE
from crisisdesk.store import repository
from crisisdesk.store.db import open_database

articles_app = typer.Typer(help="List and show stored articles.", invoke_without_command=True, no_args_is_help=False)
app.add_typer(articles_app, name="articles")


def _summary_dict(stored: repository.StoredArticle) -> dict[str, Any]:
    a = stored.article
    return {
        "article_id": a.article_id, "revision": stored.revision, "title": a.title, "site": a.site,
        "author": a.author, "url": a.url,
        "published_at": a.published_at.isoformat() if a.published_at else None,
        "published_precision": a.published_precision, "language": a.language,
        "fetched_at": a.fetched_at.isoformat() if a.fetched_at else None,
        "source_uri": a.source_uri, "words": len(a.text.split()), "paragraphs": len(a.paragraphs),
    }


def _full_dict(stored: repository.StoredArticle) -> dict[str, Any]:
    a = stored.article
    data = _summary_dict(stored)
    data.update({"content_hash": a.content_hash, "extraction_method": a.extraction_method, "notes": a.notes,
                 "text": a.text, "paragraph_offsets": [[p.start, p.end] for p in a.paragraphs],
                 "metadata": a.metadata, "is_latest": stored.is_latest, "run_id": stored.run_id})
    return data


#: What the tables show for an article stored with no language: ``und``, the ISO 639-2
#: code for "undetermined" (a degenerate text, :func:`crisisdesk.text.undetermined_language`).
#: The column was empty before, which read as a missing value, not as a finding.
UNDETERMINED_LANGUAGE = "und"


def language_shown(a: Any) -> str:
    """The article's ISO 639-1 code, or :data:`UNDETERMINED_LANGUAGE` when none was
    determined."""
    return a.language or UNDETERMINED_LANGUAGE


def language_with_reason(a: Any) -> str:
    """:func:`language_shown` and, for an undetermined language, why ("und (500 words
    repeat only 1 distinct word(s); ...)", from the article's note)."""
    if a.language:
        return a.language
    why = next((n[len(UNDETERMINED_LANGUAGE_NOTE):] for n in a.notes or [] if n.startswith(UNDETERMINED_LANGUAGE_NOTE)),
               None)
    return f"{UNDETERMINED_LANGUAGE} ({why})" if why else UNDETERMINED_LANGUAGE


def _published(a: Any) -> str:
    if not a.published_at:
        return ""
    fmt = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d", "week": "%Y-%m-%d"}.get(a.published_precision or "",
                                                                                     "%Y-%m-%d %H:%M")
    return a.published_at.strftime(fmt) + ("" if a.published_precision in ("day", "year", "month", None) else "Z")


@articles_app.callback()
def list_command(
    ctx: typer.Context,
    limit: int = typer.Option(50, "--limit", "-n", help="At most this many articles."),
    language: str = typer.Option(None, "--language", help="Only this language (ISO 639-1; 'und': undetermined)."),
    search: str = typer.Option(None, "--search", help="Only articles whose title or text contains this."),
    as_json: bool = typer.Option(False, "--json", help="JSON on stdout."),
    db: str = typer.Option(None, "--db", help="Database URL or SQLite file."),
) -> None:
    """List stored articles (latest revisions), newest publication first."""
    ctx.obj = {"db": db_option(ctx, db), "json": as_json}
    if ctx.invoked_subcommand is not None:
        return
    engine = open_database(ctx.obj["db"], for_reading=True)
    rows = repository.list_articles(engine, limit=limit, language=language, search=search)
    if as_json:
        typer.echo(json.dumps([_summary_dict(r) for r in rows], ensure_ascii=False, indent=1))
        return
    table = Table(title=f"{len(rows)} of {repository.count_articles(engine)} articles")
    table.add_column("id", no_wrap=True)
    table.add_column("published", no_wrap=True)
    for column in ("site", "lang", "words", "title"):
        table.add_column(column, overflow="fold")
    for r in rows:
        a = r.article
        cells = (a.article_id + (f" r{r.revision}" if r.revision > 1 else ""), _published(a), a.site or "",
                 language_shown(a), str(len(a.text.split())), a.title or "")
        table.add_row(*(Text(cell) for cell in cells))  # article fields are untrusted: never markup
    output_console().print(table)


@articles_app.command("show")
def show_command(
    ctx: typer.Context,
    article_id: str = typer.Argument(..., help="Article id (or a unique prefix of 4+ characters)."),
    revision: int = typer.Option(None, "--revision", help="A given revision instead of the latest."),
    as_json: bool = typer.Option(False, "--json", help="JSON on stdout."),
    db: str = typer.Option(None, "--db", help="Database URL or SQLite file (overrides ``articles --db`` and the global --db)."),
) -> None:
    """Show one article: metadata, paragraphs and the event mentions coded from it."""
    engine = open_database(db or ctx.obj["db"], for_reading=True)
    stored = repository.get_article(engine, article_id, revision)
    if stored is None:
        typer.echo(f"no article {article_id!r} (unknown or ambiguous id)", err=True)
        raise typer.Exit(1)
    mentions = repository.get_mentions(engine, stored.article.article_id)
    if as_json or ctx.obj.get("json"):
        data = _full_dict(stored)
        data["mentions"] = [{"mention_id": m.mention_id, "event_type": m.event_type, "status": m.status,
                             "evidence": m.evidence.sentence, "start_char": m.evidence.start_char,
                             "end_char": m.evidence.end_char, "in_title": m.evidence.in_title} for m in mentions]
        typer.echo(json.dumps(data, ensure_ascii=False, indent=1, default=str))
        return
    console = output_console()
    a = stored.article
    meta = Table.grid(padding=(0, 2))
    for key, value in (("id", f"{a.article_id} (revision {stored.revision})"), ("title", a.title),
                       ("site", a.site), ("author", a.author), ("url", a.url),
                       ("published", f"{_published(a)} ({a.published_precision or 'unknown'} precision)"),
                       ("language", language_with_reason(a)), ("fetched", a.fetched_at.isoformat() if a.fetched_at else ""),
                       ("source", a.source_uri), ("extraction", a.extraction_method),
                       ("notes", ", ".join(a.notes)), ("mentions", str(len(mentions)))):
        meta.add_row(Text(key, style="bold"), Text(str(value or "")))
    console.print(meta)
    console.print()
    for p in a.paragraphs:
        console.print(Text.assemble((f"{p.start}-{p.end}", "dim"), " ", a.text[p.start:p.end]), highlight=False)
    for m in mentions:
        where = "title " if m.evidence.in_title else ""
        console.print(Text.assemble("\n", (f"{m.event_type} {m.status} {where}{m.evidence.start_char}-{m.evidence.end_char}",
                                           "bold"), " ", " ".join(m.evidence.sentence.split())), highlight=False)
