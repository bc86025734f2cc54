"""Repository functions: runs, articles (with revisions), rejects, event mentions.

Every write is one transaction. ``save_article`` writes an article revision and its
event mentions together, so an interrupted run (Ctrl-C, kill, crash) never leaves an
article without its mentions or mentions without their article; the next run finds the
article either stored (``unchanged``) or absent (stored then).

Revision rule: an article is identified by ``article_id`` (stable per canonical URL,
else per text). If a stored revision of it already has the same ``content_hash``
nothing is written (``unchanged``): re-running over the same inputs, even two copies of
one page in different states, stores nothing new — except when that revision's
publication time was resolved against a file's modification time and the new copy's
was not (``--fetched-at`` given): the better date is written as a revision with the
same text and the note ``redated`` (:func:`redates`). Otherwise a new revision ``n + 1`` is written and marked
latest (except that a copy cut off in its body, note ``html_truncated``, never replaces
a complete latest revision: ``truncated_copy``, nothing written), the previous one is kept with ``is_latest = False``, and the previous
revision's event mentions are replaced by the new ones (they described superseded text);
in the same transaction the events built from the old mentions are re-summarised from
their remaining mentions or deleted when none remain
(``consolidate.update.withdraw_article_mentions``). The new mentions wait, unassigned,
for the next consolidation.

Re-coding (``save_article(..., recode=True)``, ``crisisdesk run --recode``): when the
latest revision already has the same ``content_hash``, no revision is written, but its
event mentions are replaced by ``mentions`` (coded again, e.g. after an upgrade or with
``--lexicon``) through the same withdrawal as a revised article, in the same single
transaction: a crash leaves the old mentions and events as they were, and the new
mentions (under the same revision number) wait for the next consolidation. Text that
matches an older, superseded revision is still ``unchanged``: its mentions were
replaced by the latest revision's.

All datetimes are stored and returned as timezone-aware UTC.
"""

from __future__ import annotations

import dataclasses
import json
import os
import socket
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Literal

from sqlalchemy import Connection, Engine, delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from crisisdesk import __version__
from crisisdesk.errors import StoreError
from crisisdesk.records import (
    ActorRef, Article, Count, Evidence, EventMention, Paragraph, Place, Reject, Span,
)
from crisisdesk.store.models import ArticleRow, EventMentionRow, RejectRow, RunRow

SaveStatus = Literal["stored", "revised", "unchanged", "truncated_copy", "recoded"]
#: Article note of HTML cut off in its body (``extract.html``).
TRUNCATED_NOTE = "html_truncated"
#: Note of a revision written only to replace a publication time guessed from a file's
#: modification time by one from an explicit fetch time (:func:`redates`).
REDATED_NOTE = "redated"


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


# -- runs -------------------------------------------------------------------------------
#: Key of ``runs.options`` holding the process that owns a run (``{"pid": int, "host": str}``),
#: written by :func:`start_run` so a later run can tell a live run from a killed one.
PROCESS_KEY = "process"
#: A "running" row without a recorded process (written before :data:`PROCESS_KEY`
#: existed) is taken as killed once it started this long ago (hours).
LEGACY_STALE_HOURS = 24


def start_run(engine: Engine, command: str = "run", options: dict[str, Any] | None = None) -> int:
    """Record the start of a run; return its ``run_id``. ``options`` must be JSON-able;
    the owning process (pid, host name) is added under :data:`PROCESS_KEY`. Earlier runs
    left "running" by a killed process are first marked ``interrupted``
    (:func:`mark_stale_runs_interrupted`)."""
    mark_stale_runs_interrupted(engine)
    options = {**(options or {}), PROCESS_KEY: {"pid": os.getpid(), "host": socket.gethostname()}}
    with Session(engine) as session, session.begin():
        row = RunRow(command=command, started_at=utcnow(), status="running", options=options,
                     counts={}, crisisdesk_version=__version__)
        session.add(row)
        session.flush()
        return row.run_id


