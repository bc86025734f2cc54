"""Repository: revisions, idempotent saves, mentions stored with their article."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from crisisdesk.extract.article import paragraph_offsets
from crisisdesk.extract.ids import article_id_for, content_hash_for
from crisisdesk.records import ActorRef, Article, Count, Evidence, EventMention, Place, Reject, Span
from crisisdesk.store import repository
from crisisdesk.store.db import open_database
from crisisdesk.store.models import ArticleRow, EventMentionRow

FETCHED = datetime(2025, 11, 22, 8, 0, tzinfo=timezone.utc)


def make_article(text: str, url: str | None = "https://example.org/mali/convoy") -> Article:
    paragraphs = text.split("\n\n")
    return Article(article_id=article_id_for(url, text), text=text, fetched_at=FETCHED, source_uri="mem",
                   content_hash=content_hash_for(text), url=url, title="Convoy attacked near Kayes",
                   published_at=datetime(2025, 11, 21, 21, tzinfo=timezone.utc), published_precision="hour",
                   language="en", paragraphs=paragraph_offsets(paragraphs))


def make_mention(article: Article, n: int = 0) -> EventMention:
    start = article.text.index("Gunmen")
    end = article.text.index(".", start) + 1
    return EventMention(
        mention_id=f"{article.article_id}-{n}", article_id=article.article_id, event_type="ASSAULT",
        evidence=Evidence(article.text[start:end], start, end, Span(start + 7, start + 15, "attacked")),
        mode="firearms", contexts=("terrorism",), cameo_code="190", quad_class=4, goldstein=-10.0,
        acled_event_type="Violence against civilians", acled_sub_event_type="Attack",
        source_actors=[ActorRef(name="Gunmen", generic=True, sector="REB", span=Span(start, start + 6, "Gunmen"))],
        target_actors=[ActorRef(name="truck drivers", generic=True, sector="CVL", country="MLI")],
        place=Place(name="Kayes", geo_precision=1, country="MLI", geonames_id=2455518, feature_code="PPLA",
                    admin1="Kayes", admin1_code="ML.03", lat=14.4469, lon=-11.4456,
                    span=Span(start + 40, start + 45, "Kayes")),
        event_date=date(2025, 11, 20), time_precision="day", status="asserted",
        fatalities=Count(3, 5, "drivers"), injured=Count(2, 2), confidence=0.8,
    )


TEXT = ("Gunmen attacked a fuel convoy on the road to Kayes on Thursday.\n\n"
        "Three to five drivers were killed, officials said.")


@pytest.fixture
def engine(db_url):
    """Every repository test runs on SQLite and on a throwaway PostgreSQL server."""
    return open_database(db_url)


def test_save_twice_stores_nothing_new(engine):
    article = make_article(TEXT)
    first = repository.save_article(engine, article)
    second = repository.save_article(engine, make_article(TEXT))
    assert (first.status, first.revision) == ("stored", 1)
    assert (second.status, second.revision) == ("unchanged", 1)
    assert repository.count_articles(engine, latest_only=False) == 1


def test_changed_text_same_url_is_new_revision(engine):
    old = make_article(TEXT)
    new = make_article(TEXT + "\n\nThe army said it had sent reinforcements.")
    assert old.article_id == new.article_id and old.content_hash != new.content_hash
    repository.save_article(engine, old)
    result = repository.save_article(engine, new)
    assert (result.status, result.revision) == ("revised", 2)
    with Session(engine) as session:
        rows = session.scalars(select(ArticleRow).order_by(ArticleRow.revision)).all()
        assert [(r.revision, r.is_latest) for r in rows] == [(1, False), (2, True)]
    latest = repository.get_article(engine, old.article_id)
    assert latest.revision == 2 and latest.article.text.endswith("reinforcements.")
    assert repository.get_article(engine, old.article_id, revision=1).article.text == TEXT
    # the older copy seen again is known: no third revision
    assert repository.save_article(engine, make_article(TEXT)).status == "unchanged"


def test_article_round_trip_keeps_utc_and_offsets(engine):
    article = make_article(TEXT)
    repository.save_article(engine, article)
    back = repository.get_article(engine, article.article_id[:6]).article
    assert back.published_at == datetime(2025, 11, 21, 21, tzinfo=timezone.utc)
    assert back.fetched_at.tzinfo is not None
    assert [back.text[p.start:p.end] for p in back.paragraphs] == TEXT.split("\n\n")


def test_mention_round_trip_is_exact(engine):
    article = make_article(TEXT)
    mention = make_mention(article)
    result = repository.save_article(engine, article, [mention])
    assert result.mentions == 1
    [back] = repository.get_mentions(engine, article.article_id)
    assert back == mention
    assert back.evidence.trigger.text == "attacked"
    with Session(engine) as session:
        row = session.scalars(select(EventMentionRow)).one()
        assert (row.country, row.geo_precision, row.fatalities_min, row.fatalities_max) == ("MLI", 1, 3, 5)


def test_new_revision_replaces_mentions(engine):
    article = make_article(TEXT)
    repository.save_article(engine, article, [make_mention(article, 0)])
    changed = make_article(TEXT + "\n\nMore later.")
    repository.save_article(engine, changed, [make_mention(changed, 0), make_mention(changed, 1)])
    mentions = repository.get_mentions(engine, article.article_id)
    assert sorted(m.mention_id[-1] for m in mentions) == ["0", "1"]
    with Session(engine) as session:
        assert {r.article_revision for r in session.scalars(select(EventMentionRow))} == {2}


def test_failed_mention_write_leaves_no_article(engine):
    article = make_article(TEXT)
    bad = make_mention(article)
    duplicate = make_mention(article)  # same mention_id twice: the database refuses the second
    with pytest.raises(Exception):
        repository.save_article(engine, article, [bad, duplicate])
    assert repository.count_articles(engine, latest_only=False) == 0
    assert repository.get_mentions(engine) == []


def test_runs_and_rejects_are_recorded(engine):
    run_id = repository.start_run(engine, "run", {"fetched_at": None})
    repository.record_reject(engine, Reject(uri="a.jsonl", stage="source", reason="malformed_json", line=3), run_id)
    repository.finish_run(engine, run_id, {"read": 1, "rejected": 1})
    run = repository.get_run(engine, run_id)
    assert run["status"] == "finished" and run["counts"] == {"read": 1, "rejected": 1}
    assert run["ended_at"] >= run["started_at"]
    [reject] = repository.list_rejects(engine, run_id)
    assert (reject.uri, reject.line, reject.reason) == ("a.jsonl", 3, "malformed_json")


def test_list_articles_filters(engine):
    repository.save_article(engine, make_article(TEXT))
    french = make_article("Des manifestants ont défilé à Bamako vendredi contre la vie chère.", url=None)
    french.title, french.language = "Manifestation à Bamako", "fr"
    repository.save_article(engine, french)
    assert len(repository.list_articles(engine)) == 2
    assert [s.article.url for s in repository.list_articles(engine, search="KAYES")] == ["https://example.org/mali/convoy"]
    assert [s.article.title for s in repository.list_articles(engine, language="fr")] == ["Manifestation à Bamako"]


def test_an_explicit_fetch_time_redates_a_text_dated_from_its_file_time(engine):
    """QA: a text dated from its file's modification time ("11 hours ago" against the
    copy time) kept that date when re-run with --fetched-at (unchanged text), so only a
    new database re-dated it. The explicit time now wins: one revision with the same
    text and the new date, its mentions replacing the old ones (none duplicated); runs
    after that, with or without --fetched-at, store nothing."""
    from dataclasses import replace as copy_with

    guessed = copy_with(make_article(TEXT), published_at=datetime(2026, 3, 4, 1, tzinfo=timezone.utc),
                        notes=["published_from_file_time: '11 hours ago' resolved against the file's "
                               "modification time 2026-03-04 12:00 UTC; pass --fetched-at"])
    assert repository.save_article(engine, guessed, [make_mention(guessed)]).status == "stored"
    given = make_article(TEXT)  # published 2025-11-21 21:00 from --fetched-at 2025-11-22T08:00Z
    assert not repository.is_unchanged(engine, given)
    result = repository.save_article(engine, given, [make_mention(given, 1)])
    assert (result.status, result.revision, result.mentions) == ("revised", 2, 1)
    latest = repository.get_article(engine, given.article_id).article
    assert latest.published_at == datetime(2025, 11, 21, 21, tzinfo=timezone.utc)
    assert any(n.startswith("redated:") for n in latest.notes)
    with Session(engine) as session:
        assert [m.mention_id for m in session.scalars(select(EventMentionRow))] == [f"{given.article_id}-1"]
    assert repository.save_article(engine, make_article(TEXT)).status == "unchanged"
    again_guessed = copy_with(guessed, notes=list(guessed.notes))
    assert repository.is_unchanged(engine, again_guessed)
    assert repository.save_article(engine, again_guessed).status == "unchanged"


_START_RUN_AND_HANG = """
import sys, time
from crisisdesk.store import repository
from crisisdesk.store.db import open_database
run_id = repository.start_run(open_database(sys.argv[1]), "run", {})
print(run_id, flush=True)
time.sleep(120)
"""


def _start_hanging_run(db_file):
    import os
    import subprocess
    import sys
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    proc = subprocess.Popen([sys.executable, "-c", _START_RUN_AND_HANG, f"sqlite:///{db_file}"],
                            stdout=subprocess.PIPE, text=True, env=env)
    return proc, int(proc.stdout.readline())


def test_a_run_killed_with_sigkill_is_marked_interrupted_by_the_next_run(tmp_path):
    import signal
    db_file = tmp_path / "runs.db"
    engine = open_database(f"sqlite:///{db_file}")
    killed, killed_run = _start_hanging_run(db_file)
    live, live_run = _start_hanging_run(db_file)
    try:
        killed.send_signal(signal.SIGKILL)
        killed.wait(timeout=30)
        assert repository.get_run(engine, killed_run)["status"] == "running"  # as kill -9 leaves it
        new_run = repository.start_run(engine, "run", {})
        stale = repository.get_run(engine, killed_run)
        assert stale["status"] == "interrupted"
        # no invented end time: the run's last sign of life (no article stored: its start)
        assert stale["ended_at"] == stale["started_at"]
        assert "stale_detected_at" in stale["counts"]
        # a run whose process is alive is left running; so is the new run itself
        assert repository.get_run(engine, live_run)["status"] == "running"
        assert repository.get_run(engine, new_run)["status"] == "running"
        assert repository.get_run(engine, new_run)["options"]["process"]["pid"] > 0
    finally:
        live.kill()
        live.wait(timeout=30)


def test_a_legacy_running_row_without_process_is_interrupted_after_a_day(tmp_path):
    from datetime import timedelta
    from crisisdesk.store.models import RunRow
    engine = open_database(f"sqlite:///{tmp_path / 'legacy.db'}")
    now = datetime.now(timezone.utc)
    with Session(engine) as session, session.begin():
        old = RunRow(command="run", started_at=now - timedelta(hours=30), status="running", options={}, counts={})
        recent = RunRow(command="run", started_at=now - timedelta(hours=2), status="running", options={}, counts={})
        session.add_all([old, recent])
        session.flush()
        old_id, recent_id = old.run_id, recent.run_id
    assert repository.mark_stale_runs_interrupted(engine) == [old_id]
    assert repository.get_run(engine, old_id)["status"] == "interrupted"
    assert repository.get_run(engine, recent_id)["status"] == "running"
