"""Bad input: each item is rejected with its reason and the other files are stored.

Every test runs the real pipeline over a real directory into a real SQLite file, with
the NLP stages left out (``Stages()``): what is tested is reading, extraction and
storage.
"""

from __future__ import annotations

import io
import json
import random
import time
import tracemalloc
from datetime import datetime, timezone

import pytest

from crisisdesk.pipeline import RunOptions, Stages, run
from crisisdesk.sources import iter_raw_documents
from crisisdesk.store import repository
from crisisdesk.store.db import open_database

FETCHED = datetime(2025, 11, 22, 8, 0, tzinfo=timezone.utc)
GOOD = ("Malian soldiers repelled an attack on their base in Boulkessi on Monday, the army said in a "
        "statement, adding that several assailants had been killed.\n")


def run_dir(tmp_path, folder, max_bytes=20_000_000):
    engine = open_database(str(tmp_path / "bad.db"))
    err = io.StringIO()
    summary = run(iter_raw_documents([folder], fetched_at=FETCHED, max_bytes=max_bytes), engine,
                  RunOptions(fetched_at=FETCHED, max_bytes=max_bytes), Stages(), progress=False, err=err)
    return engine, summary, err.getvalue(), repository.list_rejects(engine, summary.run_id)


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "in"
    path.mkdir()
    (path / "a-good.txt").write_text(GOOD, encoding="utf-8")
    return path


def assert_good_stored(engine, summary):
    titles_or_text = [s.article.text for s in repository.list_articles(engine)]
    assert GOOD.strip() in titles_or_text
    assert summary.stored >= 1


def test_binary_file(tmp_path, folder):
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    (folder / "report.html").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n" + b"\x00" * 100)
    engine, summary, err, rejects = run_dir(tmp_path, folder)
    assert sorted((r.uri.rsplit("/", 1)[-1], r.reason) for r in rejects) == [("photo.txt", "binary"),
                                                                             ("report.html", "binary")]
    assert f"{folder / 'photo.txt'}: binary" in err
    # the detail says what the bytes are, and how a PDF's text gets in (was one generic line)
    details = {r.uri.rsplit("/", 1)[-1]: r.detail for r in rejects}
    assert details["photo.txt"] == "binary content: a PNG image, not HTML, text, Markdown or JSON"
    assert "a PDF document" in details["report.html"] and "pdftotext" in details["report.html"]
    assert (summary.read, summary.stored, summary.rejected) == (3, 1, 2)
    assert_good_stored(engine, summary)


def test_empty_files(tmp_path, folder):
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_bytes(b"  \n\n\t \r\n")
    engine, summary, _, rejects = run_dir(tmp_path, folder)
    assert sorted(r.reason for r in rejects) == ["empty", "empty"]
    assert_good_stored(engine, summary)


def test_only_chrome_is_no_text(tmp_path, folder):
    (folder / "chrome.txt").write_text("top of page\nree\nShare\nComments\nbottom of page\n", encoding="utf-8")
    engine, summary, _, rejects = run_dir(tmp_path, folder)
    assert [(r.reason, r.stage) for r in rejects] == [("no_text", "extract")]
    assert_good_stored(engine, summary)


def test_undecodable_bytes(tmp_path, folder):
    rng = random.Random(7)
    garbage = bytes(rng.choice([b for b in range(1, 256) if b not in (10, 13)]) for _ in range(4000))
    (folder / "garbage.txt").write_bytes(garbage)
    engine, summary, _, rejects = run_dir(tmp_path, folder)
    assert [(r.uri.rsplit("/", 1)[-1], r.reason) for r in rejects] == [("garbage.txt", "undecodable")]
    assert_good_stored(engine, summary)


def test_cp1252_and_latin1_are_decoded_not_rejected(tmp_path, folder):
    french = ("Des manifestants ont défilé à Bamako vendredi pour dénoncer la pénurie de carburant, "
              "selon des témoins cités par la presse locale. ")
    (folder / "cp1252.txt").write_bytes((french + "Le prix du litre a doublé en un mois — affirment-ils.").encode("cp1252"))
    (folder / "latin1.txt").write_bytes((french * 3).encode("latin-1"))
    engine, summary, _, rejects = run_dir(tmp_path, folder)
    assert rejects == []
    texts = {s.article.source_uri.rsplit("/", 1)[-1]: s.article for s in repository.list_articles(engine)}
    assert "défilé à Bamako" in texts["cp1252.txt"].text and "—" in texts["cp1252.txt"].text
    assert texts["cp1252.txt"].metadata["encoding"] == "cp1252"
    assert "défilé à Bamako" in texts["latin1.txt"].text
    assert texts["latin1.txt"].language == "fr"


