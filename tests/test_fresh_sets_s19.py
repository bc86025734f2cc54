"""Session 19's three fresh check sets (issue 4), each written and committed by a writer who
read no coder source, before the product ran on it:

- ``tests/fixtures/written_news7``: 7 English articles (a Niger wire story with an ISSP
  claim, a Borno local news page with its site chrome, a UN-style flash update on North
  Darfur, a Benin government press release, an explainer on a drone strike near
  Tinzaouaten and the Mali-Algeria quarrel, a Port Sudan live blog, an opinion column on
  Chad and the MNJTF); 80 gold events, 51 required, 90 ``not_events``.
- ``tests/fixtures/plover_written6.json``: 160 PLOVER sentences, 10 per type, 1995-2024,
  countries the earlier sets used least; 110 with a hard source.
- ``tests/acled_notes6.py``: 200 ACLED-style notes (Mali 2017-2021, Burkina Faso
  2019-2023, Niger 2019-2024), labelled from the ACLED codebook with notes5's conventions.

FIRST_RUN holds each set's first run at main c6fde82 (2026-12-02, 09:50-10:05 UTC): the
outside measure of the product as session 18 left it. PINNED holds the values reached
after the session's merges; pins may only be raised.
"""

from __future__ import annotations

from pathlib import Path

from tests.support.fresh_sets import assert_gold_set_reached, assert_notes_reached, assert_plover_set_reached
from tests.support.gold_sets import gold_set_counts

FIXTURES = Path(__file__).parent / "fixtures"

#: written_news7 at c6fde82: hits (of n) - required 36/51, type 55/70, source 41/45, target
#: 29/45, country 44/45, place 26/43, within_km 15/43, date 31/45, date_precision 32/45,
#: status 39/45, claimed_by 3/6, extraction 27/33; 46 spurious, 10 violations.
WRITTEN_NEWS7_FIRST_RUN = {"required": 36, "type": 55, "source": 41, "target": 29, "country": 44, "place": 26,
                           "within_km": 15, "date": 31, "date_precision": 32, "status": 39, "claimed_by": 3,
                           "extraction": 27, "spurious": 46, "violations": 10}
#: After the session's merges (s19-int: English leftovers, news7 kinds by an engineer who read
#: the set, ACLED notes kinds, French tolls, PLOVER actors; and the gold evaluator accepting
#: ACCUSE where a gold event lists only the older DISAPPROVE, F6 and B9): required 44/51,
#: type 63, source 50, target 35, country 55, place 31, within_km 18, date 40, date_precision
#: 40, status 47; spurious 31, violations 7. The set is in-sample from then on.
#: Session 20 (s20-english): status 47 -> 49 (aid announced by its donor is asserted),
#: spurious 31 -> 30 and violations 7 -> 6 (the Borno page's "Related Posts" links dropped).
#: Session 21 (s21-english: a bare "drones" is no actor, so the Port Sudan depot strikes F1/F2
#: match with an unknown source): required 44 -> 45, type 63 -> 65, source 50 -> 52, country
#: 55 -> 56, date and date_precision 40 -> 42, status 49 -> 51; spurious 30 (two drone strikes
#: no longer spurious, the Benin release's curfew and motorcycle ban now coded with no source).
#: Session 21 (s21-gold, the denial convention: optional REJECT C13, D12): spurious 30 -> 28,
#: violations 6 -> 4.
WRITTEN_NEWS7_PINNED = {**WRITTEN_NEWS7_FIRST_RUN, "required": 45, "type": 65, "source": 52, "target": 35,
                        "country": 56, "place": 31, "within_km": 18, "date": 42, "date_precision": 42, "status": 51,
                        "spurious": 28, "violations": 4}

#: plover_written6 at c6fde82: type 127/160 (0.794), source code 124/160 (0.775), target code 73/131.
PLOVER6_FIRST_RUN = {"type": 127, "source": 124, "target": 73}
#: After s19-plover6fix (capitals with diacritics, Malabo, regional bodies, a capital opening
#: the sentence, "a spokesman for X"): type 129, source 137 (0.856), target 73.
#: Session 20 (s20-plover: backers, bare "force", rebels against their own state, accents):
#: source 137 -> 139, target 73 -> 74.
#: Raised by s20-plover7fix (resignations bowing to protesters, deliveries, peacekeepers,
#: riots by demonstrators): type 137 measured with curfews eased as RETREAT (dropped: the
#: PLOVER dev gold codes them CONCEDE; the two records go back), so 135; source 140, target 73.
#: Raised by s21-plover (unnamed local participants take the focus country; IRA/INLA/FLNC/Polisario, press and aid NGOs, Interpol/Europol; UK nations and other regions): source 140 -> 143, target 74 -> 78.
PLOVER6_PINNED = {"type": 135, "source": 143, "target": 78}

#: acled_notes6 at c6fde82: event_type 188/200, sub_event_type 183, fatalities exact 174/200,
#: actor1 156/200, actor2 123/180, country 154/200.
NOTES6_FIRST_RUN = {"type": 188, "sub": 183, "fatalities_exact": 174, "actor1": 156, "actor2": 123, "country": 154}
#: After s19-notes6fix (its engineer read the set) and s19-notesfix: event_type 199, sub 194,
#: fatalities 180, actor1 162, actor2 127, country 158.
NOTES6_PINNED = {"type": 199, "sub": 194, "fatalities_exact": 180, "actor1": 162, "actor2": 127, "country": 158}


def test_written_news7_is_well_formed():
    assert gold_set_counts(FIXTURES / "written_news7" / "gold") == (82, 51, 90)


def test_written_news7_figures():
    """The English set through the whole pipeline, scored by the gold evaluator: no field
    below its pin, spurious events and violations not above theirs."""
    assert_gold_set_reached(FIXTURES / "written_news7" / "gold", 7, 51, WRITTEN_NEWS7_PINNED)


def test_plover_written6_figures():
    assert_plover_set_reached(FIXTURES / "plover_written6.json", 160, 131, PLOVER6_PINNED)


def test_notes6_figures():
    from tests.acled_notes6 import NOTES

    assert len(NOTES) == 200
    assert_notes_reached(NOTES, "N", 180, NOTES6_PINNED)
