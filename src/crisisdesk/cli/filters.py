"""Event filter options shared by ``report``, ``export`` and friends (argument handling
only: the values become a :class:`crisisdesk.store.queries.EventFilter`)."""

from __future__ import annotations

import typer

from crisisdesk.store.queries import EventFilter, QueryError, parse_since


def build_filter(
    country: str | None = None,
    admin1: str | None = None,
    actor: str | None = None,
    event_type: str | None = None,
    status: list[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    text: str | None = None,
) -> EventFilter:
    """An ``EventFilter`` from command-line values; bad values exit with code 2 and the
    reason (``typer.BadParameter``)."""
    try:
        return EventFilter(
            country=country, admin1=admin1, actor=actor, event_type=event_type,
            status=tuple(status or ()), since=parse_since(since), until=parse_since(until),
            text=text,
        )
    except QueryError as exc:
        raise typer.BadParameter(str(exc)) from None


COUNTRY = typer.Option(None, "--country", help="ISO 3166-1 alpha-3 code, e.g. MLI.")
ADMIN1 = typer.Option(None, "--admin1", help="Admin1 region name, e.g. Kayes.")
ACTOR = typer.Option(None, "--actor", help="Part of an actor's name or code (source or target).")
EVENT_TYPE = typer.Option(None, "--type", help="PLOVER type, ACLED event/sub-event type, or CAMEO code prefix.")
STATUS = typer.Option(None, "--status", help="asserted, claimed, threatened, hypothetical, negated, historical, generic (repeatable).")
SINCE = typer.Option(None, "--since", help="Period back from today (30d, 8w, 6m, 1y) or a date YYYY-MM-DD.")
UNTIL = typer.Option(None, "--until", help="Last event date to include (YYYY-MM-DD or 30d).")
DB = typer.Option(None, "--db", help="Database URL or SQLite path (default: CRISISDESK_DB or ./crisisdesk.db).")
