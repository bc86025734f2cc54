"""``crisisdesk situation``: timeline, surges, risk levels, actor network and key
developments for a country, an admin1 region or a radius around a point; and
``crisisdesk consolidate`` to (re)build events from stored mentions."""

from __future__ import annotations

import calendar
import json
import re
from datetime import date, timedelta

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text
from sqlalchemy.orm import Session

from crisisdesk.analysis.developments import KeyDevelopment
from crisisdesk.analysis.risk import LEVEL_NAMES
from crisisdesk.analysis.scope import Scope, last_day_covered, parse_point, parse_since
from crisisdesk.analysis.situation import Situation, event_summary, situation
from crisisdesk.analysis.timeline import COUNTED_STATUSES
from crisisdesk.cli import app, db_option
from crisisdesk.cli.console import output_console
from crisisdesk.cli.filters import resolve_admin1, resolve_country
from crisisdesk.consolidate import rebuild, update
from crisisdesk.store.db import open_database
from crisisdesk.store.models import EventMentionRow
from crisisdesk.store.queries import count_text, date_text, source_wording

_LEVEL_STYLE = {1: "green", 2: "yellow", 3: "dark_orange", 4: "bold red"}


@app.command("situation")
def situation_command(
    ctx: typer.Context,
    country: str = typer.Option(None, "--country", help="ISO 3166-1 code or country name, any case: MLI, Mali."),
    admin1: str = typer.Option(None, "--admin1", help="Admin1 region name, case- and accent-insensitive: Segou = Ségou."),
    near: str = typer.Option(None, "--near", help="LAT,LON in decimal degrees: events within --km of it."),
    km: float = typer.Option(100.0, "--km", help="Radius (km, haversine) for --near."),
    since: str = typer.Option("30d", "--since", help="Period start: 30d, 8w, 3m, 1y or YYYY-MM-DD."),
    until: str = typer.Option(None, "--until", help="Period end YYYY-MM-DD (default: the last day the data covers, "
                              "the latest article publication or event date, at most today)."),
    as_json: bool = typer.Option(False, "--json", help="JSON on stdout."),
    db: str = typer.Option(None, "--db", help="Database URL or SQLite file."),
) -> None:
    """Situation of an area over a period: events by type and ISO week, fatalities by
    week, surges against the 8-week baseline (Poisson test), risk level 1-4 per admin1
    with the events behind it, who acts on whom, and key developments."""
    engine = open_database(db_option(ctx, db), for_reading=True)
    with Session(engine) as session:
        try:
            period_end = None if until else last_day_covered(session)
            end = date.fromisoformat(until) if until else period_end.day
            start = parse_since(since, end)
            point = parse_point(near) if near else None
        except ValueError as error:
            raise typer.BadParameter(str(error)) from None
        if start > end:
            raise typer.BadParameter(f"--since {since} is after the period end {end}")
        if not km > 0:
            raise typer.BadParameter(f"--km {km:g} is no radius: give a distance above 0 km")
        matched = resolve_admin1(session, admin1)
        scope = Scope(since=start, until=end, country=resolve_country(country),
                      admin1=matched[0] if matched else admin1, near=point, km=km,
                      until_basis=period_end.describe() if period_end else None)
        result = situation(session, scope)
    if as_json:
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    print_situation(result, output_console())


def print_situation(result: Situation, console: Console) -> None:
    """Render a :class:`Situation` with rich tables. Every value that comes from
    articles (actor, place and region names, evidence sentences, claims) is passed as
    plain :class:`~rich.text.Text`, never as markup: a "[bold]" in an article stays text."""
    data = result.to_dict()
    console.rule(Text(f"Situation: {result.scope.describe()}"))
    if result.scope.until_basis:
        console.print(Text(f"Period ends {result.scope.until_basis}."))
    if result.stand_ins_left_out:
        n = result.stand_ins_left_out
        console.print(Text(f"Left out of the radius: {n} event{'s' if n != 1 else ''} whose point is only a stand-in "
                           "inside it (a region seat or country centroid standing in for a place known only by its "
                           "region or country, geo_precision 3-4): its real distance is unknown."))
    # only events that happened (asserted, claimed) are counted; the negated,
    # hypothetical, generic... ones are named apart, never added to the count
    by_status = data["by_status"]
    statuses = ", ".join(f"{n} {s}" for s, n in by_status.items() if s in COUNTED_STATUSES) or "none"
    others = ", ".join(f"{n} {s}" for s, n in by_status.items() if s not in COUNTED_STATUSES)
    also = f"; also reported, not counted: {others}" if others else ""
    count = data["events"]
    console.print(Text(f"{count} event{'s' if count != 1 else ''} ({statuses}{also}); {result.fatalities_text()}."))
    if not result.events:
        console.print("No consolidated event in this area and period.")
        return

    console.print(timeline_table(result))
    if note := coarse_note(result):
        console.print(Text(note))
    if note := timeline_note(result):
        console.print(Text(note))

    baseline = result.baseline
    if not baseline.available:
        console.print(Text.assemble(("Surges", "bold"), f": {baseline.text}."))
    else:
        console.print(Text.assemble(("Surges", "bold"), f" (this week vs the {baseline.text}, one-sided Poisson test):"))
        for surge in result.surges:
            console.print(Text(f"  • {surge.text}"))
        if not result.surges:
            console.print("  none detected")

    if not result.risks:
        console.print(Text.assemble(("Risk levels", "bold"), ": no event is located in an admin1 region (geocoding gave none)."))
    risks = Table(title="Risk level per admin1 (travel-advisory style)")
    for col in ("region", "level", "score", "why"):
        risks.add_column(col)
    for risk in result.risks:
        risks.add_row(Text(f"{risk.admin1} ({risk.country})"),
                      Text(f"{risk.level} {LEVEL_NAMES[risk.level]}", style=_LEVEL_STYLE[risk.level]),
                      f"{risk.score:.1f}", Text(risk.reason()))
    if result.risks:
        console.print(risks)

    relations = Table(title="Who acts on whom")
    for col in ("source", "target", "events", "types", "killed"):
        relations.add_column(col)
    for rel in result.relations:
        types = ", ".join(f"{t} {n}" for t, n in rel["types"].items())
        relations.add_row(Text(rel["source"]), Text(rel["target"]), str(rel["count"]), Text(types), str(rel["fatalities"]))
    console.print(relations)

    console.print(Text("Key developments", style="bold"), "(importance = event score × (1 + log2 sources)):")
    for rank, development in enumerate(result.developments, 1):
        console.print(Text(f"{rank:2}. {development_line(development)}"))
        evidence = development.evidence
        quote = f"“{evidence.sentence}”" + (f" {evidence.url}" if evidence.url else "") if evidence else "(evidence not stored)"
        console.print(Text(f"    {quote}", style="italic"))


