"""Scoring event consolidation on ACLED notes: the share of false merges (issue 6).

Every ACLED event is a distinct real-world incident, so when each ``notes`` text is
coded and the mentions are consolidated, no consolidated :class:`~crisisdesk.records.Event`
should hold mentions of two different ACLED events. The *false-merge share* is the
number of distinct ACLED events whose mentions share a consolidated event with
another ACLED event's mentions, divided by the number of ACLED events with at least
one coded mention. The *split share* (informational) is the share of those ACLED events
whose mentions ended up in more than one consolidated event.

The consolidation itself is supplied by the consolidation stage as a callable
``consolidate(mentions: list[EventMention]) -> list[Event]``
(:data:`Consolidator`); :func:`score_consolidation` only scores what it returns.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from crisisdesk.records import Event, EventMention

#: The consolidation stage's entry point as the evaluation calls it.
Consolidator = Callable[[list[EventMention]], list[Event]]


def false_merge_scores(events: Sequence[Event], truth: Mapping[str, str]) -> dict[str, Any]:
    """False-merge and split shares of consolidated ``events``.

    ``truth`` maps a mention's ``article_id`` to the id of the ACLED event it was coded
    from (mentions of unknown articles are ignored). Returns ``{"false_merge": {"value",
    "hits", "n"}, "split": {...}, "merged_pairs": [[id, id], ...]}`` with shares as
    fractions of the ACLED events that have a mention in ``events``.
    """
    events_of: dict[str, set[int]] = defaultdict(set)
    merged: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for index, event in enumerate(events):
        ids = sorted({truth[m.article_id] for m in event.mentions if m.article_id in truth})
        for acled_id in ids:
            events_of[acled_id].add(index)
        if len(ids) > 1:
            merged.update(ids)
            pairs.update((a, b) for i, a in enumerate(ids) for b in ids[i + 1:])
    n = len(events_of)
    split = sum(1 for indexes in events_of.values() if len(indexes) > 1)
    return {
        "false_merge": {"value": len(merged) / n if n else None, "hits": len(merged), "n": n},
        "split": {"value": split / n if n else None, "hits": split, "n": n},
        "merged_pairs": sorted([list(p) for p in pairs]),
    }


def score_consolidation(mentions_by_event: Mapping[str, list[EventMention]], consolidate: Consolidator) -> dict[str, Any]:
    """Consolidate all mentions coded from ACLED notes (``{acled_event_id: mentions}``)
    with ``consolidate`` and score the result with :func:`false_merge_scores`."""
    truth = {m.article_id: acled_id for acled_id, mentions in mentions_by_event.items() for m in mentions}
    everything = [m for mentions in mentions_by_event.values() for m in mentions]
    return false_merge_scores(consolidate(everything), truth)


def default_consolidator() -> Consolidator:
    """The consolidation stage's callable, :func:`crisisdesk.consolidate.events.consolidate`
    (mentions in input order, no article metadata)."""
    from crisisdesk.consolidate.events import consolidate

    return lambda mentions: consolidate(mentions)


# -- reference: ACLED's own coding as mentions ----------------------------------------

#: PLOVER type for ACLED's own coding (ACLED ``sub_event_type`` first, else
#: ``event_type``); a correspondence written for this reference measurement from the
#: ACLED codebook's definitions and PLOVER 0.8's type list.
ACLED_TO_PLOVER = {
    "Battles": "ASSAULT", "Violence against civilians": "ASSAULT", "Explosions/Remote violence": "ASSAULT",
    "Protests": "PROTEST", "Riots": "PROTEST", "Strategic developments": "MOBILIZE",
    "Agreement": "AGREE", "Arrests": "COERCE", "Disrupted weapons use": "COERCE",
    "Abduction/forced disappearance": "COERCE", "Looting/property destruction": "ASSAULT",
}
_TIME_PRECISION = {1: "day", 2: "week", 3: "month"}


def _actor_refs(*names: str) -> list[Any]:
    from crisisdesk.records import ActorRef

    return [ActorRef(name=n.strip(), actor_id=n.strip()) for part in names for n in part.split(";") if n.strip()]


def reference_mention(event: Any) -> EventMention:
    """ACLED's own coding of one :class:`~crisisdesk.evaluation.acled.AcledEvent` as an
    :class:`EventMention` (article id = ACLED event id): actor1 (+ associates) as source,
    actor2 (+ associates) as target, the ACLED location with its ``geo_precision`` and
    admin1, the date with its ``time_precision`` (2 = the ISO week, 3 = the month)."""
    from datetime import timedelta

    from crisisdesk.records import Count, Evidence, Place

    precision = _TIME_PRECISION.get(event.time_precision or 1, "day")
    start = end = event.event_date
    if precision == "week":
        start = event.event_date - timedelta(days=event.event_date.weekday())
        end = start + timedelta(days=6)
    elif precision == "month":
        start = event.event_date.replace(day=1)
        end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    place = Place(name=event.location, geo_precision=event.geo_precision or 1, country=event.iso3 or None,
                  admin1=event.admin1 or None, lat=event.latitude, lon=event.longitude)
    return EventMention(
        mention_id=f"{event.event_id}-ref", article_id=event.event_id,
        event_type=ACLED_TO_PLOVER.get(event.sub_event_type) or ACLED_TO_PLOVER.get(event.event_type, "MOBILIZE"),
        evidence=Evidence(event.notes, 0, len(event.notes)),
        acled_event_type=event.event_type, acled_sub_event_type=event.sub_event_type,
        source_actors=_actor_refs(event.actor1, event.assoc_actor_1),
        target_actors=_actor_refs(event.actor2, event.assoc_actor_2),
        place=place, event_date=start, date_end=end if end != start else None, time_precision=precision,  # type: ignore[arg-type]
        fatalities=Count(event.fatalities, event.fatalities),
    )


def score_reference(events: Sequence[Any], consolidate: Consolidator | None = None) -> dict[str, Any]:
    """False merges when ACLED's own coding of ``events`` (one mention each, in date
    order) is consolidated: measures the merging rules alone, without coding errors."""
    consolidate = consolidate or default_consolidator()
    ordered = sorted(events, key=lambda e: (e.event_date, e.event_id))
    return score_consolidation({e.event_id: [reference_mention(e)] for e in ordered}, consolidate)
