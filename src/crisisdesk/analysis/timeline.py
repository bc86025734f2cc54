"""Timelines: events by type and by ISO week, fatalities by week."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from crisisdesk.records import Event


def iso_week(d: date) -> str:
    """ISO 8601 week label of ``d``, e.g. ``2025-W46``."""
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def iso_weeks_between(start: date, end: date) -> list[str]:
    """ISO week labels from the week of ``start`` to the week of ``end``, inclusive."""
    monday = start - timedelta(days=start.weekday())
    labels = []
    while monday <= end:
        labels.append(iso_week(monday))
        monday += timedelta(days=7)
    return labels


def type_label(event: Event) -> str:
    """The type an analyst reads: ACLED ``event_type`` when coded, else the PLOVER type."""
    return event.acled_event_type or event.event_type


def reported_fatalities(event: Event) -> int:
    """The lowest reported death toll (``fatalities.min``), 0 when none was reported:
    conservative, as ACLED codes the lowest credible figure (ACLED codebook, fatalities)."""
    if event.fatalities is None:
        return 0
    return event.fatalities.min if event.fatalities.min is not None else (event.fatalities.max or 0)


@dataclass
class Timeline:
    """Weekly series over ``weeks`` (ISO labels): ``by_type[type][i]`` events of that type
    in week ``i``; ``total[i]``; ``fatalities[i]`` summed lowest reported tolls."""

    weeks: list[str]
    by_type: dict[str, list[int]] = field(default_factory=dict)
    total: list[int] = field(default_factory=list)
    fatalities: list[int] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"weeks": self.weeks, "by_type": self.by_type, "total": self.total, "fatalities": self.fatalities}


def weekly_timeline(events: list[Event], start: date, end: date) -> Timeline:
    """Count dated ``events`` per ISO week between ``start`` and ``end`` (inclusive)."""
    weeks = iso_weeks_between(start, end)
    index = {w: i for i, w in enumerate(weeks)}
    by_type: dict[str, list[int]] = defaultdict(lambda: [0] * len(weeks))
    total, deaths = [0] * len(weeks), [0] * len(weeks)
    for event in events:
        if event.event_date is None or not (start <= event.event_date <= end):
            continue
        i = index[iso_week(event.event_date)]
        by_type[type_label(event)][i] += 1
        total[i] += 1
        deaths[i] += reported_fatalities(event)
    ordered = dict(sorted(by_type.items(), key=lambda kv: (-sum(kv[1]), kv[0])))
    return Timeline(weeks, ordered, total, deaths)


def counts_by_type(events: list[Event]) -> Counter:
    """Number of events per type label."""
    return Counter(type_label(e) for e in events)
