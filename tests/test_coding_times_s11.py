"""Event dates and statuses that invent no precision (issue 4: "Where and when per event",
"Honest output: never invent precision").

- A body sentence with no date of its own is put in the week ending on the report's day,
  not on that day; an act still to come ("will patrol") is given no past day.
- Two dates of one sentence: each event takes the one nearest its trigger in the parse;
  two violent acts on different days are two incidents.
- A closed look back that frames the next sentence ("Last month, ... . They abducted
  ...") makes that sentence's act historical too; "two weeks earlier" is a date.
- A situation report's period is written no more precisely than its events are dated.

Every sentence here was written for these tests (real spaCy model and annotation stage,
the session ``annotator`` fixture)."""

from __future__ import annotations

from datetime import date

from crisisdesk.annotate.times import TimeRecognizer, coming
from crisisdesk.records import TimeExpression
from tests.support.annotation import code_text

PUB = date(2025, 11, 12)  # a Wednesday


def _only(mentions, event_type: str):  # noqa: ANN001, ANN202
    found = [m for m in mentions if m.event_type == event_type]
    assert len(found) == 1, [(m.event_type, m.evidence.trigger.text, m.event_date) for m in mentions]
    return found[0]


def _dates(m) -> tuple:  # noqa: ANN001
    return m.event_date, m.date_end, m.time_precision


# ------------------------------------------------------------ 1. undated sentences
def test_an_undated_sentence_is_put_in_the_week_ending_on_the_report_day(annotator):
    m = _only(code_text(annotator, "JNIM fighters attacked a convoy near Kayes.", PUB), "ASSAULT")
    assert _dates(m) == (date(2025, 11, 6), PUB, "week")  # not 12 November, day precision


def test_a_dated_sentence_keeps_its_day(annotator):
    m = _only(code_text(annotator, "JNIM fighters attacked a convoy near Kayes on Monday.", PUB), "ASSAULT")
    assert _dates(m) == (date(2025, 11, 10), date(2025, 11, 10), "day")


def test_an_incident_log_entry_dated_by_its_event_keeps_its_day(annotator):
    """An ACLED note is coded as published on its event_date: its undated sentence is
    that day (records.EVENTS_DATED_BY_PUBLICATION), and the extractor carries the flag
    from the raw document to the article; a news report is the week ending on it."""
    from crisisdesk.coding.coder import code_events
    from crisisdesk.evaluation.system import raw_from_text
    from crisisdesk.extract.article import ArticleExtractor
    from crisisdesk.records import EVENTS_DATED_BY_PUBLICATION

    text = "Unidentified gunmen attacked a convoy near Kayes, killing two drivers."
    found = {}
    for flag in (True, False):
        raw = raw_from_text(text, uri=f"log:{flag}", published=PUB, title="Incident log entry",
                            events_dated_by_publication=flag)
        article = ArticleExtractor().extract(raw)
        assert (article.metadata.get(EVENTS_DATED_BY_PUBLICATION) is True) is flag
        found[flag] = _only(code_events(annotator.annotate(article), article), "ASSAULT")
    assert _dates(found[True]) == (PUB, PUB, "day")
    assert _dates(found[False]) == (date(2025, 11, 6), PUB, "week")


# ------------------------------------------------------------ 2. two dates, one sentence
def test_two_attacks_on_two_days_in_one_sentence_are_two_incidents_each_with_its_day(annotator):
    text = "Gunmen attacked a convoy near Kayes on Monday and ambushed a patrol near Nioro on Wednesday."
    found = [m for m in code_text(annotator, text, PUB) if m.event_type == "ASSAULT"]
    assert sorted((m.evidence.trigger.text, m.event_date) for m in found) == [
        ("ambushed", date(2025, 11, 12)), ("attacked", date(2025, 11, 10))]


def test_a_time_inside_the_claimed_attack_phrase_dates_the_attack_not_the_claim(annotator):
    m = _only(code_text(annotator, "JNIM claimed on Sunday an attack on a convoy near Kayes on Thursday.", PUB),
              "ASSAULT")
    assert _dates(m) == (date(2025, 11, 6), date(2025, 11, 6), "day")  # Thursday, not "on or before"


def test_a_denial_and_an_accusation_keep_their_own_days(annotator):
    mentions = code_text(annotator, "JNIM on Friday denied the claim and on Tuesday accused the army of the "
                                    "massacre.", PUB)
    assert _only(mentions, "REJECT").event_date == date(2025, 11, 7)
    assert _only(mentions, "ACCUSE").event_date == date(2025, 11, 11)


# ------------------------------------------------------------ 3. look backs
def test_a_closed_look_back_framing_the_next_sentence_makes_its_act_historical(annotator):
    text = "Last month, gunmen attacked Boni. They abducted the village chief."
    found = code_text(annotator, text, PUB)
    abduction = next(m for m in found if m.evidence.trigger.text == "abducted")
    assert _dates(abduction) == (date(2025, 10, 1), date(2025, 10, 31), "month")
    assert abduction.status == "historical"


def test_a_look_back_up_to_the_report_in_an_earlier_sentence_still_does_not(annotator):
    # "earlier this year" runs up to publication: its end says nothing (kept as before)
    found = code_text(annotator, "Turkish contractors left the mine earlier this year. Local media recently "
                                 "claimed that soldiers were escorting trucks to the site.", PUB)
    escort = next(m for m in found if m.evidence.trigger.text == "escorting")
    assert escort.status == "claimed"


