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
- claimed: who reports the event decides, not the wording (:func:`attribution_of`
  finds the speaker of "X said", "according to X", "X confirmed", "claimed by X",
  "footage shows"; :func:`attributed_status` applies one principle): a party to the
  event or a non-state armed group ("JNIM claimed", "according to the army, soldiers
  killed ..."), the media or a medium ("Russian media claimed", "according to reports
  on social media", "videos circulated online"), an unnamed source ("reportedly") or
  the word "claim" make it claimed, with ``claimed_by`` the speaker's words; a relay
  who is no party (officials, security sources, residents, witnesses, or the army
  reporting others' fighting) leaves it asserted. ``reported_by`` keeps the speaker as
  written for every status;
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
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Token

from crisisdesk.records import TimeExpression

#: Verbs of saying (lemmas, English, written here): the one list of speech-act verbs that
#: introduce reported speech ("X said/warned/vowed that ..."), used wherever a rule asks
#: "is this word a verb of saying": the speaker of a reported clause
#: (:func:`crisisdesk.coding.roles.reporting_subject`), the speaker's place, which is not
#: the event's (:func:`crisisdesk.coding.placetime.speaker_place`), the statement told in
#: the present (``coder._said_now``) and, with claims and denials, the verbs whose time
#: dates a statement and not the event it reports (``placetime.REPORTING_VERBS``). Before
#: session 13 these were three near-copies (``roles.SAYING_VERBS``, 17 verbs;
#: ``placetime.SPEAKING_VERBS``, 10; ``coder._SPEECH_HEADS``, 9); merged, the training
#: split's rules-alone output is identical row by row (event type 1334, sub-type 1311,
#: date 1382 of 1412) and the written-news check set unchanged. :data:`REPORT_VERBS`
#: below answers another question (which verbs make an event *reported* by a source for
#: its status: "a video shows", "posted", "accused", not "vowed" or "warned") and stays
#: a list of its own.
VERBS_OF_SAYING = frozenset({"say", "tell", "state", "announce", "declare", "add", "report", "confirm",
                             "indicate", "explain", "write", "insist", "claim", "warn", "vow", "pledge",
                             "promise", "threaten"})
CLAIM_VERBS = {"claim", "allege", "assert", "purport"}
REPORT_VERBS = {"say", "report", "state", "announce", "tell", "add", "indicate", "declare", "write", "post",
                # a communique's "informs the public that ..." (s13-left)
                "inform", "notify",
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
#: Plural spans of time that measure a series ("months of protests", "years of
#: attacks"): the events counted over the span are many, each with its own day and place;
#: ACLED codes one event per day and place (Codebook 2019, "an event is a single
#: altercation ... at a specific location and on a specific day"), never the span.
PERIOD_PLURALS = frozenset({"days", "weeks", "months", "years", "decades"})
BACKGROUND_CUES = {"previously", "formerly", "successive", "once", "historically"}
HISTORICAL_DAYS = 365
#: The reporting window reaches back at least this many days (a month) before
#: publication: "earlier this month" in a report about this week is still current (as
#: the reference gold file codes it), "earlier this year" is not.
WINDOW_DAYS = 31
#: Largest gap (days) between current days that still extends the reporting window back.
WINDOW_GAP_DAYS = 62
#: Words that make a time expression a look back from the article's present
#: ("earlier this year", "last month", "two years ago", "previously in March").
LOOK_BACK = re.compile(r"\b(earlier|last|ago|previous(ly)?|past|former(ly)?|prior)\b", re.I)


@dataclass(frozen=True)
class StatusResult:
    """``status``; for claims ``claimed_by`` (the claimant's words); ``reported_by``:
    the attributed speaker as written, also of asserted events (:func:`attributed_status`)."""

    status: str
    claimed_by: str | None = None
    #: who reports the event, as written ("the army", "residents"), for any status
    reported_by: str | None = None
    #: the actor code the speaker resolves to ("MLIMIL"), set by the coder
    reported_by_code: str | None = None


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
    return tok.doc[left.i:right.i + 1].text.strip()  # not doc.text[...]: Doc.text rebuilds the whole text


def negated(trigger: Token) -> bool:
    """Negation on the trigger or its governing verbs in the same clause, a negative
    subject ("Neither group has announced ...", "No civilian was harmed":
    :func:`_negative_subject`), or a denied content clause ("denies the reports that
    civilians were killed": :func:`_denied_content`)."""
    for tok in _clause_chain(trigger):
        if any(c.dep_ == "neg" for c in tok.children):
            return True
        if tok.lemma_ in {"fail", "refrain", "deny"} and tok != trigger:
            return True
        if tok.pos_ in {"VERB", "AUX"} and _negative_subject(tok):
            return True
    if _denied_content(trigger):
        return True
    if trigger.pos_ in {"NOUN", "PROPN"}:
        if any(c.lower_ in {"no", "without"} and c.dep_ in {"det", "neg"} for c in trigger.children):
            return True
        if trigger.head.lower_ == "without":
            return True
        if _negated_report_of(trigger):
            return True
    return False


#: Determiners and pronouns of a negative subject: "No group has claimed ...",
#: "Neither side has announced ...", "Nobody was hurt" (English negative quantifiers).
NEGATIVE_SUBJECT_WORDS = {"no", "neither", "nobody", "none", "nothing", "no-one"}
#: Words after "no" that make it a comparison, not a negation ("no fewer than 20").
COMPARATIVE_AFTER_NO = {"fewer", "less", "more", "longer", "sooner"}


def _negative_subject(verb: Token) -> bool:
    """Whether a verb's subject is negative: its determiner is "no"/"neither" ("No
    group has claimed the attack", "Neither group has announced such an alliance") or
    it is "nobody"/"none"/"nothing" - the clause says the act did not happen. Not "no
    fewer than ..." (a count)."""
    for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if subject.lower_ in NEGATIVE_SUBJECT_WORDS - {"no", "neither"}:
            return True
        for det in (c for c in subject.children if c.dep_ in {"det", "neg", "preconj"}):
            nxt = det.nbor(1) if det.i + 1 < len(det.doc) else None
            if det.lower_ in {"no", "neither"} and not (nxt is not None and nxt.lower_ in COMPARATIVE_AFTER_NO):
                return True
    return False


#: Verbs by which a speaker says a reported content is false.
DENIAL_VERBS = {"deny", "refute"}
#: Nouns whose relative clause gives their content ("the allegations according to which
#: civilians were killed", "reports in which ..."): a denied one denies that content.
CONTENT_NOUNS = {"allegation", "report", "claim", "rumour", "rumor", "accusation", "assertion", "information",
                 "news", "statement", "story"}


def _denied_content(trigger: Token) -> bool:
    """Whether the trigger stands in a content clause a speaker denies: "denied that it
    had suffered any losses", "denies the reports spread on social media that civilians
    were killed" (the clause of the verb, or of its object noun). The path up to the
    denial verb passes through a clausal complement (ccomp, or acl of a report noun)."""
    cur, clausal = trigger, False
    for _ in range(6):
        if cur.head == cur:
            return False
        if cur.dep_ in {"ccomp", "acl"} or (cur.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in cur.children)):  # a that-clause the parse hung low
            clausal = True
        elif cur.dep_ == "relcl" and cur.head.lemma_.lower() in CONTENT_NOUNS:
            clausal = True  # "denies the allegations according to which civilians were killed"
        elif cur.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj", "prep", "xcomp", "auxpass", "conj"}:
            return False
        cur = cur.head
        if cur.lemma_.lower() in DENIAL_VERBS:
            return clausal
        if cur.lemma_.lower() in REPORT_VERBS and any(c.dep_ in {"nsubj", "nsubjpass"} for c in cur.children):
            # "The army says it killed several attackers; JNIM denies losing any
            # fighters": the content is the army's statement, hung by the parse under
            # the denial of another speaker (third written news set, session 14)
            return False
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


#: Verbs of an analyst's judgement whose reported clause is an assessment, not a report
#: ("we assess that the group will keep targeting convoys", "analysts judge that ...").
#: "estimate" is left out: "officials estimated that gunmen killed 30 villagers" is a
#: toll, not an assessment.
ASSESSMENT_VERBS = frozenset({"assess", "judge", "predict", "forecast", "anticipate", "reckon"})
#: Subjects of an assessment verb that make it an analyst's judgement: the first person
#: ("we assess") and analysts ("analysts judge").
ASSESSING_SUBJECTS = frozenset({"we", "i", "analyst", "expert", "observer", "researcher", "forecaster"})


def _assessing(verb: Token, complement: Token) -> bool:
    """Whether an assessment verb states a judgement: its subject is the first person or
    an analyst (:data:`ASSESSING_SUBJECTS`), or its complement is future or modal
    ("officials judge that the group will attack")."""
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in ASSESSING_SUBJECTS for c in verb.children):
        return True
    return any(c.dep_ == "aux" and c.lower_ in MODAL_HYPOTHETICAL | MODAL_FUTURE for c in complement.children)


def assessed(trigger: Token) -> bool:
    """Whether the trigger's clause is the complement of an assessment verb
    (:data:`ASSESSMENT_VERBS`: "we assess that the group will keep targeting fuel
    convoys", "analysts judge that an offensive is coming"): an analyst's judgement of
    what is or will be, no reported event (the issue's status definitions: an
    assessment is background, not a current event; ACLED codes events reported to have
    occurred). Session 15 (issue 4: the think-tank weekly's "We assess that ..." was an
    asserted THREATEN). Only a judgement counts (:func:`_assessing`): "local officials
    reckoned that gunmen killed 30" stays a report."""
    tok = trigger
    for _ in range(4):
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in ASSESSMENT_VERBS:
            return _assessing(tok.head, tok)
        if tok.head.i == tok.i or tok.dep_ not in {"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "conj"}:
            return False
        tok = tok.head
    return False


def modality(trigger: Token) -> str | None:
    """'hypothetical', 'threatened' (future) or None from modals, conditionals and plan verbs."""
    if assessed(trigger):
        return "hypothetical"
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
        if tok != trigger and scheduled_head(tok):
            return "threatened"  # "is due to travel", "are set to meet", "is going to sign"
        if tok != trigger and tok.lemma_.lower() in FEAR_VERBS:
            return "hypothetical"  # "feared to have been executed": feared, not reported done
        if tok != trigger and tok.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in tok.children):
            return "hypothetical"
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "until" for c in tok.children) \
                and tok.tag_ in PRESENT_TAGS and any(c.dep_ == "aux" and c.lower_ in MODAL_FUTURE
                                                     for c in tok.head.children):
            # "will remain a target until the junta frees our leader": the condition of a
            # threat or pledge, an act not yet done (session 20, written_news8)
            return "hypothetical"
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in trigger.head.children) and \
            trigger.head.dep_ == "advcl":
        return "hypothetical"
    if scheduled_event_noun(trigger):
        return "threatened"  # "talks are scheduled for 12 January": the event to come is the subject
    if requested_act(trigger):
        return "hypothetical"  # "called on all parties to protect civilians": asked for, not done
    if asked_in_question(trigger) or any(judged_likely(tok) for tok in _clause_chain(trigger)) \
            or _modal_of_subject(trigger) or _modal_of_first_conjunct(trigger) or _modal_of_described(trigger):
        return "hypothetical"
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.lemma_.lower() in RISK_NOUNS:
        return "hypothetical"  # "the threat of attacks on road convoys remains high": a risk, not an act
    if trigger.dep_ in {"nsubj", "nsubjpass"} and any(
            c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in trigger.head.children) and \
            trigger.head.dep_ == "ccomp":
        return "hypothetical"  # "did not say whether air strikes had been carried out": an open question
    return None


