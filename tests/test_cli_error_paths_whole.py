"""An error message names its path whole, on one line, whatever the path's length: a
path folded at 80 columns (rich's width without a terminal) cannot be copied or
grepped. Paths here are made longer than 100 characters on purpose."""

from __future__ import annotations

from typer.testing import CliRunner

from crisisdesk.cli import _register, app
from tests.support.event_rows import build_database

_register()
runner = CliRunner()


def _deep_dir(tmp_path):
    deep = tmp_path / ("a-rather-long-directory-name-" * 3) / ("and-another-level-" * 3)
    deep.mkdir(parents=True)
    return deep


def test_eval_names_a_missing_csv_on_one_line(tmp_path):
    missing = _deep_dir(tmp_path) / "missing-acled-export.csv"
    assert len(str(missing)) > 100
    result = runner.invoke(app, ["eval", "acled", str(missing), "--db", str(tmp_path / "e.db")])
    assert result.exit_code == 2
    error_lines = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(error_lines) == 1 and str(missing) in error_lines[0], result.output


def test_export_names_an_unwritable_output_on_one_line(tmp_path):
    db = tmp_path / "e.db"
    build_database(db, consolidated=True)
    target = _deep_dir(tmp_path) / "not-a-directory"
    target.write_text("a file, so nothing can be written below it", encoding="utf-8")
    output = target / "events.csv"
    result = runner.invoke(app, ["--db", str(db), "export", "--format", "csv", "-o", str(output)])
    assert result.exit_code != 0
    error_lines = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(error_lines) == 1 and str(output) in error_lines[0], result.output
