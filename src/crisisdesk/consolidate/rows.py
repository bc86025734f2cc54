"""Conversions between the typed records consolidation uses and the ``events`` rows
(store/models.py); mentions use the repository's ``mention_to_row``/``row_to_mention``. Actors are stored as JSON objects with the
:class:`~crisisdesk.records.ActorRef` field names."""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime, timezone
from typing import Any

from crisisdesk.records import ActorRef, Count, Event, EventMention, Place, Span
from crisisdesk.store.repository import mention_to_row, row_to_mention

__all__ = ["actor_from_json", "actor_to_json", "event_from_row", "event_row_values",
           "mention_from_row", "mention_to_row"]

_ACTOR_FIELDS = {f.name for f in fields(ActorRef)}


def actor_to_json(actor: ActorRef) -> dict[str, Any]:
    """An :class:`ActorRef` as a JSON-ready dict (``None``/false fields dropped)."""
    data = {name: getattr(actor, name) for name in _ACTOR_FIELDS}
    if actor.span is not None:
        data["span"] = {"start": actor.span.start, "end": actor.span.end, "text": actor.span.text}
    return {k: v for k, v in data.items() if v is not None and v is not False}


def actor_from_json(data: dict[str, Any] | str) -> ActorRef:
    """Read an actor stored by :func:`actor_to_json` (or a bare name string)."""
    if isinstance(data, str):
        return ActorRef(name=data)
    values = {k: v for k, v in data.items() if k in _ACTOR_FIELDS}
    span = values.get("span")
    if isinstance(span, dict):
        values["span"] = Span(**span)
    values.setdefault("name", values.get("code") or values.get("actor_id") or "")
    return ActorRef(**values)


def _count(low: int | None, high: int | None, whose: str | None = None,
           vague: list[str] | tuple[str, ...] | None = None) -> Count | None:
    if low is None and high is None:
        return None
    return Count(low, high, whose, tuple(vague or ()))


def _place_from(row: Any) -> Place | None:
    if row.place_name is None and row.country is None and row.lat is None:
        return None
    return Place(
        name=row.place_name or row.admin1 or row.country or "",
        geo_precision=row.geo_precision or 4,
        country=row.country,
        geonames_id=row.geonames_id,
        admin1=row.admin1,
        admin2=row.admin2,
        lat=row.lat,
        lon=row.lon,
    )


def mention_from_row(row: Any) -> EventMention:
    """The :class:`EventMention` stored in ``row`` (an ORM ``EventMentionRow`` or a Core
    row of the ``event_mentions`` table); the repository's conversion."""
    return row_to_mention(row)


#: Fields an :class:`Event` shares with the ``events`` table under the same name.
_EVENT_COLUMNS = ("event_id", "event_type", "mode", "cameo_code", "quad_class", "goldstein",
                  "acled_event_type", "acled_sub_event_type", "event_date", "date_end", "time_precision",
                  "status", "claimed_by", "reported_by", "reported_by_code", "num_mentions", "num_articles", "num_sources", "notes")


def event_row_values(event: Event) -> dict[str, Any]:
    """Column values of the ``events`` row for ``event`` (``updated_at`` set to now)."""
    place = event.place
    values = {name: getattr(event, name) for name in _EVENT_COLUMNS}
    values.update(
        source_actors=[actor_to_json(a) for a in event.source_actors],
        target_actors=[actor_to_json(a) for a in event.target_actors],
        place_name=place.name if place else None,
        geonames_id=place.geonames_id if place else None,
        country=place.country if place else None,
        admin1=(place.admin1 or place.admin1_code) if place else None,
        admin2=place.admin2 if place else None,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        geo_precision=place.geo_precision if place else None,
        fatalities_min=event.fatalities.min if event.fatalities else None,
        fatalities_max=event.fatalities.max if event.fatalities else None,
        fatalities_vague=list(event.fatalities.vague) if event.fatalities and event.fatalities.vague else None,
        injured_min=event.injured.min if event.injured else None,
        injured_max=event.injured.max if event.injured else None,
        first_reported_at=event.first_reported_at,
        disagreements=event.disagreements,
        updated_at=datetime.now(timezone.utc),
    )
    return values


def event_from_row(row: Any) -> Event:
    """An :class:`Event` with the stored best values (``mentions`` not loaded) from an
    ``events`` row, or anything with its column names (a Core row, a
    ``store.queries.EventView``)."""
    return Event(
        **{name: getattr(row, name) for name in _EVENT_COLUMNS},
        first_reported_at=_utc(row.first_reported_at),
        disagreements=dict(getattr(row, "disagreements", None) or {}),  # not in the event view
        source_actors=[actor_from_json(a) for a in row.source_actors or []],
        target_actors=[actor_from_json(a) for a in row.target_actors or []],
        place=_place_from(row),
        fatalities=_count(row.fatalities_min, row.fatalities_max,
                          vague=getattr(row, "fatalities_vague", None)),
        injured=_count(row.injured_min, row.injured_max),
    )


def _utc(value: datetime | None) -> datetime | None:
    """SQLite returns naive datetimes; they are stored as UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value
