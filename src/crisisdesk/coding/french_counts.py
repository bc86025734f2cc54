"""Fatalities and injured in a French sentence: ``Count(min, max, whose)`` from the parse.

The conventions of :mod:`crisisdesk.coding.counts` (what the sentence says and nothing
more; the ACLED conventions for vague words are applied only at export by
:func:`crisisdesk.coding.counts.acled_fatalities`):

- "au moins 12 morts", "plus de 12" -> 12..None; "près de 12", "environ 12",
  "une douzaine" -> 12..12 as English "about 12" and "a dozen"; "une dizaine" -> 10..10
  (about ten; *Le Bon Usage* § 598: collective numeral nouns in "-aine" are
  approximations of the number); "des dizaines" -> 20..None, "des centaines" ->
  200..None, "des milliers" -> 2000..None (the literal floor of two tens, hundreds,
  thousands, as English "dozens" is 24..None), "plusieurs" -> 2..None;
- deaths: a number on "mort(s)", "tué(s)", "victime(s)" of a death, "décès",
  "corps", "cadavre", or the victims of "tuer", "neutraliser" (army communiqués: killed),
  "abattre", "exécuter", "massacrer", "assassiner", "périr", "mourir", "succomber",
  "perdre la vie", "lyncher", and a beating "à mort" ("battu à mort", "roué de coups
  jusqu'à la mort": Trésor de la langue française, *mort* "à mort": so as to cause
  death) ("tuant six civils", "une dizaine de soldats tués", "12 personnes
  ont été tuées", "un bilan de 15 morts", "faisant une vingtaine de morts");
- "entre 6 et 9 morts" -> 6..9 (a range is a minimum and a maximum, not two groups);
- the number of a kill verb the parser did not hang on its object (the small model
  reads "tué neuf villageois" with "neuf" as an adjective, "tuant sept d'entre eux" with
  a pronoun object): the first number word or figure within four words after the verb,
  "au moins"/"plus de" before it giving an open maximum;
- injured: "blessé(s)", "blesser" ("N blessés", "blessant trois passants").

Several groups of one verb are summed ("trois soldats et deux civils ont été tués" -> 5),
a group named after "dont", "parmi lesquels", "y compris" is a part of the group before
it and never added ("onze assaillants, dont deux chefs, ont été neutralisés" -> 11:
*Le Bon Usage* § 723, "dont" introducing a part of the whole named before). A death
noun counts its complement ("la mort de trois soldats" -> 3), "coûter la vie à" its
"à" complement ("a coûté la vie à quinze soldats" -> 15: Trésor de la langue française,
*vie*, "coûter la vie à qqn": to cause his death). A negative quantifier as the victims
("Personne n'a été tué", "aucune victime n'est à déplorer", "aucun mort") is a toll of
zero (*Le Bon Usage* § 735, "personne", "aucun" with "ne": nobody, none).
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from crisisdesk.records import Count

UNITS = {"zéro": 0, "aucun": 0, "aucune": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
         "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
         "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
         "soixante": 60, "cent": 100, "cents": 100, "mille": 1000}
#: Tens joined to "un"/"onze" by "et" ("vingt et un", "soixante et onze").
TENS = frozenset({"vingt", "trente", "quarante", "cinquante", "soixante"})
#: Collective numeral nouns: (min, max).
COLLECTIVE = {"dizaine": (10, 10), "douzaine": (12, 12), "quinzaine": (15, 15), "vingtaine": (20, 20),
              "trentaine": (30, 30), "quarantaine": (40, 40), "cinquantaine": (50, 50), "soixantaine": (60, 60),
              "centaine": (100, 100), "millier": (1000, 1000)}
#: Plural collective nouns ("des dizaines"): the literal floor, open above.
PLURAL_COLLECTIVE = {"dizaine": (20, None), "centaine": (200, None), "millier": (2000, None),
                     "douzaine": (24, None), "vingtaine": (40, None)}
VAGUE = {"plusieurs": (2, None), "nombreux": (2, None), "nombreuses": (2, None), "certains": (1, None)}
LOWER_BOUND = {"moins": "least", "plus": "more", "delà": "more"}
DEATH_NOUNS = frozenset({"mort", "décès", "corps", "cadavre", "tué"})
KILL_VERBS = frozenset({"tuer", "neutraliser", "abattre", "exécuter", "massacrer", "assassiner", "égorger",
                        "décapiter", "lyncher"})
#: Verbs of beating that kill when followed by "à mort" ("battu à mort", "lapidé à mort").
BEAT_VERBS = frozenset({"battre", "frapper", "lapider", "rouer", "tabasser", "bastonner", "brûler", "passer"})
DIE_VERBS = frozenset({"périr", "mourir", "succomber", "décéder"})
#: Nouns of a death whose complement names the dead ("la mort de trois soldats", "le
#: décès de deux civils").
DEATH_OF_NOUNS = frozenset({"mort", "décès"})
#: Negative quantifiers: as the victims of a death word, nobody died ("Personne n'a été
#: tué", "aucune victime", "nul n'a péri"; *Le Bon Usage* § 735).
NOBODY_WORDS = frozenset({"personne", "nul"})
NONE_DETERMINERS = frozenset({"aucun", "aucune", "nul", "nulle"})
INJURE_WORDS = frozenset({"blesser", "blessé"})
#: Past participles of :data:`DIE_VERBS` the small model tags as adjectives, lemma
#: unchanged ("le kamikaze a également péri": "péri" ADJ heading the clause).
DIE_PARTICIPLES = frozenset({"péri", "succombé", "décédé", "décédée", "décédés", "décédées"})


def number_of(noun: Token) -> tuple[int | None, int | None] | None:
    """(min, max) the noun phrase of ``noun`` counts, or None when it gives no number."""
    lemma = noun.lemma_.lower()
    if lemma in COLLECTIVE or noun.lower_.rstrip("s") in COLLECTIVE:
        key = lemma if lemma in COLLECTIVE else noun.lower_.rstrip("s")
        plural = noun.lower_.endswith("s") or "Plur" in noun.morph.get("Number")
        value = PLURAL_COLLECTIVE.get(key, COLLECTIVE[key]) if plural else COLLECTIVE[key]
        return _with_lower_bound(noun, value)
    nums = [c for c in noun.children if c.dep_ == "nummod" or (c.pos_ == "NUM" and c.dep_ in {"det", "amod"})]
    if not nums:  # "84 paramilitaires russes" read as "russes" with the det "paramilitaires" (nummod 84)
        nums = [g for c in noun.children if c.dep_ == "det" and c.pos_ == "NOUN" for g in c.children
                if g.dep_ == "nummod"]
    if nums:
        value = _compound(nums[0])
        if value is not None:
            return _with_lower_bound(noun, _range(nums[0], value), nums[0])
    before = _number_word_before(noun)
    if before is not None:
        return _with_lower_bound(noun, before[1], before[0])
    for c in noun.children:
        if c.dep_ in {"det", "amod"} and c.lower_ in VAGUE:
            return VAGUE[c.lower_]
    # "Douze personnes" read as a name; "Trente-deux civils" read as the noun "Trente-deux"
    # with the adjective "civils" (a compound number word is the number, whatever its tag)
    if noun.pos_ == "NUM" or (noun.pos_ in {"PROPN", "PRON"} and (noun.lower_ in UNITS or "Card" in
                                                                noun.morph.get("NumType"))) or \
            (noun.pos_ == "NOUN" and "-" in noun.text and _parse(noun) is not None):
        value = _compound(noun)
        return _with_lower_bound(noun, value) if value is not None else None
    return None


def _number_word_before(noun: Token) -> tuple[Token, tuple[int, int]] | None:
    """The cardinal right before ``noun`` that the parser did not hang on it, with its
    value, or None. A cardinal before a noun is its determiner in French (*Le Bon
    Usage* § 598), but the small model reads a compound one opening a sentence
    ("Vingt-quatre soldats ont été tués") as a noun of its own, the root. Only a
    number word or figure (not "un"/"une", the article) that is not itself a numeral
    of another noun counts."""
    if noun.i == 0 or noun.pos_ != "NOUN" or noun.doc[noun.i - 1].is_punct:
        return None
    prev = noun.doc[noun.i - 1]
    if prev.lower_ in {"un", "une"} or prev.head.i not in {prev.i, noun.i} and prev.dep_ == "nummod":
        return None
    value = _compound(prev)
    return (prev, value) if value is not None else None


def _compound(num: Token) -> tuple[int, int] | None:
    """The value of the number word ``num`` with the words of its compound before it,
    which the tokenizer splits at the hyphens ("Quarante - deux" -> 42, "vingt et un" ->
    21: the compound numerals of *Le Bon Usage* § 596); ``_parse`` of ``num`` alone when
    it ends no compound."""
    doc, first = num.doc, num.i
    while first >= 2 and doc[first - 2].lower_ in UNITS and doc[first - 2].lower_ not in {"un", "une", "aucun", "aucune", "zéro"} \
            and (doc[first - 1].lower_ == "-" or doc[first - 1].lower_ == "et" and doc[first].lower_ in {"un", "une", "onze"}
                 and doc[first - 2].lower_ in TENS):
        first -= 2
    if first == num.i:
        return _parse(num)
    return _parse_words([t.lower_ for t in doc[first:num.i + 1] if t.lower_ != "-"])


def _compound_after(tok: Token) -> tuple[int, int] | None:
    """The value of the number starting at ``tok`` with the words of its compound after
    it ("vingt et un" -> 21, "quarante - deux" -> 42; the parser may hang "et un" apart,
    "vingt" read alone gave 20), the forward reading of :func:`_compound`; ``_parse``
    of ``tok`` alone when no compound follows."""
    doc, last = tok.doc, tok.i
    while last + 2 < tok.sent.end and doc[last + 2].lower_ in UNITS and (
            doc[last + 1].lower_ == "-" and doc[last + 2].lower_ not in {"un", "une"} or doc[last + 1].lower_ == "et"
            and doc[last].lower_ in TENS and doc[last + 2].lower_ in {"un", "une", "onze"}):
        last += 2
    if last == tok.i:
        return _parse(tok)
    return _parse_words([t.lower_ for t in doc[tok.i:last + 1] if t.lower_ != "-"])


def _parse(tok: Token) -> tuple[int, int] | None:
    text = tok.text.lower().replace("\u202f", "").replace(" ", "").replace(".", "")
    if re.fullmatch(r"\d+", text):
        return int(text), int(text)
    return _parse_words(re.split(r"[-\s]+", tok.text.lower()))


def _parse_words(words: list[str]) -> tuple[int, int] | None:
    """The value of the French number words ``words`` ("vingt", "quatre" -> 24), or None."""
    total = 0
    for word in words:
        if word == "et":
            continue
        if word not in UNITS:
            return None
        total = total * UNITS[word] if word in {"cent", "cents", "mille"} and total else total + UNITS[word]
    return total, total


def _range(num: Token, value: tuple[int, int]) -> tuple[int, int]:
    """"entre 6 et 9" -> (6, 9): a number after "entre X et" is the maximum of a range
    whose minimum is X; any other number is returned as it is."""
    doc = num.doc
    if num.i >= 3 and doc[num.i - 1].lower_ == "et" and doc[num.i - 3].lower_ == "entre":
        low = _parse(doc[num.i - 2])
        if low is not None and low[0] <= value[0]:
            return low[0], value[1]
    return value


def _range_minimum(tok: Token) -> bool:
    """Whether ``tok`` is the X of "entre X et Y" (counted by Y's range, not on its own)."""
    doc = tok.doc
    return tok.i >= 1 and doc[tok.i - 1].lower_ == "entre" and tok.i + 2 < len(doc) and \
        doc[tok.i + 1].lower_ == "et" and _parse(doc[tok.i + 2]) is not None


def _number_after(verb: Token) -> tuple[int | None, int | None] | None:
    """The first figure or number word within four words after ``verb`` (stopping at
    punctuation), with "au moins"/"plus de" before it giving an open maximum; None when
    there is none. For kill verbs whose victims the parse did not give (module doc)."""
    doc = verb.doc
    for tok in doc[verb.i + 1:min(verb.i + 5, verb.sent.end)]:
        if tok.is_punct:
            return None
        # a number word whatever its tag: the small model tags "neuf" ("tué neuf
        # terroristes") as a verb or an adjective ("new")
        if (tok.pos_ in {"NUM", "ADJ", "DET", "PRON", "NOUN", "PROPN"} or tok.lower_ in UNITS) \
                and tok.lower_ not in {"un", "une"}:
            value = _compound_after(tok)
            if value is not None:
                words = {t.lower_ for t in doc[max(tok.i - 2, verb.i + 1):tok.i]}
                if {"au", "moins"} <= words or ("plus" in words and words & {"de", "d'"}):
                    return value[0], None
                return value
    return None


def _with_lower_bound(noun: Token, value: tuple[int | None, int | None],
                      num: Token | None = None) -> tuple[int | None, int | None]:
    """"au moins 12", "plus de 12" -> (12, None): a lower-bound word before the number."""
    first = min([noun, *(c for c in noun.children if c.i < noun.i)], key=lambda t: t.i)
    window = noun.doc[max(first.i - 3, noun.sent.start):(num.i if num is not None else noun.i)]
    words = {t.lower_ for t in window}
    if ("au" in words and "moins" in words) or ("plus" in words and ("de" in words or "d'" in words)):
        return value[0], None
    return value


def _victims(tok: Token) -> list[Token]:
    """The heads counted by a death or injury word (see module doc)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" and tok.lower_ in DIE_PARTICIPLES:
        # "le kamikaze a péri" with the participle read as an adjective: its subject died
        return [c for c in tok.children if c.dep_ in {"nsubj", "nsubj:pass"}] or [
            g for c in tok.children if c.dep_.startswith("aux") for g in c.children if g.dep_ == "nsubj"]
    if tok.pos_ == "VERB" and lemma == "coûter":
        # "a coûté la vie à quinze soldats": the "à" complement died (its object is "la vie")
        return [c for c in tok.children if c.dep_ in {"obl:arg", "obl:mod", "obl", "iobj"} and any(
            g.dep_ == "case" and g.lower_ in {"à", "aux", "au"} for g in c.children)]
    if tok.pos_ == "VERB":
        passive = any(c.dep_ == "aux:pass" for c in tok.children) or "Pass" in tok.morph.get("Voice")
        if tok.dep_ in {"acl", "amod"} and not any(c.dep_ in {"obj", "nsubj"} for c in tok.children):
            return [_collective_over(tok.head) or tok.head]  # "une dizaine de soldats tués", "N personnes tuées"
        if lemma in DIE_VERBS or passive:
            subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubj:pass"}]
            if tok.dep_ == "conj" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i and subjects and \
                    any(c.dep_ == "nummod" for c in tok.head.children):
                # "12 gendarmes et 30 civils ont été tués" parsed as "gendarmes" + conj "tués"
                # (subject "civils"): the first counted group is a victim too
                subjects.insert(0, tok.head)
            return subjects
        return [c for c in tok.children if c.dep_ == "obj"] or \
            [c for c in tok.children if c.dep_ == "obl:arg" and c.pos_ == "NOUN" and not _a_mort(c)]
    if tok.pos_ == "ADJ" and tok.dep_ in {"xcomp", "acl", "obj"} and tok.head.pos_ == "VERB":
        # "ont été retrouvées mortes": the dead are the subject of the verb
        return [c for c in tok.head.children if c.dep_ in {"nsubj", "nsubj:pass"}] or [tok]
    if tok.pos_ == "NOUN" and tok.dep_ == "nmod" and (tok.head.lemma_.lower() in COLLECTIVE or
                                                     tok.head.lower_.rstrip("s") in COLLECTIVE):
        return [tok.head]  # "une vingtaine de morts": the number is the collective noun's
    if tok.pos_ == "NOUN" and lemma in DEATH_OF_NOUNS and number_of(tok) is None and not _death_as_cause(tok):
        # "la mort de trois soldats", "ayant entraîné le décès d'un civil": the complement died
        dead = [c for c in tok.children if c.dep_ == "nmod" and c.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} and any(
            g.dep_ == "case" and g.lower_ in {"de", "d'", "d’", "des", "du"} for g in c.children)]
        if dead:
            return dead
    if tok.pos_ in {"NOUN", "ADJ", "NUM"}:
        return [tok]
    return []


def _outcome_word(noun: Token) -> Token:
    """The word that says what befell the people ``noun`` counts: its complement when
    ``noun`` is a collective numeral ("des dizaines de blessés" -> "blessés"), else
    ``noun`` itself."""
    if noun.lemma_.lower() in COLLECTIVE or noun.lower_.rstrip("s") in COLLECTIVE:
        return next((c for c in noun.children if c.dep_ == "nmod"), noun)
    return noun


def _collective_over(noun: Token) -> Token | None:
    """The collective numeral noun whose complement ``noun`` (or the first noun of its
    list) is ("une trentaine de soldats et de volontaires tués": "trentaine" over
    "soldats", "volontaires" a conjunct of it), or None: a participle hung on the
    complement counts the collective's number (*Le Bon Usage* § 598: "une trentaine de
    soldats" is about thirty soldiers)."""
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    above = first.head
    if first.dep_ == "nmod" and (above.lemma_.lower() in COLLECTIVE or above.lower_.rstrip("s") in COLLECTIVE):
        return above
    return None


#: Things a kill sentence may list beside its dead ("neutralisé quinze terroristes et
#: récupéré cinq motos, deux fusils") or kill verbs may take ("abattu un drone"): weapons,
#: vehicles, aircraft, ammunition and animals, never victims (ACLED Codebook, *Fatalities*: the number of people killed).
MATERIEL_LEMMAS = frozenset({"arme", "fusil", "pistolet", "kalachnikov", "mitrailleuse", "mitrailleur", "munition",
                             "cartouche", "chargeur", "grenade", "roquette", "obus", "mine", "engin", "moto",
                             "motocyclette", "véhicule", "camion", "voiture", "pick-up", "citerne", "vélo",
                             "cheval", "chameau", "âne", "bœuf", "tête", "radio", "téléphone", "drone", "avion",
                             "hélicoptère", "aéronef", "appareil", "char", "blindé"})


def _listed_after_another_verb(head: Token, conjunct: Token, word: Token) -> bool:
    """Whether a coordinated verb other than the death word ``word`` stands between the
    victim ``head`` and its ``conjunct`` ("ont neutralisé quinze terroristes et
    récupéré cinq motos, deux fusils": the parser hangs "fusils" on "terroristes", but
    it is the object of "récupéré")."""
    return any(t.pos_ == "VERB" and t.dep_ == "conj" and t != word and not _is_death(t) and not _is_injury(t)
               for t in head.doc[head.i + 1:conjunct.i])


def _a_mort(tok: Token) -> bool:
    """Whether ``tok`` is the noun "mort" of the adverbial "à mort" ("battu à mort"):
    singular "mort" right after "à", without a number ("s'élève à 89 morts" is a toll)."""
    return tok.lower_ == "mort" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "à" and \
        not any(c.dep_ == "nummod" for c in tok.children)


def _is_death(tok: Token) -> bool:
    lemma, lower = tok.lemma_.lower(), tok.lower_
    if lower in DIE_PARTICIPLES:
        return True
    if tok.pos_ == "VERB":
        if lemma in {"perdre", "coûter"}:  # "perdre la vie", "coûter la vie à"
            return any(c.lemma_ == "vie" for c in tok.children)
        if lemma in KILL_VERBS | DIE_VERBS:
            return True
        if lemma in BEAT_VERBS and any(_a_mort(c) for c in tok.children):
            return True
    if _a_mort(tok):
        return False  # "battu à mort": the verb counts the victims
    if lemma == "victime" and any(c.lower_ in NONE_DETERMINERS for c in tok.children):
        return True  # "aucune victime": nobody died (a figure of victims may count the wounded too)
    return tok.pos_ in {"NOUN", "ADJ", "PROPN"} and (lemma in DEATH_NOUNS or lower in {"morts", "mort", "tués",
                                                                                       "tuées", "décès"})


#: Prepositions that make a death the reason or the time of the act told, not its toll
#: ("ont saccagé un commissariat après la mort d'un détenu", "pour protester contre la
#: mort de deux commerçants"), and nouns that do the same with "de" ("à la suite du décès
#: d'un élève", "au lendemain de la mort de ..."): *Le Bon Usage* § 1036 ff.,
#: prepositions of time and cause.
CAUSE_PREPOSITIONS = frozenset({"après", "contre", "depuis", "avant", "malgré"})
CAUSE_HEADS = frozenset({"suite", "lendemain", "protestation", "réaction", "annonce"})


def _death_as_cause(noun: Token) -> bool:
    """Whether the death noun ``noun`` ("mort", "décès") is the reason or the time of the
    clause's act, not its result: introduced by :data:`CAUSE_PREPOSITIONS` or the
    complement of :data:`CAUSE_HEADS` (session 19: "Des jeunes ont saccagé un
    commissariat après la mort d'un détenu" reports a riot without a death of its own)."""
    if any(c.dep_ == "case" and c.lower_ in CAUSE_PREPOSITIONS for c in noun.children):
        return True
    return noun.dep_ == "nmod" and noun.head.lemma_.lower() in CAUSE_HEADS


def _nobody(victim: Token, word: Token) -> bool:
    """Whether the victim ``victim`` of the death word ``word`` is a negative quantifier:
    "personne"/"nul" with "ne" on the word or beside the victim ("Personne n'a été
    tué"), or a noun under "aucun(e)"/"nul(le)" ("aucune victime", "aucun mort"), or the
    pronoun "aucun(e)" ("aucun n'a survécu" aside: "aucun des otages n'a été tué")."""
    if victim.lower_ in {"aucun", "aucune"}:
        return True
    if any(c.dep_ == "det" and c.lower_ in NONE_DETERMINERS for c in victim.children):
        return True
    if victim.lower_ not in NOBODY_WORDS or any(c.dep_ == "det" for c in victim.children):
        return False  # "la personne", "une personne": somebody
    return any(c.lower_ in {"ne", "n'", "n’"} for c in [*word.children, *victim.head.children])


def nobody_killed(word: Token) -> bool:
    """Whether the death word ``word`` ("tué" in "Personne n'a été tué", "victime" in
    "aucune victime n'est à déplorer") has victims and all are negative quantifiers
    (:func:`_nobody`): the sentence gives a toll of zero, it reports no killing."""
    if not _is_death(word):
        return False
    heads = _victims(word)
    if not heads and word.pos_ == "VERB":
        from crisisdesk.coding.french_roles import left_subject

        heads = [h for h in [left_subject(word)] if h is not None]
    return bool(heads) and all(_nobody(h, word) for h in heads)


#: Verbs whose subject is an incident and whose object its toll ("l'explosion n'a fait
#: aucune victime", "sans faire de victime", "n'a causé aucun blessé"), lemmas.
TOLL_VERBS = frozenset({"faire", "coûter", "causer", "provoquer", "entraîner"})


def zero_toll(verb: Token) -> tuple[bool, bool]:
    """(nobody killed, nobody injured) that the toll verb ``verb`` (:data:`TOLL_VERBS`)
    says by its object: a victim word under a negative determiner ("n'a fait aucune
    victime", "aucun mort", "aucun blessé": :func:`_nobody`), or under "de" with the verb
    negated or under "sans" ("n'a pas fait de victime", "sans faire de victimes"; *Le Bon
    Usage*: "de" replaces the article of a negated object). "victime(s)" and the death
    nouns zero the killed (a figure of victims may count the wounded too, as
    :func:`_is_death` reads "aucune victime"), "blessé(s)" the injured. (False, False)
    for any other verb or object."""
    if verb.lemma_.lower() not in TOLL_VERBS:
        return False, False
    negated = any(c.lower_ in {"ne", "n'", "n’", "pas", "sans"} for c in verb.children)
    killed = injured = False
    objects = [c for c in verb.children if c.dep_ == "obj"]
    for obj in objects + [g for o in objects for g in o.children if g.dep_ == "conj"]:
        none = _nobody(obj, verb) or (negated and any(c.dep_ in {"det", "case"} and c.lower_ in {"de", "d'", "d’"}
                                                      for c in obj.children))
        if not none:
            continue
        if obj.lemma_.lower() == "victime" or obj.lemma_.lower() in DEATH_NOUNS or obj.lower_ in {"morts", "tués"}:
            killed = True
        elif _is_injury(obj):
            injured = True
    return killed, injured


def _named_subset(victim: Token) -> bool:
    """Whether the victim group ``victim`` (or the first group of its list) follows an
    :data:`INCLUDED_WORDS` phrase within four words, before any punctuation ("onze
    assaillants, dont deux chefs", "six civils, parmi lesquels trois femmes et deux
    enfants"): a part of a whole named before it (*Le Bon Usage* § 723)."""
    first = victim
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    window: list[str] = []
    for tok in reversed(first.doc[max(first.i - 4, first.sent.start):first.i]):
        if tok.is_punct:
            break
        window.insert(0, tok.lower_)
    return any(tuple(window[i:i + len(phrase)]) == phrase for phrase in INCLUDED_WORDS for i in range(len(window)))


def _noun_read_as_infinitive(victim: Token) -> bool:
    """Whether ``victim`` is a singular noun the small model read as an infinitive right
    after its article ("trois gendarmes et un berger": "berger" VERB, VerbForm=Inf, with
    "un" its child): a determiner makes an infinitive a noun (*Le Bon Usage* § 196), so
    it counts one person as any singular noun with its article."""
    prev = victim.doc[victim.i - 1] if victim.i > 0 else None
    return victim.pos_ == "VERB" and "Inf" in victim.morph.get("VerbForm") and prev is not None and \
        prev.head == victim and prev.lower_ in {"un", "une", "le", "la", "l'", "l’"}


def _is_injury(tok: Token) -> bool:
    return tok.lemma_.lower() in INJURE_WORDS or tok.lower_ in {"blessé", "blessés", "blessée", "blessées"}


def count_people(sent: SpacySpan, kind: str = "killed", trigger: Token | None = None) -> Count | None:
    """The number of people ``kind`` ("killed" or "injured") the sentence reports for the
    event of ``trigger``, or None.

    Each death (injury) word counts its victim groups, summed ("trois soldats et deux
    civils ont été tués" -> 5). Of several such words, those in the trigger's own phrase
    (the trigger itself or its dependents: "tuant six civils" under "ont attaqué")
    decide; else the largest figure of the sentence - the words of one report often
    repeat a toll ("71 soldats tués ... qui a fait 71 morts"), so they are not added."""
    test = _is_death if kind == "killed" else _is_injury
    per_word: list[tuple[Token, tuple[int | None, int | None], str | None]] = []
    seen: set[int] = set()
    for tok in sent:
        if not test(tok):
            continue
        values: list[tuple[int | None, int | None]] = []
        whose: str | None = None
        heads = _victims(tok)
        if not heads and tok.pos_ == "VERB":
            from crisisdesk.coding.french_roles import left_subject

            heads = [h for h in [left_subject(tok)] if h is not None]
        listed = [victim for head in heads for victim in [head, *head.conjuncts]]
        wholes = [victim for victim in listed if not _named_subset(victim)]
        for head in heads:
            for victim in [head, *head.conjuncts]:
                if wholes and victim not in wholes:
                    continue  # "onze assaillants, dont deux chefs": the chiefs are among the eleven
                if _range_minimum(victim):
                    continue  # "entre 6 et 9": the 6 is the range's minimum
                outcome = _outcome_word(victim)
                if victim.i in seen or (victim.i != head.i and (_is_injury(outcome) or _is_death(outcome))
                                        and not test(outcome)):
                    continue  # "12 morts et 20 blessés", "une trentaine de morts et des dizaines de blessés"
                if victim.lemma_.lower() in MATERIEL_LEMMAS or victim.lower_.rstrip("s") in MATERIEL_LEMMAS or \
                        victim.i != head.i and _listed_after_another_verb(head, victim, tok):
                    continue  # "récupéré cinq motos, deux fusils": seized things, not victims
                value = number_of(victim)
                if value is None and _nobody(victim, tok):
                    value = (0, 0)  # "Personne n'a été tué"
                if value is None and victim.i == tok.i:
                    continue
                # a lower-case word tagged PROPN is a common noun the small model misread ("Le kamikaze")
                # a present participle used as a noun with its article ("l'assaillant", "le
                # manifestant") is tagged VERB by the small model: the same one person
                if value is None and victim.i != head.i and _noun_read_as_infinitive(victim):
                    value = (1, 1)  # "trois gendarmes et un berger" with "berger" read as a verb
                if value is None and (victim.pos_ == "NOUN" or victim.pos_ == "PROPN" and victim.text.islower() or
                                      victim.pos_ == "VERB" and victim.dep_ in {"nsubj", "nsubj:pass", "obj"}
                                      and victim.lower_.endswith("ant")) and \
                        ("Sing" in victim.morph.get("Number") or victim.pos_ == "VERB") and \
                        any(c.lower_ in {"un", "une", "le", "la", "l'"} for c in victim.children) and \
                        victim.lemma_.lower() not in DEATH_NOUNS:
                    value = (1, 1)  # "tué un soldat", "le chauffeur a été tué"
                if value is None:
                    continue
                seen.add(victim.i)
                values.append(value)
                inner = next((c for c in victim.children if c.dep_ == "nmod"), None)
                if whose is None and victim.pos_ == "NOUN" and _parse(victim) is None and victim.lemma_.lower() not in DEATH_NOUNS | set(
                        COLLECTIVE) | {"personne", "bilan", "victime"}:
                    whose = victim.text
                elif whose is None and inner is not None and inner.pos_ == "NOUN" and \
                        inner.lemma_.lower() not in {"personne"} | DEATH_NOUNS:
                    whose = inner.text
        if not values and tok.pos_ == "VERB" and tok.lemma_.lower() in KILL_VERBS:
            after = _number_after(tok)
            values = [after] if after is not None else []
        if values:
            lo = sum(v[0] or 0 for v in values)
            hi = None if any(v[1] is None for v in values) else sum(v[1] for v in values)  # type: ignore[misc]
            per_word.append((tok, (lo, hi), whose))
    bombers = _self_blown_count(sent) if kind == "killed" else None
    if bombers is not None and per_word and _bombers_included(sent):
        bombers = None  # "faisant huit morts dont les deux kamikazes": already in the toll
    if not per_word:
        return None if bombers is None else Count(min=bombers[0], max=bombers[1], whose=None)
    own = [w for w in per_word if trigger is not None and (w[0] == trigger or trigger in w[0].ancestors)]
    pick = min if _two_sources(own or per_word) else max
    tok, (lo, hi), whose = pick(own or per_word, key=lambda w: w[1][0] or 0)
    if bombers is not None:  # the bombers are not among the victims their blast killed
        lo, hi = lo + bombers[0], None if hi is None or bombers[1] is None else hi + bombers[1]
    return Count(min=lo, max=hi, whose=whose)


#: Lemmas of the verbs by which a source gives a toll ("une source fait état de trente
#: morts" - the small model reads "fait état" as the verb "état" -, "des habitants
#: évoquent cinquante morts", "parlent de onze morts").
TOLL_SOURCE_LEMMAS = frozenset({"état", "évoquer", "parler", "avancer", "annoncer", "rapporter", "affirmer",
                                "indiquer", "dénombrer", "recenser", "déclarer", "signaler", "citer", "mentionner",
                                "estimer", "dire", "confirmer", "assurer"})


def toll_source(word: Token) -> Token | None:
    """The token that gives the source of the death word ``word``'s figure: its nearest
    governing :data:`TOLL_SOURCE_LEMMAS` verb, or a "selon ..." phrase hung on it or on
    a governing word; None when the figure has no source of its own in the sentence."""
    for tok in [word, *word.ancestors]:
        if tok.lemma_.lower() in TOLL_SOURCE_LEMMAS and (tok.pos_ == "VERB" or tok.lemma_.lower() == "état"):
            return tok  # "fait état": "état" read as the verb, or as a noun with "fait" its copula
        by = next((c for c in tok.children if any(g.lower_ == "selon" for g in c.children)), None)
        if by is not None:
            return by
    return None


def _two_sources(words: list[tuple[Token, tuple[int | None, int | None], str | None]]) -> bool:
    """Whether the sentence's toll figures come from two different sources ("une source
    sécuritaire fait état d'une trentaine de soldats tués, tandis que des habitants
    évoquent plus de cinquante morts"): two death words each under a source of its own
    (:func:`toll_source`), the sources different. Then the figures are two estimates
    of one toll and the lowest is kept (ACLED Codebook, *Fatalities*: where reports
    conflict, the most conservative figure); one report's repeated figures keep the
    largest (:func:`count_people`)."""
    sources = [toll_source(w[0]) for w in words]
    return len(words) > 1 and None not in sources and len({s.i for s in sources}) > 1  # type: ignore[union-attr]


#: Word sequences that put a named group inside a toll ("dont", "y compris", "parmi
#: lesquels"), lower case; bare "parmi" is a place ("parmi la foule"), not inclusion.
INCLUDED_WORDS = (("dont",), ("y", "compris"), ("parmi", "lesquels"), ("parmi", "lesquelles"), ("parmi", "eux"))
#: Lemmas of the attackers such a phrase may name ("dont les deux kamikazes").
BOMBER_LEMMAS = frozenset({"kamikaze", "assaillant", "attaquant", "auteur", "terroriste", "jihadiste",
                           "djihadiste"})


def _bombers_included(sent: SpacySpan) -> bool:
    """Whether ``sent`` puts the bombers inside its toll: an :data:`INCLUDED_WORDS`
    phrase followed within four words, before any comma, by a :data:`BOMBER_LEMMAS`
    noun ("faisant huit morts dont les deux kamikazes", "y compris les assaillants")."""
    words = [t for t in sent]
    for i in range(len(words)):
        for phrase in INCLUDED_WORDS:
            if tuple(t.lower_ for t in words[i:i + len(phrase)]) != phrase:
                continue
            for t in words[i + len(phrase):i + len(phrase) + 4]:
                if t.is_punct:
                    break
                if t.lemma_.lower() in BOMBER_LEMMAS or t.lower_.rstrip("s") in BOMBER_LEMMAS:
                    return True
    return False

#: Verbs of "se faire exploser" / "se faire sauter" (to blow oneself up: Trésor de la
#: langue française, *sauter* "faire sauter": to blow up; with the reflexive, oneself).
SELF_BLAST_VERBS = frozenset({"exploser", "sauter"})


def _self_blown_count(sent: SpacySpan) -> tuple[int | None, int | None] | None:
    """The number of attackers who blew themselves up in ``sent`` ("Deux kamikazes se
    sont fait exploser" -> (2, 2), "Le kamikaze s'est fait sauter" -> (1, 1)), or None.

    ACLED counts every reported death of an event, the attackers' included (codebook,
    *Fatalities*): a suicide bomber who "se fait exploser" is dead, and is not among
    the victims of the blast ("tuant six personnes"), so :func:`count_people` adds the
    bombers to the victims' figure. The small model hangs the reflexive and the subject
    on "faire" or on the infinitive: both are searched."""
    total: tuple[int | None, int | None] | None = None
    for tok in sent:
        if tok.lemma_.lower() not in SELF_BLAST_VERBS or tok.pos_ != "VERB":
            continue
        faire = tok.head if tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "faire" else \
            next((c for c in tok.children if c.lemma_.lower() == "faire"), None)
        if faire is None:
            continue
        words = [*tok.children, *faire.children]
        if not any(c.lower_ in {"se", "s'"} for c in words):
            continue
        for subject in (c for c in words if c.dep_ == "nsubj"):
            value = number_of(subject)
            if value is None and any(c.lower_ in {"un", "une", "le", "la", "l'"} for c in subject.children) and \
                    "Plur" not in subject.morph.get("Number"):
                value = (1, 1)
            if value is not None:
                total = value if total is None else (
                    (total[0] or 0) + (value[0] or 0), None if total[1] is None or value[1] is None else total[1] + value[1])
    return total


#: Words of a toll restated as a whole ("un bilan de 25 morts", "le bilan s'élève à 89
#: morts", "initialement"): the victims already counted, not further ones; the event's
#: own sentence keeps its figure.
RESTATED_TOLL_WORDS = frozenset({"bilan", "initialement", "provisoire", "total", "désormais"})


def add_sentence_toll(sent: SpacySpan, mentions: list, text: str, offset: int) -> bool:  # noqa: ANN001
    """A French sentence with no event of its own that gives a toll ("Le kamikaze a
    également péri.", "Deux blessés ont succombé.") reports more casualties of the latest
    violent event before it in the same paragraph: its killed and injured counts are
    added to that event's, as the English coder's ``coder._add_toll`` does (a follow-up
    sentence of one report, as in wire copy and ACLED notes: every reported death of the
    event, attackers included, is a fatality of it).

    ``mentions``: the EventMentions coded so far, in text order (the host's counts are
    changed in place); ``text``: the article's text; ``offset``: the Doc's start in it.
    Returns whether a toll was added."""
    # the English coder's count sum and toll statuses (asserted or claimed, not denied,
    # threatened or historical); imported here, as coder imports this module
    from crisisdesk.coding.coder import _plus, restated_toll, toll_host

    if any(t.lemma_.lower() in RESTATED_TOLL_WORDS for t in sent):
        return False  # "avaient annoncé initialement un bilan de 25 morts": the same dead, counted again
    killed = count_people(sent, "killed")
    injured = count_people(sent, "injured")
    if killed is None and injured is None:
        return False
    paragraph = text.rfind("\n\n", 0, sent.start_char + offset)
    host = toll_host(mentions, lambda m: text.rfind("\n\n", 0, m.evidence.trigger.start) == paragraph)
    if host is None:
        return False
    if restated_toll(host, killed, injured, sent, ADDITION_WORDS):
        return False  # "12 des 25 détenus sont morts" after "Douze détenus ... retrouvés morts": the same dead
    host.fatalities = _plus(host.fatalities, killed)
    host.injured = _plus(host.injured, injured)
    return True


#: Adverbs that add victims to a toll already told ("Le kamikaze a également péri", "deux
#: passants ont aussi été tués"): without one, a later sentence's figure for an event
#: whose toll is known restates it (a lead, then the official's words).
ADDITION_WORDS = frozenset({"également", "aussi", "outre", "ailleurs"})
