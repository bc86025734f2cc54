"""False-merge scoring on hand-built events; eval_runs recording; README table rewrite."""

from crisisdesk.evaluation.consolidation import false_merge_scores
from crisisdesk.evaluation.history import list_runs, record_run
from crisisdesk.evaluation.report import END_MARKER, START_MARKER, update_readme
from crisisdesk.evaluation.runner import EvalResult
from crisisdesk.store.db import open_database
from tests.eval_helpers import event, mention


def test_false_merges_and_splits_counted_by_hand():
    truth = {"a1": "X", "a2": "X", "a3": "Y", "a4": "Z"}
    events = [
        event("e1", [mention("ASSAULT", "s", article_id="a1"), mention("ASSAULT", "s", article_id="a3")]),  # X+Y merged
        event("e2", [mention("ASSAULT", "s", article_id="a2")]),  # X also here: split
        event("e3", [mention("ASSAULT", "s", article_id="a4"), mention("ASSAULT", "s", article_id="other")]),
    ]
    s = false_merge_scores(events, truth)
    assert s["false_merge"] == {"value": 2 / 3, "hits": 2, "n": 3}
    assert s["split"] == {"value": 1 / 3, "hits": 1, "n": 3}
    assert s["merged_pairs"] == [["X", "Y"]]


def _result(score):
    return EvalResult(kind="plover", data_path="/data/p.json", data_hash="ab" * 32, options={"seed": 1},
                      summary={"type": {"accuracy": score}}, models={"crisisdesk": "0.1.0", "spacy_model": "m"})


def test_runs_are_recorded_and_listed_newest_first(tmp_path):
    engine = open_database(str(tmp_path / "e.db"))
    first = record_run(engine, _result(0.5))
    second = record_run(engine, _result(0.75))
    runs = list_runs(engine)
    assert [r["eval_id"] for r in runs] == [second, first]
    assert runs[0]["scores"]["type"] == {"accuracy": 0.75}
    assert runs[0]["data_hash"] == "ab" * 32 and runs[0]["crisisdesk_version"] == "0.1.0"
    assert list_runs(engine, kind="acled") == []


def test_readme_table_replaced_between_markers(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(f"# x\n\nbefore\n{START_MARKER}\nold\n{END_MARKER}\nafter\n")
    update_readme(readme, "| new |")
    assert readme.read_text() == f"# x\n\nbefore\n{START_MARKER}\n| new |\n{END_MARKER}\nafter\n"
    bare = tmp_path / "B.md"
    bare.write_text("# y\n")
    update_readme(bare, "T")
    assert bare.read_text() == f"# y\n\n## Current scores\n\n{START_MARKER}\nT\n{END_MARKER}\n"
