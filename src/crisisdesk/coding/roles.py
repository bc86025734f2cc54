"""Source and target actors of an event trigger, read from the dependency parse.

Rules (PLOVER: source = actor, target = recipient):

- verbs, active voice: ``nsubj`` -> source; ``dobj`` (else a ``on/against/at`` object)
  -> target. Passive ("a convoy was attacked by JNIM"): ``nsubjpass`` -> target, the
  ``by`` agent -> source; a reduced relative ("the convoy attacked by ...") makes the
  modified noun the target. A verb without a subject takes it from the verb that
  controls it (xcomp "claimed to have ambushed", conj, participial advcl "vowing to"),
  a relative pronoun from the noun the clause modifies.
- event nouns: possessive or compound actor ("JNIM's attacks", "the JNIM blockade"),
  ``by`` -> source; ``on/against`` -> target; ``of`` -> source for nouns whose ``of``
  names the doer (withdrawal, protest, threat...), else target (abduction of teachers);
  a light verb ("carried out an attack", "claimed an ambush", "issued a threat") lends
  its subject as source.
- compound actors: every conjunct of a role noun phrase ("the US and UK embassies").
- unnamed participants: a role noun phrase with no dictionary actor becomes a generic
  actor with a sector from ``data/lexicon/participants.yaml`` ("fighters" -> REB,
  "fuel convoy" -> CVL); state-sector generics (MIL, GOV, COP) without a country take
  the article's focus country, as ACLED codes "soldiers" in a Mali report as Malian.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from importlib import resources

import yaml
from spacy.tokens import Doc, Token

from crisisdesk.annotate.actors import UNPLACED_ENVOY_WORDS, acted_upon_token
from crisisdesk.coding.acled import STATE_FORCE_SECTORS
from crisisdesk.coding.status import VERBS_OF_SAYING, attribution
from crisisdesk.records import GEO_PRECISION_COUNTRY, ActorRef, Place, Span

CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "punct", "cc", "conj", "prep", "mark"}
LIGHT_VERBS = {"carry", "launch", "conduct", "stage", "mount", "claim", "issue", "make", "impose",
               "perpetrate", "commit", "lead", "orchestrate", "intensify", "step", "continue", "resume",
               "escalate", "announce", "order", "organize", "organise", "hold", "maintain", "tighten",
               "extend", "begin", "start", "plan", "threaten", "vow", "execute", "deliver", "provide", "declare",
               "complete", "finish", "undertake", "reiterate", "renew", "repeat", "send", "give",
               "slap", "level", "unveil", "adopt", "approve", "introduce", "enforce", "apply", "expand",
               # "the government decreed a general mobilisation" (spaCy keeps the lemma
               # "decreed" when it tags the past form VBP); session 19, notes6
               "decree", "decreed"}
QUANTITY_NOUNS = {"tons", "tonnes", "days", "weeks", "months", "series", "wave", "round", "number", "amount",
                  "shipment", "batch", "consignment", "convoy", "package", "million", "millions", "dollars"}
#: Currency units a sum of aid is counted in ("20 million euros of humanitarian aid", "5
#: million dollars in aid"): the sum is the verb's object and the aid noun its complement,
#: as for :data:`QUANTITY_NOUNS` (s19-news7fix).
CURRENCY_NOUNS = {"dollars", "euros", "pounds", "francs", "naira", "shillings", "yuan", "yen", "rupees",
                  "billion", "billions"}
#: Nouns of a payment demanded for captives ("demanded a ransom").
RANSOM_NOUNS = frozenset({"ransom", "ransoms"})


def sum_of_money(tok: Token) -> bool:
    """Whether a noun heads a sum of money or a ransom ("5 million naira", "N60 million",
    "a ransom of two million naira"): the named entity tagger's MONEY, a currency unit
    (:data:`CURRENCY_NOUNS`) or :data:`RANSOM_NOUNS`. A sum is what a demand asks for,
    never the party asked (CAMEO 1.1b3 10 "Demand": the target is the actor the demand is
    addressed to; PLOVER REQUEST likewise) and never a count of people."""
    return tok.ent_type_ == "MONEY" or tok.lower_ in CURRENCY_NOUNS or tok.lower_ in RANSOM_NOUNS


#: Adjectives that say what kind of aid is given ("humanitarian aid", "military
#: assistance", "food aid"), not who gives it: CAMEO 07 (PLOVER AID) codes the giver as
#: source; the kind is the event's mode (s19-news7fix). Nationality adjectives ("French
#: aid") still name the giver.
AID_KIND_ADJECTIVES = {"humanitarian", "military", "economic", "financial", "food", "medical", "emergency",
                       "additional", "new", "further", "technical", "logistical", "logistic", "budgetary",
                       "development", "lifesaving", "life-saving"}
#: Nouns of what is given (:data:`AID_KIND_ADJECTIVES` read on them only): on a service
#: noun the adjective names who serves ("a military escort", "military protection": the
#: military escorts).
AID_GOODS_NOUNS = {"aid", "assistance", "relief", "support", "funding", "donation", "grant", "loan", "supply",
                   "supplies"}
AGENT_ACL_VERBS = {"impose", "carry", "launch", "conduct", "perpetrate", "claim", "stage", "mount",
                   "lead", "commit", "orchestrate", "enforce", "organize", "organise", "order",
                   # who placed a device is who used it: "an IED planted by JNIM militants"
                   # (ACLED Codebook, Remote explosive/landmine/IED: the actor is who
                   # planted the device; the one who triggers it is its victim)
                   "plant", "lay", "place", "emplace", "bury", "hide", "detonate",
                   # who fired or dropped a munition used it: "shells fired by M23 rebels",
                   # "bombs dropped by the air force" (ACLED Codebook, Explosions/Remote
                   # violence: the actor is who launched the weapon)
                   "fire", "drop", "shoot", "lob"}
#: Munitions and remote weapons that fly or fall on their target: as the subject of a
#: violent verb ("a drone launched by X struck ...") they are the weapon, and whoever
#: launched them is the doer (:func:`munition_launchers`).
LAUNCHED_WEAPONS = frozenset({"drone", "drones", "missile", "missiles", "rocket", "rockets", "shell", "shells",
                            "mortar", "mortars", "projectile", "projectiles", "bomb", "bombs", "grenade",
                            "grenades", "round", "rounds", "munition", "munitions", "uav", "uavs"})
#: Munitions proper (:data:`LAUNCHED_WEAPONS` without drones, which are aircraft a force
#: flies): a munition named with no state and no launcher is no actor.
UNMANNED_MUNITIONS = LAUNCHED_WEAPONS - {"drone", "drones", "uav", "uavs"}
#: Drones: aircraft a force flies, so a drone phrase naming its owner ("army drones",
#: "its drones", "RSF drones") stands for that force; a bare "drones" ("drones hit the
#: depot") names the instrument only, and its operator is unknown (PLOVER/CAMEO code the
#: actor who acts, not the weapon; ACLED Codebook, Explosions/Remote violence: the
#: actor is whoever launched it; session 21).
UNMANNED_AIRCRAFT = LAUNCHED_WEAPONS - UNMANNED_MUNITIONS
OCCUR_VERBS = {"occur", "happen", "take", "unfold", "erupt", "break", "hit", "strike", "target",
               "kill", "leave", "destroy", "cause", "report", "record", "rock", "shake", "claim", "wound",
               "injure", "be", "follow", "come", "hear", "rage", "continue", "flare", "resume"}
#: Verbs of perceiving an event noun ("gunfire was heard by residents", "locals saw an
#: explosion"): their subject or agent witnessed the event and is no party to it (ACLED
#: codes the parties engaged in the event as actors, not sources of information - ACLED
#: Codebook, "Actors").
PERCEPTION_VERBS = frozenset({"hear", "see", "witness", "notice", "observe", "spot", "film", "feel"})
#: Verbs of reporting an event noun ("clashes were reported by villagers"): civilians who
#: report are witnesses as above; an armed actor reporting ("airstrikes were reported by
#: French forces") tells of its own operation and stays its doer (a party's report).
REPORTING_VERBS = frozenset({"report", "record", "describe", "recount", "document"})
#: Verbs that expose their subject to an event noun: "subjected to fire", "came under attack".
EXPOSURE_VERBS = {"subject", "come"}
#: Verbs that take the act in a "with" phrase ("the US hit Iran with sanctions", "struck
#: with a travel ban"): the act is the "with" object, the verb's doer its source, the
#: one hit its target (roles here; the coder drops the verb's own violence reading,
#: ``crisisdesk.coding.coder._light_use``).
WITH_LIGHT_VERBS = {"hit", "strike", "slap", "target"}
#: Verbs of people coming together in one place ("residents gathered", "hundreds
#: assembled", "crowds massed"): a demonstration when its purpose is a protest act
#: (``crisisdesk.coding.coder.EventCoder._protest_gathering``; ACLED Protests: people
#: coming together in public to voice a grievance; CAMEO 141 demonstrate), a way of
#: taking part in one otherwise (:data:`PARTICIPATION_VERBS`). Lemmas.
GATHERING_VERBS = {"gather", "assemble", "congregate", "converge", "mass"}
#: Verb + preposition pairs that move their subject into an event noun: "the patrol fell
#: into an ambush", "a convoy ran into an ambush", "soldiers were caught in an ambush":
#: in English the subject undergoes the event (its target), the doer is not named.
ENTRAPMENT_VERBS = {("fall", "into"), ("run", "into"), ("drive", "into"), ("walk", "into"),
                    ("stumble", "into"), ("catch", "in")}
#: Verbs of travelling whose "for" phrase names the purpose of the journey ("flew to
#: Cairo for talks with X", "arrived in Lisbon for a summit"): the traveller takes part
#: in the purpose noun (a purpose adjunct is said of the subject, CGEL ch. 8, 13), so
#: the subject is the event's source (CAMEO 042/043: the visitor meets its host). Lemmas.
TRAVEL_VERBS = frozenset({"fly", "travel", "arrive", "go", "come", "head", "leave", "return", "land", "set"})
#: Verbs that put someone in a state of custody named by a noun under "under" ("placed a
#: dissident under house arrest", "kept the leader under arrest", "held under
#: detention"): the verb's subject arrests, its object is arrested (CAMEO 173). Lemmas.
CUSTODY_VERBS = frozenset({"place", "put", "keep", "hold"})
#: Verbs whose subject undergoes the event noun in their object: "sustained stab wounds",
#: "survived an assassination attempt", "escaped an ambush" (the act happened; its
#: target lived through it - ACLED codes an attempted attack like a completed one).
SUFFER_VERBS = {"sustain", "suffer", "survive", "escape"}
#: Nouns whose "of" complement is a reported event: "reports of air strikes near X".
REPORT_NOUNS = {"report", "account", "claim"}
AGENTIVE_OF = {"RETREAT", "PROTEST", "MOBILIZE", "THREATEN", "CONSULT", "AGREE", "REQUEST", "ACCUSE",
               "REJECT", "SUPPORT", "COOPERATE", "AID", "SANCTION"}
PATIENT_POSS_MODES = {"arrest", "release", "abduct", "massacre", "deport", "assassinate", "torture"}
TARGET_PREPS = {"on", "against", "at", "upon", "targeting", "toward", "towards", "with"}
RELATIVE = {"that", "which", "who", "whom"}
PRONOUN_POSS = {"its", "their", "his", "her", "our"}
SUBJECT_PRONOUNS = {"it", "they", "he", "she", "we"}
STATE_SECTORS = {"GOV", "MIL", "COP", "LEG", "JUD"}
#: Participles that state their subject's own stance, not something done to it.
STANCE_PARTICIPLES = {"commit", "determine", "dedicate", "resolve", "oblige"}
LOCATIVE_PREPS = {"in", "throughout", "across", "from", "inside", "within"}
#: Nouns (lemmas) of people and offices of a town whose "of X" names where they are
#: ("a resident of Gao", "the mayor of Ber", "the village chief of Boni"). Word list
#: written here (English).
HOME_OF_NOUNS = {"resident", "inhabitant", "villager", "mayor", "chief", "prefect", "sub-prefect", "governor",
                 "imam", "notable", "elder", "councillor", "headman", "people", "population", "youth"}
#: Nouns of a message whose sender acts through it ("a statement from the presidency
#: condemned ...").
MESSAGE_NOUNS = {"statement", "communique", "communiqué", "declaration", "letter", "message", "note",
                 "announcement", "decree", "press release", "resolution", "report", "memo", "broadcast",
                 # requests and offers: rejecting "an appeal from President X" answers X
                 "call", "appeal", "demand", "request", "invitation", "offer", "proposal", "plea", "ultimatum"}
#: People who speak or act for a body named after "of"/"for" ("the head of the UN
#: mission", "a spokesman for the ministry").
REPRESENTATIVE_NOUNS = {"head", "chief", "leader", "spokesman", "spokeswoman", "spokesperson", "representative",
                        "envoy", "ambassador", "director", "commander", "president", "chairman", "chair",
                        "secretary", "minister", "official", "officer", "member", "delegation", "delegate",
                        "inspector", "monitor", "observer", "staff", "personnel", "employee"}
#: Participles and adjectives that tie a participant to a place or a patron ("based in",
#: "loyal to", "affiliated with"): the phrase gives an unnamed participant's country.
ATTACHMENT_WORDS = {"base", "headquarter", "locate", "station", "operate", "loyal", "affiliate", "link",
                    "ally", "allied", "tie", "belong", "attach", "aligned", "align", "close", "backed", "back"}


#: Dependents that make a singular "force" a countable body of troops ("a force", "the
#: force", "its force", "one force", "the Barkhane force").
FORCE_COUNT_DEPS = frozenset({"det", "poss", "nummod", "compound", "predet"})


def means_of_force(head: Token) -> bool:
    """True when the noun at ``head`` is "force" in its uncountable sense, violence used
    as a means ("use force", "by force", "the use of military force"), not a body of
    troops: singular, lower case and bare, with no determiner, possessive, number or
    name before it (:data:`FORCE_COUNT_DEPS`). The troops' sense is a count noun, and a
    singular count noun needs a determiner in English (Huddleston & Pullum, CGEL 2002,
    ch. 5, 3.1), so a bare singular "force" is the uncountable one. Found by the
    session-20 PLOVER review: "ECOWAS threatened to use force against the junta" gave
    the force (MIL) as the target instead of the junta."""
    if head.lower_ != "force" or head.tag_ != "NN":
        return False
    return not any(c.dep_ in FORCE_COUNT_DEPS for c in head.children)


#: Verbs that take up, hold or give up a job (lemmas, English, written here): "resigned
#: from his post", "was removed from her post", "kept his post".
OFFICE_VERBS = {"resign", "step", "quit", "leave", "remove", "dismiss", "sack", "relieve", "suspend", "oust",
                "appoint", "name", "reinstate", "return", "resume", "assume", "take", "hold", "keep", "retain",
                "lose", "vacate", "abandon", "desert", "fire", "occupy"}


def office_post(head: Token) -> bool:
    """True when the noun "post" at ``head`` is a job, not a military post: "his post as
    head of the defence committee" (an "as" phrase), "the post of prime minister" (of +
    a title), "resigned from his post" (a possessive pronoun under a verb of taking or
    leaving a job, :data:`OFFICE_VERBS`). A military post is a place attacked or held
    ("attacked the gendarmerie post", "the army post in X"); before, "resigned from his
    post as head of the committee" gave the resignation a military target (MLIMIL)."""
    if head.lemma_.lower() != "post" or head.pos_ != "NOUN":
        return False
    preps = [c for c in head.children if c.dep_ == "prep"]
    if any(p.lower_ == "as" for p in preps):
        return True
    if any(p.lower_ == "of" and any(g.dep_ == "pobj" and g.lemma_.lower() in REPRESENTATIVE_NOUNS | {
            "minister", "mayor", "governor", "prefect", "president", "ambassador", "premier"} for g in p.children)
           for p in preps):
        return True
    if not any(c.dep_ == "poss" and c.lower_ in PRONOUN_POSS for c in head.children):
        return False
    governor = head.head.head if head.dep_ == "pobj" else head.head
    return governor.lemma_.lower() in OFFICE_VERBS


