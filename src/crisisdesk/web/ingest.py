"""Ingest over HTTP: one posted article through the same flow as ``crisisdesk run``
(``crisisdesk.pipeline.run``: extract → annotate → code → store, rejects recorded)."""

from __future__ import annotations

import dataclasses
import io
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import Engine

from crisisdesk import pipeline
from crisisdesk.records import RawDocument


class IngestRejected(ValueError):
    """The pipeline rejected the posted document; the message gives the reason."""


class Ingestor:
    """Runs posted documents through the pipeline. The NLP stages are built once, on
    the first post, and reused (loading a spaCy model per request would take seconds)."""

    def __init__(self, engine: Engine, options: pipeline.RunOptions | None = None):
        self.engine = engine
        self.options = options or pipeline.RunOptions(command="http")
        self._stages: pipeline.Stages | None = None

    def stages(self) -> pipeline.Stages:
        if self._stages is None:
            self._stages = pipeline.build_stages(self.options, self.engine) if self.options.nlp else pipeline.Stages()
        return self._stages

    def ingest(self, raw: RawDocument, recode: bool = False) -> dict[str, Any]:
        """Process and store ``raw``. Returns ``{"article_id", "mentions", "detail"}``
        (``detail``: the run's counts). ``recode``: a document whose text is stored
        already is coded again and its mentions replaced (``RunOptions.recode``, as
        ``crisisdesk run --recode``). Raises :class:`IngestRejected` with the reason
        when the document is rejected (it is also stored in ``rejects``)."""
        err = io.StringIO()
        options = dataclasses.replace(self.options, recode=True) if recode and self.options.nlp else self.options
        summary = pipeline.run([raw], self.engine, options, self.stages(), progress=False, err=err)
        if summary.rejected or not summary.article_ids:
            raise IngestRejected(err.getvalue().strip() or "document rejected")
        return {"article_id": summary.article_ids[0], "mentions": summary.mentions,
                "detail": {**summary.counts(), "run_id": summary.run_id}}


def raw_document(text: str, title: str | None, url: str | None,
                 published_at: datetime | date | None, language: str | None) -> RawDocument:
    """A ``RawDocument`` (origin ``http``) for a posted article; the metadata carries
    the fields the client gave (title, url, published, language). A ``date`` is written
    as YYYY-MM-DD, so the article keeps day precision."""
    metadata: dict[str, Any] = {k: v for k, v in {
        "title": title, "url": url, "language": language,
        "published": published_at.isoformat() if published_at else None,
    }.items() if v}
    return RawDocument(
        uri=url or "http:post", content=text.encode("utf-8"), fetched_at=datetime.now(timezone.utc),
        origin="http", media_type="text/plain; charset=utf-8", metadata=metadata,
    )
