"""Battles or Violence against civilians from the targets' armed status, session 11
(:mod:`crisisdesk.coding.acled`, :mod:`crisisdesk.coding.coder`; ACLED Codebook:
Battles are violent interactions between organised armed sides, Violence against
civilians is violence against unarmed non-combatants, and "if a person is harmed or
killed while unarmed and unable to either act defensively or counter-attack, this is an
act of violence against civilians"):

- a party under armed escort named by an actor's name ("escorted by VDP", "by the
  gendarmerie") is defended by an organised armed side: an attack on it is a Battle
  (``coder._escorted_by_armed``);
- a member of an armed side killed alone in a civilian setting (at home, at the market,
  on his motorbike) with no fighting is a civilian victim: Violence against civilians -
  Attack (``acled.caught_off_guard``).

Every sentence is written for these tests (no ACLED note text)."""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.records import ActorRef
from tests.support.annotation import code_text, mention_rule_types, rule_acled_types as types

GUNMEN = ActorRef("gunmen", sector="REB", generic=True)
MILITANTS = ActorRef("militants", sector="REB", generic=True)
OFFICER = ActorRef("police officer", sector="COP", generic=True)
COMMANDER = ActorRef("militia commander", sector="REB", generic=True)
SOLDIERS = ActorRef("soldiers", sector="MIL", generic=True)
CONVOY = ActorRef("supply convoy", sector="CVL", generic=True)
PUB = date(2024, 5, 6)


# -- armed members caught in a civilian setting -------------------------------------------

@pytest.mark.parametrize("sentence, targets, whose", [
    ("Gunmen shot dead a police officer at his home in Kati.", [OFFICER], "police officer"),
    ("Militants killed a militia commander on his motorbike near Ansongo.", [COMMANDER], "militia commander"),
    ("Two soldiers were killed by gunmen at the market in Douentza.", [SOLDIERS], "soldiers"),
])
def test_armed_member_killed_in_a_civilian_setting_is_an_attack_on_a_civilian(sentence, targets, whose):
    killed = 2 if whose == "soldiers" else 1
    assert types(sentence, [GUNMEN], targets, killed=killed, whose=whose) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("sentence, killed", [
    # many dead: an attack on a group of fighters, not a targeted killing
    ("Militants killed twelve soldiers at the market in Douentza.", 12),
    # the victim's side fought back
    ("Gunmen attacked a police officer at his home and exchanged fire with his colleagues.", 1),
    # a post of armed forces attacked
    ("Gunmen attacked the police post at the market in Kati, killing an officer.", 1),
])
def test_fighting_a_post_or_many_dead_stay_a_battle(sentence, killed):
    assert types(sentence, [GUNMEN], [OFFICER], killed=killed, whose="police officer" if killed == 1 else "soldiers") \
        == ("Battles", "Armed clash")


def test_civilian_setting_phrases():
    from crisisdesk.coding.acled import CIVILIAN_SETTING, caught_off_guard
    from crisisdesk.records import Count

    for phrase in ("shot at his home", "killed on his motorbike", "killed at the market", "on her way home",
                   "in the mosque", "while praying"):
        assert CIVILIAN_SETTING.search(phrase), phrase
    for phrase in ("killed at the checkpoint", "attacked their base", "killed in his vehicle convoy"):
        assert not CIVILIAN_SETTING.search(phrase), phrase
    assert caught_off_guard("Gunmen shot an officer at his home.", Count(1, 1, "officer"))
    assert not caught_off_guard("Gunmen shot an officer at his home.", Count(3, 3, "officers"))


# -- parties under armed escort named by an actor's name ------------------------------------

@pytest.fixture(scope="module")
def coded(annotator):  # noqa: ANN001
    def run(text: str) -> list[tuple[str | None, str | None]]:
        return [mention_rule_types(m) for m in code_text(annotator, text, PUB) if m.event_type == "ASSAULT"]
    return run


@pytest.mark.parametrize("text", [
    "Gunmen ambushed a supply convoy escorted by VDP near Boni.",
    "Militants ambushed a convoy escorted by the gendarmerie near Boni.",
])
def test_attack_on_a_party_escorted_by_a_named_armed_actor_is_a_battle(coded, text):
    assert coded(text) == [("Battles", "Armed clash")]


def test_escort_by_unarmed_people_leaves_an_attack_on_civilians(coded):
    assert coded("Gunmen attacked a truck escorted by two relatives near Gao.") \
        == [("Violence against civilians", "Attack")]


def test_escorted_flag_of_the_typing_rules():
    """The coder's escort finding reaches the typing rules: the same sentence without
    escort words is an Attack, a Battle once the targets are known to be escorted."""
    from crisisdesk.coding.acled import acled_types
    from crisisdesk.coding.ontology import load_ontology
    from crisisdesk.coding.roles import is_armed

    args = (load_ontology(), "ASSAULT", None, None, [GUNMEN], [CONVOY], "Gunmen ambushed the supply convoy near Boni.",
            None, is_armed, None)
    assert acled_types(*args) == ("Violence against civilians", "Attack")
    assert acled_types(*args, escorted=True) == ("Battles", "Armed clash")
