"""Four coding errors on sentences analysts meet in the news (sentences written for these
tests, no development-set text; real spaCy model and annotation stage):

- state forces firing at demonstrators: the demonstrators are the target (not the rounds
  fired), and the event is ACLED Protests - Protest with intervention / Excessive force
  against protesters (ACLED Codebook 2023, Protests), not a Battle;
- demonstrators arrested by state forces: Protests - Protest with intervention (the
  codebook's "with arrests or minor injuries"), not Strategic developments - Arrests;
- a town seized: CAMEO 192 occupy territory, as "captured" is, not 171 (seize property);
- "declared the French ambassador persona non grata": the declaring government is the
  source, the ambassador the target (not France's government as the source).
"""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.coding.acled import protesters_arrested
from crisisdesk.records import ActorRef
from tests.support.annotation import code_text, mention_rule_types as rule_types

PUB = date(2025, 11, 21)
GENDARMES = ActorRef("gendarmes", code="MLICOP", country="MLI", sector="COP", generic=True)
MILITIAMEN = ActorRef("militiamen", code="MLIPRM", country="MLI", sector="PRM", generic=True)


def _mention(annotator, text: str, trigger_word: str):  # noqa: ANN001, ANN202
    found = [m for m in code_text(annotator, text, PUB) if trigger_word in m.evidence.trigger.text]
    assert found, f"no mention with trigger {trigger_word!r} in {text!r}"
    return found[0]


# -- state forces firing at demonstrators ------------------------------------------------

@pytest.mark.parametrize("text, victims, sub_type", [
    # live fire aimed at peaceful demonstrators is lethal violence, Excessive force with
    # or without deaths (ACLED Codebook: protesters "targeted with lethal violence";
    # s12-roles, acled.lethal_force_used); rubber bullets are not
    ("Gendarmes fire live rounds at demonstrators in Kayes.", "demonstrators", "Excessive force against protesters"),
    ("On Thursday riot police fired rubber bullets at protesters outside the parliament in Nairobi.", "protesters",
     "Protest with intervention"),
    ("Soldiers fired live ammunition at demonstrators in Conakry on Friday.", "demonstrators",
     "Excessive force against protesters"),
])
def test_the_people_fired_at_are_the_target_not_the_rounds(annotator, text, victims, sub_type):
    shot = _mention(annotator, text, "fire")
    assert [a.name for a in shot.target_actors][:1] == [victims]
    assert rule_types(shot) == ("Protests", sub_type)


def test_demonstrators_killed_by_gunfire_are_excessive_force(annotator):
    shot = _mention(annotator, "On Tuesday, gendarmes fired live rounds at demonstrators in Kayes, "
                               "killing two of them.", "fire")
    assert "demonstrators" in [a.name for a in shot.target_actors]
    assert rule_types(shot) == ("Protests", "Excessive force against protesters")


def test_rounds_fired_at_an_armed_group_name_the_group(annotator):
    shot = _mention(annotator, "Soldiers fired mortar rounds at JNIM positions near Boulkessi.", "fire")
    assert [a.name for a in shot.target_actors] == ["JNIM"]


def test_riot_police_are_no_riot():
    from crisisdesk.coding.acled import without_riot_units
    from tests.support.annotation import rule_acled_types as types

    police = ActorRef("riot police", code="KENCOP", country="KEN", sector="COP", generic=True)
    students = ActorRef("protesters", code="KENCVL", country="KEN", sector="CVL", generic=True)
    sentence = "Riot police beat protesters with batons outside the parliament."
    assert "riot" not in without_riot_units(sentence).lower()
    assert types(sentence, [police], [students], "ASSAULT", "beat", "Attack") == ("Protests", "Protest with intervention")
    # demonstrators who riot are still a riot
    assert types("Protesters rioted and burned tires.", [], [], "PROTEST", "riot", "Violent demonstration") \
        == ("Riots", "Violent demonstration")


# -- demonstrators arrested --------------------------------------------------------------

