"""A second capture of an article (a revision) arriving after the first was consolidated:
the events built from the superseded revision's mentions must follow them out.

Real pipeline (extraction, the spaCy annotator, coding, SQLite file, consolidation) over
short reports written for this test: a first capture that says five civilians were
killed in Koutiala, a second capture of the same URL that corrects the toll to seven
and changes the wording, and an unrelated report (a convoy attack near Kayes).
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crisisdesk.pipeline import RunOptions, build_stages, run
from crisisdesk.sources import iter_raw_documents
from crisisdesk.store.db import open_database
from crisisdesk.store.models import ArticleRow, EventMentionRow, EventRow

FETCHED = datetime(2025, 11, 14, 8, tzinfo=timezone.utc)
URL = "https://sahel-wire.example/2025/11/koutiala-attack"

FIRST_CAPTURE = {
    "url": URL, "site": "sahel-wire.example", "published": "2025-11-12T10:00:00+00:00",
    "title": "Gunmen kill five in Koutiala",
    "text": ("Gunmen killed 5 civilians in an attack in Koutiala on Tuesday, local officials in Mali said. "
             "The attackers fled on motorcycles."),
}
SECOND_CAPTURE = {
    "url": URL, "site": "sahel-wire.example", "published": "2025-11-12T10:00:00+00:00",
    "title": "Death toll rises to seven in Koutiala attack",
    "text": ("Gunmen killed 7 civilians in Koutiala on Tuesday, local officials in Mali said in a corrected toll. "
             "The assailants escaped on motorbikes."),
}
UNRELATED = {
    "url": "https://bamako-daily.example/2025/11/kayes-convoy", "site": "bamako-daily.example",
    "published": "2025-11-10T09:00:00+00:00", "title": "Fuel convoy attacked near Kayes",
    "text": ("Militants attacked a fuel convoy near Kayes, in western Mali, on Sunday and "
             "burned twelve tanker trucks, the transport ministry said."),
}
OTHER_OUTLET = {
    "url": "https://niger-river-news.example/koutiala", "site": "niger-river-news.example",
    "published": "2025-11-12T12:00:00+00:00", "title": "Attack in Koutiala",
    "text": ("Gunmen killed 5 civilians in Koutiala on Tuesday, a local official in Mali told reporters. "
             "Shops in the town stayed closed."),
}

#: Columns compared between databases (``updated_at`` is a wall-clock stamp).
_SKIP = {"updated_at"}


@pytest.fixture(scope="module")
def options_and_stages():
    options = RunOptions(fetched_at=FETCHED)
    return options, build_stages(options)


def _write(directory, *items):
    directory.mkdir()
    for n, item in enumerate(items):
        (directory / f"{n:02d}.json").write_text(json.dumps(item), encoding="utf-8")
    return str(directory)


def _run(engine, directory, options_and_stages):
    options, stages = options_and_stages
    return run(iter_raw_documents([directory], fetched_at=FETCHED), engine, options, stages, progress=False)


def _events(engine) -> dict[str, dict]:
    with Session(engine) as session:
        rows = session.execute(select(EventRow.__table__)).mappings().all()
    return {row["event_id"]: {k: v for k, v in row.items() if k not in _SKIP} for row in rows}


def _mention_events(engine) -> dict[str, str | None]:
    with Session(engine) as session:
        return dict(session.execute(select(EventMentionRow.mention_id, EventMentionRow.event_id)).all())


def _events_of(engine, url: str) -> set[str]:
    """Ids of the events holding a mention of the article at ``url``."""
    with Session(engine) as session:
        return set(session.scalars(
            select(EventMentionRow.event_id).join(ArticleRow, ArticleRow.article_id == EventMentionRow.article_id)
            .where(ArticleRow.url == url, ArticleRow.is_latest.is_(True))))


def test_revision_after_consolidation_replaces_the_events_of_the_old_text(tmp_path, options_and_stages):
    engine = open_database(str(tmp_path / "revised.db"))
    first = _run(engine, _write(tmp_path / "first", FIRST_CAPTURE, UNRELATED), options_and_stages)
    assert first.stored == 2
    before = _events(engine)
    five = [e for e in before.values() if e["fatalities_min"] == 5]
    assert len(five) == 1 and five[0]["place_name"] == "Koutiala"  # the first capture was consolidated

    second = _run(engine, _write(tmp_path / "second", SECOND_CAPTURE), options_and_stages)
    assert second.stored == 1
    with Session(engine) as session:
        revisions = session.execute(select(ArticleRow.revision, ArticleRow.is_latest)
                                    .where(ArticleRow.url == URL).order_by(ArticleRow.revision)).all()
    assert [tuple(r) for r in revisions] == [(1, False), (2, True)]

    after = _events(engine)
    koutiala = [e for e in after.values() if e["place_name"] == "Koutiala"]
    assert len(koutiala) == 1, koutiala  # the event of the superseded text is gone
    event = koutiala[0]
    assert (event["fatalities_min"], event["fatalities_max"]) == (7, 7)
    assert "fatalities" not in (event["disagreements"] or {})
    assert event["num_mentions"] == 1 and event["num_articles"] == 1
    assert five[0]["event_id"] not in after
    assert not any(e["fatalities_min"] == 5 for e in after.values())
    # every stored mention belongs to an existing event whose count matches
    assigned = _mention_events(engine)
    assert set(assigned.values()) == set(after)
    for event_id, values in after.items():
        assert values["num_mentions"] == sum(1 for e in assigned.values() if e == event_id)
    # the unrelated report's events are untouched
    kayes = _events_of(engine, UNRELATED["url"])
    assert kayes and all(after[k] == before[k] for k in kayes)

    # the same as storing only the final content, in either order
    for name, order in (("final-ab", (SECOND_CAPTURE, UNRELATED)), ("final-ba", (UNRELATED, SECOND_CAPTURE))):
        fresh = open_database(str(tmp_path / f"{name}.db"))
        _run(fresh, _write(tmp_path / name, *order), options_and_stages)
        assert _events(fresh) == after, name
        assert _mention_events(fresh) == assigned, name

    # re-running both captures changes nothing
    again = _run(engine, _write(tmp_path / "again", FIRST_CAPTURE, SECOND_CAPTURE, UNRELATED), options_and_stages)
    assert again.stored == 0 and again.events_created == 0
    assert _events(engine) == after


def _contents(engine) -> list[dict]:
    """The events without their ids (an event's id comes from its first mention, so it
    depends on the order reports arrived in), sorted for comparison."""
    values = [{k: v for k, v in e.items() if k not in {"event_id", "first_reported_at"}} for e in _events(engine).values()]
    return sorted(values, key=repr)


def test_revision_re_summarises_an_event_that_other_reports_keep(tmp_path, options_and_stages):
    """Another outlet reported the same attack: the event survives the revision, loses
    the superseded mention, and gains the corrected one (counts and fatalities from
    the reports that exist now)."""
    engine = open_database(str(tmp_path / "revised.db"))
    _run(engine, _write(tmp_path / "first", FIRST_CAPTURE, OTHER_OUTLET, UNRELATED), options_and_stages)
    shared = [e for e in _events(engine).values() if e["place_name"] == "Koutiala"]
    assert len(shared) == 1 and shared[0]["num_articles"] == 2
    assert (shared[0]["fatalities_min"], shared[0]["fatalities_max"]) == (5, 5)

    _run(engine, _write(tmp_path / "second", SECOND_CAPTURE), options_and_stages)
    after = _events(engine)
    koutiala = [e for e in after.values() if e["place_name"] == "Koutiala"]
    assert len(koutiala) == 1, koutiala
    event = koutiala[0]
    assert (event["num_mentions"], event["num_articles"], event["num_sources"]) == (2, 2, 2)
    assert (event["fatalities_min"], event["fatalities_max"]) == (5, 7)
    assert event["disagreements"]["fatalities"] == [5, 7]
    assigned = _mention_events(engine)
    assert set(assigned.values()) == set(after)
    for event_id, values in after.items():
        assert values["num_mentions"] == sum(1 for e in assigned.values() if e == event_id)

    for name, order in (("final-1", (OTHER_OUTLET, SECOND_CAPTURE, UNRELATED)),
                        ("final-2", (SECOND_CAPTURE, OTHER_OUTLET, UNRELATED))):
        fresh = open_database(str(tmp_path / f"{name}.db"))
        _run(fresh, _write(tmp_path / name, *order), options_and_stages)
        assert _contents(fresh) == _contents(engine), name


def test_a_revision_that_fails_to_store_leaves_the_old_events(tmp_path, options_and_stages):
    """The withdrawal of the old mentions and the new revision's write are one
    transaction: a write the database refuses (here a mention id twice in the new
    mentions) leaves the first capture, its mentions and its events as they were."""
    from crisisdesk.errors import StoreError
    from crisisdesk.pipeline import process
    from crisisdesk.store.repository import save_article

    options, stages = options_and_stages
    engine = open_database(str(tmp_path / "revised.db"))
    _run(engine, _write(tmp_path / "first", FIRST_CAPTURE, UNRELATED), options_and_stages)
    before, mentions_before = _events(engine), _mention_events(engine)

    raw = next(iter(iter_raw_documents([_write(tmp_path / "second", SECOND_CAPTURE)], fetched_at=FETCHED)))
    processed = process(raw, stages, options)
    assert processed.mentions
    with pytest.raises(StoreError):
        save_article(engine, processed.article, processed.mentions + processed.mentions[:1])
    assert _events(engine) == before
    assert _mention_events(engine) == mentions_before
    with Session(engine) as session:
        assert session.scalars(select(ArticleRow.revision).where(ArticleRow.url == URL)).all() == [1]


def test_backfill_merge_of_a_revision_into_a_consolidated_database(tmp_path, options_and_stages):
    """``backfill.merge_database`` applies the same rule: a partition holding the
    second capture, merged into a database where the first capture was consolidated,
    then consolidated as the backfill does, gives the events of the final content."""
    from dataclasses import replace

    from crisisdesk.backfill import merge_database
    from crisisdesk.consolidate import consolidate_stored

    options, stages = options_and_stages
    target = open_database(str(tmp_path / "target.db"))
    _run(target, _write(tmp_path / "first", FIRST_CAPTURE, UNRELATED), options_and_stages)
    part = tmp_path / "part.db"
    run(iter_raw_documents([_write(tmp_path / "second", SECOND_CAPTURE)], fetched_at=FETCHED),
        open_database(str(part)), replace(options, consolidate=False), stages, progress=False)
    merged = merge_database(f"sqlite:///{part}", target, None)
    assert merged["revisions"] == 1
    consolidate_stored(target, merged["article_ids"])

    fresh = open_database(str(tmp_path / "fresh.db"))
    _run(fresh, _write(tmp_path / "final", UNRELATED, SECOND_CAPTURE), options_and_stages)
    assert _events(target) == _events(fresh)
    assert _mention_events(target) == _mention_events(fresh)


def test_run_counts_only_the_mentions_still_stored(tmp_path, options_and_stages):
    """Both captures of one URL read in one run: the first revision's mentions are
    withdrawn by the second, and the run's ``mentions`` count says what stays stored
    (before: the sum of both revisions', above the table of mentions the run stored)."""
    engine = open_database(str(tmp_path / "count.db"))
    summary = _run(engine, _write(tmp_path / "both", FIRST_CAPTURE, SECOND_CAPTURE), options_and_stages)
    with Session(engine) as session:
        stored = session.scalar(select(func.count()).select_from(EventMentionRow)
                                .where(EventMentionRow.run_id == summary.run_id))
    assert summary.stored == 2 and stored > 0
    assert summary.mentions == stored
