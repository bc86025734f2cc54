"""Sources and targets of French event triggers from the UD parse (``fr_core_news_sm``).

Roles (Universal Dependencies v2 relations for French):

- active verb: source = ``nsubj``, target = ``obj`` ("les FAMa ont neutralisé dix
  terroristes"); a relative "qui" takes its antecedent ("l'armée, qui a repoussé
  l'attaque"); a verb coordinated with another ("ont incendié et pillé") or hung on it
  as an adverbial participle shares its subject when it has none;
- passive verb (``aux:pass`` or ``Voice=Pass``): target = ``nsubj:pass``, source =
  ``obl:agent`` ("par"); a past participle on a noun ("six civils tués par des hommes
  armés") has the noun as target;
- event noun: "de X" is the source when X is armed or named as a group (the attackers:
  "l'attaque des jihadistes"), else the target ("l'attaque du camp"); "contre X" and
  "visant X" are the target, "par X" the source; an adjective of an armed kind is the
  source ("une attaque jihadiste", "une attaque terroriste");
- a quantity or group noun hands its role to its "de" complement ("une dizaine de
  terroristes", "des dizaines de civils", "des éléments de l'EIGS"); coordination
  gives one actor per conjunct ("la France et l'Allemagne"); an apposition names the
  same actor ("le JNIM, la branche sahélienne d'al-Qaïda").

An actor is the annotation's actor (``doc._.actors``) whose span covers the phrase's
tokens; else an unnamed participant from ``participants.fr.yaml`` (a generic actor:
code = the event country + sector, as :meth:`crisisdesk.coding.roles.ActorIndex.generic`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Doc, Token

from crisisdesk.coding.french_counts import UNITS as NUMBER_WORDS
from crisisdesk.records import ActorRef, Span

#: Quantity and group nouns whose "de" complement is the participant ("une dizaine de
#: soldats", "des centaines de manifestants", "des éléments de l'armée").
QUANTITY_NOUNS = frozenset({
    "dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine", "soixantaine",
    "centaine", "millier", "million", "nombre", "plupart", "groupe", "membre", "élément", "partie", "foule",
    "bande", "colonne", "détachement", "unité", "convoi", "poignée", "total",
    # staff of a body ("les employés de deux ONG", "des agents de la mairie"): the body's
    # sector, as English "staff of an NGO" (a noun with no sector word of its own)
    "employé", "salarié", "personnel", "agent"})
#: Nouns of a post, camp or base whose "de" complement is the force holding it ("le camp
#: de la MINUSMA", "le poste de gendarmerie de Sandaré" is the gendarmerie's): a force's
#: post stands for the force, as the ACLED export reads "an army post" (README, ACLED
#: column ``actor2``).
POST_NOUNS = frozenset({"camp", "base", "poste", "position", "caserne", "garnison", "emprise"})
#: Nouns of a person who speaks or acts for the group of their "de" complement ("le chef
#: de la junte", "le porte-parole de l'armée"): the group is the actor, as the English
#: REPRESENTATIVE_NOUNS.
REPRESENTATIVE_NOUNS = frozenset({"chef", "dirigeant", "leader", "porte-parole", "commandant", "représentant",
                                  "responsable", "patron", "président"})
#: French demonyms (masculine singular lemma, and the forms the lemmatiser leaves) ->
#: ISO 3166-1 alpha-3, for unnamed participants ("les troupes françaises"): the states
#: of the Sahel news and the powers present there (French usage; ISO 3166-1 codes).
DEMONYMS = {"français": "FRA", "française": "FRA", "françaises": "FRA", "malien": "MLI", "malienne": "MLI",
            "maliens": "MLI", "burkinabè": "BFA", "burkinabé": "BFA", "burkinabe": "BFA", "nigérien": "NER",
            "nigérienne": "NER", "nigériens": "NER", "nigérian": "NGA", "tchadien": "TCD", "mauritanien": "MRT",
            "sénégalais": "SEN", "ivoirien": "CIV", "guinéen": "GIN", "algérien": "DZA", "libyen": "LBY",
            "russe": "RUS", "russes": "RUS", "américain": "USA", "allemand": "DEU", "britannique": "GBR",
            "marocain": "MAR", "togolais": "TGO", "béninois": "BEN", "ghanéen": "GHA", "camerounais": "CMR",
            "centrafricain": "CAF", "soudanais": "SDN", "européen": None}
#: Adjectives on an event noun that name its armed source ("attaque jihadiste").
ARMED_ADJECTIVES = {"jihadiste": "jihadistes", "djihadiste": "djihadistes", "terroriste": "terroristes",
                    "islamiste": "islamistes", "rebelle": "rebelles", "armé": "hommes armés"}
#: Case markers of noun complements and the role they give (see module doc).
TARGET_CASES = frozenset({"contre", "visant", "sur"})
AGENT_CASES = frozenset({"par"})
#: Verbs of saying and denying whose subject follows them after a quotation
#: ("..., a démenti le ministre", "..., a dénoncé le collectif"; *Le Bon Usage* § 380,
#: the incise with subject inversion).
INCISE_VERBS = frozenset({"démentir", "dénoncer", "accuser", "condamner", "exiger", "réclamer", "menacer",
                          "déplorer", "nier", "affirmer", "déclarer", "ajouter", "indiquer"})


@dataclass(frozen=True)
class Sector:
    """A participant word's sector code and whether ACLED counts it as armed."""

    code: str
    armed: bool


