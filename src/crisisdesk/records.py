"""Typed records that flow between the pipeline stages.

One direction of flow (see ``docs/architecture.md``)::

    sources -> extract -> annotate -> coding -> consolidate -> store -> analysis -> report/web/export
    RawDocument  Article   Doc(spaCy)   EventMention  Event

Field names follow the vocabularies of the field: PLOVER (event type, mode, context,
actor/recipient = source/target), CAMEO (code, QuadClass, Goldstein), ACLED
(``event_type``, ``sub_event_type``, ``geo_precision``, ``time_precision``,
``fatalities``, ``notes``). All datetimes are timezone-aware UTC; all character offsets
are into ``Article.text`` (Python ``str`` indices, end exclusive), except those of an
event mention coded from the article's headline (``Evidence.in_title``): its evidence,
trigger, actor and place spans are into ``Article.title``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

Origin = Literal["file", "stdin", "url", "feed", "sitemap", "warc", "jsonl", "json", "http"]
Precision = Literal["second", "minute", "hour", "day", "week", "month", "year"]
Status = Literal["asserted", "claimed", "threatened", "hypothetical", "negated", "historical", "generic"]

#: ACLED-style location precision (ACLED codebook, ``geo_precision``), extended with 4.
#: 1 = a town or an exact point; 2 = near a town or a small part of a region;
#: 3 = an admin1 region or a larger region; 4 = country only.
GEO_PRECISION_POINT = 1
GEO_PRECISION_NEAR = 2
GEO_PRECISION_REGION = 3
GEO_PRECISION_COUNTRY = 4

#: Start of the ``Article.notes`` entry the annotator writes when an article's text is
#: over its character limit and only the first part was annotated (printed by ``run``).
ANNOTATION_CUT_NOTE = "annotate: text has "
#: Start of the ``Article.notes`` entry the event coder writes when an article is in a
#: language it has no trigger lexicon or parser for (every language but English): the
#: article is stored with no event. Printed by ``run`` (it was only stored, so a run over
#: French news said "stored 8, mentions 0" with no word why).
UNCODED_LANGUAGE_NOTE = "code: language "
#: Start of the ``Article.notes`` entry extraction writes when a text holds too little
#: language to identify (``crisisdesk.text.undetermined_language``: a page of 500 tiny
#: repeated sentences was stored as Volapük): ``Article.language`` stays None, the
#: text is annotated and coded with the English pipeline and rules, and ``run`` prints
#: the note.
UNDETERMINED_LANGUAGE_NOTE = "language undetermined: "
#: A "sentence" longer than this many tokens is no prose: the longest of the 3,837 ACLED
#: Mali notes has 90 tokens, of the shared news articles 73; a table, list or page
#: flattened into one line with no sentence end makes one of thousands. The steps whose
#: work grows with the square of a sentence's length (event coding; the owning state of
#: a generic "officials" in annotation) skip such a sentence: 200,000 characters of it
#: took over an hour to code.
MAX_SENTENCE_TOKENS = 300


@dataclass(frozen=True)
class RawDocument:
    """Bytes from one source item, before any interpretation.

    ``uri`` is a file path, ``-`` for stdin, a URL, or ``path#line=N`` for a JSONL line;
    ``media_type`` is what the container declared (HTTP Content-Type, WARC header) or
    None; the kind of content is decided later by sniffing the bytes. ``metadata``
    carries fields the container already knew (JSON ``title``/``url``/``published``,
    feed item fields, WARC target URI and date).
    """

    uri: str
    content: bytes
    fetched_at: datetime
    origin: Origin = "file"
    media_type: str | None = None
    line: int | None = None
    offset: int | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Span:
    """A character span ``[start, end)`` into ``Article.text`` with its text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of ``Article.text`` as character offsets ``[start, end)``."""

    start: int
    end: int


@dataclass
class Article:
    """Clean main text of one news item with its metadata.

    ``article_id`` is a stable hash of the canonical URL, else of the normalised text;
    ``content_hash`` is a hash of the normalised text, so a changed page at the same URL
    is a new revision. ``published_precision`` says how much of ``published_at`` is
    known (``day`` for a date without time, ``hour`` for "11 hours ago" resolved against
    the fetch time). ``notes`` lists what extraction skipped or doubted.
    """

    article_id: str
    text: str
    fetched_at: datetime
    source_uri: str
    content_hash: str
    url: str | None = None
    site: str | None = None
    title: str | None = None
    author: str | None = None
    published_at: datetime | None = None
    published_precision: Precision | None = None
    language: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    extraction_method: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


#: ``RawDocument.metadata`` / ``Article.metadata`` key (value True): the source is an
#: incident log whose publication date is the date of the events it reports - an ACLED
#: ``notes`` text coded as published on its ``event_date`` (ACLED Codebook: each row is
#: one event on one date) - so a sentence with no date of its own is dated to that day,
#: not to the week ending on it as an undated news report is
#: (:func:`crisisdesk.coding.placetime.undated_time`).
EVENTS_DATED_BY_PUBLICATION = "events_dated_by_publication"


@dataclass(frozen=True)
class Actor:
    """An entry of the actor dictionary (``data/actors.yaml`` plus user files).

    ``code`` is CAMEO-style (``MLIMIL``) or the group's own (``JNIM``); ``parent`` is
    another entry's ``actor_id`` (Katiba Macina -> ``jnim``) or a state-sector code
    (Africa Corps -> ``RUSMIL``); ``aliases`` maps an ISO 639-1 language to names;
    ``operates_in`` lists alpha-3 codes where the actor is active (article focus);
    ``valid_from``/``valid_to`` bound the actor's existence where known; ``acled_name``
    is the actor's name in ACLED data ("Military Forces of Burkina Faso", "Al Shabaab"),
    with ``{country}`` standing for the event's country in names ACLED gives per country
    ("Dozo Communal Militia ({country})"); None when the display name is ACLED's.
    ``dated_aliases`` (language -> names) name the actor only between ``valid_from``
    and ``valid_to`` ("French forces" are Operation Barkhane from 2014 to 2022): in a
    text dated outside them they name the actor's state forces (``country`` +
    ``sector``), see :meth:`crisisdesk.annotate.actors.ActorRecognizer.recognise`.
    """

    actor_id: str
    name: str
    code: str
    actor_type: str
    sector: str | None = None
    country: str | None = None
    parent: str | None = None
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    operates_in: tuple[str, ...] = ()
    valid_from: date | None = None
    valid_to: date | None = None
    acled_name: str | None = None
    dated_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class ActorRef:
    """An actor as it takes part in an event or is mentioned in text.

    ``actor_id`` is the dictionary id (``None`` for a generic actor such as "truck
    drivers"); ``code`` is a CAMEO-style code (country alpha-3 + sector, e.g.
    ``FRAGOV``, or a group's own code such as ``JNIM``); ``sector`` is a sector code
    (GOV, MIL, COP, REB, CVL, BUS, MED, IGO, NGO, ...); ``acled_name`` the dictionary
    entry's ACLED actor name (:class:`Actor`), used by the ACLED export.
    """

    name: str
    actor_id: str | None = None
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    actor_type: str | None = None
    generic: bool = False
    span: Span | None = None
    parent: str | None = None
    acled_name: str | None = None


@dataclass(frozen=True)
class Place:
    """A resolved place (or an unresolved toponym, with ``geonames_id`` None).

    ``country`` is ISO 3166-1 alpha-3; ``admin1`` the admin1 name, ``admin1_code`` the
    GeoNames admin1 code (``ML.03``) and ``admin1_iso`` ISO 3166-2 where known;
    ``lat``/``lon`` in decimal degrees WGS84; ``geo_precision`` 1-4 as above.
    """

    name: str
    geo_precision: int
    country: str | None = None
    geonames_id: int | None = None
    feature_code: str | None = None
    admin1: str | None = None
    admin1_code: str | None = None
    admin1_iso: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    span: Span | None = None
    #: The sentence that ties this place to the event when it is not the event's own
    #: sentence (a coordinate pair stated later: "geolocated to 12.9, -8.5").
    evidence: Span | None = None
    #: For a toponym the gazetteer does not know, placed by a known place the text ties
    #: it to ("Kéra (Bankass, Mopti)", "near the town of Mopti", "between Boni and
    #: Douentza"): the cue and the known name, whose point (precision 2) or region
    #: (precision 3) stands for the toponym, as ACLED's geo_precision practice does.
    anchor: Span | None = None
    #: True when the country or admin1 was inferred from the article (its country focus:
    #: country names, demonyms, actors of a known country; or a town of the same
    #: sentence) rather than stated beside the toponym.
    inferred: bool = False


@dataclass(frozen=True)
class TimeExpression:
    """A time expression resolved to an interval ``[start, end]`` (dates, inclusive)."""

    text: str
    start: date
    end: date
    precision: Precision
    span: Span | None = None


@dataclass(frozen=True)
class Evidence:
    """The sentence that reports an event: text and offsets into ``Article.text``.

    ``in_title``: the sentence is the article's headline (``Article.title``, which is not
    part of ``Article.text``); the offsets, and every span of the mention (trigger,
    actors, place), are then into ``Article.title``."""

    sentence: str
    start_char: int
    end_char: int
    trigger: Span | None = None
    in_title: bool = False


@dataclass(frozen=True)
class Count:
    """A reported number of people (killed, injured): exact ``value`` or a min/max range.

    ``whose`` names the victims' group when the text says it ("civilians", "soldiers").
    ``vague`` lists the quantity words read for victim groups the text gives no figure
    for ("several", "dozens", "unknown" for "an unknown number of"), whose part of
    ``min`` is only the word's literal floor (``coding.counts.VAGUE``); stored with the
    fatalities (``fatalities_vague`` of events and event_mentions), for conventions such
    as ACLED's (``coding.counts.acled_fatalities``).
    """

    min: int | None
    max: int | None
    whose: str | None = None
    vague: tuple[str, ...] = ()

    @property
    def value(self) -> int | None:
        return self.min if self.min is not None and self.min == self.max else None


@dataclass
class EventMention:
    """One event as reported by one sentence of one article.

    PLOVER ``event_type`` (16 types of PLOVER 0.8), ``mode`` and ``contexts``; CAMEO
    ``cameo_code`` with ``quad_class`` (1-4) and ``goldstein`` (-10..10); ACLED
    ``acled_event_type``/``acled_sub_event_type`` when the event is political violence,
    a demonstration or a strategic development; ``acled_rule_types``: the rule coder's
    own (event_type, sub_event_type) when the ACLED classifier chose the types (not
    stored; for evaluation and inspection). ``event_date``..``date_end`` with
    ``time_precision``; ``status`` with ``claimed_by`` for claims; ``reported_by``:
    who the sentence attributes the report to, as written ("the army", "residents",
    "reports on social media"; None when the sentence names no one), whatever the
    status, with ``reported_by_code`` the actor code it resolves to (``MLIMIL``).
    """

    mention_id: str
    article_id: str
    event_type: str
    evidence: Evidence
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    cameo_code: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    source_actors: list[ActorRef] = field(default_factory=list)
    target_actors: list[ActorRef] = field(default_factory=list)
    place: Place | None = None
    event_date: date | None = None
    date_end: date | None = None
    time_precision: Precision | None = None
    status: Status = "asserted"
    claimed_by: str | None = None
    fatalities: Count | None = None
    injured: Count | None = None
    confidence: float = 0.5
    reported_by: str | None = None
    reported_by_code: str | None = None
    acled_rule_types: tuple[str | None, str | None] | None = None


@dataclass
class Event:
    """One real-world incident consolidated from one or more mentions.

    Each field holds its best-supported value; ``disagreements`` maps a field name to
    the distinct values reported (e.g. ``{"fatalities": [5, 7]}``); ``fatalities`` and
    ``injured`` span the lowest to the highest reported figure (``Count(5, 7)``).
    """

    event_id: str
    event_type: str
    mentions: list[EventMention] = field(default_factory=list)
    num_mentions: int = 0
    num_articles: int = 0
    num_sources: int = 0
    first_reported_at: datetime | None = None
    disagreements: dict[str, list[Any]] = field(default_factory=dict)
    # Best-supported values (mirror the ``events`` table; chosen by consolidate/events.py).
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    cameo_code: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    source_actors: list[ActorRef] = field(default_factory=list)
    target_actors: list[ActorRef] = field(default_factory=list)
    place: Place | None = None
    event_date: date | None = None
    date_end: date | None = None
    time_precision: Precision | None = None
    status: Status = "asserted"
    claimed_by: str | None = None
    fatalities: Count | None = None
    injured: Count | None = None
    notes: str | None = None
    #: who reports the incident, as written, and its actor code (best-supported mention)
    reported_by: str | None = None
    reported_by_code: str | None = None


@dataclass(frozen=True)
class Reject:
    """An input item that could not be processed: where (``uri``, JSONL ``line``, WARC
    ``offset``), at which ``stage`` (source, extract, annotate, coding, store), a short
    machine ``reason`` (``binary``, ``empty``, ``undecodable``, ``too_large``,
    ``malformed_json``, ...) and a human ``detail``. ``listed_in``: the feed or sitemap
    (URL or file path) that listed the item, when it came from one (its ``uri`` is the
    item's own URL, which alone did not say which feed of a run listed it)."""

    uri: str
    stage: str
    reason: str
    detail: str = ""
    line: int | None = None
    offset: int | None = None
    listed_in: str | None = None
