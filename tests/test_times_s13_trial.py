"""Dates a new user's trial found wrong in session 13 (sentences written for these tests):

- "on Friday 21 November 2025" in a report of Thursday 20 November was dated Friday
  14 November (the weekday read on its own, as the previous Friday): a weekday that
  labels a written date is that date, here one after publication, which the coder sets
  aside with its FUTURE_DATE_NOTE;
- "overnight", "last night", "in the early hours" with no day named were no date: in a
  report they are the night before the publication day, dated that day (ACLED's
  practice: the training notes with "overnight"/"last night" are coded on the note's day);
  a named day ("overnight Saturday", "in the early hours of Sunday") dates it as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.annotate.times import TimeRecognizer
from crisisdesk.coding.coder import FUTURE_DATE_NOTE
from tests.support.annotation import code_text, make_article

PUB = date(2025, 11, 20)  # a Thursday


def _times(text: str) -> list[tuple]:
    return [(t.text, t.start, t.end, t.precision) for t in TimeRecognizer(use_dateparser=False).recognise(text, PUB)]


@pytest.mark.parametrize("text,expected", [
    ("Protesters marched in Bamako on Friday 21 November 2025.", [("21 November 2025", date(2025, 11, 21), date(2025, 11, 21), "day")]),
    ("Protesters marched on Friday, Nov. 21.", [("Nov. 21", date(2025, 11, 21), date(2025, 11, 21), "day")]),
    ("Protesters marched on Monday 17 November.", [("17 November.", date(2025, 11, 17), date(2025, 11, 17), "day")]),
    ("Protesters marched on Friday.", [("on Friday", date(2025, 11, 14), date(2025, 11, 14), "day")]),  # unchanged
    ("Protesters marched on Friday and 21 people were held.", [("on Friday", date(2025, 11, 14), date(2025, 11, 14), "day")]),
])
def test_a_weekday_labelling_a_written_date_is_that_date(text, expected):
    assert _times(text) == expected


NIGHT = (PUB, PUB, "day")  # the night before the report, dated its day as ACLED does


@pytest.mark.parametrize("text,expected", [
    ("Gunmen attacked the village overnight, killing five.", [("overnight", *NIGHT)]),
    ("Overnight, gunmen attacked the village.", [("Overnight", *NIGHT)]),
    ("Gunmen attacked the village last night.", [("last night", *NIGHT)]),
    ("Gunmen attacked the village in the early hours, killing five.", [("in the early hours", *NIGHT)]),
    ("Gunmen attacked the village overnight Saturday.", [("Saturday", date(2025, 11, 15), date(2025, 11, 15), "day")]),
    ("Gunmen attacked the village on Saturday overnight.", [("on Saturday", date(2025, 11, 15), date(2025, 11, 15), "day")]),
    ("Gunmen attacked in the early hours of Sunday.", [("Sunday", date(2025, 11, 16), date(2025, 11, 16), "day")]),
    ("The army imposed an overnight curfew.", []),
])
def test_a_night_with_no_day_named_is_the_night_before_the_report(text, expected):
    assert _times(text) == expected


def test_a_march_dated_after_publication_is_not_the_friday_before(annotator):
    text = "Protesters marched in Bamako on Friday 21 November 2025 to demand fuel, organisers said."
    article = make_article(text, PUB, language="en")
    from crisisdesk.coding.coder import code_events

    mentions = [m for m in code_events(annotator.annotate(article), article) if m.event_type == "PROTEST"]
    # the date after the report is set aside: the undated week ending on the report's
    # day, as for any sentence with no usable date (it was the day 14 November)
    assert [(m.event_date, m.date_end, m.time_precision) for m in mentions] == [(date(2025, 11, 14), PUB, "week")]
    assert any(note.startswith(FUTURE_DATE_NOTE) and "21 November 2025" in note for note in article.notes), article.notes


def test_an_overnight_attack_is_dated_to_the_night_before_the_report(annotator):
    [m] = [m for m in code_text(annotator, "Gunmen killed five villagers overnight in the village of Siby.", PUB)
           if m.event_type == "ASSAULT"]
    assert (m.event_date, m.date_end, m.time_precision) == NIGHT  # was the undated week 14-20 November
