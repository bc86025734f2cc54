"""The annotation stage: Article -> spaCy Doc with actors, places and times.

Results are spaCy extension attributes (registered once, on import):

- ``doc._.article``: the :class:`~crisisdesk.records.Article`;
- ``doc._.actors``: ``list[ActorRef]``; ``doc._.places``: ``list[Place]``;
  ``doc._.times``: ``list[TimeExpression]`` — each with a char :class:`Span` into
  ``Article.text`` (the Doc is built on ``Article.text``, so Doc offsets are article
  offsets);
- ``doc._.annotation_notes``: what was skipped and why (also appended to
  ``Article.notes``);
- ``doc._.title_doc``: the article's headline (``Article.title``) annotated as a Doc of
  its own (same attributes; its ``_.article`` is a copy of the article whose text is the
  title, so its offsets are into ``Article.title``), or None when the article has no
  title, the title is repeated in the text, or the text is not parsed (a language
  without a pipeline). Its places are resolved with the body's country focus when the
  title names no country.

The pipeline is chosen by ``Article.language`` (guessed when unset): English articles
by ``CRISISDESK_SPACY_MODEL``, French ones (``"fr"``) by ``CRISISDESK_SPACY_MODEL_FR``
(:class:`LanguagePipeline`: the spaCy pipeline with the project's components, an actor
recogniser with the dictionary's French words and a French time recogniser). The French
pipeline is loaded once per annotator, when the first French article comes: a run of
English articles never loads it. When it is not installed, a French article is annotated
as any language without a pipeline (named actors and gazetteer places only, with a
note) and the run goes on.

Sentences never span a paragraph break (:func:`crisisdesk.annotate.nlp.mark_paragraph_breaks`):
the blank line between two paragraphs is a whitespace sentence of its own.
"""

from __future__ import annotations

import copy
import dataclasses
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from crisisdesk.annotate.actors import ActorDictionary, ActorRecognizer, follow_shared_name_places
from crisisdesk.annotate.gazetteer import Gazetteer, default_gazetteer, entry_from_row
from crisisdesk.annotate.nlp import RULER_NAME, ModelNotInstalled, load_spacy, mark_paragraph_breaks, prepare_pipeline
from crisisdesk.annotate.places import PlaceResolver, url_ranges
from crisisdesk.annotate.times import TimeRecognizer
from crisisdesk.annotate.times_fr import FrenchTimeRecognizer
from crisisdesk.config import Settings
from crisisdesk.records import ANNOTATION_CUT_NOTE, Article, Paragraph
from crisisdesk.text import fold, undetermined_language

#: Longest text annotated (characters, about 30,000 words: longer than any news article).
#: Beyond it the text is cut at a line break and the note says what was skipped: place
#: and actor resolution compare mentions with each other, so a multi-megabyte scrape
#: (one QA file of 3 MB never finished) costs far more than its length.
MAX_CHARS = 200_000
#: Texts longer than this (characters) are parsed in pieces of whole paragraphs of at
#: most :data:`PARSE_PIECE_CHARS`, one at a time, joined back into one Doc
#: (``Doc.from_docs``): spaCy's parser and NER over one 200,000-character Doc took
#: about 600 MB more memory (benchmarks/bench_repeated_text.py). Sentences never cross a
#: paragraph break (``nlp.mark_paragraph_breaks``) and pieces are cut only at blank
#: lines, but the parser and NER see no context across a cut: on a real article
#: repeated to 73,000 characters, 4 of 205 sentence boundaries (first sentences of
#: pieces) and 2 of 1,030 entity labels (Sahel GPE/LOC) differ from a whole parse. Texts
#: up to this length (every news article we test on, the longest 18,400 characters)
#: are parsed whole, as before.
PARSE_WHOLE_CHARS = 50_000
PARSE_PIECE_CHARS = 10_000
#: Share of non-Latin letters above which an English-pipeline annotation is flagged.
MIXED_SCRIPT_SHARE = 0.2

