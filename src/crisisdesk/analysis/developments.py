"""Key developments: the most important recent events by severity and source count,
each with the sentence that reports it.

``importance = event score × (1 + log2(num_sources))`` where the event score is the risk
score of analysis/risk.py (type, status, fatalities); an event reported by 8 independent
sites weighs 4× one reported once. Events whose status does not count (hypothetical,
negated, historical, generic) are never key developments; among equal importance the most
recent comes first, then the event id. This is the one ranking: ``crisisdesk situation``,
the situation report (report/) and the web app all use it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from math import log2
from typing import Any, NamedTuple

from crisisdesk.analysis.risk import event_score
from crisisdesk.records import Event


@dataclass(frozen=True)
class EvidenceRef:
    """The evidence of an event: its representative mention's ``sentence`` with its
    character offsets in the article text, and the article (id, URL, title, site)."""

    sentence: str
    start_char: int | None = None
    end_char: int | None = None
    article_id: str | None = None
    url: str | None = None
    title: str | None = None
    site: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class KeyDevelopment(NamedTuple):
    """One key development: its ``importance``, the ``event`` and its ``evidence``
    (None when the evidence was not loaded)."""

    importance: float
    event: Event
    evidence: EvidenceRef | None = None


def importance(event: Event) -> float:
    """``event_score(event) × (1 + log2(max(1, num_sources)))``."""
    return event_score(event) * (1.0 + log2(max(1, event.num_sources)))


def ranking_key(score: float, event: Event) -> tuple:
    """Sort key of a key development: higher importance, then more recent, then id."""
    return (-score, -(event.event_date.toordinal() if event.event_date else 0), event.event_id)


def evidence_from_mentions(event: Event) -> EvidenceRef | None:
    """The evidence of an event built with its mentions: the most confident mention
    (then the first), as ``store.queries`` picks the representative mention."""
    if not event.mentions:
        return None
    best = min(enumerate(event.mentions), key=lambda im: (-(im[1].confidence or 0.0), im[0]))[1]
    ev = best.evidence
    return EvidenceRef(ev.sentence, ev.start_char, ev.end_char, best.article_id)


def key_developments(events: Iterable[Event], n: int = 10,
                     evidence: Mapping[str, EvidenceRef] | None = None) -> list[KeyDevelopment]:
    """The ``n`` most important events, highest first (:func:`ranking_key`); events of
    importance 0 are left out. Each carries its evidence: from ``evidence`` (by
    ``event_id``) when given, else from the event's own mentions."""
    ranked = [(importance(e), e) for e in events]
    ranked = sorted(((s, e) for s, e in ranked if s > 0), key=lambda se: ranking_key(*se))[:n]
    evidence = evidence or {}
    return [KeyDevelopment(s, e, evidence.get(e.event_id) or evidence_from_mentions(e)) for s, e in ranked]


def event_from_view(view: Any) -> Event:
    """A ``store.queries.EventView`` as an :class:`Event` (its best values; the view
    has the ``events`` table's column names, read by ``consolidate.rows.event_from_row``)."""
    from crisisdesk.consolidate.rows import event_from_row

    return event_from_row(view)


def evidence_from_view(view: Any) -> EvidenceRef | None:
    """The evidence a ``store.queries.EventView`` carries (its representative mention)."""
    if not view.evidence:
        return None
    return EvidenceRef(view.evidence, view.start_char, view.end_char, view.article_id, view.article_url,
                       view.article_title, view.article_site)
