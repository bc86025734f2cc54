"""The one flow every entry point calls: sources → extract → annotate → code → store →
consolidate.

The CLI (``crisisdesk run``), the web app, the feed watcher and batch jobs all call
:func:`run` (many items) or :func:`process` (one item)::

    options = RunOptions(fetched_at=None)
    stages = build_stages(options)          # the NLP stages (annotate, code)
    summary = run(iter_raw_documents(paths), engine, options, stages)

Per item: extraction (``ExtractionError`` → a reject), an unchanged article (same URL
or text, same content hash as the latest stored revision) is skipped before the NLP
stages run (with ``RunOptions.recode`` the stored latest revision is coded again and
its mentions replaced instead, ``store.repository.save_article(recode=True)``),
otherwise ``stages.annotate(article)`` → doc, ``stages.code(doc)`` →
mentions, and ``store.repository.save_article`` writes article and mentions in one
transaction. Every ``CONSOLIDATE_EVERY`` articles and at the end, ``consolidate.update_stored``
gives the new articles their story cluster and merges their mentions into events (its
own transaction; an interrupted run's leftovers are consolidated by the next run).
A bad item is reported on stderr (path, line, reason), stored in ``rejects``, and the
run goes on. SIGTERM is turned into ``KeyboardInterrupt`` so that
Ctrl-C and ``kill`` both end the run between transactions with status
``interrupted``; the next run over the same input stores the rest and duplicates
nothing.
"""

from __future__ import annotations

import ctypes
import dataclasses

import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

from sqlalchemy import Engine

from crisisdesk import consolidate
from crisisdesk.config import DEFAULT_SPACY_MODEL
from crisisdesk.errors import ItemError, StageError
from crisisdesk.extract import ArticleExtractor
from crisisdesk.extract.article import (DECODE_REPLACED, LANGUAGE_DIFFERS, PUBLISHED_FROM_FILE_TIME,
                                        PUBLISHED_IN_FUTURE, PUBLISHED_UNREADABLE)
from crisisdesk.records import (ANNOTATION_CUT_NOTE, UNCODED_LANGUAGE_NOTE, UNDETERMINED_LANGUAGE_NOTE, Article,
                                EventMention, RawDocument, Reject)
from crisisdesk.sources import DEFAULT_MAX_BYTES
from crisisdesk.store import repository


#: Default of ``RunOptions.document_seconds`` and ``crisisdesk run --document-seconds``:
#: the annotate and code stages take a few seconds on a long article on this project's
#: machines, so five minutes means a stage that does not end (a loop on one sentence),
#: not a slow article.
DEFAULT_DOCUMENT_SECONDS = 300.0


@dataclass
class RunOptions:
    """Options of one run.

    ``fetched_at``: the fetch time (UTC) that relative dates ("11 hours ago") resolve
    against; None → each file's modification time. ``spacy_model``: the spaCy pipeline
    the annotate stage loads. ``actors_file``: an extra actor dictionary file.
    ``max_bytes``: size cap of one input item (bytes). ``pattern_files``: extra cleaner
    pattern files (YAML). ``lexicon_files``: extra event trigger lexicon files (YAML). ``nlp``: False skips the annotate/code stages.
    ``recode``: stored articles whose latest revision has the same text are coded again
    and their event mentions replaced (``recoded``), instead of skipped (``unchanged``).
    ``document_seconds``: wall-clock limit (seconds) of the annotate and code stages on
    one article (:func:`apply_stages`); an article over it is rejected with reason
    ``timeout`` and the run goes on; None: no limit.
    """

    fetched_at: datetime | None = None
    spacy_model: str = DEFAULT_SPACY_MODEL
    actors_file: Path | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    pattern_files: tuple[Path, ...] = ()
    lexicon_files: tuple[Path, ...] = ()
    nlp: bool = True
    recode: bool = False
    command: str = "run"
    extra: dict[str, Any] = field(default_factory=dict)
    document_seconds: float | None = DEFAULT_DOCUMENT_SECONDS
    #: False leaves consolidation to the caller (``crisisdesk backfill`` consolidates
    #: once, in input order, after all partitions are stored).
    consolidate: bool = True

    def to_json(self) -> dict[str, Any]:
        """The options as a JSON-able dict (stored in the ``runs`` table)."""
        data = asdict(self)
        data["fetched_at"] = self.fetched_at.isoformat() if self.fetched_at else None
        data["actors_file"] = str(self.actors_file) if self.actors_file else None
        data["pattern_files"] = [str(p) for p in self.pattern_files]
        data["lexicon_files"] = [str(p) for p in self.lexicon_files]
        return data


