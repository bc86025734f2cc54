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
