"""Read side of the store: events as analysts see them, for reports, the web app and exports.

One *event view* unites the two ways an incident can be stored:

- a consolidated row of ``events`` (one real-world incident, filled by consolidation),
  shown with its representative mention (highest confidence, then earliest) for the
  evidence sentence and the article link;
- an ``event_mentions`` row whose ``event_id`` is still NULL (not consolidated yet, or
  consolidation has not been run at all), treated as its own event with
  ``event_id = mention_id`` and ``kind = "mention"``.

So the app works before consolidation lands and never hides fresh mentions after it.
Every query is built with SQLAlchemy expressions and bound parameters, never from
strings. Lists are paginated with ``limit``/``offset`` and report their ``total``;
:func:`iter_events` streams with server-side cursors (``yield_per``) in constant memory.
"""

from __future__ import annotations

import dataclasses
import json

import calendar

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import (
    Engine,
    LargeBinary,
    String,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.sql import Select

from crisisdesk.records import ActorRef, Span
from crisisdesk.store.models import ArticleRow, EventMentionRow, EventRow, RunRow
from crisisdesk.text import fold

EVENTS = EventRow.__table__
MENTIONS = EventMentionRow.__table__
ARTICLES = ArticleRow.__table__

STATUSES = ("asserted", "claimed", "threatened", "hypothetical", "negated", "historical", "generic")
_COUNTRY_RE = re.compile(r"^[A-Za-z]{3}$")
_RELATIVE_RE = re.compile(r"^\s*(\d+)\s*([dwmy])\s*$")
#: YYYY-MM-DD digits, whatever the values: a date the calendar refuses gets its own message
_ISO_DATE_SHAPE_RE = re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s*$")
_DAYS_PER_UNIT = {"d": 1, "w": 7, "m": 30, "y": 365}


class QueryError(ValueError):
    """A filter value that cannot be understood; the message says which and why."""


@dataclass(frozen=True)
class EventFilter:
    """Which events to show. Every field is optional; set fields are combined with AND.

    - ``country``: ISO 3166-1 alpha-3 (``MLI``), case-insensitive.
    - ``admin1``: admin1 name, case-insensitive exact match; or a tuple of stored
      spellings (from :func:`crisisdesk.store.names.matching_names`), matched exactly.
    - ``actor``: substring of an actor's name or code, source or target side.
    - ``event_type``: a type in any vocabulary: PLOVER (``ASSAULT``), ACLED
      ``event_type`` or ``sub_event_type`` (``Battles``, ``Attack``), or a CAMEO code
      prefix (``19``, ``190``).
    - ``status``: one or more of :data:`STATUSES`.
    - ``since``/``until``: inclusive bounds on ``event_date`` (UTC dates); events
      without a date are left out when either is set.
    - ``text``: substring of the evidence sentence, any case; ``text_spellings``: the
      spellings it stands for, accents set aside (:func:`text_spellings`).
    - ``event_ids``: restrict to these ids.
    """

    country: str | None = None
    admin1: str | tuple[str, ...] | None = None
    actor: str | None = None
    #: other stored spellings the ``actor`` query stands for once accents are set aside
    #: (:func:`actor_spellings`: "Goita" -> "Goïta"); matched as well as it
    actor_spellings: tuple[str, ...] = ()
    event_type: str | None = None
    status: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    text: str | None = None
    #: spellings of ``text`` that evidence sentences hold, accents set aside
    #: (:func:`text_spellings`: "segou" -> "Ségou"); any of them matches
    text_spellings: tuple[str, ...] = ()
    event_ids: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.country is not None and not _COUNTRY_RE.match(self.country):
            raise QueryError(
                f"country must be an ISO 3166-1 alpha-3 code such as MLI, got {self.country!r}"
            )
        bad = [s for s in self.status if s not in STATUSES]
        if bad:
            raise QueryError(f"unknown status {bad[0]!r}; expected one of {', '.join(STATUSES)}")
        if self.since and self.until and self.since > self.until:
            raise QueryError(f"since ({self.since}) is after until ({self.until})")


def parse_since(value: str | None, today: date | None = None) -> date | None:
    """Turn ``30d``/``4w``/``6m``/``1y`` (days, weeks, 30-day months, 365-day years
    before ``today``, UTC) or an ISO date ``2025-11-01`` into a date.

    Returns None for None or an empty string. Raises :class:`QueryError` otherwise.
    """
    if value is None or not value.strip():
        return None
    today = today or datetime.now(timezone.utc).date()
    match = _RELATIVE_RE.match(value)
    if match:
        return today - timedelta(days=int(match.group(1)) * _DAYS_PER_UNIT[match.group(2)])
    try:
        return date.fromisoformat(value.strip())
    except ValueError as error:
        if _ISO_DATE_SHAPE_RE.match(value):
            # shaped like a date but no calendar day ("2025-13-01", "2025-02-30"): say so,
            # not "cannot read as a period", which sent the user to 30d/8w
            raise QueryError(f"{value.strip()!r} is not a calendar date: {error}") from None
        raise QueryError(
            f"cannot read {value!r} as a period: use e.g. 30d, 8w, 6m, 1y or a date 2025-11-01"
        ) from None


@dataclass
class EventView:
    """One event as shown and exported: the best-supported fields plus its evidence.

    Actors are lists of dicts (``name``, ``code``, ``sector``, ``actor_id``, ...);
    dates are UTC calendar dates; ``lat``/``lon`` decimal degrees WGS84;
    ``geo_precision`` 1-4 (see ``records.GEO_PRECISION_*``); ``time_precision`` day,
    week, month or year. ``kind`` is ``event`` (consolidated) or ``mention``
    (a single unconsolidated mention).

    ``place_anchor`` is the text that tied a toponym the gazetteer does not know to a
    known town or region whose point or region stands for it (``Place.anchor``:
    "near the town of Mopti", "(Bankass, Mopti)"), else None. ``place_inferred`` is
    True when the place's country or region was inferred from the article (its country
    focus, a town of the same sentence) rather than stated beside the toponym
    (``Place.inferred``), False when stated, None when unknown (no place, or an event
    whose place no stored mention carries, as rows written before these fields).
    """

    event_id: str
    kind: str
    event_type: str
    status: str
    mode: str | None = None
    cameo_code: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    source_actors: list[dict[str, Any]] = field(default_factory=list)
    target_actors: list[dict[str, Any]] = field(default_factory=list)
    place_name: str | None = None
    geonames_id: int | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int | None = None
    place_anchor: str | None = None
    place_inferred: bool | None = None
    event_date: date | None = None
    date_end: date | None = None
    time_precision: str | None = None
    claimed_by: str | None = None
    reported_by: str | None = None
    reported_by_code: str | None = None
    fatalities_min: int | None = None
    fatalities_max: int | None = None
    injured_min: int | None = None
    injured_max: int | None = None
    num_mentions: int = 1
    num_articles: int = 1
    num_sources: int = 1
    first_reported_at: datetime | None = None
    notes: str | None = None
    updated_at: datetime | None = None
    contexts: list[str] = field(default_factory=list)
    mention_id: str | None = None
    evidence: str | None = None
    start_char: int | None = None
    end_char: int | None = None
    trigger_start: int | None = None
    trigger_end: int | None = None
    article_id: str | None = None
    #: The evidence is the article's headline: its offsets are into ``article_title``.
    in_title: bool = False
    article_url: str | None = None
    article_title: str | None = None
    article_site: str | None = None
    #: Vague quantity words behind ``fatalities_min`` ("dozens"; ``records.Count.vague``).
    fatalities_vague: list[str] = field(default_factory=list)

    @property
    def source_names(self) -> list[str]:
        return [actor_name(a) for a in self.source_actors]

    @property
    def target_names(self) -> list[str]:
        return [actor_name(a) for a in self.target_actors]

    @property
    def fatalities_text(self) -> str:
        return count_text(self.fatalities_min, self.fatalities_max)

    @property
    def trigger_text(self) -> str | None:
        """The trigger words inside the evidence sentence, if offsets are known."""
        if None in (self.evidence, self.start_char, self.trigger_start, self.trigger_end):
            return None
        lo = self.trigger_start - self.start_char
        hi = self.trigger_end - self.start_char
        if 0 <= lo < hi <= len(self.evidence):
            return self.evidence[lo:hi]
        return None

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict in field order (dates and datetimes as ISO 8601 strings)."""
        out = dict(self.__dict__)
        for name in _TEMPORAL_FIELDS:
            value = out[name]
            if value is not None:
                out[name] = value.isoformat()
        return out


_TEMPORAL_FIELDS = ("event_date", "date_end", "first_reported_at", "updated_at")


def actor_name(actor: Any) -> str:
    """The display name of a stored actor (a dict with ``name``/``code``, or a string),
    tidied by :func:`display_name`."""
    if isinstance(actor, dict):
        return display_name(str(actor.get("name") or actor.get("code") or actor.get("actor_id") or "?"))
    return display_name(str(actor))


_SPACED_JOINER = re.compile(r"(?<=\w)\s+([-'’])\s*(?=\w)|(?<=\w)([-'’])\s+(?=\w)")
#: Sector codes the coder writes after a state's name ("South Sudan MIL"): no acronym.
_SECTOR_SUFFIXES = frozenset({"GOV", "MIL", "COP", "REB", "CVL", "JUD", "LEG", "OPP", "PTY", "BUS", "MED", "LAB"})
_TRAILING_ACRONYM = re.compile(r"^(?P<name>\S+(?:\s+\S+)+?)\s+(?P<abbr>[A-Z]{2,6})$")


def _joined(m: re.Match) -> str:
    """The joiner of :data:`_SPACED_JOINER` without its spaces, except the apostrophe of
    a plural possessive ("the Martyrs' Bridge", "herders' camp"), which keeps the space
    after it."""
    mark = m.group(1) or m.group(2)
    before = m.string[m.start() - 1] if m.start() else ""
    if mark in "'’" and before in "sS" and m.group(0).endswith(" "):
        return mark + " "
    return mark


def display_name(name: str) -> str:
    """A name as written, from the tokens the coder joined with spaces: no spaces around
    a hyphen or apostrophe inside a name ("al - Islam" -> "al-Islam"; a plural
    possessive keeps its space: "the Martyrs' Bridge"), and a trailing
    acronym after a multi-word name put back in brackets ("Jama'at ... Muslimin JNIM" ->
    "Jama'at ... Muslimin (JNIM)"). A name already tidy comes back unchanged."""
    text = " ".join(name.split())
    text = _SPACED_JOINER.sub(_joined, text)
    m = _TRAILING_ACRONYM.match(text)
    if m and not m.group("name").isupper() and not re.search(r"\b(?:of|the|GOV|MIL|COP|REB)$", m.group("name")) \
            and m.group("abbr") not in _SECTOR_SUFFIXES:
        text = f"{m.group('name')} ({m.group('abbr')})"
    return text


def claimant_phrase(claimed_by: str | None) -> str:
    """The claimant as it reads inside a sentence ("Claimed by the Malian army"): the
    name tidied by :func:`display_name`, a leading article lower-cased."""
    if not claimed_by:
        return ""
    text = display_name(claimed_by)
    return re.sub(r"^(The|A|An)\b", lambda m: m.group(1).lower(), text)


def source_wording(status: str, claimed_by: str | None, reported_by: str | None = None) -> str:
    """Who stands behind an event, worded to agree with its ``status``: a ``claimed``
    event "claimed by X" (its claimant, else the source it is attributed to), any other
    status "per X" (the source it is attributed to, else the claimant of one of its
    mentions: an event merged from a claim and a plain report is asserted, and the
    claimant is then one of its sources, not the author of a claim); "" when nobody
    is named (a bare pronoun, "he", "they", names nobody). X reads as
    :func:`claimant_phrase`."""
    claimed_by, reported_by = named_source(claimed_by), named_source(reported_by)
    if status == "claimed":
        who = claimed_by or reported_by
        return f"claimed by {claimant_phrase(who)}" if who else ""
    who = reported_by or claimed_by
    return f"per {claimant_phrase(who)}" if who else ""


#: Personal pronouns: a report attributed to "he" or "they" names nobody ("per he").
_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they", "him", "her", "them", "us", "me"})


def named_source(who: str | None) -> str | None:
    """``who`` (a claimant or the source a report is attributed to) unless it is empty
    or a bare personal pronoun, which names nobody (None then)."""
    return None if not who or who.strip().lower() in _PRONOUNS else who


def date_text(start: date | None, end: date | None = None, precision: str | None = "day") -> str:
    """An event's date written no more precisely than it is known (``time_precision``,
    the ACLED codebook's notion: a report dated only to a month or a year is not a day):
    ``"2025-11-17"`` (day), ``"2025-09"`` (month), ``"2012"`` (year), a range when the
    span ``start``..``end`` is not one calendar period (``"2020-05 – 2020-08-18"``), a
    week as its span (``"2025-11-20 – 2025-11-26"``) and a week span of one day as
    that day: "this week" in a Monday's report is the week so far, Monday to the
    publication day (:func:`crisisdesk.annotate.times._relative`), so the one day it
    leaves is written ``"2026-11-30"`` (it was ``"2026-11-30 – 2026-11-30"``, and
    "Between 30 November 2026 and 30 November 2026" in the ACLED notes: session-15
    tester); ``"2026-11-30 (month)"``-style tags only for a coarse precision other
    than a week that has no span; ``"undated"`` without ``start``. Every text output
    (``events``, ``situation``, reports, the web pages, the ACLED notes of ``export
    --format acled``) writes dates with it."""
    if start is None:
        return "undated"
    if not isinstance(start, date):  # a value already written out (templates): as it is
        return str(start)
    end = end if isinstance(end, date) else None
    precision = precision if isinstance(precision, str) and precision else "day"
    if precision == "week":
        last = end if end is not None and end >= start else start
        return start.isoformat() if last == start else f"{start.isoformat()} – {last.isoformat()}"
    if precision == "year" and (start.month, start.day) == (1, 1):
        text, natural_end = f"{start.year:04d}", date(start.year, 12, 31)
    elif precision == "month" and start.day == 1:
        last_day = calendar.monthrange(start.year, start.month)[1]
        text, natural_end = f"{start.year:04d}-{start.month:02d}", date(start.year, start.month, last_day)
    else:
        text, natural_end = start.isoformat(), start
    if end is not None and end not in (start, natural_end):
        return f"{text} – {end.isoformat()}"
    if text == start.isoformat() and precision != "day":
        return f"{text} ({precision})"
    return text


def count_text(low: int | None, high: int | None) -> str:
    """``"5"``, ``"5-7"``, ``"at least 5"`` or ``""`` for a reported count range."""
    if low is None and high is None:
        return ""
    if low is not None and high is not None:
        return str(low) if low == high else f"{low}-{high}"
    return f"at least {low}" if low is not None else f"up to {high}"


# --------------------------------------------------------------------------- the union


def _representative_mention_id():
    inner = MENTIONS.alias("rep")
    return (
        select(inner.c.mention_id)
        .where(inner.c.event_id == EVENTS.c.event_id)
        .order_by(inner.c.confidence.desc(), inner.c.created_at, inner.c.mention_id)
        .limit(1)
        .scalar_subquery()
    )


def _event_place_json():
    """The stored ``place`` JSON of a mention of the event that gives the event its place
    (same place name and geo_precision; most confident first): where ``anchor`` and
    ``inferred`` are kept."""
    inner = MENTIONS.alias("pm")
    return (
        select(inner.c.place)
        .where(inner.c.event_id == EVENTS.c.event_id, inner.c.place_name == EVENTS.c.place_name,
               inner.c.geo_precision == EVENTS.c.geo_precision)
        .order_by(inner.c.confidence.desc(), inner.c.mention_id)
        .limit(1)
        .scalar_subquery()
    )


def _consolidated_select() -> Select:
    rep = MENTIONS.alias("m")
    e = EVENTS.c
    return select(
        e.event_id.label("event_id"),
        literal("event").label("kind"),
        e.event_type, e.status, e.mode, e.cameo_code, e.quad_class, e.goldstein,
        e.acled_event_type, e.acled_sub_event_type, e.source_actors, e.target_actors,
        e.place_name, e.geonames_id, e.country, e.admin1, e.admin2, e.lat, e.lon,
        e.geo_precision, _event_place_json().label("place_json"), e.event_date, e.date_end,
        e.time_precision, e.claimed_by, e.reported_by, e.reported_by_code,
        e.fatalities_min, e.fatalities_max, e.injured_min, e.injured_max, e.fatalities_vague,
        e.num_mentions, e.num_articles, e.num_sources, e.first_reported_at, e.notes,
        e.updated_at, rep.c.contexts,
        rep.c.mention_id, rep.c.evidence, rep.c.start_char, rep.c.end_char,
        rep.c.trigger_start, rep.c.trigger_end, rep.c.article_id, rep.c.in_title,
    ).select_from(
        EVENTS.outerjoin(rep, rep.c.mention_id == _representative_mention_id())
    )


def _unconsolidated_select() -> Select:
    m = MENTIONS.c
    return select(
        m.mention_id.label("event_id"),
        literal("mention").label("kind"),
        m.event_type, m.status, m.mode, m.cameo_code, m.quad_class, m.goldstein,
        m.acled_event_type, m.acled_sub_event_type, m.source_actors, m.target_actors,
        m.place_name, m.geonames_id, m.country, m.admin1, m.admin2, m.lat, m.lon,
        m.geo_precision, m.place.label("place_json"), m.event_date, m.date_end, m.time_precision,
        m.claimed_by, m.reported_by, m.reported_by_code,
        m.fatalities_min, m.fatalities_max, m.injured_min, m.injured_max, m.fatalities_vague,
        literal(1).label("num_mentions"), literal(1).label("num_articles"),
        literal(1).label("num_sources"), m.created_at.label("first_reported_at"),
        null().label("notes"), m.created_at.label("updated_at"), m.contexts,
        m.mention_id.label("mention_id"), m.evidence, m.start_char, m.end_char,
        m.trigger_start, m.trigger_end, m.article_id, m.in_title,
    ).where(m.event_id.is_(None))


def event_view_subquery():
    """The union of consolidated events and unconsolidated mentions, joined to the
    latest revision of the representative article (url, title, site)."""
    union = union_all(_consolidated_select(), _unconsolidated_select()).subquery("ev")
    art = ARTICLES.alias("a")
    return (
        select(
            union,
            art.c.url.label("article_url"),
            art.c.title.label("article_title"),
            art.c.site.label("article_site"),
        )
        .select_from(
            union.outerjoin(
                art, and_(art.c.article_id == union.c.article_id, art.c.is_latest.is_(True))
            )
        )
        .subquery("events_view")
    )


def _like_pattern(text: str) -> str:
    return f"%{_like_escaped(text).lower()}%"


def _like_escaped(text: str) -> str:
    """``text`` with LIKE's wildcards and the escape character escaped by ``\\``."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def actor_like_patterns(text: str) -> list[str]:
    """LIKE patterns (escape ``\\``, to compare with the lower-cased JSON text of the
    stored actor lists) for an actor query: the words as typed and, when they hold a
    non-ASCII letter, as the stored JSON writes them (``json.dumps`` escapes it:
    "Libération" is stored as ``Lib\\u00e9ration``, so ``--actor Libération`` and
    ``actor=Libération`` matched nothing while ``--actor FLA`` found the Front de
    Libération de l'Azawad)."""
    patterns = [_like_pattern(text)]
    escaped = json.dumps(text.lower())[1:-1]
    if escaped != text.lower():
        patterns.append(_like_pattern(escaped))
    return patterns


#: Field names of a stored actor dict (:class:`crisisdesk.records.ActorRef`, its
#: ``span``: :class:`crisisdesk.records.Span`) and the JSON literals: an actor query
#: is compared with the stored JSON text with these taken out, so that it matches
#: actor values only (``--actor name`` and ``--actor sector`` matched every mention
#: through the field names; ``--actor null`` through the empty fields).
_ACTOR_JSON_KEYS: tuple[str, ...] = tuple(
    f.name for cls in (ActorRef, Span) for f in dataclasses.fields(cls))
_ACTOR_JSON_LITERALS: tuple[str, ...] = ("null", "false", "true")
#: What a removed field name is replaced by: a control character no query holds, so a
#: query cannot match across two values either.
_VALUE_SEPARATOR = "\x1f"


def actor_values_text(column):
    """SQL expression: the lower-cased JSON text of a stored actor list (``column``)
    with every field name (``"name": ``) and JSON literal (``null``, ``true``,
    ``false``) replaced by a separator, so a LIKE pattern (:func:`actor_like_patterns`)
    matches the actors' values (name, code, sector, country, ACLED name, the words of
    the text), never the field names. Relies on the stored text's ``json.dumps``
    layout (``"key": value``), which SQLAlchemy's JSON type writes on SQLite and
    PostgreSQL alike. Span offsets (numbers) stay: a query of digits can match them."""
    expr = func.lower(cast(column, String))
    for key in _ACTOR_JSON_KEYS:
        expr = func.replace(expr, f'"{key}": ', _VALUE_SEPARATOR)
    for word in _ACTOR_JSON_LITERALS:
        expr = func.replace(expr, _VALUE_SEPARATOR + word, _VALUE_SEPARATOR)
    return expr


def _fold_chars(text: str) -> str:
    """``text`` folded as names are everywhere (:func:`crisisdesk.text.fold`: accents
    stripped, case-folded), one character for one (``"Goïta"`` -> ``"goita"``), so a
    position in the result is a position in ``text``: a character whose fold is longer
    keeps its first character ("ß" -> "s"), one that folds to nothing (a space) stays."""
    return "".join(fold(char)[:1] or char for char in text)


def _actor_value_strings(value: Any) -> Iterator[str]:
    """Every string inside a stored actor list (names, codes, sectors, text), keys aside."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _actor_value_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _actor_value_strings(item)


def _fold_candidates(wanted: str, columns, typed: str | None = None) -> list:
    """SQL conditions (any of them) a stored actor list must meet for its values to hold
    ``wanted`` (a :func:`_fold_chars` result) once accents are set aside: its JSON text
    holds a ``\\uXXXX`` escape (``json.dumps`` writes every non-ASCII letter so, on SQLite
    and PostgreSQL alike: see :func:`actor_like_patterns`), or holds ``wanted`` as
    typed (an ASCII value folds to its lower case) - unless ``wanted`` is the query
    ``typed`` itself, lower-cased: those lists match the query as typed already. Empty
    (no narrowing) when ``wanted`` holds a character the JSON text would escape (a
    quote, a backslash, a control or non-ASCII character), where the text cannot be
    compared as typed."""
    if json.dumps(wanted)[1:-1] != wanted:
        return []
    conds = []
    for column in columns:
        text = func.lower(cast(column, String))
        conds.append(text.like("%\\\\u%", escape="\\"))
        if typed is None or wanted != typed.lower():
            conds.append(text.like(_like_pattern(wanted), escape="\\"))
    return conds


def actor_spellings(executor, actor: str | None) -> tuple[str, ...]:
    """The other stored spellings ``--actor`` stands for once accents are set aside,
    matched as well as the query as typed (:func:`actor_condition`): ``--actor "Assimi
    Goita"`` -> ``("Assimi Goïta",)``, the span of the stored value it covers, as
    ``--admin1`` is accent-insensitive. Folded always, whether or not the query matches
    as typed (session 20: ``--actor Goita`` found the mentions spelled "Goita" and
    missed those spelled "Goïta"); a spelling equal to the query but for case is left
    out (the query matches it). ``()`` when there is no other spelling. Only the actor
    lists the database finds could hold one are read (:func:`_fold_candidates`: a
    non-ASCII letter, or the folded query when it differs from the query); the accent
    folding itself is Python's (SQLite has no unaccent). ``executor``: Engine,
    Connection or Session."""
    if not actor or not actor.strip():
        return ()
    typed = actor.strip()
    wanted = _fold_chars(typed)
    columns = (EventMentionRow.source_actors, EventMentionRow.target_actors)
    stmt = select(*columns)
    candidates = _fold_candidates(wanted, columns, typed)
    if candidates:
        stmt = stmt.where(or_(*candidates))
    if isinstance(executor, Engine):
        with executor.connect() as conn:
            rows = conn.execute(stmt).all()
    else:
        rows = executor.execute(stmt).all()
    found: set[str] = set()
    for row in rows:
        for column in row:
            value = json.loads(column) if isinstance(column, str) else column
            for text in _actor_value_strings(value):
                folded = _fold_chars(text)
                start = folded.find(wanted)
                if start >= 0 and len(folded) == len(text):
                    found.add(text[start:start + len(wanted)])
    return tuple(sorted(spelling for spelling in found if spelling.lower() != typed.lower()))


def actor_queries(actor: str, spellings: tuple[str, ...]) -> tuple[str, ...]:
    """What an ``--actor`` filter matches: the query as typed, then the other stored
    spellings it stands for once accents are set aside (:func:`actor_spellings`), each
    once."""
    return tuple(dict.fromkeys((actor, *spellings)))


def actor_condition(queries: tuple[str, ...], source_actors, target_actors, actor_codes=None):
    """SQL condition: an actor query matches a stored mention or event. ``queries``: the
    query as typed, or the stored spellings it stands for (:func:`actor_spellings`), any
    of which may match; ``source_actors``/``target_actors``: the JSON actor-list columns,
    compared by their values (:func:`actor_values_text`, :func:`actor_like_patterns`);
    ``actor_codes``: the mentions' code column (``event_mentions.actor_codes``, a
    substring of it, any case) where the table has one (the event view has none). The one
    place the actor filter is built: ``crisisdesk events`` (mentions, with codes), the
    event view (:func:`_conditions`: report, export, situation, the API) and
    :func:`actor_found`."""
    conds = [actor_codes.ilike(f"%{query}%") for query in queries] if actor_codes is not None else []
    conds += [actor_values_text(column).like(pattern, escape="\\")
              for query in queries for pattern in actor_like_patterns(query)
              for column in (source_actors, target_actors)]
    return or_(*conds)


def _non_ascii(column, dialect: str):
    """SQL condition: the text ``column`` holds a non-ASCII character (more UTF-8 bytes
    than characters). ``dialect``: the engine's dialect name; SQLite has no
    ``octet_length`` before 3.43, so its byte count is the length of the text read as a
    BLOB."""
    if dialect == "sqlite":
        return func.length(cast(column, LargeBinary)) != func.length(column)
    return func.octet_length(column) != func.char_length(column)


def _rows(executor, stmt) -> list:
    """The rows of ``stmt`` run on ``executor`` (Engine, Connection or Session)."""
    if isinstance(executor, Engine):
        with executor.connect() as conn:
            return conn.execute(stmt).all()
    return executor.execute(stmt).all()


def _dialect_name(executor) -> str:
    """``"sqlite"``, ``"postgresql"``: the dialect of an Engine, Connection or Session."""
    bind = executor.get_bind() if hasattr(executor, "get_bind") else executor
    return bind.dialect.name


def text_spellings(executor, text: str | None) -> tuple[str, ...]:
    """The spellings an evidence-text query (``crisisdesk events --text``, the API's
    ``q``) stands for, accents set aside as ``--admin1`` and ``--actor`` set them
    aside: ``text`` as typed, its accent-free form (``"ségou"`` -> ``"segou"``, which
    matches "Segou"), and every stretch of a stored evidence sentence that is ``text``
    once accents and case are set aside (``"segou"`` -> ``"Ségou"``). ``()`` without a
    query. Only the sentences holding a non-ASCII character are read (an ASCII one
    matches one of the first two as it stands); the folding is Python's
    (:func:`_fold_chars`: SQLite has no unaccent), and the filter then compares the
    spellings with LIKE on SQLite and PostgreSQL alike (:func:`text_condition`).
    ``executor``: Engine, Connection or Session."""
    if not text:
        return ()
    wanted = _fold_chars(text)
    found = {text, wanted}
    column = EventMentionRow.evidence
    stmt = select(column).distinct().where(column.is_not(None), _non_ascii(column, _dialect_name(executor)))
    for (evidence,) in _rows(executor, stmt):
        folded = _fold_chars(evidence)
        start = folded.find(wanted)
        while start >= 0:
            found.add(evidence[start:start + len(wanted)])
            start = folded.find(wanted, start + 1)
    return (text, *sorted(found - {text}))


def text_condition(spellings: Iterable[str], column):
    """SQL condition: the text ``column`` holds one of ``spellings`` (from
    :func:`text_spellings`, or the query as typed), any case: ``ILIKE`` on PostgreSQL,
    ``lower() LIKE lower()`` on SQLite, with ``%``, ``_`` and ``\\`` taken literally."""
    return or_(*(column.ilike("%" + _like_escaped(s) + "%", escape="\\") for s in spellings))


def actor_found(executor, actor: str) -> bool:
    """Whether ``actor`` matches some stored mention's actors or codes as the filter
    compares them (:func:`actor_condition`)."""
    row = EventMentionRow
    stmt = select(exists().where(actor_condition((actor,), row.source_actors, row.target_actors, row.actor_codes)))
    if isinstance(executor, Engine):
        with executor.connect() as conn:
            return bool(conn.execute(stmt).scalar())
    return bool(executor.execute(stmt).scalar())


def check_cameo_prefix(query: str) -> None:
    """Refuse a type filter of digits that starts no code of the packaged CAMEO table
    (``ValueError`` naming it): ``--type 999`` matched nothing without a word while
    ``--type FOO`` was refused. The check is
    :meth:`crisisdesk.coding.ontology.Ontology.resolve_type_query`'s, which every type
    filter goes through; kept for callers that have only digits."""
    from crisisdesk.coding.ontology import load_ontology

    load_ontology().resolve_type_query(query)


def _conditions(view, flt: EventFilter) -> list:
    c = view.c
    conds = []
    if flt.country:
        conds.append(c.country == flt.country.upper())
    if isinstance(flt.admin1, tuple):
        conds.append(c.admin1.in_(flt.admin1))
    elif flt.admin1:
        conds.append(func.lower(c.admin1) == flt.admin1.lower())
    if flt.actor:
        conds.append(actor_condition(actor_queries(flt.actor, flt.actor_spellings), c.source_actors, c.target_actors))
    if flt.event_type:
        value = flt.event_type.strip()
        type_conds = [
            func.upper(c.event_type) == value.upper(),
            func.lower(c.acled_event_type) == value.lower(),
            func.lower(c.acled_sub_event_type) == value.lower(),
        ]
        if value.isdigit():
            type_conds.append(c.cameo_code.like(_like_pattern(value)[1:], escape="\\"))
        conds.append(or_(*type_conds))
    if flt.status:
        conds.append(c.status.in_(flt.status))
    if flt.since:
        conds.append(c.event_date >= flt.since)
    if flt.until:
        conds.append(c.event_date <= flt.until)
    if flt.text:
        conds.append(text_condition(flt.text_spellings or (flt.text,), c.evidence))
    if flt.event_ids:
        conds.append(c.event_id.in_(flt.event_ids))
    return conds


def _ordered(view, flt: EventFilter) -> Select:
    c = view.c
    return (
        select(view)
        .where(*_conditions(view, flt))
        .order_by(case((c.event_date.is_(None), 1), else_=0), c.event_date.desc(), c.event_id)
    )


def _to_view(row, keys=None) -> EventView:
    data = dict(zip(keys, row)) if keys is not None else dict(row._mapping)
    data["source_actors"] = list(data.get("source_actors") or [])
    data["target_actors"] = list(data.get("target_actors") or [])
    data["contexts"] = list(data.get("contexts") or [])
    data["fatalities_vague"] = _json_list(data.get("fatalities_vague"))
    data["in_title"] = bool(data.get("in_title"))
    data["place_anchor"], data["place_inferred"] = _place_cues(data.pop("place_json", None))
    for key in ("num_mentions", "num_articles", "num_sources"):
        data[key] = int(data[key] or 0)
    for key in ("first_reported_at", "updated_at"):
        data[key] = as_utc(data[key])
    return EventView(**data)


def _json_list(value: Any) -> list[Any]:
    """A JSON list column read back (a string through a UNION on some backends)."""
    if isinstance(value, str):
        import json

        value = json.loads(value)
    return list(value or [])


def _place_cues(place: Any) -> tuple[str | None, bool | None]:
    """``(anchor text, inferred)`` from a stored place JSON (``repository.mention_to_row``);
    ``(None, None)`` without one."""
    if isinstance(place, str):  # a JSON column read back through a UNION on some backends
        import json

        place = json.loads(place)
    if not isinstance(place, dict):
        return None, None
    anchor = place.get("anchor")
    text = anchor.get("text") if isinstance(anchor, dict) else None
    return text or None, bool(place.get("inferred", False))


def as_utc(value: datetime | str | None) -> datetime | None:
    """A timezone-aware UTC datetime from a stored value (SQLite returns naive
    datetimes, or strings from a UNION); naive values are taken to be UTC."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


