"""Disrupted weapons use and Mob violence against Battles and remote violence
(:mod:`crisisdesk.coding.acled`, :mod:`crisisdesk.coding.counts`; ACLED Codebook 2023,
Strategic developments - Disrupted weapons use: an event of Explosions/Remote violence
prevented, the safe defusal of explosives, the seizure of weapons; Riots - Mob violence:
violence by an unorganised group):

- an explosive device made safe ("neutralised an IED", "destroyed a mine found on the
  road", "a controlled detonation") is Disrupted weapons use, kills no one and fights
  no one;
- weapons seized by state forces with no fighting are Disrupted weapons use, not
  Looting/property destruction;
- villagers beating or killing suspected thieves are a mob, not an armed group.

Every sentence is written for these tests (no development-set text); the pipeline tests
use the real spaCy model and annotation stage (``annotator`` fixture)."""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.coding.acled import (
    DEVICE_MADE_SAFE,
    air_or_artillery_killing,
    device_made_safe,
    fought_or_harmed,
    street_justice,
    target_fought_back,
    weapons_intercepted,
    weapons_seized_by_forces,
)
from crisisdesk.records import ActorRef
from tests.support.annotation import code_text, mention_rule_types, rule_acled_types as types

ARMY = ActorRef("army", code="MLIMIL", country="MLI", sector="MIL", generic=True)
POLICE = ActorRef("police", code="MLICOP", country="MLI", sector="COP", generic=True)
GUNMEN = ActorRef("gunmen", sector="REB", generic=True)
SOLDIERS = ActorRef("soldiers", code="MLIMIL", country="MLI", sector="MIL", generic=True)
VILLAGERS = ActorRef("villagers", code="MLICVL", country="MLI", sector="CVL", generic=True)
PUB = date(2025, 11, 21)
DWU = ("Strategic developments", "Disrupted weapons use")


# -- explosive devices made safe ----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Engineers neutralised an improvised explosive device on the road to Tessit.",
    "The patrol destroyed two anti-tank mines buried near the well.",
    "A landmine was found and destroyed by the deminers.",
    "The device was safely detonated by the bomb squad.",
    "Sappers blew up a weapons cache hidden in the dunes.",
    "The shell was removed and destroyed in a controlled explosion.",
])
def test_devices_made_safe_are_read(sentence):
    assert DEVICE_MADE_SAFE.search(sentence)
    assert device_made_safe(sentence)


@pytest.mark.parametrize("sentence", [
    "An IED destroyed two trucks of the convoy.",                      # the device did the damage
    "A pick-up was destroyed by a landmine near Anefis.",
    "The drone destroyed a vehicle carrying explosives.",              # the vehicle was hit
    "Soldiers destroyed an IED factory in the forest.",                # a workshop, no device
    "Gunmen destroyed the mine equipment at the gold site.",           # a gold mine
    "A gold mine was destroyed by the floods.",
])
def test_other_destructions_are_no_device_made_safe(sentence):
    assert not DEVICE_MADE_SAFE.search(sentence)


def test_a_device_made_safe_beside_people_hurt_is_no_disruption_alone():
    sentence = "A mine exploded under a truck, wounding three passengers; a second mine was defused."
    assert not device_made_safe(sentence)
    assert types(sentence, [], [], mode="explosives", hint="Remote explosive/landmine/IED") == (
        "Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_neutralising_a_device_is_no_fighting():
    assert not fought_or_harmed("The army neutralised an explosive device near the bridge.")
    assert fought_or_harmed("The army neutralised three gunmen near the bridge.")


@pytest.mark.parametrize("sentence, event_type, mode, hint", [
    ("The army neutralised an IED planted on the road to Boni.", "COERCE", None, "Disrupted weapons use"),
    ("Engineers destroyed a landmine found on the road near Gossi.", "ASSAULT", "destroy", "Looting/property destruction"),
    ("A bomb disposal team safely detonated a mine found near the market.", "ASSAULT", "explosives",
     "Remote explosive/landmine/IED"),
])
def test_a_device_made_safe_is_disrupted_weapons_use(sentence, event_type, mode, hint):
    assert types(sentence, [ARMY], [], event_type=event_type, mode=mode, hint=hint) == DWU


def test_fighters_neutralised_beside_a_device_destroyed_stay_a_battle():
    sentence = "Soldiers neutralised five gunmen and destroyed an IED near Boni."
    assert types(sentence, [SOLDIERS], [GUNMEN], event_type="ASSAULT", hint="Armed clash", killed=5) == (
        "Battles", "Armed clash")


def test_a_device_neutralised_is_no_fatality_and_no_battle(annotator):
    mentions = code_text(annotator, "The army neutralised an IED planted on the road to Boni.", PUB)
    assert mentions
    assert all(m.fatalities is None for m in mentions)
    assert {mention_rule_types(m) for m in mentions} == {DWU}


def test_a_suicide_bomber_dying_in_his_blast_still_counts_one(annotator):
    # the device is parsed as a second subject of "died": the driver is still the dead
    mentions = code_text(annotator, "A car bomb exploded near the market of Gao and the driver died in the blast.", PUB)
    assert any(m.fatalities is not None and m.fatalities.min == 1 for m in mentions)


# -- weapons seized by state forces ---------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Police seized a large quantity of weapons in a truck near Koro.",
    "Customs officers confiscated rifles and ammunition at the border post.",
    "Arms and explosives were seized during a search of the house.",
])
def test_weapons_seized_by_state_forces_are_disrupted_weapons_use(sentence):
    assert weapons_seized_by_forces(sentence, [POLICE])
    assert types(sentence, [POLICE], [], event_type="COERCE", mode="seize", hint="Looting/property destruction") == DWU


