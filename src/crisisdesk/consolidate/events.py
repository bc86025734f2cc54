"""Same-incident merging: event mentions from different articles become one ``Event``.

A mention joins an existing event when all of these hold (else it starts a new event):

0. **Statuses stay apart.** A mention with status ``generic`` (a trend or a
   habit: "JNIM has intensified attacks in the Ségou and Mopti regions", "armed groups
   regularly attack convoys") joins only events of generic mentions, and a reported
   incident never joins an event of generic mentions, by every route below (same
   article, story cluster, second pass). A trend statement is not a report of the
   incident beside it: merged, it lent that event its actors and its region, and the
   event was then asserted, exported to ACLED and counted, against the README's promise
   that generic statements never are. The same holds for every status class
   (:func:`status_class`): reported (asserted or claimed), negated, hypothetical,
   threatened, historical - a denial or a threat merged into an asserted event left it
   asserted with the denier's or the threatener's actors.
1. **Type.** When both mentions carry an ACLED ``event_type``, the same one (ACLED
   codes a battle and a remote explosion at the same place and day as two events;
   one report's ASSAULT and another's COERCE of the same abduction agree as "Violence
   against civilians"); otherwise the same PLOVER ``event_type``. Battles and Violence
   against civilians, the pair coders split on for one incident, may mix only at the
   same place and when the reports agree on an actor (rule 4's agreement).
2. **Date.** The mentions' date intervals ``event_date..date_end`` overlap (widened by
   :data:`DATE_SLACK_HALF_DAYS`, 0 by default): two day-precision reports must give the
   same day (ACLED's daily unit; a 1-day window doubled the false merges on ACLED data);
   a week-, month- or year-precision report joins a day-precision event inside its
   interval. An undated news report (the week ending on its publication day) is matched
   across articles on its publication day and the day before (:func:`_interval`).
3. **Place.** Judged at the coarser ``geo_precision`` of the two (ACLED codebook
   ``geo_precision``, extended with 4 = country): 1 (town/point) within 25 km, 2 (near a
   town, part of a region) within 50 km, 3 (admin1) the same admin1, 4 (country) the
   same country (:data:`MAX_KM_BY_GEO_PRECISION`). Different countries never merge. Two
   precise places with different GeoNames ids (or names) are different places unless
   within :data:`SAME_PLACE_KM` (2 km): "Zégoua" is not "Kadiolo" 14 km away. A town
   or village the gazetteer could not resolve (coded at admin1 or country level with
   its own name, :func:`toponym_of`) is still that town: two reports naming different
   towns are different places whatever their precision (spelling variants aside,
   :func:`same_toponym`), so attacks on the villages of Saran and Bidi the same day by
   the same militia stay two events. Two villages placed at one anchor town's point
   (:func:`point_kind` ``"stand_in"``) with different names are two places at 0 km; a
   report only near a gazetteer town ("near Niono") may be another report's named place
   within 50 km when an actor agrees (:func:`_vicinity_pair`).
4. **Actors.** Source with source and target with target (or crossed, for armed clashes
   where direction is arbitrary): when both sides name actors (dictionary id, CAMEO-style
   code, name) they must share one, a code matching its country prefix (``MLI`` ~
   ``MLIMIL``); otherwise some generic actor ("gunmen", "soldiers") of one side must fit
   an actor of the other: equal sector codes (REB, MIL, CVL, GOV...), or, when a sector
   is missing, a shared content word ("fuel convoy" / "fuel tankers"); a generic actor
   without a sector fits a named one. Unknown sides are compatible. This is the rule that
   keeps two attacks on the same day in the same region apart: different places (rule 3)
   or different named targets / target sectors (rule 4). When both reports name actors
   on a side and share none, a generic actor fits only by a known sector equal to a
   named actor's ("soldiers" MIL / "Malian army" MIL), never through another generic
   or a named actor of unknown sector.
4a. **Statements.** Two statements (ACCUSE, REQUEST, REJECT, THREATEN) merge only
   when both name their speaker and the speakers agree (:func:`different_statements`),
   by every route: a statement is its speaker's act.
5. **Corroboration of coarse reports.** When the place is only admin1 level or the date
   coarser than a week, the two must share a named actor; at country level, a shared
   named actor and agreement on both sides (a shared named actor or a shared
   distinctive word: "fuel convoy" / "convoy", not "civilians"); when the same place is
   known by name only (no GeoNames id, no point), a shared named actor. A report with
   no place at all joins only its own article's event (below) or its story cluster's.

**A report repeated in one article** (:func:`repeat_key`): a mention whose article
already gave a mention with the same evidence sentence (whitespace and case aside), the
same type, status, actors, place, date and counts joins that mention's event before any
other rule. The same sentence coded the same way twice in one text is one report
printed twice (a scrape that repeats a paragraph, a page that repeats its lead), not two
incidents: undated, such repeats never met the rules above (a date is required to
merge), and a 3 MB scrape of one paragraph gave 2,337 events of 2,338 mentions, each
compared with every other (quadratic). Across articles the rules above still decide.

A mention without a usable place joins the single event of the same type and date
already coded from its own article ("JNIM said it carried out the attack" after the
sentence that reports the attack); a mention at a point (precision 1) joins the single
event of its own article of the same PLOVER type and date at the same point
(:data:`SAME_PLACE_KM`) whose actors do not conflict, whatever its ACLED type. A mention is compared with the event's profile (its most precise place, its best date,
the union of its actors), never with a single member mention, so a vague mention cannot
chain two precise events together. Among compatible events the closest wins (shared
actors, distance, date gap). Mentions of a near-duplicate article (same story cluster)
first try the events of the cluster's other articles: a syndicated copy adds a source,
not events.

Best-supported values (:func:`summarise`): the most frequent value among the mentions
(ties: higher summed confidence, then earliest mention), except the ACLED event type,
which follows the codebook's precedence (political violence first, Battles over Violence
against civilians; :func:`crisisdesk.coding.acled_precedence.incident_acled_types`) with
a sub-event type of that event type, and except place and date, which take
the most frequent value among the *most precise* mentions, and status, where one
asserting report makes the event asserted (then claimed, then the most frequent).
Fatalities and injured: reports of the same victims span the lowest minimum to the
highest maximum reported, the distinct figures kept in ``disagreements`` (e.g.
``{"fatalities": [5, 6, 7]}``); tolls of different victim groups are added
(:func:`_event_toll`). A mention reporting the target's response joins its actors to the
target side (:func:`_oriented_sides`).

Scale: candidates come from blocking keys (country or admin1 + day, and 0.5° spatial grid
cells for precise places), so each mention is compared with a handful of events.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, datetime, timedelta
from typing import Any

from crisisdesk.coding.acled_precedence import incident_acled_types, most_supported
from crisisdesk.consolidate.distance import haversine_km
from crisisdesk.records import ActorRef, Count, Event, EventMention, Place

#: Maximum distance (km) between two places judged at the coarser geo_precision.
MAX_KM_BY_GEO_PRECISION = {1: 25.0, 2: 50.0}
#: Widening (half-days) of a mention's date interval on each side, by time precision.
#: 0 for day precision: two day-precision reports merge only on the same day (ACLED's
#: unit of analysis is one event per actor pair, location and day). Measured on the ACLED
#: development set with ACLED's own coding as mentions: a 1-day window (slack 1) merged
#: 6.3 % of distinct events, the same-day rule 1.3-1.7 % (README, "Consolidation").
DATE_SLACK_HALF_DAYS = {"second": 0, "minute": 0, "hour": 0, "day": 0, "week": 0, "month": 0, "year": 0}
#: Two precise places (geo_precision 1-2) with different GeoNames ids or names are
#: different places unless they lie within this distance (km) of each other.
SAME_PLACE_KM = 2.0
#: ACLED event types that may describe the same incident in different reports.
CONFUSABLE_ACLED_TYPES = frozenset({"Battles", "Violence against civilians"})
#: Intervals longer than this (days) are indexed per country, not per day.
LONG_INTERVAL_DAYS = 62
#: Spatial grid cell size (degrees) for blocking precise places; 0.5° >= 50 km north-south.
GRID_DEGREES = 0.5
PRECISION_RANK = {"second": 0, "minute": 0, "hour": 0, "day": 1, "week": 2, "month": 3, "year": 4}
_STATUS_PRIORITY = ("asserted", "claimed")
_SYMMETRIC_SUB_TYPES = {"Armed clash"}


@dataclass(frozen=True)
class ArticleInfo:
    """What consolidation needs to know about a mention's article: its ``site``
    (distinct sites count as sources), ``published_at`` (UTC) and story ``cluster_id``."""

    article_id: str
    site: str | None = None
    published_at: datetime | None = None
    cluster_id: str | None = None

    @property
    def source_key(self) -> str:
        return (self.site or f"article:{self.article_id}").lower().removeprefix("www.")


@lru_cache(maxsize=65536)
def normalise_name(name: str) -> str:
    """Case-, accent- and article-insensitive form of an actor name."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w != "the"]
    return " ".join(words)


