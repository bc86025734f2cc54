"""HTML → main text and metadata, through trafilatura.

trafilatura (Barbaresi 2021, ACL demo) finds the main text and reads title, author,
site name, canonical URL and publication date (htmldate) from the page. Comments and
tables are left out; ``favor_precision`` keeps navigation out of the text. A page whose
text is all in a table (an incident table, a weekly log) is read again with its tables,
one line per row (note ``text_from_tables``); it was rejected as ``no_text``. A page
whose markup ends before ``</body>``/``</html>`` is marked ``html_truncated``.

The publication date is htmldate's with ``extensive_search=False`` (and trafilatura's
``original_date=True``, ``max_date`` today). htmldate's documentation describes its
three steps: the markup in the header (``meta``/``link`` elements, Open Graph, CMS
fields), structural markers in the HTML (``time``/``abbr`` elements, date attributes),
and the bare content, where the fast mode targets "precise patterns" and the extensive
mode ("activate pattern-based opportunistic text search", ``find_date`` docstring)
collects every date expression of the text and picks one by a disambiguation
algorithm. That last pick is any date the page mentions: a news page with no metadata
was published on the day of the attack its first sentence reports ("Gunmen attacked
... on 27 November 2025" made 2025-11-27 the publication day, and every "on Monday"
of the article was dated against it), or a bare year padded to the 1st ("1996" in a
script's numbers became 1996-01-01). So a date found only by the extensive search is
not the publication date unless the page writes it on a line of its own, a byline or
date line ("Published: 24 November 2025", "By Staff Reporter, 24 November 2025": the
date and at most four other words, :func:`date_line`; the article's metadata then says
``published_from: date_line``, not ``document``). Otherwise it is only
named in the note ``published_guess_dropped``, and the article is dated by what comes
next (a dateline the cleaner lifts, a relative time), else left undated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import htmldate
import trafilatura
from trafilatura.deduplication import LRUCache
from trafilatura.settings import set_date_params

_OPENED = re.compile(r"<(?:html|body)\b", re.IGNORECASE)
_CLOSED = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)
#: Below this many words of text without tables, the page is read again with its tables
#: (the article's ``no_text`` threshold, ``extract.article.MIN_WORDS``).
TABLE_FALLBACK_WORDS = 5
#: Article note when the text came from the page's tables (:func:`extract_html`).
TEXT_FROM_TABLES = "text_from_tables"
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def table_rows_as_lines(text: str) -> str:
    """trafilatura's Markdown tables (``| a | b |`` rows, a ``|---|`` rule) as plain
    lines: the rule and the header row above it dropped ("Date | Place | Killed" names
    columns: coded, "Killed" made an event), a row's non-empty cells joined by ``"; "``
    and ended with a full stop, so each row is one sentence; other lines unchanged."""
    _was_row = False
    lines: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if _TABLE_RULE.match(stripped):
            if lines and lines[-1] is not None and _was_row:
                lines.pop()  # the header row above the rule names columns; it reports nothing
            continue
        _was_row = stripped.startswith("|")
        if stripped.startswith("|"):
            cells = [c.strip() for c in stripped.strip("|").split("|") if c.strip()]
            if cells:
                row = "; ".join(cells)
                lines.append(row if row.endswith((".", "!", "?")) else row + ".")
            continue
        lines.append(line)
    return "\n".join(lines)


#: Article note when a date from htmldate's text search is not used (module docstring).
PUBLISHED_GUESS_DROPPED = "published_guess_dropped"


#: English and French month names and abbreviations, January first (for :func:`_states_first_day`).
_MONTHS = (("january", "jan", "janvier", "janv"), ("february", "feb", "février", "fevrier", "févr"),
           ("march", "mar", "mars"), ("april", "apr", "avril", "avr"), ("may", "mai"),
           ("june", "jun", "juin"), ("july", "jul", "juillet", "juil"), ("august", "aug", "août", "aout"),
           ("september", "sep", "sept", "septembre"), ("october", "oct", "octobre"),
           ("november", "nov", "novembre"), ("december", "dec", "décembre", "decembre", "déc"))


def _written_day(text: str, year: int, month: int, day: int) -> re.Match[str] | None:
    """Where ``text`` writes the day out in full: ``2025-11-24``, ``24/11/2025``,
    ``24 November 2025``, ``1er novembre 2025``, ``November 24, 2025``, ``Nov. 1st 2025``
    (case-insensitive); None when it does not."""
    names = "|".join(re.escape(n) for n in _MONTHS[month - 1])
    d = rf"0?{day}" if day < 10 else str(day)
    patterns = (rf"{year}[-/.]{month:02d}[-/.]{d}(?!\d)", rf"(?<!\d){d}[-/.]0?{month}[-/.]{year}",
                rf"(?<!\d){d}(?:st|nd|rd|th|er)?\.?\s+(?:{names})\.?,?\s+{year}",
                rf"\b(?:{names})\.?\s+{d}(?:st|nd|rd|th)?(?!\d),?\s+{year}")
    return next((m for m in (re.search(p, text, re.IGNORECASE) for p in patterns) if m), None)


def _states_first_day(html: str, year: int, month: int) -> bool:
    """Whether the page writes the 1st of ``month`` ``year`` out in full (:func:`_written_day`)."""
    return _written_day(html, year, month, 1) is not None


#: Most words besides the date on a line that dates the page ("Published: 24 November
#: 2025", "By Staff Reporter, 24 November 2025", "24/11/2025"): a byline or date line.
#: A sentence mentioning the date ("The attack on 27 November 2025 killed five") has more.
DATE_LINE_OTHER_WORDS = 4
_LINE_TAGS = ("p", "span", "div", "time", "li", "td", "small", "em", "strong", "b", "i", "a", "h1", "h2", "h3",
              "h4", "h5", "h6", "header", "footer", "address", "font")


def date_line(html: str, found: str) -> str | None:
    """The byline or date line of the page that writes ``found`` (``YYYY-MM-DD``) out:
    the text of an element whose own text, without its child elements, is the written
    date and at most :data:`DATE_LINE_OTHER_WORDS` other words; None when the date stands
    only in sentences (an event's date) or is not written out (a padded year)."""
    import lxml.html

    year, month, day = int(found[:4]), int(found[5:7]), int(found[8:10])
    if _written_day(html, year, month, day) is None:
        return None
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for element in tree.iter(*_LINE_TAGS):
        if element.getparent() is not None and element.getparent().tag in ("script", "style"):
            continue
        line = " ".join(element.text_content().split())
        match = _written_day(line, year, month, day) if len(line) < 200 else None
        if match is None:
            continue
        rest = (line[:match.start()] + " " + line[match.end():]).split()
        if len(rest) <= DATE_LINE_OTHER_WORDS:
            return line
    return None


def metadata_page_date(html: str, url: str | None = None) -> str | None:
    """The date htmldate finds without its opportunistic text search (the page's
    metadata, markup, URL and precise patterns), with the ``original_date``/``max_date``
    settings trafilatura uses; None when there is none."""
    params = set_date_params(False)
    return htmldate.find_date(html, url=url, extensive_search=False, original_date=params["original_date"],
                              max_date=params["max_date"])


def text_search_date(html: str, url: str | None = None) -> str | None:
    """The date htmldate's extensive search picks among the date expressions of the
    page's text (``YYYY-MM-DD``; a bare year or month padded to the 1st), for the
    ``published_guess_dropped`` note only (module docstring); None when there is none."""
    params = set_date_params(True)
    return htmldate.find_date(html, url=url, extensive_search=True, original_date=params["original_date"],
                              max_date=params["max_date"])


@dataclass
class HtmlExtraction:
    """What trafilatura found: paragraphs of main text and page metadata (strings as
    the page gives them; ``date`` is YYYY-MM-DD)."""

    paragraphs: list[str]
    title: str | None = None
    author: str | None = None
    site: str | None = None
    hostname: str | None = None
    url: str | None = None
    date: str | None = None
    #: where ``date`` comes from: ``metadata`` (htmldate without its text search: the
    #: page's metadata, markup, URL, precise patterns) or ``date_line`` (a byline or date
    #: line of the page, :func:`date_line`); None without a date
    date_source: str | None = None
    language: str | None = None
    description: str | None = None
    notes: list[str] = field(default_factory=list)


def is_truncated(html: str) -> bool:
    """True when the page opens ``<html>``/``<body>`` but never closes them."""
    return bool(_OPENED.search(html)) and not _CLOSED.search(html)


#: The ``lang`` attribute of the ``<html>`` start tag (HTML Living Standard, "The lang
#: and xml:lang attributes"): trafilatura's metadata has no language unless asked to
#: filter by one.
_HTML_LANG_RE = re.compile(r"<html\b[^>]*?\s(?:xml:)?lang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)",
                           re.IGNORECASE)


def declared_html_language(html: str) -> str | None:
    """The language tag a page declares on its ``<html>`` element (``en``, ``fr-FR``),
    read from its first 4,096 characters; None when it declares none."""
    match = _HTML_LANG_RE.search(html[:4096])
    return match.group(1) if match else None


def extract_html(html: str, url: str | None = None, metadata_date_only: bool = False) -> HtmlExtraction:
    """Run trafilatura on ``html``; return paragraphs (empty when nothing was found).

    ``metadata_date_only``: keep a date only when the page's metadata, markup or URL
    gives it (:func:`metadata_page_date`), not one found in its text; for a page whose
    container has a better fallback (a feed item's date: "on November 27, 2025" in the
    text is the event's day, not the page's)."""
    notes = ["html_truncated"] if is_truncated(html) else []
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True, date_extraction_params=set_date_params(False),  # no text search: module docstring
        # A fresh cache per page: ``deduplicate=True`` would use trafilatura's
        # process-wide LRU cache and discard a page whose text was seen more than
        # twice before in this process (wire copies, re-runs, watch mode, backfill).
        deduplicate=LRUCache(maxsize=1024),
    )
    data = (document.as_dict() if hasattr(document, "as_dict") else dict(document)) if document is not None else {}
    text = data.get("text") or ""
    if len(text.split()) < TABLE_FALLBACK_WORDS:
        tabled = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            favor_precision=True, deduplicate=LRUCache(maxsize=1024), date_extraction_params=set_date_params(False))
        tabled_data = (tabled.as_dict() if hasattr(tabled, "as_dict") else dict(tabled)) if tabled is not None else {}
        rows = table_rows_as_lines(tabled_data.get("text") or "")
        if len(rows.split()) > len(text.split()):
            data, text = tabled_data, rows
            notes.append(f"{TEXT_FROM_TABLES}: the page's text is in a table; each row is read as one line, "
                         "its cells joined by '; '")
    if not data:
        return HtmlExtraction(paragraphs=[], notes=notes)
    date = data.get("date")
    date_source = "metadata" if date else None
    guessed = None if date or metadata_date_only else text_search_date(html, url=url)
    line = date_line(html, guessed) if guessed else None
    if line:  # the source is recorded in the article's ``published_from`` (date_line)
        date, date_source = guessed, "date_line"
    elif guessed:
        padded = re.fullmatch(r"\d{4}-\d{2}-01", guessed) and not _states_first_day(
            html, int(guessed[:4]), int(guessed[5:7]))
        notes.append(f"{PUBLISHED_GUESS_DROPPED}: the page's metadata and markup give no date; the only one "
                     f"htmldate found was {guessed!r}, by its search of the page's text, "
                     + ("the 1st of a month that it fills in from a bare year or month (a number in a script, "
                        "a copyright line)" if padded else "a date the text mentions (often an event's)")
                     + "; not taken as the publication date")
    return HtmlExtraction(
        paragraphs=[line for line in text.splitlines() if line.strip()],
        title=data.get("title"),
        author=data.get("author"),
        site=data.get("sitename") or data.get("hostname"),
        hostname=data.get("hostname"),
        url=data.get("url"),
        date=date,
        date_source=date_source,
        language=data.get("language") or declared_html_language(html),
        description=data.get("description"),
        notes=notes,
    )
