"""Surge detection: this week's event count against the previous weeks' baseline.

Method (a one-sided exact Poisson test, as in count-based outbreak detection, e.g.
Farrington et al. 1996, J. R. Stat. Soc. A 159:547; and the Poisson rate test in Rosner,
*Fundamentals of Biostatistics*, §7.12):

- weeks are 7-day windows ending on the analysis date (the last one is "this week");
  the baseline is the ``baseline_weeks`` (default 8) windows before it;
- ``λ = max(mean(baseline counts), LAMBDA_FLOOR)``; the floor (0.5 events/week) keeps a
  region with no recent events from flagging on one or two reports;
- ``p = P(X ≥ observed | X ~ Poisson(λ)) = scipy.stats.poisson.sf(observed - 1, λ)``;
- ``ratio = observed / λ``;
- a surge is flagged when ``p < alpha`` (default 0.01, Bonferroni-divided by the number
  of series tested together), ``observed ≥ min_count`` (default 3) and ``ratio ≥ 1.5``;
- a surge needs a baseline: a baseline week counts only when the data covers it (it
  ends on or after the first date the store holds events for, ``coverage_start``); with
  fewer than ``MIN_BASELINE_WEEKS`` (2) such weeks nothing is tested and the analysis
  says "no baseline" (a store filled this week has no "before" to compare with; a zero
  count there means "not collected", not "quiet"). With 2-7 covered weeks the test uses
  those weeks and says so ("on the 3-week baseline").

The statement reads "ASSAULT events in Sikasso are up 3.0× on the 8-week baseline
(6 this week vs 2.0/week, p=0.002)".
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from scipy.stats import poisson

from crisisdesk.records import Event

LAMBDA_FLOOR = 0.5
BASELINE_WEEKS = 8
ALPHA = 0.01
MIN_COUNT = 3
MIN_RATIO = 1.5
MIN_BASELINE_WEEKS = 2


@dataclass(frozen=True)
class SurgeTest:
    """The test of one week: ``observed`` count, ``baseline`` mean per week (before the
    floor), ``ratio`` observed/λ, one-sided Poisson ``p_value``, ``surge`` flag."""

    observed: int
    baseline: float
    ratio: float
    p_value: float
    surge: bool


def poisson_surge(
    counts: list[int],
    baseline_weeks: int = BASELINE_WEEKS,
    alpha: float = ALPHA,
    min_count: int = MIN_COUNT,
    min_ratio: float = MIN_RATIO,
) -> SurgeTest:
    """Test the last value of ``counts`` (weekly counts, oldest first) against the mean
    of the ``baseline_weeks`` values before it (fewer if the series is shorter; at least
    one is needed, else ``ValueError``). Formula in the module docstring."""
    if len(counts) < 2:
        raise ValueError("surge test needs this week and at least one baseline week")
    observed = counts[-1]
    baseline = counts[-1 - baseline_weeks : -1]
    mean = sum(baseline) / len(baseline)
    lam = max(mean, LAMBDA_FLOOR)
    p_value = float(poisson.sf(observed - 1, lam)) if observed > 0 else 1.0
    ratio = observed / lam
    surge = p_value < alpha and observed >= min_count and ratio >= min_ratio
    return SurgeTest(observed, round(mean, 3), round(ratio, 2), p_value, surge)


def scan_weeks(counts: list[int], baseline_weeks: int = BASELINE_WEEKS, alpha: float = ALPHA) -> list[int]:
    """Indices of the weeks of ``counts`` flagged as surges, each tested against its own
    preceding ``baseline_weeks`` (weeks without a full baseline are not tested)."""
    return [
        i for i in range(baseline_weeks, len(counts))
        if poisson_surge(counts[: i + 1], baseline_weeks, alpha).surge
    ]


def rolling_week_counts(dates: list[date], until: date, weeks: int) -> list[int]:
    """Counts of ``dates`` in ``weeks`` consecutive 7-day windows ending on ``until``
    (inclusive), oldest first."""
    counts = [0] * weeks
    for d in dates:
        age = (until - d).days
        if 0 <= age < 7 * weeks:
            counts[weeks - 1 - age // 7] += 1
    return counts


@dataclass(frozen=True)
class SurgeStatement:
    """A computed statement about one series (area, type) with its test."""

    area: str
    event_type: str
    test: SurgeTest
    baseline_weeks: int
    week_start: date
    week_end: date

    @property
    def text(self) -> str:
        lam = max(self.test.baseline, LAMBDA_FLOOR)
        return (
            f"{self.event_type} events in {self.area} are up {self.test.ratio:.1f}× on the "
            f"{self.baseline_weeks}-week baseline ({self.test.observed} in the week "
            f"{self.week_start.isoformat()}–{self.week_end.isoformat()} vs {lam:.1f}/week, "
            f"p={self.test.p_value:.3g})"
        )

    def to_dict(self) -> dict:
        return {
            "area": self.area, "event_type": self.event_type, "observed": self.test.observed,
            "baseline_per_week": self.test.baseline, "ratio": self.test.ratio,
            "p_value": self.test.p_value, "baseline_weeks": self.baseline_weeks,
            "week_start": self.week_start.isoformat(), "week_end": self.week_end.isoformat(),
            "statement": self.text,
        }


def covered_baseline_weeks(until: date, coverage_start: date | None, baseline_weeks: int = BASELINE_WEEKS) -> int:
    """How many of the ``baseline_weeks`` 7-day windows before the week ending ``until``
    the data covers: windows ending on or after ``coverage_start`` (the first date the
    store holds events for; None = no data at all, 0 weeks)."""
    if coverage_start is None:
        return 0
    covered = 0
    for k in range(1, baseline_weeks + 1):  # k-th week before this week
        if until - timedelta(days=7 * k) >= coverage_start:
            covered += 1
    return covered


@dataclass(frozen=True)
class Baseline:
    """The baseline the surge test had: ``weeks`` covered by data (of ``wanted``), the
    data's ``coverage_start``; ``available`` is False below ``MIN_BASELINE_WEEKS``."""

    weeks: int
    wanted: int
    coverage_start: date | None

    @property
    def available(self) -> bool:
        return self.weeks >= MIN_BASELINE_WEEKS

    @property
    def text(self) -> str:
        if self.available:
            return f"{self.weeks}-week baseline" + (f" (data from {self.coverage_start.isoformat()})"
                                                   if self.weeks < self.wanted and self.coverage_start else "")
        since = f"the data starts {self.coverage_start.isoformat()}" if self.coverage_start else "there is no data"
        return (f"no baseline: {since}, {self.weeks} of the {self.wanted} weeks before this week are covered "
                f"(at least {MIN_BASELINE_WEEKS} needed)")

    def to_dict(self) -> dict:
        return {"available": self.available, "weeks": self.weeks, "wanted": self.wanted,
                "coverage_start": self.coverage_start.isoformat() if self.coverage_start else None,
                "statement": self.text}


