"""ACLED-style notes from the regions outside Africa (``tests/acled_world_notes.py``: 200
notes written for these tests, 2019-2025, the Middle East, South Asia, Southeast Asia,
Latin America and Europe; every ACLED sub-event type) coded as ``crisisdesk eval acled``
codes a note (a tiny article published on its event date, scored by
:func:`crisisdesk.evaluation.acled.score_event`), and one test per fault those notes and
the second CASE snippet set showed, or that session 13's closing note left (each fails
on main at 1a6c377 unless marked a guard; sentences written here, not taken from the
fixtures or any data file).

First run (main at 1a6c377, the outside measure, the notes committed before it):
event_type 158/200, sub_event_type 133, fatalities exact 178, actor1 102/190, actor2
57/151, country 128/200. After this session's fixes (in-sample for the notes: the fixes'
writer wrote them): event_type 167, sub_event_type 150, fatalities 182, actor1 120,
actor2 63, country 145 (one note lost: stray bullets of a police shootout that killed
motorists, labelled Attack, is now an Armed clash). The pins below are those counts.
"""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.evaluation import acled
from tests.acled_world_notes import NOTES
from tests.support.acled_notes import assert_per_type_reached, field_count, score_notes
from tests.support.annotation import code_text, mention_rule_types


@pytest.fixture(scope="module")
def scored_notes() -> list[dict]:
    """One ``score_event`` row per fixture note, coded as the ACLED evaluation codes it."""
    return score_notes(NOTES, "W")


def test_the_fixture_covers_every_acled_sub_event_type():
    subs = {acled.normalise_acled_label(n[3]) for n in NOTES}
    assert len(NOTES) == 200
    assert subs == set(acled.ACLED_NAMES[6:])  # the 25 sub-event types


#: Notes of each ACLED event type the coder gets right (final type), of how many; main at
#: 1a6c377 (first run): Battles 18, VAC 28, Explosions/Remote violence 35, Protests 23,
#: Riots 16, Strategic developments 38 (158 of 200). Session 15: three notes of a place taken
#: after its defenders withdrew relabelled Battles -> Non-violent transfer of territory (the
#: convention in the fixture's docstring); all three were coded Strategic developments.
REACHED_PER_TYPE = {"Battles": (23, 27), "Violence against civilians": (27, 30),
                    "Explosions/Remote violence": (38, 39), "Protests": (23, 27), "Riots": (16, 19),
                    "Strategic developments": (43, 58)}


def test_event_type_accuracy_per_type_on_the_world_notes(scored_notes):
    assert_per_type_reached(scored_notes, REACHED_PER_TYPE)


def test_sub_type_fatalities_and_actors_on_the_world_notes(scored_notes):
    sub_right = sum(row["sub_event_type"] == row["gold_sub_event_type"] for row in scored_notes)
    assert sub_right >= 154  # of 200 (main at 1a6c377: 133; s14-left's strikes and hostages: 150 -> 152;
    # session 15's territory convention: 154)
    fatalities, actor1, actor2, country = (field_count(scored_notes, f)
                                           for f in ("fatalities_exact", "actor1", "actor2", "country"))
    assert (fatalities[0] >= 183, actor1[0] >= 121, actor2[0] >= 65, country[0] >= 147) == (True,) * 4, \
        (fatalities, actor1, actor2, country)
    assert (fatalities[1], actor1[1], actor2[1], country[1]) == (200, 190, 151, 200)


# ---------------------------------------------------------------------------- the fixes


def _types(annotator, text: str, published: date = date(2024, 6, 1)) -> list[tuple]:  # noqa: ANN001
    """(rule event_type, rule sub_event_type) of every mention coded in ``text``."""
    return [mention_rule_types(m) for m in code_text(annotator, text, published)]


def test_artillery_fire_is_no_blaze(annotator):
    # closing note 13: "fire" with no attack word was a fire disaster, and the event dropped
    mentions = code_text(annotator, "Artillery fire struck a village near Gao, killing two women.", date(2024, 6, 1))
    assert [(mention_rule_types(m), m.fatalities.min) for m in mentions] == \
        [(("Explosions/Remote violence", "Shelling/artillery/missile attack"), 2)]
    # a fire that burns stays a disaster (control)
    assert code_text(annotator, "A fire at a fuel depot in Bamako killed five workers.", date(2024, 6, 1)) == []


@pytest.mark.parametrize("headline", ["Crowd burns alleged witch to death", "Villagers burn suspected thief to death"])
def test_a_headline_with_a_hedged_victim_is_read(annotator, headline):
    # closing note 13: the tagger took "alleged" for the verb and "burns" for a noun: no event
    assert _types(annotator, headline) == [("Riots", "Mob violence")]


def test_the_general_staff_is_the_military(annotator):
    # closing note 13: the armed forces' command gave no actor; now the state's military
    (mention,) = code_text(annotator, "The Chief of the General Staff visited the troops in Djibo on Monday.",
                           date(2024, 6, 1))
    assert [a.code for a in mention.source_actors] == ["BFAMIL"]


