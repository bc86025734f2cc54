"""Figures of a fresh check set as its pin tests compare them (``tests/test_fresh_sets_s18.py``,
``tests/test_fresh_sets_s19.py``): a gold article set, a PLOVER sentence set, an ACLED-style
notes module, each through the whole pipeline and scored by the product's evaluators."""

from __future__ import annotations

from pathlib import Path

from crisisdesk.evaluation.plover import load_plover
from crisisdesk.evaluation.runner import EvalSettings, evaluate_gold, evaluate_plover
from tests.support.acled_notes import field_count, score_notes

#: Gold fields pinned for each fresh gold set (hits of the matched events).
GOLD_FIELDS = ("type", "source", "target", "country", "place", "within_km", "date", "date_precision", "status",
               "claimed_by")


def assert_gold_set_reached(gold_dir: Path, articles: int, required_n: int, pinned: dict[str, int]) -> None:
    """Score ``gold_dir`` (1 worker) and assert: no problem, ``articles`` articles,
    ``required_n`` required events, every field of :data:`GOLD_FIELDS` plus ``required``
    and ``extraction`` at least its ``pinned`` hits, ``spurious`` and ``violations``
    (``not_events`` coded asserted) at most theirs. Raises AssertionError with the figures."""
    result = evaluate_gold(gold_dir, EvalSettings(workers=1))
    summary = result.summary
    assert result.problems == [] and summary["articles"] == articles
    fields = summary["fields"]
    got = {"required": summary["required_recall"]["hits"], "extraction": summary["extraction"]["hits"],
           **{name: fields[name]["hits"] for name in GOLD_FIELDS}}
    assert summary["required_recall"]["n"] == required_n
    assert {k: got[k] >= pinned[k] for k in got} == dict.fromkeys(got, True), got
    assert summary["spurious"] <= pinned["spurious"], summary["spurious"]
    assert summary["not_event_violations"] <= pinned["violations"], summary["not_event_violations"]


def assert_plover_set_reached(path: Path, records: int, targets_n: int, pinned: dict[str, int]) -> None:
    """Score the PLOVER sentences at ``path`` and assert ``records`` records, all typed,
    each with a gold source, ``targets_n`` with a gold target, and type hits (accuracy x
    records), source and target code hits at least ``pinned["type"/"source"/"target"]``."""
    loaded, problems = load_plover(path)
    assert problems == [] and len(loaded) == records
    s = evaluate_plover(path, EvalSettings(progress=None)).summary
    assert s["typed_records"] == records
    got = {"type": round(s["type"]["accuracy"] * records), "source": s["source_code"]["hits"],
           "target": s["target_code"]["hits"]}
    assert (s["source_code"]["n"], s["target_code"]["n"]) == (records, targets_n)
    assert {k: got[k] >= pinned[k] for k in got} == dict.fromkeys(got, True), got


def assert_notes_reached(notes: list[tuple], prefix: str, actor2_n: int, pinned: dict[str, int]) -> None:
    """Code each note as an article (:func:`score_notes`) and assert ``actor2_n`` notes
    with a scored actor2 and event type, sub-event type, fatalities exact, actor1, actor2
    and country hits at least ``pinned`` (keys ``type``, ``sub``, ``fatalities_exact``,
    ``actor1``, ``actor2``, ``country``)."""
    rows = score_notes(notes, prefix)
    got = {"type": sum(r["event_type"] == r["gold_event_type"] for r in rows),
           "sub": sum(r["sub_event_type"] == r["gold_sub_event_type"] for r in rows),
           **{f: field_count(rows, f)[0] for f in ("fatalities_exact", "actor1", "actor2", "country")}}
    assert field_count(rows, "actor2")[1] == actor2_n
    assert {k: got[k] >= pinned[k] for k in got} == dict.fromkeys(got, True), got