def detect_surges(
    events: list[Event],
    until: date,
    area_of,
    type_of,
    baseline_weeks: int = BASELINE_WEEKS,
    alpha: float = ALPHA,
    coverage_start: date | None = None,
) -> list[SurgeStatement]:
    """Surges in the week ending ``until`` for every (area, type) series and every area's
    total (type "All"). ``area_of(event)`` and ``type_of(event)`` give the labels (None
    skips the event). The significance level is Bonferroni-corrected: ``alpha`` divided
    by the number of series tested. ``coverage_start``: first date the data covers
    (default: the earliest of ``events``); only covered baseline weeks are used, and
    with fewer than ``MIN_BASELINE_WEEKS`` nothing is flagged (:func:`covered_baseline_weeks`).
    Returns the flagged statements, strongest first."""
    if coverage_start is None:
        coverage_start = min((e.event_date for e in events if e.event_date), default=None)
    baseline_weeks = covered_baseline_weeks(until, coverage_start, baseline_weeks)
    if baseline_weeks < MIN_BASELINE_WEEKS:
        return []
    series: dict[tuple[str, str], list[date]] = defaultdict(list)
    for event in events:
        area, kind = area_of(event), type_of(event)
        if area is None or event.event_date is None:
            continue
        series[(area, "All")].append(event.event_date)
        if kind:
            series[(area, kind)].append(event.event_date)
    if not series:
        return []
    corrected = alpha / len(series)
    week_start = until - timedelta(days=6)
    found = []
    for (area, kind), dates in sorted(series.items()):
        counts = rolling_week_counts(dates, until, baseline_weeks + 1)
        test = poisson_surge(counts, baseline_weeks, corrected)
        if test.surge:
            found.append(SurgeStatement(area, kind, test, baseline_weeks, week_start, until))
    return sorted(found, key=lambda s: (s.test.p_value, -s.test.ratio))