@lru_cache(maxsize=1)
def participants() -> dict[str, Sector]:
    """French participant words (lemmas, lower case) -> Sector, from ``participants.fr.yaml``."""
    text = resources.files("crisisdesk.data").joinpath("lexicon", "participants.fr.yaml").read_text("utf-8")
    table: dict[str, Sector] = {}
    for key, spec in yaml.safe_load(text)["sectors"].items():
        sector = Sector(spec.get("sector", key), bool(spec.get("armed")))
        for word in spec["words"]:
            table[str(word).lower()] = sector
    return table


class FrenchActors:
    """Actors of one French Doc looked up by token (``doc._.actors`` spans)."""

    def __init__(self, doc: Doc, actors: list[ActorRef], country: str | None) -> None:
        self.doc = doc
        self.country = country
        self.by_token: dict[int, ActorRef] = {}
        for actor in actors:
            if actor.span is None:
                continue
            span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
            for tok in span or []:
                old = self.by_token.get(tok.i)
                if old is None or (old.span and actor.span.end - actor.span.start < old.span.end - old.span.start):
                    self.by_token[tok.i] = actor

    def actors_of(self, head: Token) -> list[ActorRef]:
        """The actors a role's head token names: one per conjunct, through quantity
        nouns and relative pronouns; empty when it names no participant."""
        out: list[ActorRef] = []
        for tok in [head, *[c for c in head.conjuncts if c.i > head.i]]:
            actor = self.actor_of(tok)
            if actor is not None and all(a.name != actor.name for a in out):
                out.append(actor)
        return out

    def actor_of(self, head: Token) -> ActorRef | None:
        """The actor of one noun phrase head (see :meth:`actors_of`)."""
        if head.pos_ == "PRON" and head.lower_ in {"qui", "lequel", "laquelle", "lesquels"} and \
                head.head.dep_ in {"acl:relcl", "acl"}:
            head = head.head.head  # "l'armée, qui a repoussé l'attaque": the antecedent
        if head.pos_ in {"PROPN", "NUM"} and head.lower_ in NUMBER_WORDS:
            counted = next((c for c in head.children if c.dep_ in {"flat:name", "nmod", "appos"}
                            and c.pos_ == "NOUN"), None)
            if counted is not None:
                head = counted  # "Douze personnes" with the number read as a name
        speaks_for = None
        if head.lemma_.lower() in REPRESENTATIVE_NOUNS:
            inner = next((c for c in head.children if c.dep_ == "nmod" and _case(c) in {"de", "d'", "d’", "du", "des"}),
                         None)
            speaks_for = self.actor_of(inner) if inner is not None else None
            if speaks_for is not None and (not speaks_for.generic or speaks_for.sector in {"GOV", "MIL", "COP", "REB"}):
                return speaks_for  # "le chef de la junte", "le porte-parole de l'armée"
        if head.lemma_.lower() in POST_NOUNS:
            inner = next((c for c in head.children if c.dep_ == "nmod" and _case(c) in {"de", "d'", "d’", "du", "des"}
                          and (c.pos_ == "PROPN" or participants().get(c.lemma_.lower(), Sector("", False)).armed)),
                         None)
            holder = self.actor_of(inner) if inner is not None else None
            if holder is not None and (holder.sector in {"MIL", "COP", "REB"} or not holder.generic and
                                       holder.actor_type not in {"state", "person", None}):
                return holder  # "le camp de la MINUSMA", "le poste de gendarmerie"
        presumed = next((c for c in head.children if c.dep_ in {"acl", "amod"} and c.i > head.i
                         and c.lemma_.lower() in PRESUMED_WORDS), None)
        if presumed is not None:
            inner = next((g for g in presumed.children if g.dep_ in {"obl:arg", "obl:mod", "nmod"}
                          and _case(g) in {"de", "d'", "d’", "du", "des"}), None)
            group = self.actor_of(inner) if inner is not None else None
            if group is not None and not group.generic:
                return group  # "des combattants présumés du JNIM": the group named
        if head.lemma_.lower() in QUANTITY_NOUNS:
            inner = next((c for c in head.children if c.dep_ == "nmod" and any(
                g.dep_ == "case" and g.lower_ in {"de", "d'", "d’", "des", "du"} for g in c.children)), None)
            named = self._named(head)
            if inner is not None:
                # "un convoi de ravitaillement": no participant in the complement, the noun's own sector
                return self.actor_of(inner) or named or self._generic(head)
            if named is not None:
                return named
        named = self._named(head)
        if named is not None and not (named.generic and not named.code):
            return named
        # an unnamed participant the annotation left without a code: the word's sector;
        # a representative of a group of no armed or state sector ("des représentants des
        # communautés") speaks for that group
        return self._generic(head) or self._coded_sector_word(named) or named or speaks_for

    def _coded_sector_word(self, named: ActorRef | None) -> ActorRef | None:
        """An annotated sector word with no code and no entry in ``participants.fr.yaml``
        (a word a user's ``--actors`` file adds under ``french: sectors``) coded as the
        table's words are: the event country + its sector; None for anything else."""
        if named is None or not named.generic or named.code or not named.sector:
            return None
        from dataclasses import replace

        country = named.country or self.country
        return replace(named, country=country, code=f"{country}{named.sector}" if country else named.sector)

    def _owner_state(self, head: Token) -> str | None:
        """The state a possessive points to ("Washington invite ses ressortissants": the
        citizens of the subject's state, as English "its citizens"): the country of the
        clause's subject when the noun has "son/sa/ses/leur(s)" and the subject is a state
        or its government; else None."""
        if not any(c.dep_ in {"det", "det:poss"} and c.lower_ in {"son", "sa", "ses", "leur", "leurs"}
                   for c in head.children):
            return None
        verb = head.head
        for _ in range(3):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                owner = self.by_token.get(subject.i) or self._named(subject)
                if owner is not None and not owner.generic and owner.country and (
                        owner.actor_type in {"state", "state forces"} or owner.sector == "GOV"):
                    return owner.country
                return None
            if verb.head.i == verb.i:
                return None
            verb = verb.head
        return None

    def _named(self, head: Token) -> ActorRef | None:
        """An annotated actor on the head, its name parts or its apposition."""
        for tok in [head, *(c for c in head.children if c.dep_ in {"flat:name", "amod", "appos", "nmod", "compound"}
                            and (c.dep_ != "nmod" or not any(g.dep_ == "case" for g in c.children)))]:
            actor = self.by_token.get(tok.i)
            if actor is not None:
                return actor
        return None

    def _generic(self, head: Token) -> ActorRef | None:
        """An unnamed participant from :func:`participants` (head lemma with an
        adjective first: "homme armé" before "homme")."""
        table = participants()
        lemma = head.lemma_.lower()
        mods = [c for c in head.children if c.dep_ in {"amod", "acl"} and c.i > head.i
                and not any(g.lower_ in {"non", "pas"} for g in c.children)]  # "hommes non armés": unarmed
        sector = None
        phrase_mod: Token | None = None  # the modifier of a two-word entry ("hommes armés")
        for mod in mods:
            for key in (f"{lemma} {mod.lemma_.lower()}", f"{head.lower_} {mod.lower_}"):
                if key in table:
                    sector, phrase_mod = table[key], mod
                    break
            if sector is not None:
                break
        if sector is None:  # a compound with its "de" complement: "agent de santé", "site d'orpaillage"
            for comp in head.children:
                if comp.dep_ == "nmod" and comp.i > head.i and _case(comp) in {"de", "d'", "d’"} and not any(
                        g.dep_ == "det" for g in comp.children):
                    key = f"{lemma} de {comp.lemma_.lower()}"
                    sector = table.get(key) or table.get(key.replace("de ", "d'"))
                    if sector is not None:
                        break
        if sector is None:
            sector = table.get(lemma) or table.get(head.lower_)
        if sector is None:
            return None
        if sector.code == "CVL" and head.dep_ == "nsubj" and _unidentified(head):
            # "un individu non identifié a lancé une grenade": a doer the source cannot
            # name, the unknown perpetrator ACLED codes "Unidentified Armed Group" (the
            # sector of "hommes armés non identifiés"); as a victim he stays a civilian
            sector = table.get("homme armé") or sector
            phrase_mod = next((m for m in head.children if m.dep_ in {"amod", "acl"} and m.i > head.i
                               and m.lemma_.lower() in UNIDENTIFIED_WORDS), phrase_mod)
            if phrase_mod is not None and phrase_mod not in mods:
                mods = [*mods, phrase_mod]  # named with it: "individu non identifié"
        if not sector.armed:  # an armed modifier wins: "convoi militaire" (as English "army convoy")
            armed = next((table[m.lemma_.lower()] for m in mods if m.lemma_.lower() in table
                          and table[m.lemma_.lower()].armed), None)
            sector = armed or sector
        country = next((DEMONYMS[m.lemma_.lower()] for m in mods if m.lemma_.lower() in DEMONYMS), None) or \
            next((DEMONYMS[m.lower_] for m in mods if m.lower_ in DEMONYMS), None) or self._owner_state(head) or \
            self.country
        # the name: the head with its bare adjectives, and the modifier of a two-word
        # entry even with dependents of its own ("hommes armés [à moto]": the actor is
        # "hommes armés", which the ACLED export reads as an unidentified armed group)
        keep = [head, *(m for m in mods if m.pos_ in {"ADJ", "VERB"} and not list(m.children))]
        if phrase_mod is not None and phrase_mod not in keep:  # Token ``in``: same doc and index
            keep.append(phrase_mod)
        start = min(t.idx for t in keep)
        end = max(t.idx + len(t.text) for t in keep)
        text = self.doc.text[start:end]
        code = f"{country}{sector.code}" if country else sector.code
        return ActorRef(name=text, code=code, country=country, sector=sector.code, generic=True,
                        actor_type="armed group" if sector.armed and sector.code == "REB" else None,
                        span=Span(start, end, text))


