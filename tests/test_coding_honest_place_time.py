"""Honest place and time (issue: "never invent precision").

- An actor's nationality is not where its event happens: a movement or escort whose
  only toponym is its destination ("escorted a convoy to Timbuktu") is placed near that
  destination; a headline with no place of its own takes the article's focus country,
  never the home country of a foreign force.
- An asserted, claimed or negated event cannot happen after the article reporting it:
  a date the text gives after the publication day is not the event's date (the event
  is put in the week ending on the report's day and the article notes the dropped
  date); a threatened or hypothetical event may carry a later date.

Every text here was written for these tests."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from crisisdesk.pipeline import RunOptions, Stages, process
from crisisdesk.records import RawDocument
from tests.support.annotation import code_text, make_article

PUBLISHED = date(2025, 11, 20)


def _first(mentions, event_type: str):  # noqa: ANN001, ANN202
    found = [m for m in mentions if m.event_type == event_type]
    assert found, [(m.event_type, m.evidence.sentence) for m in mentions]
    return found[0]


# ------------------------------------------------------------------ place
def test_escort_with_only_a_destination_is_placed_near_the_destination_not_in_the_escorts_country(annotator):
    text = "Turkish special forces escorted a column of grain lorries to Timbuktu on Monday."
    m = _first(code_text(annotator, text, PUBLISHED), "AID")
    assert m.place is not None
    assert m.place.country == "MLI"
    assert m.place.name == "Timbuktu"
    assert m.place.geo_precision == 2  # on the way to the town, not in it


def test_movement_destination_does_not_place_an_event_with_a_place_of_its_own(annotator):
    text = "Russian instructors escorted a convoy near Ségou to Timbuktu on Monday."
    m = _first(code_text(annotator, text, PUBLISHED), "AID")
    assert m.place is not None and m.place.name == "Ségou"


def _raw(title: str, text: str) -> RawDocument:
    return RawDocument(uri="mem://honest.json", content=text.encode("utf-8"),
                       fetched_at=datetime(2025, 11, 21, tzinfo=timezone.utc), origin="json",
                       media_type="text/plain",
                       metadata={"title": title, "published": PUBLISHED.isoformat(),
                                 "url": "https://example.org/mali/escort"})


@pytest.fixture(scope="module")
def stages(annotator):  # noqa: ANN001, ANN201
    from crisisdesk.coding.stage import CodeStage

    return Stages(annotate=annotator.annotate, code=CodeStage())


def test_headline_of_a_foreign_force_is_not_placed_in_its_home_country(stages):
    title = "Turkish Troops Escort Grain Column To Timbuktu"
    body = ("Lorries carrying grain reached the northern town after a ten-day journey, traders in "
            "Timbuktu said. Prices in Gao markets fell on Wednesday.")
    result = process(_raw(title, body), stages, RunOptions())
    titled = [m for m in result.mentions if m.evidence.in_title]
    assert titled, [(m.event_type, m.evidence.sentence) for m in result.mentions]
    assert all(m.place is not None and m.place.country == "MLI" for m in titled), \
        [(m.event_type, m.place) for m in titled]


# ------------------------------------------------------------------ time
def test_asserted_event_dated_after_its_report_is_not_given_that_date(annotator):
    text = "Gunmen attacked the cattle market in Niono on 14 August 2097, killing three traders."
    article = make_article(text, PUBLISHED, language="en")
    from crisisdesk.coding.coder import code_events

    m = _first(code_events(annotator.annotate(article), article), "ASSAULT")
    assert m.status == "asserted"
    assert m.event_date is not None and m.event_date <= PUBLISHED
    assert (m.event_date, m.date_end, m.time_precision) == (date(2025, 11, 14), PUBLISHED, "week")
    assert any("14 August 2097" in note for note in article.notes), article.notes


def test_event_told_in_the_past_tense_on_a_later_day_of_the_same_year_is_dated_on_or_before_the_report(annotator):
    text = "On 12 December 2025 gunmen attacked the market in Niono."
    m = _first(code_text(annotator, text, PUBLISHED), "ASSAULT")
    assert m.status == "asserted"
    assert (m.event_date, m.date_end, m.time_precision) == (date(2025, 11, 14), PUBLISHED, "week")


def test_hypothetical_event_keeps_its_later_date_but_a_threat_is_made_on_or_before_its_report(annotator):
    text = "Gunmen could attack the market in Niono on 3 January 2026, officials warned."
    m = _first(code_text(annotator, text, PUBLISHED), "ASSAULT")
    assert m.status == "hypothetical" and m.event_date == date(2026, 1, 3)
    text = "JNIM threatened to attack convoys on the Kayes road on 3 January 2026."
    threat = _first(code_text(annotator, text, PUBLISHED), "THREATEN")
    assert threat.event_date is not None and threat.event_date <= PUBLISHED < date(2026, 1, 3)
