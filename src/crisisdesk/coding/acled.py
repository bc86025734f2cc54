"""ACLED event_type / sub_event_type for a coded event, from its PLOVER type and mode,
the trigger's ACLED hint, the actors and a few weapon and response words.

Rules follow the ACLED Codebook definitions (see ``data/ontology/acled.yaml``):

- remote weapons decide first (IED/mine, suicide bomb, shelling/artillery, air/drone
  strike, grenade): Explosions/Remote violence - unless ground fighting is reported
  beside the weapon (a "complex ambush" opened by an IED and followed by gunfire, a
  suicide bombing followed by an armed assault, an "air-ground" or "air-supported"
  operation, shelling while the sides exchange fire): ACLED codes such a combined
  attack as Battles - Armed clash (:data:`GROUND_COMBAT`; ACLED Codebook 2023, Battles
  and Explosions/Remote violence: remote weapons used within a ground engagement between
  armed sides make a battle; the ACLED Mali notes of the training split code 41 of 48
  such combined reports as Armed clash);
- abduction and sexual violence: Violence against civilians;
- violence between two organised armed sides (both armed, a clash word, or an armed
  response: "repelled", "retaliated", "exchange of fire"): Battles - Armed clash; state
  forces retaking ground: Government regains territory; a non-state group taking it:
  Non-state actor overtakes territory;
- violence by an unorganised crowd ("residents", "youths", "a mob", "students",
  "protesters"; no organised armed actor among the doers): Riots - Violent
  demonstration when the crowd demonstrates (protest words, barricades, burning tyres,
  stones), else Mob violence (:data:`CROWD`; ACLED Codebook 2023, Riots: violent or
  destructive acts by demonstrators or by mobs, i.e. groups that are not organised
  armed actors);
- violence on unarmed people: Violence against civilians - Attack; an attack on
  property alone (burned, looted, ransacked, livestock or belongings seized) with no
  one reported killed or hurt is Strategic developments - Looting/property destruction,
  and looting in which people are hurt is an Attack (:data:`PROPERTY_HARM`,
  :data:`PEOPLE_HARM`; ACLED Codebook 2023, Looting/property destruction);
- demonstrations: Protests (Peaceful protest; with intervention when dispersed, tear
  gas or arrests; Excessive force when protesters are killed) or Riots (Violent
  demonstration);
- people arrested and then executed or tortured: Violence against civilians - Attack
  (ACLED Codebook 2023: violence against detainees is violence against civilians);
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
    (re.compile(r"\b(ieds?|improvised explosive|landmines?|mines?|explosive devices?|(roadside )?explosives?|roadside bombs?|car bombs?|explosions?|exploded|detonat\w+|blasts?|bombs?)\b", re.I), "Remote explosive/landmine/IED"),
    (re.compile(r"\bgrenades?\b", re.I), "Grenade"),
]
#: Shoulder-fired launchers carried by ground attackers ("rocket-propelled grenades",
#: "RPG-7", "rocket launchers"): small arms and light weapons of a ground attack, not
#: long-range remote fire (ACLED Codebook 2023, Shelling/artillery/missile attack covers
#: long-range artillery, rockets and missiles fired from a distance; Grenade a
#: hand-thrown device). :func:`remote_weapon_text` blanks them before :data:`REMOTE` is read.
LIGHT_LAUNCHERS = re.compile(r"\b(rocket[- ]propelled[- ]grenades?|rpg(-?7)?s?|(rocket|grenade)[- ]launchers?|"
                             r"bazookas?|anti-?tank rockets?)\b", re.I)


def remote_weapon_text(sentence: str) -> str:
    """The sentence with shoulder-fired launchers blanked (:data:`LIGHT_LAUNCHERS`), for
    the remote-weapon patterns of :data:`REMOTE`: "opened fire with rocket-propelled
    grenades" names no shelling and no hand grenade."""
    return LIGHT_LAUNCHERS.sub(" ", sentence)


def remote_weapons(sentence: str) -> list[str]:
    """ACLED remote-violence sub-event types whose weapon words (:data:`REMOTE`) the
    sentence names, launchers of :data:`LIGHT_LAUNCHERS` left out; in REMOTE's order."""
    text = remote_weapon_text(sentence)
    return [label for pattern, label in REMOTE if pattern.search(text)]


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
                         r"routed|resisted|fought back|pursu\w+|(in|of) self-defen[cs]e)\b", re.I)