# --------------------------------------------------------------------------- public API


@dataclass
class Page:
    """One page of a list: ``items``, the ``total`` matching, and the window asked for."""

    items: list[Any]
    total: int
    limit: int
    offset: int


def count_events(engine: Engine, flt: EventFilter = EventFilter()) -> int:
    """Number of events matching ``flt``."""
    view = event_view_subquery()
    with engine.connect() as conn:
        return int(
            conn.execute(select(func.count()).select_from(view).where(*_conditions(view, flt))).scalar()
        )


def page_events(engine: Engine, flt: EventFilter = EventFilter(), limit: int = 50, offset: int = 0) -> Page:
    """Events matching ``flt``, newest first (undated last), ``limit`` from ``offset``."""
    view = event_view_subquery()
    with engine.connect() as conn:
        rows = conn.execute(_ordered(view, flt).limit(limit).offset(offset)).all()
    return Page([_to_view(r) for r in rows], count_events(engine, flt), limit, offset)


def iter_events(engine: Engine, flt: EventFilter = EventFilter(), batch: int = 1000, ordered: bool = True) -> Iterator[EventView]:
    """Stream every event matching ``flt`` in constant memory (server-side cursor,
    ``batch`` rows per fetch). ``ordered=False`` skips the sort (exports of millions)."""
    view = event_view_subquery()
    stmt = _ordered(view, flt) if ordered else select(view).where(*_conditions(view, flt))
    with engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=batch).execute(stmt)
        keys = list(result.keys())
        for row in result:
            yield _to_view(row, keys)


