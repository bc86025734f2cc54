"""ACLED event_type / sub_event_type for a coded event, from its PLOVER type and mode,
the trigger's ACLED hint, the actors and a few weapon and response words.

Rules follow the ACLED Codebook definitions (see ``data/ontology/acled.yaml``):

- remote weapons decide first (IED/mine, suicide bomb, shelling/artillery, air/drone
  strike, grenade): Explosions/Remote violence;
- abduction and sexual violence: Violence against civilians;
- violence between two organised armed sides (both armed, a clash word, or an armed
  response: "repelled", "retaliated", "exchange of fire"): Battles - Armed clash; state
  forces retaking ground: Government regains territory; a non-state group taking it:
  Non-state actor overtakes territory;
- violence on unarmed people (or by a mob): Violence against civilians - Attack (Riots -
  Mob violence);
- demonstrations: Protests (Peaceful protest; with intervention when dispersed, tear
  gas or arrests; Excessive force when protesters are killed) or Riots (Violent
  demonstration);
- non-violent acts of armed or state actors: Strategic developments (Looting/property
  destruction, Arrests, Agreement, Change to group/activity, Disrupted weapons use,
  Headquarters or base established, Non-violent transfer of territory, Other - threats
  and intimidation by an armed group are such non-violent activity).
"""

from __future__ import annotations

import re

from crisisdesk.coding.ontology import Ontology
from crisisdesk.records import ActorRef, Count

REMOTE = [
    (re.compile(r"\bsuicide\b|\bsvbied\b|\bvbied\b|\bkamikaze\b", re.I), "Suicide bomb"),
    (re.compile(r"\b(air-supported|air support|air ?strikes?|airstrikes?|drones?|air raids?|aerial|helicopters?|aircraft|warplanes?|bombers?|jets?|air force|air operations?)\b", re.I), "Air/drone strike"),
    (re.compile(r"\b(shell(s|ed|ing)?|artillery|mortars?|rockets?|missiles?|indirect fire)\b", re.I), "Shelling/artillery/missile attack"),
    (re.compile(r"\b(ieds?|improvised explosive|landmines?|mines?|explosive devices?|roadside bombs?|car bombs?|explosions?|exploded|detonat\w+|blasts?|bombs?)\b", re.I), "Remote explosive/landmine/IED"),
    (re.compile(r"\bgrenades?\b", re.I), "Grenade"),
]
DISRUPTED = re.compile(r"\b(defus\w+|dismantl\w+|neutrali[sz]ed (an? )?(ied|explosive|device)|seized (weapons|arms)|"
                       r"weapons? cache|arms cache|discovered (an? )?(ied|explosive))", re.I)
#: A device going off in its own handlers' hands (ACLED Codebook, Disrupted weapons use:
#: explosives that detonate accidentally or prematurely, as when being planted).
ACCIDENTAL_BLAST = re.compile(r"\b(while (in the process of )?(planting|placing|laying|making|handling|manipulating|"
                              r"assembling|installing|burying)|premature(ly)? (explosion|detonat\w+|explod\w+)|"
                              r"accidental(ly)? (explosion|detonat\w+|explod\w+))", re.I)
CLASH_WORDS = re.compile(r"\b(clash\w*|exchange[sd]? of (gun)?fire|exchanged (gun)?fire|firefight|gunfight|repel\w*|"
                         r"repuls\w+|retaliat\w+|responded|fought|fighting|battle|combat|skirmish\w*|"
                         r"fire exchange|counter-?attack\w*|engaged|neutrali[sz]ed|returned fire|fended off|fend off|"
                         r"routed|resisted|fought back|pursu\w+|self-defen[cs]e)\b", re.I)
INTERVENTION = re.compile(r"\b(dispers\w+|tear ?gas|teargas|arrest\w*|detain\w*|broke up|break up|"
                          r"intervened|repress\w*|water cannon|batons?|beat\w*)\b", re.I)
REGAIN = re.compile(r"\b(retak\w+|recaptur\w+|regain\w*|took back|liberat\w+)\b", re.I)
OVERTAKE = re.compile(r"\b(took control|seized control|captur\w+ the (town|village|city|base|camp)|overr[au]n|"
                      r"taken over|took over)\b", re.I)
ARMED_VICTIMS = re.compile(r"\b(soldiers?|militants?|militiam[ae]n|militia|fighters?|assailants?|attackers?|"
                          r"jihadists?|insurgents?|rebels?|gendarmes?|policem[ae]n|police|troops?|hunters?|dozos?|"
                          r"gunm[ae]n|combatants?|terrorists?|peacekeepers?|guards?|servicem[ae]n)\b", re.I)
MOB = re.compile(r"\b(mob|lynch\w*|angry (crowd|residents|youths)|crowd)\b", re.I)
PROTEST_DEATHS = re.compile(r"\b(protesters?|demonstrators?)\b.*\b(killed|shot dead)\b", re.I)
#: Territory changing hands without a fight (ACLED Codebook, Non-violent transfer of
#: territory: "actors acquire control of territory without engaging in violence").
NON_VIOLENT_TAKEOVER = re.compile(r"\bwithout (any |a )?(fight\w*|resistance|violence|a shot|shots? (being )?fired|"
                                  r"firing|combat|clash\w*|bloodshed)\b", re.I)
#: A withdrawing side leaving a place to another (the same codebook entry).
HANDOVER = re.compile(r"\b(in the hands of|hand(s|ed|ing)? (it |them )?over|cede[ds]?|ceding|"
                      r"transferr?(ed|ing)? (control|security))\b", re.I)
