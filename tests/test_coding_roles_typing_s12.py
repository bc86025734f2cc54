"""Roles and typing faults noticed in session 11 and fixed in session 12 (s12-roles):
unnamed armed groups exported by ACLED's name, clan militias named by their clan, the
two sides of "fighting between X and Y", the launcher of a drone or shell, one toll per
incident when a sentence reports two, lethal force on protesters, a politician's
supporters storming a building, and a landmark that is no protest target.

Every sentence is written for these tests (no ACLED note text); each test fails on the
coder of main at d64a488."""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.evaluation.acled import exported_actor_names
from tests.support.annotation import code_text, mention_rule_types

PUB = date(2024, 5, 6)


@pytest.fixture(scope="module")
def coded(annotator):  # noqa: ANN001
    def run(text: str) -> list:
        return code_text(annotator, text, PUB)
    return run


def _violent(mentions: list) -> list:
    return [m for m in mentions if m.event_type == "ASSAULT"]


# -- unnamed armed groups: ACLED's "Unidentified Armed Group (Country)" ---------------------

@pytest.mark.parametrize("text", [
    "Members of an armed terrorist group killed two shepherds near Gao.",
    "Separatists burned a school near Gao.",
    "Militiamen abducted four herders near Mopti.",
    "Guerrillas shot dead a trader near Mopti.",
])
def test_unnamed_armed_groups_are_exported_as_unidentified_armed_group(coded, text):
    mention = coded(text)[0]
    assert exported_actor_names(mention, mention.place)[0] == ["Unidentified Armed Group (Mali)"]


def test_clan_militias_are_named_by_their_clan(coded):
    mention = _violent(coded("A Dir clan militia attacked a Hawiye clan militia near Galkayo, Somalia."))[0]
    assert exported_actor_names(mention, mention.place) == (["Dir Clan Militia (Somalia)"],
                                                            ["Hawiye Clan Militia (Somalia)"])


def test_two_clans_joined_by_and_give_two_actors(coded):
    # Both sides found; since s15-notes3 the sides joined as the subject of a reciprocal
    # verb with no opponent named oppose each other (first the source, the other the target),
    # as ACLED's actor1/actor2 have them.
    mention = _violent(coded("Marehan and Ogaden clan militias clashed near Dolow, Somalia."))[0]
    assert ([a.name for a in mention.source_actors], [a.name for a in mention.target_actors]) == (
        ["Marehan Clan Militia"], ["Ogaden Clan Militia"])


# -- the sides of "fighting between X and Y" ------------------------------------------------

@pytest.mark.parametrize("text", [
    # an adjective on the noun is no side
    "Heavy fighting broke out between the RSF and the SAF near the market in El Fasher, Sudan.",
    # the parser hangs the second side on "fighting"
    "Fighting between the RSF and the SAF erupted near El Fasher, Sudan.",
])
def test_fighting_between_two_sides_gives_one_source_and_one_target(coded, text):
    mention = _violent(coded(text))[0]
    assert ([a.code for a in mention.source_actors], [a.code for a in mention.target_actors]) == (
        ["SDNRSF"], ["SDNMIL"])


# -- the launcher of a drone, rocket or shell is the doer -----------------------------------

@pytest.mark.parametrize("text, doer", [
    ("A drone launched by the Houthis hit a tanker off Hodeidah, Yemen.", "Houthis"),
    ("Shells fired by the RSF fell on a school in Omdurman, Sudan, killing three pupils.", "Rapid Support Forces"),
])
def test_a_munition_launched_by_an_actor_has_that_actor_as_source(coded, text, doer):
    mentions = _violent(coded(text))
    assert mentions and all(doer in [a.name for a in m.source_actors] for m in mentions)


# -- two incidents in one sentence: each its own toll ---------------------------------------

def test_each_incident_of_a_sentence_keeps_its_own_toll(coded):
    mentions = _violent(coded("On 2 May 2024, bandits killed four miners near Gao, and on 4 May 2024 they "
                              "killed one herder near Ansongo."))
    assert [(m.event_date.day, m.fatalities.min if m.fatalities else None) for m in mentions] == [(2, 4), (4, 1)]


def test_one_incident_keeps_the_whole_sentence_toll(coded):
    mentions = _violent(coded("Gunmen attacked a bus near Gao, killing three passengers and wounding two."))
    assert [m.fatalities.min for m in mentions if m.fatalities] == [3]


# -- protests --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police shot at protesters in Nairobi, Kenya.",
    "Soldiers fired live rounds at marchers in Conakry, Guinea.",
])
def test_live_fire_on_protesters_is_excessive_force_without_deaths(coded, text):
    assert ("Protests", "Excessive force against protesters") in [mention_rule_types(m) for m in coded(text)]


def test_tear_gas_on_protesters_stays_protest_with_intervention(coded):
    assert ("Protests", "Protest with intervention") in [
        mention_rule_types(m) for m in coded("Police fired tear gas at marchers in Conakry, Guinea.")]


def test_people_gathered_to_protest_and_shot_are_protesters(coded):
    types = [mention_rule_types(m) for m in coded(
        "Soldiers opened fire on women who had gathered to protest against the governor in Kayes, killing two.")]
    assert ("Protests", "Excessive force against protesters") in types
    assert ("Violence against civilians", "Attack") not in types


def test_supporters_storming_a_building_are_a_violent_demonstration(coded):
    mention = _violent(coded("Supporters of the former president stormed the electoral commission in Kayes."))[0]
    assert mention_rule_types(mention) == ("Riots", "Violent demonstration")
    assert exported_actor_names(mention, mention.place)[0] == ["Rioters (Mali)"]


def test_a_bridge_is_no_protest_target(coded):
    protest = [m for m in coded("Traders protested on the Martyrs Bridge in Bamako.") if m.event_type == "PROTEST"][0]
    assert protest.target_actors == []