@dataclass
class Stages:
    """The NLP stages after extraction. ``annotate(article) -> doc`` (a spaCy ``Doc``
    or any object the coder understands); ``code(doc) -> list[EventMention]``. A stage
    left None is skipped."""

    annotate: Callable[[Article], Any] | None = None
    code: Callable[[Any], list[EventMention]] | None = None


def build_stages(options: RunOptions, engine: Engine | None = None) -> Stages:
    """The stages configured by ``options``: ``annotate`` is the annotation stage
    (:class:`crisisdesk.annotate.Annotator` for ``options.spacy_model`` and
    ``options.actors_file``, loaded once per process); ``code`` is event coding
    (:class:`crisisdesk.coding.stage.CodeStage`, with ``options.lexicon_files``).
    ``engine``: the database whose imported gazetteer places (``crisisdesk gazetteer
    import``) the annotation resolves, normally the one the run stores into."""
    from crisisdesk.annotate import load_annotator
    from crisisdesk.coding.stage import CodeStage

    annotator = load_annotator(options.spacy_model, options.actors_file, engine=engine)
    return Stages(annotate=annotator.annotate, code=CodeStage(options.lexicon_files, options.spacy_model))


def lazy_stages(options: RunOptions, engine: Engine | None = None) -> Stages:
    """The stages of :func:`build_stages` (with ``engine``'s imported gazetteer places),
    loaded when the first article reaches them:
    a run whose inputs are all rejected or unchanged never loads the spaCy pipeline
    (15-40 s on this project's machines). Loaded once per returned ``Stages``."""
    loaded: list[Stages] = []

    def load() -> Stages:
        if not loaded:
            loaded.append(build_stages(options, engine))
        return loaded[0]

    def annotate(article: Article) -> Any:
        stage = load().annotate
        return stage(article) if stage else article

    def code(doc: Any) -> list[EventMention]:
        stage = load().code
        return list(stage(doc)) if stage else []

    return Stages(annotate=annotate, code=code)


@dataclass
class ProcessedDocument:
    """One item after the pipeline: its article, the annotated doc (or None) and the
    event mentions coded from it."""

    article: Article
    doc: Any | None = None
    mentions: list[EventMention] = field(default_factory=list)


@dataclass
class RunSummary:
    """Counts of one run: items ``read`` (documents and source rejects), articles
    ``stored`` (new or revised), ``unchanged``, ``recoded`` (same text, coded again),
    ``rejected``, ``mentions`` written,
    and the ids of the articles stored or unchanged, in input order.
    ``unchanged_in_run``: the unchanged articles whose text this run stored itself
    (the same page read twice in the input), which re-coding would not change.
    ``unchanged_before_run``: the unchanged articles stored before this run started
    (``started_at``, UTC), which ``--recode`` would code again; an article another run
    stored while this one ran is in neither count (a run beside another said "20
    stored articles not re-coded; run --recode" of the articles the other had just
    coded with the same rules: session-15 tester)."""

    run_id: int | None
    read: int = 0
    stored: int = 0
    unchanged: int = 0
    recoded: int = 0
    rejected: int = 0
    mentions: int = 0
    article_ids: list[str] = field(default_factory=list)
    status: str = "finished"
    events_created: int = 0
    events_updated: int = 0
    consolidated: int = 0  # how many of article_ids have been consolidated
    unchanged_in_run: int = 0
    unchanged_before_run: int = 0
    started_at: datetime | None = None

    def counts(self) -> dict[str, int]:
        return {"read": self.read, "stored": self.stored, "unchanged": self.unchanged,
                "recoded": self.recoded, "rejected": self.rejected, "mentions": self.mentions}

    def line(self) -> str:
        """The one summary line a run ends with."""
        return (f"read {self.read}, stored {self.stored}, unchanged {self.unchanged}, "
                + (f"recoded {self.recoded}, " if self.recoded else "")
                + f"rejected {self.rejected}, mentions {self.mentions}"
                + (f", events new {self.events_created}, updated {self.events_updated}"
                   if self.events_created or self.events_updated else "")
                + ("" if self.status == "finished" else f" ({self.status})"))


