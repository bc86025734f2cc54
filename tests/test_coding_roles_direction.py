"""Roles with direction, status and honest output (issue #4, session 11): sentences
written for these tests (no development-set text); real spaCy model and annotator.

- an envoy's nationality gives no focus country: "the junta declared the French
  ambassador persona non grata" does not make the junta France's government;
- time-bound aliases: "French troops" are Operation Barkhane only between its dates
  (actor dictionary ``dated_aliases``), France's military in a 2025 text;
- evacuating casualties is no retreat; a person recaptured is an arrest, not territory;
- "his post as chairman" is a job, not a military post; the escorting unit is no
  AID event;
- "X said its soldiers/jets ..." makes X the doer and the claimant; a pronoun is stored
  as nobody's name;
- the killed are no doers of a protest held for them (guard).
"""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.annotate.actors import ActorFileError, _actor
from tests.support.annotation import code_text, mention_rule_types as rule_types

PUB = date(2024, 5, 10)


def _mentions(annotator, text: str, published: date = PUB, trigger: str | None = None):  # noqa: ANN001, ANN202
    found = code_text(annotator, text, published)
    if trigger is None:
        return found
    return [m for m in found if m.evidence.trigger and trigger in m.evidence.trigger.text]


def _one(annotator, text: str, trigger: str, published: date = PUB):  # noqa: ANN001, ANN202
    hits = _mentions(annotator, text, published, trigger)
    assert len(hits) == 1, [(m.evidence.trigger.text, m.event_type) for m in code_text(annotator, text, published)]
    return hits[0]


# -- 1. a protest held for the killed: the killed are no doers (guard) -------------------

def test_the_people_killed_are_not_the_doers_of_a_protest_for_them(annotator):
    protest = _one(annotator, "Hundreds of students protested in Segou on Sunday for the dozens of herders "
                              "killed in the raid.", "protested")
    assert [a.name for a in protest.source_actors] == ["students"]
    assert not any("herders" in a.name for a in protest.source_actors + protest.target_actors)


# -- 2. an envoy's nationality is not the article's country -------------------------------

def test_a_junta_is_not_the_government_of_the_envoy_it_expels(annotator):
    expelled = _one(annotator, "The junta declared the Belgian ambassador persona non grata on Thursday.", "persona")
    assert [a.code for a in expelled.source_actors] != ["BELGOV"]  # was BELGOV: the envoy's state
    assert [a.code for a in expelled.target_actors] == ["BELGOV"]


def test_a_junta_in_a_report_about_mali_is_malis_government(annotator):
    text = ("Tensions between Bamako and Brussels grew this year in Mali. "
            "The junta declared the Belgian ambassador persona non grata on Thursday.")
    expelled = _one(annotator, text, "persona")
    assert [a.code for a in expelled.source_actors] == ["MLIGOV"]


# -- 3. time-bound aliases use the article's date ----------------------------------------

def test_french_troops_after_barkhane_ended_are_frances_military(annotator):
    strike = _one(annotator, "French troops shelled a camp near Menaka on Tuesday.", "shelled", date(2025, 6, 3))
    assert [(a.code, a.actor_id) for a in strike.source_actors] == [("FRAMIL", None)]
    assert "Barkhane" not in strike.source_actors[0].name


def test_french_troops_during_barkhane_are_the_operation(annotator):
    strike = _one(annotator, "French troops shelled a camp near Menaka on Tuesday.", "shelled", date(2019, 6, 4))
    assert [a.actor_id for a in strike.source_actors] == ["barkhane"]


def test_the_operations_own_name_means_it_at_any_date(annotator):
    strike = _one(annotator, "Operation Barkhane shelled a camp near Menaka on Tuesday.", "shelled", date(2025, 6, 3))
    assert [a.actor_id for a in strike.source_actors] == ["barkhane"]


def test_dated_aliases_need_dates_and_a_state_sector():
    base = {"id": "op", "name": "Operation X", "code": "FRAMIL", "country": "FRA", "sector": "MIL",
            "dated_aliases": ["French forces"]}
    with pytest.raises(ActorFileError, match="valid_from"):
        _actor(base, "extra.yaml")
    with pytest.raises(ActorFileError, match="country and sector"):
        _actor({**base, "valid_from": "2014-08-01", "country": None}, "extra.yaml")
    actor = _actor({**base, "valid_from": "2014-08-01", "valid_to": "2022-11-09"}, "extra.yaml")
    assert actor.dated_aliases == {"en": ("French forces",)} and actor.valid_to == date(2022, 11, 9)