def get_event(engine: Engine, event_id: str) -> EventView | None:
    """The event (or unconsolidated mention) with this id, or None."""
    page = page_events(engine, EventFilter(event_ids=(event_id,)), limit=1)
    return page.items[0] if page.items else None


@dataclass
class MentionView:
    """One mention of an event, with its article's title/url and the article text
    around the evidence (``context_before``, ``evidence``, ``context_after``)."""

    mention_id: str
    article_id: str
    event_type: str
    status: str
    evidence: str
    start_char: int
    end_char: int
    trigger_start: int | None
    trigger_end: int | None
    confidence: float
    event_date: date | None
    place_name: str | None
    claimed_by: str | None
    article_url: str | None = None
    article_title: str | None = None
    article_site: str | None = None
    published_at: datetime | None = None
    context_before: str = ""
    context_after: str = ""

    def as_dict(self) -> dict[str, Any]:
        out = {}
        for name in self.__dataclass_fields__:
            value = getattr(self, name)
            out[name] = value.isoformat() if isinstance(value, (date, datetime)) else value
        return out


def _mention_query(where) -> Select:
    m, a = MENTIONS.c, ARTICLES.alias("a")
    return (
        select(
            m.mention_id, m.article_id, m.event_type, m.status, m.evidence, m.start_char,
            m.end_char, m.trigger_start, m.trigger_end, m.confidence, m.event_date,
            m.place_name, m.claimed_by, a.c.url, a.c.title, a.c.site, a.c.published_at, a.c.text,
        )
        .select_from(
            MENTIONS.outerjoin(a, and_(a.c.article_id == m.article_id, a.c.is_latest.is_(True)))
        )
        .where(where)
        .order_by(m.article_id, m.start_char, m.mention_id)
    )


