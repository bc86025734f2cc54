"""Key developments: the most important recent events by severity and source count.

``importance = event score × (1 + log2(num_sources))`` where the event score is the risk
score of analysis/risk.py (type, status, fatalities); an event reported by 8 independent
sites weighs 4× one reported once. Events whose status does not count (hypothetical,
negated, historical) are never key developments; among equal importance the most
recent comes first.
"""

from __future__ import annotations

from math import log2

from crisisdesk.analysis.risk import event_score
from crisisdesk.records import Event


def importance(event: Event) -> float:
    """``event_score(event) × (1 + log2(max(1, num_sources)))``."""
    return event_score(event) * (1.0 + log2(max(1, event.num_sources)))


def key_developments(events: list[Event], n: int = 10) -> list[tuple[float, Event]]:
    """The ``n`` most important events as ``(importance, event)``, highest first."""
    ranked = [(importance(e), e) for e in events]
    ranked = [(score, e) for score, e in ranked if score > 0]
    ranked.sort(key=lambda se: (-se[0], -(se[1].event_date.toordinal() if se[1].event_date else 0), se[1].event_id))
    return ranked[:n]