_STOP_WORDS = {"the", "a", "an", "of", "and", "some", "several", "unidentified", "unknown", "suspected", "armed"}
#: Words too common among reported actors to show that two reports agree.
_UBIQUITOUS_WORDS = {"people", "person", "persons", "civilian", "civilians", "individuals", "villagers",
                     "residents", "men", "women", "children", "soldiers", "soldier", "troops", "forces",
                     "gunmen", "militants", "fighters", "assailants", "assailant", "attackers", "group",
                     "groups", "malian", "mali", "local", "members", "member", "unknown", "more",
                     "village", "villages", "hamlet", "hamlets", "villager", "vehicle", "vehicles",
                     "position", "positions", "nearby", "young", "camp", "post"}


@dataclass
class _Side:
    """The actors on one side (source or target) of a mention or an event.

    Named actors become keys (dictionary id, normalised name) and codes; generic actors
    become ``(sector, content words)`` pairs; ``named_sectors`` holds the named actors'
    sector codes (``None`` when unknown).
    """

    keys: set[str] = field(default_factory=set)
    codes: set[str] = field(default_factory=set)
    named_sectors: set[str | None] = field(default_factory=set)
    generics: set[tuple[str | None, frozenset[str]]] = field(default_factory=set)
    words: set[str] = field(default_factory=set)  # distinctive words of all actor names
    #: codes of generic actors coded with their country ("soldiers" -> ``MLIMIL``)
    generic_codes: set[str] = field(default_factory=set)

    def add(self, actor: ActorRef) -> None:
        sector = actor.sector.upper() if actor.sector else None
        words = frozenset(w for w in normalise_name(actor.name or "").split() if w not in _STOP_WORDS)
        self.words |= {w for w in words if w not in _UBIQUITOUS_WORDS and len(w) > 2}
        if actor.generic or not (actor.actor_id or actor.code or actor.name):
            self.generics.add((sector, words))
            if actor.generic and actor.code and actor.country:
                self.generic_codes.add(actor.code.upper())
            return
        self.named_sectors.add(sector)
        if actor.actor_id:
            self.keys.add("id:" + actor.actor_id.lower())
        if actor.code:
            self.codes.add(actor.code.upper())
        if actor.name:
            self.keys.add("name:" + normalise_name(actor.name))

    def update(self, other: "_Side") -> None:
        self.keys |= other.keys
        self.codes |= other.codes
        self.named_sectors |= other.named_sectors
        self.generics |= other.generics
        self.words |= other.words
        self.generic_codes |= other.generic_codes

    @property
    def has_named(self) -> bool:
        return bool(self.named_sectors)

    @property
    def empty(self) -> bool:
        return not (self.named_sectors or self.generics)


def _generic_fits_generic(x: tuple[str | None, frozenset[str]], y: tuple[str | None, frozenset[str]]) -> bool:
    """Two generic actors can be the same: equal sectors, or (a sector missing) a shared
    content word ("fuel convoy" / "fuel tankers")."""
    if x[0] and y[0]:
        return x[0] == y[0]
    return bool(x[1] & y[1]) or not x[1] or not y[1]


def _generic_fits_named(generic: tuple[str | None, frozenset[str]], named_sectors: set[str | None]) -> bool:
    """A generic actor can be a named one: no sector on either, or equal sectors."""
    return generic[0] is None or None in named_sectors or generic[0] in named_sectors


def _some_pair_fits(a: "_Side", b: "_Side") -> bool:
    """Some generic actor of one side can be some actor of the other side."""
    for g in a.generics:
        if b.named_sectors and _generic_fits_named(g, b.named_sectors):
            return True
        if any(_generic_fits_generic(g, h) for h in b.generics):
            return True
    return bool(a.named_sectors) and any(_generic_fits_named(g, a.named_sectors) for g in b.generics)


def _codes_overlap(a: set[str], b: set[str]) -> int:
    """Number of shared codes; a code and its country prefix (``MLI``/``MLIMIL``) count
    as one shared code."""
    if a & b:
        return len(a & b)
    return 1 if any(x.startswith(y) or y.startswith(x) for x in a for y in b) else 0


def side_agrees(a: _Side, b: _Side) -> bool:
    """Positive agreement: a shared named actor, or a shared distinctive word in the
    actors' names ("fuel convoy" / "fuel tankers"; not "civilians" / "people")."""
    return bool(a.keys & b.keys) or _codes_overlap(a.codes, b.codes) > 0 or bool(a.words & b.words)


def side_agrees_as_state_forces(a: _Side, b: _Side) -> bool:
    """:func:`side_agrees`, or one side names a state's forces and the other has
    unnamed ones of that state with the same full code ("Malian Armed Forces" ``MLIMIL``
    / "an army post", "soldiers" coded ``MLIMIL``; the network view counts them as one
    actor for the same reason). Two unnamed sides do not agree this way."""
    return side_agrees(a, b) or bool(a.generic_codes & b.codes) or bool(b.generic_codes & a.codes)


def side_match(a: _Side, b: _Side) -> tuple[bool, int]:
    """``(compatible, shared named actors)`` for two sides; see the module docstring."""
    if a.empty or b.empty:
        return True, 0
    if a.has_named and b.has_named:
        shared = len(a.keys & b.keys) or _codes_overlap(a.codes, b.codes)
        if shared:
            return True, shared
        # Both reports name actors and none is shared: different actors, unless a
        # generic actor of one is recognisably (same known sector) a named one of the other.
        return _generic_is_named_sector(a, b) or _generic_is_named_sector(b, a), 0
    return _some_pair_fits(a, b), 0


def _generic_is_named_sector(a: _Side, b: _Side) -> bool:
    """Some generic actor of ``a`` has a known sector that a named actor of ``b`` has."""
    return any(g[0] is not None and g[0] in b.named_sectors for g in a.generics)


@dataclass
class _Profile:
    """What matching compares: type, date interval, place, actor sides, and whether the
    report is a generic statement (status ``generic``)."""

    event_types: set[str]
    acled_types: set[str]
    start: int | None  # half-days (2 x date ordinal), slack included
    end: int | None
    time_rank: int
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geo_precision: int  # 5 = unknown place
    place_id: str | None
    toponym: str | None  # normalised name of a town/village (resolved or not); None for countries, admin1, regions
    source: _Side
    target: _Side
    symmetric: bool
    status_class: str = "reported"  # rule 0: :func:`status_class` of the mention's status
    #: "vicinity": near a gazetteer town, at the town's point (precision 2 on the town's
    #: own GeoNames id, "near Niono"); "stand_in": a toponym the gazetteer lacks, at the
    #: point of the town the text ties it to (:func:`point_kind`); "own": anything else
    point_kind: str = "own"


