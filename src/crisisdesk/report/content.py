"""What a situation report says, computed from the stored events: headline figures,
key developments, the timeline (by week, month or year), map points and the events table.

Key developments are ranked by the analysis module's one formula
(:func:`crisisdesk.analysis.developments.importance`, the ranking ``crisisdesk situation``
prints), each shown with its evidence sentence and article link."""

from __future__ import annotations

import calendar
import heapq
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from sqlalchemy import Engine

from crisisdesk.analysis.developments import event_from_view, importance, ranking_key
from crisisdesk.analysis.timeline import counts_as_happened
from crisisdesk.report.charts import PeriodSeries, period_counts
from crisisdesk.store.queries import EventFilter, EventView, count_text, iter_events, last_updated

TABLE_LIMIT = 500
KEY_DEVELOPMENTS = 5


@dataclass
class Headline:
    """Headline figures. ``by_status`` counts every event in scope; ``events`` and every
    other figure (types, regions, dates, fatalities, the timeline) only those that
    :func:`crisisdesk.analysis.timeline.counts_as_happened` (asserted or claimed), the
    rule ``crisisdesk situation`` and ``/api/timeline`` count by: a negated ("no attack
    was reported"), threatened, hypothetical, historical or generic event is reported
    as such, never counted as an event of the period. ``not_counted`` is how many were
    left out that way."""

    events: int = 0
    not_counted: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    by_type: dict[str, int] = field(default_factory=dict)
    by_acled_type: dict[str, int] = field(default_factory=dict)
    fatalities_min: int = 0
    fatalities_max: int = 0
    events_with_fatalities: int = 0
    admin1: dict[str, int] = field(default_factory=dict)
    countries: dict[str, int] = field(default_factory=dict)
    #: the earliest first day and the latest last day of the counted events' dates
    #: (``event_date``..``date_end``), each with the precision it is known to
    first_date: date | None = None
    last_date: date | None = None
    first_precision: str | None = None
    last_precision: str | None = None

    @property
    def period(self) -> str:
        """The dates the counted events span, each end written no more precisely than it
        is known (:func:`period_bound`): ``"2025-09 – 2025-11-12"`` when the earliest
        event is known only to September 2025 (not ``"2025-09-01"``, a day nobody
        reported); one bound when both read alike (``"2019"``); ``""`` without dated
        events."""
        if self.first_date is None or self.last_date is None:
            return ""
        first = period_bound(self.first_date, self.first_precision, True)
        last = period_bound(self.last_date, self.last_precision, False)
        return first if first == last else f"{first} – {last}"

    def add_dates(self, start: date, end: date | None, precision: str | None) -> None:
        """Widen the period by one event dated ``start``..``end`` (``end`` None: one
        day or period starting ``start``) at ``precision``; among ends on the same day
        the most precise is kept."""
        end = end or natural_end(start, precision)
        rank = PRECISION_RANK.get(precision or "day", 0)
        if self.first_date is None or (start, rank) < (self.first_date, PRECISION_RANK.get(self.first_precision or "day", 0)):
            self.first_date, self.first_precision = start, precision or "day"
        if self.last_date is None or (end, -rank) > (self.last_date, -PRECISION_RANK.get(self.last_precision or "day", 0)):
            self.last_date, self.last_precision = end, precision or "day"


#: Precisions from the finest (0) to the coarsest.
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def natural_end(start: date, precision: str | None) -> date:
    """The last day of the period ``start`` opens at ``precision``: the month's or year's
    last day when ``start`` is its first day, else ``start`` (a day; a week is stored
    with its end)."""
    if precision == "month" and start.day == 1:
        return date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    if precision == "year" and (start.month, start.day) == (1, 1):
        return date(start.year, 12, 31)
    return start


def period_bound(day: date, precision: str | None, first: bool) -> str:
    """One end of a report's period: ``"2025-09"`` for a month-precision date on the
    month's first (``first``) or last day, ``"2025"`` likewise for a year, else the ISO
    day (a day, or the first or last day of a week or of an interval reaching into
    another month)."""
    if precision == "month" and day == (day.replace(day=1) if first else natural_end(day.replace(day=1), "month")):
        return f"{day.year:04d}-{day.month:02d}"
    if precision == "year" and (day.month, day.day) == ((1, 1) if first else (12, 31)):
        return f"{day.year:04d}"
    return day.isoformat()


@dataclass
class ReportData:
    """Everything a report renders. ``events`` holds at most ``TABLE_LIMIT`` events
    (newest first) of any status, ``total`` counts them all and ``map_points`` shows
    them all (each with its status); ``headline`` figures and ``timeline`` count only
    the events that happened (see :class:`Headline`)."""

    title: str
    scope: str
    flt: EventFilter
    generated_at: datetime
    last_updated: datetime | None
    headline: Headline
    key_developments: list[EventView]
    timeline: PeriodSeries
    events: list[EventView]
    map_points: list[dict]
    total: int


