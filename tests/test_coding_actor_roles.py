"""Source and target actor codes on sentences written for these tests: people named
without title or country, metonyms, appositions, titles whose country is the target,
ethnic groups, participants tied to a place or patron, unknown organisations, and
actors inside SANCTION/RETREAT trigger phrases. Real spaCy model and annotation stage
(the session ``annotator`` fixture)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.support.annotation import make_article

from crisisdesk.annotate.actors import ActorDictionary, ActorFileError
from crisisdesk.coding.coder import code_events

PUB = date(2025, 11, 21)


def coded(annotator, text: str, event_type: str | None = None):
    """(source codes, target codes) of the first mention (of ``event_type`` if given)."""
    article = make_article(text, PUB)
    mentions = code_events(annotator.annotate(article), article)
    if event_type is not None:
        mentions = [m for m in mentions if m.event_type == event_type]
    assert mentions, f"no {event_type or ''} event coded in {text!r}"
    m = mentions[0]
    return [a.code for a in m.source_actors], [a.code for a in m.target_actors]


# -- people --------------------------------------------------------------------------

def test_a_head_of_state_named_alone_is_coded_with_the_state(annotator):
    sources, _ = coded(annotator, "Erdogan offered on Tuesday to host talks between the two sides.", "AGREE")
    assert sources == ["TURGOV"]


def test_a_person_in_apposition_beats_a_title_without_a_country(annotator):
    sources, targets = coded(annotator, "The foreign minister, Sergei Lavrov, accused Ukraine of shelling the plant.")
    assert sources == ["RUSGOV"] and targets == ["UKR"]


def test_a_leaders_forces_are_the_leaders_state_military(annotator):
    sources, _ = coded(annotator, "Putin's forces shelled the town on Monday.", "ASSAULT")
    assert sources == ["RUSMIL"]


def test_a_surname_in_lower_case_is_a_word_not_a_person(annotator):
    article = make_article("The hunters sold the tusk and a talon at the market in Gao.", PUB)
    doc = annotator.annotate(article)
    assert not [a for a in doc._.actors if a.actor_type == "person"]


def test_a_surname_inside_a_hyphenated_place_name_is_not_the_person(annotator):
    doc = annotator.annotate(make_article("Militants attacked the village of Kona-Putin on Monday.", PUB))
    assert not [a for a in doc._.actors if a.actor_type == "person"]


def test_people_section_of_a_user_actor_file_adds_and_replaces_people(tmp_path: Path):
    path = tmp_path / "people.yaml"
    path.write_text("people:\n"
                    "  - {name: Amadou Kone, code: MLIGOV, role: Minister of Reconciliation, since: 2024-01-01}\n"
                    "  - {name: Vladimir Putin, code: RUSMIL, role: test override}\n", encoding="utf-8")
    actors = ActorDictionary.load((path,)).actors
    assert (actors["person-amadou-kone"].code, actors["person-amadou-kone"].country) == ("MLIGOV", "MLI")
    assert actors["person-amadou-kone"].sector == "GOV" and actors["person-amadou-kone"].actor_type == "person"
    assert actors["person-vladimir-putin"].code == "RUSMIL"
    assert ActorDictionary.load().actors["person-vladimir-putin"].code == "RUSGOV"
    bad = tmp_path / "bad.yaml"
    bad.write_text("people:\n  - {name: Nobody}\n", encoding="utf-8")
    with pytest.raises(ActorFileError, match="bad.yaml"):
        ActorDictionary.load((bad,))


# -- metonyms and titles -----------------------------------------------------------

def test_the_kremlin_acts_for_the_russian_government(annotator):
    sources, _ = coded(annotator, "The Kremlin rejected the proposal on Monday.", "REJECT")
    assert sources == ["RUSGOV"]


def test_a_capital_city_as_subject_acts_for_its_state(annotator):
    sources, _ = coded(annotator, "Beijing said it opposed the visit.", "REJECT")
    assert sources == ["CHN"]


def test_a_title_is_not_given_the_country_it_acts_against(annotator):
    sources, targets = coded(annotator, "The president threatened further action against Russia.", "THREATEN")
    assert "RUSGOV" not in sources and targets == ["RUS"]


def test_an_abbreviated_rank_takes_the_only_state_of_the_sentence(annotator):
    sources, _ = coded(annotator, "Lt. Gen. Jean Martin resigned on Friday to make way for elections in Haiti.",
                       "RETREAT")
    assert sources == ["HTIMIL"]


def test_a_state_named_after_according_to_still_owns_the_title(annotator):
    sources, _ = coded(annotator, "The minister allowed the rally to go ahead, according to Pakistani officials.",
                       "CONCEDE")
    assert sources == ["PAKGOV"]


# -- groups -------------------------------------------------------------------------

def test_ethnic_group_is_coded_with_the_state_it_lives_in_not_its_kin_state(annotator):
    sources, _ = coded(annotator, "Up to 300 ethnic Serbs demonstrated on Monday in Croatia.", "PROTEST")
    assert sources == ["HRVCVL"]
    sources, _ = coded(annotator, "Ethnic Albanian rebels attacked a police station in Macedonia.", "ASSAULT")
    assert sources == ["MKDREB"]


def test_protest_verb_tagged_as_participle_keeps_its_subject_as_source(annotator):
    sources, targets = coded(annotator, "About 200 ethnic Serbs protested on Monday in Croatia.", "PROTEST")
    assert sources == ["HRVCVL"] and targets == []


def test_participant_based_in_a_capital_or_loyal_to_a_state_actor_takes_that_country(annotator):
    sources, _ = coded(annotator, "A newspaper based in Kabul rejected the ban.", "REJECT")
    assert sources == ["AFGMED"]
    sources, _ = coded(annotator, "Gunmen loyal to a Libyan commander said they had shot down a drone.", "ASSAULT")
    assert sources == ["LBYREB"]


def test_a_named_organisation_with_sector_words_between_name_and_head(annotator):
    sources, _ = coded(annotator, "NATO peacekeeping troops attacked the rebels in Bosnia.", "ASSAULT")
    assert sources == ["IGONAT"]


def test_an_unknown_organisation_gets_the_sector_of_its_name(annotator):
    sources, _ = coded(annotator, "The Global Harvest Foundation accused the ministry of corruption.", "ACCUSE")
    assert sources == ["NGO"]


def test_misparsed_call_on_keeps_the_caller_as_source(annotator):
    sources, _ = coded(annotator, "An official Syrian newspaper called Thursday on Arabs to unite against the plan.",
                       "REQUEST")
    assert sources == ["SYRMED"]


# -- actors inside SANCTION / RETREAT / COERCE trigger phrases ---------------------

def test_sanction_target_inside_the_trigger_phrase(annotator):
    assert coded(annotator, "The European Union suspended aid to Niger after the coup.", "SANCTION") == (
        ["IGOEEC"], ["NER"])
    assert coded(annotator, "Moscow expelled two British diplomats.", "SANCTION") == (["RUS"], ["GBRGOV"])


def test_retreat_target_is_the_place_left_not_the_forces_withdrawn(annotator):
    assert coded(annotator, "Russia withdrew its troops from Syria.", "RETREAT") == (["RUS"], ["SYR"])


def test_passive_sanctions_keep_their_target_and_agent(annotator):
    assert coded(annotator, "Sanctions were imposed on Iran by the United States on Monday.") == (["USA"], ["IRN"])


def test_hit_with_sanctions_is_not_an_attack(annotator):
    assert coded(annotator, "Iran was hit with fresh sanctions by the European Union.") == (["IGOEEC"], ["IRN"])
    assert coded(annotator, "The United States slapped sanctions on Russia.") == (["USA"], ["RUS"])


def test_a_party_without_a_state_belongs_to_the_only_state_named(annotator):
    sources, _ = coded(annotator, "The nationalist Freedom party has said it will boycott Kenya's elections.", "THREATEN")
    assert sources == ["KENPTY"]
    sources, _ = coded(annotator, "The opposition party rejected the French proposal.", "REJECT")
    assert sources != ["FRAPTY"]  # France is what is rejected, not the party's state


def test_a_restriction_ordered_is_the_commanders_act_on_the_one_ordered(annotator):
    sources, targets = coded(annotator, "Kenya's government ordered the opposition newspaper The Daily Voice to "
                                        "suspend publication indefinitely.", "COERCE")
    assert sources == ["KENGOV"] and targets and "KENGOV" not in targets


def test_an_unknown_persons_name_is_one_actor_not_its_pieces(annotator):
    article = make_article("Sheikh Jaber bin Ahmed al-Sabah launched a mediation effort on Saturday.", PUB)
    mentions = code_events(annotator.annotate(article), article)
    assert [[a.name for a in m.source_actors] for m in mentions] == [["Jaber bin Ahmed al-Sabah"]]


def test_a_capital_in_an_event_role_stands_for_its_state(annotator):
    assert coded(annotator, "Kyiv accused Moscow of shelling the plant.", "ACCUSE") == (["UKR"], ["RUS"])
    assert coded(annotator, "Washington has cut diplomatic ties with Caracas.", "SANCTION") == (["USA"], ["VEN"])


def test_a_capitals_possessive_title_belongs_to_that_capitals_state(annotator):
    assert coded(annotator, "Washington's envoy met Kabul's foreign minister in Doha.", "CONSULT") == (
        ["USAGOV"], ["AFGGOV"])


def test_a_statement_speaks_for_its_sender_and_a_head_for_the_body_led(annotator):
    sources, _ = coded(annotator, "A statement from the Malian presidency condemned the attack.", "ACCUSE")
    assert sources == ["MLIGOV"]
    assert coded(annotator, "Mali's transitional authorities expelled the head of the UN mission.") == (
        ["MLIGOV"], ["IGOUNO"])


def test_the_sender_of_a_rejected_appeal_is_the_target(annotator):
    assert coded(annotator, "The rebels dismissed an appeal from the Malian government to lay down their arms.",
                 "REJECT")[1] == ["MLIGOV"]
    assert coded(annotator, "Paris rejected recent calls by Mali's rulers for aid.", "REJECT") == (["FRA"], ["MLI"])


def test_sanction_targets_inside_a_nominal_trigger_and_expelled_inspectors(annotator):
    assert coded(annotator, "Spain announced a suspension of flights with Morocco on Friday.", "SANCTION") == (
        ["ESP"], ["MAR"])
    assert coded(annotator, "Iran expelled inspectors of the International Atomic Energy Agency from the site.",
                 "SANCTION") == (["IRN"], ["IGOUNOIAE"])


def test_a_demand_for_an_act_by_someone_targets_that_someone(annotator):
    assert coded(annotator, "Kenya's parliament demanded an apology by London for the killings.", "REQUEST") == (
        ["KENLEG"], ["GBR"])


def test_a_protest_targets_whom_its_demand_is_made_of(annotator):
    assert coded(annotator, "Thousands of students marched in Nairobi on Monday to demand reforms by the government.",
                 "PROTEST") == (["KENCVL"], ["KENGOV"])


def test_one_actor_named_twice_in_a_role_is_listed_once(annotator):
    assert coded(annotator, "Troops loyal to the Sudanese army chief clashed with the rebels.", "ASSAULT")[0] == [
        "SDNMIL"]


def test_a_state_named_as_a_route_does_not_own_the_government(annotator):
    # QA (examples/): "the government" took Senegal, named only as where convoys come from
    text = ("Fuel queues grew in Bamako, the capital of Mali, on Monday. The government has blamed the "
            "shortage on attacks by JNIM on convoys coming from Senegal and Guinea.")
    assert coded(annotator, text, "ACCUSE") == (["MLIGOV"], ["JNIM"])


# -- ambushes between two places -------------------------------------------------------

def test_an_ambush_between_two_gazetteer_places_has_no_place_sides(annotator):
    """"between Boni and Hombori" is a stretch of road (both gazetteer toponyms, one of
    which the English model tags as a person), not the two sides; the patrol that fell
    into the ambush is its target."""
    sources, targets = coded(annotator, "On 8 May 2024, a FAMa patrol fell into an ambush between Boni and Hombori.",
                             "ASSAULT")
    assert sources == []
    assert targets == ["MLIMIL"]


def test_a_convoy_that_ran_into_an_ambush_is_its_target(annotator):
    sources, targets = coded(annotator, "A Malian army convoy ran into an ambush near Douentza on Friday.",
                             "ASSAULT")
    assert "MLIMIL" in targets and "MLIMIL" not in sources


def test_fighting_between_two_named_groups_keeps_its_sides(annotator):
    sources, targets = coded(annotator, "Fighting between Ansar Dine and the MNLA left three dead near Kidal.",
                             "ASSAULT")
    assert sources + targets == ["JNIMAND", "MNLA"]


# -- headline passives without auxiliary ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Malian soldiers abducted after clashes near Diafarabe.",
    "Three civilians shot dead near Bandiagara on Sunday.",
    "Two traders kidnapped near Gao after the market.",
])
def test_a_headline_passive_of_a_harm_verb_makes_its_subject_the_target(annotator, text):
    """The tagger reads "abducted"/"shot" as a past tense with the victims as subject;
    an obligatorily transitive harm verb with no object is a reduced passive."""
    sources, targets = coded(annotator, text, "ASSAULT")
    assert sources == []
    assert len(targets) == 1 and targets[0].endswith(("MIL", "CVL", "BUS"))


def test_an_active_harm_verb_keeps_its_doer(annotator):
    """Coordinated verbs share the object: "ambushed" has none of its own but is active."""
    sources, targets = coded(annotator, "JNIM ambushed and killed five Malian soldiers near Boni.", "ASSAULT")
    assert sources == ["JNIM"] and targets == ["MLIMIL"]


def test_a_unit_with_its_coalition_in_brackets_names_both(annotator):
    # "<unit> (<coalition>) fighters": the unit and the coalition it belongs to, not a
    # generic "fighters"
    source, target = coded(annotator, "On 3 May 2025, Katiba Serma (JNIM) fighters ambushed an army convoy near Boni.", "ASSAULT")
    assert source == ["JNIMSER", "JNIM"]
    assert target == ["MLIMIL"]


def test_brackets_around_a_place_name_no_group(annotator):
    source, _ = coded(annotator, "On 3 May 2025, Boni (Mopti) fighters ambushed an army convoy.", "ASSAULT")
    assert source == ["MLIREB"]


def named_roles(annotator, text: str) -> tuple[list[str], list[str]]:
    """(source names, target names) of the first ASSAULT mention of ``text``."""
    article = make_article(text, PUB)
    mention = next(m for m in code_events(annotator.annotate(article), article) if m.event_type == "ASSAULT")
    return [a.name for a in mention.source_actors], [a.name for a in mention.target_actors]


def test_a_by_agent_after_a_gapped_passive_conjunct_did_both(annotator):
    # "two were killed and three [were] abducted by X": X killed them too
    assert named_roles(annotator, "On 3 May 2025, two farmers were killed and three abducted by armed bandits near Ansongo.") == (
        ["armed bandits"], ["farmers"])


def test_who_planted_a_device_is_its_doer(annotator):
    assert named_roles(annotator, "On 3 May 2025, a roadside bomb planted by JNIM fighters hit a police van near Segou.")[0] == ["JNIM"]


def test_a_vehicle_that_struck_a_mine_is_hit_not_the_doer(annotator):
    source, target = named_roles(annotator, "On 3 May 2025, a minibus struck a landmine laid by insurgents near Gao, killing four travellers.")
    assert source == ["insurgents"] and "minibus" not in source and "travellers" in target
    source, target = named_roles(annotator, "On 3 May 2025, a lorry hit an IED near Gao, killing its driver.")
    assert source == []  # before: the lorry