def _process_gone(pid: int) -> bool:
    """Whether no process ``pid`` exists on this host (signal 0 probes without
    signalling; a process of another user raises PermissionError: it exists)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError):
        return False
    return False


def _run_is_stale(options: dict[str, Any] | None, started_at: datetime, now: datetime) -> bool:
    """Whether a run row still "running" was left by a process that is gone.

    Rule (safe: a live run is never marked): a row with a recorded process on THIS host
    is stale when that pid no longer exists (a pid reused by another process keeps the
    row "running": a missed mark, never a wrong one); a row from another host is never
    judged (its processes cannot be seen); a row from the same process is live. A row
    without a recorded process (written by an older version) is stale once it started
    more than :data:`LEGACY_STALE_HOURS` ago.
    """
    process = (options or {}).get(PROCESS_KEY)
    if isinstance(process, dict) and isinstance(process.get("pid"), int):
        if process.get("host") != socket.gethostname() or process["pid"] == os.getpid():
            return False
        return _process_gone(process["pid"])
    started = _utc(started_at)
    return started is not None and (now - started).total_seconds() > LEGACY_STALE_HOURS * 3600


def mark_stale_runs_interrupted(engine: Engine) -> list[int]:
    """Mark ``interrupted`` the runs left "running" by a process that was killed
    (``kill -9``, power loss: no chance to record its end); return their run ids.

    Which rows are stale: :func:`_run_is_stale`. The end time written is the run's last
    sign of life (its latest stored article or reject, else its start): the moment it
    died is unknown and is not invented; ``counts`` records ``{"stale_detected_at": ISO
    UTC time}``.
    """
    now = utcnow()
    marked: list[int] = []
    with Session(engine) as session, session.begin():
        rows = session.scalars(select(RunRow).where(RunRow.status == "running", RunRow.ended_at.is_(None))).all()
        for row in rows:
            if not _run_is_stale(row.options, row.started_at, now):
                continue
            last_article = session.scalar(select(func.max(ArticleRow.stored_at)).where(ArticleRow.run_id == row.run_id))
            last_reject = session.scalar(select(func.max(RejectRow.created_at)).where(RejectRow.run_id == row.run_id))
            signs = [t for t in (_utc(row.started_at), _utc(last_article), _utc(last_reject)) if t is not None]
            row.status = "interrupted"
            row.ended_at = max(signs)
            row.counts = {**(row.counts or {}), "stale_detected_at": now.isoformat()}
            marked.append(row.run_id)
    return marked


def finish_run(engine: Engine, run_id: int, counts: dict[str, Any], status: str = "finished") -> None:
    """Record the end time, final ``counts`` and ``status`` (finished, interrupted,
    failed) of run ``run_id``."""
    with Session(engine) as session, session.begin():
        session.execute(update(RunRow).where(RunRow.run_id == run_id)
                        .values(ended_at=utcnow(), counts=counts, status=status))


def count_run_mentions(engine: Engine, run_id: int) -> int:
    """How many event mentions stored by run ``run_id`` are still stored (a later
    revision of the same article in the same run withdraws the earlier one's)."""
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(EventMentionRow)
                              .where(EventMentionRow.run_id == run_id)) or 0


def get_run(engine: Engine, run_id: int) -> dict[str, Any] | None:
    """One run as a dict (run_id, command, started_at, ended_at, status, options, counts)."""
    with Session(engine) as session:
        row = session.get(RunRow, run_id)
        if row is None:
            return None
        return {"run_id": row.run_id, "command": row.command, "started_at": _utc(row.started_at),
                "ended_at": _utc(row.ended_at), "status": row.status, "options": row.options,
                "counts": row.counts, "crisisdesk_version": row.crisisdesk_version}


# -- rejects ----------------------------------------------------------------------------
def record_reject(engine: Engine, reject: Reject, run_id: int | None = None) -> None:
    """Store one rejected input item (its own transaction); the feed that listed it
    (``reject.listed_in``) is appended to the stored detail ("listed in FEED")."""
    with Session(engine) as session, session.begin():
        detail = reject.detail
        if reject.listed_in:  # the table has no column for it: kept in the detail
            detail = (f"{detail}; " if detail else "") + f"listed in {reject.listed_in}"
        session.add(RejectRow(run_id=run_id, uri=reject.uri, line=reject.line, offset=reject.offset,
                              stage=reject.stage, reason=reject.reason, detail=detail or None,
                              created_at=utcnow()))


