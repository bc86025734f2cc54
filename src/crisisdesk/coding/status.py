"""Status of an event mention: asserted, claimed (by whom), threatened/future,
hypothetical, negated, historical, generic.

Read from the trigger and the words that govern it in the parse:

- negated: ``neg`` on the trigger or a verb controlling it ("did not attack", "has not
  produced"), or ``no`` on an event noun ("no attacks were reported");
- hypothetical: a conditional clause ("if", "unless") on the trigger's clause, or a
  modal of possibility (could, might, may, would without a reporting verb);
- threatened (future): will/shall/going to, or a governing plan/intend/prepare verb;
  a governing threat verb ("vowed to intensify the blockade") makes the event itself a
  THREATEN event (handled by the coder), as CAMEO 13x and PLOVER code threats;
- claimed: a governing claim/report verb ("JNIM claimed", "Russian media claimed") or an
  "according to" phrase, "reportedly"/"allegedly", or footage/posts circulated by a
  party; ``claimed_by`` is the claimant's words (of a passive verb, its "by" agent:
  "the attack was claimed by JNIM"). Attribution to a neutral confirmer ("officials
  confirmed") stays asserted, and so does a passive "claimed by" whose agent only relays
  the report ("claimed by military and local sources": :func:`attribution`);
- historical: a background cue in the governing clause ("previously", "since 2012",
  "successive", "in the past") or a date ending more than ``HISTORICAL_DAYS`` before
  publication, or a time before the article's reporting window
  (:func:`before_reporting_window`: "the withdrawal of the Wagner Group earlier this
  year" in an article about this week);
- generic: a trend or habitual statement about many acts, not one event at one place
  and time (:func:`generic_statement`: "has intensified attacks in the Mopti region",
  "a wave of abductions", "repeated attacks on villages"), or a habit: a present-tense
  verb with an adverb of frequency ("armed groups regularly attack convoys",
  :func:`habitual_present`), or a toll summed over a period with an abstract subject
  ("fighting has killed more than 200 people this month", :func:`aggregate_tally`).
  ACLED codes an event per
  incident, with a date and a location (codebook: "an event is a single altercation
  ... at a specific location and on a specific day"); such a statement names none, so
  it is kept as context, never exported or counted as an incident.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Token

from crisisdesk.records import TimeExpression

CLAIM_VERBS = {"claim", "allege", "assert", "purport"}
REPORT_VERBS = {"say", "report", "state", "announce", "tell", "add", "indicate", "declare", "write", "post",
                "publish", "circulate", "show", "suggest", "accuse"}
NEUTRAL_VERBS = {"confirm", "verify", "corroborate", "establish", "find", "document", "geolocate"}
FUTURE_VERBS = {"plan", "intend", "prepare", "aim", "seek", "expect", "consider", "propose", "want",
                "willing", "ready", "prepared", "determined"}  # "decided to allow" reports the decision
#: Verbs of fear or suspicion governing an event ("three men are feared to have been
#: executed", "residents fear reprisals"): the event is dreaded or suspected, not reported
#: to have happened; ACLED codes only events reported to have occurred (ACLED Codebook,
#: sourcing: an event is coded from a report that it took place).
FEAR_VERBS = {"fear", "dread"}
MODAL_HYPOTHETICAL = {"could", "might", "may", "would", "should", "can"}
MODAL_FUTURE = {"will", "shall", "'ll", "wo"}
MEDIA_NOUNS = {"footage", "video", "videos", "image", "images", "photo", "photos", "clip", "clips",
               "post", "posts", "statement", "message", "picture", "pictures", "recording"}
HEDGES = {"reportedly", "allegedly", "purportedly", "apparently", "supposedly"}
BACKGROUND_CUES = {"previously", "formerly", "successive", "once", "historically"}
HISTORICAL_DAYS = 365
#: The reporting window reaches back at least this many days (a month) before
#: publication: "earlier this month" in a report about this week is still current (as
#: the reference gold file codes it), "earlier this year" is not.
WINDOW_DAYS = 31
#: Words that make a time expression a look back from the article's present
#: ("earlier this year", "last month", "two years ago", "previously in March").
LOOK_BACK = re.compile(r"\b(earlier|last|ago|previous(ly)?|past|former(ly)?|prior)\b", re.I)


@dataclass(frozen=True)
class StatusResult:
    """``status`` and, for claims, ``claimed_by`` (the claimant's words)."""

    status: str
    claimed_by: str | None = None


def governors(trigger: Token, limit: int = 8) -> list[Token]:
    """The trigger and the chain of tokens above it up to the sentence root."""
    chain = [trigger]
    tok = trigger
    while tok.head != tok and len(chain) < limit:
        tok = tok.head
        chain.append(tok)
    return chain


def _clause_chain(trigger: Token) -> list[Token]:
    """Trigger plus the verbs it depends on through xcomp/aux-like links (same clause)."""
    chain = [trigger]
    tok = trigger
    while tok.dep_ in {"xcomp", "pcomp", "prep", "pobj", "dobj", "amod", "compound"} and tok.head != tok:
        tok = tok.head
        chain.append(tok)
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"xcomp"}:
            break
    return chain


