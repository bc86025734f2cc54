"""Folding of names and short texts for comparison: one rule for place names typed by
users (``store/names.py``), gazetteer keys (``annotate/gazetteer.py``) and the
evaluation's actor and place names (``evaluation/actors.py``).

Folding strips accents (Unicode NFKD decomposition, combining marks dropped: Unicode
Standard Annex #15), case-folds (Unicode default case folding, ``str.casefold``),
writes every apostrophe as ``'`` and collapses whitespace. Two options cover what the
callers differ in: gazetteer keys also read hyphens, dashes, underscores, slashes and
dots as spaces ("I-n-Délimane" = "In Délimane"), the evaluation every punctuation mark
but ``/``. Letters without a decomposition (``ø``, ``ł``, ``đ``) are kept as they are;
scripts other than Latin are not transliterated (a transliteration such as unidecode's
would make Arabic or Tifinagh alternate names look like unrelated Latin ones).
"""

from __future__ import annotations

import re
import unicodedata

#: Apostrophe look-alikes written as ``'``: right and left single quotation marks,
#: grave accent, modifier letter apostrophe, prime.
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'", "\u2032": "'"})

_DASHES = re.compile(r"[\-\u2010\u2013\u2014_/.]+")
_NOT_WORD = re.compile(r"[^\w/]+")


def strip_accents(text: str) -> str:
    """``"Ségou"`` -> ``"Segou"``: NFKD decomposition with the combining marks dropped
    (ASCII text is returned as is)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str | None, *, dashes_as_spaces: bool = False, punctuation_as_spaces: bool = False) -> str:
    """The folded form of ``text`` (``""`` for None or empty): accents stripped
    (:func:`strip_accents`), case-folded, apostrophes written ``'``, whitespace
    collapsed to single spaces and trimmed. ``"  Côte d’Ivoire "`` -> ``"cote d'ivoire"``.

    ``dashes_as_spaces``: hyphens, dashes, underscores, slashes and dots become spaces
    (``"I-n-Délimane"`` -> ``"i n delimane"``, ``"St. Louis"`` -> ``"st louis"``).
    ``punctuation_as_spaces``: every character that is not a letter, digit, underscore
    or ``/`` becomes a space, apostrophes and hyphens included (``"Ansar al-Din's"`` ->
    ``"ansar al din s"``)."""
    if not text:
        return ""
    folded = strip_accents(text).casefold().translate(APOSTROPHES)
    if dashes_as_spaces:
        folded = _DASHES.sub(" ", folded)
    if punctuation_as_spaces:
        folded = _NOT_WORD.sub(" ", folded)
    return " ".join(folded.split())


# -- how much language a text holds ------------------------------------------------------

#: A "word" for language identification: two or more letters (no digit, no underscore).
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
#: Fewer distinct words than this ...
LANGUAGE_MIN_DISTINCT_WORDS = 10
#: ... each repeated on average at least this many times, and a text gives a language
#: identifier nothing to go on: py3langid (a byte n-gram model, Lui & Baldwin 2012)
#: scores whatever n-grams there are, so "S0. S1. ... S499." came out Volapük at 0.82
#: and "Line 0. Line 1. ..." Volapük at 0.68, "Ok. Ok. ..." Serbian. A short report
#: ("JNIM kidnapped two traders.": 4 words, 4 distinct) repeats nothing and is still
#: identified.
LANGUAGE_MIN_REPEATS = 3


def undetermined_language(text: str) -> str | None:
    """Why the language of ``text`` cannot be determined, or None when it can be tried:
    no word of two or more letters at all, or fewer than
    :data:`LANGUAGE_MIN_DISTINCT_WORDS` distinct words (case-folded), each repeated
    :data:`LANGUAGE_MIN_REPEATS` times or more on average (a page of 500 tiny repeated
    sentences). Only the first 20,000 characters are read, as the identifier does."""
    words = [w.casefold() for w in _LETTER_WORD.findall(text[:20000])]
    if not words:
        return "no word of two or more letters"
    distinct = len(set(words))
    if distinct < LANGUAGE_MIN_DISTINCT_WORDS and len(words) >= LANGUAGE_MIN_REPEATS * distinct:
        return (f"{len(words)} words repeat only {distinct} distinct word(s); too little text to tell a "
                "language")
    return None