VIOLENT_DEMO = re.compile(r"\b(riot\w*|vandali[sz]\w*|barricad\w*|burn(ed|t|ing)? tires|burnt tyres|stones?|"
                          r"ransack\w*|looted|set fire|torched|violent)\b", re.I)


def acled_types(ontology: Ontology, event_type: str, mode: str | None, hint: str | None,
                sources: list[ActorRef], targets: list[ActorRef], sentence: str,
                fatalities: Count | None, armed: callable) -> tuple[str | None, str | None]:  # type: ignore[valid-type]
    """(ACLED event_type, sub_event_type) or (None, None) when ACLED would not code it.

    ``armed`` is a predicate ActorRef -> bool (organised armed actor)."""
    sub = _sub_event(event_type, mode, hint, sources, targets, sentence, fatalities, armed)
    if sub is None:
        return None, None
    return ontology.acled_event_type_of(sub), sub


def _sub_event(event_type: str, mode: str | None, hint: str | None, sources: list[ActorRef],
               targets: list[ActorRef], sentence: str, fatalities: Count | None, armed) -> str | None:  # noqa: ANN001
    killed = bool(fatalities and (fatalities.min or 0) > 0)
    if event_type == "PROTEST":
        if PROTEST_DEATHS.search(sentence):
            return "Excessive force against protesters"
        if mode in {"riot", "obstruct"} or VIOLENT_DEMO.search(sentence):
            return "Mob violence" if MOB.search(sentence) and killed else "Violent demonstration"
        if INTERVENTION.search(sentence):
            return "Protest with intervention"
        return "Peaceful protest"
    if event_type == "ASSAULT" or (event_type == "COERCE" and mode == "seize" and killed):
        if hint == "Disrupted weapons use" or DISRUPTED.search(sentence) and not killed or \
                mode in {"explosives", None} and ACCIDENTAL_BLAST.search(sentence):
            return "Disrupted weapons use"
        if (mode in {"abduct"} or hint == "Abduction/forced disappearance") and not killed:
            return "Abduction/forced disappearance"  # abducted and killed is an Attack (ACLED)
        if mode == "sexual":
            return "Sexual violence"
        if hint in {"Remote explosive/landmine/IED", "Suicide bomb", "Shelling/artillery/missile attack",
                    "Air/drone strike", "Grenade"}:
            for pattern, label in REMOTE:  # a more specific weapon in the sentence wins
                if pattern.search(sentence) and label in {"Suicide bomb"}:
                    return label
            return hint
        if mode == "destroy":
            # damage done by a remote weapon ("damaged a vehicle by IED detonation") is
            # Explosions/Remote violence (ACLED Codebook), not property destruction
            weapon = next((label for pattern, label in REMOTE if pattern.search(sentence)), None)
            if weapon in {"Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"}:
                return weapon  # (aircraft words may name the damaged thing, not the weapon)
        if mode == "destroy" and not killed and not any(armed(t) for t in targets):
            return "Looting/property destruction"
        for pattern, label in REMOTE:
            if pattern.search(sentence) and label != "Remote explosive/landmine/IED":
                return label
        if REMOTE[3][0].search(sentence) and not CLASH_WORDS.search(sentence):
            return "Remote explosive/landmine/IED"
        src_armed = any(armed(s) for s in sources)
        tgt_armed = any(armed(t) for t in targets)
        if REGAIN.search(sentence) and src_armed:
            return "Government regains territory" if any(s.sector in {"MIL", "COP", "GOV"} for s in sources) \
                else "Non-state actor overtakes territory"
        if OVERTAKE.search(sentence) and src_armed and not any(s.sector in {"MIL", "COP", "GOV"} for s in sources):
            return "Non-state actor overtakes territory"
        armed_victims = bool(fatalities and fatalities.whose and ARMED_VICTIMS.search(fatalities.whose))
        if tgt_armed or armed_victims or CLASH_WORDS.search(sentence) or (mode == "firearms" and src_armed and not targets):
            return "Armed clash"
        if MOB.search(sentence) and not src_armed:
            return "Mob violence"
        return "Attack"
    if event_type == "COERCE":
        if mode == "arrest":
            return "Arrests"
        if mode == "seize" and (hint == "Non-violent transfer of territory" or (
                hint == "Non-state actor overtakes territory" and NON_VIOLENT_TAKEOVER.search(sentence))):
            return "Non-violent transfer of territory"  # codebook: rebels, governments or affiliates alike
        if mode == "seize" and hint == "Non-state actor overtakes territory":
            src_state = any(s.sector in {"MIL", "COP", "GOV"} for s in sources)
            return "Government regains territory" if src_state and REGAIN.search(sentence) else \
                ("Non-violent transfer of territory" if not src_state else "Other")
        if mode == "seize" or hint == "Looting/property destruction":
            return "Looting/property destruction"
        if hint == "Disrupted weapons use":
            return "Disrupted weapons use"
        if hint:
            return hint
        return None
    if event_type == "MOBILIZE":
        return hint or "Change to group/activity"
    if event_type == "THREATEN" and any(armed(s) for s in sources):
        return "Other"  # an armed group threatening or intimidating: non-violent activity by a conflict actor
    if event_type in {"AGREE", "SUPPORT"} and hint == "Agreement":  # "signed an accord" (SUPPORT, CAMEO 057)
        return "Agreement"
    if event_type == "RETREAT":
        if mode == "ceasefire":
            return "Agreement"
        if hint == "Non-violent transfer of territory" or (
                mode == "withdraw" and any(armed(s) for s in sources) and HANDOVER.search(sentence)):
            return "Non-violent transfer of territory"
        if mode in {"withdraw", "disarm"} and (any(armed(s) for s in sources)):
            return "Change to group/activity"
        return None
    return None
