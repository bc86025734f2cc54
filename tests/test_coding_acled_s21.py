"""ACLED types of the kinds of report that session 21 found coded wrongly in the
seventh written notes set (``tests/acled_notes7.py``), each fixed by a principle of the
ACLED Codebook 2023 or of English:

- ground troops "backed by air strikes" or an "air-land operation": a remote weapon
  inside a ground engagement, Battles (:data:`crisisdesk.coding.acled.GROUND_COMBAT`);
  a place retaken in it is Government regains territory;
- an air force's "air component": aircraft (Air/drone strike);
- a bomber shot before setting off the device: Disrupted weapons use
  (:func:`crisisdesk.coding.acled.detonation_prevented`);
- bombers counted beside the dead: a Suicide bomb;
- a grenade named with only words of a blast ("exploded"): Grenade, not an IED
  (:data:`crisisdesk.coding.acled.NAMED_DEVICE`);
- "shot them": shooting aimed at people (:data:`crisisdesk.coding.acled.FIRED_AT`);
- people "taken away" while property burns: Abduction/forced disappearance;
- a base or town "seized": Non-state actor overtakes territory
  (:data:`crisisdesk.coding.acled.PLACE_SEIZED`);
- a withdrawal, another side entering, "no fighting": Non-violent transfer of
  territory (:func:`crisisdesk.coding.acled.place_entered_unopposed`);
- lexicon: an envoy "ordered out", a square "filled" by a crowd, a merger announced, a
  force settling in a base.

Every sentence is written for these tests (none is taken from the notes set or any data
file). Rule tests use :func:`tests.support.annotation.rule_acled_types`; the lexicon
tests use the real spaCy model and annotation stage (``annotator`` fixture).
"""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.coding.acled import (FIRED_AT, GROUND_COMBAT, NAMED_DEVICE, PEOPLE_TAKEN, PLACE_SEIZED,
                                     detonation_prevented, place_entered_unopposed, remote_weapons)
from crisisdesk.records import ActorRef, Count
from tests.support.annotation import acled_picked_mention, rule_acled_types as types

PUB = date(2024, 3, 10)
ARMY = ActorRef("army", sector="MIL", generic=True)
TROOPS = ActorRef("troops", sector="MIL", generic=True)
MILITANTS = ActorRef("militants", sector="REB", generic=True)
CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize("sentence", [
    "Soldiers backed by air strikes fought jihadists for hours near Boni.",
    "A column supported by two helicopters engaged the gunmen outside Dioura.",
    "The army said an air-land operation near Nampala killed eight fighters.",
])
def test_ground_troops_with_air_support_are_ground_combat(sentence):
    assert GROUND_COMBAT.search(sentence)


def test_air_strikes_alone_are_no_ground_combat():
    assert not GROUND_COMBAT.search("Air strikes hit a militant camp near Boni, killing eight.")
    assert types("Air strikes hit a militant camp near Boni, killing eight fighters.", [ARMY], [MILITANTS],
                 mode="aerial", hint="Air/drone strike", killed=8, whose="fighters") == (
        "Explosions/Remote violence", "Air/drone strike")


def test_a_place_retaken_with_air_support_is_government_regains_territory():
    sentence = "Troops backed by air strikes retook the town of Lere from the militants, killing nine of them."
    assert types(sentence, [TROOPS], [], mode="aerial", hint="Air/drone strike", killed=9) == (
        "Battles", "Government regains territory")


def test_an_air_land_operation_that_kills_fighters_is_an_armed_clash():
    sentence = "An air-land operation near Nampala neutralised eight terrorists, the army said."
    assert types(sentence, [ARMY], [MILITANTS], mode="aerial", hint="Air/drone strike", killed=8,
                 whose="terrorists") == CLASH


def test_an_air_component_is_aircraft():
    assert "Air/drone strike" in remote_weapons("The air component of the joint force struck a hideout near Kukawa.")
    assert types("The air component of the joint force struck a hideout near Kukawa, killing dozens.", [], [],
                 killed=24) == ("Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize("sentence", [
    "Police shot dead a man wearing an explosive vest before he could detonate it at the mosque gate.",
    "Guards killed the two attackers before they were able to set off the car bomb.",
])
def test_a_bomber_stopped_before_detonating_is_disrupted_weapons_use(sentence):
    assert detonation_prevented(sentence, Count(1, 1, "bomber"))
    assert types(sentence, [ARMY], [], killed=1, whose="bomber") == (
        "Strategic developments", "Disrupted weapons use")


