"""Geocoding score on ACLED events: is each event's location found and placed right?

Each ACLED event (rows deduplicated on ``event_id_cnty``, ACLED's old "long" export has
one row per actor) becomes a tiny article: its ``notes`` text, published on its
``event_date``. The annotation stage runs on it; the *event place* is the place whose
mention or resolved name is ACLED's ``location`` (accents, case and hyphens ignored),
else the most precise resolved place of the note (first of equals). Scores (shares of
events, 0..1):

- ``found``: ACLED's ``location`` is among the note's place mentions;
- ``within_25km``: the event place has a point within 25 km of ACLED's
  ``latitude``/``longitude``;
- ``admin1``: the event place's admin1 is ACLED's ``admin1`` (names compared through the
  gazetteer's admin1 aliases, so Timbuktu = Tombouctou);
- ``country``: the event place's country is ACLED's ``iso3``.

Goals (issue 3): within_25km >= 0.85, admin1 >= 0.90, country >= 0.99.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from typing import Any

from crisisdesk.annotate.gazetteer import fold, haversine_km
from crisisdesk.records import Article, Place

WITHIN_KM = 25.0


def dedupe_events(rows: Iterable[Mapping[str, str]]) -> list[Mapping[str, str]]:
    """The first row of each ``event_id_cnty``, in input order."""
    seen: dict[str, Mapping[str, str]] = {}
    for row in rows:
        seen.setdefault(row["event_id_cnty"], row)
    return list(seen.values())


def _article(row: Mapping[str, str]) -> Article:
    published = datetime.strptime(row["event_date"].strip(), "%d %B %Y").replace(tzinfo=timezone.utc)
    text = row["notes"]
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(article_id=row["event_id_cnty"], text=text, fetched_at=published,
                   source_uri=f"acled:{row['event_id_cnty']}", content_hash=digest,
                   published_at=published, published_precision="day", language="en")


def event_place(places: list[Place], location: str) -> tuple[Place | None, bool]:
    """The place of the note that is ACLED's ``location`` (and whether it was found),
    else the most precise resolved place."""
    key = fold(location)
    for place in places:
        if place.span and (fold(place.span.text) == key or fold(place.name) == key):
            return place, True
    resolved = [p for p in places if p.country]
    if not resolved:
        return None, False
    return min(resolved, key=lambda p: p.geo_precision), False


def score_acled_geocoding(rows: Iterable[Mapping[str, str]], annotator, n_process: int = 1) -> dict[str, Any]:
    """Score the annotator's geocoding on ACLED rows (dicts with ACLED's column names:
    ``event_id_cnty``, ``event_date`` ("30 December 2019"), ``notes``, ``location``,
    ``latitude``, ``longitude``, ``admin1``, ``iso3``).

    Returns ``{"events": n, "found": share, "within_25km": share, "admin1": share,
    "country": share, "goals": {...}, "misses": [up to 20 examples]}``; shares are floats
    in 0..1. Raises ``KeyError`` for a row without those columns and ``ValueError`` for a
    bad date.
    """
    events = dedupe_events(rows)
    articles = [_article(row) for row in events]
    gaz = annotator.gazetteer
    counts = {"found": 0, "within_25km": 0, "admin1": 0, "country": 0}
    misses: list[dict[str, Any]] = []
    for row, doc in zip(events, annotator.annotate_many(articles, n_process=n_process)):
        place, found = event_place(doc._.places, row["location"])
        counts["found"] += found
        lat, lon = float(row["latitude"]), float(row["longitude"])
        near = place is not None and place.lat is not None and haversine_km(place.lat, place.lon, lat, lon) <= WITHIN_KM
        counts["within_25km"] += near
        same_admin1 = place is not None and place.admin1 is not None and _same_admin1(gaz, place, row)
        counts["admin1"] += same_admin1
        counts["country"] += place is not None and place.country == row["iso3"]
        if not near and len(misses) < 20:
            misses.append({"event_id_cnty": row["event_id_cnty"], "location": row["location"],
                           "resolved": place.name if place else None,
                           "geo_precision": place.geo_precision if place else None, "found": found})
    n = len(events) or 1
    shares = {k: round(v / n, 4) for k, v in counts.items()}
    return {"events": len(events), **shares,
            "goals": {"within_25km": 0.85, "admin1": 0.90, "country": 0.99}, "misses": misses}


def _same_admin1(gazetteer, place: Place, row: Mapping[str, str]) -> bool:
    if fold(place.admin1) == fold(row["admin1"]):
        return True
    return any(a.iso == place.admin1_iso for a in gazetteer.admin1(row["admin1"]) if place.admin1_iso)
