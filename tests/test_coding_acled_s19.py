"""ACLED types of five kinds of report that session 19's look at the Mali notes set
(tests/acled_mali_notes5.py) showed coded wrongly or not at all:

- a verbless report whose head noun the parser takes for an imperative ("Clash between X
  and Y near Z"): Battles - Armed clash, not nothing (``coder._bare_verb_heading_report``);
- armed men driven out of a place by force ("drove the gunmen out of the village"):
  Battles - Armed clash, Government regains territory when state forces put their post
  back (``acled.REGAIN``), not nothing;
- an attack on a hamlet in reprisal for an armed man's death, only civilians killed in
  it: Violence against civilians, the earlier death being the cause, not a victim
  (``acled.armed_victims_counted``, ``acled.BACKGROUND_CLAUSE``); armed defenders killed
  in the attack itself keep it a Battle;
- leaflets handed out by an armed group, and a column or armed men on the move with no
  fight: Strategic developments (Other; Change to group/activity, the ontology's troop
  movements), not nothing;
- people the doers "left unharmed" while taking property: nobody attacked, so
  Strategic developments - Looting/property destruction (``acled.LEFT_UNHARMED``), while
  people who "escaped unharmed" were attacked.

Each rule has a sentence where it must fire and a near one where it must not. Every
sentence is written for these tests (no fixture or development-set text)."""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.coding.acled import REGAIN, armed_dead_reported, armed_victims_counted, people_spared, property_only
from crisisdesk.records import ActorRef, Count
from tests.support.annotation import code_text, mention_rule_types, rule_acled_types as types

PUB = date(2018, 5, 2)
MILITIA = ActorRef("militiamen", sector="REB", generic=True)
VILLAGERS = ActorRef("villagers", sector="CVL", generic=True)
GUNMEN = ActorRef("gunmen", sector="REB", generic=True)
LORRIES = ActorRef("lorries", generic=True)
CLASH = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")


@pytest.fixture(scope="module")
def coded(annotator):  # noqa: ANN001
    """(PLOVER type, ACLED rule types) of every mention the coder finds in a text."""
    def run(text: str) -> list[tuple[str, tuple[str | None, str | None]]]:
        return [(m.event_type, mention_rule_types(m)) for m in code_text(annotator, text, PUB)]
    return run


# -- a verbless report headed by a noun read as an imperative --------------------------

@pytest.mark.parametrize("text", [
    "Clash between Ganda Koy militiamen and MNLA fighters near Bourem, three dead according to residents.",
    "Skirmish between the army and jihadists at Dialloube on Sunday.",
])
def test_verbless_clash_report_is_an_armed_clash(coded, text):
    assert ("ASSAULT", CLASH) in coded(text)


def test_a_clash_between_two_places_names_no_sides(coded):
    """"between" two towns is a stretch of road, no sides: the report still is a clash,
    with no one made its source from the place names."""
    found = coded("Clash between Gao and Ansongo on the main road.")
    assert all(t != "ASSAULT" or r == CLASH for t, r in found)


# -- armed men driven out of a place ---------------------------------------------------

def test_armed_men_driven_out_of_a_village_is_an_armed_clash(coded):
    assert ("ASSAULT", CLASH) in coded("Malian soldiers drove the bandits out of the village of Kerena on Tuesday.")


def test_a_post_put_back_after_driving_armed_men_out_is_a_regained_place(coded):
    found = coded("Gendarmes chased the militants out of Boulkessi and re-established their post in the town.")
    assert ("ASSAULT", ("Battles", "Government regains territory")) in found


def test_restored_calm_is_no_place_retaken():
    assert REGAIN.search("re-established their post in the town")
    assert REGAIN.search("restored state control over the district")
    assert not REGAIN.search("the elders restored calm in the market")


def test_a_crowd_driven_out_by_rain_is_no_clash(coded):
    assert not any(t == "ASSAULT" for t, _ in coded("Heavy rain drove the crowd out of the stadium in Bamako."))


# -- a reprisal attack on a hamlet -----------------------------------------------------

REPRISAL = ("Militiamen raided two hamlets near Tenenkou in revenge for the killing of a soldier, "
            "six villagers killed.")


def test_an_armed_death_given_as_the_reprisal_cause_is_no_victim_of_the_attack():
    toll = Count(6, 6, "soldier, villagers")
    assert not armed_victims_counted(toll.whose, REPRISAL)
    assert not armed_dead_reported(REPRISAL, toll)
    assert types(REPRISAL, [MILITIA], [VILLAGERS], killed=6, whose=toll.whose) == ATTACK


def test_defenders_killed_in_the_attack_itself_keep_it_a_battle():
    sentence = "Militiamen raided two hamlets near Tenenkou in revenge for a theft, two hunters and four villagers killed."
    assert armed_victims_counted("hunters, villagers", sentence)
    assert types(sentence, [MILITIA], [VILLAGERS], killed=6, whose="hunters, villagers") == CLASH


def test_an_armed_man_killed_in_the_told_fight_still_counts():
    """An "after" clause may tell the fight itself, not what the act avenges."""
    sentence = "Militants raided the chief's compound in Boni, one youth was killed after killing an attacker."
    assert armed_dead_reported(sentence, Count(1, 1, "youth"))


# -- leaflets and forces on the move ---------------------------------------------------

def test_leaflets_handed_out_by_an_armed_group_are_a_strategic_development(coded):
    found = coded("On Monday, JNIM militants distributed leaflets in Dioura warning residents not to vote.")
    assert ("THREATEN", ("Strategic developments", "Other")) in found


def test_leaflets_of_a_party_campaign_are_no_acled_event(coded):
    found = coded("Volunteers of the ruling party distributed leaflets in Sikasso before the vote.")
    assert all(r in {None, (None, None)} for _, r in found)


@pytest.mark.parametrize("text", [
    "A column of some forty Malian army vehicles moved from Sevare to Douentza on Wednesday.",
    "Heavily armed men on motorbikes were seen heading towards Mondoro on Friday.",
])
def test_armed_forces_on_the_move_are_a_strategic_development(coded, text):
    assert ("MOBILIZE", ("Strategic developments", "Change to group/activity")) in coded(text)


def test_residents_on_the_move_are_no_armed_movement(coded):
    assert not any(t == "MOBILIZE" for t, _ in coded("Hundreds of residents moved from Menaka to Gao on Friday."))


# -- people left unharmed while property is taken --------------------------------------

def test_drivers_left_unharmed_while_goods_are_taken_is_looting():
    sentence = "Gunmen stopped two lorries near Ber and stole their cargo of rice; the drivers were left unharmed."
    assert not people_spared(sentence)
    assert property_only(sentence, False, None, [LORRIES])
    assert types(sentence, [GUNMEN], [LORRIES]) == ("Strategic developments", "Looting/property destruction")


def test_drivers_who_escaped_unharmed_were_attacked():
    sentence = "Gunmen fired on two lorries near Ber and stole their cargo of rice; the drivers escaped unharmed."
    assert people_spared(sentence)
    assert types(sentence, [GUNMEN], [LORRIES]) == ATTACK


@pytest.mark.parametrize("text", [
    "The new minister pushed back the elections to March.",
    "The mayor vowed to drive out corruption from the town hall and pushed out two advisers' budgets.",
])
def test_things_driven_off_are_no_fight(coded, text):
    assert not any(t == "ASSAULT" for t, _ in coded(text))