@dataclass(frozen=True)
class Sector:
    """Sector code of a participant word and whether ACLED counts it as an armed actor."""

    code: str
    armed: bool


@lru_cache(maxsize=1)
def load_participants() -> dict[str, Sector]:
    """Participant words (lower case, singular or as written) -> Sector, from the packaged
    ``participants.yaml``."""
    text = resources.files("crisisdesk.data").joinpath("lexicon", "participants.yaml").read_text("utf-8")
    table: dict[str, Sector] = {}
    for key, spec in yaml.safe_load(text)["sectors"].items():
        sector = Sector(spec.get("sector", key), bool(spec.get("armed")))
        for word in spec["words"]:
            table[str(word).lower()] = sector
    return table


class ActorIndex:
    """Actors of one Doc looked up by token: ``doc._.actors`` spans mapped to tokens."""

    def __init__(self, doc: Doc, actors: list[ActorRef], focus_country: str | None,
                 places: list[Place] | None = None) -> None:
        self.doc = doc
        self.focus_country = focus_country
        self.by_token: dict[int, ActorRef] = {}
        self.participants = load_participants()
        #: country (alpha-3) of the located place at a token ("based in Beirut")
        self.place_country: dict[int, str] = {}
        #: national capitals (GeoNames PPLC) by token, standing for their state in a role
        self.capital_country: dict[int, str] = {}
        for place in places or []:
            if place.span is None or not place.country:
                continue
            span = doc.char_span(place.span.start, place.span.end, alignment_mode="expand")
            for tok in span or []:
                self.place_country[tok.i] = place.country
                if place.feature_code == "PPLC":
                    self.capital_country[tok.i] = place.country
        for actor in actors:
            if actor.span is None:
                continue
            span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                # nested spans: the inner (shorter) one is the more specific actor
                # ("the US and the UK embassies" = USAGOV over the whole, GBRGOV inside)
                old = self.by_token.get(tok.i)
                if old is None or (old.span and actor.span and
                                   actor.span.end - actor.span.start < old.span.end - old.span.start):
                    self.by_token[tok.i] = actor

    @cached_property
    def text(self) -> str:
        """The Doc's text, joined from its tokens once, when an actor's written name is
        first needed (most Docs never need it)."""
        return self.doc.text

    # -- noun phrases -------------------------------------------------------------
    def np_tokens(self, head: Token) -> list[Token]:
        """Tokens of the noun phrase headed by ``head`` without clauses, conjuncts and
        prepositional phrases (except ``of`` after a quantity or group word)."""
        out = [head]
        for child in head.children:
            if child.dep_ in CLAUSE_DEPS:
                if child.dep_ == "prep" and child.lower_ == "of" and (head.lower_ in {
                        "members", "member", "group", "fighters", "elements", "militants", "dozens",
                        "hundreds", "forces", "troops", "soldiers", "men", "officials", "tens", "thousands",
                        "scores", "crowds", "crowd", "millions", "band", "delegation"} or
                        head.lemma_.lower() in REPRESENTATIVE_NOUNS):
                    out.extend(child.subtree)  # "the head of the UN mission" speaks for the mission
                elif child.dep_ == "prep" and child.lower_ == "from" and head.lower_ in {
                        "forces", "troops", "soldiers", "officials", "delegation", "delegations", "police",
                        "peacekeepers", "ministers", "negotiators", "diplomats"} and any(
                        (a := self.by_token.get(g.i)) is not None and a.actor_type in {"state", "state forces"}
                        and a.sector for g in child.subtree):
                    # "troops from the Philippines and the United States": the states the
                    # annotation stage tied to the title (one actor each) are the phrase's
                    out.extend(child.subtree)
                elif child.dep_ == "prep" and child.lower_ in {"from", "by", "of", "for"} and \
                        head.lemma_.lower() in MESSAGE_NOUNS | REPRESENTATIVE_NOUNS:
                    out.extend(child.subtree)  # "a statement from the presidency", "a spokesman for X"
                continue
            if child.dep_ == "appos":
                continue
            out.extend(child.subtree)
        return sorted(set(out), key=lambda t: t.i)

    def phrase_actors(self, head: Token, sentence_actors: list[ActorRef] | None = None) -> list[ActorRef]:
        """Actors named by the noun phrase at ``head`` and its conjuncts (compound
        actors), else one generic actor; [] when the phrase names no participant."""
        heads = [head]
        for c in head.conjuncts:
            if c.pos_ in {"NOUN", "PROPN", "PRON"} and c not in heads:
                heads.append(c)
        if head.dep_ == "conj":  # "the US and UK embassies": US<-conj-UK under embassies
            pass
        found: list[ActorRef] = []
        for h in heads:
            for actor in self._actors_of_head(h, sentence_actors or []):
                if actor not in found:
                    found.append(actor)
        return found

    def head_actors(self, head: Token, sentence_actors: list[ActorRef] | None = None) -> list[ActorRef]:
        """Actors named by the noun phrase at ``head`` alone, without its conjuncts
        (:meth:`phrase_actors` adds them): one side of "between X and Y"."""
        return self._actors_of_head(head, sentence_actors or [])

    def _actors_of_head(self, head: Token, sentence_actors: list[ActorRef]) -> list[ActorRef]:
        actors = self._phrase_head_actors(head, sentence_actors)
        if head.lower_ in UNMANNED_MUNITIONS and actors and all(a.generic for a in actors) and not any(
                c.dep_ in {"amod", "compound", "poss", "nmod"} and (c.ent_type_ in {"NORP", "GPE", "ORG"} or (
                    self.by_token.get(c.i) is not None and self.by_token.get(c.i) not in actors))
                for c in head.children):
            # "Missiles hit a residential building in Kharkiv": a munition with no state
            # named (not "Russian missiles") and no launcher ("fired by X", munition_launchers)
            # is the weapon, not a party; its doer is unknown (ACLED Codebook,
            # Explosions/Remote violence: the actor is who launched it). Before, the
            # place's country made it that country's military (UKRMIL, the victim's side)
            return []
        if head.lower_ in UNMANNED_AIRCRAFT and actors and all(a.generic for a in actors) \
                and not _children(head, "amod", "compound", "poss", "nmod") and not munition_launchers([head]):
            # "Drones hit the fuel depot": a bare drone names no operator (UNMANNED_AIRCRAFT)
            return []
        if any(a.generic and not a.country for a in actors):
            country = self._located_country(head)
            if country is not None:  # "Rebels in the Ivory Coast" -> CIVREB (CAMEO-style)
                actors = [replace(a, country=country, code=country + (a.sector or "")) if a.generic and not a.country
                          else a for a in actors]
        return actors

    def _located_country(self, head: Token) -> str | None:
        """The state an unnamed participant is placed in or comes from by a locative
        phrase on its noun phrase ("rebels in the Ivory Coast", "students throughout
        Indonesia", "soldiers from Chad", "prisoners in East Timor's capital"), or the
        country of the town such a phrase names ("a local official in Gao", "a resident
        of Gao": "of" after :data:`HOME_OF_NOUNS`) when the annotation stage gave that
        town a country. A town without a country (a village the gazetteer does not
        know, in an article about several countries) gives none: which country the
        article is about is then no fact about this speaker."""
        envoy = head.lower_ in UNPLACED_ENVOY_WORDS
        for tok in [head, *self.np_tokens(head)]:
            if tok.pos_ not in {"NOUN", "PROPN"}:
                continue
            for prep in tok.children:
                home = prep.lower_ == "of" and tok.lemma_.lower() in HOME_OF_NOUNS
                if prep.dep_ != "prep" or (prep.lower_ not in LOCATIVE_PREPS and not home):
                    continue
                if envoy and prep.lower_ != "from":
                    continue  # "diplomats in Lome" serve other states there (_unplaced_envoy)
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    for cand in [obj, *[c for c in obj.children if c.dep_ in {"poss", "compound"}]]:
                        actor = self.by_token.get(cand.i)
                        if actor is not None and actor.country and actor.actor_type == "state":
                            return actor.country
                    if obj.i in self.place_country and self.by_token.get(obj.i) is None:
                        return self.place_country[obj.i]
        return self._attached_country(head) or self._region_modifier_country(head)

    def _region_modifier_country(self, head: Token) -> str | None:
        """The state of an unnamed participant named after the region it comes from by a
        capitalised modifier that no earlier stage placed: the region's name used
        attributively ("Guadalcanal militants") or its demonym ("South Ossetian
        militiamen", "Transdniestrian authorities", "Abkhaz separatists"). The demonym is
        undone by the regular English suffixes (-n, -ian/-an, +ia: "Ossetian" ->
        "Ossetia", "Abkhaz" -> "Abkhazia"; Quirk et al., CGEL 1985, App. I.42 on
        demonyms) and looked up among the gazetteer's first-level regions and named
        regions (``data/regions.yaml``); only a name of exactly one country counts
        ("Punjab farmers": India and Pakistan each have a Punjab, so none). Modifiers that are actors
        or placed tokens are left to the rules above. Found by the fourth written PLOVER
        set (s16-plover4). Returns the alpha-3 or None."""
        mods: list[Token] = []
        for tok in reversed(list(head.lefts)):
            if tok.dep_ not in {"amod", "compound"} or tok.i + len(mods) + 1 != head.i:
                break
            mods.insert(0, tok)
        # "South Ossetian": the compass word hangs on the demonym, not on the head noun
        if mods:
            mods = [t for t in mods[0].lefts if t.dep_ in {"amod", "compound"} and t.i + 1 == mods[0].i] + mods
        if not mods or not all(t.is_title and t.pos_ in {"ADJ", "PROPN"} for t in mods) or any(
                t.i in self.by_token or t.i in self.place_country for t in mods):
            return None
        name = " ".join(t.text for t in mods)
        return _region_country(name)

    def _attached_country(self, head: Token) -> str | None:
        """The state an unnamed participant is tied to by a participle or adjective on
        its noun phrase: where it is based ("a newspaper based in Beirut", "a group
        operating in Iraq") or whom it is loyal or affiliated to ("militants loyal to
        Iraq's al-Qaeda leader", "workers affiliated with the Serbian union"): the
        first actor with a country in that phrase."""
        for mod in head.children:
            if mod.dep_ not in {"acl", "amod", "relcl"} or mod.lemma_.lower() not in ATTACHMENT_WORDS:
                continue
            for prep in mod.children:
                if prep.dep_ != "prep" or prep.lower_ not in {*LOCATIVE_PREPS, "to", "with"}:
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    for tok in obj.subtree:
                        actor = self.by_token.get(tok.i)
                        if actor is not None and actor.country and not actor.generic:
                            return actor.country
                        if prep.lower_ in LOCATIVE_PREPS and tok.i in self.place_country:
                            return self.place_country[tok.i]
        return None

    def _phrase_head_actors(self, head: Token, sentence_actors: list[ActorRef]) -> list[ActorRef]:
        if head.lower_ in RELATIVE and head.head.dep_ == "relcl":
            return self.phrase_actors(head.head.head, sentence_actors)
        if head.pos_ == "PRON" and head.lower_ in SUBJECT_PRONOUNS and self.by_token.get(head.i) is None:
            antecedent = conditional_antecedent(head)
            if antecedent is not None:  # "if JNIM fighters reach X, they could ...": they = the fighters
                return self.phrase_actors(antecedent, sentence_actors)
            speaker = reporting_subject(head)
            previous = previous_subject(head, self.by_token)
            # "Syria says it will not accept ...": it = Syria; but a pronoun opening a
            # report whose speaker comes after ("It dropped the clauses, deputies said")
            # continues the previous sentence's subject (s15-plover3)
            # ... only when the speaker cannot be the pronoun (agreement, pronoun_may_be:
            # "It ..., deputies said") or only relays (RELAY_SPEAKERS: "They ..., officials
            # said"); a party that agrees keeps it ("They will attack again, the rebels said")
            # ... and with no previous subject, a speaker who cannot be the pronoun is not
            # its referent either ("If they reach the town, they will attack, an official
            # warned": they are not the official; session 16)
            if speaker is not None and not (speaker.i > head.i and head.lower_ in CONTINUING_PRONOUNS and (
                    not pronoun_may_be(head, speaker) or speaker.lemma_.lower() in RELAY_SPEAKERS)):
                return self.phrase_actors(speaker, sentence_actors)
            if previous is not None:  # "The minister arrived in X. He agreed ...": he = the minister
                return [a for a in self.phrase_actors(previous, []) if not a.generic or a.country]
        tokens = self.np_tokens(head)
        named: list[ActorRef] = []
        for tok in tokens:
            if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS and tok.head.head != head:
                continue  # "students throughout Indonesia": where they are, not who
            actor = self.by_token.get(tok.i)
            if actor is not None and actor not in named:
                named.append(actor)
        # apposition: "the country's military leader, Colonel Assimi Goita"; a named
        # actor in the apposition beats a title without a country ("the foreign
        # minister, Sergei Lavrov" -> the minister's entry)
        head_ref = self.by_token.get(head.i)
        if not named or (len(named) == 1 and named[0] is head_ref and head_ref.generic and not head_ref.country):
            appositives: list[ActorRef] = []
            for child in head.children:
                if child.dep_ == "appos":
                    for tok in self.np_tokens(child):
                        actor = self.by_token.get(tok.i)
                        if actor is not None and not actor.generic and actor not in appositives:
                            appositives.append(actor)
            if appositives:
                return appositives
        if not named:
            for child in head.children:
                if child.dep_ == "appos":
                    for tok in self.np_tokens(child):
                        actor = self.by_token.get(tok.i)
                        if actor is not None and actor not in named:
                            named.append(actor)
        sector = self.sector_of(tokens, head)
        head_actor = self.by_token.get(head.i)
        if head_actor is not None and head_actor.sector and any(
                a is not head_actor and a.sector == head_actor.sector and a.actor_type == head_actor.actor_type
                for a in named):
            # one title over conjoined states: "Hungarian and Romanian officials" -> both
            return [a for a in named if a.sector == head_actor.sector and a.actor_type == head_actor.actor_type]
        if head_actor is not None:
            if sector is None and head.dep_ != "conj":
                sibling = next((c for c in head.conjuncts if c.i > head.i and self.by_token.get(c.i) is None), None)
                if sibling is not None:  # "the US and the UK embassies": US takes the sector too
                    sector = self.sector_of(self.np_tokens(sibling), sibling)
                    if sector is not None:
                        return [self._with_sector(head_actor, sector, sibling)]
            if self._focus_not_acted_upon(head):
                head_actor = self._with_focus(head_actor)  # "the government" of a Mali report is Mali's
            return [head_actor]
        if named:
            if sector is not None:  # "French officials", "Russia's forces", "US and UK embassies"
                return [self._with_sector(a, sector, head) for a in named]
            force = _membership_of_object(head)
            if force is not None and self.by_token.get(force.i) is None:
                # "members of the Malian National Guard": the Guard, not Mali
                body = self.phrase_actors(force, sentence_actors)
                if body:
                    return body
            return [self._with_focus(a) for a in named]
        if sector is None:
            force = _membership_of_object(head)
            if force is not None:  # "members of the National Guard": the Guard takes part
                return self.phrase_actors(force, sentence_actors)
            return []
        country = None
        poss = [c for c in head.children if c.dep_ == "poss" and c.lower_ in PRONOUN_POSS]
        if poss and sentence_actors:
            before = [a for a in sentence_actors if a.span and a.span.end <= head.idx and a.country]
            if before:
                country = before[-1].country
        if country is None and sector.code in STATE_FORCE_SECTORS:
            country = self.focus_country
        return [self.generic(tokens, head, sector, country)]

    def tail_actors(self, head: Token, after: int) -> list[ActorRef]:
        """Actors of the part of ``head``'s noun phrase after token index ``after``: the
        object of a headline verb misparsed as a modifier ("JNIM/ISSP attack convoys"
        -> the convoys, not JNIM and ISSP before the verb). Named actors there, else one
        generic actor of the head's sector (MIL/GOV/COP of the focus country), else []."""
        tokens = [t for t in self.np_tokens(head) if t.i > after]
        start = head.doc[after].idx  # an actor phrase reaching over the verb is its subject's
        named = [a for a in dict.fromkeys(self.by_token.get(t.i) for t in tokens)
                 if a is not None and (a.span is None or a.span.start > start)]
        if named:
            return named
        sector = self.sector_of(tokens, head)
        if sector is None:
            return []
        country = self.focus_country if sector.code in STATE_FORCE_SECTORS else None
        return [self.generic(tokens, head, sector, country)]

    def sector_of(self, tokens: list[Token], head: Token) -> Sector | None:
        """Sector of a phrase: the head word first ("army position" -> MIL via army when
        the head is unknown), then two-word phrases, then modifiers."""
        if office_post(head):
            return None  # "his post as head of the committee": a job, no military post
        if means_of_force(head):
            return None  # "threatened to use force against the junta": violence, no troops
        words = [t for t in tokens if t.pos_ in {"NOUN", "PROPN", "ADJ", "VERB"}]
        table = self.participants
        for key in (f"{_prev(head).lower_} {head.lower_}" if _prev(head) is not None else None,
                    head.lower_, head.lemma_.lower()):
            if key and key in table:
                hit = table[key]
                for mod in words:  # an armed modifier wins: "army convoy", "military camp"
                    if mod != head and mod.dep_ in {"compound", "amod"}:
                        m = table.get(mod.lower_) or table.get(mod.lemma_.lower())
                        if m is not None and m.armed and (not hit.armed or (
                                head.lemma_.lower() in ARMED_SITE_WORDS and m.code not in STATE_FORCE_SECTORS)):
                            return m
                return hit
        for mod in words:
            if mod == head:
                continue
            m = table.get(mod.lower_) or table.get(mod.lemma_.lower())
            if m is not None and mod.dep_ in {"compound", "amod", "nmod"} and (m.armed or m.code in {"GOV"}):
                return m
        return None

    def generic(self, tokens: list[Token], head: Token, sector: Sector, country: str | None) -> ActorRef:
        """A generic actor for an unnamed participant: name from the head and its
        compounds/adjectives ("fuel convoy", "truck drivers"), code country+sector."""
        keep = [t for t in tokens if t.i <= head.i and t.dep_ in {"compound", "amod", "nmod"} and
                t.pos_ in {"NOUN", "ADJ", "PROPN"} and t.lower_ not in {"other", "several", "many", "some", "all"}
                or t == head]
        keep = [t for t in keep if not (t.pos_ == "ADJ" and t.lower_ in {"new", "second", "another", "same"})]
        name = " ".join(t.text for t in sorted(keep, key=lambda t: t.i))
        start, end = min(t.idx for t in keep), max(t.idx + len(t.text) for t in keep)
        code = (country or "") + sector.code if country else sector.code
        return ActorRef(name=name, code=code, country=country, sector=sector.code, generic=True,
                        span=Span(start, end, self.text[start:end]))

    def _focus_not_acted_upon(self, head: Token) -> bool:
        """False when the sentence of ``head`` names the focus country as the one acted
        upon ("The government accused Ukraine": not Ukraine's government)."""
        for tok in head.sent:
            actor = self.by_token.get(tok.i)
            if actor is not None and not actor.generic and actor.country == self.focus_country \
                    and acted_upon_token(tok):
                return False
        return True

    def _with_focus(self, actor: ActorRef) -> ActorRef:
        """A generic state-institution actor without a country ("President X", "the
        minister") takes the article's focus country, as generic participants do."""
        if actor.generic and not actor.country and actor.sector in STATE_SECTORS and self.focus_country \
                and not _unplaced_envoy(actor):
            return replace(actor, country=self.focus_country, code=self.focus_country + actor.sector)
        return actor

    def _with_sector(self, actor: ActorRef, sector: Sector, head: Token) -> ActorRef:
        if actor.sector or not actor.country or actor.actor_type not in (None, "state", "country"):
            return actor
        if actor.code and len(actor.code) > 3:
            return actor
        return replace(actor, sector=sector.code, code=actor.country + sector.code,
                       name=self._written_name(actor, head) or f"{actor.name} {head.text}")

    def _written_name(self, actor: ActorRef, head: Token) -> str | None:
        """The name of a country's organ as the text writes it, from its first modifier
        to the head noun ("the Malian National Guard" -> "Malian National Guard",
        "French officials", "Russia's forces"), when the country's own mention is among
        those modifiers; None otherwise (the caller then joins the country's name and the
        head: "Mali" + "Guard" read as "Mali Guard", a body that does not exist)."""
        mods = [t for t in head.lefts if t.dep_ in {"amod", "compound", "nmod", "poss"}]
        if not mods or actor.span is None:
            return None
        start = min(t.left_edge.idx for t in mods)
        end = head.idx + len(head.text)
        if not start <= actor.span.start < end:
            return None
        return " ".join(self.text[start:end].split())


