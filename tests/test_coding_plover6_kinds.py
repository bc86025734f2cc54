"""Kinds of source-actor miss the sixth written PLOVER set (``tests/fixtures/plover_written6.json``,
first run at main f73980f: type 127/160, source code 124/160, target 73/131) showed, one
test per kind, each with a sentence written here (not the fixture's) that fails on main:

- dictionary facts: seats of government GeoNames leaves out (Malabo) and capitals the press
  writes with diacritics (Lomé, Malé), regional development banks and the CPLP as IGOs,
  RENAMO and the EZLN, demonyms of small states (Comoran, Seychellois, Surinamese);
- a capital that opens a sentence before its finite verb is the subject even when the
  parser labels it otherwise;
- "a spokesman for <body or state>" is that body or state speaking (not "envoy for").
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.support.annotation import actor_codes, first_of_type

PUB = date(2011, 4, 12)


def first(annotator, text: str, event_type: str):
    return first_of_type(annotator, text, PUB, event_type)


@pytest.mark.parametrize("text, event_type, source", [
    ("The Bissau government said on Monday that Malabo had expelled three of its diplomats.", "COERCE", "GNQ"),
    ("Lomé accused Accra of sheltering the plotters on Monday.", "ACCUSE", "TGO"),
    ("Malé rejected the offer of a naval base on Friday.", "REJECT", "MDV"),
])
def test_seats_of_government_and_accented_capitals_are_their_states(annotator, text, event_type, source):
    assert actor_codes(first(annotator, text, event_type).source_actors) == [source]


@pytest.mark.parametrize("text, event_type, source", [
    ("The African Development Bank suspended its loans to Madagascar after the coup.", "SANCTION", "IGOAFRADB"),
    ("The Community of Portuguese Language Countries condemned the coup in Bissau on Friday.", "ACCUSE", "IGOCPL"),
    ("RENAMO's spokesman accused the ruling party of fraud on Sunday.", "ACCUSE", "MOZREB"),
    ("The Comoran government rejected the plan on Tuesday.", "REJECT", "COMGOV"),
])
def test_named_bodies_and_demonyms_of_the_sixth_set_kinds(annotator, text, event_type, source):
    assert actor_codes(first(annotator, text, event_type).source_actors) == [source]


def test_a_capital_opening_the_sentence_before_its_verb_is_the_subject(annotator):
    # the parser labels "Windhoek" an interjection here (advmod, INTJ)
    m = first(annotator, "Windhoek defended Harare's fuel deal on Friday.", "SUPPORT")
    assert actor_codes(m.source_actors) == ["NAM"]


def test_a_capital_after_a_preposition_stays_a_place(annotator):
    m = first(annotator, "Officials in Lomé said the talks had failed, and police arrested two students.", "COERCE")
    assert "TGO" not in actor_codes(m.source_actors)


@pytest.mark.parametrize("text, event_type, source", [
    ("A spokeswoman for the Southern African Development Community condemned the arrests in Maseru on Friday.",
     "ACCUSE", "IGOSAFSAD"),
])
def test_a_spokesperson_for_a_body_is_that_body(annotator, text, event_type, source):
    assert actor_codes(first(annotator, text, event_type).source_actors) == [source]


def test_a_spokesperson_for_a_state_is_its_government(annotator):
    # already right on main (kept as a control of the same construction with a state)
    m = first(annotator, "A spokesman for Kenya rejected the report on Monday.", "REJECT")
    assert actor_codes(m.source_actors) == ["KENGOV"]


def test_an_envoy_for_a_state_is_not_that_state(annotator):
    m = first(annotator, "The UN envoy for Libya met rebel commanders on Monday.", "CONSULT")
    assert actor_codes(m.source_actors) == ["IGOUNO"]

