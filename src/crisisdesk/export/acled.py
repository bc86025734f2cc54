"""ACLED-format export: ACLED's column names and codes, one row per event.

Columns follow the ACLED codebook (``acled_codebook_from_acledR.csv``, acledR) in the
wide form of ACLED's current exports (one row per event, ``actor2`` beside ``actor1``),
plus ``disorder_type`` and ``civilian_targeting`` from ACLED's 2023 codebook.

Which events: only those with an ACLED ``event_type`` (political violence,
demonstrations, strategic developments; PLOVER-only events such as CONSULT have none)
and a status of ``asserted`` or ``claimed`` (ACLED records reported events, including
claimed ones; threatened, hypothetical, negated, historical and generic mentions are not events
for ACLED). The skipped events remain in the ``csv``/``jsonl`` exports.

Codes and mappings:

- ``event_date``: ISO ``YYYY-MM-DD`` (the form of ACLED's current API and exports).
- ``time_precision`` (ACLED: 1 = actual date, 2 = specific week, 3 = only month known):
  our ``day`` → 1, ``week`` → 2, ``month`` → 3, ``year`` → 3 (ACLED has no coarser
  code; ``notes`` then says the date is known to the year only). Unknown → 3.
- ``geo_precision`` (ACLED: 1 = particular town, 2 = near a town or small part of a
  region, 3 = larger region): ours 1-3 unchanged, 4 (country only) → 3 and ``notes``
  says the location is known to the country only.
- ``inter1``/``inter2`` (ACLED: 1 state forces, 2 rebel groups, 3 political militias,
  4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces)
  from the actor's ``actor_type`` and sector code; state forces of another country than
  the event's are 8. ``interaction`` is the two codes, lower first (``27``), or
  ``inter1 * 10`` for a sole actor.
- ``fatalities``: the lowest reported figure of a range (ACLED's conservative rule);
  0 when none is reported (as ACLED records it). The range is stated in ``notes``.
  A toll given by a vague word is coded with ACLED's figure for it, not the word's
  literal floor (ACLED FAQ "How are injuries and fatalities recorded?": "tens" 10,
  "dozens" 12, "hundreds" 100; :func:`crisisdesk.coding.counts.acled_fatalities`):
  "dozens were killed" is stored as at least 24 (``fatalities_min``, kept by the
  ``csv``/``jsonl``/PLOVER exports) and exported here as 12, ``notes`` naming the word.
- ``actor1`` is our first source actor, ``actor2`` our first target (ACLED itself does
  not imply direction); further actors go to ``assoc_actor_1``/``assoc_actor_2``.
  Two exceptions follow the codebook: in a Protests event the protesters are actor1
  and the forces intervening actor2 (PLOVER codes "police dispersed protesters" with
  the police as source); and things the coder took as targets (a truck, a bridge, a
  building: :data:`INANIMATE`) are no actors, since ACLED actors are groups and
  people - they neither fill ``actor2`` nor make an event civilian targeting. A force's
  post or checkpoint stands for the force ("Military Forces of Mali", "Police Forces of
  Mali Gendarmerie"), a village for its civilians ("Civilians (Mali)"), and a generic
  armed doer (gunmen, attackers, assailants, armed men) for "Unidentified Armed Group
  (Mali)", inter 3 (ACLED Codebook: unidentified armed groups are political militias);
  actors named alike on one side are given once (:func:`acled_actor`).
- ``source`` is the site of the representative article; ``event_id_cnty`` is our
  event id (not an ACLED id); ``iso`` the ISO 3166-1 numeric code.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from datetime import date
from typing import Any, TextIO

from crisisdesk.coding.counts import acled_fatalities
from crisisdesk.export.acled_regimes import with_regime_years
from crisisdesk.export.countries import acled_country_name, acled_region, iso_numeric
from crisisdesk.records import Count
from crisisdesk.store.queries import EventView, actor_name, claimant_phrase, named_source

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
    "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
    "source_scale", "notes", "fatalities", "timestamp", "iso3",
]

ACLED_STATUSES = ("asserted", "claimed")
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
DISORDER_TYPE = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Political violence",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
_STATE_SECTORS = {"MIL", "GOV", "COP", "SPY", "JUD", "LEG"}
_CIVILIAN_SECTORS = {"CVL", "BUS", "MED", "LAB", "EDU", "REL", "NGO", "REF", "HLH", "AGR", "ELI"}
_TYPE_TO_INTER = {
    "rebel group": 2, "political militia": 3, "identity militia": 4, "rioters": 5,
    "protesters": 6, "civilians": 7, "private military company": 8, "igo": 8,
    "media": 7, "business": 7,
}
# Verbs for ``notes``, by ACLED sub_event_type (our wording).
_VERBS = {
    "Armed clash": "clashed with",
    "Government regains territory": "regained territory from",
    "Non-state actor overtakes territory": "took territory from",
    "Sexual violence": "committed sexual violence against",
    "Attack": "attacked",
    "Abduction/forced disappearance": "abducted",
    "Chemical weapon": "used a chemical weapon against",
    "Air/drone strike": "carried out an air/drone strike on",
    "Suicide bomb": "carried out a suicide bombing against",
    "Shelling/artillery/missile attack": "shelled",
    "Remote explosive/landmine/IED": "used a remote explosive against",
    "Grenade": "threw a grenade at",
    "Peaceful protest": "protested against",
    "Protest with intervention": "protested and met an intervention by",
    "Excessive force against protesters": "protested and met excessive force by",
    "Excessive force against protestors": "protested and met excessive force by",
    "Violent demonstration": "demonstrated violently against",
    "Mob violence": "took part in mob violence against",
    "Agreement": "reached an agreement with",
    "Arrests": "arrested",
    "Change to group/activity": "changed activity regarding",
    "Disrupted weapons use": "disrupted weapons use by",
    "Headquarters or base established": "established a base near",
    "Looting/property destruction": "looted or destroyed property of",
    "Non-violent transfer of territory": "took over territory from",
    "Other": "acted on",
}


def inter_code(actor: Any, event_country: str | None, event_type: str | None, is_source: bool) -> int | None:
    """ACLED ``inter`` code (1-8, codebook above) of a stored actor dict, else None."""
    if not isinstance(actor, dict):
        return None
    actor_type = (actor.get("actor_type") or "").lower()
    sector = (actor.get("sector") or "").upper()
    if is_source and event_type == "Protests":
        return 6
    if is_source and event_type == "Riots":
        return 5
    if actor_type in _TYPE_TO_INTER:
        return _TYPE_TO_INTER[actor_type]
    if sector in ("REB", "INS"):
        return 2
    if actor_type in ("state", "state forces") or sector in _STATE_SECTORS:
        country = actor.get("country")
        if country and event_country and country.upper() != event_country.upper():
            return 8
        return 1
    if sector == "IGO" or sector == "PMC":
        return 8
    if sector in _CIVILIAN_SECTORS or actor.get("generic"):
        return 7
    return None


def interaction_code(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED ``interaction``: both inter codes, lower digit first; sole actor ``x0``."""
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def _date_phrase(day: date | None, precision: str | None, end: date | None = None) -> str:
    """The notes' opening date phrase. A week is written as its span, as every other
    output writes it (``store.queries.date_text``): "Between 19 and 25 November 2025"
    (it was "In the week of 19 November 2025", which reads as the week starting then,
    whatever the span); a week span of one day ("this week" in a Monday's report: the
    week so far) as that day, "On 30 November 2026" (it was "Between 30 November 2026
    and 30 November 2026")."""
    if day is None:
        return "On an unreported date"
    if precision == "week":
        last = end if end is not None and end >= day else day
        if last == day:
            return f"On {day.day} {day:%B %Y}"
        if (last.year, last.month) == (day.year, day.month):
            return f"Between {day.day} and {last.day} {last:%B %Y}"
        if last.year == day.year:
            return f"Between {day.day} {day:%B} and {last.day} {last:%B %Y}"
        return f"Between {day.day} {day:%B %Y} and {last.day} {last:%B %Y}"
    if precision == "month":
        return f"In {day:%B %Y}"
    if precision == "year":
        return f"In {day.year} (date known to the year only)"
    return f"On {day.day} {day:%B %Y}"