#: Predicates of a schedule whose infinitive is an act to come ("is due to travel", "are
#: set to meet", "is scheduled to sign", "was slated to visit"): English expressions of
#: the future (Quirk et al. 1985, 4.48-4.49: "be to", "be about to", "be going to" and
#: the semi-auxiliaries "be due to", "be set to"), read on the infinitive's head in the
#: parse, never on another clause.
SCHEDULE_HEADS = frozenset({"due", "scheduled", "set", "slated", "poised", "expected", "planned"})
#: Verbs whose passive subject is an event set for a later time ("talks are scheduled for
#: 12 January", "the vote is planned for next week", "the summit is set for Friday").
#: Not "expect": "clashes are expected" judges a likelihood (:func:`judged_likely`).
SCHEDULE_VERBS = frozenset({"schedule", "plan", "set", "slate", "due"})


def scheduled_head(tok: Token) -> bool:
    """Whether ``tok`` - a governor of a trigger reached through its complement chain
    (:func:`_clause_chain`) - marks the trigger as an act to come: "be going to" (the
    verb "going" with a form of "be" and a "to"-infinitive complement: "is going to
    sign"), or a schedule predicate with a form of "be" (:data:`SCHEDULE_HEADS`: "is
    due to travel", "are set to meet", "was scheduled to visit"). "went to attack" and
    "set fire to" are no such heads (no "be", or no infinitive complement)."""
    if not any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in tok.children):
        return False
    be = [c for c in tok.children if c.dep_ in {"aux", "auxpass", "cop"} and c.lemma_ == "be"]
    if tok.lower_ == "going" and tok.tag_ == "VBG":
        return bool(be)
    if tok.lower_ in SCHEDULE_HEADS:
        return bool(be) or tok.head.lemma_ == "be"  # "is due to": "due" hangs on "is" as its complement
    return False


def scheduled_event_noun(trigger: Token) -> bool:
    """Whether an event noun is the passive (or copular) subject of a schedule verb
    (:data:`SCHEDULE_VERBS`: "talks are scheduled for 12 January", "the vote is planned
    for next week", "the summit is due on Friday"): the sentence sets a later time for
    the event, which has not happened (FactBank, Sauri and Pustejovsky 2009: an event
    under a future-setting predicate is not asserted as a fact). Read on the noun's own
    head, not on other clauses."""
    if trigger.pos_ not in {"NOUN", "PROPN"} or trigger.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    head = trigger.head
    if head.lemma_.lower() not in SCHEDULE_VERBS and head.lower_ not in SCHEDULE_HEADS:
        if not (head.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in SCHEDULE_HEADS for c in head.children)):
            return False
        return True  # "the vote is due on Friday"
    # the later time named on the schedule verb ("for 12 January", "on Friday"): "the
    # attack was planned by JNIM" tells how a past attack was prepared
    timed = any((c.dep_ == "prep" and c.lower_ in {"for", "on"}) or c.dep_ in {"npadvmod", "tmod"}
                for c in head.children)
    return timed and any(c.dep_ in {"auxpass", "aux", "cop"} and c.lemma_ == "be" for c in head.children) \
        and not any(c.dep_ == "neg" for c in head.children)


def asked_in_question(trigger: Token) -> bool:
    """Whether the trigger's sentence is a question ("Who is protecting the convoys?",
    "Could Bamako fall?", a Q&A explainer's headings, a presenter's "Has anyone claimed
    this attack?"): a question asks, it reports nothing as having happened (FactBank,
    Saurí and Pustejovsky 2009: events in questions are not asserted as facts)."""
    return trigger.sent.text.rstrip(" \"'”’)").endswith("?")


