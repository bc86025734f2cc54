"""Where and when each event happened, tied to its trigger rather than to its sentence.

Order of preference (issue 4, item 3):

1. a place/time expression in the same sentence, nearest to the trigger in the
   dependency tree (path length through the lowest common ancestor); places that are
   origins or destinations ("from Senegal", "to Bamako", "bound for") are skipped; for
   verbal events (statements, requests, accusations) only places attached to the
   trigger itself count, since "concerns over Russia's role in the Sahel" does not
   happen in the Sahel;
2. times only: a time on the verb of saying that reports the event dates the statement,
   not the event ("said on Sunday that ... had ambushed ... on 15 November"); with no
   time of its own, the event is put in the week ending on the report's day
   (:func:`time_for`); else the latest time expression earlier in the same paragraph
   (a narrative "On Sept. 14, ... . Videos show ..." keeps its date);
3. the article's focus: the country most mentioned by places (``geo_precision`` 4), or
   for a time, the week ending on the publication day (:func:`undated_time`; none for
   an act still to come).

Coordinates stated after the event (open-source investigations: "On Sep. 19, a convoy
was attacked between two villages. ... we identified new burn marks on the road at
12.90289, -8.56459"): a decimal coordinate pair found by the annotation stage (a
precision-1 ``POINT``) whose sentence has a locating word (geolocated, located,
identified, confirmed, verified, pinpointed, matched, coordinates, position) belongs to
the latest physical event dated by the text before it, when it stands in that event's
paragraph or in one of the ``STATED_POINT_PARAGRAPHS`` paragraphs after it - i.e.
before the next dated event, which would be the latest one instead. The event (and the
other mentions of the same type and date in between, which report the same incident)
takes the point as a precision-1 place whose ``evidence`` is the coordinate sentence
(:func:`stated_points`, :func:`place_at_stated_points`), named after the toponym of the
event's own sentence (a town, not a region) when the point lies in its admin1 region.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from crisisdesk.records import GEO_PRECISION_COUNTRY, GEO_PRECISION_POINT, Article, EventMention, Place, Span, TimeExpression
from crisisdesk.annotate.times import SAME_DAY
from crisisdesk.coding.status import VERBS_OF_SAYING

AWAY_PREPS = {"from", "to", "toward", "towards", "for", "into", "via"}
NEAR_WORDS = {"close", "closer", "next", "near", "adjacent", "nearby"}
#: Verbs of taking people or things away from where they are ("abducted ten women from a
#: village near X", "stole cattle from a camp"): their "from" place is where the act
#: happens (ACLED codes an abduction or a looting at the place it is taken from), not an
#: origin. Word list written here (English lemmas).
TAKING_VERBS = {"abduct", "kidnap", "seize", "steal", "loot", "take", "snatch", "rustle", "rob", "grab", "drag",
                "hijack", "pillage", "plunder", "carry"}
VERBAL_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
#: Word stems by which a text ties a coordinate pair to an event it reported before.
LOCATING_STEMS = ("geolocat", "locat", "identif", "confirm", "verif", "pinpoint", "coordinat", "position", "match")
#: How many paragraphs after the event's own paragraph a stated point may stand.
STATED_POINT_PARAGRAPHS = 3
#: Statuses whose events are not placed from later coordinates (not a current incident).
UNPLACED_STATUSES = {"historical", "negated", "hypothetical", "threatened", "generic"}


@dataclass(frozen=True)
class Anchored:
    """A place or time with the token its span's syntactic head is."""

    item: Place | TimeExpression
    token: Token