def _place_phrase(event: EventView) -> str:
    country = acled_country_name(event.country) or event.country or ""
    name = event.place_name or ""
    precision = event.geo_precision
    if precision == 4 or (not name and country):
        return f"in {country} (location known to the country only)" if country else ""
    where = ", ".join(p for p in (name, event.admin1 if event.admin1 != name else None, country) if p)
    if name.lower().startswith("between "):  # "between Zégoua and Sikasso", not "in between ..."
        return where
    if precision == 2:
        return f"near {where}"
    if precision == 3:
        return f"in the area of {where}"
    return f"in {where}" if where else ""


def acled_notes(event: EventView) -> str:
    """A one-paragraph ACLED-style description written from the event's fields:
    date (with its precision), actors, act, place, fatalities (with any range),
    the claim when claimed, else who the report is attributed to ("According to the
    army.", ``reported_by``), and the number of reports."""
    src, tgt = _acled_actors(event)
    sources = " and ".join(note_name(name) for _, name, _ in src) or note_name(_unidentified(event)) \
        or "unidentified actors"
    targets = " and ".join(note_name(name) for _, name, _ in tgt)
    verb = _VERBS.get(event.acled_sub_event_type or "", "acted on")
    reported = _reported_act(event) if verb == "acted on" else ""
    crowd_act = _crowd_act(event, src, targets)
    if crowd_act:
        act = crowd_act
    elif reported:
        kind = (event.acled_event_type or event.event_type).lower().rstrip("s")
        act = f'{sources}: {kind}{" involving " + targets if targets else ""}, reported as "{reported}",'
    elif targets:
        act = f"{sources} {verb} {targets}".strip()
    else:
        act = f"{sources}: {(event.acled_sub_event_type or event.event_type).lower()}"
    parts = [f"{_date_phrase(event.event_date, event.time_precision, event.date_end)}, {act} {_place_phrase(event)}".rstrip() + "."]
    if event.fatalities_vague:
        parts.append(f"Reported fatalities: {', '.join(event.fatalities_vague)} ({event.fatalities_text} read "
                     f"literally; {acled_fatality_figure(event)} by ACLED's figures for vague tolls).")
    elif event.fatalities_min is not None or event.fatalities_max is not None:
        parts.append(f"Reported fatalities: {event.fatalities_text}.")
    if event.status == "claimed":
        parts.append(f"Claimed by {claimant_phrase(event.claimed_by) or 'an unnamed source'}.")
    elif named_source(event.reported_by):
        # ACLED notes name who a report comes from ("..., according to local sources");
        # the ``source`` column stays the outlet; "According to he." names nobody
        parts.append(f"According to {claimant_phrase(event.reported_by)}.")
    reports = "report" if event.num_articles == 1 else "reports"
    parts.append(f"[{event.num_articles} {reports}; crisisdesk {event.event_id}]")
    return " ".join(parts)


