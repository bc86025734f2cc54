"""Re-coding keeps event ids: an event whose mentions come out of a re-coding the same
keeps its id, even when it was named after a mention of the re-coded article
(``store.repository.replace_mentions``). Records written for this test; SQLite file; no
spaCy model."""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from crisisdesk.consolidate import consolidate_stored
from crisisdesk.consolidate.events import event_id_for
from crisisdesk.records import Article, Evidence, EventMention, Place
from crisisdesk.store import repository
from crisisdesk.store.db import open_database
from crisisdesk.store.models import EventMentionRow, EventRow

KATI = Place(name="Kati", geo_precision=1, country="Mali", admin1="Koulikoro", lat=12.74, lon=-8.07,
             geonames_id=2455518)


def _article(letter: str, text: str, day: int) -> Article:
    return Article(article_id=letter * 64, text=text, content_hash=letter.upper() * 64,
                   fetched_at=datetime(2025, 11, 12, 8, tzinfo=timezone.utc), source_uri=f"{letter}.txt",
                   site=f"{letter}.example", published_at=datetime(2025, 11, day, 8, tzinfo=timezone.utc))


def _clash(article: Article, fatalities_said: str = "") -> EventMention:
    text = article.text
    return EventMention(mention_id=f"m-{article.article_id[:4]}", article_id=article.article_id,
                        event_type="FIGHT", acled_event_type="Battles",
                        acled_sub_event_type="Armed clash", place=KATI, event_date=date(2025, 11, 10),
                        time_precision="day", evidence=Evidence(text, 0, len(text)), confidence=0.8,
                        status=fatalities_said or "asserted")


def _events(engine) -> dict[str, list[str]]:
    with Session(engine) as session:
        rows = session.execute(select(EventMentionRow.event_id, EventMentionRow.mention_id)).all()
        stored = set(session.scalars(select(EventRow.event_id)))
    events: dict[str, list[str]] = {}
    for event_id, mention_id in rows:
        events.setdefault(event_id, []).append(mention_id)
    assert set(events) == stored
    return {k: sorted(v) for k, v in events.items()}


def _two_reports(tmp_path):
    engine = open_database(str(tmp_path / "s.db"))
    first = _article("a", "Soldiers clashed with gunmen near Kati on Monday.", 10)
    second = _article("b", "Troops fought armed men near Kati on Monday.", 11)
    repository.save_article(engine, first, [_clash(first)])
    repository.save_article(engine, second, [_clash(second)])
    consolidate_stored(engine, [first.article_id, second.article_id])
    return engine, first, second


def test_recoding_the_naming_article_alone_keeps_the_event_id(tmp_path):
    engine, first, second = _two_reports(tmp_path)
    before = _events(engine)
    # one event of both reports, named after the first report's mention
    assert before == {event_id_for("m-aaaa"): ["m-aaaa", "m-bbbb"]}
    result = repository.save_article(engine, first, [_clash(first)], recode=True)
    assert (result.status, result.mentions) == ("recoded", 1)
    consolidate_stored(engine, [first.article_id])
    # before the fix: withdrawing m-aaaa renamed the event after m-bbbb, and the same
    # mention coded again rejoined it under that new id
    assert _events(engine) == before


def test_a_mention_that_changes_on_recoding_is_replaced(tmp_path):
    engine, first, second = _two_reports(tmp_path)
    changed = _clash(first, fatalities_said="claimed")
    repository.save_article(engine, first, [changed], recode=True)
    with Session(engine) as session:
        status, event_id = session.execute(select(EventMentionRow.status, EventMentionRow.event_id)
                                           .where(EventMentionRow.mention_id == "m-aaaa")).one()
    assert (status, event_id) == ("claimed", None)  # a new row, waiting for consolidation
    consolidate_stored(engine, [first.article_id])
    events = _events(engine)
    assert sorted(m for ms in events.values() for m in ms) == ["m-aaaa", "m-bbbb"]


def test_replace_mentions_counts_what_it_kept(tmp_path):
    engine, first, _ = _two_reports(tmp_path)
    values = [repository.mention_to_values(_clash(first), article_revision=1, run_id=None)]
    with engine.begin() as connection:
        assert repository.replace_mentions(connection, first.article_id, values) == {
            "kept": 1, "withdrawn": 0, "inserted": 0}
        assert repository.replace_mentions(connection, first.article_id, []) == {
            "kept": 0, "withdrawn": 1, "inserted": 0}