def _mention_view(row, context_chars: int) -> MentionView:
    d = dict(row._mapping)
    text = d.pop("text") or ""
    view = MentionView(
        **{k: d[k] for k in ("mention_id", "article_id", "event_type", "status", "evidence",
                             "start_char", "end_char", "trigger_start", "trigger_end",
                             "confidence", "event_date", "place_name", "claimed_by")},
        article_url=d["url"], article_title=d["title"], article_site=d["site"],
        published_at=d["published_at"],
    )
    if text and text[view.start_char:view.end_char] == view.evidence:
        view.context_before = text[max(0, view.start_char - context_chars):view.start_char]
        view.context_after = text[view.end_char:view.end_char + context_chars]
    return view


def event_mentions(engine: Engine, event_id: str, context_chars: int = 300) -> list[MentionView]:
    """Every mention of the event ``event_id`` (or the mention itself when the id is
    an unconsolidated mention), with ``context_chars`` characters of article text on
    each side of the evidence sentence when the stored offsets match the text."""
    m = MENTIONS.c
    with engine.connect() as conn:
        rows = conn.execute(_mention_query(or_(m.event_id == event_id, and_(m.mention_id == event_id, m.event_id.is_(None))))).all()
    return [_mention_view(r, context_chars) for r in rows]


def get_article(engine: Engine, article_id: str) -> dict[str, Any] | None:
    """The latest revision of an article as a dict (``article_id``, ``url``, ``site``,
    ``title``, ``published_at``, ``language``, ``text``, ...) or None."""
    a = ARTICLES.c
    with engine.connect() as conn:
        row = conn.execute(
            select(ARTICLES).where(a.article_id == article_id).order_by(a.revision.desc()).limit(1)
        ).first()
    return dict(row._mapping) if row else None


