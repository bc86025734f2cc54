"""WARC reading: HTML responses become RawDocuments; the rest rejected with offsets."""

from __future__ import annotations

import gzip
import io
from datetime import datetime, timezone

import pytest
from warcio.warcwriter import WARCWriter

from crisisdesk.records import RawDocument, Reject
from crisisdesk.sources.warc import WarcReader, looks_like_warc
from tests.support.warcs import WarcBuilder, arc_file_header, arc_record, generate_warc, html_page


def truncated_record(url: str, gzipped: bool) -> bytes:
    """A response record whose bytes stop 40 bytes early (a cut gzip member)."""
    buffer = io.BytesIO()
    temp = WarcBuilder.__new__(WarcBuilder)
    temp.handle, temp.offsets = buffer, []
    temp.writer = WARCWriter(buffer, gzip=gzipped)
    temp.response(url, html_page(99))
    return buffer.getvalue()[:-40]


def broken_header(gzipped: bool) -> bytes:
    data = b"WARC/1.0\r\nthis line is no header\r\nContent-Length: many\r\n\r\nxx\r\n\r\n"
    return gzip.compress(data) if gzipped else data


def build_mixed(path, gzipped):
    w = WarcBuilder(path, gzip=gzipped)
    expected = {}
    expected["html0"] = w.response("http://ex.org/a/0", html_page(0), date="2025-11-20T06:00:00Z")
    w.request("http://ex.org/a/0")
    expected["html1"] = w.response("http://ex.org/a/1", html_page(1))
    expected["png"] = w.response("http://ex.org/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(300), "image/png")
    expected["truncated"] = w.raw(truncated_record("http://ex.org/a/cut", gzipped))
    expected["html2"] = w.response("http://ex.org/a/2", html_page(2))
    expected["broken"] = w.raw(broken_header(gzipped))
    expected["html3"] = w.response("http://ex.org/a/3", html_page(3))
    expected["404"] = w.response("http://ex.org/a/gone", b"<html>gone</html>", status="404 Not Found")
    w.close()
    return expected


@pytest.mark.parametrize("gzipped", [True, False])
def test_mixed_warc_html_kept_rest_rejected_with_offsets(tmp_path, gzipped):
    path = tmp_path / ("mixed.warc.gz" if gzipped else "mixed.warc")
    offsets = build_mixed(path, gzipped)
    items = list(WarcReader(path))
    docs = [i for i in items if isinstance(i, RawDocument)]
    rejects = [i for i in items if isinstance(i, Reject)]
    assert [d.uri for d in docs] == [f"http://ex.org/a/{i}" for i in range(4)]
    assert [d.offset for d in docs] == [offsets[f"html{i}"] for i in range(4)]
    assert docs[0].origin == "warc"
    assert docs[0].fetched_at == datetime(2025, 11, 20, 6, tzinfo=timezone.utc)
    assert docs[0].content == html_page(0)
    by_reason = {(r.reason, r.offset) for r in rejects}
    assert ("not_html", offsets["png"]) in by_reason
    assert ("corrupt_record", offsets["truncated"]) in by_reason
    assert ("corrupt_record", offsets["broken"]) in by_reason
    assert ("http_404", offsets["404"]) in by_reason
    assert len(rejects) == 4
    assert all(r.uri == str(path) for r in rejects)


def test_byte_ranges_partition_records_exactly_once(tmp_path):
    path = tmp_path / "many.warc.gz"
    offsets = generate_warc(path, 50)
    size = path.stat().st_size
    cuts = [0, size // 3, size // 2 + 7, size]
    seen = []
    for start, end in zip(cuts, cuts[1:]):
        seen += [d.offset for d in WarcReader(path, start=start, end=end)]
    assert seen == offsets


def test_oversized_record_rejected_unread(tmp_path):
    path = tmp_path / "big.warc"
    w = WarcBuilder(path, gzip=False)
    w.response("http://ex.org/big", b"<html><p>" + b"a" * 5000 + b"</p></html>")
    w.response("http://ex.org/small", html_page(1))
    w.close()
    items = list(WarcReader(path, max_bytes=1000))
    assert items[0].reason == "too_large"
    assert items[1].uri == "http://ex.org/small"


def test_looks_like_warc_by_content(tmp_path):
    path = tmp_path / "archive.bin"
    generate_warc(path, 2)
    text = tmp_path / "notes.warc"
    text.write_text("just words")
    assert looks_like_warc(path)
    assert not looks_like_warc(text)


def test_uncompressed_arc_resynchronises_after_corrupt_records(tmp_path):
    """ARC records carry no digest: a wrong Archive-length must not swallow the records
    after it. Record 1 declares the length of itself plus record 2; record 3 has a
    broken header line; record 5 declares more bytes than the file holds."""
    pages = [arc_record(f"http://news.example.org/arc/{i}", html_page(i, words=10)) for i in range(6)]
    pages[1] = arc_record("http://news.example.org/arc/1", html_page(1, words=10),
                          length_change=len(pages[2]))
    pages[3] = b"http://news.example.org/arc/3 no-such-fields\nHTTP/1.1 200 OK\r\n\r\n<html></html>\n"
    pages[5] = arc_record("http://news.example.org/arc/5", html_page(5, words=10), length_change=5000)
    data = arc_file_header()
    offsets = []
    for page in pages:
        offsets.append(len(data))
        data += page
    path = tmp_path / "old-crawl.arc"
    path.write_bytes(data)
    items = list(WarcReader(path))
    docs = [(i.uri, i.offset) for i in items if isinstance(i, RawDocument)]
    rejects = [(i.reason, i.offset, i.detail) for i in items if isinstance(i, Reject)]
    assert docs == [(f"http://news.example.org/arc/{i}", offsets[i]) for i in (0, 2, 4)]
    assert [(r[0], r[1]) for r in rejects] == [("corrupt_record", offsets[k]) for k in (1, 3, 5)]
    assert f"record header at offset {offsets[2]}" in rejects[0][2]
    assert "past the end of the file" in rejects[2][2]
    assert items[0].content == html_page(0, words=10)


def test_byte_ranges_split_an_uncompressed_arc_exactly_once(tmp_path):
    """Backfill partitions of an ARC file start inside records: each range finds the
    next ARC header line, so every record is read by exactly one range."""
    data = arc_file_header()
    offsets = []
    for i in range(30):
        offsets.append(len(data))
        data += arc_record(f"http://news.example.org/arc/{i}", html_page(i, words=10))
    path = tmp_path / "split.arc"
    path.write_bytes(data)
    cuts = [0, len(data) // 4, len(data) // 2 + 3, len(data) - 100, len(data)]
    seen = []
    for start, end in zip(cuts, cuts[1:]):
        seen += [d.offset for d in WarcReader(path, start=start, end=end)]
    assert seen == offsets


def test_a_record_header_holding_binary_bytes_is_corrupt(tmp_path):
    # what warcio yields for a cut gzip member it falls back to reading as plain bytes
    # (seen in 1 run of ~150 of the mixed test above before this rule)
    path = tmp_path / "binary-header.warc"
    w = WarcBuilder(path, gzip=False)
    good = w.response("http://ex.org/a/0", html_page(0))
    bad = w.raw(b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://ex.org/\x01\x8b\x02x\r\n"
                b"Content-Type: application/http; msgtype=response\r\nContent-Length: 2\r\n\r\nxx\r\n\r\n")
    w.close()
    items = list(WarcReader(path))
    assert [d.offset for d in items if isinstance(d, RawDocument)] == [good]
    assert [(r.reason, r.offset) for r in items if isinstance(r, Reject)] == [("corrupt_record", bad)]


@pytest.mark.parametrize("gzipped", [True, False])
def test_a_last_record_cut_by_the_end_of_the_file_is_corrupt_not_a_page(tmp_path, gzipped):
    # an interrupted download: the last record stops 40 bytes before its declared
    # Content-Length; warcio reads the stub without error and the cut page was stored
    path = tmp_path / ("cut.warc.gz" if gzipped else "cut.warc")
    w = WarcBuilder(path, gzip=gzipped)
    whole = w.response("http://ex.org/a/0", html_page(0))
    cut = w.raw(truncated_record("http://ex.org/a/cut", gzipped))
    w.close()
    items = list(WarcReader(path))
    assert [i.uri for i in items if isinstance(i, RawDocument)] == ["http://ex.org/a/0"]
    rejects = [i for i in items if isinstance(i, Reject)]
    assert [(r.reason, r.offset, r.uri) for r in rejects] == [("corrupt_record", cut, str(path))]
    assert "record cut short" in rejects[0].detail and whole == 0


def test_a_record_whose_content_length_is_no_number_is_corrupt(tmp_path):
    path = tmp_path / "odd-length.warc"
    w = WarcBuilder(path, gzip=False)
    w.response("http://ex.org/b/0", html_page(0))
    odd = w.raw(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: unknown\r\n\r\n"
                b"<html><body><p>stray bytes</p></body></html>\r\n\r\n")
    w.response("http://ex.org/b/1", html_page(1))
    w.close()
    items = list(WarcReader(path))
    docs = [i.uri for i in items if isinstance(i, RawDocument)]
    rejects = [(r.reason, r.offset, r.detail) for r in items if isinstance(r, Reject)]
    assert docs == ["http://ex.org/b/0", "http://ex.org/b/1"]
    # before: ('not_html', offset, ' is untyped and does not look like HTML'), naming no record
    assert rejects == [("corrupt_record", odd, "Content-Length 'unknown' is not a byte count")]