def written_words(tok: Token) -> str:
    """The words of ``tok``'s phrase as the text writes them (its character span, so
    "al-Islam" keeps its hyphen and "(JNIM)" its brackets), without punctuation at
    either end; a ``str``."""
    left, right = tok.left_edge, tok.right_edge
    while left.i < right.i and left.is_punct and left.text not in "(\"“'‘":
        left = left.nbor()
    while right.i > left.i and right.is_punct and right.text not in ")\"”'’":
        right = right.nbor(-1)
    return tok.doc.text[left.idx:right.idx + len(right.text)].strip()


def _subject_text(verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return written_words(child)
    if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head.text
    return None


def negated(trigger: Token) -> bool:
    """Negation on the trigger or its governing verbs in the same clause."""
    for tok in _clause_chain(trigger):
        if any(c.dep_ == "neg" for c in tok.children):
            return True
        if tok.lemma_ in {"fail", "refrain", "deny"} and tok != trigger:
            return True
    if trigger.pos_ in {"NOUN", "PROPN"}:
        if any(c.lower_ in {"no", "without"} and c.dep_ in {"det", "neg"} for c in trigger.children):
            return True
        if trigger.head.lower_ == "without":
            return True
        if _negated_report_of(trigger):
            return True
    return False


#: Nouns that report or attest something: "no reports of clashes", "no sign of fighting".
ATTESTING_NOUNS = {"report", "sign", "evidence", "indication", "mention", "news", "information", "trace",
                   "word", "confirmation", "record"}


def _negated_report_of(noun: Token) -> bool:
    """An event noun denied through its coordination or an attesting noun: "no
    casualties or clashes were reported" (a conjunct of a noun with "no"), "there were
    no reports of clashes", "no sign of fighting" (the object of "of" after a negated
    :data:`ATTESTING_NOUNS` noun). The text says the event did not happen (or is not
    known to have happened); ACLED codes only events reported to have occurred."""
    head = noun
    while head.dep_ == "conj" and head.head != head:  # "no casualties or clashes": the first conjunct bears "no"
        head = head.head
        if any(c.lower_ in {"no", "without"} and c.dep_ in {"det", "neg"} for c in head.children):
            return True
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in ATTESTING_NOUNS:
        report = head.head.head
        return any(c.lower_ == "no" and c.dep_ in {"det", "neg"} for c in report.children) or negated(report)
    return False


def modality(trigger: Token) -> str | None:
    """'hypothetical', 'threatened' (future) or None from modals, conditionals and plan verbs."""
    for tok in _clause_chain(trigger):
        for child in tok.children:
            if child.dep_ == "aux":
                if child.lower_ in MODAL_FUTURE:
                    return "threatened"
                if child.lower_ in {"would", "'d"} and _reported(tok):
                    return "threatened"  # future in the past: "said they would boycott"
                if child.lower_ in MODAL_HYPOTHETICAL:
                    return "hypothetical"
            if child.dep_ == "mark" and child.lower_ in {"if", "unless", "whether"}:
                return "hypothetical"
        if tok != trigger and tok.lemma_ in FUTURE_VERBS:
            return "threatened"
        if tok != trigger and tok.lemma_.lower() in FEAR_VERBS:
            return "hypothetical"  # "feared to have been executed": feared, not reported done
        if tok != trigger and tok.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in tok.children):
            return "hypothetical"
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in trigger.head.children) and \
            trigger.head.dep_ == "advcl":
        return "hypothetical"
    return None