#: The last word of an organisation's name and the CAMEO sector it usually marks, for
#: organisations missing from the actor dictionary ("the Third World Water Forum" ->
#: NGO, "La Prensa newspaper" -> MED). Sector codes: CAMEO actor codebook.
ORGANISATION_HEADS = {
    **dict.fromkeys(["foundation", "forum", "association", "society", "institute", "network", "watch",
                     "alliance", "initiative", "trust", "fund", "charity", "centre", "center"], "NGO"),
    **dict.fromkeys(["company", "corporation", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "bank",
                     "airlines", "airways", "industries", "holdings"], "BUS"),
    **dict.fromkeys(["newspaper", "times", "post", "herald", "tribune", "gazette", "journal", "radio",
                     "television", "agency", "broadcasting", "news"], "MED"),
    **dict.fromkeys(["party"], "PTY"),
    **dict.fromkeys(["union", "unions", "confederation"], "LAB"),
    **dict.fromkeys(["university", "college"], "EDU"),
    **dict.fromkeys(["church", "diocese", "mosque"], "REL"),
}


#: Sectors of unnamed participants who are, unless the text says otherwise, people of the
#: country where the event happens: crowds, civilians, armed groups, traders, journalists
#: ("protesters", "gunmen", "miners", "truck drivers"). ACLED names such actors by the
#: country of the event ("Protesters (Mali)", "Civilians (Mali)", "Unidentified Armed
#: Group (Mali)": ACLED Codebook, "Actors"), and the PLOVER gold records infer an actor's
#: primary code from the event's location when the text names no country
#: (PLOVER_GSR_CAMEO_readme, "Additional comments on the coding"). Refugees and migrants
#: (REF) came from elsewhere and aid workers (NGO) mostly serve foreign agencies, so an
#: article's focus country is no fact about them (s21-plover).
LOCAL_POPULATION_SECTORS = frozenset({"CVL", "REB", "BUS", "MED"})
#: Words that say an unnamed participant is not of the place ("foreign fighters",
#: "expatriate workers", "Western hostages").
FOREIGN_MODIFIERS = frozenset({"foreign", "foreigner", "foreigners", "expatriate", "expatriates", "expat",
                               "international", "western", "overseas", "visiting", "tourist", "tourists"})