INTERVENTION = re.compile(r"\b(dispers\w+|tear ?gas|teargas|arrest\w*|detain\w*|broke up|break up|"
                          r"intervened|repress\w*|water cannon|batons?|beat\w*)\b", re.I)
REGAIN = re.compile(r"\b(retak\w+|recaptur\w+|regain\w*|took back|liberat\w+)\b", re.I)
OVERTAKE = re.compile(r"\b(took control|seized control|captur\w+ the (town|village|city|base|camp)|overr[au]n|"
                      r"taken over|took over)\b", re.I)
ARMED_VICTIMS = re.compile(r"\b(soldiers?|militants?|militiam[ae]n|militia|fighters?|assailants?|attackers?|"
                          r"jihadists?|insurgents?|rebels?|gendarmes?|policem[ae]n|police|troops?|hunters?|dozos?|"
                          r"gunm[ae]n|combatants?|terrorists?|peacekeepers?|guards?|servicem[ae]n)\b", re.I)
#: Ground fighting beside a remote weapon (module docstring): ACLED codes the combined
#: attack as Battles - Armed clash.
GROUND_COMBAT = re.compile(
    r"\b(air-ground|air and ground|combined air|air-supported|ground (forces|troops|assault|attack|operation|offensive)|"
    r"commandos?|small[- ]arms|gunfire|gunshots?|armed assault|exchanges? of (heavy )?(gun)?fire|exchanged (heavy )?(gun)?fire|"
    r"returned fire|firefights?|gunfights?|complex (ambush|attack|assault)|multi-?pronged|ambush\w*|clash\w*)\b", re.I)
#: Shooting aimed at someone ("opened fire on passers-by"): without a coded target the
#: rules cannot tell armed from unarmed, so the shooting is no clash by itself.
FIRED_AT = re.compile(r"\b(fire|fired|shots|shooting|shot)\s+(on|at|against|upon|toward|towards)\b", re.I)
#: Weapons seized: in an attack, the attackers' loot (not Disrupted weapons use).
SEIZED_ARMS = re.compile(r"\bseized (weapons|arms)\b", re.I)
#: Detainees harmed: ACLED codes the killing or torture of people in custody as
#: Violence against civilians - Attack, not Arrests.
DETAINEES_HARMED = re.compile(r"\b(execut\w+|tortur\w+|killed|found dead|bodies|beaten|died)\b", re.I)
#: Unorganised crowds (ACLED Riots: demonstrators and mobs, not organised armed groups).
CROWD = re.compile(r"\b(mobs?|crowds?|youths?|young people|residents|locals|protesters?|protestors?|demonstrators?|"
                   r"students|pupils|rioters|inhabitants|population|gold (diggers|miners)|artisanal miners)\b", re.I)
#: Militias and armed self-defence groups (organised armed actors though coded MIL).
MILITIA = re.compile(r"\b(militia\w*|self-defen[cs]e|dozos?|donsos?|hunters?|vigilantes?|ambassagou)\b", re.I)
#: A crowd said to be armed: ACLED treats armed civilians who fight as a militia.
ARMED_CROWD = re.compile(r"\barmed (\w+ )?(youths?|residents|locals|students|villagers|civilians)\b|"
                         r"\b(youths?|residents|locals|students|villagers|civilians) armed\b", re.I)
#: A crowd demonstrating (Riots - Violent demonstration rather than Mob violence).
DEMONSTRATING = re.compile(r"\b(protest\w*|demonstrat\w*|march\w*|sit-in|barricad\w*|(burn\w*|burnt) (tires|tyres)|"
                           r"threw stones|stones|rioted|riots?)\b", re.I)
#: Property attacked, looted or destroyed (ACLED Looting/property destruction).
PROPERTY_HARM = re.compile(r"\b(burn(ed|t|ing)?|set (\w+ )?(ablaze|on fire|fire to)|set fire|torch\w*|ransack\w*|loot\w*|"
                           r"plunder\w*|pillag\w*|stole|stolen|steal\w*|rob(bed|bery|beries)?|stripp\w+|razed|vandali[sz]\w*|"
                           r"(seiz\w+|took|taking|carried off|rustl\w*) (\w+ ){0,3}(livestock|cattle|animals|goods|belongings|"
                           r"vehicles?|motorbikes?|motorcycles?|money|cash|phones?|property|equipment))\b", re.I)