def reject_reason_since(engine: Engine, uri: str, since: datetime) -> str | None:
    """The reason of the latest Reject of ``uri`` recorded at or after ``since`` (UTC),
    or None when it was not rejected since then."""
    with Session(engine) as session:
        return session.scalar(select(RejectRow.reason).where(
            RejectRow.uri == uri, RejectRow.created_at >= since).order_by(RejectRow.reject_id.desc()).limit(1))


@dataclass(frozen=True)
class StoredReject:
    """A row of the ``rejects`` table: the :class:`Reject` (where and why), when it was
    recorded (UTC) and by which run (``runs.run_id``; its command, e.g. ``run`` or
    ``backfill``; None for a reject recorded outside a run)."""

    reject_id: int
    reject: Reject
    created_at: datetime
    run_id: int | None
    command: str | None


def stored_rejects(engine: Engine, *, since: datetime | None = None, reason: str | None = None,
                   run_id: int | None = None, limit: int | None = None) -> list[StoredReject]:
    """Rejects recorded at or after ``since`` (UTC), with ``reason`` (exact, e.g.
    ``malformed_json``) and of run ``run_id`` when given; the newest ``limit`` of them
    (all when None), listed oldest first."""
    with Session(engine) as session:
        query = (select(RejectRow, RunRow.command).join(RunRow, RunRow.run_id == RejectRow.run_id, isouter=True)
                 .order_by(RejectRow.reject_id.desc()))
        if since is not None:
            query = query.where(RejectRow.created_at >= since)
        if reason:
            query = query.where(RejectRow.reason == reason)
        if run_id is not None:
            query = query.where(RejectRow.run_id == run_id)
        if limit is not None:
            query = query.limit(limit)
        rows = session.execute(query).all()
    return [StoredReject(r.reject_id, Reject(uri=r.uri, stage=r.stage, reason=r.reason, detail=r.detail or "",
                                             line=r.line, offset=r.offset), r.created_at, r.run_id, command)
            for r, command in reversed(rows)]


def list_rejects(engine: Engine, run_id: int | None = None) -> list[Reject]:
    """Rejects of one run (or all), oldest first."""
    with Session(engine) as session:
        query = select(RejectRow).order_by(RejectRow.reject_id)
        if run_id is not None:
            query = query.where(RejectRow.run_id == run_id)
        return [Reject(uri=r.uri, stage=r.stage, reason=r.reason, detail=r.detail or "", line=r.line,
                       offset=r.offset) for r in session.scalars(query)]


# -- articles ---------------------------------------------------------------------------
@dataclass(frozen=True)
class SaveResult:
    """Outcome of ``save_article``: ``status`` stored/revised/unchanged/truncated_copy
    (a cut-off copy of a complete stored article, not written), the revision now
    latest, and how many mentions were written."""

    status: SaveStatus
    article_id: str
    revision: int
    mentions: int = 0


@dataclass(frozen=True)
class StoredArticle:
    """An article as stored: the record plus its revision bookkeeping."""

    article: Article
    revision: int
    is_latest: bool
    run_id: int | None
    stored_at: datetime


def article_to_values(article: Article, revision: int, run_id: int | None) -> dict[str, Any]:
    """Column values of the ``articles`` row for ``article`` at ``revision``."""
    return dict(
        article_id=article.article_id, revision=revision, is_latest=True, content_hash=article.content_hash,
        url=article.url, site=article.site, title=article.title, author=article.author,
        published_at=article.published_at, published_precision=article.published_precision,
        fetched_at=article.fetched_at, language=article.language, text=article.text,
        paragraphs=[[p.start, p.end] for p in article.paragraphs], source_uri=article.source_uri,
        extraction_method=article.extraction_method, metadata=article.metadata, notes=list(article.notes),
        run_id=run_id, stored_at=utcnow(),
    )


