"""``crisisdesk events``: list and filter stored event mentions; the event table of ``run``.

Filters combine (AND): ``--country`` (ISO alpha-3 or a country name), ``--admin1``,
``--actor`` (name or code, e.g. JNIM, FRAGOV, FRA), ``--type`` in any vocabulary
(PLOVER type, CAMEO code prefix, ACLED event_type or sub_event_type, CASE 2021 label),
``--status`` (repeatable: any of the values), ``--since``/``--until`` (event date, YYYY-MM-DD or 30d/8w/6m/1y back from today, inclusive), ``--text``
(words in the evidence sentence). Output: a table, ``--json`` (one JSON list) or
``--csv``. Queries go through SQLAlchemy expressions on the ``event_mentions`` table.
"""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text
from sqlalchemy import Engine, func, or_, select
from sqlalchemy.orm import Session

from crisisdesk.cli import app, db_option
from crisisdesk.cli.console import output_console
from crisisdesk.cli.filters import (actor_spellings, normalize_statuses, resolve_admin1, resolve_country,
                                    warn_when_no_actor_matches, warn_when_period_misses_the_data)
from crisisdesk.coding.ontology import load_ontology
from crisisdesk.records import ActorRef, EventMention
from crisisdesk.store.db import open_database
from crisisdesk.store.models import EventMentionRow
from crisisdesk.store.names import country_alpha3
from crisisdesk.store.queries import (QueryError, actor_condition, actor_queries, date_text,
                                      parse_since, source_wording, text_condition, text_spellings)
from crisisdesk.store.repository import row_to_mention

CSV_FIELDS = (
    "mention_id", "article_id", "event_date", "date_end", "time_precision", "event_type", "mode", "contexts",
    "cameo_code", "quad_class", "goldstein", "acled_event_type", "acled_sub_event_type", "source", "target",
    "place", "country", "admin1", "latitude", "longitude", "geo_precision", "status", "claimed_by",
    "reported_by", "reported_by_code",
    "fatalities_min", "fatalities_max", "injured_min", "evidence", "start_char", "end_char", "trigger",
    "confidence", "in_title",
)
STATUSES = ("asserted", "claimed", "threatened", "hypothetical", "negated", "historical", "generic")


@dataclass(frozen=True)
class EventFilter:
    """Filters of ``crisisdesk events`` (None = no filter). Dates are inclusive."""

    country: str | None = None
    #: a name (case-insensitive substring) or the stored spellings to match exactly
    admin1: str | tuple[str, ...] | None = None
    actor: str | None = None
    #: other stored spellings ``actor`` stands for once accents are set aside, matched
    #: as well as it (:func:`crisisdesk.cli.filters.actor_spellings`: "Goita" -> "Goïta")
    actor_spellings: tuple[str, ...] = ()
    event_type: str | None = None
    #: one status or several (any of them matches)
    status: str | tuple[str, ...] | None = None
    since: date | None = None
    until: date | None = None
    text: str | None = None
    #: the spellings ``text`` stands for, accents set aside
    #: (:func:`crisisdesk.store.queries.text_spellings`: "segou" -> "Ségou")
    text_spellings: tuple[str, ...] = ()
    #: who the report is attributed to: a substring of ``reported_by`` or its actor code
    reported_by: str | None = None
    article_ids: tuple[str, ...] | None = None
    #: only the mentions stored by this run (``event_mentions.run_id``)
    run_id: int | None = None
    limit: int | None = None


def query_mentions(engine: Engine, flt: EventFilter) -> list[EventMention]:
    """Stored mentions matching ``flt``, by event date then article and position.
    Raises ValueError for an unknown country, type or status."""
    q = select(EventMentionRow)
    if flt.country:
        q = q.where(EventMentionRow.country == country_alpha3(flt.country))
    if isinstance(flt.admin1, tuple):
        q = q.where(EventMentionRow.admin1.in_(flt.admin1))
    elif flt.admin1:
        q = q.where(EventMentionRow.admin1.ilike(f"%{flt.admin1}%"))
    if flt.actor:
        q = q.where(actor_condition(actor_queries(flt.actor, flt.actor_spellings), EventMentionRow.source_actors,
                                    EventMentionRow.target_actors, EventMentionRow.actor_codes))
    if flt.event_type:
        resolved = load_ontology().resolve_type_query(flt.event_type)  # refuses --type 999 too
        if "event_type" in resolved:
            q = q.where(EventMentionRow.event_type == resolved["event_type"])
        elif "cameo_prefix" in resolved:
            q = q.where(EventMentionRow.cameo_code.startswith(resolved["cameo_prefix"]))
        elif "acled_event_type" in resolved:
            q = q.where(EventMentionRow.acled_event_type == resolved["acled_event_type"])
        else:
            q = q.where(EventMentionRow.acled_sub_event_type == resolved["acled_sub_event_type"])
    if flt.status:
        statuses = (flt.status,) if isinstance(flt.status, str) else tuple(flt.status)
        for status in statuses:
            if status not in STATUSES:
                raise ValueError(f"unknown status {status!r}: one of {', '.join(STATUSES)}")
        q = q.where(EventMentionRow.status.in_(statuses))
    if flt.since:
        q = q.where(EventMentionRow.event_date >= flt.since)
    if flt.until:
        q = q.where(EventMentionRow.event_date <= flt.until)
    if flt.text:
        q = q.where(text_condition(flt.text_spellings or (flt.text,), EventMentionRow.evidence))
    if flt.reported_by:
        q = q.where(or_(EventMentionRow.reported_by.ilike(f"%{flt.reported_by}%"),
                        EventMentionRow.reported_by_code.ilike(flt.reported_by)))
    if flt.article_ids is not None:
        q = q.where(EventMentionRow.article_id.in_(flt.article_ids))
    if flt.run_id is not None:
        q = q.where(EventMentionRow.run_id == flt.run_id)
    q = q.order_by(EventMentionRow.event_date, EventMentionRow.article_id, EventMentionRow.start_char,
                   EventMentionRow.mention_id)
    if flt.limit:
        q = q.limit(flt.limit)
    with Session(engine) as session:
        return [row_to_mention(row) for row in session.scalars(q)]


