"""Trigger lexicon: event words organised by PLOVER type and mode, matched on the parse.

The packaged lexicon is ``crisisdesk/data/lexicon/triggers.yaml`` (written for
crisisdesk; format documented at its top). Users add words with their own YAML file of
the same shape: ``Lexicon.load([my_file])``; a word in a later file replaces the same
word of an earlier one.

Matching works on spaCy tokens: a single-word entry matches a token's lemma (verbs
for ``verbs``, nouns and proper nouns for ``nouns``); a multi-word entry such as
``"open fire"`` or ``"withdraw staff"`` matches a head token whose lemma is the first
word when every other word is the lemma of one of its dependents (children or
grandchildren) - so "opened heavy fire" and "withdrew its non-essential staff" match.
A multi-word noun entry also matches on its last word, the head of an English noun
compound ("hunger strike": "strike" with the dependent "hunger"). A word the tokenizer
splits at a hyphen ("sit-in" -> "sit", "-", "in") matches on its last token, whatever
part of speech the tagger gave it (the "in" of "a sit-in" is often read as a particle). A noun
ending in "-ed" that is no entry matches the entry of its stem ("staged a protested":
a past form the tagger took for a noun). The past form of the head of a multi-word verb
entry that the tagger took for a noun or an adjective matches the entry when the rest
of the phrase follows it word for word ("a gunman shot dead a trader" with "shot" read as
a noun, "dead" as the clause head): the past forms are English morphology from
``lemminflect`` (irregular "shot", "fought", "held" included), not a list of ours. So
does its present form in a verbless headline, read as a noun compound ("Police fire
tear gas at protesters": "fire" a compound of "gas"), after a subject noun.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import product
from importlib import resources
from pathlib import Path
from typing import Iterable

import yaml
from lemminflect import getInflection, getLemma
from spacy.tokens import Token

from crisisdesk.coding.roles import do_support_verb, headline_verb_roles, second_subject_object

VERB_POS = {"VERB"}
NOUN_POS = {"NOUN", "PROPN"}
#: Tags the tagger gives a headline's present-tense verb when the sentence has no verb:
#: a noun ("Police fire tear gas": "fire" a compound), an adverb or an adjective
#: ("Militants lob grenade at police station": "lob" an adverb of "grenade").
HEADLINE_VERB_MISTAGS = NOUN_POS | {"ADV", "ADJ"}


@dataclass(frozen=True)
class TriggerEntry:
    """One lexicon word or phrase with its coding hints.

    ``words`` are lemmas (head first); ``pos`` is ``"VERB"`` or ``"NOUN"``;
    ``event_type``/``mode``/``contexts`` are PLOVER; ``cameo`` a CAMEO code;
    ``acled`` an ACLED sub_event_type hint (None when the type is not one ACLED codes).
    """

    words: tuple[str, ...]
    pos: str
    event_type: str
    mode: str | None
    contexts: tuple[str, ...]
    cameo: str | None
    acled: str | None

    @property
    def phrase(self) -> str:
        return " ".join(self.words)


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file and the group."""