def article_to_row(article: Article, revision: int, run_id: int | None) -> ArticleRow:
    """The ``articles`` row (ORM object) for ``article`` at ``revision``."""
    values = article_to_values(article, revision, run_id)
    values["metadata_"] = values.pop("metadata")
    return ArticleRow(**values)


def row_to_article(row: ArticleRow) -> Article:
    """The ``Article`` record stored in ``row``."""
    return Article(
        article_id=row.article_id, text=row.text, fetched_at=_utc(row.fetched_at), source_uri=row.source_uri,
        content_hash=row.content_hash, url=row.url, site=row.site, title=row.title, author=row.author,
        published_at=_utc(row.published_at), published_precision=row.published_precision,  # type: ignore[arg-type]
        language=row.language, paragraphs=[Paragraph(start, end) for start, end in row.paragraphs or []],
        extraction_method=row.extraction_method, metadata=dict(row.metadata_ or {}), notes=list(row.notes or []),
    )


def _stored(row: ArticleRow) -> StoredArticle:
    return StoredArticle(article=row_to_article(row), revision=row.revision, is_latest=row.is_latest,
                         run_id=row.run_id, stored_at=_utc(row.stored_at))  # type: ignore[arg-type]


def _latest_row(session: Session, article_id: str) -> ArticleRow | None:
    return session.scalars(select(ArticleRow).where(ArticleRow.article_id == article_id)
                           .order_by(ArticleRow.revision.desc()).limit(1)).first()


def _known_revision(session: Session | Connection, article: Article) -> int | None:
    """The revision storing ``article``'s text (latest first), or None when there is none
    or when ``article`` re-dates it (:func:`redates`): saving it then writes a revision."""
    known = _known_text(session, article)
    return known.revision if known is not None else None


@dataclass(frozen=True)
class KnownText:
    """The stored revision holding an article's text: its number, the run that stored
    it (``runs.run_id``; None when stored outside a run) and when (``stored_at``, UTC;
    None when not read)."""

    revision: int
    run_id: int | None
    stored_at: datetime | None = None


def _known_text(session: Session | Connection, article: Article) -> KnownText | None:
    table = ArticleRow.__table__
    row = session.execute(
        select(table.c.revision, table.c.run_id, table.c.notes, table.c.published_at, table.c.stored_at)
        .where(table.c.article_id == article.article_id, table.c.content_hash == article.content_hash)
        .order_by(table.c.revision.desc()).limit(1)).first()
    if row is None or redates(article, row.notes or [], row.published_at):
        return None
    return KnownText(row.revision, row.run_id, _utc(row.stored_at))


def known_text(engine: Engine, article: Article) -> KnownText | None:
    """The stored revision with ``article``'s text and the run that stored it, or None
    when saving ``article`` would store something (:func:`is_unchanged` is False). A run
    tells an article it stored itself moments earlier (the same page read twice) from
    one an earlier run stored."""
    with Session(engine) as session:
        return _known_text(session, article)


def redates(article: Article, stored_notes: Sequence[str], stored_published: datetime | None) -> bool:
    """True when ``article`` gives a better date to a stored text: the stored revision's
    publication time was resolved against its file's modification time (note
    ``published_from_file_time``: a guess, a copied file's time is the copy time),
    ``article``'s was not (``--fetched-at`` given, or a date in the page), and the two
    differ. Saving it then writes a revision with the same text and the new date (the
    old revision's mentions, dated from the guess, are replaced), instead of
    ``unchanged``."""
    from crisisdesk.extract.article import PUBLISHED_FROM_FILE_TIME

    def guessed(notes: Sequence[str]) -> bool:
        return any(str(n).startswith(PUBLISHED_FROM_FILE_TIME) for n in notes)

    return (guessed(stored_notes) and not guessed(article.notes) and article.published_at is not None
            and _utc(stored_published) != _utc(article.published_at))


