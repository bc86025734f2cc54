"""ACLED types and roles of the kinds of report that session 21's fresh notes set
(``tests/acled_notes8.py``) showed coded wrongly:

- mortars or a suicide car bomb used with an assault on foot, attackers forcing their
  way in or coming on motorbikes: a ground assault, Battles - Armed clash
  (:data:`crisisdesk.coding.acled.GROUND_COMBAT`);
- a camp overrun whose attackers then leave: a raid, no takeover
  (:func:`crisisdesk.coding.acled.raiders_left`);
- "presumed militants killed ..." with the hedging participle read as a verb: the
  militants are the doers (:func:`crisisdesk.coding.roles.hedged_subject`);
- livestock driven off, a commitment to cease hostilities signed, fighters handing over
  their own weapons: Looting/property destruction, Agreement, Change to group/activity
  (lexicon and :data:`crisisdesk.coding.acled.OWN_WEAPONS_GIVEN_UP`);
- demonstrators who disperse of their own accord: no intervention
  (:data:`crisisdesk.coding.acled.SELF_DISPERSAL`).

Every sentence is written for these tests (none is taken from the notes set or any data
file); each failed at main 8293d26.
"""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.coding.acled import intervention_reported, raiders_left, raiders_left_later
from crisisdesk.records import ActorRef
from tests.support.annotation import acled_picked_mention, mention_rule_types
from tests.support.annotation import rule_acled_types as types

DAY = date(2018, 5, 3)
MILITANTS = ActorRef("militants", sector="REB", generic=True)
CAMP = ActorRef("camp", sector="MIL", generic=True)
FIGHTERS = ActorRef("fighters", sector="CVL", generic=True)
CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize("sentence, hint", [
    ("Jihadists attacked the army base of Hombori with rockets and mortars, then launched an assault on foot.",
     "Shelling/artillery/missile attack"),
    ("A suicide bomber drove a truck into the gate of the camp while several gunmen attempted to breach the wall.",
     "Suicide bomb"),
    ("Militants attacked the gendarmerie post of Diafarabe with mortars, pick-ups and motorbikes.", None),
])
def test_remote_weapons_in_a_ground_assault_are_an_armed_clash(sentence, hint):
    assert types(sentence, [MILITANTS], [CAMP], hint=hint) == CLASH


def test_mortar_fire_alone_stays_shelling():
    sentence = "Militants fired four mortar rounds at the army base of Hombori during the night."
    assert types(sentence, [MILITANTS], [CAMP], hint="Shelling/artillery/missile attack") == \
        ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def test_a_camp_overrun_and_left_is_an_armed_clash(annotator):
    text = ("On May 2, jihadists overran the army camp of Toladie, killing six soldiers. "
            "The attackers left with two pick-ups and a store of ammunition.")
    assert raiders_left_later(" The attackers left with two pick-ups and a store of ammunition.")
    assert mention_rule_types(acled_picked_mention(annotator, text, DAY)) == CLASH


def test_a_camp_overrun_and_held_stays_a_takeover():
    assert not raiders_left("Jihadists overran the army camp of Toladie and have held it since Monday.")
    assert raiders_left("Jihadists overran the army camp of Toladie before withdrawing toward the river.")


def test_a_hedged_subject_is_the_doer(annotator):
    text = "Between 3 and 4 May, presumed jihadists killed eleven Bozo fishermen in their camp near Kirchamba."
    picked = acled_picked_mention(annotator, text, DAY)
    assert [a.name for a in picked.source_actors] and not any(
        "fishermen" in (a.span.text if a.span else a.name) for a in picked.source_actors)
    assert mention_rule_types(picked) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text, expected", [
    ("On May 2, armed men drove off the cattle of a Bozo hamlet near Youwarou; nobody was hurt.",
     ("Strategic developments", "Looting/property destruction")),
    ("On May 2, the leaders of two rival militias signed a commitment to end their feud in Mopti.",
     ("Strategic developments", "Agreement")),
    ("On May 2, some forty youths of the district handed over their weapons to the governor of Kidal.",
     ("Strategic developments", "Change to group/activity")),
])
def test_kinds_of_strategic_development(annotator, text, expected):
    assert mention_rule_types(acled_picked_mention(annotator, text, DAY)) == expected


def test_a_crowd_dispersing_itself_is_no_intervention():
    assert not intervention_reported("Teachers marched in Kayes over unpaid wages; they dispersed peacefully at noon.")
    assert not intervention_reported("Traders rallied at the town hall and the marchers dispersed after a speech.")
    assert intervention_reported("Teachers marched in Kayes over unpaid wages; police dispersed them at noon.")
    assert intervention_reported("Teachers marched in Kayes and were dispersed with tear gas.")