#: Targets that are people or their settlements (an attack on them is Violence against
#: civilians, not Looting/property destruction).
PEOPLE_TARGET = re.compile(r"\b(villages?|hamlets?|towns?|camps?|localit\w+|communit\w+|people|persons?|civilians?|"
                           r"villagers?|residents?|inhabitants?|passengers?|travell?ers?|drivers?|traders?|merchants?|"
                           r"herders?|farmers?|wom[ae]n|child(ren)?|m[ae]n|famil(y|ies)|chiefs?|imams?|teachers?|"
                           r"students?|workers?|shepherds?|individuals?|accountants?|officials?|employees?)\b", re.I)
#: People hurt (an attack on property in which people are hurt is an Attack).
PEOPLE_HARM = re.compile(r"\b(killed|killing|dead|died|wounded|wounding|injured|injuring|hurt|shot|gunshot|beat(en|ing)?|"
                         r"assaulted|tortured|raped|abducted|kidnapped|executed|lynched|stabbed|whipped|flogged)\b", re.I)
#: Armed people counted as hurt ("one gendarme wounded", "two soldiers were injured in"):
#: a number before them and the participle ending its clause, so "two militants killed
#: five villagers" is no such report.
ARMED_HURT = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|several|some|many|dozens of) "
                        r"(\w+ )?(soldiers?|gendarmes?|policem[ae]n|police officers?|troops|peacekeepers?|servicem[ae]n|"
                        r"militiam[ae]n|militants?|assailants?|attackers?|fighters?|dozos?|hunters?|guards?|jihadists?|"
                        r"insurgents?|rebels?|terrorists?|combatants?|gunm[ae]n)\b"
                        r" (were |was |have been |had been )?(killed|wounded|injured|dead)"
                        r"(?=\s*([,.;:)]|$|and\b|in\b|during\b|by\b|while\b|when\b|after\b|on\b|at\b|including\b))", re.I)
#: Armed people killed by the act's doers, active voice ("the army said it had killed more
#: than twenty assailants", "troops neutralised a dozen terrorists"): the dead are an armed
#: side whatever the role parse made of them, so the act is a Battle (ACLED Codebook 2023,
#: Battles: violent interaction between two organised armed groups; Violence against
#: civilians is violence on unarmed people).
ARMED_KILLED = re.compile(r"\b(killed|killing|kills|neutrali[sz](ed|ing)|eliminat(ed|ing)|shot dead|wiped out|"
                          r"put out of action)\s+((more than|at least|about|around|some|nearly|over|up to|dozens of|scores of|"
                          r"hundreds of|a dozen|a number of|several|many|all|the|of|an?|\d+|one|two|three|four|five|six|"
                          r"seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|suspected|armed|"
                          r"heavily|jihadist|islamist|terrorist|rebel|enemy)\s+){0,5}(soldiers?|gendarmes?|militants?|militiam[ae]n|fighters?|"
                          r"assailants?|attackers?|jihadists?|insurgents?|rebels?|terrorists?|gunm[ae]n|combatants?|"
                          r"bandits?|raiders?)\b", re.I)


#: Security personnel out of service ("a retired National Guard", "a former soldier",
#: "an off-duty policeman"): civilians for ACLED (Codebook 2023, Violence against
#: civilians: victims are unarmed, not engaged in political violence).
OUT_OF_SERVICE = re.compile(r"\b(retired|former|ex-|off-duty|demobili[sz]ed)\s*(\w+\s+){0,2}(soldiers?|gendarmes?|"
                            r"guards?|policem[ae]n|police officers?|officers?|militants?|fighters?|rebels?|"
                            r"combatants?|servicem[ae]n|militiam[ae]n)\b", re.I)


def armed_dead_reported(sentence: str, fatalities: Count | None = None) -> bool:
    """True when the dead are said to be armed: the toll counts armed people (its
    ``whose`` matches :data:`ARMED_VICTIMS`), or the sentence has the doers kill armed
    people (:data:`ARMED_KILLED`) or counts armed people killed (:data:`ARMED_HURT`);
    never when the sentence calls them out of service (:data:`OUT_OF_SERVICE`)."""
    if OUT_OF_SERVICE.search(sentence):
        return False
    whose = fatalities.whose if fatalities is not None else None
    return bool(whose and ARMED_VICTIMS.search(whose)) or bool(ARMED_KILLED.search(sentence)) \
        or bool(ARMED_HURT.search(sentence))


