"""Session 21's fresh check set (issue 4), written and committed by a writer who read no
coder source, before the product ran on it:

- ``tests/acled_notes8.py``: 200 ACLED-style notes on Mali 2017-2019, the distribution of
  the held-out split of ``acled_mali_2017_2019.csv`` (types in the proportions of its
  training split), labelled from the ACLED codebook with notes6/notes7's conventions.

FIRST_RUN holds the set's first run at main 8293d26 (2026-12-02, 16:50 UTC): the outside
measure of the product as session 20 left it. PINNED holds the values reached after the
session's merges; pins may only be raised.
"""

from __future__ import annotations

from tests.support.fresh_sets import assert_notes_reached

#: acled_notes8 at 8293d26: event_type 183/200 (0.915), sub_event_type 180, fatalities exact
#: 177/200, actor1 160/200, actor2 137/189, country 173/200 (date exact 163/200, not pinned).
NOTES8_FIRST_RUN = {"type": 183, "sub": 180, "fatalities_exact": 177, "actor1": 160, "actor2": 137, "country": 173}
#: After s21-notes8 (ground assaults with mortars or car bombs, overrun-and-left raids,
#: hedged subjects, livestock, signed commitments, weapons handed over, self-dispersal;
#: the notes scored as incident-log entries dated by their event, as ``eval acled`` does):
#: event_type 191, sub 190, fatalities 181, actor1 164, actor2 138, country 177 (date exact
#: 191/200). The set was read while fixing these causes: it is IN-SAMPLE from then on, no
#: longer an outside measure.
NOTES8_PINNED = {"type": 191, "sub": 190, "fatalities_exact": 181, "actor1": 164, "actor2": 138, "country": 177}


def test_notes8_figures():
    from tests.acled_notes8 import NOTES

    assert len(NOTES) == 200
    assert_notes_reached(NOTES, "N", 189, NOTES8_PINNED)
