"""Filters by place and country names (QA findings): ``--admin1`` is case- and
accent-insensitive in ``events``, ``export`` and ``situation``; ``--country`` takes a
name or a code everywhere; ``events --csv --json`` is refused; ``run`` on an empty
directory says so. Real SQLite files built by ``tests/support/event_rows.py``."""

from __future__ import annotations

import csv
import io
import json

from sqlalchemy import update
from typer.testing import CliRunner

from crisisdesk.cli import _register, app
from crisisdesk.store.models import EventMentionRow, EventRow
from crisisdesk.store.names import country_alpha3, fold_name, matching_names
from tests.support.event_rows import build_database

_register()
runner = CliRunner()


def _segou_database(path, consolidated: bool = False):
    """The support database with the Kayes rows moved to an accented region name."""
    engine = build_database(path, consolidated=consolidated)
    with engine.begin() as conn:
        conn.execute(update(EventMentionRow).where(EventMentionRow.admin1 == "Kayes").values(admin1="Ségou"))
        conn.execute(update(EventRow).where(EventRow.admin1 == "Kayes").values(admin1="Ségou"))
    return engine


def test_fold_name_and_matching():
    assert fold_name("  SÉGOU\u00a0 ") == "segou"
    assert fold_name("Tombouctou") == "tombouctou"
    assert matching_names("segou", ["Bamako", "Ségou"]) == ("Ségou",)
    assert matching_names("tombouct", ["Tombouctou", "Gao"]) == ("Tombouctou",)
    assert matching_names("Kidal", ["Bamako", "Ségou"]) == ()


def test_country_names_and_codes():
    assert country_alpha3("Mali") == "MLI"
    assert country_alpha3("mli") == "MLI"
    assert country_alpha3("ml") == "MLI"
    assert country_alpha3("cote d'ivoire") == "CIV"


def test_events_admin1_without_accent_matches(tmp_path):
    db = tmp_path / "e.db"
    _segou_database(db)
    for spelling in ("Ségou", "Segou", "SEGOU"):
        result = runner.invoke(app, ["events", "--db", str(db), "--admin1", spelling, "--json"])
        assert result.exit_code == 0, result.output
        assert sorted(r["mention_id"] for r in json.loads(result.stdout)) == ["m-ambush", "m-repel"], spelling


def test_admin1_matching_nothing_lists_the_stored_names(tmp_path):
    db = tmp_path / "e.db"
    _segou_database(db)
    result = runner.invoke(app, ["events", "--db", str(db), "--admin1", "Kidal", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
    assert "no event has an admin1 matching 'Kidal'" in result.stderr
    assert "Bamako, Centre, Ségou" in result.stderr


def test_export_admin1_without_accent_and_country_name(tmp_path):
    db = tmp_path / "e.db"
    _segou_database(db)
    segou = runner.invoke(app, ["export", "--db", str(db), "--format", "csv", "--admin1", "segou"])
    assert segou.exit_code == 0, segou.output
    assert len(list(csv.DictReader(io.StringIO(segou.stdout)))) == 2
    for country in ("Mali", "mali", "MLI"):
        mali = runner.invoke(app, ["export", "--db", str(db), "--format", "csv", "--country", country])
        assert mali.exit_code == 0, mali.output
        # the Kayes ambush, the army's response and the Bamako meeting; not Ouagadougou
        assert len(list(csv.DictReader(io.StringIO(mali.stdout)))) == 3, country


def test_situation_admin1_without_accent(tmp_path):
    db = tmp_path / "e.db"
    _segou_database(db, consolidated=True)
    args = ["situation", "--db", str(db), "--since", "2025-11-01", "--until", "2025-11-30", "--json"]
    accented = runner.invoke(app, args + ["--admin1", "Ségou"])
    bare = runner.invoke(app, args + ["--admin1", "Segou", "--country", "Mali"])
    assert accented.exit_code == 0 and bare.exit_code == 0, accented.output + bare.output
    assert json.loads(bare.stdout)["events"] == json.loads(accented.stdout)["events"] == 1


def test_events_csv_and_json_together_is_refused(tmp_path):
    db = tmp_path / "e.db"
    build_database(db)
    result = runner.invoke(app, ["events", "--db", str(db), "--csv", "--json"])
    assert result.exit_code == 2
    assert "--json or --csv" in result.output


def test_run_on_an_empty_directory_says_so(tmp_path):
    empty = tmp_path / "inbox"
    empty.mkdir()
    result = runner.invoke(app, ["run", "--db", str(tmp_path / "r.db"), "--no-nlp", "-q", str(empty)])
    assert result.exit_code == 1
    assert f"nothing to read in {empty}: no readable file" in result.stderr