def may_supersede(new_notes: Sequence[str], latest_notes: Sequence[str]) -> bool:
    """False when a new revision with article notes ``new_notes`` is a cut-off copy
    (:data:`TRUNCATED_NOTE`) and the latest stored revision (``latest_notes``) is
    complete: a truncated copy never replaces a complete text."""
    return TRUNCATED_NOTE not in new_notes or TRUNCATED_NOTE in latest_notes


def latest_same_text(engine: Engine, article: Article) -> Article | None:
    """The stored latest revision of ``article.article_id`` as an ``Article`` record when
    it has ``article``'s ``content_hash`` and ``article`` does not re-date it
    (:func:`redates`), else None. What ``crisisdesk run --recode`` codes again: the
    stored record (its stored publication time and notes), so the new mentions describe
    exactly the stored revision."""
    with Session(engine) as session:
        known = _known_revision(session, article)
        if known is None:
            return None
        row = _latest_row(session, article.article_id)
        return row_to_article(row) if row is not None and row.revision == known else None


def is_unchanged(engine: Engine, article: Article) -> bool:
    """True when a stored revision of ``article.article_id`` has the same
    ``content_hash`` (saving it would store nothing)."""
    with Session(engine) as session:
        return _known_revision(session, article) is not None


def save_article(engine: Engine, article: Article, mentions: Sequence[EventMention] = (),
                 run_id: int | None = None, recode: bool = False) -> SaveResult:
    """Store ``article`` and its ``mentions`` in ONE transaction (see module rules).

    ``recode``: when the latest revision has the same text, replace its mentions by
    ``mentions`` (status ``recoded``, ``revision`` the latest) instead of ``unchanged``.
    Returns a ``SaveResult``. Raises ``StoreError`` when the database refuses the write
    twice (a concurrent writer stored the same revision in between is retried once).
    """
    for attempt in range(2):
        try:
            return _save_once(engine, article, mentions, run_id, recode)
        except IntegrityError as error:
            if attempt == 1:
                raise StoreError(f"could not store article {article.article_id}: {error.orig}") from error
    raise AssertionError("unreachable")


def _insert_mentions(connection, mentions: Sequence[EventMention], revision: int, run_id: int | None) -> None:  # noqa: ANN001
    """Insert ``mentions`` as event-mention rows of article revision ``revision`` stored
    by run ``run_id``, on ``connection`` (the caller's transaction); nothing when empty."""
    if mentions:
        connection.execute(insert(EventMentionRow.__table__),
                           [mention_to_values(m, article_revision=revision, run_id=run_id) for m in mentions])


#: ``event_mentions`` columns that say where and when a mention row was written, not what
#: it codes: left out when a re-coded mention is compared with the stored one.
_BOOKKEEPING_COLUMNS = frozenset({"event_id", "run_id", "created_at", "article_revision"})


def _comparable(value: Any) -> Any:
    """``value`` as JSON would give it back (tuples as lists, dates as ISO strings), so
    a stored column and a freshly coded value compare equal when they say the same."""
    return json.loads(json.dumps(value, default=str, sort_keys=True))


