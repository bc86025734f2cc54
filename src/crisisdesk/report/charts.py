"""Timeline of events by type: counting per ISO week (Monday start), calendar month or
year (UTC dates; the unit chosen by the rule ``crisisdesk situation`` uses,
:func:`crisisdesk.analysis.timeline.timeline_window`) and an SVG bar chart drawn with
matplotlib (object API, no global pyplot state)."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import matplotlib
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure

from crisisdesk.analysis.timeline import Unit, next_period_start, period_label, period_start, timeline_window

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

    @property
    def weeks(self) -> list[date]:
        """The periods' first days (the Mondays when ``unit`` is ``week``)."""
        return self.periods

    def labels(self) -> list[str]:
        """Period labels: ``2025-W46``, ``2025-11`` or ``2025``."""
        return [period_label(p, self.unit) for p in self.periods]

    def as_dict(self) -> dict:
        return {"unit": self.unit, "periods": [p.isoformat() for p in self.periods], "series": self.series}


def week_start(day: date) -> date:
    """The Monday of the ISO week containing ``day``."""
    return period_start(day, "week")


def period_counts(pairs: Iterable[tuple[date | None, str]], unit: Unit | None = None) -> PeriodSeries:
    """Count ``(event_date, type)`` pairs per period and type from the first dated pair
    to the last; undated pairs are skipped. ``unit`` None: week, month or year as
    :func:`crisisdesk.analysis.timeline.timeline_window` picks for that span (at most
    16 columns: one 2012 event among 2025 ones gives 15 years, not 780 weeks). The
    ``MAX_SERIES - 1`` most frequent types keep their own series, the rest become
    ``other``."""
    dated = [(day, kind) for day, kind in pairs if day is not None]
    if not dated:
        return PeriodSeries([], {}, unit or "week")
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    if unit is None:
        first, unit = timeline_window((d for d, _ in dated), first, last)
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
    return PeriodSeries(periods, series, unit)


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
