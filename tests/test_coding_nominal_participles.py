"""A past participle used as a noun for people ("the wounded", "the injured", "the
abducted") names the people an event hurt, not an event of its own; the same verbs in a
clause stay triggers. Sentences written for these tests; real spaCy model and annotation
stage (the session ``annotator`` fixture)."""

from __future__ import annotations

from datetime import date

from tests.support.annotation import code_text

PUB = date(2026, 3, 14)


def triggers(annotator, text: str) -> list[tuple[str, str]]:
    return [(m.event_type, m.evidence.trigger.text) for m in code_text(annotator, text, PUB)]


def test_people_named_by_a_participle_are_no_assault(annotator):
    text = ("Peacekeepers later evacuated the wounded to the regional hospital.\n\n"
            "Aid workers treated the injured at a clinic in the town.")
    # before: ('ASSAULT', 'wounded') and ('ASSAULT', 'injured'), Violence against civilians - Attack
    assert ("ASSAULT", "wounded") not in triggers(annotator, text)
    assert ("ASSAULT", "injured") not in triggers(annotator, text)


def test_the_verbs_in_a_clause_stay_triggers(annotator):
    text = ("Gunmen wounded a guard near the checkpoint on Monday.\n\n"
            "Three herders were injured when a mine exploded on the track.")
    found = triggers(annotator, text)
    assert ("ASSAULT", "wounded") in found
    assert ("ASSAULT", "injured") in found
