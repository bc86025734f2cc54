"""A pattern-driven cleaner for scraped page text and Markdown.

The cleaner knows no site. Its behaviour comes from a list of named regular
expressions (``crisisdesk/data/cleaner_patterns.yaml``, extendable with user files):
``drop`` patterns remove chrome lines (page edges, image placeholders, share and comment
widgets, video fallbacks, donation and newsletter boxes), ``strip`` patterns delete
spans, ``lift`` patterns move a short line's value into metadata (byline, relative time,
reading time, site name). Then:

- Markdown is parsed with markdown-it-py (CommonMark): a link keeps its text and drops
  its target, and the soft line breaks inside a paragraph (which link layouts introduce,
  "attacks by\\n[JNIM](...)\\n(JNIM) have") are joined, so each paragraph is whole
  again; images, raw HTML and code are dropped; YAML front matter becomes metadata.
- Plain scraped text is split into lines; hard-wrapped lines are joined (a line that
  does not end a sentence followed by one that continues it).
- The headline is the first short title-like paragraph before the body starts, never
  the last paragraph (a one-paragraph text is all body; for
  Markdown: the front matter ``title`` or a leading ``#`` heading); lines that only
  repeat the lifted author, site or title are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from markdown_it import MarkdownIt

DEFAULT_PATTERNS_RESOURCE = "cleaner_patterns.yaml"
#: lift patterns only apply to lines of at most this many words
LIFT_MAX_WORDS = 12
#: a paragraph with at least this many words that ends a sentence starts the body
BODY_MIN_WORDS = 8

_BULLET = re.compile(r"^\s*(?:[•·▪◦●*+]|-(?=\s))\s*")
_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b]+")
_TERMINAL = re.compile(r"[.!?:;\"”’»)…]$")
#: A wire-service dateline opening the first body paragraph: "BAMAKO, 12 November 2025 -",
#: "Bamako, Nov 12 (Reuters) -", "GAO, Tuesday, 11 November 2025 —" (AP/Reuters style:
#: place, date, optional agency in brackets, then a hyphen, en or em dash). The date
#: must name a month or be a whole numeric date ("12/11/2025", "12.11.2025", ISO
#: "2025-11-12"), so "Kayes, 12 people -" is not a dateline.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATELINE_PREFIX = re.compile(
    r"^(?P<place>(?-i:[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3})),\s+"
    r"(?P<date>(?:[A-Za-z]+day,?\s+)?(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2})(?:,?\s+\d{4})?"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d{2}-\d{2})"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&-]{0,30})\)\s*)?[-–—]+\s+(?=\S)",
    re.IGNORECASE,
)
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)


@dataclass(frozen=True)
class CleanerPattern:
    """One named pattern: ``action`` is ``drop``, ``strip`` or ``lift``; ``scope`` is
    ``line`` (drop/lift: whole line or paragraph), ``source`` or ``block`` (strip);
    ``field`` names the metadata key a ``lift`` fills."""

    name: str
    action: str
    regex: re.Pattern[str]
    scope: str = "line"
    field: str | None = None


@dataclass
class CleanedText:
    """The cleaner's result: whole paragraphs, the headline, lifted metadata
    (``author``, ``site``, ``relative_time``, ``reading_time_minutes``, front matter
    fields under ``front_matter``) and what was dropped (``(pattern name, text)``)."""

    paragraphs: list[str]
    title: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    dropped: list[tuple[str, str]] = field(default_factory=list)


def _compile(entry: dict[str, Any], origin: str) -> CleanerPattern:
    try:
        name, action, pattern = entry["name"], entry["action"], entry["pattern"]
    except (KeyError, TypeError) as error:
        raise ValueError(f"{origin}: a pattern entry needs name, action and pattern: {entry!r}") from error
    if action not in ("drop", "strip", "lift"):
        raise ValueError(f"{origin}: pattern {name!r}: unknown action {action!r}")
    if action == "lift" and not entry.get("field"):
        raise ValueError(f"{origin}: lift pattern {name!r} needs a field")
    flags = 0 if entry.get("case_sensitive") else re.IGNORECASE
    if entry.get("scope") == "source":
        flags |= re.DOTALL
    try:
        regex = re.compile(pattern, flags)
    except re.error as error:
        raise ValueError(f"{origin}: pattern {name!r} does not compile: {error}") from error
    return CleanerPattern(name=name, action=action, regex=regex, scope=entry.get("scope", "line"),
                          field=entry.get("field"))


def _read_entries(text: str, origin: str) -> list[CleanerPattern]:
    entries = yaml.safe_load(text) or []
    if not isinstance(entries, list):
        raise ValueError(f"{origin}: expected a YAML list of patterns")
    return [_compile(entry, origin) for entry in entries]


@lru_cache(maxsize=8)
def load_patterns(extra_files: tuple[Path, ...] = ()) -> tuple[CleanerPattern, ...]:
    """The packaged patterns followed by those in ``extra_files`` (YAML lists of
    ``{name, action, pattern, [scope], [field], [case_sensitive]}``); an extra entry
    with an existing name replaces it. Raises ``ValueError`` for a malformed entry."""
    packaged = resources.files("crisisdesk.data").joinpath(DEFAULT_PATTERNS_RESOURCE).read_text("utf-8")
    patterns = {p.name: p for p in _read_entries(packaged, DEFAULT_PATTERNS_RESOURCE)}
    for path in extra_files:
        for pattern in _read_entries(Path(path).read_text("utf-8"), str(path)):
            patterns.pop(pattern.name, None)
            patterns[pattern.name] = pattern
    return tuple(patterns.values())


def squash(text: str) -> str:
    """Collapse runs of spaces/tabs and strip."""
    return _SPACE.sub(" ", text).strip()


def word_count(text: str) -> int:
    return len(text.split())


def is_body_paragraph(text: str) -> bool:
    """A paragraph of running prose: enough words and a sentence end."""
    return word_count(text) >= BODY_MIN_WORDS and bool(_TERMINAL.search(text.rstrip()))


#: Labels of a page's list of links to other stories ("Related Posts", "Read more",
#: "More stories", "You may also like"): the bullet lines under one are headlines of
#: other articles, not this one's text (the widget the ``navigation_word`` pattern names).
TEASER_LABEL = re.compile(r"(?:related(?: articles| stories| content| posts| news)?|read (?:more|next|also)|also read|"
                          r"more (?:stories|news|from \w+)|you (?:may|might) also like|recommended(?: for you)?|"
                          r"most (?:read|popular))\s*:?", re.IGNORECASE)


class Cleaner:
    """Applies a pattern list to scraped text, Markdown or extracted paragraphs."""

    def __init__(self, patterns: Iterable[CleanerPattern]) -> None:
        patterns = tuple(patterns)
        self.source_strips = [p for p in patterns if p.action == "strip" and p.scope == "source"]
        self.block_strips = [p for p in patterns if p.action == "strip" and p.scope != "source"]
        self.drops = [p for p in patterns if p.action == "drop"]
        self.lifts = [p for p in patterns if p.action == "lift"]
        self._markdown = MarkdownIt("commonmark")

    # -- public entry points ---------------------------------------------------------
    def clean_text(self, text: str) -> CleanedText:
        """Clean plain scraped page text (one paragraph per line or per blank-line
        separated block)."""
        result = CleanedText(paragraphs=[])
        text = self._strip_source(text)
        blocks: list[list[str]] = [[]]
        teasers = False  # under a "Related Posts" label: its bullet lines are links to other stories
        for raw_line in text.splitlines():
            line = squash(raw_line)
            if not line:
                teasers = False
                if blocks[-1]:
                    blocks.append([])
                continue
            if teasers and _BULLET.match(line):
                result.dropped.append(("teaser_list", line))
                continue
            kept = self._classify(line, result)
            teasers = kept is None and bool(TEASER_LABEL.fullmatch(_BULLET.sub("", line).strip()))
            if kept is not None:
                blocks[-1].append(kept)
        paragraphs: list[str] = []
        for block in blocks:
            paragraphs.extend(_join_wrapped(block))
        result.paragraphs = paragraphs
        self._finish(result, find_title=True)
        return result

    def clean_markdown(self, text: str) -> CleanedText:
        """Clean a Markdown page, with or without YAML front matter."""
        result = CleanedText(paragraphs=[])
        front, body = split_front_matter(text)
        if front is not None:
            result.metadata["front_matter"] = front
        body = self._strip_source(body)
        leading_heading: str | None = None
        for kind, level, block in self._markdown_blocks(body):
            if kind == "heading" and level == 1 and not result.paragraphs and leading_heading is None:
                leading_heading = block
                continue
            kept = self._classify(block, result)
            if kept is not None:
                result.paragraphs.append(kept)
        title = front.get("title") if isinstance(front, dict) else None
        result.title = squash(str(title)) if title else leading_heading
        self._finish(result, find_title=result.title is None)
        return result

    def clean_paragraphs(self, paragraphs: Iterable[str], title: str | None = None) -> CleanedText:
        """Apply drop/strip patterns to paragraphs already extracted (e.g. from HTML)
        and drop paragraphs that only repeat the ``title``."""
        result = CleanedText(paragraphs=[], title=title)
        for paragraph in paragraphs:
            line = squash(paragraph)
            if not line:
                continue
            kept = self._classify(line, result, lift=False)
            if kept is not None:
                result.paragraphs.append(kept)
        self._finish(result, find_title=False)
        return result

    # -- steps ------------------------------------------------------------------------
    def _strip_source(self, text: str) -> str:
        for pattern in self.source_strips:
            text = pattern.regex.sub("", text)
        return text

    def _classify(self, line: str, result: CleanedText, lift: bool = True) -> str | None:
        """Return the line to keep (after block strips), or None when it is dropped or
        lifted into metadata."""
        for pattern in self.block_strips:
            line = squash(pattern.regex.sub("", line))
        probe = _BULLET.sub("", line).strip()
        if not probe:
            result.dropped.append(("blank", line))
            return None
        for pattern in self.drops:
            if pattern.regex.fullmatch(probe):
                result.dropped.append((pattern.name, line))
                return None
        if lift and word_count(probe) <= LIFT_MAX_WORDS:
            for pattern in self.lifts:
                match = pattern.regex.fullmatch(probe)
                if match and pattern.field not in result.metadata:
                    value = match.groupdict().get("value") or match.group(0)
                    result.metadata[pattern.field] = squash(value)
                    result.dropped.append((pattern.name, line))
                    return None
        return line

    def _finish(self, result: CleanedText, find_title: bool) -> None:
        if find_title:
            for index, paragraph in enumerate(result.paragraphs):
                if is_body_paragraph(paragraph):
                    break
                if (2 <= word_count(paragraph) <= 25 and not paragraph.endswith(".")
                        and index + 1 < len(result.paragraphs)):
                    # a headline heads a body: the only (or last) paragraph is the body,
                    # even without a full stop ("..., no casualties reported")
                    result.title = paragraph
                    del result.paragraphs[index]
                    break
        self._lift_dateline_prefix(result)
        echoes = {
            _echo_key(str(value))
            for value in (result.title, result.metadata.get("author"), result.metadata.get("site"))
            if value
        }
        kept = []
        for paragraph in result.paragraphs:
            if _echo_key(paragraph) in echoes:
                result.dropped.append(("echo", paragraph))
            else:
                kept.append(paragraph)
        result.paragraphs = kept

    @staticmethod
    def _lift_dateline_prefix(result: CleanedText) -> None:
        """Move a dateline opening the first body paragraph ("BAMAKO, 12 November 2025 -")
        out of the text into metadata: ``dateline_place``, ``published_text`` (unless a
        dateline line was lifted already) and ``agency`` (unless known). The place is
        where the story was filed, not an actor or event location, so it must not reach
        the coder. Only the first paragraph that reads as body text is looked at."""
        for index, paragraph in enumerate(result.paragraphs):
            if not is_body_paragraph(paragraph):
                continue
            match = _DATELINE_PREFIX.match(paragraph)
            if match:
                result.metadata["dateline_place"] = match["place"]
                result.metadata.setdefault("published_text", squash(match["date"]))
                if match["agency"]:
                    result.metadata.setdefault("agency", match["agency"].strip())
                result.dropped.append(("dateline_prefix", match.group(0).strip()))
                result.paragraphs[index] = paragraph[match.end():]
            return

    def _markdown_blocks(self, body: str) -> list[tuple[str, int, str]]:
        """``(kind, heading level, text)`` for each paragraph and heading, with links
        reduced to their text and soft breaks joined."""
        blocks: list[tuple[str, int, str]] = []
        tokens = self._markdown.parse(body)
        for index, token in enumerate(tokens):
            if token.type != "inline" or index == 0:
                continue
            opener = tokens[index - 1]
            if opener.type == "heading_open":
                kind, level = "heading", int(opener.tag[1:])
            elif opener.type == "paragraph_open":
                kind, level = "paragraph", 0
            else:
                continue
            text = _render_inline(token.children or [])
            if text:
                blocks.append((kind, level, text))
        return blocks


def _render_inline(children: list[Any]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    text = "".join(parts)
    # a line break before punctuation was layout only: "United States\n, United Kingdom"
    text = re.sub(r"[ \t]*\n[ \t]*(?=[,.;:!?)\]])", "", text)
    text = re.sub(r"[ \t]*\n[ \t]*", " ", text)
    return squash(text)


def _echo_key(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def _join_wrapped(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines of one block: a line that does not end a sentence and is
    followed by a line starting in lower case or punctuation (or is itself long, a
    wrap width of 50+ characters) continues on the next line."""
    paragraphs: list[str] = []
    for line in lines:
        if paragraphs:
            previous = paragraphs[-1]
            continues = not _TERMINAL.search(previous) and (
                line[:1].islower() or line[:1] in ",.;:)" or len(previous) >= 50
            )
            if continues:
                glue = "" if line[:1] in ",.;:)" else " "
                paragraphs[-1] = previous + glue + line
                continue
        paragraphs.append(line)
    return paragraphs


def split_front_matter(text: str) -> tuple[dict[str, Any] | None, str]:
    """Split YAML front matter (``---`` … ``---`` at the very start) from the body.
    Returns ``(mapping or None, body)``; malformed YAML leaves the text untouched."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return None, text
    try:
        front = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return None, text
    if not isinstance(front, dict):
        return None, text
    return front, text[match.end():]