def _extractor(options: RunOptions) -> ArticleExtractor:
    return ArticleExtractor(options.pattern_files)


def apply_stages(article: Article, stages: Stages, seconds: float | None = None) -> ProcessedDocument:
    """Run the annotate and code stages on an extracted article, within ``seconds`` of
    wall-clock time when given (:func:`time_limit`). Raises ``StageError`` with reason
    ``timeout`` when the stages run longer."""
    with time_limit(seconds, f"annotating and coding took more than {seconds:g} s" if seconds else ""):
        doc = stages.annotate(article) if stages.annotate else None
        mentions = list(stages.code(doc if stages.annotate else article)) if stages.code else []
    return ProcessedDocument(article=article, doc=doc, mentions=mentions)


@contextmanager
def time_limit(seconds: float | None, detail: str) -> Iterator[None]:
    """Raise ``StageError("timeout", detail)`` in the body when it runs longer than
    ``seconds`` (wall clock). No limit when ``seconds`` is None or not positive.

    In the main thread the limit is SIGALRM through ``signal.setitimer``; a timer already
    running (an outer limit) is set again on leaving, less the time spent inside, and
    fires at once if it fell due meanwhile. In any other thread (the web app's ingest,
    the watcher, backfill's Dask workers) a ``threading.Timer`` raises the timeout in the
    limited thread with CPython's ``PyThreadState_SetAsyncExc`` (C API, "Thread State
    and the Global Interpreter Lock"); nested limits there each keep their own timer.
    Either way a stage looping in Python code is stopped at its next bytecode, one
    inside a C call (a spaCy parse, a sleep) when the call returns."""
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread():
        with _alarm_limit(seconds, detail):
            yield
    else:
        with _thread_limit(seconds, detail):
            yield


@contextmanager
def _alarm_limit(seconds: float, detail: str) -> Iterator[None]:
    """:func:`time_limit` in the main thread: SIGALRM, outer timers restored."""
    previous_handler = signal.signal(signal.SIGALRM, _raise_timeout)
    previous_delay, previous_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.monotonic()
    try:
        yield
    except _Timeout:
        raise StageError("timeout", detail) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)
        if previous_delay:
            left = previous_delay - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 1e-3), previous_interval)


@contextmanager
def _thread_limit(seconds: float, detail: str) -> Iterator[None]:
    """:func:`time_limit` outside the main thread: a timer thread raises :class:`_Timeout`
    in this thread while the body runs; on leaving, a timeout raised but not yet
    delivered is withdrawn (``PyThreadState_SetAsyncExc`` with NULL), so it can never
    surface after the body."""
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"inside": True, "fired": False}

    def interrupt() -> None:
        with lock:
            if state["inside"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(_Timeout))

    timer = threading.Timer(seconds, interrupt)
    timer.daemon = True
    try:
        try:
            timer.start()
            yield
        finally:
            timer.cancel()
            with lock:
                state["inside"] = False
                fired = state["fired"]
            if fired:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), None)
    except _Timeout:
        raise StageError("timeout", detail) from None


class _Timeout(BaseException):
    """Raised by the SIGALRM handler of :func:`time_limit`; a ``BaseException`` so that
    a stage's ``except Exception`` does not swallow it."""


def _raise_timeout(signum: int, frame: Any) -> None:  # noqa: ARG001
    raise _Timeout(f"signal {signum}")


