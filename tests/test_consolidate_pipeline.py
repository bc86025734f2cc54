"""Consolidation inside ``pipeline.run``: the convoy corpus (written for these tests) as
JSON files through the real sources, extraction, (coding,) storage and consolidation."""

import json
from datetime import datetime, timezone

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from crisisdesk.annotate import load_annotator
from crisisdesk.pipeline import RunOptions, Stages, build_stages, run
from crisisdesk.sources import iter_raw_documents
from crisisdesk.store.db import open_database
from crisisdesk.store.models import ArticleRow, EventRow
from tests.convoy_corpus import ALL_REPORTS, AMBUSH_REPORTS

FETCHED = datetime(2025, 11, 12, 8, tzinfo=timezone.utc)


def _write_corpus(directory, reports, extra=()):
    directory.mkdir()
    for n, report in enumerate(reports):
        item = {"url": report.url, "title": report.title, "site": report.site,
                "published": report.published.isoformat(), "text": report.text}
        (directory / f"{n:02d}.json").write_text(json.dumps(item), encoding="utf-8")
    for n, item in enumerate(extra):
        (directory / f"copy-{n}.json").write_text(json.dumps(item), encoding="utf-8")
    return directory


def _copy_of(report):
    return {"url": "https://aggregator.example/news/kadiolo-convoy", "title": report.title + " | Aggregator",
            "site": "aggregator.example", "published": "2025-11-11T09:00:00+00:00",
            "text": report.text + " Share this story. Related: Sahel security news."}


def test_run_gives_every_article_a_story_cluster_and_copies_share_one(tmp_path):
    corpus = _write_corpus(tmp_path / "corpus", ALL_REPORTS, [_copy_of(AMBUSH_REPORTS[0])])
    engine = open_database(str(tmp_path / "p.db"))
    options = RunOptions(fetched_at=FETCHED, nlp=False)
    summary = run(iter_raw_documents([str(corpus)], fetched_at=FETCHED), engine, options, progress=False)
    assert summary.stored == 23
    with Session(engine) as session:
        rows = session.execute(select(ArticleRow.url, ArticleRow.cluster_id, ArticleRow.minhash)).all()
    assert all(len(minhash) == 128 for _, _, minhash in rows)
    cluster_of = {url: cluster for url, cluster, _ in rows}
    original = cluster_of[AMBUSH_REPORTS[0].url]
    assert cluster_of["https://aggregator.example/news/kadiolo-convoy"] == original
    assert len(set(cluster_of.values())) == 22  # twenty paraphrases + two other attacks


def full_stages(options):
    """Annotation (geocoding) and coding: ``build_stages`` when it wires both, else the
    annotator added to its coder."""
    stages = build_stages(options)
    if stages.code is not None and stages.annotate is None:
        stages = Stages(annotate=load_annotator(options.spacy_model).annotate, code=stages.code)
    return stages


def test_convoy_corpus_through_the_coder_gives_three_events(tmp_path):
    """The acceptance test: the real pipeline codes the twenty paraphrased reports and the
    two other attacks, then consolidation keeps exactly three events."""
    options = RunOptions(fetched_at=FETCHED)
    stages = full_stages(options)
    if stages.code is None:
        pytest.skip("no event coder configured in pipeline.build_stages")
    corpus = _write_corpus(tmp_path / "corpus", ALL_REPORTS)
    engine = open_database(str(tmp_path / "p.db"))
    summary = run(iter_raw_documents([str(corpus)], fetched_at=FETCHED), engine, options, stages, progress=False)
    assert summary.stored == 22
    with Session(engine) as session:
        events = session.scalars(
            select(EventRow).where(EventRow.event_type == "ASSAULT").order_by(EventRow.num_articles.desc())
        ).all()
        everything = len(session.scalars(select(EventRow)).all())  # also AID (escort), COERCE (blockade)
    assert len(events) == 3
    assert events[0].num_articles == 20 and events[0].num_sources == 20
    assert (events[0].fatalities_min, events[0].fatalities_max) == (5, 7)
    assert events[0].disagreements["fatalities"] == [5, 6, 7]
    assert {events[1].place_name, events[2].place_name} <= {"Koutiala", "Zégoua", None}
    again = run(iter_raw_documents([str(corpus)], fetched_at=FETCHED), engine, options, stages, progress=False)
    assert again.stored == 0 and again.events_created == 0
    with Session(engine) as session:
        assert len(session.scalars(select(EventRow)).all()) == everything