for _name in ("article", "actors", "places", "times", "annotation_notes", "title_doc"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def load_imported_entries(engine) -> list:
    """Gazetteer entries from the ``gazetteer_places`` table (``crisisdesk gazetteer
    import``); empty when the table is empty."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from crisisdesk.store.models import GazetteerPlaceRow

    with Session(engine) as session:
        return [entry_from_row(row) for row in session.scalars(select(GazetteerPlaceRow))]


def load_annotator(spacy_model: str | None = None, actors_file: Path | str | None = None,
                   engine=None) -> Annotator:
    """The :class:`Annotator` for a model name (default: ``Settings.from_env()``) and an
    optional actor file, loaded once per process (explicit cache: loading takes ~15 s).
    ``load_annotator()``, ``load_annotator(None, None)`` and keyword calls share one
    cached annotator. The gazetteer is the shipped one plus the places imported into
    ``CRISISDESK_DB`` when that variable is set.

    ``engine`` (SQLAlchemy) is the database the caller stores into: when its
    ``gazetteer_places`` table holds imported places (``crisisdesk gazetteer import``),
    the annotator returned resolves them too (one annotator per engine, cached). Before,
    only ``CRISISDESK_DB`` was read, so ``gazetteer import ML.txt`` followed by
    ``crisisdesk run`` on the default ``crisisdesk.db`` or a ``--db`` file coded the
    imported villages at country level. An engine without imported places (or without
    the table) shares the default annotator, so no second spaCy model is loaded."""
    actors = Path(actors_file) if actors_file else None
    if engine is not None and has_imported_places(engine):
        return _cached_engine_annotator(spacy_model or None, actors, engine)
    return _cached_annotator(spacy_model or None, actors)


def has_imported_places(engine) -> bool:
    """True when the ``gazetteer_places`` table behind ``engine`` has at least one row;
    False when it is empty or missing (a database not migrated yet)."""
    from sqlalchemy import inspect, select
    from sqlalchemy.orm import Session

    from crisisdesk.store.models import GazetteerPlaceRow

    if not inspect(engine).has_table(GazetteerPlaceRow.__tablename__):
        return False
    with Session(engine) as session:
        return session.scalars(select(GazetteerPlaceRow.geonames_id).limit(1)).first() is not None


@lru_cache(maxsize=4)
def _cached_engine_annotator(spacy_model: str | None, actors_file: Path | None, engine) -> Annotator:
    settings = Settings.from_env()
    if spacy_model:
        settings = dataclasses.replace(settings, spacy_model=spacy_model)
    return Annotator(settings, actors_file=actors_file, engine=engine)


@lru_cache(maxsize=4)
def _cached_annotator(spacy_model: str | None, actors_file: Path | None) -> Annotator:
    settings = Settings.from_env()
    if spacy_model:
        settings = dataclasses.replace(settings, spacy_model=spacy_model)
    engine = None
    if settings.db:
        from crisisdesk.store.db import open_database

        engine = open_database(settings.db)
    return Annotator(settings, actors_file=actors_file, engine=engine)


@dataclasses.dataclass
class LanguagePipeline:
    """What annotates text of one language: the spaCy pipeline (with the project's
    components, :func:`crisisdesk.annotate.nlp.prepare_pipeline`), the actor recogniser
    over the dictionary's words of that language and the time recogniser (an object with
    :meth:`~crisisdesk.annotate.times.TimeRecognizer.recognise`)."""

    nlp: object
    actors: ActorRecognizer
    times: object
    #: The gazetteer whose country and region names are in that language too.
    gazetteer: Gazetteer | None = None


#: Languages with a pipeline of their own besides English (French: the model named by
#: ``Settings.spacy_model_fr``, ``CRISISDESK_SPACY_MODEL_FR``).
EXTRA_LANGUAGES = ("fr",)


class Annotator:
    """Recognises and resolves actors, places and times in articles.

    ``settings.spacy_model`` names the spaCy pipeline; ``actors_file`` adds a user actor
    file (YAML, format of ``data/actors.yaml``); ``engine`` (SQLAlchemy) adds the places
    imported into ``gazetteer_places``. ``nlp``/``gazetteer`` let callers share loaded
    objects (tests, benchmarks). Loading takes ~15 s the first time in a process (GeoNames cities500 table, cached).
    Raises :class:`~crisisdesk.annotate.nlp.ModelNotInstalled` when the model is missing
    and :class:`~crisisdesk.annotate.actors.ActorFileError` for a bad actor file.
    """

    def __init__(self, settings: Settings | None = None, actors_file: Path | str | None = None,
                 engine=None, *, gazetteer: Gazetteer | None = None, max_chars: int = MAX_CHARS):
        self.settings = settings or Settings.from_env()
        extra = load_imported_entries(engine) if engine is not None else []
        self.gazetteer = (gazetteer or default_gazetteer()).extended(extra)
        files = (Path(actors_file),) if actors_file else ()
        self.actor_dictionary = ActorDictionary.load(files)
        self.nlp = load_spacy(self.settings.spacy_model)
        prepare_pipeline(self.nlp, self.gazetteer, self.actor_dictionary)
        self.max_chars = max_chars
        self.nlp.max_length = max(self.nlp.max_length, max_chars + 1)
        self.actors = ActorRecognizer(self.nlp, self.actor_dictionary)
        operates = {a.actor_id: a.operates_in for a in self.actor_dictionary.actors.values()}
        self.places = PlaceResolver(self.gazetteer, operates, self.settings.focus_countries)
        self.times = TimeRecognizer()
        self.sentencizer = Sentencizer()
        self._name_words: frozenset[str] | None = None
        self.english = LanguagePipeline(self.nlp, self.actors, self.times, self.gazetteer)
        #: Pipelines of other languages, loaded on first use (None: not installed).
        self._pipelines: dict[str, LanguagePipeline | None] = {}
        self._missing: dict[str, str] = {}

    def pipeline_for(self, language: str | None) -> LanguagePipeline | None:
        """The pipeline for ``language`` (ISO 639-1): English's for "en" or None (or the
        loaded English pipeline's own language), French's for "fr", loaded on the first
        call (``settings.spacy_model_fr``); None for a language without one or whose
        model is not installed (:attr:`_missing` keeps the reason for the note)."""
        if not language or language == self.nlp.lang:
            return self.english
        if language not in EXTRA_LANGUAGES:
            return None
        if language not in self._pipelines:
            self._pipelines[language] = self._load_pipeline(language)
        return self._pipelines[language]

    def _load_pipeline(self, language: str) -> LanguagePipeline | None:
        model = self.settings.spacy_model_fr
        try:
            nlp = load_spacy(model)
        except ModelNotInstalled as exc:
            self._missing[language] = str(exc)
            return None
        if nlp.lang != language:
            self._missing[language] = f"spaCy pipeline {model!r} is for language {nlp.lang!r}, not {language!r}"
            return None
        dictionary = self.actor_dictionary.for_language(language)
        gazetteer = self.gazetteer.for_language(language)
        prepare_pipeline(nlp, gazetteer, dictionary)
        nlp.max_length = max(nlp.max_length, self.max_chars + 1)
        return LanguagePipeline(nlp, ActorRecognizer(nlp, dictionary), FrenchTimeRecognizer(), gazetteer)

    def _places_for(self, pipe: LanguagePipeline) -> PlaceResolver:
        """The place resolver for a pipeline: this annotator's, or one over the
        pipeline's gazetteer with the same actor areas and default focus."""
        if pipe.gazetteer is None or pipe.gazetteer is self.gazetteer:
            return self.places
        return PlaceResolver(pipe.gazetteer, self.places.operates_in, tuple(self.places.default_focus))

    # -- public API ----------------------------------------------------------------------

    def with_focus(self, focus_countries: tuple[str, ...]) -> Annotator:
        """A copy of this annotator whose place resolution uses ``focus_countries``
        (alpha-3 codes, as ``CRISISDESK_FOCUS_COUNTRIES``) for articles that name no
        country; the spaCy pipeline, gazetteer and actor dictionary are shared."""
        other = copy.copy(self)
        other.settings = dataclasses.replace(self.settings, focus_countries=tuple(focus_countries))
        other.places = PlaceResolver(self.gazetteer, self.places.operates_in, tuple(focus_countries))
        return other

    def annotate(self, article: Article) -> Doc:
        """Annotate one article; returns the spaCy Doc with the extension attributes."""
        text, mode, notes, pipe = self._prepare(article)
        if mode == "empty":
            doc = self.nlp.make_doc(text)
        elif mode == "foreign":
            doc = self.nlp.get_pipe(RULER_NAME)(self.nlp.make_doc(text))
        else:
            doc = self._parse(text, pipe.nlp)
        return self._finish(doc, article, mode, notes, pipe)

    def _parse(self, text: str, nlp=None) -> Doc:
        """``nlp(text)``; a text over :data:`PARSE_WHOLE_CHARS` is parsed by
        :func:`paragraph_pieces` one at a time (bounded memory) and the pieces joined, so
        Doc offsets stay offsets into ``text``. ``nlp``: the pipeline (default English)."""
        nlp = nlp or self.nlp
        if len(text) <= PARSE_WHOLE_CHARS:
            return nlp(text)
        doc = Doc.from_docs(list(nlp.pipe(paragraph_pieces(text, PARSE_PIECE_CHARS), batch_size=1)),
                            ensure_whitespace=False)
        return doc if doc.text == text else nlp(text)  # offsets must be article offsets

    def annotate_many(self, articles: Iterable[Article], n_process: int = 1, batch_size: int = 32) -> Iterator[Doc]:
        """Annotate articles with ``nlp.pipe`` (``n_process`` worker processes for the
        spaCy pipeline; the resolution steps run in this process). Yields Docs in order.
        Articles of each language go through that language's pipeline."""
        articles = list(articles)
        prepared = [self._prepare(a) for a in articles]
        parsed: dict[int, Doc] = {}
        for pipe in {id(p[3]): p[3] for p in prepared if p[3] is not None}.values():
            parse = [i for i, (text, mode, _, p) in enumerate(prepared)
                     if p is pipe and mode == "full" and len(text) <= PARSE_WHOLE_CHARS]
            parsed.update(zip(parse, pipe.nlp.pipe((prepared[i][0] for i in parse), n_process=n_process,
                                                   batch_size=batch_size)))
        for i, article in enumerate(articles):
            text, mode, notes, pipe = prepared[i]
            if mode == "full":
                doc = parsed[i] if i in parsed else self._parse(text, pipe.nlp)
            elif mode == "foreign":
                doc = self.nlp.get_pipe(RULER_NAME)(self.nlp.make_doc(text))
            else:
                doc = self.nlp.make_doc(text)
            yield self._finish(doc, article, mode, notes, pipe)

    # -- steps ---------------------------------------------------------------------------

    def _prepare(self, article: Article) -> tuple[str, str, list[str], LanguagePipeline | None]:
        """The text to annotate, the mode (full, foreign, empty), notes and the
        language's pipeline (None unless the mode is full)."""
        text = article.text or ""
        notes: list[str] = []
        if len(text) > self.max_chars:
            cut = text.rfind("\n", 0, self.max_chars)
            cut = cut if cut > self.max_chars // 2 else self.max_chars
            notes.append(f"{ANNOTATION_CUT_NOTE}{len(text):,} characters, over the limit of {self.max_chars:,}; "
                         f"annotated the first {cut:,} characters, skipped the rest")
            text = text[:cut]
        letters = [ch for ch in text if ch.isalpha()]
        if not letters:
            notes.append("annotate: no sentences (no letters in the text); nothing annotated")
            return text, "empty", notes, None
        language = article.language or _guess_language(text)
        pipe = self.pipeline_for(language)
        if pipe is None:
            missing = f" ({self._missing[language]})" if language in self._missing else ""
            notes.append(f"annotate: language {language!r} has no pipeline here (loaded: {self.nlp.lang!r}, "
                         f"{self.settings.spacy_model}){missing}; annotated gazetteer places, coordinates and named "
                         f"actors only; parsing, generic actors and times skipped")
            return text, "foreign", notes, None
        non_latin = sum(1 for ch in letters if not unicodedata.name(ch, "").startswith("LATIN"))
        if non_latin / len(letters) > MIXED_SCRIPT_SHARE:
            notes.append(f"annotate: {non_latin / len(letters):.0%} of letters are not Latin script; "
                         f"passages in other scripts are not annotated reliably by the {pipe.nlp.lang!r} pipeline")
        return text, "full", notes, pipe

    def _finish(self, doc: Doc, article: Article, mode: str, notes: list[str],
                pipe: LanguagePipeline | None = None) -> Doc:
        if mode != "full":
            # no parser ran: rule-based sentence boundaries, so doc.sents works downstream
            mark_paragraph_breaks(self.sentencizer(doc))
        doc._.article = article
        doc._.annotation_notes = notes
        for note in notes:
            if note not in article.notes:
                article.notes.append(note)
        if mode == "empty":
            doc._.actors, doc._.places, doc._.times = [], [], []
            return doc
        skip = url_ranges(doc.text)
        if mode == "foreign":
            actors = [a for a in self.actors.recognise_named(doc)]
            doc._.actors = actors
            doc._.places = self.places.resolve(doc, actors, skip)
            doc._.times = []
            return doc
        pipe = pipe or self.english
        actors = pipe.actors.recognise(doc)
        doc._.places = self._places_for(pipe).resolve(doc, actors, skip)
        doc._.actors = follow_shared_name_places(actors, doc._.places)
        published = _published_date(article)
        dates = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "DATE"]
        doc._.times = pipe.times.recognise(
            doc.text, published, dates,
            skip=lambda s, e: any(a <= s < b or a < e <= b for a, b in skip))
        doc._.title_doc = self._title_doc(article, doc._.places, pipe)
        if published is None and dates:
            note = "annotate: no publication date; relative time expressions left unresolved"
            notes.append(note)
            if note not in article.notes:
                article.notes.append(note)
        return doc


    def _title_doc(self, article: Article, body_places: list, pipe: LanguagePipeline | None = None) -> Doc | None:
        """The headline annotated as a Doc of its own (see the module docstring), or None
        when there is no title or the text repeats it (:func:`title_in_text`). Places are
        resolved with the body's focus countries (:func:`body_focus`) as the default
        focus, so a headline town ("near Kati") is sought in the country the article is
        about."""
        title = (article.title or "").strip()
        if not title or not any(ch.isalpha() for ch in title) or title_in_text(title, article.text or ""):
            return None
        headline = Article(article_id=article.article_id, text=title, fetched_at=article.fetched_at,
                           source_uri=article.source_uri, content_hash=article.content_hash, url=article.url,
                           site=article.site, published_at=article.published_at,
                           published_precision=article.published_precision, language=article.language,
                           paragraphs=[Paragraph(0, len(title))], extraction_method=article.extraction_method)
        pipe = pipe or self.english
        focus = body_focus(body_places) or tuple(self.places.default_focus)
        doc = self._parse_headline(title, focus, pipe.nlp)
        doc._.article = headline
        doc._.annotation_notes = []
        skip = url_ranges(title)
        actors = pipe.actors.recognise(doc)
        resolver = PlaceResolver(pipe.gazetteer or self.gazetteer, self.places.operates_in, focus)
        doc._.places = resolver.resolve(doc, actors, skip)
        doc._.actors = follow_shared_name_places(actors, doc._.places)
        dates = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "DATE"]
        times = pipe.times.recognise(title, _published_date(article), dates,
                                     skip=lambda s, e: any(a <= s < b or a < e <= b for a, b in skip))
        doc._.times = [t for t in times if headline_date_text(t.text)]
        return doc


    def _parse_headline(self, title: str, focus: tuple[str, ...], nlp=None) -> Doc:
        """``nlp(title)``; a Title Case headline ("France Cuts Diplomatic Presence in
        Mali") is parsed in sentence case (:meth:`_sentence_case`: the small English
        model reads capitalised common words as names) and its tags, lemmas, parse and
        entities are put on a Doc of the title as written, so offsets and text stay the
        title's. ``nlp``: the article's pipeline (default English)."""
        nlp = nlp or self.nlp
        cased = self._sentence_case(title, focus) if is_title_case(title) else title
        parsed = nlp(cased)
        if cased == title:
            return parsed
        words = [title[t.idx:t.idx + len(t.text)] for t in parsed]
        doc = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in parsed])
        attrs = ["TAG", "POS", "MORPH", "DEP", "HEAD", "LEMMA", "ENT_IOB", "ENT_TYPE"]
        doc.from_array(attrs, parsed.to_array(attrs))
        return doc

    def _sentence_case(self, title: str, focus: tuple[str, ...]) -> str:
        """``title`` with every capitalised word after the first lower-cased unless it
        is part of a name the project knows (:meth:`_known_name_words`: actor names and
        aliases, countries, demonyms, capitals, admin1 regions) or a town of the focus
        countries or of the monitored region (``regions.yaml`` ``ruler_countries``); words
        with other capitals ("JNIM", "al-Qaeda") are kept. Same length as ``title``."""
        known = self._known_name_words()
        countries = set(focus) | set(self.gazetteer.ruler_countries)
        out = []
        for i, m in enumerate(_WORD.finditer(title)):
            word = m.group()
            keep = (i == 0 or not word[:1].isupper() or not word[1:].islower() or fold(word) in known
                    or any(e.country in countries for e in self.gazetteer.towns(word)))
            out.append((m.start(), word if keep else word[0].lower() + word[1:]))
        chars = list(title)
        for start, word in out:
            chars[start:start + len(word)] = word
        return "".join(chars)

    def _known_name_words(self) -> frozenset[str]:
        """The folded words of the names the actor dictionary and the gazetteer's country
        and admin1 tables know, computed once per annotator."""
        if self._name_words is None:
            names: list[str] = []
            dictionary = self.actor_dictionary
            for actor in dictionary.actors.values():
                names.append(actor.name)
                names.extend(alias for aliases in actor.aliases.values() for alias in aliases)
                names.extend(alias for aliases in actor.dated_aliases.values() for alias in aliases)
            names.extend(dictionary.state_names)
            names.extend(dictionary.demonyms)
            names.extend(dictionary.capitals)
            names.extend(self.gazetteer.countries_by_name)
            names.extend(self.gazetteer.admin1_by_name)
            self._name_words = frozenset(fold(w) for name in names for w in _WORD.findall(name)
                                         if w[:1].isupper() or name.islower())
        return self._name_words