def test_a_bomb_set_off_after_others_were_killed_is_no_disruption():
    sentence = "The bomber blew himself up before police could stop him, killing four worshippers."
    assert not detonation_prevented(sentence, Count(4, 4, "worshippers"))
    # others killed: the toll is not the would-be attacker's alone
    assert not detonation_prevented("Soldiers shot a bomber before she could set off her vest; four guards died.",
                                    Count(4, 4, "guards"))


def test_bombers_counted_beside_the_dead_make_a_suicide_bomb():
    sentence = "Two men carrying explosives set them off at a bus station, killing nine people besides the bombers."
    assert "Suicide bomb" in remote_weapons(sentence)
    assert "Suicide bomb" not in remote_weapons("Police arrested the organiser and the bombers' driver after the blast.")


def test_a_grenade_that_exploded_is_a_grenade():
    sentence = "A grenade thrown over the wall exploded in the courtyard of a bar, wounding four drinkers."
    assert not NAMED_DEVICE.search(sentence)
    assert types(sentence, [], [], mode="explosives", hint="Remote explosive/landmine/IED") == (
        "Explosions/Remote violence", "Grenade")


def test_a_grenade_beside_a_named_mine_stays_the_hint():
    sentence = "A landmine exploded under a truck and a grenade was found nearby."
    assert NAMED_DEVICE.search(sentence)
    assert types(sentence, [], [], mode="explosives", hint="Remote explosive/landmine/IED") == (
        "Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_shooting_them_is_aimed_shooting():
    assert FIRED_AT.search("The gunmen lined up the travellers and shot them.")
    sentence = "Militants stopped a bus, pulled out the men and shot them; seven were killed."
    assert types(sentence, [MILITANTS], [], mode="firearms", killed=7) == ("Violence against civilians", "Attack")


def test_people_taken_away_while_property_burns_is_an_abduction():
    sentence = "Gunmen burned four lorries on the road to Nioro and took the drivers away."
    assert PEOPLE_TAKEN.search(sentence)
    assert not PEOPLE_TAKEN.search("Gunmen burned four lorries and took the goods away.")
    drivers = ActorRef("drivers", sector="CVL", generic=True)
    assert types(sentence, [MILITANTS], [drivers], mode="destroy", hint="Looting/property destruction") == (
        "Violence against civilians", "Abduction/forced disappearance")


def test_a_base_seized_by_an_armed_group_is_territory_overtaken():
    sentence = "The insurgents attacked and seized the army base of Dikwa after a long fight."
    assert PLACE_SEIZED.search(sentence)
    assert not PLACE_SEIZED.search("The insurgents seized the camp commander's vehicle.")
    assert types(sentence, [ActorRef("insurgents", sector="REB", generic=True)], [ARMY]) == (
        "Battles", "Non-state actor overtakes territory")


def test_a_place_entered_after_a_withdrawal_without_fighting_changed_hands():
    sentence = "The rebels entered the town and raised their flag after the soldiers left; no fighting was reported."
    assert place_entered_unopposed(sentence)
    assert types(sentence, [TROOPS], [], event_type="RETREAT", mode="withdraw") == (
        "Strategic developments", "Non-violent transfer of territory")


def test_a_withdrawal_with_no_one_entering_stays_a_change_of_activity():
    sentence = "The soldiers withdrew from the outpost of Ber without any fighting."
    assert not place_entered_unopposed(sentence)
    assert types(sentence, [TROOPS], [], event_type="RETREAT", mode="withdraw") == (
        "Strategic developments", "Change to group/activity")


@pytest.mark.parametrize("text, expected", [
    ("On 2 March 2024, Niamey ordered the Swiss ambassador out of the country within 48 hours.",
     ("Strategic developments", "Other")),
    ("On 2 March 2024, a crowd of thousands filled the main square of Gao to demand the departure of the mission.",
     ("Protests", "Peaceful protest")),
    ("On 2 March 2024, the two rebel movements announced their merger into one armed group at a meeting in Kidal.",
     ("Strategic developments", "Change to group/activity")),
    ("On 2 March 2024, Wagner troops settled in the former UN camp at Ber, residents said.",
     ("Strategic developments", "Headquarters or base established")),
])
def test_lexicon_entries_of_session_21(annotator, text, expected):
    picked = acled_picked_mention(annotator, text, PUB)
    assert (picked.acled_event_type, picked.acled_sub_event_type) == expected