#: ACLED's category names ("<category> (<country>)") as plain words in a note: the
#: category is no name a sentence can carry ("Protesters (Mali) protested ..."), and the
#: note's place phrase already names the country.
_NOTE_CATEGORY = {"Unidentified Armed Group": "an unidentified armed group", "Islamist Militia": "an Islamist militia",
                  "Civilians": "civilians", "Protesters": "protesters", "Rioters": "rioters",
                  "Aid Workers": "aid workers"}
_CATEGORY_NAME = re.compile(r"^(?P<category>" + "|".join(_NOTE_CATEGORY) + r")(?: \((?P<country>[^()]+)\))?$")


def note_name(name: str) -> str:
    """An actor's ACLED name as a note writes it: ACLED's category names in plain words
    ("Unidentified Armed Group (Mali)" -> "an unidentified armed group", "Civilians
    (Mali)" -> "civilians"); other names as they are ("JNIM: Group for Support of Islam
    and Muslims", "Military Forces of Mali"); "" stays ""."""
    m = _CATEGORY_NAME.match(name or "")
    return _NOTE_CATEGORY[m.group("category")] if m else name


#: A demonstration's act by ACLED sub-event type, as a noun phrase a note can carry
#: ("a protest by students met an intervention by ..."): (the act, the words before the
#: other side, or "" when the other side is what the crowd demonstrates against).
_CROWD_ACTS = {
    "Peaceful protest": ("a peaceful protest", ""),
    "Protest with intervention": ("a protest", "met an intervention"),
    "Excessive force against protesters": ("a protest", "met excessive force"),
    "Excessive force against protestors": ("a protest", "met excessive force"),
    "Violent demonstration": ("a violent demonstration", ""),
    "Mob violence": ("mob violence", ""),
}


def _crowd_act(event: EventView, src: list[tuple[Any, str, int | None]], targets: str) -> str:
    """A Protests or Riots event led by ACLED's crowd actor ("Protesters (Mali)") as one
    clause of its note: "a peaceful protest by students against the government", "a
    protest met an intervention by Police Forces of Mali" - the crowd named once, by the
    act (before, "Protesters (Mali) protested against ..."); the people or organisation
    the report names in the crowd follow "by". "" for other events (the general
    "<actor1> <verb> <actor2>" form applies)."""
    act = _CROWD_ACTS.get(event.acled_sub_event_type or "")
    if act is None or event.acled_event_type not in _CROWD_ACTOR or not src:
        return ""
    if not src[0][1].startswith(_CROWD_ACTOR[event.acled_event_type][0]):
        return ""  # a riot led by an armed actor: that actor acts
    noun, met = act
    by = " and ".join(note_name(name) for _, name, _ in src[1:])
    words = noun + (f" by {by}" if by else "")
    if met:
        return f"{words} {met}" + (f" by {targets}" if targets else "")
    return words + (f" against {targets}" if targets else "")


def _reported_act(event: EventView, max_words: int = 12) -> str:
    """The report's own words for an act our verbs do not name (ACLED sub-type "Other"):
    the evidence sentence from the trigger to the end of its clause, at most
    ``max_words`` words; "" when the trigger offsets are unknown."""
    trigger = event.trigger_text
    if not trigger or event.evidence is None or event.trigger_start is None or event.start_char is None:
        return ""
    clause = re.split(r"[,;:.!?\n]", event.evidence[event.trigger_start - event.start_char:], maxsplit=1)[0]
    words = clause.split()
    return " ".join(words[:max_words]) + (" ..." if len(words) > max_words else "")


