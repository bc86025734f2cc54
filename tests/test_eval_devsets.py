"""Each evaluation kind on the shared development data, through the real pipeline.

The data is read from ``../shared/data`` (never copied). Figures are pinned at the
values reached (``>=``) so that they cannot fall unnoticed; the full ACLED run belongs
to ``make eval``, here a fixed sample keeps the suite fast.
"""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from crisisdesk.evaluation import acled, plover
from crisisdesk.evaluation.runner import (
    EvalSettings,
    code_acled,
    evaluate_acled,
    evaluate_case2021,
    evaluate_consolidation,
    evaluate_gold,
    evaluate_plover,
)

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
ACLED_CSV = DATA / "acled" / "acled_mali_2017_2019.csv"
PLOVER_JSON = DATA / "plover" / "plover_gsr_dev.json"

# ACLED held-out figures reached (crisisdesk eval acled, headline; README "Event coding")
EVENT_TYPE_HELD_OUT = 0.891  # 0.8912 (565 of 634; session 19 integration: English, French, notes and notes6 rules, chosen on fresh written sets with in-sample rows unchanged, measured once on held-out: 566 -> 565, pin lowered and said in the closing note, not tuned); 0.8927 = the rules alone (session 12 integration: s12-roles rules chosen on training counts, 0 training rows changed, measured once on held-out: 567 -> 566, kept as the tuning rule says); 0.8943 = the rules alone (session 9 integration: s9-victims, s9-remote, s9-riots, s9-protest rules and the retrained classifier; 567 of 634); 0.8927 (s9-victims alone: armed people abducted are Battles, ACLED coders' remarks in notes read; 566 of 634); 0.8896 = the rules alone (session 8, s8-model: delexicalised classifier chosen by out-of-fold and temporal figures, 1 held-out note fewer than the lexical model, lowered from 0.89 for that note); 0.891 (session 7 integration: s7 rules, retrained classifier; 0.888 session 6, 0.874 session 5, 0.841 the session before)
SUB_TYPE_HELD_OUT = 0.876  # 0.8769 (session 10, s10-rules: lowered from 0.878 for one held-out note, an abduction whose sentence names a beating as the motive, now Attack by the abduction-with-harm rule, which the training split supports 7 of 7 and 3 of 3 and which gained 6 training sub-types; rules alone event_type unchanged); 0.8785 (session 9 integration); 0.8753 (session 9, s9-victims); 0.8720 (session 8 s8-model, delexicalised classifier; 0.8716 session 7 integration; 0.873 session 6, 0.859 session 5, 0.825 the session before, 0.791 before that)
FATALITIES_HELD_OUT = 0.929  # 0.929 (589; session 16: the English restated-toll guard, s16-enclaim, fixed 3 training rows, lost 1 and lost 1 held-out row, measured once; pin lowered and said in the closing note); 0.932 (session 9 integration); 0.931 (session 7 integration; 0.929 session 6; 0.927 session 5; 0.893 the session before, 0.834 before that)
DATE_HELD_OUT = 0.96  # 0.967 (session 7 integration; 0.965 sessions 5 and 6; 0.938 the session before, 0.926 before that)
RULES_EVENT_TYPE_HELD_OUT = 0.891  # 0.8912 (session 19 integration, 565 of 634, as above); 0.8927 (session 12 integration, s12-roles: 566 of 634); 0.8943 (session 9 integration); 0.8927 (session 9, s9-victims); 0.8896 (session 7 integration; 0.886 session 6, 0.856 session 5, 0.792 the session before, 0.762 before that)

pytestmark = pytest.mark.skipif(not DATA.is_dir(), reason="shared data directory not beside the repository")


@pytest.fixture(scope="module")
def settings():
    return EvalSettings(workers=1)


def test_acled_dev_file_reads_as_2046_events():
    events, problems = acled.load_acled(ACLED_CSV)
    assert problems == []
    assert len(events) == 2046  # 3,837 rows, deduplicated on event_id_cnty
    assert sum(1 for e in events if e.actor2) == 1791  # events with two rows = two actors
    assert {e.iso3 for e in events} == {"MLI"}