#: Days before its publication day that an undated news report most likely tells of
#: (:func:`_interval`): the day of publication and the day before.
UNDATED_LIKELY_DAYS = 1
#: Length (days) of the "on or before" week the coder gives an undated sentence
#: (``coding.placetime.week_ending``: the publication day and the 6 days before).
_UNDATED_WEEK_DAYS = 6


def is_undated_report(m: EventMention, published: date | None) -> bool:
    """Whether ``m`` is dated only by its article's publication day ``published``: a
    sentence with no date of its own, coded as the week ending on that day
    (``coding.placetime.undated_time``: precision ``week``, ``date_end`` the
    publication day, ``event_date`` six days before)."""
    return (published is not None and m.time_precision == "week" and m.date_end == published
            and m.event_date == published - timedelta(days=_UNDATED_WEEK_DAYS))


def _interval(m: EventMention, published: date | None = None) -> tuple[int | None, int | None, int]:
    """The mention's date interval in half-days ``(start, end, precision rank)`` for
    matching (rule 2). An undated news report (:func:`is_undated_report`) keeps its week
    as its date (no invented precision; :func:`summarise` reads the mention's own
    dates), but is matched on the days it most likely tells of: its publication day and
    the :data:`UNDATED_LIKELY_DAYS` before. News reports an incident within a day or so
    (the coder's own reading: "most likely in the days before" publication), and the
    whole week merged distinct incidents at one place: on our news-style test articles
    (two attacks on one Bandiagara checkpoint three days apart, two raids on one Ménaka
    market, two Mopti protests) each undated report joined the other incident, 3 false
    merges of 8 incidents, while the two undated or next-day reports of one incident
    still merge."""
    if m.event_date is None:
        return None, None, 5
    precision = m.time_precision or "day"
    slack = DATE_SLACK_HALF_DAYS.get(precision, 0)
    end = m.date_end or m.event_date
    start = m.event_date
    if is_undated_report(m, published):
        start = end - timedelta(days=UNDATED_LIKELY_DAYS)
    return (
        2 * start.toordinal() - slack,
        2 * max(end, start).toordinal() + 1 + slack,
        PRECISION_RANK.get(precision, 1),
    )


def _place_id(place: Place | None) -> str | None:
    """Identity of a named place: its GeoNames id, else its normalised name."""
    if place is None:
        return None
    if place.geonames_id is not None:
        return f"geonames:{place.geonames_id}"
    return f"name:{normalise_name(place.name)}" if place.name else None


#: Feature codes of places that are areas, not towns (GeoNames: independent political
#: entity, first-order administrative division, region).
_AREA_FEATURE_CODES = frozenset({"PCLI", "PCLD", "PCLS", "ADM1", "RGN"})
#: Two toponyms spelled alike at least this much (rapidfuzz ``fuzz.ratio``, 0-100) may be
#: one place ("Kiro"/"Kirou", "Ogossagou"/"Ogassogou"); below, they are different places.
SAME_TOPONYM_RATIO = 80.0


@lru_cache(maxsize=4096)
def _is_country_name(name: str) -> bool:
    import pycountry

    try:
        pycountry.countries.lookup(name.removeprefix("the ").strip())
    except LookupError:
        return False
    return True


def toponym_of(place: Place | None) -> str | None:
    """The normalised name of the town or village a place names, resolved or not
    ("Saran", coded at country level because the gazetteer lacks it), or None when the
    place is an area: a country, an admin1 region, a named region (feature codes
    ``PCLI``/``ADM1``/``RGN``, or the name of a country or of its own admin1)."""
    if place is None or not place.name or place.feature_code in _AREA_FEATURE_CODES:
        return None
    name = normalise_name(place.name)
    if not name or name in {normalise_name(place.admin1 or ""), normalise_name(place.country or "")}:
        return None
    if place.geonames_id is None and place.geo_precision >= 3 and _is_country_name(name):
        return None
    return name


@lru_cache(maxsize=65536)
def same_toponym(a: str, b: str) -> bool:
    """Whether two normalised toponyms may name one place: equal, one the first words
    of the other ("okoyeri" / "okoyeri bamgel"), or spelled alike
    (``fuzz.ratio >= SAME_TOPONYM_RATIO``: transliteration variants)."""
    from rapidfuzz import fuzz

    if a == b or b.startswith(a + " ") or a.startswith(b + " "):
        return True
    return fuzz.ratio(a, b) >= SAME_TOPONYM_RATIO


def _place_fields(place: Place | None) -> tuple[str | None, str | None, float | None, float | None, int]:
    if place is None:
        return None, None, None, None, 5
    precision = place.geo_precision or 4
    admin1 = place.admin1_code or place.admin1
    lat, lon = place.lat, place.lon
    if precision <= 2 and (lat is None or lon is None) and not (place.geonames_id or place.name):
        precision = 3 if admin1 else 4
    if precision == 3 and not admin1:
        precision = 4
    if precision == 4 and not place.country:
        precision = 5
    return place.country, admin1, lat, lon, precision


def mention_profile(m: EventMention, published: date | None = None) -> _Profile:
    """The matching profile of one mention; ``published``: its article's publication
    day (UTC), which narrows an undated report's dates for matching (:func:`_interval`)."""
    start, end, rank = _interval(m, published)
    country, admin1, lat, lon, precision = _place_fields(m.place)
    source, target = _Side(), _Side()
    for actor in m.source_actors:
        source.add(actor)
    for actor in m.target_actors:
        target.add(actor)
    return _Profile(
        {m.event_type},
        {m.acled_event_type} if m.acled_event_type else set(),
        start,
        end,
        rank,
        country,
        admin1,
        lat,
        lon,
        precision,
        _place_id(m.place),
        toponym_of(m.place),
        source,
        target,
        m.acled_sub_event_type in _SYMMETRIC_SUB_TYPES,
        status_class(m.status),
        point_kind(m.place),
    )


def point_kind(place: Place | None) -> str:
    """Whose point a place's coordinates are: ``"vicinity"`` for a report that puts the
    event only near a gazetteer town (``geo_precision`` 2 on the town's own GeoNames id:
    "an army post near Niono"; ACLED codebook: precision 2 = near a town, the town's
    coordinates used), ``"stand_in"`` for a toponym the gazetteer lacks placed at the
    point of the town the text ties it to (``geonames_id`` None, ``anchor`` set, a
    point: "Kéra (Bankass, Mopti)" at Bankass), else ``"own"``."""
    if place is None or place.lat is None or place.lon is None:
        return "own"
    if place.geonames_id is None and place.anchor is not None:
        return "stand_in"
    if place.geo_precision == 2 and place.geonames_id is not None:
        return "vicinity"
    return "own"


#: Statuses of a report that the incident took place (rule 0): asserted by the writer or
#: its sources, or claimed by a perpetrator.
REPORTED_STATUSES = frozenset({"asserted", "claimed"})


def status_class(status: str | None) -> str:
    """Rule 0's class of a mention status: ``"reported"`` for asserted and claimed
    incidents (and a mention without status), else the status itself (``negated``,
    ``hypothetical``, ``threatened``, ``historical``, ``generic``). Mentions of different
    classes never merge: "the army denied attacking the village" or "JNIM threatened to
    attack convoys" is not a report of the attack beside it (merged, the event stayed
    asserted but took the denial's or the threat's actors)."""
    return "reported" if status is None or status in REPORTED_STATUSES else status


@dataclass(frozen=True)
class MatchResult:
    """Whether a mention can join an event, and how close it is (higher is closer)."""

    compatible: bool
    score: float = 0.0
    reason: str = ""


@dataclass(frozen=True)
class _PlaceJudgement:
    ok: bool
    score: float
    reason: str
    vague: bool = False  # admin1/country level or undetermined: needs a shared named actor
    same: bool = False  # the same place (same id/name, or within SAME_PLACE_KM)
    name_only: bool = False  # "same place" judged by name alone (no GeoNames id, no point)
    level: int = 1  # the coarser geo_precision (5 = no place)
    vicinity: bool = False  # a report near a town joined to a place in that town's vicinity


