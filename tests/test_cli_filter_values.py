"""Filter values a new user types (session-15 tester): ``--status`` in any case, a
``--since`` shaped like a date the calendar refuses, and the ``consolidate`` help's
account of when ``run`` consolidates. Real SQLite files from ``tests/support/event_rows.py``
(one mention, ``m-repel``, is claimed; the others asserted)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from crisisdesk.cli import _register, app
from crisisdesk.cli.filters import normalize_statuses
from crisisdesk.consolidate.update import BATCH_ARTICLES
from crisisdesk.store.queries import QueryError, parse_since
from tests.support.event_rows import build_database

_register()
runner = CliRunner()


def test_normalize_statuses():
    assert normalize_statuses(["CLAIMED", " Negated "]) == ("claimed", "negated")
    assert normalize_statuses(None) == ()


@pytest.mark.parametrize("spelling", ["claimed", "CLAIMED", "Claimed"])
def test_events_status_any_case(tmp_path, spelling):
    """``--status CLAIMED`` was refused ("unknown status 'CLAIMED'", exit 2)."""
    db = tmp_path / "e.db"
    build_database(db)
    result = runner.invoke(app, ["events", "--db", str(db), "--status", spelling, "--json"])
    assert result.exit_code == 0, result.output
    assert [r["mention_id"] for r in json.loads(result.stdout)] == ["m-repel"]


def test_export_status_any_case(tmp_path):
    db = tmp_path / "e.db"
    build_database(db)
    result = runner.invoke(app, ["export", "--db", str(db), "-f", "csv", "--status", "CLAIMED"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["status"] for r in rows] == ["claimed"]


def test_unknown_status_still_refused(tmp_path):
    db = tmp_path / "e.db"
    build_database(db)
    result = runner.invoke(app, ["events", "--db", str(db), "--status", "Rumoured", "--json"])
    assert result.exit_code == 2
    assert "unknown status 'rumoured'" in result.output


@pytest.mark.parametrize(("value", "reason"), [("2025-13-01", "month must be in 1..12"),
                                               ("2025-02-30", "day is out of range for month")])
def test_since_impossible_date_says_so(value, reason):
    """A date the calendar refuses was told "cannot read '2025-13-01' as a period: use
    e.g. 30d ..." as if a period had been meant."""
    with pytest.raises(QueryError) as error:
        parse_since(value)
    assert str(error.value) == f"{value!r} is not a calendar date: {reason}"


def test_since_other_text_still_asks_for_a_period():
    with pytest.raises(QueryError, match="cannot read 'last week' as a period"):
        parse_since("last week")


def test_events_since_impossible_date_message(tmp_path):
    db = tmp_path / "e.db"
    build_database(db)
    result = runner.invoke(app, ["events", "--db", str(db), "--since", "2025-13-01"])
    assert result.exit_code == 2
    assert "is not a calendar date" in result.output
    assert "as a period" not in result.output


def test_consolidate_help_names_the_batch():
    """The help said ``run`` consolidates "after each article"; it does so every
    ``BATCH_ARTICLES`` stored articles and at the end (a run killed after 19 articles
    left 57 mentions and no event)."""
    result = runner.invoke(app, ["consolidate", "--help"], terminal_width=200)
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    assert "after each article" not in text
    assert f"every {BATCH_ARTICLES} stored articles" in text


def _goita_database(path, consolidated: bool = False):
    """The support database with the protest's source an accented name (written here)."""
    from sqlalchemy import update

    from crisisdesk.store.models import EventMentionRow
    from tests.support.event_rows import actor

    engine = build_database(path, consolidated=consolidated)
    with engine.begin() as conn:
        conn.execute(update(EventMentionRow).where(EventMentionRow.mention_id == "m-protest").values(
            source_actors=[actor("Colonel Assimi Goïta", "MLIGOV", "GOV")]))
    return engine