# -- 5. evacuating casualties is no retreat ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Peacekeepers evacuated the injured to the hospital in Gao on Monday.",
    "The wounded were evacuated to Mopti on Monday.",
    "Soldiers evacuated two civilians from the burning market on Monday.",
])
def test_people_evacuated_are_no_withdrawal(annotator, text):
    assert not [m for m in _mentions(annotator, text) if m.event_type == "RETREAT"]


def test_troops_evacuating_their_base_still_withdraw(annotator):
    left = _one(annotator, "Troops evacuated the camp near Tessit on Monday.", "evacuated")
    assert left.event_type == "RETREAT"


# -- 6. a person recaptured is an arrest ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "On Monday, gendarmes recaptured Issa, who had escaped from the jail in Kayes.",
    "On Monday, gendarmes recaptured the fugitives near Kayes.",
])
def test_a_person_recaptured_is_an_arrest_not_territory(annotator, text):
    caught = _one(annotator, text, "recaptured")
    assert rule_types(caught) == ("Strategic developments", "Arrests")


def test_a_town_recaptured_is_still_territory(annotator):
    text = "Fighting raged in Mali this week. On Monday, soldiers recaptured the town of Lere from the rebels."
    retaken = _one(annotator, text, "recaptured")
    assert rule_types(retaken) == ("Battles", "Government regains territory")


# -- 7. a job is no military post; the escorting unit is no AID event -----------------------

@pytest.mark.parametrize("text", [
    "The minister resigned on Monday from his post as head of the security council.",
    "The governor resigned from her post on Monday.",
])
def test_a_post_held_by_a_person_is_a_job_not_a_military_post(annotator, text):
    for m in _mentions(annotator, text, trigger="resign"):
        assert not any(a.sector == "MIL" for a in m.target_actors)


def test_an_army_post_attacked_is_still_a_military_target(annotator):
    attack = _one(annotator, "Gunmen attacked an army post near Gao on Monday.", "attacked")
    assert [a.sector for a in attack.target_actors] == ["MIL"]


@pytest.mark.parametrize("text", [
    "Militants ambushed an army escort near Boni on Monday.",
    "An army escort accompanied the food trucks to Menaka on Monday.",
])
def test_the_escorting_unit_is_no_aid_event(annotator, text):
    assert not [m for m in _mentions(annotator, text) if m.event_type == "AID"]


def test_travelling_under_escort_is_still_military_protection(annotator):
    escort = _one(annotator, "Fuel trucks travelled to Kayes under military escort on Monday.", "escort")
    assert (escort.event_type, escort.mode) == ("AID", "military")


# -- 8. attribution: "its" is the speaker's; a pronoun names nobody --------------------------

def test_the_army_saying_its_soldiers_repelled_an_attack_is_the_doer_and_claimant(annotator):
    repelled = _one(annotator, "The army said its soldiers repelled an assault near Douentza on Monday.", "repelled")
    assert [a.name for a in repelled.source_actors] == ["army"]
    assert repelled.status == "claimed" and "army" in (repelled.claimed_by or "")


def test_an_air_force_saying_its_jets_struck_claims_the_strike(annotator):
    struck = _one(annotator, "The Air Force said its jets struck a column near Tessit on Monday, a claim that "
                             "could not be independently verified.", "struck")
    assert [a.name for a in struck.source_actors] == ["Air Force"]
    assert struck.status == "claimed" and "Air Force" in (struck.claimed_by or "")


def test_a_pronoun_speaker_is_stored_as_nobody(annotator):
    said = _one(annotator, "She said gunmen burned the market of Boni on Monday.", "burned")
    assert said.reported_by is None and said.claimed_by is None
    claimed = _one(annotator, "He claimed that soldiers killed four herders near Boni on Monday.", "killed")
    assert claimed.status == "claimed" and claimed.claimed_by is None


def test_a_group_saying_its_fighters_attacked_keeps_the_named_group(annotator):
    ambush = _one(annotator, "JNIM said its fighters ambushed a convoy near Boni on Monday.", "ambushed")
    assert [a.code for a in ambush.source_actors] == ["JNIM"] and ambush.claimed_by == "JNIM"