def _reported(verb: Token) -> bool:
    """A clause reported by a saying verb ("X said [they would ...]") with no
    condition of its own."""
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children):
        return False
    head = verb.head
    return verb.dep_ == "ccomp" and head.lemma_.lower() in REPORT_VERBS | {"threaten", "warn", "vow", "promise"}


def conditional_threat(trigger: Token) -> bool:
    """A future act made conditional on the other side's conduct ("will withdraw its
    force unless the president arranges a ceasefire"): an ultimatum (CAMEO 139)."""
    for tok in _clause_chain(trigger):
        for child in tok.children:
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in child.children):
                return True
    return False


#: Head nouns of a report's attribution ("claimed by military and local sources", "reported
#: by witnesses"): who relays a report, not a party claiming responsibility for the act.
ATTRIBUTION_NOUNS = {"source", "sources", "report", "reports", "media", "medium", "official", "officials",
                     "resident", "residents", "witness", "witnesses", "account", "accounts", "outlet", "outlets",
                     "channel", "channels", "observer", "observers", "agency", "press", "journalist", "journalists",
                     "correspondent", "informant", "informants", "inhabitant", "inhabitants", "relative",
                     "relatives", "local", "locals", "villager", "villagers", "testimony", "testimonies"}


#: Head nouns of the people who relay what they saw or were told: officials, security
#: sources, residents, witnesses. A report attributed to them ("residents said",
#: "according to a local official", "according to security sources") is the ordinary
#: attribution of news reporting and stays ``asserted`` (as "officials said" and "claimed
#: by military and local sources", :func:`attribution`); ``claimed`` is kept for a party's
#: claim ("JNIM said it attacked", "according to JNIM") and for unverified reports of
#: media and social media ("according to reports on social media", "Russian media
#: claimed") -- the issue's definition of a claim.
WITNESS_NOUNS = ATTRIBUTION_NOUNS - {"report", "reports", "media", "medium", "outlet", "outlets", "channel",
                                     "channels", "account", "accounts", "press", "agency"}


def witness_attribution(noun: Token) -> bool:
    """True when ``noun`` (or the last of its conjuncts) heads people who relay a report
    (:data:`WITNESS_NOUNS`: "a local official", "security sources", "residents and
    witnesses"), not a party to the event nor a media report."""
    return _heads_one_of(noun, WITNESS_NOUNS)


def passive_agent(verb: Token) -> Token | None:
    """The noun of a passive verb's "by" agent ("was claimed by JNIM" -> JNIM), or None."""
    for child in verb.children:
        if child.dep_ == "agent":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            return objs[0] if objs else None
    return None


def attribution(noun: Token) -> bool:
    """True when a noun phrase names who relays a report (:data:`ATTRIBUTION_NOUNS`,
    also as the last of its conjuncts: "military and local sources", "security and
    medical sources"), not a party that claims responsibility."""
    return _heads_one_of(noun, ATTRIBUTION_NOUNS)


def _heads_one_of(noun: Token, nouns: set[str]) -> bool:
    """Whether ``noun`` or one of its conjuncts is (by lemma or form) one of ``nouns``."""
    return any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in (noun, *noun.conjuncts))


def _claimant(verb: Token, trigger: Token | None = None) -> str | None:
    """Who claims or reports: the "by" agent of a passive verb ("an attack was claimed
    by JNIM"); never the passive subject, which is the claimed act itself; else the
    subject (:func:`_subject_text`) of an active verb, unless that subject holds the
    reported event ``trigger`` itself (telegraphic passive "Fighting between X and Y
    reported in Z": the fighting is what is reported, no one reports it)."""
    agent = passive_agent(verb)
    if agent is not None:
        return written_words(agent)
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or (
            verb.dep_ in {"acl", "relcl"} and verb.tag_ == "VBN"):
        return None  # "the attack was claimed" / "an attack claimed ...": no claimant named
    if trigger is not None and any(trigger in c.subtree for c in verb.children if c.dep_ in {"nsubj", "csubj"}):
        return None
    return _subject_text(verb)