def article_mentions(engine: Engine, article_id: str) -> list[MentionView]:
    """The mentions coded from an article, in text order (no context: the page shows
    the whole text)."""
    with engine.connect() as conn:
        rows = conn.execute(_mention_query(MENTIONS.c.article_id == article_id)).all()
    return [_mention_view(r, 0) for r in rows]


def page_articles(engine: Engine, limit: int = 50, offset: int = 0) -> Page:
    """Latest article revisions, newest published first, with their mention counts."""
    a, m = ARTICLES.c, MENTIONS.c
    counts = select(m.article_id, func.count().label("n")).group_by(m.article_id).subquery()
    stmt = (
        select(a.article_id, a.url, a.site, a.title, a.published_at, a.language,
               func.coalesce(counts.c.n, 0).label("num_mentions"))
        .select_from(ARTICLES.outerjoin(counts, counts.c.article_id == a.article_id))
        .where(a.is_latest.is_(True))
        .order_by(a.published_at.desc(), a.article_id)
    )
    with engine.connect() as conn:
        rows = conn.execute(stmt.limit(limit).offset(offset)).all()
        total = conn.execute(select(func.count()).select_from(ARTICLES).where(a.is_latest.is_(True))).scalar()
    return Page([dict(r._mapping) for r in rows], int(total), limit, offset)


