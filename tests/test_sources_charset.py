"""Pages in single-byte encodings served by a local server: the HTTP charset, then the
page's <meta> declaration, then detection decide how their bytes are read."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from crisisdesk.pipeline import RunOptions, run
from crisisdesk.sources.charset import codec_for_label, decide_encoding, header_charset, meta_charset
from crisisdesk.sources.dispatch import InputSource
from crisisdesk.sources.http import FetchSettings
from crisisdesk.store.db import open_database
from crisisdesk.store.models import ArticleRow
from tests.support.webserver import Reply

# Our own sentences: accents common to latin-1 and windows-1252, a right single quote
# (0x92 in windows-1252, a C1 control in latin-1), a euro sign and an oe ligature
# (0x80 and 0x9C in windows-1252, 0xA4 and 0xBD in ISO-8859-15, where windows-1252
# has the currency sign and one half).
SENTENCE = ("À Ségou, l’armée a escorté les camions-citernes ; le litre de gazole coûte "
            "désormais 1 500 francs CFA, soit plus de 2 € selon les négociants du marché.")
LATIN9_SENTENCE = ("Au cœur du marché de Ségou, le litre de gazole coûte désormais plus de 2 €, "
                   "disent les négociants.")
SHORT_LATIN9 = "Gazole : 2 € le litre, œuvre des négociants."
LATIN1_SENTENCE = "À Ségou, les négociants disent que le gazole manque depuis la fin du mois."


def page(text: str, encoding: str, meta: str | None = None) -> bytes:
    head = f'<meta charset="{meta}">' if meta else ""
    return (f"<html><head>{head}<title>Gazole à Ségou</title></head><body><article>"
            f"<p>{text}</p><p>{text}</p></article></body></html>").encode(encoding)


CASES = {
    # path: (reply body, Content-Type, expected sentence)
    "/cp1252-header": (page(SENTENCE, "cp1252"), "text/html; charset=windows-1252", SENTENCE),
    "/cp1252-meta": (page(SENTENCE, "cp1252", meta="windows-1252"), "text/html", SENTENCE),
    "/latin1-header": (page(LATIN1_SENTENCE, "latin-1"), "text/html; charset=ISO-8859-1", LATIN1_SENTENCE),
    "/latin1-none": (page(LATIN1_SENTENCE, "latin-1"), "text/html", LATIN1_SENTENCE),
    # the euro sign is 0xA4 here: only the declared ISO-8859-15 reads it right
    "/latin9-header": (page(LATIN9_SENTENCE, "iso-8859-15"), "text/html; charset=iso-8859-15", LATIN9_SENTENCE),
    "/latin9-meta": (page(LATIN9_SENTENCE, "iso-8859-15", meta="iso-8859-15"), "text/html", LATIN9_SENTENCE),
    # pages under 256 bytes are too short for detection (cp1252 is assumed, reading
    # 0xA4 as the currency sign): only the declarations read the euro sign right
    "/short-latin9-header": (page(SHORT_LATIN9, "iso-8859-15"), "text/html; charset=iso-8859-15", SHORT_LATIN9),
    "/short-latin9-meta": (page(SHORT_LATIN9, "iso-8859-15", meta="iso-8859-15"), "text/html", SHORT_LATIN9),
    # a label Python does not know: the meta declaration decides
    "/bad-label": (page(LATIN9_SENTENCE, "iso-8859-15", meta="iso-8859-15"), "text/html; charset=x-unknown",
                   LATIN9_SENTENCE),
    # a header that lies (UTF-8 declared, windows-1252 bytes): the bytes are not UTF-8
    "/wrong-header": (page(SENTENCE, "cp1252", meta="windows-1252"), "text/html; charset=utf-8", SENTENCE),
    # UTF-8 labelled latin-1, the usual mislabel: valid UTF-8 wins
    "/utf8-labelled-latin1": (page(SENTENCE, "utf-8"), "text/html; charset=iso-8859-1", SENTENCE),
}


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The pages fetched once from a local server and stored: ``(server, engine, rows by URL)``."""
    from tests.support.webserver import LocalWebServer

    tmp_path = tmp_path_factory.mktemp("charset")
    web = LocalWebServer().start()
    for path, (body, content_type, _) in CASES.items():
        web.routes[path] = Reply(200, body, {"Content-Type": content_type})
    engine = open_database(str(tmp_path / "charset.db"))
    settings = FetchSettings(raw_dir=tmp_path / "raw", min_interval=0, retries=0, timeout=10,
                             respect_robots=False)
    try:
        with InputSource([web.url(p) for p in CASES], engine, fetch_settings=settings) as source:
            run(source, engine, RunOptions(nlp=False), progress=False)
        with Session(engine) as session:
            rows = {row.url: row for row in session.scalars(select(ArticleRow))}
        yield web, engine, rows
    finally:
        web.stop()


@pytest.mark.parametrize("path", list(CASES))
def test_page_text_read_with_the_declared_encoding(served, path):
    web, _, rows = served
    article = rows[web.url(path)]
    expected = CASES[path][2]
    assert expected in article.text
    assert article.title == "Gazole à Ségou"


def test_raw_store_keeps_the_bytes_as_served(served):
    from crisisdesk.store.models import FetchRow

    web, engine, _ = served
    with Session(engine) as session:
        row = session.get(FetchRow, web.url("/latin9-header"))
    assert open(row.raw_path, "rb").read() == CASES["/latin9-header"][0]


def test_decision_and_its_source():
    cp1252 = page(SENTENCE, "cp1252", meta="windows-1252")
    assert decide_encoding(cp1252, "text/html; charset=windows-1252").source == "header"
    assert decide_encoding(cp1252, "text/html").source == "meta"
    assert decide_encoding(page(SENTENCE, "cp1252"), "text/html").source == "none"
    assert decide_encoding(page(SENTENCE, "utf-8"), "text/html; charset=latin1").encoding == "utf-8"
    assert decide_encoding(b"<html><p>plain ASCII</p></html>", "text/html; charset=utf-8").encoding == "utf-8"
    assert header_charset('text/html; Charset="ISO-8859-1"') == "iso-8859-1"
    assert header_charset("text/html") is None
    assert meta_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=Windows-1252">') == "windows-1252"
    assert codec_for_label("ISO-8859-1") == "cp1252"  # WHATWG Encoding Standard label table
    assert codec_for_label("x-unknown") is None
