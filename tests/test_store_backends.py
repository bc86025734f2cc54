"""The schema behaves the same on SQLite and PostgreSQL: JSON, booleans, time zones."""

from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from crisisdesk.store.db import open_database
from crisisdesk.store.models import ArticleRow, FetchRow, RunRow

BAMAKO_NOON = datetime(2025, 11, 22, 12, 0, tzinfo=timezone.utc)
# 13:00 at UTC+1 (Paris in winter) is the same instant as 12:00 UTC.
PARIS_1300 = datetime(2025, 11, 22, 13, 0, tzinfo=timezone(timedelta(hours=1)))


def test_json_booleans_and_utc_round_trip(db_url):
    engine = open_database(db_url)
    with Session(engine) as session:
        run = RunRow(command="run", started_at=PARIS_1300, options={"paths": ["a", "é"]},
                     counts={"stored": 2})
        session.add(run)
        session.flush()
        session.add(ArticleRow(
            article_id="a1", revision=1, is_latest=False, content_hash="h", text="t",
            fetched_at=PARIS_1300, source_uri="x", stored_at=BAMAKO_NOON,
            paragraphs=[[0, 1]], metadata_={"tags": ["JNIM", "Bamako"], "n": 3},
            notes=[], run_id=run.run_id,
        ))
        session.commit()
    with Session(engine) as session:
        article = session.scalars(select(ArticleRow)).one()
        run = session.scalars(select(RunRow)).one()
    assert article.is_latest is False
    assert article.metadata_ == {"tags": ["JNIM", "Bamako"], "n": 3}
    assert article.paragraphs == [[0, 1]]
    assert run.options == {"paths": ["a", "é"]}
    # Stored as the instant, returned aware in UTC on both backends.
    assert article.fetched_at == BAMAKO_NOON
    assert article.fetched_at.utcoffset() == timedelta(0)
    assert run.started_at.hour == 12


def test_query_by_boolean_and_time_range(db_url):
    engine = open_database(db_url)
    with Session(engine) as session:
        for i in range(3):
            session.add(FetchRow(url=f"http://x/{i}", fetched_at=BAMAKO_NOON + timedelta(hours=i)))
        session.commit()
        urls = session.scalars(
            select(FetchRow.url).where(FetchRow.fetched_at >= PARIS_1300 + timedelta(minutes=30))
        ).all()
    assert sorted(urls) == ["http://x/1", "http://x/2"]
