"""``crisisdesk run`` stores event mentions and prints the event table; ``crisisdesk
events`` filters them (real SQLite file, real spaCy model, the reference article)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crisisdesk.cli import _register, app

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
ARTICLE = DATA / "news" / "en" / "diasporanewsng-france-mali-drawdown.txt"
pytestmark = pytest.mark.skipif(not ARTICLE.exists(), reason="shared data not available")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    _register()
    path = tmp_path_factory.mktemp("events") / "events.db"
    result = CliRunner().invoke(app, ["run", "--db", str(path), "--fetched-at", "2025-11-22T08:00Z", "-q",
                                      str(ARTICLE)])
    assert result.exit_code == 0, result.output
    assert "event mentions" in result.output and "SANCTION" in result.output
    assert "mentions 0" not in result.output
    return path


def _events(db, *args):
    result = CliRunner().invoke(app, ["events", "--db", str(db), *args])
    return result


def test_events_json_filters_by_type_in_any_vocabulary(db):
    sanctions = json.loads(_events(db, "--json", "--type", "SANCTION").output)
    assert sanctions and all(r["event_type"] == "SANCTION" for r in sanctions)
    by_cameo = json.loads(_events(db, "--json", "--type", "16").output)
    assert {r["mention_id"] for r in by_cameo} == {r["mention_id"] for r in sanctions}
    threats = json.loads(_events(db, "--json", "--type", "13").output)
    assert threats and all(r["cameo_code"].startswith("13") for r in threats)


def test_events_filters_actor_status_country_date_text(db):
    everything = json.loads(_events(db, "--json").output)
    jnim = json.loads(_events(db, "--json", "--actor", "JNIM").output)
    assert jnim and len(jnim) < len(everything)
    assert all("JNIM" in (r["source"] or "") + (r["target"] or "") for r in jnim)
    claimed = json.loads(_events(db, "--json", "--status", "claimed").output)
    assert [r["claimed_by"] for r in claimed] == ["Russian media"]
    asserted = json.loads(_events(db, "--json", "--status", "asserted").output)
    both = json.loads(_events(db, "--json", "--status", "asserted", "--status", "claimed").output)
    assert asserted and len(both) == len(asserted) + len(claimed)  # --status is repeatable: any value
    mali = json.loads(_events(db, "--json", "--country", "Mali").output)
    assert mali and all(r["country"] == "MLI" for r in mali)
    after = _events(db, "--json", "--since", "2026-01-01")  # the period's warning goes to stderr (s12-tester)
    assert json.loads(after.stdout) == [] and "no stored event mention is dated 2026-01-01" in after.stderr
    text = json.loads(_events(db, "--json", "--text", "enemy combatants").output)
    assert text and all("enemy combatants" in r["evidence"] for r in text)


def test_events_csv_and_errors(db):
    out = _events(db, "--csv", "--type", "SANCTION").output
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and rows[0]["event_type"] == "SANCTION" and int(rows[0]["start_char"]) >= 0
    bad = _events(db, "--type", "picnic")
    assert bad.exit_code == 2 and "unknown event type" in bad.output
    bad_status = _events(db, "--status", "rumoured")
    assert bad_status.exit_code == 2
    # "--limit 0" listed every mention (0 read as no limit), "--limit -1" too
    for value in ("0", "-1"):
        bad_limit = _events(db, "--limit", value, "--json")
        assert bad_limit.exit_code == 2 and "--limit" in bad_limit.output
    assert len(json.loads(_events(db, "--limit", "1", "--json").output)) == 1


def test_rerun_does_not_duplicate_mentions(db):
    before = json.loads(_events(db, "--json").output)
    result = CliRunner().invoke(app, ["run", "--db", str(db), "--fetched-at", "2025-11-22T08:00Z", "-q",
                                      str(ARTICLE)])
    assert result.exit_code == 0
    after = json.loads(_events(db, "--json").output)
    assert [r["mention_id"] for r in after] == [r["mention_id"] for r in before]


def test_events_since_takes_periods_like_report_and_export(db):
    dated = json.loads(_events(db, "--json", "--since", "2000-01-01").output)
    assert dated and all(r["event_date"] >= "2000-01-01" for r in dated)
    # the article was fetched on 2025-11-22: its events are older than 30 days today,
    # younger than 100,000 days
    assert json.loads(_events(db, "--json", "--since", "100000d").output) == dated
    recent = _events(db, "--json", "--since", "30d")
    assert json.loads(recent.stdout) == [] and "the stored ones run from 2025-" in recent.stderr
    bad = _events(db, "--since", "yesterday")
    assert bad.exit_code == 2 and "30d" in bad.output
    # reversed dates: an error as in report and export (before: an empty list, exit 0)
    reversed_dates = _events(db, "--json", "--since", "2025-11-30", "--until", "2025-11-01")
    assert reversed_dates.exit_code == 2
    assert "(2025-11-30) is after until" in reversed_dates.output and "(2025-11-01)" in reversed_dates.output


def test_run_prints_only_the_mentions_it_stored_and_caps_the_table(db):
    again = CliRunner().invoke(app, ["run", "--db", str(db), "--fetched-at", "2025-11-22T08:00Z", "-q", str(ARTICLE)])
    assert again.exit_code == 0, again.output
    assert "mentions 0" in again.output and "event mentions" not in again.output  # unchanged: no table

    from rich.console import Console

    from crisisdesk.cli.events import print_run_events
    from crisisdesk.store.db import open_database

    stored = json.loads(_events(db, "--json").output)
    out = io.StringIO()
    print_run_events(open_database(str(db)), 1, Console(file=out, width=200), max_rows=2)
    text = out.getvalue()
    assert f"{len(stored)} event mentions stored by this run (the first 2)" in text
    assert f"... {len(stored) - 2} more, see `crisisdesk events`" in text
