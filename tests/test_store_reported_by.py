"""Who reports an event (``reported_by``, ``reported_by_code``) is stored with each
mention and event, listed by ``crisisdesk events`` (--json, --csv, the table and a
--reported-by filter) and written into the ACLED export's notes; a database made
before the columns existed gains them when opened. Real SQLite files, the real
pipeline (spaCy model, annotator, coder) and an article written for this test."""

from __future__ import annotations

import csv
import io
import json

import pytest
from alembic import command
from sqlalchemy import inspect
from typer.testing import CliRunner

from crisisdesk.cli import _register, app
from crisisdesk.store.db import alembic_config, open_database

ARTICLE = ("Gunmen killed four traders near Nioro du Sahel on Friday, the army said.\n\n"
           "According to JNIM, its fighters ambushed an army patrol near Boni on Sunday.\n")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    _register()
    folder = tmp_path_factory.mktemp("reported_by")
    article = folder / "attribution.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    path = folder / "events.db"
    result = CliRunner().invoke(app, ["run", "--db", str(path), "--fetched-at", "2025-11-24T08:00Z", "-q",
                                      str(article)])
    assert result.exit_code == 0, result.output
    return path, article


def _events(path, *args):
    result = CliRunner().invoke(app, ["events", "--db", str(path), *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_events_json_and_csv_carry_who_reports(db):
    path, _ = db
    records = json.loads(_events(path, "--json", "--type", "ASSAULT"))
    by_trigger = {r["trigger"]: r for r in records}
    kill, ambush = by_trigger["killed"], by_trigger["ambushed"]
    assert (kill["status"], kill["claimed_by"], kill["reported_by"], kill["reported_by_code"]) == \
        ("asserted", None, "the army", "MLIMIL")
    assert (ambush["status"], ambush["claimed_by"], ambush["reported_by"], ambush["reported_by_code"]) == \
        ("claimed", "JNIM", "JNIM", "JNIM")
    rows = list(csv.DictReader(io.StringIO(_events(path, "--csv", "--type", "ASSAULT"))))
    assert {(r["trigger"], r["reported_by"], r["reported_by_code"]) for r in rows} >= {
        ("killed", "the army", "MLIMIL"), ("ambushed", "JNIM", "JNIM")}
    table = _events(path, "--type", "ASSAULT")
    assert "per the army" in table and "by JNIM" in table


def test_events_filter_on_who_reports(db):
    path, _ = db
    army = json.loads(_events(path, "--json", "--reported-by", "MLIMIL"))
    assert [r["trigger"] for r in army] == ["killed"]
    assert [r["trigger"] for r in json.loads(_events(path, "--json", "--reported-by", "army"))] == ["killed"]
    assert json.loads(_events(path, "--json", "--reported-by", "residents")) == []


def test_rerun_keeps_one_mention_per_report(db):
    path, article = db
    before = json.loads(_events(path, "--json"))
    result = CliRunner().invoke(app, ["run", "--db", str(path), "--fetched-at", "2025-11-24T08:00Z", "-q",
                                      str(article)])
    assert result.exit_code == 0, result.output
    after = json.loads(_events(path, "--json"))
    assert [(r["mention_id"], r["reported_by"]) for r in after] == [(r["mention_id"], r["reported_by"])
                                                                    for r in before]


def test_acled_export_notes_say_who_reports_and_keep_the_outlet_as_source(db, tmp_path):
    path, _ = db
    out = tmp_path / "acled.csv"
    result = CliRunner().invoke(app, ["export", "--db", str(path), "-f", "acled", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    notes = [r["notes"] for r in rows]
    assert any("Nioro" in n and "According to the army." in n for n in notes), notes
    assert any("Claimed by JNIM." in n and "According to" not in n for n in notes), notes
    assert not any("army" in (r.get("source") or "").lower() for r in rows)


def test_a_database_of_the_previous_revision_gains_the_columns(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    command.upgrade(alembic_config(url), "0005")
    engine = open_database(url)
    for table in ("events", "event_mentions"):
        columns = {c["name"] for c in inspect(engine).get_columns(table)}
        assert {"reported_by", "reported_by_code"} <= columns, table


def test_the_web_event_page_and_api_say_who_reports(db):
    from fastapi.testclient import TestClient

    from crisisdesk.web.app import create_app

    path, _ = db
    client = TestClient(create_app(open_database(str(path))))
    events = client.get("/api/events", params={"limit": 50}).json()["items"]
    army = [e for e in events if e.get("reported_by") == "the army"]
    assert len(army) == 1 and army[0]["reported_by_code"] == "MLIMIL" and army[0]["status"] == "asserted"
    page = client.get(f"/events/{army[0]['event_id']}").text
    assert "Reported by" in page and "the army (MLIMIL)" in page