def _span_root(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def anchor(doc: Doc, items: list) -> list[Anchored]:
    """Items (Place or TimeExpression with a span) paired with their head token."""
    out = []
    for item in items:
        if item.span is None:
            continue
        tok = _span_root(doc, item.span.start, item.span.end)
        if tok is not None:
            out.append(Anchored(item, tok))
    return out


def tree_distance(a: Token, b: Token) -> int:
    """Number of dependency arcs between two tokens of one sentence."""
    up_a = [a, *a.ancestors]
    pos = {t.i: n for n, t in enumerate(up_a)}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in pos:
            return pos[t.i] + n
    return 99


def is_away(tok: Token) -> bool:
    """Whether a place token is an origin or destination ("from Senegal", "bound for
    Bamako", "to Kidal"), not where something happens."""
    for t in [tok, *list(tok.ancestors)[:3]]:
        if t.dep_ == "pobj" and t.head.lower_ in AWAY_PREPS:
            if t.head.lower_ == "from" and t.head.head.lemma_.lower() in TAKING_VERBS:
                return False  # "abducted from a village near X": where the people were taken
            if t.head.lower_ == "to" and t.head.head.lower_ in NEAR_WORDS:
                return False  # "close to Kadiolo", "next to the market": where, not whither
            return True
        if t.pos_ in {"VERB", "ADP"} and t.dep_ not in {"pobj", "compound", "prep"}:
            break
    return False


def located_places(anchored: list[Anchored], places: list[Place]) -> list[Place]:
    """Places that may be where events happen: those without a span, and those whose
    head token is not an origin or destination (:func:`is_away`)."""
    away = {id(a.item) for a in anchored if is_away(a.token)}
    return [p for p in places if id(p) not in away]


def place_for(trigger: Token, places: list[Anchored], event_type: str,
              actor_spans: list[tuple[int, int]] = ()) -> Place | None:  # type: ignore[assignment]
    """The place tied to the trigger in its sentence, or None. Places inside the
    event's own actor phrases ("France" in "France has begun...") are not locations,
    except the town of a local office or community ("the village chief of Boni",
    :func:`_home_of_actor`): where that actor is, the event most often is.

    A country named only as the far side of a border ("near the border with Mali",
    :func:`_border_country`) is beside the event, not its place: a communiqué's strike
    "near the border with Mali" falls back to the text's own country.

    Among the candidates: a resolved town before a toponym the gazetteer does not know,
    a town or region before a country, a town or village before a region
    (:func:`_region_level`; ACLED codebook: the most specific location the source
    gives), then the nearest in the dependency tree. A toponym the gazetteer
    does not know, named beside a country of the same sentence ("near Boni in Mali")
    and given no country by the article's focus, takes that country (``inferred``)."""
    sent = trigger.sent
    candidates = [a for a in places if sent.start <= a.token.i < sent.end and not is_away(a.token)
                  and not (any(s <= a.token.idx < e for s, e in actor_spans) and not _home_of_actor(a.token))
                  and not speaker_place(a.token, trigger)
                  and a.token.dep_ not in {"nsubj", "nsubjpass", "poss"} and not _country_as_actor(a)
                  and not (_country_level(a.item) and _border_country(a.token))  # type: ignore[arg-type]
                  and not _in_relative_clause_of_actor(a.token, trigger)]
    if event_type in VERBAL_TYPES:
        candidates = [a for a in candidates if (tree_distance(trigger, a.token) <= 3 and
                      any(t == trigger for t in a.token.ancestors)) or _subject_participle_place(a.token, trigger)]
    if not candidates:
        return destination_place(trigger, places, event_type)
    resolved_town = any(not _unresolved(a.item) and a.item.geo_precision <= 2 for a in candidates)  # type: ignore[arg-type]
    local = any(not _country_level(a.item) and not _region_level(a.item) for a in candidates)  # type: ignore[arg-type]
    best = min(candidates, key=lambda a: (resolved_town and _unresolved(a.item), _country_level(a.item),
                                          local and _region_level(a.item),  # type: ignore[arg-type]
                                          tree_distance(trigger, a.token),
                                          a.item.geo_precision,  # type: ignore[union-attr]
                                          abs(a.token.i - trigger.i)))
    between = _between(best, candidates)
    if between is not None:
        return between
    return _with_sentence_country(best.item, candidates)  # type: ignore[arg-type]


#: Nouns of a local office or community whose "of X" names the actor's town ("the
#: village chief of Boni", "the mayor of Ber", "residents of Dioura"). Word list written
#: here (English), as :data:`crisisdesk.annotate.places.OF_PLACE_NOUNS`.
HOME_NOUNS = {"chief", "chiefs", "mayor", "mayors", "prefect", "sub-prefect", "imam", "imams", "residents",
              "inhabitants", "villagers", "people", "population", "notables", "elders", "councillor",
              "councillors", "head", "headman", "leader", "leaders", "community", "youth", "youths"}


def _home_of_actor(place: Token) -> bool:
    """Whether a place token names the town of an actor by a local office or community
    noun: the object of "of" after :data:`HOME_NOUNS` ("the village chief of Boni")."""
    return place.dep_ == "pobj" and place.head.lower_ == "of" and place.head.head.lower_ in HOME_NOUNS


def _country_level(place: Place) -> bool:
    """A resolved country (not a toponym the gazetteer did not know, which is put at
    country precision for want of a point)."""
    return place.geo_precision == GEO_PRECISION_COUNTRY and not _unresolved(place)


def _region_level(place: Place) -> bool:
    """A named region (an admin1 or admin2 division, a region such as the Sahel), not a
    town or village: "in Tiena, near Diafarabe, Mopti Region" happens in Tiena, which
    the region only locates (ACLED codebook: the most specific location the source
    gives; the region is coded only when no place inside it is named)."""
    return place.feature_code in ("ADM1", "ADM2", "RGN")


def _with_sentence_country(place: Place, candidates: list[Anchored]) -> Place:
    """``place``, given the country of the one resolved country among ``candidates``
    when it is a toponym without a country (``inferred``: "near Boni in Mali")."""
    if place.country is not None or not _unresolved(place):
        return place
    countries = {a.item.country for a in candidates if isinstance(a.item, Place) and _country_level(a.item)
                 and a.item.country and not _border_country(a.token)}
    if len(countries) != 1:
        return place
    return replace(place, country=countries.pop(), inferred=True)


#: Nouns of a border: a country named by one ("close to the border with Burkina Faso",
#: "near the Algeria border", "the border between Mali and Guinea") is beside the event.
BORDER_NOUNS = {"border", "borders", "frontier", "border-crossing", "borderland", "borderlands"}


def _border_country(tok: Token) -> bool:
    """Whether a country token names a border, not the country the event is in: it or
    one of its three nearest heads is a border noun (:data:`BORDER_NOUNS`: "the border
    with X", "the X border", "the border between X and Y"). A toponym without a country
    beside such a country does not take it (:func:`_with_sentence_country`)."""
    return any(t.lower_ in BORDER_NOUNS for t in [tok, *list(tok.ancestors)[:3]])


#: Lemmas of verbs and nouns of moving people or goods toward a place: escorting,
#: transporting, sending, travelling. Word list written here (English lemmas).
MOVEMENT_LEMMAS = {"escort", "accompany", "convoy", "transport", "ferry", "deliver", "bring", "carry", "airlift",
                   "send", "dispatch", "deploy", "redeploy", "move", "travel", "drive", "march", "head", "advance",
                   "return", "reinforce", "supply", "resupply", "evacuate", "relocate", "transfer", "fly", "ship"}
#: Prepositions that give the destination of a movement.
DESTINATION_PREPS = {"to", "toward", "towards", "into"}
#: Words before "for" that make it a destination ("bound for", "headed for").
BOUND_WORDS = {"bound", "headed", "heading", "destined", "leave", "left", "leaving", "set"}
#: ``geo_precision`` of a movement placed at its destination: on the way to a town is
#: near it, not in it (ACLED codebook, geo_precision 2: "near" a town or part of a region).
DESTINATION_PRECISION = 2


def destination_place(trigger: Token, places: list[Anchored], event_type: str) -> Place | None:
    """Where a movement or escort happens when its sentence ties no other place to it:
    the destination toponym of the trigger ("escorted a convoy of tankers to Bamako",
    "troops were deployed to Ménaka"), with ``geo_precision`` at least 2 (on the way to
    a town is near it, not in it), ``None`` for other events or without a destination.
    The trigger's lemma must be a verb or noun of movement (:data:`MOVEMENT_LEMMAS`);
    verbal events (:data:`VERBAL_TYPES`) are never placed so. An actor's home country
    is never where its event happens (ACLED codebook: the location is where the event
    took place)."""
    if event_type in VERBAL_TYPES or trigger.lemma_.lower() not in MOVEMENT_LEMMAS:
        return None
    sent = trigger.sent
    found = [a for a in places if sent.start <= a.token.i < sent.end and isinstance(a.item, Place)
             and _destination_of(a.token, trigger)]
    if not found:
        return None
    best = min(found, key=lambda a: (_unresolved(a.item), tree_distance(trigger, a.token)))  # type: ignore[arg-type]
    place: Place = best.item  # type: ignore[assignment]
    return replace(place, geo_precision=max(place.geo_precision, DESTINATION_PRECISION))


def _destination_of(place: Token, trigger: Token) -> bool:
    """Whether a place token is the destination of the trigger's movement: the object of
    a destination preposition (:data:`DESTINATION_PREPS`, or "for" after "bound",
    "headed") attached to the trigger or to a word of its phrase ("a convoy to X")."""
    first = place
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    for tok in (first, *list(first.ancestors)[:2]):
        if tok.dep_ != "pobj":
            continue
        prep = tok.head
        is_dest = prep.lower_ in DESTINATION_PREPS or (prep.lower_ == "for" and prep.head.lower_ in BOUND_WORDS)
        if not is_dest:
            continue
        attached = prep.head
        return attached == trigger or trigger in attached.ancestors or attached.head == trigger
    return False




def speaker_place(place: Token, trigger: Token) -> bool:
    """True when the place names where the source of a report is ("..., a transport union
    official in Kayes said", "a resident of Gao told AFP that ..."): the place stands in
    the subject of a verb of saying (:data:`VERBS_OF_SAYING`) whose reported clause holds
    the trigger. The ACLED codebook places an event where it happened; the speaker's
    town is only the source's location."""
    for node in (place, *place.ancestors):
        if node.dep_ in {"nsubj", "nsubjpass"} and node.head.lemma_ in VERBS_OF_SAYING:
            speech = node.head
            return trigger not in node.subtree and (trigger == speech or speech in trigger.ancestors
                                                     or trigger in speech.subtree)
        if node.dep_ in {"ccomp", "ROOT", "relcl", "advcl"} and node.i != place.i:
            return False  # left the noun phrase: the place is in a clause of its own
    return False


#: Dependency labels of a noun phrase that names who acts (subject, "by" agent, owner).
ACTOR_DEPS = {"nsubj", "nsubjpass", "poss", "agent"}


def _country_as_actor(anchored: Anchored) -> bool:
    """A country name used as a state actor, not as a location: the first of its
    conjuncts is a subject, a possessive or the object of an agentive "by" ("similar
    moves by the United States and the United Kingdom"), or it heads a relative clause
    whose subject is the relative pronoun ("the United Kingdom, which withdrew its
    staff"). A state acting is not where the sentence's other events happen (ACLED
    codebook: the location is where the event took place; CAMEO codes the state as
    the actor)."""
    place = anchored.item
    if not isinstance(place, Place) or place.geo_precision != GEO_PRECISION_COUNTRY:
        return False
    tok = anchored.token
    first = tok
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    if first.dep_ in ACTOR_DEPS or (first.dep_ == "pobj" and first.head.lower_ == "by"):
        return True
    return any(rel.dep_ == "relcl" and any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WDT", "WP"}
                                           for c in rel.children)
               for t in (tok, first) for rel in t.children)