#: A word of a headline (letters, with inner hyphens and apostrophes).
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
#: Words that stay lower case in Title Case headlines (AP and Chicago styles: articles,
#: conjunctions, short prepositions).
TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by",
                               "in", "of", "off", "on", "per", "to", "up", "via", "vs", "with", "from", "into"})


def is_title_case(title: str) -> bool:
    """Whether a headline is written in Title Case: at least four words and at least 80 %
    of those that are not small words (:data:`TITLE_SMALL_WORDS`) capitalised, so a
    sentence-case headline full of names ("JNIM attacks convoy near Kati") is not."""
    words = [w for w in _WORD.findall(title) if w.casefold() not in TITLE_SMALL_WORDS]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


#: A date written with digits only: "12/11/2025", "2025-11-12", or a year 1900-2099.
_NUMERIC_DATE = re.compile(r"\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?|(?:19|20)\d\d")


def headline_date_text(text: str) -> bool:
    """Whether a time expression of a headline is a date: it has a word ("Monday",
    "12 November") or is a numeric date or a year 1900-2099; a bare number is a count or
    an item number ("Attack near Kati (34)", "(UPDATE 2)"), not a year."""
    return any(ch.isalpha() for ch in text) or bool(_NUMERIC_DATE.search(text))


def title_in_text(title: str, text: str) -> bool:
    """Whether the text repeats the headline word for word (case and spacing aside), as
    scraped pages whose first line is the headline do: its events are then coded from
    the text."""
    return " ".join(title.split()).casefold() in " ".join(text.split()).casefold()


