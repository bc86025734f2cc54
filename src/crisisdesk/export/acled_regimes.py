"""ACLED's regime years in the names of state actors.

ACLED names a state's government, military and police with the years of the regime in
power on the event's day, so that forces of successive regimes are different actors:
"Military Forces of Mali (2013-2020)" under President Keïta, "(2020-2021)" under the
transition after the August 2020 coup, "(2021-)" since the May 2021 coup; "Military
Forces of France (2017-)" since President Macron took office. Source: ACLED Codebook,
actor names (state forces "are named by the regime in power"), and the actor names of
ACLED's public data. Only countries whose periods are listed here get years; others keep
the bare name rather than a guessed period.
"""

from __future__ import annotations

import re
from datetime import date

#: country name as in ACLED actor names -> [(first day, day after the last, years label)]
#: (facts: inauguration and coup dates; the label is ACLED's).
REGIMES: dict[str, list[tuple[date, date | None, str]]] = {
    "Mali": [
        (date(2013, 9, 4), date(2020, 8, 18), "2013-2020"),   # Ibrahim Boubacar Keïta
        (date(2020, 8, 18), date(2021, 5, 24), "2020-2021"),  # transition after the 2020 coup
        (date(2021, 5, 24), None, "2021-"),                   # Assimi Goïta after the 2021 coup
    ],
    # Facts: inauguration and coup dates; labels as in ACLED's public data ("Military
    # Forces of Nigeria (2023-)", "Military Forces of Burkina Faso (2015-)" before the
    # January 2022 coup and "(2022-)" after it, "Military Forces of Sudan (2019-)").
    "Nigeria": [
        (date(2015, 5, 29), date(2023, 5, 29), "2015-2023"),  # Muhammadu Buhari
        (date(2023, 5, 29), None, "2023-"),                   # Bola Tinubu
    ],
    "Burkina Faso": [
        (date(2015, 12, 29), date(2022, 1, 24), "2015-2022"),  # Roch Marc Christian Kaboré
        (date(2022, 1, 24), None, "2022-"),                    # the juntas since the January 2022 coup
    ],
    "Sudan": [
        (date(2019, 4, 11), None, "2019-"),  # the military since Omar al-Bashir's removal
    ],
    "France": [
        (date(2012, 5, 15), date(2017, 5, 14), "2012-2017"),  # François Hollande
        (date(2017, 5, 14), None, "2017-"),                   # Emmanuel Macron
    ],
}

_STATE_ACTOR = re.compile(r"^(?P<head>(?:Military|Police) Forces of|Government of) (?P<country>[A-Z][\w' -]*?)"
                          r"(?P<tail>(?: [A-Z]\w+)*)$")


def regime_years(country: str, day: date | None) -> str | None:
    """ACLED's years label of ``country``'s regime on ``day`` ("2013-2020", "2021-"), or
    None when the day is unknown or the country's periods are not in :data:`REGIMES`."""
    if day is None:
        return None
    for start, end, label in REGIMES.get(country, ()):
        if start <= day and (end is None or day < end):
            return label
    return None


def with_regime_years(name: str, day: date | None) -> str:
    """``name`` with the regime years ACLED writes after the country of a state actor:
    "Military Forces of Mali" on 2019-03-03 -> "Military Forces of Mali (2013-2020)";
    "Police Forces of Mali Gendarmerie" -> "Police Forces of Mali (2021-) Gendarmerie" in
    2025. Other names, unknown days and unlisted countries are returned as given."""
    match = _STATE_ACTOR.match(name)
    if not match:
        return name
    named = match.group("country") + match.group("tail")
    for country in REGIMES:
        rest = named[len(country):]
        if not named.startswith(country) or rest[:1] not in ("", " "):
            continue
        years = regime_years(country, day)
        return name if years is None else f"{match.group('head')} {country} ({years}){rest}"
    return name