def describe_scope(flt: EventFilter) -> str:
    """A human phrase for the filter (``Country MLI · since 2025-11-01``)."""
    parts = []
    for label, value in (("Country", flt.country), ("Admin1", flt.admin1), ("Actor", flt.actor),
                         ("Type", flt.event_type), ("Since", flt.since), ("Until", flt.until),
                         ("Text", flt.text)):
        if value:
            parts.append(f"{label} {value}")
    if flt.status:
        parts.append("Status " + ", ".join(flt.status))
    return " · ".join(parts) or "All events"


def map_point(event: EventView) -> dict:
    """The few fields the report's map needs for one event. ``killed`` sizes the
    marker: the lowest reported toll (``fatalities_min``; 0 for "up to N"), which every
    report of the event supports; it was the highest, so a 4-11 event (the army's 4,
    JNIM's claim of 11) was drawn as 11. ``killed_text`` (``"4-11"``, ``"at least 5"``)
    is shown in the marker's popup, so the range is not lost."""
    return {
        "id": event.event_id, "lat": event.lat, "lon": event.lon, "type": event.event_type,
        "sub": event.acled_sub_event_type, "date": event.event_date.isoformat() if event.event_date else None,
        "place": event.place_name, "status": event.status, "geo": event.geo_precision,
        "killed": event.fatalities_min or 0,
        "killed_text": count_text(event.fatalities_min, event.fatalities_max),
        "source": ", ".join(event.source_names), "target": ", ".join(event.target_names),
    }


def build_report_data(engine: Engine, flt: EventFilter = EventFilter(), title: str | None = None) -> ReportData:
    """Collect the report's content for the events matching ``flt`` (one streamed pass)."""
    head = Headline()
    status, types, acled, admin1, countries = Counter(), Counter(), Counter(), Counter(), Counter()
    table: list[EventView] = []
    points: list[dict] = []
    pairs: list[tuple[date | None, str]] = []
    ranked: list[tuple[tuple, int, EventView]] = []  # max-heap of the best KEY_DEVELOPMENTS by ranking_key
    position = 0
    for event in iter_events(engine, flt):
        position += 1
        status[event.status] += 1
        if event.lat is not None and event.lon is not None:
            points.append(map_point(event))
        if len(table) < TABLE_LIMIT:
            table.append(event)
        if not counts_as_happened(event):
            head.not_counted += 1
            continue
        head.events += 1
        types[event.event_type] += 1
        if event.acled_event_type:
            acled[event.acled_event_type] += 1
        if event.admin1:
            admin1[event.admin1] += 1
        if event.country:
            countries[event.country] += 1
        if event.fatalities_min is not None or event.fatalities_max is not None:
            head.events_with_fatalities += 1
            head.fatalities_min += event.fatalities_min or 0
            head.fatalities_max += event.fatalities_max if event.fatalities_max is not None else (event.fatalities_min or 0)
        if event.event_date:
            head.add_dates(event.event_date, event.date_end, event.time_precision)
        pairs.append((event.event_date, event.event_type, event.time_precision))  # month-only: drawn apart
        as_event = event_from_view(event)
        score = importance(as_event)
        if score > 0:
            entry = (_negated(ranking_key(score, as_event)), position, event)
            if len(ranked) < KEY_DEVELOPMENTS:
                heapq.heappush(ranked, entry)
            elif entry[0] > ranked[0][0]:
                heapq.heapreplace(ranked, entry)
    head.by_status = dict(status.most_common())
    head.by_type = dict(types.most_common())
    head.by_acled_type = dict(acled.most_common())
    head.admin1 = dict(admin1.most_common())
    head.countries = dict(countries.most_common())
    key_developments = [e for _, _, e in sorted(ranked, key=lambda entry: entry[0], reverse=True)]
    return ReportData(
        title=title or "Situation report", scope=describe_scope(flt), flt=flt,
        generated_at=datetime.now(timezone.utc), last_updated=last_updated(engine), headline=head,
        key_developments=key_developments, timeline=period_counts(pairs),  # counted events only
        events=table, map_points=points, total=position,
    )


class _negated:
    """Reverses the order of a ranking key, so a min-heap keeps the best entries."""

    __slots__ = ("key",)

    def __init__(self, key: tuple) -> None:
        self.key = key

    def __lt__(self, other: "_negated") -> bool:
        return self.key > other.key

    def __gt__(self, other: "_negated") -> bool:
        return self.key < other.key

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _negated) and self.key == other.key
