"""Timelines: events by type and fatalities per period (ISO week, calendar month or
year, whichever keeps the table readable).

A situation period can be long (``--since 3650d``): one column per ISO week would draw
hundreds of empty columns. :func:`situation_timeline` therefore starts a long period at
its first event (earlier weeks hold no event by definition; the timeline says where it
starts) and picks the finest unit — week, month, year — that gives at most
:data:`MAX_COLUMNS` columns.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal, Protocol

from crisisdesk.records import Event

Unit = Literal["week", "month", "year"]
UNITS: tuple[Unit, ...] = ("week", "month", "year")

#: Most columns a situation timeline draws (a terminal row of ISO weeks, "W46", or
#: months, "2025-11", stays readable at 100-160 characters).
MAX_COLUMNS = 16

#: Statuses of events counted as having happened: asserted by the reporter, or claimed by
#: a party. The one rule every situation count uses (timeline, events by type, headline
#: count and death toll, surges, actor network); the same two statuses are the ones
#: exported to ACLED (export/acled.py). Threatened, hypothetical, negated ("no attack was
#: reported"), historical and generic (trend statements, habits) events are reported as
#: such, never counted as events of the period.
COUNTED_STATUSES: frozenset[str] = frozenset({"asserted", "claimed"})


class HasStatus(Protocol):
    """Anything with an event ``status``: an :class:`~crisisdesk.records.Event`, a
    stored event row or view (``crisisdesk.store.queries.EventView``)."""

    status: str


def counts_as_happened(event: HasStatus) -> bool:
    """Whether ``event`` (an Event, or a stored event's view) counts as an event that
    happened (status in :data:`COUNTED_STATUSES`)."""
    return event.status in COUNTED_STATUSES


def counted(events: Iterable[Event]) -> list[Event]:
    """The events of ``events`` that :func:`counts_as_happened`, in order."""
    return [e for e in events if counts_as_happened(e)]


def iso_week(d: date) -> str:
    """ISO 8601 week label of ``d``, e.g. ``2025-W46``."""
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def period_start(d: date, unit: Unit) -> date:
    """First day of the ``unit`` holding ``d``: the Monday of its ISO week, the 1st of
    its month, or 1 January."""
    if unit == "week":
        return d - timedelta(days=d.weekday())
    if unit == "month":
        return d.replace(day=1)
    return d.replace(month=1, day=1)


def period_label(d: date, unit: Unit) -> str:
    """Label of the ``unit`` holding ``d``: ``2025-W46``, ``2025-11`` or ``2025``."""
    if unit == "week":
        return iso_week(d)
    if unit == "month":
        return f"{d.year}-{d.month:02d}"
    return str(d.year)


def next_period_start(first_day: date, unit: Unit) -> date:
    """First day of the ``unit`` period after the one starting on ``first_day``."""
    if unit == "week":
        return first_day + timedelta(days=7)
    if unit == "month":
        return date(first_day.year + first_day.month // 12, first_day.month % 12 + 1, 1)
    return date(first_day.year + 1, 1, 1)


def periods_between(start: date, end: date, unit: Unit) -> list[str]:
    """Labels of the ``unit`` periods from the one holding ``start`` to the one holding
    ``end``, inclusive."""
    labels, current = [], period_start(start, unit)
    while current <= end:
        labels.append(period_label(current, unit))
        current = next_period_start(current, unit)
    return labels


def iso_weeks_between(start: date, end: date) -> list[str]:
    """ISO week labels from the week of ``start`` to the week of ``end``, inclusive."""
    return periods_between(start, end, "week")


def choose_unit(start: date, end: date, max_columns: int = MAX_COLUMNS) -> Unit:
    """The finest of week, month, year giving at most ``max_columns`` periods from
    ``start`` to ``end`` (year when even years are more)."""
    for unit in UNITS:
        if _count_periods(start, end, unit) <= max_columns:
            return unit
    return "year"


def _count_periods(start: date, end: date, unit: Unit) -> int:
    if end < start:
        return 0
    if unit == "week":
        return (period_start(end, "week") - period_start(start, "week")).days // 7 + 1
    if unit == "month":
        return (end.year - start.year) * 12 + end.month - start.month + 1
    return end.year - start.year + 1


#: How coarse each ``time_precision`` is, against a timeline unit (:data:`_UNIT_RANK`).
_PRECISION_RANK = {"second": 0, "minute": 0, "hour": 0, "day": 0, "week": 1, "month": 2, "year": 3}
_UNIT_RANK = {"week": 1, "month": 2, "year": 3}


def coarse_unit(precision: str | None, unit: Unit) -> Unit | None:
    """The period (``"month"`` or ``"year"``) an event dated with ``precision`` is known
    to, when that is coarser than the timeline's ``unit``; None when the event fits one
    ``unit`` column. An event known only to its month ("in late October") has no week:
    counted in the month's first week, a weekly timeline showed a precision it does not
    have ("never invent precision"); such events are counted apart
    (:attr:`Timeline.coarse`) and drawn across their month."""
    rank = _PRECISION_RANK.get(precision or "day", 0)
    if rank <= _UNIT_RANK[unit]:
        return None
    return "year" if rank >= 3 else "month"


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
    """Series over ``periods`` (labels of ``unit``: ISO weeks ``2025-W46``, months
    ``2025-11`` or years ``2025``): ``by_type[type][i]`` events of that type in period
    ``i``; ``total[i]``; ``fatalities[i]`` summed lowest reported tolls. ``start`` and
    ``end`` are the first and last days counted (UTC dates; ``start`` is later than
    the situation's period start when the timeline starts at the first event)."""

    periods: list[str]
    by_type: dict[str, list[int]] = field(default_factory=dict)
    total: list[int] = field(default_factory=list)
    fatalities: list[int] = field(default_factory=list)
    unit: Unit = "week"
    start: date | None = None
    end: date | None = None
    #: Events dated more coarsely than ``unit`` (a month-only date in a weekly
    #: timeline), in no column: period label (``2025-10``, ``2025``) -> type -> count.
    coarse: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def weeks(self) -> list[str]:
        """The period labels (ISO weeks when ``unit`` is ``week``)."""
        return self.periods

    def to_dict(self) -> dict:
        return {"unit": self.unit, "periods": self.periods,
                "start": self.start.isoformat() if self.start else None,
                "end": self.end.isoformat() if self.end else None,
                "by_type": self.by_type, "total": self.total, "fatalities": self.fatalities,
                "coarse": self.coarse}


def count_timeline(events: list[Event], start: date, end: date, unit: Unit) -> Timeline:
    """Count dated ``events`` per ``unit`` between ``start`` and ``end`` (inclusive);
    events that do not :func:`counts_as_happened` (negated, hypothetical, generic...)
    are not counted. An event dated more coarsely than ``unit`` (:func:`coarse_unit`:
    a month-only date by week) goes to ``coarse`` under its month or year, in no column."""
    periods = periods_between(start, end, unit)
    index = {label: i for i, label in enumerate(periods)}
    by_type: dict[str, list[int]] = defaultdict(lambda: [0] * len(periods))
    total, deaths = [0] * len(periods), [0] * len(periods)
    coarse: dict[str, dict[str, int]] = {}
    for event in events:
        if event.event_date is None or not (start <= event.event_date <= end) or not counts_as_happened(event):
            continue
        known_to = coarse_unit(event.time_precision, unit)
        if known_to is not None:
            by_period = coarse.setdefault(period_label(event.event_date, known_to), {})
            by_period[type_label(event)] = by_period.get(type_label(event), 0) + 1
            continue
        i = index[period_label(event.event_date, unit)]
        by_type[type_label(event)][i] += 1
        total[i] += 1
        deaths[i] += reported_fatalities(event)
    ordered = dict(sorted(by_type.items(), key=lambda kv: (-sum(kv[1]), kv[0])))
    return Timeline(periods, ordered, total, deaths, unit, start, end, dict(sorted(coarse.items())))


def weekly_timeline(events: list[Event], start: date, end: date) -> Timeline:
    """Count dated ``events`` per ISO week between ``start`` and ``end`` (inclusive)."""
    return count_timeline(events, start, end, "week")


def situation_timeline(events: list[Event], start: date, end: date,
                       max_columns: int = MAX_COLUMNS) -> Timeline:
    """The timeline of a situation period ``start``..``end`` (inclusive): all of it by
    ISO week when that is at most ``max_columns`` weeks; otherwise from the first
    event's day (the weeks before it hold no event) in the finest unit, week, month
    or year, giving at most ``max_columns`` columns (see :func:`choose_unit`)."""
    first, unit = timeline_window((e.event_date for e in events if e.event_date and counts_as_happened(e)),
                                  start, end, max_columns)
    return count_timeline(events, first, end, unit)


def timeline_window(dates: Iterable[date], start: date, end: date,
                    max_columns: int = MAX_COLUMNS) -> tuple[date, Unit]:
    """Where a timeline of the period ``start``..``end`` (inclusive, UTC dates) starts
    and which unit it counts by, the rule ``crisisdesk situation`` and ``crisisdesk
    report`` share: ``(start, "week")`` when the period is at most ``max_columns`` ISO
    weeks; otherwise it starts at the earliest of ``dates`` inside the period (``start``
    when none is) and counts by the finest of week, month, year giving at most
    ``max_columns`` columns (:func:`choose_unit`)."""
    first = start
    if _count_periods(start, end, "week") > max_columns:
        first = min((d for d in dates if start <= d <= end), default=start)
    return first, choose_unit(first, end, max_columns)


def counts_by_type(events: list[Event]) -> Counter:
    """Number of events per type label, counting only events that
    :func:`counts_as_happened`."""
    return Counter(type_label(e) for e in events if counts_as_happened(e))