#: Modifiers of a person noun saying the source does not know who he is ("un individu
#: non identifié", "un inconnu", "un homme non identifié").
UNIDENTIFIED_WORDS = frozenset({"identifier", "identifié", "inconnu", "anonyme"})


def _unidentified(head: Token) -> bool:
    """Whether a person noun is told as unidentified (:data:`UNIDENTIFIED_WORDS`, the
    participle negated by "non"), or is "inconnu" itself."""
    if head.lemma_.lower() == "inconnu":
        return True
    for mod in head.children:
        if mod.dep_ in {"amod", "acl"} and mod.lemma_.lower() in UNIDENTIFIED_WORDS:
            if mod.lemma_.lower() in {"inconnu", "anonyme"} or any(g.lower_ == "non" for g in mod.children):
                return True
    return False


def is_passive(verb: Token) -> bool:
    """Passive voice: an ``aux:pass`` child or ``Voice=Pass``, or a past participle
    hung on a noun ("six civils tués")."""
    return any(c.dep_ == "aux:pass" for c in verb.children) or "Pass" in verb.morph.get("Voice") or (
        verb.dep_ in {"acl", "amod"} and "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense"))


def actor_before(verb: Token, index: "FrenchActors") -> Token | None:
    """The head token of an annotated actor whose span ends right before the verb's
    auxiliaries (and a negation "ne"): the subject the parser missed ("L'armée malienne
    n'a pas bombardé" with "malienne" read as a verb). French puts the subject before the
    verb group (*Le Bon Usage* § 229)."""
    auxes = [c for c in verb.children if c.dep_ in {"aux:tense", "aux:pass", "aux"} and c.i < verb.i]
    first = min([*auxes, verb], key=lambda t: t.i)
    start = verb.sent.start
    if start > 0 and verb.doc[start].is_lower and verb.doc[start - 1].text not in {".", "!", "?", ";", ":"} \
            and "\n" not in verb.doc[start - 1].whitespace_ + verb.doc[start].text:
        start = verb.doc[start - 1].sent.start  # a sentence cut after a misparsed word ("malienne" read as a verb)
    i = first.i - 1
    while i >= start and verb.doc[i].lower_ in {"ne", "n'", "n’", "se", "s'", "s’"}:
        i -= 1
    if i < start:
        return None
    actor = index.by_token.get(i)
    if actor is None or actor.span is None:
        return None
    span = verb.doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    if span is None or span.end - 1 != i:
        return None
    return max(span, key=lambda t: (t.pos_ in {"NOUN", "PROPN"}, -t.i))


