"""Abductions with other violence, and people abducted in a raid
(:func:`crisisdesk.coding.acled.abductees_hurt`,
:func:`crisisdesk.coding.acled.people_taken_in_raid`, the paragraph rule of
``crisisdesk.coding.coder._acled_types_from_paragraph``; ACLED Codebook 2023, Violence
against civilians - Attack and Abduction/forced disappearance). Every sentence is
written for these tests (no development-set text); the pipeline test uses the real
spaCy model and annotation stage (``annotator`` fixture)."""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.coding.acled import abductees_hurt, people_taken_in_raid
from crisisdesk.records import ActorRef
from tests.support.annotation import code_text, mention_rule_types, rule_acled_types as types

GUNMEN = ActorRef("gunmen", sector="REB", generic=True)
MAYOR = ActorRef("mayor", sector="GOV", generic=True)
HERDERS = ActorRef("herders", sector="CVL", generic=True)
VILLAGE = ActorRef("village", sector="CVL", generic=True)
SOLDIERS = ActorRef("soldiers", code="MLIMIL", country="MLI", sector="MIL", generic=True)
PUB = date(2025, 11, 21)


def test_an_abduction_with_the_victim_shot_is_an_attack():
    sentence = "Gunmen abducted the mayor of Dogo and shot him in the leg before leaving him by the road."
    assert abductees_hurt(sentence)
    assert types(sentence, [GUNMEN], [MAYOR], mode="abduct") == ("Violence against civilians", "Attack")


def test_an_abduction_with_a_captive_tortured_is_an_attack():
    sentence = "Militants abducted three herders near Sofara; one of them was tortured and let go."
    assert types(sentence, [GUNMEN], [HERDERS], mode="abduct") == ("Violence against civilians", "Attack")


def test_an_abduction_alone_stays_an_abduction():
    sentence = "Gunmen abducted three herders near Sofara and took them to an unknown destination."
    assert not abductees_hurt(sentence)
    assert types(sentence, [GUNMEN], [HERDERS], mode="abduct") == (
        "Violence against civilians", "Abduction/forced disappearance")


def test_soldiers_abducted_and_wounded_stay_a_battle():
    sentence = "Gunmen abducted two soldiers and wounded a third on the road to Boni."
    assert types(sentence, [GUNMEN], [SOLDIERS], mode="abduct")[0] == "Battles"


@pytest.mark.parametrize("sentence", [
    "Armed men raided the hamlet of Sori, burned two granaries and abducted four herders.",
    "Militants carried out an incursion into the village of Kara, abducting six residents.",
])
def test_people_abducted_in_a_raid_with_no_one_hurt_make_an_abduction(sentence):
    assert people_taken_in_raid(sentence)
    assert types(sentence, [GUNMEN], [VILLAGE]) == ("Violence against civilians", "Abduction/forced disappearance")


def test_a_raid_in_reaction_to_abductions_is_no_abduction():
    sentence = "Youths armed with rifles attacked the village of Kara in reaction to abductions of traders."
    assert not people_taken_in_raid(sentence)


def test_a_raid_with_people_hurt_and_abducted_stays_an_attack():
    sentence = "Armed men raided the hamlet of Sori, wounded two villagers and abducted four herders."
    assert types(sentence, [GUNMEN], [VILLAGE]) == ("Violence against civilians", "Attack")


def test_an_abduction_whose_victim_is_found_dead_later_is_an_attack(annotator):
    found = code_text(annotator, "On Monday, gunmen abducted a teacher near Tenenkou. "
                                 "He was later found dead near the river.", PUB)
    abduction = next(m for m in found if m.evidence.trigger and m.evidence.trigger.text == "abducted")
    assert mention_rule_types(abduction) == ("Violence against civilians", "Attack")
    assert abduction.acled_sub_event_type == "Attack"


def test_an_abduction_whose_victim_is_released_later_stays_an_abduction(annotator):
    found = code_text(annotator, "On Monday, gunmen abducted a teacher near Tenenkou. "
                                 "He was released two days later.", PUB)
    abduction = next(m for m in found if m.evidence.trigger and m.evidence.trigger.text == "abducted")
    assert mention_rule_types(abduction) == ("Violence against civilians", "Abduction/forced disappearance")


def test_harm_in_a_background_clause_leaves_an_abduction():
    sentence = "Gunmen abducted two traders near Gao after a soldier was killed there last week."
    assert not abductees_hurt(sentence)
    assert types(sentence, [GUNMEN], [HERDERS], mode="abduct") == (
        "Violence against civilians", "Abduction/forced disappearance")
