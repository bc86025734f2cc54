"""Typing problems noticed in session 9, tested on sentences written for these tests:
weapons taken by force (CAMEO 1711, not 163), people counted by a headcount noun
("dozens of demonstrators") and marchers as demonstrators, a persona non grata
declaration about several diplomats, places captured, occupied or yielded (ACLED
Battles territory sub-types vs Non-violent transfer of territory), the side a place is
taken from, people liberated (no territory), and a generic attack said not to happen
beside a clause naming aircraft. Real spaCy model and annotation stage where a
sentence is coded (the session ``annotator`` fixture)."""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.coding.acled import place_yielded, territory_taken
from crisisdesk.coding.ontology import load_ontology
from crisisdesk.coding.roles import is_armed
from crisisdesk.records import ActorRef
from tests.support.annotation import code_text, mention_rule_types, rule_acled_types as types

PUB = date(2025, 11, 21)
REBELS = ActorRef("rebels", sector="REB", generic=True)
ARMY = ActorRef("army", code="MLIMIL", country="MLI", sector="MIL", generic=True)
FRENCH_FORCES = ActorRef("French forces", code="FRAMIL", country="FRA", sector="MIL")
REBEL_POST = ActorRef("rebel post", sector="MIL", generic=True)


def only(mentions, event_type: str):
    found = [m for m in mentions if m.event_type == event_type]
    assert len(found) == 1, [(m.event_type, m.evidence.trigger.text) for m in mentions]
    return found[0]


# -- 1. weapons taken by force: CAMEO 1711 confiscate property ---------------------------------

def test_weapons_recovered_are_confiscated_property_not_an_embargo(annotator):
    m = only(code_text(annotator, "The army said it recovered weapons and motorbikes near Gao on Tuesday.", PUB),
             "COERCE")
    assert (m.cameo_code, m.goldstein, m.quad_class) == ("1711", -9.2, 4)
    assert m.acled_sub_event_type == "Disrupted weapons use"


def test_a_coerce_act_with_no_mode_defaults_to_the_unspecified_coerce_code(annotator):
    assert load_ontology().default_cameo("COERCE") == "170"  # CAMEO 170 "Coerce", not 163 "Impose embargo"
    m = only(code_text(annotator, "Soldiers defused a roadside bomb near Gao on Tuesday.", PUB), "COERCE")
    assert m.cameo_code == "170" and m.acled_sub_event_type == "Disrupted weapons use"


# -- 2. people counted by a headcount noun; marchers demonstrate ----------------------------------

@pytest.mark.parametrize("crowd", ["demonstrators", "marchers"])
def test_demonstrators_counted_in_dozens_are_the_arrests_target(annotator, crowd):
    m = only(code_text(annotator, f"Police arrested dozens of {crowd} in Bamako on Tuesday.", PUB), "COERCE")
    assert [(a.name, a.sector) for a in m.target_actors] == [(crowd, "CVL")]
    assert mention_rule_types(m) == ("Protests", "Protest with intervention")


def test_marchers_are_the_protests_actor(annotator):
    m = only(code_text(annotator, "Hundreds of marchers gathered in Bamako on Tuesday to demand the release of "
                                  "detained activists.", PUB), "PROTEST")
    assert [(a.name, a.sector) for a in m.source_actors] == [("marchers", "CVL")]


# -- 3. persona non grata about several diplomats ---------------------------------------------------

@pytest.mark.parametrize("expeller", ["Niger's junta", "Niger"])
def test_diplomats_declared_persona_non_grata_are_expelled(annotator, expeller):
    m = only(code_text(annotator, f"{expeller} declared three French diplomats persona non grata on Tuesday.", PUB),
             "SANCTION")
    assert (m.mode, m.cameo_code) == ("expel", "166")
    assert [a.country for a in m.source_actors] == ["NER"] and [a.country for a in m.target_actors] == ["FRA"]
    assert mention_rule_types(m) == ("Strategic developments", "Other")


# -- 4. places captured, occupied or yielded -----------------------------------------------------------

def test_a_capture_by_an_armed_group_is_a_battle_for_territory(annotator):
    m = only(code_text(annotator, "Rebels captured the town of Tessit after heavy fighting on Tuesday.", PUB), "COERCE")
    assert mention_rule_types(m) == ("Battles", "Non-state actor overtakes territory")


def test_a_capture_by_state_forces_regains_territory(annotator):
    m = only(code_text(annotator, "The army captured the town of Tessit on Tuesday.", PUB), "COERCE")
    assert mention_rule_types(m) == ("Battles", "Government regains territory")


def test_a_place_seized_after_the_other_side_withdrew_changes_hands_without_violence(annotator):
    m = only(code_text(annotator, "Jihadists seized the town of Tessit on Tuesday after the army withdrew.", PUB),
             "COERCE")
    assert mention_rule_types(m) == ("Strategic developments", "Non-violent transfer of territory")


@pytest.mark.parametrize("sentence,yielded", [
    ("The rebels entered the town after the soldiers pulled out of their base.", True),
    ("The base was abandoned by the troops before the rebels arrived.", True),
    ("The rebels captured the town after two days of fighting.", False),
])
def test_place_yielded(sentence, yielded):
    assert place_yielded(sentence) is yielded


def test_an_occupation_without_fighting_is_a_non_violent_transfer_whoever_occupies():
    sentence = "French forces occupied a rebel post near the town, no clashes were reported."
    # the post is the place taken, not people captured (no Arrests)
    assert types(sentence, [FRENCH_FORCES], [REBEL_POST], "COERCE", "seize", "Non-state actor overtakes territory") \
        == ("Strategic developments", "Non-violent transfer of territory")
    assert territory_taken([REBELS], "Rebels occupied the town.", is_armed) == "Non-violent transfer of territory"
    assert territory_taken([REBELS], "Rebels overran the town.", is_armed) == "Non-state actor overtakes territory"


# -- 5. the side a place is taken from --------------------------------------------------------------------

def test_a_place_recaptured_from_jihadists_names_them_as_the_target(annotator):
    m = only(code_text(annotator, "The army recaptured the town of Tessit from the jihadists on Tuesday.", PUB),
             "COERCE")
    assert [a.name for a in m.target_actors] == ["jihadists"]
    assert mention_rule_types(m) == ("Battles", "Government regains territory")


# -- liberated people are freed, no place changes hands ---------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Soldiers killed five militants near the border and liberated two hostages.",
    "Militants attacked the town's prison and liberated all the inmates.",
])
def test_people_liberated_are_no_territory_regained(sentence):
    assert types(sentence, [ARMY if sentence.startswith("Soldiers") else REBELS],
                 [ActorRef("militants", sector="REB", generic=True)] if sentence.startswith("Soldiers") else
                 [ActorRef("prison", sector="MIL", generic=True)])[1] == "Armed clash"


def test_a_town_liberated_is_regained():
    assert types("Soldiers liberated the town of Tessit after a week of fighting.", [ARMY], [])[1] \
        == "Government regains territory"


# -- 6. an attack said not to happen beside aircraft ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Helicopters flew over the convoy near Gao on Tuesday, and no attack was reported.",
    "No attack was reported after drones flew over the convoy near Gao on Tuesday.",
])
def test_a_negated_attack_takes_no_weapon_from_another_clause(annotator, text):
    m = only(code_text(annotator, text, PUB), "ASSAULT")
    assert m.status == "negated"
    assert mention_rule_types(m) == ("Violence against civilians", "Attack")