def actor_identities(engine: Engine, flt: EventFilter = EventFilter()):
    """The actor identities of the events matching ``flt``: one per actor, as the actor
    network counts them (:class:`crisisdesk.analysis.network.ActorIdentities`: the
    dictionary actor "Malian Armed Forces" and the coded "Mali MIL" with its code
    ``MLIMIL`` are one actor). Streams the events once."""
    return _identities_of(iter_events(engine, flt, ordered=False))


def _identities_of(events: Iterable[EventView]):
    from crisisdesk.analysis.network import ActorIdentities

    return ActorIdentities.from_actors(ref for ev in events for ref in _actor_refs(ev))


def _actor_refs(ev: EventView) -> Iterator[Any]:
    from crisisdesk.consolidate.rows import actor_from_json

    for actor in (*ev.source_actors, *ev.target_actors):
        yield actor_from_json(actor)


def _event_actor_keys(ev: EventView, identities) -> tuple[set[str], set[str]]:
    """The node identities on the source side and on the target side of ``ev``."""
    from crisisdesk.consolidate.rows import actor_from_json

    return ({identities.key(actor_from_json(a)) for a in ev.source_actors},
            {identities.key(actor_from_json(a)) for a in ev.target_actors})


def actor_summaries(engine: Engine, flt: EventFilter = EventFilter(), limit: int = 50, offset: int = 0) -> Page:
    """Actors of the matching events with how often each is source and target, one
    entry per actor identity (:func:`actor_identities`, the actor network's nodes).

    Items: ``{"name", "key", "code", "sector", "names", "as_source", "as_target",
    "events"}``, most events first (ties: name). ``name`` is the node's label (the
    dictionary name when there is one), ``key`` its identity (``id:fama``,
    ``code:MLIMIL``, ``name:...``, ``generic:...``), ``names`` every name it goes by
    (most used first); ``events`` counts each event once even when the actor is on both
    sides or named twice. Streams the events twice (identities, then counts); memory
    grows with the number of actors, not of events.
    """
    identities = actor_identities(engine, flt)
    items = _tally(iter_events(engine, flt, ordered=False), identities)
    return Page(items[offset:offset + limit], len(items), limit, offset)


