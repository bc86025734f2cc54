"""Timeline of events by type: counting per ISO week (Monday start), calendar month or
year (UTC dates; the unit chosen by the rule ``crisisdesk situation`` uses,
:func:`crisisdesk.analysis.timeline.timeline_window`) and an SVG bar chart drawn with
matplotlib (object API, no global pyplot state)."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

import matplotlib
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure

from crisisdesk.analysis.timeline import Unit, coarse_unit, next_period_start, period_label, period_start, timeline_window

MAX_SERIES = 8  # further types are summed as "other"

#: How a period reads in a chart's tick labels, per unit.
_TICK_FORMAT = {"week": "%d %b %Y", "month": "%b %Y", "year": "%Y"}


@dataclass
class PeriodSeries:
    """Counts per period (``periods``: the first day of each ``unit`` period — the
    Monday of an ISO week, the 1st of a month, 1 January —, ascending, every period in
    between included) for each ``type`` (series lists align with ``periods``)."""

    periods: list[date]
    series: dict[str, list[int]]
    unit: Unit = "week"
    #: Events dated more coarsely than ``unit`` (a month-only date by week), in no
    #: period's count: ``(first day, last day, type, count)`` of each month or year
    #: (:func:`crisisdesk.analysis.timeline.coarse_unit`); drawn across their month.
    coarse: list[tuple[date, date, str, int]] = field(default_factory=list)

    @property
    def weeks(self) -> list[date]:
        """The periods' first days (the Mondays when ``unit`` is ``week``)."""
        return self.periods

    def labels(self) -> list[str]:
        """Period labels: ``2025-W46``, ``2025-11`` or ``2025``."""
        return [period_label(p, self.unit) for p in self.periods]

    def as_dict(self) -> dict:
        return {"unit": self.unit, "periods": [p.isoformat() for p in self.periods], "series": self.series,
                "coarse": [{"first": a.isoformat(), "last": b.isoformat(), "type": kind, "count": n}
                           for a, b, kind, n in self.coarse]}

    def coarse_labels(self) -> list[tuple[str, str, int]]:
        """``(period label, type, count)`` of :attr:`coarse`: ``("2025-10", "ASSAULT", 1)``."""
        return [(period_label(a, "year" if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) else "month"), kind, n)
                for a, b, kind, n in self.coarse]


def week_start(day: date) -> date:
    """The Monday of the ISO week containing ``day``."""
    return period_start(day, "week")


def period_counts(pairs: Iterable[tuple], unit: Unit | None = None) -> PeriodSeries:
    """Count ``(event_date, type)`` pairs per period and type from the first dated pair
    to the last; undated pairs are skipped. ``unit`` None: week, month or year as
    :func:`crisisdesk.analysis.timeline.timeline_window` picks for that span (at most
    16 columns: one 2012 event among 2025 ones gives 15 years, not 780 weeks). The
    ``MAX_SERIES - 1`` most frequent types keep their own series, the rest become
    ``other``. A pair may carry a third item, the event's ``time_precision``: an event
    dated more coarsely than the unit (a month-only date by week) is counted in
    ``coarse`` under its month or year, not in a period (it was put in the month's
    first week)."""
    triples = [(p[0], p[1], p[2] if len(p) > 2 else None) for p in pairs]
    dated_all = [(day, kind, precision) for day, kind, precision in triples if day is not None]
    if not dated_all:
        return PeriodSeries([], {}, unit or "week")
    first, last = min(d for d, _, _ in dated_all), max(d for d, _, _ in dated_all)
    if unit is None:
        first, unit = timeline_window((d for d, _, _ in dated_all), first, last)
    coarse_counts: Counter[tuple[date, date, str]] = Counter()
    dated = []
    for day, kind, precision in dated_all:
        known_to = coarse_unit(precision, unit)
        if known_to is None:
            dated.append((day, kind))
        else:
            start = period_start(day, known_to)
            coarse_counts[(start, next_period_start(start, known_to) - timedelta(days=1), kind)] += 1
    counts: Counter[tuple[date, str]] = Counter((period_start(day, unit), kind) for day, kind in dated)
    totals: Counter[str] = Counter(kind for _, kind in dated)
    keep = {k for k, _ in totals.most_common(MAX_SERIES - 1)} if len(totals) > MAX_SERIES else set(totals)
    periods, current = [], period_start(first, unit)
    while current <= last:
        periods.append(current)
        current = next_period_start(current, unit)
    index = {p: i for i, p in enumerate(periods)}
    names = sorted(keep, key=lambda k: (-totals[k], k)) + (["other"] if len(keep) < len(totals) else [])
    series = {name: [0] * len(periods) for name in names}
    for (start, kind), n in counts.items():
        series[kind if kind in keep else "other"][index[start]] += n
    coarse = [(a, b, kind, n) for (a, b, kind), n in sorted(coarse_counts.items())]
    return PeriodSeries(periods, series, unit, coarse)


def _draw_coarse(ax, data: PeriodSeries) -> None:
    """Draw the events dated only to a month or year (``data.coarse``) as one hatched,
    see-through bar across the periods of that month or year (its height the events'
    number), labelled so in the legend: none sits in one week."""
    spans: Counter[tuple[date, date]] = Counter()
    for a, b, _, n in data.coarse:
        spans[(a, b)] += n
    labelled = False
    for (a, b), n in sorted(spans.items()):
        inside = [i for i, p in enumerate(data.periods) if p <= b and next_period_start(p, data.unit) > a]
        if not inside:
            continue
        left, right = inside[0] - 0.4, inside[-1] + 0.4
        label = None if labelled else f"date known to month/year only (drawn across it, in no {data.unit})"
        ax.bar((left + right) / 2, n, width=right - left, fill=False, hatch="//", edgecolor="0.4",
               linewidth=0.8, label=label)
        labelled = True


def timeline_svg(data: PeriodSeries, title: str | None = None) -> str:
    """A stacked bar chart of ``data`` as an SVG document (text kept as text); the
    title defaults to "Events per <unit> by type". With no data, a small chart saying so."""
    title = title or f"Events per {data.unit} by type"
    fig = Figure(figsize=(8, 2.8), dpi=100)
    FigureCanvasSVG(fig)
    ax = fig.add_subplot(1, 1, 1)
    if not data.periods:
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
    else:
        x = list(range(len(data.periods)))
        bottom = [0] * len(x)
        for name, values in data.series.items():
            ax.bar(x, values, bottom=bottom, label=name, width=0.8)
            bottom = [b + v for b, v in zip(bottom, values)]
        step = max(1, len(x) // 10)
        _draw_coarse(ax, data)
        ax.set_xticks(x[::step], [p.strftime(_TICK_FORMAT[data.unit]) for p in data.periods[::step]], fontsize=7)
        ax.set_ylabel("events")
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
        ax.spines[["top", "right"]].set_visible(False)
    ax.set_title(title, fontsize=9)
    fig.tight_layout()
    out = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "crisisdesk"}):
        fig.savefig(out, format="svg", metadata={"Date": None})
    return out.getvalue()
