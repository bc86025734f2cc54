"""Which events a situation analysis covers: a country, an admin1 region or a radius
around a point, over a period; and loading those events from the store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crisisdesk.consolidate.distance import haversine_km
from crisisdesk.consolidate.rows import event_from_row
from crisisdesk.records import GEO_PRECISION_REGION, Event, Place
from crisisdesk.store import queries
from crisisdesk.store.models import ArticleRow, EventRow
from crisisdesk.store.names import fold_name, stored_admin1_values

KM_PER_DEGREE_LAT = 111.2


def parse_since(value: str, today: date) -> date:
    """``30d``, ``8w``, ``3m`` (30-day months), ``1y`` before ``today`` (units in either
    case), or an ISO date ``2025-10-01``; the rule is :func:`store.queries.parse_since`.
    Raises ``ValueError`` with the accepted forms otherwise (an empty value included)."""
    try:
        start = queries.parse_since(value.lower(), today)
    except queries.QueryError:
        start = None
    if start is None:
        raise ValueError(f"--since {value!r}: expected 30d, 8w, 3m, 1y or a date YYYY-MM-DD")
    return start


def parse_point(value: str) -> tuple[float, float]:
    """``"LAT,LON"`` in decimal degrees; raises ``ValueError`` when malformed or out of range."""
    try:
        lat_text, lon_text = value.split(",")
        lat, lon = float(lat_text), float(lon_text)
    except ValueError:
        raise ValueError(f"--near {value!r}: expected LAT,LON in decimal degrees, e.g. 12.65,-8.0") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"--near {value!r}: latitude must be in [-90, 90], longitude in [-180, 180]")
    return lat, lon


def is_stand_in_point(place: Place | None) -> bool:
    """Whether the coordinates of ``place`` stand in for an unknown point: ACLED
    geo_precision 3 (a region's seat for a village not found in the gazetteer, e.g.
    ``place_anchor``/``place_inferred`` codings) or 4 (a country centroid). Such a point
    says nothing about distance, so a radius filter must not use it (ACLED codebook,
    geo_precision 3: the coordinates are those of a larger region, not of the place)."""
    return place is not None and place.geo_precision is not None and place.geo_precision >= GEO_PRECISION_REGION


@dataclass(frozen=True)
class Scope:
    """Area and period of a situation analysis.

    ``country`` ISO 3166-1 alpha-3; ``admin1`` a region name (case- and
    accent-insensitive, :func:`crisisdesk.store.names.fold_name`);
    ``near`` (lat, lon) with ``km`` radius (haversine); ``since``..``until`` inclusive
    event dates (UTC days); ``until_basis`` says why the period ends there when the
    user did not choose it.
    """

    since: date
    until: date
    country: str | None = None
    admin1: str | None = None
    near: tuple[float, float] | None = None
    km: float = 100.0
    #: Why the period ends at ``until`` (:meth:`PeriodEnd.describe`), None when given.
    until_basis: str | None = None

    def describe(self) -> str:
        parts = []
        if self.admin1:
            parts.append(self.admin1)
        if self.country:
            parts.append(self.country)
        if self.near:
            parts.append(f"within {self.km:g} km of {self.near[0]:.3f},{self.near[1]:.3f}")
        where = ", ".join(parts) or "all areas"
        return f"{where}, {self.since.isoformat()} to {self.until.isoformat()}"

    def contains(self, event: Event) -> bool:
        """Whether ``event`` lies in the area (dates are filtered by the query). With
        ``near``, an event whose point is a stand-in (:func:`is_stand_in_point`) is not in
        the radius: its real place is unknown (see :meth:`stand_in_within`)."""
        if self.near and is_stand_in_point(event.place):
            return False
        return self._in_area(event)

    def stand_in_within(self, event: Event) -> bool:
        """Whether ``event`` was left out of the ``near`` radius only because its point
        is a stand-in (region seat or country centroid) that lies inside the radius."""
        return bool(self.near) and is_stand_in_point(event.place) and self._in_area(event)

    def _in_area(self, event: Event) -> bool:
        place = event.place
        if self.country and (place is None or place.country != self.country):
            return False
        if self.admin1 and (place is None or fold_name(place.admin1 or "") != fold_name(self.admin1)):
            return False
        if self.near:
            if place is None or place.lat is None or place.lon is None:
                return False
            if haversine_km(self.near[0], self.near[1], place.lat, place.lon) > self.km:
                return False
        return True


@dataclass(frozen=True)
class PeriodEnd:
    """The default end of a situation period and why. ``covered`` is the last day the
    stored data covers and ``basis`` what says so: ``latest article`` (the latest
    publication date of a stored article) or ``latest event`` (an event dated after
    every publication date); both None when nothing is stored. ``day`` is ``covered``,
    or ``today`` (UTC) when nothing is stored or the data reaches today or later."""

    day: date
    today: date
    covered: date | None = None
    basis: str | None = None

    def describe(self) -> str:
        """E.g. "2025-11-30, the last day the stored data covers (latest article
        published 2025-11-30; today is 2026-11-29)"."""
        if self.covered is None:
            return f"{self.day.isoformat()}, today (UTC; no article or event date is stored)"
        what = "latest article published" if self.basis == "latest article" else "latest event dated"
        if self.day == self.today:
            return f"{self.day.isoformat()}, today (UTC; {what} {self.covered.isoformat()})"
        return (f"{self.day.isoformat()}, the last day the stored data covers ({what} "
                f"{self.covered.isoformat()}; today is {self.today.isoformat()})")