def _tally(events: Iterable[EventView], identities) -> list[dict[str, Any]]:
    """The :func:`actor_summaries` items of ``events``, most events first."""
    tally: dict[str, dict[str, Any]] = {}
    for ev in events:
        sources, targets = _event_actor_keys(ev, identities)
        for key in sources | targets:
            if key not in tally:
                best = identities.representative(key)
                tally[key] = {"name": identities.label_of(key), "key": key, "code": best.code,
                              "sector": best.sector, "names": identities.names(key),
                              "as_source": 0, "as_target": 0, "events": 0}
            entry = tally[key]
            entry["as_source"] += key in sources
            entry["as_target"] += key in targets
            entry["events"] += 1
    return sorted(tally.values(), key=lambda t: (-t["events"], t["name"]))


def _named(items: list[dict[str, Any]], name: str) -> dict[str, Any] | None:
    """The summary whose label or identity key is ``name`` (case-insensitive), else the
    first one of whose names it is; None when none."""
    wanted = name.strip().lower()
    for matches in (lambda a: a["name"].lower() == wanted or a["key"].lower() == wanted,
                    lambda a: wanted in (n.lower() for n in a["names"])):
        found = next((a for a in items if matches(a)), None)
        if found is not None:
            return found
    return None


def find_actor(engine: Engine, name: str) -> dict[str, Any] | None:
    """The actor summary (as :func:`actor_summaries`, over all events) whose label,
    identity key or any of whose names is ``name`` (case-insensitive): "Mali MIL"
    finds "Malian Armed Forces" when both are one actor. None when no actor matches;
    a label match wins over a name match."""
    return _named(actor_summaries(engine, EventFilter(), limit=10**9).items, name)


