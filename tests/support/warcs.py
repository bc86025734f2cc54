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


TOWNS = ["Kayes", "Kati", "Segou", "Mopti", "Gao", "Timbuktu"]


def incident_page(i: int) -> bytes:
    """Reports of invented incidents, three outlets per incident (``i // 3``), so that
    event mentions from different articles (and partitions) merge into one event."""
    incident = i // 3
    town = TOWNS[incident % len(TOWNS)]
    day = 1 + incident % 25
    dead = 2 + incident % 5
    lead = [f"Gunmen attacked a fuel convoy near {town} on {day} November 2025, killing {dead} drivers, officials said.",
            f"Armed men attacked a convoy of fuel tankers near {town} on {day} November 2025 and killed {dead} drivers.",
            f"{dead} drivers were killed when gunmen attacked a fuel convoy near {town} on {day} November 2025."][i % 3]
    return (f"<!DOCTYPE html><html><head><title>Convoy attacked near {town} ({i})</title></head><body>"
            f"<article><h1>Convoy attacked near {town}</h1><p>{lead}</p>"
            f"<p>The transport union in report {i} said drivers now refuse to travel without an escort.</p>"
            f"</article></body></html>").encode()
