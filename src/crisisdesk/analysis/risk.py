"""Risk level 1-4 per admin1 region, travel-advisory style, each level explained by the
events behind it.

The four levels take their names from the US Department of State travel advisories
(1 Exercise normal precautions, 2 Exercise increased caution, 3 Reconsider travel,
4 Do not travel). The scoring is crisisdesk's own, stated here so it can be checked:

``event score = type weight × status weight × (1 + log2(1 + fatalities))``

- type weight (ACLED ``event_type``; PLOVER type when no ACLED type): Battles,
  Explosions/Remote violence, Violence against civilians 3; Riots 1.5; Protests,
  Strategic developments 0.5; PLOVER ASSAULT 3, COERCE 2, THREATEN and MOBILIZE 1,
  PROTEST 0.5, any other type 0.25;
- status weight: asserted 1, claimed 0.75 (a party's claim, not yet confirmed),
  threatened 0.25; hypothetical, negated, historical and generic (trend statements,
  habits) 0 (they did not happen in the period and never raise a level);
- fatalities: the lowest reported toll.

``region score`` = sum of its event scores over the period. Levels: score < 3 → 1;
3 ≤ score < 12 → 2; 12 ≤ score < 30 → 3; score ≥ 30 → 4. One asserted attack with no
deaths scores 3 (level 2); an asserted attack killing 7 scores 3 × 4 = 12 (level 3).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from math import log2

from crisisdesk.analysis.timeline import reported_fatalities, type_label
from crisisdesk.records import Event
from crisisdesk.store.queries import count_text, date_text

ACLED_TYPE_WEIGHTS = {
    "Battles": 3.0,
    "Explosions/Remote violence": 3.0,
    "Violence against civilians": 3.0,
    "Riots": 1.5,
    "Protests": 0.5,
    "Strategic developments": 0.5,
}
PLOVER_TYPE_WEIGHTS = {"ASSAULT": 3.0, "COERCE": 2.0, "THREATEN": 1.0, "MOBILIZE": 1.0, "PROTEST": 0.5}
OTHER_TYPE_WEIGHT = 0.25
STATUS_WEIGHTS = {"asserted": 1.0, "claimed": 0.75, "threatened": 0.25,
                  "hypothetical": 0.0, "negated": 0.0, "historical": 0.0, "generic": 0.0}
LEVEL_THRESHOLDS = (3.0, 12.0, 30.0)
LEVEL_NAMES = {1: "Exercise normal precautions", 2: "Exercise increased caution",
               3: "Reconsider travel", 4: "Do not travel"}


def type_weight(event: Event) -> float:
    """Weight of the event's type (module docstring)."""
    if event.acled_event_type in ACLED_TYPE_WEIGHTS:
        return ACLED_TYPE_WEIGHTS[event.acled_event_type]  # type: ignore[index]
    return PLOVER_TYPE_WEIGHTS.get(event.event_type, OTHER_TYPE_WEIGHT)


def event_score(event: Event) -> float:
    """``type weight × status weight × (1 + log2(1 + fatalities))``."""
    status = STATUS_WEIGHTS.get(event.status, 0.0)
    return type_weight(event) * status * (1.0 + log2(1 + reported_fatalities(event)))


def level_for(score: float) -> int:
    """Risk level 1-4 for a region score (thresholds ``LEVEL_THRESHOLDS``)."""
    return 1 + sum(score >= t for t in LEVEL_THRESHOLDS)


@dataclass
class RegionRisk:
    """Risk of one admin1 region: ``level`` 1-4 and its ``name``, the ``score``, and the
    events behind it (``(score, event)`` pairs, highest first)."""

    country: str | None
    admin1: str
    score: float
    level: int
    contributors: list[tuple[float, Event]] = field(default_factory=list)
    excluded: int = 0

    @property
    def level_name(self) -> str:
        return LEVEL_NAMES[self.level]

    def reason(self, top: int = 3) -> str:
        """A sentence naming the events that set the level."""
        if not self.contributors:
            return "no violent or coercive event reported in the period"
        parts = []
        for score, event in self.contributors[:top]:
            deaths = count_text(event.fatalities.min, event.fatalities.max) if event.fatalities else ""
            where = event.place.name if event.place else "?"
            status = "" if event.status == "asserted" else f" ({event.status})"
            parts.append(
                f"{date_text(event.event_date, event.date_end, event.time_precision)} {type_label(event)} at "
                f"{where}{status}"
                + (f", {deaths} killed" if deaths else "") + f" [{score:.1f}]"
            )
        more = len(self.contributors) - top
        return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")

    def to_dict(self) -> dict:
        return {
            "country": self.country, "admin1": self.admin1, "level": self.level,
            "level_name": self.level_name, "score": round(self.score, 2), "reason": self.reason(),
            "events": [{"event_id": e.event_id, "score": round(s, 2)} for s, e in self.contributors],
            "excluded_events": self.excluded,
        }


def risk_levels(events: list[Event]) -> list[RegionRisk]:
    """Risk per (country, admin1) from ``events`` (already limited to the period).
    Events without an admin1 are not attributed to a region. Highest risk first."""
    regions: dict[tuple[str | None, str], RegionRisk] = {}
    scored: dict[tuple[str | None, str], list[tuple[float, Event]]] = defaultdict(list)
    for event in events:
        if event.place is None or not event.place.admin1:
            continue
        key = (event.place.country, event.place.admin1)
        region = regions.setdefault(key, RegionRisk(key[0], key[1], 0.0, 1))
        score = event_score(event)
        if score > 0:
            scored[key].append((score, event))
        else:
            region.excluded += 1
    for key, region in regions.items():
        items = sorted(scored[key], key=lambda se: (-se[0], se[1].event_id))
        region.contributors = items
        region.score = sum(s for s, _ in items)
        region.level = level_for(region.score)
    return sorted(regions.values(), key=lambda r: (-r.level, -r.score, r.admin1))
