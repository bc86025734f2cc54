"""Coding misses found in round 1, tested on sentences written for these tests: retaking
a place (CAMEO 192, ACLED Government regains territory / Non-state actor overtakes
territory), aircraft that bomb (ACLED Air/drone strike), a protest that "turns violent"
in a headline-style sentence, a settlement attacked (the place, not an actor) and the
place of an abduction "from a village near X". Real spaCy model and annotation stage
(the session ``annotator`` fixture)."""

from __future__ import annotations

from datetime import date

from tests.support.annotation import code_text

PUB = date(2025, 11, 21)


def only(mentions, event_type: str):
    found = [m for m in mentions if m.event_type == event_type]
    assert len(found) == 1, [(m.event_type, m.evidence.trigger.text) for m in mentions]
    return found[0]


# -- 1. retaking a place -------------------------------------------------------------------

def test_state_troops_recapturing_a_town_regain_territory(annotator):
    m = only(code_text(annotator, "Malian soldiers recaptured the town of Léré from the rebels on Tuesday.", PUB), "COERCE")
    assert (m.mode, m.cameo_code) == ("seize", "192")
    assert (m.acled_event_type, m.acled_sub_event_type) == ("Battles", "Government regains territory")


def test_the_army_retook_a_town_regains_territory(annotator):
    m = only(code_text(annotator, "The army retook Boulkessi after a week of fighting.", PUB), "COERCE")
    assert m.acled_sub_event_type == "Government regains territory"


def test_an_armed_group_retaking_a_town_overtakes_territory(annotator):
    m = only(code_text(annotator, "Rebels recaptured the town of Ber from the army on Sunday.", PUB), "COERCE")
    assert (m.acled_event_type, m.acled_sub_event_type) == ("Battles", "Non-state actor overtakes territory")


# -- 2. aircraft that bomb ---------------------------------------------------------------------

def test_warplanes_bombing_a_market_is_an_air_strike(annotator):
    m = only(code_text(annotator, "Warplanes bombed a cattle market in Kidal on Monday, killing nine people.", PUB),
             "ASSAULT")
    assert m.acled_sub_event_type == "Air/drone strike"
    assert (m.mode, m.cameo_code) == ("aerial", "195")  # CAMEO 1.1b3 195 Employ aerial weapons


def test_a_bombing_by_helicopters_is_an_air_strike(annotator):
    m = only(code_text(annotator, "The village was bombed by army helicopters on Sunday.", PUB), "ASSAULT")
    assert m.acled_sub_event_type == "Air/drone strike"


def test_a_helicopter_bombed_on_the_ground_is_no_air_strike(annotator):
    m = only(code_text(annotator, "Rebels bombed a military helicopter parked at the airport of Gao.", PUB), "ASSAULT")
    assert m.acled_sub_event_type == "Remote explosive/landmine/IED"
    assert (m.mode, m.cameo_code) == ("explosives", "1833")


# -- 3. a protest turning violent -------------------------------------------------------------

def test_a_protest_turning_violent_is_coded(annotator):
    m = only(code_text(annotator, "Ségou protest turns violent as police fire tear gas.", PUB), "PROTEST")
    assert m.acled_event_type in {"Riots", "Protests"}
    assert m.place is not None and m.place.name == "Ségou"


def test_a_protest_staying_peaceful_is_no_new_event(annotator):
    mentions = code_text(annotator, "The protest in Bamako remained calm.", PUB)
    assert [m for m in mentions if m.event_type == "PROTEST"] == []


# -- 4. a settlement attacked is the place ------------------------------------------------------

def test_a_town_stormed_is_the_place_not_a_target(annotator):
    m = only(code_text(annotator, "Gunmen stormed Djibo at dawn on Thursday.", PUB), "ASSAULT")
    assert [t.name for t in m.target_actors] == []
    assert m.place is not None and m.place.name == "Djibo"


def test_a_country_attacked_stays_a_target(annotator):
    m = only(code_text(annotator, "Rebels attacked Mali on Sunday.", PUB), "ASSAULT")
    assert [t.code for t in m.target_actors] == ["MLI"]


# -- 5. taken "from" a place ---------------------------------------------------------------------

def test_people_abducted_from_a_village_near_a_town_keep_the_place(annotator):
    m = only(code_text(annotator, "Gunmen abducted eight girls from a village near Maiduguri on Sunday.", PUB),
             "ASSAULT")
    assert m.place is not None and m.place.name == "Maiduguri"


def test_people_fleeing_from_a_town_are_not_placed_there(annotator):
    mentions = code_text(annotator, "Hundreds of people fled from Ménaka to Gao.", PUB)
    assert all(m.place is None or m.place.name != "Ménaka" for m in mentions)
