"""Loading the spaCy pipeline, adding paragraph breaks as sentence boundaries and the
gazetteer EntityRuler before its NER.

Paragraph breaks: ``Article.text`` joins paragraphs with a blank line
(``extract.article.PARAGRAPH_SEPARATOR``) and the parser of the small English model
runs a heading into the next paragraph's first sentence ("Mapping the Siege\n\nJNIM
fighters attacked…") and ends a paragraph's last sentence with the blank line, so event
evidence quoted a heading or ended in "\n\n". :func:`mark_paragraph_breaks`, placed
before the parser, makes every whitespace token holding a blank line a sentence of its
own: no sentence, hence no evidence, spans a paragraph break, and sentence offsets stay
offsets into ``Article.text``.

The small English model tags Mali as a person, Bamako as an organisation and the Sahel
as a person on the reference article; an ``entity_ruler`` placed before ``ner`` with
gazetteer and actor-dictionary patterns fixes those labels (the statistical NER keeps
the ruler's entities and labels the rest), at no measurable speed cost.
"""

from __future__ import annotations

import spacy
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from crisisdesk.annotate.actors import ActorDictionary
from crisisdesk.annotate.gazetteer import Gazetteer, _is_latin, regions_data

RULER_NAME = "crisisdesk_gazetteer_ruler"
PARAGRAPH_BREAKS_NAME = "crisisdesk_paragraph_breaks"
#: Towns outside the ruler countries become patterns only from this population up.
WORLD_CITY_POPULATION = 100_000
_MONTHS_DAYS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                "Saturday", "Sunday", "Western", "Eastern", "Northern", "Southern", "Central", "North",
                "South", "East", "West", "Centre", "Center", "Est", "Nord", "Sud", "Ouest", "Mission",
                "Union", "Corps", "Police", "Army", "Security", "Independence", "Progress", "Liberty",
                "Victory", "Republic", "Unity", "Peace", "Hope", "Plateau", "Lakes", "Coast"}


class ModelNotInstalled(RuntimeError):
    """The spaCy pipeline named by CRISISDESK_SPACY_MODEL is not installed."""


def load_spacy(model: str) -> Language:
    """``spacy.load(model)``; raises :class:`ModelNotInstalled` with the install hint."""
    try:
        return spacy.load(model)
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy pipeline {model!r} is not installed: install it (README 'Annotation: models') "
            f"or set CRISISDESK_SPACY_MODEL to an installed pipeline ({exc})") from exc


def mark_paragraph_breaks(doc: Doc) -> Doc:
    """Make each whitespace token holding a blank line (two or more line breaks) a
    sentence of its own: it and the token after it start sentences. Single line breaks
    (wrapped lines inside a paragraph) are left to the parser. Words joined by a slash
    ("JNIM/ISSP") are kept in one sentence. Returns ``doc``; call it
    before the parser, or after a rule-based sentencizer."""
    last = len(doc) - 1
    for token in doc:
        if token.is_space and token.text.count("\n") >= 2:
            if token.i > 0:
                token.is_sent_start = True
            if token.i < last:
                doc[token.i + 1].is_sent_start = True
        elif token.text == "/" and 0 < token.i < last and not token.whitespace_ and not doc[token.i - 1].whitespace_ \
                and doc[token.i - 1].is_alpha and doc[token.i + 1].is_alpha:
            # "JNIM/ISSP fighters": a slash between two words joins them; the parser
            # sometimes started a sentence at the second name
            token.is_sent_start = False
            doc[token.i + 1].is_sent_start = False
    return doc


if not Language.has_factory(PARAGRAPH_BREAKS_NAME):
    Language.component(PARAGRAPH_BREAKS_NAME, func=mark_paragraph_breaks)


def add_paragraph_breaks(nlp: Language) -> None:
    """Add :func:`mark_paragraph_breaks` as :data:`PARAGRAPH_BREAKS_NAME` before the
    pipeline's ``parser`` (or ``senter``), else first."""
    if PARAGRAPH_BREAKS_NAME in nlp.pipe_names:
        return
    for name in ("parser", "senter"):
        if name in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPH_BREAKS_NAME, before=name)
            return
    nlp.add_pipe(PARAGRAPH_BREAKS_NAME, first=True)


def add_gazetteer_ruler(nlp: Language, gazetteer: Gazetteer, actors: ActorDictionary,
                        ruler_countries: frozenset[str] | None = None) -> None:
    """Add an ``entity_ruler`` named :data:`RULER_NAME` before ``ner`` (or last when the
    pipeline has no NER) with phrase patterns: countries and demonyms, named regions,
    admin1 names and towns of ``ruler_countries`` (default ``data/regions.yaml``), world
    cities of 100,000+ people, and named actors (ORG). Case-sensitive (ORTH) matching.
    """
    countries = ruler_countries if ruler_countries is not None else gazetteer.ruler_countries
    patterns: dict[tuple[str, str], None] = {}

    def add(label: str, name: str) -> None:
        name = name.strip()
        if len(name) < 3 or not _is_latin(name) or name in _MONTHS_DAYS:
            return
        if " " not in name and (name.lower() in STOP_WORDS or name.lower() in actors.sector_words):
            return
        if not name[0].isupper():
            return
        patterns[(label, name)] = None

    for actor in actors.actors.values():
        for names in actor.aliases.values():
            for name in names:
                add({"identity group": "NORP", "person": "PERSON"}.get(actor.actor_type, "ORG"), name)
    for name in actors.demonyms:
        add("NORP", name)
    for name in actors.state_names:
        add("GPE", name)
    for item in regions_data()["regions"]:
        for name in (item["name"], *item["aliases"]):
            add("LOC", name[4:] if name.startswith("the ") else name)
    for admins in gazetteer.admin1_by_name.values():
        for a in admins:
            if a.country in countries:
                add("GPE", a.name)
    for alpha3 in countries:
        for entry in gazetteer.entries_in(alpha3):
            add("GPE", entry.name)
            for name in entry.names:
                add("GPE", name)
    for entries in gazetteer.entries_by_name.values():
        for entry in entries:
            if entry.population >= WORLD_CITY_POPULATION:
                add("GPE", entry.name)
    before = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, config={"phrase_matcher_attr": "ORTH"}, **before)
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns([{"label": label, "pattern": name} for label, name in patterns])
