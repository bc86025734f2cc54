"""HTML → main text and metadata, through trafilatura.

trafilatura (Barbaresi 2021, ACL demo) finds the main text and reads title, author,
site name, canonical URL and publication date (htmldate) from the page. Comments and
tables are left out; ``favor_precision`` keeps navigation out of the text. A page whose
text is all in a table (an incident table, a weekly log) is read again with its tables,
one line per row (note ``text_from_tables``); it was rejected as ``no_text``. A page
whose markup ends before ``</body>``/``</html>`` is marked ``html_truncated``.

A date that htmldate found only by its extensive search of the page's text and that
falls on the 1st of a month is not taken as the publication date (note
``published_guess_dropped``): htmldate's last resorts turn a bare year ("1996" in a
script's numbers, a copyright line) into YYYY-01-01 and a month into YYYY-MM-01, and
that padded day would be stored at day precision and date every "on Monday" of the
article against it (a page with 200 KB of script and no date was dated 1996-01-01).
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


#: Article note when a padded date from htmldate's text search is not used (module docstring).
PUBLISHED_GUESS_DROPPED = "published_guess_dropped"


#: English and French month names and abbreviations, January first (for :func:`_states_first_day`).
_MONTHS = (("january", "jan", "janvier", "janv"), ("february", "feb", "février", "fevrier", "févr"),
           ("march", "mar", "mars"), ("april", "apr", "avril", "avr"), ("may", "mai"),
           ("june", "jun", "juin"), ("july", "jul", "juillet", "juil"), ("august", "aug", "août", "aout"),
           ("september", "sep", "sept", "septembre"), ("october", "oct", "octobre"),
           ("november", "nov", "novembre"), ("december", "dec", "décembre", "decembre", "déc"))


def _states_first_day(html: str, year: int, month: int) -> bool:
    """Whether the page writes the 1st of ``month`` ``year`` out in full: ``2025-11-01``,
    ``01/11/2025``, ``1 November 2025``, ``1er novembre 2025``, ``November 1, 2025``,
    ``Nov. 1st 2025`` (case-insensitive)."""
    names = "|".join(re.escape(n) for n in _MONTHS[month - 1])
    patterns = (rf"{year}[-/.]{month:02d}[-/.]0?1(?!\d)", rf"(?<!\d)0?1[-/.]{month:02d}[-/.]{year}",
                rf"(?<!\d)0?1(?:st|er)?\.?\s+(?:{names})\.?,?\s+{year}",
                rf"\b(?:{names})\.?\s+0?1(?:st)?(?!\d),?\s+{year}")
    return any(re.search(p, html, re.IGNORECASE) for p in patterns)


def metadata_page_date(html: str, url: str | None = None) -> str | None:
    """The date htmldate finds without searching the text (the page's metadata, markup
    and URL), with the ``original_date``/``max_date`` settings trafilatura uses; None
    when there is none."""
    params = set_date_params(False)
    return htmldate.find_date(html, url=url, extensive_search=False, original_date=params["original_date"],
                              max_date=params["max_date"])


def trusted_page_date(html: str, found: str | None, url: str | None = None) -> str | None:
    """``found`` (trafilatura's date, ``YYYY-MM-DD``) unless it is a padded guess: a
    1st of the month that neither htmldate's non-extensive search (the page's metadata,
    markup and URL, with the same ``original_date``/``max_date`` settings trafilatura
    uses) confirms nor the page writes out in full (:func:`_states_first_day`). Returns
    ``found`` or None."""
    if not found or not re.fullmatch(r"\d{4}-\d{2}-01", found):
        return found
    if _states_first_day(html, int(found[:4]), int(found[5:7])):
        return found
    return found if metadata_page_date(html, url=url) == found else None


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
    language: str | None = None
    description: str | None = None
    notes: list[str] = field(default_factory=list)


def is_truncated(html: str) -> bool:
    """True when the page opens ``<html>``/``<body>`` but never closes them."""
    return bool(_OPENED.search(html)) and not _CLOSED.search(html)


def extract_html(html: str, url: str | None = None, metadata_date_only: bool = False) -> HtmlExtraction:
    """Run trafilatura on ``html``; return paragraphs (empty when nothing was found).

    ``metadata_date_only``: keep a date only when the page's metadata, markup or URL
    gives it (:func:`metadata_page_date`), not one found in its text; for a page whose
    container has a better fallback (a feed item's date: "on November 27, 2025" in the
    text is the event's day, not the page's)."""
    notes = ["html_truncated"] if is_truncated(html) else []
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True,
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
            favor_precision=True, deduplicate=LRUCache(maxsize=1024))
        tabled_data = (tabled.as_dict() if hasattr(tabled, "as_dict") else dict(tabled)) if tabled is not None else {}
        rows = table_rows_as_lines(tabled_data.get("text") or "")
        if len(rows.split()) > len(text.split()):
            data, text = tabled_data, rows
            notes.append(f"{TEXT_FROM_TABLES}: the page's text is in a table; each row is read as one line, "
                         "its cells joined by '; '")
    if not data:
        return HtmlExtraction(paragraphs=[], notes=notes)
    if metadata_date_only:
        date = metadata_page_date(html, url=url) if data.get("date") else None
    else:
        date = trusted_page_date(html, data.get("date"), url=url)
    if data.get("date") and date is None and not metadata_date_only:
        notes.append(f"{PUBLISHED_GUESS_DROPPED}: the only date htmldate found in the page's text was "
                     f"{data['date']!r}, the 1st of a month that it fills in from a bare year or month (a "
                     "number in a script, a copyright line); not taken as the publication date")
    return HtmlExtraction(
        paragraphs=[line for line in text.splitlines() if line.strip()],
        title=data.get("title"),
        author=data.get("author"),
        site=data.get("sitename") or data.get("hostname"),
        hostname=data.get("hostname"),
        url=data.get("url"),
        date=date,
        language=data.get("language"),
        description=data.get("description"),
        notes=notes,
    )
