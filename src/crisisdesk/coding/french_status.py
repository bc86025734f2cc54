"""Status of a French event mention, read from the UD parse of ``fr_core_news_sm``.

The statuses and the principle of :mod:`crisisdesk.coding.status` (asserted, claimed by
whom, threatened, hypothetical, negated, historical, generic), with French cues
(French grammar: Grevisse & Goosse, *Le Bon Usage*, 16th ed., 2016):

- negated: "ne ... pas / plus / jamais / aucun / rien / guère" on the trigger or a verb
  governing it ("n'ont pas attaqué"); "aucun" on an event noun ("aucune attaque n'a été
  signalée"); a governing "démentir"/"nier" ("l'armée a démenti avoir bombardé") - the
  speaker says the act did not happen (the denial itself is coded as REJECT);
- threatened: "menacer de" + infinitive (coded THREATEN by the coder), "aller" +
  infinitive ("va attaquer"), the future tense (``Tense=Fut``), a governing "prévoir de",
  "projeter de", "envisager de", "compter" (an act to come);
- hypothetical: "si" on the trigger's clause, "pouvoir" in the conditional
  ("pourrait attaquer") - a possibility, not a report;
- claimed: "revendiquer" governing the event ("le JNIM a revendiqué l'attaque",
  "l'attaque a été revendiquée par l'EIGS"), with ``claimed_by`` the claimant; the
  journalistic conditional ("des hommes armés auraient tué six civils": a report the
  writer does not vouch for, *Le Bon Usage* § 887 b) is claimed as the English
  "reportedly" is (:func:`crisisdesk.coding.status.attributed_status`: no one named ->
  "unnamed reports"), or by the source of "selon X"/"d'après X" when there is one;
- "selon X" / "d'après X" alone: ``reported_by`` X; claimed when X is a party to the
  event or a non-state armed group (decided by the caller from the resolved actors, as
  in English), else asserted (the ordinary attribution of news reporting);
- historical: "depuis" + a year or "en" + a year before the reporting window is left to
  the dates (:func:`crisisdesk.coding.status.is_historical`), plus the background cues
  "depuis 2012", "auparavant", "par le passé" on the trigger's clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from crisisdesk.wordlists import read_words

NEGATION_WORDS = frozenset({"pas", "plus", "jamais", "guère", "point", "aucun", "aucune", "nullement"})
DENIAL_VERBS = frozenset({"démentir", "nier", "réfuter"})
CLAIM_VERBS = frozenset({"revendiquer"})
THREAT_VERBS = frozenset({"menacer"})
PLAN_VERBS = frozenset({"prévoir", "projeter", "envisager", "compter", "planifier", "préparer", "chercher",
                        "vouloir",
                        # "a promis d'attaquer": a promised act is still to come (an act
                        # promised for cooperation is covered by the promise, AGREE)
                        "promettre"})
#: Nouns of an intention or plan whose complement is an act to come ("l'intention de
#: négocier", "le projet d'attaquer", "une offensive ... en préparation"): the English
#: FUTURE_VERBS' nouns (intend, plan, prepare).
INTENT_NOUNS = frozenset({"intention", "projet", "volonté", "plan", "préparation"})
#: "Plutôt que d'attaquer Bamako, le groupe ...": the act set aside for another is not
#: reported to have happened (an alternative, Le Bon Usage § 1137).
RATHER_THAN = re.compile(r"\bplutôt\s+que\s+(?:de\s+|d[’'])?$", re.IGNORECASE)
#: Sources of "selon X" / "d'après X" that relay the news without taking part: as the
#: English witness attribution (officials, security sources, residents, witnesses).
RELAY_WORDS = frozenset({"source", "témoin", "habitant", "résident", "responsable", "élu", "autorité", "notable",
                         "bilan", "officiel", "ong", "onu", "médecin", "hôpital"})
@lru_cache(maxsize=1)
def load_document_words() -> frozenset[str]:
    """Documents that carry a statement ("selon un communiqué de l'état-major", "précise
    le texte"): the English ``status.MEDIA_NOUNS``/``DOCUMENT_NOUNS``. Their issuer ("de
    l'état-major", "publié par l'armée") is the speaker, as English "a statement by the
    army" (``status.issuer_of``); one without an issuer is a medium as such (claimed by
    it, English "according to a statement"), or, definite, the document told before ("le
    texte"), whose issuer the caller looks up. From the package data file
    ``wordlists/french_document_words.tsv``."""
    return frozenset(read_words("french_document_words.tsv", "word"))


@lru_cache(maxsize=1)
def load_media_words() -> frozenset[str]:
    """The media as speakers: a medium's report is claimed by it, as English "Russian
    media claimed", "according to reports on social media" (``status.MEDIA_REPORT_NOUNS``).
    From the package data file ``wordlists/french_media_words.tsv``."""
    return frozenset(read_words("french_media_words.tsv", "word"))


@lru_cache(maxsize=1)
def load_state_media() -> frozenset[str]:
    """State media of Mali, Burkina Faso and Niger (acronyms, upper case; their official
    names in the header of the package data file ``wordlists/french_state_media.tsv``):
    media (:data:`MEDIA_WORDS`) the parse gives as proper nouns."""
    return frozenset(read_words("french_state_media.tsv", "acronym"))


#: The three lists above, read once at import.
DOCUMENT_WORDS = load_document_words()
MEDIA_WORDS = load_media_words()
STATE_MEDIA = load_state_media()
#: "Selon les organisateurs": the organisers of the protest or strike the text reports
#: speak for its side (a party: the English principle of ``status.attributed_status``).
ORGANISER_WORDS = frozenset({"organisateur", "organisatrice"})
BACKGROUND = re.compile(r"\b(?:depuis\s+(?:19|20)\d\d|depuis\s+lors|depuis\s+le\s+début|auparavant|par le passé|précédemment|depuis des années|"
                        r"depuis (?:près de |plus de |environ )?\w+ ans)\b", re.IGNORECASE)
#: Frequency and trend words that make a statement about many acts, not one incident
#: (the English ``generic_statement``/``habitual_present``: ACLED codes one event per
#: incident): "à plusieurs reprises", "régulièrement", "des attaques régulières".
GENERIC = re.compile(r"\b(?:plusieurs fois|à plusieurs reprises|régulièrement|régulières?|réguliers|souvent|"
                     r"fréquemment|fréquentes?|chaque (?:jour|semaine|mois|année)|en (?:\d+|\w+) ans|"
                     r"ces dernières années|ces derniers mois|depuis des années|récurrentes?|répétées?|"
                     r"multiplient|multiplication|vague d[e']|série d[e'])", re.IGNORECASE)
#: Adjectives of an act alleged, not established ("le massacre présumé"): the English
#: hedges "alleged", "purported" (claimed, by unnamed reports).
ALLEGED = frozenset({"présumé", "présumer", "supposé", "supposer", "allégué", "alléguer", "prétendu"})
#: Adjectives of a possible act ("un déploiement potentiel"): hypothetical.
POSSIBLE_ADJECTIVES = frozenset({"potentiel", "éventuel", "possible", "probable", "hypothétique"})
#: Verbs of saying whose subject reports the clause under them (ccomp, xcomp, parataxis
#: or an incise after it): "l'armée affirme avoir tué", "..., a souligné l'armée".
SAYING_VERBS = frozenset({"affirmer", "déclarer", "dire", "annoncer", "indiquer", "préciser", "souligner",
                          "ajouter", "assurer", "expliquer", "rapporter", "confirmer", "signaler", "écrire",
                          "estimer", "révéler", "communiquer", "informer", "témoigner", "raconter"})


@dataclass(frozen=True)
class FrenchStatus:
    """``status`` of :data:`crisisdesk.records.Status`; ``claimed_by`` the claimant's
    words for claims; ``reported_by`` the source of "selon X"/"d'après X" as written;
    ``reported_by_head`` its head token (for the caller's party test)."""

    status: str
    claimed_by: str | None = None
    reported_by: str | None = None
    reported_by_head: Token | None = None
    modal: str | None = None
    #: head token of the claimant of "revendiquer" (the claimed doer)
    claimant: Token | None = None
    #: the source is a definite document told before ("précise le texte"): the caller
    #: gives it the issuer of the document the text named
    told_document: bool = False
    #: token indices [start, end) of a document's issuer as written (its words after
    #: "de": "l'état-major général des armées"; the parser may split a hyphenated name)
    issuer_tokens: tuple[int, int] | None = None


def governors(tok: Token, limit: int = 6) -> list[Token]:
    """The verbs and nouns above ``tok`` in its clause chain, nearest first."""
    out: list[Token] = []
    cur = tok
    for _ in range(limit):
        if cur.head == cur:
            break
        cur = cur.head
        out.append(cur)
    return out


def _verb_chain(tok: Token) -> list[Token]:
    """``tok`` and the verbs it depends on through complements (xcomp, ccomp, obj of a
    verb, a noun's governing verb), stopping at a relative or adverbial clause boundary."""
    chain = [tok]
    cur = tok
    while cur.head != cur and cur.dep_ in {"xcomp", "ccomp", "obj", "nsubj:pass", "nsubj", "obl:arg", "conj",
                                           "csubj"}:
        cur = cur.head
        chain.append(cur)
    return chain


def negated(tok: Token) -> bool:
    """Whether the act of ``tok`` is said not to have happened (see module doc)."""
    if any(c.lower_ in NEGATION_WORDS and c.dep_ in {"advmod", "det"} and not _comparative(c) for c in tok.children):
        if tok.pos_ == "VERB" or any(c.lower_ in {"aucun", "aucune"} for c in tok.children):
            return True
    if tok.pos_ in {"NOUN", "PROPN"}:
        verb = tok.head if tok.dep_ in {"nsubj", "nsubj:pass", "obj"} else None
        # "l'attaque n'a pas eu lieu": the occurrence verb negated; not "n'a pas été revendiquée"
        if verb is not None and verb.lemma_ in {"avoir", "produire", "survenir", "signaler", "enregistrer",
                                                 "déplorer", "faire"} and _neg_on(verb):
            return True
        return False
    chain = _verb_chain(tok)
    intent = chain[-1].head if chain[-1].dep_ == "acl" and chain[-1].head.lemma_.lower() in INTENT_NOUNS else None
    if intent is not None and intent.head.pos_ in {"VERB", "AUX"} and _neg_on(intent.head):
        return True  # "n'ont pas l'intention de négocier": no act, not even one intended
    for gov in chain[1:]:
        if gov.lemma_ in DENIAL_VERBS:
            return True
        if gov.pos_ == "VERB" and _neg_on(gov) and gov.lemma_ not in CLAIM_VERBS:
            return True
    return False


def _comparative(word: Token) -> bool:
    """"plus" before "de"/"que" is the comparative "more than", no negation: "ont
    neutralisé plus d'une quarantaine de terroristes" (*Le Bon Usage* § 987: "plus de"
    before a number); the negation "ne ... plus" has no "de" of a quantity after it."""
    doc = word.doc
    if word.lower_ != "plus" or word.i + 1 >= len(doc) or doc[word.i + 1].lower_ not in {
            "de", "d'", "d’", "que", "qu'", "qu’"}:
        return False
    # "ne ... plus de": a "ne" on the same verb, or just before, makes "plus" the negation
    # ("les hommes armés n'enlèvent plus d'enfants"; review s16: it was read "more than")
    near = [t.lower_ for t in doc[max(word.i - 4, word.sent.start):word.i]]
    return not any(c.lower_ in {"ne", "n'", "n’"} for c in word.head.children) and not any(
        w in {"ne", "n'", "n’"} for w in near)


def _neg_on(verb: Token) -> bool:
    return any(c.lower_ in NEGATION_WORDS for c in verb.children if c.dep_ in {"advmod", "det"}) and any(
        c.lower_ in {"ne", "n'", "n’"} for c in verb.children)


def _conditional(verb: Token) -> bool:
    """The verb or its tense auxiliary in the conditional mood ("aurait tué")."""
    return "Cnd" in verb.morph.get("Mood") or any(
        "Cnd" in c.morph.get("Mood") for c in verb.children if c.dep_ in {"aux:tense", "aux:pass", "aux"})


def _future(verb: Token) -> bool:
    return "Fut" in verb.morph.get("Tense") and "Ind" in verb.morph.get("Mood") or any(
        "Fut" in c.morph.get("Tense") for c in verb.children if c.dep_ in {"aux:tense", "aux:pass"})


def modality(tok: Token) -> str | None:
    """``threatened`` (an act to come), ``hypothetical`` (a possibility or condition),
    ``reported`` (the journalistic conditional), or None (see module doc)."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else (tok.head if tok.dep_ in {"nsubj", "nsubj:pass", "obj"} or (
        tok.dep_ in {"obl:arg", "obl:mod", "obl"} and tok.head.pos_ == "VERB" and _future(tok.head)) else None)
    # an event noun under a verb in the future ("s'achèvera avec le départ du contingent")
    # is still to come; under a past verb ("tués dans l'attaque") it keeps its own reading
    if verb is None:
        return None
    if RATHER_THAN.search(verb.doc[max(verb.i - 4, verb.sent.start):verb.i].text_with_ws):
        return "hypothetical"
    if verb.lemma_.lower() in INTENT_NOUNS and tok.dep_ == "nsubj":
        return "threatened"  # "une offensive ... serait en préparation"
    chain = _verb_chain(verb)
    if chain[-1].dep_ == "acl" and chain[-1].head.lemma_.lower() in INTENT_NOUNS:
        return "threatened"  # "l'intention de négocier"
    for v in chain:
        if any(c.dep_ == "mark" and c.lower_ in {"si", "s'", "s’"} for c in v.children) or _condition_clause(v):
            return "hypothetical"
    for v in chain[1:]:
        if v.lemma_ == "pouvoir" and _conditional(v):
            return "hypothetical"
        if v.lemma_ == "aller" and v.i < verb.i:
            return "threatened"
        if v.lemma_ in PLAN_VERBS | THREAT_VERBS:
            return "threatened"
    if any(c.lemma_ == "aller" and c.dep_ in {"aux", "aux:tense"} for c in verb.children) or _future(verb):
        return "threatened"
    if any(c.lemma_ == "pouvoir" and _conditional(c) for c in verb.children):
        return "hypothetical"
    if _conditional(verb):
        return "reported"
    return None


#: Conjunctions that open a clause of condition or of a span the main act depends on
#: ("tant que le recrutement se poursuivra", "à condition que", "pourvu que", "au cas
#: où", "à moins que", "dans le cas où": *Le Bon Usage* § 1153-1158, subordinates of
#: condition and of simultaneous duration): the act in it is the condition of another, not
#: a report that it happens - hypothetical, as "si" (the English "if"/"unless").
CONDITION_OPENERS = re.compile(r"^\W*(?:tant\s+qu|à\s+condition\s+qu|pourvu\s+qu|au\s+cas\s+où|dans\s+le\s+cas\s+où|"
                               r"à\s+moins\s+qu)", re.IGNORECASE)


def _condition_clause(verb: Token) -> bool:
    """Whether ``verb``'s subordinate clause opens with a conjunction of
    :data:`CONDITION_OPENERS` (read on the clause's first words: the parser splits
    "tant que" in several ways)."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ not in {"advcl", "ccomp", "acl", "obl:mod", "conj"}:
        return False
    first = verb.left_edge
    return bool(CONDITION_OPENERS.match(verb.doc[first.i:min(first.i + 4, verb.i + 1)].text))


def claim_of(tok: Token) -> Token | None:
    """The claimant's head token when "revendiquer" governs the event ("X a revendiqué
    l'attaque": X; "l'attaque a été revendiquée par X": X), else None."""
    verb = tok.head if tok.dep_ in {"obj", "nsubj:pass"} else None
    if verb is None or verb.lemma_ not in CLAIM_VERBS:
        return None
    deps = {"obl:agent"} if tok.dep_ == "nsubj:pass" else {"nsubj"}
    return next((c for c in verb.children if c.dep_ in deps), None)


def purpose_clause(tok: Token) -> bool:
    """Whether the trigger is the infinitive of a purpose clause ("pour combattre les
    groupes", "afin de sécuriser"): an aim, not a report that the act happened."""
    verb = tok if tok.pos_ == "VERB" else None
    return verb is not None and "Inf" in verb.morph.get("VerbForm") and any(
        c.dep_ == "mark" and c.lower_ in {"pour", "afin"} for c in verb.children)


#: Day and month names a misparse may give as a saying verb's subject ("a affirmé
#: jeudi le ministre": "jeudi" the subject, "ministre" its object).
TIME_NOUNS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier",
                        "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                        "novembre", "décembre", "soir", "matin", "hier", "aujourd'hui"})


def _not_a_time(head: Token | None) -> Token | None:
    """``head``, or the noun under it when ``head`` is a day or month name (see
    :data:`TIME_NOUNS`); None when there is none."""
    if head is not None and head.lemma_.lower() in TIME_NOUNS:
        return next((c for c in head.children if c.dep_ in {"obj", "nmod", "appos"} and c.pos_ in {"NOUN", "PROPN"}),
                    None)
    return head


def speaker_of(tok: Token) -> Token | None:
    """The head of the speaker of a saying verb governing the trigger's clause: its
    subject, or the inverted subject of an incise ("..., a souligné l'armée")."""
    clause = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    chain = [clause]
    while chain[-1].dep_ in {"ccomp", "xcomp", "parataxis", "obj", "conj"} and chain[-1].head != chain[-1] \
            and len(chain) < 4:
        chain.append(chain[-1].head)  # up through complements only: not out of a relative or a subject
    for gov in chain:
        if gov.lemma_ in SAYING_VERBS and gov.pos_ == "VERB" and gov != tok:
            subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
            if subj is None and gov.i > clause.i:
                subj = next((c for c in gov.children if c.dep_ == "obj" and c.i > gov.i), None)
            subj = _not_a_time(subj)
            if subj is not None and subj.pos_ in {"NOUN", "PROPN"}:
                return subj
    for gov in tok.sent:  # an incise the parser hung elsewhere: ", a souligné l'armée."
        first = min([gov, *(c for c in gov.children if c.dep_.startswith("aux") and c.i < gov.i)], key=lambda t: t.i)
        if gov.lemma_ in SAYING_VERBS and gov.pos_ == "VERB" and gov.i > tok.i and gov.dep_ in {
                "parataxis", "advcl", "conj", "ROOT"} and first.i > 0 and gov.doc[first.i - 1].text == "," \
                and not any(c.dep_ == "nsubj" and c.i < gov.i for c in gov.children):
            subj = _not_a_time(next((c for c in gov.children if c.dep_ in {"obj", "nsubj"} and c.i > gov.i), None))
            if subj is not None and subj.pos_ in {"NOUN", "PROPN"}:
                return subj
    return None


def source_of_report(tok: Token) -> Token | None:
    """The head of "selon X" / "d'après X" in the trigger's sentence, else the speaker
    of a saying verb governing it (:func:`speaker_of`)."""
    found = _according_to(tok)
    return found if found is not None else speaker_of(tok)


def _according_to(tok: Token) -> Token | None:
    for cand in tok.sent:
        if cand.pos_ not in {"NOUN", "PROPN", "PRON"}:
            continue
        cases = [c for c in cand.children if c.dep_ in {"case", "fixed"}]
        if any(c.lower_ == "selon" for c in cases) or any(
                c.lower_ == "après" and c.i > 0 and c.doc[c.i - 1].lower_ in {"d'", "d’"} for c in cases) or any(
                c.lower_ in {"d'", "d’"} and any(f.dep_ == "fixed" and f.lower_ == "après" for f in c.children)
                for c in cases):
            # "selon X", "d'après X" (not "après de violents combats"); the small model may
            # hang "après" on "D'" as its fixed part ("D'après des habitants, ...")
            return cand
    return None


def phrase(head: Token) -> str:
    """The words of a noun phrase without its case marker and punctuation at the edges
    ("selon des sources locales" -> "des sources locales")."""
    cut = {t.i for c in head.children if c.dep_ in {"acl:relcl", "acl", "appos", "parataxis", "conj", "cc"}
           or (c.i < head.i and c.dep_ not in {"det", "amod", "nummod", "case", "fixed", "flat:name", "compound"})
           for t in c.subtree}  # not "jeudi" hung before "le ministre"
    toks = sorted((t for t in head.subtree if t.i not in cut), key=lambda t: t.i)
    toks = [t for t in toks if t.i <= head.i or all(u.i not in cut for u in head.doc[head.i:t.i])]
    while toks and toks[0] != head and (toks[0].dep_ in {"case", "fixed", "punct"} and toks[0].head in {head, toks[0].head}
                                        and toks[0].pos_ in {"ADP", "PUNCT", "ADV"}):
        toks = toks[1:]
    while toks and toks[-1] != head and toks[-1].pos_ == "PUNCT":
        toks = toks[:-1]
    return head.doc[toks[0].i:toks[-1].i + 1].text


def document_issuer(head: Token) -> Token | None:
    """The issuer of a document (:data:`DOCUMENT_WORDS`): "un communiqué de l'état-major"
    -> "état-major", "un message publié par le JNIM" -> "JNIM"; None when the text names
    none or ``head`` is no document."""
    if head.lemma_.lower() not in DOCUMENT_WORDS and head.lower_ not in DOCUMENT_WORDS:
        return None
    for child in head.children:
        if child.dep_ == "nmod" and child.pos_ in {"NOUN", "PROPN"} and any(
                c.dep_ == "case" and c.lower_ in {"de", "d'", "d’", "du", "des"} for c in child.children):
            return child
        if child.dep_ == "acl" and child.pos_ == "VERB":
            agent = next((c for c in child.children if c.dep_ == "obl:agent"), None)
            if agent is not None:
                return agent
    return None


def _media(head: Token) -> bool:
    """A medium as such speaks (:data:`MEDIA_WORDS`, :data:`STATE_MEDIA`)."""
    return head.lemma_.lower() in MEDIA_WORDS or head.lower_ in MEDIA_WORDS or head.text.upper() in STATE_MEDIA and \
        head.text.isupper()


def french_status(tok: Token) -> FrenchStatus:
    """The status of the event of ``tok`` before the coder's party test and dates.

    Who speaks decides, as in English (:func:`crisisdesk.coding.status.attributed_status`):
    a document's issuer speaks for it ("selon un communiqué de l'état-major": the general
    staff, then claimed when a party - the caller's test); a medium as such, or a
    document with no issuer ("selon un communiqué"), is claimed by it; a relay
    (:data:`RELAY_WORDS`: sources, witnesses, officials) leaves the report asserted."""
    report = source_of_report(tok)
    told_document = False
    issuer_tokens = None
    reported_by = phrase(report) if report is not None else None
    if report is not None and (issuer := document_issuer(report)) is not None:
        # "selon un communiqué de l'état-major": the general staff speaks; its words run
        # from the issuer to the end of the document's complements (not a participle)
        last = max((c.right_edge.i for c in report.children if c.dep_ == "nmod" and c.i >= issuer.i), default=issuer.i)
        first = next(t.i for t in issuer.left_edge.doc[issuer.left_edge.i:issuer.i + 1]
                     if t.dep_ not in {"case"} and t.pos_ != "ADP")
        issuer_tokens = (first, last + 1)
        report, reported_by = issuer, issuer.doc[first:last + 1].text
    elif report is not None and (report.lemma_.lower() in DOCUMENT_WORDS or report.lower_ in DOCUMENT_WORDS):
        told_document = any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in report.children)
    if negated(tok):
        return FrenchStatus("negated", None, reported_by, report)
    mod = modality(tok.head) if purpose_clause(tok) else modality(tok)
    claimant = claim_of(tok)
    if claimant is not None:
        return FrenchStatus("claimed", phrase(claimant), reported_by, report, mod, claimant)
    if mod in {"threatened", "hypothetical"}:
        return FrenchStatus(mod, None, reported_by, report, mod)
    if any(c.dep_ == "amod" and c.lemma_.lower() in POSSIBLE_ADJECTIVES for c in tok.children):
        return FrenchStatus("hypothetical", None, reported_by, report)
    if generic(tok):
        return FrenchStatus("generic", None, reported_by, report)
    if mod == "reported" or any(c.dep_ in {"amod", "acl"} and c.lemma_.lower() in ALLEGED for c in tok.children):
        # "auraient tué", "le massacre présumé": a report the writer does not vouch for
        return FrenchStatus("claimed", reported_by or "unnamed reports", reported_by, report, mod)
    if report is not None and told_document:
        # "précise le texte": the document told before; the caller names its issuer
        return FrenchStatus("asserted", None, reported_by, report, told_document=True)
    if report is not None and (_media(report) or report.lemma_.lower() in DOCUMENT_WORDS
                               or report.lower_ in DOCUMENT_WORDS):
        # "la télévision publique a indiqué que", "selon un communiqué": a medium as such
        return FrenchStatus("claimed", reported_by, reported_by, report)
    if report is not None and report.lemma_.lower() not in RELAY_WORDS:
        # the caller decides whether the source is a party (then claimed)
        return FrenchStatus("asserted", None, reported_by, report, issuer_tokens=issuer_tokens)
    return FrenchStatus("asserted", None, reported_by, None)


def generic(tok: Token) -> bool:
    """A statement about many acts (:data:`GENERIC` words in the trigger's sentence), or
    an event noun in the plural with no number under a present-tense verb ("lancent des
    attaques contre des bases"), or a verb in the imperfect (the French tense of
    background and habit, *Le Bon Usage* § 881: "ils combattaient des militants")."""
    if GENERIC.search(tok.sent.text):
        return True
    if tok.pos_ == "NOUN" and "Plur" in tok.morph.get("Number") and not any(
            c.dep_ == "nummod" for c in tok.children) and tok.head.pos_ == "VERB" and \
            "Pres" in tok.head.morph.get("Tense") and "Fin" in tok.head.morph.get("VerbForm"):
        return True
    return tok.pos_ == "VERB" and "Imp" in tok.morph.get("Tense")


def background(tok: Token) -> bool:
    """A background cue ("depuis 2012", "auparavant") in the trigger's own clause: the
    trigger's verb (a noun's governing verb) and its dependents, without relative
    clauses ("ont quitté le Mali, où ils combattaient ... depuis près de 10 ans": the
    cue belongs to the relative clause)."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} or tok.head == tok else tok.head
    cut = {t.i for c in verb.children if c.dep_ in {"acl:relcl", "acl", "advcl", "ccomp", "parataxis", "conj"}
           and c != tok for t in c.subtree}
    words = " ".join(t.text for t in verb.subtree if t.i not in cut)
    return bool(BACKGROUND.search(words))