def _between(best: Anchored, candidates: list[Anchored]) -> Place | None:
    """"between the cities of Zégoua and Sikasso": the midpoint of the two resolved
    towns, ``geo_precision`` 2 (near a town), when the text puts the event between them."""
    tok = best.token
    if not any(t.lower_ == "between" for t in list(tok.ancestors)[:4]):
        return None
    others = [a for a in candidates if a.token != tok and (a.token.head == tok or tok.head == a.token
                                                          or a.token in tok.conjuncts)]
    places = [best.item, *(a.item for a in others)]
    points = [p for p in places if isinstance(p, Place) and p.lat is not None and p.lon is not None
              and p.geo_precision <= 2]
    if len(points) != 2 or points[0].country != points[1].country:
        return None
    a, b = points
    return Place(name=f"between {a.name} and {b.name}", geo_precision=2, country=a.country,
                 admin1=a.admin1 if a.admin1 == b.admin1 else None,
                 admin1_code=a.admin1_code if a.admin1_code == b.admin1_code else None,
                 admin1_iso=a.admin1_iso if a.admin1_iso == b.admin1_iso else None,
                 lat=round((a.lat + b.lat) / 2, 5), lon=round((a.lon + b.lon) / 2, 5),  # type: ignore[operator]
                 span=None)


def _unresolved(place: Place) -> bool:
    """A toponym the gazetteer could not resolve (no GeoNames id, no coordinates)."""
    return place.geonames_id is None and place.lat is None


#: Prepositions of presence in a participle clause ("meeting in Niamey", "speaking at the summit").
PRESENCE_PREPS = {"in", "at"}


def _subject_participle_place(place: Token, trigger: Token) -> bool:
    """Whether a place stands in a participle clause set on the trigger's subject ("AES
    foreign ministers, meeting in Niamey the same day, accused ECOWAS ...", "the
    president, speaking in Dakar, called for ..."): the clause says where the speakers
    are while they speak, so a statement's place (Quirk et al. 1985, 15.58: a
    supplementive participle clause gives the circumstances of the main clause). Only
    a present or past participle (tag VBG/VBN) attached to the subject (``acl``) with the
    place after "in"/"at" counts; the statements' usual 3-step limit in the parse kept
    such places out (session 14, outside check set: the ministers' accusation was put
    in the article's country)."""
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ not in PRESENCE_PREPS:
        return False
    participle = prep.head
    if participle.dep_ != "acl" or participle.tag_ not in {"VBG", "VBN"}:
        return False
    subject = participle.head
    return subject.dep_ in {"nsubj", "nsubjpass"} and subject.head == trigger


