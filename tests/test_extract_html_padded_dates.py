"""A page with no date of its own is not dated by a date that htmldate's extensive text
search picks from its text (a bare year or month padded to the 1st, or a date a sentence
mentions: an event's), only by one its metadata or markup gives or one written on a
byline or date line (``extract.html.date_line``).

Found by s12-tester: a page with 200 KB of script numbers and one news sentence was
published "1996-01-01" at day precision, and its "on Monday" became 1996-01-01; a page
that mentions "In 2012 rebels took Kidal" was published 2012-01-01.
"""

from datetime import datetime, timezone

import pytest

from crisisdesk.extract.article import ArticleExtractor
from crisisdesk.extract.html import PUBLISHED_GUESS_DROPPED, extract_html
from crisisdesk.records import RawDocument

SENTENCE = "<p>Gunmen attacked a fuel convoy near Gao on Monday, killing five drivers, a union official said.</p>"


def _page(body: str, head: str = "") -> str:
    return f"<html><head><title>Convoy attacked near Gao</title>{head}</head><body>{body}{SENTENCE}</body></html>"


SCRIPT = "<script>var ids=[" + ",".join(str(i) for i in range(1900, 2030)) + "];</script>"


@pytest.mark.parametrize("body", [
    SCRIPT,                                                       # numbers in a script: was 1996-01-01 or so
    "<p>In 2012 rebels took Kidal. In 2013 France intervened.</p>",  # history: was 2012-01-01
    "<p>Copyright © 2023 Sahel Monitor</p>",                       # footer: was 2023-01-01
    "<p>Since November 2025 the blockade has held.</p>",            # a month alone: was 2025-11-01
])
def test_padded_guess_is_no_publication_date(body):
    found = extract_html(_page(body))
    assert found.date is None
    assert any(note.startswith(PUBLISHED_GUESS_DROPPED) for note in found.notes)


@pytest.mark.parametrize("body,head,expected", [
    ("<p>Published 1 November 2025.</p>", "", "2025-11-01"),      # a real 1st, written out
    ("<p>November 1, 2025</p>", "", "2025-11-01"),
    ("<p>Posted 2025-11-01</p>", "", "2025-11-01"),
    ("", '<meta property="article:published_time" content="2025-11-01T08:00:00Z">', "2025-11-01"),  # metadata
    ("<p>Published 24 November 2025.</p>", "", "2025-11-24"),     # not the 1st: untouched
])
def test_real_dates_are_kept(body, head, expected):
    found = extract_html(_page(body, head))
    assert found.date == expected
    assert not found.notes


def test_article_from_script_heavy_page_is_undated_with_the_note():
    raw = RawDocument(uri="mem://script.html", content=_page(SCRIPT * 20).encode(),
                      fetched_at=datetime(2025, 11, 25, 9, tzinfo=timezone.utc), media_type="text/html")
    article = ArticleExtractor().extract(raw)
    assert article.published_at is None
    assert any(note.startswith(PUBLISHED_GUESS_DROPPED) for note in article.notes)


@pytest.mark.parametrize("body", [
    "<p>Gunmen attacked the market of Tessit on 27 November 2025, killing five people, residents said.</p>",
    "<p>The attack on 27 November 2025 killed five.</p>",
])
def test_a_date_in_a_sentence_is_no_publication_date(body):
    """A page with no metadata was published on the day its text reports an attack
    (htmldate's extensive search: "opportunistic text search"), and its "on Monday"
    was dated against that day; the date is now only named in the note."""
    raw = RawDocument(uri="mem://tessit.html", content=_page(body).encode(),
                      fetched_at=datetime(2025, 11, 30, 9, tzinfo=timezone.utc), media_type="text/html")
    article = ArticleExtractor().extract(raw)
    assert article.published_at is None and article.published_precision is None
    [note] = [n for n in article.notes if n.startswith(PUBLISHED_GUESS_DROPPED)]
    assert "'2025-11-27'" in note and "a date the text mentions" in note


@pytest.mark.parametrize("body, expected", [
    ("<p>Published: 24 November 2025</p>", datetime(2025, 11, 24, tzinfo=timezone.utc)),
    ("<p>By Staff Reporter, 24 November 2025</p>", datetime(2025, 11, 24, tzinfo=timezone.utc)),
])
def test_a_date_line_dates_the_page_and_says_so(body, expected):
    """A byline or date line still dates the page, at day precision, and the article
    says where the date comes from (``date_line``, not the page's metadata)."""
    raw = RawDocument(uri="mem://byline.html", content=_page(body).encode(),
                      fetched_at=datetime(2025, 11, 30, 9, tzinfo=timezone.utc), media_type="text/html")
    article = ArticleExtractor().extract(raw)
    assert (article.published_at, article.published_precision) == (expected, "day")
    assert article.metadata["published_from"] == "date_line"
    head = '<meta property="article:published_time" content="2025-11-24T08:00:00Z">'
    meta = ArticleExtractor().extract(RawDocument(uri="mem://meta.html", content=_page("", head).encode(),
                                                  fetched_at=datetime(2025, 11, 30, 9, tzinfo=timezone.utc),
                                                  media_type="text/html"))
    assert meta.metadata["published_from"] == "document"
