"""Stable identifiers: ``article_id`` and ``content_hash``.

- ``normalise_text``: Unicode NFKC, case-folded, whitespace runs collapsed to one space.
- ``canonical_url``: courlan's ``normalize_url`` (lower-case host, default port and
  fragment dropped, query parameters sorted) after ``clean_url`` (tracking parameters
  such as ``utm_*`` removed); ``http``/``https`` and a trailing ``/`` are not significant.
- ``article_id``: first 16 hex digits of SHA-256 of ``url:<canonical url>``, else of
  ``text:<normalised text>``; the same page keeps its id when its text changes.
- ``content_hash``: SHA-256 (64 hex digits) of the normalised text.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from courlan import clean_url, normalize_url

_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """NFKC + casefold + collapsed whitespace, stripped."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def canonical_url(url: str | None) -> str | None:
    """The canonical form of ``url`` (see module docstring), or None for no/bad URL."""
    if not url or not url.strip():
        return None
    raw = url.strip()
    try:
        cleaned = clean_url(raw) or raw
        canonical = normalize_url(cleaned, strict=False)
    except (ValueError, TypeError):
        canonical = raw
    canonical = canonical.split("#", 1)[0]
    canonical = re.sub(r"^https?://", "", canonical, flags=re.IGNORECASE)
    canonical = re.sub(r"/+(\?|$)", r"\1", canonical)
    return canonical


def article_id_for(url: str | None, text: str) -> str:
    """16-hex-digit stable article id from the canonical URL, else the normalised text."""
    canonical = canonical_url(url)
    key = f"url:{canonical}" if canonical else f"text:{normalise_text(text)}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def content_hash_for(text: str) -> str:
    """64-hex-digit SHA-256 of the normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()