def local_participant(actor: ActorRef, doc: Doc | None = None, offset: int = 0) -> bool:
    """Whether ``actor`` is an unnamed participant with no country of its own whose
    sector marks it as people of the event's country (:data:`LOCAL_POPULATION_SECTORS`),
    neither its written name nor, in ``doc`` (whose text starts at character ``offset``
    of the article the actor's span counts in), the modifiers of its noun giving a sign
    that it is foreign (:data:`FOREIGN_MODIFIERS`: "foreign fighters"). Such an actor
    takes the country of the article's focus when its sentence names no place (as it
    takes the country of the event's place when it does)."""
    if not actor.generic or actor.country or actor.sector not in LOCAL_POPULATION_SECTORS:
        return False
    words = set((actor.name or "").lower().split())
    if doc is not None and actor.span is not None:
        span = doc.char_span(actor.span.start - offset, actor.span.end - offset, alignment_mode="expand")
        if span is not None:
            words.update(t.lower_ for t in span.root.subtree if t.i < span.root.i)
    return not FOREIGN_MODIFIERS.intersection(words)


def _unplaced_envoy(actor: ActorRef) -> bool:
    """Whether a generic actor is an envoy named by no state ("diplomats", "Western
    diplomats", "diplomats in Suva"): an envoy serves the sending state in the receiving
    one (Vienna Convention on Diplomatic Relations 1961, art. 3), so neither the place
    where the envoys are nor the country an article is about is theirs; they keep no
    country (closing note 15: generic "diplomats" took the focus country; s16-plover4)."""
    words = actor.name.split() if actor.name else []
    return actor.generic and not actor.country and bool(words) and words[-1].lower() in UNPLACED_ENVOY_WORDS


def _demonym_bases(name: str) -> list[str]:
    """Names a region's demonym may come from by the regular English suffixes
    (:meth:`ActorIndex._region_modifier_country`): the name itself, without "-n"
    ("Ossetian" -> "Ossetia"), "-ian" -> "-a" ("Adjarian" -> "Adjara"), "-an"
    ("Bougainvillean" -> "Bougainville"), and with "-ia" added ("Abkhaz" -> "Abkhazia")."""
    out = [name]
    if name.endswith("n"):
        out.append(name[:-1])
    if name.endswith("ian"):
        out.append(name[:-3] + "a")
    if name.endswith("an"):
        out.append(name[:-2])
    if not name.endswith(("a", "n", "i", "e")):
        out.append(name + "ia")
    return out


@lru_cache(maxsize=4096)
def _region_country(name: str) -> str | None:
    """The one country of a first-level or named region a modifier names (by its name or
    its demonym, :func:`_demonym_bases`), else None."""
    from crisisdesk.annotate.gazetteer import default_gazetteer

    gazetteer = default_gazetteer()
    for base in _demonym_bases(name):
        countries = {a.country for a in gazetteer.admin1(base)}
        region = gazetteer.region(base)
        if region is not None:
            countries |= set(region.countries) if len(region.countries) == 1 else {None, ""}
        if len(countries) == 1 and None not in countries:
            return next(iter(countries))
    return None


def organisation_sector(name_tokens: list[Token]) -> str | None:
    """CAMEO sector of an unknown organisation's name from its last word
    (:data:`ORGANISATION_HEADS`), else None. Only for capitalised names, so that "the
    forum" in running text is left alone."""
    if not name_tokens or not all(t.is_title or t.is_upper or not t.is_alpha for t in name_tokens):
        return None
    return ORGANISATION_HEADS.get(name_tokens[-1].lower_)


def conditional_antecedent(pronoun: Token) -> Token | None:
    """The noun subject of a conditional clause before the pronoun's own clause, which
    the pronoun takes up ("If JNIM fighters reach the town, they could attack the
    market": they = JNIM fighters), or None. An anaphoric pronoun refers back to the
    most prominent preceding noun phrase, the subject of the clause before it (Quirk et
    al. 1985, §12.8 on anaphoric reference); the conditional is read before the main clause."""
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or pronoun.lower_ not in {"they", "it", "he", "she"}:
        return None
    for clause in pronoun.head.children:
        if clause.dep_ == "advcl" and clause.i < pronoun.i and any(
                m.dep_ == "mark" and m.lower_ in {"if", "unless", "once", "when"} for m in clause.children):
            subj = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"}]
            if subj:
                return subj[0]
    return None


def reporting_subject(pronoun: Token) -> Token | None:
    """The subject of the saying verb whose reported clause has ``pronoun`` as its
    subject ("Switzerland said it had expelled ...", "the rebels said they will
    release ..."): in reported speech a subject pronoun refers to the speaker."""
    if pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = pronoun.head
    for _ in range(4):
        if verb.dep_ not in {"ccomp", "xcomp", "conj", "advcl"} or verb.head == verb:
            break
        verb = verb.head
        if verb.lemma_.lower() in VERBS_OF_SAYING:
            subj = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}]
            return subj[0] if subj else None
    return None


#: Nouns of bodies that English refers back to as "they" though singular in form.
COLLECTIVE_WARNERS = {"government", "army", "military", "junta", "group", "movement", "police", "ministry",
                      "administration", "authorities", "leadership", "command", "coalition", "alliance", "regime"}


def pronoun_may_be(pronoun: Token, warner: Token) -> bool:
    """Whether the third-person ``pronoun`` subject of a warned clause can refer back to
    the ``warner`` (the subject of "warn") by English agreement: "it" a singular
    non-person (a state, a capital, an organisation: "Beijing ... it would"), "he"/"she"
    a singular person, "they" a plural or a collective body ("the government ... they
    would"; :data:`COLLECTIVE_WARNERS`, a state or an organisation name)."""
    word = pronoun.lower_
    singular = warner.tag_ in {"NN", "NNP"}
    if word == "it":
        return singular and warner.ent_type_ != "PERSON"
    if word in {"he", "she"}:
        return singular
    return warner.tag_ in {"NNS", "NNPS"} or warner.lemma_.lower() in COLLECTIVE_WARNERS or \
        warner.ent_type_ in {"GPE", "ORG", "NORP"}


#: Speakers who relay what others did rather than being a party referred to by a
#: pronoun before them ("They attacked ..., officials said"): witnesses, officials,
#: residents, sources, deputies, lawmakers, reporters.
RELAY_SPEAKERS = frozenset({"witness", "official", "resident", "source", "deputy", "lawmaker", "legislator",
                            "reporter", "journalist", "villager", "local", "observer", "analyst", "diplomat"})


#: Pronouns that continue the previous sentence's subject (:func:`previous_subject`):
#: third person only ("we" is the speaker's side, not the last subject).
CONTINUING_PRONOUNS = frozenset({"it", "they", "he", "she"})


def previous_subject(pronoun: Token, by_token: dict) -> Token | None:
    """The subject of the previous sentence's main clause, which a third-person subject
    pronoun opening its own main clause continues ("The Zambian foreign minister arrived
    in Dar es Salaam. He agreed with his Tanzanian counterpart ...": he = the minister;
    "Eritrea's information ministry issued a statement. It accused Ethiopia ...": it =
    the ministry), or None. A subject pronoun continues the previous sentence's subject,
    the topic a text keeps until it names another (Quirk et al., *A Comprehensive
    Grammar of the English Language*, 1985, 19.48; centering theory, Grosz, Joshi and
    Weinstein, 1995) - the rule :func:`crisisdesk.coding.coder._speaker_actors` applies
    to speakers. Only when the pronoun is the subject of its sentence's root (or of a
    verb conjoined to it), no actor (``by_token``: token index -> actor) is named before
    it in its sentence, and the previous sentence's subject is a noun or name, not a
    pronoun itself (no chains). The main clause may be the report of an attribution
    that follows it ("It finally dropped the clauses ..., deputies said"): the reported
    clause is the sentence's own statement, the saying verb only its source (CGEL 10.11,
    reporting clauses in final position; s15-plover3)."""
    if pronoun.lower_ not in CONTINUING_PRONOUNS or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb, sent = pronoun.head, pronoun.sent
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    if verb.dep_ == "ccomp" and verb.head == sent.root and sent.root.i > verb.i \
            and sent.root.lemma_.lower() in VERBS_OF_SAYING:
        verb = sent.root  # "It dropped ..., deputies said": the report opens the sentence
    if verb != sent.root or sent.start == 0:
        return None
    if any(by_token.get(t.i) is not None for t in pronoun.doc[sent.start:pronoun.i]):
        return None
    previous = pronoun.doc[sent.start - 1].sent
    subjects = [c for c in previous.root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or subjects[0].pos_ not in {"NOUN", "PROPN"}:
        return None
    return subjects[0]


#: Nouns for some of a body's members ("members of the National Guard", "elements of the
#: gendarmerie", "units of the army"): the phrase names the body as the participant
#: (CAMEO actor coding codes members by their organisation).
MEMBERSHIP_NOUNS = frozenset({"member", "members", "element", "elements", "unit", "units", "detachment",
                              "detachments", "contingent", "contingents", "ranks", "personnel", "agent",
                              "agents", "officer", "officers"})


#: Nouns that count or gather people ("dozens of demonstrators", "a group of gunmen",
#: "hundreds of marchers"): the participant is the ``of`` object, the noun only its number.
HEADCOUNT_NOUNS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "tens", "score",
                             "scores", "handful", "group", "groups", "band", "bands"})


