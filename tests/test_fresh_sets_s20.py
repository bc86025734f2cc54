"""Session 20's three fresh check sets (issue 4), each written and committed by a writer who
read no coder source, before the product ran on it:

- ``tests/fixtures/written_news8``: 7 English articles (a Cabo Delgado insurgency report, a
  Zamfara/Katsina banditry page with its site chrome, a Somalia wire story, a Burkina Faso
  army communiqué, an eastern DRC NGO press release, a Mali fuel-blockade weekly security
  brief in bullets, a Niger/Benin border analysis with a long historical recap); 85 gold
  events, 54 required, 87 ``not_events``.
- ``tests/fixtures/plover_written7.json``: 160 PLOVER sentences, 10 per type, 2000-2025,
  countries the six earlier sets used least; 116 with a hard source, 134 with a target.
- ``tests/acled_notes7.py``: 200 ACLED-style notes (Mali 2022-2025, Lake Chad basin
  2018-2024), labelled from the ACLED codebook with notes5/notes6's conventions.

FIRST_RUN holds each set's first run at main 9885926 (2026-12-02, 13:10-13:58 UTC): the
outside measure of the product as session 19 left it. PINNED holds the values reached
after the session's merges; pins may only be raised.
"""

from __future__ import annotations

from pathlib import Path

from tests.support.fresh_sets import assert_gold_set_reached, assert_notes_reached, assert_plover_set_reached
from tests.support.gold_sets import gold_set_counts

FIXTURES = Path(__file__).parent / "fixtures"

#: written_news8 at 9885926: hits (of n) - required 44/54, type 64/68, source 58/63, target
#: 55/63, country 61/63, place 34/63, within_km 27/58, date 47/62, date_precision 47/62,
#: status 58/63, claimed_by 9/15, extraction 30/39; 33 spurious, 10 violations.
WRITTEN_NEWS8_FIRST_RUN = {"required": 44, "type": 64, "source": 58, "target": 55, "country": 61, "place": 34,
                           "within_km": 27, "date": 47, "date_precision": 47, "status": 58, "claimed_by": 9,
                           "extraction": 30, "spurious": 33, "violations": 10}
#: After the session's merges (s20-int; s20-news8fix read the set, which is in-sample from
#: then on): required 51/54, type 71, source 65, target 61, country 68, place 38, within_km
#: 28, date 53, date_precision 53, status 65, claimed_by 10; spurious 21, violations 0.
WRITTEN_NEWS8_PINNED = {**WRITTEN_NEWS8_FIRST_RUN, "required": 51, "type": 71, "source": 65, "target": 61,
                        "country": 68, "place": 38, "within_km": 28, "date": 53, "date_precision": 53, "status": 65,
                        "claimed_by": 10, "spurious": 21, "violations": 0}

#: plover_written7 at 9885926: type 105/160 (0.656), source code 103/160 (0.644), target code
#: 63/134: the lowest first run of the seven PLOVER sets (deliveries of aid, suspensions and
#: expulsions, concessions to protesters, joint police work were mostly not coded).
PLOVER7_FIRST_RUN = {"type": 105, "source": 103, "target": 63}
#: After s20-plover7fix (its engineer read the set) and s20-plover: type 133 (0.831), source
#: 119 (0.744), target 79.
#: Raised by s21-plover (unnamed local participants take the focus country; IRA/INLA/FLNC/Polisario, press and aid NGOs, Interpol/Europol; UK nations and other regions): type 134 at main 8293d26; source 119 -> 125, target 79 -> 82.
PLOVER7_PINNED = {"type": 134, "source": 125, "target": 82}

#: acled_notes7 at 9885926 + the verbless-root loop fix (8d9e93d; at 9885926 itself the run never
#: ended: note 179 looped forever): event_type 174/200 (0.87), sub_event_type 163, fatalities
#: exact 174/200, actor1 147/200, actor2 129/185, country 179/200. The lowest first run of the
#: notes sets written so far, near the held-out ACLED split's 0.891.
NOTES7_FIRST_RUN = {"type": 174, "sub": 163, "fatalities_exact": 174, "actor1": 147, "actor2": 129, "country": 179}
#: After s20-notes7fix (its engineer read the set: convoys of armed forces, "under escort", car
#: bomb then assault, trucks burned with no one hurt): event_type 179, sub 168; others unchanged.
NOTES7_PINNED = {**NOTES7_FIRST_RUN, "type": 179, "sub": 168}
#: After s21-acled (session 21; its engineer read the set's misses: air-supported ground
#: troops, an "air component", a bomber shot before detonating, a grenade that "exploded",
#: bombers among the dead, "shot them", people "taken away", a base "seized", a place
#: entered after a withdrawal with no fighting; lexicon: an envoy ordered out, a square
#: filled by a crowd, a merger announced, a force settling in a base): event_type 189,
#: sub 182, fatalities exact 178, actor1 149, actor2 130, country 182.
NOTES7_PINNED = {**NOTES7_PINNED, "type": 189, "sub": 182, "fatalities_exact": 178, "actor1": 149, "actor2": 130,
                 "country": 182}


def test_written_news8_is_well_formed():
    assert gold_set_counts(FIXTURES / "written_news8" / "gold") == (85, 54, 87)


def test_written_news8_figures():
    """The English set through the whole pipeline, scored by the gold evaluator: no field
    below its pin, spurious events and violations not above theirs."""
    assert_gold_set_reached(FIXTURES / "written_news8" / "gold", 7, 54, WRITTEN_NEWS8_PINNED)


def test_plover_written7_figures():
    assert_plover_set_reached(FIXTURES / "plover_written7.json", 160, 134, PLOVER7_PINNED)


def test_notes7_figures():
    from tests.acled_notes7 import NOTES

    assert len(NOTES) == 200
    assert_notes_reached(NOTES, "N", 185, NOTES7_PINNED)
