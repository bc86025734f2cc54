"""PLOVER on a third set of sentences written here (``tests/fixtures/plover_written3.json``:
160 wire-style sentences, 10 for each PLOVER 0.8 type, 1995-2015, Central Asia, the
Caucasus, the Andes, the Horn of Africa, Southeast Asia, the Balkans and the Gulf; labels
written from the PLOVER type definitions and the CAMEO->PLOVER table and committed
before the product was run, see ``tests/fixtures/README.md``), and one test per general
fault the set showed (each fails on main at 19c654f; the unit tests' sentences are
written here and are not those of the fixture).

First run (main at 19c654f, the outside measure): type 124/160 (0.775), source code
121/157 (0.771), target code 59/121 (0.488). The pin below is what this branch reached:
a change that loses sentences fails.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crisisdesk.evaluation.plover import load_plover
from crisisdesk.evaluation.runner import EvalSettings, evaluate_plover
from tests.support.annotation import actor_codes, code_text, first_of_type

FIXTURE = Path(__file__).parent / "fixtures" / "plover_written3.json"
PUB = date(2004, 9, 14)
#: The first run at 19c654f, before any fix (the outside measure).
FIRST_RUN = (124, 121, 59)
#: Reached on the fixture by s15-plover3; in-sample for the set, whose writer also wrote
#: the fixes.
#: Session 20 (s20-plover: a rebel against its own state keeps it as target, "met by force"
#: as the warner's threat): type 145 -> 147, source 145 -> 147, target 68 -> 70.
#: s20-plover7fix (base ebc56dd: 146, 147, 69): goods handed over are AID, the noun
#: "request" is a REQUEST: 148, 148, 71.
#: Type 149 at main 8293d26; source 148 -> 149, target 71 -> 72 with s21-plover (unnamed local participants take the focus country; IRA/INLA/FLNC/Polisario, press and aid NGOs, Interpol/Europol; UK nations and other regions).
TYPE_RIGHT, SOURCE_RIGHT, TARGET_RIGHT = 149, 149, 72


def first(annotator, text: str, event_type: str):
    return first_of_type(annotator, text, PUB, event_type)


codes = actor_codes


# ---------------------------------------------------------------------------- the fixture


def test_the_third_fixture_covers_every_type_ten_times():
    records, problems = load_plover(FIXTURE)
    assert problems == [] and len(records) == 160
    types = [r.event_type for r in records]
    assert len(set(types)) == 16 and {types.count(t) for t in set(types)} == {10}
    assert sum(1 for r in records if r.sources) == 157 and sum(1 for r in records if r.targets) == 121


def test_scores_reached_on_the_third_written_set():
    s = evaluate_plover(FIXTURE, EvalSettings(progress=None)).summary
    assert s["typed_records"] == 160
    right = round(s["type"]["accuracy"] * 160)
    assert right >= TYPE_RIGHT > FIRST_RUN[0], f"type {right}/160 (pinned {TYPE_RIGHT})"
    assert s["source_code"]["n"] == 157 and s["source_code"]["hits"] >= SOURCE_RIGHT, s["source_code"]
    assert s["target_code"]["n"] == 121 and s["target_code"]["hits"] >= TARGET_RIGHT, s["target_code"]


# ---------------------------------------------------------------------------- named actors


@pytest.mark.parametrize("text, event_type, source", [
    ("The FARC freed two kidnapped soldiers on Sunday.", "RETREAT", "COLREB"),
    ("Shining Path guerrillas ambushed a police patrol in the Huallaga valley.", "ASSAULT", "PERREB"),
    ("The MILF attacked a military outpost in Maguindanao on Sunday.", "ASSAULT", "PHLREB"),
    ("The ONLF attacked a Chinese-run oil field in the Somali region.", "ASSAULT", "ETHREB"),
    ("IMU fighters attacked a checkpoint in the Surkhandarya region.", "ASSAULT", "UZBREB"),
])
def test_rebel_groups_of_the_andes_asia_and_the_horn_are_named(annotator, text, event_type, source):
    m = first(annotator, text, event_type)
    assert source in codes(m.source_actors)


@pytest.mark.parametrize("text, event_type, source", [
    ("The OAS criticised the Peruvian government on Tuesday over the vote count.", "ACCUSE", "IGOOAS"),
    ("IGAD urged the Somali factions to return to the talks in Nairobi.", "REQUEST", "IGOEAFIGA"),
    ("The Gulf Cooperation Council condemned the seizure of the tanker.", "ACCUSE", "IGOGCC"),
])
def test_regional_organisations_are_igos(annotator, text, event_type, source):
    m = first(annotator, text, event_type)
    assert codes(m.source_actors) == [source]


def test_the_european_parliament_is_the_union_not_a_national_legislature(annotator):
    """Before, "Parliament" took the country of the object: "The European Parliament
    condemned Belarus's government" was Belarus's legislature."""
    m = first(annotator, "The European Parliament condemned the Belarusian government for jailing students.", "ACCUSE")
    assert codes(m.source_actors) == ["IGOEEC"]


@pytest.mark.parametrize("text, event_type, source", [
    ("Astana accused Bishkek of closing the border crossings.", "ACCUSE", "KAZ"),
    ("La Paz accused Santiago of blocking the talks on sea access.", "ACCUSE", "BOL"),
])
def test_seats_of_government_act_for_their_state(annotator, text, event_type, source):
    m = first(annotator, text, event_type)
    assert [a.country for a in m.source_actors] == [source]


def test_officials_placed_in_a_capital_are_that_states(annotator):
    """Before, the subject of the "if" clause (Kyrgyzstan) gave the officials' state."""
    m = first(annotator, "Officials in Tashkent threatened to close the border if Kyrgyzstan did not pay its gas debts.",
              "THREATEN")
    assert codes(m.source_actors) == ["UZBGOV"]


