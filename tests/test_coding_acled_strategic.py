"""Strategic developments against violent types (:mod:`crisisdesk.coding.acled`,
:mod:`crisisdesk.coding.status`; ACLED Codebook 2023): harm that is only feared, device
handlers killed by their own device, an attack named only to identify its perpetrators,
civilians who escaped an attack unharmed, livestock killed, people (not places)
captured, an armed group's base dismantled. Every sentence is written for these tests
(no development-set text); the pipeline tests use the real spaCy model and annotation
stage (``annotator`` fixture)."""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.coding.acled import (
    armed_base_dismantled,
    fought_or_harmed,
    government_decision,
    people_attacked,
    people_captured,
    people_harmed,
    people_spared,
)
from crisisdesk.records import ActorRef
from tests.support.annotation import code_text, rule_acled_types as types

GUNMEN = ActorRef("gunmen", sector="REB", generic=True)
ARMY = ActorRef("army", code="MLIMIL", country="MLI", sector="MIL", generic=True)
YOUTHS = ActorRef("youths", sector="CVL", generic=True)
BANDITS = ActorRef("bandits", sector="REB", generic=True)
TRUCK = ActorRef("truck", sector="CVL", generic=True)
PUB = date(2025, 11, 21)




# -- feared harm is no reported harm ------------------------------------------------------

def test_people_feared_executed_after_an_arrest_leave_the_arrest_the_event(annotator):
    found = code_text(annotator, "On Monday, soldiers arrested nine herders near Sofara. "
                                 "A rights group said two of them are feared to have been executed.", PUB)
    statuses = {m.evidence.trigger.text: m.status for m in found}
    assert statuses["arrested"] == "asserted"
    assert statuses["executed"] == "hypothetical"
    arrest = next(m for m in found if m.evidence.trigger.text == "arrested")
    assert arrest.acled_sub_event_type == "Arrests"


def test_people_reported_executed_after_an_arrest_stay_an_attack(annotator):
    found = code_text(annotator, "On Monday, soldiers arrested nine herders near Sofara. "
                                 "Two of them were executed the next day, a rights group said.", PUB)
    assert {m.evidence.trigger.text: m.status for m in found}.get("executed") == "asserted"


# -- devices and their handlers ---------------------------------------------------------

def test_handlers_killed_while_laying_a_device_are_no_harm_done_by_the_operation():
    sentence = "Two militants were killed while laying a mine near Boni, and a second mine was found and defused."
    assert not fought_or_harmed(sentence)
    assert types(sentence, [], [], event_type="COERCE", hint="Disrupted weapons use") == (
        "Strategic developments", "Disrupted weapons use")


def test_militants_killed_by_soldiers_while_laying_a_device_are_a_battle_harm():
    sentence = "Soldiers killed two militants while they were laying a mine near Boni."
    assert fought_or_harmed(sentence)


# -- an attack named to identify its perpetrators ------------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("Gendarmes arrested the mastermind of the attack on the Boni market which killed twelve people.", "attack"),
    ("Police arrested a man involved in the killing of a trader in Gao.", "killing"),
])
def test_an_attack_naming_who_was_arrested_is_background(annotator, text, trigger):
    found = code_text(annotator, text, PUB)
    by_trigger = {m.evidence.trigger.text: m for m in found}
    assert by_trigger[trigger].status == "historical"
    assert by_trigger["arrested"].status == "asserted"
    assert by_trigger["arrested"].acled_sub_event_type == "Arrests"


def test_an_attack_reported_beside_an_arrest_stays_current(annotator):
    found = code_text(annotator, "Gunmen attacked the Boni market on Sunday, killing twelve people.", PUB)
    assert [m.status for m in found if m.evidence.trigger.text == "attacked"] == ["asserted"]