def test_truncated_html(tmp_path, folder):
    (folder / "cut-in-head.html").write_text("<!doctype html><html><head><title>Attack in Mopti</title><meta name=",
                                              encoding="utf-8")
    body = "".join(f"<p>{GOOD.strip()} Paragraph {i} adds detail about the fighting near Mopti and Sévaré.</p>"
                   for i in range(6))
    (folder / "cut-in-body.html").write_text(
        f"<!doctype html><html><head><title>Attack in Mopti</title></head><body><article><h1>Attack in Mopti</h1>"
        f"{body}<p>The governor said the curfew would", encoding="utf-8")
    engine, summary, _, rejects = run_dir(tmp_path, folder)
    assert [(r.uri.rsplit("/", 1)[-1], r.reason) for r in rejects] == [("cut-in-head.html", "no_text")]
    stored = {s.article.source_uri.rsplit("/", 1)[-1]: s.article for s in repository.list_articles(engine)}
    assert "html_truncated" in stored["cut-in-body.html"].notes
    assert "Paragraph 5 adds detail" in stored["cut-in-body.html"].text
    assert_good_stored(engine, summary)


def _page(paragraphs: int, cut: bool) -> str:
    body = "".join(f"<p>{GOOD.strip()} Paragraph {i} adds detail about the fighting near Mopti.</p>"
                   for i in range(paragraphs))
    head = ('<!doctype html><html><head><title>Attack in Mopti</title>'
            '<link rel="canonical" href="https://news.example.org/mopti-attack"></head><body><article>'
            '<h1>Attack in Mopti</h1>')
    return head + body + ("<p>The governor said the curfew would" if cut else "</article></body></html>")