def test_actor_spellings(tmp_path):
    from crisisdesk.cli.filters import actor_spellings

    engine = _goita_database(tmp_path / "e.db")
    assert actor_spellings(engine, "assimi goita") == ("Assimi Goïta",)
    assert actor_spellings(engine, "Goïta") == ()  # matches as typed
    assert actor_spellings(engine, "Nobody") == ()


@pytest.mark.parametrize("spelling", ["Goïta", "Goita", "assimi goita", "GOITA"])
def test_events_actor_without_accent_matches(tmp_path, spelling):
    """``--actor "Assimi Goita"`` matched nothing (and warned) while the stored name is
    "Colonel Assimi Goïta"; ``--admin1 Segou`` already found Ségou."""
    db = tmp_path / "e.db"
    _goita_database(db)
    result = runner.invoke(app, ["events", "--db", str(db), "--actor", spelling, "--json"])
    assert result.exit_code == 0, result.output
    assert [r["mention_id"] for r in json.loads(result.stdout)] == ["m-protest"]
    assert "warning" not in result.output


@pytest.mark.parametrize("consolidated", [False, True])
def test_export_actor_without_accent_matches(tmp_path, consolidated):
    db = tmp_path / "e.db"
    _goita_database(db, consolidated=consolidated)
    result = runner.invoke(app, ["export", "--db", str(db), "-f", "jsonl", "--actor", "Goita"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [r["mention_id"] for r in rows] == ["m-protest"]


@pytest.mark.parametrize(("query", "expected"), [
    ("actor=Goita", ["m-protest"]), ("actor=assimi%20goita", ["m-protest"]), ("actor=Nobody", []),
    ("status=CLAIMED", ["m-repel"]), ("status=Claimed", ["m-repel"]),
])
def test_web_api_actor_accents_and_status_case(tmp_path, query, expected):
    """The API's ``actor=Goita`` gave no event and ``status=CLAIMED`` a 422, as the
    command line did."""
    from fastapi.testclient import TestClient

    from crisisdesk.web.app import create_app

    client = TestClient(create_app(_goita_database(tmp_path / "e.db")))
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 200, response.text
    assert [item["mention_id"] for item in response.json()["items"]] == expected


def test_run_fetched_at_error_names_the_option(tmp_path):
    """``--fetched-at yesterday`` said "Invalid value: not an ISO 8601 date-time" without
    naming the option."""
    page = tmp_path / "page.txt"
    page.write_text("Gunmen attacked a checkpoint near the town on Sunday, officials said.", encoding="utf-8")
    result = runner.invoke(app, ["run", "--db", str(tmp_path / "r.db"), str(page), "--fetched-at", "yesterday"],
                           terminal_width=200)
    assert result.exit_code == 2
    text = " ".join(result.output.split())
    assert "Invalid value for --fetched-at: not an ISO 8601 date-time: 'yesterday'" in text


@pytest.mark.parametrize("command", [["events", "--json"], ["export", "-f", "csv"]])
def test_type_digits_starting_no_cameo_code_refused(tmp_path, command):
    """``--type 999`` gave an empty list (exit 0) while ``--type FOO`` was refused."""
    db = tmp_path / "e.db"
    build_database(db)
    result = runner.invoke(app, [command[0], "--db", str(db), *command[1:], "--type", "999"], terminal_width=200)
    assert result.exit_code == 2, result.output
    assert "no CAMEO code starts with '999'" in " ".join(result.output.split())


def test_type_cameo_prefix_still_works(tmp_path):
    db = tmp_path / "e.db"
    build_database(db)
    result = runner.invoke(app, ["events", "--db", str(db), "--type", "19", "--json"])
    assert result.exit_code == 0, result.output


def test_web_api_type_digits_starting_no_cameo_code_is_422(tmp_path):
    from fastapi.testclient import TestClient

    from crisisdesk.web.app import create_app

    client = TestClient(create_app(build_database(tmp_path / "e.db")))
    response = client.get("/api/events?type=999")
    assert response.status_code == 422
    assert "no CAMEO code starts with '999'" in response.text
    assert client.get("/api/events?type=19").status_code == 200
