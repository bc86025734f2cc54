"""A wire dateline opening the first sentence ("BAMAKO, 12 November 2025 - ...") gives
the publication date and is taken out of the text, so the filing city is neither an
actor nor the event's date (QA finding). Texts written for this test."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crisisdesk.extract.article import ArticleExtractor
from crisisdesk.extract.cleaner import Cleaner, load_patterns
from crisisdesk.records import RawDocument

FETCHED = datetime(2025, 11, 20, 8, 0, tzinfo=timezone.utc)
BODY = "Suspected fighters attacked the village of Dialakoro on Tuesday 11 November 2025, residents said."


def _extract(text: str):
    raw = RawDocument(uri="mem.txt", content=text.encode("utf-8"), fetched_at=FETCHED, media_type="text/plain")
    return ArticleExtractor().extract(raw)


@pytest.mark.parametrize("prefix, place, published, agency", [
    ("BAMAKO, 12 November 2025 - ", "BAMAKO", datetime(2025, 11, 12, tzinfo=timezone.utc), None),
    ("Bamako, Nov 13 (Reuters) – ", "Bamako", datetime(2025, 11, 13, tzinfo=timezone.utc), "Reuters"),
    ("SAN, Friday, 14 November 2025 — ", "SAN", datetime(2025, 11, 14, tzinfo=timezone.utc), None),
])
def test_dateline_prefix_gives_the_publication_date_and_leaves_the_text(prefix, place, published, agency):
    article = _extract(prefix + BODY + "\n\nThe army sent reinforcements to the area on Wednesday.\n")
    assert article.text.startswith("Suspected fighters attacked")
    assert place not in article.text
    assert article.published_at == published
    assert article.published_precision == "day"
    assert article.metadata["published_from"] == "dateline"
    assert article.metadata["dateline_place"] == place
    assert article.metadata.get("agency") == agency


def test_a_comma_and_a_number_without_month_is_not_a_dateline():
    cleaned = Cleaner(load_patterns()).clean_text(
        "Kayes, 12 people - most of them drivers - were wounded in the attack on the convoy.\n")
    assert cleaned.paragraphs[0].startswith("Kayes, 12 people")
    assert "dateline_place" not in cleaned.metadata


def test_dateline_line_already_lifted_keeps_its_date():
    cleaned = Cleaner(load_patterns()).clean_text(
        "Published: 15 November 2025\n\nGAO, 12 November 2025 - " + BODY + "\n")
    assert cleaned.metadata["published_text"] == "15 November 2025"
    assert cleaned.metadata["dateline_place"] == "GAO"
    assert cleaned.paragraphs[0].startswith("Suspected fighters")


def test_dateline_city_is_no_actor_and_the_event_keeps_its_own_date(tmp_path):
    """End to end with the real spaCy model: the attack is dated by its own day (11
    November), not the dateline's (12 November), and BAMAKO is on neither side."""
    import json

    from typer.testing import CliRunner

    from crisisdesk.cli import _register, app

    _register()
    story = tmp_path / "story.txt"
    story.write_text("BAMAKO, 12 November 2025 - " + BODY.replace(", residents", ", killing four civilians, residents")
                     + "\n", encoding="utf-8")
    db = tmp_path / "d.db"
    runner = CliRunner()
    ran = runner.invoke(app, ["--db", str(db), "run", "-q", "--fetched-at", "2025-11-20T08:00Z", str(story)])
    assert ran.exit_code == 0, ran.output
    events = json.loads(runner.invoke(app, ["--db", str(db), "events", "--json"]).stdout)
    attack = [e for e in events if e["place"] == "Dialakoro"]
    assert len(attack) == 1
    assert attack[0]["event_date"] == "2025-11-11"
    assert all("BAMAKO" not in f"{e['source']} {e['target']}".upper() for e in events)


@pytest.mark.parametrize("prefix, published", [
    # one valid reading: day first (25 is no month)
    ("BAMAKO, 25/10/2025 - ", datetime(2025, 10, 25, tzinfo=timezone.utc)),
    # one valid reading: month first (25 is no month)
    ("BAMAKO, 10/25/2025 - ", datetime(2025, 10, 25, tzinfo=timezone.utc)),
    # both valid: 12 November is 8 days before the fetch, 11 December is after it
    ("BAMAKO, 12/11/2025 - ", datetime(2025, 11, 12, tzinfo=timezone.utc)),
    # both valid: 11 December is after the fetch, so month first: 12 November
    ("BAMAKO, 11.12.2025 - ", datetime(2025, 11, 12, tzinfo=timezone.utc)),
    ("BAMAKO, 2025-11-14 - ", datetime(2025, 11, 14, tzinfo=timezone.utc)),
])
def test_numeric_dateline_is_read_with_the_fetch_time_deciding_day_or_month_first(prefix, published):
    article = _extract(prefix + BODY + "\n")
    assert article.text.startswith("Suspected fighters attacked")
    assert article.published_at == published
    assert article.metadata["published_from"] == "dateline"


def test_ambiguous_numeric_dateline_gives_no_date_rather_than_a_guess():
    """5 March or 3 May 2025: both months before the fetch (20 November), neither within
    31 days of it, so the dateline's date stays unknown; the place is still lifted."""
    article = _extract("BAMAKO, 05/03/2025 - " + BODY + "\n")
    assert article.text.startswith("Suspected fighters attacked")
    assert article.metadata["dateline_place"] == "BAMAKO"
    assert article.metadata.get("published_from") != "dateline"
    assert article.published_at != datetime(2025, 3, 5, tzinfo=timezone.utc)
    assert article.published_at != datetime(2025, 5, 3, tzinfo=timezone.utc)
