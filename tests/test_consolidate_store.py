"""Incremental consolidation in a real SQLite database (consolidate/update.py) and story
clusters of near-duplicate articles (consolidate/near_duplicates.py)."""

from dataclasses import replace
from datetime import datetime, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.convoy_corpus import ALL_REPORTS, AMBUSH_REPORTS, article_id_of, hand_coded_mention
from crisisdesk.consolidate import rebuild, update
from crisisdesk.consolidate.near_duplicates import cluster_texts
from crisisdesk.consolidate.rows import mention_to_row
from crisisdesk.store.db import open_database
from crisisdesk.store.models import ArticleRow, EventMentionRow, EventRow

NOW = datetime(2025, 11, 12, tzinfo=timezone.utc)


def _article_row(article_id, site, url, text, published):
    return ArticleRow(
        article_id=article_id, content_hash=article_id, url=url, site=site, title=None,
        published_at=published, published_precision="hour", fetched_at=published,
        language="en", text=text, source_uri=url, stored_at=NOW,
    )


def _store(session, reports):
    for report in reports:
        aid = article_id_of(report)
        session.add(_article_row(aid, report.site, report.url, report.text, report.published))
        session.add(mention_to_row(hand_coded_mention(report)))
    session.flush()
    return [article_id_of(r) for r in reports]


def _event_rows(session):
    return session.scalars(select(EventRow).order_by(EventRow.num_articles.desc())).all()


def test_update_stores_three_events_and_a_rerun_adds_nothing(db_url):
    engine = open_database(db_url)
    with Session(engine) as session:
        ids = _store(session, ALL_REPORTS)
        result = update(session, ids)
        session.commit()
        assert result.mentions_assigned == 22
        assert len(result.events_created) == 3
        assert result.articles_clustered == 22
    with Session(engine) as session:
        rows = _event_rows(session)
        assert len(rows) == 3
        ambush = rows[0]
        assert (ambush.num_articles, ambush.num_sources, ambush.num_mentions) == (20, 20, 20)
        assert (ambush.fatalities_min, ambush.fatalities_max) == (5, 7)
        assert ambush.disagreements["fatalities"] == [5, 6, 7]
        assert ambush.place_name == "Kadiolo" and ambush.geo_precision == 1
        assert {r.place_name for r in rows[1:]} == {"Koutiala", "Zégoua"}
        unassigned = session.scalar(select(func.count()).where(EventMentionRow.event_id.is_(None)))
        assert unassigned == 0
        again = update(session, ids)
        session.commit()
        assert again.mentions_assigned == 0 and again.articles_clustered == 0
        assert session.scalar(select(func.count()).select_from(EventRow)) == 3


def test_incremental_update_extends_existing_events(db_url):
    engine = open_database(db_url)
    first, second = ALL_REPORTS[:8], ALL_REPORTS[8:]
    with Session(engine) as session:
        update(session, _store(session, first))
        session.commit()
        before = _event_rows(session)[0]
        assert before.num_articles == 8
        ambush_id = before.event_id
    with Session(engine) as session:
        result = update(session, _store(session, second))
        session.commit()
        assert ambush_id in result.events_updated
        assert len(result.events_created) == 2  # Koutiala and Zégoua
        rows = _event_rows(session)
        assert [r.num_articles for r in rows] == [20, 1, 1]
        assert rows[0].event_id == ambush_id
        assert (rows[0].fatalities_min, rows[0].fatalities_max) == (5, 7)


def test_rebuild_gives_the_same_events(tmp_path):
    engine = open_database(str(tmp_path / "c.db"))
    with Session(engine) as session:
        update(session, _store(session, ALL_REPORTS))
        session.commit()
        before = {(r.event_id, r.num_articles) for r in _event_rows(session)}
        rebuild(session)
        session.commit()
        assert {(r.event_id, r.num_articles) for r in _event_rows(session)} == before


