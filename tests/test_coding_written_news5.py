"""The fifth written-news check set (``tests/fixtures/written_news5``, issue 4): eight
English articles written here of the kinds that measure the product from outside (two
regional or diaspora rewrites of a diplomatic story like the shared reference article,
two open-source investigations like the shared Bellingcat article, an NGO situation
report with a timeline, a wire story on a convoy attack, a think-tank commentary mixing
forecasts with January's events, a local radio transcript with presenter questions).
The gold was committed (ca2b18a) before the pipeline ran on the articles, by a writer who
read no coder source; its first run, at main 94f65f2, is the outside measure pinned here.
No product code was changed with it: the lead re-pins after merging the session's fixes.
"""

from __future__ import annotations

from pathlib import Path

SET_DIR = Path(__file__).parent / "fixtures" / "written_news5"

#: First run at main 94f65f2 (``crisisdesk eval gold tests/fixtures/written_news5/gold``),
#: hits over the number the gold gives (field scores over matched events; type over gold
#: events whose sentence was coded): required 40/47, type 53/60, source 49/53, target
#: 47/53, country 49/53, place name 28/38, within max_km 23/36, date 34/49, date
#: precision 43/49, status 40/49, claimed_by 12/17 (acled_event_type 32/41, not pinned);
#: 38 spurious, 5 not_events violations, extraction checks 33/33.
FIRST_RUN = {"required": 40, "type": 53, "source": 49, "target": 47, "country": 49, "place": 28, "within_km": 23,
             "date": 34, "date_precision": 43, "status": 40, "claimed_by": 12, "spurious": 38, "violations": 5,
             "extraction": 33}
#: What each field is counted over in that run (changes when more events are matched).
FIRST_RUN_N = {"required": 47, "type": 60, "source": 53, "target": 53, "country": 53, "place": 38, "within_km": 36,
               "date": 49, "date_precision": 49, "status": 49, "claimed_by": 17, "extraction": 33}
#: Session 18 (English precision, branch s18-enprec): group names, questions, forecasts,
#: "later that year", a summons to protest, occasion gatherings, topic headings, a
#: bulletin's list of stories, service tallies no longer coded as current events:
#: required 45/47, type 58/60, source 54/58, target 51/58, country 55/58, place 33/43,
#: within max_km 28/41, date 45/54, date precision 51/54, status 46/54, claimed_by 12/17;
#: 17 spurious (main bf84662: 32; 14 after session 19: no ACCUSE of "victims", people neutralised are killed), 0 not_events violations (main: 5), extraction 33/33.
SESSION18 = {"required": 45, "type": 58, "source": 54, "target": 51, "country": 55, "place": 33, "within_km": 28,
             "date": 45, "date_precision": 51, "status": 46, "claimed_by": 12, "spurious": 14, "violations": 0,
             "extraction": 33}
#: The pins: the figures reached in session 18.
PINNED = dict(SESSION18)


def test_fifth_written_news_check_set_figures():
    """The eight articles through the whole pipeline, scored by the gold evaluator: no
    field may fall below its pinned figure, and spurious events and ``not_events``
    violations may not rise above it. Fails when a change loses a required event, a
    field, or adds a spurious event or a violation on these articles."""
    from crisisdesk.evaluation.runner import EvalSettings, evaluate_gold

    result = evaluate_gold(SET_DIR / "gold", EvalSettings(workers=1))
    s, f = result.summary, result.summary["fields"]
    assert result.problems == [] and s["articles"] == 8
    assert s["required_recall"]["n"] == FIRST_RUN_N["required"]
    assert s["required_recall"]["hits"] >= PINNED["required"], s["required_recall"]
    for name in ("type", "source", "target", "country", "place", "within_km", "date", "date_precision", "status",
                 "claimed_by"):
        assert f[name]["hits"] >= PINNED[name], (name, f[name])
    assert s["extraction"]["n"] == FIRST_RUN_N["extraction"] and s["extraction"]["hits"] >= PINNED["extraction"]
    assert s["spurious"] <= PINNED["spurious"], s["spurious"]
    assert s["not_event_violations"] <= PINNED["violations"], s["not_event_violations"]


def test_fifth_written_news_gold_files_are_well_formed():
    """Every gold file reads, names an existing document, and each evidence text and
    ``not_events`` text occurs exactly once in its document (whitespace-normalised,
    case-insensitive), so a sentence is never scored against the wrong passage: 65 events,
    47 required, 48 ``not_events``."""
    from tests.support.gold_sets import gold_set_counts

    assert gold_set_counts(SET_DIR / "gold") == (65, 47, 48)
