"""Time expressions resolved against the publication date (rules only; no model)."""

from datetime import date

import pytest

from crisisdesk.annotate.times import TimeRecognizer


def resolve(text: str, published: date):
    return [(t.text, t.start, t.end, t.precision) for t in TimeRecognizer().recognise(text, published)]


PUB = date(2025, 11, 21)  # a Friday


@pytest.mark.parametrize("text,expected", [
    ("officials confirmed on Friday.", ("on Friday", date(2025, 11, 21), date(2025, 11, 21), "day")),
    ("They met on Tuesday.", ("on Tuesday", date(2025, 11, 18), date(2025, 11, 18), "day")),
    ("They met last Friday.", ("last Friday", date(2025, 11, 14), date(2025, 11, 14), "day")),
    ("Earlier this month, France acted.", ("Earlier this month", date(2025, 11, 1), date(2025, 11, 21), "month")),
    ("a threat this week.", ("this week", date(2025, 11, 17), date(2025, 11, 21), "week")),
    ("withdrew earlier this year.", ("earlier this year", date(2025, 1, 1), date(2025, 11, 21), "year")),
    ("It happened in June.", ("in June", date(2025, 6, 1), date(2025, 6, 30), "month")),
    ("It happened last year.", ("last year", date(2024, 1, 1), date(2024, 12, 31), "year")),
    ("unrest since 2012 has spread", ("since 2012", date(2012, 1, 1), date(2025, 11, 21), "year")),
    ("On 30 December 2019, students marched.", ("30 December 2019", date(2019, 12, 30), date(2019, 12, 30), "day")),
    ("a statement on Nov. 20 said", ("Nov. 20", date(2025, 11, 20), date(2025, 11, 20), "day")),
    ("last month", ("last month", date(2025, 10, 1), date(2025, 10, 31), "month")),
    ("three days ago", ("three days ago", date(2025, 11, 18), date(2025, 11, 18), "day")),
    ("yesterday", ("yesterday", date(2025, 11, 20), date(2025, 11, 20), "day")),
    # day ranges in one month: first to last day, never one end alone
    ("On November 11-12, gunmen raided", ("November 11-12", date(2025, 11, 11), date(2025, 11, 12), "week")),
    ("clashes on 3-9 October left", ("3-9 October", date(2025, 10, 3), date(2025, 10, 9), "week")),
    ("Clashes on Sep.2-3 north of Gao", ("Sep.2-3", date(2025, 9, 2), date(2025, 9, 3), "week")),
    ("On October 4 and 5th, bandits", ("October 4 and 5th", date(2025, 10, 4), date(2025, 10, 5), "week")),
    ("an operation from 2 to 20 September", ("2 to 20 September", date(2025, 9, 2), date(2025, 9, 20), "month")),
    ("On 3 and 4 May 2018, herders", ("3 and 4 May 2018", date(2018, 5, 3), date(2018, 5, 4), "week")),
])
def test_expression_resolves(text, expected):
    assert resolve(text, PUB) == [expected]


def test_month_day_takes_the_year_that_is_not_in_the_future():
    # Published 2 January 2026: "Dec. 30" is 2025-12-30, not 2026-12-30.
    assert resolve("fighting on Dec. 30 killed", date(2026, 1, 2))[0][1] == date(2025, 12, 30)
    # A few days ahead is kept (announced dates): published 2025-12-03, "Dec. 5" stays 2025.
    assert resolve("talks on Dec. 5", date(2025, 12, 3))[0][1] == date(2025, 12, 5)


def test_month_without_year_is_the_most_recent_one():
    assert resolve("It happened in June.", date(2025, 2, 10))[0][1] == date(2024, 6, 1)


def test_abbreviations_with_and_without_full_stop():
    found = resolve("On Sept. 14 and on Sep. 19 and Oct 17", date(2025, 12, 3))
    assert [f[1] for f in found] == [date(2025, 9, 14), date(2025, 9, 19), date(2025, 10, 17)]


def test_may_the_verb_is_not_a_month():
    assert resolve("The group may 2 attack again and may strike", PUB) == []


def test_without_publication_date_only_absolute_dates():
    found = TimeRecognizer().recognise("On Friday and on 30 December 2019", None)
    assert [(t.text, t.start) for t in found] == [("30 December 2019", date(2019, 12, 30))]


def test_span_offsets_point_into_the_text():
    text = "Fighting resumed on Friday near the border."
    (t,) = TimeRecognizer().recognise(text, PUB)
    assert text[t.span.start:t.span.end] == t.text == "on Friday"


def _entity_years(text: str, phrase: str) -> list[tuple[str, date, str]]:
    """Dates read from ``phrase`` given to the recogniser as the model's DATE entity."""
    start = text.index(phrase)
    found = TimeRecognizer().recognise(text, PUB, date_entities=[(start, start + len(phrase))])
    return [(t.text, t.start, t.precision) for t in found]


def test_a_bare_number_is_no_year():
    # dateparser alone reads "34" as 1934 and "7" as July
    assert _entity_years("Convoy attacked near the border (34)", "(34)") == []
    assert _entity_years("Item 7 of the list", "7") == []
    assert _entity_years("The fort was built in year 1000 of the old count", "1000") == []


def test_a_four_digit_year_stays_a_year():
    assert _entity_years("Since the 2020 coup the junta has ruled", "the 2020") == [
        ("the 2020", date(2020, 1, 1), "year")]
    assert _entity_years("The accord (2015) was signed in Algiers", "2015") == [
        ("2015", date(2015, 1, 1), "year")]