_UNIT_TITLE = {"week": "ISO week", "month": "month", "year": "year"}


def timeline_table(result: Situation) -> Table:
    """Events by type per period (ISO week ``W46``, month ``2025-11`` or year ``2025``,
    as :func:`crisisdesk.analysis.timeline.situation_timeline` chose), with the totals
    and the killed (see :func:`timeline_note` for where it starts)."""
    timeline = result.timeline
    table = Table(title=f"Events by type and {_UNIT_TITLE[timeline.unit]}", show_lines=False)
    table.add_column("type")
    for label in timeline.periods:
        table.add_column(_column_header(label, timeline.unit), justify="right")
    for label, counts in timeline.by_type.items():
        table.add_row(Text(label), *[str(c) if c else "·" for c in counts])
    table.add_row(Text("all", style="bold"), *[str(c) for c in timeline.total])
    table.add_row(Text("killed", style="bold"), *[str(c) for c in timeline.fatalities])
    for known_to, cells in coarse_rows(timeline).items():
        table.add_row(Text(f"{known_to} only (n)", style="italic"), *cells)
    return table


def coarse_rows(timeline) -> dict[str, list[str]]:
    """Rows for the events dated more coarsely than the timeline's columns
    (``timeline.coarse``: "in late October" in a weekly timeline): ``{"month": cells}``,
    each cell ``"(n)"`` in every column that falls in a month holding ``n`` such
    events (drawn across its month, never in one week) and ``""`` elsewhere; these
    events are in no column's count, nor in "all" (:func:`coarse_note` says so)."""
    rows: dict[str, list[str]] = {}
    for label, by_type in timeline.coarse.items():
        known_to = "year" if len(label) == 4 else "month"
        cells = rows.setdefault(known_to, [""] * len(timeline.periods))
        n = sum(by_type.values())
        for i, column in enumerate(timeline.periods):
            if _column_in(column, timeline.unit, label):
                cells[i] = f"({n})"
    return rows


def _column_in(column: str, unit: str, label: str) -> bool:
    """Whether the timeline column ``column`` (``2025-W44``, ``2025-11``) overlaps the
    month (``2025-10``) or year (``2025``) ``label``."""
    if unit == "week":
        year, week = column.split("-W")
        monday = date.fromisocalendar(int(year), int(week), 1)
        days = [monday + timedelta(days=k) for k in range(7)]
        return any(f"{d.year}-{d.month:02d}".startswith(label) if len(label) == 7 else str(d.year) == label
                   for d in days)
    return column.startswith(label)


def coarse_note(result: Situation) -> str | None:
    """What the "(n)" row of the timeline means, with the events per month or year and
    type: "Dated to the month only, in no week's count (shown "(n)" across the month's
    weeks): 2025-10: 1 Battles." None when every event fits a column."""
    timeline = result.timeline
    if not timeline.coarse:
        return None
    unit = timeline.unit
    parts = "; ".join(f"{label}: " + ", ".join(f"{n} {kind}" for kind, n in by_type.items())
                      for label, by_type in timeline.coarse.items())
    return (f"Dated to the month or year only, so in no {unit}'s count nor in \"all\" (shown \"(n)\" "
            f"across the {unit}s of that month or year): {parts}.")


