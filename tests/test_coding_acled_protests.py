"""The Protests / Riots / Strategic developments boundary (:mod:`crisisdesk.coding.acled`,
:mod:`crisisdesk.coding.coder`; ACLED Codebook 2023, Protests, Riots, Strategic
developments): labour strikes with no public gathering, "striking" workers, symbols burned
by demonstrators, crowds that capture people, a mob made up of armed forces. Every
sentence is written for these tests (no development-set text); real spaCy model."""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.coding.acled import (crowd_seized_people, intervention_reported,
                                     protest_dispersed_later, work_stoppage_only)
from crisisdesk.coding.roles import is_armed
from crisisdesk.records import ActorRef
from crisisdesk.coding.coder import _month_march
from tests.support.annotation import code_text, make_article, mention_rule_types as rule_types, rule_acled_types as types

PUB = date(2024, 3, 2)
RESIDENTS = ActorRef("residents", sector="CVL", generic=True)
YOUTHS = ActorRef("youths", sector="CVL", generic=True)
NURSES = ActorRef("nurses", sector="CVL", generic=True)
ARMY = ActorRef("army", code="MLIMIL", country="MLI", sector="MIL", generic=True)
THIEVES = ActorRef("thieves", sector="CVL", generic=True)






# -- strikes: a work stoppage is no public demonstration --------------------------------

@pytest.mark.parametrize("sentence", [
    "Nurses across the country began a five-day strike called by their union.",
    "The dockworkers' union renewed its strike for ten more days after talks failed on March 3.",
    "Bakers in Segou downed tools on Monday over the price of flour.",
])
def test_a_strike_with_no_gathering_is_a_strategic_development(sentence):
    assert work_stoppage_only(sentence)
    assert types(sentence, [NURSES], [], "PROTEST", "boycott", "Peaceful protest") == ("Strategic developments", "Other")


@pytest.mark.parametrize("sentence", [
    "Striking nurses marched to the ministry of health demanding their arrears.",
    "Teachers on strike held a sit-in in front of the governor's office.",
    "Workers on strike took to the streets of Kayes.",
    "Thousands of strikers rallied at the labour exchange.",
])
def test_strikers_who_demonstrate_stay_a_protest(sentence):
    assert not work_stoppage_only(sentence)
    assert types(sentence, [NURSES], [], "PROTEST", "boycott", "Peaceful protest") == ("Protests", "Peaceful protest")


def test_a_boycott_that_is_no_strike_keeps_its_protest_type():
    sentence = "The opposition boycotted the vote on the new constitution."
    assert not work_stoppage_only(sentence)
    assert types(sentence, [], [], "PROTEST", "boycott", "Peaceful protest") == ("Protests", "Peaceful protest")


def test_a_lexicon_strike_with_no_gathering_is_a_strike_whatever_its_words():
    # a strike trigger of the lexicon (ACLED hint "Other") whose sentence has no strike
    # word: one work_stoppage_only test decides it, as it decides a boycott's strike
    shutters = "Shopkeepers kept their shutters down across Gao for a third day."
    assert work_stoppage_only(shutters, mode="demo", hint="Other")
    assert not work_stoppage_only(shutters)
    assert not work_stoppage_only("Shopkeepers kept their shutters down and burned tires.", mode="demo", hint="Other")
    assert not work_stoppage_only("Shopkeepers gathered outside the town hall.", mode="demo", hint="Other")
    assert types(shutters, [], [], "PROTEST", "demo", "Other") == ("Strategic developments", "Other")


def test_striking_workers_are_coded_as_a_strike_not_an_attack(annotator):
    found = code_text(annotator, "On 1 March, the nurses of Sikasso hospital were striking over unpaid bonuses.", PUB)
    assert [(m.event_type, m.mode, m.cameo_code) for m in found] == [("PROTEST", "boycott", "143")]
    assert rule_types(found[0]) == ("Strategic developments", "Other")


def test_a_protest_against_teachers_striking_is_a_peaceful_protest(annotator):
    found = code_text(annotator, "On 1 March, pupils in Koutiala held a demonstration against their teachers striking.",
                      PUB)
    assert not any(m.event_type == "ASSAULT" for m in found)
    protest = next(m for m in found if m.evidence.trigger.text == "demonstration")
    assert rule_types(protest) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize("text", [
    "On 1 March, gunmen struck a village near Mopti, killing two herders.",
    "On 1 March, militants struck again near Gao.",
])
def test_armed_doers_who_strike_still_attack(annotator, text):
    found = code_text(annotator, text, PUB)
    assert [m.event_type for m in found] == ["ASSAULT"]


