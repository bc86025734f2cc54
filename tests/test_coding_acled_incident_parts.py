"""Event typing faults left by the first round of session 13 (issue #4, s13b-types), each
fixed from a general cause: a coup is no territory taken (Strategic developments -
Other); a place handed over in the passive is a Non-violent transfer of territory; the
classifier blend keeps the rules' shelling when the sentence names artillery, rockets
or mortars and no shooting; an armed group establishing its headquarters is a base
established, not a group founded; the patrol that struck a device and the escort of an
attacked convoy are circumstances of the incident, not events; arrests in the sentence
of a protest's dispersal are that intervention. Every sentence is written for these
tests (no evaluation-set text); the pipeline tests use the real spaCy model
(``annotator`` fixture)."""

from __future__ import annotations

from datetime import date

from crisisdesk.coding.acled_model import Prediction, _remote_fire_kept, blended_types
from crisisdesk.coding.ontology import load_ontology
from tests.support.annotation import code_text, mention_rule_types

PUB = date(2025, 11, 21)


def _rule_types(annotator, text: str) -> list[tuple[str, tuple]]:  # noqa: ANN001
    return [(m.evidence.trigger.text, mention_rule_types(m)) for m in code_text(annotator, text, PUB)]


# -- coups -------------------------------------------------------------------------------

def test_soldiers_overthrowing_the_president_is_no_territory_taken(annotator):
    found = _rule_types(annotator, "On Tuesday, soldiers overthrew the president of Mali in Bamako.")
    assert [t for _, t in found] == [("Strategic developments", "Other")]


def test_officers_seizing_power_is_a_coup_not_looting(annotator):
    found = _rule_types(annotator, "On Tuesday, mutinous officers seized power in Bamako.")
    assert [t for _, t in found] == [("Strategic developments", "Other")]


# -- a place handed over with no giver named ---------------------------------------------

def test_a_base_handed_over_in_the_passive_is_a_non_violent_transfer(annotator):
    found = _rule_types(annotator, "On Monday, the base was handed over to the army in Gao.")
    assert [t for _, t in found] == [("Strategic developments", "Non-violent transfer of territory")]


# -- headquarters established by a group -------------------------------------------------

def test_an_armed_group_establishing_its_headquarters_is_a_base_established(annotator):
    found = _rule_types(annotator, "On Monday, the armed group established its headquarters in Menaka.")
    assert [t for _, t in found] == [("Strategic developments", "Headquarters or base established")]


def test_a_group_established_as_object_stays_a_change_to_group(annotator):
    found = _rule_types(annotator, "On Monday, militants established a new armed group in Menaka.")
    assert [t for _, t in found] == [("Strategic developments", "Change to group/activity")]


# -- circumstances of one incident -------------------------------------------------------

def test_the_patrol_that_struck_a_device_gives_no_mobilisation(annotator):
    found = code_text(annotator, "On Monday, an army patrol struck an IED near Gao, killing two soldiers.", PUB)
    assert [m.event_type for m in found] == ["ASSAULT"]
    assert mention_rule_types(found[0]) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_a_patrol_conducted_is_still_a_mobilisation(annotator):
    found = code_text(annotator, "On Monday, soldiers conducted a patrol near Gao.", PUB)
    assert [m.event_type for m in found] == ["MOBILIZE"]


def test_the_escort_of_an_attacked_convoy_gives_no_aid_but_makes_a_battle(annotator):
    found = code_text(annotator, "On Monday, gunmen attacked a convoy escorted by soldiers near Gao, killing four.", PUB)
    assert [m.event_type for m in found] == ["ASSAULT"]
    assert mention_rule_types(found[0]) == ("Battles", "Armed clash")


def test_detentions_in_the_dispersal_of_a_rally_are_the_intervention(annotator):
    found = _rule_types(annotator, "On Monday, riot police broke up the opposition rally in Bamako, detaining dozens.")
    assert [t for _, t in found] == [("Protests", "Protest with intervention")]


# -- the classifier blend and remote fire ------------------------------------------------

SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def test_rockets_fired_at_a_village_keep_the_rules_shelling():
    assert _remote_fire_kept(SHELLING, "Violence against civilians",
                             "On Monday, militants fired rockets at a village near Gao, killing four civilians.")


def test_shooting_after_mortar_fire_is_left_to_the_model():
    assert not _remote_fire_kept(SHELLING, "Violence against civilians",
                                 "Soldiers alarmed by mortar fire opened fire on villagers, killing two.")
    assert not _remote_fire_kept(SHELLING, "Battles",
                                 "Militants fired mortar shells at the camp and exchanged gunfire with the troops.")


def test_blend_keeps_shelling_against_a_sure_attack(annotator):
    mention = next(m for m in code_text(
        annotator, "On Monday, militants fired rockets at a village near Gao, killing four civilians.", PUB)
        if m.event_type == "ASSAULT")
    mention.acled_event_type, mention.acled_sub_event_type = mention_rule_types(mention)
    assert (mention.acled_event_type, mention.acled_sub_event_type) == SHELLING
    assert blended_types(mention, Prediction("Attack", 0.99, 0.01), load_ontology()) == SHELLING


# -- a finite verb parsed as an adjective ------------------------------------------------

def test_shared_intelligence_parsed_as_a_modifier_is_still_cooperation(annotator):
    found = code_text(annotator, "Niger and Chad shared intelligence about the attack.", PUB)
    assert [m.event_type for m in found] == ["COOPERATE"]
    assert "Niger" in {a.name for a in found[0].source_actors}