def test_syndicated_copy_joins_the_story_cluster_and_adds_a_source_not_an_event(tmp_path):
    engine = open_database(str(tmp_path / "c.db"))
    original = AMBUSH_REPORTS[0]
    with Session(engine) as session:
        update(session, _store(session, ALL_REPORTS))
        session.commit()
        copy_text = "Sahel news in brief | " + original.text + " Share this article. Related stories."
        session.add(_article_row("art-copy", "aggregator.example", "https://aggregator.example/x", copy_text,
                                 datetime(2025, 11, 11, 9, tzinfo=timezone.utc)))
        # The copy's coder output differs a little (region instead of town, no toll):
        mention = replace(hand_coded_mention(original), mention_id="art-copy-m0", article_id="art-copy",
                          fatalities=None)
        session.add(mention_to_row(mention))
        session.flush()
        result = update(session, ["art-copy"])
        session.commit()
        assert result.near_duplicates == 1
        assert result.events_created == []
        copy_row = session.scalar(select(ArticleRow).where(ArticleRow.article_id == "art-copy"))
        assert copy_row.cluster_id == article_id_of(original)
        assert len(copy_row.minhash) == 128
        ambush = _event_rows(session)[0]
        assert (ambush.num_articles, ambush.num_sources) == (21, 21)


def test_near_duplicate_threshold_separates_copies_from_paraphrases():
    wire = AMBUSH_REPORTS[0].text + " " + AMBUSH_REPORTS[6].text + " " + AMBUSH_REPORTS[12].text
    updated = wire.replace("six drivers", "seven drivers") + " The army said it had sent reinforcements."
    paraphrase = AMBUSH_REPORTS[1].text + " " + AMBUSH_REPORTS[9].text
    assignments = cluster_texts([("wire", wire), ("updated", updated), ("other", paraphrase)])
    assert [a.cluster_id for a in assignments] == ["wire", "wire", "other"]
    assert assignments[1].similarity >= 0.5


def test_band_keys_propose_the_same_candidates_as_datasketch_lsh():
    from datasketch import MinHashLSH

    from crisisdesk.consolidate.near_duplicates import NUM_PERM, band_keys, signature

    texts = {f"r{i}": r.text for i, r in enumerate(AMBUSH_REPORTS)}
    wire = AMBUSH_REPORTS[0].text + " " + AMBUSH_REPORTS[6].text
    texts["wire"], texts["copy"] = wire, "Brief | " + wire + " Share this."
    sigs = {k: signature(t) for k, t in texts.items()}
    lsh = MinHashLSH(threshold=0.5, num_perm=NUM_PERM)
    for key, sig in sigs.items():
        lsh.insert(key, sig)
    keys = {k: set(band_keys(s.hashvalues)) for k, s in sigs.items()}
    assert len(keys["wire"]) == 25  # 25 bands of 5 values for 128 permutations at threshold 0.5
    for key, sig in sigs.items():
        by_keys = {other for other in sigs if keys[other] & keys[key]}
        assert by_keys == set(lsh.query(sig))
    assert "copy" in {other for other in sigs if keys[other] & keys["wire"]}


def test_a_new_article_finds_its_original_through_the_persisted_index(tmp_path):
    from crisisdesk.store.models import ArticleBandRow

    engine = open_database(str(tmp_path / "c.db"))
    original = AMBUSH_REPORTS[0]
    copy_text = "Sahel news in brief | " + original.text + " Share this article."
    with Session(engine) as session:
        update(session, _store(session, ALL_REPORTS))
        session.commit()
        per_article = dict(session.execute(
            select(ArticleBandRow.article_id, func.count()).group_by(ArticleBandRow.article_id)).all())
        assert len(per_article) == 22 and set(per_article.values()) == {25}
        # without the original's band keys, the copy has no candidate: the index is what is read
        session.execute(ArticleBandRow.__table__.delete().where(ArticleBandRow.article_id == article_id_of(original)))
        session.add(_article_row("art-copy", "a.example", "https://a.example/x", copy_text, NOW))
        session.flush()
        lost = update(session, ["art-copy"])
        session.rollback()
    assert lost.near_duplicates == 0
    with Session(engine) as session:
        session.add(_article_row("art-copy", "a.example", "https://a.example/x", copy_text, NOW))
        session.flush()
        found = update(session, ["art-copy"])
        session.commit()
        assert found.near_duplicates == 1
        assert session.scalar(select(func.count()).where(ArticleBandRow.article_id == "art-copy")) == 25


def test_candidate_events_come_from_the_new_mentions_date_windows():
    from datetime import date
    from types import SimpleNamespace

    from crisisdesk.consolidate.update import date_windows

    rows = [SimpleNamespace(event_date=date(2017, 3, 1), date_end=None),
            SimpleNamespace(event_date=date(2019, 6, 10), date_end=date(2019, 6, 16)),
            SimpleNamespace(event_date=date(2017, 3, 5), date_end=None),
            SimpleNamespace(event_date=None, date_end=None)]
    assert date_windows(rows) == [(date(2017, 2, 26), date(2017, 3, 8)), (date(2019, 6, 7), date(2019, 6, 19))]