def timeline_note(result: Situation) -> str | None:
    """"Timeline from the first event (2025-05-01) to 2025-11-30." when the timeline
    starts after the period does, else None."""
    timeline = result.timeline
    if timeline.start and timeline.start > result.scope.since:
        return (f"Timeline from the first event ({timeline.start.isoformat()}) to "
                f"{result.scope.until.isoformat()}.")
    return None


def _column_header(label: str, unit: str) -> str:
    """``2025-W46`` → ``W46``; ``2025-11`` → ``2025`` over ``Nov`` (narrow columns);
    a year stays as it is."""
    if unit == "week":
        return label.split("-")[1]
    if unit == "month":
        year, month = label.split("-")
        return f"{year}\n{calendar.month_abbr[int(month)]}"
    return label


def _status_with_source(status: str, claimed_by: str | None, reported_by: str | None) -> str:
    """``asserted (per X)``, ``claimed (claimed by X)`` or the bare status."""
    wording = source_wording(status, claimed_by, reported_by)
    return f"{status} ({wording})" if wording else status


def tolls_by_source_text(disagreements: dict) -> str:
    """Whose each toll of an event is, when its reports disagree: ``"4 soldiers per the
    Malian Armed Forces, 11 soldiers per JNIM"`` from the event's
    ``disagreements["fatalities_by_source"]`` (``[toll, victims, source]`` rows,
    ``consolidate.events._tolls_by_source``); ``""`` when fewer than two sources gave a
    toll. Sources giving the same toll (of the same victims) are one group, lowest toll
    first; a group names at most two sources and counts the rest ("6 per bamako-daily.example
    and 11 others"), so an event reported by twenty outlets keeps a readable line. The
    victims are named only when the tolls are of different groups; a source written with
    a leading "The" is lower-cased there ("per the army") as it sits mid-sentence."""
    rows = [row for row in disagreements.get("fatalities_by_source") or [] if isinstance(row, list) and len(row) == 3]
    if len({row[2] for row in rows}) < 2:
        return ""

    def low(toll: str) -> int:
        digits = re.search(r"\d+", toll)
        return int(digits.group()) if digits else 0

    named = len({row[1] for row in rows}) > 1
    groups: dict[tuple[str, str], list[str]] = {}
    for toll, victims, source in sorted(rows, key=lambda r: (low(r[0]), r[0], r[2])):
        source = re.sub(r"^The\b", "the", source)
        names = groups.setdefault((toll, victims if named and victims else ""), [])
        if source not in names:
            names.append(source)

    def whose(names: list[str]) -> str:
        if len(names) <= 2:
            return " and ".join(names)
        return f"{names[0]} and {len(names) - 1} others"

    return ", ".join(f"{toll}{' ' + victims if victims else ''} per {whose(names)}"
                     for (toll, victims), names in groups.items())


def development_line(development: KeyDevelopment) -> str:
    """One line for a key development: date (as precise as known, ``store.queries.date_text``:
    "2025-09" for a month), type, source → target, place (admin1 or
    country), status (with who claimed or reports it: ``store.queries.source_wording``), killed (``store.queries.count_text``: "12", "5-7",
    "at least 12"; with whose each toll is when sources disagree, :func:`tolls_by_source_text`:
    "4-11 killed: 4 per the Malian Armed Forces, 11 per JNIM"), sources."""
    s = event_summary(development.event)
    event = development.event
    parts = [date_text(event.event_date, event.date_end, event.time_precision), s["type"],
             f"{', '.join(s['source']) or '?'} → {', '.join(s['target']) or '?'}",
             f"{s['place'] or '?'} ({s['admin1'] or s['country'] or '?'})",
             _status_with_source(s["status"], s["claimed_by"], s.get("reported_by"))]
    if s["fatalities"]:
        toll = count_text(s["fatalities"]["min"], s["fatalities"]["max"])
        if toll:
            by_source = tolls_by_source_text(s.get("disagreements") or {})
            parts.append(f"{toll} killed" + (f": {by_source}" if by_source else ""))
    parts.append(f"{s['num_sources']} source{'s' if s['num_sources'] != 1 else ''}")
    return " · ".join(str(p) for p in parts)


@app.command("consolidate")
def consolidate_command(
    ctx: typer.Context,
    rebuild_all: bool = typer.Option(False, "--rebuild", help="Drop all events and consolidate every mention again."),
    db: str = typer.Option(None, "--db", help="Database URL or SQLite file."),
) -> None:
    """Merge stored event mentions that have no event yet into events (incremental;
    ``crisisdesk run`` does this after every 50 stored articles and at its end, so a
    run killed before its end leaves mentions for this command or the next run).
    ``--rebuild`` starts over."""
    engine = open_database(db_option(ctx, db))
    with Session(engine) as session, session.begin():
        if rebuild_all:
            result = rebuild(session)
        else:
            article_ids = session.scalars(
                EventMentionRow.__table__.select().with_only_columns(EventMentionRow.article_id)
                .where(EventMentionRow.event_id.is_(None)).distinct()
            ).all()
            result = update(session, article_ids)
    typer.echo(f"mentions assigned {result.mentions_assigned}, events created {len(result.events_created)}, "
               f"updated {len(result.events_updated)}, near-duplicate articles {result.near_duplicates}")
