"""pipeline.run over real files into a real SQLite database."""

from __future__ import annotations

import io
from datetime import date, datetime, timezone

from crisisdesk.pipeline import ProcessedDocument, RunOptions, Stages, build_stages, process, run
from crisisdesk.records import Evidence, EventMention, RawDocument
from crisisdesk.sources import iter_raw_documents
from crisisdesk.store import repository
from crisisdesk.store.db import open_database

FETCHED = datetime(2025, 11, 22, 8, 0, tzinfo=timezone.utc)
STORY = ("Gunmen attacked a fuel convoy near Kati on Thursday, killing two drivers, the army said.\n\n"
         "The convoy was travelling from Dakar to Bamako when it was ambushed.\n")


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_build_stages_returns_stages():
    stages = build_stages(RunOptions())
    assert isinstance(stages, Stages)


def test_process_returns_article_and_coded_mentions():
    raw = RawDocument(uri="mem", content=STORY.encode(), fetched_at=FETCHED)

    def code(article):
        start = article.text.index("Gunmen")
        end = article.text.index(".", start) + 1
        return [EventMention(mention_id="m1", article_id=article.article_id, event_type="ASSAULT",
                             evidence=Evidence(article.text[start:end], start, end), event_date=date(2025, 11, 20))]

    result = process(raw, Stages(code=code), RunOptions(fetched_at=FETCHED))
    assert isinstance(result, ProcessedDocument)
    assert result.article.text.startswith("Gunmen attacked")
    assert result.mentions[0].evidence.sentence.endswith("the army said.")


def test_run_stores_then_second_run_stores_nothing(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder / "a.txt", STORY)
    write(folder / "b.txt", "Hundreds of people marched in Bamako on Friday to protest against fuel shortages.\n")
    engine = open_database(str(tmp_path / "db.sqlite"))
    options = RunOptions(fetched_at=FETCHED)
    err = io.StringIO()
    first = run(iter_raw_documents([folder], fetched_at=FETCHED), engine, options, progress=False, err=err)
    second = run(iter_raw_documents([folder], fetched_at=FETCHED), engine, options, progress=False, err=err)
    assert (first.read, first.stored, first.unchanged, first.rejected) == (2, 2, 0, 0)
    assert (second.read, second.stored, second.unchanged, second.rejected) == (2, 0, 2, 0)
    assert first.article_ids == second.article_ids
    assert repository.count_articles(engine, latest_only=False) == 2
    run_row = repository.get_run(engine, second.run_id)
    assert run_row["counts"]["unchanged"] == 2 and run_row["options"]["fetched_at"] == FETCHED.isoformat()
    # the default stages code events now: the march in b.txt is a PROTEST mention
    assert first.line().startswith(f"read 2, stored 2, unchanged 0, rejected 0, mentions {first.mentions}")
    assert "PROTEST" in {m.event_type for m in repository.get_mentions(engine)}
    assert len(repository.get_mentions(engine)) == first.mentions


def test_run_saves_mentions_from_stages(tmp_path):
    write(tmp_path / "a.txt", STORY)
    engine = open_database(str(tmp_path / "db.sqlite"))

    def code(article):
        return [EventMention(mention_id=f"{article.article_id}-0", article_id=article.article_id,
                             event_type="ASSAULT", evidence=Evidence(article.text[:10], 0, 10))]

    summary = run(iter_raw_documents([tmp_path / "a.txt"]), engine, RunOptions(), Stages(code=code), progress=False,
                  err=io.StringIO())
    assert summary.mentions == 1
    assert [m.event_type for m in repository.get_mentions(engine, summary.article_ids[0])] == ["ASSAULT"]


def test_run_loads_the_nlp_pipeline_only_when_an_article_needs_it(tmp_path):
    """A spaCy pipeline that is not installed is never asked for while every input is
    rejected (it used to be loaded first, 15-40 s, and here would raise); the first
    article that needs annotation loads it (and here gets the install hint)."""
    import pytest

    from crisisdesk.annotate import ModelNotInstalled

    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    engine = open_database(str(tmp_path / "db.sqlite"))
    options = RunOptions(fetched_at=FETCHED, spacy_model="crisisdesk_test_no_such_model")
    inputs = [tmp_path / "logo.png", tmp_path / "missing.txt"]
    summary = run(iter_raw_documents(inputs), engine, options, progress=False, err=io.StringIO())
    assert (summary.read, summary.rejected, summary.stored, summary.status) == (2, 2, 0, "finished")
    write(tmp_path / "a.txt", STORY)
    with pytest.raises(ModelNotInstalled, match="crisisdesk_test_no_such_model"):
        run(iter_raw_documents([tmp_path / "a.txt"]), engine, options, progress=False, err=io.StringIO())


