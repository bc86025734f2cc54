"""French coding leftovers of session 20: a no-victim clause ("l'explosion n'a fait aucune
victime", "sans faire de victime") is a toll of zero of its event, not a new attack; no
sentence ends at a comma before a lower-case word ("Sept civils, | dont ..."); the small
model's tags of cardinals before a plural noun ("Neuf") and of "raid" are corrected; an
event noun under a reaction verb ("a déploré l'attaque") is the reaction's object, not a
new attack, unless its phrase tells it (a toll, a day). Sentences written for these
tests; each rule has a near sentence where it must not fire. Real pipeline (the session
``annotator`` fixture), no mocks."""

from __future__ import annotations

from datetime import date

import pytest

from tests.support.annotation import make_article

from crisisdesk.coding.coder import code_events
from crisisdesk.coding.counts import acled_fatalities
from crisisdesk.coding.french_counts import count_people

PUB = date(2025, 11, 21)


def _doc(annotator, text: str):  # noqa: ANN001, ANN202
    """The annotated Doc of ``text``, a French article published on :data:`PUB`."""
    return annotator.annotate(make_article(text, PUB, language="fr"))


def _french(annotator, text: str) -> list:  # noqa: ANN001
    """The event mentions of ``text``, a French article published on :data:`PUB`."""
    article = make_article(text, PUB, language="fr")
    return code_events(annotator.annotate(article), article)


def _assaults(mentions: list) -> list[tuple[str, int | None]]:
    """(trigger, ACLED fatalities) of each ASSAULT mention."""
    return [(m.evidence.trigger.text, None if m.fatalities is None else acled_fatalities(m.fatalities))
            for m in mentions if m.event_type == "ASSAULT"]


# -- 1. a no-victim clause ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "assaults"), [
    # the blast told before gets the zero; the no-victim sentence codes no second event
    ("Mardi, un véhicule de l'armée a sauté sur une mine près de Kidal. L'explosion n'a fait aucune victime.",
     [("sauté sur une mine", 0)]),
    # "sans faire de victime" on the attack's own verb
    ("Jeudi, des hommes armés ont attaqué le poste de douane de Koury sans faire de victime.", [("attaqué", 0)]),
    # near: with no event told before, the explosion the sentence reports is the one event, toll 0
    ("Mardi, l'explosion d'un engin près d'Ansongo n'a fait aucune victime.", [("explosion", 0)]),
    # near: a positive toll of "l'attaque" still goes to the attack told before
    ("Des bandits ont attaqué un car près de Kayes. L'attaque a fait quatre morts.", [("attaqué", 4)]),
])
def test_a_no_victim_clause_is_a_toll_of_zero_not_an_attack(annotator, text, assaults):  # noqa: ANN001
    assert _assaults(_french(annotator, text)) == assaults


def test_no_wounded_is_a_zero_of_the_injured_of_the_attack(annotator):  # noqa: ANN001
    mentions = _french(annotator, "Des bandits ont attaqué un car près de Kayes. L'attaque n'a fait aucun blessé.")
    assaults = [m for m in mentions if m.event_type == "ASSAULT"]
    assert [m.evidence.trigger.text for m in assaults] == ["attaqué"]
    assert (assaults[0].injured.min, assaults[0].injured.max) == (0, 0) and assaults[0].fatalities is None


# -- 2. no sentence ends at a comma before a lower-case word ---------------------------------------

@pytest.mark.parametrize("sentence", [
    "Sept civils, dont trois femmes, ont été tués par des jihadistes à Bankass.",
    "Sept civils, dont deux enfants, ont péri dans l'attaque de Koro.",
])
def test_a_group_and_its_part_after_a_comma_are_one_sentence_and_one_toll(annotator, sentence):  # noqa: ANN001
    doc = _doc(annotator, sentence)
    assert [s.text for s in doc.sents] == [sentence]
    assert count_people(next(iter(doc.sents)), "killed").min == 7  # was 2 or 3: the part only