def replace_mentions(connection, article_id: str, values: Sequence[dict[str, Any]]) -> dict[str, int]:  # noqa: ANN001
    """Replace the stored event mentions of ``article_id`` by ``values`` (row values of
    ``event_mentions``, :func:`mention_to_values`), on ``connection`` (the caller's
    transaction): what re-coding an article with unchanged text does
    (``save_article(recode=True)``, the backfill's merge with ``--recode``).

    A stored mention with the same ``mention_id`` and the same coded values (every
    column but :data:`_BOOKKEEPING_COLUMNS`) is kept: its row stays, with its
    ``event_id``, and only its ``run_id`` becomes the re-coding run's. So an event whose
    mentions all come out the same keeps its id, even when it was named after one of
    the article's mentions (``consolidate.events.event_id_for``): before, withdrawing
    every mention renamed such an event after another article's mention. The other
    stored mentions are withdrawn (``consolidate.update.withdraw_article_mentions``:
    their events re-summarised, renamed or deleted) and the other values inserted
    unassigned, for the next consolidation. Returns ``{"kept": n, "withdrawn": n,
    "inserted": n}``."""
    from crisisdesk.consolidate.update import withdraw_article_mentions  # consolidate imports this module

    table = EventMentionRow.__table__
    stored = {row.mention_id: row._mapping for row in connection.execute(
        select(table).where(table.c.article_id == article_id))}
    same: set[str] = set()
    for value in values:
        row = stored.get(value["mention_id"])
        if row is not None and all(_comparable(row[key]) == _comparable(value[key])
                                   for key in value if key not in _BOOKKEEPING_COLUMNS):
            same.add(value["mention_id"])
    withdrawn = withdraw_article_mentions(connection, article_id, keep=same).mentions_deleted
    if same:
        run_id = next((v.get("run_id") for v in values), None)
        connection.execute(update(table).where(table.c.article_id == article_id,
                                               table.c.mention_id.in_(sorted(same))).values(run_id=run_id))
    fresh = [value for value in values if value["mention_id"] not in same]
    if fresh:
        connection.execute(insert(table), fresh)
    return {"kept": len(same), "withdrawn": withdrawn, "inserted": len(fresh)}


def _save_once(engine: Engine, article: Article, mentions: Sequence[EventMention], run_id: int | None,
               recode: bool = False) -> SaveResult:
    from crisisdesk.consolidate.update import withdraw_article_mentions  # consolidate imports this module

    articles = ArticleRow.__table__
    with engine.begin() as connection:
        known = _known_revision(connection, article)
        revisions = connection.execute(
            select(articles.c.revision, articles.c.content_hash, articles.c.notes)
            .where(articles.c.article_id == article.article_id)
        ).all()
        if known is not None:
            if not recode or known != max(r for r, _, _ in revisions):
                return SaveResult("unchanged", article.article_id, known, 0)
            # same text as the latest revision, coded again: its mentions are replaced
            # through the withdrawal a new revision uses, in this same transaction
            replace_mentions(connection, article.article_id,
                             [mention_to_values(m, article_revision=known, run_id=run_id) for m in mentions])
            return SaveResult("recoded", article.article_id, known, len(mentions))
        if any(content_hash == article.content_hash for _, content_hash, _ in revisions):
            note = (f"{REDATED_NOTE}: the publication time resolved against the file's modification time "
                    f"is replaced by one from the given fetch time; same text as an earlier revision")
            if note not in article.notes:
                article.notes.append(note)
        latest = max((r for r, _, _ in revisions), default=0)
        latest_notes = next((notes or [] for r, _, notes in revisions if r == latest), [])
        if latest and not may_supersede(article.notes, latest_notes):
            return SaveResult("truncated_copy", article.article_id, latest, 0)
        if latest:
            connection.execute(update(articles).where(articles.c.article_id == article.article_id)
                               .values(is_latest=False))
            # the superseded revision's mentions go, and the events built from them are
            # re-summarised from what remains (or deleted), in this same transaction
            withdraw_article_mentions(connection, article.article_id)
        connection.execute(insert(articles), [article_to_values(article, latest + 1, run_id)])
        _insert_mentions(connection, mentions, latest + 1, run_id)
        return SaveResult("stored" if not latest else "revised", article.article_id, latest + 1, len(mentions))


def get_article(engine: Engine, article_id: str, revision: int | None = None) -> StoredArticle | None:
    """The latest (or given) revision of an article; ``article_id`` may be a unique
    prefix of at least 4 characters. None when not found or the prefix is ambiguous."""
    with Session(engine) as session:
        query = select(ArticleRow)
        if len(article_id) < 16 and len(article_id) >= 4:
            ids = set(session.scalars(select(ArticleRow.article_id)
                                      .where(ArticleRow.article_id.startswith(article_id)).distinct()))
            if len(ids) != 1:
                return None
            article_id = ids.pop()
        query = query.where(ArticleRow.article_id == article_id)
        query = query.where(ArticleRow.revision == revision) if revision else query.where(ArticleRow.is_latest)
        row = session.scalars(query).first()
        return _stored(row) if row else None