def actor_label(actors: Iterable[ActorRef]) -> str:
    """"JNIM", "FRAGOV", "generic: truck drivers (CVL)" joined by ' + '."""
    labels = []
    for a in actors:
        if a.generic:
            labels.append(f"{a.name} ({a.code or a.sector or '?'})")
        else:
            labels.append(a.code or a.name)
    return " + ".join(labels) or "?"


def mention_record(m: EventMention) -> dict[str, Any]:
    """A flat JSON/CSV record of a mention (field names from PLOVER, CAMEO and ACLED)."""
    return {
        "mention_id": m.mention_id, "article_id": m.article_id,
        "event_date": m.event_date.isoformat() if m.event_date else None,
        "date_end": m.date_end.isoformat() if m.date_end else None, "time_precision": m.time_precision,
        "event_type": m.event_type, "mode": m.mode, "contexts": ";".join(m.contexts),
        "cameo_code": m.cameo_code, "quad_class": m.quad_class, "goldstein": m.goldstein,
        "acled_event_type": m.acled_event_type, "acled_sub_event_type": m.acled_sub_event_type,
        "source": actor_label(m.source_actors) if m.source_actors else None,
        "target": actor_label(m.target_actors) if m.target_actors else None,
        "place": m.place.name if m.place else None, "country": m.place.country if m.place else None,
        "admin1": m.place.admin1 if m.place else None,
        "latitude": m.place.lat if m.place else None, "longitude": m.place.lon if m.place else None,
        "geo_precision": m.place.geo_precision if m.place else None,
        "status": m.status, "claimed_by": m.claimed_by,
        "reported_by": m.reported_by, "reported_by_code": m.reported_by_code,
        "fatalities_min": m.fatalities.min if m.fatalities else None,
        "fatalities_max": m.fatalities.max if m.fatalities else None,
        "injured_min": m.injured.min if m.injured else None,
        "evidence": m.evidence.sentence, "start_char": m.evidence.start_char, "end_char": m.evidence.end_char,
        "trigger": m.evidence.trigger.text if m.evidence.trigger else None, "confidence": m.confidence,
        "in_title": m.evidence.in_title,  # the evidence is the headline: offsets into the title
    }


