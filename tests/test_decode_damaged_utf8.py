"""A UTF-8 page with one latin-1 byte pasted in (session-15 tester): it was decoded whole
as cp1252 by charset detection, every "é" of the article becoming "Ã©"; it is now UTF-8
with the one bad byte replaced and the ``decode_replaced`` note. Texts written here."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crisisdesk.extract import ArticleExtractor
from crisisdesk.extract.decode import UTF8_REPLACED, decode_bytes
from crisisdesk.records import RawDocument

FRENCH = ("Les forces armées ont neutralisé plusieurs assaillants près de la frontière, a indiqué "
          "l'état-major dans un communiqué publié dans la soirée. Deux soldats ont été blessés lors "
          "des combats, et les blessés ont été évacués vers l'hôpital régional. ")


def _damaged(text: str) -> bytes:
    """``text`` in UTF-8 with the é of "sécurité" written as the latin-1 byte 0xE9."""
    return text.encode("utf-8") + "Selon une source de s".encode() + b"\xe9" + "curité, le calme est revenu.".encode()


@pytest.mark.parametrize("repeat", [1, 3])  # under and over charset detection's 256 bytes
def test_utf8_with_one_latin1_byte_stays_utf8(repeat):
    text, encoding = decode_bytes(_damaged(FRENCH * repeat))
    assert encoding == UTF8_REPLACED
    assert "Ã" not in text
    assert text.startswith("Les forces armées ont neutralisé")
    assert text.count("\ufffd") == 1


def test_html_page_keeps_its_accents_and_notes_the_byte():
    page = (b'<html><head><meta charset="utf-8"><title>Combats</title></head><body><article><p>'
            + _damaged(FRENCH) + b"</p></article></body></html>")
    article = ArticleExtractor().extract(RawDocument(
        uri="page.html", content=page, fetched_at=datetime(2025, 11, 20, tzinfo=timezone.utc)))
    assert "armées" in article.text and "Ã" not in article.text
    assert [n for n in article.notes if n.startswith("decode_replaced: 1 byte sequence")]


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_single_byte_text_is_still_single_byte(encoding):
    text, used = decode_bytes((FRENCH * 3).encode(encoding))
    assert text == FRENCH * 3
    assert used != UTF8_REPLACED


def test_cp1252_with_curly_quotes_and_one_lookalike_pair_stays_cp1252():
    """A single-byte text holding one pair that is valid UTF-8 by chance ("Ã©" as two
    cp1252 characters) has many more invalid sequences: it is not taken for UTF-8."""
    text = "« Ã© » " + FRENCH * 2 + "\u201cfin\u201d"
    decoded, used = decode_bytes(text.encode("cp1252"))
    assert decoded == text
    assert used != UTF8_REPLACED
