"""Who reports an event is the subject right before a final reporting verb, even when
the parser hangs a second subject on that verb from inside the report ("..., most of
them women, from X late on Tuesday, residents said"). Sentences written for these
tests; real spaCy model and annotation stage (the session ``annotator`` fixture)."""

from __future__ import annotations

from datetime import date

from tests.support.annotation import code_text

PUB = date(2026, 3, 12)


def reporters(annotator, text: str) -> list[tuple[str, str | None]]:
    return [(m.evidence.trigger.text, m.reported_by) for m in code_text(annotator, text, PUB)]


def test_the_subject_next_to_the_reporting_verb_reports(annotator):
    text = ("Armed bandits kidnapped 27 people, most of them women, from Kasuwar Daji village in "
            "Zamfara State in northwestern Nigeria late on Tuesday, residents said on Wednesday.")
    # before: reported_by 'most of them women, from Kasuwar Daji village in Zamfara State
    # in northwestern Nigeria late on Tuesday' (the parser's first subject of 'said')
    assert reporters(annotator, text) == [("kidnapped", "residents")]


def test_a_single_subject_still_reports(annotator):
    text = "Police officers said gunmen abducted two teachers from a school near Gusau on Monday."
    assert reporters(annotator, text) == [("abducted", "Police officers")]