def responsibility_claim(trigger: Token) -> StatusResult | None:
    """A participle "claimed by X" on an event noun ("the attack on the camp, claimed by
    JNIM, ..."): claimed by X, unless X only relays a report ("claimed by military and
    local sources", :func:`attribution`), which stays asserted; None without one."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return None
    for child in trigger.children:
        if child.dep_ in {"acl", "relcl"} and child.lemma_.lower() in CLAIM_VERBS:
            agent = passive_agent(child)
            if agent is not None and not attribution(agent):
                return StatusResult("claimed", written_words(agent))
    return None


def claim(trigger: Token, participants: set[str]) -> StatusResult | None:
    """A claim governing the trigger, with who claims it; None when asserted.

    ``participants`` are lower-cased names of the event's own actors: a report by a
    party to the event ("JNIM said it attacked") is a claim, a journalist's or
    officials' neutral confirmation is not."""
    chain = governors(trigger)
    for tok in chain:
        for child in tok.children:
            if child.lower_ in HEDGES:
                return StatusResult("claimed", "unnamed reports")
            if child.lower_ == "according":
                objs = [g for c in child.children for g in ([c] if c.dep_ == "pobj" else c.children)
                        if g.dep_ == "pobj"]
                if objs and witness_attribution(objs[0]):
                    return None  # "according to a local official": attribution, asserted
                return StatusResult("claimed", written_words(objs[0]) if objs else "reports")
    for tok in chain[1:]:
        lemma = tok.lemma_.lower()
        if lemma in NEUTRAL_VERBS:
            return None
        if lemma in CLAIM_VERBS | REPORT_VERBS and tok.pos_ == "VERB" and any(
                trigger in c.subtree for c in tok.children if c.dep_ in {"nsubj", "csubj"}):
            continue  # the event is the verb's subject: "an attack claimed the lives of ten"
        if lemma in CLAIM_VERBS and tok.pos_ in {"VERB", "NOUN"}:
            agent = passive_agent(tok)
            if agent is not None and attribution(agent):
                # "it was claimed by military and local sources that ...": attribution of
                # a report to its sources, not a claim of responsibility (stays asserted)
                return None
            who = _claimant(tok, trigger) if tok.pos_ == "VERB" else _subject_text(tok)
            if tok.pos_ == "NOUN":  # "JNIM's claim that..."
                poss = [c for c in tok.children if c.dep_ in {"poss", "compound"}]
                who = written_words(poss[0]) if poss else who
            return StatusResult("claimed", who or "unnamed source")
        if tok.lower_ in MEDIA_NOUNS or tok.lemma_.lower() in MEDIA_NOUNS:
            verb = tok.head
            who = _subject_text(verb) if verb.pos_ == "VERB" and tok.dep_ in {"dobj", "obj"} else None
            if who is None and tok.dep_ in {"nsubj"}:
                who = written_words(tok)
            return StatusResult("claimed", who or "circulated footage")
        if lemma in REPORT_VERBS and tok.pos_ == "VERB":
            who = _claimant(tok, trigger)
            if who and (who.lower() in participants or any(p and p in who.lower() for p in participants)):
                return StatusResult("claimed", who)
            if who and re.search(r"\b(media|reports?|channels?|posts?)\b", who, re.I):
                return StatusResult("claimed", who)
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.head.lemma_ == "claim" and trigger.dep_ in {"dobj", "obj"}:
        return StatusResult("claimed", _subject_text(trigger.head) or "unnamed source")
    return responsibility_claim(trigger)


#: Nouns heading "... to X" that give X as the cause the event answers ("in response to").
CAUSE_TO_HEADS = {"response", "reaction", "reply", "answer"}
#: Words heading "... for/over/about/against X" that give X as a grievance or a motive
#: ("in revenge for", "a protest over", "furious about", "demanding justice for").
CAUSE_FOR_HEADS = {"revenge", "retaliation", "reprisal", "reprisals", "vengeance", "justice", "protest", "outrage",
                   "anger", "indignation", "grievance", "avenge", "demonstrate", "march", "rally", "furious",
                   "angry", "outraged", "upset", "indignant", "denounce", "condemn", "mourn", "demonstration"}
