"""Gold files may name a type by its older PLOVER label (``DISAPPROVE``, ``DEMAND``,
``FIGHT``); the gold evaluator accepts the PLOVER 0.8 type it became, as the PLOVER
records' evaluation does (coding issue: DEMAND->REQUEST, FIGHT->ASSAULT,
DISAPPROVE->ACCUSE)."""

from __future__ import annotations

import json

from crisisdesk.evaluation.gold import accepted_types, load_gold


def test_old_labels_bring_their_current_type():
    assert accepted_types(("DISAPPROVE",)) == ("DISAPPROVE", "ACCUSE")
    assert accepted_types(("ACCUSE", "DISAPPROVE", "FIGHT")) == ("ACCUSE", "DISAPPROVE", "FIGHT", "ASSAULT")
    assert accepted_types(("demand",)) == ("demand", "REQUEST")
    assert accepted_types(("SANCTION",)) == ("SANCTION",)


def test_a_gold_file_with_only_disapprove_accepts_accuse(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("Ministers condemned the raid on the market.", encoding="utf-8")
    gold = {"document": "news/a.txt", "reference_time": "2024-05-02T12:00:00+00:00",
            "events": [{"id": "E1", "type": ["DISAPPROVE"], "evidence_contains": "condemned the raid"}],
            "not_events": []}
    path = tmp_path / "gold" / "a.gold.json"
    path.parent.mkdir()
    path.write_text(json.dumps(gold), encoding="utf-8")
    assert load_gold(path).events[0].types == ("DISAPPROVE", "ACCUSE")