def test_run_prints_the_note_of_a_text_cut_at_the_annotation_limit(tmp_path):
    from crisisdesk.records import ANNOTATION_CUT_NOTE

    path = write(tmp_path / "long.txt", STORY)
    engine = open_database(str(tmp_path / "db.sqlite"))

    def annotate(article):  # the note the annotator writes for a text over its limit
        article.notes.append(f"{ANNOTATION_CUT_NOTE}250,000 characters, over the limit of 200,000; "
                             "annotated the first 199,990 characters, skipped the rest")
        return article

    err = io.StringIO()
    run(iter_raw_documents([path], fetched_at=FETCHED), engine, RunOptions(fetched_at=FETCHED),
        Stages(annotate=annotate, code=lambda doc: []), progress=False, err=err)
    printed = [line for line in err.getvalue().splitlines() if "over the limit" in line]
    assert len(printed) == 1 and str(path) in printed[0] and "skipped the rest" in printed[0]


def test_run_prints_why_an_article_in_another_language_has_no_event(tmp_path):
    """A Spanish article is stored with no event (no lexicon or rules for Spanish; French
    is coded since session 14); the run says so on stderr with the path. Before, the note
    was only stored, and a run printed "stored 1, ..., mentions 0" with no word why."""
    text = ("Hombres armados atacaron el pueblo de Mopti en Malí el domingo y mataron a tres "
            "comerciantes, según fuentes locales. El ejército envió refuerzos a la zona "
            "y las autoridades de la región abrieron una investigación.\n")  # written for this test
    path = write(tmp_path / "informe.txt", text)
    engine = open_database(str(tmp_path / "db.sqlite"))
    err = io.StringIO()
    summary = run(iter_raw_documents([path], fetched_at=FETCHED), engine, RunOptions(fetched_at=FETCHED),
                  progress=False, err=err)
    assert (summary.stored, summary.mentions) == (1, 0)
    printed = [line for line in err.getvalue().splitlines() if "has no trigger lexicon" in line]
    assert len(printed) == 1, err.getvalue()
    assert printed[0].startswith(f"note {path}: code: language 'es' ")


def test_an_interrupted_run_records_the_mentions_still_stored(tmp_path):
    """A page read twice in one run (its first copy's mentions withdrawn by the second
    revision) and then Ctrl-C: the run row counts the mentions stored, as a finished run
    does. Before, an interrupted run recorded the running counter (2 here, 1 stored;
    measured: 123 recorded for 88 stored on the shared news folder)."""
    import json

    import pytest

    for name, body in (("a.json", "Gunmen attacked a fuel convoy near Kati on Thursday, the army said."),
                       ("b.json", "Gunmen attacked a fuel convoy near Kati on Thursday, killing two drivers, "
                                  "the army said.")):
        write(tmp_path / name, json.dumps({"url": "https://news.example/kati", "title": "Convoy attacked",
                                           "published": "2025-11-21", "text": body}))
    write(tmp_path / "c.txt", STORY)
    engine = open_database(str(tmp_path / "db.sqlite"))

    def code(article):
        if article.source_uri.endswith("c.txt"):
            raise KeyboardInterrupt
        return [EventMention(mention_id=article.content_hash[:16], article_id=article.article_id,
                             event_type="ASSAULT", evidence=Evidence(article.text[:10], 0, 10))]

    inputs = iter_raw_documents([tmp_path / "a.json", tmp_path / "b.json", tmp_path / "c.txt"], fetched_at=FETCHED)
    with pytest.raises(KeyboardInterrupt):
        run(inputs, engine, RunOptions(fetched_at=FETCHED), Stages(code=code), progress=False, err=io.StringIO())
    stored = len(repository.get_mentions(engine))
    row = repository.get_run(engine, 1)
    assert row["status"] == "interrupted"
    assert (stored, row["counts"]["mentions"], row["counts"]["stored"]) == (1, 1, 2)
