"""English precision on written news (session 18): classes of spurious events and
``not_events`` violations of the fifth written-news check set, fixed by general rules.
Every sentence was written for these tests (real spaCy models and annotation stage, the
session ``annotator`` fixture); each rule has a near sentence where it must not fire.

- A word of a group's name ("the Alliance of Sahel States") or the description beside a
  named group ("the jihadist alliance JNIM") is no COOPERATE event; an alliance told of
  two parties stays one.
- A threat asked about in a question is hypothetical, as every act in a question.
- An act judged likely through the verb that governs it ("are likely to extend the
  siege") and an act describing the subject of a modal of possibility ("truces
  negotiated by religious leaders could multiply") are hypothetical.
- "Later that year" names the year written before it in the sentence, not the report's.
- "Summoned the ambassador to protest" is the summons (an official complaint, CAMEO
  114), no demonstration; a chargé d'affaires summoned is summoned as an ambassador is.
- "A funeral gathering" struck by a drone is no demonstration; a gathering to denounce
  a tax stays one.
- A heading line inside a text that names a kind of event ("Kidnappings on the Bamako
  road": a bare plural, no actor, count or time) is the topic of the section below,
  which codes the incident; a heading with named actors or a count stays a report.
- A bulletin's list of the stories it will tell ("Our headlines: a market attacked
  ...") codes nothing; the story told below does, and a colon after a speaker stays.
- Meetings counted in hundreds ("provided 3,100 consultations") are a tally of
  services, no talks; "held three consultations with opposition leaders" stays one.
- "Will reopen under the protection of the army": the protection is an act to come, not
  the army's stated intention (CAMEO 03x); "the army will provide protection" is one.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.support.annotation import code_text

PUBLISHED = date(2026, 1, 16)  # a Friday


@pytest.fixture(scope="module")
def coded(annotator):  # noqa: ANN001, ANN201
    """Every sentence of this module coded once (one article each): text -> mentions."""
    return {text: code_text(annotator, text, PUBLISHED) for text in SENTENCES}


def _seen(mentions, event_type: str) -> list[tuple]:  # noqa: ANN001
    return [(m.status, m.event_date, m.time_precision) for m in mentions if m.event_type == event_type]


NAMED_ALLIANCE = "The Alliance of Sahel States will hold a summit in Niamey on 12 March."
DESCRIBED_ALLIANCE = "The jihadist alliance JNIM besieged Léré on Monday."
TOLD_ALLIANCE = "The alliance between the two juntas was sealed in Niamey on Monday."
ASKED_THREAT = "Is it true that the gunmen threatened the teachers of Dioura?"
TOLD_THREAT = "The gunmen threatened the teachers of Dioura on Monday."
LIKELY_SIEGE = "Armed groups are likely to extend the siege of Boni in the coming weeks."
TOLD_SIEGE = "Armed groups extended the siege of Boni on Monday."
POSSIBLE_TRUCES = "Truces negotiated by religious leaders could multiply in the centre."
TOLD_TRUCES = "Truces negotiated by religious leaders have multiplied in the centre."
THAT_YEAR = "The junta, which seized power in May 2021, expelled the Danish troops later that year."
THIS_YEAR = "The junta expelled the Danish envoy earlier this year."
SUMMONS = ("Burkina Faso's foreign ministry summoned the Ivorian ambassador on Monday to protest against the "
           "arrest of two gendarmes.")
MARCH = "Students marched in Ouagadougou on Monday to protest against the arrest of two teachers."
CHARGE = "Mali summoned the Algerian chargé d'affaires on Tuesday."
FUNERAL = "A drone strike hit a funeral gathering near Djibo on Sunday, killing nine people."
TAX_GATHERING = ("Hundreds of traders held a gathering in front of the town hall of Djibo on Sunday to denounce "
                 "the new tax.")
SECTION_HEADING = ("The drivers were freed.\n\nKidnappings on the Bamako road\n\n"
                   "Gunmen abducted four drivers near Kolokani on Monday.")
ACTORS_HEADING = "The drivers were freed.\n\nClashes between FAMa and JNIM near Boni\n\nThe fighting lasted two hours."
COUNT_HEADING = "The drivers were freed.\n\nThree traders kidnapped near Kolokani\n\nThe traders were taken on Monday."
REOPEN_UNDER = "The mayor said the school of Kona will reopen on Monday under the protection of the army."
PROVIDE = "The army will provide protection to the school of Kona."
PREVIEW = ("The news at noon.\n\nOur headlines: a market attacked near Koutiala, the drivers' strike, and fuel prices."
           "\n\nArmed men attacked the weekly market of Konséguéla on Sunday.")
SAID_COLON = "The army said: a convoy was ambushed near Gao on Monday."
CLINIC_TALLY = "Our mobile teams provided 3,100 consultations in Dori and Gorom-Gorom."
TALKS_COUNTED = "The minister held three consultations with opposition leaders in Dori on Monday."
SENTENCES = (CLINIC_TALLY, TALKS_COUNTED, PREVIEW, SAID_COLON, NAMED_ALLIANCE, DESCRIBED_ALLIANCE, TOLD_ALLIANCE, ASKED_THREAT, TOLD_THREAT,
             LIKELY_SIEGE, TOLD_SIEGE, POSSIBLE_TRUCES, TOLD_TRUCES, THAT_YEAR, THIS_YEAR, SUMMONS, MARCH, CHARGE, FUNERAL, TAX_GATHERING,
             SECTION_HEADING, ACTORS_HEADING, COUNT_HEADING, REOPEN_UNDER, PROVIDE)


def test_a_groups_name_or_description_is_no_cooperation(coded):  # noqa: ANN001
    assert _seen(coded[NAMED_ALLIANCE], "COOPERATE") == []
    assert _seen(coded[NAMED_ALLIANCE], "CONSULT") == [("threatened", date(2026, 3, 12), "day")]
    assert _seen(coded[DESCRIBED_ALLIANCE], "COOPERATE") == []
    assert [m.event_type for m in coded[DESCRIBED_ALLIANCE]] == ["COERCE"]  # the siege


def test_an_alliance_told_of_two_parties_stays_cooperation(coded):  # noqa: ANN001
    assert _seen(coded[TOLD_ALLIANCE], "COOPERATE") == [("asserted", date(2026, 1, 12), "day")]


def test_a_threat_asked_about_is_hypothetical(coded):  # noqa: ANN001
    assert [m.status for m in coded[ASKED_THREAT] if m.event_type == "THREATEN"] == ["hypothetical"]
    assert _seen(coded[TOLD_THREAT], "THREATEN") == [("asserted", date(2026, 1, 12), "day")]


def test_an_act_judged_likely_through_its_verb_is_hypothetical(coded):  # noqa: ANN001
    assert [m.status for m in coded[LIKELY_SIEGE] if m.event_type == "COERCE"] == ["hypothetical"]
    assert _seen(coded[TOLD_SIEGE], "COERCE") == [("asserted", date(2026, 1, 12), "day")]


def test_an_act_describing_a_possible_subject_is_hypothetical(coded):  # noqa: ANN001
    assert [m.status for m in coded[POSSIBLE_TRUCES] if m.event_type == "CONSULT"] == ["hypothetical"]
    assert [m.status for m in coded[TOLD_TRUCES] if m.event_type == "CONSULT"] == ["asserted"]


def test_later_that_year_is_the_year_told_before_it(coded):  # noqa: ANN001
    expelled = [m for m in coded[THAT_YEAR] if m.evidence.trigger.text == "expelled"]
    assert [(m.status, m.event_date, m.date_end, m.time_precision) for m in expelled] == [
        ("historical", date(2021, 1, 1), date(2021, 12, 31), "year")]
    assert _seen(coded[THIS_YEAR], "SANCTION") == [("asserted", date(2026, 1, 1), "year")]


def test_that_period_without_a_year_before_it_is_not_read():
    from crisisdesk.annotate.times import TimeRecognizer

    found = TimeRecognizer(use_dateparser=False).recognise(
        "The army left the town. It returned later that year.", PUBLISHED)
    assert found == []
    month = TimeRecognizer(use_dateparser=False).recognise(
        "Talks opened in March 2024 and collapsed later that month.", PUBLISHED)
    assert [(t.text, t.start, t.end, t.precision) for t in month] == [
        ("March 2024", date(2024, 3, 1), date(2024, 3, 31), "month"),
        ("later that month", date(2024, 3, 1), date(2024, 3, 31), "month")]


def test_a_summons_to_protest_is_no_demonstration(coded):  # noqa: ANN001
    assert _seen(coded[SUMMONS], "PROTEST") == []
    assert [(m.event_type, m.cameo_code) for m in coded[SUMMONS] if m.event_type == "ACCUSE"] == [("ACCUSE", "114")]
    assert [m.evidence.trigger.text for m in coded[MARCH] if m.event_type == "PROTEST"] == ["marched", "protest"]


def test_a_charge_d_affaires_summoned_is_an_official_complaint(coded):  # noqa: ANN001
    assert [(m.event_type, m.cameo_code) for m in coded[CHARGE]] == [("ACCUSE", "114")]


def test_a_gathering_named_as_another_occasion_is_no_demonstration(coded):  # noqa: ANN001
    assert [m.event_type for m in coded[FUNERAL]] == ["ASSAULT"]
    assert _seen(coded[TAX_GATHERING], "PROTEST") == [("asserted", date(2026, 1, 11), "day")]


def test_a_heading_naming_a_kind_of_event_codes_nothing(coded):  # noqa: ANN001
    assert [m.evidence.trigger.text for m in coded[SECTION_HEADING] if m.event_type == "ASSAULT"] == ["abducted"]
    assert [m.evidence.trigger.text for m in coded[ACTORS_HEADING] if m.event_type == "ASSAULT"] == ["Clashes"]
    assert [m.evidence.trigger.text for m in coded[COUNT_HEADING] if m.event_type == "ASSAULT"] == ["kidnapped"]


def test_a_circumstance_of_an_act_to_come_is_no_intention(coded):  # noqa: ANN001
    assert [(m.event_type, m.status) for m in coded[REOPEN_UNDER]] == [("AID", "threatened")]
    assert [(m.event_type, m.status) for m in coded[PROVIDE]] == [("AGREE", "asserted")]


def test_a_bulletins_list_of_stories_codes_nothing(coded):  # noqa: ANN001
    assert [(m.evidence.trigger.text, m.event_date) for m in coded[PREVIEW]] == [("attacked", date(2026, 1, 11))]
    assert [(m.event_type, m.evidence.trigger.text) for m in coded[SAID_COLON]] == [("ASSAULT", "ambushed")]


def test_meetings_counted_in_hundreds_are_a_tally_of_services(coded):  # noqa: ANN001
    assert coded[CLINIC_TALLY] == []
    assert _seen(coded[TALKS_COUNTED], "CONSULT") == [("asserted", date(2026, 1, 12), "day")]
