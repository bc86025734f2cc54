"""Weekly timeline of events by type: counting (ISO weeks, Monday start, UTC dates) and
an SVG bar chart drawn with matplotlib (object API, no global pyplot state)."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

import matplotlib
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure

MAX_SERIES = 8  # further types are summed as "other"


@dataclass
class WeeklySeries:
    """Counts per week (``weeks``: the Mondays, ascending, every week in between
    included) for each ``type`` (series lists align with ``weeks``)."""

    weeks: list[date]
    series: dict[str, list[int]]

    def as_dict(self) -> dict:
        return {"weeks": [w.isoformat() for w in self.weeks], "series": self.series}


def week_start(day: date) -> date:
    """The Monday of the ISO week containing ``day``."""
    return day - timedelta(days=day.weekday())


def weekly_counts(pairs: Iterable[tuple[date | None, str]]) -> WeeklySeries:
    """Count ``(event_date, type)`` pairs per ISO week and type; undated pairs are
    skipped. The ``MAX_SERIES - 1`` most frequent types keep their own series, the rest
    become ``other``."""
    counts: Counter[tuple[date, str]] = Counter()
    totals: Counter[str] = Counter()
    for day, kind in pairs:
        if day is None:
            continue
        counts[(week_start(day), kind)] += 1
        totals[kind] += 1
    if not counts:
        return WeeklySeries([], {})
    keep = {k for k, _ in totals.most_common(MAX_SERIES - 1)} if len(totals) > MAX_SERIES else set(totals)
    first = min(w for w, _ in counts)
    last = max(w for w, _ in counts)
    weeks = [first + timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]
    index = {w: i for i, w in enumerate(weeks)}
    names = sorted(keep, key=lambda k: (-totals[k], k)) + (["other"] if len(keep) < len(totals) else [])
    series = {name: [0] * len(weeks) for name in names}
    for (week, kind), n in counts.items():
        series[kind if kind in keep else "other"][index[week]] += n
    return WeeklySeries(weeks, series)


def timeline_svg(data: WeeklySeries, title: str = "Events per week by type") -> str:
    """A stacked bar chart of ``data`` as an SVG document (text kept as text).
    With no data, a small chart saying so."""
    fig = Figure(figsize=(8, 2.8), dpi=100)
    FigureCanvasSVG(fig)
    ax = fig.add_subplot(1, 1, 1)
    if not data.weeks:
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
    else:
        x = list(range(len(data.weeks)))
        bottom = [0] * len(x)
        for name, values in data.series.items():
            ax.bar(x, values, bottom=bottom, label=name, width=0.8)
            bottom = [b + v for b, v in zip(bottom, values)]
        step = max(1, len(x) // 10)
        ax.set_xticks(x[::step], [w.strftime("%d %b %Y") for w in data.weeks[::step]], fontsize=7)
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
