"""Publication dates with honest precision.

- ``parse_date_value``: an ISO 8601 string or a free-form date ("Nov 21, 2025",
  parsed by ``dateparser``) → UTC datetime and precision: ``day`` when only a date is
  given, ``minute`` or ``second`` when a time is; a naive time is taken as UTC.
- ``resolve_relative``: "11 hours ago", "a day ago", "yesterday", "today", "just now"
  resolved against the fetch time; the precision is the unit of the expression
  ("11 hours ago" → ``hour``, "3 days ago"/"yesterday" → ``day``, "2 weeks ago" →
  ``week``), never finer.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timezone

import dateparser
from dateutil.relativedelta import relativedelta

from crisisdesk.records import Precision

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HAS_SECONDS = re.compile(r"\d{1,2}:\d{2}:\d{2}")
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")
_RELATIVE = re.compile(
    r"^(?P<n>\d{1,3}|an?|one)\s+(?P<unit>second|minute|min|hour|hr|day|week|month|year)s?\s+ago$", re.IGNORECASE
)
_UNITS: dict[str, tuple[str, Precision]] = {
    "second": ("seconds", "second"), "minute": ("minutes", "minute"), "min": ("minutes", "minute"),
    "hour": ("hours", "hour"), "hr": ("hours", "hour"), "day": ("days", "day"),
    "week": ("weeks", "week"), "month": ("months", "month"), "year": ("years", "year"),
}


def as_utc(value: datetime) -> datetime:
    """A timezone-aware UTC datetime (naive values are taken as UTC)."""
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def parse_date_value(value: object) -> tuple[datetime, Precision] | None:
    """Parse a date/datetime/str into ``(UTC datetime, precision)``; None if unparseable."""
    if isinstance(value, datetime):
        return as_utc(value), "second"
    if isinstance(value, date):
        return datetime.combine(value, time(0), tzinfo=timezone.utc), "day"
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if _ISO_DATE.match(text):
        try:
            return datetime.combine(date.fromisoformat(text), time(0), tzinfo=timezone.utc), "day"
        except ValueError:
            return None
    precision: Precision = "second" if _HAS_SECONDS.search(text) else "minute" if _HAS_TIME.search(text) else "day"
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        parsed = dateparser.parse(text, settings={"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first"})
    if parsed is None:
        return None
    if precision == "day":
        parsed = parsed.replace(hour=0, minute=0, second=0, microsecond=0)
    return as_utc(parsed), precision


_NUMERIC_DATE = re.compile(r"^(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{4})$")
#: A numeric date whose two readings (day first, month first) differ is taken only when
#: exactly one reading falls within this many days before the fetch time (a news page is
#: fetched soon after it is published).
NUMERIC_DATE_WINDOW_DAYS = 31


def numeric_dateline_date(text: str, fetched_at: datetime) -> tuple[datetime, Precision] | None:
    """A numeric dateline date ("12/11/2025", "12.11.2025") as a UTC midnight, precision
    ``day``; None when ``text`` is no such date or is ambiguous.

    Day-first (most of the world, including Mali's francophone press) and month-first
    (United States) readings are both tried. One valid reading ("25/11/2025") is taken;
    when both are valid and differ ("05/11/2025": 5 November or 11 May) the one within
    :data:`NUMERIC_DATE_WINDOW_DAYS` days on or before ``fetched_at`` (UTC; one day of
    clock skew allowed) is taken, and None is returned when neither or both are: the
    date is then left unknown rather than guessed."""
    match = _NUMERIC_DATE.match(text.strip())
    if not match:
        return None
    a, b, year = int(match["a"]), int(match["b"]), int(match["year"])
    readings = set()
    for day, month in ((a, b), (b, a)):
        try:
            readings.add(date(year, month, day))
        except ValueError:
            continue
    fetched = as_utc(fetched_at).date()
    if len(readings) > 1:
        readings = {d for d in readings if -1 <= (fetched - d).days <= NUMERIC_DATE_WINDOW_DAYS}
    if len(readings) != 1:
        return None
    return datetime.combine(readings.pop(), time(0), tzinfo=timezone.utc), "day"


def resolve_relative(expression: str, reference: datetime) -> tuple[datetime, Precision] | None:
    """Resolve a relative time expression against ``reference`` (the fetch time, UTC).
    Returns None for an expression it does not know."""
    text = expression.strip().lower()
    reference = as_utc(reference)
    if text in ("just now",):
        return reference, "minute"
    if text == "today":
        return reference.replace(hour=0, minute=0, second=0, microsecond=0), "day"
    if text == "yesterday":
        return (reference - relativedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0), "day"
    match = _RELATIVE.match(text)
    if not match:
        return None
    amount = 1 if match["n"] in ("a", "an", "one") else int(match["n"])
    unit, precision = _UNITS[match["unit"]]
    when = reference - relativedelta(**{unit: amount})
    return _truncate(when, precision), precision


def _truncate(value: datetime, precision: Precision) -> datetime:
    if precision in ("second",):
        return value.replace(microsecond=0)
    if precision == "minute":
        return value.replace(second=0, microsecond=0)
    if precision == "hour":
        return value.replace(minute=0, second=0, microsecond=0)
    return value.replace(hour=0, minute=0, second=0, microsecond=0)