#: Head nouns of things, not actors (module docstring); munitions too ("an IED", "a
#: landmine", "a mortar shell": the weapon that struck, not who used it - ACLED codes an
#: unclaimed blast to "Unidentified Armed Group (Country)", ACLED Codebook, actor names).
INANIMATE = re.compile(r"\b(trucks?|pick-?ups?( trucks?)?|vehicles?|cars?|lorr(y|ies)|tankers?|buses|bus|motorbikes?|"
                       r"motorcycles?|bridges?|buildings?|houses?|homes?|granar(y|ies)|shops?|markets?|cargo|goods|"
                       r"equipment|weapons?|depots?|warehouses?|ieds?|(land)?mines?|explosives?|(explosive )?devices?|"
                       r"bombs?|shells?|rockets?|mortars?|grenades?)$", re.I)

#: Unnamed perpetrators: a generic armed doer noun names no group, so ACLED codes it as
#: "Unidentified Armed Group (Country)", inter 3 (ACLED Codebook, actor names and
#: "Political militias": unidentified armed groups are coded as political militias).
UNIDENTIFIED_DOER = re.compile(
    r"^(?:(?:unidentified|unknown|suspected|presumed|heavily|armed|masked)\s+)*"
    r"(?:gunm[ae]n|attackers?|assailants?|armed (?:m[ae]n|individuals|elements|groups?)|militants?|"
    r"jihadists?|insurgents?|terrorists?|fighters?|bandits?|raiders?|kidnappers?|abductors?|"
    r"guerrillas?|separatists?|rebels?|combatants?|members|elements|"
    # French (the French coder names an unnamed doer by its words: "hommes armés",
    # "individus armés", "assaillants", "ravisseurs"; "non identifiés" may follow)
    r"(?:hommes?|individus?|éléments?) armés?(?: non identifiés?)?|assaillants?|ravisseurs?|"
    # an unidentified person as the doer ("un individu non identifié a lancé une grenade")
    r"(?:hommes?|individus?) non identifiés?|inconnus?)$", re.I)

#: Unnamed militias ("militias", "militiamen", "a militia"): the participants lexicon
#: gives them the MIL sector (armed, not a state force), but with no name nor community
#: they are an armed group the text does not identify, "Unidentified Armed Group
#: (Country)" (ACLED Codebook, actor names; in the Mali 2017-2019 file that name is
#: actor1 of 514 events, ahead of any named militia).
UNNAMED_MILITIA = re.compile(r"^(?:(?:unidentified|unknown|suspected|armed|local)\s+)*militia(?:s|m[ae]n)?$", re.I)

#: Unnamed doers called Islamist or jihadist: ACLED names them "Islamist Militia
#: (Country)", inter 3 (ACLED actor naming; in ACLED's Mali 2017-2019 export, 25 notes
#: naming only "jihadists"/"Islamists" as the doers have that actor1, none "Unidentified
#: Armed Group").
ISLAMIST_DOER = re.compile(
    r"^(?:(?:unidentified|unknown|suspected|presumed|alleged|armed)\s+)*"
    r"(?:jihadists?|islamists?|(?:islamist|jihadist)\s+(?:militants?|fighters?|gunm[ae]n|insurgents?|groups?|elements|"
    r"militias?|militiamen|assailants?|attackers?))$", re.I)

#: A force's installation taken as a target stands for that force (ACLED Codebook,
#: actor names: the attacked side of a post or checkpoint is the force holding it).
INSTALLATION = re.compile(
    r"^(?P<owner>.*?)\s*\b(?:post|outpost|checkpoint|check-point|base|camp|barracks|position|garrison|"
    r"station|brigade|headquarters)s?$", re.I)

#: Protesters and rioters keep their own name (ACLED names them "Protesters (Mali)",
#: "Rioters (Mali)", not civilians).
CROWD_NAME = re.compile(r"\b(protest\w*|demonstrat\w*|rioters?|mobs?|crowds?|marchers)\b", re.I)

#: A settlement taken as a target stands for its civilians (ACLED Codebook, "Civilians").
SETTLEMENT = re.compile(r"^(?:the\s+)?(?:villages?|towns?|hamlets?|localit(?:y|ies)|settlements?|"
                        r"communit(?:y|ies)|neighbou?rhoods?|displacement camps?|(?:idp|refugee) camps?)$", re.I)


#: ACLED's names of a state's government, military and police forces (ACLED Codebook,
#: actor names: "Government of Mali", "Military Forces of Mali", "Police Forces of Mali").
_STATE_FORCE_NAMES = {"GOV": "Government of {}", "MIL": "Military Forces of {}", "COP": "Police Forces of {}"}
#: ACLED writes "the" before these countries in state actor names ("Military Forces of
#: the Central African Republic"), not in its ``country`` column.
_DEFINITE_COUNTRIES = frozenset({"COD", "CAF"})