def _in_relative_clause_of_actor(place: Token, trigger: Token) -> bool:
    """Whether a place stands in a relative clause that describes the subject of the
    trigger's clause and does not hold the trigger ("JNIM, which announced in September
    that it would stop fuel from reaching the capital, claimed the attack": the capital
    is where the group's earlier threat aimed, not where the claimed attack was). Third
    written news set, session 14."""
    for tok in place.ancestors:
        if tok.dep_ == "relcl" and tok.head.dep_ in {"nsubj", "nsubjpass"}:
            return trigger not in tok.subtree
    return False


#: Speech acts: done by saying them, so the day a speaker said them is their day.
SPEECH_ACT_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST"})
#: Pronoun subjects that refer back to the speaker of the reporting verb above them.
_SPEAKER_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})


def _speakers_own_saying(trigger: Token, report_verb: Token | None) -> bool:
    """Whether the trigger's clause under a reporting verb is the speaker's own saying:
    its subject is a pronoun or missing (a conjunct or participle sharing it: "the
    ministry said on Friday that it ... accused European governments", "responded on
    Wednesday, warning that ..."), not another party ("said on Friday that JNIM had
    threatened ...")."""
    if report_verb is None:
        return False
    tok = trigger
    for _ in range(4):
        subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return subjects[0].lower_ in _SPEAKER_PRONOUNS
        if tok.head.i == tok.i or tok.head == report_verb or tok.dep_ not in {"conj", "advcl", "xcomp"}:
            return tok.head == report_verb
        tok = tok.head
    return False


def time_for(trigger: Token, times: list[Anchored], paragraph_start: int,
             future: bool = False, phrase: list[Token] | None = None,
             speech_act: bool = False) -> TimeExpression | None:
    """The time tied to the trigger (``TimeExpression`` with day/week/month/year
    precision, or None when the text gives none: the caller then dates the event by the
    report, :func:`undated_time`). ``future``: the event is still to come ("will
    patrol", "plans to hold"); only a time of its own sentence (step 1) dates it - the
    time of the statement announcing it and a narrative frame of the sentences before
    are no date of an act after them; given ``phrase`` (the trigger's tokens), only a
    time on the act's own words or on the heads that make it future
    (:func:`_on_act_to_come`: "will investigate the attack on 28 December" - the day is
    the attack's, not the investigation's).

    1. the nearest time expression of its sentence that dates it - not one in a
       subordinate clause the trigger is not part of (:func:`_dates_trigger`), and not
       one that dates only the statement reporting it (:func:`_reporting_time`: "JNIM
       said on Sunday that its fighters had ambushed a convoy on 15 November" is dated
       15 November, the day of the ambush);
    2. when the event's own clause gives no time but its reporting verb does ("the army
       said on Sunday it had repelled an attack"), that time is only an upper bound: the
       latest narrative frame earlier in the paragraph when it does not fall after the
       report, else the week ending on the report's day (precision ``week``, span of the
       reporting time) - ACLED codes the date an event happened, not the date it was
       reported, and time_precision 2 when the source only bounds it to about a week
       (ACLED Codebook 2023, "Time precision"); the report's day is never given as the
       event's day;
       A speech act of the speaker itself (``speech_act``: ACCUSE, REJECT, THREATEN,
       REQUEST; its clause's subject a pronoun or shared, :func:`_speakers_own_saying`) is
       done by the saying, so it takes the reporting day itself;
    3. else the latest time earlier in the same paragraph that dates its own sentence's
       main clause (a narrative frame such as "On Sept. 14, ..." carries on; "in May"
       inside "since the government banned parties in May" dates the ban only and does
       not leak into the next sentence: :func:`_frames_sentence`)."""
    sent = trigger.sent
    same = [a for a in times if sent.start <= a.token.i < sent.end and _dates_trigger(a.token, trigger)]
    reporting = [a for a in same if _reporting_time(a.token, trigger)]
    own = [a for a in same if a not in reporting]
    if future and phrase is not None:
        own = [a for a in own if _on_act_to_come(a.token, trigger, phrase)]
    earlier = [a for a in times if paragraph_start <= a.token.idx < sent.start_char and _frames_sentence(a.token)]
    frame = max(earlier, key=lambda a: a.token.i).item if earlier else None
    if own:
        nearest = _nearest(trigger, own)
        at = next(a.token.i for a in own if a.item is nearest)
        told = [a for a in times if sent.start <= a.token.i < at and a.item is not nearest
                and a.item.precision == "day"] if DAYS_EARLIER.match(" ".join(nearest.text.split())) else []
        # "On 12 February, the army said it had raided X the previous day": counted back
        # from the last day told before the count, in its own sentence or the paragraph
        counted = _days_before_frame(nearest, max(told, key=lambda a: a.token.i).item if told else frame)
        if counted is not None and not future:
            return counted
        if frame is not None and not future and SAME_DAY.search(nearest.text) \
                and frame.precision == "day":  # type: ignore[union-attr]
            # "On Monday, ... Earlier in the day, gunmen ...": the day the narrative set
            return frame  # type: ignore[return-value]
        return nearest
    if future:
        return None
    if reporting:
        said = min(reporting, key=lambda a: tree_distance(trigger, a.token))
        report: TimeExpression = said.item  # type: ignore[assignment]
        if speech_act and report.precision == "day" and _speakers_own_saying(trigger, _attached_verb(said.token)):
            return report  # "the ministry said on Friday that it accused X": the accusation is Friday's saying
        if frame is not None and frame.end <= report.end:  # type: ignore[union-attr]
            return frame  # type: ignore[return-value]
        return _on_or_before(report)
    return frame  # type: ignore[return-value]


#: Dependency labels by which a trigger hangs on the words that make it an act to come:
#: complements ("is due to travel", "plans to visit"), objects of a light verb, and the passive or
#: copular subject of a schedule verb ("talks are scheduled for 12 January"); French
#: "doit se rendre", "prévoit de signer" (UD ``xcomp``).
#: Not ``ccomp``: a verb of saying's time ("said on Monday it will send troops") is the
#: statement's.
#: A noun trigger's light verb counts too ("would hold a new march on Tuesday").
_ACT_TO_COME_LINKS = {"xcomp", "acomp", "nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj"}


