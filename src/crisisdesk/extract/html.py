"""HTML → main text and metadata, through trafilatura.

trafilatura (Barbaresi 2021, ACL demo) finds the main text and reads title, author,
site name, canonical URL and publication date (htmldate) from the page. Comments and
tables are left out; ``favor_precision`` keeps navigation out of the text. A page
whose markup ends before ``</body>``/``</html>`` is marked ``html_truncated``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import trafilatura
from trafilatura.deduplication import LRUCache

_OPENED = re.compile(r"<(?:html|body)\b", re.IGNORECASE)
_CLOSED = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)


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


def extract_html(html: str, url: str | None = None) -> HtmlExtraction:
    """Run trafilatura on ``html``; return paragraphs (empty when nothing was found)."""
    notes = ["html_truncated"] if is_truncated(html) else []
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True,
        # A fresh cache per page: ``deduplicate=True`` would use trafilatura's
        # process-wide LRU cache and discard a page whose text was seen more than
        # twice before in this process (wire copies, re-runs, watch mode, backfill).
        deduplicate=LRUCache(maxsize=1024),
    )
    if document is None:
        return HtmlExtraction(paragraphs=[], notes=notes)
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    text = data.get("text") or ""
    return HtmlExtraction(
        paragraphs=[line for line in text.splitlines() if line.strip()],
        title=data.get("title"),
        author=data.get("author"),
        site=data.get("sitename") or data.get("hostname"),
        hostname=data.get("hostname"),
        url=data.get("url"),
        date=data.get("date"),
        language=data.get("language"),
        description=data.get("description"),
        notes=notes,
    )