def actor_detail(engine: Engine, name: str, limit: int = 50, offset: int = 0) -> tuple[dict[str, Any], Page] | None:
    """``(summary, events page)`` of the actor :func:`find_actor` finds for ``name``,
    with its events as :func:`actor_events` pages them (newest first, ``limit`` from
    ``offset``, ``total``); None when no actor matches. Reads the events ONCE (the four
    passes of ``find_actor`` + ``actor_events`` made the actor page read every event
    four times); memory grows with the number of events (each kept as an EventView)."""
    events = list(iter_events(engine, EventFilter()))
    identities = _identities_of(events)
    actor = _named(_tally(events, identities), name)
    if actor is None:
        return None
    return actor, _page_of_actor(events, identities, actor["key"], limit, offset)


def _page_of_actor(events: Iterable[EventView], identities, key: str, limit: int, offset: int) -> Page:
    items, total = [], 0
    for ev in events:
        sources, targets = _event_actor_keys(ev, identities)
        if key in sources or key in targets:
            if offset <= total < offset + limit:
                items.append(ev)
            total += 1
    return Page(items, total, limit, offset)


def actor_events(engine: Engine, key: str, flt: EventFilter = EventFilter(), limit: int = 50,
                 offset: int = 0) -> Page:
    """The events (newest first, undated last) matching ``flt`` in which the actor
    identity ``key`` (:func:`actor_summaries` ``key``) is source or target, whatever name
    the event gives it; ``limit`` from ``offset``, with their ``total``."""
    identities = actor_identities(engine, flt)
    return _page_of_actor(iter_events(engine, flt), identities, key, limit, offset)


def facet_values(engine: Engine, column: str, flt: EventFilter = EventFilter()) -> list[tuple[str, int]]:
    """Distinct values of one event column (``country``, ``admin1``, ``event_type``,
    ``status``, ``acled_event_type``) with counts, most frequent first."""
    if column not in {"country", "admin1", "event_type", "status", "acled_event_type"}:
        raise QueryError(f"no facet for column {column!r}")
    view = event_view_subquery()
    col = view.c[column]
    stmt = (
        select(col, func.count()).where(col.is_not(None), *_conditions(view, flt))
        .group_by(col).order_by(func.count().desc(), col)
    )
    with engine.connect() as conn:
        return [(r[0], int(r[1])) for r in conn.execute(stmt)]


def last_updated(engine: Engine) -> datetime | None:
    """When data last changed: the latest of events ``updated_at``, mention
    ``created_at``, article ``stored_at`` and run ``ended_at`` (UTC), or None."""
    stmts = [
        select(func.max(EVENTS.c.updated_at)),
        select(func.max(MENTIONS.c.created_at)),
        select(func.max(ARTICLES.c.stored_at)),
        select(func.max(RunRow.__table__.c.ended_at)),
    ]
    values = []
    with engine.connect() as conn:
        for stmt in stmts:
            value = as_utc(conn.execute(stmt).scalar())
            if value is not None:
                values.append(value)
    return max(values) if values else None
