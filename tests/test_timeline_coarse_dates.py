"""An event dated only to its month ("in late October") or year was counted in the first
week of that month in the weekly timeline (``crisisdesk situation``, the report's chart
and table, ``/api/timeline``): a week precision its date does not have. It is now in no
week: counted apart (``coarse``), shown across its month's weeks with a legend saying so."""

from __future__ import annotations

import dataclasses
from datetime import date

from crisisdesk.analysis.timeline import coarse_unit, count_timeline
from crisisdesk.report.charts import period_counts, timeline_svg
from tests.test_analysis import _event

OCTOBER = dataclasses.replace(_event(1, date(2025, 10, 1), acled="Battles"), time_precision="month")
NOV_17 = _event(2, date(2025, 11, 17), acled="Violence against civilians", deaths=3)


def test_coarse_unit():
    assert coarse_unit("month", "week") == "month" and coarse_unit("year", "week") == "year"
    assert coarse_unit("year", "month") == "year"
    assert coarse_unit("day", "week") is coarse_unit("week", "week") is coarse_unit("month", "month") is None


def test_a_month_only_event_is_in_no_week_of_the_situation_timeline():
    timeline = count_timeline([OCTOBER, NOV_17], date(2025, 9, 29), date(2025, 11, 20), "week")
    assert timeline.periods[0] == "2025-W40"  # the week of 1 October
    assert timeline.total == [0, 0, 0, 0, 0, 0, 0, 1]  # was [1, 0, ...]: the first week of October
    assert "Battles" not in timeline.by_type
    assert timeline.coarse == {"2025-10": {"Battles": 1}}
    by_month = count_timeline([OCTOBER, NOV_17], date(2025, 1, 1), date(2025, 11, 20), "month")
    assert by_month.coarse == {} and by_month.by_type["Battles"][9] == 1  # a month column holds it


def test_the_situation_table_draws_it_across_its_month_and_says_so():
    from rich.console import Console

    from crisisdesk.analysis.scope import Scope
    from crisisdesk.cli.situation import coarse_note, coarse_rows, timeline_table

    timeline = count_timeline([OCTOBER, NOV_17], date(2025, 9, 29), date(2025, 11, 20), "week")
    # W40 (29 Sep - 5 Oct) to W44 (27 Oct - 2 Nov) touch October; W45-W47 do not
    assert coarse_rows(timeline) == {"month": ["(1)"] * 5 + [""] * 3}

    class Result:  # the parts of a Situation the table and note read
        pass

    result = Result()
    result.timeline, result.scope = timeline, Scope(since=date(2025, 9, 29), until=date(2025, 11, 20))
    console = Console(width=200, record=True)
    console.print(timeline_table(result))
    assert "month only (n)" in console.export_text()
    assert "2025-10: 1 Battles" in coarse_note(result) and "in no week's count" in coarse_note(result)


def test_the_report_chart_and_table_keep_it_out_of_the_weeks():
    pairs = [(date(2025, 10, 1), "ASSAULT", "month"), (date(2025, 11, 17), "ASSAULT", "day"),
             (date(2025, 11, 3), "PROTEST", None)]
    data = period_counts(pairs)
    assert data.unit == "week" and data.periods[0] == date(2025, 9, 29)
    assert data.series["ASSAULT"] == [0, 0, 0, 0, 0, 0, 0, 1]  # was 1 in the week of 29 September
    assert data.coarse == [(date(2025, 10, 1), date(2025, 10, 31), "ASSAULT", 1)]
    assert data.coarse_labels() == [("2025-10", "ASSAULT", 1)]
    assert "date known to month/year only (drawn across it, in no week)" in timeline_svg(data)
    assert period_counts([(date(2025, 11, 3), "PROTEST")]).coarse == []  # pairs without a precision: as before
