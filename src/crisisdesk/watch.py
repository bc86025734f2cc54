"""Watch mode: poll feeds, sitemaps and pages every N minutes, run the pipeline on
what is new, and report what changed.

One poll = one ``pipeline.run`` over the sources (``sources.dispatch.InputSource``):
feeds and sitemaps yield only their new or changed items, pages are fetched with
conditional requests. After the run the poll's report (new articles, new and updated
events, rejects) goes to the terminal, to a JSONL log (one JSON object per poll) and,
when something is new, to a webhook (HTTP POST of the same JSON).

Resilience: a poll that fails as a whole (database or network down) is logged and the
next poll comes at the usual time; feed and fetch state live in the database
(``feed_items``, ``fetches``), so a restart resumes without fetching anything twice.
Ctrl-C (SIGINT) or SIGTERM stops between two items; items whose pages were stored are
marked processed first.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
import signal
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from crisisdesk.pipeline import RunOptions, Stages, lazy_stages, run
from crisisdesk.records import Reject
from crisisdesk.sources.dispatch import InputSource
from crisisdesk.sources.http import Fetcher, FetchSettings
from crisisdesk.store.models import ArticleRow, EventMentionRow, EventRow

log = logging.getLogger(__name__)

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|d)?\s*$", re.I)
_UNIT_SECONDS = {None: 1, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hr": 3600, "d": 86400}


def parse_interval(value: str) -> float:
    """``"15m"`` → 900.0 seconds; units s, m, h, d (no unit: seconds). Raises
    ``ValueError`` for anything else or a non-positive interval."""
    match = _DURATION.match(value or "")
    if not match:
        raise ValueError(f"not an interval: {value!r} (try 30s, 15m, 1h)")
    unit = match.group(2).lower() if match.group(2) else None
    seconds = float(match.group(1)) * _UNIT_SECONDS[unit]
    if seconds <= 0:
        raise ValueError(f"interval must be positive: {value!r}")
    return seconds


@dataclass(frozen=True)
class SourceList:
    """The sources file as read: ``urls`` in file order (each once) and one
    :class:`~crisisdesk.records.Reject` per unusable line (``uri`` the file, ``line``
    its number, stage ``source``, reason ``not_a_url``)."""

    urls: list[str]
    rejects: list[Reject]


def _line_problem(value: str) -> str | None:
    """Why a sources-file value is no fetchable URL, or None when it is one."""
    if not value.lower().startswith(("http://", "https://")):
        return "not an http(s) URL"
    if any(ch.isspace() for ch in value):
        return "a URL holds no spaces (two URLs on one line?)"
    try:
        host = urlsplit(value).hostname
    except ValueError as exc:  # e.g. an unclosed IPv6 bracket or a bad port
        return f"not a valid URL ({exc})"
    return None if host else "no host name in the URL"


def read_source_list(path: str | Path) -> SourceList:
    """Source URLs from a text file: one per line; blank lines and ``#`` comments
    ignored; a URL listed twice is kept once. A line that is no http(s) URL with a host
    becomes a Reject naming the file and line; the other lines are kept. Raises
    ``OSError`` (``FileNotFoundError``...) when the file cannot be read and
    ``UnicodeDecodeError`` when it is not UTF-8."""
    urls: list[str] = []
    rejects: list[Reject] = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        value = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if not value:
            continue
        problem = _line_problem(value)
        if problem:
            rejects.append(Reject(uri=str(path), stage="source", reason="not_a_url", line=number,
                                  detail=f"{path}:{number}: {problem}: {value!r}"))
        elif value not in urls:
            urls.append(value)
    return SourceList(urls, rejects)


def read_sources(path: str | Path) -> list[str]:
    """The URLs of a sources file, all or nothing: as :func:`read_source_list`, but
    raises ``ValueError`` (``PATH:LINE: reason: 'value'``) at the first unusable line."""
    listed = read_source_list(path)
    if listed.rejects:
        raise ValueError(listed.rejects[0].detail)
    return listed.urls


@dataclass
class PollReport:
    """What one poll found. ``new_articles``: stored for the first time or as a new
    revision (id, title, url, published_at); ``new_events`` / ``updated_events``: events
    created or given new mentions by this poll (id, type, date, place)."""

    poll: int
    started_at: str
    finished_at: str | None = None
    status: str = "ok"
    error: str | None = None
    read: int = 0
    stored: int = 0
    unchanged: int = 0
    recoded: int = 0
    rejected: int = 0
    new_articles: list[dict[str, Any]] = field(default_factory=list)
    #: Lines of the sources file that are no usable URL (first poll only): ``{"path",
    #: "line", "reason", "detail"}``, as reported on stderr (``PATH:LINE: ...``).
    skipped_sources: list[dict[str, Any]] = field(default_factory=list)
    new_events: list[dict[str, Any]] = field(default_factory=list)
    updated_events: list[dict[str, Any]] = field(default_factory=list)
    #: The webhook call of this poll, in the JSONL log only (the webhook gets the report
    #: without it): ``{"url", "delivered": bool, "error": one-line reason or None}``;
    #: None when no webhook was called (none set, or nothing new). A failed webhook was
    #: only said on the terminal (session-15 tester).
    webhook: dict[str, Any] | None = None

    @property
    def changed(self) -> bool:
        return bool(self.new_articles or self.new_events or self.updated_events)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def webhook_payload(self) -> dict[str, Any]:
        """The JSON the webhook gets: :meth:`to_json` without the ``webhook`` field."""
        payload = self.to_json()
        payload.pop("webhook")
        return payload

    def line(self) -> str:
        """One terminal line summarising the poll."""
        if self.status != "ok":
            return f"poll {self.poll} at {self.started_at}: failed ({self.error})"
        return (f"poll {self.poll} at {self.started_at}: {len(self.new_articles)} new article(s), "
                f"{len(self.new_events)} new event(s), {len(self.updated_events)} updated event(s); "
                f"read {self.read}, unchanged {self.unchanged}, "
                + (f"recoded {self.recoded}, " if self.recoded else "") + f"rejected {self.rejected}")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Watcher:
    """Polls ``sources`` into the database behind ``engine``.

    ``log_path``: JSONL file a report is appended to after each poll (None: no log);
    ``webhook``: URL that gets ``POST`` of the report's JSON when something changed;
    ``echo``: where terminal lines go (default ``print``);
    ``retry_rejected``: the first poll fetches again the feed items an earlier run
    rejected for a lasting reason (later polls leave them settled);
    ``recode``: the first poll codes again the stored articles it reads with unchanged
    text (``RunOptions.recode``, as ``crisisdesk run --recode``) and fetches again the
    feed items processed before, so that they are re-coded too; later polls do not;
    ``skipped_sources``: the Rejects of the sources file's unusable lines
    (:func:`read_source_list`), listed in the first poll's report (``skipped_sources``
    in the JSONL log and the webhook's JSON) as on the terminal.
    """

    def __init__(self, sources: list[str], engine: Engine, *, options: RunOptions | None = None,
                 stages: Stages | None = None, fetch_settings: FetchSettings | None = None,
                 log_path: Path | None = None, webhook: str | None = None,
                 echo: Callable[[str], None] = print, retry_rejected: bool = False, recode: bool = False,
                 skipped_sources: list[Reject] | None = None):
        self.sources = sources
        self.engine = engine
        self.options = options or RunOptions(command="watch")
        self._stages = stages
        self.fetcher = Fetcher(fetch_settings or FetchSettings.from_env(), engine)
        self.log_path = Path(log_path) if log_path else None
        self.webhook = webhook
        self.echo = echo
        self.polls = 0
        self.retry_rejected = retry_rejected
        self.recode = recode
        self.skipped_sources = list(skipped_sources or [])

    @property
    def stages(self) -> Stages:
        if self._stages is None:  # the spaCy pipeline loads when the first article needs it
            self._stages = lazy_stages(self.options, self.engine) if self.options.nlp else Stages()
        return self._stages

    def poll_once(self) -> PollReport:
        """Run one poll and report it (terminal, log, webhook). Never raises except
        ``KeyboardInterrupt`` (after marking processed items)."""
        self.polls += 1
        report = PollReport(poll=self.polls, started_at=_now())
        if self.polls == 1:
            report.skipped_sources = [{"path": r.uri, "line": r.line, "reason": r.reason, "detail": r.detail}
                                      for r in self.skipped_sources]
        self.fetcher.forget_unreachable_hosts()  # a host down last poll may be back
        recode = self.recode and self.polls == 1
        inputs = InputSource(self.sources, self.engine, fetcher=self.fetcher,
                             retry_rejected=self.retry_rejected and self.polls == 1, recode=recode)
        options = dataclasses.replace(self.options, recode=True) if recode else self.options
        try:
            summary = run(inputs, self.engine, options, self.stages, progress=False)
        except KeyboardInterrupt:
            inputs.finish()
            raise
        except Exception as exc:  # a failed poll must not end the watch
            log.exception("poll %d failed", self.polls)
            report.status, report.error = "failed", f"{type(exc).__name__}: {exc}"
        else:
            inputs.finish()
            report.read, report.stored = summary.read, summary.stored
            report.unchanged, report.rejected = summary.unchanged, summary.rejected
            report.recoded = summary.recoded
            self._describe_changes(report, summary.run_id)
        report.finished_at = _now()
        self._publish(report)
        return report

    def _describe_changes(self, report: PollReport, run_id: int | None) -> None:
        with Session(self.engine) as session:
            articles = session.scalars(select(ArticleRow).where(ArticleRow.run_id == run_id)
                                       .order_by(ArticleRow.article_key)).all()
            report.new_articles = [{
                "article_id": a.article_id, "revision": a.revision, "title": a.title, "url": a.url,
                "published_at": a.published_at.isoformat() if a.published_at else None,
            } for a in articles]
            event_ids = set(session.scalars(select(EventMentionRow.event_id).where(
                EventMentionRow.run_id == run_id, EventMentionRow.event_id.is_not(None))))
            if not event_ids:
                return
            older = set(session.scalars(select(EventMentionRow.event_id).where(
                EventMentionRow.event_id.in_(event_ids),
                (EventMentionRow.run_id != run_id) | EventMentionRow.run_id.is_(None))))
            for event in session.scalars(select(EventRow).where(EventRow.event_id.in_(event_ids))
                                         .order_by(EventRow.event_date, EventRow.event_id)):
                entry = {"event_id": event.event_id, "event_type": event.event_type,
                         "acled_event_type": event.acled_event_type,
                         "event_date": event.event_date.isoformat() if event.event_date else None,
                         "place": event.place_name, "country": event.country,
                         "num_articles": event.num_articles}
                (report.updated_events if event.event_id in older else report.new_events).append(entry)

    def _publish(self, report: PollReport) -> None:
        self.echo(report.line())
        for article in report.new_articles:
            self.echo(f"  + article {article['article_id']}: {article['title'] or article['url']}")
        for event in report.new_events:
            self.echo(f"  + event {event['event_id']}: {event['event_type']} "
                      f"{event['event_date'] or ''} {event['place'] or ''}".rstrip())
        if self.webhook and report.changed:  # first, so that the log says how it went
            report.webhook = {"url": self.webhook, "delivered": True, "error": None}
            try:
                response = httpx.post(self.webhook, json=report.webhook_payload(), timeout=10,
                                      headers={"User-Agent": self.fetcher.settings.user_agent})
                response.raise_for_status()
            except httpx.HTTPError as exc:
                # httpx's status errors add a second line ("For more information check:
                # https://developer.mozilla.org/..."), printed without the "!" prefix
                reason = (str(exc).splitlines() or [type(exc).__name__])[0]
                self.echo(f"  ! webhook {self.webhook} failed: {reason}")
                report.webhook = {"url": self.webhook, "delivered": False, "error": reason}
        if self.log_path is not None:
            try:
                self.log_path.parent.mkdir(parents=True, exist_ok=True)
                with self.log_path.open("a", encoding="utf-8") as handle:
                    handle.write(json.dumps(report.to_json(), ensure_ascii=False) + "\n")
            except OSError as exc:
                self.echo(f"  ! could not write the log {self.log_path}: {exc}")

    def watch(self, every: float, *, once: bool = False, stop: threading.Event | None = None) -> int:
        """Poll now and then every ``every`` seconds until ``stop`` is set, Ctrl-C or
        SIGTERM (or after one poll with ``once``). Returns the number of polls."""
        stop = stop or threading.Event()
        restore = _sigterm_as_interrupt()
        try:
            while True:
                self.poll_once()
                if once or stop.wait(every):
                    break
        except KeyboardInterrupt:
            self.echo("stopped: items stored so far are marked; the next start resumes from here")
        finally:
            restore()
            self.close()
        return self.polls

    def close(self) -> None:
        self.fetcher.close()


def _sigterm_as_interrupt() -> Callable[[], None]:
    """SIGTERM raises KeyboardInterrupt (main thread only); returns the undo function."""
    def interrupt(signum, frame):
        raise KeyboardInterrupt(f"signal {signum}")

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread
        return lambda: None
    return lambda: signal.signal(signal.SIGTERM, previous)


def count_rows(engine: Engine, model) -> int:
    """Number of rows of ``model``'s table (used in reports and tests)."""
    with Session(engine) as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)
