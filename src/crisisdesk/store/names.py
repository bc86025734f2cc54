"""Matching of place and country names typed by users against stored values, the same
way for every command (``events``, ``export``, ``report``, ``situation``).

Names are compared *folded*: Unicode NFKD with combining marks removed, case-folded,
whitespace collapsed, so ``Segou``, ``SÉGOU`` and ``Ségou`` are one region. Stored
spellings are looked up first and the query then filters on them exactly, which works
on SQLite and PostgreSQL alike (no SQL accent function needed).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select, union

from crisisdesk.store.models import EventMentionRow, EventRow
from crisisdesk.text import fold


def fold_name(text: str) -> str:
    """``"  Ségou "`` -> ``"segou"``: accents removed (NFKD, combining marks dropped),
    case-folded, apostrophes written ``'``, inner whitespace collapsed to one space;
    hyphens kept (:func:`crisisdesk.text.fold`)."""
    return fold(text)


def stored_admin1_values(executor: Engine | Any) -> list[str]:
    """Distinct non-empty admin1 names of ``events`` and ``event_mentions``, sorted.
    ``executor``: an Engine, a Connection or a Session."""
    stmt = union(select(EventRow.admin1).where(EventRow.admin1.is_not(None)),
                 select(EventMentionRow.admin1).where(EventMentionRow.admin1.is_not(None)))
    if isinstance(executor, Engine):
        with executor.connect() as conn:
            return sorted(v for (v,) in conn.execute(stmt) if v)
    return sorted(v for (v,) in executor.execute(stmt) if v)


def matching_names(value: str, stored: list[str]) -> tuple[str, ...]:
    """The stored spellings that equal ``value`` once folded; when none does, those
    that contain it folded (``"tombouct"`` -> ``"Tombouctou"``). Empty when nothing matches."""
    wanted = fold_name(value)
    exact = tuple(s for s in stored if fold_name(s) == wanted)
    if exact or not wanted:
        return exact
    return tuple(s for s in stored if wanted in fold_name(s))


def country_alpha3(value: str) -> str:
    """ISO 3166-1 alpha-3 for an alpha-3 or alpha-2 code or an English country name,
    any case and with or without accents (``mli``, ``Mali``, ``cote d'ivoire`` ->
    ``CIV``), from pycountry's ISO 3166-1 table. Raises ValueError naming the value."""
    import pycountry

    text = value.strip()
    try:
        return pycountry.countries.lookup(text).alpha_3
    except LookupError:
        pass
    wanted = fold_name(text)
    for country in pycountry.countries:
        names = (country.name, getattr(country, "official_name", None), getattr(country, "common_name", None))
        if any(n and fold_name(n) == wanted for n in names):
            return country.alpha_3
    raise ValueError(f"unknown country {value!r}: give an ISO 3166-1 code (MLI) or a name (Mali)")