def test_plover_dev_file_reads_with_old_labels_mapped():
    records, problems = plover.load_plover(PLOVER_JSON)
    assert problems == []
    assert len(records) == 161  # 162 records minus the DOCUMENT record
    assert sum(1 for r in records if r.event_type is None) == 4  # INVESTIGATE, scored apart
    assert not {"DEMAND", "FIGHT", "DISAPPROVE"} & {r.event_type for r in records}


def test_gold_dev_articles(settings):
    result = evaluate_gold(DATA / "gold", settings)
    s = result.summary
    assert s["articles"] == 2 and s["required_recall"]["n"] == 13  # 8 Bellingcat + 5 DiasporaNewsNG required events
    assert s["extraction"]["value"] >= 1.0  # reached: 18/18 extraction checks
    # reached with the event coder (with and without the annotation stage):
    assert s["required_recall"]["value"] >= 1.0  # 13/13
    assert s["spurious"] <= 20
    assert s["not_event_violations"] <= 0
    f = s["fields"]
    assert f["source"]["value"] >= 1.0
    # dates: 12 of 13 matched events (was 12 of 12). The miss is B11 (optional), matched
    # since s3-plover codes its source (Colonel Assimi Goïta, people list -> MLIGOV) and
    # dated 22 Sep from "the night before Independence Day on Sep. 22" (gold: 21 Sep) -
    # a time-expression reading left to the owners of annotate/times.py / placetime.py
    assert f["date"]["hits"] >= 12 and f["date"]["n"] - f["date"]["hits"] <= 1
    # 17/18: the one miss is E7 (optional), "the withdrawal of the Wagner Group earlier this
    # year" in a report about this week, which the gold file calls asserted and issue 4
    # (and QA) call historical - the coder follows the issue
    assert f["status"]["value"] >= 17 / 18
    assert f["type"]["value"] >= 0.95 and f["claimed_by"]["value"] >= 1.0
    assert result.problems == []


@pytest.fixture(scope="module")
def acled_sample_coding(settings):
    """The 300-event sample's notes coded once for the acled and consolidation kinds."""
    return code_acled(ACLED_CSV, settings, sample=300, seed=5)


def test_acled_dev_sample(settings, acled_sample_coding):
    result = evaluate_acled(ACLED_CSV, settings, sample=300, seed=5, geocoding=False, coding=acled_sample_coding)
    s = result.summary
    assert s["split"]["all"] == 300 and s["events_in_file"] == 2046
    assert s["events"] == s["split"]["held_out"] and s["in_sample"]["events"] == s["split"]["in_sample"]
    assert s["split"]["held_out"] + s["split"]["in_sample"] == 300
    assert len(result.problems) <= 5  # reached: up to 5 notes failing in the NLP stages
    # held-out part of the sample: reached 0.641 (50/78; s10-actors: actor1 is the long
    # export's first row, names as our ACLED export writes them; was 0.385)
    assert s["actor1"]["value"] >= 0.64


def test_acled_dev_held_out(settings):
    """The headline: the 634 events the ACLED classifier was not trained on."""
    result = evaluate_acled(ACLED_CSV, settings, split="held-out", geocoding=False)
    s = result.summary
    assert s["events"] == s["split"]["held_out"] == 634 and s["in_sample"] is None
    assert len(result.problems) <= 2
    # reached (rules + classifier; event_type goal 0.90 not reached; sub-type 0.80, fatalities 0.90, date 0.95 reached):
    assert s["event_type"]["accuracy"] >= EVENT_TYPE_HELD_OUT
    assert s["sub_event_type"]["weighted_f1"] >= SUB_TYPE_HELD_OUT
    assert s["fatalities_exact"]["value"] >= FATALITIES_HELD_OUT
    assert s["date_exact"]["value"] >= DATE_HELD_OUT
    # the rules alone on the same events, for comparison:
    assert s["rules_alone"]["event_type_accuracy"] >= RULES_EVENT_TYPE_HELD_OUT


def test_consolidation_of_the_acled_sample_merges_no_distinct_events(settings, acled_sample_coding):
    result = evaluate_consolidation(ACLED_CSV, settings, coding=acled_sample_coding)
    s = result.summary
    assert s["events"] == 300 and s["false_merge"]["n"] >= 270  # events with coded mentions (280 reached)
    # reached: 0 of 280 (the full file: 1.9 %, 35 of 1,837, `crisisdesk eval consolidation`)
    assert s["false_merge"]["hits"] <= 0
    assert s["reference_coding"]["hits"] <= 2  # ACLED's own coding of the same 300 events (2 reached)