def process(raw: RawDocument, stages: Stages, options: RunOptions,
            extractor: ArticleExtractor | None = None) -> ProcessedDocument:
    """Extract, annotate and code one item. Raises ``crisisdesk.errors.ExtractionError``
    (with ``.reason``) for bad input. Nothing is stored."""
    article = (extractor or _extractor(options)).extract(raw)
    return apply_stages(article, stages, options.document_seconds)


def run(inputs: Iterable[RawDocument | Reject], engine: Engine, options: RunOptions,
        stages: Stages | None = None, progress: bool = True, err: TextIO | None = None) -> RunSummary:
    """Process every item of ``inputs`` and store the results in the database behind
    ``engine``; return the ``RunSummary``. Without ``stages``, the NLP stages are
    loaded when the first article needs them (:func:`lazy_stages`). Bad items are reported on ``err`` (default
    stderr), stored in ``rejects`` and skipped. On Ctrl-C/SIGTERM the run stops between
    items, is recorded as ``interrupted`` and ``KeyboardInterrupt`` is re-raised."""
    err = err or sys.stderr
    stages = stages if stages is not None else (lazy_stages(options, engine) if options.nlp else Stages())
    extractor = _extractor(options)
    started_at = repository.utcnow()  # not after the run's recorded start
    run_id = repository.start_run(engine, options.command, options.to_json())
    summary = RunSummary(run_id=run_id, started_at=started_at)

    said_hosts = HostReports()

    def reject(item: Reject) -> None:
        summary.rejected += 1
        repository.record_reject(engine, item, run_id)
        if said_hosts.first(item):
            print(f"rejected {reject_location(item)}: {item.reason}" + (f" ({item.detail})" if item.detail else ""),
                  file=err)

    try:
        with _sigterm_as_interrupt(), _progress(progress, err) as advance:
            for item in inputs:
                summary.read += 1
                if isinstance(item, Reject):
                    reject(item)
                else:
                    _run_one(item, engine, options, stages, extractor, summary, _naming_feed(reject, item), err)
                    if options.consolidate and consolidation_due(summary):
                        _consolidate(engine, summary)
                advance(summary)
            if options.consolidate:
                _consolidate(engine, summary)
    except KeyboardInterrupt:
        said_hosts.print_rest(err)
        summary.status = "interrupted"
        _recount_mentions(engine, summary)
        repository.finish_run(engine, run_id, summary.counts(), status="interrupted")
        raise
    except BaseException:
        summary.status = "failed"
        try:
            _recount_mentions(engine, summary)
        except Exception:  # noqa: BLE001 - the database may be what failed; keep the counter
            pass
        repository.finish_run(engine, run_id, summary.counts(), status="failed")
        raise
    said_hosts.print_rest(err)
    _recount_mentions(engine, summary)
    repository.finish_run(engine, run_id, summary.counts())
    return summary


def _recount_mentions(engine: Engine, summary: RunSummary) -> None:
    """Set ``summary.mentions`` to the mentions of this run still stored: an article
    read twice in one run (its HTML and its JSON) counted the first revision's mentions,
    withdrawn by the second. Done for finished, interrupted and failed runs alike (an
    interrupted run recorded the counter: 123 mentions for 88 stored)."""
    if summary.mentions:
        summary.mentions = repository.count_run_mentions(engine, summary.run_id)


#: Stored articles are consolidated into events in batches of this many (and at the end).
CONSOLIDATE_EVERY = consolidate.BATCH_ARTICLES


def consolidation_due(summary: RunSummary) -> bool:
    """True when ``CONSOLIDATE_EVERY`` articles were processed since the last
    consolidation. A batch loads only its own candidates (consolidate/update.py), so
    fixed batches keep a long run linear."""
    return len(summary.article_ids) - summary.consolidated >= CONSOLIDATE_EVERY


