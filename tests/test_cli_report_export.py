"""The ``report`` and ``export`` commands end to end (Typer runner, real SQLite file)."""

from __future__ import annotations

import csv
from pathlib import Path

from typer.testing import CliRunner

from crisisdesk.cli import _register, app
from tests.support.event_rows import build_database

_register()
runner = CliRunner()


def test_export_command_writes_the_filtered_file(tmp_path):
    db = tmp_path / "e.db"
    build_database(db, consolidated=True)
    out = tmp_path / "mali.csv"
    result = runner.invoke(app, ["--db", str(db), "export", "--format", "acled", "--country", "MLI", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["event_id_cnty"] for r in rows] == ["evt-kayes"]


def test_bad_filter_and_format_exit_2_with_reason(tmp_path):
    db = tmp_path / "e.db"
    build_database(db)
    bad_country = runner.invoke(app, ["export", "--db", str(db), "--format", "csv", "--country", "Atlantis"])
    assert bad_country.exit_code == 2 and "unknown country 'Atlantis'" in bad_country.output
    bad_format = runner.invoke(app, ["export", "--db", str(db), "--format", "xml"])
    assert bad_format.exit_code == 2 and "unknown format 'xml'" in bad_format.output


def test_report_command_prints_the_html_path_last(tmp_path):
    db = tmp_path / "e.db"
    build_database(db, consolidated=True)
    out = tmp_path / "sitrep" / "mali.html"
    result = runner.invoke(app, ["report", "--db", str(db), "--country", "MLI", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().splitlines()[-1] == str(out.resolve())
    assert "Situation report: MLI" in out.read_text(encoding="utf-8")
    assert Path(out.with_suffix(".md")).read_text(encoding="utf-8").startswith("# Situation report: MLI")


def test_acled_export_codes_a_vague_toll_with_acleds_figure(tmp_path, monkeypatch):
    """"killing dozens of soldiers": the stored toll is the word's literal floor (at
    least 24) and the word is stored with it; the ACLED export writes ACLED's figure
    for "dozens", 12 (ACLED FAQ on fatalities), where it wrote 24; csv keeps 24."""
    import json

    from sqlalchemy.orm import Session

    from crisisdesk.store.db import open_database
    from crisisdesk.store.models import EventMentionRow

    monkeypatch.setenv("CRISISDESK_RAW_DIR", str(tmp_path / "raw"))
    db = tmp_path / "vague.db"
    text = tmp_path / "boni.txt"  # our own sentence
    text.write_text("Army camp attacked near Boni\n\nJNIM fighters attacked an army camp near Boni on "
                    "Tuesday, killing dozens of soldiers, the army said.\n", encoding="utf-8")
    ran = runner.invoke(app, ["--db", str(db), "run", "--quiet", "--fetched-at", "2025-11-20T08:00Z", str(text)])
    assert ran.exit_code == 0, ran.output
    with Session(open_database(str(db))) as session:
        [mention] = session.query(EventMentionRow).all()
        assert (mention.fatalities_min, mention.fatalities_max, mention.fatalities_vague) == (24, None, ["dozens"])
    acled_out, csv_out, jsonl_out = tmp_path / "a.csv", tmp_path / "e.csv", tmp_path / "e.jsonl"
    for fmt, out in (("acled", acled_out), ("csv", csv_out), ("jsonl", jsonl_out)):
        result = runner.invoke(app, ["--db", str(db), "export", "--format", fmt, "-o", str(out)])
        assert result.exit_code == 0, result.output
    [row] = list(csv.DictReader(acled_out.open(encoding="utf-8")))
    assert row["fatalities"] == "12"
    assert "Reported fatalities: dozens (at least 24 read literally; 12 by ACLED's figures for vague tolls)" in row["notes"]
    [plain] = list(csv.DictReader(csv_out.open(encoding="utf-8")))
    # the open range "at least 24" stays open through consolidation (no invented upper bound)
    assert (plain["fatalities_min"], plain["fatalities_max"], plain["fatalities_vague"]) == ("24", "", "dozens")
    [record] = [json.loads(line) for line in jsonl_out.read_text(encoding="utf-8").splitlines()]
    assert (record["fatalities_min"], record["fatalities_vague"]) == (24, ["dozens"])


def test_export_and_report_refuse_an_unknown_event_type(tmp_path):
    # "--type Battle" (for Battles) wrote an empty export and an empty report, exit 0
    from typer.testing import CliRunner

    from crisisdesk.cli import _register, app

    _register()
    db = str(tmp_path / "events.db")
    build_database(tmp_path / "events.db", consolidated=True)
    runner = CliRunner()
    bad = runner.invoke(app, ["export", "--db", db, "-f", "csv", "--type", "Battle"])
    assert bad.exit_code == 2 and "unknown event type 'Battle'" in bad.output
    report = runner.invoke(app, ["report", "--db", db, "--type", "ASSUALT", "-o", str(tmp_path / "r.html")])
    assert report.exit_code == 2 and "unknown event type 'ASSUALT'" in report.output
    good = runner.invoke(app, ["export", "--db", db, "-f", "csv", "--type", "battles"])
    assert good.exit_code == 0 and good.output.count("\n") >= 2


def test_export_and_report_to_an_unwritable_path_say_so_without_a_traceback(tmp_path):
    # s12-tester: `export -o /proc/x.csv`, `-o DIR` and `report -o DIR` ended in a Python traceback
    db = tmp_path / "e.db"
    build_database(db, consolidated=True)
    a_file = tmp_path / "plain.txt"
    a_file.write_text("x", encoding="utf-8")
    for args, where in ((["export", "-f", "csv", "-o", str(tmp_path)], str(tmp_path)),
                        (["export", "-f", "acled", "-o", str(a_file / "out.csv")], str(a_file)),
                        (["report", "-o", str(tmp_path)], str(tmp_path)),
                        (["report", "-o", str(a_file / "r.html")], str(a_file))):
        result = runner.invoke(app, ["--db", str(db), *args])
        assert result.exit_code == 1, (args, result.output)
        assert isinstance(result.exception, SystemExit), (args, result.exception)
        assert "cannot write" in result.output and where in result.output.replace("\n", ""), result.output


def test_a_period_that_misses_every_stored_event_is_named_with_the_stored_dates(tmp_path):
    # s12-tester: the README's `report --country MLI --since 30d` on make run's articles gave
    # "0 events" without a word once the articles were older than 30 days
    db = tmp_path / "e.db"
    build_database(db, consolidated=True)
    for args in (["events", "--until", "2000-01-01"], ["export", "-f", "csv", "--until", "2000-01-01"],
                 ["report", "--until", "2000-01-01", "-o", str(tmp_path / "r.html")]):
        result = runner.invoke(app, ["--db", str(db), *args])
        assert result.exit_code == 0, (args, result.output)
        out = result.output.replace("\n", " ")
        assert "warning: no stored event mention is dated … to 2000-01-01: the stored ones run from 2025-" in out, out
    kept = runner.invoke(app, ["--db", str(db), "events", "--since", "2000-01-01"])
    assert kept.exit_code == 0 and "warning" not in kept.output


def test_export_to_dash_writes_stdout_not_a_file_named_dash(tmp_path, monkeypatch):
    # `export -o -` wrote a file called "-" in the working directory (one was committed by
    # accident in 506ff59); '-' is stdout, as for most Unix tools
    db = tmp_path / "e.db"
    build_database(db, consolidated=True)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["--db", str(db), "export", "--format", "acled", "--country", "MLI", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "-").exists()
    assert "evt-kayes" in result.stdout and result.stdout.startswith("event_id_cnty,")


def test_a_missing_folder_in_o_is_created_and_the_readme_says_so(tmp_path):
    # s13 trial: the code created missing folders while the README said a missing place was an
    # error; decided: create them (a scheduled export into a new dated folder needs no mkdir)
    db = tmp_path / "e.db"
    build_database(db, consolidated=True)
    out = tmp_path / "new" / "2025-11" / "mali.csv"
    result = runner.invoke(app, ["--db", str(db), "export", "-f", "acled", "-o", str(out)])
    assert result.exit_code == 0 and out.is_file(), result.output
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "a read-only or missing place) gives `error: cannot write" not in readme
    assert "A missing folder in `-o` is created, for `export` and `report` alike" in readme
