"""A situation analysis of one scope: timeline, surges, risk levels, actor network and
key developments, as one record the terminal, the web app and reports all render."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crisisdesk.analysis.developments import EvidenceRef, KeyDevelopment, evidence_from_view, key_developments
from crisisdesk.analysis.network import actor_network, most_active, top_edges
from crisisdesk.analysis.risk import RegionRisk, risk_levels
from crisisdesk.analysis.scope import Scope, load_events, stand_in_events_within
from crisisdesk.analysis.surge import (
    BASELINE_WEEKS,
    Baseline,
    SurgeStatement,
    covered_baseline_weeks,
    detect_surges,
)
from crisisdesk.analysis.timeline import (
    Timeline,
    counted,
    counts_by_type,
    reported_fatalities,
    situation_timeline,
    type_label,
)
from crisisdesk.records import Event
from crisisdesk.store import queries
from crisisdesk.store.models import ArticleRow, EventRow


@dataclass
class Situation:
    """Everything ``crisisdesk situation`` shows for a :class:`Scope`."""

    scope: Scope
    events: list[Event]
    timeline: Timeline
    surges: list[SurgeStatement]
    risks: list[RegionRisk]
    relations: list[dict]
    most_active: list[tuple[str, int]]
    developments: list[KeyDevelopment]
    baseline: Baseline
    by_status: dict[str, int] = field(default_factory=dict)
    #: events of the period left out of the ``near`` radius because their point is a
    #: stand-in (geo_precision 3-4: region seat or country centroid) inside it
    stand_ins_left_out: int = 0

    @property
    def counted_events(self) -> list[Event]:
        """The period's events counted as having happened (asserted or claimed,
        :func:`crisisdesk.analysis.timeline.counts_as_happened`); ``events`` keeps all,
        negated, hypothetical and generic ones included, for listing."""
        return counted(self.events)

    @property
    def fatalities(self) -> int | None:
        """Summed lowest reported death tolls of the counted events, None when none
        reports a toll."""
        tolls = [reported_fatalities(e) for e in self.counted_events if e.fatalities is not None]
        return sum(tolls) if tolls else None

    @property
    def events_with_toll(self) -> int:
        return sum(1 for e in self.counted_events if e.fatalities is not None)

    def fatalities_text(self) -> str:
        """"at least 12 killed (3 events report a toll)", "no deaths reported (2 events
        report a toll of 0)" or "no death toll reported"."""
        killed, n = self.fatalities, self.events_with_toll
        if killed is None:
            return "no death toll reported"
        events = f"{n} event{'s' if n != 1 else ''}"
        if killed == 0:
            return f"no deaths reported ({events} report{'s' if n == 1 else ''} a toll of 0)"
        return f"at least {killed} killed ({events} report{'s' if n == 1 else ''} a toll)"

    def to_dict(self) -> dict:
        """JSON-ready dict (dates ISO 8601)."""
        return {
            "scope": {
                "description": self.scope.describe(), "country": self.scope.country,
                "admin1": self.scope.admin1, "near": list(self.scope.near) if self.scope.near else None,
                "km": self.scope.km if self.scope.near else None,
                "since": self.scope.since.isoformat(), "until": self.scope.until.isoformat(),
                "until_basis": self.scope.until_basis,
                "stand_ins_left_out": self.stand_ins_left_out,
            },
            "events": len(self.counted_events),
            "events_reported": len(self.events),
            "by_type": dict(counts_by_type(self.events).most_common()),
            "by_status": self.by_status,
            "fatalities": self.fatalities,
            "events_with_fatalities": self.events_with_toll,
            "timeline": self.timeline.to_dict(),
            "surge_baseline": self.baseline.to_dict(),
            "surges": [s.to_dict() for s in self.surges],
            "risk_levels": [r.to_dict() for r in self.risks],
            "actor_relations": self.relations,
            "most_active_actors": [{"actor": a, "events": n} for a, n in self.most_active],
            "key_developments": [
                event_summary(d.event) | {"importance": round(d.importance, 2),
                                          "evidence": d.evidence.to_dict() if d.evidence else None}
                for d in self.developments
            ],
        }


