"""RawDocument → Article: decode, sniff, clean, lift metadata, identify, hash.

Metadata precedence (first present wins), the rule for every field:

1. the container's fields (JSON ``title``/``url``/``published``/``site``/``author``):
   the fetcher's record of the item. A mirror's front matter ``date`` is its export
   date, so the container's ``published`` wins over it;
2. the document's own structured metadata: YAML front matter (``title``, ``date`` /
   ``published``, ``url`` / ``source_url``, ``author``) or HTML metadata (trafilatura);
3. cues lifted from the text by the cleaner: a byline, a site-name line, a dateline,
   "11 hours ago" resolved against ``fetched_at``;
4. for ``site`` only: the host of the URL.

``Article.text`` is the clean paragraphs joined by one blank line; each ``Paragraph``
gives ``[start, end)`` offsets into it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crisisdesk.errors import ExtractionError
from crisisdesk.extract.cleaner import Cleaner, CleanedText, load_patterns, squash
from crisisdesk.extract.dates import numeric_dateline_date, parse_date_value, resolve_relative
from crisisdesk.extract.decode import UTF8_REPLACED, decode_bytes
from crisisdesk.extract.html import extract_html
from crisisdesk.extract.ids import article_id_for, content_hash_for
from crisisdesk.records import EVENTS_DATED_BY_PUBLICATION, UNDETERMINED_LANGUAGE_NOTE, Article, Paragraph, RawDocument
from crisisdesk.sources.files import FETCHED_AT_FROM
from crisisdesk.sources.sniff import sniff_kind
from crisisdesk.text import undetermined_language

#: fewer words than this in the clean text → ``ExtractionError('no_text')``, unless the
#: text is one complete sentence (:func:`is_one_sentence_report`)
MIN_WORDS = 5
#: a one-sentence report needs a subject, a verb and an object or complement at least
#: ("Gunmen kidnapped two traders.", "Two soldiers killed."): three words
MIN_SENTENCE_WORDS = 3
#: one sentence: starts with a capital letter or a digit, has no other sentence end
#: inside, and ends with a full stop, "!" or "?" (closing quote or bracket allowed)
_ONE_SENTENCE = re.compile(r"^[\"“‘(]?[A-Z0-9][^\n.!?]*(?:\.(?=\S)[^\n.!?]*)*[.!?][\"”’)]?$")
#: Article note (and stderr line of ``run``) when a relative publication time ("11
#: hours ago") was resolved against a file's modification time: copying a file moves
#: its date, so the user is told to give ``--fetched-at``.
PUBLISHED_FROM_FILE_TIME = "published_from_file_time"
PARAGRAPH_SEPARATOR = "\n\n"


def is_one_sentence_report(text: str) -> bool:
    """Whether a short clean text (under :data:`MIN_WORDS` words) is still a report: one
    complete sentence of at least :data:`MIN_SENTENCE_WORDS` words, capitalised and
    closed by a full stop, "!" or "?" ("JNIM kidnapped two traders.", as feed items,
    alerts and one-line situation-report entries give an event). Page chrome ("Share",
    "Comments", "top of page"), a bare title ("Attack in Mopti") or a cut-off fragment
    has no sentence end and is still ``no_text``; so are several short sentences ("Share.
    Comments. Top."). A dot inside a number or name ("3.5 km", "site.org") followed by a
    non-space does not end the sentence."""
    words = text.split()
    return len(words) >= MIN_SENTENCE_WORDS and "\n" not in text.strip() and bool(_ONE_SENTENCE.match(text.strip()))


class ArticleExtractor:
    """Turns ``RawDocument`` records into ``Article`` records.

    ``pattern_files`` are extra cleaner pattern files (YAML) appended to the packaged
    list. One extractor is meant to be created per run and reused.
    """

    def __init__(self, pattern_files: Sequence[Path] = ()) -> None:
        self.cleaner = Cleaner(load_patterns(tuple(Path(p) for p in pattern_files)))

    def extract(self, raw: RawDocument) -> Article:
        """Extract one article. Raises ``ExtractionError`` with ``reason`` ``empty``,
        ``binary``, ``undecodable`` or ``no_text``."""
        kind = "html" if raw.media_type == "text/html" else sniff_kind(raw.content[:65536])
        if kind in ("empty", "binary"):
            raise ExtractionError(kind, f"{kind} content", uri=raw.uri, line=raw.line)
        try:
            text, encoding = decode_bytes(raw.content)
        except ExtractionError as error:
            raise ExtractionError(error.reason, error.detail, uri=raw.uri, line=raw.line) from None
        container = dict(raw.metadata)
        notes: list[str] = []
        if encoding == UTF8_REPLACED:
            notes.append(f"{DECODE_REPLACED}: {text.count(chr(0xFFFD))} byte sequence(s) that are not UTF-8 "
                         "replaced with U+FFFD; the rest of the text is UTF-8")
        fetched_from_mtime = container.pop(FETCHED_AT_FROM, None) == "file_mtime"
        document_meta: dict[str, Any] = {}
        if kind == "html":
            found = extract_html(text, url=container.get("url"),
                                 metadata_date_only=bool(container.get("feed_url") and container.get("published")))
            cleaned = self.cleaner.clean_paragraphs(found.paragraphs, title=found.title)
            document_meta = {"title": found.title, "author": found.author, "site": found.site,
                             "url": found.url, "published": found.date, "published_source": found.date_source,
                             "language": found.language}
            notes.extend(found.notes)
            method = "trafilatura"
        elif kind == "markdown":
            cleaned = self.cleaner.clean_markdown(text)
            front = cleaned.metadata.get("front_matter") or {}
            document_meta = {
                "title": cleaned.title,
                "author": front.get("author"),
                "url": front.get("url") or front.get("source_url"),
                "published": front.get("published") or front.get("date"),
                "site": front.get("site"),
                "language": front.get("lang") or front.get("language"),
            }
            method = "markdown-cleaner"
        else:
            cleaned = self.cleaner.clean_text(text)
            document_meta = {"title": cleaned.title}
            method = "text-cleaner"
        article = self._assemble(raw, cleaned, container, document_meta, notes, method, encoding)
        if fetched_from_mtime and article.metadata.get("published_from") == "relative_time":
            article.notes.append(
                f"{PUBLISHED_FROM_FILE_TIME}: {article.metadata.get('relative_time')!r} resolved against the "
                f"file's modification time {raw.fetched_at:%Y-%m-%d %H:%M} UTC; pass --fetched-at with the "
                "time the page was saved")
        return article

    def _assemble(self, raw: RawDocument, cleaned: CleanedText, container: dict[str, Any],
                  document_meta: dict[str, Any], notes: list[str], method: str, encoding: str) -> Article:
        paragraphs_text = [p for p in cleaned.paragraphs if p.strip()]
        text = PARAGRAPH_SEPARATOR.join(paragraphs_text)
        if len(text.split()) < MIN_WORDS and not is_one_sentence_report(text):
            raise ExtractionError("no_text", f"{len(text.split())} words of text after cleaning",
                                  uri=raw.uri, line=raw.line)
        lifted = cleaned.metadata

        def pick(name: str) -> Any:
            for source in (container, document_meta, lifted):
                value = source.get(name)
                if value not in (None, ""):
                    return value
            return None

        url = pick("url")
        title = pick("title") or cleaned.title
        site = pick("site") or _host(url)
        published_at, precision, published_from = self._published(container, document_meta, lifted, raw.fetched_at,
                                                                   notes)
        undetermined = undetermined_language(text)
        if undetermined:
            language, language_score = None, None
            notes.append(f"{UNDETERMINED_LANGUAGE_NOTE}{undetermined}; annotated and coded with the English "
                         "pipeline and rules")
        else:
            language, language_score = _language(text)
            declared = pick("language")
            differs = declared_language_differs(declared, language)
            if differs:
                notes.append(f"{LANGUAGE_DIFFERS}: the item declares {str(declared)[:40]!r} ({differs}) but its "
                             f"text reads as {language!r} (py3langid, probability {language_score}); annotated and "
                             f"coded as {language!r}")
        metadata: dict[str, Any] = {"encoding": encoding}
        if published_from == "document" and document_meta.get("published_source") == "date_line":
            published_from = "date_line"  # a byline or date line of the page, not its metadata
        if published_from:
            metadata["published_from"] = published_from
        for key in ("relative_time", "reading_time_minutes", "published_text", "agency", "dateline_place"):
            if key in lifted:
                metadata[key] = lifted[key]
        if "front_matter" in lifted:
            metadata["front_matter"] = _jsonable(lifted["front_matter"])
        if container:
            metadata["container"] = _jsonable(container)
        if cleaned.dropped:
            metadata["dropped"] = [{"pattern": name, "text": line[:200]} for name, line in cleaned.dropped]
        metadata["language_score"] = language_score
        if container.get(EVENTS_DATED_BY_PUBLICATION) is True:
            metadata[EVENTS_DATED_BY_PUBLICATION] = True
        return Article(
            article_id=article_id_for(url, text),
            text=text,
            fetched_at=raw.fetched_at,
            source_uri=raw.uri,
            content_hash=content_hash_for(text),
            url=url,
            site=squash(str(site)) if site else None,
            title=squash(str(title)) if title else None,
            author=squash(str(pick("author"))) if pick("author") else None,
            published_at=published_at,
            published_precision=precision,
            language=language,
            paragraphs=paragraph_offsets(paragraphs_text),
            extraction_method=method,
            metadata=metadata,
            notes=notes,
        )

    @staticmethod
    def _published(container: dict[str, Any], document_meta: dict[str, Any], lifted: dict[str, Any],
                   fetched_at: datetime, notes: list[str] | None = None
                   ) -> tuple[datetime | None, str | None, str | None]:
        """(published_at UTC, precision, origin) from the first source that gives a
        date: container, document metadata, dateline, relative time; (None, None, None)
        when none does. A date in the future (:func:`published_in_future`) is no
        publication date: it is skipped with a ``published_in_future`` entry in ``notes``;
        a stated value that does not parse is skipped with ``published_unreadable``.

        A feed or sitemap item's date (a container with ``feed_url``) is the fallback the
        README promises ("the feed's own date becomes the article's publication date when
        the page has none"), so the page's own metadata comes first (a date in its text
        is not used then: :func:`crisisdesk.extract.html.extract_html`'s
        ``metadata_date_only``): a feed that lists
        every item under one ``pubDate`` (an aggregator, a re-published feed) dated 500
        pages published over four weeks to that day, and their "on November 27" after it."""
        sources = [("container", container.get("published")), ("document", document_meta.get("published"))]
        if container.get("feed_url"):
            sources.reverse()
        for origin, value in (*sources, ("dateline", lifted.get("published_text"))):
            if origin == "dateline" and value and _NUMERIC.match(str(value)):
                parsed = numeric_dateline_date(str(value), fetched_at)  # None when ambiguous
            else:
                parsed = parse_date_value(value) if value not in (None, "") else None
                if parsed and origin == "dateline" and not _YEAR.search(str(value)):
                    parsed = _yearless_date(str(value), fetched_at)
            if parsed is None and origin != "dateline" and value not in (None, "") and notes is not None:
                notes.append(f"{PUBLISHED_UNREADABLE}: the {origin} date {value!r} is no date crisisdesk can "
                             "read (ISO 8601 or a written date such as '21 November 2025'); not used")
            if parsed and published_in_future(parsed[0], fetched_at):
                if notes is not None:
                    notes.append(f"{PUBLISHED_IN_FUTURE}: the {origin} date {value!r} is after the time the item "
                                 f"was read ({fetched_at:%Y-%m-%d %H:%M} UTC); not taken as its publication date")
                continue
            if parsed:
                return parsed[0], parsed[1], origin
        if lifted.get("relative_time"):
            resolved = resolve_relative(lifted["relative_time"], fetched_at)
            if resolved:
                return resolved[0], resolved[1], "relative_time"
        return None, None, None


_YEAR = re.compile(r"\b\d{4}\b")
#: Article note when a stated publication date lies in the future and is not used.
PUBLISHED_IN_FUTURE = "published_in_future"
#: Article note when a container's or document's stated publication date cannot be read
#: ("published": "yesterday-ish", a number, front matter "date: 2025-13-45"): it was
#: dropped without a word, leaving the article undated.
PUBLISHED_UNREADABLE = "published_unreadable"
#: Article note when a mostly UTF-8 text had a few invalid bytes replaced
#: (:func:`crisisdesk.extract.decode._mostly_utf8`); it was rejected ``undecodable``.
DECODE_REPLACED = "decode_replaced"
#: Slack for clocks and time zones (UTC-12 to UTC+14) before a date counts as future.
FUTURE_SLACK = timedelta(days=1)


def published_in_future(published: datetime, fetched_at: datetime, now: datetime | None = None) -> bool:
    """Whether ``published`` (aware) is more than :data:`FUTURE_SLACK` after both the
    fetch time and ``now`` (default: the current UTC time): no page is published after
    it was read ("published": "2087-03-04" in a JSON item, a typo'd dateline year).
    Both bounds must be passed, so a ``--fetched-at`` set too early does not discard
    true dates."""
    now = now or datetime.now(timezone.utc)
    latest = max(fetched_at.astimezone(timezone.utc), now.astimezone(timezone.utc))
    return published.astimezone(timezone.utc) > latest + FUTURE_SLACK
_NUMERIC = re.compile(r"^\d{1,2}[/.]\d{1,2}[/.]\d{4}$")


def _yearless_date(text: str, fetched_at: datetime) -> tuple[datetime, str] | None:
    """A dateline date without a year ("Nov 12") read as the latest such day on or
    before the fetch time (dateparser, ``PREFER_DATES_FROM: past``), precision day."""
    import dateparser

    base = fetched_at.astimezone(timezone.utc).replace(tzinfo=None)
    parsed = dateparser.parse(text, settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
    if parsed is None:
        return None
    return parsed.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=timezone.utc), "day"


def paragraph_offsets(paragraphs: Sequence[str]) -> list[Paragraph]:
    """``[start, end)`` of each paragraph in ``PARAGRAPH_SEPARATOR.join(paragraphs)``."""
    offsets: list[Paragraph] = []
    position = 0
    for paragraph in paragraphs:
        offsets.append(Paragraph(start=position, end=position + len(paragraph)))
        position += len(paragraph) + len(PARAGRAPH_SEPARATOR)
    return offsets


def _host(url: Any) -> str | None:
    if not isinstance(url, str) or not url:
        return None
    host = urlsplit(url if "://" in url else f"http://{url}").hostname
    return host[4:] if host and host.startswith("www.") else host


#: Share of words that are English stop words (spaCy's list) from which a text is taken
#: as English whatever py3langid says (English prose has about 40 %; the annotation
#: stage uses the same rule, ``crisisdesk.annotate.annotator._guess_language``).
ENGLISH_STOP_WORD_SHARE = 0.15
#: ... provided py3langid gives English at least this probability.
ENGLISH_MIN_PROBABILITY = 0.02


#: Note on an article whose declared language (a JSON item's ``language``, an HTML
#: page's ``lang``, front matter ``lang``/``language``) is not the one its text is
#: identified as: the text's language decides how it is annotated and coded (a French
#: article labelled ``en`` by its feed is parsed and coded as French), and the note
#: says so; the declared value was dropped without a word.
LANGUAGE_DIFFERS = "language_differs"


def declared_language_differs(declared: object, detected: str | None) -> str | None:
    """The ISO 639-1 code of ``declared`` (``"en"``, ``"en-GB"``, ``"fr_FR"``,
    ``"French"``, ``"fra"``; read with pycountry's ISO 639 table) when it names a
    language other than ``detected`` (an ISO 639-1 code); None when they agree, when
    either is missing, or when the declared value names no known language."""
    if not detected or not isinstance(declared, str) or not declared.strip():
        return None
    import pycountry

    primary = re.split(r"[-_]", declared.strip())[0].lower()
    if len(primary) == 2:  # lookup() would take "en" for the language named "En" (enc)
        found = pycountry.languages.get(alpha_2=primary)
    else:
        try:
            found = pycountry.languages.lookup(primary)
        except LookupError:
            return None
    code = getattr(found, "alpha_2", None) if found is not None else None
    if code is None:
        return None
    return code if code != detected.lower() else None


def _language(text: str) -> tuple[str | None, float | None]:
    """ISO 639-1 code by py3langid (Lui & Baldwin 2012 langid.py model) and its
    normalised probability. Short English news full of place and actor names is often
    taken for Nigerian Pidgin or Bikol ("On February 16, presumed Katiba Macina
    militants killed four Bozos in Toguere-Koumbe." -> ``pcm``, 0.31): a text with at
    least :data:`ENGLISH_STOP_WORD_SHARE` English stop words to which py3langid gives
    English a probability of at least :data:`ENGLISH_MIN_PROBABILITY` is English (the
    score is then py3langid's probability of English), and so is a headline-length text
    whose lower-case words are mostly English words (:func:`_english_headline`); German
    or Dutch sharing "in", "am" with English stays what py3langid says."""
    identifier = _identifier()
    sample = text[:20000]
    code, score = identifier.classify(sample)
    if code != "en" and (_english_stop_word_share(sample) >= ENGLISH_STOP_WORD_SHARE or _english_headline(sample)):
        english = float(dict(identifier.rank(sample)).get("en", 0.0))
        if english >= ENGLISH_MIN_PROBABILITY:
            return "en", round(english, 4)
    return code, round(float(score), 4)


#: A text of at most this many words is headline-length: news headlines and snippets
#: drop most function words ("Bandits kill 30 villagers in Zamfara raid": 1 stop word
#: in 7), so the stop-word share says little, and py3langid, whose character n-gram
#: model needs longer text, takes them for Swedish or Igbo (0.23 / 0.31).
HEADLINE_MAX_WORDS = 40
#: Share of a headline's lower-case words that must be English words (lemminflect's
#: English lexicon) for the headline to be English ...
ENGLISH_VOCABULARY_SHARE = 0.6
#: ... with at least this many of them.
ENGLISH_VOCABULARY_MIN_WORDS = 2
_WORDS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def _english_headline(text: str) -> bool:
    """True for a headline-length text (:data:`HEADLINE_MAX_WORDS`) whose lower-case
    words (capitalised words are left out as names unless they are English words, as a
    headline's first word often is) are
    at least :data:`ENGLISH_VOCABULARY_SHARE` English words by lemminflect's English
    lexicon (the SPECIALIST lexicon's lemmas and inflections), at least
    :data:`ENGLISH_VOCABULARY_MIN_WORDS` of them: "Nigerian troops recapture Baga from
    Boko Haram" (troops, from: 2 of 3), not "Banditer dödar 30 bybor i Zamfara" (1 of 3)
    nor a French, Spanish, German, Dutch, Italian or Portuguese headline (0-1 of 5-11)."""
    from lemminflect import getAllLemmas

    words = _WORDS.findall(text)
    if not words or len(text.split()) > HEADLINE_MAX_WORDS:
        return False
    # capitalised words are names unless English words (a headline's first word)
    lower = [w.lower() for w in words if w.islower() or getAllLemmas(w.lower())]
    if not lower:
        return False
    known = sum(1 for w in lower if getAllLemmas(w))
    return known >= ENGLISH_VOCABULARY_MIN_WORDS and known / len(lower) >= ENGLISH_VOCABULARY_SHARE


def _english_stop_word_share(text: str) -> float:
    from spacy.lang.en.stop_words import STOP_WORDS

    words = [w.lower() for w in text.split()]
    return sum(w in STOP_WORDS for w in words) / len(words) if words else 0.0


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """The py3langid model with normalised probabilities, loaded once, restricted to the
    languages that have an ISO 639-1 code (the code an :class:`Article` records). The
    model also knows languages with ISO 639-3 codes only (Nigerian Pidgin ``pcm``,
    Central Bikol ``bcl``, ``zxx`` "no linguistic content", ...), which short English
    notes full of names were taken for even with few stop words ("Unidentified gunmen
    killed 2 Fulani herders in Sofara." -> ``pcm``), and which the pipeline could not
    record as ISO 639-1 anyway."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages([code for code in identifier.nb_classes if len(code) == 2])
    return identifier


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)