def left_subject(verb: Token) -> Token | None:
    """The noun right before a finite verb's auxiliaries when the parser gave the verb
    no subject ("vingt-quatre personnes ont été tuées" with "personnes" hung elsewhere):
    French declarative clauses put the subject before the verb (*Le Bon Usage* § 229),
    so the noun (or a number) ending just before "ont été" is the subject. None when
    the verb has no auxiliary or another word comes between."""
    auxes = [c for c in verb.children if c.dep_ in {"aux:tense", "aux:pass", "aux"} and c.i < verb.i]
    if not auxes:
        return None
    first = min(auxes, key=lambda t: t.i)
    if first.i == verb.sent.start:
        return None
    prev = verb.doc[first.i - 1]
    if prev.pos_ in {"NOUN", "PROPN", "NUM"} and prev.dep_ not in {"obj", "nsubj", "nsubj:pass"}:
        return prev
    return None


def _reflexive(verb: Token) -> bool:
    """A pronominal verb ("se sont emparés", "s'est entretenu"): its "être" auxiliary is
    no passive, its subject the doer."""
    return any(c.dep_.startswith("expl") or (c.lower_ in {"se", "s'", "s’"} and c.dep_ in {"obj", "iobj"})
               for c in verb.children)


def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


#: "présumés de X", "supposés", "soupçonnés": doers said to belong to the group X are
#: coded as X, as ACLED codes "suspected JNIM militants" to JNIM (ACLED Codebook 2023,
#: actor names: an actor attributed by the source is coded as named).
PRESUMED_WORDS = frozenset({"présumer", "présumé", "supposer", "supposé", "soupçonner", "soupçonné"})