#: Adjectives that judge an event's likelihood ("an attack remains unlikely", "further
#: ambushes are highly likely", "the junta is unlikely to negotiate").
LIKELIHOOD_ADJECTIVES = frozenset({"likely", "unlikely", "possible", "probable", "improbable", "imminent"})
#: Verbs of expecting whose passive subject is an event not yet happened ("a deal is
#: not expected soon", "clashes are feared").
EXPECTING_VERBS = frozenset({"expect", "anticipate", "predict", "forecast", "fear"})


def judged_likely(trigger: Token) -> bool:
    """Whether the trigger is an event whose likelihood is judged rather than reported:
    the subject of a verb with a likelihood adjective (:data:`LIKELIHOOD_ADJECTIVES`:
    "an attack on Bamako remains unlikely", "further ambushes are highly likely"), the
    infinitive completing one ("the junta is unlikely to negotiate"), or the passive
    subject of an expecting verb (:data:`EXPECTING_VERBS`: "a deal is not expected
    soon"). An assessment of what may happen is no event (ACLED codes events that
    occurred; analysts' outlooks in a think-tank weekly are risks)."""
    head = trigger.head
    if trigger.dep_ in {"nsubj", "nsubjpass"} and head.i != trigger.i:
        if any(c.dep_ in {"acomp", "oprd"} and c.lower_ in LIKELIHOOD_ADJECTIVES for c in head.children):
            return True
        if trigger.dep_ == "nsubjpass" and head.lemma_.lower() in EXPECTING_VERBS:
            return True
    if trigger.dep_ == "xcomp" and head.lower_ in LIKELIHOOD_ADJECTIVES \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return True
    return False


#: Verbs of perceiving: "explosions could be heard" reports what was heard, no possibility.
PERCEPTION_VERBS = frozenset({"hear", "see", "feel", "observe", "notice", "smell"})


def _modal_of_subject(trigger: Token) -> bool:
    """"Demonstrations may take place with little notice": an event noun that is the
    subject of a verb with a modal of possibility (:data:`MODAL_HYPOTHETICAL`) is a
    possible event; not with a verb of perceiving ("explosions could be heard")."""
    if trigger.pos_ not in {"NOUN", "PROPN"} or trigger.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    head = trigger.head
    return head.i != trigger.i and head.lemma_.lower() not in PERCEPTION_VERBS and any(
        c.dep_ == "aux" and c.lower_ in MODAL_HYPOTHETICAL for c in head.children)


def _modal_of_first_conjunct(trigger: Token) -> bool:
    """"The junta should open talks ..., accept help from its neighbours, and stop
    ...": a conjoined verb with no subject or auxiliary of its own shares the modal of
    possibility or obligation of the first verb (:data:`CONJUNCT_MODALS`)."""
    if trigger.dep_ != "conj" or trigger.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in trigger.children):
        return False
    first = trigger.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.pos_ in {"VERB", "AUX"} and any(c.dep_ == "aux" and c.lower_ in CONJUNCT_MODALS
                                                  for c in first.children)


def _modal_of_described(trigger: Token) -> bool:
    """"Local truces negotiated by religious leaders could multiply": a participle
    describing a noun (``acl``) that is the subject of a verb with a modal of
    possibility (:data:`MODAL_HYPOTHETICAL`) describes possible things, so its act is
    possible too, not told as done (FactBank, Sauri and Pustejovsky 2009: events in the
    scope of a modal of possibility are not asserted). Not with a verb of perceiving."""
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN":
        return False
    return _modal_of_subject(trigger.head)


#: Modals a conjoined verb shares (:func:`_modal_of_first_conjunct`). Not "would", the
#: future in the past of reported speech ("said they would hold a new march on Tuesday
#: and called on the government to ...", where the parse may hang the second verb on the
#: first), nor "can"/"could" of ability.
CONJUNCT_MODALS = frozenset({"should", "might", "may", "must", "ought"})


#: Nouns of a possible event: their "of" complement is a risk, not an act ("the threat of
#: attacks remains high", "the risk of clashes", "fears of reprisals").
RISK_NOUNS = {"threat", "risk", "danger", "possibility", "prospect", "likelihood", "fear", "spectre", "specter"}


#: Verbs that ask someone to act ("urged the army to release", "called on all parties to
#: protect"): the act in their infinitive is requested, not done (the request itself is the
#: event: CAMEO 10x, PLOVER REQUEST).
REQUEST_VERBS = {"urge", "call", "ask", "appeal", "implore", "exhort", "invite", "encourage", "beg", "tell"}


def requested_act(trigger: Token) -> bool:
    """Whether the trigger is the act a request asks for: an infinitive complement
    ("to" + verb, parsed xcomp or advcl; conjoined infinitives too: "to protect civilians
    and to allow access") of a :data:`REQUEST_VERBS` verb ("call" only as "call on/upon":
    "called in reinforcements to repel the attack" is a purpose, not a request)."""
    cur = trigger
    while cur.dep_ == "conj" and cur.head != cur:
        cur = cur.head
    if cur.pos_ not in {"VERB", "AUX"} or cur.dep_ not in {"xcomp", "advcl"}:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
        return False
    verb = cur.head
    if verb.lemma_.lower() == "call":  # "called on X to ...", not "called in reinforcements to repel ..."
        return any(c.dep_ == "prep" and c.lower_ in {"on", "upon"} for c in verb.children)
    return verb.lemma_.lower() in REQUEST_VERBS


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


#: Head nouns of a report by the media as such ("Russian media", "reports on social media",
#: "a local radio station", "pro-junta channels") -- besides :data:`MEDIA_NOUNS`, the
#: footage and posts that carry a report.
MEDIA_REPORT_NOUNS = {"media", "medium", "report", "reports", "outlet", "outlets", "channel", "channels",
                      "press", "agency", "newspaper", "newspapers", "radio", "television", "broadcaster",
                      "website", "websites", "account", "accounts", "blog", "blogger", "bloggers",
                      "influencer", "influencers", "page", "pages", "network", "networks", "station"}
_SOCIAL_MEDIA = re.compile(r"\b(social (media|networks?)|online|telegram|facebook|whatsapp|tiktok|twitter|x\.com"
                           r"|youtube|media)\b", re.I)


#: Imagery that verifies rather than reports a claim ("satellite images show the burned
#: tankers"): open-source verification, as Bellingcat and ACLED use it, not a party's word.
_VERIFIED_IMAGERY = re.compile(r"\bsatellite\b", re.I)


@dataclass(frozen=True)
class Attribution:
    """Who reports an event, as the sentence says: ``words`` the speaker as written ("the
    army", "residents", "reports on social media"; None when no one is named:
    "reportedly", "the attack was claimed"), ``head`` the speaker's head token (for
    actor resolution; None when unnamed) and ``cue`` how the text attributes it:
    ``hedge`` ("reportedly", "allegedly"; with ``words`` when a relay is named beside the
    hedge: "according to residents, gunmen reportedly killed"), ``according`` ("according to X", "per X"),
    ``claim`` (a verb or noun of claiming: "X claimed", "X's claim", "claimed by X"),
    ``report`` (a saying or confirming verb: "X said", "X confirmed") or ``media``
    (footage, videos or posts that show it)."""

    words: str | None
    head: Token | None
    cue: str
    #: the speaker's phrase stands before its verb but the parser hung it inside the
    #: reported clause (":func:`trailing_speaker`": "..., officials and residents said"):
    #: its words name who reports, never a source or target of the event
    misattached: bool = False


