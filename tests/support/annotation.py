"""Helpers for the annotation tests (not a test module)."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timezone

from crisisdesk.records import Article


def make_article(text: str, published: date | None = None, language: str | None = "en") -> Article:
    """An Article over ``text`` published at midnight UTC of ``published``."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    when = datetime(published.year, published.month, published.day, tzinfo=timezone.utc) if published else None
    return Article(article_id=digest[:16], text=text, fetched_at=datetime(2026, 1, 1, tzinfo=timezone.utc),
                   source_uri="test", content_hash=digest, published_at=when,
                   published_precision="day" if when else None, language=language)


def code_text(annotator, text: str, published: date) -> list:  # noqa: ANN001 - Annotator -> list[EventMention]
    """The event mentions the coder finds in ``text`` (an English article published on
    ``published``), annotated by ``annotator`` (the session's real pipeline annotator)."""
    from crisisdesk.coding.coder import code_events

    article = make_article(text, published, language="en")
    return code_events(annotator.annotate(article), article)
