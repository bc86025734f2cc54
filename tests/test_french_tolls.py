"""French tolls by ACLED's rules (session 18): things seized or shot down are not victims,
two sources' figures keep the lowest, a collective numeral counts its participle's dead,
the wounded beside the dead stay wounded, "l'attaque a fait N morts" and a source's bare
"N soldats tués" are the toll of the attack told before, and summoning an ambassador is a
diplomatic protest; English seized things are checked too. Sentences written for these
tests; each rule has a near sentence where it must not fire. Real pipeline (the session
``annotator`` fixture), no mocks."""

from __future__ import annotations

from datetime import date

import pytest

from tests.support.annotation import code_text, make_article

from crisisdesk.coding.coder import code_events
from crisisdesk.coding.counts import acled_fatalities
from crisisdesk.coding.french_counts import count_people

PUB = date(2025, 11, 21)


def _french(annotator, text: str) -> list:  # noqa: ANN001
    article = make_article(text, PUB, language="fr")
    return code_events(annotator.annotate(article), article)


def _killed(annotator, sentence: str, kind: str = "killed") -> int | None:  # noqa: ANN001
    """The ``kind`` count (min) of the first sentence of ``sentence``, French; None when none."""
    doc = annotator.annotate(make_article(sentence, PUB, language="fr"))
    count = count_people(next(iter(doc.sents)), kind)
    return None if count is None else count.min


def _assault_tolls(mentions: list) -> list[int | None]:
    return [None if m.fatalities is None else acled_fatalities(m.fatalities) for m in mentions
            if m.event_type == "ASSAULT"]


@pytest.mark.parametrize(("sentence", "dead"), [
    # weapons and a vehicle seized after the dead: not victims
    ("Les gendarmes ont abattu trois bandits et saisi deux kalachnikovs et une moto.", 3),
    # a list after a second verb is that verb's objects, whatever the parser hangs it on
    ("L'armée a neutralisé onze assaillants et récupéré quatre motos, trois fusils et des munitions.", 11),
    # near: people listed beside people are all victims
    ("Les assaillants ont tué trois soldats et deux civils lors de l'attaque.", 5),
])
def test_french_things_seized_are_not_victims(annotator, sentence, dead):  # noqa: ANN001
    assert _killed(annotator, sentence) == dead


@pytest.mark.parametrize(("sentence", "dead"), [
    ("Troops killed 12 militants and seized two vehicles, four rifles and a motorbike on Monday, the army said.", 12),
    ("Troops killed 12 militants and two herders on Monday, the army said.", 14),  # near: people
])
def test_english_things_seized_are_not_victims(annotator, sentence, dead):  # noqa: ANN001
    killed = [m for m in code_text(annotator, sentence, PUB) if m.event_type == "ASSAULT"]
    assert [acled_fatalities(m.fatalities) for m in killed] == [dead]


@pytest.mark.parametrize(("sentence", "dead"), [
    # two sources, two figures: ACLED's conservative figure
    ("Une source militaire fait état de douze morts, alors que des habitants parlent de vingt morts.", 12),
    # near: one source's two figures (a part and the whole) keep the whole
    ("L'armée évoque douze morts parmi les assaillants et vingt morts au total.", 20),
])
def test_two_sources_figures_keep_the_lowest(annotator, sentence, dead):  # noqa: ANN001
    assert _killed(annotator, sentence) == dead


def test_a_collective_counts_the_dead_of_its_participle(annotator):  # noqa: ANN001
    """"une vingtaine de soldats et de gendarmes tués": the participle hangs on the
    collective's complement; the near sentence's participle is of the wounded."""
    assert _killed(annotator, "Dimanche, une vingtaine de soldats et de gendarmes tués dans une embuscade "
                              "près de Djibo.") == 20
    wounded = "Dimanche, une vingtaine de soldats et de gendarmes blessés dans une embuscade près de Djibo."
    assert (_killed(annotator, wounded), _killed(annotator, wounded, "injured")) == (None, 20)