# -- symbols burned by demonstrators ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "On 1 March, demonstrators in Gao burned the flag of a neighbouring country.",
    "On 1 March, protesters set fire to portraits of the governor in Kayes.",
    "On 1 March, the marchers torched images and effigies of the minister in Kidal.",
])
def test_symbols_burned_in_protest_are_a_peaceful_protest(annotator, text):
    found = code_text(annotator, text, PUB)
    assert [(m.event_type, m.mode) for m in found] == [("PROTEST", "demo")]
    assert rule_types(found[0]) == ("Protests", "Peaceful protest")


def test_a_protest_sentence_naming_a_burned_portrait_is_not_violent():
    sentence = "Villagers protested against the minister's remarks and torched pictures of him."
    assert types(sentence, [RESIDENTS], [], "PROTEST", "demo", "Peaceful protest") == ("Protests", "Peaceful protest")
    burned_shop = "Villagers protested against the minister's remarks and torched a shop."
    assert types(burned_shop, [RESIDENTS], [], "PROTEST", "demo", "Peaceful protest") == ("Riots", "Violent demonstration")


def test_a_burned_building_stays_destruction(annotator):
    """Demonstrators burning a public building riot: PLOVER PROTEST/riot (CAMEO 145, "protest
    violently, riot": demonstrations with property damage; session 20, s20-plover7fix; it
    was ASSAULT/destroy before), and ACLED Riots as before."""
    found = code_text(annotator, "On 1 March, demonstrators in Gao burned the town hall.", PUB)
    assert [(m.event_type, m.mode) for m in found] == [("PROTEST", "riot")]
    assert rule_types(found[0])[0] == "Riots"


# -- crowds capturing people; a mob made up of armed forces -----------------------------

def test_a_crowd_capturing_suspects_is_mob_violence():
    sentence = "Young people of the district captured three bandits and handed them over to the police."
    assert crowd_seized_people([YOUTHS], sentence, is_armed)
    assert types(sentence, [YOUTHS], [THIEVES], "COERCE", "seize", "Non-state actor overtakes territory") \
        == ("Riots", "Mob violence")
    apprehended = "Residents apprehended two suspected thieves at the market."
    assert types(apprehended, [RESIDENTS], [THIEVES], "COERCE", "arrest", "Arrests") == ("Riots", "Mob violence")


def test_one_crowd_capture_test_covers_people_taken_with_no_capture_verb():
    # no PEOPLE_SEIZED verb and no named doers: only the targets of a territory-hinting
    # seize say that people were taken (crowd_seized_people's captured= path)
    sentence = "A mob dragged two suspected thieves to the square."
    assert crowd_seized_people([], sentence, is_armed, captured=[THIEVES])
    assert not crowd_seized_people([], sentence, is_armed)
    assert not crowd_seized_people([ARMY], sentence, is_armed, captured=[THIEVES])
    assert types(sentence, [], [THIEVES], "COERCE", "seize", "Non-state actor overtakes territory") \
        == ("Riots", "Mob violence")


def test_state_forces_capturing_people_are_no_mob():
    sentence = "The army captured three bandits near the market."
    assert not crowd_seized_people([ARMY], sentence, is_armed)
    assert types(sentence, [ARMY], [THIEVES], "COERCE", "arrest", "Arrests") == ("Strategic developments", "Arrests")


def test_locals_who_beat_suspects_are_a_mob(annotator):
    found = code_text(annotator, "On 1 March, locals in Kati beat up two men suspected of theft.", PUB)
    assert [a.name for a in found[0].source_actors] == ["locals"]
    assert rule_types(found[0]) == ("Riots", "Mob violence")


def test_a_mob_made_up_of_security_forces_is_no_riot():
    sentence = "The thief was killed by a mob composed of security forces and residents."
    assert types(sentence, [ActorRef("mob", sector="CVL", generic=True)], [], "ASSAULT", None, killed=1) \
        == ("Violence against civilians", "Attack")
    plain = "The thief was killed by a mob of residents."
    assert types(plain, [ActorRef("mob", sector="CVL", generic=True)], [], "ASSAULT", None, killed=1) \
        == ("Riots", "Mob violence")


