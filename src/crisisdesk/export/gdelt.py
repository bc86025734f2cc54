"""GDELT 2.0 event-table export: the 61 columns of the GDELT 2.0 Events codebook
(``GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv``), tab-separated, one row per
event, with a header row (drop the first line for the raw header-less GDELT shape).

Mappings (documented choices where GDELT's own value cannot be known):

- ``GLOBALEVENTID``: a stable 60-bit integer from the SHA-1 of our event id (GDELT ids
  are integers; ours are strings), so repeated exports give the same id.
- ``SQLDATE``/``MonthYear``/``Year``; ``FractionDate`` = YYYY + (MONTH*30 + DAY)/365 as
  the codebook defines it, 4 decimals. GDELT has no precision column, so a column is
  filled only when the event's date is known to it (:func:`date_columns`): a
  week-, month- or year-precision event has no ``SQLDATE`` and no ``FractionDate``
  (its first day would read as the day it happened), ``MonthYear`` when its interval
  lies in one month, ``Year`` when in one year.
- Actors: ``Actor1*`` is our first source actor, ``Actor2*`` our first target.
  ``ActorNCode`` is the actor's CAMEO-style code; ``ActorNCountryCode`` its ISO
  3166-1 alpha-3 country (CAMEO country codes are alpha-3 based);
  ``ActorNKnownGroupCode`` a group code that is not country-prefixed (``JNIM``);
  ``ActorNType1Code`` the sector (GOV, MIL, REB, CVL...). Ethnic/religion codes blank.
- ``IsRootEvent``: 1 when the evidence sentence starts in the first 600 characters of
  the article (an approximation of GDELT's "lead paragraph"), else 0.
- ``EventCode``/``EventBaseCode``/``EventRootCode``: CAMEO code, its first 3 and 2
  digits; ``QuadClass`` and ``GoldsteinScale`` as coded. ``AvgTone`` blank (not computed).
- Geography: only the action is geocoded. ``ActionGeo_Type`` 1 = country (our
  geo_precision 4), 5 = world state/admin1 (3), 4 = world city (1-2).
  ``ActionGeo_CountryCode`` is the **FIPS 10-4** code as GDELT uses (Mali ``ML``,
  Burkina Faso ``UV``), from the GeoNames country table; ``ActionGeo_ADM1Code`` is
  the FIPS country code alone for country-level events, blank otherwise (we do not
  hold FIPS admin1 codes); ``ActionGeo_FeatureID`` is the GeoNames id (GDELT uses GNS
  ids). ``Actor1Geo_*``/``Actor2Geo_*`` have type 0 (not geocoded).
- ``DATEADDED``: YYYYMMDDHHMMSS (UTC) of ``first_reported_at``; ``SOURCEURL`` the
  representative article's URL.

Which events: those whose status is ``asserted`` or ``claimed``. GDELT's table has no
status column: every row is an action reported as done (the codebook's ``EventCode``
is "the action Actor1 performed upon Actor2"; a threat is its own CAMEO code, 13x),
so a negated ("no attack was reported"), hypothetical, threatened, historical or
generic mention written as CAMEO 190 would read as an attack that took place. The
skipped events remain in the ``csv``/``jsonl``/``plover`` exports, with their status.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable
from typing import Any, TextIO

from crisisdesk.export.countries import country_name, fips_code
from crisisdesk.store.queries import EventView, actor_name

GDELT_EVENT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
    "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code",
    "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
    "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code",
    "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]
ROOT_EVENT_CHARS = 600
GEO_TYPE = {1: 4, 2: 4, 3: 5, 4: 1}


def global_event_id(event_id: str) -> int:
    """A stable positive integer (< 2**60) for a string event id."""
    return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:15], 16)


def fraction_date(event: EventView) -> str:
    """GDELT ``FractionDate``: YYYY + (MONTH * 30 + DAY) / 365, four decimals; blank
    unless the event is dated to the day (:func:`date_columns`)."""
    return date_columns(event)[3]


def date_columns(event: EventView) -> tuple[str, str, Any, str]:
    """``SQLDATE``, ``MonthYear``, ``Year`` and ``FractionDate`` of an event, each only
    as precise as its date is known: all four for a day (``time_precision`` ``day`` or
    unknown); for a coarser date (``event_date``..``date_end``) no day, the month when
    the interval lies in one month, the year when in one year (a week straddling two
    months has no month). Blank without a date."""
    d = event.event_date
    if d is None:
        return "", "", "", ""
    if (event.time_precision or "day") == "day":
        return d.strftime("%Y%m%d"), d.strftime("%Y%m"), d.year, f"{d.year + (d.month * 30 + d.day) / 365:.4f}"
    end = event.date_end or d
    same_year = end.year == d.year
    return "", d.strftime("%Y%m") if same_year and end.month == d.month else "", d.year if same_year else "", ""


def _actor_columns(actor: Any) -> list[Any]:
    if not isinstance(actor, dict):
        return [""] * 10
    code = actor.get("code") or ""
    country = (actor.get("country") or "").upper()
    sector = actor.get("sector") or ""
    country_prefixed = bool(country) and code.startswith(country)
    known_group = code if code and not country_prefixed and code != sector else ""
    return [
        code, actor_name(actor).upper(), country, known_group, "", "", "",
        sector, "", "",
    ]


def _action_geo(event: EventView) -> list[Any]:
    if event.lat is None and event.country is None:
        return [0, "", "", "", "", "", "", ""]
    precision = event.geo_precision or 4
    country = country_name(event.country)
    parts = [event.place_name, event.admin1 if event.admin1 != event.place_name else None, country]
    full_name = ", ".join(p for p in parts if p) if precision < 4 else country
    fips = fips_code(event.country)
    return [
        GEO_TYPE.get(precision, 1), full_name, fips, fips if precision == 4 else "", "",
        "" if event.lat is None else round(event.lat, 4),
        "" if event.lon is None else round(event.lon, 4),
        event.geonames_id if event.geonames_id is not None else "",
    ]


def gdelt_record(event: EventView) -> list[Any]:
    """The 61 GDELT 2.0 event columns for one event, in :data:`GDELT_EVENT_COLUMNS` order."""
    cameo = event.cameo_code or ""
    added = event.first_reported_at or event.updated_at
    src = event.source_actors[0] if event.source_actors else None
    tgt = event.target_actors[0] if event.target_actors else None
    root = int(event.start_char is not None and event.start_char < ROOT_EVENT_CHARS)
    row: list[Any] = [
        global_event_id(event.event_id),
        *date_columns(event),
        *_actor_columns(src), *_actor_columns(tgt),
        root, cameo, cameo[:3], cameo[:2],
        event.quad_class if event.quad_class is not None else "",
        event.goldstein if event.goldstein is not None else "",
        event.num_mentions, event.num_sources, event.num_articles, "",
        0, "", "", "", "", "", "", "",
        0, "", "", "", "", "", "", "",
        *_action_geo(event),
        added.strftime("%Y%m%d%H%M%S") if added else "",
        event.article_url or "",
    ]
    return row


#: Statuses written to the GDELT table (see the module docstring), as for ACLED.
GDELT_STATUSES = ("asserted", "claimed")


def write_gdelt(events: Iterable[EventView], out: TextIO) -> int:
    """Write the header row and one tab-separated row per event of a status in
    :data:`GDELT_STATUSES`; returns the row count."""
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(GDELT_EVENT_COLUMNS)
    n = 0
    for event in events:
        if event.status not in GDELT_STATUSES:
            continue
        writer.writerow(gdelt_record(event))
        n += 1
    return n
