"""Which ACLED type an incident takes when its reports (mentions) disagree.

One incident is often reported through several coded acts: gunmen *surround* a village,
*attack* it and *loot* it; a crowd *marches* and then *riots*; soldiers *arrest* men and
*execute* them. ACLED codes the incident by what makes it political violence, not by the
first act named (ACLED Codebook, event types: political violence - Battles,
Explosions/Remote violence, Violence against civilians - then demonstrations - Riots, a
protest turned violent, before Protests, whose participants "do not engage in
violence" - and Strategic developments last, "not itself recorded as political
violence"; ACLED, "ACLED introduces new event types and sub-event types", 2019).
:data:`ACLED_TYPE_RANK` orders the event types accordingly (lower wins).

This precedence is for the mentions of *one* incident (a consolidated
:class:`~crisisdesk.records.Event`, whose mentions the consolidation already keeps to one
ACLED type or the Battles/Violence against civilians pair). It is not a rule for picking
the event of a text that reports several incidents: an ACLED note of a protest "in
support of the army, which has suffered deadly attacks" names past violence as its
cause, and preferring violence there turned correct Protests and Riots into Battles
(in-sample ACLED notes, measured: event_type 0.963 -> 0.957), so the evaluation's
:func:`crisisdesk.evaluation.acled.pick_mention` does not use it; it keeps only the
parts that held on the training split (Strategic developments last; Riots before Protests,
Battles and Violence against civilians; :func:`crisisdesk.evaluation.acled.note_type_rank`).

Within political violence the codebook's own rules decide in the sentence rules
(:mod:`crisisdesk.coding.acled`: a remote weapon with ground fighting is an Armed clash,
detainees executed are an Attack); across mentions of one consolidated incident, a
Battles report and a Violence against civilians report of the same clash (the only
violent pair the consolidation merges) resolve to Battles: civilians killed in the course
of fighting between armed groups are part of the battle, ACLED codes a separate Violence
against civilians event only when civilians are targeted on their own (ACLED Codebook,
Battles and Violence against civilians definitions).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

#: ACLED event type -> precedence rank (0 = political violence wins over all others).
ACLED_TYPE_RANK = {
    "Battles": 0,
    "Explosions/Remote violence": 0,
    "Violence against civilians": 0,
    "Riots": 1,
    "Protests": 2,
    "Strategic developments": 3,
}
#: Rank of a missing or unknown type: after every ACLED type.
UNRANKED = 9


def acled_type_rank(event_type: str | None) -> int:
    """Precedence rank of an ACLED ``event_type`` (:data:`ACLED_TYPE_RANK`; case-insensitive,
    "Strategic Developments" = "Strategic developments"); :data:`UNRANKED` for None or an
    unknown name."""
    if not event_type:
        return UNRANKED
    key = event_type.strip().casefold()
    return next((rank for name, rank in ACLED_TYPE_RANK.items() if name.casefold() == key), UNRANKED)


def incident_acled_types(labelled: Sequence[tuple[str | None, str | None, float]]) -> tuple[str | None, str | None]:
    """(event_type, sub_event_type) of one incident from its mentions' ACLED labels.

    ``labelled`` holds one ``(event_type, sub_event_type, weight)`` per mention in text or
    arrival order (weight: the mention's confidence, 0..1). The event type is taken among
    the mentions of the best rank (:data:`ACLED_TYPE_RANK`); Battles beats Violence
    against civilians there (module docstring); otherwise the most frequent type, ties by
    summed weight, then the first seen. The sub-event type is the most frequent one among
    the mentions of that event type (so it always belongs to it). (None, None) when no
    mention has an ACLED type."""
    typed = [(t, s, w) for t, s, w in labelled if t]
    if not typed:
        return None, None
    best_rank = min(acled_type_rank(t) for t, _, _ in typed)
    top = [(t, s, w) for t, s, w in typed if acled_type_rank(t) == best_rank]
    types = {t for t, _, _ in top}
    if {"Battles", "Violence against civilians"} <= types:
        top = [(t, s, w) for t, s, w in top if t != "Violence against civilians"]
    event_type = most_supported((t, w) for t, _, w in top)
    sub = most_supported((s, w) for t, s, w in top if t == event_type)
    return event_type, sub


def most_supported(values: Iterable[tuple[Any, float | None]]) -> Any:
    """The most frequent non-None value of ``(value, weight)`` pairs; ties go to the
    larger summed weight, then to the value seen first. None when every value is None."""
    counts: Counter = Counter()
    weights: Counter = Counter()
    order: dict[Any, int] = {}
    for value, weight in values:
        if value is None:
            continue
        counts[value] += 1
        weights[value] += weight or 0.0
        order.setdefault(value, len(order))
    if not counts:
        return None
    return max(counts, key=lambda v: (counts[v], weights[v], -order[v]))