CAUSE_PREPS = {"for", "over", "about", "against"}
#: Verbs whose object is a grievance, an act done before ("denounce the killing of a
#: trader", "protest the arrest of the mayor", "mourn the death of ...").
GRIEVANCE_VERBS = {"denounce", "condemn", "protest", "decry", "deplore", "mourn", "lament", "criticize",
                   "criticise", "commemorate"}


def stated_cause(trigger: Token) -> bool:
    """Whether an event noun is given as the cause or grievance of another act, not
    reported as a new event: "marched in response to the killing of four herders",
    "in revenge for the killing of their leader", "angry about the death of a driver",
    "a protest over the arrest of the mayor". The caused act happened after it; the
    noun names an earlier event (background, issue 4 item 4). So is the object of a
    verb of grievance ("marched to denounce the killing of a trader", "condemned the
    abduction of the mayor", :data:`GRIEVANCE_VERBS`): ACLED codes a protest's grievance
    as its motive, the grieved act as its own earlier event (ACLED Codebook, Protests;
    fatalities are those of the event itself)."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    if trigger.dep_ in {"dobj", "obj"} and trigger.head.lemma_.lower() in GRIEVANCE_VERBS:
        return True
    if trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    if prep.dep_ not in {"prep", "agent"}:
        return False
    # the word the preposition hangs on, or the word right before it when the parser
    # attached "in revenge | for the killing" to the verb
    heads = {prep.head.lemma_.lower()}
    for back in (1, 2):  # "in revenge | for", "a revenge act | for"
        if prep.i - back >= prep.sent.start:
            heads.add(prep.doc[prep.i - back].lemma_.lower())
    if prep.lower_ == "to":
        return bool(heads & CAUSE_TO_HEADS)
    return prep.lower_ in CAUSE_PREPS and bool(heads & CAUSE_FOR_HEADS)


#: Nouns naming people by an act they did ("the mastermind of the attack", "suspected
#: perpetrators of the massacre", "the authors of the abduction").
PERPETRATOR_NOUNS = {"mastermind", "perpetrator", "author", "organiser", "organizer", "planner", "instigator",
                     "ringleader", "culprit", "architect", "sponsor"}
#: Words tying people to an act they took part in ("was involved in the abduction",
#: "implicated in the killings").
INVOLVEMENT_WORDS = {"involved", "implicated", "complicit", "complicity", "involvement", "participation"}


def identifying_act(trigger: Token) -> bool:
    """Whether an event noun only identifies people by an act they did: the object of
    "of"/"in"/"behind" after a perpetrator noun (:data:`PERPETRATOR_NOUNS`: "arrested
    the mastermind of the attack which killed 19") or after an involvement word
    (:data:`INVOLVEMENT_WORDS`: "the cell was involved in the abduction of a nun"). The
    sentence reports what was done to those people (an arrest, a trial); the act named
    is an earlier event, coded on its own day (ACLED codes each event once, at its date
    and place: an arrest note names the attack as background, ACLED Codebook, notes)."""
    if trigger.pos_ not in {"NOUN", "PROPN"} or trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    if prep.lower_ not in {"of", "in", "behind", "for"}:
        return False
    holder = prep.head
    lemma = holder.lemma_.lower()
    if prep.lower_ in {"of", "behind"} and lemma in PERPETRATOR_NOUNS:
        return True
    return prep.lower_ in {"in", "for"} and (lemma in INVOLVEMENT_WORDS or holder.lower_ in INVOLVEMENT_WORDS)


def background(trigger: Token) -> bool:
    """A background cue on the trigger or the verbs above it ("previously documented",
    "since a rebellion in 2012", "successive coups"), an event noun given as the cause
    of another act (:func:`stated_cause`) or naming the act its perpetrators are known
    by (:func:`identifying_act`)."""
    if stated_cause(trigger) or identifying_act(trigger):
        return True
    for tok in governors(trigger, limit=5):
        for child in tok.children:
            if child.lower_ in BACKGROUND_CUES:
                return True
            if child.dep_ == "prep" and child.lower_ == "since":
                objs = [g for g in child.subtree if g.like_num and re.fullmatch(r"(19|20)\d\d", g.text)]
                if objs:
                    return True
    return False


#: Verbs that report a trend in many acts when their object is a plural event noun
#: ("intensified attacks", "stepped up raids", "increased kidnappings").
TREND_VERBS = {"intensify", "increase", "step", "escalate", "multiply", "ramp", "scale", "redouble", "expand",
               "accelerate", "heighten"}
#: Nouns that head a trend in plural acts ("a wave of attacks", "a surge in kidnappings").
TREND_NOUNS = {"wave", "spate", "surge", "rise", "increase", "escalation", "upsurge", "spike", "uptick", "string",
               "intensification", "proliferation", "resurgence"}
#: Adjectives that make a plural event noun habitual ("repeated attacks", "frequent raids").
HABITUAL_ADJECTIVES = {"repeated", "frequent", "regular", "recurrent", "recurring", "increasing", "growing",
                       "mounting", "persistent", "constant", "incessant", "daily", "near-daily", "systematic",
                       "routine", "relentless", "sporadic"}
#: Adverbs of frequency that make a present-tense verb a habit ("armed groups regularly
#: attack convoys", "jihadists frequently ambush fuel trucks"); "on a regular basis" is
#: matched as a phrase (:data:`HABITUAL_BASIS_ADJECTIVES`).
HABITUAL_ADVERBS = {"regularly", "frequently", "often", "routinely", "repeatedly", "usually", "habitually",
                    "commonly", "typically", "customarily", "constantly", "continually"}
#: Adjectives of "basis" in "on a regular basis", "on a daily basis".
HABITUAL_BASIS_ADJECTIVES = {"regular", "frequent", "routine", "daily", "weekly", "constant", "continuous"}
#: Present-tense verb tags (Penn Treebank): 3rd person singular and non-3rd person.
PRESENT_TAGS = {"VBZ", "VBP"}


def habitual_present(verb: Token) -> bool:
    """Whether ``verb`` states a habit: present tense (:data:`PRESENT_TAGS`) modified by
    an adverb of frequency (:data:`HABITUAL_ADVERBS`: "regularly attack", "often
    abduct") or by "on a regular basis" (:data:`HABITUAL_BASIS_ADJECTIVES`). The simple
    present with a frequency adverb is the English habitual aspect (Quirk et al., *A
    Comprehensive Grammar of the English Language*, 1985, §4.6: "habitual present" --
    repeated events over a period, no single occasion); it names no incident at a place
    on a day, so, like a trend, it is no ACLED event. A past tense ("repeatedly
    attacked the convoy on Monday") is one reported incident and stays asserted."""
    if verb.tag_ not in PRESENT_TAGS:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in verb.children):
        return True
    # "on a regular basis" hangs on the verb or, in the small English model's parse, on
    # its object ("abduct herders on a regular basis")
    holders = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "obj"})]
    return any(
        prep.dep_ == "prep" and prep.lower_ == "on" and any(
            g.dep_ == "pobj" and g.lemma_.lower() == "basis" and any(
                a.dep_ == "amod" and a.lower_ in HABITUAL_BASIS_ADJECTIVES for a in g.children)
            for g in prep.children)
        for holder in holders for prep in holder.children)


