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

French articles (``Article.language`` "fr") are parsed by a French pipeline
(``fr_core_news_sm`` by default) given the same components
(:func:`prepare_pipeline`). Its NER labels are those of the WikiNER corpus it was trained
on (PER, LOC, ORG, MISC: spaCy's model card), not OntoNotes' (PERSON, GPE, NORP, ...)
which the rest of the code reads; :data:`ENTITY_LABEL_MAP` maps them in one place, by a
component right after ``ner``.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from crisisdesk.annotate.actors import ActorDictionary
from crisisdesk.annotate.gazetteer import Gazetteer, _is_latin, regions_data
from crisisdesk.wordlists import read_words

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
#: The same for French text: French month and weekday names (capitalised at a sentence
#: start or in a dateline: "Mars" is also a town name elsewhere) and compass and common
#: words that name places in GeoNames ("Centre", "Nord", "Est", "Sud", "Ouest").
_MONTHS_DAYS_FR = _MONTHS_DAYS | {
    "Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre", "Novembre",
    "Décembre", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche", "Mission", "Armée",
    "Forces", "Paix", "Union", "République", "Liberté", "Espoir", "Unité", "Progrès", "Indépendance", "Centre"}

#: spaCy's French pipelines label entities as the WikiNER corpus does (PER, LOC, ORG,
#: MISC; spaCy model card of fr_core_news_sm 3.8); the annotation reads OntoNotes labels.
#: PER is PERSON; LOC covers countries, towns and natural places, which OntoNotes splits
#: into GPE and LOC - taken as GPE, the label the English model gives countries and towns
#: (the gazetteer ruler's entities, set before ``ner``, keep their own labels: a named
#: region stays LOC, see :func:`map_entity_labels`). ORG stays
#: ORG; MISC (events, works, nationalities, titles) has no place or person meaning and
#: stays MISC, a label no rule reads.
ENTITY_LABEL_MAP = {"fr": {"PER": "PERSON", "LOC": "GPE"}}
ENTITY_LABELS_NAME = "crisisdesk_entity_labels"


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
    _split_dateline(doc, 0)
    if last >= 1 and doc[0].text in LIST_BULLETS:
        doc[1].is_sent_start = True
    for token in doc:
        if token.is_space and token.text.count("\n") >= 2 and token.i < last:
            _split_dateline(doc, token.i + 1)
        if token.is_space and token.text.count("\n") >= 2:
            if token.i > 0:
                token.is_sent_start = True
            if token.i < last:
                doc[token.i + 1].is_sent_start = True
                if doc[token.i + 1].text in LIST_BULLETS and token.i + 2 <= last:
                    doc[token.i + 2].is_sent_start = True  # the bullet is no word of its item
        elif token.is_space and "\n" in token.text and 0 < token.i < last and (
                doc[token.i + 1].text in LIST_BULLETS or _capitals_line(doc, token.i)):
            # a list item ("- On 7 June, ...") or the line after a heading in capitals
            # ("MALI") starts a sentence: a security brief's bullets end without a full
            # stop often enough, and a country heading is no part of the next item
            doc[token.i + 1].is_sent_start = True
            if doc[token.i + 1].text in LIST_BULLETS and token.i + 2 <= last:
                doc[token.i + 2].is_sent_start = True  # the bullet is no word of its item
        elif token.text == "/" and 0 < token.i < last and not token.whitespace_ and not doc[token.i - 1].whitespace_ \
                and doc[token.i - 1].is_alpha and doc[token.i + 1].is_alpha:
            # "JNIM/ISSP fighters": a slash between two words joins them; the parser
            # sometimes started a sentence at the second name
            token.is_sent_start = False
            doc[token.i + 1].is_sent_start = False
    return doc


#: Dashes that end a wire dateline ("BENI, Congo - ", "MOPTI, Mali, March 12 (Agency) - ").
DATELINE_DASHES = {"-", "\u2013", "\u2014", "--"}
#: Tokens a dateline may span before its dash.
DATELINE_MAX_TOKENS = 14


def _split_dateline(doc: Doc, start: int) -> None:
    """Start a sentence after a wire dateline opening a paragraph at token ``start``: a
    place in capitals ("BENI", "OUAGADOUGOU"), then optionally a country, a date and an
    agency in brackets, ended by a dash standing between spaces ("BENI, Congo - Suspected
    ADF rebels killed ..."). The dateline says where the report was filed (AP
    Stylebook, "datelines"), not who acted or where: read into the first sentence, its
    country became a party ("Guinea" the doer of a protest in Labe)."""
    if start >= len(doc) or not (doc[start].is_alpha and doc[start].is_upper and len(doc[start]) >= 3):
        return
    for tok in doc[start + 1:start + DATELINE_MAX_TOKENS]:
        if "\n" in tok.text:
            return
        if tok.text in DATELINE_DASHES and tok.whitespace_ and doc[tok.i - 1].whitespace_:
            if tok.i + 1 < len(doc):
                doc[tok.i + 1].is_sent_start = True
            return


#: Marks that open a list item on its own line (plain-text bullets).
LIST_BULLETS = {"-", "*", "\u2022", "\u2013", "\u2014", "\u25aa", "\u25cf"}


def _capitals_line(doc: Doc, newline: int) -> bool:
    """Whether the line ending at the whitespace token ``newline`` is a heading in
    capitals ("MALI", "BURKINA FASO"): every word on it upper case, no sentence end."""
    words = []
    for tok in reversed(doc[:newline]):
        if tok.is_space and "\n" in tok.text:
            break
        words.append(tok)
    letters = [t for t in words if t.is_alpha]
    return bool(letters) and all(t.is_upper for t in letters) and words[0].text not in {".", "!", "?"}


if not Language.has_factory(PARAGRAPH_BREAKS_NAME):
    Language.component(PARAGRAPH_BREAKS_NAME, func=mark_paragraph_breaks)


def map_entity_labels(doc: Doc) -> Doc:
    """Relabel the entities of a non-English pipeline with the OntoNotes labels the
    annotation reads (:data:`ENTITY_LABEL_MAP` for ``doc.lang_``); entities the gazetteer
    ruler labelled keep their labels (the ruler's LOC, a named region, is also the model's
    LOC: a ruler entity is told by its ``ent_id_``, see :func:`add_gazetteer_ruler`).
    Returns ``doc``; a language without a map is left unchanged."""
    labels = ENTITY_LABEL_MAP.get(doc.lang_)
    if not labels:
        return doc
    ents = []
    changed = False
    for ent in doc.ents:
        new = labels.get(ent.label_)
        if new and ent.ent_id_ != RULER_ENT_ID:
            ent = Span(doc, ent.start, ent.end, label=new)
            changed = True
        ents.append(ent)
    if changed:
        doc.ents = ents
    return doc


if not Language.has_factory(ENTITY_LABELS_NAME):
    Language.component(ENTITY_LABELS_NAME, func=map_entity_labels)


@lru_cache(maxsize=1)
def load_french_hyphenated_nouns() -> tuple[str, ...]:
    """French nouns borrowed with a hyphen that spaCy's French tokenizer splits into three
    tokens ("sit", "-", "in"), which the small model then parses as an adverb and a stray
    proper noun, losing the noun ("ont organisé un sit-in devant la mairie"): kept as one
    token. The forms as written, in file order, from the package data file
    ``wordlists/french_hyphenated_nouns.tsv`` (its header gives the source)."""
    return read_words("french_hyphenated_nouns.tsv", "form")


#: :func:`load_french_hyphenated_nouns`, read once at import.
FRENCH_HYPHENATED_NOUNS = load_french_hyphenated_nouns()


def prepare_pipeline(nlp: Language, gazetteer: Gazetteer, actors: ActorDictionary) -> None:
    """Add the project's components to a loaded pipeline: paragraph breaks and sentence
    guards before the parser, the gazetteer ruler before ``ner`` and, for a language of
    :data:`ENTITY_LABEL_MAP`, the label map right after ``ner``. The English tokenizer
    special cases of :data:`ABBREVIATION_NORMS` (English abbreviations with English
    norms) are added to English pipelines only; spaCy's French tokenizer exceptions have
    the French ones. Months and weekday names of the pipeline's language are no place
    patterns (:data:`_MONTHS_DAYS_FR`)."""
    add_paragraph_breaks(nlp)
    add_sentence_guards(nlp, special_cases=nlp.lang == "en")
    if nlp.lang == "fr":
        for form in FRENCH_HYPHENATED_NOUNS:  # one token, so the parser reads one noun
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
        add_french_tag_fixes(nlp)
    add_gazetteer_ruler(nlp, gazetteer, actors, excluded=_MONTHS_DAYS_FR if nlp.lang == "fr" else _MONTHS_DAYS)
    if nlp.lang in ENTITY_LABEL_MAP and ENTITY_LABELS_NAME not in nlp.pipe_names:
        after = {"after": "ner"} if "ner" in nlp.pipe_names else {"last": True}
        nlp.add_pipe(ENTITY_LABELS_NAME, **after)


FRENCH_TAG_FIXES_NAME = "crisisdesk_french_tags"
#: Event nouns with no other part of speech in French that ``fr_core_news_sm`` tags as a
#: verb, adjective or adverb ("Le raid a fait ...": VERB, "Un raid aérien": ADJ, "lors du
#: raid": VERB): found by tagging each one-word noun of ``lexicon/triggers.fr.yaml`` in
#: four sentence frames (session 20); "raid" and "rapt" are nouns only (Trésor de la
#: langue française).
FRENCH_NOUNS_ONLY = ("raid", "raids", "rapt", "rapts")
#: Number words spaCy's French ``like_num`` accepts that are no cardinals before a noun:
#: the article "un(e)" and ordinals (spaCy ``lang/fr/lex_attrs.py``).
NOT_CARDINALS = ("un", "une", "premier", "première", "second", "seconde")


def french_tag_patterns() -> list[dict]:
    """``attribute_ruler`` patterns correcting the small French model's part-of-speech
    tags where counts and triggers read them:

    - a cardinal number word (spaCy's ``LIKE_NUM``, letters only, not in
      :data:`NOT_CARDINALS` nor an ordinal in "-ème") not tagged NUM, right before a
      plural noun or adjective (ends in -s/-x or ``Number=Plur``): NUM. A cardinal before
      a noun is its determiner (*Le Bon Usage*, the numeral determiner); the model tagged
      "Neuf soldats" DET, "Douze soldats" PROPN, "tué neuf terroristes" VERB. The
      adjective "neuf" (new) follows its noun ("un camion neuf") and is kept;
    - the nouns of :data:`FRENCH_NOUNS_ONLY` tagged otherwise: NOUN.

    Returns the patterns in ``AttributeRuler.add_patterns`` form."""
    cardinal = {"LIKE_NUM": True, "IS_ALPHA": True, "POS": {"NOT_IN": ["NUM"]},
                "LOWER": {"NOT_IN": list(NOT_CARDINALS)}, "SUFFIX": {"NOT_IN": ["ème"]}}
    nominal = ["NOUN", "PROPN", "ADJ"]
    return [
        {"patterns": [[cardinal, {"POS": {"IN": nominal}, "LOWER": {"REGEX": "[sx]$"}}],
                      [cardinal, {"POS": {"IN": nominal}, "MORPH": {"IS_SUPERSET": ["Number=Plur"]}}]],
         "attrs": {"POS": "NUM", "TAG": "NUM"}, "index": 0},
        {"patterns": [[{"LOWER": {"IN": list(FRENCH_NOUNS_ONLY)}, "POS": {"NOT_IN": ["NOUN", "PROPN"]}}]],
         "attrs": {"POS": "NOUN", "TAG": "NOUN"}},
    ]


def add_french_tag_fixes(nlp: Language) -> None:
    """Add an ``attribute_ruler`` named :data:`FRENCH_TAG_FIXES_NAME` with
    :func:`french_tag_patterns` after the pipeline's own ``attribute_ruler`` (else after
    the parser, else last), so the lemmatizer reads the corrected tags. The parse itself
    is the model's: only the tags change."""
    if FRENCH_TAG_FIXES_NAME in nlp.pipe_names:
        return
    where = next(({"after": name} for name in ("attribute_ruler", "parser", "morphologizer") if name in nlp.pipe_names),
                 {"last": True})
    ruler = nlp.add_pipe("attribute_ruler", name=FRENCH_TAG_FIXES_NAME, **where)
    ruler.add_patterns(french_tag_patterns())


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


#: ``ent_id`` of every ruler pattern, by which :func:`map_entity_labels` tells the ruler's
#: entities from the statistical model's.
RULER_ENT_ID = "crisisdesk"


def add_gazetteer_ruler(nlp: Language, gazetteer: Gazetteer, actors: ActorDictionary,
                        ruler_countries: frozenset[str] | None = None,
                        excluded: frozenset[str] | set[str] = _MONTHS_DAYS) -> None:
    """Add an ``entity_ruler`` named :data:`RULER_NAME` before ``ner`` (or last when the
    pipeline has no NER) with phrase patterns: countries and demonyms, named regions,
    admin1 names and towns of ``ruler_countries`` (default ``data/regions.yaml``: its
    ``ruler_countries`` and ``pattern_countries``), world
    cities of 100,000+ people, and named actors (ORG); a French pipeline also gets the
    regions' ``aliases_fr``. Case-sensitive (ORTH) matching,
    except the lower-case words of region aliases (:func:`region_token_pattern`).
    Single words that are stop words of the pipeline's language, sector words or in
    ``excluded`` (month and weekday names) are no patterns. Demonyms written in lower case
    (French adjectives: "malien") give their capitalised form, the noun of the people
    ("les Maliens"), labelled NORP so the model does not take it for a place.
    """
    stop_words = nlp.Defaults.stop_words
    countries = ruler_countries if ruler_countries is not None else (
        gazetteer.ruler_countries | gazetteer.pattern_countries)
    patterns: dict[tuple[str, str], None] = {}

    def add(label: str, name: str) -> None:
        name = name.strip()
        if len(name) < 3 or not _is_latin(name) or name in excluded:
            return
        if " " not in name and (name.lower() in stop_words or name.lower() in actors.sector_words):
            return
        if not name[0].isupper():
            return
        patterns[(label, name)] = None

    for actor in actors.actors.values():
        for names in (*actor.aliases.values(), *actor.dated_aliases.values()):
            for name in names:
                add({"identity group": "NORP", "person": "PERSON"}.get(actor.actor_type, "ORG"), name)
    for name in actors.demonyms:
        add("NORP", name[:1].upper() + name[1:])
    for name in actors.state_names:
        add("GPE", name)
    token_patterns: list[dict] = []
    for item in regions_data()["regions"]:
        french = item.get("aliases_fr") or () if nlp.lang == "fr" else ()
        for name in (item["name"], *item["aliases"], *french):
            name = name[4:] if name.startswith("the ") else name
            if name[:1].isupper():
                add("LOC", name)
            elif len(name) >= 3 and _is_latin(name):
                token_patterns.append({"label": "LOC", "pattern": region_token_pattern(nlp, name)})
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
        ruler.add_patterns([{"label": label, "pattern": name, "id": RULER_ENT_ID} for label, name in patterns]
                           + [dict(p, id=RULER_ENT_ID) for p in token_patterns])


def region_token_pattern(nlp: Language, name: str) -> list[dict[str, str]]:
    """A token pattern for a region alias that starts in lower case ("central Sahel",
    "tri-border area", "sub-Saharan Africa", ``data/regions.yaml``): its lower-case words
    matched on ``LOWER`` (so "Central Sahel" at a sentence start matches too), its
    capitalised words on ``ORTH`` as the case-sensitive phrase patterns are. Such aliases
    were dropped before: a phrase pattern on ``ORTH`` for a lower-case word would match
    common words everywhere, a name must start with a capital."""
    return [{"LOWER": tok.lower_} if not tok.text[:1].isupper() else {"ORTH": tok.text}
            for tok in nlp.make_doc(name)]


SENTENCE_GUARDS_NAME = "crisisdesk_sentence_guards"
#: Abbreviations kept as one token by tokenizer special cases, with the word the parser
#: should read (``NORM``, a feature of the small English model's tok2vec; "about" for
#: "approx.": with "approximately" the model parsed "approx." as a preposition): spaCy's
#: English tokenizer exceptions have "Gen." and "Gov." but not these, so "approx. 50
#: men" became "approx" "." and the parser ended the sentence at the period. Military
#: ranks and titles: NATO STANAG 2116 rank abbreviations in English news style (AP
#: Stylebook "military titles"); the rest: common English abbreviations (AP Stylebook,
#: Chicago Manual of Style 10.42).
ABBREVIATION_NORMS = {
    "approx.": "about", "incl.": "including", "excl.": "excluding",
    "Col.": "colonel", "Lt.": "lieutenant", "Capt.": "captain", "Cpt.": "captain", "Maj.": "major",
    "Sgt.": "sergeant", "Cpl.": "corporal", "Brig.": "brigadier", "Cdr.": "commander",
    "Cmdr.": "commander", "Cdt.": "commandant", "Adj.": "adjutant", "Insp.": "inspector",
    "Supt.": "superintendent", "Pres.": "president", "Nos.": "numbers",
    # capitalised only ("Camp No. 4", "Resolution No. 2719"; a lower-case "no." ends
    # sentences: "the answer was no."): split, the name stopped at "Camp No"
    "No.": "number",
}
#: Titles always followed by a name or rank word: the next token never starts a sentence.
TITLE_ABBREVIATIONS = frozenset({
    "gen.", "col.", "lt.", "capt.", "cpt.", "maj.", "sgt.", "cpl.", "brig.", "cdr.", "cmdr.", "cdt.",
    "adj.", "insp.", "supt.", "pres.", "gov.", "dr.", "mr.", "mrs.", "ms.", "sen.", "rep.", "st.", "mt.", "lt.-col."})
#: Abbreviations (period split off by the tokenizer or not) after which a number
#: continues the sentence: "approx. 20", "No. 4", "incl. 3".
NUMBER_ABBREVIATIONS = frozenset({"approx", "incl", "excl", "no", "nos", "ca", "est", "nr", "vol", "art", "p", "pp"})
#: Longest bracketed aside (tokens) kept inside one sentence: "(coded as Gao at
#: geoprecision 2. Date approximate)" is an aside, a longer span is more likely an
#: unclosed bracket running over real sentences.
MAX_ASIDE_TOKENS = 40
_OPENING = {"(": ")", "[": "]"}


def _abbreviation_before(doc: Doc, i: int) -> str | None:
    """The abbreviation ending just before token ``i`` (lower case, with its period), or
    None: a token such as "approx." or "Col.", or a short word followed by a "." token
    ("km" ".")."""
    if i < 1:
        return None
    prev = doc[i - 1]
    if prev.text.endswith(".") and len(prev.text) > 1:
        return prev.text.lower()
    if prev.text == "." and i >= 2:
        word = doc[i - 2]
        if word.is_alpha and not word.whitespace_ and len(word.text) <= 6:
            return word.text.lower() + "."
    return None


def guard_sentence_starts(doc: Doc) -> Doc:
    """Mark tokens that cannot start a sentence (``is_sent_start = False``) before the
    parser, which keeps preset boundaries:

    - the token after a title abbreviation ("Col. Diarra", "Lt. Coulibaly");
    - a lower-case word after an abbreviation's period ("20 km. north of", "incl.
      shops"): English sentences start with a capital (CMOS 8.1);
    - a number after an abbreviation that introduces one ("approx. 50", "No. 4");
    - tokens inside a bracketed aside closed within :data:`MAX_ASIDE_TOKENS` tokens of
      the same paragraph ("(coded as X at geoprecision 2. Date approximate)"), so the
      event and its toll or place are not cut apart;
    - a lower-case word right after a comma on the same line (:func:`_guard_after_commas`).

    Paragraph breaks (:func:`mark_paragraph_breaks`) are never undone. Returns ``doc``.
    """
    for token in doc:
        if token.i == 0 or token.is_space:
            continue
        abbreviation = _abbreviation_before(doc, token.i)
        if abbreviation is None:
            continue
        if (abbreviation in TITLE_ABBREVIATIONS or token.text[:1].islower()
                or (token.like_num and abbreviation.rstrip(".") in NUMBER_ABBREVIATIONS)):
            token.is_sent_start = False
    _guard_asides(doc)
    _guard_after_commas(doc)
    return doc


def _guard_after_commas(doc: Doc) -> None:
    """No sentence starts at a lower-case word right after a comma: a comma separates
    parts of one sentence, and a sentence starts with a capital (CMOS 8.1). The small
    French model ended sentences there ("Sept civils, | dont deux enfants, ont été tués
    ...", "Mercredi, | au moins huit personnes ..."), cutting a toll from its event. A
    comma before a line break (a whitespace token) or a capitalised word is left to the
    parser and to the paragraph breaks."""
    for token in doc[1:]:
        if comma_continuation(token):
            token.is_sent_start = False


def comma_continuation(token: Token) -> bool:
    """Whether ``token`` is a lower-case word right after a comma (no whitespace token
    between): it goes on with the sentence of the comma (:func:`_guard_after_commas`)."""
    return token.i > 0 and token.doc[token.i - 1].text == "," and not token.is_space and token.text[:1].islower()


JOINED_SPLITS_NAME = "crisisdesk_joined_splits"
#: Words that open a part of the group named before the comma ("Sept civils, dont deux
#: enfants", "onze soldats, parmi lesquels", "five people, including two children"), as
#: the French count rules read them (``coding.french_counts.INCLUDED_WORDS``).
PART_OPENERS = frozenset({"dont", "parmi", "notamment", "including", "among"})


def join_comma_splits(doc: Doc) -> Doc:
    """Join the sentences the parser ended at a comma anyway: the parser keeps a preset
    boundary out of its transitions, but it may still leave two trees there, and a
    Doc's sentences are its trees (``Token.is_sent_start`` is read from them). For each
    sentence opening with a :func:`comma_continuation` word, the root of one part is hung
    on the other's (:func:`_hang_fragment`), so the tree, and the sentence, is one.
    Returns ``doc``; a Doc without a parse is left unchanged. Place after the parser."""
    if not doc.has_annotation("DEP"):
        return doc
    i = 1
    while i < len(doc):
        token = doc[i]
        if token.is_sent_start and comma_continuation(token):
            _hang_fragment(doc[i - 1].sent.root, token.sent.root, token)
        i += 1
    return doc


def _clausal(token: Token) -> bool:
    """Whether ``token`` heads a clause: a verb, or a word with a subject, auxiliary or copula."""
    return token.pos_ in {"VERB", "AUX"} or any(c.dep_.startswith(("nsubj", "aux", "cop")) for c in token.children)


def _hang_fragment(before: Token, after: Token, first: Token) -> None:
    """Hang the root ``before`` of the words before the comma and the root ``after`` of the
    words from ``first`` on into one tree:

    - a clause whose subject opens with a :data:`PART_OPENERS` word after a noun ("Sept
      civils, | dont deux enfants, ont été tués"): that noun (the word before the comma)
      is the subject, the part its apposition, and the rest before it, if any, an
      oblique ("Mercredi, au moins huit personnes, | dont ...");
    - a noun phrase with no preposition before a clause with no subject ("Les soldats, |
      selon l'armée, ont repoussé ..."): the subject (passive when the verb has a
      passive auxiliary);
    - any other phrase before a clause ("Mercredi, | au moins huit personnes ..."): an
      oblique of it;
    - else the words after the comma depend on the words before: an adverbial clause
      when they open with a subordinator ("comme médiateur, | pour tenter de ..."), a
      parataxis otherwise."""
    if _clausal(after) and not _clausal(before):
        subject = next((c for c in after.children if c.dep_.startswith("nsubj")), None)
        group = first.doc[first.i - 2] if first.i >= 2 else before
        if subject is not None and subject.left_edge.i == first.i and first.lower_ in PART_OPENERS and \
                group.pos_ in {"NOUN", "PROPN", "ADJ", "NUM", "PRON"}:
            group.head, group.dep_ = after, subject.dep_
            subject.head, subject.dep_ = group, "appos"
            if before != group:
                before.head, before.dep_ = after, "obl:mod"
        elif subject is None and not any(c.dep_ == "case" for c in before.children):
            passive = any(c.dep_ == "aux:pass" for c in after.children)
            before.head, before.dep_ = after, "nsubj:pass" if passive else "nsubj"
        else:
            before.head, before.dep_ = after, "obl:mod"
    else:
        after.head, after.dep_ = before, "advcl" if any(c.dep_ == "mark" for c in after.children) else "parataxis"


def _guard_asides(doc: Doc) -> None:
    """No sentence starts inside a short bracketed aside (see :func:`guard_sentence_starts`)."""
    stack: list[int] = []
    for token in doc:
        if token.is_space and token.text.count("\n") >= 2:
            stack.clear()
        elif token.text in _OPENING:
            stack.append(token.i)
        elif stack and token.text == _OPENING.get(doc[stack[-1]].text):
            start = stack.pop()
            if token.i - start <= MAX_ASIDE_TOKENS:
                for inner in doc[start + 1:token.i + 1]:
                    inner.is_sent_start = False


if not Language.has_factory(SENTENCE_GUARDS_NAME):
    Language.component(SENTENCE_GUARDS_NAME, func=guard_sentence_starts)
if not Language.has_factory(JOINED_SPLITS_NAME):
    Language.component(JOINED_SPLITS_NAME, func=join_comma_splits)


def add_sentence_guards(nlp: Language, special_cases: bool = True) -> None:
    """Add the tokenizer special cases of :data:`ABBREVIATION_NORMS` (also capitalised;
    unless ``special_cases`` is False) and :func:`guard_sentence_starts` as
    :data:`SENTENCE_GUARDS_NAME` before the ``parser`` (or ``senter``), after the
    paragraph breaks when present."""
    if SENTENCE_GUARDS_NAME in nlp.pipe_names:
        return
    for text, norm in ABBREVIATION_NORMS.items() if special_cases else ():
        for form in {text, text[0].upper() + text[1:]}:
            nlp.tokenizer.add_special_case(form, [{"ORTH": form, "NORM": norm}])
    for name in ("parser", "senter"):
        if name in nlp.pipe_names:
            nlp.add_pipe(SENTENCE_GUARDS_NAME, before=name)
            if name == "parser":
                nlp.add_pipe(JOINED_SPLITS_NAME, after=name)
            return
    nlp.add_pipe(SENTENCE_GUARDS_NAME, last=True)