def _force_of_installation(actor: dict, owner: str, country: str) -> str:
    """ACLED's name of the force an installation stands for ("" when none): owner words
    first (gendarmerie / police / army), else the actor's sector (MIL, COP)."""
    words = owner.lower()
    sector = (actor.get("sector") or "").upper()
    if "gendarm" in words:
        return f"Police Forces of {country} Gendarmerie"
    if "police" in words or (not words and sector == "COP"):
        return f"Police Forces of {country}"
    if re.search(r"army|military|fama|defen[cs]e|soldier|troop", words) or sector == "MIL":
        return f"Military Forces of {country}"
    return ""


def state_force_name(code: str | None, name: str = "") -> str:
    """ACLED's name of a state actor coded ``<alpha-3><GOV|MIL|COP>`` ("NGAMIL" ->
    "Military Forces of Nigeria", "CAFMIL" -> "Military Forces of the Central African
    Republic"; gendarmes, "COP" with "gendarm" in ``name`` -> "Police Forces of
    Cameroon Gendarmerie"), else "". Source: ACLED Codebook, actor names."""
    code = (code or "").upper()
    if len(code) != 6 or code[3:] not in _STATE_FORCE_NAMES:
        return ""
    country = acled_country_name(code[:3])
    if not country:
        return ""
    if code[:3] in _DEFINITE_COUNTRIES:
        country = f"the {country}"
    force = _STATE_FORCE_NAMES[code[3:]].format(country)
    return f"{force} Gendarmerie" if code[3:] == "COP" and "gendarm" in name.lower() else force


def acled_actor(actor: Any, event_country: str | None) -> tuple[str, int | None] | None:
    """ACLED name and an ``inter`` override of a stored actor, or None when it is no actor:
    a dictionary entry with an ACLED name -> (that name, None), "{country}" filled with
    the event's country (else the actor's) ("Dozo Communal Militia (Burkina Faso)"); a
    generic armed doer (gunmen, attackers) -> ("Unidentified Armed Group (Mali)", 3), one
    called jihadist or Islamist -> ("Islamist Militia (Mali)", 3); a
    post or checkpoint -> the force holding it (("Military Forces of Mali", 1)); a village
    or unnamed civilians (villagers, traders: sectors CVL, BUS, MED...) -> ("Civilians
    (Mali)", 7); a state actor coded <alpha-3>GOV/MIL/COP -> its ACLED state name
    (:func:`state_force_name`); a thing (:data:`INANIMATE`) or another unowned
    installation -> None; any other actor -> (its display name, None: :func:`inter_code`
    decides). Sources: ACLED Codebook actor naming (module docstring)."""
    name = " ".join(actor_name(actor).split())
    if INANIMATE.search(name):
        return None
    if not isinstance(actor, dict):
        return name, None
    acled_name = actor.get("acled_name")
    if acled_name:
        # "({country})": where the event is (ACLED names communal militias by it)
        country = acled_country_name(event_country or actor.get("country"))
        return (acled_name.replace("{country}", country) if country else
                acled_name.replace(" ({country})", "").replace("{country}", "")), None
    generic = bool(actor.get("generic"))
    country = acled_country_name(actor.get("country") or event_country) or actor.get("country") or event_country or ""
    suffix = f" ({country})" if country else ""
    sector = (actor.get("sector") or "").upper()
    if generic and ISLAMIST_DOER.match(name) and sector in ("", "REB", "INS", "UAF"):
        return f"Islamist Militia{suffix}", 3
    if generic and UNIDENTIFIED_DOER.match(name) and sector in ("", "REB", "INS", "UAF"):
        return f"Unidentified Armed Group{suffix}", 3
    if generic and UNNAMED_MILITIA.match(name) and sector in ("", "REB", "INS", "UAF", "MIL"):
        return f"Unidentified Armed Group{suffix}", 3
    if generic and SETTLEMENT.match(name):
        return f"Civilians{suffix}", 7
    m = INSTALLATION.match(name) if generic else None
    if m:
        owner_state = (actor.get("country") or event_country or "").upper()
        force = _force_of_installation(actor, m.group("owner"), (
            f"the {country}" if owner_state in _DEFINITE_COUNTRIES else country) or "its country")
        if not force:
            return None
        foreign = actor.get("country") and event_country and actor["country"].upper() != event_country.upper()
        return force, 8 if foreign else 1
    state = state_force_name(actor.get("code"), name)
    if state:
        return state, None
    if generic and sector in _CIVILIAN_SECTORS and not CROWD_NAME.search(name):
        return f"Civilians{suffix}", 7
    return name, None


def _generic_force_key(actor: Any) -> str:
    """One key for the generic nouns of one state force ("soldiers", "army", "troops" of
    Mali: ``"force:MIL:MLI"``), which ACLED names as one actor; "" for other actors."""
    if not isinstance(actor, dict) or not actor.get("generic"):
        return ""
    sector = (actor.get("sector") or "").upper()
    return f"force:{sector}:{(actor.get('country') or '').upper()}" if sector in ("MIL", "COP") else ""