def _consolidate(engine: Engine, summary: RunSummary) -> None:
    """Merge the new mentions of the articles processed since the last batch into events
    (consolidate.update_stored; idempotent, so unchanged articles cost one query)."""
    batch = summary.article_ids[summary.consolidated:]
    if not batch:
        return
    result = consolidate.update_stored(engine, batch)
    summary.consolidated = len(summary.article_ids)
    summary.events_created += len(result.events_created)
    summary.events_updated += len(set(result.events_updated))


def _run_one(raw: RawDocument, engine: Engine, options: RunOptions, stages: Stages,
             extractor: ArticleExtractor, summary: RunSummary, reject: Callable[[Reject], None],
             err: TextIO) -> None:
    try:
        article = extractor.extract(raw)
        has_nlp = stages.annotate is not None or stages.code is not None
        if has_nlp and options.recode:
            article = repository.latest_same_text(engine, article) or article
        elif has_nlp and (known := repository.known_text(engine, article)) is not None:
            summary.unchanged += 1
            if known.run_id is not None and known.run_id == summary.run_id:
                summary.unchanged_in_run += 1
            elif known.stored_at is not None and summary.started_at is not None and \
                    known.stored_at < summary.started_at:
                summary.unchanged_before_run += 1
            summary.article_ids.append(article.article_id)
            return
        processed = apply_stages(article, stages, options.document_seconds)
    except ItemError as error:
        if error.uri and error.uri != raw.uri:
            reject(Reject(uri=error.uri, stage=error.stage, reason=error.reason, detail=error.detail,
                          line=error.line if error.line is not None else raw.line))
        else:
            reject(reject_of_document(raw, error.stage, error.reason, error.detail))
        return
    result = repository.save_article(engine, processed.article, processed.mentions, summary.run_id,
                                     recode=options.recode and has_nlp)
    if result.status == "truncated_copy":
        reject(reject_of_document(raw, "store", "truncated_copy",
                                  f"HTML cut off in its body; revision {result.revision} of article "
                                  f"{article.article_id[:12]} is complete and stays the latest"))
        return
    if result.status == "unchanged":
        summary.unchanged += 1
    elif result.status == "recoded":
        summary.recoded += 1
        summary.mentions += result.mentions
    else:
        summary.stored += 1
        summary.mentions += result.mentions
        _warn_file_time(processed.article, err)
    summary.article_ids.append(article.article_id)


#: Fetch Reject reasons that are about a host, not a page: printed for the first URL of
#: the host only; the others are stored in ``rejects`` and counted in one line at the
#: end of the run (a feed of 40 items on a domain that does not resolve printed 40
#: lines saying the same).
ONCE_PER_HOST_REASONS = frozenset({"dns_failure"})


class HostReports:
    """Which host-level rejects (:data:`ONCE_PER_HOST_REASONS`) a run has printed:
    :meth:`first` says whether a Reject is to be printed (any other reason: always;
    a host-level one: for the first URL of its host and reason), :meth:`print_rest`
    prints one line per host for the ones held back."""

    def __init__(self) -> None:
        self.held: dict[tuple[str, str], int] = {}

    def first(self, item: Reject) -> bool:
        if item.stage != "fetch" or item.reason not in ONCE_PER_HOST_REASONS:
            return True
        key = ((urlsplit(item.uri).hostname or item.uri), item.reason)
        if key in self.held:
            self.held[key] += 1
            return False
        self.held[key] = 0
        return True

    def print_rest(self, err: TextIO) -> None:
        for (host, reason), count in self.held.items():
            if count:
                print(f"rejected {count} more URL(s) of {host}: {reason} (as above; each is in the rejects table)",
                      file=err)
        self.held = {}


def reject_of_document(raw: RawDocument, stage: str, reason: str, detail: str) -> Reject:
    """The Reject of a document read from ``raw``, located where a user finds its bytes:
    the JSONL ``line``; for a WARC record the archive file (``uri``) and the record's
    byte ``offset``, the archived page's URL leading the ``detail`` (a
    ``WARC-Target-URI`` alone does not say which of several archives held the record)."""
    warc_path = raw.metadata.get("warc_path") if raw.origin == "warc" else None
    if warc_path:
        detail = f"{raw.uri}: {detail}" if detail else raw.uri
        return Reject(uri=str(warc_path), stage=stage, reason=reason, detail=detail,
                      line=raw.line, offset=raw.offset)
    return Reject(uri=raw.uri, stage=stage, reason=reason, detail=detail, line=raw.line,
                  offset=raw.offset)