def _speaker_head(verb: Token, trigger: Token | None = None) -> Token | None:
    """The speaker of a claiming or reporting verb as a token: the "by" agent of a
    passive verb ("an attack was claimed by JNIM"), never the passive subject, which is
    the claimed act itself; else the active subject (or the noun a participle hangs
    on); None for a passive without agent, or when the subject holds the reported event
    ``trigger`` itself (telegraphic passive "Fighting between X and Y reported in Z":
    the fighting is what is reported, no one reports it)."""
    agent = passive_agent(verb)
    if agent is not None:
        return agent
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or (
            verb.dep_ in {"acl", "relcl"} and verb.tag_ == "VBN"):
        return None
    if trigger is not None and any(trigger in c.subtree for c in verb.children if c.dep_ in {"nsubj", "csubj"}):
        return None
    subjects = [child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}]
    if subjects:
        # A clause has one subject; when the parser gives the verb two ("..., most of
        # them women, from X late on Tuesday, residents said"), the one right before
        # the verb is its subject: a final reporting clause is "subject + verb" after
        # the report (Quirk et al. 1985, 14.29), the other is a piece of the report.
        before = [child for child in subjects if child.i < verb.i]
        subject = before[-1] if before else subjects[0]
        if subject.lower_ in {"that", "which"} and verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"}:
            return verb.head  # "a statement that said ...": the statement speaks, not the pronoun
        return subject
    if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head
    return None


#: Relative pronouns opening a clause on a speaker set off by commas ("a local official,
#: who requested anonymity, told AFP").
RELATIVE_WORDS = {"who", "which", "whom", "whose", "that"}
#: A speaker's phrase before its verb is at most this many tokens ("a local official who
#: requested anonymity because he was not authorised to speak to the press" is 14).
SPEAKER_MAX_TOKENS = 16
_QUOTES = {"\"", "“", "”", "'", "‘", "’"}


def trailing_speaker(verb: Token) -> Token | None:
    """The speaker of a reporting verb that ends a sentence after its report ("Gunmen
    killed four traders, officials and residents said", "..., a source close to the army
    said", "..., a local official who requested anonymity told AFP") when the parser
    hung the speaker's phrase inside the reported clause (as a conjunct of the object,
    an apposition or an adverbial noun) and left the verb without a subject: the head
    of the words between the last comma before the verb and the verb (a relative
    clause set off by commas joins the phrase before it); None when the verb has a
    subject, reports nothing before it, or those words head no noun. Word order of
    English reporting clauses: a quotation or report followed by "X said" is the
    common news form (Quirk et al. 1985, §14.29, reporting clauses in final position)."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in verb.children):
        return None
    if not any(c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i for c in verb.children) and not (
            verb.dep_ == "conj" and verb.head.i < verb.i):  # "attacked ... and killed three, X told AFP"
        return None
    doc, first = verb.doc, verb.sent.start
    end = verb.i
    while end > first and doc[end - 1].text in _QUOTES:  # '..." said' never happens, '," officials said' does
        end -= 1
    start = end
    while start > first and doc[start - 1].text not in {",", ";", ":"} | _QUOTES:
        start -= 1
    if start < end and doc[start].lower_ in RELATIVE_WORDS and start - 1 > first:
        start -= 1  # ", who requested anonymity, said": take the phrase before the clause
        while start > first and doc[start - 1].text not in {",", ";", ":"} | _QUOTES:
            start -= 1
    if start >= end or end - start > SPEAKER_MAX_TOKENS or start == first:
        return None
    words = doc[start:end]
    roots = [t for t in words if not start <= t.head.i < end or t.head == t]
    heads = [t for t in roots if t.pos_ in {"NOUN", "PROPN"}]
    if len(heads) != 1 or any(t.pos_ in {"VERB", "AUX"} for t in roots):
        return None
    return heads[0]


def speaker_tokens(head: Token) -> range:
    """Token indices of a speaker's phrase (:func:`speaker_phrase`'s words with its
    clause): the head's subtree, so the conjuncts and modifiers of "officials and
    residents", "a source close to the army"."""
    return range(head.left_edge.i, head.right_edge.i + 1)


#: Nouns of a claim as a document: "according to a claim published by JNIM's media arm"
#: names its issuer as a statement does (written set 4: the claim was "a claim").
CLAIM_NOUNS = frozenset({"claim"})


def issuer_of(noun: Token) -> Token | None:
    """Who issued or circulated a medium, statement or claim (:data:`MEDIA_NOUNS`,
    :data:`CLAIM_NOUNS`): its
    possessor ("JNIM's video"), the "by" agent of a participle on it ("footage
    circulated by JNIM", "a statement issued by the army") or a "from" phrase ("a
    statement from the ministry"); None when the text names no issuer ("videos
    circulated on social media")."""
    if not (noun.lower_ in MEDIA_NOUNS or noun.lemma_.lower() in MEDIA_NOUNS or noun.lemma_.lower() in CLAIM_NOUNS):
        return None
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ in {"acl", "relcl"}:
            agent = passive_agent(child)
            if agent is not None:
                return agent
        if child.dep_ == "prep" and child.lower_ == "from":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    if noun.dep_ == "pobj" and noun.head.lower_ in {"in", "through", "via"} and noun.head.head.pos_ == "VERB" \
            and noun.head.head.lemma_.lower() in ISSUING_VERBS:
        # "JNIM claimed the attack in a statement that said ...": the verb's subject issued it
        return next((c for c in noun.head.head.children if c.dep_ == "nsubj"), None)
    return None


def _speaker_words(head: Token, trigger: Token) -> str:
    """The speaker's phrase as written (:func:`written_words`); when the phrase holds
    the reported event ("a statement saying gunmen attacked ...") only its words up to
    the head noun ("a statement")."""
    if trigger in head.subtree:
        left = head.left_edge
        return head.doc[left.i:head.i + 1].text.strip()
    return speaker_phrase(head)


#: Dependents after a speaker's noun that describe how it spoke, not who it is ("a
#: local official who requested anonymity", "residents reached by telephone"): left
#: out of the speaker's name so "per <speaker>" reads as a name. An apposition names
#: the speaker and stays ("Katiba Macina, a JNIM-linked unit").
SPEAKER_CLAUSE_DEPS = frozenset({"relcl", "acl"})


def speaker_phrase(head: Token) -> str:
    """The speaker's noun phrase as written (:func:`written_words`) up to the first
    clause or participle after its head (:data:`SPEAKER_CLAUSE_DEPS`):
    "residents reached by telephone" -> "residents"; prepositional modifiers stay
    ("a local official in the area"); a ``str``."""
    right = head
    for child in head.rights:
        if child.dep_ in SPEAKER_CLAUSE_DEPS:
            break
        right = child.right_edge
    if right.i == head.right_edge.i:
        return written_words(head)
    left = head.left_edge
    while left.i < head.i and left.is_punct:
        left = left.nbor()
    while right.i > head.i and right.is_punct and right.text not in ")\"”'’":  # "residents, who ..."
        right = right.nbor(-1)
    return head.doc[left.i:right.i + 1].text.strip()


def _source_noun(noun: Token) -> bool:
    """Whether the object of "per" names a source of a report ("per footage circulated
    by X", "per local sources", "per the army") rather than a unit of a rate ("per
    month", "per truck"): a media, report or relay noun, a name, or an actor noun with
    a determiner."""
    if _heads_one_of(noun, MEDIA_NOUNS | MEDIA_REPORT_NOUNS | ATTRIBUTION_NOUNS):
        return True
    return noun.pos_ == "PROPN" or any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
        and noun.lemma_.lower() not in {"day", "week", "month", "year", "hour", "person", "head", "unit"}


