"""ACLED-style notes written in French (``tests/acled_french_notes.py``: 120 notes, Mali,
Burkina Faso and Niger 2020-2025, labelled from the ACLED codebook and committed before
any French event coder was run on them) coded as ``crisisdesk eval acled`` codes a note
(a tiny article published on its event date, scored by
:func:`crisisdesk.evaluation.acled.score_event` through ``tests/support/acled_notes.py``).

The pins are the OUTSIDE MEASURE: the first run of the notes on the French coder of
branch s14-frcode at the time given in :data:`FIRST_RUN` (its code read-only). The lead
re-pins after the merge. Before any French coder no event is coded from a French note,
so every count is 0 there.
"""

from __future__ import annotations

from collections import Counter

import pytest

from crisisdesk.evaluation import acled
from tests.acled_french_notes import NOTES
from tests.support.acled_notes import assert_per_type_reached, field_count, score_notes

#: First run (outside measure), see the module docstring.
FIRST_RUN = "s14-frcode at bc2c96f, 2026-12-01 02:00 UTC"

#: Notes of each ACLED event type whose final type is right, of how many (first run).
#: First run: 92 of 120 (16 notes coded no event).
#: Raised by s14-fr2a and s14-fr2b (in-sample from then on: the notes were read to find
#: faults; only general French rules were fixed) and measured after both merged: 111 of
#: 120 - Battles 23 -> 29 (armed or escorted targets), Violence against civilians 21 -> 26,
#: Protests 10 -> 11, Riots 4 -> 7, Strategic developments 13 -> 17 (new triggers).
#: Raised by s15-fr3b (French roles, triggers, tolls; in-sample): 116 of 120 -
#: Explosions/Remote violence 21 -> 23 (shells fired with no agent, a vehicle that hit a
#: mine), Protests 11 -> 12 (a sit-in), Strategic developments 17 -> 19 (a local
#: agreement, a pact signed by community representatives).
REACHED_PER_TYPE = {"Battles": (29, 29), "Violence against civilians": (26, 26),
                    "Explosions/Remote violence": (23, 23), "Protests": (12, 14), "Riots": (7, 7),
                    "Strategic developments": (19, 21)}

#: Right counts of the other scored fields and how many notes each scores. First run: sub-type
#: 86, fatalities 89, actor1 72, actor2 50, country 103; after s14-fr2a and s14-fr2b (merged,
#: in-sample): 104, 112, 96, 52, 113.
#: After s15-fr3b (in-sample): 109, 117, 101, 58, 117.
REACHED = {"sub_event_type": 109, "fatalities_exact": 117, "actor1": 101, "actor2": 58, "country": 117}
SCORED = {"fatalities_exact": 120, "actor1": 117, "actor2": 92, "country": 120}


@pytest.fixture(scope="module")
def scored_notes() -> list[dict]:
    """One ``score_event`` row per fixture note, coded as the ACLED evaluation codes it."""
    return score_notes(NOTES, "F")


def test_the_french_notes_cover_the_sahel_and_the_sub_event_types():
    subs = Counter(acled.normalise_acled_label(n[3]) for n in NOTES)
    assert len(NOTES) == 120
    assert Counter(n[1] for n in NOTES) == {"MLI": 56, "BFA": 34, "NER": 30}
    assert set(subs) == set(acled.ACLED_NAMES[6:]) - {"Chemical weapon"}  # 24 of the 25 sub-event types
    assert {acled.normalise_acled_label(n[2]) for n in NOTES} == set(acled.ACLED_NAMES[:6])
    assert all("2020-01-01" <= n[0] <= "2025-12-31" for n in NOTES)


def test_event_type_accuracy_per_type_on_french_notes(scored_notes):
    assert_per_type_reached(scored_notes, REACHED_PER_TYPE)


def test_sub_type_fatalities_actors_and_country_on_french_notes(scored_notes):
    counts = {field: field_count(scored_notes, field) for field in SCORED}
    counts["sub_event_type"] = (sum(r["sub_event_type"] == r["gold_sub_event_type"] for r in scored_notes), 120)
    assert {f: counts[f][0] >= n for f, n in REACHED.items()} == dict.fromkeys(REACHED, True), counts
    assert {f: counts[f][1] for f in SCORED} == SCORED
