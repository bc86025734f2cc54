"""Database schema (SQLAlchemy 2 declarative models).

The schema is created and changed only by the alembic migrations in
``store/migrations``; these models are what the code reads and writes. Types are
portable between SQLite and PostgreSQL (JSON columns, timezone-aware datetimes stored
as UTC).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from datetime import timezone

from sqlalchemy import JSON, BigInteger, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, SmallInteger, String, Text, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator):
    """A timezone-aware UTC datetime on every backend.

    PostgreSQL stores ``timestamptz`` and returns it in the session time zone; SQLite
    has no time zone type and returns naive values. Values are converted to UTC on the
    way in (a naive value is taken as UTC) and always come back aware, in UTC.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class RunRow(Base):
    """One invocation of ``crisisdesk run`` (or watch poll, backfill partition)."""

    __tablename__ = "runs"
    run_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    command: Mapped[str] = mapped_column(String(32))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(16), default="running")
    options: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    crisisdesk_version: Mapped[str | None] = mapped_column(String(32))


class ArticleRow(Base):
    """A stored article revision. ``article_id`` is stable per URL (or text);
    ``revision`` counts changed versions of the same page."""

    __tablename__ = "articles"
    article_key: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(String(64), index=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    is_latest: Mapped[bool] = mapped_column(default=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    url: Mapped[str | None] = mapped_column(Text)
    site: Mapped[str | None] = mapped_column(String(255))
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    published_precision: Mapped[str | None] = mapped_column(String(16))
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime())
    language: Mapped[str | None] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    paragraphs: Mapped[list[Any]] = mapped_column(JSON, default=list)
    source_uri: Mapped[str] = mapped_column(Text)
    extraction_method: Mapped[str | None] = mapped_column(String(32))
    metadata_: Mapped[dict[str, Any]] = mapped_column("metadata", JSON, default=dict)
    notes: Mapped[list[Any]] = mapped_column(JSON, default=list)
    cluster_id: Mapped[str | None] = mapped_column(String(64), index=True)
    minhash: Mapped[list[Any] | None] = mapped_column(JSON)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.run_id"))
    stored_at: Mapped[datetime] = mapped_column(UTCDateTime())
    __table_args__ = (Index("uq_article_revision", "article_id", "revision", unique=True),)


class ArticleBandRow(Base):
    """The persisted near-duplicate index: one LSH band key of the MinHash signature
    of an article's latest revision (consolidate/near_duplicates.py). A new article's
    candidates are the articles sharing one of its ``bucket`` keys, found by an indexed
    query instead of rebuilding an LSH index over the stored articles."""

    __tablename__ = "article_lsh_bands"
    bucket: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    article_id: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)
    band: Mapped[int] = mapped_column(SmallInteger)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class RejectRow(Base):
    """An input item that could not be processed, with where and why."""

    __tablename__ = "rejects"
    reject_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.run_id"))
    uri: Mapped[str] = mapped_column(Text)
    line: Mapped[int | None] = mapped_column(Integer)
    offset: Mapped[int | None] = mapped_column(Integer)
    stage: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class EventRow(Base):
    """A consolidated event: one real-world incident and its best-supported fields."""

    __tablename__ = "events"
    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    event_type: Mapped[str] = mapped_column(String(16), index=True)
    mode: Mapped[str | None] = mapped_column(String(32))
    cameo_code: Mapped[str | None] = mapped_column(String(8))
    quad_class: Mapped[int | None] = mapped_column(Integer)
    goldstein: Mapped[float | None] = mapped_column(Float)
    acled_event_type: Mapped[str | None] = mapped_column(String(64), index=True)
    acled_sub_event_type: Mapped[str | None] = mapped_column(String(64))
    source_actors: Mapped[list[Any]] = mapped_column(JSON, default=list)
    target_actors: Mapped[list[Any]] = mapped_column(JSON, default=list)
    place_name: Mapped[str | None] = mapped_column(Text)
    geonames_id: Mapped[int | None] = mapped_column(Integer)
    country: Mapped[str | None] = mapped_column(String(3), index=True)
    admin1: Mapped[str | None] = mapped_column(String(128), index=True)
    admin2: Mapped[str | None] = mapped_column(String(128))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    event_date: Mapped[date | None] = mapped_column(Date, index=True)
    date_end: Mapped[date | None] = mapped_column(Date)
    time_precision: Mapped[str | None] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), index=True)
    claimed_by: Mapped[str | None] = mapped_column(Text)
    #: who the report is attributed to, as written ("the army"), and its actor code
    reported_by: Mapped[str | None] = mapped_column(Text)
    reported_by_code: Mapped[str | None] = mapped_column(String(32))
    fatalities_min: Mapped[int | None] = mapped_column(Integer)
    fatalities_max: Mapped[int | None] = mapped_column(Integer)
    #: Vague quantity words behind ``fatalities_min`` ("dozens": min is the word's literal
    #: floor, 24), for conventions such as ACLED's (``coding.counts.acled_fatalities``).
    fatalities_vague: Mapped[list[Any] | None] = mapped_column(JSON)
    injured_min: Mapped[int | None] = mapped_column(Integer)
    injured_max: Mapped[int | None] = mapped_column(Integer)
    num_mentions: Mapped[int] = mapped_column(Integer, default=0)
    num_articles: Mapped[int] = mapped_column(Integer, default=0)
    num_sources: Mapped[int] = mapped_column(Integer, default=0)
    first_reported_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    disagreements: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    notes: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class EventMentionRow(Base):
    """One event as one sentence of one article reports it, with its evidence."""

    __tablename__ = "event_mentions"
    mention_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    article_id: Mapped[str] = mapped_column(String(64), index=True)
    article_revision: Mapped[int] = mapped_column(Integer, default=1)
    event_id: Mapped[str | None] = mapped_column(ForeignKey("events.event_id"), index=True)
    event_type: Mapped[str] = mapped_column(String(16), index=True)
    mode: Mapped[str | None] = mapped_column(String(32))
    contexts: Mapped[list[Any]] = mapped_column(JSON, default=list)
    cameo_code: Mapped[str | None] = mapped_column(String(8))
    quad_class: Mapped[int | None] = mapped_column(Integer)
    goldstein: Mapped[float | None] = mapped_column(Float)
    acled_event_type: Mapped[str | None] = mapped_column(String(64), index=True)
    acled_sub_event_type: Mapped[str | None] = mapped_column(String(64))
    source_actors: Mapped[list[Any]] = mapped_column(JSON, default=list)
    target_actors: Mapped[list[Any]] = mapped_column(JSON, default=list)
    actor_codes: Mapped[str | None] = mapped_column(Text)
    place_name: Mapped[str | None] = mapped_column(Text)
    place: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    geonames_id: Mapped[int | None] = mapped_column(Integer)
    country: Mapped[str | None] = mapped_column(String(3), index=True)
    admin1: Mapped[str | None] = mapped_column(String(128), index=True)
    admin2: Mapped[str | None] = mapped_column(String(128))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    event_date: Mapped[date | None] = mapped_column(Date, index=True)
    date_end: Mapped[date | None] = mapped_column(Date)
    time_precision: Mapped[str | None] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), index=True)
    claimed_by: Mapped[str | None] = mapped_column(Text)
    #: who the report is attributed to, as written ("the army"), and its actor code
    reported_by: Mapped[str | None] = mapped_column(Text)
    reported_by_code: Mapped[str | None] = mapped_column(String(32))
    fatalities_min: Mapped[int | None] = mapped_column(Integer)
    fatalities_max: Mapped[int | None] = mapped_column(Integer)
    fatalities_whose: Mapped[str | None] = mapped_column(Text)
    fatalities_vague: Mapped[list[Any] | None] = mapped_column(JSON)  # Count.vague, as on events
    injured_min: Mapped[int | None] = mapped_column(Integer)
    injured_max: Mapped[int | None] = mapped_column(Integer)
    evidence: Mapped[str] = mapped_column(Text)
    start_char: Mapped[int] = mapped_column(Integer)
    end_char: Mapped[int] = mapped_column(Integer)
    trigger_start: Mapped[int | None] = mapped_column(Integer)
    trigger_end: Mapped[int | None] = mapped_column(Integer)
    #: Evidence.in_title: the evidence is the headline; offsets are into articles.title
    in_title: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    confidence: Mapped[float] = mapped_column(Float, default=0.5)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.run_id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class GazetteerPlaceRow(Base):
    """A place imported by ``crisisdesk gazetteer import`` (GeoNames dump rows)."""

    __tablename__ = "gazetteer_places"
    geonames_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    asciiname: Mapped[str | None] = mapped_column(Text)
    alternatenames: Mapped[str | None] = mapped_column(Text)
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    feature_class: Mapped[str | None] = mapped_column(String(1))
    feature_code: Mapped[str | None] = mapped_column(String(10))
    country_code: Mapped[str | None] = mapped_column(String(2), index=True)
    admin1_code: Mapped[str | None] = mapped_column(String(20))
    admin2_code: Mapped[str | None] = mapped_column(String(80))
    population: Mapped[int | None] = mapped_column(Integer)


