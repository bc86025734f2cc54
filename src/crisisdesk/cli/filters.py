"""Event filter options shared by ``report``, ``export`` and friends (argument handling
only: the values become a :class:`crisisdesk.store.queries.EventFilter`)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import typer
from sqlalchemy import Engine

from crisisdesk.store.names import country_alpha3, matching_names, stored_admin1_values
from crisisdesk.store.queries import EventFilter, QueryError, actor_found, actor_spellings, parse_since, text_spellings

__all__ = ["actor_spellings"]  # re-exported: ``crisisdesk events`` imports it from here


def resolve_country(country: str | None) -> str | None:
    """ISO alpha-3 for ``--country`` given as a code or a name, any case (``Mali``,
    ``mli``, ``ML``); None stays None. Unknown -> ``typer.BadParameter`` (exit 2)."""
    if not country:
        return None
    try:
        return country_alpha3(country)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--country") from None


def check_event_type(event_type: str | None) -> None:
    """Refuse a ``--type`` no vocabulary knows (``typer.BadParameter``, exit 2), as
    ``crisisdesk events`` does: a typo ("Battle", "ASSUALT") used to give an empty
    export or report without a word. CAMEO codes (digits) are prefixes: one that starts
    no code of the table is refused too
    (:meth:`crisisdesk.coding.ontology.Ontology.resolve_type_query`)."""
    if not event_type:
        return
    from crisisdesk.coding.ontology import load_ontology

    try:
        load_ontology().resolve_type_query(event_type)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--type") from None


def resolve_admin1(executor, admin1: str | None) -> tuple[str, ...] | None:
    """The stored admin1 spellings ``--admin1`` stands for, compared case- and
    accent-insensitively (``Segou`` -> ``("Ségou",)``); None when not given.
    ``executor``: Engine, Connection or Session. When nothing matches, says so on
    stderr with the admin1 names that exist and returns ``()`` (matches no event)."""
    if not admin1:
        return None
    stored = stored_admin1_values(executor)
    matches = matching_names(admin1, stored)
    if not matches:
        known = ", ".join(stored[:30]) + (" …" if len(stored) > 30 else "") if stored else "none"
        typer.echo(f"warning: no event has an admin1 matching {admin1!r}; stored admin1 names: {known}", err=True)
    return matches


def warn_when_no_actor_matches(executor, actor: str | None, spellings: tuple[str, ...] | None = None) -> bool:
    """When ``--actor`` matches no actor of any stored event mention (its name, code,
    sector, country, ACLED name or words of the text, as the filter compares them:
    :func:`crisisdesk.store.queries.actor_values_text`), say so on stderr, as
    :func:`resolve_admin1` does for ``--admin1`` (``--actor Nobody`` gave an empty
    list without a word while ``--admin1 Nowhere`` warned). ``executor``: Engine,
    Connection or Session; ``spellings``: :func:`actor_spellings` of ``actor`` when the
    caller has them (not read again), None to look them up. Returns whether a warning
    was printed."""
    if not actor or spellings or actor_found(executor, actor):
        return False
    if spellings is None and actor_spellings(executor, actor):
        return False
    typer.echo(f"warning: no event has an actor matching {actor!r} (compared with actor names, codes and "
               "sectors, case-insensitive; `crisisdesk events` lists the stored ones)", err=True)
    return True


def warn_when_period_misses_the_data(executor, since: object, until: object, today: date | None = None) -> bool:
    """When ``--since``/``--until`` (dates, or None) leave out every stored event mention,
    say so on stderr with the dates the stored mentions span and what ``since`` counts
    from: the README's own ``report --country MLI --since 30d`` gave an empty report
    on ``make run``'s articles of 2025 a year later, without a word. ``executor``:
    Engine or Connection. Returns whether a warning was printed (nothing is printed when
    no mention is dated, or some dated mention falls inside the period)."""
    from sqlalchemy import func, select

    from crisisdesk.store.models import EventMentionRow

    if since is None and until is None:
        return False
    stmt = select(func.min(EventMentionRow.event_date), func.max(EventMentionRow.event_date))
    if isinstance(executor, Engine):
        with executor.connect() as conn:
            first, last = conn.execute(stmt).one()
    else:
        first, last = executor.execute(stmt).one()
    if first is None or last is None:
        return False
    inside = [since is None or last >= since, until is None or first <= until]
    if all(inside):
        # some stored date lies in the period, or the period falls between stored dates: no hint
        return False
    today = today or datetime.now(timezone.utc).date()
    period = f"{since or '…'} to {until or '…'}"
    typer.echo(f"warning: no stored event mention is dated {period}: the stored ones run from {first} to {last} "
               f"(a --since/--until such as 30d counts back from today, {today})", err=True)
    return True


def normalize_statuses(status: list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    """``--status`` values as stored: stripped and lower-cased, so ``CLAIMED`` and
    ``Claimed`` mean ``claimed`` (``--type`` and ``--country`` take any case; ``--status
    CLAIMED`` was refused as an unknown status). Unknown values are left for
    :class:`crisisdesk.store.queries.EventFilter` to refuse by name."""
    return tuple(value.strip().lower() for value in status or ())


def build_filter(
    country: str | None = None,
    admin1: str | None = None,
    actor: str | None = None,
    event_type: str | None = None,
    status: list[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    text: str | None = None,
    engine: Engine | None = None,
) -> EventFilter:
    """An ``EventFilter`` from command-line values; bad values exit with code 2 and the
    reason (``typer.BadParameter``). ``country`` may be a name or a code
    (:func:`resolve_country`); with ``engine``, ``admin1`` is matched case- and
    accent-insensitively against stored names (:func:`resolve_admin1`)."""
    country = resolve_country(country)
    check_event_type(event_type)
    admin1_match = resolve_admin1(engine, admin1) if engine is not None else admin1
    spellings: tuple[str, ...] = ()
    if engine is not None:
        spellings = actor_spellings(engine, actor)  # once: it may read the stored actor lists
        warn_when_no_actor_matches(engine, actor, spellings)
    try:
        return EventFilter(
            country=country, admin1=admin1_match, actor=actor, actor_spellings=spellings, event_type=event_type,
            status=normalize_statuses(status), since=parse_since(since), until=parse_since(until),
            text=text, text_spellings=text_spellings(engine, text) if engine is not None else (),
        )
    except QueryError as exc:
        raise typer.BadParameter(str(exc)) from None


COUNTRY = typer.Option(None, "--country", help="ISO 3166-1 code or country name, any case: MLI, Mali.")
ADMIN1 = typer.Option(None, "--admin1", help="Admin1 region name, case- and accent-insensitive: Segou = Ségou.")
ACTOR = typer.Option(None, "--actor", help="Part of an actor's name or code (source or target); accents optional.")
EVENT_TYPE = typer.Option(None, "--type", help="PLOVER type, ACLED event/sub-event type, or CAMEO code prefix.")
STATUS = typer.Option(None, "--status", help="asserted, claimed, threatened, hypothetical, negated, historical, generic (repeatable).")
SINCE = typer.Option(None, "--since", help="Period back from today (30d, 8w, 6m, 1y) or a date YYYY-MM-DD.")
UNTIL = typer.Option(None, "--until", help="Last event date to include (YYYY-MM-DD or 30d).")
DB = typer.Option(None, "--db", help="Database URL or SQLite path (default: CRISISDESK_DB or ./crisisdesk.db).")