#: An armed group's raid on a settlement ("attacked the village of", "raided a Fulani
#: hamlet"): Violence against civilians even when only property is reported damaged
#: (ACLED Codebook 2023, Attack: an armed group attacking a community or a village).
SETTLEMENT_RAID = re.compile(r"\b(attack\w*|raid\w*|storm\w*|stormed|invad\w+)( and \w+)? (the |a |an )?(\w+ ){0,2}"
                             r"(villages?|hamlets?|camps? of|encampments?|communit\w+|localit\w+)\b", re.I)
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
                fatalities: Count | None, armed: callable,  # type: ignore[valid-type]
                injured: Count | None = None) -> tuple[str | None, str | None]:
    """(ACLED event_type, sub_event_type) or (None, None) when ACLED would not code it.

    ``armed`` is a predicate ActorRef -> bool (organised armed actor); ``injured`` the
    reported injured count (its ``whose`` tells armed from civilian victims)."""
    sub = _sub_event(event_type, mode, hint, sources, targets, sentence, fatalities, armed, injured)
    if sub is None:
        return None, None
    return ontology.acled_event_type_of(sub), sub


def _sub_event(event_type: str, mode: str | None, hint: str | None, sources: list[ActorRef],
               targets: list[ActorRef], sentence: str, fatalities: Count | None, armed,  # noqa: ANN001
               injured: Count | None = None) -> str | None:
    killed = bool(fatalities and (fatalities.min or 0) > 0)
    if event_type == "PROTEST":
        if PROTEST_DEATHS.search(sentence):
            return "Excessive force against protesters"
        if mode in {"riot", "obstruct"} or VIOLENT_DEMO.search(sentence) or re.search(r"\bclash\w*", sentence, re.I):
            # demonstrators clashing (with anyone) is a violent demonstration (ACLED Riots)
            return "Mob violence" if MOB.search(sentence) and killed else "Violent demonstration"
        if INTERVENTION.search(sentence):
            return "Protest with intervention"
        return "Peaceful protest"
    if event_type == "ASSAULT" and mode not in {"explosives", "suicide-attack", "heavy-weapons", "aerial"} \
            and _forces_against_protesters(sources, targets, sentence):
        # ACLED Codebook, Protests: peaceful protesters met with lethal force or serious
        # injury are "Excessive force against protesters", dispersed or beaten without it
        # "Protest with intervention" - a Protests event, not Violence against civilians
        return "Excessive force against protesters" if killed else "Protest with intervention"
    if event_type == "ASSAULT" or (event_type == "COERCE" and mode == "seize" and killed):
        weapons = remote_weapons(sentence)
        # arms seized by attackers are loot of the attack, not a disruption
        if (hint == "Disrupted weapons use" or DISRUPTED.search(SEIZED_ARMS.sub("", sentence))) and not killed \
                and not fought_or_harmed(sentence) or mode in {"explosives", None} and ACCIDENTAL_BLAST.search(sentence):
            return "Disrupted weapons use"
        if (mode in {"abduct"} or hint == "Abduction/forced disappearance") and not killed:
            return "Abduction/forced disappearance"  # abducted and killed is an Attack (ACLED)
        if mode == "sexual":
            return "Sexual violence"
        if combined_attack(sentence, hint):
            return "Armed clash"
        if hint in {"Remote explosive/landmine/IED", "Suicide bomb", "Shelling/artillery/missile attack",
                    "Air/drone strike", "Grenade"}:
            if "Suicide bomb" in weapons:  # a more specific weapon in the sentence wins
                return "Suicide bomb"
            return hint
        if mode == "destroy":
            # damage done by a remote weapon ("damaged a vehicle by IED detonation") is
            # Explosions/Remote violence (ACLED Codebook), not property destruction
            weapon = weapons[0] if weapons else None
            if weapon in {"Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"}:
                return weapon  # (aircraft words may name the damaged thing, not the weapon)
        if mode == "destroy" and crowd_act(sources, sentence, armed):
            return "Violent demonstration" if DEMONSTRATING.search(sentence) else "Mob violence"  # crowds destroying
        if mode == "destroy" and not killed and not any(armed(t) for t in targets) and not PEOPLE_HARM.search(sentence) \
                and not SETTLEMENT_RAID.search(sentence):
            return "Looting/property destruction"
        for label in weapons:
            if label != "Remote explosive/landmine/IED":
                return label
        if "Remote explosive/landmine/IED" in weapons and not CLASH_WORDS.search(sentence):
            return "Remote explosive/landmine/IED"
        src_armed = any(armed(s) for s in sources)
        tgt_armed = any(armed(t) or said_armed(t, sentence, sources) for t in targets)
        if REGAIN.search(sentence) and src_armed:
            return "Government regains territory" if any(s.sector in {"MIL", "COP", "GOV"} for s in sources) \
                else "Non-state actor overtakes territory"
        if OVERTAKE.search(sentence) and src_armed and not any(s.sector in {"MIL", "COP", "GOV"} for s in sources):
            return "Non-state actor overtakes territory"
        if crowd_act(sources, sentence, armed) or crowd_clash(sources, targets, sentence, armed):
            return "Violent demonstration" if DEMONSTRATING.search(sentence) else "Mob violence"
        armed_victims = any(c is not None and c.whose and ARMED_VICTIMS.search(c.whose) for c in (fatalities, injured)) \
            or armed_dead_reported(sentence, fatalities)
        if not tgt_armed and not armed_victims and property_only(sentence, killed, injured, targets):
            return "Looting/property destruction"
        shooting_unaimed = mode == "firearms" and src_armed and not targets and not FIRED_AT.search(sentence)
        if tgt_armed or armed_victims or CLASH_WORDS.search(sentence) or shooting_unaimed:
            return "Armed clash"
        if MOB.search(sentence) and not src_armed:
            return "Mob violence"
        return "Attack"
    if event_type == "COERCE":
        if mode == "arrest":
            if DETAINEES_HARMED.search(sentence) and not any(armed(t) for t in targets):
                return "Attack"  # detainees executed or tortured: Violence against civilians (codebook)
            return "Arrests"
        if mode == "seize" and (hint == "Non-violent transfer of territory" or (
                hint == "Non-state actor overtakes territory" and NON_VIOLENT_TAKEOVER.search(sentence))):
            return "Non-violent transfer of territory"  # codebook: rebels, governments or affiliates alike
        if mode == "seize" and hint == "Non-state actor overtakes territory":
            src_state = any(s.sector in {"MIL", "COP", "GOV"} for s in sources)
            return "Government regains territory" if src_state and REGAIN.search(sentence) else \
                ("Non-violent transfer of territory" if not src_state else "Other")
        if mode == "seize" or hint == "Looting/property destruction":
            if (PEOPLE_HARM.search(sentence) or SETTLEMENT_RAID.search(sentence)) and not any(armed(t) for t in targets):
                return "Attack"  # looting in which people are hurt, or a raid on a village: VAC (codebook)
            return "Looting/property destruction"
        if hint == "Disrupted weapons use" and fought_or_harmed(sentence):
            # an interception or a raid with fighting or people hurt: a Battle with an armed
            # side or fighting words, else violence against civilians (codebook)
            fought = CLASH_WORDS.search(sentence) or any(armed(t) for t in targets) or ARMED_HURT.search(sentence)
            if fought:
                return "Armed clash"
            taken = re.search(r"\b(abduct\w*|kidnap\w*|taken hostage)\b", sentence, re.I)
            slain = killed or re.search(r"\b(killed|executed|dead|died)\b", sentence, re.I)
            return "Abduction/forced disappearance" if taken and not slain else "Attack"
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