# -- civilians who escaped unharmed were attacked -------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Gunmen attacked a bus near Douentza and set it ablaze, the driver and the passengers escaped unharmed.",
    "Armed men fired at a truck on the road to Gao and burned it; its occupants were unhurt.",
])
def test_an_attack_on_a_vehicle_whose_people_escaped_unharmed_is_an_attack(sentence):
    assert people_spared(sentence)
    assert types(sentence, [GUNMEN], [TRUCK]) == ("Violence against civilians", "Attack")


def test_a_vehicle_burned_with_no_one_mentioned_stays_property_destruction():
    sentence = "Gunmen burned three trucks of a construction company near Niafunke."
    assert not people_spared(sentence)
    assert types(sentence, [GUNMEN], [TRUCK], mode="destroy") == (
        "Strategic developments", "Looting/property destruction")


def test_unharmed_attackers_are_not_spared_civilians():
    assert not people_spared("The gunmen burned the truck and fled unharmed.")


def test_one_test_tells_an_attack_aimed_at_people_for_rules_and_coder():
    # acled.people_attacked serves acled.property_only and coder._property_only alike
    assert people_attacked("Armed men raided the hamlet of Toumbi and burned the granaries.")
    assert not people_attacked("Armed men raided the hamlet of Toumbi, whose people had already fled, "
                               "and burned the granaries.")
    assert people_attacked("Gunmen burned a minibus near Sevare; its passengers were unhurt.")
    assert not people_attacked("Gunmen burned a minibus near Sevare.")


# -- livestock killed is property ---------------------------------------------------------

def test_livestock_killed_beside_burned_huts_is_property_destruction():
    sentence = "Militiamen burned four huts and killed three goats in the hamlet of Dara."
    assert not people_harmed(sentence)
    assert people_harmed("Militiamen burned four huts and killed three herders in the hamlet of Dara.")
    assert types(sentence, [ActorRef("militiamen", sector="REB", generic=True)], [], mode="destroy") == (
        "Strategic developments", "Looting/property destruction")


# -- people captured are no territory --------------------------------------------------------

def test_a_crowd_capturing_bandits_is_mob_violence():
    sentence = "Youths of the town captured two bandits and handed them over to the gendarmerie."
    assert people_captured([BANDITS], sentence)
    assert types(sentence, [YOUTHS], [BANDITS], event_type="COERCE", mode="seize",
                 hint="Non-state actor overtakes territory") == ("Riots", "Mob violence")


def test_soldiers_capturing_fighters_is_an_arrest_and_a_group_capturing_herders_an_abduction():
    assert types("Soldiers captured three fighters near Lere.", [ARMY], [ActorRef("fighters", sector="REB", generic=True)],
                 event_type="COERCE", mode="seize", hint="Non-state actor overtakes territory") == (
        "Strategic developments", "Arrests")
    assert types("Gunmen captured two herders near Lere.", [GUNMEN], [ActorRef("herders", sector="CVL", generic=True)],
                 event_type="COERCE", mode="seize", hint="Non-state actor overtakes territory") == (
        "Violence against civilians", "Abduction/forced disappearance")


def test_a_group_capturing_a_town_from_soldiers_is_still_territory():
    sentence = "Gunmen captured the town of Lere after the soldiers withdrew."
    assert not people_captured([ActorRef("soldiers", sector="MIL", generic=True)], sentence)


# -- a dismantled base is an operation against an armed group ----------------------------------

@pytest.mark.parametrize("sentence", [
    "The army dismantled a suspected militant logistics base in the forest near Dialloube.",
    "Several jihadist hideouts were dismantled during the operation, the ministry said.",
])
def test_a_dismantled_base_of_an_armed_group_is_an_armed_clash(sentence):
    assert armed_base_dismantled(sentence)
    assert types(sentence, [ARMY], [], event_type="COERCE", hint="Disrupted weapons use") == ("Battles", "Armed clash")


@pytest.mark.parametrize("sentence", [
    "Engineers dismantled an explosive device planted near the camp of Sevare.",
    "Soldiers destroyed an abandoned militant camp; its occupants had already fled. The army dismantled the camp.",
])
def test_a_dismantled_device_or_an_empty_camp_is_no_battle(sentence):
    assert not armed_base_dismantled(sentence)


