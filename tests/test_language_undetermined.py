"""A text with too little language to identify has no language ("undetermined", with
the reason in its notes and printed by ``run``), not whatever py3langid scores highest:
a page of 500 tiny sentences "Line 0. Line 1. ..." was stored as Volapük (``vo``)."""

from __future__ import annotations

import io
import json
from datetime import datetime, timezone

import pytest

from crisisdesk.annotate.annotator import _guess_language
from crisisdesk.extract import ArticleExtractor
from crisisdesk.pipeline import _warn_file_time
from crisisdesk.records import UNDETERMINED_LANGUAGE_NOTE, RawDocument
from crisisdesk.text import undetermined_language

WHEN = datetime(2025, 11, 12, 8, tzinfo=timezone.utc)
TINY_LINES = " ".join(f"Line {i}." for i in range(500))  # py3langid: 'vo', 0.68
TINY_CODES = " ".join(f"S{i}." for i in range(500))  # py3langid: 'vo', 0.82


def _extract(text: str):
    return ArticleExtractor().extract(RawDocument(uri="page.txt", content=text.encode(), fetched_at=WHEN))


@pytest.mark.parametrize("text, why", [
    (TINY_LINES, "500 words repeat only 1 distinct word(s)"),
    (TINY_CODES, "no word of two or more letters"),
    ("Ok. " * 500, "500 words repeat only 1 distinct word(s)"),
])
def test_a_degenerate_page_has_no_language_and_says_why(text, why):
    article = _extract(text)
    assert article.language is None
    assert article.metadata["language_score"] is None
    notes = [n for n in article.notes if n.startswith(UNDETERMINED_LANGUAGE_NOTE)]
    assert len(notes) == 1 and why in notes[0], article.notes
    assert _guess_language(text) is None  # the annotation and coding stages do not guess it either
    err = io.StringIO()
    _warn_file_time(article, err)  # what `crisisdesk run` prints for it
    assert err.getvalue().startswith(f"note page.txt: {UNDETERMINED_LANGUAGE_NOTE}{why}")


@pytest.mark.parametrize("text, language", [
    ("JNIM kidnapped two traders near Gao on Monday.", "en"),
    ("Des hommes armés ont attaqué le marché de Gao vendredi et tué trois commerçants, selon des habitants "
     "de la ville qui ont fui vers Ansongo.", "fr"),
])
def test_short_real_text_keeps_its_language(text, language):
    assert undetermined_language(text) is None
    article = _extract(text)
    assert article.language == language
    assert not [n for n in article.notes if n.startswith(UNDETERMINED_LANGUAGE_NOTE)]


def test_articles_lists_an_undetermined_language_as_und_with_the_reason(tmp_path):
    """``crisisdesk articles`` showed an empty language cell for such a text (a missing
    value, not a finding); it shows ``und`` (ISO 639-2 "undetermined"), ``articles show``
    adds the reason, and ``--language und`` lists them."""
    from typer.testing import CliRunner

    from crisisdesk.cli import _register, app
    from crisisdesk.pipeline import RunOptions, Stages, run
    from crisisdesk.store.db import open_database

    engine = open_database(str(tmp_path / "und.db"))
    raw = [RawDocument(uri="lines.txt", content=TINY_LINES.encode(), fetched_at=WHEN),
           RawDocument(uri="news.txt", content=b"JNIM kidnapped two traders near Gao on Monday, residents said.",
                       fetched_at=WHEN)]
    run(raw, engine, RunOptions(fetched_at=WHEN), Stages(), progress=False, err=io.StringIO())
    _register()
    runner = CliRunner()
    listed = runner.invoke(app, ["--db", str(tmp_path / "und.db"), "articles", "--json"])
    ids = {a["source_uri"]: a["article_id"] for a in json.loads(listed.output)}
    table = runner.invoke(app, ["--db", str(tmp_path / "und.db"), "articles"], env={"COLUMNS": "200"})
    rows = {line.split("│")[1].strip(): [c.strip() for c in line.split("│")[1:-1]]
            for line in table.output.splitlines() if line.count("│") > 4}
    assert rows[ids["lines.txt"]][3] == "und" and rows[ids["news.txt"]][3] == "en"
    shown = runner.invoke(app, ["--db", str(tmp_path / "und.db"), "articles", "show", ids["lines.txt"]],
                          env={"COLUMNS": "300"})
    assert "und (500 words repeat only 1 distinct word(s)" in " ".join(shown.output.split())
    only = runner.invoke(app, ["--db", str(tmp_path / "und.db"), "articles", "--json", "--language", "und"])
    assert [a["source_uri"] for a in json.loads(only.output)] == ["lines.txt"]
