"""The system under test: crisisdesk's own pipeline, run in memory (no database).

Every evaluation kind turns its inputs into :class:`~crisisdesk.records.RawDocument`
items and codes them with :func:`crisisdesk.pipeline.process`, exactly as
``crisisdesk run`` does, so the scores measure the product and not a copy of it.
:func:`code_documents` spreads the work over a process pool (one pipeline, hence one
spaCy model, per worker process) and reports progress after each item.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from functools import lru_cache
from typing import Any

from crisisdesk.records import EVENTS_DATED_BY_PUBLICATION, Article, EventMention, RawDocument


@dataclass
class CodedItem:
    """What the pipeline made of one input: the extracted ``article`` (None when
    extraction rejected it), its event ``mentions``, and ``error`` (``stage: reason``)
    when the item could not be processed."""

    key: str
    article: Article | None
    mentions: list[EventMention] = field(default_factory=list)
    error: str | None = None


def raw_from_text(text: str, *, uri: str, published: date | datetime, title: str,
                  events_dated_by_publication: bool = False) -> RawDocument:
    """A plain-text ``RawDocument`` for a short text treated as an article titled
    ``title`` and published on ``published`` (a date means that day; ``fetched_at`` is
    then the end of that day, UTC; ``metadata["published"]`` carries it for the
    extractor).

    The title is written as the document's first line, the way a scraped page starts:
    the text extractor takes a short first line without a final full stop as the title,
    so without it a one-sentence text such as an ACLED note ending in ``[size=large]``
    would become the title and leave no body. ``events_dated_by_publication``: the text
    is an incident log entry dated by its event (an ACLED note published on its
    ``event_date``; :data:`crisisdesk.records.EVENTS_DATED_BY_PUBLICATION`), so its
    undated sentences take that day rather than the week ending on it.
    """
    if isinstance(published, datetime):
        fetched = published.astimezone(timezone.utc)
        published_text = fetched.isoformat()
    else:
        fetched = datetime.combine(published, time(23, 59, 59), tzinfo=timezone.utc)
        published_text = published.isoformat()
    return RawDocument(
        uri=uri,
        content=f"{title}\n\n{text}\n".encode("utf-8"),
        fetched_at=fetched,
        origin="file",
        media_type="text/plain",
        metadata={"published": published_text, "title": title,
                  **({EVENTS_DATED_BY_PUBLICATION: True} if events_dated_by_publication else {})},
    )


class PipelineCoder:
    """One loaded pipeline (``crisisdesk.pipeline.build_stages``) that codes documents.

    ``options`` are keyword arguments of the pipeline's ``RunOptions``, e.g.
    ``{"spacy_model": "en_core_web_sm"}``. Raises whatever ``build_stages`` raises when
    its model cannot be loaded.
    """

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        from crisisdesk import pipeline
        from crisisdesk.extract import ArticleExtractor

        self._pipeline = pipeline
        self.options = pipeline.RunOptions(**(options or {}))
        self.stages = pipeline.build_stages(self.options)
        self.extractor = ArticleExtractor(self.options.pattern_files)

    def code(self, key: str, raw: RawDocument) -> CodedItem:
        """Run one document through extraction, annotation and coding (nothing is
        stored). An item the pipeline rejects (``ItemError``) or fails on becomes a
        ``CodedItem`` with ``error`` set (``stage: reason (detail)``)."""
        from crisisdesk.errors import ItemError

        try:
            result = self._pipeline.process(raw, self.stages, self.options, extractor=self.extractor)
        except ItemError as exc:
            return CodedItem(key, None, [], f"{exc.stage}: {exc.reason}" + (f" ({exc.detail})" if exc.detail else ""))
        except Exception as exc:  # a failing item is reported, the evaluation goes on
            return CodedItem(key, None, [], f"error: {type(exc).__name__}: {exc}")
        return CodedItem(key, result.article, list(result.mentions))


@lru_cache(maxsize=2)
def _worker_coder(options_key: tuple) -> PipelineCoder:
    """The pipeline of this worker process, loaded once (explicit cached loader)."""
    return PipelineCoder(dict(options_key))


def _code_in_worker(args: tuple[tuple, str, RawDocument]) -> CodedItem:
    options_key, key, raw = args
    return _worker_coder(options_key).code(key, raw)


def default_workers() -> int:
    """Worker processes to use: the CPU count available to this process, at most 2 by
    default on this project's shared machines (``CRISISDESK_EVAL_WORKERS`` overrides)."""
    env = os.environ.get("CRISISDESK_EVAL_WORKERS")
    if env:
        return max(1, int(env))
    return max(1, min(2, len(os.sched_getaffinity(0))))


def code_documents(
    items: Sequence[tuple[str, RawDocument]],
    *,
    options: dict[str, Any] | None = None,
    workers: int = 1,
    progress: Callable[[CodedItem], None] | None = None,
) -> list[CodedItem]:
    """Code ``items`` (``(key, RawDocument)`` pairs) and return one ``CodedItem`` per item
    in input order. ``workers`` > 1 uses a process pool, one pipeline per worker;
    ``progress`` is called once per finished item (in input order)."""
    options_key = tuple(sorted((options or {}).items()))
    results: list[CodedItem] = []
    if workers <= 1 or len(items) < 2 * workers:
        coder = _worker_coder(options_key)
        for key, raw in items:
            item = coder.code(key, raw)
            results.append(item)
            if progress:
                progress(item)
        return results
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    chunk = max(1, min(16, len(items) // (workers * 8)))
    with context.Pool(processes=workers) as pool:
        for item in pool.imap(_code_in_worker, [(options_key, k, r) for k, r in items], chunksize=chunk):
            results.append(item)
            if progress:
                progress(item)
    return results
