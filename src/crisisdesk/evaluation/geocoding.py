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

A toponym the gazetteer does not know counts with what the annotator honestly gives it
(ACLED's own geo_precision practice): the point of the known town the text ties it to
(precision 2, ``Place.anchor``), the seat of a named admin1 (precision 3), or only a
country (precision 4, no point, ``Place.inferred``). So ``within_25km`` counts such an
event only where that borrowed point really lies within 25 km of ACLED's; ``event_places``
breaks the event places down (``anchored``, ``anchored_within_25km``, ``inferred``,
``by_precision``) so the share each fallback contributes is visible.

Goals (issue 3): within_25km >= 0.85, admin1 >= 0.90, country >= 0.99.

Both settings of the user's ``CRISISDESK_FOCUS_COUNTRIES`` are scored: as the annotator
is configured (the top-level figures; no focus by default, so the country focus is
inferred from each note alone) and, under ``"with_focus"``, with the focus set to the
countries of the file (``iso3``), as an analyst monitoring those countries sets it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timezone
from typing import Any

from crisisdesk.annotate.gazetteer import fold, haversine_km
from crisisdesk.records import Article, Place

WITHIN_KM = 25.0


def dedupe_events(rows: Iterable[Any]) -> list[Mapping[str, Any]]:
    """The first row of each ``event_id_cnty``, in input order; rows are CSV dicts or
    :class:`crisisdesk.evaluation.acled.AcledEvent` records."""
    seen: dict[str, Mapping[str, Any]] = {}
    for item in rows:
        row = _as_row(item)
        seen.setdefault(row["event_id_cnty"], row)
    return list(seen.values())


def _as_row(item: Any) -> Mapping[str, Any]:
    if isinstance(item, Mapping):
        return item
    return {"event_id_cnty": item.event_id, "event_date": item.event_date, "notes": item.notes,
            "location": item.location, "latitude": item.latitude, "longitude": item.longitude,
            "admin1": item.admin1, "iso3": item.iso3}


def _article(row: Mapping[str, Any]) -> Article:
    when = row["event_date"]
    if isinstance(when, date):
        published = datetime(when.year, when.month, when.day, tzinfo=timezone.utc)
    else:
        published = datetime.strptime(str(when).strip(), "%d %B %Y").replace(tzinfo=timezone.utc)
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


def score_acled_geocoding(rows: Iterable[Any], annotator, n_process: int = 1,
                          with_focus: bool = False) -> dict[str, Any]:
    """Score the annotator's geocoding on ACLED rows (dicts with ACLED's column names:
    ``event_id_cnty``, ``event_date`` ("30 December 2019"), ``notes``, ``location``,
    ``latitude``, ``longitude``, ``admin1``, ``iso3``; or ``AcledEvent`` records).
    ``annotator`` is an :class:`~crisisdesk.annotate.Annotator` or its bound
    ``annotate`` method (a pipeline stage); any other ``article -> Doc`` callable works
    too (then admin1 names are compared without gazetteer aliases).

    Returns ``{"events": n, "found": share, "within_25km": share, "admin1": share,
    "country": share, "event_places": {"anchored": n, "anchored_within_25km": n,
    "inferred": n, "by_precision": {"1": n, ...}}, "goals": {...}, "misses": [up to 20
    examples]}``; shares are floats
    in 0..1. With ``with_focus`` (an :class:`~crisisdesk.annotate.Annotator` only) the
    dict also has ``"with_focus": {"focus": [alpha-3 ...], "found": ..., ...}``, the
    same scores with ``CRISISDESK_FOCUS_COUNTRIES`` set to the file's countries. Raises
    ``KeyError`` for a row without those columns and ``ValueError`` for a bad date.
    """
    events = dedupe_events(rows)
    articles = [_article(row) for row in events]
    target = getattr(annotator, "__self__", annotator)
    gaz = getattr(target, "gazetteer", None)
    docs = list(target.annotate_many(articles, n_process=n_process) if hasattr(target, "annotate_many")
                else (annotator(a) for a in articles))
    scores = _score(events, [doc._.places for doc in docs], gaz)
    if with_focus and hasattr(target, "with_focus"):
        from crisisdesk.annotate.places import url_ranges

        focus = tuple(sorted({row["iso3"] for row in events if row["iso3"]}))
        resolver = target.with_focus(focus).places
        # the parse does not depend on the focus: only the places are resolved again
        places = [resolver.resolve(doc, doc._.actors or [], url_ranges(doc.text)) for doc in docs]
        focused = _score(events, places, gaz)
        scores["with_focus"] = {"focus": list(focus), **{k: focused[k] for k in ("found", "within_25km", "admin1", "country",
                                                                               "event_places")}}
    return scores


def _score(events: list[Mapping[str, Any]], places_per_event: list[list[Place]], gaz) -> dict[str, Any]:
    counts = {"found": 0, "within_25km": 0, "admin1": 0, "country": 0}
    breakdown: dict[str, Any] = {"anchored": 0, "anchored_within_25km": 0, "inferred": 0, "by_precision": {}}
    misses: list[dict[str, Any]] = []
    for row, places in zip(events, places_per_event):
        place, found = event_place(places, row["location"])
        counts["found"] += found
        near = False
        if row["latitude"] not in (None, "") and place is not None and place.lat is not None:
            lat, lon = float(row["latitude"]), float(row["longitude"])
            near = haversine_km(place.lat, place.lon, lat, lon) <= WITHIN_KM
        counts["within_25km"] += near
        if place is not None:
            key = str(place.geo_precision)
            breakdown["by_precision"][key] = breakdown["by_precision"].get(key, 0) + 1
            breakdown["anchored"] += place.anchor is not None
            breakdown["anchored_within_25km"] += place.anchor is not None and near
            breakdown["inferred"] += place.inferred
        same_admin1 = place is not None and place.admin1 is not None and _same_admin1(gaz, place, row)
        counts["admin1"] += same_admin1
        counts["country"] += place is not None and place.country == row["iso3"]
        if not near and len(misses) < 20:
            misses.append({"event_id_cnty": row["event_id_cnty"], "location": row["location"],
                           "resolved": place.name if place else None,
                           "geo_precision": place.geo_precision if place else None, "found": found})
    n = len(events) or 1
    shares = {k: round(v / n, 4) for k, v in counts.items()}
    return {"events": len(events), **shares, "event_places": breakdown,
            "goals": {"within_25km": 0.85, "admin1": 0.90, "country": 0.99}, "misses": misses}


def _same_admin1(gazetteer, place: Place, row: Mapping[str, Any]) -> bool:
    if fold(place.admin1) == fold(row["admin1"] or ""):
        return True
    if gazetteer is None:
        return False
    return any(a.iso == place.admin1_iso for a in gazetteer.admin1(row["admin1"]) if place.admin1_iso)
