"""The evidence-text filter sets accents aside, as ``--admin1`` and ``--actor`` do:
``crisisdesk events --text segou`` finds a sentence that writes "Ségou" and ``--text
ségou`` one that writes "Segou" (both matched nothing before session 18), in ``crisisdesk
events``, the event view (report, export, situation) and the API's ``q``. Sentences
written for this test."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from crisisdesk.cli import app
from crisisdesk.cli.events import EventFilter as MentionFilter
from crisisdesk.cli.events import query_mentions
from crisisdesk.store import queries
from crisisdesk.store.db import open_database
from crisisdesk.store.queries import EventFilter, text_spellings
from crisisdesk.web.app import create_app
from tests.support.event_rows import BAMAKO, article_row, mention_row

ACCENTED = "Gunmen burned two granaries outside Ségou on Friday."
PLAIN = "Herders fled Segou after the raid on the cattle market."
NEAR = "Farmers met the prefect in Sikasso to discuss 50% of the harvest."
SENTENCES = {"m-accented": ACCENTED, "m-plain": PLAIN, "m-near": NEAR}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("text") / "t.db"
    engine = open_database(str(path))
    with Session(engine) as session:
        for n, (mention_id, sentence) in enumerate(SENTENCES.items()):
            article_id = f"art-{n}"
            session.add(article_row(article_id, sentence, "Brief", f"https://news.example.org/{n}",
                                    "news.example.org", datetime(2025, 11, 20 + n, 9, 0, tzinfo=timezone.utc)))
            session.add(mention_row(mention_id, article_id, sentence, sentence, sentence.split()[1],
                                    event_date=date(2025, 11, 20 + n), time_precision="day", **BAMAKO))
        session.commit()
    engine.dispose()
    return path


def _cli_ids(db, text: str) -> list[str]:
    result = CliRunner().invoke(app, ["--db", str(db), "events", "--json", "--text", text])
    assert result.exit_code == 0, result.output
    return sorted(r["mention_id"] for r in json.loads(result.output))


@pytest.mark.parametrize("query", ["segou", "Ségou", "SEGOU", "ségou"])
def test_events_text_matches_either_spelling(db, query):
    assert _cli_ids(db, query) == ["m-accented", "m-plain"]


def test_events_text_near_queries_do_not_match(db):
    assert _cli_ids(db, "segous") == []
    assert _cli_ids(db, "Sikassó") == ["m-near"]  # accents optional both ways, the word still counts
    assert _cli_ids(db, "50%") == ["m-near"]
    assert _cli_ids(db, "5_%") == []  # LIKE's wildcards are literal: no "50%" match through "_"


def test_text_spellings_are_the_stored_stretches(db):
    engine = open_database(str(db))
    assert text_spellings(engine, "segou") == ("segou", "Ségou")
    assert text_spellings(engine, "Ségou") == ("Ségou", "segou")  # "segou" finds the plain sentence
    assert text_spellings(engine, "granaries") == ("granaries",)
    assert text_spellings(engine, None) == ()


def test_view_and_mentions_filter_alike(db):
    engine = open_database(str(db))
    spellings = text_spellings(engine, "segou")
    assert queries.count_events(engine, EventFilter(text="segou", text_spellings=spellings)) == 2
    assert queries.count_events(engine, EventFilter(text="segou")) == 1  # as typed: the plain one only
    assert [m.mention_id for m in query_mentions(engine, MentionFilter(text="segou", text_spellings=spellings))] \
        == ["m-accented", "m-plain"]


def test_api_q_sets_accents_aside(db):
    client = TestClient(create_app(open_database(str(db))))
    response = client.get("/api/events", params={"q": "segou"})
    assert response.status_code == 200, response.text
    assert response.json()["total"] == 2
    assert client.get("/api/events", params={"q": "Sikassó"}).json()["total"] == 1


def test_text_filter_on_sqlite_and_postgresql(db_url):
    """The same spellings and matches on both backends (PostgreSQL counts a non-ASCII
    sentence's bytes with ``octet_length``, SQLite by its BLOB length)."""
    engine = open_database(db_url)
    with Session(engine) as session:
        for n, (mention_id, sentence) in enumerate(SENTENCES.items()):
            session.add(article_row(f"art-{n}", sentence, "Brief", f"https://news.example.org/{n}",
                                    "news.example.org", datetime(2025, 11, 20 + n, 9, 0, tzinfo=timezone.utc)))
            session.add(mention_row(mention_id, f"art-{n}", sentence, sentence, sentence.split()[1],
                                    event_date=date(2025, 11, 20 + n), time_precision="day", **BAMAKO))
        session.commit()
    for query in ("segou", "SÉGOU"):
        spellings = text_spellings(engine, query)
        assert queries.count_events(engine, EventFilter(text=query, text_spellings=spellings)) == 2, query
        found = query_mentions(engine, MentionFilter(text=query, text_spellings=spellings))
        assert [m.mention_id for m in found] == ["m-accented", "m-plain"], query
    assert queries.count_events(engine, EventFilter(text="5_%", text_spellings=text_spellings(engine, "5_%"))) == 0
    engine.dispose()
