"""Matching coded actors (:class:`~crisisdesk.records.ActorRef`) against reference actors.

Three reference vocabularies are matched here, each with its own documented rule:

- **gold actor specs** (``shared/data/gold/README.md``): an ISO 3166-1 alpha-3 code for
  a state, a canonical group name, ``generic:<words>`` for an unnamed actor, or
  ``unknown`` when the text names none (:func:`matches_gold_spec`);
- **ACLED actor names** (ACLED codebook, ``actor1``/``actor2``), e.g. ``Military Forces
  of Mali (2013-2020)``, ``Civilians (Mali)``, ``JNIM: Group for Support of Islam and
  Muslims`` (:func:`parse_acled_actor`, :func:`matches_acled_actor`);
- **PLOVER actor codes** (PLOVER gold standard records): a country alpha-3 code, ``IGO``,
  or another group code, with an optional sector (:func:`matches_plover_code`).

Text comparisons are case-insensitive, accent-insensitive and whitespace-normalised
(:func:`normalise`); fuzzy name comparison uses rapidfuzz ``token_sort_ratio``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import pycountry
from rapidfuzz import fuzz

from crisisdesk.export.countries import ACLED_COUNTRY_CODES
from crisisdesk.records import ActorRef
from crisisdesk.text import fold

#: rapidfuzz ``token_sort_ratio`` (0-100) at or above which two actor names are the same.
FUZZY_NAME_THRESHOLD = 88

#: Words that name an actor the text does not identify.
UNKNOWN_ACTOR_WORDS = frozenset({"unknown", "unidentified", "unnamed", "gunmen", "assailants", "attackers"})


def normalise(text: str | None) -> str:
    """Casefold, strip accents, turn punctuation (all but ``/``) into spaces, collapse
    whitespace (:func:`crisisdesk.text.fold` with ``punctuation_as_spaces``)."""
    return fold(text, punctuation_as_spaces=True)


def normalise_space(text: str | None) -> str:
    """Casefold and collapse whitespace only (for evidence text containment)."""
    return " ".join((text or "").casefold().split())


def admin1_key(name: str | None) -> str:
    """Comparable form of an admin1 name: :func:`normalise` without a trailing
    ``region``/``province``/``state``/``district`` (``Ségou Region`` = ``Segou``)."""
    key = normalise(name)
    for suffix in (" region", " province", " state", " district"):
        key = key.removesuffix(suffix)
    return key


def evidence_contains(evidence: str, needle: str) -> bool:
    """True when ``needle`` occurs in ``evidence`` (case-insensitive, whitespace-normalised;
    gold README rule for ``evidence_contains``)."""
    return normalise_space(needle) in normalise_space(evidence)


def singular(word: str) -> str:
    """A crude English singular for matching head nouns (``convoys`` -> ``convoy``)."""
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def words(text: str | None) -> list[str]:
    """Normalised, singularised words of ``text``."""
    return [singular(w) for w in normalise(text).split()]


@lru_cache(maxsize=4096)
def country_alpha3(name_or_code: str) -> str | None:
    """ISO 3166-1 alpha-3 code for a country name or code (pycountry lookup, then ACLED's
    country names: :data:`crisisdesk.export.countries.ACLED_COUNTRY_NAMES`), else None."""
    text = name_or_code.strip()
    if not text:
        return None
    try:
        return pycountry.countries.lookup(text).alpha_3
    except LookupError:
        pass
    # ACLED's own country names ("Democratic Republic of Congo", "Ivory Coast"), also
    # after "the" in state actor names ("Military Forces of the Central African Republic")
    bare = text.removeprefix("the ").removeprefix("The ")
    if bare != text:
        return country_alpha3(bare)
    return ACLED_COUNTRY_CODES.get(text.lower())


def is_alpha3(code: str) -> bool:
    """True for an assigned ISO 3166-1 alpha-3 country code (``FRA``)."""
    return len(code) == 3 and code.isupper() and pycountry.countries.get(alpha_3=code) is not None


def actor_country_code(actor: ActorRef) -> str | None:
    """The state an actor belongs to as a state actor: the alpha-3 prefix of a CAMEO-style
    code (``FRAGOV`` -> ``FRA``), else a name that is a country name (``France``), else
    ``None``. A group with its own code (``JNIM``) is not a state even when its
    ``country`` field is set."""
    code = actor.code or ""
    if len(code) >= 3 and is_alpha3(code[:3]):
        return code[:3]
    if not code and not actor.generic:
        named = country_alpha3(actor.name)
        if named:
            return named
        if actor.country and (actor.actor_type or "").lower() in {"state", "state forces", "government"}:
            return actor.country
    return None


def actor_sector(actor: ActorRef) -> str | None:
    """The actor's sector: its ``sector`` field, else the 3 letters after a country prefix
    in its code (``MLIMIL`` -> ``MIL``)."""
    if actor.sector:
        return actor.sector.upper()
    code = actor.code or ""
    if len(code) >= 6 and is_alpha3(code[:3]):
        return code[3:6]
    return None


def _names(actor: ActorRef) -> list[str]:
    """Names to compare: the display name, dictionary id, code and the entry's ACLED
    name ("Dozo Communal Militia ({country})" without the per-country part)."""
    acled = (actor.acled_name or "").replace("({country})", "").strip()
    return [n for n in (actor.name, actor.actor_id, actor.code, acled) if n]


def names_match(a: str, b: str, *, containment: bool = True) -> bool:
    """Same actor name: normalised equality, whole-word containment of a multi-word or
    long (5+ letters) name in the other (``containment``; "Wagner" in "the Wagner
    Group"), or rapidfuzz ``token_sort_ratio`` >= :data:`FUZZY_NAME_THRESHOLD`."""
    na, nb = normalise(a), normalise(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    shorter, longer = sorted((na, nb), key=len)
    if containment and (" " in shorter or len(shorter) >= 5) and re.search(rf"\b{re.escape(shorter)}\b", longer):
        return True
    return fuzz.token_sort_ratio(na, nb) >= FUZZY_NAME_THRESHOLD


def is_unknown_actor(actor: ActorRef) -> bool:
    """True for an actor whose name says the text does not identify it."""
    return bool(set(normalise(actor.name).split()) & UNKNOWN_ACTOR_WORDS)


class ActorAliases:
    """Names that denote the same actor, from an actor dictionary.

    Built from entries ``(actor_id, code, names)``; :meth:`expand` returns, for a
    reference name (a gold spec, an ACLED actor name), every name, id and code of the
    dictionary entries that name matches (:func:`names_match`), so that "Islamic State
    (Greater Sahara)" also matches a coded actor named "ISGS" when the dictionary lists
    both for one actor. State codes (alpha-3) are never expanded: a state is matched by
    its code.
    """

    def __init__(self, entries: Iterable[tuple[str, str | None, Iterable[str]]] = ()) -> None:
        self._entries = [
            (actor_id, code, tuple(dict.fromkeys(n for n in (actor_id, code, *names) if n)))
            for actor_id, code, names in entries
        ]
        self._cache: dict[str, frozenset[str]] = {}

    def expand(self, name: str) -> frozenset[str]:
        """All names of the entries ``name`` denotes, ``name`` itself included."""
        if name not in self._cache:
            found = {name}
            for _actor_id, _code, names in self._entries:
                if any(names_match(name, n) for n in names):
                    found.update(names)
            self._cache[name] = frozenset(found)
        return self._cache[name]

    def get(self, name: str, default=()):  # Mapping-style access used by the matchers
        return self.expand(name)

    @classmethod
    def from_actor_dictionary(cls) -> "ActorAliases":
        """Aliases from the annotation stage's actor dictionary (``data/actors.yaml``,
        every language); empty when the annotation stage is not installed."""
        try:
            from crisisdesk.annotate.actors import ActorDictionary
        except ImportError:
            return cls()
        dictionary = ActorDictionary.load()
        return cls(
            (a.actor_id, a.code, [a.name, *(n for names in (a.aliases or {}).values() for n in names),
                                  *(n for names in (a.dated_aliases or {}).values() for n in names)])
            for a in dictionary.actors.values()
        )


# ---------------------------------------------------------------------------- gold specs


def matches_gold_spec(actor: ActorRef, spec: str, aliases: Mapping[str, Iterable[str]] | None = None) -> bool:
    """Does the coded ``actor`` match one gold actor ``spec``?

    - ``XXX`` (ISO alpha-3): the actor's state (:func:`actor_country_code`) is ``XXX``;
    - ``generic:<words>``: the head noun (last word, singular) of ``<words>`` is among the
      actor's name words (``generic:fuel convoy`` matches "a fuel convoy", "the convoys");
    - ``unknown``: the actor's name says it is unidentified (see
      :func:`matches_gold_side` for an empty side);
    - anything else is a canonical name: matched by :func:`names_match` against the
      actor's name, id and code, and against ``aliases[spec]`` when given.
    """
    if spec == "unknown":
        return is_unknown_actor(actor)
    if spec.startswith("generic:"):
        spec_words = words(spec.split(":", 1)[1])
        return bool(spec_words) and spec_words[-1] in words(actor.name)
    if is_alpha3(spec):
        return actor_country_code(actor) == spec
    candidates = [spec, *(aliases or {}).get(spec, ())]
    # a generic actor ("the group") is never a named one by containing one of its words
    return any(names_match(c, n, containment=not actor.generic) for c in candidates for n in _names(actor))


def matches_gold_side(actors: Sequence[ActorRef], specs: Sequence[str], aliases=None) -> bool:
    """Does one side (source or target) of a coded event match the gold's accepted actors?

    True when any coded actor matches any spec, or when the gold accepts ``unknown`` and
    the coded side is empty (the text names no actor and the coder named none).
    """
    if not specs:
        return False
    if "unknown" in specs and not actors:
        return True
    return any(matches_gold_spec(a, s, aliases) for a in actors for s in specs)


# ---------------------------------------------------------------------------- ACLED actors

_PERIOD = re.compile(r"\s*\((?:\d{4})?-(?:\d{4})?\)\s*")
_TRAILING_COUNTRY = re.compile(r"^(?P<body>.*?)\s*\((?P<country>[^()]+)\)$")
_STATE_FORCES = {
    "military forces of": ("MIL",),
    "police forces of": ("COP", "MIL"),
    "government of": ("GOV",),
}
_POPULATION = {
    "civilians": (("CVL",), ("civilian", "villager", "resident", "people", "inhabitant")),
    "protesters": (("CVL", "OPP"), ("protester", "demonstrator", "protestor")),
    "rioters": (("CVL", "OPP"), ("rioter", "protester", "demonstrator", "youth")),
}


@dataclass(frozen=True)
class AcledActor:
    """An ACLED actor name taken apart: ``names`` to compare, the state ``country``
    (alpha-3) and accepted ``sectors`` for state forces and populations, ``keywords``
    any of which in a coded name identifies it (ethnic and communal militias,
    civilians), ``unknown`` for ``Unidentified ...`` actors."""

    raw: str
    names: tuple[str, ...] = ()
    country: str | None = None
    sectors: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    unknown: bool = False
    code: str | None = field(default=None)


@lru_cache(maxsize=4096)
def parse_acled_actor(raw: str) -> AcledActor:
    """Take an ACLED ``actor1``/``actor2`` string apart (naming conventions of the ACLED
    codebook): ``ABBR: Full Name`` gives two names; ``(2013-2020)`` periods are dropped;
    a trailing ``(Country)`` gives the country; ``Military Forces of C`` / ``Police
    Forces of C`` / ``Government of C`` give state sectors MIL / COP (or MIL) / GOV;
    ``Civilians``, ``Protesters``, ``Rioters`` give population sectors; ``X Ethnic
    Militia``, ``X Communal Militia``, ``X Clan Militia`` give keyword ``X``;
    ``Unidentified ...`` is an unknown actor; ``A and/or B`` gives both names."""
    text = raw.strip()
    names: list[str] = []
    country = None
    sectors: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    body = _PERIOD.sub(" ", text).strip()
    m = _TRAILING_COUNTRY.match(body)
    if m and (country_alpha3(m.group("country")) or m.group("country") == "International"):
        body = m.group("body").strip()
        country = country_alpha3(m.group("country"))
    for part in re.split(r"\s+and/or\s+", body):
        if ":" in part:
            abbr, full = part.split(":", 1)
            names += [abbr.strip(), full.strip()]
        else:
            names.append(part.strip())
    lowered = body.lower()
    for prefix, secs in _STATE_FORCES.items():
        if lowered.startswith(prefix):
            rest = body[len(prefix):].strip()
            words_ = rest.split()
            for i in range(len(words_), 0, -1):
                found = country_alpha3(" ".join(words_[:i]))
                if found:
                    country, sectors = found, secs
                    extra = " ".join(words_[i:])
                    names = [f"{body[:len(prefix)]} {' '.join(words_[:i])}"] + ([extra] if extra else [])
                    break
    if lowered in _POPULATION:
        sectors, keywords = _POPULATION[lowered]
    militia = re.match(r"^(?P<who>.+?)\s+(?:ethnic|communal|clan)\s+militia$", lowered)
    if militia and not lowered.startswith("unidentified"):
        keywords = (militia.group("who"),)
    code = None
    if any(n.upper() in {"MINUSMA", "UN", "AU", "ECOWAS", "EU", "G5"} for n in names):
        sectors = ("IGO",)
        code = "IGO"
    return AcledActor(
        raw=raw,
        names=tuple(dict.fromkeys(n for n in names if n)),
        country=country,
        sectors=sectors,
        keywords=keywords,
        unknown=lowered.startswith("unidentified"),
        code=code,
    )


def matches_acled_actor(actor: ActorRef, acled: AcledActor, aliases=None) -> bool:
    """Does a coded actor match a parsed ACLED actor?

    True when any of: a name of ``acled`` matches the coded name, id or code
    (:func:`names_match`, and ``aliases`` of that name when given); or, unless the coded
    actor belongs to another state than the ACLED actor's country: the coded actor is
    the same state or population (country and sector both agree, where ACLED gives a
    country; sector alone for ``Civilians (International)``-style actors); a keyword of
    ``acled`` is a word of the coded name (``Fulani`` in "Fulani militiamen"); or both
    are unidentified actors.
    """
    coded_names = _names(actor)
    for name in acled.names:
        candidates = [name, *(aliases or {}).get(name, ())]
        if any(names_match(c, n, containment=not actor.generic) for c in candidates for n in coded_names):
            return True
    state = actor_country_code(actor) or actor.country
    if acled.country and state and state != acled.country:
        return False  # civilians of another country, another state's forces
    if acled.sectors:
        sector = actor_sector(actor)
        if sector in acled.sectors and (acled.country is None or state == acled.country):
            return True
    if acled.keywords:
        coded_words = set(words(actor.name))
        if any(set(words(k)) <= coded_words for k in acled.keywords):
            return True
    if acled.unknown and is_unknown_actor(actor):
        return True
    return False


def acled_name_key(name: str | None) -> str:
    """Comparable form of an ACLED actor name: without the regime years ACLED gives
    state forces ("Military Forces of Mali (2013-2020)" = "Military Forces of Mali"),
    :func:`normalise`-d."""
    return normalise(_PERIOD.sub(" ", name or ""))


def matches_acled_side(actors: Sequence[ActorRef], acled_raw: str, aliases=None, exported: Iterable[str] = ()) -> bool:
    """Does any coded actor on one side match the ACLED actor ``acled_raw``? An empty
    coded side matches an ``Unidentified ...`` ACLED actor (nobody named on either side).

    ``exported``: the ACLED names our ACLED export writes for that side
    (:func:`crisisdesk.export.acled.acled_sides`: "villagers" in a Mali event is
    "Civilians (Mali)", "gunmen" "Unidentified Armed Group (Mali)", "Dogon civilians"
    harmed "Civilians (Mali)" with "Dogon Ethnic Group (Mali)"); one equal to
    ``acled_raw`` but for regime years (:func:`acled_name_key`) is a match: the system
    would write the very name ACLED wrote."""
    acled = parse_acled_actor(acled_raw)
    if acled.unknown and not actors:
        return True
    key = acled_name_key(acled_raw)
    if any(acled_name_key(name) == key for name in exported):
        return True
    return any(matches_acled_actor(a, acled, aliases) for a in actors)


# ---------------------------------------------------------------------------- PLOVER codes


def matches_plover_code(actor: ActorRef, code: str) -> bool:
    """Does a coded actor carry the PLOVER gold ``code``?

    - a country alpha-3 code (``USA``; also the non-ISO codes the records use, such as
      ``ITL``): the coded code starts with it, or the coded ``country`` is it;
    - ``IGO``: the coded code starts with ``IGO`` or the sector / actor type is IGO;
    - any other code (ethnic ISO 639-2 codes, group codes): the coded code starts with
      it, or its country is it.
    """
    code = code.strip().upper()
    if not code:
        return False
    coded = (actor.code or "").upper()
    if coded.startswith(code):
        return True
    if code == "IGO":
        return (actor.sector or "").upper() == "IGO" or "igo" in (actor.actor_type or "").lower()
    return (actor.country or "").upper() == code


def matches_plover_sector(actor: ActorRef, sector: str) -> bool:
    """Does the coded actor's sector (:func:`actor_sector`) equal the PLOVER gold sector?"""
    return (actor_sector(actor) or "") == sector.strip().upper()[:3]