def test_a_pronoun_opening_a_report_continues_the_previous_subject(annotator):
    """"It ..., deputies said": the pronoun is the previous sentence's subject, not the
    speakers who come after it."""
    m = first(annotator, "The Georgian parliament met on Monday. It rejected the budget, deputies said.", "REJECT")
    assert codes(m.source_actors) == ["GEOLEG"]


# ---------------------------------------------------------------------------- event words


@pytest.mark.parametrize("text, event_type", [
    # CAMEO 154: forces moved, ordered in, sent by unit, reserves called up
    ("Moscow moved tanks and artillery to the Georgian border on Sunday.", "MOBILIZE"),
    ("Yerevan ordered troops into the border villages on Monday.", "MOBILIZE"),
    ("Thousands of reservists were called up by Baku on Friday.", "MOBILIZE"),
    ("Britain sent a battalion to Kosovo on Monday.", "MOBILIZE"),
    # CAMEO 1661, 164, 162
    ("Asmara expelled the UN peacekeepers on Friday.", "SANCTION"),
    ("The Azerbaijani delegation suspended its participation in the talks on Friday.", "SANCTION"),
    ("Washington stopped military assistance to Uzbekistan on Tuesday.", "SANCTION"),
    # CAMEO 085, 0863, 0842
    ("The European Union lifted its embargo on Libya on Monday.", "RETREAT"),
    ("Jakarta allowed foreign aid flights into Aceh on Friday.", "RETREAT"),
    ("Azerbaijan handed over the bodies of two Armenian soldiers on Tuesday.", "RETREAT"),
    # CAMEO 12
    ("Ankara ruled out talks with the rebels on Wednesday.", "REJECT"),
    # CAMEO 062
    ("Joint manoeuvres by Iranian and Omani warships opened in the Strait of Hormuz.", "COOPERATE"),
    # CAMEO 072, 071, 073
    ("France delivered 20 armoured vehicles to the Lebanese army on Monday.", "AID"),
    ("Qatar sent 500 million dollars to Egypt's central bank on Thursday.", "AID"),
    ("The Red Cross flew medical supplies to Mogadishu on Sunday.", "AID"),
    ("Saudi Arabia opened a field hospital in Aden on Monday.", "AID"),
    # CAMEO 083
    ("The Georgian parliament dropped the clause on foreign funding on Friday.", "CONCEDE"),
])
def test_event_words_without_an_entry_before(annotator, text, event_type):
    assert event_type in [m.event_type for m in code_text(annotator, text, PUB)]
