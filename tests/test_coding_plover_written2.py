"""PLOVER on a second set of sentences written here (``tests/fixtures/plover_written2.json``:
160 wire-style sentences, 10 for each PLOVER 0.8 type, 1992-2012, labels written from the
PLOVER type definitions and the CAMEO->PLOVER table and committed before the product was
run, see ``tests/fixtures/README.md``), and one test per general fault the set showed
(each fails on main at 1a6c377, but for the two guards that say what must not change: a
pronoun after a subject with no country, a past leader's name after the tenure; the unit
tests' sentences are written here and are not those of the fixture).

First run (main at 1a6c377, the outside measure): type 127/160 (0.794), source code
119/159 (0.748), target code 62/108 (0.574). The pin below is what this branch reached:
a change that loses sentences fails.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crisisdesk.evaluation.plover import load_plover
from crisisdesk.evaluation.runner import EvalSettings, evaluate_plover
from tests.support.annotation import actor_codes, code_text, first_of_type

FIXTURE = Path(__file__).parent / "fixtures" / "plover_written2.json"
PUB = date(2001, 6, 5)
#: Reached on the fixture by s14-plover2 (first run at 1a6c377: 127, 119, 62); in-sample
#: for the set, whose writer also wrote the fixes. Type 140 -> 141 and source 141 -> 142
#: with s15-plover3's "send tent" (AID).
#: Session 20: target 69 -> 71 (s20-plover: backers, rebels against their own state, accents); type
#: 141 -> 145, source 142 -> 143 (s20-plover7fix: sums of aid released).
#: Target 71 -> 74 with s21-plover (unnamed local participants take the focus country; IRA/INLA/FLNC/Polisario, press and aid NGOs, Interpol/Europol; UK nations and other regions).
TYPE_RIGHT, SOURCE_RIGHT, TARGET_RIGHT = 145, 143, 74


def coded(annotator, text: str):
    return code_text(annotator, text, PUB)


def first(annotator, text: str, event_type: str):
    return first_of_type(annotator, text, PUB, event_type)


codes = actor_codes


# ---------------------------------------------------------------------------- the fixture


def test_the_second_fixture_covers_every_type_ten_times():
    records, problems = load_plover(FIXTURE)
    assert problems == [] and len(records) == 160
    types = [r.event_type for r in records]
    assert len(set(types)) == 16 and {types.count(t) for t in set(types)} == {10}


def test_scores_reached_on_the_second_written_set():
    s = evaluate_plover(FIXTURE, EvalSettings(progress=None)).summary
    assert s["typed_records"] == 160
    right = round(s["type"]["accuracy"] * 160)
    assert right >= TYPE_RIGHT, f"type {right}/160 (pinned {TYPE_RIGHT})"
    assert s["source_code"]["n"] == 159 and s["source_code"]["hits"] >= SOURCE_RIGHT, s["source_code"]
    assert s["target_code"]["n"] == 108 and s["target_code"]["hits"] >= TARGET_RIGHT, s["target_code"]


# ---------------------------------------------------------------------------- sources


@pytest.mark.parametrize("text, event_type, source", [
    # a person introduced in one sentence, "he" in the next
    ("The Ghanaian trade minister landed in Abuja on Monday. He promised his hosts to cut tariffs on cement.",
     "AGREE", "GHAGOV"),
    # a body introduced in one sentence, "it" in the next
    ("Chile's foreign ministry released a statement on Friday. It accused Bolivia of massing troops on the border.",
     "ACCUSE", "CHLGOV"),
])
def test_a_subject_pronoun_continues_the_previous_sentences_subject(annotator, text, event_type, source):
    m = first(annotator, text, event_type)
    assert codes(m.source_actors) == [source]


def test_a_pronoun_does_not_continue_a_subject_with_no_country(annotator):
    """"The army" with no state named gives no actor to carry into the next sentence."""
    m = first(annotator, "The army shelled the village. They killed four herders.", "ASSAULT")
    assert all(a.code != "MIL" or a.country for a in m.source_actors)


def test_who_travels_for_talks_holds_them(annotator):
    m = first(annotator, "The Kenyan president flew to Addis Ababa on Monday for talks with the Ethiopian prime minister.",
              "CONSULT")
    assert codes(m.source_actors) == ["KENGOV"] and codes(m.target_actors) == ["ETHGOV"]


def test_who_places_someone_under_house_arrest_arrests(annotator):
    m = first(annotator, "Burmese authorities placed the opposition leader under house arrest on Friday.", "COERCE")
    assert codes(m.source_actors) == ["MMRGOV"]
    assert "CVL" not in codes(m.target_actors)  # "house" is the kind of arrest, no target


@pytest.mark.parametrize("text, event_type, source", [
    ("Dozens of UNITA guerrillas attacked a diamond mine in Lunda Norte.", "ASSAULT", "AGOREB"),
    ("RUF guerrillas attacked a convoy on the main road on Sunday.", "ASSAULT", "SLEREB"),
    ("A Tamil Tiger suicide squad attacked the port of Trincomalee.", "ASSAULT", "LKAREB"),
])
def test_rebel_groups_of_the_1990s_wars_are_named(annotator, text, event_type, source):
    m = first(annotator, text, event_type)
    assert source in codes(m.source_actors)


# ---------------------------------------------------------------------------- event words


@pytest.mark.parametrize("text, event_type", [
    # thanks given: CAMEO 051 praise
    ("The Haitian president thanked Canada for its help after the storm.", "SUPPORT"),
    # a visitor received by a head of government: CAMEO 043
    ("The Spanish prime minister received the Moroccan king in Madrid on Tuesday.", "CONSULT"),
    # heavy repeated fire: CAMEO 195
    ("Navy gunboats pounded rebel positions along the coast on Sunday.", "ASSAULT"),
    # a strike: CAMEO 143
    ("Bus drivers in Lagos walked off the job on Monday over unpaid wages.", "PROTEST"),
    # budget support stopped: CAMEO 162
    ("Denmark suspended budget support to Tanzania after a corruption scandal.", "SANCTION"),
    # joint activity set up, working together: CAMEO 06
    ("Thai and Malaysian police set up joint checkpoints along the border.", "COOPERATE"),
    ("Egyptian and Sudanese engineers worked together on the new dam survey.", "COOPERATE"),
])
def test_event_words_without_an_entry_before(annotator, text, event_type):
    assert event_type in [m.event_type for m in coded(annotator, text)]


@pytest.mark.parametrize("text, event_type, source", [
    # a headcount read through ("thousands of troops"): CGEL 5.9.1
    ("Nairobi sent hundreds of troops to the Somali border on Monday.", "MOBILIZE", "KEN"),
    # a convoy of goods read through ("a convoy of food"): send food
    ("Spain sent a convoy of food to Mauritania after the floods.", "AID", "ESP"),
    # a sum provided
    ("Norway provided 30 million dollars to Malawi's school budget.", "AID", "NOR"),
])
def test_quantities_are_read_through_and_sums_provided(annotator, text, event_type, source):
    m = first(annotator, text, event_type)
    assert source in codes(m.source_actors)


# ---------------------------------------------------------------------------- past office holders


def test_a_past_head_of_state_acts_for_the_state_within_the_tenure(annotator):
    mentions = code_text(annotator, "President Mubarak urged Israel to halt the settlements.", date(1998, 3, 2))
    m = next(m for m in mentions if m.event_type == "REQUEST")
    assert codes(m.source_actors) == ["EGYGOV"]


def test_a_past_head_of_state_acts_for_no_state_after_the_tenure(annotator):
    """The same surname in a text dated after the tenure is the person alone."""
    mentions = code_text(annotator, "Mubarak urged Israel to halt the settlements.", date(2019, 3, 2))
    m = next(m for m in mentions if m.event_type == "REQUEST")
    assert "EGYGOV" not in codes(m.source_actors)


# ---------------------------------------------------------------------------- places


def test_a_world_city_by_its_own_name_beats_an_alternate_name_in_the_region(annotator):
    """"Rome" with no country in focus is Rome, not Lomé (GeoNames lists "Rome" among
    Lomé's alternate names, and Togo is in the monitored region)."""
    m = first(annotator, "Thousands of people demonstrated in Rome against the war.", "PROTEST")
    assert codes(m.source_actors) == ["ITACVL"]