def event_summary(event: Event) -> dict:
    """A short JSON-ready description of an event for listings."""
    place = event.place
    return {
        "event_id": event.event_id,
        "date": event.event_date.isoformat() if event.event_date else None,
        "time_precision": event.time_precision,
        "type": type_label(event),
        "event_type": event.event_type,
        "sub_event_type": event.acled_sub_event_type,
        "status": event.status,
        "claimed_by": event.claimed_by,
        "reported_by": event.reported_by,
        "source": [a.name for a in event.source_actors],
        "target": [a.name for a in event.target_actors],
        "place": place.name if place else None,
        "admin1": place.admin1 if place else None,
        "country": place.country if place else None,
        "geo_precision": place.geo_precision if place else None,
        "fatalities": None if event.fatalities is None else
        {"min": event.fatalities.min, "max": event.fatalities.max},
        "num_sources": event.num_sources,
        "num_articles": event.num_articles,
        "disagreements": event.disagreements,
    }


def _area_of(event: Event) -> str | None:
    if event.place is None:
        return None
    return event.place.admin1 or event.place.country


def analyse(events_in_period: list[Event], history: list[Event], scope: Scope,
            baseline_weeks: int = BASELINE_WEEKS, coverage_start: date | None = None,
            evidence: Mapping[str, EvidenceRef] | None = None) -> Situation:
    """Build the :class:`Situation` from the period's events and the events of the
    surge test window (``history``: the ``baseline_weeks + 1`` weeks ending ``scope.until``).
    ``coverage_start``: the first date the data covers (default: the earliest event of
    ``history`` and ``events_in_period``); ``evidence``: key developments' evidence by
    ``event_id`` (default: from the events' mentions)."""
    graph = actor_network(counted(events_in_period))
    statuses: dict[str, int] = {}
    for event in events_in_period:
        statuses[event.status] = statuses.get(event.status, 0) + 1
    if coverage_start is None:
        coverage_start = min((e.event_date for e in history + events_in_period if e.event_date), default=None)
    history_counted = counted(history)
    baseline = Baseline(covered_baseline_weeks(scope.until, coverage_start, baseline_weeks), baseline_weeks,
                        coverage_start)
    return Situation(
        scope=scope,
        events=events_in_period,
        timeline=situation_timeline(events_in_period, scope.since, scope.until),
        surges=detect_surges(history_counted, scope.until, _area_of, type_label, baseline_weeks,
                             coverage_start=coverage_start) if baseline.available else [],
        risks=risk_levels(events_in_period),
        relations=top_edges(graph, 10),
        most_active=most_active(graph, 5),
        developments=key_developments(events_in_period, 10, evidence),
        baseline=baseline,
        by_status=dict(sorted(statuses.items())),
    )


def load_evidence(session: Session, event_ids: list[str]) -> dict[str, EvidenceRef]:
    """The evidence of stored events (their representative mention, as
    ``store.queries`` picks it), by ``event_id``."""
    if not event_ids:
        return {}
    views = queries.iter_events(session.get_bind(), queries.EventFilter(event_ids=tuple(event_ids)))
    return {v.event_id: ref for v in views if (ref := evidence_from_view(v)) is not None}


def data_coverage_start(session: Session) -> date | None:
    """The first day the store's data covers: the earliest publication date of a stored
    article (UTC day); without dated articles, the earliest event date. An event dated
    before the first article ("banned political parties in May", "since 2012", told in
    a November report) says nothing about the weeks between it and that article: those
    weeks were not collected, and counting them as quiet weeks of a surge baseline
    invents a surge. None for an empty store."""
    first_article = session.scalar(select(func.min(ArticleRow.published_at)))
    if first_article is not None:
        return first_article.date()
    return session.scalar(select(func.min(EventRow.event_date)))


def situation(session: Session, scope: Scope, baseline_weeks: int = BASELINE_WEEKS) -> Situation:
    """Load the events of ``scope`` (and the surge baseline before it) and analyse them.
    Surges count asserted and claimed events only; the data's coverage starts at
    :func:`data_coverage_start` (the first stored article, any area), so a baseline week
    before it is "not collected", not "quiet". Key developments carry their evidence sentence."""
    window_start = scope.until - timedelta(days=7 * (baseline_weeks + 1) - 1)
    loaded = load_events(session, scope, since=min(scope.since, window_start))
    in_period = [e for e in loaded if e.event_date and e.event_date >= scope.since]
    history = [e for e in loaded if e.event_date and e.event_date >= window_start]
    coverage_start = data_coverage_start(session)
    candidates = key_developments(in_period, 10)
    evidence = load_evidence(session, [d.event.event_id for d in candidates])
    result = analyse(in_period, history, scope, baseline_weeks, coverage_start, evidence)
    result.stand_ins_left_out = len(stand_in_events_within(session, scope))
    return result