#: Names of people taking part in a demonstration (targets of state force at a protest).
PROTESTERS = re.compile(r"\b(protest(e|o)rs?|demonstrators?|marchers?|demonstrants?)\b", re.I)


def _forces_against_protesters(sources: list[ActorRef], targets: list[ActorRef], sentence: str) -> bool:
    """State forces (or an unnamed doer) acting on protesters who were not themselves
    violent (no riot words in the sentence): "police beat demonstrators with batons"."""
    if not any(PROTESTERS.search(t.name or "") for t in targets):
        return False
    if any(s.sector not in {"MIL", "COP", "GOV"} for s in sources):
        return False
    return not VIOLENT_DEMO.search(sentence)


#: People taken or hurt in an operation (not a weapons seizure alone).
PEOPLE_TAKEN_OR_HURT = re.compile(r"\b(abduct\w*|kidnap\w*|wounded|injured|executed|killed|taken hostage)\b", re.I)


def fought_or_harmed(sentence: str) -> bool:
    """An interception or a raid on a base that reports fighting (:data:`CLASH_WORDS`) or
    people killed, hurt or taken: ACLED Disrupted weapons use is the interception or
    seizure of weapons and explosives without such violence (ACLED Codebook 2023,
    Strategic developments); with it the event is a Battle or an Attack."""
    return bool(CLASH_WORDS.search(sentence) or PEOPLE_TAKEN_OR_HURT.search(sentence))


