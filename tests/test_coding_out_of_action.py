"""Military communiques' "mis hors de combat" rendered in English ("put N militants out of
action", "left N jihadists out of combat"): an attack (PLOVER ASSAULT, CAMEO 190), coded by
the lexicon's multi-word verbs whose last word sits three levels below the verb
(put -> out -> of -> action). Sentences written for these tests; real spaCy model."""

from __future__ import annotations

from datetime import date

from tests.support.annotation import code_text


PUB = date(2025, 11, 20)


def coded(annotator, text: str):
    return code_text(annotator, text, PUB)


def test_forces_putting_militants_out_of_action_is_an_assault(annotator):
    found = coded(annotator, "On 5 November, French soldiers put ten jihadists out of action near Menaka.")
    assert [(m.event_type, m.evidence.trigger.text, m.acled_event_type) for m in found] == [
        ("ASSAULT", "put ten jihadists out of action", "Battles")]


def test_an_operation_leaving_militants_out_of_combat_is_an_assault(annotator):
    found = coded(annotator, "The army said its operation near Mopti left 20 militants out of combat.")
    assert [(m.event_type, m.evidence.trigger.text) for m in found] == [("ASSAULT", "left 20 militants out of combat")]


def test_leaving_people_out_of_work_is_no_event(annotator):
    assert coded(annotator, "The closure of the mine left many residents of Sadiola out of work.") == []
