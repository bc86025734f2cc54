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