def _carrier_of_report(noun: Token, trigger: Token) -> bool:
    """Whether a media noun above the trigger (:data:`MEDIA_NOUNS`) carries a report of
    it ("footage showing fighters attacking", "a video of gunmen burning a truck")
    rather than being what the event happens to: "an army post attacked by gunmen" (the
    trigger a participle or relative clause on the noun: the post is the target, not a
    social-media post)."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    path = trigger
    while path.head != path and path.head != noun:
        path = path.head
    return path.head == noun and path.dep_ not in {"acl", "relcl", "compound", "amod", "conj", "appos"}


#: Links by which the parser hangs a clause told before a verb under that verb
#: ("Gunmen ambushed a convoy; 15 were reportedly killed": "ambushed" a ccomp of
#: "killed"), or a clause beside it.
_CLAUSE_LINKS = frozenset({"ccomp", "parataxis", "conj", "advcl"})


def _clause_before(clause: Token, verb: Token) -> bool:
    """Whether ``clause`` (a child of ``verb`` on the trigger's chain) is a clause of its
    own told before ``verb``: a hedge on ``verb`` ("were reportedly killed") qualifies
    the verb's own clause and the complements that follow it ("reportedly said that
    ...", "is reportedly planning to attack"), not a clause told before it as fact. An
    English complement clause follows its verb (Quirk et al. 1985, 16.31); one before it
    is a coordinate statement the parser subordinated."""
    return clause.dep_ in _CLAUSE_LINKS and clause.i < verb.i and verb.pos_ in {"VERB", "AUX"}


def attribution_of(trigger: Token) -> Attribution | None:
    """The attribution governing ``trigger`` (:func:`_attribution`); a hedge ("reportedly",
    "allegedly") with a named relay in the same sentence ("according to local sources,
    gunmen reportedly killed", "gunmen reportedly killed four, residents said") is that
    relay's account the writer does not vouch for: an :class:`Attribution` with the
    relay's words and head and the cue ``hedge`` (claimed by the relay, as the French
    journalistic conditional with "selon X" is claimed by X: ``french_status``)."""
    found = _attribution(trigger)
    if found is not None and found.cue == "according" and found.head is not None and _hedged(trigger):
        return replace(found, cue="hedge")  # "according to local sources, gunmen reportedly killed"
    if found is not None and found.cue == "hedge":
        named = _attribution(trigger, hedges=False)
        if named is not None and named.head is not None and named.cue in {"according", "report"}:
            return replace(named, cue="hedge")
    return found


def _hedged(trigger: Token) -> bool:
    """Whether a hedge ("reportedly") qualifies the trigger's clause (the scope of
    :func:`_clause_before`)."""
    return any(c.lower_ in HEDGES for tok in _hedge_scope(governors(trigger)) for c in tok.children)


def _hedge_scope(chain: list[Token]) -> list[Token]:
    """The tokens of a trigger's chain (:func:`governors`) a hedge on which qualifies
    the trigger: up to the first verb whose clause below it was told before it
    (:func:`_clause_before`)."""
    for n in range(1, len(chain)):
        if _clause_before(chain[n - 1], chain[n]):
            return chain[:n]
    return chain


#: Prepositions that order two acts in time ("accused them ... before shooting them"):
#: an act under one is told as the next act, not as the content of the verb above it.
SEQUENCE_PREPOSITIONS = frozenset({"before", "after", "then", "until", "upon"})


def _attribution(trigger: Token, hedges: bool = True) -> Attribution | None:
    """The attribution governing ``trigger`` (:class:`Attribution`), the nearest first:
    a hedge or an "according to" phrase on the trigger or a word above it, else the
    first claiming, reporting or confirming verb above it, or a medium (footage, a
    video) that carries it; an event noun that is the object of "claim" ("JNIM claimed
    the ambush") or carries "claimed by X" ("the attack on the camp, claimed by JNIM"); None when
    the sentence attributes the event to no one ("Gunmen killed four traders.")."""
    chain = governors(trigger)
    scope = {t.i for t in _hedge_scope(chain)}  # "X ambushed a convoy; 15 were reportedly killed": the toll is hedged
    for tok in chain:
        for child in tok.children:
            if child.lower_ in HEDGES and hedges and tok.i in scope:
                return Attribution(None, None, "hedge")
            if child.lower_ in {"according", "per"} and (child.lower_ == "according" or child.dep_ == "prep"):
                objs = [g for c in ([child] if child.lower_ == "per" else child.children)
                        for g in ([c] if c.dep_ == "pobj" else c.children) if g.dep_ == "pobj"]
                if child.lower_ == "per" and not (objs and _source_noun(objs[0])):
                    continue  # "ten attacks per month": a rate, no attribution
                speaker = (issuer_of(objs[0]) or objs[0]) if objs else None  # "according to a statement by the army"
                return Attribution(speaker_phrase(speaker) if speaker is not None else None, speaker, "according")
    for below, tok in zip(chain, chain[1:]):
        lemma = tok.lemma_.lower()
        if lemma in CLAIM_VERBS | REPORT_VERBS | NEUTRAL_VERBS and tok.pos_ == "VERB" and any(
                trigger in c.subtree for c in tok.children if c.dep_ in {"nsubj", "csubj"}):
            continue  # the event is the verb's subject: "an attack claimed the lives of ten"
        if lemma == "accuse" and (below.dep_ == "conj" and below.head == tok or any(
                t.dep_ == "prep" and t.lower_ in SEQUENCE_PREPOSITIONS for t in chain[:chain.index(tok)])):
            # "accused the men of spying and executed them", "... before shooting them dead":
            # the accusers' own next act, not what they say
            continue
        if lemma in CLAIM_VERBS and tok.pos_ in {"VERB", "NOUN"}:
            if tok.pos_ == "NOUN":  # "JNIM's claim that..."
                poss = [c for c in tok.children if c.dep_ in {"poss", "compound"}]
                head = poss[0] if poss else (next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                                             if tok.dep_ in {"dobj", "obj"} else None)  # "JNIM made a claim"
            else:
                head = _speaker_head(tok, trigger)
            return Attribution(_speaker_words(head, trigger) if head is not None else None, head, "claim")
        if (tok.lower_ in MEDIA_NOUNS or lemma in MEDIA_NOUNS) and _carrier_of_report(tok, trigger):
            verb = tok.head
            head = None
            if verb.pos_ == "VERB" and tok.dep_ in {"dobj", "obj"}:
                head = next((c for c in verb.children if c.dep_ in {"nsubj"}), None)  # "JNIM posted a video of"
            if head is None:
                head = issuer_of(tok)  # "footage circulated by JNIM"
            return Attribution(_speaker_words(head, trigger) if head is not None else written_words(tok),
                               head if head is not None else tok, "media")
        if lemma in REPORT_VERBS | NEUTRAL_VERBS and tok.pos_ == "VERB":
            head = _speaker_head(tok, trigger)
            if head is not None:
                head = issuer_of(head) or head  # "footage circulated by JNIM showed": JNIM speaks
                return Attribution(_speaker_words(head, trigger), head, "report")
            head = trailing_speaker(tok)
            if head is not None and not any(t.i == trigger.i for t in head.subtree):
                return Attribution(speaker_phrase(head), head, "report", misattached=True)
    for verb in chain[-1].children:  # "X attacked ... and killed three, a local official told AFP":
        # the reporting verb parsed as the last conjunct of the reported clause
        if verb.dep_ == "conj" and verb.i > trigger.i and verb.pos_ == "VERB" \
                and verb.lemma_.lower() in REPORT_VERBS | NEUTRAL_VERBS:
            head = trailing_speaker(verb)
            if head is not None and not any(t.i == trigger.i for t in head.subtree):
                return Attribution(speaker_phrase(head), head, "report", misattached=True)
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.head.lemma_ == "claim" and trigger.dep_ in {"dobj", "obj"}:
        head = next((c for c in trigger.head.children if c.dep_ == "nsubj"), None)
        return Attribution(_speaker_words(head, trigger) if head is not None else None, head, "claim")
    if trigger.pos_ in {"NOUN", "PROPN"}:
        for child in trigger.children:
            if child.dep_ in {"acl", "relcl"} and child.lemma_.lower() in CLAIM_VERBS:
                agent = passive_agent(child)
                if agent is not None:
                    return Attribution(written_words(agent), agent, "claim")
    return None


#: Media outlets of armed groups (lower case) -> the group they speak for, as the
#: group is named in the actor dictionary. Amaq News Agency and al-Naba are the Islamic
#: State's (UN Security Council, Monitoring Team reports on ISIL/Al-Qaida); Az-Zallaqa
#: (al-Zallaqa) Foundation is JNIM's media arm, al-Andalus AQIM's, al-Kataib Al
#: Shabaab's (same reports). A claim they carry is the group's claim.
OUTLET_GROUPS = {"amaq": "Islamic State", "a'maq": "Islamic State", "al-naba": "Islamic State",
                 "az-zallaqa": "JNIM", "al-zallaqa": "JNIM", "zallaqa": "JNIM", "al-andalus": "AQIM",
                 "al-kataib": "Al Shabaab"}
#: Words of a group's own outlet ("its news agency", "the group's media arm").
OUTLET_WORDS = re.compile(r"\b(news agency|media (arm|wing|outlet|foundation|office|branch)|propaganda (arm|wing|"
                          r"outlet|channel)|mouthpiece)\b", re.I)
_KNOWN_OUTLET = re.compile(r"(?<![\w-])(" + "|".join(re.escape(k) for k in OUTLET_GROUPS) + r")(?![\w-])", re.I)


def outlet_group(words: str | None) -> str | None:
    """The armed group whose media outlet ``words`` (a speaker as written) name -
    "the group's Amaq news agency" -> "Islamic State", "al-Zallaqa" -> "JNIM"
    (:data:`OUTLET_GROUPS`) - or "" when they name an unlisted group outlet ("its media
    arm", :data:`OUTLET_WORDS`), None when they name no such outlet."""
    if not words:
        return None
    known = _KNOWN_OUTLET.search(words)
    if known:
        return OUTLET_GROUPS[known.group(1).lower()]
    return "" if OUTLET_WORDS.search(words) else None


def claimant_behind_outlet(words: str | None, sources: list) -> str | None:  # noqa: ANN001 - list[ActorRef]
    """The claimant of a claim carried by a group's own outlet: the group, not the outlet
    (a relay speaks for the group that issues it; issue #4, session 12 review: "Amaq"
    was named as claimant). The event's named non-state armed doer when it has one
    ("ISSP ... according to the group's Amaq news agency" -> ISSP's name: Amaq speaks
    for every Islamic State province), else the outlet's group (:data:`OUTLET_GROUPS`);
    None when ``words`` name no outlet, or an unlisted outlet of no named doer."""
    group = outlet_group(words)
    if group is None:
        return None
    armed = [a for a in sources if not a.generic and (a.sector in {"REB", "INS"} or any(
        k in (a.actor_type or "").lower() for k in ("rebel", "militia", "jihad")))]
    if armed:
        return armed[0].name
    return group or None


#: Documents that carry a claim without being its author ("the statement said", "the
#: communiqué added"): a definite one names no claimant of its own.
DOCUMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "press release", "release", "message",
                            "declaration", "letter", "note", "announcement", "video", "recording", "post"})