class FetchRow(Base):
    """Raw store and HTTP cache state for one fetched URL (conditional requests)."""

    __tablename__ = "fetches"
    url: Mapped[str] = mapped_column(Text, primary_key=True)
    final_url: Mapped[str | None] = mapped_column(Text)
    status_code: Mapped[int | None] = mapped_column(Integer)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    content_type: Mapped[str | None] = mapped_column(Text)
    content_hash: Mapped[str | None] = mapped_column(String(64))
    raw_path: Mapped[str | None] = mapped_column(Text)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime())


class FeedItemRow(Base):
    """An item seen in a feed or sitemap, keyed by canonical URL.

    ``attempts`` counts the fetches of its page (each poll that tried it);
    ``last_reason`` is the Reject reason of the last one (None when it was fetched).
    ``processed_at`` is set once it needs no more fetching: fetched, or rejected for a
    lasting reason (``robots_disallowed``, ``http_404``...); a passing failure
    (``timeout``, ``http_503``...) leaves it pending for the next poll."""

    __tablename__ = "feed_items"
    canonical_url: Mapped[str] = mapped_column(Text, primary_key=True)
    feed_url: Mapped[str] = mapped_column(Text, index=True)
    item_id: Mapped[str | None] = mapped_column(Text)
    updated: Mapped[str | None] = mapped_column(Text)
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    processed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_reason: Mapped[str | None] = mapped_column(String(64))
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class EvalRunRow(Base):
    """Scores of one ``crisisdesk eval`` run, for ``crisisdesk eval history``."""

    __tablename__ = "eval_runs"
    eval_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))
    data_path: Mapped[str] = mapped_column(Text)
    data_hash: Mapped[str] = mapped_column(String(64))
    crisisdesk_version: Mapped[str] = mapped_column(String(32))
    models: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    options: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    scores: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
