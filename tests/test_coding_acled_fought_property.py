"""Property burned or seized while the attackers are fought off is part of the battle
(:func:`crisisdesk.coding.acled.sides_fought`, :data:`crisisdesk.coding.acled.PUSHED_BACK`;
ACLED Codebook 2023, Battles - Armed clash and Looting/property destruction). Every
sentence is written for these tests (no development-set text)."""

from __future__ import annotations

import pytest

from crisisdesk.coding.acled import sides_fought
from crisisdesk.records import ActorRef
from tests.support.annotation import rule_acled_types as types

MILITANTS = ActorRef("militants", sector="REB", generic=True)
GUNMEN = ActorRef("gunmen", sector="REB", generic=True)
YOUTHS = ActorRef("youths", sector="CVL", generic=True)
SHOP = ActorRef("shop", sector="CVL", generic=True)


@pytest.mark.parametrize("sentence", [
    "The self-defence group pushed the militants back and the militants burned two granaries as they fled.",
    "Gendarmes drove the gunmen off after the gunmen set a warehouse ablaze.",
    "The guards pushed back the assailants, who looted a shop on their way out.",
    "Herders and militiamen exchanged fire while the militiamen burned a market stall.",
])
def test_fighting_between_the_sides_is_read(sentence):
    assert sides_fought(sentence)


@pytest.mark.parametrize("sentence", [
    "Gunmen burned four lorries near Boni; there were no reports of clashes.",
    "The ministry pushed back the elections by a month.",
    "The militants burned the school, possibly in retaliation for arrests last week.",
    "The town fell without a fight and the rebels looted the bank.",
])
def test_no_fighting_or_another_sense_is_not(sentence):
    assert not sides_fought(sentence)


def test_property_burned_while_the_attackers_are_pushed_back_is_an_armed_clash():
    sentence = ("Militants raided the market of Tarkint; the militiamen pushed the militants back, "
                "and the militants burned two shops as they fled, no casualties reported.")
    assert types(sentence, [MILITANTS], []) == ("Battles", "Armed clash")


def test_a_destruction_fought_off_by_soldiers_is_an_armed_clash():
    sentence = "Gunmen torched a warehouse near Ansongo before soldiers drove the gunmen off."
    assert types(sentence, [GUNMEN], [], mode="destroy") == ("Battles", "Armed clash")


def test_property_burned_with_fighting_denied_stays_property_destruction():
    sentence = "Gunmen burned four lorries of a transport company near Boni; there were no reports of clashes."
    assert types(sentence, [GUNMEN], [], mode="destroy") == ("Strategic developments", "Looting/property destruction")


def test_a_crowd_fighting_and_burning_stays_a_riot_not_a_battle():
    # the fight rule asks for armed doers: youths burning a shop in a brawl stay Mob violence
    sentence = "Youths fought in the street of Gao and burned a shop."
    assert types(sentence, [YOUTHS], [SHOP], mode="destroy")[0] == "Riots"
