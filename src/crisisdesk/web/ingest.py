"""Ingest over HTTP: one posted article through the same pipeline as ``crisisdesk run``
(``crisisdesk.pipeline.process``), then stored."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Engine

from crisisdesk.records import RawDocument


class IngestUnavailable(RuntimeError):
    """The coding pipeline is not installed in this build."""


def raw_document(text: str, title: str | None, url: str | None,
                 published_at: datetime | None, language: str | None) -> RawDocument:
    """A ``RawDocument`` (origin ``http``) for a posted article; the metadata carries
    the fields the client gave (title, url, published, language)."""
    metadata: dict[str, Any] = {k: v for k, v in {
        "title": title, "url": url, "language": language,
        "published": published_at.isoformat() if published_at else None,
    }.items() if v}
    return RawDocument(
        uri=url or "http:post", content=text.encode("utf-8"), fetched_at=datetime.now(timezone.utc),
        origin="http", media_type="text/plain; charset=utf-8", metadata=metadata,
    )


def ingest(engine: Engine, raw: RawDocument) -> dict[str, Any]:
    """Run the pipeline on ``raw`` and store the result. Returns ``{"article_id",
    "mentions", "detail"}``. Raises :class:`IngestUnavailable` when the pipeline
    module is missing, ``ValueError`` when the document is rejected."""
    try:
        from crisisdesk import pipeline
    except ImportError as exc:  # the pipeline lands with the foundation work
        raise IngestUnavailable(f"the coding pipeline is not available: {exc}") from None
    result = pipeline.process_and_store(engine, raw) if hasattr(pipeline, "process_and_store") else None
    if result is None:
        raise IngestUnavailable("crisisdesk.pipeline has no process_and_store()")
    return result
