"""``--recode`` beyond ``crisisdesk run``: the web ingest path (``"recode": true`` in the
posted JSON), ``crisisdesk backfill --recode`` (the merge of a partition's SQLite file)
and the refusal of ``--recode`` with ``--no-nlp`` on every command that has both. All
go through ``RunOptions.recode`` / ``store.repository.replace_mentions`` (one
implementation). Coding is a stub here (one mention per article, no spaCy model);
``watch --recode`` is in tests/test_watch.py."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from crisisdesk.backfill import merge_database
from crisisdesk.pipeline import Stages
from crisisdesk.records import Article, Evidence, EventMention
from crisisdesk.store import repository
from crisisdesk.store.db import open_database
from crisisdesk.store.models import EventMentionRow
from crisisdesk.web.app import create_app

TOKEN = "recode-token"
TEXT = "Gunmen attacked a market in Gao on Friday, residents said."


def _stub(event_type: str, calls: list[str]) -> Stages:
    def code(article):
        calls.append(article.article_id)
        return [EventMention(mention_id=f"m-{article.article_id[:8]}-{event_type}", article_id=article.article_id,
                             event_type=event_type, evidence=Evidence(article.text[:20], 0, 20))]

    return Stages(code=code)


def _mention_types(engine) -> list[str]:
    with Session(engine) as session:
        return sorted(session.scalars(select(EventMentionRow.event_type)))


def test_web_ingest_recodes_a_posted_text_stored_already(tmp_path):
    engine = open_database(str(tmp_path / "web.db"))
    app = create_app(engine, token=TOKEN)
    calls: list[str] = []
    app.state.ingestor._stages = _stub("ASSAULT", calls)
    writer = TestClient(app)
    headers = {"Authorization": f"Bearer {TOKEN}"}
    body = {"text": TEXT, "url": "https://news.example.org/gao"}
    assert writer.post("/api/articles", json=body, headers=headers).json()["detail"]["stored"] == 1
    app.state.ingestor._stages = _stub("FIGHT", calls)  # "the rules changed"
    plain = writer.post("/api/articles", json=body, headers=headers).json()
    assert plain["detail"]["unchanged"] == 1 and len(calls) == 1
    assert _mention_types(engine) == ["ASSAULT"]
    recoded = writer.post("/api/articles", json={**body, "recode": True}, headers=headers)
    assert recoded.status_code == 201, recoded.text
    assert (recoded.json()["detail"]["recoded"], recoded.json()["mentions"]) == (1, 1)
    assert _mention_types(engine) == ["FIGHT"]  # replaced, not added


def _article() -> Article:
    return Article(article_id="c" * 64, text=TEXT, content_hash="d" * 64, source_uri="gao.txt",
                   fetched_at=datetime(2025, 11, 12, 8, tzinfo=timezone.utc))


def _mention(mention_id: str, event_type: str) -> EventMention:
    return EventMention(mention_id=mention_id, article_id="c" * 64, event_type=event_type,
                        evidence=Evidence(TEXT[:20], 0, 20))


def test_backfill_merge_with_recode_replaces_the_mentions_of_an_unchanged_article(tmp_path):
    """A partition file starts empty, so its pipeline run stores the article as new;
    the merge is where the re-coding happens (before, --recode did not exist there and
    the merge left the stored mentions: same text, nothing written)."""
    target = open_database(str(tmp_path / "target.db"))
    repository.save_article(target, _article(), [_mention("m-kept", "ASSAULT"), _mention("m-old", "ASSAULT")])
    part = tmp_path / "part.db"
    repository.save_article(open_database(str(part)), _article(),
                            [_mention("m-kept", "ASSAULT"), _mention("m-new", "FIGHT")])
    plain = merge_database(f"sqlite:///{part}", target, None)
    assert (plain["articles"], plain["recoded"], plain["mentions"]) == (0, 0, 0)
    assert _mention_types(target) == ["ASSAULT", "ASSAULT"]
    recoded = merge_database(f"sqlite:///{part}", target, None, recode=True)
    assert (recoded["articles"], recoded["recoded"], recoded["mentions"]) == (0, 1, 2)
    assert recoded["article_ids"] == ["c" * 64]
    with Session(target) as session:
        stored = sorted(session.execute(select(EventMentionRow.mention_id, EventMentionRow.event_type)).all())
    assert stored == [("m-kept", "ASSAULT"), ("m-new", "FIGHT")]


@pytest.mark.parametrize("command", [["run", "x.txt"], ["watch", "sources.txt", "--once"], ["backfill", "x.warc"]])
def test_recode_with_no_nlp_is_refused_by_every_command(tmp_path, command):
    from crisisdesk.cli import _register, app

    _register()
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "n.db"), *command, "--recode", "--no-nlp"])
    assert result.exit_code == 2 and "--no-nlp" in result.output, result.output