def test_plover_dev_records(settings):
    result = evaluate_plover(PLOVER_JSON, settings)
    s = result.summary
    assert (s["records"], s["typed_records"], s["investigate"]["n"]) == (161, 157, 4)
    # reached with the annotation stage (s2-plover: was 0.535 / 0.431): goal 0.80 / 0.80
    # reached 0.828 (130/157); 0.834 (131/157) before session 8 gave "retake" the trigger of CAMEO 192
    # "Occupy territory" (COERCE/seize per CAMEO2PLOVER-2021): one gold record of forces taking back a village after a fight is FIGHT there
    assert s["type"]["accuracy"] >= 0.828
    assert s["source_code"]["value"] >= 0.81  # reached 0.812 (130/160; s3-plover: was 0.738)
    assert s["target_code"]["value"] >= 0.58  # reached 0.580 (83/143; s13-plover: 76 before; s3-plover: was 0.469)
    assert (s["source_code"]["n"], s["target_code"]["n"]) == (160, 143)  # records with a gold source, target code
    assert result.problems == []


def test_case2021_sample_joined_with_labels(settings):
    result = evaluate_case2021(DATA / "case2021" / "sample_input.txt", settings, labels=DATA / "case2021" / "sample_output.txt")
    s = result.summary
    assert (s["snippets"], s["labelled"]) == (5, 5)
    assert [r["gold"] for r in result.details] == ["MOB_VIOL", "VIOL_DEMONSTR", "MOB_VIOL", "ARMED_CLASH", "FORCE_AGAINST_PROTEST"]
    assert s["classification"]["weighted_f1"] >= 0.13  # reached: 1 of the 5 snippets
    assert s["best_published_weighted_f1"] == 0.839


def test_cli_records_run_and_history(tmp_path):
    from crisisdesk.cli import _register, app

    _register()
    db = str(tmp_path / "e.db")
    report = tmp_path / "r.md"
    runner = CliRunner()
    case = DATA / "case2021"
    predictions = tmp_path / "pred.tsv"
    out = runner.invoke(app, ["eval", "case2021", str(case / "sample_input.txt"), "--labels", str(case / "sample_output.txt"),
                              "--predictions", str(predictions), "--db", db, "--workers", "1", "--report", str(report), "--json"])
    assert out.exit_code == 0, out.output
    assert '"kind": "case2021"' in out.stdout
    assert report.read_text().startswith("# crisisdesk eval case2021")
    assert [line.split("\t")[0] for line in predictions.read_text().splitlines()] == ["1", "2", "3", "4", "5"]
    history = runner.invoke(app, ["eval", "history", "--db", db, "--json"])
    assert history.exit_code == 0 and '"kind": "case2021"' in history.stdout
    bad = runner.invoke(app, ["eval", "acled", str(tmp_path / "missing.csv"), "--db", db])
    assert bad.exit_code == 2 and "missing.csv" in bad.output


def test_eval_all_rewrites_the_readme_table(tmp_path):
    from crisisdesk.cli import _register, app

    _register()
    readme = tmp_path / "README.md"
    readme.write_text("# x\n\n<!-- scores:start -->\nstale figures\n<!-- scores:end -->\ntail\n")
    out = CliRunner().invoke(app, ["eval", "all", "--data", str(DATA), "--readme", str(readme), "--acled-sample", "20", "--no-geocoding",
                                   "--db", str(tmp_path / "e.db"), "--workers", "1", "--report-dir", str(tmp_path / "r")])
    assert out.exit_code == 0, out.output
    text = readme.read_text()
    assert "stale figures" not in text and text.endswith("<!-- scores:end -->\ntail\n")
    for kind in ("gold", "acled", "consolidation", "case2021", "plover"):
        assert f"| {kind}: `" in text
        assert (tmp_path / "r" / f"eval-{kind}.md").is_file()
    assert "| | best published weighted F1 | 0.839 |" in text.replace("|  |", "| |")
