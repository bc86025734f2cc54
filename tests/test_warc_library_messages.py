"""What warcio says on stderr or through its logger while reading an archive is reported
with the archive's path and the record's offset (it was printed as warcio wrote it,
with neither). An uncompressed WARC written by hand for this test: a record whose
Content-Length leaves out the end of its block, and a record whose WARC-Target-URI
holds a space."""

from __future__ import annotations

import logging

from crisisdesk.records import RawDocument
from crisisdesk.sources.warc import WarcReader

BODY = b"<html><body><p>Gunmen attacked a market in Gao on Friday, residents said.</p></body></html>"


def _record(number: int, uri: str, tail: bytes = b"") -> bytes:
    head = (f"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000{number}>\r\n"
            f"WARC-Target-URI: {uri}\r\nWARC-Date: 2025-11-22T08:00:00Z\r\nContent-Type: text/html\r\n"
            f"Content-Length: {len(BODY)}\r\n\r\n").encode()
    return head + BODY + tail + b"\r\n\r\n"


def test_warcio_messages_name_the_archive_and_the_record(tmp_path, capsys, caplog):
    first = _record(1, "http://news.example.org/a", tail=b"<p>a tail the length left out</p>")
    path = tmp_path / "odd.warc"
    path.write_bytes(first + _record(2, "http://news.example.org/b c"))
    reader = WarcReader(path)
    with caplog.at_level(logging.INFO):
        items = list(reader)
    assert [(type(i), i.offset) for i in items] == [(RawDocument, 0), (RawDocument, len(first))]
    by_offset = dict(reader.warnings)
    assert "perhaps Content-Length is invalid" in by_offset[0]  # read past the end of record 0
    assert by_offset[len(first)] == "Replacing spaces in invalid WARC-Target-URI: http://news.example.org/b c"
    err = capsys.readouterr().err.splitlines()
    # one line each, path and offset first; nothing of warcio's own several-line text
    assert len(err) == 2, err
    assert sorted(line.split(": ")[0] for line in err) == [f"warning {path} (offset 0)",
                                                          f"warning {path} (offset {len(first)})"]
    assert not [r for r in caplog.records if r.name.startswith("warcio")]  # not logged twice


def test_a_caller_can_take_the_messages(tmp_path, capsys):
    path = tmp_path / "odd.warc"
    path.write_bytes(_record(1, "http://news.example.org/b c"))
    said: list[tuple[str, int, str]] = []
    list(WarcReader(path, warn=lambda *message: said.append(message)))
    assert said == [(str(path), 0, "Replacing spaces in invalid WARC-Target-URI: http://news.example.org/b c")]
    assert capsys.readouterr().err == ""
