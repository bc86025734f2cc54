"""Delexicalised text for the ACLED classifier: names that do not transfer replaced by
what they are.

A classifier trained on one country's notes learns its toponyms and its armed groups
("Mopti", "MINUSMA") as cues of a sub-event type; in later years and other regions those
names are absent or mean something else. :class:`NameMasks` replaces, in the evidence
sentence and its paragraph, what the annotation stage found:

- a toponym (a place found by the gazetteer, ``doc._.places``) by ``xxplace``;
- a named actor (an actor-dictionary or named actor, not a generic one such as
  "gunmen" or "villagers", which stay as words) by its sector code, ``xxreb``,
  ``xxmil``, ``xxcvl`` ... (``xxactor`` when the sector is unknown);
- a time expression (``doc._.times``), and a month or weekday name, by ``xxdate``;
- a number, in digits or in words ("three", "dozens"), by ``xxnum``.

What transfers stays: trigger words, weapon words, victim words ("civilians",
"soldiers"), and the codebook features of :mod:`crisisdesk.coding.acled_model`.
Placeholders start with ``xx`` so that no English word ("place", "date") is confused
with them. The idea is the delexicalisation of named entities commonly used for
cross-domain transfer in NLP (e.g. Zeman & Resnik 2008; McDonald, Petrov & Hall 2011,
"Multi-source transfer of delexicalized dependency parsers").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from crisisdesk.records import ActorRef, Place, TimeExpression

#: Placeholders (lower case: the classifier lower-cases text; ``xx`` + a letter-only tag).
PLACE_TOKEN = "xxplace"
DATE_TOKEN = "xxdate"
NUMBER_TOKEN = "xxnum"
ACTOR_TOKEN = "xxactor"

#: Number words of English (cardinals, "dozen(s)", "hundreds" ...); ordinals are kept
#: ("first", "second" carry no count).
NUMBER_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|"
    r"dozens?|scores)\b", re.I)
#: Digits, with thousands separators and decimals ("1,200", "3.5").
DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
#: Capitalised month and weekday names ("March" the month, not "march" the verb).
CALENDAR_WORDS = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?=[\s.,;:)]|$)")


def actor_token(actor: ActorRef) -> str:
    """Placeholder of a named actor: ``xx`` + its lower-cased sector code (``xxreb``),
    or :data:`ACTOR_TOKEN` when the sector is unknown."""
    sector = re.sub(r"[^a-z]", "", (actor.sector or "").lower())
    return f"xx{sector}" if sector else ACTOR_TOKEN


@dataclass(frozen=True)
class NameMasks:
    """Surface strings to replace (lower-cased) -> placeholder; build with
    :meth:`from_annotations`, apply with :meth:`apply`."""

    replacements: dict[str, str]

    @classmethod
    def from_annotations(cls, actors: Iterable[ActorRef] = (), places: Iterable[Place] = (),
                         times: Iterable[TimeExpression] = ()) -> NameMasks:
        """Masks of the annotation stage's named actors (their span text -> sector
        placeholder; generic actors are left as words), places (-> :data:`PLACE_TOKEN`)
        and time expressions (-> :data:`DATE_TOKEN`). A surface string found as two
        kinds keeps the first: actor, then place, then time."""
        replacements: dict[str, str] = {}

        def add(text: str | None, token: str) -> None:
            key = (text or "").strip().lower()
            if len(key) >= 2 and re.search(r"[a-z]", key) and key not in replacements:
                replacements[key] = token

        for actor in actors:
            if not actor.generic and actor.span is not None:
                add(actor.span.text, actor_token(actor))
        for place in places:
            if place.span is not None:
                add(place.span.text, PLACE_TOKEN)
        for time in times:
            add(time.span.text if time.span is not None else None, DATE_TOKEN)
        return cls(replacements)

    @cached_property
    def pattern(self) -> re.Pattern | None:
        """The names as one pattern (longest first, case-insensitive, not inside a
        longer word), compiled on first use (most documents never need it); None
        when there is no name."""
        if not self.replacements:
            return None
        alternatives = "|".join(re.escape(k) for k in sorted(self.replacements, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.I)

    def apply(self, text: str, capitalised: bool = False) -> str:
        """``text`` with the masked names, then calendar words, then numbers (digits
        and number words) replaced by their placeholders; with ``capitalised``, then
        also every remaining capitalised word inside a sentence (:data:`INNER_NAME`,
        names the annotation stage did not resolve) by :data:`NAME_TOKEN`."""
        if self.pattern is not None:
            text = self.pattern.sub(lambda m: f" {self.replacements[m.group(0).lower()]} ", text)
        text = delexicalise_numbers_and_dates(text)
        return INNER_NAME.sub(NAME_TOKEN, text) if capitalised else text


#: Placeholder of a capitalised word the annotation stage did not resolve.
NAME_TOKEN = "xxname"
#: A capitalised, not all-capital word after a lower-case word, a comma or a semicolon
#: (not a sentence's first word; acronyms such as "IED" stay).
INNER_NAME = re.compile(r"(?<=[a-z,;:] )[A-Z](?=[\w'-]*[a-z])[\w'-]+")


def delexicalise_numbers_and_dates(text: str) -> str:
    """``text`` with capitalised month and weekday names as :data:`DATE_TOKEN` and
    numbers (digits, English number words) as :data:`NUMBER_TOKEN`."""
    text = CALENDAR_WORDS.sub(DATE_TOKEN, text)
    text = DIGITS.sub(NUMBER_TOKEN, text)
    return NUMBER_WORDS.sub(NUMBER_TOKEN, text)
