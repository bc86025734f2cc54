"""A situation analysis of one scope: timeline, surges, risk levels, actor network and
key developments, as one record the terminal, the web app and reports all render."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy.orm import Session

from crisisdesk.analysis.developments import key_developments
from crisisdesk.analysis.network import actor_network, most_active, top_edges
from crisisdesk.analysis.risk import RegionRisk, risk_levels
from crisisdesk.analysis.scope import Scope, load_events
from crisisdesk.analysis.surge import BASELINE_WEEKS, SurgeStatement, detect_surges
from crisisdesk.analysis.timeline import Timeline, counts_by_type, reported_fatalities, type_label, weekly_timeline
from crisisdesk.records import Event


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
    developments: list[tuple[float, Event]]
    by_status: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict:
        """JSON-ready dict (dates ISO 8601)."""
        return {
            "scope": {
                "description": self.scope.describe(), "country": self.scope.country,
                "admin1": self.scope.admin1, "near": list(self.scope.near) if self.scope.near else None,
                "km": self.scope.km if self.scope.near else None,
                "since": self.scope.since.isoformat(), "until": self.scope.until.isoformat(),
            },
            "events": len(self.events),
            "by_type": dict(counts_by_type(self.events).most_common()),
            "by_status": self.by_status,
            "fatalities": sum(reported_fatalities(e) for e in self.events),
            "timeline": self.timeline.to_dict(),
            "surges": [s.to_dict() for s in self.surges],
            "risk_levels": [r.to_dict() for r in self.risks],
            "actor_relations": self.relations,
            "most_active_actors": [{"actor": a, "events": n} for a, n in self.most_active],
            "key_developments": [event_summary(e) | {"importance": round(s, 2)} for s, e in self.developments],
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
            baseline_weeks: int = BASELINE_WEEKS) -> Situation:
    """Build the :class:`Situation` from the period's events and the events of the
    surge test window (``history``: the ``baseline_weeks + 1`` weeks ending ``scope.until``)."""
    graph = actor_network(events_in_period)
    statuses: dict[str, int] = {}
    for event in events_in_period:
        statuses[event.status] = statuses.get(event.status, 0) + 1
    counted = [e for e in history if e.status in ("asserted", "claimed")]
    return Situation(
        scope=scope,
        events=events_in_period,
        timeline=weekly_timeline(events_in_period, scope.since, scope.until),
        surges=detect_surges(counted, scope.until, _area_of, type_label, baseline_weeks),
        risks=risk_levels(events_in_period),
        relations=top_edges(graph, 10),
        most_active=most_active(graph, 5),
        developments=key_developments(events_in_period, 10),
        by_status=dict(sorted(statuses.items())),
    )


def situation(session: Session, scope: Scope, baseline_weeks: int = BASELINE_WEEKS) -> Situation:
    """Load the events of ``scope`` (and the surge baseline before it) and analyse them.
    Surges count asserted and claimed events only."""
    window_start = scope.until - timedelta(days=7 * (baseline_weeks + 1) - 1)
    loaded = load_events(session, scope, since=min(scope.since, window_start))
    in_period = [e for e in loaded if e.event_date and e.event_date >= scope.since]
    history = [e for e in loaded if e.event_date and e.event_date >= window_start]
    return analyse(in_period, history, scope, baseline_weeks)
