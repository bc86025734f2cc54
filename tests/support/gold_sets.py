"""Checks of a written gold set's files (the shared gold format,
``shared/data/gold/README.md``), for the written-news test modules."""

from __future__ import annotations

import json
import re
from pathlib import Path

from crisisdesk.evaluation.gold import gold_files, load_gold


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).casefold()


def gold_set_counts(gold_dir: Path) -> tuple[int, int, int]:
    """(gold events, required events, ``not_events``) of the gold files under
    ``gold_dir``, asserting that each event's evidence (one of its texts) and each
    ``not_events`` text occurs exactly once in its document (whitespace-normalised,
    case-insensitive), so a sentence is never scored against the wrong passage."""
    events = required = not_events = 0
    for path in gold_files(gold_dir):
        gold = load_gold(path)
        raw = gold.document.read_text(encoding="utf-8")
        body = _norm(json.loads(raw)["text"] if gold.document.suffix == ".json" else raw)
        for event in gold.events:
            assert any(body.count(_norm(t)) == 1 for t in event.evidence), (path.name, event.id)
        for text in gold.not_events:
            assert body.count(_norm(text)) == 1, (path.name, text)
        events += len(gold.events)
        required += sum(e.required for e in gold.events)
        not_events += len(gold.not_events)
    return events, required, not_events