class Lexicon:
    """Lookup of trigger entries by head lemma and part of speech."""

    def __init__(self, entries: Iterable[TriggerEntry]) -> None:
        self._by_head: dict[tuple[str, str], list[TriggerEntry]] = {}
        self._entries: dict[tuple[str, tuple[str, ...]], TriggerEntry] = {}
        for entry in entries:
            self._entries[(entry.pos, entry.words)] = entry  # a later file replaces the phrase
        for entry in self._entries.values():
            self._by_head.setdefault((entry.pos, entry.words[0]), []).append(entry)
            if entry.pos == "NOUN" and len(entry.words) > 1 and entry.words[-1] != entry.words[0]:
                # English noun compounds put the head last ("hunger strike", "drone
                # strike", "mediation effort"): also match them on their last word
                head_last = TriggerEntry(words=(entry.words[-1], *entry.words[:-1]), pos=entry.pos,
                                         event_type=entry.event_type, mode=entry.mode, contexts=entry.contexts,
                                         cameo=entry.cameo, acled=entry.acled)
                self._by_head.setdefault((entry.pos, entry.words[-1]), []).append(head_last)
        for bucket in self._by_head.values():
            bucket.sort(key=lambda e: -len(e.words))  # longest phrase first
        #: past forms (VBD, VBN) of multi-word verb heads -> entries ("shot" -> "shoot dead")
        self._past_heads: dict[str, list[TriggerEntry]] = {}
        for entry in self._entries.values():
            if entry.pos == "VERB" and len(entry.words) > 1:
                forms = {f.lower() for tag in ("VBD", "VBN") for f in getInflection(entry.words[0], tag=tag)}
                for form in forms:
                    self._past_heads.setdefault(form, []).append(entry)
        for bucket in self._past_heads.values():
            bucket.sort(key=lambda e: -len(e.words))
        #: base and 3rd-person present forms (VB, VBZ) of multi-word verb heads -> entries
        #: ("fire" -> "fire tear gas"), for present-tense headlines read as noun compounds
        self._present_heads: dict[str, list[TriggerEntry]] = {}
        for entry in self._entries.values():
            if entry.pos == "VERB" and len(entry.words) > 1:
                forms = {entry.words[0], *(f.lower() for f in getInflection(entry.words[0], tag="VBZ"))}
                for form in forms:
                    self._present_heads.setdefault(form, []).append(entry)
        for bucket in self._present_heads.values():
            bucket.sort(key=lambda e: -len(e.words))
        #: head words of the entries by part of speech ("VERB", "NOUN"), read per token by match()
        self._head_words: dict[str, frozenset[str]] = {
            part: frozenset(word for (p, word) in self._by_head if p == part) for part in ("VERB", "NOUN")}
        preload_lemmatiser()

    def __len__(self) -> int:
        return len(self._entries)

    @classmethod
    def load(cls, extra_files: Iterable[str | Path] = ()) -> "Lexicon":
        """Packaged lexicon plus ``extra_files`` (YAML, same shape). Raises
        :class:`LexiconError` with the file path and reason for a malformed file,
        ``FileNotFoundError`` for a missing one."""
        return cls(load_entries("triggers.yaml", extra_files))

    def match(self, token: Token) -> tuple[TriggerEntry, list[Token]] | None:
        """The entry a token triggers, with the tokens of the matched phrase, or None."""
        if is_nominal_participle(token):
            return None
        pos = "VERB" if token.pos_ in VERB_POS else "NOUN" if token.pos_ in NOUN_POS else None
        if pos != "VERB" and token.lower_ in self._past_heads:
            misread = self._misread_verb_phrase(token)
            if misread is not None:
                return misread
        if pos == "VERB" and token.tag_ == "VBD" and token.dep_ == "amod" and token.lower_ in self._past_heads:
            # a finite past form parsed as the modifier of the noun after it ("Niger and Chad
            # shared intelligence about the attack": "shared" an amod of "intelligence"): the
            # verb of the clause, the phrase read word for word (s13b-types)
            misread = self._misread_verb_phrase(token)
            if misread is not None:
                return misread
        if pos != "VERB" and token.pos_ in HEADLINE_VERB_MISTAGS and token.lower_ in self._present_heads:
            misread = self._headline_verb_phrase(token)
            if misread is not None:
                return misread
        if pos != "VERB" and ("VERB", token.lower_) in self._by_head and do_support_verb(token) is not None:
            pos = "VERB"  # "protesters did enter and loot shops": a bare infinitive after "do" read as a noun
        if pos == "NOUN" and not any(("NOUN", k) in self._by_head for k in (token.lemma_.lower(), token.lower_)) \
                and ("VERB", token.lemma_.lower()) in self._by_head and headline_verb_roles(token) is not None:
            # a one-word headline verb in the present tense read as a noun, with no noun
            # sense in the lexicon ("Crowd burns alleged witch to death": "burns" the
            # subject of "alleged"); headline word order decides (roles.headline_verb_roles;
            # s14-regions2, closing note 13)
            pos = "VERB"
        if pos is None and misread_auxiliary(token):
            pos = "VERB"  # "French aircraft struck presumed militants": "struck" read as an auxiliary
        joined = _hyphenated(token)
        if pos is None and any(("NOUN", word) in self._by_head for word in joined):
            pos = "NOUN"  # "staged a sit-in": the tagger reads the "in" of a hyphenated noun as a particle
        if pos is None:
            return None
        keys = {token.lemma_.lower(), token.lower_, *joined}
        if pos == "VERB" and token.lemma_.lower() == token.lower_:
            keys |= verb_lemmas(token.lower_)  # "retook" (tagged VB or VBD): a past form the lemmatiser kept as is
        if pos == "NOUN" and token.lower_.endswith("ed") and not keys & self._head_words[pos]:
            # a verb's past form the tagger took for a noun ("staged a protested"): its stem
            keys |= {token.lower_[:-2], token.lower_[:-1]}
        subject_match = None
        near: dict[bool, list[tuple[Token, set[str]]]] = {}  # the head's near words, made once per depth
        for key in keys:
            for entry in self._by_head.get((pos, key), ()):
                if len(entry.words) == 1:
                    return entry, [token, *token.doc[token.i - 2:token.i]] if key in joined else [token]
                deep = len(entry.words) > 3
                if deep not in near:
                    near[deep] = _near_words(token, deep)
                found = _match_rest(near[deep], entry.words[1:])
                if found is None:
                    continue
                if pos == "VERB" and any(t.dep_ == "nsubj" and t.head.i == token.i
                                         and t not in second_subject_object(token) for t in found):
                    # the active verb's own subject matched as its object word ("the armed
                    # group established its headquarters" matches "establish group"): kept
                    # only when no entry matches with the verb's other dependents
                    # ("establish headquarters"); s13b-types
                    subject_match = subject_match or (entry, [token, *found])
                    continue
                return entry, [token, *found]
        return subject_match


    def _misread_verb_phrase(self, token: Token) -> tuple[TriggerEntry, list[Token]] | None:
        """A multi-word verb entry whose head is ``token``, a past form the tagger did not
        read as a verb, with the rest of the phrase right after it in the text ("shot
        dead"); the phrase's tokens in text order, or None. Only past forms (an "-s" or
        base form read as a noun is usually one: "a shot", "the set")."""
        doc = token.doc
        for entry in self._past_heads.get(token.lower_, ()):
            rest = doc[token.i + 1:token.i + len(entry.words)]
            if len(rest) == len(entry.words) - 1 and all(
                    word in {t.lower_, t.lemma_.lower()} for word, t in zip(entry.words[1:], rest)):
                return entry, [token, *rest]
        return None


    def _headline_verb_phrase(self, token: Token) -> tuple[TriggerEntry, list[Token]] | None:
        """A multi-word verb entry in the present tense of a headline that the tagger read
        as a noun compound ("Police fire tear gas at protesters": "fire" a compound of
        "gas") or as an adverb or adjective (:data:`HEADLINE_VERB_MISTAGS`: "Militants lob
        grenade at police station"): ``token`` is the base or "-s" form of the entry's head, the rest of the
        phrase follows it word for word, a noun without determiner comes before it (the
        subject) and the sentence has no verb (headline grammar: present tense for past
        events, no articles or auxiliaries; AP Stylebook, "headlines"). Else None, so "fire
        trucks rushed ...", "the fire service" and "a fire" stay nouns."""
        doc, sent = token.doc, token.sent
        if token.i == sent.start or doc[token.i - 1].pos_ not in NOUN_POS or any(
                t.pos_ in {"VERB", "AUX"} for t in sent):
            return None
        if any(t.dep_ in {"det", "poss"} or t.pos_ in {"DET", "PRON"} for t in doc[sent.start:token.i]):
            return None
        for entry in self._present_heads.get(token.lower_, ()):
            rest = doc[token.i + 1:token.i + len(entry.words)]
            if len(rest) == len(entry.words) - 1 and rest.end <= sent.end and all(
                    word in {t.lower_, t.lemma_.lower()} for word, t in zip(entry.words[1:], rest)):
                return entry, [token, *rest]
        return None