def _stood_for_sector(acled_name: str) -> str:
    """Sector of the people a place stands for, read from its ACLED name."""
    for prefix, sector in (("Police Forces", "COP"), ("Military Forces", "MIL"), ("Civilians", "CVL")):
        if acled_name.startswith(prefix):
            return sector
    return ""


#: Actor types of communities named by identity (data/actors.yaml: Fulani, Dogon, Tuareg).
IDENTITY_GROUP = "identity group"


def identity_group_names(actor: Any, event_country: str | None, event_type: str | None,
                         is_source: bool) -> list[tuple[str, int]]:
    """ACLED's names of a community named by identity (``actor_type`` "identity group"):
    those who act, or fight in a Battle, are its militia ("Fulani Ethnic Militia (Mali)",
    inter 4); its people harmed otherwise are civilians, with the community as the
    associated actor ("Civilians (Mali)", "Fulani Ethnic Group (Mali)", inter 7). Source:
    ACLED Codebook, identity militias and civilians. [] for other actors."""
    if not isinstance(actor, dict) or (actor.get("actor_type") or "").lower() != IDENTITY_GROUP:
        return []
    country = acled_country_name(event_country or actor.get("country"))
    suffix = f" ({country})" if country else ""
    name = " ".join(actor_name(actor).split())
    if is_source or event_type == "Battles":
        return [(f"{name} Ethnic Militia{suffix}", 4)]
    return [(f"Civilians{suffix}", 7), (f"{name} Ethnic Group{suffix}", 7)]


#: Event types whose targets ACLED codes as civilians when they are unarmed people
#: (Violence against civilians; remote violence and strategic developments such as
#: threats, looting or destruction aimed at people).
_CIVILIAN_HARM_TYPES = frozenset({"Violence against civilians", "Explosions/Remote violence", "Strategic developments"})


def harmed_official_names(actor: Any, event_country: str | None, event_type: str | None,
                          is_source: bool) -> list[tuple[str, int]]:
    """ACLED's names of an unnamed state official (a generic GOV actor: "the mayor", "a
    prefect", "local officials") harmed: an unarmed official is a civilian, with the
    government as associated actor: ("Civilians (Mali)", 7), ("Government of Mali", 1).
    Source: ACLED Codebook, Violence against civilians (victims are unarmed
    non-combatants); in ACLED's Mali 2017-2019 export "Government of Mali" stands beside
    "Civilians (Mali)" as associated actor in 53 events and is actor2 in one. In a
    Battle too (the armed side that fought comes first, :func:`_acled_side`): before, a
    mayor targeted in a Battle was written "Government of Mali", inter 1, as if the
    government had fought. [] for other actors, for doers and in Protests, Riots."""
    if is_source or event_type not in _CIVILIAN_HARM_TYPES | {"Battles"} or not isinstance(actor, dict):
        return []
    if not actor.get("generic") or (actor.get("sector") or "").upper() != "GOV":
        return []
    alpha3 = (event_country or actor.get("country") or "").upper()
    country = acled_country_name(alpha3) if alpha3 else ""
    if not country:
        return [("Civilians", 7)]
    government = state_force_name(f"{alpha3}GOV") or f"Government of {country}"
    return [(f"Civilians ({country})", 7), (government, 1)]


def harmed_aid_worker_names(actor: Any, event_country: str | None, event_type: str | None,
                            is_source: bool) -> list[tuple[str, int]]:
    """ACLED's names of aid organisations and their staff harmed outside a battle (an
    NGO-sector actor: "Doctors Without Borders", "ICRC", "aid workers", "NGO staff"):
    they are civilians of the country where the event happens, with the organisation
    (its ACLED name, else its name) or, for unnamed staff, "Aid Workers (<country>)" as
    associated actor: ("Civilians (Mali)", 7), ("MSF: Doctors Without Borders", 7).
    Source: ACLED's Mali 2017-2019 export, where every event whose associated actor is
    an aid organisation or "Aid Workers" has "Civilians (Mali)" as the actor (e.g. 16
    events with "Aid Workers (Mali)"), never the organisation as actor2 nor "Civilians
    (International)" for staff harmed in Mali. [] for other actors, doers, Battles,
    Protests and Riots."""
    if is_source or event_type not in _CIVILIAN_HARM_TYPES or not isinstance(actor, dict):
        return []
    if (actor.get("sector") or "").upper() != "NGO":
        return []
    country = acled_country_name(event_country) if event_country else ""
    if not country:
        return []
    name = actor.get("acled_name") or " ".join(actor_name(actor).split())
    associate = f"Aid Workers ({country})" if actor.get("generic") else name
    return [(f"Civilians ({country})", 7), (associate, 7)]


def _armed_actor(actor: Any) -> bool:
    """A stored actor dict of an armed side (sector MIL, COP, REB, INS or PKO code, or an
    armed actor type: rebel group, militia, state forces, private military company)."""
    if not isinstance(actor, dict):
        return False
    if (actor.get("sector") or "").upper() in {"MIL", "COP", "REB", "INS"} or (actor.get("code") or "").endswith("PKO"):
        return True
    kind = (actor.get("actor_type") or "").lower()
    return any(k in kind for k in ("rebel", "militia", "state forces", "military"))