def _naming_feed(reject: Callable[[Reject], None], raw: RawDocument) -> Callable[[Reject], None]:
    """``reject`` for the Rejects of ``raw``: when ``raw`` is a page a feed or sitemap
    listed (``metadata["feed_url"]``, :meth:`crisisdesk.sources.feeds.FeedReader.fetch_items`),
    each Reject names that feed too (``listed_in``)."""
    feed = (raw.metadata or {}).get("feed_url")
    if not feed:
        return reject
    return lambda item: reject(item if item.listed_in else dataclasses.replace(item, listed_in=str(feed)))


def reject_location(item: Reject) -> str:
    """Where a reject is, as printed after ``rejected``: ``PATH``, ``PATH:LINE`` for a
    JSONL line (whose uri ``PATH#line=N`` is not repeated as ``PATH#line=N:N``),
    ``PATH (offset N)`` for a WARC record (N in bytes from the start of the file),
    ``URL (listed in FEED)`` for a feed or sitemap item (``item.listed_in``)."""
    where = item.uri
    if item.line is not None:
        suffix = f"#line={item.line}"
        where = (where[:-len(suffix)] if where.endswith(suffix) else where) + f":{item.line}"
    if item.offset is not None:
        where += f" (offset {item.offset})"
    if item.listed_in:
        where += f" (listed in {item.listed_in})"
    return where


#: Article notes a run prints (the others are only stored with the article).
PRINTED_NOTES = (PUBLISHED_FROM_FILE_TIME, PUBLISHED_IN_FUTURE, ANNOTATION_CUT_NOTE, UNCODED_LANGUAGE_NOTE,
                 UNDETERMINED_LANGUAGE_NOTE, DECODE_REPLACED, PUBLISHED_UNREADABLE, LANGUAGE_DIFFERS)


def _warn_file_time(article: Article, err: TextIO) -> None:
    """Print ``note URI: ...`` on ``err`` for the article's notes a user must see: its
    publication date was resolved against its file's modification time
    (:data:`crisisdesk.extract.article.PUBLISHED_FROM_FILE_TIME`), a stated publication
    date in the future was not used (``PUBLISHED_IN_FUTURE``), or its text was over
    the annotation limit and only its first part was annotated
    (:data:`crisisdesk.records.ANNOTATION_CUT_NOTE`), or its language has no event
    coding, so it is stored with no event (:data:`crisisdesk.records.UNCODED_LANGUAGE_NOTE`), or its
    language could not be determined (:data:`crisisdesk.records.UNDETERMINED_LANGUAGE_NOTE`), or a few
    bytes that are not UTF-8 were replaced in its text (``DECODE_REPLACED``), or a stated publication
    date could not be read (``PUBLISHED_UNREADABLE``), or its declared language is not the one
    its text reads as (``LANGUAGE_DIFFERS``)."""
    for note in article.notes:
        if note.startswith(PRINTED_NOTES):
            print(f"note {article.source_uri}: {note}", file=err)


@contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """While running, SIGTERM raises KeyboardInterrupt (main thread only)."""
    try:
        previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _raise_interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


@contextmanager
def _progress(enabled: bool, err: TextIO) -> Iterator[Callable[[RunSummary], None]]:
    if not enabled:
        yield lambda summary: None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(file=err)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=console, transient=True) as bar:
        task = bar.add_task("starting", total=None)
        started = time.perf_counter()

        def advance(summary: RunSummary) -> None:
            rate = summary.read / max(time.perf_counter() - started, 1e-9)
            bar.update(task, description=(f"read {summary.read} ({rate:.1f} items/s) · stored {summary.stored} · "
                                          f"unchanged {summary.unchanged} · rejected {summary.rejected}"))

        yield advance