def test_assailants_do_not_refer_back_to_the_group_attacked(annotator):
    # closing note 13: "the assailants" resolved to the VDP, the group told as attacked
    text = "Gunmen attacked VDP volunteers near Titao on Sunday. The army said it had killed more than twenty assailants."
    killed = [m for m in code_text(annotator, text, date(2024, 6, 1)) if m.fatalities and m.fatalities.min == 20]
    assert killed and [a.code for a in killed[0].target_actors] == ["BFAREB"]
    # a group told as attacking is still the one referred back to (guard)
    text = "ISWAP fighters attacked a base near Monguno on Sunday. Troops killed 10 assailants."
    killed = [m for m in code_text(annotator, text, date(2024, 6, 1)) if m.fatalities and m.fatalities.min == 10]
    assert killed and [a.code for a in killed[0].target_actors] == ["ISWAP"]


def test_the_alliance_for_the_salvation_of_the_sahel_is_named(annotator):
    # closing note 13: not in the actor dictionary ("Alliance" read as an NGO)
    (mention,) = code_text(annotator, "ASS militiamen killed a Dozo hunter near Naye on Friday.", date(2024, 6, 1))
    assert [a.code for a in mention.source_actors] == ["MLIASS"]


def test_an_armed_groups_threat_stays_strategic_developments_other(annotator):
    # guard (passes on 1a6c377; closing note 13 asked to check it): ACLED codes an armed
    # group's threats as Strategic developments - Other (training split: the 8 notes with
    # "threat"/"warned" coded Other are all Strategic developments - Other, none another
    # type; acled.yaml: "Other - threats and intimidation by an armed group")
    assert _types(annotator, "JNIM warned that it would attack any fuel convoy heading to Bamako.") == \
        [("Strategic developments", "Other")]


@pytest.mark.parametrize("text", [
    "Thousands protested in Tbilisi on Friday. Police used water cannon and tear gas and detained 43 people.",
    "Students marched in Belgrade on Friday. Riot police used pepper spray and batons to disperse them.",
    "Relatives of hostages protested outside parliament on Friday. Police removed the protesters.",
])
def test_an_intervention_told_in_the_next_sentence_makes_a_protest_with_intervention(annotator, text):
    # main: Peaceful protest (only "dispersed the ..."/"used tear gas" were read)
    protests = [m for m in code_text(annotator, text, date(2024, 6, 1)) if m.event_type == "PROTEST"]
    assert protests and mention_rule_types(protests[0]) == ("Protests", "Protest with intervention")


def test_tear_gas_on_a_crowd_is_no_chemical_weapon(annotator):
    # main: "used ... tear gas" matched "use gas": Explosions/Remote violence - Chemical weapon
    types = _types(annotator, "Police used water cannon and tear gas against the crowd in Tbilisi.")
    assert ("Explosions/Remote violence", "Chemical weapon") not in types


@pytest.mark.parametrize("text", [
    "Regime forces fired shells containing chlorine at rebel positions near Kabani.",
    "A projectile carrying a toxic substance hit a militia position near Tell Rifaat.",
])
def test_a_munition_carrying_a_chemical_agent_is_a_chemical_weapon(annotator, text):
    # main: Shelling/artillery/missile attack (or an IED)
    assert ("Explosions/Remote violence", "Chemical weapon") in _types(annotator, text)


@pytest.mark.parametrize("text", [
    "A militant drove a car bomb into the police academy in Bogota, killing 22 cadets and himself.",
    "A man wearing an explosive vest detonated it at a checkpoint outside the port, killing five soldiers.",
])
def test_a_bomber_who_dies_by_the_bomb_is_a_suicide_bombing(annotator, text):
    # main: Remote explosive/landmine/IED
    assert _types(annotator, text)[:1] == [("Explosions/Remote violence", "Suicide bomb")]


def test_a_shootout_is_an_armed_clash(annotator):
    # main: Violence against civilians - Attack ("shootout" was no fighting word)
    assert _types(annotator, "Military police killed 10 suspects in shootouts during an operation in Guaruja.") == \
        [("Battles", "Armed clash")]


@pytest.mark.parametrize(("text", "sub"), [
    ("Fighter jets pounded rebel hideouts in the hills on Monday.", "Air/drone strike"),
    ("The army pounded militant positions with artillery on Monday.", "Shelling/artillery/missile attack"),
    ("Militia drones dropped explosives on an army post near the border.", "Air/drone strike"),
])
def test_pounding_and_explosives_dropped_from_drones(annotator, text, sub):
    # main: no event ("pound" and "drop explosive" had no entry)
    assert ("Explosions/Remote violence", sub) in _types(annotator, text)


@pytest.mark.parametrize(("text", "code"), [
    ("TTP militants attacked a police post in Bannu on Monday.", "PAKTTP"),
    ("KIA fighters attacked a junta outpost near Bhamo on Monday.", "MMRKIA"),
    ("Comando Vermelho gunmen attacked a police patrol in Rio on Monday.", "BRACV"),
    ("Los Lobos gunmen attacked a prison in Guayaquil on Monday.", "ECULOB"),
])
def test_armed_groups_of_the_other_regions_are_named(annotator, text, code):
    # main: none of these groups was in the actor dictionary
    (mention,) = [m for m in code_text(annotator, text, date(2024, 6, 1)) if m.event_type == "ASSAULT"]
    assert code in [a.code for a in mention.source_actors], [a.code for a in mention.source_actors]
