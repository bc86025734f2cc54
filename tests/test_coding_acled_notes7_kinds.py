"""ACLED types of the kinds of report that session 20's fresh notes set
(``tests/acled_notes7.py``) showed coded wrongly:

- an attack on a convoy of state or allied forces ("an army convoy", "an Africa Corps
  supply convoy"): the convoy is an organised armed side, so Battles - Armed clash
  (:data:`crisisdesk.coding.acled.FORCES_POST_ATTACKED`);
- goods or people "under escort" attacked: Battles - Armed clash, not an attack on
  civilians (:data:`crisisdesk.coding.acled.ARMED_ESCORT`);
- a car bomb driven at a camp, then an assault on foot: a remote weapon used in a ground
  assault, Battles - Armed clash (ACLED Codebook, Battles;
  :func:`crisisdesk.coding.acled.forces_fired_on_after_device`);
- vehicles stopped and set alight or driven off with, nobody hurt:
  Strategic developments - Looting/property destruction (ACLED Codebook; nobody harmed,
  so no Violence against civilians; :data:`crisisdesk.coding.acled.PROPERTY_HARM`).

Every sentence is written for these tests (none is taken from the notes set or any data
file); each failed at s20-int 366a9d4. The typing rules alone are tested
(:func:`tests.support.annotation.rule_acled_types`).
"""

from __future__ import annotations

import pytest

from crisisdesk.coding.acled import ARMED_ESCORT, forces_fired_on_after_device, forces_post_attacked
from crisisdesk.records import ActorRef
from tests.support.annotation import rule_acled_types as types

MILITANTS = ActorRef("militants", sector="REB", generic=True)
CONVOY = ActorRef("convoy", sector="CVL", generic=True)
CAMP = ActorRef("camp", sector="MIL", generic=True)
GUNMEN = ActorRef("gunmen", sector="REB", generic=True)
TANKERS = ActorRef("tankers", sector="CVL", generic=True)
LOOTING = ("Strategic developments", "Looting/property destruction")
CLASH = ("Battles", "Armed clash")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


@pytest.mark.parametrize("sentence", [
    "Jihadists ambushed an army convoy on the road out of Douentza; no toll was released.",
    "Gunmen attacked a Wagner logistics convoy north of Hombori at dawn.",
    "Fighters of the group attacked an Africa Corps convoy between Gao and Bourem.",
])
def test_an_attack_on_a_convoy_of_forces_is_an_armed_clash(sentence):
    assert forces_post_attacked(sentence)
    assert types(sentence, [MILITANTS], [CONVOY]) == CLASH


def test_an_attack_on_a_convoy_of_traders_stays_an_attack():
    sentence = "Gunmen attacked a convoy of traders returning from the Boni market and shot two drivers."
    assert not forces_post_attacked(sentence)
    assert types(sentence, [MILITANTS], [CONVOY], killed=2)[0] == "Violence against civilians"


@pytest.mark.parametrize("sentence", [
    "Gunmen attacked a column of cement lorries travelling under a heavy police escort near Sevare; no toll was given.",
    "Militants ambushed twenty trucks under gendarmerie escort outside Nioro; several lorries burned.",
])
def test_vehicles_under_escort_attacked_are_an_armed_clash(sentence):
    assert ARMED_ESCORT.search(sentence)
    assert types(sentence, [MILITANTS], [CONVOY]) == CLASH


@pytest.mark.parametrize("sentence", [
    "Assailants rammed a car bomb into the gate of the Boni army camp, then stormed it on foot.",
    "A VBIED blew open the wall of the military base before dozens of fighters assaulted the soldiers inside.",
])
def test_a_car_bomb_then_a_ground_assault_is_an_armed_clash(sentence):
    assert forces_fired_on_after_device(sentence)
    assert types(sentence, [MILITANTS], [CAMP], hint="Remote explosive/landmine/IED") == CLASH


def test_a_car_bomb_with_no_ground_assault_stays_an_explosion():
    sentence = "A car bomb went off outside a hotel used by soldiers in Sevare, then the street caught fire."
    assert not forces_fired_on_after_device(sentence)
    assert types(sentence, [MILITANTS], [], hint="Remote explosive/landmine/IED") == IED


@pytest.mark.parametrize("sentence, how", [
    ("Armed men stopped three fuel tankers on the road to Kati and set the tankers alight after ordering the drivers out.",
     {}),
    ("Gunmen held up a lorry convoy of traders near Nara and drove off with two of the lorries.", {}),
])
def test_vehicles_burned_or_taken_with_nobody_hurt_are_looting(sentence, how):
    assert types(sentence, [GUNMEN], [TANKERS], **how) == LOOTING


def test_vehicles_burned_and_a_driver_shot_stay_an_attack():
    sentence = "Gunmen intercepted two lorries near Kona, set them alight and shot a driver."
    assert types(sentence, [GUNMEN], [TANKERS], event_type="COERCE", hint="Disrupted weapons use") == \
        ("Violence against civilians", "Attack")