def list_articles(engine: Engine, *, limit: int | None = 100, offset: int = 0, latest_only: bool = True,
                  language: str | None = None, site: str | None = None, search: str | None = None,
                  run_id: int | None = None) -> list[StoredArticle]:
    """Stored articles, newest publication first (unknown dates last), filtered by
    language (ISO 639-1; ``und``, ISO 639-2 "undetermined": stored with no language),
    site, a case-insensitive substring of title or text, or run."""
    with Session(engine) as session:
        query = select(ArticleRow)
        if latest_only:
            query = query.where(ArticleRow.is_latest)
        if language == "und":
            query = query.where(ArticleRow.language.is_(None))
        elif language:
            query = query.where(ArticleRow.language == language)
        if site:
            query = query.where(ArticleRow.site == site)
        if run_id is not None:
            query = query.where(ArticleRow.run_id == run_id)
        if search:
            pattern = f"%{search.lower()}%"
            query = query.where(or_(func.lower(ArticleRow.title).like(pattern), func.lower(ArticleRow.text).like(pattern)))
        query = query.order_by(ArticleRow.published_at.is_(None), ArticleRow.published_at.desc(),
                               ArticleRow.article_key.desc()).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        return [_stored(row) for row in session.scalars(query)]


def count_articles(engine: Engine, latest_only: bool = True) -> int:
    """Number of stored articles (latest revisions only, by default)."""
    with Session(engine) as session:
        query = select(func.count()).select_from(ArticleRow)
        if latest_only:
            query = query.where(ArticleRow.is_latest)
        return int(session.scalar(query) or 0)


# -- event mentions ---------------------------------------------------------------------
def _span_dict(span: Span | None) -> dict[str, Any] | None:
    return dataclasses.asdict(span) if span else None


def _span(value: dict[str, Any] | None) -> Span | None:
    return Span(**value) if value else None


def _actor_dict(actor: ActorRef) -> dict[str, Any]:
    data = dataclasses.asdict(actor)
    data["span"] = _span_dict(actor.span)
    return data


def _actor(value: dict[str, Any]) -> ActorRef:
    data = dict(value)
    data["span"] = _span(data.get("span"))
    return ActorRef(**data)


def mention_to_row(mention: EventMention, *, article_revision: int = 1, run_id: int | None = None) -> EventMentionRow:
    """The ``event_mentions`` row (ORM object) for ``mention``; see ``mention_to_values``."""
    return EventMentionRow(**mention_to_values(mention, article_revision=article_revision, run_id=run_id))


def mention_to_values(mention: EventMention, *, article_revision: int = 1, run_id: int | None = None) -> dict[str, Any]:
    """Column values of the ``event_mentions`` row for ``mention`` (flat place columns
    for queries plus the whole Place as JSON; actors as JSON lists; ``actor_codes`` a
    space-separated list of the actors' codes for LIKE queries)."""
    place, count, injured, evidence = mention.place, mention.fatalities, mention.injured, mention.evidence
    codes = [a.code for a in [*mention.source_actors, *mention.target_actors] if a.code]
    place_json = None
    if place is not None:
        place_json = dataclasses.asdict(place)
        place_json["span"] = _span_dict(place.span)
        place_json["evidence"] = _span_dict(place.evidence)
        place_json["anchor"] = _span_dict(place.anchor)
    return dict(
        mention_id=mention.mention_id, article_id=mention.article_id, article_revision=article_revision,
        event_type=mention.event_type, mode=mention.mode, contexts=list(mention.contexts),
        cameo_code=mention.cameo_code, quad_class=mention.quad_class, goldstein=mention.goldstein,
        acled_event_type=mention.acled_event_type, acled_sub_event_type=mention.acled_sub_event_type,
        source_actors=[_actor_dict(a) for a in mention.source_actors],
        target_actors=[_actor_dict(a) for a in mention.target_actors],
        actor_codes=" ".join(codes) or None,
        place_name=place.name if place else None, place=place_json,
        geonames_id=place.geonames_id if place else None, country=place.country if place else None,
        admin1=place.admin1 if place else None, admin2=place.admin2 if place else None,
        lat=place.lat if place else None, lon=place.lon if place else None,
        geo_precision=place.geo_precision if place else None,
        event_date=mention.event_date, date_end=mention.date_end, time_precision=mention.time_precision,
        status=mention.status, claimed_by=mention.claimed_by,
        reported_by=mention.reported_by, reported_by_code=mention.reported_by_code,
        fatalities_min=count.min if count else None, fatalities_max=count.max if count else None,
        fatalities_whose=count.whose if count else None,
        fatalities_vague=list(count.vague) if count and count.vague else None,
        injured_min=injured.min if injured else None, injured_max=injured.max if injured else None,
        evidence=evidence.sentence, start_char=evidence.start_char, end_char=evidence.end_char,
        trigger_start=evidence.trigger.start if evidence.trigger else None,
        trigger_end=evidence.trigger.end if evidence.trigger else None, in_title=evidence.in_title,
        confidence=mention.confidence, run_id=run_id, created_at=utcnow(),
    )