def last_day_covered(session: Session, today: date | None = None) -> PeriodEnd:
    """The default period end: the last day the stored data covers, i.e. the later of
    the latest publication date of the articles (latest revisions) and the latest event
    date, and never after ``today`` (default: today, UTC).

    Not the latest event alone: a period that ends at its last event (as it did) ends
    before the quiet days the articles still cover, e.g. two days before today when
    today's articles report an attack of two days ago, and its surge test then always
    has an event in "this week". Not the fetch time: archives fetched today cover
    only up to their publication dates."""
    today = today or datetime.now(timezone.utc).date()
    published = session.scalar(select(func.max(ArticleRow.published_at)).where(ArticleRow.is_latest.is_(True)))
    latest_article = published.date() if published else None
    latest_event = session.scalar(select(func.max(EventRow.event_date)))
    candidates = [(d, basis) for d, basis in ((latest_article, "latest article"), (latest_event, "latest event"))
                  if d is not None]
    if not candidates:
        return PeriodEnd(today, today)
    covered, basis = max(candidates, key=lambda c: (c[0], c[1] == "latest article"))
    return PeriodEnd(min(covered, today), today, covered, basis)


def default_until(session: Session) -> date:
    """The day of :func:`last_day_covered`."""
    return last_day_covered(session).day


def load_events(session: Session, scope: Scope, since: date | None = None) -> list[Event]:
    """Events of ``scope`` whose ``event_date`` lies in ``since or scope.since``..``scope.until``
    (indexed queries on date, country, admin1, then a bounding box and the haversine
    radius for ``near``), ordered by date. Events without a date are left out, and with
    ``near`` those whose point is a stand-in (:func:`is_stand_in_point`)."""
    return [e for e in _candidate_events(session, scope, since) if scope.contains(e)]


def stand_in_events_within(session: Session, scope: Scope, since: date | None = None) -> list[Event]:
    """The events :func:`load_events` leaves out of the ``near`` radius because their
    point is a stand-in lying inside it (empty without ``near``), ordered by date."""
    if not scope.near:
        return []
    return [e for e in _candidate_events(session, scope, since) if scope.stand_in_within(e)]


def _candidate_events(session: Session, scope: Scope, since: date | None) -> list[Event]:
    start = since or scope.since
    query = select(EventRow).where(EventRow.event_date.between(start, scope.until))
    if scope.country:
        query = query.where(EventRow.country == scope.country)
    if scope.admin1:
        wanted = fold_name(scope.admin1)
        spellings = [n for n in stored_admin1_values(session) if fold_name(n) == wanted]
        query = query.where(EventRow.admin1.in_(spellings))
    if scope.near:
        lat, lon = scope.near
        dlat = scope.km / KM_PER_DEGREE_LAT
        query = query.where(EventRow.lat.between(lat - dlat, lat + dlat))
    rows = session.scalars(query.order_by(EventRow.event_date, EventRow.event_id)).all()
    return [event_from_row(row) for row in rows]
