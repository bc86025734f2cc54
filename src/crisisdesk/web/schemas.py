"""JSON shapes of the HTTP API (pydantic models; they make the OpenAPI schema)."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator


class ActorOut(BaseModel):
    name: str | None = None
    code: str | None = None
    sector: str | None = None
    country: str | None = None
    actor_id: str | None = None
    actor_type: str | None = None
    generic: bool | None = None

    model_config = {"extra": "allow"}


class EventOut(BaseModel):
    """One event (consolidated, ``kind="event"``) or an unconsolidated mention
    (``kind="mention"``), with its representative evidence sentence."""

    event_id: str
    kind: str = Field(description="event (consolidated) or mention (not consolidated yet)")
    event_type: str = Field(description="PLOVER event type")
    status: str = Field(description="asserted, claimed, threatened, hypothetical, negated, historical, generic (a trend, not one event)")
    mode: str | None = None
    contexts: list[str] = []
    cameo_code: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    source_actors: list[ActorOut] = []
    target_actors: list[ActorOut] = []
    place_name: str | None = None
    geonames_id: int | None = None
    country: str | None = Field(None, description="ISO 3166-1 alpha-3")
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = Field(None, description="decimal degrees WGS84")
    lon: float | None = Field(None, description="decimal degrees WGS84")
    geo_precision: int | None = Field(None, description="1 town/point, 2 near a town, 3 region, 4 country")
    place_anchor: str | None = Field(None, description="for a toponym the gazetteer does not know: the text that "
                                     "tied it to the known town or region whose point or region stands for it "
                                     "(\"near the town of Mopti\"); null otherwise")
    place_inferred: bool | None = Field(None, description="true when the place's country or region was inferred "
                                        "from the article rather than stated beside the toponym; null when unknown")
    event_date: date | None = None
    date_end: date | None = None
    time_precision: str | None = Field(None, description="day, week, month or year")
    claimed_by: str | None = None
    reported_by: str | None = Field(None, description="who the report is attributed to, as written "
                                    "(\"the army\", \"residents\"); null when the text names no one")
    reported_by_code: str | None = Field(None, description="actor code of reported_by (MLIMIL), when resolved")
    fatalities_min: int | None = None
    fatalities_max: int | None = None
    fatalities_vague: list[str] = Field(default_factory=list, description="vague words behind fatalities_min "
                                        "(\"dozens\": min is the literal floor, 24)")
    injured_min: int | None = None
    injured_max: int | None = None
    num_mentions: int
    num_articles: int
    num_sources: int
    first_reported_at: datetime | None = None
    notes: str | None = None
    updated_at: datetime | None = None
    mention_id: str | None = None
    evidence: str | None = None
    start_char: int | None = None
    end_char: int | None = None
    trigger_start: int | None = None
    trigger_end: int | None = None
    article_id: str | None = None
    in_title: bool = Field(False, description="the evidence is the article's headline: offsets into article_title")
    article_url: str | None = None
    article_title: str | None = None
    article_site: str | None = None


class PageOut(BaseModel):
    total: int = Field(description="number of items matching, over all pages")
    limit: int
    offset: int


class EventPage(PageOut):
    items: list[EventOut]


class MentionOut(BaseModel):
    """One mention of an event: the article's evidence sentence with offsets into the
    article text, and the text around it."""

    mention_id: str
    article_id: str
    event_type: str
    status: str
    evidence: str
    start_char: int
    end_char: int
    trigger_start: int | None = None
    trigger_end: int | None = None
    confidence: float
    event_date: date | None = None
    place_name: str | None = None
    claimed_by: str | None = None
    article_url: str | None = None
    article_title: str | None = None
    article_site: str | None = None
    published_at: datetime | None = None
    context_before: str = ""
    context_after: str = ""


class EventDetail(BaseModel):
    event: EventOut
    mentions: list[MentionOut]


class ArticleSummary(BaseModel):
    article_id: str
    url: str | None = None
    site: str | None = None
    title: str | None = None
    published_at: datetime | None = None
    language: str | None = None
    num_mentions: int = 0


class ArticlePage(PageOut):
    items: list[ArticleSummary]


class ArticleDetail(BaseModel):
    article_id: str
    revision: int
    url: str | None = None
    site: str | None = None
    title: str | None = None
    author: str | None = None
    published_at: datetime | None = None
    published_precision: str | None = None
    language: str | None = None
    text: str
    mentions: list[MentionOut]


class ActorSummary(BaseModel):
    """One actor identity, as the actor network's nodes: a dictionary actor with the
    coded names and lone codes that stand for it ("Mali MIL", code MLIMIL, is the
    "Malian Armed Forces")."""

    name: str = Field(description="the actor's label: the dictionary name when it has one, else its most used name")
    key: str = Field(description="identity: id:<dictionary id>, code:<CAMEO-style code>, name:<name> or "
                                 "generic:<name>")
    code: str | None = None
    sector: str | None = None
    names: list[str] = Field([], description="every name it goes by in the events, most used first")
    as_source: int = Field(description="events with the actor as source")
    as_target: int = Field(description="events with the actor as target")
    events: int = Field(description="events the actor takes part in (each counted once)")


class ActorPage(PageOut):
    items: list[ActorSummary]


class ActorDetail(BaseModel):
    actor: ActorSummary
    events: EventPage


class CoarseCount(BaseModel):
    period: str = Field(description="the month (2025-10) or year (2025) the events are dated to, no finer")
    type: str = Field(description="PLOVER event type")
    count: int


class TimelineOut(BaseModel):
    unit: Literal["week", "month", "year"] = Field(description="what one period is: ISO week, calendar month or year")
    periods: list[date] = Field(description="first day of each period (Monday of the ISO week, 1st of the month, "
                                            "1 January), ascending, every period from the first to the last "
                                            "dated event")
    labels: list[str] = Field(description="period labels: 2025-W46, 2025-11 or 2025")
    series: dict[str, list[int]] = Field(description="PLOVER event type -> events per period (more than 8 types: "
                                                     "the rarest summed as other)")
    weeks: list[str] | None = Field(
        None, deprecated=True,
        description="deprecated alias of labels (ISO week labels, 2025-W46) kept for clients written when the "
                    "timeline was always weekly; set only when unit is week, null otherwise: read labels")
    coarse: list[CoarseCount] = Field(
        default_factory=list,
        description="events dated more coarsely than unit (a month-only date by week): in no period of series; "
                    "the chart draws them across their month")


class FacetsOut(BaseModel):
    country: list[tuple[str, int]]
    admin1: list[tuple[str, int]]
    event_type: list[tuple[str, int]]
    acled_event_type: list[tuple[str, int]]
    status: list[tuple[str, int]]


class StatusOut(BaseModel):
    last_updated: datetime | None = Field(None, description="UTC time data last changed")
    events: int
    read_only: bool


class IngestIn(BaseModel):
    """An article to code: its text (required) and what is known about it."""

    text: str = Field(min_length=1, max_length=2_000_000)
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=4000)
    published_at: datetime | date | None = Field(
        None, description="A date (YYYY-MM-DD: stored with day precision) or a timestamp (second precision)")
    language: str | None = Field(None, max_length=8)
    recode: bool = Field(False, description="when the same text is stored already, code it again and replace "
                                            "its event mentions (as `crisisdesk run --recode`) instead of "
                                            "leaving it unchanged")

    @field_validator("published_at", mode="before")
    @classmethod
    def _date_only_stays_a_date(cls, value: Any) -> Any:
        """"2025-11-26" is a day, not midnight: without this, pydantic read it as
        2025-11-26T00:00:00 and the article was stored with ``published_precision``
        ``second`` and shown as "2025-11-26 00:00Z" (invented precision)."""
        if isinstance(value, str) and re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", value):
            return date.fromisoformat(value.strip())
        return value


class IngestOut(BaseModel):
    article_id: str
    mentions: int
    detail: dict[str, Any] = {}
