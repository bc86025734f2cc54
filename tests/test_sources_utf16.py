"""UTF-16 text saved without a byte-order mark (some exporters and Windows tools write
it) is decoded, not rejected as ``binary`` for its NUL bytes; binary data whose NUL
bytes fall in the same places is still binary."""

from __future__ import annotations

import io
import struct
from datetime import datetime, timezone

from crisisdesk.extract.decode import decode_bytes
from crisisdesk.pipeline import RunOptions, Stages, run
from crisisdesk.sources import iter_raw_documents
from crisisdesk.sources.sniff import sniff_kind, utf16_without_bom
from crisisdesk.store import repository
from crisisdesk.store.db import open_database

FETCHED = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
REPORT = ("Gunmen on motorbikes raided a cattle market near Dori on Saturday and drove off "
          "about two hundred head of cattle, a trader said. Nobody was hurt, according to "
          "the gendarmerie. Les éleveurs ont quitté le marché.")


def test_utf16_without_bom_is_detected_both_byte_orders():
    assert utf16_without_bom(REPORT.encode("utf-16-le")) == "utf-16-le"
    assert utf16_without_bom(REPORT.encode("utf-16-be")) == "utf-16-be"
    assert utf16_without_bom(REPORT.encode("utf-8")) is None
    # before: both were 'binary' (a NUL byte without a BOM)
    assert sniff_kind(REPORT.encode("utf-16-le")) == "text"
    assert sniff_kind(REPORT.encode("utf-16-be")) == "text"
    assert decode_bytes(REPORT.encode("utf-16-be")) == (REPORT, "utf-16-be")


def test_small_integers_stay_binary():
    # 16-bit samples below 32 have the NUL pattern of UTF-16LE but decode to control characters
    samples = struct.pack("<600h", *[(i * 7) % 31 + 1 for i in range(600)])
    assert utf16_without_bom(samples) is None
    assert sniff_kind(samples) == "binary"


def test_run_stores_utf16_files_without_bom(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "le.txt").write_bytes(REPORT.encode("utf-16-le"))
    (folder / "be.txt").write_bytes(REPORT.replace("Dori", "Sebba").encode("utf-16-be"))
    engine = open_database(str(tmp_path / "u.db"))
    summary = run(iter_raw_documents([folder], fetched_at=FETCHED), engine,
                  RunOptions(fetched_at=FETCHED), Stages(), progress=False, err=io.StringIO())
    assert repository.list_rejects(engine, summary.run_id) == []
    texts = sorted(s.article.text for s in repository.list_articles(engine))
    assert len(texts) == 2
    assert "raided a cattle market near Dori" in texts[0] + texts[1]
    assert "near Sebba" in texts[0] + texts[1] and "éleveurs" in texts[0]
