"""Natural and technological hazards: disasters, which are no event between actors.

A flood, an earthquake, a factory fire or a train crash kills people without anyone
doing it: PLOVER 0.8 codes interactions between actors (a hazard is no source of an
ASSAULT), and ACLED records political violence, demonstrations and strategic
developments, not accidents or natural hazards. Two uses:

- the coder drops a violent trigger whose cause is a hazard (:func:`hazard_cause`:
  "Floods kill 40", "a fire swept through the factory, killing 112", "a gas leak at a
  chemical plant killed 11", "an explosion at the port" with no attack word), so a
  flood is not an attack with 40 dead in a situation report;
- the CASE 2021 Task 2 evaluation labels a snippet with no coded event from its hazard
  words (:func:`disaster_label`: ``NATURAL_DISASTER`` / ``MAN_MADE_DISASTER``, the
  task's two disaster labels).

The two classes follow the EM-DAT disaster classification (CRED, Université
catholique de Louvain, "EM-DAT Classification", 2023): *natural* = geophysical
(earthquake, volcanic activity, mass movement), meteorological (storm, extreme
temperature), hydrological (flood, landslide), climatological (drought, wildfire) and
biological (epidemic); *technological* = industrial accident (chemical spill,
collapse, explosion, fire, gas leak), transport accident (air, road, rail, water) and
miscellaneous accident (collapse, explosion, fire). The word lists are written for
crisisdesk from those classes; an explosion or fire counts as technological only with
an industrial or transport word and no attack word (a bomb's blast is an attack,
ACLED Remote explosive).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Token

from crisisdesk.records import ActorRef

#: Lemmas of natural hazards (EM-DAT natural classes, module docstring).
NATURAL_HAZARD_LEMMAS = frozenset({
    "earthquake", "quake", "tremor", "aftershock", "tsunami", "volcano", "eruption", "lava",
    "landslide", "mudslide", "landslip", "avalanche", "flood", "flooding", "floodwater", "deluge", "downpour",
    "rain", "rainfall", "monsoon", "storm", "cyclone", "typhoon", "hurricane", "tornado", "blizzard",
    "snowstorm", "hailstorm", "heatwave", "drought", "wildfire", "bushfire", "lightning", "epidemic",
})
#: Lemmas of technological hazards that are accidents whatever the sentence says
#: (EM-DAT technological classes): transport accidents, collapses, leaks and spills.
TECHNOLOGICAL_HAZARD_LEMMAS = frozenset({
    "crash", "collision", "derailment", "collapse", "leak", "spill", "capsizing", "shipwreck", "inferno", "blaze",
    "fire",
})
#: Accident lemmas that need an industrial or transport word beside them and no attack
#: word (an explosion or a blast may be a bomb's).
AMBIGUOUS_HAZARD_LEMMAS = frozenset({"explosion", "blast"})

#: Words that name an accident's cause or an industrial site beside an explosion or fire
#: (EM-DAT industrial accident class: gas, chemicals, fuel, a plant): the explosion is an
#: accident wherever it happens ("a gas cylinder exploded", "a blast at a refinery").
ACCIDENT_CAUSE_WORDS = re.compile(
    r"\b(gas|leak\w*|boiler|factory|factories|plant|refinery|pipeline|tanker|fuel|petrol|oil|chemicals?|"
    r"fireworks?|warehouse|depot|port|ammonium|industrial|mill|coal ?mine|mine shaft|reactor|cylinder)\b", re.I)
#: Vehicles (EM-DAT transport accident class): an explosion on a bus or a truck names
#: where it happened, not why. With no cause named it is an accident only outside an
#: armed conflict; in one it is what ACLED codes such a blast, Remote explosive/landmine/IED
#: (ACLED codebook: explosions "where the perpetrator is unknown" in conflict settings are
#: coded as remote violence). :func:`hazard_cause`'s ``conflict_setting`` decides.
VEHICLE_WORDS = re.compile(r"\b(train|ferry|bus|buses|truck|lorry|aircraft|plane|vessel|ship|minibus)\b", re.I)
#: Words of industry or transport beside an explosion or fire (EM-DAT industrial and
#: transport accident classes): :data:`ACCIDENT_CAUSE_WORDS` or :data:`VEHICLE_WORDS`.
INDUSTRIAL_WORDS = re.compile(f"{ACCIDENT_CAUSE_WORDS.pattern}|{VEHICLE_WORDS.pattern}", re.I)
#: Words of an attack or of an armed actor, which make an explosion or fire a
#: political-violence event, not an accident. Security forces and their movements
#: (soldiers, convoy, patrol, checkpoint) are included: an explosion that hits them is
#: coded as ACLED codes it, Remote explosive/landmine/IED, not dropped as an accident
#: (lead, session 12: "an explosion hit a military fuel truck convoy ..., killing three
#: soldiers" was dropped by the industrial words "fuel" and "truck"). "claimed" is a
#: claim of responsibility, not "a fire claimed 20 lives" (the lives a disaster took).
ATTACK_WORDS = re.compile(
    r"\b(bomb\w*|ieds?|improvised|explosive devices?|suicide|attack\w*|militants?|insurgents?|rebels?|"
    r"gunmen|terror\w*|grenades?|shell\w*|missiles?|rockets?|drones?|air ?strikes?|arson\w*|set fire|"
    r"torch\w*|sabotag\w*|jihad\w*|claimed(?!\s+(\S+\s+){0,3}?(lives?|victims)\b)|military|soldiers?|troops|convoys?|patrols?|"
    r"checkpoints?|peacekeepers?|militias?|landmines?|"
    # weapons whose fire is gunfire or shelling, not a blaze ("artillery fire struck a
    # village": s14-regions2, closing note 13)
    r"artillery|mortars?|howitzers?|snipers?|machine[- ]?guns?|gunfire|heavy weapons)\b", re.I)

#: Dependencies that name a verb's subject (active or passive); a passive "by" agent
#: is not read.
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}


def hazard_kind_of_lemma(lemma: str) -> str | None:
    """``"natural"`` / ``"technological"`` for a hazard lemma (lower case), None else;
    ambiguous accident words (explosion, blast) give None (see :func:`hazard_cause`)."""
    if lemma in NATURAL_HAZARD_LEMMAS:
        return "natural"
    if lemma in TECHNOLOGICAL_HAZARD_LEMMAS:
        return "technological"
    return None


def _noun_hazard(noun: Token, sentence: str, conflict_setting: bool = False) -> str | None:
    """Hazard kind of a noun token (its lemma, or a compound "gas leak"), None when it
    names no hazard; an explosion or blast only with an industrial word and no attack
    word in ``sentence``, and in a ``conflict_setting`` only with a named cause
    (:data:`ACCIDENT_CAUSE_WORDS`; a vehicle alone is where, not why); "fire" only as a
    thing that burns, never in "open fire"."""
    lemma = noun.lemma_.lower()
    kind = hazard_kind_of_lemma(lemma)
    if lemma in {"fire", "blaze", "inferno"} or lemma in AMBIGUOUS_HAZARD_LEMMAS:
        if ATTACK_WORDS.search(sentence):
            return None
        if conflict_setting and lemma in AMBIGUOUS_HAZARD_LEMMAS and not ACCIDENT_CAUSE_WORDS.search(sentence):
            return None  # "a blast struck a bus near Mopti": no cause named, in an armed conflict
        if INDUSTRIAL_WORDS.search(sentence) or (lemma != "fire" or noun.dep_ in _SUBJECT_DEPS) \
                and lemma not in AMBIGUOUS_HAZARD_LEMMAS:
            return "technological"  # "a fire swept through", "a blaze", "an explosion at a gas plant"
        return None
    return kind


def hazard_cause(trigger: Token, conflict_setting: bool = False) -> str | None:
    """The hazard kind (``"natural"``/``"technological"``) that caused the event of a
    violent ``trigger``, None when nothing says a hazard did it.

    A hazard caused it when the trigger's subject is a hazard noun ("Floods kill 40",
    "a gas leak at a chemical plant killed 11", "Typhoon Haiyan slams into ...") or the
    subject of the verb the trigger hangs on as a participle or conjunct ("a fire swept
    through the factory, killing 112", "an earthquake struck, toppling buildings") or the
    noun that verb describes (a clause parsed as the noun's: "a fire swept ..."), or
    the trigger is itself an explosion or blast with an industrial word and no attack
    word in its sentence (:func:`_noun_hazard`: "a massive explosion at the port").

    ``conflict_setting``: the article places the event in an armed conflict
    (:func:`conflict_setting`); an explosion with no cause named is then no accident."""
    sentence = trigger.sent.text
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.lemma_.lower() in AMBIGUOUS_HAZARD_LEMMAS:
        return _noun_hazard(trigger, sentence, conflict_setting)
    verb, seen = trigger, 0
    while verb is not None and seen < 3:
        for child in verb.children:
            if child.dep_ in _SUBJECT_DEPS and child.pos_ in {"NOUN", "PROPN"}:
                kind = _noun_hazard(child, sentence, conflict_setting)
                if kind is None:
                    # a named storm ("Typhoon Haiyan", "Cyclone Idai"): the name's title word
                    kind = next((_noun_hazard(c, sentence, conflict_setting) for c in child.children
                                 if c.dep_ == "compound" and _noun_hazard(c, sentence, conflict_setting)), None)
                if kind is not None:
                    return kind
                return None  # a subject that is no hazard: someone did it
        if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
            return _noun_hazard(verb.head, sentence, conflict_setting)  # "a fire (that) swept through ..." parsed as a noun's clause
        if verb.dep_ in {"advcl", "conj", "xcomp"} and verb.head.i != verb.i:
            verb, seen = verb.head, seen + 1
            continue
        break
    return None


#: Word forms of natural hazards in raw text (:data:`NATURAL_HAZARD_LEMMAS` with their
#: inflections and the verbs "flood", "inundate"; not the verbs "erupt" and "storm",
#: said of fighting and of crowds, and "storm" only as a kind of storm).
NATURAL_TEXT = re.compile(
    r"\b(earthquakes?|quakes?|tremors?|aftershocks?|tsunamis?|volcan(o|oes|ic)|eruptions?|lava|"
    r"landslides?|mudslides?|landslips?|avalanches?|flood(s|ed|ing|waters?)?|inundat\w+|deluge|downpours?|"
    r"(heavy |torrential |monsoon )rains?|rainfall|monsoon|(tropical|winter|severe|dust|sand|ice|snow|rain|thunder|hail|"
    r"wind) ?storms?|cyclones?|typhoons?|hurricanes?|tornado(es|s)?|"
    r"blizzards?|snowstorms?|heat ?waves?|droughts?|wildfires?|bushfires?|forest fires?|epidemics?)\b", re.I)
#: Word forms of technological accidents in raw text (EM-DAT technological classes).
TECHNOLOGICAL_TEXT = re.compile(
    r"\b(crash(es|ed|ing)?|collid(e|es|ed|ing)|collisions?|derail(s|ed|ment|ments)?|capsiz(e|es|ed|ing)|"
    r"sank|sinks?|sinking|shipwrecks?|collaps(e|es|ed|ing)|(gas|chemical|oil) (leaks?|spills?)|leak(s|ed)? of|"
    r"spills?|infernos?|blazes?|(a|the)( \w+)? fire (at|in|broke|swept|engulfed|ripped|gutted|kill(s|ed)|claim(s|ed)|"
    r"left)|^fires? (kills?|claims?)|fire (at|in) (an? |the )?\w+ "
    r"(factory|plant|market|hospital|building|warehouse|mall|club|hotel|school)|"
    r"(factory|plant|warehouse|market|hospital|building|club) fire|stampede)\b", re.I)


def disaster_label(text: str) -> str | None:
    """CASE 2021 disaster label of a text that reports a hazard, None else:
    ``NATURAL_DISASTER`` when it names a natural hazard (:data:`NATURAL_TEXT`),
    ``MAN_MADE_DISASTER`` when it names a technological accident
    (:data:`TECHNOLOGICAL_TEXT`, or an explosion with an industrial word and no attack
    word). Natural wins when both appear ("floods caused a dam to collapse")."""
    if NATURAL_TEXT.search(text):
        return "NATURAL_DISASTER"
    if ATTACK_WORDS.search(text):
        return None
    if TECHNOLOGICAL_TEXT.search(text):
        return "MAN_MADE_DISASTER"
    if re.search(r"\b(explosions?|blasts?|explod\w+)\b", text, re.I) and INDUSTRIAL_WORDS.search(text):
        return "MAN_MADE_DISASTER"
    return None


#: Words of armed violence in an article (:data:`ATTACK_WORDS` without the security
#: forces, who also rescue and cordon off after accidents): an article that uses one
#: names an armed conflict.
CONFLICT_WORDS = re.compile(
    r"\b(bomb\w*|ieds?|improvised explosive|suicide (bomb\w*|attack\w*)|attack(s|ed|ers?)?|militants?|"
    r"insurgen\w+|rebels?|gunmen|terroris\w+|jihad\w*|grenades?|shelling|missiles?|air ?strikes?|ambush\w*|"
    r"armed groups?|militias?|landmines?)\b", re.I)


@lru_cache(maxsize=1)
def dictionary_conflict_countries() -> frozenset[str]:
    """Alpha-3 codes of the countries where an armed non-state group of the shipped
    actor dictionary (``data/actors.yaml``: rebels, jihadists, militias) operates
    (``operates_in``): the armed conflicts the dictionary is written for."""
    from crisisdesk.annotate.actors import ActorDictionary

    armed = ("rebel", "militia", "jihad", "armed")
    return frozenset(country for actor in ActorDictionary.load().actors.values()
                     if actor.sector in {"REB", "INS"} or any(k in (actor.actor_type or "").lower() for k in armed)
                     for country in actor.operates_in)


def conflict_setting(text: str, actors: Iterable[ActorRef], countries: Iterable[str | None],
                     conflict_countries: frozenset[str] | None = None) -> bool:
    """Whether an article places its events in an armed conflict, so that an explosion
    with no cause named is an attack (ACLED Remote explosive/landmine/IED), not an accident.

    ``text``: the article's text; ``actors``: its recognised actors; ``countries``: the
    alpha-3 codes of its event places and focus. True when the article names an armed
    conflict (:data:`CONFLICT_WORDS`, or a non-state armed actor among ``actors``: sector
    REB/INS or a rebel/militia/jihadist type), or a country of ``countries`` is one where
    an armed group of the actor dictionary operates (``conflict_countries``, default
    :func:`dictionary_conflict_countries`). No country list is written here: the
    dictionary's ``operates_in`` is the analyst's statement of where armed groups are
    active, and an analyst's own actor file extends it."""
    if CONFLICT_WORDS.search(text):
        return True
    armed = ("rebel", "militia", "jihad")
    if any(a.sector in {"REB", "INS"} or any(k in (a.actor_type or "").lower() for k in armed) for a in actors):
        return True
    known = dictionary_conflict_countries() if conflict_countries is None else conflict_countries
    return any(c in known for c in countries if c)
