"""A declared language the text contradicts (session-15 tester): a French article
labelled ``"language": "en"`` by its feed or JSON dump is identified, annotated and
coded as French (as before) and now says so in a ``language_differs`` note, printed by
``crisisdesk run``; the declared value was dropped without a word. Sentences written here."""

from __future__ import annotations

import io
from datetime import datetime, timezone

import pytest

from crisisdesk.extract import ArticleExtractor
from crisisdesk.extract.article import LANGUAGE_DIFFERS, declared_language_differs
from crisisdesk.pipeline import _warn_file_time
from crisisdesk.records import RawDocument
from crisisdesk.sources.files import document_from_object

WHEN = datetime(2025, 11, 20, 8, tzinfo=timezone.utc)
FRENCH = ("Des hommes armés ont attaqué un poste de gendarmerie près de la frontière mardi soir. "
          "Deux gendarmes ont été blessés, selon une source locale jointe par téléphone. "
          "Les assaillants ont pris la fuite à moto avant l'arrivée des renforts.")


def _extract(content: str, uri: str = "page.html"):
    return ArticleExtractor().extract(RawDocument(uri=uri, content=content.encode(), fetched_at=WHEN))


def _extract_item(item: dict):
    """As ``crisisdesk run item.json`` reads a JSON article object (its fields are the
    container's metadata)."""
    raw = document_from_object(item, uri="item.json", fetched_at=WHEN, origin="file")
    return ArticleExtractor().extract(raw)


@pytest.mark.parametrize(("declared", "detected", "expected"), [
    ("en", "fr", "en"), ("EN-gb", "fr", "en"), ("English", "fr", "en"), ("eng", "fr", "en"),
    ("fr", "fr", None), ("fr-FR", "fr", None), ("French", "fr", None), ("fra", "fr", None),
    ("xx-yy", "fr", None), ("und", "fr", None), (None, "fr", None), ("en", None, None),
])
def test_declared_language_differs(declared, detected, expected):
    assert declared_language_differs(declared, detected) == expected


def test_json_item_labelled_english_with_french_text_is_french_with_a_note():
    item = {"title": "Attaque", "url": "https://example.org/x", "language": "en", "text": FRENCH}
    article = _extract_item(item)
    assert article.language == "fr"
    notes = [n for n in article.notes if n.startswith(LANGUAGE_DIFFERS)]
    assert len(notes) == 1
    assert "declares 'en' (en) but its text reads as 'fr'" in notes[0]
    assert notes[0].endswith("annotated and coded as 'fr'")


def test_json_item_labelled_right_has_no_note():
    item = {"title": "Attaque", "url": "https://example.org/x", "language": "fr", "text": FRENCH}
    article = _extract_item(item)
    assert article.language == "fr"
    assert not [n for n in article.notes if n.startswith(LANGUAGE_DIFFERS)]


def test_html_lang_attribute_contradicted_by_the_text():
    page = (f'<html lang="en"><head><title>Attaque</title></head><body><article><p>{FRENCH}</p>'
            f'<p>{FRENCH}</p></article></body></html>')
    article = _extract(page, uri="page.html")
    assert article.language == "fr"
    assert [n for n in article.notes if n.startswith(LANGUAGE_DIFFERS)]


def test_run_prints_the_note():
    item = {"title": "Attaque", "url": "https://example.org/x", "language": "en", "text": FRENCH}
    article = _extract_item(item)
    err = io.StringIO()
    _warn_file_time(article, err)
    assert "note item.json: language_differs: the item declares 'en'" in err.getvalue()


@pytest.mark.parametrize(("page", "tag"), [
    ('<html lang="en">', "en"), ("<!DOCTYPE html><html class=x lang=fr-FR dir=ltr>", "fr-FR"),
    ('<HTML xml:lang="de" >', "de"), ("<html>", None), ('<html data-lang="x">', None),
])
def test_declared_html_language(page, tag):
    from crisisdesk.extract.html import declared_html_language

    assert declared_html_language(page) == tag