# -- a strike with no gathering is no demonstration -------------------------------------------

TEACHERS = ActorRef("teachers", sector="EDU", generic=True)


def test_a_strike_with_no_gathering_is_a_strategic_development():
    sentence = "On 4 March, teachers of two unions began a five-day strike over unpaid bonuses."
    assert types(sentence, [TEACHERS], [], event_type="PROTEST", mode="boycott") == ("Strategic developments", "Other")


@pytest.mark.parametrize("sentence", [
    "Striking teachers marched to the governorate of Sikasso on Monday.",
    "Teachers on strike held a sit-in in front of the ministry.",
])
def test_strikers_who_gather_hold_a_protest(sentence):
    assert types(sentence, [TEACHERS], [], event_type="PROTEST", mode="boycott") == ("Protests", "Peaceful protest")


def test_an_arrest_of_the_mastermind_of_a_deadly_attack_is_no_violence_against_detainees():
    sentence = "Gendarmes arrested the suspected mastermind of an attack which killed nine people last year."
    assert types(sentence, [ARMY], [], event_type="COERCE", mode="arrest") == ("Strategic developments", "Arrests")
    executed = "Gendarmes arrested two herders and executed them near the market."
    assert types(executed, [ARMY], [], event_type="COERCE", mode="arrest") == ("Violence against civilians", "Attack")


# -- government decisions: resignations, envoys expelled (s9-riots) ----------------------

GOVERNMENT = ActorRef("government", code="MLIGOV", country="MLI", sector="GOV", generic=True)
UN = ActorRef("United Nations", code="IGOUNO", sector="IGO")
MIGRANTS = ActorRef("migrants", sector="REF", generic=True)


@pytest.mark.parametrize("sentence", [
    "The prime minister and his whole cabinet resigned after weeks of protests.",
    "The governor of the region stepped down amid pressure from local leaders.",
])
def test_a_government_resigning_is_a_strategic_development(sentence):
    assert government_decision("RETREAT", "withdraw", [GOVERNMENT], sentence)
    assert types(sentence, [GOVERNMENT], [], "RETREAT", "withdraw", "Change to group/activity") \
        == ("Strategic developments", "Other")


def test_troops_withdrawing_stay_a_change_of_activity_and_an_unnamed_resignation_no_event():
    withdrew = "The troops withdrew from the town after the mayor resigned."
    assert types(withdrew, [ARMY], [], "RETREAT", "withdraw", "Change to group/activity") \
        == ("Strategic developments", "Change to group/activity")
    assert types("The delegation withdrew from the talks.", [GOVERNMENT], [], "RETREAT", "withdraw",
                 "Change to group/activity") == (None, None)


def test_a_state_expelling_an_envoy_or_a_un_official_is_a_strategic_development():
    envoy = "The government declared the ambassador persona non grata and gave him 72 hours to leave."
    assert types(envoy, [GOVERNMENT], [], "SANCTION", "expel", None) == ("Strategic developments", "Other")
    official = "The government expelled the head of the UN human rights division."
    assert types(official, [GOVERNMENT], [UN], "COERCE", "deport", None) == ("Strategic developments", "Other")


def test_migrants_deported_are_no_government_decision():
    sentence = "The authorities deported forty migrants to the border."
    assert not government_decision("COERCE", "deport", [GOVERNMENT], sentence, [MIGRANTS])
    assert types(sentence, [GOVERNMENT], [MIGRANTS], "COERCE", "deport", None) == (None, None)


def test_a_cabinet_resigning_is_coded_from_text(annotator):
    found = code_text(annotator, "On 20 November, the prime minister and his whole cabinet resigned after weeks "
                                 "of protests.", PUB)
    resigned = next(m for m in found if m.evidence.trigger.text == "resigned")
    assert (resigned.acled_rule_types or (resigned.acled_event_type, resigned.acled_sub_event_type)) \
        == ("Strategic developments", "Other")
