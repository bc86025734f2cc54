"""A past-tense verb the parser hangs on its own object as a modifier, in a sentence
whose ROOT is the subject noun ("Gunmen on motorbikes targeted army positions": ROOT
"gunmen", "targeted" an amod of "positions"): still the act of the subject on the object
(:func:`crisisdesk.coding.roles.misparsed_object_modifier`); a participle after a
determiner or number stays a state. Sentences written for these tests; real spaCy model."""

from __future__ import annotations

from datetime import date

from tests.support.annotation import code_text


PUB = date(2025, 11, 20)


def coded(annotator, text: str):
    return code_text(annotator, text, PUB)


def test_a_verb_hung_on_its_object_is_the_subjects_act(annotator):
    found = coded(annotator, "Unidentified gunmen on a motorcycle targeted Malian soldiers with gunfire in the area of Gao.")
    assert [(m.event_type, m.evidence.trigger.text) for m in found] == [("ASSAULT", "targeted")]
    assert [a.name.lower() for a in found[0].source_actors] == ["gunmen"]
    assert [a.sector for a in found[0].target_actors] == ["MIL"]
    assert (found[0].acled_event_type, found[0].acled_sub_event_type) == ("Battles", "Armed clash")


def test_a_participle_after_a_determiner_stays_a_state(annotator):
    assert coded(annotator, "The soldiers found the destroyed vehicles near Gao.") == []