def test_weapons_seized_by_an_armed_group_or_in_a_fight_are_not_disrupted():
    assert not weapons_seized_by_forces("Gunmen seized a large quantity of weapons near Koro.", [GUNMEN])
    fought = "Police clashed with smugglers and seized weapons near Koro."
    assert not weapons_seized_by_forces(fought, [POLICE])
    # cattle seized by the police are no weapons
    assert types("Police seized forty head of cattle near Koro.", [POLICE], [], event_type="COERCE", mode="seize",
                 hint="Looting/property destruction") == ("Strategic developments", "Looting/property destruction")


# -- villagers and suspected thieves --------------------------------------------------------

def test_villagers_beating_suspected_thieves_are_a_mob():
    sentence = "Villagers beat two suspected cattle thieves to death near Bla."
    assert street_justice(sentence)
    assert types(sentence, [VILLAGERS], [], mode="beat", killed=2) == ("Riots", "Mob violence")


def test_villagers_fighting_raiders_stay_a_battle():
    sentence = "Villagers exchanged fire with armed cattle rustlers who raided the herds near Bla."
    assert not street_justice(sentence)
    assert types(sentence, [VILLAGERS], [GUNMEN], killed=2) == ("Battles", "Armed clash")
    # villagers killing people not accused of anything: not a mob by these rules
    assert types("Villagers killed two herders near Bla.", [VILLAGERS], [], killed=2) == (
        "Violence against civilians", "Attack")


# -- fighters "neutralised" by aircraft or artillery ---------------------------------------

FRANCE = ActorRef("France", code="FRAMIL", country="FRA", sector="MIL")
FIGHTERS = ActorRef("fighters", sector="REB", generic=True)


@pytest.mark.parametrize("sentence, label", [
    ("French drones neutralised ten fighters near Menaka.", "Air/drone strike"),
    ("An airstrike neutralised a group of fighters near Menaka.", "Air/drone strike"),
    ("Artillery fire neutralised six fighters near the camp.", "Shelling/artillery/missile attack"),
])
def test_fighters_neutralised_by_aircraft_or_artillery_are_remote_violence(sentence, label):
    assert air_or_artillery_killing(sentence) == label
    assert types(sentence, [FRANCE], [FIGHTERS], event_type="COERCE", hint="Disrupted weapons use", killed=6) == (
        "Explosions/Remote violence", label)


@pytest.mark.parametrize("sentence", [
    "Soldiers neutralised ten fighters near Menaka.",                                     # no aircraft
    "Backed by drones, ground troops clashed with the fighters and neutralised ten of them.",  # ground fighting
])
def test_fighters_neutralised_on_the_ground_stay_a_battle(sentence):
    assert air_or_artillery_killing(sentence) is None
    assert types(sentence, [FRANCE], [FIGHTERS], event_type="COERCE", hint="Disrupted weapons use", killed=10) == (
        "Battles", "Armed clash")


def test_a_strike_whose_doers_neutralised_fighters_is_no_combined_attack():
    sentence = "A French drone struck a column near Menaka and neutralised six fighters."
    assert not target_fought_back(sentence, standoff=True)
    assert types(sentence, [FRANCE], [FIGHTERS], event_type="ASSAULT", killed=6) == (
        "Explosions/Remote violence", "Air/drone strike")


def test_fighters_being_neutralised_is_harm_done():
    assert fought_or_harmed("The patrol intercepted a pick-up, neutralising two fighters.")


def test_fighters_neutralised_by_a_drone_are_not_a_disruption(annotator):
    mentions = code_text(annotator, "A French drone struck a pick-up near Menaka, neutralising six fighters.", PUB)
    assert mentions
    assert {mention_rule_types(m) for m in mentions} == {("Explosions/Remote violence", "Air/drone strike")}


# -- weapons intercepted in transit; property destroyed in an air strike ------------------

def test_weapons_carried_and_intercepted_are_read():
    assert weapons_intercepted("Gendarmes intercepted a truck loaded with arms and ammunition near Kayes.")
    assert not weapons_intercepted("Gendarmes intercepted a truck carrying twenty passengers near Kayes.")
    assert not weapons_intercepted("A motorbike carrying explosives blew up near the camp.")  # no interception


def test_an_intercepted_load_of_explosives_is_no_explosives_attack(annotator):
    # the explosives' noun is coded as an explosives trigger beside the interception
    mentions = code_text(annotator, "The army intercepted a motorbike carrying explosives near Boni.", PUB)
    assert mentions
    assert {mention_rule_types(m) for m in mentions} == {DWU}


def test_property_destroyed_in_an_air_strike_is_an_air_strike():
    sentence = "French forces destroyed a pick-up loaded with weapons in an airstrike near Menaka."
    assert types(sentence, [FRANCE], [], mode="destroy", hint="Looting/property destruction") == (
        "Explosions/Remote violence", "Air/drone strike")
    # an aircraft word may be the thing destroyed: no air strike
    assert types("Militants destroyed a helicopter parked at the airfield of Menaka.", [FIGHTERS], [], mode="destroy",
                 hint="Looting/property destruction") != ("Explosions/Remote violence", "Air/drone strike")


def test_attackers_neutralised_beside_a_bomb_are_the_target_fighting_back():
    sentence = "Guards neutralised one attacker at the gate while a second detonated a car bomb."
    assert target_fought_back(sentence)
    assert types(sentence, [GUNMEN], [SOLDIERS], mode="explosives", hint="Suicide bomb") == ("Battles", "Armed clash")