#: Abstract subjects of a toll summed over many acts ("fighting has killed ...",
#: "violence in the centre has displaced ...", "attacks have killed ... this year").
ABSTRACT_VIOLENCE_SUBJECTS = {"fighting", "violence", "conflict", "conflicts", "attacks", "clashes", "insecurity",
                              "war", "unrest", "hostilities", "combat", "bloodshed", "insurgency", "raids",
                              "killings", "crisis"}
#: A period a toll is summed over: "this month", "this year", "the past week", "since
#: January", "so far in 2025", "over the past year".
PERIOD = re.compile(r"\b(this|past|last|previous)\s+(few\s+)?(weeks?|months?|years?)\b|\bsince\b|\bso far\b"
                    r"|\byear[- ]to[- ]date\b", re.I)


def aggregate_tally(trigger: Token) -> bool:
    """Whether a verb sums a toll over a period with an abstract subject ("fighting in
    Mali has killed more than 200 people this month", "attacks have displaced 3,000
    people since January", "violence has killed 500 so far this year"): a tally of many
    incidents, no single event. ACLED codebook: "an event is a single altercation ... at
    a specific location and on a specific day"; a period total is context, not an
    event (the ACLED data themselves give such totals by summing events)."""
    if trigger.pos_ not in {"VERB", "AUX"}:
        return False
    subjects = [c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
    if not any(s.lemma_.lower() in ABSTRACT_VIOLENCE_SUBJECTS or s.lower_ in ABSTRACT_VIOLENCE_SUBJECTS
               for s in subjects):
        return False
    for child in trigger.children:
        if child.dep_ in {"npadvmod", "prep", "advmod", "advcl", "pcomp"} and \
                PERIOD.search(" ".join(t.text for t in child.subtree)):
            return True
        if child.dep_ in {"dobj", "obj"}:  # "killed 200 people this month" hung on the object
            if any(g.dep_ in {"npadvmod", "prep"} and PERIOD.search(" ".join(t.text for t in g.subtree))
                   for g in child.children):
                return True
    return False


def generic_statement(trigger: Token) -> bool:
    """Whether a plural event noun states a trend or a habit rather than one event:
    the object of a trend verb (:data:`TREND_VERBS`: "has intensified attacks", "stepped
    up raids"), the complement of a trend noun (:data:`TREND_NOUNS`: "a wave of
    attacks", "a surge in abductions"), or qualified by a habitual adjective
    (:data:`HABITUAL_ADJECTIVES`: "repeated attacks"). A verb is generic only when its
    subject is such a trend ("a wave of kidnappings has hit the region") or when it
    states a habit in the present tense (:func:`habitual_present`: "armed groups
    regularly attack convoys"); a plural noun is also generic as the object of such a
    habitual verb ("routinely carries out attacks"). A singular noun or a past-tense
    verb with a doer ("the group attacked the post") is one event."""
    if trigger.pos_ in {"VERB", "AUX"}:
        if habitual_present(trigger) or aggregate_tally(trigger):
            return True
        return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in TREND_NOUNS and any(
            p.dep_ == "prep" and p.lower_ in {"of", "in"} and any(
                g.dep_ == "pobj" and g.tag_ in {"NNS", "NNPS"} for g in p.children) for p in c.children)
            for c in trigger.children)
    if trigger.pos_ not in {"NOUN", "PROPN"} or trigger.tag_ not in {"NNS", "NNPS"}:
        return False
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in HABITUAL_ADJECTIVES for c in trigger.children):
        return True
    head = trigger.head
    if trigger.dep_ in {"dobj", "obj", "nsubjpass"} and head.lemma_.lower() in TREND_VERBS:
        return True
    if trigger.dep_ in {"dobj", "obj"} and habitual_present(head):
        return True
    if trigger.dep_ in {"nsubj", "nsubjpass"} and aggregate_tally(head):
        return True  # "attacks have killed 90 people so far this year"
    if trigger.dep_ == "pobj" and head.lower_ in {"of", "in"} and head.head.lemma_.lower() in TREND_NOUNS:
        return True
    return False