def _case(tok: Token) -> str | None:
    case = next((c for c in tok.children if c.dep_ == "case"), None)
    return case.lower_ if case is not None else None


def verb_roles(verb: Token, index: FrenchActors) -> tuple[list[ActorRef], list[ActorRef]]:
    """(sources, targets) of a verb trigger (see module doc)."""
    if is_passive(verb) and not _reflexive(verb):
        targets = [h for h in _children(verb, "nsubj:pass", "nsubj")]
        if not targets and verb.dep_ in {"acl", "amod"}:
            targets = [verb.head]
        if not targets:
            targets = [h for h in [left_subject(verb)] if h is not None]
        # "des obus ont été tirés sur le camp": the subject is what was fired, the target
        # the object of "sur"/"contre" (as the active "tirer sur X")
        if verb.lemma_ in FIRED_VERBS:  # not "tués sur le marché": a place, not a target
            targets += [h for h in _children(verb, "obl:arg", "obl:mod", "obl") if _case(h) in {"sur", "contre"}]
        sources = [h for h in _children(verb, "obl:agent")] + [
            h for h in _children(verb, "obl:mod", "obl", "obl:arg") if _case(h) in AGENT_CASES]
    else:
        sources = _children(verb, "nsubj", "nsubj:pass")
        targets = _children(verb, "obj")
        if not targets:  # an object the parser hung on a place name ("interpellé à Niamey deux journalistes")
            targets = [g for c in verb.children if c.pos_ == "PROPN" and c.dep_ in {"xcomp", "obl:arg", "obl:mod"}
                       for g in c.children if g.dep_ == "obj"]
        if not sources and verb.dep_ not in {"acl", "acl:relcl", "xcomp", "advcl"}:
            sources = [h for h in [actor_before(verb, index)] if h is not None]
        if not targets:
            # the object the small model misread: a plural noun tagged as an adjective
            # ("avoir tué neuf terroristes": "terroristes" ADJ amod of "tué"), or the noun
            # of a compound number it hung on the number ("neutralisé vingt et un
            # terroristes": "terroristes" a conjunct of "vingt"); annotated actors only
            targets = [c for c in verb.children if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i > verb.i
                       and index.actor_of(c) is not None] or [
                g for c in verb.children if c.pos_ == "NUM" and c.i > verb.i for g in c.children
                if g.dep_ == "conj" and g.pos_ == "NOUN" and index.actor_of(g) is not None]
        if not targets:  # "tirer sur", "s'en prendre à": the object of the preposition
            targets = [h for h in _children(verb, "obl:arg") if _case(h) in {"sur", "contre"}]
        if not targets:  # "s'est entretenu avec son homologue", "a signé un accord avec la Russie"
            targets = [h for h in _children(verb, "obl:arg", "obl:mod", "obl") if _case(h) == "avec"]
        if not targets:  # "a demandé à ses ressortissants de partir": the addressee, a common noun
            targets = [h for h in _children(verb, "iobj", "obl:arg") if _case(h) in {"à", "au", "aux"}
                       and h.pos_ == "NOUN"]
        if not sources and targets and verb.lemma_ in INCISE_VERBS and verb.i > 0 and any(
                t.text == "," for t in verb.doc[max(verb.i - 3, verb.sent.start):verb.i]):
            # "..., a démenti le ministre": the subject inverted after a quotation (incise)
            sources, targets = targets, []
        if not sources and verb.dep_ in {"conj", "advcl", "xcomp"}:
            shared = verb.head  # (not the subject of a blast it underwent: "a sauté sur une mine, tuant")
            sources = _children(shared, "nsubj") if not is_passive(shared) and not _struck(shared) else []
        if not sources and verb.dep_ == "acl:relcl":
            rel = _children(verb, "nsubj")
            sources = rel
    if _struck(verb):
        # "un véhicule militaire a sauté sur une mine": the subject underwent the blast
        sources, targets = [], [*sources, *targets]
    src = [a for h in sources for a in index.actors_of(h)]
    tgt = [a for h in targets for a in index.actors_of(h)]
    return src, [a for a in tgt if all(a.name != s.name for s in src)]