#: Verbs whose subject issues a document named as their object or in an "in" phrase
#: ("JNIM issued a statement", "the army said in a communiqué").
ISSUING_VERBS = frozenset({"issue", "release", "publish", "post", "circulate", "send", "say", "claim", "announce",
                           "add", "state", "write", "declare", "report", "confirm", "deny"})


def document_author(document: Token, sentences_back: int = 3) -> Token | None:
    """The author of a definite document that speaks ("The statement said the fighters
    burned ..."): a document names no claimant (it is what the claimant issued), so the
    claim is its author's. The author is the issuer named with the same document
    earlier in the text, up to ``sentences_back`` sentences before: its possessor or
    "by"/"from" agent (:func:`issuer_of`), or the subject of the verb that issued it
    ("JNIM issued a statement", "JNIM said in a statement"). None when ``document`` is no
    definite :data:`DOCUMENT_NOUNS` noun or no earlier issuer is found (the
    written words of the document then stay the claimant)."""
    if document.lemma_.lower() not in DOCUMENT_NOUNS and document.lower_ not in DOCUMENT_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in document.children):
        return None
    if issuer_of(document) is not None:
        return None  # "the army's statement": the claimant is named in place
    sent = document.sent
    doc = document.doc
    seen = 0
    start = sent.start
    while seen < sentences_back and start > 0:
        prev = doc[start - 1].sent
        seen += 1
        for tok in reversed(list(prev)):
            if tok.lemma_.lower() != document.lemma_.lower():
                continue
            issuer = issuer_of(tok)
            if issuer is not None:
                return issuer
            verb = tok.head
            if tok.dep_ == "pobj" and verb.lower_ in {"in", "through", "via"}:
                verb = verb.head
                while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                    verb = verb.head  # "claimed an attack ... in a statement", hung on a noun
            elif tok.dep_ not in {"dobj", "obj"}:
                continue
            if verb.lemma_.lower() in ISSUING_VERBS:
                subjects = [c for c in verb.children if c.dep_ == "nsubj"]
                if subjects:
                    return subjects[0]
        start = prev.start
    return None


def media_speaker(attribution: Attribution) -> bool:
    """Whether the speaker is the media or a medium as such: footage, videos, posts
    (:data:`MEDIA_NOUNS`), media, outlets, channels, reports (:data:`MEDIA_REPORT_NOUNS`),
    an armed group's outlet (:func:`outlet_group`: "according to Amaq"), or words naming
    social media ("sources on social media")."""
    head = attribution.head
    if head is None:
        return False
    if attribution.words and _VERIFIED_IMAGERY.search(attribution.words):
        return False  # satellite imagery verifies, it does not claim
    if _heads_one_of(head, MEDIA_NOUNS | MEDIA_REPORT_NOUNS) or outlet_group(attribution.words) is not None:
        return True  # a group's outlet ("according to Amaq") is a medium that claims for it
    return bool(attribution.words and _SOCIAL_MEDIA.search(attribution.words)) and not witness_attribution(head)


def attributed_status(attribution: Attribution | None, party: bool = False) -> StatusResult:
    """The status an attribution gives an event: one principle whatever the wording
    ("X said", "according to X", "X confirmed", "claimed by X"). The speaker decides,
    not the verb:

    - ``claimed`` (by the speaker) when the speaker is a party: one of the event's own
      actors, or an organisation of the same party ("the army" for soldiers, JNIM for
      its katiba), or a non-state armed group speaking of any event (``party``, decided
      by the caller from the resolved actors: "JNIM said its fighters ambushed a
      convoy", "according to the army, soldiers killed ten terrorists", "the army said
      it had repelled an attack on its post");
    - ``claimed`` when it is the media or a medium as such (:func:`media_speaker`:
      "Russian media claimed", "according to reports on social media", "videos
      circulated online show"), or no one is named ("reportedly", "allegedly", "it was
      claimed"), or the text uses the word "claim"/"allege" for a speaker who is not a
      relay ("the governor claimed");
    - ``claimed`` by the relay when the writer hedges the relay's account ("according to
      local sources, gunmen reportedly killed": cue ``hedge``, as French "selon des
      sources locales, des hommes armés auraient tué");
    - ``asserted`` when the speaker relays the report without being a party
      (:func:`witness_attribution`: officials, security sources, residents, witnesses;
      or a named actor not taking part: "Gunmen killed four traders, the army said" and
      "..., according to the army" alike) -- the ordinary attribution of news reporting.

    This follows the project's definition of a claim (issue #4 item 4: "JNIM claimed",
    "according to reports on social media", "Russian media claimed") and an earlier
    decision that attribution to officials, residents, witnesses or security sources is
    ordinary reporting; it is our rule, not a quotation of a codebook. ``reported_by``
    is the speaker as written whatever the status; ``claimed_by`` only for claims."""
    if attribution is None:
        return StatusResult("asserted")
    words = attribution.words
    if attribution.head is None:  # hedge, "it was claimed", "according to" with nothing after
        unnamed = "unnamed reports" if attribution.cue in {"hedge", "according"} else "unnamed source"
        return StatusResult("claimed", words or unnamed, words)
    if attribution.cue == "hedge":  # "according to residents, gunmen reportedly killed": their unvouched account
        return StatusResult("claimed", words, words)
    if witness_attribution(attribution.head) and not media_speaker(attribution):
        return StatusResult("asserted", None, words)
    if party or media_speaker(attribution) or attribution.cue == "claim" or (
            attribution.cue == "according" and attribution.head.lemma_.lower() in {"report", "claim", "rumour",
                                                                                 "rumor"}):
        return StatusResult("claimed", words, words)
    return StatusResult("asserted", None, words)