def test_a_cut_copy_never_replaces_the_complete_article(tmp_path):
    """QA: the same page cut off mid-body (same canonical URL) became the latest
    revision of a complete article, losing its later paragraphs and their events; it is
    now rejected as truncated_copy. A complete text still replaces a cut one."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-complete.html").write_text(_page(6, cut=False), encoding="utf-8")
    (folder / "b-cut.html").write_text(_page(3, cut=True), encoding="utf-8")
    engine, summary, err, rejects = run_dir(tmp_path, folder)
    assert [(r.uri.rsplit("/", 1)[-1], r.reason) for r in rejects] == [("b-cut.html", "truncated_copy")]
    assert "b-cut.html: truncated_copy (HTML cut off in its body; revision 1 of article" in err
    [latest] = repository.list_articles(engine)
    assert latest.revision == 1 and "Paragraph 5 adds detail" in latest.article.text

    later = tmp_path / "later"
    later.mkdir()
    (later / "a-cut.html").write_text(_page(2, cut=True), encoding="utf-8")
    (later / "b-complete.html").write_text(_page(6, cut=False), encoding="utf-8")
    engine2 = open_database(str(tmp_path / "later.db"))
    run(iter_raw_documents([later], fetched_at=FETCHED), engine2, RunOptions(fetched_at=FETCHED), Stages(),
        progress=False, err=io.StringIO())
    [fixed] = repository.list_articles(engine2)
    assert fixed.revision == 2 and "Paragraph 5 adds detail" in fixed.article.text


def test_fifty_megabyte_file_rejected_without_reading_it(tmp_path, folder):
    big = folder / "big.txt"
    line = ("Fighters attacked a convoy near Niono. " * 20 + "\n").encode()
    with big.open("wb") as handle:
        while handle.tell() < 50_000_000:
            handle.write(line * 1000)
    tracemalloc.start()
    items = list(iter_raw_documents([big], fetched_at=FETCHED))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [(i.reason, i.stage) for i in items] == [("too_large", "source")]
    assert peak < 2_000_000  # bytes: a 64 KiB peek, not 50 MB
    engine, summary, err, rejects = run_dir(tmp_path, folder)
    assert [r.reason for r in rejects] == ["too_large"]
    assert "big.txt: too_large" in err
    assert_good_stored(engine, summary)


def test_size_cap_is_configurable(tmp_path, folder):
    (folder / "b.txt").write_text(GOOD * 30, encoding="utf-8")
    engine, summary, _, rejects = run_dir(tmp_path, folder, max_bytes=1000)
    assert [(r.uri.rsplit("/", 1)[-1], r.reason) for r in rejects] == [("b.txt", "too_large")]
    assert_good_stored(engine, summary)


def test_jsonl_with_one_broken_line(tmp_path, folder):
    rows = [
        {"url": "https://example.org/a", "title": "Drone strike near Kidal", "published": "2025-11-02",
         "text": "A drone strike hit a vehicle near Kidal on Sunday, killing four people, local sources said."},
        None,
        {"url": "https://example.org/b", "title": "Protest in Bamako", "published": "2025-11-03",
         "text": "Traders protested in Bamako on Monday against the fuel shortage, blocking a main road."},
    ]
    lines = [json.dumps(r) if r else '{"url": "https://example.org/broken", "text": "cut off' for r in rows]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    engine, summary, err, rejects = run_dir(tmp_path, folder)
    assert [(r.uri.rsplit("/", 1)[-1], r.line, r.reason) for r in rejects] == [("feed.jsonl", 2, "malformed_json")]
    assert "feed.jsonl:2: malformed_json" in err
    titles = sorted(s.article.title for s in repository.list_articles(engine) if s.article.title)
    assert titles == ["Drone strike near Kidal", "Protest in Bamako"]
    kidal = [s.article for s in repository.list_articles(engine, search="kidal")][0]
    assert kidal.source_uri.endswith("feed.jsonl#line=1")
    assert kidal.published_at == datetime(2025, 11, 2, tzinfo=timezone.utc) and kidal.published_precision == "day"
    assert (summary.read, summary.stored, summary.rejected) == (4, 3, 1)


def test_a_json_array_of_non_objects_is_rejected_item_by_item_as_not_an_article(tmp_path, folder):
    """``[1, "a", null]`` was read as three words of text and rejected ``no_text``; it is
    JSON, and each item is rejected with its path and "not an article object"."""
    (folder / "list.json").write_text('[1, "a", null]\n')
    (folder / "footnote.txt").write_text("[1] " + GOOD)  # a text opening with "[1]" stays text
    engine, summary, err, rejects = run_dir(tmp_path, folder)
    where = str(folder / "list.json")
    assert [(r.uri, r.reason) for r in rejects] == [(f"{where}#item={i}", "unsupported_json") for i in (1, 2, 3)]
    assert [r.detail.split(";")[0] for r in rejects] == [
        "not an article object: a number (1)", 'not an article object: a string ("a")', "not an article object: null"]
    assert f"rejected {where}#item=2: unsupported_json (not an article object: a string" in err
    assert summary.stored == 2  # GOOD and the footnoted text


def test_a_json_array_of_non_objects_over_64_kib_is_rejected_item_by_item(tmp_path, folder):
    """An array of 300 numbers and long strings (about 110 KB, more than the 64 KiB the
    sniffer reads) was read as one text (only a whole item under 64 KiB was tried as
    JSON); each item is now rejected as for a small array. A long text opening with
    "[1]" stays text."""
    values = [i if i % 2 else f"word {i} " * 120 for i in range(300)]
    (folder / "big-list.json").write_text(json.dumps(values))
    (folder / "long-footnote.txt").write_text("[1] " + GOOD * 500)
    engine, summary, err, rejects = run_dir(tmp_path, folder)
    where = str(folder / "big-list.json")
    assert (folder / "big-list.json").stat().st_size > 64 * 1024
    assert len(rejects) == 300 and {r.reason for r in rejects} == {"unsupported_json"}
    assert rejects[1].uri == f"{where}#item=2" and rejects[1].detail.startswith("not an article object: a number (1)")
    assert summary.stored == 2  # GOOD and the footnoted text


def test_json_without_text_and_missing_path(tmp_path, folder):
    (folder / "meta.json").write_text(json.dumps({"url": "https://example.org/x", "title": "No body"}))
    (folder / "broken.json").write_text('{"text": "unterminated')
    engine = open_database(str(tmp_path / "x.db"))
    summary = run(iter_raw_documents([folder, tmp_path / "nope.txt"], fetched_at=FETCHED), engine,
                  RunOptions(fetched_at=FETCHED), Stages(), progress=False, err=io.StringIO())
    reasons = sorted((r.uri.rsplit("/", 1)[-1], r.reason) for r in repository.list_rejects(engine, summary.run_id))
    assert reasons == [("broken.json", "malformed_json"), ("meta.json", "unsupported_json"), ("nope.txt", "not_found")]
    assert_good_stored(engine, summary)


VOCABULARY = ("army soldiers fighters convoy attack village market road police drone strike protest bridge fuel "
              "tanker blockade checkpoint base camp herders traders officials statement sources witnesses killed "
              "wounded arrested displaced burned looted seized ambushed shelled patrol clashes militia").split()
TOWNS = "Gao Ansongo Menaka Kidal Timbuktu Mopti Sevare Djenne Segou Niono Kayes Kita Sikasso Kati Bamako".split()


def test_ten_thousand_small_files(tmp_path):
    folder = tmp_path / "many"
    for shard in range(10):
        (folder / f"s{shard}").mkdir(parents=True)
    rng = random.Random(11)
    for i in range(10_000):  # distinct short items, not 10,000 near-duplicates of one template
        words = " ".join(rng.choice(VOCABULARY) for _ in range(20))
        (folder / f"s{i % 10}" / f"n{i:05d}.txt").write_text(
            f"{rng.choice(TOWNS)}: {words} near {rng.choice(TOWNS)}, report {i}.\n")
    (folder / "s3" / "zz-binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    started = time.process_time()  # CPU seconds of this process: not inflated by other jobs' load
    engine, summary, _, rejects = run_dir(tmp_path, folder)
    elapsed = time.process_time() - started
    assert (summary.read, summary.stored, summary.rejected) == (10_001, 10_000, 1)
    assert [r.reason for r in rejects] == ["binary"]
    assert repository.count_articles(engine) == 10_000
    # deterministic order: sorted directories, sorted names
    first = repository.get_article(engine, summary.article_ids[0]).article
    assert first.source_uri.endswith("s0/n00000.txt")
    # measured ~2 ms CPU per file (benchmarks/bench_many_files.py): 21 s; 4x margin
    assert elapsed < 90, f"{elapsed:.0f} CPU seconds for 10,000 files"



def test_a_jsonl_line_rejected_after_extraction_is_printed_path_colon_line(tmp_path, folder):
    # was printed "rejected .../feed.jsonl#line=2:2: no_text"
    rows = [{"url": "https://example.org/a", "text": GOOD}, {"url": "https://example.org/b", "text": "Share"}]
    (folder / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    engine, summary, err, rejects = run_dir(tmp_path, folder)
    assert f"rejected {folder / 'feed.jsonl'}:2: no_text" in err
    assert "#line=2" not in err
    assert [(r.uri.rsplit("/", 1)[-1], r.line, r.reason) for r in rejects] == [("feed.jsonl#line=2", 2, "no_text")]


def test_a_file_name_that_is_not_utf8_is_stored_with_escapes_not_a_crash(tmp_path, folder):
    # a name holding the byte 0xff (a Latin-1 name on a UTF-8 system) crashed the whole
    # run with UnicodeEncodeError when its path was written to the database
    import os

    name = os.fsdecode(b"rapport-s\xffgou.txt")
    (folder / name).write_text(GOOD.replace("Boulkessi", "Douentza"), encoding="utf-8")
    (folder / "z-empty.txt").write_bytes(b"")
    engine, summary, err, rejects = run_dir(tmp_path, folder)
    uris = sorted(s.article.source_uri.rsplit("/", 1)[-1] for s in repository.list_articles(engine))
    assert uris == ["a-good.txt", "rapport-s\\xffgou.txt"]
    assert [(r.uri.rsplit("/", 1)[-1], r.reason) for r in rejects] == [("z-empty.txt", "empty")]
    assert (summary.read, summary.stored, summary.rejected) == (3, 2, 1)