def _acled_side(actors: Iterable[Any], event_country: str | None, event_type: str | None = None,
                is_source: bool = True) -> list[tuple[Any, str, int | None]]:
    """The (actor, ACLED name, inter override) of one side, things dropped and actors
    named alike given once (a second generic doer noun is no associated actor); an
    installation or settlement whose people are already on the side adds nothing."""
    named: list[tuple[Any, str, int | None]] = []
    actors = list(actors)
    if event_type == "Battles" and not is_source:
        # the armed side fought: an unnamed official beside it (a mayor and his guards)
        # comes after it, a civilian; with no armed actor, the official is still a
        # civilian, never the government as a fighting side
        actors.sort(key=lambda a: not _armed_actor(a))
    for a in actors:
        identity = identity_group_names(a, event_country, event_type, is_source) or \
            harmed_official_names(a, event_country, event_type, is_source) or \
            harmed_aid_worker_names(a, event_country, event_type, is_source)
        if identity:
            named.extend((a, n, inter) for n, inter in identity)
            continue
        n = acled_actor(a, event_country)
        if n is not None:
            named.append((a, n[0], n[1]))
    people = {((a.get("sector") or "").upper(), (a.get("country") or "").upper())
              for a, name, override in named if isinstance(a, dict) and override is None}
    side: list[tuple[Any, str, int | None]] = []
    seen: set[str] = set()
    for actor, name, override in named:
        stands_for = override in (1, 7, 8) and name != actor_name(actor)
        if stands_for and _stood_for_sector(name) and (
                _stood_for_sector(name), (actor.get("country") or "").upper()) in people:
            continue
        force = _generic_force_key(actor)
        if name.lower() in seen or (force and force in seen):
            continue
        seen.add(name.lower())
        if force:
            seen.add(force)
        side.append((actor, name, override))
    return side


def _acled_actors(event: EventView) -> tuple[list[tuple[Any, str, int | None]], list[tuple[Any, str, int | None]]]:
    """(actor1 side, actor2 side) for the ACLED row as (actor, ACLED name, inter override)
    triples (module docstring: things are no actors; protesters first in a Protests event)."""
    return acled_sides(event.source_actors, event.target_actors, event.country, event.acled_event_type)


def acled_sides(sources: Iterable[Any], targets: Iterable[Any], event_country: str | None, event_type: str | None,
                ) -> tuple[list[tuple[Any, str, int | None]], list[tuple[Any, str, int | None]]]:
    """(actor1 side, actor2 side) of an event's source and target actors (stored actor
    dicts, ``event_country`` alpha-3 of the event's place, ``event_type`` its ACLED
    event type) as (actor, ACLED name, inter override) triples: :func:`_acled_side` on
    each side, and in a Protests event the protesters first (ACLED Codebook, Protests:
    the protesters are actor1, the forces intervening actor2)."""
    src = _acled_side(sources, event_country, event_type, True)
    tgt = _acled_side(targets, event_country, event_type, False)
    if event_type == "Protests" and tgt and src and all(
            inter_code(a, event_country, None, True) in (1, 8) for a, _, _ in src):
        src, tgt = tgt, src  # ACLED Codebook, Protests: the protesters are actor1
    if event_type in _CROWD_ACTOR:
        src = _crowd_first(src, event_type, event_country)
    return src, tgt


#: ACLED's actor name of the crowd in a demonstration event and its ``inter`` code.
_CROWD_ACTOR = {"Protests": ("Protesters", 6), "Riots": ("Rioters", 5)}


def _crowd_first(side: list[tuple[Any, str, int | None]], event_type: str,
                 event_country: str | None) -> list[tuple[Any, str, int | None]]:
    """The demonstrators' side of a Protests or Riots event with ACLED's crowd actor
    first: "Protesters (Mali)" / "Rioters (Mali)", the people or organisation the
    report names (students, a union, a party) after it as associated actors, unnamed
    civilians ("Civilians (Mali)": residents, youths) dropped as the crowd itself. A
    riot's side led by an armed actor (a militia's mob violence: inter 1-4, 8) keeps
    that actor. Source: ACLED Codebook, Protests and Riots (demonstrators are coded as
    "Protesters (Country)" / "Rioters (Country)", the group they belong to as associated
    actor); ACLED's Mali 2017-2019 export: actor1 is "Protesters" in 170 of 171 Protests
    events and "Rioters" in 87 of 92 Riots events."""
    crowd, inter = _CROWD_ACTOR[event_type]
    if event_type == "Riots" and side and side[0][2] not in (5, 6, 7) and \
            inter_code(side[0][0], event_country, None, False) not in (None, 5, 6, 7):
        return side
    country = acled_country_name(event_country) if event_country else ""
    name = f"{crowd} ({country})" if country else crowd
    rest = [(a, n, o) for a, n, o in side if n.lower() != name.lower() and not n.startswith("Civilians")
            and not CROWD_NAME.fullmatch(n.split(" (")[0])]
    return [({"name": name, "generic": True, "sector": "CVL"}, name, inter), *rest]