def speaker_named_among(attribution: Attribution | None, participants: set[str]) -> bool:
    """Whether the speaker's words name one of the event's participants
    (``participants``: lower-cased names and codes of its sources and targets)."""
    if attribution is None or not attribution.words:
        return False
    who = attribution.words.lower()
    return who in participants or any(p and len(p) > 2 and re.search(rf"\b{re.escape(p)}\b", who)
                                      for p in participants)


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


def background(trigger: Token, months: bool = True) -> bool:
    """A background cue on the trigger or the verbs above it ("previously documented",
    "since a rebellion in 2012", "successive coups"), an event noun given as the cause
    of another act (:func:`stated_cause`) or naming the act its perpetrators are known
    by (:func:`identifying_act`)."""
    if stated_cause(trigger) or identifying_act(trigger):
        return True
    if trigger.pos_ in {"NOUN", "PROPN"} and any(_since_year(t, months) for t in trigger.subtree):
        return True  # "a blockade imposed by armed groups since 2022": a state lasting since then
    if since_point(trigger):
        return True  # "attacks have increased since the withdrawal of French troops"
    if earlier_acts(trigger):
        return True  # "has survived several earlier air strikes"
    if distant_anteriority(trigger):
        return True  # "..., two years after jihadists killed 50 people"
    for tok in governors(trigger, limit=5):
        if over_years(tok):
            return True  # "has fought for more than 15 years to overthrow the government"
        for child in tok.children:
            if child.lower_ in BACKGROUND_CUES:
                return True
            if _since_year(child, months):
                return True
        if tok.pos_ in {"VERB", "AUX"} and any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in tok.children) \
                and any(_since_year(t, months) for t in tok.subtree):
            # a present perfect "since 2011" states what has held over the years ("have been
            # the epicentre of banditry since 2011, with thousands of people killed"):
            # background, as a "since" phrase on the event itself is
            return True
    return False


#: Adjectives that put a set of acts before the story ("several earlier air strikes",
#: "previous attacks on the camp", "past raids").
EARLIER_ADJECTIVES = frozenset({"earlier", "previous", "past", "prior", "former"})
#: Plural spans that make a present perfect a state held over years.
YEAR_PLURALS = frozenset({"years", "decades"})


def earlier_acts(trigger: Token) -> bool:
    """Whether a plural event noun is qualified as earlier than the story ("has survived
    several earlier air strikes", "previous attacks on the base"): acts told as a known
    past, each on its own day, not one dated event (background, as :func:`background`;
    session 20, written_news8). A singular ("an earlier attack on Monday") may name one
    incident and stays."""
    return trigger.pos_ in {"NOUN", "PROPN"} and trigger.tag_ in {"NNS", "NNPS"} and any(
        c.dep_ == "amod" and c.lower_ in EARLIER_ADJECTIVES for c in trigger.children)


#: Units of a span that puts an act told in an "after"/"before" clause long before the
#: story's own event ("two years after", "a decade after", "months after"); "hours",
#: "days" and "weeks" stay: a recent act, often the same incident's prelude.
DISTANT_SPAN_UNITS = frozenset({"year", "decade", "month"})


def _distant_span(head: Token) -> bool:
    """Whether ``head`` carries a measure phrase of :data:`DISTANT_SPAN_UNITS` ("two
    years", "a decade", "18 months") as its ``npadvmod``."""
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in DISTANT_SPAN_UNITS for c in head.children)


def distant_anteriority(trigger: Token) -> bool:
    """Whether an act is told in a temporal clause or phrase that a span of months or
    years measures off from the sentence's own event: "Gunmen killed six farmers on
    Tuesday, two years after jihadists killed 50 people there" (a verb with the mark
    "after"/"before" and the measure phrase on it), "a decade after the massacre of 30
    villagers" (an event noun, object of "after"/"before" measured so). English measures
    the distance between two times with such a phrase before the subordinator (Quirk et
    al. 1985, §8.62, §15.25: "two years after he left"); the act so placed is a known
    past one, background to the report, with its own date and toll, not the current
    event's (ACLED Codebook 2023: an event is a single altercation on a specific day;
    issue 4 item 4: historical vs current). Session 21. Returns False for "hours/days/
    weeks after" (a recent act) and for an unmeasured "after" clause."""
    if trigger.pos_ in {"VERB", "AUX"} and trigger.dep_ == "advcl":
        marks = [c for c in trigger.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}]
        return bool(marks) and (_distant_span(trigger) or any(_distant_span(m) for m in marks))
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ == "pobj" and trigger.head.lower_ in {"after", "before"}:
        return _distant_span(trigger.head)
    return False


def over_years(verb: Token) -> bool:
    """Whether a present perfect spans years: "has fought for more than 15 years",
    "have battled the army for decades" - a state held over a period (Quirk et al. 1985,
    §4.21: the "state up to the present" perfect), the background of a conflict, not one
    event at a place on a day (ACLED Codebook 2023, an event is a single altercation on a
    specific day; session 20, written_news8). "For two days" stays: a current incident."""
    return present_perfect(verb) and any(
        prep.dep_ == "prep" and prep.lower_ == "for" and any(
            g.dep_ == "pobj" and g.lower_ in YEAR_PLURALS for g in prep.children)
        for prep in verb.children)


def since_point(trigger: Token) -> bool:
    """Whether an event noun is the object of "since" ("attacks have increased since the
    withdrawal of French troops", "since the coup, the junta has ..."): the phrase takes
    the event as the known starting point of a period the sentence describes; it
    presupposes the event and does not report it (background, the issue's status
    definitions: historical / background vs current). ACLED codes that event on its own
    day from a report of it (Codebook 2023: an event is coded from a report that it
    occurred). Session 15 (issue 4): such a noun was an asserted current event."""
    return trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ == "pobj" and trigger.head.lower_ == "since"


#: Month names: "since September" spans months, a period of many acts, like a year.
MONTH_NAMES = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.",
                         "nov.", "dec."})


def _since_year(tok: Token, months: bool = True) -> bool:
    """Whether a token is a "since" preposition whose object holds a year ("since 2012")
    or a month ("since September", "since early October": a campaign over months, as
    in "Since September, fighters have repeatedly attacked convoys"; third written news
    set, session 14; ``months`` False: years only). A day ("since Monday") stays: a
    recent incident."""
    return tok.dep_ == "prep" and tok.lower_ == "since" and any(
        (g.like_num and re.fullmatch(r"(19|20)\d\d", g.text)) or (months and g.lower_ in MONTH_NAMES)
        for g in tok.subtree)


