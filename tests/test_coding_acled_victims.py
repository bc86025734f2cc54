"""Battles or Violence against civilians from who the victims are (:mod:`crisisdesk.coding.acled`,
ACLED Codebook 2023: Violence against civilians is violence against unarmed
non-combatants; Battles a violent interaction between two organised armed groups):

- armed people (soldiers, police officers, militiamen) abducted by an armed group are
  taken in a Battle - Armed clash, not an Abduction/forced disappearance of civilians;
- an ACLED coder's remark in an ACLED note ("(battle coded separately)", "(attack coded
  separately)", "(coded as civilian)") says which part of an incident the note is.

Every sentence is written for these tests (no development-set text)."""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.coding.acled import (
    ARMED_PEOPLE_TAKEN,
    REMARK_BATTLE,
    REMARK_NOT_BATTLE,
    coding_remark,
)
from crisisdesk.records import ActorRef
from tests.support.annotation import code_text, mention_rule_types, rule_acled_types as types

GUNMEN = ActorRef("gunmen", sector="REB", generic=True)
JNIM = ActorRef("JNIM", code="JNIM", sector="REB", actor_type="rebel group")
SOLDIERS = ActorRef("soldiers", sector="MIL", generic=True)
OFFICER = ActorRef("police officer", sector="COP", generic=True)
HERDERS = ActorRef("herders", sector="CVL", generic=True)
PEOPLE = ActorRef("individuals", sector="CVL", generic=True)
POST = ActorRef("gendarmerie post", sector="MIL", generic=True)
PUB = date(2024, 5, 6)


# -- armed people abducted ------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Gunmen abducted two soldiers on the road to Boni.",
    "Militants kidnapped a customs officer near the border.",
    "Three gendarmes were taken hostage at the market.",
    "The assailants stopped a bus, removed five soldiers and abducted them.",
])
def test_armed_people_named_as_the_captives(sentence):
    assert ARMED_PEOPLE_TAKEN.search(sentence)


@pytest.mark.parametrize("sentence", [
    "A trader was abducted by gunmen near Gao.",  # the gunmen are the abductors
    "Militants abducted a herder near the army post.",
    "Gunmen kidnapped the son of a soldier in Mopti.",
])
def test_abductors_or_places_are_not_armed_captives(sentence):
    assert not ARMED_PEOPLE_TAKEN.search(sentence)


def test_soldiers_abducted_by_an_armed_group_are_a_battle():
    assert types("Gunmen abducted two soldiers on the road to Boni.", [GUNMEN], [SOLDIERS], mode="abduct") \
        == ("Battles", "Armed clash")


def test_a_police_officer_kidnapped_without_a_parsed_captive_word_is_a_battle_by_the_target():
    assert types("Gunmen kidnapped him near the stadium.", [GUNMEN], [OFFICER], mode="abduct") \
        == ("Battles", "Armed clash")


def test_civilians_abducted_stay_an_abduction():
    assert types("Gunmen abducted three herders near Boni.", [GUNMEN], [HERDERS], mode="abduct") \
        == ("Violence against civilians", "Abduction/forced disappearance")


def test_an_off_duty_soldier_abducted_is_a_civilian_abducted():
    assert types("Gunmen abducted an off-duty soldier at his home.", [GUNMEN], [SOLDIERS], mode="abduct") \
        == ("Violence against civilians", "Abduction/forced disappearance")


def test_civilians_abducted_beside_a_burned_post_stay_an_abduction():
    sentence = "Gunmen abducted three individuals and burned down the gendarmerie post."
    assert types(sentence, [GUNMEN], [PEOPLE, POST], mode="abduct") \
        == ("Violence against civilians", "Abduction/forced disappearance")


def test_soldiers_captured_by_an_armed_group_are_a_battle():
    assert types("JNIM captured two soldiers near Boni.", [JNIM], [SOLDIERS], event_type="COERCE", mode="seize",
                 hint="Non-state actor overtakes territory") == ("Battles", "Armed clash")


def test_herders_captured_by_an_armed_group_stay_an_abduction():
    assert types("JNIM captured two herders near Boni.", [JNIM], [HERDERS], event_type="COERCE", mode="seize",
                 hint="Non-state actor overtakes territory") \
        == ("Violence against civilians", "Abduction/forced disappearance")


def test_a_secretary_general_is_no_military_general(annotator):
    mentions = code_text(annotator, "Gunmen abducted the secretary general of the town hall in Koro on Monday.", PUB)
    abduction = next(m for m in mentions if m.event_type == "ASSAULT")
    assert [t.sector for t in abduction.target_actors] == ["GOV"]
    assert mention_rule_types(abduction) == ("Violence against civilians", "Abduction/forced disappearance")


# -- ACLED coders' remarks inside notes -------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Gunmen raided the hamlet, soldiers drove them off (battle coded separately).", REMARK_NOT_BATTLE),
    ("Militiamen burned the village, an army helicopter intervened (intervention coded separately).",
     REMARK_NOT_BATTLE),
    ("A militia commander was shot at home. He was unarmed (coded as civilian).", REMARK_NOT_BATTLE),
    ("The army routed militiamen who had raided the village (attack coded separately).", REMARK_BATTLE),
    ("Gunmen shot a trader; two days later his killers were arrested (coded separately).", None),  # which part?
    ("Five people were killed in two villages, fatalities split between events.", None),
    ("Militiamen burned the village (coded as Koro at geoprecision 2).", None),
])
def test_coding_remarks_are_read(text, expected):
    assert coding_remark(text) == expected


def first_assault_types(annotator, text):
    """The rules' ACLED (event_type, sub_event_type) of the text's first ASSAULT mention."""
    mentions = code_text(annotator, text, PUB)
    first = min((m for m in mentions if m.event_type == "ASSAULT"), key=lambda m: m.evidence.start_char)
    return mention_rule_types(first)


def test_a_village_raid_whose_battle_is_coded_separately_is_violence_against_civilians(annotator):
    text = ("On 3 May 2024, militiamen attacked the village of Kadiolo and killed a farmer, the army said its "
            "troops intervened and routed the assailants (battle coded separately).")
    assert first_assault_types(annotator, text) == ("Violence against civilians", "Attack")


def test_the_same_raid_without_the_remark_is_a_battle(annotator):
    text = ("On 3 May 2024, militiamen attacked the village of Kadiolo and killed a farmer, the army said its "
            "troops intervened and routed the assailants.")
    assert first_assault_types(annotator, text) == ("Battles", "Armed clash")


def test_a_victim_coded_as_civilian_in_a_later_sentence_makes_violence_against_civilians(annotator):
    text = ("On 3 May 2024, unknown gunmen ambushed a GATIA commander on his way home near Gao. "
            "He was killed on the spot. He did not fight back (coded as civilian).")
    assert first_assault_types(annotator, text) == ("Violence against civilians", "Attack")


def test_a_note_whose_attack_is_coded_separately_is_the_battle(annotator):
    with_remark = code_text(annotator, "On 3 May 2024, militiamen attacked the village of Kadiolo and killed a farmer "
                                       "(attack coded separately).", PUB)
    without = code_text(annotator, "On 3 May 2024, militiamen attacked the village of Kadiolo and killed a farmer.", PUB)
    first = min((m for m in with_remark if m.event_type == "ASSAULT"), key=lambda m: m.evidence.start_char)
    plain = min((m for m in without if m.event_type == "ASSAULT"), key=lambda m: m.evidence.start_char)
    assert mention_rule_types(plain) == ("Violence against civilians", "Attack")
    assert mention_rule_types(first) == ("Battles", "Armed clash")