def _membership_of_object(head: Token) -> Token | None:
    """The body a membership noun names ("members of the National Guard" -> Guard) or
    the people a headcount noun counts ("dozens of demonstrators" -> demonstrators,
    :data:`HEADCOUNT_NOUNS`), or None when ``head`` is neither or has no ``of`` object."""
    if head.lower_ not in MEMBERSHIP_NOUNS | HEADCOUNT_NOUNS:
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ in {"NOUN", "PROPN"}:
                    return obj
    return None


#: Armed sites that the participants table files under the military (MIL) but that any
#: armed side has: with a non-state armed modifier the site is that side's ("militant
#: positions", "rebel base", "jihadist checkpoint" are the armed group's, REB; "army
#: positions" and "police post" stay MIL, the state's forces as before). ACLED codes the target of a strike on "militant positions" as
#: the armed group (Codebook 2023: actors are the groups involved, not the place struck).
#: Session 15, issue 4 ("air strikes on militant positions" had the Malian military as target).
ARMED_SITE_WORDS = frozenset({"position", "base", "outpost", "checkpoint", "post", "barracks", "camp", "hideout",
                              "stronghold"})


def _prev(tok: Token) -> Token | None:
    return tok.doc[tok.i - 1] if tok.i > tok.sent.start else None


def _is_group(actor: ActorRef) -> bool:
    return not actor.generic and (actor.code or "") != (actor.country or "")


def is_armed(actor: ActorRef, participants: dict[str, Sector] | None = None) -> bool:
    """Whether ACLED would count the actor as an organised armed actor (state forces,
    police, rebels, militias, peacekeeping forces) rather than civilians. A peacekeeping
    mission (CAMEO role code ``PKO``, e.g. MINUSMA ``IGOUNOPKO``) is armed: ACLED codes
    attacks on peacekeepers as Battles (its "External/Other forces" actors)."""
    if actor.sector in {"MIL", "COP", "REB", "INS"}:
        return True
    if (actor.code or "").endswith("PKO"):
        return True
    if actor.actor_type and any(k in actor.actor_type.lower() for k in
                                ("rebel", "militia", "state forces", "military", "jihad", "armed", "private military")):
        return True
    return False


# --- verbs -----------------------------------------------------------------------
def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def second_subject_object(verb: Token) -> list[Token]:
    """Nominal "subjects" after an active ``verb`` that already has a subject before it:
    the parser's misreading of a direct object ("the ministry summoned Mali's ambassador"
    with "ambassador" parsed as a second nsubj). An English declarative clause has one
    subject before its finite verb (Huddleston & Pullum, CGEL 2002, ch. 4, 3: subject
    position); a noun phrase right after the verb is its object. [] when the verb has no
    pre-verbal subject, is passive, or is asked in a question (s19-news7fix)."""
    if verb.pos_ not in {"VERB", "AUX"} or is_passive(verb):
        return []
    subjects = _children(verb, "nsubj")
    if not any(s.i < verb.i for s in subjects) or verb.sent.text.rstrip().endswith("?"):
        return []
    return [s for s in subjects if s.i > verb.i and s.pos_ in {"NOUN", "PROPN"}
            and not any(t.i < s.i and t.dep_ in {"punct", "cc", "mark"} for t in verb.doc[verb.i + 1:s.i])]


def is_passive(verb: Token) -> bool:
    """Passive voice: an auxpass/nsubjpass child, or a past participle modifying a noun
    (a reduced relative: "the convoy attacked near Kayes") - unless the participle has
    an object of its own, which only an active verb has: "An official newspaper called
    on Arabs to unite", "the agency accused the army of abuses" parsed with the verb
    hung on the noun (:func:`misparsed_active`)."""
    if _children(verb, "auxpass", "nsubjpass"):
        return True
    if _shares_passive(verb) or telegraphic_agent_passive(verb):
        return True
    return verb.tag_ == "VBN" and verb.dep_ in {"acl", "amod"} and verb.head.pos_ in {"NOUN", "PROPN"} \
        and not misparsed_active(verb)


def telegraphic_agent_passive(verb: Token) -> bool:
    """A headline passive with its doer named ("Koglweogo member shot dead by gunmen near
    X", "Trader abducted by armed men"): a past form with a subject and a ``by`` agent
    (the parser's "agent" relation, which English grammar gives the doer of a passive
    only: Huddleston & Pullum, CGEL 2002, ch. 16, 10.1) but no auxiliary and no object of
    its own. The subject is the one the act was done to, the agent its doer (session 19,
    notes6: the subject of "member shot dead by gunmen" was read as the shooter)."""
    return verb.tag_ in {"VBD", "VBN"} and bool(_children(verb, "agent")) and bool(_children(verb, "nsubj")) \
        and not _children(verb, "aux", "auxpass", "dobj", "obj")


def reports_clause(verb: Token) -> bool:
    """Whether a verb of saying (:data:`SAYING_LEMMAS`) takes a finite clause of its own
    (a ``ccomp`` verb with a subject or a "that"): "jihadists announced that women must be veiled" with "announced"
    tagged as a participle is still active - a headline passive ("Post attacked near
    X") takes no such clause. Session 19, notes6: the announcers were read as its
    target."""
    if verb.lemma_.lower() not in SAYING_LEMMAS:
        return False
    return any(c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"} and any(
        g.dep_ in {"nsubj", "nsubjpass", "mark"} for g in c.children) for c in verb.children)


#: Verbs of saying and announcing (lemmas) whose reported clause makes them active.
SAYING_LEMMAS = frozenset({"announce", "say", "declare", "state", "tell", "warn", "order", "decree", "inform",
                           "proclaim", "report", "claim", "affirm", "indicate", "stress", "insist", "explain"})


