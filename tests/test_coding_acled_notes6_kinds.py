"""ACLED types of the kinds of report that session 19's fresh notes set
(``tests/acled_notes6.py``) showed coded wrongly or not at all:

- an explosive device strike followed by a ground attack told by an assault verb or
  "came under fire" ("struck a mine and was then attacked by gunmen"): Battles - Armed
  clash (:func:`crisisdesk.coding.acled.forces_fired_on_after_device`);
- a vehicle that "triggered" a device: Explosions/Remote violence, its toll sentence
  after it no Armed clash of its own;
- people "taken" by armed men from or to a place: Abduction/forced disappearance (by
  soldiers to an unknown place too); livestock taken: Looting/property destruction;
- a rule announced under threat of a penalty by an armed group, a general mobilisation
  decreed, forces leaving a town: Strategic developments;
- aircraft that "struck" people, read by the tagger as an auxiliary: Air/drone strike;
- a conveyance carrying explosives seized by soldiers: Disrupted weapons use;
- a Koglweogo (vigilante militia) member shot dead "by gunmen" in a headline passive:
  Battles - Armed clash, the member the target.

Every sentence is written for these tests (none is taken from the notes set or any
data file); each failed on main at f73980f. The rules alone are tested where they
suffice (:func:`tests.support.annotation.rule_acled_types`), the whole coder (spaCy)
where the trigger or the roles are the fix.
"""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.coding.acled import forces_fired_on_after_device, weapons_intercepted
from crisisdesk.records import ActorRef
from tests.support.annotation import acled_picked_mention, code_text, first_of_type
from tests.support.annotation import rule_acled_types as types

GUNMEN = ActorRef("gunmen", sector="REB", generic=True)
TROOPS = ActorRef("troops", sector="MIL", generic=True)
TRUCK = ActorRef("truck", sector="CVL", generic=True)
CLASH = ("Battles", "Armed clash")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
DAY = date(2021, 3, 1)


def _picked(annotator, text: str):  # noqa: ANN001, ANN202
    mention = acled_picked_mention(annotator, text, DAY)
    return mention.acled_event_type, mention.acled_sub_event_type


# -- a device strike, then a ground attack ----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "An army supply column hit a landmine east of Gao and was then assaulted by armed men on motorbikes.",
    "A gendarmerie patrol struck a roadside IED near Nara and then came under heavy fire from the bush.",
    "The soldiers were ambushed near Hombori after their lead truck drove over an explosive device.",
])
def test_a_device_strike_then_a_ground_attack_is_an_armed_clash(sentence):
    assert forces_fired_on_after_device(sentence)
    assert types(sentence, [GUNMEN], [TROOPS], hint="Remote explosive/landmine/IED") == CLASH


@pytest.mark.parametrize("sentence", [
    "An army truck hit a landmine near Gossi and was then attacked by a drone.",
    "An army truck hit a landmine near Gossi and then caught fire, injuring two soldiers.",
])
def test_a_device_strike_then_no_ground_attack_stays_an_ied(sentence):
    assert not forces_fired_on_after_device(sentence)


# -- a conveyance carrying explosives seized by soldiers ---------------------------------

def test_a_truck_with_explosives_seized_by_soldiers_is_disrupted_weapons_use():
    sentence = "Soldiers seized a pick-up carrying explosives and detonators near Ansongo."
    assert weapons_intercepted(sentence)
    assert types(sentence, [TRUCK], [], mode="explosives", hint="Remote explosive/landmine/IED") == (
        "Strategic developments", "Disrupted weapons use")


def test_a_truck_seized_without_forces_named_is_no_interception():
    assert not weapons_intercepted("Bandits seized a pick-up carrying explosives near Ansongo.")


# -- the whole coder ---------------------------------------------------------------------

def test_a_vehicle_that_triggered_a_device_is_an_ied_not_a_clash(annotator):
    text = "On 3 March 2021, an army pick-up triggered an improvised explosive device near Boni. Two soldiers killed."
    assert _picked(annotator, text) == IED


@pytest.mark.parametrize("text", [
    "On 3 March 2021, suspected jihadists took four traders from the market of Douna.",
    "On 3 March 2021, soldiers took three herders from their camp near Diafarabe to an unknown place.",
])
def test_people_taken_by_armed_men_or_to_an_unknown_place_are_abducted(annotator, text):
    assert _picked(annotator, text) == ("Violence against civilians", "Abduction/forced disappearance")


def test_people_taken_to_hospital_are_no_abduction(annotator):
    mentions = code_text(annotator, "On 3 March 2021, soldiers took the injured drivers to the hospital of Mopti.", DAY)
    assert not any(m.acled_sub_event_type == "Abduction/forced disappearance" for m in mentions)


def test_livestock_taken_by_armed_men_is_looting(annotator):
    text = "On 3 March 2021, armed men took some 60 head of cattle from a Fulani camp near Tenenkou."
    assert _picked(annotator, text) == ("Strategic developments", "Looting/property destruction")


def test_a_rule_imposed_under_threat_by_an_armed_group_is_a_strategic_development(annotator):
    text = "On 3 March 2021, armed jihadists told the villagers of Boulkessi that men must stop shaving, on pain of death."
    assert _picked(annotator, text) == ("Strategic developments", "Other")


def test_a_decreed_mobilisation_is_a_strategic_development(annotator):
    text = "On 3 March 2021, the government decreed a general mobilisation of reservists."
    assert _picked(annotator, text)[0] == "Strategic developments"


def test_troops_leaving_a_town_is_a_strategic_development(annotator):
    assert _picked(annotator, "On 3 March 2021, Chadian troops left Tessalit for N'Djamena.")[0] == "Strategic developments"


@pytest.mark.parametrize(("text", "code"), [
    ("On 3 March 2021, a convoy of Chadian troops left Tessalit for N'Djamena.", "TCDMIL"),
    ("On 3 March 2021, a column of peacekeepers left Aguelhok before dawn.", None),
])
def test_a_convoy_of_troops_leaving_a_town_is_their_withdrawal(annotator, text, code):
    """The convoy or column is the troops it carries (one subject test for forces that
    move and forces that leave, ``coder._armed_body``): a RETREAT by the troops, not by a
    civilian "convoy"."""
    retreat = first_of_type(annotator, text, DAY, "RETREAT")
    assert (retreat.mode, retreat.acled_sub_event_type) == ("withdraw", "Change to group/activity")
    assert [a.sector for a in retreat.source_actors] != ["CVL"]
    if code:
        assert [a.code for a in retreat.source_actors] == [code]


def test_a_convoy_of_traders_leaving_a_town_is_no_withdrawal(annotator):
    mentions = code_text(annotator, "On 3 March 2021, a convoy of traders left Gao for Niamey.", DAY)
    assert [m.event_type for m in mentions] == []


def test_aircraft_that_struck_people_is_an_air_strike(annotator):
    text = "On 3 March 2021, French aircraft struck presumed JNIM fighters near Hombori."
    assert _picked(annotator, text) == ("Explosions/Remote violence", "Air/drone strike")


def test_a_koglweogo_member_shot_dead_by_gunmen_is_an_armed_clash(annotator):
    text = "Koglweogo member shot dead by armed men near Kaya on 3 March 2021."
    assert _picked(annotator, text) == CLASH