def excerpt(m: EventMention, width: int = 90) -> str:
    """The evidence sentence on one line, cut around the trigger to ``width`` characters."""
    text = " ".join(m.evidence.sentence.split())
    if len(text) <= width:
        return text
    trig = m.evidence.trigger.text if m.evidence.trigger else ""
    pos = max(0, text.find(trig) - width // 3) if trig else 0
    cut = text[pos:pos + width]
    return ("…" if pos else "") + cut + ("…" if pos + width < len(text) else "")


#: The key printed under the event table: what its abbreviations mean (``records.py``:
#: ACLED-style geo_precision extended with 4).
EVENTS_TABLE_KEY = ("place (country, pN): N is the geo_precision, 1 town or exact point, 2 near a town, "
                    "3 region, 4 country only; ✝ N: reported killed (N+ a range)")


def events_table(mentions: list[EventMention], title: str | None = None) -> Table:
    """A rich Table: date (no more precise than known: ``store.queries.date_text``),
    type, source → target, place, status, evidence excerpt.
    The status cell names who stands behind the mention as ``situation`` and the web
    events table do (``store.queries.source_wording``): "claimed by X" for a claimed
    mention, "per X" for any other.

    Every cell is a plain ``rich.text.Text``: article text is untrusted and may hold
    square brackets that rich would otherwise read as markup (``[/bold]`` raises
    ``MarkupError``, ``[red]`` restyles the terminal)."""
    table = Table(title=title, show_lines=False, expand=False, caption=EVENTS_TABLE_KEY)
    for name in ("date", "type", "source → target", "place", "status", "evidence"):
        table.add_column(name, overflow="fold")
    for m in mentions:
        when = date_text(m.event_date, m.date_end, m.time_precision)
        etype = m.event_type + (f"/{m.mode}" if m.mode else "")
        if m.acled_sub_event_type:
            etype += f"\n{m.acled_sub_event_type}"
        if m.fatalities and m.fatalities.min:
            etype += f"\n✝ {m.fatalities.min}" + ("" if m.fatalities.max == m.fatalities.min else "+")
        place = "?"
        if m.place:
            place = f"{m.place.name} ({m.place.country or '?'}, p{m.place.geo_precision})"
        who = source_wording(m.status, m.claimed_by, m.reported_by)
        status = m.status + (f"\n{who}" if who else "")
        cells = (when, etype, f"{actor_label(m.source_actors)} → {actor_label(m.target_actors)}",
                 place, status, excerpt(m))
        table.add_row(*(Text(cell) for cell in cells))
    return table


#: At most this many rows in the event table ``run`` prints.
RUN_TABLE_ROWS = 50


def print_run_events(engine: Engine, run_id: int, console: Console | None = None,
                     max_rows: int = RUN_TABLE_ROWS) -> None:
    """Print the table of the event mentions stored by run ``run_id`` (after its summary
    line): nothing when it stored none (unchanged articles keep their earlier mentions);
    at most ``max_rows`` rows, then a line saying how many more ``crisisdesk events`` lists."""
    mentions = query_mentions(engine, EventFilter(run_id=run_id))
    if not mentions:
        return
    console = console or output_console()
    shown = mentions[:max_rows]
    title = f"{len(mentions)} event mentions stored by this run"
    if len(shown) < len(mentions):
        title += f" (the first {len(shown)})"
    console.print(events_table(shown, title=title))
    if len(shown) < len(mentions):
        console.print(Text(f"... {len(mentions) - len(shown)} more, see `crisisdesk events`"))


def _parse_date(value: str | None, name: str) -> date | None:
    """``YYYY-MM-DD`` or a period back from today UTC (``30d``, ``8w``, ``6m``, ``1y``),
    read as ``report``/``export``/``serve`` read it (``store.queries.parse_since``)."""
    try:
        return parse_since(value)
    except QueryError as error:
        raise typer.BadParameter(f"{name}: {error}") from None


@app.command("events")
def events_command(
    ctx: typer.Context,
    db: str = typer.Option(None, "--db", help="Database URL or SQLite file (overrides the global --db)."),
    country: str = typer.Option(None, "--country", help="ISO alpha-3 code or country name."),
    admin1: str = typer.Option(None, "--admin1", help="Admin1 region name, case- and accent-insensitive (Segou = Ségou); else a substring."),
    actor: str = typer.Option(None, "--actor", help="Actor name or code (JNIM, FRAGOV, FRA); accents optional (Goita = Goïta)."),
    event_type: str = typer.Option(None, "--type", help="PLOVER type, CAMEO code, ACLED (sub-)event type or CASE label."),
    status: list[str] = typer.Option(None, "--status", help="asserted, claimed, threatened, hypothetical, negated, historical, generic (repeatable: any of them)."),
    since: str = typer.Option(None, "--since", help="Earliest event date: YYYY-MM-DD, or a period back from today (30d, 8w, 6m, 1y)."),
    until: str = typer.Option(None, "--until", help="Latest event date: YYYY-MM-DD or a period back from today (30d)."),
    text: str = typer.Option(None, "--text", help="Words in the evidence sentence, any case; accents optional (segou = Ségou)."),
    reported_by: str = typer.Option(None, "--reported-by", help="Who the report is attributed to: words of the speaker (army, residents) or its actor code (MLIMIL)."),
    limit: int = typer.Option(None, "--limit", min=1, help="At most this many mentions (1 or more)."),
    as_json: bool = typer.Option(False, "--json", help="JSON list on stdout."),
    as_csv: bool = typer.Option(False, "--csv", help="CSV with a header row on stdout."),
) -> None:
    """List stored event mentions with filters; a table, --json or --csv."""
    if as_json and as_csv:
        raise typer.BadParameter("choose one output format: --json or --csv, not both", param_hint="--json/--csv")
    first, last = _parse_date(since, "--since"), _parse_date(until, "--until")
    if first and last and first > last:  # as report and export say; before, an empty list
        raise typer.BadParameter(f"since ({first}) is after until ({last})", param_hint="--since/--until")
    engine = open_database(db_option(ctx, db), for_reading=True)
    spellings = actor_spellings(engine, actor)  # once: it may read the stored actor lists
    flt = EventFilter(country=resolve_country(country), admin1=resolve_admin1(engine, admin1), actor=actor,
                      actor_spellings=spellings, event_type=event_type, status=normalize_statuses(status),
                      since=first, until=last, text=text, text_spellings=text_spellings(engine, text),
                      reported_by=reported_by, limit=limit)
    warn_when_no_actor_matches(engine, actor, spellings)
    try:
        mentions = query_mentions(engine, flt)
    except ValueError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from None
    if not mentions:
        warn_when_period_misses_the_data(engine, first, last)
    records = [mention_record(m) for m in mentions]
    if as_json:
        typer.echo(json.dumps(records, ensure_ascii=False, indent=1))
    elif as_csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
    else:
        output_console().print(events_table(mentions, title=f"{len(mentions)} event mentions"))
