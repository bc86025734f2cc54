"""Builders of real records for the evaluation tests (no mocks: these are the records
the coder produces)."""

from __future__ import annotations

from datetime import date, datetime, timezone
from itertools import count

from crisisdesk.records import ActorRef, Article, Count, Event, EventMention, Evidence, Place

_ids = count(1)


def actor(name: str, code: str | None = None, *, sector: str | None = None, country: str | None = None, generic: bool = False) -> ActorRef:
    return ActorRef(name=name, code=code, sector=sector, country=country, generic=generic)


def mention(
    event_type: str,
    sentence: str,
    *,
    article_id: str = "a1",
    source=(),
    target=(),
    place: Place | None = None,
    on: date | None = None,
    until: date | None = None,
    precision: str | None = None,
    status: str = "asserted",
    claimed_by: str | None = None,
    acled: tuple[str, str] | None = None,
    mode: str | None = None,
    contexts: tuple[str, ...] = (),
    fatalities: Count | None = None,
    confidence: float = 0.5,
    start: int = 0,
) -> EventMention:
    return EventMention(
        mention_id=f"m{next(_ids)}",
        article_id=article_id,
        event_type=event_type,
        evidence=Evidence(sentence=sentence, start_char=start, end_char=start + len(sentence)),
        mode=mode,
        contexts=contexts,
        acled_event_type=acled[0] if acled else None,
        acled_sub_event_type=acled[1] if acled else None,
        source_actors=list(source),
        target_actors=list(target),
        place=place,
        event_date=on,
        date_end=until,
        time_precision=precision or ("day" if on else None),
        status=status,  # type: ignore[arg-type]
        claimed_by=claimed_by,
        fatalities=fatalities,
        confidence=confidence,
    )


def place(name: str, country: str, lat: float | None = None, lon: float | None = None, admin1: str | None = None, precision: int = 1) -> Place:
    return Place(name=name, geo_precision=precision, country=country, admin1=admin1, lat=lat, lon=lon)


def article(text: str, *, title: str = "", site: str = "", published: datetime | None = None) -> Article:
    return Article(
        article_id="a1",
        text=text,
        fetched_at=datetime(2025, 9, 16, tzinfo=timezone.utc),
        source_uri="test",
        content_hash="h",
        title=title,
        site=site,
        published_at=published,
    )


def event(event_id: str, mentions: list[EventMention]) -> Event:
    return Event(event_id=event_id, event_type=mentions[0].event_type, mentions=mentions, num_mentions=len(mentions))