def _place_match(a: _Profile, b: _Profile) -> _PlaceJudgement:
    if a.country and b.country and a.country != b.country:
        return _PlaceJudgement(False, 0.0, "different countries")
    coarser = max(a.geo_precision, b.geo_precision)
    if coarser >= 3 and a.toponym and b.toponym and not same_toponym(a.toponym, b.toponym):
        # a town named but not located (unresolved toponym) is still that town
        return _PlaceJudgement(False, 0.0, f"different toponyms ({a.toponym} / {b.toponym})")
    if coarser <= 2:
        differ = bool(a.place_id and b.place_id and a.place_id != b.place_id)
        if None not in (a.lat, a.lon, b.lat, b.lon):
            km = haversine_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
            limit = MAX_KM_BY_GEO_PRECISION[coarser]
            if km > limit:
                return _PlaceJudgement(False, 0.0, f"{km:.0f} km apart (limit {limit:.0f} km)")
            if differ and _vicinity_pair(a, b):
                # "near Niono" may be the post at Siribala 26 km away (within the 50 km
                # of precision 2); match() then asks for an agreeing side as well
                return _PlaceJudgement(True, 1.0 - km / limit, f"in the vicinity, {km:.0f} km apart",
                                       vicinity=True)
            if differ and "stand_in" in (a.point_kind, b.point_kind) and a.toponym and b.toponym \
                    and not same_toponym(a.toponym, b.toponym):
                # a borrowed point says nothing about where the village is: two named
                # villages placed at one anchor town are two places at 0 km
                return _PlaceJudgement(False, 0.0, f"different toponyms at a borrowed point ({a.toponym} / {b.toponym})")
            if differ and km > SAME_PLACE_KM:
                return _PlaceJudgement(False, 0.0, f"different places {km:.0f} km apart")
            return _PlaceJudgement(True, 1.0 - km / limit, f"{km:.0f} km apart (limit {limit:.0f} km)",
                                   same=not differ or km <= SAME_PLACE_KM)
        if differ:  # no coordinates to say they are close
            return _PlaceJudgement(False, 0.0, "different places")
        if a.place_id and a.place_id == b.place_id:
            return _PlaceJudgement(True, 1.0, "same place", same=True, name_only=a.place_id.startswith("name:"))
        return _PlaceJudgement(True, 0.0, "place undetermined", vague=True, level=4)
    if coarser == 3:
        ok = a.admin1 == b.admin1
        return _PlaceJudgement(ok, 0.0, "same admin1" if ok else "different admin1", vague=True, level=3)
    return _PlaceJudgement(True, 0.0, "country level" if coarser == 4 else "no place", vague=True, level=coarser)


def _vicinity_pair(a: _Profile, b: _Profile) -> bool:
    """Rule 3's vicinity case: one report puts the event only near a gazetteer town
    (:func:`point_kind` ``"vicinity"``: "an army post near Niono") and the other names
    where it happened (a town at its own point or a village placed by its anchor: "the
    post at Siribala, about twenty kilometres from Niono"). The first report's point is
    the town's, not the event's, so the second place may be the spot it leaves unnamed.
    Two reports that each put an event near a different town ("near Kati" / "near
    Bamako") name two reference towns, so they stay two places: on the backfill test
    corpus (1,000 invented attacks "near" 12 towns) letting those merge joined 16 pairs
    of distinct attacks."""
    kinds = {a.point_kind, b.point_kind}
    return "vicinity" in kinds and kinds != {"vicinity"}


#: PLOVER types of statements: the speaker (source) makes the event (PLOVER: ACCUSE,
#: REQUEST, REJECT, THREATEN are things an actor says; older labels DISAPPROVE, DEMAND).
STATEMENT_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "DISAPPROVE", "DEMAND"})


def different_statements(event: _Profile, mention: _Profile) -> bool:
    """Rule 4a: two statements (:data:`STATEMENT_TYPES`) are one event only when both
    name their speaker and the speakers agree (:func:`side_agrees`). "Local sources
    accused the army of ..." and "The FLA condemned the strike" in one article are two
    statements by two sources; an unnamed side is compatible with anything elsewhere
    (rule 4), which merged them into one ACCUSE by "FLA" against "army"."""
    if not (event.event_types <= STATEMENT_TYPES and mention.event_types <= STATEMENT_TYPES):
        return False
    if event.source.empty or mention.source.empty:
        return True
    return not side_agrees(event.source, mention.source)


def match(event: _Profile, mention: _Profile) -> MatchResult:
    """Judge whether ``mention`` can join ``event`` (rules 0-5 of the module docstring)."""
    if event.status_class != mention.status_class:
        return MatchResult(False, reason=f"status classes differ ({event.status_class} / {mention.status_class})")
    if different_statements(event, mention):
        return MatchResult(False, reason="statements of different or unnamed speakers")
    acled_conflict = False
    if event.acled_types and mention.acled_types and not event.acled_types & mention.acled_types:
        # Battles / Violence against civilians is the one pair coders split on for the
        # same incident (an ambush on an escorted convoy): allowed at the same place.
        if not (event.acled_types | mention.acled_types) <= CONFUSABLE_ACLED_TYPES:
            return MatchResult(False, reason="ACLED event types differ")
        acled_conflict = True
    if not event.event_types & mention.event_types and not (event.acled_types & mention.acled_types):
        return MatchResult(False, reason="type")
    if event.start is not None and mention.start is not None:
        if mention.start > event.end or mention.end < event.start:  # type: ignore[operator]
            return MatchResult(False, reason="date")
        date_gap = abs((mention.start + mention.end) - (event.start + event.end)) / 4  # days
    else:
        date_gap = 3.0
    place = _place_match(event, mention)
    if not place.ok:
        return MatchResult(False, reason=place.reason)
    if acled_conflict and not place.same:
        return MatchResult(False, reason="ACLED event types differ and places are not the same")
    src_ok, src_shared = side_match(event.source, mention.source)
    tgt_ok, tgt_shared = side_match(event.target, mention.target)
    pairs = ((event.source, mention.source), (event.target, mention.target))
    if not (src_ok and tgt_ok) and (event.symmetric or mention.symmetric):
        cross_a, shared_a = side_match(event.source, mention.target)
        cross_b, shared_b = side_match(event.target, mention.source)
        if cross_a and cross_b:
            src_ok, tgt_ok, src_shared, tgt_shared = True, True, shared_a, shared_b
            pairs = ((event.source, mention.target), (event.target, mention.source))
    if not src_ok:
        return MatchResult(False, reason="source actors differ")
    if not tgt_ok:
        return MatchResult(False, reason="target actors differ")
    shared = src_shared + tgt_shared
    agreeing = sum(side_agrees(x, y) for x, y in pairs)
    if place.vicinity and not any(side_agrees_as_state_forces(x, y) for x, y in pairs):
        # a place near the other report's town is not evidence enough: the reports must
        # also agree on an actor (a shared named actor, code or distinctive word, or a
        # state's forces named in one and its unnamed forces in the other)
        return MatchResult(False, reason="in the vicinity of the other report's town but no actor agrees")
    if acled_conflict and agreeing == 0:
        # a battle and an attack on civilians at one place and day are two ACLED events
        # unless the reports agree on who was involved
        return MatchResult(False, reason="ACLED event types differ and no actor is shared")
    if (place.level == 3 or max(event.time_rank, mention.time_rank) >= 3) and shared == 0:
        return MatchResult(False, reason="coarse place or date without a shared named actor")
    if place.level >= 5:
        return MatchResult(False, reason="no place")  # across articles: nothing says where
    if place.level == 4 and (shared == 0 or agreeing < 2):
        return MatchResult(False, reason="country level: needs a shared named actor and agreement on both sides")
    if place.name_only and shared == 0:
        return MatchResult(False, reason="same place name (no GeoNames id, no point) but no shared named actor")
    score = 2.0 * min(shared, 3) + place.score - 0.5 * date_gap
    return MatchResult(True, score, place.reason)