#: Dependents that make a participle a verb of its own clause, not a noun phrase head.
_CLAUSE_DEPENDENTS = {"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "agent", "csubj"}


#: Lemmas of English auxiliary verbs (primary and modal, with the semi-auxiliaries the
#: tagger marks AUX: Huddleston & Pullum, CGEL 2002, ch. 3, 2.1).
AUXILIARY_LEMMAS = frozenset({"be", "have", "do", "will", "shall", "would", "should", "can", "could", "may", "might",
                              "must", "ought", "need", "dare", "get", "use", "used", "'s", "'d", "'ll", "'ve", "'re",
                              "'m", "ca", "wo"})


def misread_auxiliary(token: Token) -> bool:
    """Whether a past form tagged as an auxiliary is no auxiliary verb: its lemma is none
    of :data:`AUXILIARY_LEMMAS` ("French aircraft struck presumed militants" parsed with
    "struck" an auxiliary of "presumed"). Such a token is matched as a verb; its
    objects are those of the word it was hung on (``roles.object_heads``). Session 19,
    notes6: the air strike was no event."""
    return token.pos_ == "AUX" and token.tag_ in {"VBD", "VBN"} and token.dep_ in {"aux", "auxpass"} \
        and token.lemma_.lower() not in AUXILIARY_LEMMAS and token.lower_ not in AUXILIARY_LEMMAS \
        and not (verb_lemmas(token.lower_) & AUXILIARY_LEMMAS)


@cache
def verb_lemmas(past_form: str) -> frozenset[str]:
    """Lemmas of an English past verb form from ``lemminflect`` ("retook" -> {"retake",
    "re-take"}, "overran" -> {"overrun"}); empty when it knows none. spaCy's English
    lemmatiser leaves some irregular past forms of prefixed verbs unchanged ("the SAF
    retook the building": lemma "retook"), so a trigger entry ("retake") missed them.
    Cached per form (a pure function of the string; lemminflect's table is fixed)."""
    return frozenset(lemma.lower() for lemma in getLemma(past_form, upos="VERB"))


def preload_lemmatiser() -> None:
    """Load ``lemminflect``'s lemma table now (it reads it from disk on its first
    lemmatisation, about half a second), so that the first document coded does not pay
    for it. Called when a :class:`Lexicon` is built; later calls cost one cached lookup."""
    verb_lemmas("retook")


def is_nominal_participle(token: Token) -> bool:
    """True when ``token`` is a past participle used as a noun for the people it
    describes, with a determiner and no subject, object or auxiliary of its own: "the
    wounded" in "peacekeepers evacuated the wounded", "the injured", "the abducted".
    Such a phrase names people hurt by an event reported elsewhere, not an event (a
    "nominal adjective": Quirk et al., *A Comprehensive Grammar of the English
    Language*, 1985, 7.23-7.24; Huddleston & Pullum, *CGEL*, 2002, ch. 7, 14.2); before,
    "evacuated the wounded to Bunia" was coded an ASSAULT (Violence against civilians -
    Attack) with no actor. "Gunmen wounded the guard" and "three were wounded" keep
    their verb."""
    if token.tag_ != "VBN":
        return False
    children = list(token.children)
    return (any(child.dep_ == "det" and child.i < token.i for child in children)
            and not any(child.dep_ in _CLAUSE_DEPENDENTS for child in children))


def _hyphenated(token: Token) -> set[str]:
    """The hyphenated word a token ends, as the tokenizer splits it: "sit-in" is the
    tokens "sit", "-", "in" with the last one as head; returns ``{"sit-in"}`` for "in"
    (empty when the token does not end a word joined by hyphens without spaces)."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return set()
    return {f"{doc[i - 2].lower_}-{token.lower_}", f"{doc[i - 2].lower_}-{token.lemma_.lower()}"}  # "sit-ins"


def _near_words(head: Token, deep: bool) -> list[tuple[Token, set[str]]]:
    """The tokens where the other words of a phrase headed by ``head`` may stand, in
    search order, each with the forms it matches by (lemma, form, form without a plural
    "s"): children and grandchildren, with ``deep`` (a phrase of four words or more)
    great-grandchildren too, the contents of a partitive head and a raised passive
    subject. Made once per head and depth, for all the lexicon entries it heads."""
    near = [c for c in head.children] + [g for c in head.children for g in c.children]
    if deep:
        # a verb with a prepositional chain ("put out of action": put -> out -> of -> action)
        # reaches one level further
        near += [gg for c in head.children for g in c.children for gg in g.children]
    near += partitive_contents(head)
    if head.dep_ == "xcomp" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children):
        # passive raising: "a movement was announced to have been founded" - the raised
        # subject of "announced" is the patient of "founded"
        near += [c for c in head.head.children if c.dep_ == "nsubjpass"]
    # compounds to the left ("suicide bombing", "roadside bomb") are children too
    return [(t, {t.lemma_.lower(), t.lower_, t.lower_.removesuffix("s")}) for t in near]


def _match_rest(near: list[tuple[Token, set[str]]], rest: tuple[str, ...]) -> list[Token] | None:
    """The tokens of ``near`` (:func:`_near_words` of the head) that are the words
    ``rest`` of a lexicon phrase after its head, in order, or None when one is missing."""
    found: list[Token] = []
    for word in rest:
        if "-" in word:
            # a hyphenated word the tokenizer split and the parser took apart ("staged a
            # sit-in" with "sit" read as a verb): any of its parts near the head, all its
            # tokens; a word the parser kept whole (its last token a noun) is matched as
            # the noun entry, from its last token
            parts = next((_hyphen_tokens(t, word) for t, _ in near if _hyphen_tokens(t, word)), None)
            if parts is None or parts[-1].pos_ in NOUN_POS:
                return None
            found.extend(parts)
            continue
        # a plural the tagger took for a name keeps its "s" as lemma ("Weapons were seized")
        hit = next((t for t, forms in near if word in forms and t not in found
                    and (t.pos_ not in {"VERB", "AUX"} or _in_fixed_noun_phrase(t))), None)
        if hit is None:
            return None
        found.append(hit)
    return found


#: Measure, container and series nouns that stand before what they count ("30 tonnes
#: of food", "a new round of talks", "a shipment of missiles"): in English the "of"
#: complement of such a partitive noun is the semantic head of the phrase (Quirk et al.,
#: *A Comprehensive Grammar of the English Language*, 1985, 5.8-5.9, partitive
#: constructions; Huddleston & Pullum, *CGEL*, 2002, 5.9.1, quantificational nouns).
PARTITIVE_NOUNS = frozenset({
    "ton", "tons", "tonne", "tonnes", "kilogram", "kilo", "litre", "liter", "barrel", "round", "series", "batch",
    "shipment", "consignment", "package", "load", "cargo", "truckload", "planeload", "lot", "set", "number",
    "amount", "quantity", "supply", "stock", "wave", "delivery",
    # a convoy of goods and a headcount of people ("sent a convoy of food", "sent thousands
    # of troops"): the same partitive pattern (CGEL 5.9.1: "thousands", "dozens" as
    # quantificational nouns); s14-plover2
    "convoy", "dozens", "hundreds", "thousands", "scores",
    # ordinal and fractional heads ("delivered the first of their fighter jets", "sent
    # the rest of the shipment"): partitives too (CGEL 5.9.1; Quirk et al. 5.8); s20-plover7fix
    "first", "last", "rest", "remainder", "half"})


def partitive_contents(head: Token) -> list[Token]:
    """What a partitive object of ``head`` counts (:data:`PARTITIVE_NOUNS`): "sent 30
    tonnes of food and medical supplies" gives "food" and "supplies", "hosted a new round
    of indirect talks" gives "talks", so a verb entry "send food" or "host talks" matches
    through the measure noun. Empty when ``head`` has no such object."""
    found: list[Token] = []
    for child in head.children:
        if child.dep_ not in {"dobj", "nsubjpass", "pobj", "attr"} and not (
                child.dep_ == "prep" and child.lower_ == "with"):
            continue
        nouns = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else [child]
        for noun in nouns:
            if noun.lemma_.lower() not in PARTITIVE_NOUNS and noun.lower_ not in PARTITIVE_NOUNS:
                continue
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            found.append(obj)
                            found.extend(c for c in obj.conjuncts if c.pos_ in NOUN_POS)
                            # its compound words ("four patrol aircraft": "patrol"), so
                            # a compound entry reads through the partitive too
                            found.extend(c for c in obj.children if c.dep_ == "compound")
    return found


#: Foreign fixed expressions that are nouns whatever the tagger makes of their words:
#: "persona non grata" (Vienna Convention on Diplomatic Relations 1961, art. 9), whose
#: "persona" the tagger reads as a present-tense verb after a plural subject ("declared
#: three diplomats persona non grata").
FIXED_NOUN_PHRASES = (("persona", "non", "grata"),)


def _in_fixed_noun_phrase(token: Token) -> bool:
    """Whether ``token`` begins a :data:`FIXED_NOUN_PHRASES` expression in the text."""
    doc = token.doc
    for words in FIXED_NOUN_PHRASES:
        span = doc[token.i:token.i + len(words)]
        if len(span) == len(words) and tuple(t.lower_ for t in span) == words:
            return True
    return False


def _hyphen_tokens(token: Token, word: str) -> list[Token] | None:
    """The tokens of the hyphenated ``word`` ("sit-in") that ``token`` is a part of, as
    the tokenizer splits it ("sit", "-", "in"; a plural "sit-ins" too), or None."""
    doc, n = token.doc, word.count("-") * 2 + 1
    for start in range(max(token.i - n + 1, 0), token.i + 1):
        span = doc[start:start + n]
        if len(span) == n and not any(t.whitespace_ for t in span[:-1]) and \
                span.text.lower() in {word, word + "s"}:
            return list(span)
    return None


def parse_lexicon(data: object, origin: str) -> Iterable[TriggerEntry]:
    """Entries of one lexicon document (``{"groups": [...], "word_sets": {...}}``); a
    phrase word written ``@name`` stands for each word of the document's word set
    ``name`` (:func:`expand_phrase`). Raises LexiconError."""
    if not isinstance(data, dict) or not isinstance(data.get("groups"), list):
        raise LexiconError(f"{origin}: expected a mapping with a 'groups' list")
    word_sets = data.get("word_sets") or {}
    if not isinstance(word_sets, dict) or not all(isinstance(v, list) for v in word_sets.values()):
        raise LexiconError(f"{origin}: 'word_sets' must map names to lists of words")
    for i, group in enumerate(data["groups"]):
        if not isinstance(group, dict) or "type" not in group:
            raise LexiconError(f"{origin}: group {i} has no 'type'")
        common = dict(
            event_type=str(group["type"]).upper(),
            mode=group.get("mode"),
            contexts=tuple(group.get("contexts") or ()),
            cameo=str(group["cameo"]) if group.get("cameo") not in (None, "0") else None,
            acled=group.get("acled"),
        )
        for pos, key in (("VERB", "verbs"), ("NOUN", "nouns")):
            for phrase in group.get(key) or ():
                for words in expand_phrase(str(phrase), word_sets, f"{origin}: group {i}"):
                    yield TriggerEntry(words=words, pos=pos, **common)


def expand_phrase(phrase: str, word_sets: dict[str, list], origin: str) -> list[tuple[str, ...]]:
    """The lemma tuples a lexicon phrase stands for: each word written ``@name`` is
    replaced by each word of ``word_sets[name]`` in turn ("deliver @relief_goods" with
    ``{"relief_goods": ["tent", "blanket"]}`` gives ``[("deliver", "tent"), ("deliver",
    "blanket")]``; two sets give every pair). A set word of several words ("water
    purifier") adds them all. Empty for an empty phrase; raises LexiconError naming
    ``origin`` for an unknown set."""
    choices: list[list[tuple[str, ...]]] = []
    for word in phrase.lower().split():
        if not word.startswith("@"):
            choices.append([(word,)])
            continue
        if word[1:] not in word_sets:
            raise LexiconError(f"{origin}: unknown word set {word!r}")
        choices.append([tuple(str(w).lower().split()) for w in word_sets[word[1:]]])
    return [tuple(w for part in combo for w in part) for combo in product(*choices)] if choices else []


def load_entries(packaged: str, extra_files: Iterable[str | Path] = ()) -> list[TriggerEntry]:
    """The entries of the packaged lexicon file ``packaged`` (under
    ``crisisdesk/data/lexicon/``) followed by those of ``extra_files`` (YAML, same shape),
    in file order. Raises :class:`LexiconError` with the file path and reason for a
    malformed file, ``FileNotFoundError`` for a missing one. Shared by the English and
    French lexicons."""
    text = resources.files("crisisdesk.data").joinpath("lexicon", packaged).read_text("utf-8")
    entries = list(parse_lexicon(yaml.safe_load(text), f"{packaged} (packaged)"))
    for path in extra_files:
        path = Path(path)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise LexiconError(f"{path}: not valid YAML ({exc})") from exc
        entries.extend(parse_lexicon(data, str(path)))
    return entries