def _on_act_to_come(time_token: Token, trigger: Token, phrase: list[Token]) -> bool:
    """Whether a time of the sentence stands on an act to come's own words: going up
    the parse from the time, the first content word met is the trigger's phrase or a
    head the trigger depends on as a complement or subject (the future's "due",
    "scheduled", "plans", "doit", "prévoit"); a time the parse hangs on a verb of
    saying's reported clause before its subject dates the saying (:func:`_attached_verb`).
    A common noun met first owns the time ("will
    investigate the attack on 28 December": the attack's day, a past attack), and so
    does another verb ("Des hommes armés ont attaqué le village le 28 décembre, et
    l'armée enquêtera": the first clause's day). The future is read on the trigger's
    own verb and its heads, never on another clause (issue 4, session 16; the reverted
    session-15 rule read "will" anywhere before a date)."""
    heads = set()
    tok = trigger
    while tok.dep_ in _ACT_TO_COME_LINKS and tok.head.i != tok.i:
        tok = tok.head
        heads.add(tok.i)
    own = {t.i for t in phrase}
    verb = _attached_verb(time_token)
    if verb is not None and verb.i not in own | heads and verb.lemma_ in REPORTING_VERBS:
        return False  # "said on Monday it will meet the rebels": Monday is the statement's
    for anc in time_token.ancestors:
        if anc.i in own or anc.i in heads:
            return True
        if anc.pos_ in {"NOUN", "VERB", "AUX", "ADJ"}:
            return False  # not PROPN: a day hung on a name is a misparse ("à Niamey lundi prochain")
    return False


#: "a day earlier", "two days earlier": days counted back from a narrative time.
DAYS_EARLIER = re.compile(r"^(?:(?P<n>\d+|a|an|one|two|three|four|five|six|seven)\s+days?\s+earlier"
                          r"|the\s+(?:previous|preceding)\s+day|the\s+day\s+before)$", re.IGNORECASE)
_SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _days_before_frame(when: TimeExpression, frame: TimeExpression | None) -> TimeExpression | None:
    """"The burned shell of a tanker lies near Kati on Nov. 2, 2025. JNIM said its
    fighters attacked the convoy a day earlier": "N days earlier" counts back from the
    narrative's day, the day the sentences before set (``frame``, day precision), so the
    attack is 1 November. The annotation stage alone reads it back from the report (the
    week ending N days before publication); with a dated frame inside that bound, the
    frame's day minus N is the day the text gives. Written for the third written news
    set (session 14, photo captions); "the previous day", "the day before" count one
    day (session 16). The frame may lie any time before the report (a paragraph dated
    weeks back counts from its own day). None when ``when`` is no such count or the
    frame is no day on or before the report's bound."""
    match = DAYS_EARLIER.match(" ".join(when.text.split()))
    if match is None or frame is None or frame.precision != "day":
        return None
    n = 1 if match["n"] is None else int(match["n"]) if match["n"].isdigit() else _SMALL_NUMBERS[match["n"].lower()]
    day = frame.start - timedelta(days=n)
    if day > when.end:
        return None  # a frame after the report bounds nothing
    return TimeExpression(when.text, day, day, "day", when.span)


def _nearest(trigger: Token, candidates: list[Anchored]) -> TimeExpression:
    """The candidate time nearest the trigger in the dependency tree, then in words."""
    return min(candidates, key=lambda a: (tree_distance(trigger, a.token), abs(a.token.i - trigger.i))).item  # type: ignore[return-value]


def own_time(trigger: Token, times: list[Anchored]) -> TimeExpression | None:
    """The time of the trigger's own sentence that dates it (:func:`time_for`, step 1:
    nearest in the parse, neither in a subordinate clause of another event nor the time
    of the statement reporting it), None when its sentence gives it none. Two events of
    one sentence whose own times differ ("attacked a convoy near Kayes on Monday and
    ambushed a patrol near Nioro on Wednesday") are two incidents."""
    sent = trigger.sent
    own = [a for a in times if sent.start <= a.token.i < sent.end and _dates_trigger(a.token, trigger)
           and not _reporting_time(a.token, trigger)]
    return _nearest(trigger, own) if own else None


#: Time expressions future by their own words, said on the report's day: "next week",
#: "next month", "next Monday", "tomorrow" (English deixis; "the next week" of a
#: narrative is relative to its own time, and the annotation stage does not read it).
FUTURE_WORDING = re.compile(r"^(?:next\s+\w+|tomorrow|the\s+day\s+after\s+tomorrow)$", re.IGNORECASE)
#: Prepositions that make a time a deadline or a new date, not the time of the act
#: ("postponed the vote until next week", "adjourned to next month").
DEADLINE_PREPS = {"until", "till", "to", "by", "before"}


def future_time_of(trigger: Token, times: list[Anchored], when: TimeExpression | None) -> bool:
    """Whether ``when`` - the time :func:`time_for` tied to the trigger - puts the event
    after its report by its wording (:data:`FUTURE_WORDING`), whatever the tense of the
    verb and whatever date it resolves to: "the opposition called a general strike next
    week" is a strike to come. Not so when the time is the object of a deadline
    preposition on the trigger (:data:`DEADLINE_PREPS`: "postponed the talks until next
    week" postpones them now)."""
    if when is None or not FUTURE_WORDING.match(" ".join(when.text.split())):
        return False
    for anchored in times:
        if anchored.item is when:
            head = anchored.token
            if head.dep_ == "pobj" and head.head.lower_ in DEADLINE_PREPS and head.head.head == trigger:
                return False
    return True


#: Verbs of saying and claiming whose time dates the statement, not the reported event.
REPORTING_VERBS = VERBS_OF_SAYING | {"claim", "deny", "admit", "allege", "acknowledge", "assert", "insist", "reveal"}
#: Days before a report in which an event it reports without a date is put.
REPORT_BOUND_DAYS = 6


