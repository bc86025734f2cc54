"""WARC files written by the tests with warcio (our own invented pages)."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def html_page(i: int, words: int = 60) -> bytes:
    filler = " ".join(f"word{(i * 7 + k) % 97}" for k in range(words))
    return (f"<!DOCTYPE html><html><head><title>Bulletin {i}: convoy report</title></head>"
            f"<body><nav>Home | World | Sahel</nav><article><h1>Bulletin {i}: convoy report</h1>"
            f"<p>Bulletin number {i} says that fuel convoys on the Kayes road were delayed "
            f"again this week. {filler}.</p><p>Officials in district {i % 50} said the "
            f"situation remains tense and that talks continue.</p></article>"
            f"<footer>Copyright</footer></body></html>").encode()


class WarcBuilder:
    """Append records; ``offsets`` keeps each record's start offset."""

    def __init__(self, path: Path, gzip: bool = True):
        self.path = path
        self.handle = open(path, "wb")
        self.writer = WARCWriter(self.handle, gzip=gzip)
        self.offsets: list[int] = []

    def response(self, url: str, body: bytes, content_type: str = "text/html; charset=utf-8",
                 status: str = "200 OK", date: str = "2025-11-22T08:00:00Z") -> int:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = self.writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=headers,
            warc_headers_dict={"WARC-Date": date})
        return self._write(record)

    def request(self, url: str) -> int:
        headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
        record = self.writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                                http_headers=headers)
        return self._write(record)

    def raw(self, data: bytes) -> int:
        self.offsets.append(self.handle.tell())
        self.handle.write(data)
        return self.offsets[-1]

    def _write(self, record) -> int:
        self.offsets.append(self.handle.tell())
        self.writer.write_record(record)
        return self.offsets[-1]

    def close(self) -> None:
        self.handle.close()


def generate_warc(path: Path, n: int, gzip: bool = True, words: int = 60) -> list[int]:
    """A WARC of ``n`` HTML responses at ``http://news.example.org/bulletin/<i>``."""
    builder = WarcBuilder(path, gzip=gzip)
    for i in range(n):
        builder.response(f"http://news.example.org/bulletin/{i}", html_page(i, words),
                         date=f"2025-11-{1 + i % 28:02d}T08:00:00Z")
    builder.close()
    return builder.offsets


REPORT_ACTORS = ["JNIM", "Malian Armed Forces", "Africa Corps", "Islamic State Sahel Province",
                 "FLA", "Dozo militia"]
REPORT_TARGETS = ["a fuel convoy", "an army post", "civilians at a market", "a checkpoint", "a bus"]
REPORT_TOWNS = ["Kayes", "Kati", "Segou", "Mopti", "Gao", "Timbuktu", "Sikasso", "Bamako", "Kidal",
                "Menaka", "Nioro du Sahel", "Bandiagara"]
REPORT_MONTHS = [("September", 30), ("October", 31), ("November", 30)]


def short_report(i: int, incidents: int = 1000) -> bytes:
    """A two-sentence invented report of incident ``i % incidents``: article ``i`` and
    ``i + incidents`` report the same attack in other words (so their mentions merge
    into one event even when they lie in different backfill partitions). Actor, target,
    town and date vary with the incident: town ``incident % 12``, date
    ``incident // 12`` days after 1 September 2025 (so no two incidents of the first
    1,008 share town and day). The text is over 250 characters so that trafilatura
    keeps its own extraction (a shorter one triggers its slower jusText fallback)."""
    incident = i % incidents
    actor = REPORT_ACTORS[incident % len(REPORT_ACTORS)]
    target = REPORT_TARGETS[incident % len(REPORT_TARGETS)]
    town = REPORT_TOWNS[incident % len(REPORT_TOWNS)]
    day_index = incident // len(REPORT_TOWNS)
    for month, length in REPORT_MONTHS:
        if day_index < length:
            break
        day_index -= length
    date = f"{day_index + 1} {month} 2025"
    dead = 2 + incident % 9
    lead = [f"{actor} attacked {target} near {town} on {date}, killing {dead} people, "
            f"local officials and residents told reporters.",
            f"On {date}, {actor} fighters attacked {target} near {town}, and {dead} people died, "
            f"according to local officials and residents."][(i // incidents) % 2]
    return (f"<!DOCTYPE html><html><head><title>Attack near {town}</title></head><body>"
            f"<article><h1>Attack near {town} ({i})</h1><p>{lead} Traders in {town} said "
            f"that the roads to the regional capital stayed closed for the rest of the week.</p>"
            f"</article></body></html>").encode()


def arc_file_header(name: str = "test.arc") -> bytes:
    """The ``filedesc://`` record that opens an ARC v1 file (IA ARC file format 1.0)."""
    block = b"1 0 crisisdesk-tests\nURL IP-address Archive-date Content-type Archive-length\n"
    return f"filedesc://{name} 0.0.0.0 20251122080000 text/plain {len(block)}\n".encode() + block + b"\n"


def arc_record(url: str, body: bytes, *, length_change: int = 0,
               content_type: str = "text/html", date: str = "20251122080000") -> bytes:
    """One uncompressed ARC v1 record (header line, HTTP response, separating newline);
    ``length_change`` added to the declared Archive-length makes it wrong."""
    payload = (f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n"
               f"Content-Length: {len(body)}\r\n\r\n").encode() + body
    header = f"{url} 127.0.0.1 {date} {content_type} {len(payload) + length_change}\n".encode()
    return header + payload + b"\n"
