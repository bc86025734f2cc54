"""Sentence boundaries after abbreviations and inside bracketed asides
(``annotate.nlp.guard_sentence_starts``): the small English model ended sentences at
the period of "approx.", "incl.", "km." and inside "(coded as X at geoprecision 2.
...)", so an event's evidence lost its toll or its place. Sentences written for these
tests; real spaCy model and annotation stage (session ``annotator`` fixture)."""

from __future__ import annotations

from datetime import date

import pytest
from tests.support.annotation import make_article

from crisisdesk.coding.coder import code_events

PUB = date(2024, 5, 10)


def sentences(annotator, text: str) -> list[str]:
    doc = annotator.annotate(make_article(text, PUB))
    return [s.text for s in doc.sents if not s.text.isspace()]


@pytest.mark.parametrize("text", [
    "On 3 May 2024, gunmen attacked a village approx. 20 km north of Gao, killing four civilians.",
    "On 3 May 2024, gunmen attacked a village 20 km. north of Gao, killing four civilians.",
    "On 6 May 2024, armed men attacked a market incl. shops near Mopti, killing two traders.",
    "He said the attack was carried out by approx. 50 men on motorbikes incl. 3 suicide bombers.",
    "On 8 May 2024, militants attacked a post near Tessit (coded as Tessit at geoprecision 2. "
    "The location is approximate) and killed two soldiers.",
    "Gunmen attacked a village [coded as Gao. Date approximate] and killed two civilians.",
    "Militants ambushed the convoy of Capt. Traore and Sgt. Keita near Ansongo, killing six soldiers.",
])
def test_no_sentence_ends_at_an_abbreviation_or_inside_an_aside(annotator, text):
    assert sentences(annotator, text) == [text]


def test_real_boundaries_stay(annotator):
    """A capitalised sentence after "km." and after a closed aside still starts a sentence."""
    assert sentences(annotator, "The camp is 10 km. It was attacked on Monday.") == [
        "The camp is 10 km.", "It was attacked on Monday."]
    assert sentences(annotator, "Gunmen attacked Boni (Douentza cercle, Mopti region). Two civilians were killed.") == [
        "Gunmen attacked Boni (Douentza cercle, Mopti region).", "Two civilians were killed."]


def test_the_toll_after_approx_stays_with_its_attack(annotator):
    """Split at "approx.", the attack lost its victims and the killing its attackers."""
    text = "On 9 May 2024, gunmen killed approx. 12 civilians in Ogossagou."
    article = make_article(text, PUB)
    mentions = [m for m in code_events(annotator.annotate(article), article) if m.event_type == "ASSAULT"]
    assert len(mentions) == 1
    m = mentions[0]
    assert m.evidence.sentence == text
    assert m.fatalities is not None and (m.fatalities.min, m.fatalities.max) == (12, 12)
    assert [a.name for a in m.target_actors] == ["civilians"]