def _sides_fit(event: _Profile, mention: _Profile) -> bool:
    """Rule 4's actor test alone: source with source and target with target fit
    (:func:`side_match`), or crossed when either is symmetric (an armed clash)."""
    if side_match(event.source, mention.source)[0] and side_match(event.target, mention.target)[0]:
        return True
    return (event.symmetric or mention.symmetric) and side_match(event.source, mention.target)[0] \
        and side_match(event.target, mention.source)[0]


class _EventState:
    """A growing event: its mentions and its matching profile."""

    __slots__ = ("event_id", "mentions", "profile", "clusters", "_places", "_dates")

    def __init__(self, event_id: str) -> None:
        self.event_id = event_id
        self.mentions: list[EventMention] = []
        self.profile: _Profile | None = None
        self.clusters: set[str] = set()
        self._places: Counter = Counter()
        self._dates: Counter = Counter()

    def add(self, mention: EventMention, profile: _Profile, cluster_id: str | None) -> None:
        self.mentions.append(mention)
        if cluster_id:
            self.clusters.add(cluster_id)
        place_key = (profile.geo_precision, profile.country, profile.admin1, profile.lat, profile.lon,
                     profile.place_id, profile.toponym, profile.point_kind)
        self._places[place_key] += 1
        self._dates[(profile.time_rank, profile.start, profile.end)] += 1
        if self.profile is None:
            self.profile = _Profile(
                set(profile.event_types), set(profile.acled_types), profile.start, profile.end,
                profile.time_rank, profile.country, profile.admin1, profile.lat, profile.lon,
                profile.geo_precision, profile.place_id, profile.toponym, _Side(), _Side(), profile.symmetric,
                profile.status_class, profile.point_kind,
            )
        p = self.profile
        p.event_types |= profile.event_types
        p.acled_types |= profile.acled_types
        p.symmetric |= profile.symmetric
        p.source.update(profile.source)
        p.target.update(profile.target)
        (precision, p.country, p.admin1, p.lat, p.lon, p.place_id, p.toponym, p.point_kind), _ = min(
            self._places.items(), key=lambda kv: (kv[0][0], -kv[1])
        )
        p.geo_precision = precision
        (p.time_rank, p.start, p.end), _ = min(
            self._dates.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1] or 0)
        )


def _is_vague(profile: _Profile) -> bool:
    """No usable place: admin1/country level or none, or a town without name or point."""
    return profile.geo_precision >= 3 or (profile.place_id is None and profile.lat is None)


def repeat_key(m: EventMention) -> tuple:
    """What makes two mentions of one article the same report printed twice: the
    article, the evidence sentence (whitespace collapsed, lower case), PLOVER and ACLED
    types, status and claimant, each side's actors (:func:`_actor_key`, sorted), the
    place (name or GeoNames id, precision, country, admin1, point), the date interval
    and the reported fatalities and injured."""
    place = m.place
    return (
        m.article_id, " ".join(m.evidence.sentence.split()).lower(), m.event_type, m.acled_event_type,
        m.acled_sub_event_type, m.status, m.claimed_by,
        tuple(sorted(_actor_key(a) for a in m.source_actors)), tuple(sorted(_actor_key(a) for a in m.target_actors)),
        (_place_id(place), place.geo_precision, place.country, place.admin1, place.lat, place.lon) if place else None,
        m.event_date, m.date_end,
        (m.fatalities.min, m.fatalities.max) if m.fatalities else None,
        (m.injured.min, m.injured.max) if m.injured else None,
    )


def _day(article: ArticleInfo | None) -> date | None:
    """The publication day (UTC) of ``article``, None when unknown."""
    return article.published_at.date() if article is not None and article.published_at is not None else None


def event_id_for(first_mention_id: str) -> str:
    """Stable event id derived from the id of the event's first mention."""
    return "ev-" + hashlib.sha1(first_mention_id.encode("utf-8")).hexdigest()[:16]