def _shares_passive(verb: Token) -> bool:
    """A participle coordinated with a passive verb, sharing its auxiliary and subject
    ("the buses were stopped and looted by gunmen": looted is passive too): a VBN
    conjunct with no subject, auxiliary or object of its own (general English grammar:
    coordination shares the auxiliary)."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and head.i != verb.i and head.tag_ == "VBN" \
        and bool(_children(head, "auxpass", "nsubjpass")) \
        and not _children(verb, "aux", "auxpass", "dobj", "obj") \
        and all(_gapped_count(s) for s in _children(verb, "nsubj", "nsubjpass"))


#: Words that stand for a number of people as the subject of a gapped passive conjunct.
_COUNT_WORDS = frozenset({"others", "another", "several", "many", "some", "dozens", "scores", "hundreds", "more"})


def _gapped_count(subject: Token) -> bool:
    """A subject that is only a count of people, the subject of a passive conjunct whose
    auxiliary is gapped: "two were killed and three [were] abducted by gunmen", "one
    killed and 2 others wounded" (general English grammar: gapping leaves the subject
    and the participle; the parser takes the count for an active subject)."""
    return subject.tag_ == "CD" or subject.lower_ in _COUNT_WORDS


def _passive_agents(verb: Token) -> list[Token]:
    """The ``by`` agents of a passive verb; a verb without its own takes those of the
    passive participles coordinated after it, which the parser hangs on the last one
    ("fuel tankers were attacked and set on fire by gunmen": gunmen attacked too)."""
    agents = [g for c in _children(verb, "agent") for g in c.children if g.dep_ == "pobj"]
    if agents:
        return agents
    for conj in verb.conjuncts:
        if conj.i > verb.i and _shares_passive(conj) and conj.head == verb:
            agents = [g for c in _children(conj, "agent") for g in c.children if g.dep_ == "pobj"]
            if agents:
                return agents
    return []


#: Verbs of people acting together that have no passive in that sense (lemmas, English,
#: written here): "hundreds of students protested / marched / rallied" - a participle
#: of one of these on a sentence's ROOT noun is its past-tense main verb.
COLLECTIVE_ACT_VERBS = frozenset({"protest", "demonstrate", "march", "rally", "riot", "gather", "assemble",
                                  "congregate", "converge", "mutiny"})


def misparsed_active(verb: Token) -> bool:
    """A past-tense verb the parser hung on the sentence's noun as a participle while it
    is the sentence's main verb: the noun is the ROOT (no other finite verb) and the
    verb has a direct object or a "call on"-style object ("The council called on the
    parties to ..."), or is a verb of people acting together with no "by" agent
    (:data:`COLLECTIVE_ACT_VERBS`: "Hundreds of students protested in Segou" made the
    students the protest's target before). A noun the parser made the object of a
    hedging participle before it (:func:`hedged_subject`: "presumed militants killed
    40 civilians" read as "presumed [militants killed ...]") stands as the ROOT does."""
    if verb.dep_ not in {"acl", "amod"} or (verb.head.dep_ != "ROOT" and not hedged_subject(verb.head)):
        return False
    if _children(verb, "dobj", "obj"):
        return True
    if verb.lemma_.lower() in COLLECTIVE_ACT_VERBS and not _children(verb, "agent"):
        # "Hundreds of students protested in Segou": people demonstrate, nobody is
        # "protested" (the participle reading made the students the target)
        return True
    return verb.lemma_.lower() in {"call", "prevail", "rely"} and any(
        c.dep_ == "prep" and c.lower_ in {"on", "upon"} for c in verb.children)


def hedged_subject(noun: Token) -> bool:
    """Whether ``noun`` is a subject the parser hung as the direct object of a hedging
    participle in front of it (:data:`HEDGE_PARTICIPLES`: "presumed ISGS militants
    killed ...", "suspected jihadists burned ..." with "presumed" read as a verb and the
    militants its object). Such a participle before a noun is an adjective (Quirk et al.
    1985, 7.15, participial adjectives): it takes no object, so the noun is the head of
    the noun phrase it opens. True when the participle precedes the noun, has no subject
    or auxiliary of its own and the noun is its ``dobj``."""
    hedge = noun.head
    return noun.dep_ in {"dobj", "obj"} and hedge.i < noun.i and hedge.lower_ in HEDGE_PARTICIPLES \
        and not _children(hedge, "nsubj", "nsubjpass", "aux", "auxpass")


def misparsed_object_modifier(verb: Token) -> bool:
    """A past-tense verb the parser hung on its own OBJECT as a modifier while the
    sentence has no verb above its subject: "Gunmen on motorbikes targeted army
    positions near Gao" parsed as the noun "gunmen" (ROOT) and "targeted positions"
    (an adjectival participle). True when ``verb`` is a past form (VBN/VBD) with
    dependency ``amod``, its head noun follows it, the sentence ROOT is a noun or name
    before the verb, the word right before the verb is a noun or name (never a
    determiner, adjective or number: "the destroyed vehicles", "two burnt trucks" are
    states), and no verb stands between the ROOT and the verb. The subject is then the
    sentence ROOT and the object the verb's head (English SVO order; the tagger error
    is the one :func:`misparsed_active` handles when the verb hangs on the subject)."""
    if verb.dep_ != "amod" or verb.tag_ not in {"VBN", "VBD"} or verb.head.i <= verb.i or verb.i == 0:
        return False
    root = verb.sent.root
    if root.pos_ not in {"NOUN", "PROPN"} or root.i >= verb.i:
        return False
    if verb.doc[verb.i - 1].pos_ not in {"NOUN", "PROPN"}:
        return False
    return not any(t.pos_ in {"VERB", "AUX"} for t in verb.doc[root.i + 1:verb.i])


#: Places, posts and vehicles: things that are attacked, never attackers.
THING_NOUNS = {"post", "checkpoint", "convoy", "camp", "base", "vehicle", "truck", "bus", "minibus", "car", "tanker",
               "village", "hamlet", "position", "station", "barracks", "outpost", "office", "house", "school",
               "market", "motorbike", "motorcycle", "town", "locality", "site", "building", "bridge", "headquarters"}
#: Verbs of an attack that take an object when active ("militants attacked a post").
ATTACK_VERBS = {"attack", "ambush", "target", "shell", "raid", "storm", "loot", "burn", "hit", "strike", "bomb",
                "besiege", "overrun", "ransack", "torch", "destroy", "rocket", "mortar"}


def telegraphic_thing_passive(verb: Token) -> bool:
    """A headline-style passive the tagger read as a past tense ("Army checkpoint
    attacked around 21h", "Police post attacked last night"): an attack verb without
    auxiliary or object whose subject is a place, post or vehicle
    (:data:`THING_NOUNS`), which cannot be the attacker: the subject is the target."""
    if verb.lemma_.lower() not in ATTACK_VERBS or _children(verb, "aux", "auxpass", "dobj", "obj"):
        return False
    subj = _children(verb, "nsubj")
    return bool(subj) and all(t.lemma_.lower() in THING_NOUNS for t in subj)


#: Verbs of harm to people that take an object whenever they are active ("gunmen
#: abducted the chief", never "gunmen abducted near Gao"): used without object or
#: auxiliary they are a headline's reduced passive (general English grammar: these
#: verbs are obligatorily transitive; "attack" and "shoot" are not, and stay out).
HARM_TRANSITIVE_VERBS = {"abduct", "kidnap", "kill", "wound", "injure", "ambush", "execute", "behead", "assassinate",
                         "murder", "massacre", "lynch", "torture", "arrest", "detain", "capture"}


#: Parts of speech that open a noun phrase.
NOUN_PHRASE_STARTS = {"DET", "NOUN", "PROPN", "NUM", "PRON", "ADJ"}


def telegraphic_harm_passive(verb: Token) -> bool:
    """A headline passive the tagger read as a past tense ("Soldiers abducted after
    clashes near X", "Three civilians shot dead near Y"): a verb of
    :data:`HARM_TRANSITIVE_VERBS` (or "shoot" with "dead") with a subject but no
    auxiliary, object, clausal complement or coordinated verb (in "JNIM ambushed and
    killed five soldiers" the object belongs to both verbs) and no noun phrase right
    after it (an object the parser hung elsewhere): the subject is its target."""
    lemma = verb.lemma_.lower()
    if not (lemma in HARM_TRANSITIVE_VERBS or (lemma == "shoot" and any(c.lower_ == "dead" for c in verb.children))):
        return False
    if _children(verb, "aux", "auxpass", "dobj", "obj", "dative", "ccomp", "xcomp", "agent"):
        return False
    if any(c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} for c in verb.children) or verb.dep_ == "conj":
        return False
    after = next((t for t in verb.doc[verb.i + 1:verb.sent.end] if t.pos_ not in {"ADV", "PART"} and t.lower_ != "dead"),
                 None)
    if after is not None and after.pos_ in NOUN_PHRASE_STARTS:
        return False  # a noun phrase right after the verb is its object, however parsed ("shot dead the mayor")
    return bool(_children(verb, "nsubj"))


def munition_launchers(heads: list[Token]) -> list[Token]:
    """The ``by`` agents of the participle on munition heads ("a drone launched by the
    Houthis", "rockets fired by Hezbollah": the Houthis, Hezbollah), when every head is
    a munition (:data:`LAUNCHED_WEAPONS`); [] otherwise or when no launcher is named. The
    weapon is the instrument, its launcher the doer (ACLED Codebook, Explosions/Remote
    violence)."""
    if not heads or any(h.lower_ not in LAUNCHED_WEAPONS for h in heads):
        return []
    return [g for h in heads for acl in h.children if acl.dep_ == "acl" and acl.lemma_ in AGENT_ACL_VERBS
            for a in _children(acl, "agent") for g in a.children if g.dep_ == "pobj"]


#: Participles that hedge a noun's membership in a reduced relative ("militants
#: believed to be from JNIM", "gunmen suspected to be ADF fighters").
BELONGING_HEDGE_VERBS = frozenset({"believe", "suspect", "presume", "think", "allege", "report"})


def misparsed_sentence_opener(verb: Token) -> Token | None:
    """The subject the parser mislabelled when a finite root verb has none: the
    sentence's first token, a capitalised name the named-entity tagger marks as a
    place, organisation or nationality group (GPE, ORG, NORP) right before the verb and
    attached to it as a modifier or interjection ("Windhoek defended ...", where the
    model tags "Windhoek" UH/advmod). English puts the subject of a declarative clause
    before its finite verb (Huddleston & Pullum, CGEL 2002, ch. 4, 3.1). Returns that
    token or None (s19-plover6fix)."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i == 0:
        return None
    opener = verb.doc[verb.i - 1]
    if opener.i != verb.sent.start or opener.head != verb or opener.dep_ not in {"advmod", "intj", "npadvmod"}:
        return None
    return opener if opener.is_title and opener.ent_type_ in {"GPE", "ORG", "NORP"} else None


def subject_heads(verb: Token, depth: int = 0) -> list[Token]:
    """The token(s) naming who does ``verb``, inherited through control and coordination."""
    if depth > 4:
        return []
    if misparsed_object_modifier(verb):
        return [verb.sent.root]  # "Gunmen on motorbikes targeted army positions"
    subj = _children(verb, "nsubj", "csubj")
    misread_objects = second_subject_object(verb)
    subj = [s for s in subj if s not in misread_objects]  # "X summoned Y's ambassador": Y is no doer
    if verb.lemma_.lower() in STANCE_PARTICIPLES and _children(verb, "nsubjpass"):
        return _children(verb, "nsubjpass")  # "Vietnam is committed to ...": Vietnam commits
    if subj and not is_passive(verb):
        if verb.tag_ == "VBN" and not _children(verb, "aux", "auxpass") and not reports_clause(verb) \
                or telegraphic_thing_passive(verb) \
                or telegraphic_harm_passive(verb):
            return []  # telegraphic passive: the subject is the target
        return subj
    if is_passive(verb):
        return _passive_agents(verb)
    if verb.dep_ == "ROOT" and not subj:
        hung = [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i and c.pos_ in {"PROPN", "NOUN"}]
        if hung:
            return hung  # a headline's subject hung on its verb: "JNIM attacks convoys"
        opener = misparsed_sentence_opener(verb)
        if opener is not None:
            return [opener]  # "Windhoek defended ...": the parser's interjection
    head = verb.head
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ in {"acomp", "xcomp"} and head.head != head:
        return subject_heads(head.head, depth + 1)  # "Syria is willing to withdraw"
    if verb.dep_ == "xcomp" and is_passive(head) and _children(head, "nsubjpass") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # subject raising under a passive: "militants are believed to have set up a base",
        # "soldiers were ordered to withdraw" - the passive's subject does the infinitive
        # (Huddleston & Pullum, CGEL 2002, ch. 14, 4.2: raising to subject); a participle
        # complement is said of the subject ("a man was found murdered": he is the victim)
        return _children(head, "nsubjpass")
    if verb.dep_ in {"ccomp", "conj"} and verb.i > head.i and not subj \
            and head.lemma_.lower() in BELONGING_HEDGE_VERBS and head.tag_ in {"VBD", "VBN"} \
            and not _children(head, "aux", "auxpass") \
            and any(c.dep_ == "xcomp" and c.lemma_ == "be" for c in head.children) and _children(head, "nsubj"):
        # "Militants believed to be from JNIM attacked a convoy": the parser makes the
        # reduced relative's participle the root and the real verb its complement or
        # conjunct; a
        # hedge participle with "to be" after a noun ("believed/suspected to be") is
        # a reduced passive relative on that noun (CGEL ch. 12, 8: bare passive
        # relatives), so the noun is the finite verb's subject
        return _children(head, "nsubj")
    if verb.dep_ == "xcomp":
        obj = _children(head, "dobj")
        if head.lemma_ in {"urge", "ask", "call", "order", "force", "advise", "tell", "encourage", "push"} and obj:
            return obj  # object control: "urged Malians to rise up" - Malians rise
        return subject_heads(head, depth + 1)
    if verb.dep_ in {"conj", "advcl", "pcomp"} and head.pos_ in {"VERB", "AUX"} and head != verb:
        device = struck_device(head)
        if device is not None:  # "a bus struck a mine, killing three": the mine's planters kill
            return device[1]
        return subject_heads(head, depth + 1)
    if misparsed_active(verb) and head.pos_ in {"NOUN", "PROPN"}:
        return [head]  # "An official newspaper called on Arabs to unite": the newspaper called
    if verb.dep_ == "amod" and verb.tag_ == "VBD" and head.dep_ == "ROOT" and head.i > verb.i:
        # a finite past verb parsed as the modifier of its own object, the sentence's ROOT
        # ("Niger and Chad shared intelligence about the attack": "Niger" an nmod of
        # "intelligence"): the names before the verb do it (s13b-types)
        hung = [c for c in head.children if c.dep_ in {"nmod", "compound", "nsubj"} and c.i < verb.i
                and c.pos_ in {"PROPN", "NOUN"}]
        if hung:
            return hung
    if verb.dep_ in {"acl"} and verb.tag_ == "VBG" and head.pos_ in {"NOUN", "PROPN"}:
        if head.dep_ in {"dobj", "obj"} and head.head.lemma_ in LIGHT_VERBS:
            return subject_heads(head.head, depth + 1)  # "X issued a declaration demanding ..."
        return [head]  # "fighters transporting goods"
    if verb.dep_ == "pcomp" and head.head is not None:
        return subject_heads(head.head, depth + 1)
    return []


def object_heads(verb: Token) -> list[Token]:
    """The token(s) naming whom ``verb`` is done to."""
    if verb.lemma_.lower() in STANCE_PARTICIPLES:
        return []
    if misparsed_object_modifier(verb):
        return [verb.head]  # "Gunmen on motorbikes targeted army positions"
    if verb.pos_ == "AUX" and verb.dep_ == "aux" and verb.tag_ == "VBD" and verb.lemma_.lower() == verb.lower_ \
            and _children(verb.head, "dobj", "obj"):
        # a past form read as an auxiliary ("aircraft struck presumed militants": "struck"
        # hung on "presumed"): its object is the one of the word it was hung on
        return _children(verb.head, "dobj", "obj")
    if is_passive(verb):
        subj = _children(verb, "nsubjpass")
        if subj:
            return subj
        if _shares_passive(verb):  # "were stopped and looted": the subject of both
            return _children(verb.head, "nsubjpass")
        if telegraphic_agent_passive(verb):  # "member shot dead by gunmen": the member
            return _children(verb, "nsubj")
        if verb.dep_ in {"acl", "amod"}:
            return [verb.head]
        return []
    objs = _children(verb, "dobj", "obj", "dative") or second_subject_object(verb)
    if objs and all(o.lemma_.lower() in MUNITION_NOUNS for o in objs):
        aimed_at = _aimed_at(verb, objs)
        if aimed_at:
            return aimed_at  # "fired live rounds at demonstrators": the demonstrators
    if objs:
        return objs
    if verb.tag_ == "VBN" and not _children(verb, "aux", "auxpass") and not reports_clause(verb) \
            or telegraphic_thing_passive(verb) or telegraphic_harm_passive(verb):
        subj = _children(verb, "nsubj")
        if subj:  # telegraphic passive: "Gendarmerie post attacked around 21h"
            return subj
    for prep in _children(verb, "prep"):
        if prep.lower_ in TARGET_PREPS and not names_time(prep):
            return [g for g in prep.children if g.dep_ == "pobj"]
    return []


#: Words that make a prepositional phrase a time, not a party ("on 3 March 2023", "on
#: Monday", "at dawn", "at night"): English month and weekday names and parts of the day.
TIME_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
              "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "dawn", "dusk",
              "night", "midnight", "noon", "morning", "afternoon", "evening", "daybreak", "weekend", "day", "hour",
              "hours", "time", "o'clock"}


def names_time(prep: Token) -> bool:
    """Whether a prepositional phrase names when, not whom ("On 3 March 2023, militants
    clashed with ..."; "attacked at dawn"): its object is a DATE or TIME entity or a
    month, weekday or part of the day (:data:`TIME_WORDS`). ACLED notes open with "On
    [date]," (ACLED Codebook, notes), which the parser hangs on the main verb as an "on"
    phrase: read as the verb's target prepositional phrase it hid the real one ("with
    JNIM militants") - "On 3 May 2018, FAMa soldiers clashed with JNIM militants" had no
    target."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in {"DATE", "TIME"} or o.lower_ in TIME_WORDS for o in objs)


#: What is fired, thrown or sprayed at someone ("fired live rounds at", "shot rubber
#: bullets at", "fired tear gas at"): the object of the verb is the munition, the
#: object of its "at"/"on" phrase the one targeted (CAMEO 1.1b3 and PLOVER code the
#: recipient of an act, never the instrument). Word list written here.
MUNITION_NOUNS = {"round", "rounds", "shot", "shots", "bullet", "bullets", "ammunition", "gas", "canister",
                  "pellet", "salvo", "volley", "burst", "cartridge", "projectile", "grenade", "cannon", "water"}
#: Prepositions naming where a shot or a projectile is aimed.
AIM_PREPS = {"at", "on", "upon", "into", "toward", "towards"}


def _aimed_at(verb: Token, munitions: list[Token]) -> list[Token]:
    """The heads of the "at"/"on"/"into" phrases on ``verb`` or on its munition objects
    (the parser hangs "at demonstrators" on either: "gendarmes fire live rounds at
    demonstrators", "fired live rounds at demonstrators"); [] when none."""
    return [g for t in (verb, *munitions) for p in _children(t, "prep") if p.lower_ in AIM_PREPS
            for g in p.children if g.dep_ == "pobj"]


#: Nouns that make "between X and Y" a stretch of ground, not two sides.
PLACE_NOUNS = {"village", "town", "city", "locality", "area", "commune", "road", "axis", "border", "river",
               "region", "district", "localities", "towns", "villages", "cities", "point", "checkpoint"}


def between_sides(prep: Token) -> list[Token]:
    """The sides named by a "between" phrase ``prep``, first side first: its object and
    the object's later conjuncts ("between the M23 and the FARDC"); when the parser
    hangs the second side on the word the phrase modifies instead ("fighting between
    the M23 and the FARDC erupted" with "FARDC" a conjunct of "fighting"), that
    conjunct if it names someone (a proper noun or an organisation, group or state
    entity). "between" always joins two sides, so the second is read from where the
    parser put it. [] when the phrase has no object."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    if not objs:
        return []
    later = [c for c in objs[0].conjuncts if c.i > objs[0].i]
    if not later:
        later = [c for c in prep.head.conjuncts if c.i > objs[0].i
                 and (c.pos_ == "PROPN" or c.ent_type_ in {"ORG", "NORP", "GPE"})][:1]
    return [objs[0], *later]


def _sides_on_verb(verb: Token) -> tuple[list[Token], list[Token]]:
    """The sides of an event noun given in a "between X and Y" phrase on the verb that
    reports it ("fighting was reported between the army and JNIM", "clashes broke out
    between herders and farmers"): the first side the source, the sides joined to it
    the targets, as for "clashes between X and Y" (ACLED: actor order implies no
    direction); nothing when the phrase names places ("between Boni and Douentza")."""
    for prep in _children(verb, "prep"):
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ == "between" and objs and not names_place(objs[0]):
            sides = between_sides(prep)
            return sides[:1], sides[1:]
    return [], []


def names_place(tok: Token) -> bool:
    """Whether a noun phrase head names a place ("the villages of A and B", "Gao"):
    a place noun, a token the parser tags as a location (GPE, LOC, FAC), or a toponym
    the annotation stage resolved in the gazetteer (``doc._.places``): the small English
    model tags many Sahel villages as persons, and "an ambush between Boni and Hombori"
    names a stretch of road, not two sides (ACLED codebook: the location of an event
    "between" two places is coded to one of them, the actors are who fought)."""
    if tok.lemma_.lower() in PLACE_NOUNS or tok.ent_type_ in {"GPE", "LOC", "FAC"}:
        return True
    return is_toponym(tok)


def is_toponym(tok: Token) -> bool:
    """Whether ``tok`` lies inside a place span of ``doc._.places`` (the annotation
    stage's gazetteer toponyms; False when the Doc was not annotated). A named actor's
    span ("Ansar Dine") is never a place span, so actors are not lost."""
    places = tok.doc._.places if tok.doc.has_extension("places") else None
    start = tok.idx
    return any(p.span is not None and p.span.start <= start < p.span.end for p in places or ())


def names_town(tok: Token) -> bool:
    """Whether ``tok`` lies inside a place span of ``doc._.places`` finer than a country
    (``geo_precision`` < 4: a town, a locality, an admin1 region): a town named before an
    event noun ("Niono attack", "the Kati ambush") says where, while a country there
    ("US sanctions", "Mali army") may be the actor."""
    places = tok.doc._.places if tok.doc.has_extension("places") else None
    start = tok.idx
    return any(p.span is not None and p.span.start <= start < p.span.end and p.geo_precision < GEO_PRECISION_COUNTRY
               for p in places or ())


#: Verbs whose subject takes part in the event noun of their "in"/"for" phrase ("took
#: part in", "participated in", "turned up for", "gathered for", "came out for") or of
#: their object ("joined the march", "attended the rally"): :data:`GATHERING_VERBS` and
#: verbs of taking part.
PARTICIPATION_VERBS = GATHERING_VERBS | {"participate", "take", "turn", "come", "show", "rally"}
PARTICIPATION_OBJECT_VERBS = {"join", "attend"}


def _joined_by(noun: Token) -> Token | None:
    """The verb whose subject takes part in ``noun`` (:data:`PARTICIPATION_VERBS`), or
    None: "took part in the march" (``take`` with the object "part"), "turned up for a
    protest" (``turn`` with the particle "up"), "joined the sit-in"."""
    head = noun.head
    if noun.dep_ in {"dobj", "obj"} and head.lemma_.lower() in PARTICIPATION_OBJECT_VERBS:
        return head
    if noun.dep_ != "pobj" or head.lower_ not in {"in", "for"} or head.head.pos_ != "VERB":
        return None
    verb = head.head
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return verb if any(c.lemma_.lower() == "part" for c in verb.children) else None
    if lemma in {"turn", "come", "show"}:
        return verb if any(c.dep_ == "prt" and c.lower_ in {"up", "out"} for c in verb.children) else None
    return verb if lemma in PARTICIPATION_VERBS else None


def headline_verb_roles(noun: Token) -> tuple[list[Token], list[Token]] | None:
    """(subject heads, object heads) of a present-tense headline verb the parser took for
    a noun modifier: "JNIM/ISSP attack convoys on the road to Bamako", "JNIM and ISSP
    attack convoys" (``attack`` tagged a ``compound`` of ``convoys``, the root of a
    sentence with no verb). The subjects are the nouns before it in its head's phrase,
    the object is the root with its modifiers after the verb ("attack fuel tanker
    convoys"); None for any other noun ("army attack helicopters struck", a sentence
    with a verb, or "the attack convoys", with a determiner)."""
    head = noun.sent.root
    if noun.dep_ != "compound" or head.pos_ != "NOUN" or head.i <= noun.i:
        return _headline_word_order(noun)
    chain = noun.head  # up to the root through the object's own modifiers ("fuel tanker convoys")
    while chain != head and chain.dep_ in {"compound", "amod"} and chain.i < head.i:
        chain = chain.head
    if chain != head or any(t.dep_ not in {"compound", "amod"} for t in noun.doc[noun.i + 1:head.i]):
        return None
    if noun.lower_ not in {noun.lemma_.lower(), noun.lemma_.lower() + "s"} or any(
            t.pos_ in {"VERB", "AUX"} for t in noun.sent):
        return None
    before = [t for t in head.subtree if t.i < noun.i]
    if any(t.dep_ in {"det", "poss"} for t in before):
        return None
    subjects = [t for t in before if t.pos_ in {"PROPN", "NOUN"}]
    return (subjects, [head]) if subjects else None


#: Forms of the auxiliary "do" of emphatic and negated sentences ("did enter").
DO_FORMS = frozenset({"do", "does", "did"})


def do_support_verb(tok: Token) -> Token | None:
    """The verb a base form the tagger read as a noun depends on through "do"-support,
    None for any other token. English puts a bare infinitive after an emphatic "do"
    ("protesters did loot shops") and after a conjunction under it ("protesters did
    enter and loot shops": the "did" governs both verbs; Quirk et al., *A Comprehensive
    Grammar of the English Language*, 1985, 3.37); the tagger often reads the second
    verb as a noun compound of its object ("loot shops"). Returns the "do" token (first
    case) or the first verb of the coordination (second case). "did damage to the
    houses" (do + a noun object with its "to") is no such verb."""
    if tok.pos_ not in {"NOUN", "ADJ"} or tok.tag_ not in {"NN", "VB", "JJ"} or tok.i == 0:
        return None
    doc = tok.doc
    if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        return None
    prev = doc[tok.i - 1]
    if prev.lower_ in DO_FORMS and prev.i > tok.sent.start:
        return prev
    if prev.lower_ in {"and", "or"} and tok.i >= 2:
        first = doc[tok.i - 2]
        if first.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in DO_FORMS for c in first.children):
            return first
    return None


def do_support_verb_roles(tok: Token) -> tuple[list[Token], list[Token]] | None:
    """(subject heads, object heads) of a bare infinitive read as a noun after
    "do"-support (:func:`do_support_verb`): the subjects of the verb it shares "do"
    with, and the noun it was read as a modifier of ("loot" of "shops") or its own
    objects; None for any other token."""
    governor = do_support_verb(tok)
    if governor is None:
        return None
    subjects = [c for c in governor.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and governor.lower_ in DO_FORMS:
        subjects = [c for c in governor.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return None
    objects = [tok.head] if tok.dep_ in {"compound", "amod"} and tok.head.i > tok.i else \
        [c for c in tok.children if c.dep_ in {"dobj", "obj"}]
    return subjects, objects


#: Words that may join the subjects of a headline verb: "JNIM and ISSP", "JNIM/ISSP", "X, Y".
HEADLINE_JOINERS = {"and", ",", "/", "&"}
#: Words that may open a headline verb's object: English headlines drop "the" but keep
#: "a" and numbers now and then ("JNIM and ISSP attack a military convoy").
HEADLINE_OBJECT_OPENERS = {"a", "an", "the"}
#: Participles of hedging that qualify a noun ("alleged witch", "suspected kidnapper"):
#: adjectives in that place (Quirk et al. 1985, 7.15, participial adjectives), which the
#: tagger reads as a verb in a headline with no other verb ("Crowd burns alleged witch
#: to death": "alleged" the root, "burns" a noun; s14-regions2, closing note 13).
HEDGE_PARTICIPLES = frozenset({"alleged", "suspected", "presumed", "purported", "accused", "reputed"})


def _headline_word_order(noun: Token) -> tuple[list[Token], list[Token]] | None:
    """(subject heads, object heads) of a present-tense headline verb read from word
    order when the parse of a verbless sentence is broken ("JNIM and ISSP attack a
    military convoy": ``attack`` a conjunct of JNIM, the convoy an apposition): the
    sentence opens with names or nouns joined by :data:`HEADLINE_JOINERS`, then the verb
    (its base or -s form), then an optional article, modifiers and the object noun.
    Headline grammar: present tense for past events, articles and auxiliaries dropped
    (AP Stylebook, "headlines"). None when the sentence has a verb or an auxiliary (a hedging participle before a noun,
    :data:`HEDGE_PARTICIPLES`, is no verb), or
    the words do not fall in that order."""
    sent = noun.sent
    if noun.lower_ not in {noun.lemma_.lower(), noun.lemma_.lower() + "s"} or any(
            t.pos_ in {"VERB", "AUX"} and t.lower_ not in HEDGE_PARTICIPLES for t in sent):
        return None
    before = list(noun.doc[sent.start:noun.i])
    if not before or any(t.pos_ not in {"PROPN", "NOUN", "ADJ"} and t.lower_ not in HEADLINE_JOINERS for t in before):
        return None  # an adjective may qualify a subject ("Iraqi police fire live rounds at ...")
    if before[0].lower_ in HEADLINE_JOINERS or before[-1].lower_ in HEADLINE_JOINERS or before[-1].pos_ == "ADJ":
        return None
    after = list(noun.doc[noun.i + 1:sent.end])
    if after and after[0].lower_ in HEADLINE_OBJECT_OPENERS:
        after = after[1:]
    phrase: list[Token] = []
    for tok in after:
        if tok.pos_ not in {"ADJ", "NOUN", "PROPN"} and tok.lower_ not in HEDGE_PARTICIPLES:
            break
        phrase.append(tok)
    objects = [t for t in phrase if t.pos_ in {"NOUN", "PROPN"}]
    if not objects:
        return None
    return [t for t in before if t.pos_ in {"PROPN", "NOUN"}], [objects[-1]]


#: Explosive devices a vehicle or person can strike or step on (ACLED sub-event type
#: Remote explosive/landmine/IED).
DEVICE_NOUNS = frozenset({"ied", "ieds", "mine", "mines", "landmine", "landmines", "explosive", "explosives",
                          "device", "devices", "bomb", "bombs"})
#: Verbs for running into a device: its subject is the one hit, not the doer.
STRIKE_DEVICE_VERBS = frozenset({"strike", "hit", "trigger", "step", "run", "drive"})


def struck_device(verb: Token) -> tuple[Token, list[Token]] | None:
    """(device, planters) when ``verb`` says its subject ran into an explosive device -
    "a bus struck a landmine", "a soldier stepped on a mine", "the truck ran over an
    IED planted by militants" -: the subject is the target and the ``by`` agents of a
    placing participle on the device (planted, laid, placed: :data:`AGENT_ACL_VERBS`)
    the doers ([] when none is named). None for other verbs and objects."""
    if verb.lemma_.lower() not in STRIKE_DEVICE_VERBS or is_passive(verb):
        return None
    objects = _children(verb, "dobj", "obj") + [g for p in _children(verb, "prep", "prt") if p.lower_ in {"on", "over", "onto"}
                                                for g in p.children if g.dep_ == "pobj"]
    for obj in objects:
        if obj.lower_ in DEVICE_NOUNS:
            planters = [g for acl in obj.children if acl.dep_ == "acl" and acl.lemma_ in AGENT_ACL_VERBS
                        for c in _children(acl, "agent") for g in c.children if g.dep_ == "pobj"]
            return obj, planters
    return None


def opposed_modifier(mod: Token) -> bool:
    """Whether a noun's modifier is prefixed "anti-" ("anti-government protests", "an
    anti-French march", tokenised "anti", "-", "government" or as one word): the prefix
    means "against" (Oxford English Dictionary, "anti-"), so the modifier names what the
    event opposes, its target, never its doer."""
    if mod.lower_.startswith("anti-"):
        return True
    doc = mod.doc
    return mod.i >= 2 and doc[mod.i - 1].text in {"-", "‐", "‑"} and doc[mod.i - 2].lower_ == "anti"


#: Nouns of a legal instrument whose subject ("on"/"of"/"for" phrase) is the act it orders.
DECREE_NOUNS = frozenset({"decree", "ordinance", "order", "law", "bill", "resolution"})
#: Event types a decree enacts as an act of its enactor (a mobilisation, a ban, a
#: curfew); other event nouns are a law's topic ("a law on the protection of journalists").
DECREED_TYPES = frozenset({"MOBILIZE", "COERCE"})
#: Verbs that enact such an instrument ("adopted a decree", "signed an ordinance").
ENACTING_VERBS = frozenset({"adopt", "sign", "issue", "enact", "pass", "promulgate", "approve"})


def _enacting_verb(noun: Token) -> Token | None:
    """The verb that enacts the instrument naming ``noun``: "adopted a decree on general
    mobilisation", "signed an ordinance on the deployment of reservists" - ``noun`` the
    object of "on/of/for" on a :data:`DECREE_NOUNS` noun that is the object of an
    :data:`ENACTING_VERBS` verb; None otherwise."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"on", "of", "for"}:
        return None
    verb = prep.head.head if prep.head.lemma_.lower() in DECREE_NOUNS and prep.head.dep_ in {"dobj", "obj"} \
        else prep.head  # the parser may hang "on general mobilisation" on the verb
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ENACTING_VERBS:
        return None
    return verb if any(c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in DECREE_NOUNS for c in verb.children) \
        else None


def noun_roles(noun: Token, event_type: str, mode: str | None) -> tuple[list[Token], list[Token], Token | None]:
    """(source heads, target heads, light verb) of an event noun."""
    sources: list[Token] = []
    targets: list[Token] = []
    for child in noun.children:
        if child.dep_ in {"poss", "compound", "nmod", "amod"} and child.pos_ in {"PROPN", "NOUN", "PRON", "ADJ"}:
            if child.dep_ == "amod" and child.pos_ != "ADJ":
                continue
            if event_type == "AID" and noun.lemma_.lower() in AID_GOODS_NOUNS and child.lower_ in AID_KIND_ADJECTIVES:
                continue  # "humanitarian aid": the kind of aid, not its giver ("military escort": the escort's)
            if child.dep_ in {"compound", "nmod"} and names_town(child):
                continue  # "Niono attack", "a Kati ambush": where, not who
            if opposed_modifier(child):
                targets.append(child)  # "anti-government protests": the government is opposed, not protesting
                continue
            if mode in PATIENT_POSS_MODES:
                targets.append(child)
            else:
                sources.append(child)
        elif child.dep_ == "prep":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if child.lower_ == "by":
                sources.extend(objs)
            elif child.lower_ == "between" and objs and not names_place(objs[0]):
                # "clashes between X and Y": the first side is the source, the sides
                # joined to it the targets (ACLED: actor order implies no direction)
                sides = between_sides(child)
                sources.append(sides[0])
                targets.extend(sides[1:])
            elif child.lower_ in TARGET_PREPS:
                targets.extend(objs)
            elif child.lower_ == "of":
                (sources if event_type in AGENTIVE_OF else targets).extend(objs)
                if event_type in {"SANCTION", "RETREAT"}:
                    # "a suspension of air links with Serbia", "the withdrawal of troops
                    # from Syria": the party cut off is inside the "of" phrase
                    targets.extend(g for o in objs for p in o.children if p.dep_ == "prep"
                                   and p.lower_ in {"with", "from", "to"} for g in p.children if g.dep_ == "pobj")
        elif child.dep_ == "acl" and child.lemma_ in AGENT_ACL_VERBS:
            # "an attack claimed by JNIM": the claimant is the doer; "claimed by military
            # and local sources" names who relays the report, no party (status.attribution)
            sources.extend(g for c in _children(child, "agent") for g in c.children if g.dep_ == "pobj"
                           and not (child.lemma_ == "claim" and attribution(g)))
    light = None
    head = noun.head
    if noun.dep_ == "pobj" and (head.lower_ == "of" and head.head.lower_ in QUANTITY_NOUNS | CURRENCY_NOUNS or (
            head.lower_ == "in" and head.head.lower_ in CURRENCY_NOUNS)) and head.head.dep_ in {"dobj", "obj"}:
        # "launched 10 days of war games", "provide 25,000 tons of food aid": the
        # quantity is the light verb's object, the event noun its complement
        noun, head = head.head, head.head.head
    if noun.dep_ in {"dobj", "obj"} and head.lemma_ in LIGHT_VERBS:
        light = head
        if not sources:
            sources = subject_heads(head)
    elif noun.dep_ in {"dobj", "obj"} and head.lemma_ in SUFFER_VERBS:
        # "the driver sustained stab wounds", "the post suffered an attack": the
        # subject undergoes the act (its target); the doer is not named
        light = head
        undergoers = subject_heads(head)
        sources = [s for s in sources if s not in undergoers]
        targets = undergoers + [t for t in targets if t not in undergoers]
    elif noun.dep_ == "pobj" and head.dep_ == "prt" or (noun.dep_ == "dobj" and head.lemma_ == "carry"):
        light = head
    elif noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in REPORT_NOUNS \
            and head.head.pos_ == "NOUN":
        # "Reports of air strikes by helicopters near X": the report of an event is
        # its occurrence, as "air strikes were reported" would be
        light = head.head
    elif event_type in DECREED_TYPES and (enacting := _enacting_verb(noun)) is not None:
        # "the Council of Ministers adopted a decree on general mobilisation": the act
        # decreed is done by who enacts the decree (session 20, written_news8)
        light = enacting
        if not sources:
            sources = subject_heads(enacting)
    elif noun.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_ in WITH_LIGHT_VERBS:
        # "the US hit Iran with sanctions", "Iran was hit with sanctions by the EU": the
        # verb's doer is the source, the one hit the target
        light = head.head
        if not sources:
            sources = subject_heads(light)
        if not targets:
            targets = object_heads(light)
    elif noun.dep_ == "pobj" and head.lower_ in {"to", "under"} and head.head.lemma_ in EXPOSURE_VERBS:
        # "the base was subjected to rocket fire", "a patrol came under attack": the
        # exposed party is the target; telegraphic "Base subjected to fire" hangs the
        # participle on the noun it describes
        light = head.head
        if not targets:
            targets = subject_heads(light) or ([light.head] if light.dep_ == "acl" else [])
        if not sources:  # "came under fire from gunmen": who fired (s16-notes4)
            sources = [o for p in [*noun.children, *light.children] if p.dep_ == "prep" and p.lower_ == "from"
                       for o in p.children if o.dep_ == "pobj"]
    elif noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_ in TRAVEL_VERBS \
            and head.head.pos_ == "VERB" and not sources:
        # "The Jordanian king flew to Cairo for talks with the Egyptian president": the
        # traveller holds the talks (:data:`TRAVEL_VERBS`)
        light = head.head
        sources = subject_heads(light)
    elif noun.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_ in CUSTODY_VERBS \
            and event_type == "COERCE":
        # "Vietnamese authorities placed a dissident monk under house arrest": the
        # subject arrests, the object is arrested; "house" names the kind of arrest
        # (:data:`CUSTODY_VERBS`), no target
        light = head.head
        sources = subject_heads(light)
        targets = object_heads(light) or _children(light, "nsubjpass")
    elif noun.dep_ == "pobj" and (head.head.lemma_, head.lower_) in ENTRAPMENT_VERBS:
        # "a patrol fell into an ambush between A and B": the patrol is the target;
        # passive "soldiers were caught in an ambush (by JNIM)": the one caught is the
        # target, the agent the source
        light = head.head
        if is_passive(light):
            targets = _children(light, "nsubjpass") or targets
            if not sources:
                sources = subject_heads(light)
        elif not targets:
            targets = subject_heads(light)
    elif noun.dep_ == "nsubjpass" and head.lemma_ in LIGHT_VERBS:
        # passive light verb: "a protest was organized by a students' union", "an
        # attack was carried out by gunmen" - the agent is the source
        light = head
        if not sources:
            sources = [g for c in _children(head, "agent") for g in c.children if g.dep_ == "pobj"]
    elif event_type == "PROTEST" and _joined_by(noun) is not None:
        # "hundreds took part in the march", "four people turned up for a planned
        # protest", "workers joined the sit-in": who takes part demonstrates (ACLED
        # Protests: the demonstrators are the actor)
        light = _joined_by(noun)
        if not sources:
            sources = subject_heads(light)
    elif noun.dep_ in {"nsubj", "nsubjpass"} and head.lemma_ in OCCUR_VERBS:
        light = head
        if not targets and all(s.dep_ == "amod" for s in sources):
            # "fighting was reported between the army and JNIM": the sides hang on the
            # verb; an adjective ("heavy fighting broke out between X and Y") is no side
            between = _sides_on_verb(head)
            if between[0]:
                sources, targets = between
        if head.lemma_ in {"hit", "strike", "target", "kill", "destroy", "wound", "injure", "leave"} and not targets:
            targets = _children(head, "dobj")  # "an attack leaves three traders dead": the traders
    return sources, targets, light
