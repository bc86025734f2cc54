"""Battles or Violence against civilians from whether the target fought back and who the
event's own sides are (:mod:`crisisdesk.coding.acled`, ACLED Codebook, Battles: "a
violent interaction between two organised armed groups"; Violence against civilians:
people harmed "while unarmed and unable to either act defensively or counter-attack"):

- an attack that a later sentence of its paragraph says was repelled is an Armed clash;
- travellers, traders and other unarmed victims who resisted their attackers make no
  Battle.

Every sentence is written for these tests (no development-set text)."""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.coding.acled import (
    attack_repelled_later,
    without_unarmed_resistance,
)
from crisisdesk.records import ActorRef, Count
from tests.support.annotation import code_text, rule_acled_types as types

GUNMEN = ActorRef("gunmen", sector="REB", generic=True)
PEOPLE = ActorRef("people", sector="CVL", generic=True)
PASSENGERS = ActorRef("passengers", sector="CVL", generic=True)
PUB = date(2024, 5, 6)




# -- an attack repelled in a later sentence ------------------------------------------------

@pytest.mark.parametrize("text", [
    "The attack was repelled and two of the gunmen were wounded.",
    "The raid on the hamlet was eventually repulsed.",
    "Local hunters repelled the assailants after an hour.",
    "Soldiers posted nearby routed the attackers.",
])
def test_a_later_sentence_saying_the_attack_was_repelled_is_read(text):
    assert attack_repelled_later(" " + text)


@pytest.mark.parametrize("text", [
    "The gunmen then fled towards the border.",
    "The army repelled an attack on its camp in Boni last month.",  # another attack, not this one
    "The attack was not repelled by anyone.",
    "No unit pushed back the assailants.",
    "The gunmen fled. In Boni, the attack on the army post was repelled.",  # a later, other attack
])
def test_other_later_sentences_are_not_a_repelled_attack(text):
    assert not attack_repelled_later(" " + text)


def test_an_attack_repelled_in_the_next_sentence_is_an_armed_clash(annotator):
    mentions = code_text(annotator, "Gunmen attacked the village of Kadiolo on Sunday night. "
                                    "The attack was repelled by local hunters.", PUB)
    first = min(mentions, key=lambda m: m.evidence.start_char)
    assert first.evidence.sentence.startswith("Gunmen attacked")
    assert (first.acled_event_type, first.acled_sub_event_type) == ("Battles", "Armed clash")


def test_an_attack_not_repelled_stays_violence_against_civilians(annotator):
    mentions = code_text(annotator, "Gunmen attacked the village of Kadiolo on Sunday night and killed two farmers. "
                                    "The gunmen then fled towards the border.", PUB)
    first = min(mentions, key=lambda m: m.evidence.start_char)
    assert first.evidence.sentence.startswith("Gunmen attacked")
    assert (first.acled_event_type, first.acled_sub_event_type) == ("Violence against civilians", "Attack")


# -- resistance by unarmed people -----------------------------------------------------------

def test_passengers_who_resisted_robbers_are_civilians_attacked():
    sentence = "Gunmen stopped a bus near Gossi, and passengers who resisted were beaten and wounded."
    assert "resisted" not in without_unarmed_resistance(sentence)
    assert types(sentence, [GUNMEN], [PASSENGERS], injured=Count(2, 2)) == ("Violence against civilians", "Attack")


def test_armed_men_who_resisted_still_make_a_battle():
    sentence = "Gunmen attacked a convoy near Gossi, and the militiamen who resisted were wounded."
    assert "resisted" in without_unarmed_resistance(sentence)
    assert types(sentence, [GUNMEN], [PEOPLE], injured=Count(2, 2)) == ("Battles", "Armed clash")
