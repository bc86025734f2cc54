"""Coding ends on sentences whose root is no verb (issue 4; found in session 20, when a fresh
notes set never finished: "No ground assault." after a shelling note looped forever).

spaCy makes a new ``Token`` object at each access, so ``tok.head is tok`` is never true,
even at the root; a climb "up to the nearest verb" that stopped on ``head.head is not
head`` never stopped on a verbless root. Each test runs under the pipeline's own time limit
(:func:`crisisdesk.pipeline.time_limit`) so that a loop fails the test instead of hanging the suite."""

from __future__ import annotations

from datetime import date

import pytest

from crisisdesk.coding.coder import _own_clause_text
from crisisdesk.pipeline import time_limit
from tests.support.annotation import code_text


def test_tokens_are_new_objects_so_identity_never_finds_the_root(annotator):
    root = annotator.nlp("No ground assault.")[2]
    assert (root.dep_, root.head.i == root.i, root.head is root) == ("ROOT", True, False)


def test_the_clause_of_a_verbless_root_is_its_sentence(annotator):
    doc = annotator.nlp("No ground assault.")
    with time_limit(20, "verbless root"):
        assert _own_clause_text(doc[2]) == "No ground assault."


@pytest.mark.parametrize("text", [
    "On 4 May 2020, fighters fired mortar rounds into a market town from its outskirts; 3 children killed. "
    "No ground assault.",
    "On 4 May 2020, gunmen burned a clinic near a river crossing. No casualties. No arrest.",
])
def test_a_note_ending_in_a_verbless_sentence_is_coded(annotator, text):
    with time_limit(60, "verbless note"):
        mentions = code_text(annotator, text, date(2020, 5, 4))
    assert [m.event_type for m in mentions][:1] == ["ASSAULT"]
