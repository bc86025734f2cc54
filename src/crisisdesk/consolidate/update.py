"""Incremental consolidation in the database: the function the pipeline calls after it
has stored an article's event mentions.

``update(session, article_ids)`` (``update_stored(engine, article_ids)`` in its own
transaction; ``consolidate_stored(engine, article_ids)`` in batches, for callers that
stored many articles first, such as the backfill):

1. gives each new article (no ``minhash`` yet) its MinHash signature and story cluster
   (``articles.minhash``, ``articles.cluster_id``; near_duplicates.py);
2. reads the articles' event mentions that have no ``event_id`` yet (a re-run finds none:
   idempotent);
3. loads only the candidate events: those whose dates overlap the new mentions' dates
   (widened by :data:`CANDIDATE_WINDOW_DAYS`) in the same countries (indexed queries on
   ``events.event_date`` and ``events.country``), plus the events of the same story
   clusters, with their mentions;
4. assigns each new mention to an event (consolidate/events.py), merges events without
   a usable place into an event they now match (``absorb_vague_events``), and writes
   the changed events and the mentions' ``event_id``.

Nothing is committed here: the caller's transaction holds the whole update, so a crash
leaves the database as it was.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import bindparam, delete, func, insert, or_, select, update as sql_update
from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session
from datasketch import LeanMinHash

from crisisdesk.consolidate.events import ArticleInfo, Consolidator, event_id_for, summarise
from crisisdesk.consolidate.near_duplicates import (
    NEAR_DUPLICATE_JACCARD,
    ClusterAssignment,
    band_rows,
    signature,
    signature_from_values,
    signature_values,
)
from crisisdesk.consolidate.rows import _utc, event_row_values, mention_from_row
from crisisdesk.store.models import ArticleBandRow, ArticleRow, EventMentionRow, EventRow

#: Extra days on each side of the new mentions' dates when loading candidate events.
CANDIDATE_WINDOW_DAYS = 3
#: Earlier articles considered for near-duplicates: published within this many days.
NEAR_DUPLICATE_WINDOW_DAYS = 60
_CHUNK = 500


@dataclass
class ConsolidationResult:
    """What one ``update`` did: articles hashed, of which near-duplicates; mentions
    assigned; events created, updated and merged into another (ids; a merged event's
    row is deleted and its mentions point to the event it joined)."""

    articles_clustered: int = 0
    near_duplicates: int = 0
    mentions_assigned: int = 0
    events_created: list[str] = field(default_factory=list)
    events_updated: list[str] = field(default_factory=list)
    events_merged: list[str] = field(default_factory=list)

    def add(self, other: "ConsolidationResult") -> None:
        """Add the counts and ids of a later ``update`` to this one: an event created in
        one batch and updated in a later one stays listed as created only; an event
        merged into another by a later batch leaves the created and updated lists (its
        row is gone) and is listed as merged only if it existed before the first batch."""
        self.articles_clustered += other.articles_clustered
        self.near_duplicates += other.near_duplicates
        self.mentions_assigned += other.mentions_assigned
        gone = set(other.events_merged)
        created_here = set(self.events_created)
        self.events_created = [e for e in self.events_created if e not in gone] + other.events_created
        known = set(self.events_created) | set(self.events_updated)
        self.events_updated = [e for e in self.events_updated if e not in gone] + [
            e for e in other.events_updated if e not in known]
        self.events_merged += [e for e in other.events_merged if e not in created_here]


def _chunks(items: Sequence, size: int = _CHUNK) -> Iterable[Sequence]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _within_window(a: datetime | None, b: datetime | None) -> bool:
    """Whether two publication times are at most ``NEAR_DUPLICATE_WINDOW_DAYS`` apart
    (an unknown time is within any window)."""
    return a is None or b is None or abs(a - b) <= timedelta(days=NEAR_DUPLICATE_WINDOW_DAYS)


def assign_story_clusters(session: Session, article_ids: Iterable[str]) -> list[ClusterAssignment]:
    """Hash and cluster the latest revisions of ``article_ids`` that have no signature
    yet (in order of publication), against stored articles published within
    ``NEAR_DUPLICATE_WINDOW_DAYS`` and against each other.

    Candidates come from the persisted LSH index (``article_lsh_bands``, one indexed
    query on the batch's band keys), so the cost grows with the batch, not with the
    store; the new articles' band keys are written to it. Returns one
    :class:`ClusterAssignment` per newly clustered article."""
    ids = sorted(set(article_ids))
    todo_keys: list[int] = []
    for chunk in _chunks(ids):
        todo_keys += session.scalars(
            select(ArticleRow.article_key).where(
                ArticleRow.article_id.in_(chunk),
                ArticleRow.is_latest.is_(True),
                or_(ArticleRow.minhash.is_(None), ArticleRow.cluster_id.is_(None)),
            )
        ).all()
    if not todo_keys:
        return []
    todo: list[ArticleRow] = []
    for chunk in _chunks(todo_keys):
        todo += session.scalars(select(ArticleRow).where(ArticleRow.article_key.in_(chunk))).all()
    todo.sort(key=lambda r: (_utc(r.published_at) or _utc(r.fetched_at), r.article_id))
    todo_ids = {row.article_id for row in todo}

    hashed = []
    for row in todo:
        sig = signature(row.text or "")
        values = signature_values(sig)
        hashed.append((row, sig, values, band_rows(row.article_id, values, _utc(row.published_at))))

    # stored candidates: articles sharing a band key with the batch
    bands = ArticleBandRow.__table__
    stored: dict[int, list[tuple[str, datetime | None]]] = defaultdict(list)
    keys = sorted({band["bucket"] for *_, rows in hashed for band in rows})
    for chunk in _chunks(keys):
        query = select(bands.c.bucket, bands.c.article_id, bands.c.published_at).where(bands.c.bucket.in_(chunk))
        for bucket, article_id, published_at in session.execute(query):
            if article_id not in todo_ids:
                stored[bucket].append((article_id, _utc(published_at)))
    signatures: dict[str, LeanMinHash] = {}
    clusters: dict[str, str] = {}
    published: dict[str, datetime | None] = {}
    candidate_ids = sorted({article_id for found in stored.values() for article_id, _ in found})
    for chunk in _chunks(candidate_ids):
        query = select(ArticleRow.article_id, ArticleRow.minhash, ArticleRow.cluster_id, ArticleRow.published_at).where(
            ArticleRow.article_id.in_(chunk), ArticleRow.is_latest.is_(True),
            ArticleRow.minhash.is_not(None), ArticleRow.cluster_id.is_not(None),
        )
        for article_id, values, cluster_id, published_at in session.execute(query):
            signatures[article_id] = signature_from_values(values)
            clusters[article_id] = cluster_id
            published[article_id] = _utc(published_at)

    in_batch: dict[int, list[str]] = defaultdict(list)
    assignments = []
    for row, sig, values, rows in hashed:
        when = _utc(row.published_at)
        candidates = {article_id for band in rows for article_id, _ in stored.get(band["bucket"], ())}
        candidates |= {article_id for band in rows for article_id in in_batch.get(band["bucket"], ())}
        best_id, best_sim = None, -1.0
        for candidate in sorted(candidates):
            if candidate not in signatures or not _within_window(when, published[candidate]):
                continue
            sim = sig.jaccard(signatures[candidate])
            if sim >= NEAR_DUPLICATE_JACCARD and sim > best_sim:
                best_id, best_sim = candidate, sim
        cluster_id = clusters[best_id] if best_id is not None else row.article_id
        row.minhash = values
        row.cluster_id = cluster_id
        signatures[row.article_id], clusters[row.article_id], published[row.article_id] = sig, cluster_id, when
        for band in rows:
            in_batch[band["bucket"]].append(row.article_id)
        assignments.append(ClusterAssignment(row.article_id, cluster_id, best_id,
                                             round(best_sim, 3) if best_id is not None else None))
    session.flush()
    for chunk in _chunks(sorted(todo_ids)):
        session.execute(delete(ArticleBandRow).where(ArticleBandRow.article_id.in_(chunk)))
    new_bands = [band for *_, rows in hashed for band in rows]
    if new_bands:
        session.execute(insert(bands), new_bands)
    return assignments


def _article_infos(session: Session | Connection, article_ids: set[str]) -> dict[str, ArticleInfo]:
    infos: dict[str, ArticleInfo] = {}
    for chunk in _chunks(sorted(article_ids)):
        rows = session.execute(
            select(ArticleRow.article_id, ArticleRow.site, ArticleRow.published_at,
                   ArticleRow.fetched_at, ArticleRow.cluster_id)
            .where(ArticleRow.article_id.in_(chunk), ArticleRow.is_latest.is_(True))
        )
        for article_id, site, published_at, fetched_at, cluster_id in rows:
            infos[article_id] = ArticleInfo(article_id, site, _utc(published_at) or _utc(fetched_at), cluster_id)
    return infos


def date_windows(new_rows: Sequence, days: int = CANDIDATE_WINDOW_DAYS) -> list[tuple[date, date]]:
    """The dates of the new mentions (``event_date``..``date_end``) widened by ``days``
    on each side, overlapping intervals merged: a batch with reports from 2017 and 2019
    loads the events of those weeks, not of the two years between."""
    widen = timedelta(days=days)
    spans = sorted((r.event_date - widen, (r.date_end or r.event_date) + widen) for r in new_rows if r.event_date)
    merged: list[tuple[date, date]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def _candidate_event_ids(session: Session, new_rows: list, clusters: set[str]) -> list[str]:
    """Ids of the stored events a new mention could join: events overlapping the
    mentions' :func:`date_windows` in the same countries (or without country), undated
    events when a mention is undated, and the events of the same story clusters."""
    ids: set[str] = set()
    countries = {r.country for r in new_rows}
    for windows in _chunks(date_windows(new_rows), 100):
        query = select(EventRow.event_id).where(or_(
            EventRow.event_date.is_(None),
            *[(EventRow.event_date <= hi) & (func.coalesce(EventRow.date_end, EventRow.event_date) >= lo)
              for lo, hi in windows],
        ))
        if None not in countries:
            query = query.where(or_(EventRow.country.in_(sorted(countries)), EventRow.country.is_(None)))
        ids |= set(session.scalars(query))
    if any(r.event_date is None for r in new_rows):
        ids |= set(session.scalars(select(EventRow.event_id).where(EventRow.event_date.is_(None))))
    for chunk in _chunks(sorted(clusters)):
        ids |= set(
            session.scalars(
                select(EventMentionRow.event_id)
                .join(ArticleRow, ArticleRow.article_id == EventMentionRow.article_id)
                .where(ArticleRow.cluster_id.in_(chunk), EventMentionRow.event_id.is_not(None))
                .distinct()
            )
        )
    return sorted(ids)


@dataclass
class WithdrawalResult:
    """What :func:`withdraw_article_mentions` did: mentions deleted, events
    re-summarised from their remaining mentions (their ids after the withdrawal),
    events deleted (no mention left), and events renamed (``{old id: new id}``: the
    id came from a withdrawn mention)."""

    mentions_deleted: int = 0
    events_resummarised: list[str] = field(default_factory=list)
    events_deleted: list[str] = field(default_factory=list)
    events_renamed: dict[str, str] = field(default_factory=dict)


def withdraw_article_mentions(connection: Connection | Session, article_id: str,
                              keep: Iterable[str] = ()) -> WithdrawalResult:
    """Delete every stored event mention of ``article_id`` (its superseded revision) but
    those whose ``mention_id`` is in ``keep`` (re-coding keeps the mentions that came out
    the same: ``store.repository.replace_mentions``), and
    bring the events built from them back in line with the mentions that remain: an
    event left without mentions is deleted, any other is re-summarised
    (:func:`~crisisdesk.consolidate.events.summarise`, remaining mentions in
    ``created_at`` order, as :func:`update` loads them).

    A surviving event keeps its ``event_id`` unless the id was derived from a withdrawn
    mention (``event_id_for``, the mention that created the event): then it is renamed
    after its first remaining mention, and its mentions follow (``events_renamed``).
    So every event's id comes from one of its own mentions, and no id can collide: the
    new revision often repeats a withdrawn mention's id (same article, same sentence
    offsets, type and trigger), and when that mention does not rejoin the surviving
    event it creates ``event_id_for(mention)``, the very id the survivor would still
    carry. Links to the old id break: it is reported, and a consumer that keeps event
    ids must follow ``events_renamed`` (an id always named a set of mentions, not a
    permanent record).

    Called by ``store.repository.save_article`` (and the backfill's database merge)
    when a new revision of an article is stored, inside the caller's transaction: a
    crash leaves the old revision, its mentions and its events as they were. The new
    revision's mentions are consolidated afterwards by :func:`update` like any new
    article's. Calling it again finds no mention: changes nothing.
    """
    mentions, events = EventMentionRow.__table__, EventRow.__table__
    kept = set(keep)
    own = [(mention_id, event_id) for mention_id, event_id in connection.execute(
        select(mentions.c.mention_id, mentions.c.event_id).where(mentions.c.article_id == article_id))
        if mention_id not in kept]
    result = WithdrawalResult(mentions_deleted=len(own))
    if not own:
        return result
    affected = sorted({event_id for _, event_id in own if event_id is not None})
    for chunk in _chunks([mention_id for mention_id, _ in own]):
        connection.execute(delete(mentions).where(mentions.c.article_id == article_id,
                                                  mentions.c.mention_id.in_(chunk)))
    if not affected:
        return result
    remaining: dict[str, list] = defaultdict(list)
    for chunk in _chunks(affected):
        for row in connection.execute(select(mentions).where(mentions.c.event_id.in_(chunk))
                                      .order_by(mentions.c.created_at, mentions.c.mention_id)):
            remaining[row.event_id].append(mention_from_row(row))
    result.events_deleted = [e for e in affected if not remaining.get(e)]
    for chunk in _chunks(result.events_deleted):
        connection.execute(delete(events).where(events.c.event_id.in_(chunk)))
    surviving = [e for e in affected if remaining.get(e)]
    if not surviving:
        return result
    named_after_withdrawn = {event_id_for(mention_id) for mention_id, _ in own}
    renamed = {e: event_id_for(remaining[e][0].mention_id) for e in surviving if e in named_after_withdrawn}
    taken = set(connection.scalars(select(events.c.event_id).where(events.c.event_id.in_(sorted(renamed.values())))))
    renamed = {old: new for old, new in renamed.items() if new not in taken}  # never overwrite another event
    infos = _article_infos(connection, {m.article_id for e in surviving for m in remaining[e]})
    rows = [event_row_values(summarise(renamed.get(e, e), remaining[e], infos)) for e in surviving]
    new_ids = set(renamed.values())
    _update_event_rows(connection, [row for row in rows if row["event_id"] not in new_ids])
    if renamed:
        _rename_events(connection, renamed, [row for row in rows if row["event_id"] in new_ids])
    result.events_resummarised = [renamed.get(e, e) for e in surviving]
    result.events_renamed = renamed
    return result


def _rename_events(connection: Connection | Session, renamed: dict[str, str], new_rows: list[dict]) -> None:
    """Give events new ids (``renamed``: old → new; ``new_rows`` their summaries under
    the new ids): insert the new rows, point the mentions at them, delete the old rows
    (in this order: ``event_mentions.event_id`` is a foreign key)."""
    events, mentions = EventRow.__table__, EventMentionRow.__table__
    connection.execute(insert(events), new_rows)
    connection.execute(
        mentions.update().where(mentions.c.event_id == bindparam("b_old")).values(event_id=bindparam("b_new")),
        [{"b_old": old, "b_new": new} for old, new in renamed.items()],
    )
    connection.execute(delete(events).where(events.c.event_id.in_(sorted(renamed))))


def update(session: Session, article_ids: Iterable[str]) -> ConsolidationResult:
    """Consolidate the event mentions of ``article_ids`` into events, incrementally.

    ``session`` is an open SQLAlchemy session (not committed here). Mentions that already
    have an ``event_id`` are left alone, so calling twice changes nothing the second time.
    Returns a :class:`ConsolidationResult`.
    """
    ids = sorted(set(article_ids))
    result = ConsolidationResult()
    assignments = assign_story_clusters(session, ids)
    result.articles_clustered = len(assignments)
    result.near_duplicates = sum(1 for a in assignments if a.is_duplicate)

    mentions = EventMentionRow.__table__
    new_rows: list = []  # Core rows: attribute access like the ORM rows, less overhead
    for chunk in _chunks(ids):
        # event_id is tested here, not in SQL: with "event_id IS NULL" in the query SQLite
        # may scan the event_id index (every new mention is NULL there) once per chunk
        new_rows += [row for row in session.execute(select(mentions).where(mentions.c.article_id.in_(chunk)))
                     if row.event_id is None]
    if not new_rows:
        return result
    articles = _article_infos(session, {r.article_id for r in new_rows})
    clusters = {a.cluster_id for a in articles.values() if a.cluster_id}

    consolidator = Consolidator()
    candidate_ids = _candidate_event_ids(session, new_rows, clusters)
    if candidate_ids:
        old_rows: list = []
        for chunk in _chunks(candidate_ids):
            old_rows += session.execute(
                select(mentions).where(mentions.c.event_id.in_(chunk)).order_by(mentions.c.created_at)
            ).all()
        articles.update(_article_infos(session, {r.article_id for r in old_rows} - set(articles)))
        by_event: dict[str, list] = {}
        for row in old_rows:
            by_event.setdefault(row.event_id, []).append(mention_from_row(row))  # type: ignore[arg-type]
        for event_id in candidate_ids:
            consolidator.load(event_id, by_event.get(event_id, []), articles)
    existing = set(candidate_ids)

    far_past = datetime.min.replace(tzinfo=timezone.utc)
    new_rows.sort(key=lambda r: (
        (articles.get(r.article_id) and articles[r.article_id].published_at) or far_past,
        r.article_id, r.start_char, r.mention_id,
    ))
    for row in new_rows:
        consolidator.add(mention_from_row(row), articles.get(row.article_id))
    absorbed = consolidator.absorb_vague_events()
    moved = {r.mention_id for r in old_rows if r.event_id in absorbed} if candidate_ids else set()
    assigned = [
        {"mention_id": mention_id, "event_id": consolidator.event_of(mention_id)}
        for mention_id in [row.mention_id for row in new_rows] + sorted(moved)
    ]
    events = [event_row_values(e) for e in consolidator.events(only_touched=True)]
    created = [e for e in events if e["event_id"] not in existing]
    updated = [e for e in events if e["event_id"] in existing]
    _write(session, created, updated, assigned)
    gone = sorted(e for e in absorbed if e in existing)
    for chunk in _chunks(gone):
        session.execute(delete(EventRow).where(EventRow.event_id.in_(chunk)))
    result.events_merged = gone
    result.mentions_assigned = len(assigned)
    result.events_created = [e["event_id"] for e in created]
    result.events_updated = [e["event_id"] for e in updated]
    return result


def _update_event_rows(executor: Connection | Session, rows: list[dict]) -> None:
    """Update stored events from their row values, matched on ``event_id`` (one Core
    executemany statement; nothing when ``rows`` is empty)."""
    if not rows:
        return
    events = EventRow.__table__
    columns = {k: bindparam(k) for k in rows[0] if k != "event_id"}
    executor.execute(events.update().where(events.c.event_id == bindparam("b_event_id")).values(columns),
                     [{**row, "b_event_id": row["event_id"]} for row in rows])


def _write(session: Session, created: list[dict], updated: list[dict], assigned: list[dict]) -> None:
    """Insert new events, update changed ones, set the mentions' ``event_id`` (Core
    executemany: one statement per kind, whatever the number of rows)."""
    events, mentions = EventRow.__table__, EventMentionRow.__table__
    session.flush()
    if created:
        session.execute(insert(events), created)
    _update_event_rows(session, updated)
    if assigned:
        session.execute(
            mentions.update().where(mentions.c.mention_id == bindparam("b_mention_id")).values(event_id=bindparam("b_event_id")),
            [{"b_mention_id": a["mention_id"], "b_event_id": a["event_id"]} for a in assigned],
        )


def update_stored(engine: Engine, article_ids: Iterable[str]) -> ConsolidationResult:
    """``update`` in its own transaction on ``engine`` (what ``pipeline.run`` calls after
    storing articles): committed when it returns, rolled back entirely on error."""
    with Session(engine) as session, session.begin():
        return update(session, article_ids)


#: Articles consolidated per transaction by :func:`consolidate_stored` (and by
#: ``pipeline.run`` as it stores articles). Consolidation results depend a little on
#: where batches end (the second pass runs once per batch), so every entry point that
#: should give the same events uses this size.
BATCH_ARTICLES = 50


def consolidate_stored(engine: Engine, article_ids: Sequence[str]) -> ConsolidationResult:
    """Consolidate the stored mentions of ``article_ids`` (in the given order, e.g. the
    input order of a run) in batches of :data:`BATCH_ARTICLES`, each batch in its own
    transaction (:func:`update_stored`), as ``crisisdesk run`` over the same input does;
    returns the summed :class:`ConsolidationResult`. Each batch loads only its own
    candidates (persisted near-duplicate index, events of its date windows), so the time
    grows with the number of articles, not with the size of the store. Idempotent."""
    total = ConsolidationResult()
    for start in range(0, len(article_ids), BATCH_ARTICLES):
        total.add(update_stored(engine, article_ids[start:start + BATCH_ARTICLES]))
    return total


def rebuild(session: Session) -> ConsolidationResult:
    """Drop every event and consolidate all stored mentions again from scratch (in
    order of publication). Returns the :class:`ConsolidationResult`."""
    session.execute(sql_update(EventMentionRow).values(event_id=None))
    session.execute(delete(EventRow))
    article_ids = session.scalars(select(EventMentionRow.article_id).distinct()).all()
    return update(session, article_ids)