def _reporting_time(time_token: Token, trigger: Token) -> bool:
    """Whether a time expression (its head token) dates only the statement that reports
    the trigger's event: it hangs on a verb of saying (:data:`REPORTING_VERBS`) that
    governs the trigger ("said on Sunday that its fighters had ambushed ...", "X attacked
    Y, officials said on Tuesday", "claimed responsibility on Sunday for the attack").
    Not so when the time opens the sentence ("On 3 May, the army said it repelled an
    attack": a frame for all of it), when the trigger is the statement itself, or when
    the time follows the whole reported clause of a verb standing before it ("officials
    said gunmen killed five people on Monday": English attaches such a time low, to the
    reported event, whatever the parse), or when the reported clause is in the present
    or present perfect (:func:`_present`: a state true on the report's day), or when the
    event is the subject of a passive "was reported" (:func:`_event_as_passive_subject`),
    or when the time stands inside the event's own phrase (the trigger governs it: "JNIM
    claimed on Sunday an attack on a convoy near Kayes on Thursday" - Thursday is the
    attack's; the parse hangs it on the noun phrase, whose nearest verb is the claim)."""
    if _in_source_phrase(time_token, trigger):
        return True  # "Selon un communiqué publié vendredi, les soldats ont repoussé ...": Friday is the communiqué's
    if _fronted(time_token):
        return False
    if trigger in time_token.ancestors:
        return False  # inside the event's own phrase: "claimed on Sunday an attack on a convoy on Thursday"
    if _in_speaker_phrase(time_token, trigger):
        return True  # "Drivers I spoke to today say the men set fire to ...": today is the telling's
    verb = _attached_verb(time_token)
    if verb is None or verb == trigger or verb.lemma_ not in REPORTING_VERBS or verb not in trigger.ancestors:
        return False
    if _event_as_passive_subject(verb, trigger):
        return False  # "Fighting was reported in Gao on Tuesday": Tuesday is the fighting's day
    clause = next(t for t in (trigger, *trigger.ancestors) if t.head == verb)
    if _present(clause):
        return False  # "has begun withdrawing ..., officials confirmed on Friday": true on the report's day
    if _after_reported_clause(time_token, verb, clause):
        return False  # "repelled an attack in Damboa on Sunday evening, military sources said"
    return not (verb.i < clause.left_edge.i and time_token.i > clause.right_edge.i)


def _in_speaker_phrase(time_token: Token, trigger: Token) -> bool:
    """Whether a time stands in the subject of a verb of saying (:data:`REPORTING_VERBS`)
    that governs the trigger ("Drivers I spoke to today say the men ... set fire to five
    tankers", "residents reached on Monday said ..."): it dates the speakers' telling,
    not the act they tell. Third written news set, session 14 (a radio transcript)."""
    for tok in time_token.ancestors:
        if tok.dep_ in {"nsubj", "nsubjpass"}:
            verb = tok.head
            return verb.lemma_ in REPORTING_VERBS and verb in trigger.ancestors
    return False


#: Prepositions that open the source of a report: French "selon X", "d'après X"
#: (*Le Bon Usage* § 1074: attribution), English "according to X".
SOURCE_PREPOSITIONS = re.compile(r"\b(?:selon|d[’']après|according\s+to)\s", re.IGNORECASE)


def _in_source_phrase(time_token: Token, trigger: Token) -> bool:
    """Whether a time stands in the source phrase of a report ("selon un communiqué de
    l'état-major publié vendredi", "d'après un communiqué diffusé lundi", "according to
    a statement issued on Friday") that the trigger is outside of: it dates the source's
    telling, not the act it tells - the rule of :func:`_in_speaker_phrase` for a source
    named by a preposition rather than as the subject of a verb of saying. The phrase
    runs from the preposition to the first comma or semicolon after it (French and
    English set a fronted or postposed source phrase off by commas); the trigger must
    stand outside it. Read on the words, not the parse: the small models hang the
    participle ("publié", "issued") on the main clause as often as on the source noun.
    Written for the French example (``examples/2025-11-29-convoi-citernes-nioro.json``)
    and issue 4 ("claimed_by: 'according to reports ...'": the source reports, the
    event happened before)."""
    sent = time_token.sent
    text = sent.text
    base = sent.start_char
    at = time_token.idx - base
    for found in SOURCE_PREPOSITIONS.finditer(text):
        if found.start() > at:
            break
        stop = re.search(r"[,;:]", text[found.end():])
        end = found.end() + stop.start() if stop else len(text)
        if found.start() < at < end:
            trig = trigger.idx - base
            return not found.start() <= trig < end
    return False


def _after_reported_clause(time_token: Token, verb: Token, clause: Token) -> bool:
    """Whether a time stands after a reported clause and before the verb of saying that
    follows it and that verb's subject ("X attacked Y on Sunday, sources said"): English
    puts a time of the statement after its verb ("sources said on Monday") or in front
    of the sentence, so a time before a postposed "sources said" ends the reported
    clause, whatever the parse attaches it to (the small English model often hangs it on
    "said"). Checked by hand on the wire style of ``tests/fixtures/written_news``."""
    if not (clause.left_edge.i < time_token.i < verb.i and clause.i < verb.i):
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and all(s.left_edge.i > time_token.i for s in subjects)


#: Adverbs by which a text says the report came after the event ("was reported later").
_LATER_WORDS = {"later", "afterwards", "subsequently", "belatedly", "only"}