def body_focus(places: list) -> tuple[str, ...]:
    """The countries (alpha-3) of the text's resolved places with at least half the
    mentions of the most mentioned one, most mentioned first; empty when none."""
    counts = Counter(p.country for p in places if p.country)
    if not counts:
        return ()
    top = max(counts.values())
    return tuple(c for c, n in counts.most_common() if n * 2 >= top)


def paragraph_pieces(text: str, size: int) -> list[str]:
    """``text`` cut at blank lines (``"\n\n"``, kept at the end of the piece before)
    into pieces of whole paragraphs of at most ``size`` characters (a longer paragraph
    is a piece of its own); ``"".join(pieces) == text``."""
    pieces: list[str] = []
    current, start = 0, 0
    while start < len(text):
        cut = text.find("\n\n", start)
        end = len(text) if cut < 0 else cut + 2
        if end - current > size and start > current:
            pieces.append(text[current:start])
            current = start
        start = end
    if current < len(text):
        pieces.append(text[current:])
    return pieces


def _published_date(article: Article) -> date | None:
    value = article.published_at
    if isinstance(value, datetime):
        return value.date()
    return value


def _guess_language(text: str) -> str | None:
    """ISO 639-1 code from py3langid for texts of 200+ characters, else ``None``.

    A text whose words are at least 15% English stop words (spaCy's list; English prose
    has about 40%) is taken as English whatever py3langid says: place and actor names
    make short English news misclassified otherwise. A text with too little language
    to tell (``crisisdesk.text.undetermined_language``) is ``None`` too, not the
    language its few repeated n-grams happen to score highest (Volapük)."""
    if len(text) < 200 or undetermined_language(text):
        return None
    import py3langid
    from spacy.lang.en.stop_words import STOP_WORDS

    sample = text[:5000]
    words = [w.lower() for w in sample.split()]
    if words and sum(w in STOP_WORDS for w in words) / len(words) >= 0.15:
        return "en"
    lang, _ = py3langid.classify(sample)
    return lang