#: Verbs of firing or dropping whose passive takes its target in "sur"/"contre" ("des
#: obus ont été tirés sur le camp", "des bombes ont été larguées sur"); other passives'
#: "sur X" is a place ("tués sur le marché").
FIRED_VERBS = frozenset({"tirer", "larguer", "lancer"})


#: Verbs whose subject undergoes the blast it reports ("le véhicule a sauté sur une mine",
#: "le car a heurté un engin explosif"): the subject is the target, the doer (who laid
#: the device) is not named, as English "the vehicle hit a landmine".
STRUCK_VERBS = frozenset({"sauter", "heurter"})
#: Nouns of the device such a subject hits ("sur une mine", "un engin explosif").
STRUCK_DEVICES = frozenset({"mine", "engin", "bombe", "explosif", "ied", "eei"})


def _struck(verb: Token) -> bool:
    """Whether ``verb`` (a token) is a :data:`STRUCK_VERBS` verb whose subject underwent
    the blast: active, not causative ("ont fait sauter un engin": the subject of "faire"
    set it off), and its object or oblique a :data:`STRUCK_DEVICES` noun ("a sauté sur
    une mine", "a heurté un engin")."""
    if verb.lemma_ not in STRUCK_VERBS or is_passive(verb):
        return False
    if (verb.dep_ == "xcomp" and verb.head.lemma_ == "faire") or any(
            c.lemma_ == "faire" for c in verb.children if c.dep_.startswith("aux")):
        return False
    return any(c.lemma_.lower() in STRUCK_DEVICES for c in verb.children
               if c.dep_ in {"obj", "obl", "obl:arg", "obl:mod"})