def is_historical(event_end: date | None, published: date | None) -> bool:
    """Whether an event dated up to ``event_end`` lies before the reporting window,
    i.e. ended more than HISTORICAL_DAYS (365) days before publication."""
    if event_end is None or published is None:
        return False
    return (published - event_end).days > HISTORICAL_DAYS


def reporting_window_start(published: date | None, current_days: list[date]) -> date | None:
    """First day of the article's reporting window: the earliest day the article dates
    a current event to (day or week precision, not historical), and at least
    ``WINDOW_DAYS`` (31) days before publication; None without a publication date."""
    if published is None:
        return None
    floor = published - timedelta(days=WINDOW_DAYS)
    return min([floor, *[d for d in current_days if d <= published]])


def before_reporting_window(when: TimeExpression | None, window_start: date | None,
                            same_sentence: bool = True) -> bool:
    """Whether a time expression lies before the reporting window: it ends before the
    window opens ("last year" in an article about this week), or, when it stands in the
    event's own sentence (``same_sentence``), it looks back ("earlier this year") from a
    start before the window - such intervals are resolved up to publication, so their
    end says nothing."""
    if when is None or window_start is None or when.span is None:
        return False
    if when.end < window_start:
        return True
    return same_sentence and bool(LOOK_BACK.search(when.text)) and when.start < window_start \
        and when.precision in {"month", "year"}