class Consolidator:
    """Incremental same-incident merging with blocking indexes.

    ``load(event_id, mentions, articles)`` restores a stored event; ``add(mention,
    article)`` assigns a mention and returns its ``event_id`` (a mention id seen before
    returns its event: idempotent). ``events()`` yields consolidated :class:`Event` records
    with best-supported values; ``touched`` holds the ids changed since construction.
    """

    def __init__(self) -> None:
        self._events: dict[str, _EventState] = {}
        self._event_of_mention: dict[str, str] = {}
        self._articles: dict[str, ArticleInfo] = {}
        self._index: dict[tuple, list[str]] = defaultdict(list)
        self._indexed_keys: dict[str, set[tuple]] = defaultdict(set)
        self._cluster_events: dict[str, set[str]] = defaultdict(set)
        self._article_events: dict[str, list[str]] = defaultdict(list)
        #: repeat_key -> id of the first mention with it (its event via _event_of_mention)
        self._first_of_repeat: dict[tuple, str] = {}
        self.touched: set[str] = set()

    def __len__(self) -> int:
        return len(self._events)

    # -- indexing ---------------------------------------------------------------------
    # An event is indexed under blocking keys for every day of its (widened) interval:
    # country ("C"), day ("D"), coarse events of a country ("Cc"), admin1 ("A"), coarse
    # events of an admin1 ("Ac"), and for precise places the 3 x 3 grid cells around its
    # cell ("G"), so a mention looks up only its own cell. Events with an interval longer
    # than LONG_INTERVAL_DAYS (or no date) go under "L" per country.
    @staticmethod
    def _is_long(profile: _Profile) -> bool:
        return profile.start is None or profile.end - profile.start > 2 * LONG_INTERVAL_DAYS  # type: ignore[operator]

    @staticmethod
    def _cell(lat: float, lon: float) -> tuple[int, int]:
        return int(lat // GRID_DEGREES), int(lon // GRID_DEGREES)

    def _event_keys(self, p: _Profile) -> Iterator[tuple]:
        country = p.country or ""
        if self._is_long(p):
            yield ("L", country)
            yield ("L", "*")
            return
        cell = self._cell(p.lat, p.lon) if p.geo_precision <= 2 and p.lat is not None and p.lon is not None else None
        for day in range(p.start // 2, p.end // 2 + 1):  # type: ignore[operator]
            yield ("C", country, day)
            yield ("D", day)
            if p.geo_precision >= 4:
                yield ("Cc", country, day)
            if p.admin1:
                yield ("A", country, p.admin1, day)
                if p.geo_precision == 3:
                    yield ("Ac", country, p.admin1, day)
            if cell is not None:
                for dx in (-1, 0, 1):
                    for dy in (-1, 0, 1):
                        yield ("G", country, day, cell[0] + dx, cell[1] + dy)
            if p.geo_precision <= 2 and p.place_id:
                yield ("P", day, p.place_id)

    def _mention_keys(self, p: _Profile) -> Iterator[tuple]:
        country = p.country or ""
        yield ("L", country or "*")
        if country:
            yield ("L", "")
        if p.start is None:
            return
        for day in range(p.start // 2, p.end // 2 + 1):
            if p.geo_precision >= 5 or not country:
                yield ("D", day)
            elif p.geo_precision == 4 or (p.geo_precision == 3 and not p.admin1):
                yield ("C", country, day)
                yield ("Cc", "", day)
            elif p.geo_precision == 3:
                yield ("A", country, p.admin1, day)
                yield ("Cc", country, day)
                yield ("Cc", "", day)
            else:
                if p.lat is not None and p.lon is not None:
                    yield ("G", country, day, *self._cell(p.lat, p.lon))
                if p.place_id:
                    yield ("P", day, p.place_id)
                if p.admin1:
                    yield ("Ac", country, p.admin1, day)
                yield ("Cc", country, day)
                yield ("Cc", "", day)

    def _index_event(self, state: _EventState) -> None:
        p = state.profile
        signature = (p.start, p.end, p.country, p.admin1, p.lat, p.lon, p.geo_precision, p.place_id)  # type: ignore[union-attr]
        seen = self._indexed_keys[state.event_id]
        if signature in seen:
            return
        seen.add(signature)
        for key in self._event_keys(p):  # type: ignore[arg-type]
            if key not in seen:
                seen.add(key)
                self._index[key].append(state.event_id)

    def _candidates(self, profile: _Profile) -> list[_EventState]:
        ids: dict[str, None] = {}
        index = self._index
        for key in self._mention_keys(profile):
            bucket = index.get(key)
            if bucket:
                ids.update(dict.fromkeys(bucket))
        return [self._events[i] for i in ids if i in self._events]

    # -- public -----------------------------------------------------------------------
    def load(self, event_id: str, mentions: Iterable[EventMention], articles: dict[str, ArticleInfo]) -> None:
        """Restore a stored event from its mentions (``articles`` by ``article_id``)."""
        state = _EventState(event_id)
        for mention in mentions:
            article = articles.get(mention.article_id) or ArticleInfo(mention.article_id)
            self._articles.setdefault(article.article_id, article)
            state.add(mention, mention_profile(mention, _day(article)), article.cluster_id)
            self._event_of_mention[mention.mention_id] = event_id
            self._first_of_repeat.setdefault(repeat_key(mention), mention.mention_id)
        if not state.mentions:
            return
        self._events[event_id] = state
        for cluster in state.clusters:
            self._cluster_events[cluster].add(event_id)
        self._index_event(state)

    def add(self, mention: EventMention, article: ArticleInfo | None = None) -> str:
        """Assign ``mention`` to an event (existing or new) and return the ``event_id``."""
        if mention.mention_id in self._event_of_mention:
            return self._event_of_mention[mention.mention_id]
        article = article or self._articles.get(mention.article_id) or ArticleInfo(mention.article_id)
        self._articles.setdefault(article.article_id, article)
        # An undated report is matched across articles on the days it most likely tells
        # of (:func:`_interval`), but within its own article or story cluster on its whole
        # week: an undated sentence after the article's dated one ("The army said it had
        # killed twenty assailants") continues that incident, and a copy published days
        # later is the same story.
        own = mention_profile(mention)
        day = _day(article)
        profile = mention_profile(mention, day) if is_undated_report(mention, day) else own
        key = repeat_key(mention)
        state = (
            self._repeat_match(key)
            or self._cluster_match(mention, own, article)
            or self._same_article_match(mention, own)
            or self._same_article_point_match(mention, own)
            or self._best_match(profile)
        )
        if state is None:
            state = _EventState(event_id_for(mention.mention_id))
            self._events[state.event_id] = state
        state.add(mention, profile, article.cluster_id)
        if article.cluster_id:
            self._cluster_events[article.cluster_id].add(state.event_id)
        self._index_event(state)
        self._event_of_mention[mention.mention_id] = state.event_id
        self._first_of_repeat.setdefault(key, mention.mention_id)
        if state.event_id not in self._article_events[mention.article_id]:
            self._article_events[mention.article_id].append(state.event_id)
        self.touched.add(state.event_id)
        return state.event_id

    def _repeat_match(self, key: tuple) -> _EventState | None:
        """The event of an earlier mention of the same article with the same
        :func:`repeat_key` (the same report printed again), if it still exists."""
        first = self._first_of_repeat.get(key)
        event_id = self._event_of_mention.get(first) if first is not None else None
        return self._events.get(event_id) if event_id is not None else None

    def _same_article_match(self, mention: EventMention, profile: _Profile) -> _EventState | None:
        """A mention without a usable place ("JNIM said it carried out the attack") joins
        the one event of the same type and date already coded from its article whose
        sides fit its own (rule 4, :func:`_sides_fit`: "the army said it had killed twenty
        assailants" is not the gunmen's attack on a bus told before it), if there is
        exactly one (with two or more the ordinary rules decide)."""
        if profile.geo_precision <= 2 and (profile.place_id or profile.lat is not None):
            return None
        found = [state for state in self._article_events_like(mention, profile) if _sides_fit(state.profile, profile)]  # type: ignore[arg-type]
        return found[0] if len(found) == 1 else None

    def _article_events_like(self, mention: EventMention, profile: _Profile) -> Iterator[_EventState]:
        """Events already coded from the mention's own article with a shared PLOVER type
        and an overlapping date interval."""
        for event_id in self._article_events.get(mention.article_id, ()):
            state = self._events[event_id]
            p = state.profile
            if not (p.event_types & profile.event_types):  # type: ignore[union-attr]
                continue
            if p.status_class != profile.status_class:  # type: ignore[union-attr]
                continue  # rule 0: a trend statement or a denial is not the article's incident
            if different_statements(p, profile):  # type: ignore[arg-type]
                continue  # rule 4a: another speaker's statement
            if None not in (p.start, profile.start) and (profile.start > p.end or profile.end < p.start):  # type: ignore[union-attr,operator]
                continue
            yield state

    def _same_article_point_match(self, mention: EventMention, profile: _Profile) -> _EventState | None:
        """A mention placed at a point (``geo_precision`` 1) joins the single event of its
        own article with the same PLOVER type, an overlapping date and a point within
        :data:`SAME_PLACE_KM`, when no side names conflicting actors. One article telling
        one incident at one stated point in several sentences ("fighters ambushed a fuel
        convoy" ... "insurgents firing machine guns at vehicles") is one event even when
        the sentences get different ACLED types (Attack / Armed clash) or different
        generic actors; across articles rule 1's ACLED-type agreement still applies."""
        if profile.geo_precision != 1 or profile.lat is None or profile.lon is None:
            return None
        found = []
        for state in self._article_events_like(mention, profile):
            p = state.profile
            if p.geo_precision != 1 or p.lat is None or p.lon is None:  # type: ignore[union-attr]
                continue
            if haversine_km(p.lat, p.lon, profile.lat, profile.lon) > SAME_PLACE_KM:  # type: ignore[union-attr,arg-type]
                continue
            if not (side_match(p.source, profile.source)[0] and side_match(p.target, profile.target)[0]):  # type: ignore[union-attr]
                continue
            found.append(state)
        return found[0] if len(found) == 1 else None

    def _cluster_match(self, mention: EventMention, profile: _Profile, article: ArticleInfo) -> _EventState | None:
        """A near-duplicate's mention joins the cluster event with the same evidence
        sentence, else the cluster event of the same type that matches best."""
        if not article.cluster_id or article.cluster_id == article.article_id:
            return None  # not a near-duplicate of an earlier article
        others = [self._events[e] for e in sorted(self._cluster_events.get(article.cluster_id, ()))]
        if not others:
            return None
        sentence = " ".join(mention.evidence.sentence.split()).lower()
        same_type = [s for s in others if s.profile.event_types & profile.event_types  # type: ignore[union-attr]
                     and s.profile.status_class == profile.status_class]  # type: ignore[union-attr]
        for state in same_type:
            if any(" ".join(m.evidence.sentence.split()).lower() == sentence for m in state.mentions):
                return state
        scored = [(match(s.profile, profile), s) for s in same_type]  # type: ignore[arg-type]
        scored = [(r.score, s) for r, s in scored if r.compatible]
        return max(scored, key=lambda x: x[0])[1] if scored else None

    def _best_match(self, profile: _Profile) -> _EventState | None:
        best, best_score = None, float("-inf")
        for state in self._candidates(profile):
            result = match(state.profile, profile)  # type: ignore[arg-type]
            if result.compatible and result.score > best_score:
                best, best_score = state, result.score
        return best

    def absorb_vague_events(self) -> dict[str, str]:
        """Second pass over the events changed since construction, smallest first: an
        event whose profile now matches another event is merged into it, so the order in
        which reports arrived does not decide ("JNIM ambushed a convoy in the Sikasso
        region", read before any report naming JNIM at Kadiolo, started an event that
        later Kadiolo reports naming JNIM joined). Returns ``{absorbed id: id joined}``."""
        absorbed: dict[str, str] = {}
        for event_id in sorted(self.touched, key=lambda e: (len(self._events[e].mentions), e) if e in self._events else (0, e)):
            state = self._events.get(event_id)
            if state is None:
                continue
            best, best_score = None, float("-inf")
            for other in self._candidates(state.profile):  # type: ignore[arg-type]
                if other.event_id == event_id:
                    continue
                result = match(other.profile, state.profile)  # type: ignore[arg-type]
                if result.compatible and result.score > best_score:
                    best, best_score = other, result.score
            if best is None:
                continue
            for mention in state.mentions:
                article = self._articles.get(mention.article_id)
                best.add(mention, mention_profile(mention, _day(article)), article.cluster_id if article else None)
                self._event_of_mention[mention.mention_id] = best.event_id
            for cluster in state.clusters:
                self._cluster_events[cluster].discard(event_id)
                self._cluster_events[cluster].add(best.event_id)
            for events in self._article_events.values():
                if event_id in events:
                    events[events.index(event_id)] = best.event_id
            del self._events[event_id]
            self._index_event(best)
            self.touched.discard(event_id)
            self.touched.add(best.event_id)
            absorbed[event_id] = best.event_id
        for old, new in list(absorbed.items()):  # follow chains a -> b -> c
            while new in absorbed:
                new = absorbed[new]
            absorbed[old] = new
        return absorbed

    def event_of(self, mention_id: str) -> str | None:
        return self._event_of_mention.get(mention_id)

    def event(self, event_id: str) -> Event:
        """The consolidated :class:`Event` for ``event_id`` (KeyError if unknown)."""
        state = self._events[event_id]
        return summarise(event_id, state.mentions, self._articles)

    def events(self, only_touched: bool = False) -> Iterator[Event]:
        """Consolidated events (all, or only those changed since construction)."""
        ids = sorted(self.touched) if only_touched else list(self._events)
        for event_id in ids:
            yield self.event(event_id)


def consolidate(mentions: Iterable[EventMention], articles: dict[str, ArticleInfo] | None = None) -> list[Event]:
    """Merge ``mentions`` (in the given order) into events.

    ``articles`` maps ``article_id`` to :class:`ArticleInfo` (site, publication time,
    story cluster); missing articles count as their own source. Returns the events in
    order of creation.
    """
    articles = articles or {}
    consolidator = Consolidator()
    for mention in mentions:
        consolidator.add(mention, articles.get(mention.article_id))
    consolidator.absorb_vague_events()
    return list(consolidator.events())


# -- best-supported values -------------------------------------------------------------


def _reporter(mentions: list[EventMention], status: str | None,
              claimed_by: str | None) -> tuple[str | None, str | None]:
    """Who reports an incident: the claimant's (``reported_by``, ``reported_by_code``)
    of a claimed event, else the speaker most mentions of the event's status name,
    ties to the larger summed confidence, then to the first in alphabetical order, so
    the choice does not depend on the order reports arrived in; ``(None, None)`` when
    no mention names one."""
    pool = [m for m in mentions if m.reported_by and m.status == status]
    if status == "claimed" and claimed_by:
        pool = [m for m in pool if m.claimed_by == claimed_by] or pool
    if not pool:
        return None, None
    counts: Counter = Counter()
    weights: Counter = Counter()
    for m in pool:
        pair = (m.reported_by, m.reported_by_code)
        counts[pair] += 1
        weights[pair] += m.confidence
    return min(counts, key=lambda p: (-counts[p], -round(weights[p], 6), p[0] or "", p[1] or ""))


def _best(values: list[tuple[Any, float]]) -> Any:
    """Most frequent non-None value; ties by summed weight, then first seen."""
    return most_supported(values)


def _actor_key(actor: ActorRef) -> str:
    if actor.generic:
        return "generic:" + normalise_name(actor.name) + ":" + (actor.sector or "")
    return actor.actor_id or actor.code or normalise_name(actor.name)


def _best_actors(sides: list[list[ActorRef]]) -> list[ActorRef]:
    """Actors reported by at least half as many mentions as the most reported one on this
    side; a generic actor is dropped when a selected named actor has its sector
    ("gunmen" REB beside JNIM REB)."""
    reported = [side for side in sides if side]
    if not reported:
        return []
    counts: Counter = Counter()
    first: dict[str, ActorRef] = {}
    for side in reported:
        for key in {_actor_key(a) for a in side}:
            counts[key] += 1
        for actor in side:
            first.setdefault(_actor_key(actor), actor)
    top = max(counts.values())
    selected = [k for k in counts if counts[k] * 2 >= top]
    named_sectors = {first[k].sector for k in selected if not first[k].generic}
    return [first[k] for k in selected if not (first[k].generic and first[k].sector and first[k].sector in named_sectors)]


def _count_range(counts: list[Count]) -> tuple[Count | None, list[int]]:
    lows = [c.min for c in counts if c.min is not None]
    highs = [c.max if c.max is not None else c.min for c in counts]
    highs = [h for h in highs if h is not None]
    if not lows and not highs:
        return None, []
    reported = sorted({c.value for c in counts if c.value is not None} | {x for c in counts for x in (c.min, c.max) if x is not None and c.value is None})
    whose = _best([(c.whose, 1.0) for c in counts])
    low = min(lows) if lows else None
    # an open-ended report ("at least 24": max None) leaves the event's upper bound open
    open_ended = any(c.min is not None and c.max is None for c in counts)
    high = None if open_ended else max(highs) if highs else None
    # the vague words behind the lowest bound ("dozens": 24) go with it, so ACLED's
    # figure for the word can still be applied to the event (coding.counts.acled_fatalities)
    vague = next((c.vague for c in counts if c.min is not None and c.min == low), ())
    return Count(low, high, whose, vague), reported


#: Victim nouns read as one victim group (head noun, singular) when tolls are added.
_VICTIM_GROUPS = {
    "soldier": "military", "troop": "military", "serviceman": "military", "servicemen": "military",
    "army": "military", "gendarme": "police", "policeman": "police", "policemen": "police",
    "police": "police", "officer": "police", "civilian": "civilians", "villager": "civilians",
    "resident": "civilians", "attacker": "assailants", "assailant": "assailants", "gunman": "assailants",
    "gunmen": "assailants", "militant": "assailants", "jihadist": "assailants", "terrorist": "assailants",
    "fighter": "assailants", "insurgent": "assailants",
}
#: Words that name no victim group (a total or an unknown mix): their toll is not added.
_NO_GROUP = {"people", "person", "persons", "number", "dead", "death", "body", "bodies", "victim", "casualty", "casualties"}


def victim_group(whose: str | None) -> str | None:
    """The victim group of a reported toll from its ``whose`` words ("Malian soldiers" ->
    "military", "assailants" -> "assailants"), or None when the words name no group."""
    words = (whose or "").lower().split()
    if not words:
        return None
    head = words[-1]
    head = _VICTIM_GROUPS.get(head) or _VICTIM_GROUPS.get(head.rstrip("s")) or head.rstrip("s")
    return None if head in _NO_GROUP or head.rstrip("s") in _NO_GROUP else head


def _event_toll(counts: list[Count]) -> tuple[Count | None, list[int]]:
    """The event's toll from its mentions' tolls: reports of the same victim group are
    one figure, the conservative range among them (ACLED: the lowest figure among
    sources; :func:`_count_range`); tolls of different victim groups ("soldiers killed",
    "assailants killed") are added. When any toll names no group (a total, "an unknown
    number") the groups cannot be told apart and the lowest figure of all is kept.
    Returns (count, disputed figures: those of a group whose reports disagree)."""
    groups: dict[str | None, list[Count]] = defaultdict(list)
    for count in counts:
        groups[victim_group(count.whose)].append(count)
    if len(groups) < 2 or None in groups:
        return _count_range(counts)
    parts = [_count_range(group) for group in groups.values()]
    if any(part is None for part, _ in parts):
        return _count_range(counts)
    lows = [part.min for part, _ in parts if part is not None]
    highs = [part.max for part, _ in parts if part is not None]
    low = sum(x for x in lows if x is not None) if any(x is not None for x in lows) else None
    high = None if any(h is None for h in highs) else sum(highs)  # type: ignore[arg-type]
    whose = " and ".join(part.whose for part, _ in parts if part is not None and part.whose)
    vague = tuple(w for part, _ in parts if part is not None for w in part.vague)
    disputed = sorted({v for _, values in parts if len(values) > 1 for v in values})
    return Count(low, high, whose or None, vague), disputed


def _oriented_sides(mentions: list[EventMention]) -> list[tuple[list[ActorRef], list[ActorRef]]]:
    """Each mention's (source, target) sides as the event has them: a mention whose
    sources are only found on the other mentions' target side (and never on their source
    side) reports the target's response ("the army said it repelled the attack"), so its
    sources join the target side and its targets the source side (PLOVER/ACLED: actor1 is
    the side that attacked; a responder stays on the attacked side)."""
    def keys(actors: list[ActorRef]) -> set[tuple[str | None, str | None]]:
        return {(a.sector, a.country) for a in actors if a.sector}

    out = []
    for i, m in enumerate(mentions):
        others = mentions[:i] + mentions[i + 1:]
        other_src = set().union(*(keys(o.source_actors) for o in others)) if others else set()
        other_tgt = set().union(*(keys(o.target_actors) for o in others)) if others else set()
        mine = keys(m.source_actors)
        if mine and mine <= other_tgt and not mine & other_src and not keys(m.target_actors) & other_tgt:
            out.append((list(m.target_actors), list(m.source_actors)))
        else:
            out.append((list(m.source_actors), list(m.target_actors)))
    return out


def infos_of(mentions: list[EventMention], articles: dict[str, ArticleInfo]) -> list[ArticleInfo]:
    """The :class:`ArticleInfo` of each mention's article (a bare one when unknown)."""
    return [articles.get(m.article_id) or ArticleInfo(m.article_id) for m in mentions]


def _tolls_by_source(mentions: list[EventMention], infos: list[ArticleInfo]) -> list[list[str]]:
    """Who reported which toll, for an event whose reports disagree: sorted distinct
    ``[toll, victims, source]`` triples, the toll as ``store.queries.count_text`` writes
    it ("4", "at least 20"), the victims as reported ("soldiers"), the source the
    claimant of a claim, else the speaker the report cites, else the article's site
    (``[["11", "soldiers", "JNIM"], ["4", "soldiers", "The Malian Armed Forces"]]``). A
    claimant's toll and the other side's toll of one attack are competing claims: the
    event's range spans them (:func:`_event_toll`), and this says whose each figure is."""
    from crisisdesk.store.queries import count_text

    rows = set()
    for m, info in zip(mentions, infos):
        if m.fatalities is None or (m.fatalities.min is None and m.fatalities.max is None):
            continue
        source = (m.claimed_by if m.status == "claimed" and m.claimed_by else None) or m.reported_by or info.source_key
        rows.add((count_text(m.fatalities.min, m.fatalities.max), m.fatalities.whose or "", source))
    return [list(row) for row in sorted(rows)]


def summarise(event_id: str, mentions: list[EventMention], articles: dict[str, ArticleInfo]) -> Event:
    """Build the consolidated :class:`Event` with best-supported values (see module
    docstring) from its ``mentions`` and their ``articles``."""
    weighted = [(m, m.confidence or 0.0) for m in mentions]

    def best(attr: str) -> Any:
        return _best([(getattr(m, attr), w) for m, w in weighted])

    event_type = best("event_type")
    typed = [m for m in mentions if m.event_type == event_type]
    cameo = _best([(m.cameo_code, m.confidence) for m in typed])
    cameo_mention = next((m for m in typed if m.cameo_code == cameo), typed[0])

    located = [m for m in mentions if m.place is not None]
    place = None
    if located:
        top = min(m.place.geo_precision or 4 for m in located)  # type: ignore[union-attr]
        precise = [m for m in located if (m.place.geo_precision or 4) == top]  # type: ignore[union-attr]
        key = _best([((m.place.geonames_id, m.place.name), m.confidence) for m in precise])  # type: ignore[union-attr]
        place = next(m.place for m in precise if (m.place.geonames_id, m.place.name) == key)  # type: ignore[union-attr]

    dated = [m for m in mentions if m.event_date is not None]
    event_date = date_end = time_precision = None
    if dated:
        top_rank = min(PRECISION_RANK.get(m.time_precision or "day", 1) for m in dated)
        precise_dates = [m for m in dated if PRECISION_RANK.get(m.time_precision or "day", 1) == top_rank]
        key = _best([((m.event_date, m.date_end, m.time_precision), m.confidence) for m in precise_dates])
        event_date, date_end, time_precision = key

    acled_event_type, acled_sub_event_type = incident_acled_types(
        [(m.acled_event_type, m.acled_sub_event_type, w) for m, w in weighted])

    statuses = [m.status for m in mentions]
    status = next((s for s in _STATUS_PRIORITY if s in statuses), None) or best("status")
    claimed_by = _best([(m.claimed_by, m.confidence) for m in mentions if m.status == "claimed"])
    reported_by, reported_by_code = _reporter(mentions, status, claimed_by)

    fatalities, fatal_values = _event_toll([m.fatalities for m in mentions if m.fatalities])
    injured, injured_values = _event_toll([m.injured for m in mentions if m.injured])
    sides = _oriented_sides(mentions)

    disagreements: dict[str, list[Any]] = {}
    if len(fatal_values) > 1:
        disagreements["fatalities"] = fatal_values
        disagreements["fatalities_by_source"] = _tolls_by_source(mentions, infos_of(mentions, articles))
    if len(injured_values) > 1:
        disagreements["injured"] = injured_values
    for name, values in (
        ("event_type", {m.event_type for m in mentions}),
        ("acled_event_type", {m.acled_event_type for m in mentions if m.acled_event_type}),
        ("acled_sub_event_type", {m.acled_sub_event_type for m in mentions if m.acled_sub_event_type}),
        ("status", set(statuses)),
        ("event_date", {m.event_date.isoformat() for m in dated if m.time_precision in (None, "day")}),
        ("place", {m.place.name for m in located if place and m.place.geo_precision == place.geo_precision}),  # type: ignore[union-attr]
    ):
        if len(values) > 1:
            disagreements[name] = sorted(values)

    infos = infos_of(mentions, articles)
    published = [a.published_at for a in infos if a.published_at is not None]
    return Event(
        event_id=event_id,
        event_type=event_type,
        mentions=list(mentions),
        num_mentions=len(mentions),
        num_articles=len({m.article_id for m in mentions}),
        num_sources=len({a.source_key for a in infos}),
        first_reported_at=min(published) if published else None,
        disagreements=disagreements,
        mode=_best([(m.mode, m.confidence) for m in typed]),
        contexts=tuple(sorted({c for m in typed for c in m.contexts})),
        cameo_code=cameo,
        quad_class=cameo_mention.quad_class,
        goldstein=cameo_mention.goldstein,
        acled_event_type=acled_event_type,
        acled_sub_event_type=acled_sub_event_type,
        source_actors=_best_actors([src for src, _ in sides]),
        target_actors=_best_actors([tgt for _, tgt in sides]),
        place=place,
        event_date=event_date,
        date_end=date_end,
        time_precision=time_precision,
        status=status,
        claimed_by=claimed_by,
        fatalities=fatalities,
        injured=injured,
        reported_by=reported_by,
        reported_by_code=reported_by_code,
    )