# -- a demonstration told by what the demonstrators did ---------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("On 15 March, protesters of the herder community manifested in Segou against the killings of herders.",
     "manifested"),
    ("On 2 March, demonstrators converged on the independence square in Bamako.", "converged"),
    ("On 2 March, protesters chanted slogans in front of the embassy in Bamako.", "chanted"),
])
def test_demonstrators_acting_report_a_demonstration(annotator, text, trigger):
    found = code_text(annotator, text, PUB)
    protest = next(m for m in found if m.event_type == "PROTEST")
    assert (protest.evidence.trigger.text, protest.mode, protest.cameo_code) == (trigger, "demo", "141")
    assert [a.name for a in protest.source_actors] in (["protesters"], ["demonstrators"])
    assert rule_types(protest) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize("text", [
    "On 2 March, protesters said they would return to the square on Friday.",
    "On 2 March, protesters of the town killed in the clashes were buried in Gao.",
])
def test_protesters_speaking_or_killed_make_no_demonstration(annotator, text):
    assert not any(m.event_type == "PROTEST" for m in code_text(annotator, text, PUB))


def test_the_month_of_march_is_no_march(annotator):
    doc = annotator.annotate(make_article("On 15 March, the march of the women reached Gao in March 2019.", PUB))
    marches = [t for t in doc if t.lower_ == "march"]
    assert [_month_march(t) for t in marches] == [True, False, True]
    marched = code_text(annotator, "On 15 March, residents marched through Gao.", PUB)
    assert [(m.event_type, m.evidence.trigger.text) for m in marched] == [("PROTEST", "marched")]


# -- barricaded roads; arrests as the grievance; dispersal told next (s9-riots) --

@pytest.mark.parametrize("sentence", [
    "Residents blocked the national road with burning tyres over water cuts.",
    "Youths blocked the bridge with barricades of tree trunks.",
    "Residents blocked the road and threw stones at passing trucks.",
])
def test_a_road_blocked_with_barricades_fire_or_stones_stays_a_violent_demonstration(sentence):
    assert types(sentence, [RESIDENTS], [], "PROTEST", "obstruct", "Violent demonstration") \
        == ("Riots", "Violent demonstration")


@pytest.mark.parametrize("sentence", [
    "Students marched against the arrest of their union leader.",
    "Women held a rally following the detention of two journalists.",
    "Youths protested in the square, demanding the release of the arrested mayor.",
])
def test_an_arrest_named_as_the_grievance_is_no_intervention(sentence):
    assert not intervention_reported(sentence)
    assert types(sentence, [YOUTHS], [], "PROTEST", "demo", "Peaceful protest") == ("Protests", "Peaceful protest")


def test_demonstrators_arrested_at_their_march_are_an_intervention():
    sentence = "Students marched against the arrest of their leader and police arrested ten of them."
    assert intervention_reported(sentence)
    assert types(sentence, [YOUTHS], [], "PROTEST", "demo", "Peaceful protest") == ("Protests", "Protest with intervention")


@pytest.mark.parametrize("following, dispersed", [
    (" The demonstration was dispersed by the police.", True),
    (" Gendarmes intervened and broke up the crowd with batons.", True),
    (" The march was not dispersed and ended peacefully.", False),
    (" Police later dispersed a separate crowd in Bamako.", False),
    (" Traders closed their shops. The crowd was dispersed in the evening.", False),  # not the next sentence
])
def test_a_dispersal_told_in_the_next_sentence(following, dispersed):
    assert protest_dispersed_later(following) is dispersed


def test_a_protest_dispersed_in_the_next_sentence_is_a_protest_with_intervention(annotator):
    found = code_text(annotator, "On 1 March, students in Segou staged a protest against the closure of their school. "
                                 "The demonstration was dispersed by the police.", PUB)
    protest = next(m for m in found if m.event_type == "PROTEST")
    assert rule_types(protest) == ("Protests", "Protest with intervention")
    calm = code_text(annotator, "On 1 March, students in Segou staged a protest against the closure of their school. "
                                "The march ended peacefully.", PUB)
    assert rule_types(next(m for m in calm if m.event_type == "PROTEST")) == ("Protests", "Peaceful protest")