def _side_inter(side: list[tuple[Any, str, int | None]], event: EventView, is_source: bool) -> int | None:
    if not side:
        return None
    actor, _, override = side[0]
    if is_source and event.acled_event_type in ("Protests", "Riots"):
        return inter_code(actor, event.country, event.acled_event_type, True)
    return override if override is not None else inter_code(actor, event.country, event.acled_event_type, is_source)


def _unidentified(event: EventView) -> str:
    """ACLED's name for the unknown perpetrator of political violence, "Unidentified
    Armed Group (Mali)" (ACLED Codebook, actor names); "" for other event types."""
    return unidentified_perpetrator(event.acled_event_type, event.country)


def unidentified_perpetrator(event_type: str | None, event_country: str | None) -> str:
    """ACLED's name for the unknown perpetrator of an event of ``event_type`` in
    ``event_country`` (alpha-3): "Unidentified Armed Group (Mali)" for political
    violence (Battles, Explosions/Remote violence, Violence against civilians; ACLED
    Codebook, actor names), "" for other event types."""
    if event_type not in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
        return ""
    country = acled_country_name(event_country) or event_country
    return f"Unidentified Armed Group ({country})" if country else "Unidentified Armed Group"


def acled_fatality_figure(event: EventView) -> int:
    """ACLED's ``fatalities`` for a stored event: the lowest reported figure, 0 when none,
    vague words read as ACLED codes them ("dozens" 12: see the module docstring)."""
    low = event.fatalities_min if event.fatalities_min is not None else event.fatalities_max
    if low is None:
        return 0
    return acled_fatalities(Count(low, event.fatalities_max, vague=tuple(event.fatalities_vague)))


def acled_record(event: EventView) -> dict[str, Any] | None:
    """The ACLED row for an event, or None when ACLED would not record it (see above)."""
    if not event.acled_event_type or event.status not in ACLED_STATUSES:
        return None
    src, tgt = _acled_actors(event)
    src = [(a, with_regime_years(name, event.event_date), o) for a, name, o in src]
    tgt = [(a, with_regime_years(name, event.event_date), o) for a, name, o in tgt]
    inter1 = _side_inter(src, event, True)
    if not src and _unidentified(event):
        inter1 = 3  # ACLED Codebook: an unidentified armed group is a political militia
    inter2 = _side_inter(tgt, event, False)
    fatalities = acled_fatality_figure(event)
    civilian = event.acled_event_type in ("Violence against civilians",) or (
        DISORDER_TYPE.get(event.acled_event_type) == "Political violence" and inter2 == 7
    )
    return {
        "event_id_cnty": event.event_id,
        "event_date": event.event_date.isoformat() if event.event_date else "",
        "year": event.event_date.year if event.event_date else "",
        "time_precision": TIME_PRECISION.get(event.time_precision or "", 3),
        "disorder_type": DISORDER_TYPE.get(event.acled_event_type, ""),
        "event_type": event.acled_event_type,
        "sub_event_type": event.acled_sub_event_type or "",
        "actor1": src[0][1] if src else _unidentified(event),
        "assoc_actor_1": "; ".join(name for _, name, _ in src[1:]),
        "inter1": inter1 if inter1 is not None else "",
        "actor2": tgt[0][1] if tgt else "",
        "assoc_actor_2": "; ".join(name for _, name, _ in tgt[1:]),
        "inter2": inter2 if inter2 is not None else "",
        "interaction": interaction_code(inter1, inter2) or "",
        "civilian_targeting": "Civilian targeting" if civilian else "",
        "iso": iso_numeric(event.country),
        "region": acled_region(event.country),
        "country": acled_country_name(event.country),
        "admin1": event.admin1 or "",
        "admin2": event.admin2 or "",
        "admin3": "",
        "location": event.place_name or "",
        "latitude": "" if event.lat is None else round(event.lat, 4),
        "longitude": "" if event.lon is None else round(event.lon, 4),
        "geo_precision": min(event.geo_precision or 3, 3),
        "source": event.article_site or "",
        "source_scale": "",
        "notes": acled_notes(event),
        "fatalities": fatalities if fatalities is not None else 0,
        "timestamp": int(event.updated_at.timestamp()) if event.updated_at else "",
        "iso3": event.country or "",
    }


def write_acled(events: Iterable[EventView], out: TextIO) -> int:
    """Write a CSV with :data:`ACLED_COLUMNS`; returns the number of rows written."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ACLED_COLUMNS)
    n = 0
    for event in events:
        record = acled_record(event)
        if record is not None:
            writer.writerow(list(record.values()))
            n += 1
    return n
