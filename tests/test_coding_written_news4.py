"""The fourth written-news check set (``tests/fixtures/written_news4``, issue 4): eight
English articles written here of the kinds that measure the product from outside (two
diaspora-site rewrites of a diplomatic story like the shared reference article, two
open-source investigations like the shared Bellingcat article, a UN flash update, a
Burkina Faso wire story, a consultancy weekly brief, a long feature mixing 2012-2023
history with this week's events). The gold was committed (cc720c6) before the pipeline
ran on the articles; its first run, at main 19c654f, is the outside measure pinned here.
No product code was changed with it: the lead re-pins after merging the session's fixes.
"""

from __future__ import annotations

from pathlib import Path

#: First run at main 19c654f (``crisisdesk eval gold tests/fixtures/written_news4/gold``),
#: hits over the number the gold gives (field scores over matched events; type over gold
#: events whose sentence was coded): required 39/42, type 49/51, source 44/49, target
#: 45/49, country 46/47, place name 30/40, within max_km 23/31, date 41/48, date
#: precision 43/48, status 37/48, claimed_by 9/15; 32 spurious, 7 not_events violations,
#: extraction checks 34/36.
FIRST_RUN = {"required": 39, "type": 49, "source": 44, "target": 45, "country": 46, "place": 30, "within_km": 23,
             "date": 41, "date_precision": 43, "status": 37, "claimed_by": 9, "spurious": 32, "violations": 7,
             "extraction": 34}
#: At-least pins after session 15 round 2 (s15-r2news, on s15-int): required 40/42,
#: type 50/51, source 45/50, target 46/50, country 47/48, place 31/41, within max_km
#: 23/31, date 41/49, precision 44/49, status 38/49, claimed_by 9/15; 24 spurious,
#: 7 violations, extraction 34/36. (Date 42 and status 39 in round 2 came from a
#: future-cue rule searched over the whole sentence, reverted in the fix round: it
#: made past acts threatened and a year late.) Session 16 (s16-future, acts to come read on
#: the trigger's own verb in the parse): date 41 -> 42, status 38 -> 39 (R7 "are scheduled
#: to meet in Bamako on 22 November" threatened on 22 November 2025, was asserted 2024),
#: spurious 24 -> 23 and violations 7 -> 6 ("plan to distribute food ... next week" is the
#: aid to come, threatened, an excused not_event; was an asserted AGREE).
#: Raised in session 16 by s16-enclaim (English claims, dates, footage, evacuation flights):
#: required 41/42, source 47, target 47, date 44, status 40, claimed_by 11/15, spurious 21.
#: Both merged (s16-int): date 45/50, status 41/50, spurious 20, violations 5.
PINNED = {"required": 41, "type": 51, "source": 47, "target": 47, "country": 48, "place": 32, "within_km": 23,
          "date": 45, "date_precision": 46, "status": 41, "claimed_by": 11, "spurious": 20, "violations": 5,
          "extraction": 34}
#: What each field is counted over in that run (changes when more events are matched).
FIRST_RUN_N = {"required": 42, "type": 51, "source": 49, "target": 49, "country": 47, "place": 40, "within_km": 31,
               "date": 48, "date_precision": 48, "status": 48, "claimed_by": 15, "extraction": 36}


def test_fourth_written_news_check_set_figures():
    """The eight articles through the whole pipeline, scored by the gold evaluator: no
    field may fall below its first-run figure, and spurious events and ``not_events``
    violations may not rise above it. Fails when a change loses a required event, a
    field, or adds a spurious event or a violation on these articles."""
    from crisisdesk.evaluation.runner import EvalSettings, evaluate_gold

    result = evaluate_gold(Path(__file__).parent / "fixtures" / "written_news4" / "gold", EvalSettings(workers=1))
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


def test_fourth_written_news_gold_files_are_well_formed():
    """Every gold file reads, names an existing document, and each evidence text occurs in
    its document (whitespace-normalised, case-insensitive): 55 events, 42 required, 46
    ``not_events``."""
    import json
    import re

    from crisisdesk.evaluation.gold import gold_files, load_gold

    def norm(text: str) -> str:
        return re.sub(r"\s+", " ", text).casefold()

    events = required = not_events = 0
    for path in gold_files(Path(__file__).parent / "fixtures" / "written_news4" / "gold"):
        gold = load_gold(path)
        raw = gold.document.read_text(encoding="utf-8")
        body = norm(json.loads(raw)["text"] if gold.document.suffix == ".json" else raw)
        for event in gold.events:
            assert any(norm(t) in body for t in event.evidence), (path.name, event.id)
        for text in gold.not_events:
            assert norm(text) in body, (path.name, text)
        events += len(gold.events)
        required += sum(e.required for e in gold.events)
        not_events += len(gold.not_events)
    assert (events, required, not_events) == (55, 42, 46)
