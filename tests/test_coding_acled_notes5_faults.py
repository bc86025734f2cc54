"""ACLED types of five kinds of report that session 18's Mali notes set (tests/acled_mali_notes5.py)
showed coded wrongly (:mod:`crisisdesk.coding.acled`):

- an IED or landmine strike followed by shooting at the forces it hit ("then ... opened
  fire", "were then shot at"): Battles - Armed clash, not Explosions/Remote violence;
- an attack on a checkpoint named with no holder, and forces fired on while guarding
  polling stations: Battles - Armed clash, not Violence against civilians;
- property seized with "no one was hurt": Strategic developments - Looting/property
  destruction, not an Attack;
- people arrested by state forces during a demonstration: Protests - Protest with
  intervention, not Strategic developments - Arrests.

Each rule has a sentence where it must fire and a near one where it must not. Every
sentence is written for these tests (no fixture or development-set text); the typing
rules run alone (:func:`tests.support.annotation.rule_acled_types`), no spaCy model."""

from __future__ import annotations

import pytest

from crisisdesk.coding.acled import (
    civilian_target_named,
    combined_attack,
    forces_fired_on_after_device,
    forces_post_attacked,
    people_harmed,
    protesters_arrested,
)
from crisisdesk.records import ActorRef
from tests.support.annotation import rule_acled_types as types

GUNMEN = ActorRef("gunmen", sector="REB", generic=True)
TROOPS = ActorRef("troops", sector="MIL", generic=True)
PASSENGERS = ActorRef("passengers", sector="CVL", generic=True)
HERDERS = ActorRef("herders", sector="CVL", generic=True)
GENDARMES = ActorRef("gendarmes", sector="COP", generic=True)
YOUNG_MEN = ActorRef("young men", sector="CVL", generic=True)
PROTESTERS = ActorRef("protesters", sector="CVL", generic=True)
CLASH = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


# -- a device strike, then shooting at the forces ---------------------------------------

@pytest.mark.parametrize("sentence", [
    "A Malian army patrol hit a roadside IED outside Douentza, then unknown assailants opened fire on it.",
    "A gendarmerie pick-up drove over a landmine near Nara and the gendarmes were then shot at from the bush.",
])
def test_a_device_strike_then_shooting_at_the_forces_is_an_armed_clash(sentence):
    assert forces_fired_on_after_device(sentence) and combined_attack(sentence)
    assert types(sentence, [GUNMEN], [TROOPS], hint="Remote explosive/landmine/IED") == CLASH


def test_a_device_strike_then_shooting_at_passengers_is_no_clash():
    """No forces named: the shooting after the blast may be aimed at bystanders."""
    sentence = "A bus hit a landmine outside Douentza, then bandits opened fire on the passengers."
    assert not forces_fired_on_after_device(sentence)
    assert types(sentence, [GUNMEN], [PASSENGERS], hint="Remote explosive/landmine/IED") == IED


def test_a_device_strike_on_the_forces_without_shooting_stays_an_ied():
    sentence = "An army truck hit a landmine near Boulkessi and then overturned, injuring two soldiers."
    assert not forces_fired_on_after_device(sentence)
    assert types(sentence, [GUNMEN], [TROOPS], hint="Remote explosive/landmine/IED") == IED


# -- checkpoints and forces guarding polling stations ----------------------------------

def test_an_attack_on_a_checkpoint_with_no_holder_named_is_an_armed_clash():
    sentence = "One man died in an assault by men on motorbikes on the checkpoint at the entrance of Niono."
    assert forces_post_attacked(sentence)
    assert types(sentence, [GUNMEN], [], killed=1) == CLASH


def test_people_attacked_at_a_checkpoint_are_not_the_checkpoint_attacked():
    sentence = "Men on motorbikes attacked two herders at a checkpoint near Niono, killing one."
    assert not forces_post_attacked(sentence)
    assert types(sentence, [GUNMEN], [HERDERS], killed=1) == ATTACK


def test_a_checkpoint_attack_given_as_the_cause_is_not_the_event():
    sentence = "Militiamen burned the hamlet of Kori in response to an attack on a checkpoint two days earlier."
    assert not forces_post_attacked(sentence)


def test_forces_fired_on_while_guarding_polling_stations_are_an_armed_clash():
    sentence = "Gunmen fired on soldiers sent to guard polling stations in Tenenkou."
    assert not civilian_target_named(sentence)
    assert types(sentence, [GUNMEN], [TROOPS], mode="firearms") == CLASH


def test_voters_at_a_polling_station_stay_civilians():
    sentence = "Gunmen fired on voters queuing at a polling station in Tenenkou."
    assert civilian_target_named(sentence)
    assert types(sentence, [GUNMEN], [PASSENGERS], mode="firearms") == ATTACK


# -- property seized, no one hurt -----------------------------------------------------

def test_livestock_taken_with_no_one_hurt_is_looting():
    sentence = "Armed men drove off forty goats from herders near Nampala; nobody was injured."
    assert not people_harmed(sentence)
    assert types(sentence, [GUNMEN], [HERDERS], event_type="COERCE", mode="seize") == \
        ("Strategic developments", "Looting/property destruction")


def test_livestock_taken_with_a_herder_injured_is_an_attack():
    sentence = "Armed men drove off forty goats from herders near Nampala and one herder was injured."
    assert people_harmed(sentence)
    assert types(sentence, [GUNMEN], [HERDERS], event_type="COERCE", mode="seize") == ATTACK


# -- arrests at a demonstration -------------------------------------------------------

def test_people_arrested_during_a_march_are_a_protest_with_intervention():
    sentence = "Gendarmes detained 15 young men during a march against the mayor in Kati."
    assert protesters_arrested([GENDARMES], [YOUNG_MEN], sentence)
    assert types(sentence, [GENDARMES], [YOUNG_MEN], event_type="COERCE", mode="arrest") == \
        ("Protests", "Protest with intervention")


def test_people_arrested_with_no_demonstration_are_arrests():
    sentence = "Gendarmes detained 15 young men in Kati on suspicion of stealing motorbikes."
    assert not protesters_arrested([GENDARMES], [YOUNG_MEN], sentence)
    assert types(sentence, [GENDARMES], [YOUNG_MEN], event_type="COERCE", mode="arrest") == \
        ("Strategic developments", "Arrests")


def test_protesters_named_are_still_read_without_the_sentence():
    assert protesters_arrested([GENDARMES], [PROTESTERS])
    assert not protesters_arrested([GUNMEN], [YOUNG_MEN], "Gunmen seized 15 young men during a march.")