def _event_as_passive_subject(verb: Token, trigger: Token) -> bool:
    """Whether the event is the subject of a passive verb of reporting ("Fighting was
    reported near Gao on Sunday", "an attack was reported in Gao on Tuesday"): such a
    sentence states the event happened then, as "On Tuesday, fighting was reported in
    Gao" does; so a time on that verb dates the event. Not so when the text says the
    report came later ("was only reported on Sunday", "was reported later")."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.lower_ in _LATER_WORDS for c in verb.children if c.dep_ == "advmod"):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return any(trigger == s or s in trigger.ancestors for s in subjects)


def _present(clause: Token) -> bool:
    """Whether a reported clause is in the present or present perfect ("has begun
    scaling down", "are blockading"): a state that holds when it is reported, so the
    report's time dates it; past and pluperfect clauses ("had ambushed") report an
    incident before the statement."""
    verbs = [clause, *(c for c in clause.children if c.dep_ in {"aux", "auxpass"})]
    return any(v.tag_ in {"VBZ", "VBP"} for v in verbs) and not any(v.tag_ in {"VBD", "MD"} for v in verbs)


def _attached_verb(time_token: Token) -> Token | None:
    """The verb a time expression modifies. A time standing between a verb of saying
    and the subject of its reported clause ("said on Sunday it had repelled ...") is
    often parsed into the reported clause; it modifies the verb of saying."""
    verb = next((t for t in time_token.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is not None and verb.dep_ in {"ccomp", "parataxis"} and verb.head.lemma_ in REPORTING_VERBS:
        subjects = [c.left_edge.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
        if subjects and verb.head.i < time_token.i < min(subjects):
            return verb.head
    return verb


def _on_or_before(report: TimeExpression) -> TimeExpression:
    """An event reported at ``report`` without a date of its own: the week ending on the
    report's last day (``REPORT_BOUND_DAYS`` days before its start, precision ``week``),
    or the report's own interval when that is already a month or a year."""
    if report.precision in {"month", "year"}:
        return report
    return replace(report, text=f"on or before: {report.text}", start=report.start - timedelta(days=REPORT_BOUND_DAYS),
                   precision="week")


def week_ending(report: TimeExpression) -> TimeExpression:
    """An incident reported without a date of its own on the day ``report`` (a
    TimeExpression, e.g. :func:`publication_time`): the week ending on that day
    (precision ``week``), or ``report`` itself when it is a month or a year - the rule
    :func:`time_for` applies to an undated event under a dated verb of saying (ACLED
    Codebook 2023, "Time precision")."""
    return _on_or_before(report)


def undated_time(report: TimeExpression | None, future: bool,
                 dated_by_publication: bool = False) -> TimeExpression | None:
    """The time of an event its text gives no date (:func:`time_for` found none), from
    ``report``, the publication time (:func:`publication_time`, None when unknown):

    - an event still to come (``future``: "soldiers will patrol the road", "plans to
      hold a referendum"): None - it happens after the report, on a day the text does
      not give; no past day is shown for it;
    - any other: the week ending on the publication day (:func:`week_ending`, precision
      ``week``). A report's day is not its event's day: "JNIM fighters attacked a convoy
      near Kayes" in an article of 12 November happened on or before 12 November, most
      likely in the days before (ACLED Codebook 2023, "Time precision": 2 when the
      source bounds the event to about a week). The same rule dates an undated headline
      (:mod:`crisisdesk.coding.headline`) and an event under a dated verb of saying.

    ``dated_by_publication``: the source is an incident log dated by its events
    (:data:`crisisdesk.records.EVENTS_DATED_BY_PUBLICATION`, an ACLED note coded as
    published on its ``event_date``): an event that is not to come is ``report`` itself,
    at its own precision."""
    if future or report is None:
        return None
    return report if dated_by_publication else week_ending(report)


#: Dependency labels of clauses subordinate to their sentence's main clause.
SUBORDINATE_DEPS = {"advcl", "relcl", "acl", "csubj", "pcomp", "acl:relcl"}  # "acl:relcl": the French (UD) relative
#: Words that open a clause or phrase about another event ("since the junta banned
#: parties in May", "after gunmen attacked the village on Monday").
SUBORDINATORS = {"since", "until", "till", "before", "after", "because", "once", "following"}
#: Subordinators of simultaneity: "five were killed when gunmen ambushed the convoy on
#: Monday" - the clause's time is the main clause's time too.
SIMULTANEITY = {"when", "while", "as", "whilst"}


def _frames_sentence(token: Token) -> bool:
    """Whether a time expression (its head ``token``) belongs to its sentence's main
    clause - it is fronted ("On 3 May, ...") or modifies the root or its conjuncts, not
    a subordinate clause or phrase ("since X happened in May", "who arrived last week",
    "after the attack on Monday") - so that it can set the time of the sentences that
    follow."""
    return _subordinate_scope(token) is None


def _subordinate_scope(token: Token) -> Token | None:
    """The head of the subordinate clause or phrase a time expression stands in (the
    clause's verb, or the subordinating preposition), None in the main clause."""
    if _fronted(token):
        return None  # a fronted time adverbial ("On 3 May, ...") frames the whole sentence
    cur = token
    for _ in range(12):
        if any(c.lower_ in SUBORDINATORS and c.dep_ in {"mark", "advmod"} for c in cur.children):
            return cur
        if cur.lower_ in SUBORDINATORS and cur.dep_ in {"prep", "mark"} and cur.i != token.i:
            return cur
        if cur.head == cur or cur.dep_ == "ROOT":
            return None
        if cur.dep_ in SUBORDINATE_DEPS and cur.pos_ in {"VERB", "AUX"} and \
                not any(c.dep_ in {"mark", "advmod"} and c.lower_ in SIMULTANEITY for c in cur.children):
            return cur
        cur = cur.head
    return None


def _fronted(token: Token) -> bool:
    """Whether a time expression opens its sentence (or the line it starts, when a title
    line was joined to the sentence): only prepositions, determiners, numbers, date
    words and punctuation stand before it ("On 3 May, ...", "Last Friday, ...")."""
    for tok in reversed(token.doc[token.sent.start:token.i]):
        if tok.is_space or "\n" in tok.text_with_ws:
            return True
        if not (tok.is_punct or tok.pos_ in {"ADP", "DET", "NUM"} or tok.ent_type_ == "DATE"):
            return False
    return True


def _dates_trigger(time_token: Token, trigger: Token) -> bool:
    """A time expression of the trigger's sentence may date it unless it stands in a
    subordinate clause or phrase the trigger is not part of ("the march was the biggest
    since the junta banned parties in May": May dates the ban, not the march)."""
    scope = _subordinate_scope(time_token)
    if scope is not None and scope.dep_ == "acl":
        return True  # a participle phrase ("led by X in 2018") often takes the main clause's time in the parse
    if scope is not None and _before_postposed_saying(time_token, scope, trigger):
        return True  # "attacked Titao on Tuesday 14 October, local sources told our team"
    return scope is None or scope.left_edge.i <= trigger.i <= scope.right_edge.i


def _before_postposed_saying(time_token: Token, verb: Token, trigger: Token) -> bool:
    """Whether a time the parse hangs on a postposed verb of saying (an ``advcl`` or
    ``parataxis`` after the trigger: "X attacked Y on Tuesday 14 October, local sources
    told our editorial team") stands before that verb's subject: English puts a time of
    the statement after its verb ("sources told us on Wednesday"), so a time before a
    postposed "sources told" ends the reported clause (the rule of
    :func:`_after_reported_clause`, for the parse that makes the verb of saying a
    subordinate clause rather than the root)."""
    if verb.dep_ not in {"advcl", "parataxis"} or verb.lemma_ not in REPORTING_VERBS or verb.i < trigger.i:
        return False
    if not (trigger.i < time_token.i < verb.i):
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and all(s.left_edge.i > time_token.i for s in subjects)


def focus_place(places: list[Place], actor_countries: list[str]) -> Place | None:
    """The article's focus country as a precision-4 Place: the country most often given
    by places (then by actors); None when the article names no country. Callers pass
    the places where things happen - origins and destinations ("a convoy travelling
    from Senegal") are left out (:func:`located_places`)."""
    counts: Counter[str] = Counter(p.country for p in places if p.country)
    if not counts:
        counts = Counter(c for c in actor_countries if c)
    if not counts:
        return None
    country = counts.most_common(1)[0][0]
    for p in places:
        if p.country == country and p.geo_precision == GEO_PRECISION_COUNTRY:
            return replace(p, span=None)
    import pycountry

    entry = pycountry.countries.get(alpha_3=country)
    return Place(name=entry.name if entry else country, geo_precision=GEO_PRECISION_COUNTRY, country=country)


def publication_time(article: Article) -> TimeExpression | None:
    """The publication date as a day-precision TimeExpression (or coarser when the
    article's published_precision is coarser), None when unknown."""
    if article.published_at is None:
        return None
    day = article.published_at.date()
    precision = article.published_precision or "day"
    if precision in {"second", "minute", "hour"}:
        precision = "day"
    if precision == "month":
        start, end = day.replace(day=1), day
    elif precision == "year":
        start, end = date(day.year, 1, 1), day
    else:
        start, end = day, day
    return TimeExpression(text="(publication date)", start=start, end=end, precision=precision)  # type: ignore[arg-type]


@dataclass(frozen=True)
class StatedPoint:
    """A coordinate pair the text ties to an event: the precision-1 Place (with
    ``evidence`` = its sentence, article offsets), its character offset and paragraph."""

    place: Place
    start: int
    paragraph: int


def paragraph_index(article: Article, char: int) -> int:
    """Index of the paragraph holding article offset ``char`` (``Article.paragraphs``,
    else blank-line separated blocks)."""
    for i, para in enumerate(article.paragraphs):
        if para.start <= char < para.end:
            return i
    if article.paragraphs:
        return sum(1 for para in article.paragraphs if para.end <= char)
    return article.text.count("\n\n", 0, char)


def stated_points(doc: Doc, places: list[Place], article: Article, offset: int = 0) -> list[StatedPoint]:
    """Coordinate pairs (``feature_code`` ``POINT``, from the annotation stage) whose
    sentence has a locating word; ``offset`` maps Doc offsets to ``Article.text``."""
    out = []
    for place in places:
        if place.feature_code != "POINT" or place.span is None or place.lat is None:
            continue
        span = doc.char_span(place.span.start, place.span.end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        if not any(t.lower_.startswith(LOCATING_STEMS) for t in sent if t.i < span.start or t.i >= span.end):
            continue
        start, end = sent.start_char + offset, sent.end_char + offset
        evidence = Span(start, end, article.text[start:end])
        out.append(StatedPoint(replace(place, evidence=evidence), place.span.start + offset,
                               paragraph_index(article, place.span.start + offset)))
    return out


def place_at_stated_points(mentions: list[EventMention], dated_in_text: set[str], points: list[StatedPoint],
                           article: Article) -> None:
    """Give events the coordinate pairs stated after them (module docstring); changes
    ``mentions`` in place. ``dated_in_text``: ids of mentions whose date comes from a
    time expression of the text (not the publication date)."""
    if not points:
        return
    anchors = [m for m in mentions if m.event_type not in VERBAL_TYPES and m.mention_id in dated_in_text
               and m.status not in UNPLACED_STATUSES]
    for point in points:
        before = [m for m in anchors if m.evidence.end_char <= point.start]
        if not before:
            continue
        anchor_mention = max(before, key=lambda m: m.evidence.start_char)
        first_paragraph = paragraph_index(article, anchor_mention.evidence.start_char)
        if not 0 <= point.paragraph - first_paragraph <= STATED_POINT_PARAGRAPHS:
            continue
        if anchor_mention.place and anchor_mention.place.country and point.place.country \
                and anchor_mention.place.country != point.place.country:
            continue  # a point in another country is not where this event happened
        segment_start = article.paragraphs[first_paragraph].start if first_paragraph < len(article.paragraphs) \
            else anchor_mention.evidence.start_char
        for m in mentions:
            same_incident = m is anchor_mention or (
                m.event_type == anchor_mention.event_type and m.event_date == anchor_mention.event_date
                and m.status not in UNPLACED_STATUSES and segment_start <= m.evidence.start_char < point.start)
            if same_incident and not (m.place and m.place.feature_code == "POINT"):
                m.place = _named_point(point.place, m.place)


def _named_point(point: Place, stated: Place | None) -> Place:
    """The point, named after the town the event's own sentence gives ("near Sikasso",
    "between Zégoua and Sikasso"; geo_precision 1-2) when the point lies in that town's
    admin1 region - the name analysts know, the coordinates the text proves; else named
    by its coordinates (a region name would read as its capital town)."""
    if stated is None or stated.geo_precision > 2 or stated.country != point.country \
            or not stated.admin1 or stated.admin1 != point.admin1:
        return point
    return replace(point, name=stated.name)
