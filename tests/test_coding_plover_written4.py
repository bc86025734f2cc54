"""PLOVER on a fourth set of sentences written here (``tests/fixtures/plover_written4.json``:
160 wire-style sentences, 1990-2020, West Africa's coast, Southern Africa, the Pacific, the
Caribbean, Eastern Europe and South Asia, with the label distribution of the shared
development records: their old labels DEMAND, FIGHT, DISAPPROVE and 4 INVESTIGATE
records scored apart, modes, ISO alpha-3 codes with CAMEO sectors; labels committed
before the product was run), and one test per general fault the set or closing note 15
showed (each fails on main at 94f65f2; the unit tests' sentences are written here and are
not those of the fixture), each with a near sentence where the rule must not fire.

First run (main at 94f65f2, the outside measure): type 124/156 (0.795), source code
126/160 (0.7875), target code 79/124 (0.637). The pin below is what this branch reached
(in-sample for the set: the same engineer wrote the set and the fixes).
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from crisisdesk.evaluation.plover import load_plover
from crisisdesk.evaluation.runner import EvalSettings, evaluate_plover
from tests.support.annotation import actor_codes, code_text, first_of_type

FIXTURE = Path(__file__).parent / "fixtures" / "plover_written4.json"
PUB = date(2006, 5, 10)
#: The first run at 94f65f2, before any fix (the outside measure): type, source, target.
FIRST_RUN = (124, 126, 79)
#: Reached on the fixture by s16-plover4 (in-sample for the set): 125, 135, 81; raised by
#: s20-plover7fix (lexicon word sets, riots by demonstrators, states suspended): 133, 139, 83
#: measured with curfews and emergencies eased as RETREAT, which was dropped (the PLOVER dev
#: gold codes them CONCEDE): that record's type back, 134.
#: Source 139 -> 140, target 83 -> 86 with s21-plover (unnamed local participants take the focus country; IRA/INLA/FLNC/Polisario, press and aid NGOs, Interpol/Europol; UK nations and other regions).
TYPE_RIGHT, SOURCE_RIGHT, TARGET_RIGHT = 134, 140, 86


def first(annotator, text: str, event_type: str):
    return first_of_type(annotator, text, PUB, event_type)


codes = actor_codes


# ---------------------------------------------------------------------------- the fixture


def test_the_fourth_fixture_follows_the_development_records_distribution():
    records, problems = load_plover(FIXTURE)
    assert problems == [] and len(records) == 160
    labels = Counter(r.label for r in records)
    assert labels["AGREE"] == 19 and labels["DEMAND"] == 17 and labels["REJECT"] == 17 and labels["THREATEN"] == 15
    assert labels["INVESTIGATE"] == 4 and sum(1 for r in records if r.event_type) == 156
    assert sum(1 for r in records if r.sources) == 160 and sum(1 for r in records if r.targets) == 124


def test_scores_reached_on_the_fourth_written_set():
    s = evaluate_plover(FIXTURE, EvalSettings(progress=None)).summary
    assert s["typed_records"] == 156
    right = round(s["type"]["accuracy"] * 156)
    assert right >= TYPE_RIGHT > FIRST_RUN[0], f"type {right}/156 (pinned {TYPE_RIGHT})"
    assert s["source_code"]["n"] == 160 and s["source_code"]["hits"] >= SOURCE_RIGHT > FIRST_RUN[1], s["source_code"]
    assert s["target_code"]["n"] == 124 and s["target_code"]["hits"] >= TARGET_RIGHT > FIRST_RUN[2], s["target_code"]


# ---------------------------------------------------------------------------- regional IGOs


@pytest.mark.parametrize("text, event_type, source", [
    ("The Southern African Development Community called on Lesotho's army to return to barracks.", "REQUEST",
     "IGOSAFSAD"),
    ("Caricom leaders condemned the coup in Suriname.", "ACCUSE", "IGOCRBCAR"),
    ("The Commonwealth suspended Fiji after the coup.", "SANCTION", "IGOCWN"),
])
def test_regional_bodies_and_the_commonwealth_are_igos(annotator, text, event_type, source):
    assert source in codes(first(annotator, text, event_type).source_actors)


def test_the_commonwealth_of_independent_states_stays_the_cis(annotator):
    m = first(annotator, "Leaders of the Commonwealth of Independent States met in Minsk.", "CONSULT")
    assert codes(m.source_actors) == ["IGOCIS"]


# ---------------------------------------------------------------------------- pro- and anti-


def test_pro_or_anti_a_state_is_not_that_states_actor(annotator):
    m = first(annotator, "Anti-Indian protesters burned tyres in Kathmandu.", "PROTEST")
    assert codes(m.source_actors) == ["NPLCVL"]


def test_a_plain_demonym_still_gives_its_state(annotator):
    m = first(annotator, "Indian protesters burned tyres in Kathmandu.", "PROTEST")
    assert codes(m.source_actors) == ["INDCVL"]


# ---------------------------------------------------------------------------- capitals


def test_a_capital_shared_by_two_countries_is_the_more_populous_ones(annotator):
    from crisisdesk.annotate.gazetteer import capital_names

    assert capital_names()["Kingston"] == "JAM" and capital_names()["Belgrade"] == "SRB"
    m = first(annotator, "Police in Kingston arrested two gang leaders.", "COERCE")
    assert codes(m.source_actors) == ["JAMCOP"]


@pytest.mark.parametrize("text, source", [
    ("Troops in Guinea-Bissau arrested the army chief.", "GNBMIL"),
    ("Troops in Guinea arrested the army chief.", "GINMIL"),  # the near name keeps its state
])
def test_a_hyphenated_state_placing_a_title_is_read_whole(annotator, text, source):
    assert codes(first(annotator, text, "COERCE").source_actors) == [source]


# ---------------------------------------------------------------------------- regions' demonyms


@pytest.mark.parametrize("text, event_type, source", [
    ("South Ossetian fighters shelled a Georgian village.", "ASSAULT", "GEOREB"),
    ("Abkhaz militiamen detained two Georgian farmers.", "COERCE", "GEOREB"),
    ("Guadalcanal militants burned a village on Sunday.", "ASSAULT", "SLBREB"),
    ("Transdniestrian officials threatened to close the border crossing.", "THREATEN", "MDAGOV"),
])
def test_unnamed_people_named_after_their_region_take_its_state(annotator, text, event_type, source):
    assert source in codes(first(annotator, text, event_type).source_actors)


@pytest.mark.parametrize("text, event_type", [
    ("Armed militants burned a village on Sunday.", "ASSAULT"),  # no region named
    ("Punjab farmers blocked the highway.", "PROTEST"),  # a region of two states
])
def test_modifiers_naming_no_single_region_give_no_state(annotator, text, event_type):
    m = first(annotator, text, event_type)
    assert all(a.country is None for a in m.source_actors), codes(m.source_actors)


# ---------------------------------------------------------------------------- refusals


@pytest.mark.parametrize("text, target", [
    ("Colombia's president ruled out talks with the ELN.", "COLELN"),
    ("The Sri Lankan president refused to hold talks with the Tamil Tigers.", "LKAREB"),
])
def test_the_party_of_refused_talks_is_the_target(annotator, text, target):
    assert target in codes(first(annotator, text, "REJECT").target_actors)


@pytest.mark.parametrize("text", [
    "The president ruled out a return to the talks on Monday.",
    "The government refused to send troops to Iraq.",  # "to" after a refusal is read no party
])
def test_a_refusal_without_a_with_party_keeps_no_target(annotator, text):
    assert first(annotator, text, "REJECT").target_actors == []


# ---------------------------------------------------------------------------- quotes placed first


def test_a_quoted_agentless_use_of_force_to_come_is_the_armed_speakers_threat(annotator):
    m = first(annotator, "'Any convoy that crosses the river will be attacked,' the rebel commander said.", "THREATEN")
    assert [a.name for a in m.source_actors] == ["commander"] and m.mode == "violence"


def test_a_civilian_quoted_on_an_attack_to_come_threatens_nothing(annotator):
    mentions = code_text(annotator, "'The village will be attacked tonight,' a farmer said.", PUB)
    assert [m.event_type for m in mentions] == ["ASSAULT"] and mentions[0].source_actors == []


# ---------------------------------------------------------------------------- unnamed envoys


@pytest.mark.parametrize("text, event_type", [
    ("Western diplomats urged Zambia's government to release the journalists.", "REQUEST"),
    ("Diplomats in Lusaka criticised the arrest of the journalists.", "ACCUSE"),
])
def test_unnamed_diplomats_take_no_state_from_the_place_or_the_sentence(annotator, text, event_type):
    m = first(annotator, text, event_type)
    assert [a.country for a in m.source_actors] == [None], codes(m.source_actors)


@pytest.mark.parametrize("text, event_type, source", [
    ("Officials in Lusaka criticised the arrest of the journalists.", "ACCUSE", "ZMBGOV"),
    ("Zambian diplomats criticised the arrest of the journalists.", "ACCUSE", "ZMBGOV"),
])
def test_officials_placed_in_a_capital_and_named_diplomats_keep_their_state(annotator, text, event_type, source):
    assert codes(first(annotator, text, event_type).source_actors) == [source]


def test_anti_a_state_on_a_protest_noun_keeps_the_state_as_the_target(annotator):
    """Merge fix (s16-int): the pro-/anti- rule dropped the state of "anti-French
    demonstrations", so the coder's anti- rule lost its target and no PROTEST was coded;
    on a protest noun the state stays, as the opposed party."""
    m = first(annotator, "Thousands joined anti-Russian protests in Tbilisi on Sunday.", "PROTEST")
    assert codes(m.target_actors) == ["RUS"] and codes(m.source_actors) != ["RUSCVL"]


def test_the_embassy_of_a_sentence_about_one_state_stays_that_states(annotator):
    """Merge fix (s16-int, found by the session's tester on the shipped German example):
    the unnamed-envoy rule also took "the embassy" out of the one named state's hands."""
    m = first(annotator, "A spokesperson for the German foreign ministry said in Berlin that the embassy would "
                         "remain open and urged German citizens to leave Mali.", "REQUEST")
    assert codes(m.source_actors) == ["DEUGOV"]