def background_by_month_only(trigger: Token) -> bool:
    """Whether :func:`background` holds only by a "since <month>" phrase: a trend or a
    tally over those months ("has intensified attacks since June", "violence has killed
    300 civilians since January") is then a generic statement, as before the month rule."""
    return background(trigger) and not background(trigger, months=False)


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
    on a day, so, like a trend, it is no ACLED event. A present perfect with such an
    adverb ("has repeatedly accused Algiers", "have often ruled out talks") is the
    same habit summed up to now (Quirk et al. 1985, §4.22: the "indefinite past" of
    repeated events; session 20, written_news8). A past tense ("repeatedly attacked the
    convoy on Monday") is one reported incident and stays asserted."""
    if verb.tag_ not in PRESENT_TAGS:
        return present_perfect(verb) and any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS
                                             for c in verb.children)
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


def present_perfect(verb: Token) -> bool:
    """Whether ``verb`` is a past participle with a present-tense "has/have" auxiliary
    ("has accused", "have been attacked")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"has", "have", "'ve", "'s"}
                                      and c.tag_ in PRESENT_TAGS for c in verb.children)


def in_habitual_clause(trigger: Token) -> bool:
    """Whether a verb in a relative clause hangs on a noun of a habitual clause: "Niamey
    has repeatedly accused Cotonou of ..., an accusation Benin denies" - the denial
    answers the habit (:func:`habitual_present`), not one statement, so it is a standing
    position, no dated event (session 20, written_news8)."""
    if trigger.dep_ != "relcl" or trigger.pos_ not in {"VERB", "AUX"}:
        return False
    return any(tok.pos_ in {"VERB", "AUX"} and habitual_present(tok) for tok in governors(trigger.head, limit=12))


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


#: Words before a plural noun that make it a counted or known set ("five convoys", "the
#: convoys", "its convoys", "dozens of"): with them a present perfect can report one incident.
_COUNTING_DEPS = {"det", "poss", "nummod", "quantmod", "predet"}


#: Quantity nouns that count what their "of" phrase names ("dozens of civilians").
QUANTITY_NOUNS = frozenset({"dozens", "scores", "hundreds", "thousands", "tens", "several", "many", "number"})


#: Nouns whose plural names one measure or one meeting ("has imposed sanctions on three
#: generals": one decision; "have held talks"): plurals used of a single instance, not a
#: count of repeated acts (Quirk et al. 1985, §5.76-5.78, nouns with a plural form of
#: singular reference); session 21.
SINGLE_EVENT_PLURALS = frozenset({"sanctions", "talks", "negotiations", "consultations", "hostilities"})
#: Plurals that are no bare plural of repeated acts (:func:`_bare_plural`).
_NOT_REPEATED_PLURALS = QUANTITY_NOUNS | SINGLE_EVENT_PLURALS


def _bare_plural(noun: Token) -> bool:
    """A plural common noun with no determiner, possessive or number ("fuel convoys",
    "escorted convoys"), not "the convoys", "five convoys" or "dozens of convoys" (a
    quantity noun, :data:`QUANTITY_NOUNS`, or a plural with an "of" phrase), nor a plural
    of one instance (:data:`SINGLE_EVENT_PLURALS`: "sanctions")."""
    if noun.lower_ in _NOT_REPEATED_PLURALS or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    return noun.tag_ == "NNS" and not any(c.dep_ in _COUNTING_DEPS for c in noun.children) \
        and noun.dep_ != "pobj"


#: Prepositions of a place phrase that anchors a present perfect to one incident.
_PLACE_PREPS = frozenset({"in", "near", "at", "outside", "around"})


def _attributed_or_placed(verb: Token) -> bool:
    """Whether a present perfect is told by a source ("..., officials said": the verb is
    the complement of a saying verb) or names a place ("near Bankass", "in central
    Mali": a place entity in an "in/near/at" phrase): a report of one incident, not a
    summary."""
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in VERBS_OF_SAYING:
        return True
    anchors = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"})]
    for tok in (c for a in anchors for c in a.children):  # "abducted villagers near Bankass"
        if tok.dep_ == "prep" and tok.lower_ in _PLACE_PREPS and any(
                t.ent_type_ in {"GPE", "LOC", "FAC"} for t in tok.subtree):
            return True  # not a list of places hung deeper ("on the roads ..., including near X, Y and Z")
    return False


def perfect_summary(verb: Token) -> bool:
    """Whether a present-perfect verb sums up repeated acts rather than reporting one:
    "has/have (been) + participle" (:data:`PRESENT_TAGS` of the auxiliary) whose
    patient (the object, or the passive subject) is a bare plural (:func:`_bare_plural`)
    and whose clause names no day or time (no DATE/TIME entity): "armed groups have
    attacked fuel convoys on the main roads", "escorted convoys have also been
    attacked". The present perfect with an indefinite plural and no time is the
    "indefinite past" of repeated events (Quirk et al. 1985, §4.22), a summary that
    names no single incident at a place on a day; ACLED codes events one incident at a
    time (Codebook 2023), so it is generic. "Gunmen have killed five soldiers" (a
    number), "have attacked the convoy" (a determiner) and "have attacked convoys on
    Monday" (a day) stay one event, as do a toll told by a source or placed
    (:func:`_attributed_or_placed`: "have abducted villagers near Bankass, residents
    said"). Session 15 (issue 4: present-perfect summaries in a
    travel advisory and an explainer were asserted events)."""
    if not present_perfect(verb):
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    patients = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    if not patients or not all(_bare_plural(p) for p in patients) or _attributed_or_placed(verb):
        return False
    return not any(t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree)


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
        if habitual_present(trigger) or aggregate_tally(trigger) or perfect_summary(trigger) \
                or in_habitual_clause(trigger):
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
    if trigger.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in PERIOD_PLURALS:
        return True  # "months of anti-government protests": a series over a period, not one event
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
    ``WINDOW_DAYS`` (31) days before publication; None without a publication date.
    The window grows back only through days that follow one another within
    ``WINDOW_GAP_DAYS``: a lone day months before the rest (a coup "on 30 September
    2022" recalled in an April 2023 report) is background and does not stretch the
    window over everything between (session 20, written_news8). An article whose
    current days all lie before those ``WINDOW_DAYS`` tells them as its news ("Gunmen
    attacked a checkpoint on 28 December", published a year on): its window opens at
    the earliest of them, as before."""
    if published is None:
        return None
    start = published - timedelta(days=WINDOW_DAYS)
    days = sorted((d for d in current_days if d <= published), reverse=True)
    if not any(d >= start for d in days):
        return min([start, *days])
    for day in days:
        if (start - day).days > WINDOW_GAP_DAYS:
            break  # "took power in a coup on 30 September 2022", told in April 2023: background
        start = min(start, day)
    return start


def before_reporting_window(when: TimeExpression | None, window_start: date | None,
                            same_sentence: bool = True, published: date | None = None) -> bool:
    """Whether a time expression lies before the reporting window: it ends before the
    window opens ("last year" in an article about this week), or it looks back ("earlier
    this year", "last month") from a start before the window, at month or year precision,
    and either stands in the event's own sentence (``same_sentence``) or ends before the
    publication day ``published``. A look back resolved up to publication ("earlier
    this year": 1 January to the report) says nothing by its end, so as a narrative frame
    of a later sentence it does not make that sentence's event historical ("Contractors
    left earlier this year. Media recently claimed soldiers were escorting trucks"); a
    closed one does ("Last month, gunmen attacked Boni. They abducted the village chief":
    both acts of last month)."""
    if when is None or window_start is None or when.span is None:
        return False
    if when.end < window_start:
        return True
    closed = published is not None and when.end < published
    return (same_sentence or closed) and bool(LOOK_BACK.search(when.text)) and when.start < window_start \
        and when.precision in {"month", "year"}