#: PLOVER modes whose event noun takes its patient in "de X" ("l'arrestation de 200
#: personnes", "l'enlèvement du maire", "la libération des otages", "l'assassinat du
#: chef"): French nominalisations of transitive verbs put the object there, the agent
#: in "par X" (*Le Bon Usage* § 350, complement of a verbal noun).
PATIENT_MODES = frozenset({"arrest", "abduct", "release", "deport", "assassinate", "massacre", "expel", "sexual"})


def noun_roles(noun: Token, index: FrenchActors, mode: str | None = None) -> tuple[list[ActorRef], list[ActorRef]]:
    """(sources, targets) of an event noun of PLOVER ``mode`` (see module doc)."""
    sources: list[ActorRef] = []
    targets: list[ActorRef] = []
    for child in noun.children:
        if child.dep_ == "amod" and child.lemma_.lower() in ARMED_ADJECTIVES:
            actor = index.actor_of(child)
            if actor is None:
                sector = participants().get(child.lemma_.lower())
                code = f"{index.country}{sector.code}" if index.country and sector else (sector.code if sector else "REB")
                actor = ActorRef(name=ARMED_ADJECTIVES[child.lemma_.lower()], code=code, country=index.country,
                                 sector=sector.code if sector else "REB", generic=True, actor_type="armed group",
                                 span=Span(child.idx, child.idx + len(child.text), child.text))
            sources.append(actor)
        elif child.dep_ in {"amod", "nmod"} and index.by_token.get(child.i) is not None and not any(
                g.dep_ == "case" for g in child.children):
            sources.append(index.by_token[child.i])  # "l'attaque française", a name beside the noun
        elif child.dep_ in {"nmod", "acl"}:
            case = _case(child)
            actors = index.actors_of(child)
            if child.dep_ == "acl" and child.lemma_ in {"viser", "cibler"}:
                targets.extend(a for h in _children(child, "obj") for a in index.actors_of(h))
            elif case in TARGET_CASES or (case == "avec" and mode == "firearms"):
                # "des affrontements avec les FAMa": the other side of a clash
                targets.extend(actors)
            elif case in AGENT_CASES:
                sources.extend(actors)
            elif case in {"de", "d'", "d’", "du", "des"}:
                for actor in actors:
                    doer = _armed_or_group(actor) and not sources and mode not in PATIENT_MODES
                    (sources if doer else targets).append(actor)
    return sources, [a for a in targets if all(a.name != s.name for s in sources)]