def test_the_group_before_the_comma_is_the_victim(annotator):  # noqa: ANN001
    mentions = _french(annotator, "Sept civils, dont trois femmes, ont été tués par des jihadistes à Bankass.")
    assaults = [m for m in mentions if m.event_type == "ASSAULT"]
    assert [(a.name, acled_fatalities(m.fatalities)) for m in assaults for a in m.target_actors] == [("civils", 7)]


def test_a_full_stop_still_ends_a_sentence(annotator):  # noqa: ANN001
    """Near: two sentences with a comma in each stay two."""
    doc = _doc(annotator, "Sept civils ont été tués, selon le maire. Ensuite, des soldats sont arrivés.")
    assert len(list(doc.sents)) == 2


# -- 3. the small model's tags ----------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "word"), [
    ("Neuf bergers ont été tués par des hommes armés près de Nampala.", "Neuf"),
    ("Les militaires ont abattu neuf assaillants près de Gao.", "neuf"),
    ("Douze villageois ont été tués par des hommes armés près de Bankass.", "Douze"),
])
def test_a_cardinal_before_a_plural_noun_is_a_number(annotator, sentence, word):  # noqa: ANN001
    doc = _doc(annotator, sentence)
    assert next(t for t in doc if t.text == word).pos_ == "NUM"


def test_new_after_its_noun_is_no_number(annotator):  # noqa: ANN001
    """Near: the adjective "neuf" (new) after its noun keeps the model's tag."""
    doc = _doc(annotator, "Un camion neuf a été incendié près de Kati.")
    assert next(t for t in doc if t.text == "neuf").pos_ != "NUM"


def test_a_raid_is_a_noun_and_an_attack_with_its_doer(annotator):  # noqa: ANN001
    doc = _doc(annotator, "Un raid aérien a visé une base près de Tessit.")
    assert next(t for t in doc if t.text == "raid").pos_ == "NOUN"
    mentions = _french(annotator, "Un raid de l'armée a tué six jihadistes près de Ménaka.")
    raid = [m for m in mentions if m.event_type == "ASSAULT"]
    assert [m.evidence.trigger.text for m in raid] == ["raid"]
    assert [a.sector for a in raid[0].source_actors] == ["MIL"] and acled_fatalities(raid[0].fatalities) == 6


def test_a_toll_in_words_after_a_raid_is_counted(annotator):  # noqa: ANN001
    mentions = _french(annotator, "Soixante civils ont été tués lors d'un raid de jihadistes près de Djibo.")
    assert [fat for _, fat in _assaults(mentions)] == [60]


# -- 4. an event noun under a reaction ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Le gouvernement a déploré l'attaque.",
    "La CEDEAO regrette l'enlèvement des deux enseignants à Tillabéri.",
    "Le gouvernement malien a condamné l'attaque du JNIM contre le camp de Boni.",
])
def test_an_event_under_a_reaction_is_no_new_attack(annotator, sentence):  # noqa: ANN001
    assert _assaults(_french(annotator, sentence)) == []


def test_the_condemned_doers_are_the_reaction_target(annotator):  # noqa: ANN001
    mentions = _french(annotator, "Le gouvernement malien a condamné l'attaque du JNIM contre le camp de Boni.")
    accuse = [m for m in mentions if m.event_type == "ACCUSE"]
    assert len(accuse) == 1 and [a.name for a in accuse[0].target_actors] == ["JNIM"]


def test_an_attack_told_with_its_toll_under_a_reaction_is_reported(annotator):  # noqa: ANN001
    """Near: the reaction's object told with its own toll is a report of the attack."""
    mentions = _french(annotator, "Le ministre a dénoncé l'attaque menée samedi contre le camp de Sévaré, "
                                  "qui a fait sept morts.")
    assert _assaults(mentions) == [("attaque", 7)]
    assert "ACCUSE" in [m.event_type for m in mentions]
