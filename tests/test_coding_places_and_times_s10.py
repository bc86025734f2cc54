"""Places and times of event mentions, on sentences written for these tests: a town
the gazetteer does not know named after "near" or as the home of a local office, a
person's name after "recaptured", the origin/destination test, future wording with a
past verb, and the country of a speaker's town. Real spaCy model and annotation stage
(the session ``annotator`` fixture)."""

from __future__ import annotations

from datetime import date

from tests.support.annotation import make_article

from crisisdesk.annotate.times import TimeRecognizer
from crisisdesk.coding.coder import code_events
from crisisdesk.coding.placetime import is_away
from crisisdesk.records import GEO_PRECISION_NEAR

PUB = date(2025, 11, 21)  # a Friday


def code(annotator, text: str):
    article = make_article(text, PUB)
    return code_events(annotator.annotate(article), article)


def test_an_unknown_town_after_near_is_near_that_town(annotator):
    """"near Diafarabé" (a village the shipped gazetteer lacks) came out at country
    precision 4; the text names the town the event is near: ACLED geo_precision 2."""
    mentions = code(annotator, "Malian soldiers clashed with JNIM militants near Diafarabé on Monday.")
    clash = [m for m in mentions if m.evidence.trigger.text == "clashed"]
    assert clash and clash[0].place is not None
    assert (clash[0].place.name, clash[0].place.geo_precision) == ("Diafarabé", GEO_PRECISION_NEAR)


def test_the_town_of_a_village_chief_is_the_place_not_the_country(annotator):
    """"abducted the village chief of Boni ... in Mali": Boni stands in the target's
    phrase and the gazetteer does not know it, so the country won; the town a local
    office is of is where the act happened, and a town comes before a country."""
    mentions = code(annotator, "Suspected jihadists abducted the village chief of Boni on Monday in Mali.")
    abduction = [m for m in mentions if m.evidence.trigger.text == "abducted"]
    assert abduction and abduction[0].place is not None
    assert (abduction[0].place.name, abduction[0].place.country) == ("Boni", "MLI")


def test_the_outskirts_of_a_town_are_where_unless_after_from(annotator):
    """``is_away`` had a dead branch (``... and False``) for "of" after "capital" or
    "outskirts"; it was deleted: "on the outskirts of Bamako" is where, "from the
    outskirts of Bamako" an origin (through the ancestor walk)."""
    doc = annotator.annotate(make_article("Gunmen attacked a checkpoint on the outskirts of Bamako.", PUB))
    assert is_away([t for t in doc if t.text == "Bamako"][0]) is False
    doc = annotator.annotate(make_article("Gunmen who came from the outskirts of Bamako attacked Kati.", PUB))
    assert is_away([t for t in doc if t.text == "Bamako"][0]) is True


def test_next_week_is_read_and_only_when_said_on_the_report_day():
    recognizer = TimeRecognizer(use_dateparser=False)
    found = recognizer.recognise("Talks resume next week, and a strike is set for next month.", PUB)
    assert [(t.text, t.start, t.end, t.precision) for t in found] == [
        ("next week", date(2025, 11, 24), date(2025, 11, 30), "week"),
        ("next month", date(2025, 12, 1), date(2025, 12, 31), "month")]
    assert recognizer.recognise("They met again the next week.", PUB) == []


def test_next_week_with_a_past_verb_is_a_future_event(annotator):
    """"marched in Bamako next week": the time's words put the march after the report,
    whatever the verb's tense. It was coded an asserted march on the publication day."""
    mentions = code(annotator, "Protesters marched in Bamako next week, organisers said.")
    march = [m for m in mentions if m.evidence.trigger.text == "marched"]
    assert march
    assert (march[0].status, march[0].event_date, march[0].time_precision) == (
        "threatened", date(2025, 11, 24), "week")


def test_a_speakers_town_gives_its_code_a_country_and_an_unknown_town_none(annotator):
    """"A resident of Gao" reported as CVL: the town's country (Mali) now makes it
    MLICVL. A speaker in a village with no country (no country focus in the text) keeps
    no code: which country the article is about is no fact about this speaker."""
    mentions = code(annotator, "A resident of Gao said gunmen attacked the village on Monday.")
    attack = [m for m in mentions if m.evidence.trigger.text == "attacked"]
    assert attack and attack[0].reported_by_code == "MLICVL"
    mentions = code(annotator, "A local official in Fafa told AFP that gunmen attacked the market on Monday.")
    attack = [m for m in mentions if m.evidence.trigger.text == "attacked"]
    assert attack and attack[0].reported_by == "A local official in Fafa" and attack[0].reported_by_code is None