def combined_attack(sentence: str, hint: str | None = None) -> bool:
    """A remote weapon (a weapon word in the sentence or the trigger's remote hint) with
    ground fighting beside it (:data:`GROUND_COMBAT`): ACLED Battles - Armed clash."""
    remote = bool(remote_weapons(sentence)) or hint in {
        "Remote explosive/landmine/IED", "Suicide bomb", "Shelling/artillery/missile attack", "Air/drone strike", "Grenade"}
    return remote and bool(GROUND_COMBAT.search(sentence))


def said_armed(actor: ActorRef, sentence: str, sources: list[ActorRef] = ()) -> bool:  # type: ignore[assignment]
    """True when the sentence calls the actor armed ("shot dead two armed herders",
    "a vehicle carrying armed men") and no doer bears that name ("armed men raided the
    village, killing a man" calls the doers armed, not the victim): ACLED codes violence against armed people, organised
    or not, as Battles (ACLED Codebook 2023, Battles: armed, organised sides; armed
    civilians who fight are treated as a militia, see :data:`ARMED_CROWD`)."""
    name = actor.name.strip()
    if not name or any(re.search(r"\b" + re.escape(name) + r"\b", s.name, re.I) for s in sources):
        return False
    return re.search(r"\barmed (\w+ )?" + re.escape(name) + r"\b", sentence, re.I) is not None


def crowd_act(sources: list[ActorRef], sentence: str, armed) -> bool:  # noqa: ANN001
    """True when the doers are an unorganised crowd (:data:`CROWD` names every source,
    none of them an organised armed actor; or unnamed civilians in a sentence about a
    demonstration), or the sentence calls the doers a mob
    ("lynched", "a mob") and no organised armed actor acts: ACLED Riots."""
    if any(armed(s) for s in sources) or ARMED_CROWD.search(sentence):
        return False  # armed civilians fighting are a militia (ACLED: Battles), not a mob
    if sources:
        if all(CROWD.search(s.name) for s in sources):
            return True
        # unnamed civilians who demonstrate ("women set up barricades in protest")
        return bool(DEMONSTRATING.search(sentence)) and all(s.generic and s.sector in {"CVL", "LAB", "EDU"} for s in sources)
    return bool(re.search(r"\b(mobs?|lynch\w*)\b", sentence, re.I))


def crowd_clash(sources: list[ActorRef], targets: list[ActorRef], sentence: str, armed) -> bool:  # noqa: ANN001
    """A clash in which one side is an unorganised crowd or demonstrators and no
    non-state armed group takes part ("clashes between police and youths", "protesters
    clashed with security forces"): ACLED Riots (violence by demonstrators or a mob,
    whoever they confront); armed civilians are a militia instead (:data:`ARMED_CROWD`)."""
    if not CLASH_WORDS.search(sentence) or ARMED_CROWD.search(sentence):
        return False
    sides = [*sources, *targets]
    if any(armed(a) and (a.sector not in {"MIL", "COP"} or MILITIA.search(a.name)) for a in sides):
        return False  # a rebel or militia side: a battle or an attack, not a riot
    return any(CROWD.search(a.name) for a in sides if not armed(a)) or (
        re.search(r"\b(protesters?|protestors?|demonstrators?)\b", sentence, re.I) is not None)


def property_only(sentence: str, killed: bool, injured: Count | None, targets: list[ActorRef] = ()) -> bool:  # type: ignore[assignment]
    """An attack on property alone: property burned, looted or seized
    (:data:`PROPERTY_HARM`), nobody reported killed or hurt (:data:`PEOPLE_HARM`, no
    count), no raid on a settlement (:data:`SETTLEMENT_RAID`) and no people or
    settlement among the targets (:data:`PEOPLE_TARGET`: ACLED codes an armed group's
    raid on a village or a community as Violence against civilians even when no one is
    hurt): ACLED Strategic developments - Looting/property destruction."""
    hurt = killed or bool(injured and (injured.min or 0) > 0)
    if SETTLEMENT_RAID.search(sentence):
        return False
    if any(t.actor_type in {"identity", "identity group", "ethnic"} or t.sector == "ETH" or PEOPLE_TARGET.search(t.name)
           for t in targets):
        return False
    return not hurt and bool(PROPERTY_HARM.search(sentence)) and not PEOPLE_HARM.search(sentence)