def test_consolidate_stored_in_batches_gives_the_events_of_one_update(tmp_path):
    from crisisdesk.consolidate import consolidate_stored

    engine = open_database(str(tmp_path / "c.db"))
    with Session(engine) as session:
        ids = _store(session, ALL_REPORTS)
        session.commit()
    result = consolidate_stored(engine, ids)
    assert result.mentions_assigned == 22 and len(result.events_created) == 3
    assert consolidate_stored(engine, ids).mentions_assigned == 0  # idempotent
    with Session(engine) as session:
        assert [r.num_articles for r in _event_rows(session)] == [20, 1, 1]


def test_consolidate_stored_over_several_batches(tmp_path, monkeypatch):
    import importlib

    consolidate_update = importlib.import_module("crisisdesk.consolidate.update")  # the module, not the function

    monkeypatch.setattr(consolidate_update, "BATCH_ARTICLES", 4)  # 22 articles: 6 transactions
    engine = open_database(str(tmp_path / "c.db"))
    with Session(engine) as session:
        ids = _store(session, sorted(ALL_REPORTS, key=lambda r: r.published))
        session.commit()
    result = consolidate_update.consolidate_stored(engine, ids)
    with Session(engine) as session:
        rows = _event_rows(session)
        assert [r.num_articles for r in rows] == [20, 1, 1]
        assert (rows[0].fatalities_min, rows[0].fatalities_max) == (5, 7)
        # the summed result lists the events that exist, each once
        assert sorted(result.events_created) == sorted(r.event_id for r in rows)
        assert result.events_updated == [] and result.mentions_assigned == 22


def _members(session):
    """{event_id: [mention ids]} from the stored mentions."""
    members: dict[str, list[str]] = {}
    for mention_id, event_id in session.execute(
            select(EventMentionRow.mention_id, EventMentionRow.event_id)
            .order_by(EventMentionRow.created_at, EventMentionRow.mention_id)):
        members.setdefault(event_id, []).append(mention_id)
    return members


def test_an_event_that_survives_a_revision_is_renamed_after_a_surviving_mention(db_url):
    """The ambush event was created by one report's mention, so its id is derived from
    that mention; when the report is revised and its mention withdrawn, the event (kept
    by 19 other reports) takes the id of its first remaining mention. The new revision
    repeats the withdrawn mention's id (same article, same sentence); placed elsewhere
    it makes a new event under that id, which the survivor must no longer hold."""
    from datetime import date

    from crisisdesk.consolidate import withdraw_article_mentions
    from crisisdesk.consolidate.events import event_id_for
    from crisisdesk.records import Place

    engine = open_database(db_url)
    with Session(engine) as session:
        update(session, _store(session, ALL_REPORTS))
        session.commit()
        before = _members(session)
        ambush_id = max(before, key=lambda e: len(before[e]))
        [creator] = [m for m in before[ambush_id] if event_id_for(m) == ambush_id]
        withdrawn_article = creator.rsplit("-m", 1)[0]
        result = withdraw_article_mentions(session, withdrawn_article)
        session.commit()
        survivors = [m for m in before[ambush_id] if m != creator]
        new_id = event_id_for(survivors[0])
        assert result.events_renamed == {ambush_id: new_id}
        after = _members(session)
        assert ambush_id not in after and after[new_id] == survivors
        assert session.get(EventRow, ambush_id) is None
        assert session.get(EventRow, new_id).num_mentions == len(survivors) == 19
        # every event is named after one of its own mentions
        assert all(event_id in {event_id_for(m) for m in mentions} for event_id, mentions in after.items())

        # the revision's mention: same id as the withdrawn one, now about another place and week
        [report] = [r for r in ALL_REPORTS if article_id_of(r) == withdrawn_article]
        moved = replace(hand_coded_mention(report), event_date=date(2025, 9, 1),
                        place=Place("Gao", 1, "MLI", admin1="Gao", lat=16.27167, lon=-0.04472))
        assert moved.mention_id == creator
        session.add(mention_to_row(moved))
        session.flush()
        update(session, [withdrawn_article])
        session.commit()
        final = _members(session)
        assert final[new_id] == survivors and final[ambush_id] == [creator]
        assert session.get(EventRow, new_id).num_mentions == 19
        assert session.get(EventRow, ambush_id).num_mentions == 1
