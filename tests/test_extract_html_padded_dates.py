"""A page with no date of its own is not dated by a bare year or month that htmldate's
extensive text search pads to the 1st (``extract.html.trusted_page_date``).

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