def _armed_or_group(actor: ActorRef) -> bool:
    """An armed or organised actor: the doer of "l'attaque de X"."""
    return actor.sector in {"MIL", "COP", "REB", "INS"} or (not actor.generic and actor.actor_type in {
        "organisation", "armed group", "rebel group", "militia", "state forces", "state"}) or bool(
        actor.actor_type and any(k in actor.actor_type.lower() for k in ("armed", "jihad", "rebel", "militia")))


#: Light verbs whose subject (or agent, in the passive) carries out the event noun:
#: "mener/perpétrer/commettre/lancer une attaque", "tendre une embuscade".
DOING_VERBS = frozenset({"mener", "perpétrer", "commettre", "lancer", "tendre", "conduire", "effectuer", "opérer"})


def doer_of_light_verb(noun: Token, index: "FrenchActors") -> list[ActorRef]:
    """The source of an event noun carried out by a :data:`DOING_VERBS` verb: its subject
    ("des hommes armés ont mené l'attaque") or, with the noun as passive subject, its
    agent ("l'attaque a été menée par des hommes armés"); empty otherwise."""
    verb = noun.head
    if verb.lemma_ not in DOING_VERBS or noun.dep_ not in {"obj", "nsubj:pass", "nsubj"}:
        return []
    if noun.dep_ == "obj":
        heads = [c for c in verb.children if c.dep_ == "nsubj"]
    else:
        heads = [c for c in verb.children if c.dep_ == "obl:agent" or (c.dep_.startswith("obl") and _case(c) == "par")]
    return [a for h in heads for a in index.actors_of(h)]


def target_of_light_verb(noun: Token, index: "FrenchActors") -> list[ActorRef]:
    """The target of an event noun carried out by a :data:`DOING_VERBS` verb, given to
    the verb: "tendre une embuscade à une patrouille", "mener une attaque contre X"."""
    verb = noun.head
    if verb.lemma_ not in DOING_VERBS or noun.dep_ != "obj":
        return []
    heads = [c for c in verb.children if c.dep_.startswith("obl") and _case(c) in {"à", "contre", "sur"}
             and c.pos_ in {"NOUN", "PROPN"}]
    return [a for h in heads for a in index.actors_of(h)]


def light_verb(noun: Token) -> Token | None:
    """The verb that carries out or reports an event noun ("mener une attaque",
    "l'attaque a eu lieu", "être victime d'une embuscade"), or None (see
    :data:`LIGHT_VERBS`)."""
    head = noun.head
    if noun.dep_ in {"obj", "nsubj", "nsubj:pass", "obl:arg", "obl:mod", "obl"} and head.pos_ in {"VERB", "AUX"} \
            and head.lemma_ in LIGHT_VERBS:
        return head
    if noun.dep_ == "nsubj" and head.lemma_ == "avoir" and any(c.lemma_ == "lieu" for c in head.children):
        return head  # "l'attaque a eu lieu"
    if noun.dep_ == "nmod" and head.lemma_ in {"victime", "cible", "objet", "bilan"}:
        return head
    return None


#: Verbs that carry out, undergo, report or claim an event noun: "mener/perpétrer/
#: commettre/lancer une attaque", "tendre une embuscade", "revendiquer", "subir",
#: "repousser", "déjouer", "avoir lieu", "se produire", "survenir", "faire N morts",
#: "coûter la vie", "signaler", "déplorer", "condamner" (an event condemned is an event
#: reported), "organiser une manifestation".
LIGHT_VERBS = frozenset({
    "mener", "perpétrer", "commettre", "lancer", "tendre", "revendiquer", "subir", "repousser", "déjouer",
    "produire", "survenir", "faire", "coûter", "signaler", "déplorer", "condamner", "organiser", "éclater",
    "opérer", "effectuer", "conduire", "essuyer", "viser", "cibler", "frapper", "tuer", "blesser", "toucher",
    "exploser", "dénoncer", "observer", "déclencher", "entamer", "décréter", "déclarer", "enregistrer"})