def test_two_weeks_earlier_dates_the_abduction_to_that_week(annotator):
    text = "Gunmen attacked a market near Mopti on Monday. Two weeks earlier, the same group abducted a " \
           "village chief near Douentza."
    abduction = next(m for m in code_text(annotator, text, PUB) if m.evidence.trigger.text == "abducted")
    assert _dates(abduction) == (date(2025, 10, 27), date(2025, 11, 2), "week")
    # inside the article's reporting window (at least 31 days back): still current
    assert abduction.status == "asserted"


def test_days_earlier_is_the_week_ending_that_many_days_before_the_report():
    (t,) = TimeRecognizer(use_dateparser=False).recognise("It had happened three days earlier.", PUB)
    assert (t.start, t.end, t.precision) == (date(2025, 11, 3), date(2025, 11, 9), "week")
    (t,) = TimeRecognizer(use_dateparser=False).recognise("It happened three days ago.", PUB)
    assert (t.start, t.end, t.precision) == (date(2025, 11, 9), date(2025, 11, 9), "day")


# ------------------------------------------------------------ 5. acts to come
def test_an_undated_act_to_come_has_no_past_date(annotator):
    m = _only(code_text(annotator, "Soldiers will patrol the road to Kayes.", PUB), "MOBILIZE")
    assert m.status == "threatened" and _dates(m) == (None, None, None)


def test_a_weekday_of_an_act_to_come_is_its_coming_day(annotator):
    m = _only(code_text(annotator, "Soldiers will patrol the road to Kayes on Friday.", PUB), "MOBILIZE")
    assert m.status == "threatened" and _dates(m) == (date(2025, 11, 14), date(2025, 11, 14), "day")


def test_a_threat_is_dated_by_its_report_not_by_the_act_it_announces(annotator):
    march = _only(code_text(annotator, "Protesters will march in Bamako on Friday.", PUB), "THREATEN")
    assert _dates(march) == (date(2025, 11, 6), PUB, "week")  # not last Friday, 7 November
    threat = _only(code_text(annotator, "JNIM threatened to attack Bamako next month.", PUB), "THREATEN")
    assert threat.status == "asserted" and _dates(threat) == (date(2025, 11, 6), PUB, "week")


def test_coming_moves_calendar_names_after_the_report_and_leaves_the_rest():
    def expr(text: str, start: date, end: date, precision: str) -> TimeExpression:
        return TimeExpression(text=text, start=start, end=end, precision=precision)  # type: ignore[arg-type]

    friday = coming(expr("on Friday", date(2025, 11, 7), date(2025, 11, 7), "day"), PUB)
    assert (friday.start, friday.end) == (date(2025, 11, 14), date(2025, 11, 14))
    june = coming(expr("in June", date(2025, 6, 1), date(2025, 6, 30), "month"), PUB)
    assert (june.start, june.end) == (date(2026, 6, 1), date(2026, 6, 30))
    day = coming(expr("on December 20", date(2024, 12, 20), date(2024, 12, 20), "day"), PUB)
    assert day.start == date(2025, 12, 20)
    for kept in (expr("on 3 May 2025", date(2025, 5, 3), date(2025, 5, 3), "day"),
                 expr("last Friday", date(2025, 11, 7), date(2025, 11, 7), "day"),
                 expr("next week", date(2025, 11, 17), date(2025, 11, 23), "week")):
        assert coming(kept, PUB) is kept


# ------------------------------------------------------------ 4. report period
def test_report_period_starts_at_a_month_not_at_its_first_day():
    from crisisdesk.report.content import Headline

    head = Headline()
    head.add_dates(date(2025, 11, 10), None, "day")
    head.add_dates(date(2025, 9, 1), date(2025, 9, 30), "month")
    head.add_dates(date(2025, 11, 6), date(2025, 11, 12), "week")
    assert head.period == "2025-09 – 2025-11-12"
    year = Headline()
    year.add_dates(date(2019, 1, 1), date(2019, 12, 31), "year")
    assert year.period == "2019"
    same_day = Headline()
    same_day.add_dates(date(2025, 9, 1), None, "month")
    same_day.add_dates(date(2025, 9, 1), None, "day")
    assert same_day.period == "2025-09-01 – 2025-09"


# ------------------------------------------------------------ exports
def test_gdelt_date_columns_give_no_day_for_a_coarse_date():
    from crisisdesk.export.gdelt import date_columns
    from crisisdesk.store.queries import EventView

    def view(start, end, precision):  # noqa: ANN001, ANN202
        return EventView(event_id="e", kind="event", event_type="ASSAULT", status="asserted",
                         event_date=start, date_end=end, time_precision=precision)

    assert date_columns(view(date(2025, 11, 17), None, "day")) == ("20251117", "202511", 2025, "2025.9507")
    assert date_columns(view(date(2025, 9, 1), date(2025, 9, 30), "month")) == ("", "202509", 2025, "")
    assert date_columns(view(date(2025, 10, 27), date(2025, 11, 2), "week")) == ("", "", 2025, "")
    assert date_columns(view(date(2025, 11, 6), date(2025, 11, 12), "week")) == ("", "202511", 2025, "")
    assert date_columns(view(None, None, None)) == ("", "", "", "")