@pytest.mark.parametrize(("sentence", "dead"), [
    ("L'explosion a fait une quinzaine de morts et des dizaines de blessés samedi à Gao.", 15),
    ("L'explosion a fait des dizaines de morts samedi à Gao.", 20),  # near: a collective of the dead
])
def test_wounded_collective_beside_the_dead_is_not_dead(annotator, sentence, dead):  # noqa: ANN001
    assert _killed(annotator, sentence) == dead


def test_the_attack_retold_with_its_toll_is_one_event(annotator):  # noqa: ANN001
    """"l'attaque a fait quatre morts" in a later paragraph gives the attack told before its
    toll (the riposte between them is not the attack); no second event."""
    mentions = _french(annotator, "Des hommes armés ont attaqué lundi un poste de police à Ségou. Les policiers "
                                  "ont riposté.\n\nD'après un élu local, l'attaque a fait quatre morts parmi les "
                                  "policiers.")
    attacks = [m for m in mentions if m.event_type == "ASSAULT"]
    assert [(m.evidence.trigger.text, acled_fatalities(m.fatalities)) for m in attacks][:1] == [("attaqué", 4)]
    assert not any(m.evidence.trigger.text == "attaque" for m in attacks)


@pytest.mark.parametrize("text", [
    # near: "une autre attaque" is another incident
    "Des hommes armés ont attaqué lundi un poste de police à Ségou.\n\nUne autre attaque a fait quatre morts "
    "mardi à Bla.",
    # near: no attack told before
    "Les militaires ont arrêté deux suspects à Mopti.\n\nL'attaque a fait quatre morts, selon un élu local.",
])
def test_an_attack_not_told_before_keeps_its_own_toll(annotator, text):  # noqa: ANN001
    mentions = _french(annotator, text)
    assert _assault_tolls(mentions)[-1] == 4
    assert any(m.evidence.trigger.text == "attaque" for m in mentions)


def test_a_sources_bare_participle_toll_is_the_attacks(annotator):  # noqa: ANN001
    """"un responsable local fait état d'une quinzaine de soldats tués, tandis que des
    habitants parlent de vingt-cinq morts": a source's toll of the attack told before, the
    lowest figure kept; no second event."""
    mentions = _french(annotator, "Le poste militaire de Kelbo a été attaqué samedi par des hommes armés.\n\nLe "
                                  "bilan reste flou. Un responsable local fait état d'une quinzaine de soldats tués, "
                                  "tandis que des habitants parlent de vingt-cinq morts.")
    assert [(m.evidence.trigger.text, acled_fatalities(m.fatalities)) for m in mentions
            if m.event_type == "ASSAULT"] == [("attaqué", 15)]


def test_a_participle_with_its_own_agent_and_place_is_an_incident(annotator):  # noqa: ANN001
    """Near: "une quinzaine de soldats tués par des jihadistes à Djibo" tells an incident
    of its own (agent, place): it keeps its toll, the attack before keeps none."""
    mentions = _french(annotator, "Le poste militaire de Kelbo a été attaqué samedi par des hommes armés.\n\n"
                                  "Dimanche, une quinzaine de soldats tués par des jihadistes à Djibo, selon un élu.")
    assert _assault_tolls(mentions) == [None, 15]


def test_summoning_an_ambassador_is_a_diplomatic_protest(annotator):  # noqa: ANN001
    """"convoquer l'ambassadeur": ACCUSE (CAMEO 114, the English "summon ambassador");
    near: a judge summoning witnesses is no event."""
    protest = _french(annotator, "Le ministère nigérien des Affaires étrangères a convoqué mardi l'ambassadeur de "
                                 "France à Niamey.")
    assert [(m.event_type, m.cameo_code) for m in protest] == [("ACCUSE", "114")]
    assert _french(annotator, "Le juge d'instruction a convoqué mardi deux témoins à Niamey.") == []


@pytest.mark.parametrize(("sentence", "dead"), [
    ("Les rebelles affirment avoir abattu un drone de l'armée près de Kidal.", None),
    ("Les rebelles affirment avoir abattu un soldat de l'armée près de Kidal.", 1),  # near: a person
])
def test_an_aircraft_shot_down_is_no_victim(annotator, sentence, dead):  # noqa: ANN001
    assert _killed(annotator, sentence) == dead
