"""People liberated are no territory regained (:func:`crisisdesk.coding.acled.ground_regained`,
:data:`crisisdesk.coding.acled.PEOPLE_LIBERATED`; ACLED Codebook 2023, Battles -
Government regains territory / Non-state actor overtakes territory). Every sentence is
written for these tests (no development-set text)."""

from __future__ import annotations

import pytest

from crisisdesk.coding.acled import ground_regained
from crisisdesk.records import ActorRef
from tests.support.annotation import rule_acled_types as types

MILITANTS = ActorRef("militants", sector="REB", generic=True)
ARMY = ActorRef("army", code="MLIMIL", country="MLI", sector="MIL", generic=True)
MILITIA = ActorRef("militiamen", sector="REB", generic=True)
GENDARMES = ActorRef("gendarmerie", sector="COP", generic=True)


@pytest.mark.parametrize("sentence", [
    "Militants stormed the prison of Ansongo and liberated all the inmates.",
    "Soldiers raided the camp and liberated two aid workers held hostage.",
    "Four herders abducted last week were also liberated during the raid.",
    "A trader kidnapped in May was liberated by the militia on Friday.",
])
def test_people_liberated_are_no_ground_regained(sentence):
    assert not ground_regained(sentence)


@pytest.mark.parametrize("sentence", [
    "The army liberated the town of Lere after two days of fighting.",
    "Soldiers retook the base of Tessit on Sunday.",
    "The village held by militants was liberated by the army.",
])
def test_a_place_liberated_or_retaken_is_ground_regained(sentence):
    assert ground_regained(sentence)


def test_an_armed_group_freeing_prisoners_in_an_attack_is_an_armed_clash_not_a_takeover():
    sentence = ("Militants attacked the gendarmerie post and the jail of Niafunke and liberated all the prisoners, "
                "no casualties reported.")
    assert types(sentence, [MILITANTS], [GENDARMES]) == ("Battles", "Armed clash")


def test_a_militia_raid_freeing_hostages_is_an_armed_clash_not_a_takeover():
    sentence = ("Militiamen raided a militant camp near Tamkoutat, killing four militants, and two traders "
                "abducted the day before were liberated.")
    assert types(sentence, [MILITIA], [MILITANTS], killed=4, whose="militants") == ("Battles", "Armed clash")


def test_soldiers_liberating_a_town_stay_government_regains_territory():
    sentence = "Soldiers attacked the militants holding Lere and liberated the town after a day of fighting."
    assert types(sentence, [ARMY], [MILITANTS]) == ("Battles", "Government regains territory")


# -- an operation against an armed group (lexicon "operation against") ------------------

def test_an_operation_against_militants_is_an_armed_clash(annotator):
    from datetime import date

    from tests.support.annotation import code_text, mention_rule_types

    found = code_text(annotator, "On Monday, soldiers conducted an operation against jihadists near Nara.",
                      date(2025, 11, 21))
    operation = next(m for m in found if m.evidence.trigger and m.evidence.trigger.text.startswith("operation"))
    assert operation.event_type == "ASSAULT" and operation.cameo_code == "190"
    assert mention_rule_types(operation) == ("Battles", "Armed clash")


def test_a_search_operation_is_no_assault(annotator):
    from datetime import date

    from tests.support.annotation import code_text

    found = code_text(annotator, "On Monday, soldiers conducted a search operation in the market of Nara.",
                      date(2025, 11, 21))
    assert not [m for m in found if m.event_type == "ASSAULT"]