def test_protesters_arrested_by_gendarmes_is_a_protest_with_intervention(annotator):
    arrest = _mention(annotator, "Several protesters were arrested by gendarmes in Sikasso on Monday.", "arrest")
    assert rule_types(arrest) == ("Protests", "Protest with intervention")
    arrest = _mention(annotator, "Police in Lome arrested twenty demonstrators on Saturday.", "arrest")
    assert rule_types(arrest) == ("Protests", "Protest with intervention")


def test_other_arrests_stay_arrests(annotator):
    arrest = _mention(annotator, "Gendarmes arrested a journalist in Niamey on Monday.", "arrest")
    assert rule_types(arrest) == ("Strategic developments", "Arrests")


def test_protesters_arrested_needs_demonstrators_and_state_doers():
    protesters = ActorRef("protesters", code="MLICVL", country="MLI", sector="CVL", generic=True)
    trader = ActorRef("trader", code="MLICVL", country="MLI", sector="CVL", generic=True)
    assert protesters_arrested([GENDARMES], [protesters])
    assert protesters_arrested([], [protesters])  # "protesters were arrested": no doer named
    assert not protesters_arrested([GENDARMES], [trader])
    assert not protesters_arrested([MILITIAMEN], [protesters])  # a militia seizing people is no intervention


# -- a place seized ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Rebels seized Tessit on Sunday after the army withdrew.",
    "Fighters of the armed group seized the town on Sunday.",
    "The army seized the village of Boni after two days of fighting.",
])
def test_a_place_seized_is_territory_occupied(annotator, text):
    seized = _mention(annotator, text, "seize")
    assert seized.cameo_code == "192"
    assert rule_types(seized)[1] != "Looting/property destruction"


def test_a_place_seized_is_coded_as_a_place_captured(annotator):
    seized = _mention(annotator, "Rebels seized Tessit on Sunday after the army withdrew.", "seize")
    captured = _mention(annotator, "Rebels captured Tessit on Sunday after the army withdrew.", "capture")
    assert (seized.event_type, seized.mode, seized.cameo_code, rule_types(seized)) == \
        (captured.event_type, captured.mode, captured.cameo_code, rule_types(captured))


@pytest.mark.parametrize("text", [
    "Gunmen seized three trucks near Menaka on Sunday.",
    "Bandits seized cattle from herders near Nara.",
])
def test_goods_seized_stay_a_seizure_of_property(annotator, text):
    seized = _mention(annotator, text, "seize")
    assert seized.cameo_code == "171"


# -- an envoy declared persona non grata -------------------------------------------------

def test_the_government_declaring_an_envoy_persona_non_grata_is_the_source(annotator):
    text = ("Relations between Mali and France have worsened since the coup. On Tuesday the transitional "
            "government declared the French ambassador persona non grata.")
    declared = _mention(annotator, text, "persona")
    assert [a.code for a in declared.source_actors] == ["MLIGOV"]
    assert [a.code for a in declared.target_actors] == ["FRAGOV"]


def test_an_envoys_state_does_not_own_the_title(annotator):
    article_text = "The interim government declared the Russian envoy persona non grata."
    from tests.support.annotation import make_article

    doc = annotator.annotate(make_article(article_text, PUB))
    government = next(a for a in doc._.actors if a.span and a.span.text == "government")
    assert government.country is None  # not Russia's: "Russian" names the envoy's state
    # a state word on another kind of participant still gives the title its state
    doc = annotator.annotate(make_article("The minister spoke on Tuesday alongside Zambian farmers.", PUB))
    minister = next(a for a in doc._.actors if a.span and a.span.text == "minister")
    assert minister.country == "ZMB"


@pytest.mark.parametrize("text, released", [
    ("Kidnappers released the village chief of Boni on Monday.", "village chief"),
    ("JNIM released two aid workers on Monday.", "aid workers"),
])
def test_the_people_released_are_the_target_named_or_not(annotator, text, released):
    # CAMEO 0841 release persons: the one freed is the recipient, with or without a name
    freed = _mention(annotator, text, "release")
    assert [a.name for a in freed.target_actors] == [released]
