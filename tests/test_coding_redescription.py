"""A sentence that re-describes an incident told before it ("the attackers opened fire
...", definite anaphora, no date of its own) is dated and placed as that incident and
merges with it; a place in the phrase of a report's speaker ("an official in Kayes
said") is not the event's place. Sentences written for these tests; real spaCy model
and annotation stage (the session ``annotator`` fixture)."""

from __future__ import annotations

from datetime import date

from tests.support.annotation import code_text

from crisisdesk.consolidate.events import consolidate

PUB = date(2025, 11, 21)  # a Friday

AMBUSH = ("Suspected jihadists ambushed a convoy of fuel tankers on the road between Kayes and Diboli "
          "on Sunday, killing three drivers.")
REDESCRIBED = ("The convoy was heading to Bamako when the attackers opened fire with machine guns and "
               "rocket-propelled grenades, a transport union official in Kayes said.")


def code(annotator, text: str):
    return code_text(annotator, text, PUB)


def test_a_redescription_in_the_next_paragraph_takes_the_incidents_date_and_place(annotator):
    mentions = code(annotator, AMBUSH + "\n\n" + REDESCRIBED)
    assert len(mentions) == 2
    ambush, again = mentions
    assert ambush.event_date == date(2025, 11, 16)
    # not the publication day, not the union official's town
    assert again.event_date == date(2025, 11, 16) and again.time_precision == "day"
    assert again.place is not None and again.place.name == ambush.place.name
    # RPGs fired by ground attackers: no shelling (ACLED Codebook), the ambush's own type
    assert (again.acled_event_type, again.acled_sub_event_type) == (
        ambush.acled_event_type, ambush.acled_sub_event_type) == ("Violence against civilians", "Attack")
    events = consolidate(mentions)
    assert len(events) == 1 and events[0].num_mentions == 2
    assert events[0].acled_sub_event_type == "Attack" and events[0].event_date == date(2025, 11, 16)


def test_an_undated_sentence_without_a_back_reference_keeps_its_own_date(annotator):
    # "Gunmen" (no definite article, no doer noun of the earlier incident) start a new report
    text = AMBUSH + "\n\nGunmen opened fire on a bus near Mopti, a transport union official in Sévaré said."
    ambush, other = code(annotator, text)
    # undated: the week ending on the report's day (the report's day is not the event's)
    assert (other.event_date, other.date_end, other.time_precision) == (date(2025, 11, 15), PUB, "week")
    assert other.place is not None and other.place.name == "Mopti"


def test_a_place_in_the_speakers_phrase_is_not_the_events_place(annotator):
    text = "Gunmen set fire to a school, a teacher in Gao told reporters."
    (mention,) = [m for m in code(annotator, text) if m.event_type == "ASSAULT"]
    assert mention.place is None or mention.place.name != "Gao"
