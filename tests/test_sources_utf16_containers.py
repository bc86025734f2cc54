"""Containers written in UTF-16 (HTML, JSON, JSONL; with or without a byte-order mark)
are read as their UTF-8 equivalents: before, the byte-level sniffing rules (``<html``,
``{``) did not see them, so a UTF-16 HTML page was stored as text holding its tags and
a UTF-16 JSONL file as one article holding the JSON syntax. JSON nested deeper than
Python's recursion limit is a ``malformed_json`` reject, not a traceback that stopped
the run. Sentences written for these tests."""

from __future__ import annotations

import io
import json
from datetime import datetime, timezone

import pytest

from crisisdesk.pipeline import RunOptions, Stages, run
from crisisdesk.sources import iter_raw_documents
from crisisdesk.sources.sniff import as_utf8, load_json, sniff_kind
from crisisdesk.store import repository
from crisisdesk.store.db import open_database

FETCHED = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
FIRST = ("Gunmen on motorbikes raided a cattle market near Dori on Saturday and drove off about "
         "two hundred head of cattle, a trader said.")
SECOND = "Soldiers clashed with rebels near Kidal on Monday, killing three fighters, the army said."
HTML = f"<html><head><title>Market raid</title></head><body><article><p>{FIRST}</p><p>{SECOND}</p></article></body></html>"
JSONL = json.dumps({"title": "One", "text": FIRST}) + "\n" + json.dumps({"title": "Two", "text": SECOND}) + "\n"
ENCODINGS = ["utf-16", "utf-16-le", "utf-16-be"]  # "utf-16" writes a BOM


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_utf16_containers_are_sniffed_as_what_they_hold(encoding):
    assert sniff_kind(HTML.encode(encoding)) == "html"  # was "text"
    assert sniff_kind(JSONL.encode(encoding)) == "jsonl"  # was "text"
    assert sniff_kind(json.dumps({"text": FIRST}).encode(encoding)) == "json"
    assert as_utf8(HTML.encode(encoding)) == HTML.encode("utf-8")
    assert as_utf8(HTML.encode("utf-8")) == HTML.encode("utf-8")


def _run(tmp_path, folder):
    engine = open_database(str(tmp_path / "u.db"))
    err = io.StringIO()
    summary = run(iter_raw_documents([folder], fetched_at=FETCHED), engine,
                  RunOptions(fetched_at=FETCHED), Stages(), progress=False, err=err)
    return engine, summary, err.getvalue()


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_run_reads_utf16_html_and_jsonl(tmp_path, encoding):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "page.html").write_bytes(HTML.encode(encoding))
    (folder / "items.jsonl").write_bytes(JSONL.encode(encoding))
    engine, summary, _ = _run(tmp_path, folder)
    assert repository.list_rejects(engine, summary.run_id) == []
    articles = {s.article.title: s.article.text for s in repository.list_articles(engine)}
    # before: two articles, the page's text beginning "<html><head>" and one holding '{"title": "One"'
    assert sorted(articles) == ["Market raid", "One", "Two"]
    assert "<" not in articles["Market raid"] and FIRST in articles["Market raid"]
    assert articles["One"] == FIRST and articles["Two"] == SECOND


def test_json_nested_too_deeply_is_rejected_and_the_run_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (folder / "b-deep.jsonl").write_text('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}\n" + JSONL)
    (folder / "c-ok.txt").write_text(SECOND)
    with pytest.raises(ValueError, match="nested too deeply"):
        load_json("[" * 100_000 + "]" * 100_000)
    engine, summary, err = _run(tmp_path, folder)  # before: RecursionError, nothing stored
    rejects = repository.list_rejects(engine, summary.run_id)
    assert [(r.uri.rsplit("/", 1)[-1], r.reason, r.line) for r in rejects] == [
        ("a-deep.json", "malformed_json", None), ("b-deep.jsonl", "malformed_json", 1)]
    assert "nested too deeply" in rejects[0].detail
    assert sorted(s.article.text for s in repository.list_articles(engine)) == sorted([FIRST, SECOND])


def test_utf8_text_with_one_bad_byte_is_kept_with_a_note(tmp_path):
    from crisisdesk.extract.decode import UTF8_REPLACED, decode_bytes

    text = ("Gunmen attacked the village of Boni on Tuesday, killing five civilians. “They burned "
            "houses,” a resident said — the café owners fled.")
    data = text.encode("utf-8").replace(b"Boni", b"Bo\xffni")
    assert decode_bytes(data) == (text.replace("Boni", "Bo\ufffdni"), UTF8_REPLACED)
    # a cp1252 text stays cp1252 (no "?" for its accents): the fallback comes last
    assert decode_bytes("Le café était fermé à Mopti, selon des témoins sur place.".encode("cp1252"))[1] != UTF8_REPLACED
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad-byte.txt").write_bytes(data)
    engine, summary, err = _run(tmp_path, folder)
    assert repository.list_rejects(engine, summary.run_id) == []  # before: undecodable
    [stored] = repository.list_articles(engine)
    assert "café owners fled" in stored.article.text
    assert "note " in err and "bad-byte.txt: decode_replaced: 1 byte sequence(s)" in err


def test_unreadable_stated_publication_date_is_noted(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.json").write_text(json.dumps({"title": "A", "text": SECOND, "published": "yesterday-ish"}))
    (folder / "b.json").write_text(json.dumps({"title": "B", "text": FIRST, "published": 1732000000}))
    (folder / "c.json").write_text(json.dumps({"title": "C", "text": FIRST + " More.", "published": "2025-11-21"}))
    engine, summary, err = _run(tmp_path, folder)
    notes = {s.article.title: s.article.notes for s in repository.list_articles(engine)}
    # before: dropped without a word, the article left undated
    assert any(n.startswith("published_unreadable: the container date 'yesterday-ish'") for n in notes["A"])
    assert any(n.startswith("published_unreadable: the container date 1732000000") for n in notes["B"])
    assert not any(n.startswith("published_unreadable") for n in notes["C"])
    assert "a.json: published_unreadable" in err
