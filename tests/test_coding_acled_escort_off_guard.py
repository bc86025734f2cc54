"""Battles or Violence against civilians from the targets' armed status, session 11
(:mod:`crisisdesk.coding.acled`, :mod:`crisisdesk.coding.coder`; ACLED Codebook:
Battles are violent interactions between organised armed sides, Violence against
civilians is violence against unarmed non-combatants): a party under armed escort named
by an actor's name ("escorted by VDP", "by the gendarmerie") is defended by an organised
armed side, so an attack on it is a Battle (``coder._escorted_by_armed``).

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
