"""alembic downgrades on a populated SQLite database: batch mode copies a table and drops
the old one, which failed with "FOREIGN KEY constraint failed" while event mentions
pointed at events (foreign keys on). ``store.db.downgrade`` runs them with foreign keys
off and checks them before committing (``PRAGMA foreign_key_check``)."""

from __future__ import annotations

from datetime import datetime, timezone

import sqlalchemy as sa

from crisisdesk.consolidate import consolidate_stored
from crisisdesk.records import Article, Evidence, EventMention
from crisisdesk.store import repository
from crisisdesk.store.db import downgrade, open_database, upgrade


def _populated(tmp_path):
    engine = open_database(str(tmp_path / "m.db"))
    text = "Gunmen attacked a market in Gao on Friday, residents said."
    article = Article(article_id="e" * 64, text=text, content_hash="f" * 64, source_uri="gao.txt",
                      fetched_at=datetime(2025, 11, 12, 8, tzinfo=timezone.utc))
    mention = EventMention(mention_id="m-gao", article_id=article.article_id, event_type="ASSAULT",
                           evidence=Evidence(text, 0, len(text)))
    repository.save_article(engine, article, [mention])
    consolidate_stored(engine, [article.article_id])
    return engine


def _state(engine):
    with engine.connect() as connection:
        version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        tables = sorted(sa.inspect(connection).get_table_names())
        linked = (connection.exec_driver_sql("SELECT mention_id, event_id FROM event_mentions").all()
                  if "event_mentions" in tables else None)
        foreign_keys = connection.exec_driver_sql("PRAGMA foreign_keys").scalar()
    return version, tables, linked, foreign_keys


def test_downgrade_a_populated_database_and_upgrade_it_again_keeps_its_rows(tmp_path):
    engine = _populated(tmp_path)
    head, tables, linked, _ = _state(engine)
    assert linked and linked[0][1].startswith("ev-")
    downgrade(engine, "0004")  # drops columns of events and event_mentions (batch mode)
    version, _, after_down, foreign_keys = _state(engine)
    assert (version, after_down, foreign_keys) == ("0004", linked, 1)  # rows kept; keys back on
    assert "reported_by" not in {c["name"] for c in sa.inspect(engine).get_columns("events")}
    upgrade(engine)
    assert _state(engine) == (head, tables, linked, 1)


def test_downgrade_to_base_then_open_again(tmp_path):
    engine = _populated(tmp_path)
    head, tables, _, _ = _state(engine)
    downgrade(engine, "base")
    with engine.connect() as connection:
        assert sa.inspect(connection).get_table_names() == ["alembic_version"]
    engine.dispose()
    again = open_database(str(tmp_path / "m.db"))  # migrates to head on open
    assert _state(again) == (head, tables, [], 1)