def row_to_mention(row: EventMentionRow) -> EventMention:
    """The ``EventMention`` stored in ``row`` (inverse of ``mention_to_row``; the
    trigger text is cut from the evidence sentence by offsets)."""
    trigger = None
    if row.trigger_start is not None and row.trigger_end is not None:
        text = row.evidence[row.trigger_start - row.start_char:row.trigger_end - row.start_char]
        trigger = Span(row.trigger_start, row.trigger_end, text)
    place = None
    if row.place:
        data = dict(row.place)
        data["span"] = _span(data.get("span"))
        data["evidence"] = _span(data.get("evidence"))
        data["anchor"] = _span(data.get("anchor"))
        place = Place(**data)
    elif row.place_name:
        place = Place(name=row.place_name, geo_precision=row.geo_precision or 4, country=row.country,
                      geonames_id=row.geonames_id, admin1=row.admin1, admin2=row.admin2, lat=row.lat, lon=row.lon)
    fatalities = None
    if row.fatalities_min is not None or row.fatalities_max is not None:
        fatalities = Count(row.fatalities_min, row.fatalities_max, row.fatalities_whose,
                           tuple(row.fatalities_vague or ()))
    injured = None
    if row.injured_min is not None or row.injured_max is not None:
        injured = Count(row.injured_min, row.injured_max)
    return EventMention(
        mention_id=row.mention_id, article_id=row.article_id, event_type=row.event_type,
        evidence=Evidence(row.evidence, row.start_char, row.end_char, trigger, in_title=bool(row.in_title)),
        mode=row.mode, contexts=tuple(row.contexts or ()), cameo_code=row.cameo_code, quad_class=row.quad_class,
        goldstein=row.goldstein, acled_event_type=row.acled_event_type, acled_sub_event_type=row.acled_sub_event_type,
        source_actors=[_actor(a) for a in row.source_actors or []],
        target_actors=[_actor(a) for a in row.target_actors or []],
        place=place, event_date=row.event_date, date_end=row.date_end,
        time_precision=row.time_precision,  # type: ignore[arg-type]
        status=row.status,  # type: ignore[arg-type]
        claimed_by=row.claimed_by, fatalities=fatalities, injured=injured, confidence=row.confidence,
        reported_by=row.reported_by, reported_by_code=row.reported_by_code,
    )


def get_mentions(engine: Engine, article_id: str | None = None) -> list[EventMention]:
    """Event mentions of one article (or all), in text order."""
    with Session(engine) as session:
        query = select(EventMentionRow).order_by(EventMentionRow.article_id, EventMentionRow.start_char,
                                                 EventMentionRow.mention_id)
        if article_id is not None:
            query = query.where(EventMentionRow.article_id == article_id)
        return [row_to_mention(row) for row in session.scalars(query)]
