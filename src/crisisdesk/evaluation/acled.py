"""Evaluation against an ACLED export: each event's ``notes`` coded as a tiny article.

Input: an ACLED CSV export in the current *wide* format (``actor1``, ``assoc_actor_1``,
``actor2``, ``assoc_actor_2`` columns) or the old *long* format (one row per actor,
``actor1`` only; rows sharing ``event_id_cnty`` are one event and are combined here:
the first row in the file is actor1, the next actor2, see :func:`_order_long_rows`). Each ``notes`` text, after removing a leading
label such as ``Property destruction:`` (:func:`strip_notes_label`) that gives the
answer away, is coded as an article published on ``event_date``.

The predicted event of a note (:func:`pick_mention`) is its coded event with an ACLED
``event_type``, preferring asserted or claimed over other statuses, then any type
over Strategic developments (and Riots over Protests), then the first in the text. A note without a predicted event scores False
on every field. A note is one event, so a field the picked
mention lacks (date, place, fatalities) is taken from the note's other mentions in text
order (not negated, not hypothetical) when one has it.

Scores (each over all scored events unless said):

- ``event_type`` and ``sub_event_type``: accuracy, weighted and macro F1, confusion
  matrix (:mod:`crisisdesk.evaluation.metrics`); names compared case-insensitively,
  ``protestors`` = ``protesters``;
- ``actor1`` (over events with an actor1) matched to a coded source actor and
  ``actor2`` (over events with an actor2) to a coded target actor
  (:func:`crisisdesk.evaluation.actors.matches_acled_side`); ``actor_any``: each ACLED
  actor matched on either side (ACLED says actor1/actor2 do not imply direction);
- location: ``location_found`` (the coded place's name matches ``location``),
  ``within_25km`` (haversine to ``latitude``/``longitude``), ``admin1`` and ``country``;
- ``date_exact``: coded ``event_date`` = ``event_date``, read as ACLED dates a note
  (:func:`note_event_date`);
- ``fatalities_exact`` and ``fatalities_within_1``: the coded number (the lowest figure
  of a range, ACLED's conservative-estimate rule, vague words as ACLED codes them)
  against ``fatalities``; no coded count is 0, as in ACLED where no reported death is
  coded 0; ACLED's own remarks in the note on its figure are read
  (:func:`note_fatalities`).
"""

from __future__ import annotations

import csv
import dataclasses
import random
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from crisisdesk.annotate.times import TimeRecognizer
from crisisdesk.coding.counts import acled_fatalities, figure_part, parse_number
from crisisdesk.evaluation.actors import admin1_key, country_alpha3, matches_acled_side, names_match
from crisisdesk.evaluation.metrics import classification_scores, counted_share, haversine_km
from crisisdesk.export.acled import acled_sides, unidentified_perpetrator
from crisisdesk.records import EventMention

#: Within this distance (km) a coded place counts as the ACLED location.
LOCATION_KM = 25.0

#: Statuses a picked mention should preferably have (what ACLED codes: events that
#: happened, as reported or as claimed).
PREFERRED_STATUSES = ("asserted", "claimed")
UNUSABLE_STATUSES = ("negated", "hypothetical", "generic")

_SIZE_TAG = re.compile(r"\s*\[size\s*=[^\]]*\]", re.I)
_NOTES_LABEL = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z/\- ]{0,40}?)\s*:\s+(?=\S)")


class AcledFormatError(ValueError):
    """An ACLED file that cannot be read: the message names the path and the reason."""


@dataclass(frozen=True)
class AcledEvent:
    """One ACLED event (one ``event_id_cnty``) with the fields evaluated."""

    event_id: str
    event_date: date
    event_type: str
    sub_event_type: str
    notes: str
    actor1: str = ""
    assoc_actor_1: str = ""
    actor2: str = ""
    assoc_actor_2: str = ""
    country: str = ""
    iso3: str = ""
    admin1: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    time_precision: int | None = None
    fatalities: int = 0


def strip_notes_label(notes: str) -> str:
    """Remove a leading category label (``Property destruction: On 6 November ...`` ->
    ``On 6 November ...``): words of letters, ``/`` or ``-`` (no digits, no comma)
    before a colon, either one or two words (``Looting``, ``Weapons Seizure``) or three
    or four in sentence case (``Change to armed group``). Longer leads or ones naming
    something ("Attack against MINUSMA patrol: ...", "Clashes between police and
    youth: ...") describe the event and are kept."""
    match = _NOTES_LABEL.match(notes)
    if match:
        label_words = match.group("label").split()
        if len(label_words) <= 2 or (len(label_words) <= 4 and all(w.islower() for w in label_words[1:])):
            return notes[match.end():]
    return notes


def clean_notes(notes: str) -> str:
    """The ``notes`` text as it is coded: without a leading category label
    (:func:`strip_notes_label`), without ACLED's trailing crowd-size tag
    (``[size=hundred]``, ``[size=no report]``), which is coding metadata, not report
    text, and without the sentences after the first that tell of another event ACLED
    coded apart (:func:`without_separate_events`)."""
    return without_separate_events(_SIZE_TAG.sub("", strip_notes_label(notes)).strip())


#: A sentence whose own predicate says it is coded apart ("The killings are coded
#: separately.", "Four more militants killed the next day are coded separately.") or
#: that ends on the bare remark ("35 civilians were killed in the same attack (coded
#: separately).").
_SEPARATE_EVENT = re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:also\s+|each\s+)?coded\s+separately\b|"
                             r"\(\s*coded\s+separately\s*\)\s*[.;]?\s*$", re.I)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")


def without_separate_events(notes: str) -> str:
    """``notes`` without the sentences, after the first, that report an event ACLED
    coded as a separate row (:data:`_SEPARATE_EVENT`): ACLED's note of one event tells
    the other only to say it is coded apart (ACLED Codebook: one row per event), so its
    deaths are not this event's and it is not this event's type. The first sentence is
    kept whatever it says (it carries the row's event; a clause there marked "(attack
    coded separately)" is one part of it: the training split's 6 "coded separately"
    notes all have it inside the first sentence, and none is touched). Sentences are
    split at a full stop before a capital or digit, as ACLED writes them."""
    parts = _SENTENCE_BREAK.split(notes)
    if len(parts) < 2 or not any(_SEPARATE_EVENT.search(p) for p in parts[1:]):
        return notes  # untouched, line breaks included
    return " ".join([parts[0], *[p for p in parts[1:] if not _SEPARATE_EVENT.search(p)]])


def parse_acled_date(value: str) -> date:
    """An ACLED ``event_date``: ``30 December 2019`` (older exports), ``2019-12-30``
    (current), or ``30-12-2019`` / ``30/12/2019``. Raises ``ValueError``."""
    text = value.strip()
    for fmt in ("%d %B %Y", "%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d-%B-%Y", "%B %d, %Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"unrecognised ACLED event_date {value!r}")


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    try:
        return int(float(value)) if value not in (None, "") else None
    except ValueError:
        return None


def _order_long_rows(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The rows of one event in a long export, actor1 first: file order.

    ``interaction`` cannot order them: the ACLED codebook lists every interaction code
    with the lower inter code first whatever the actors' order ("17 = Military versus
    Civilians", "78 = Other Actor versus Civilians"; there is no 71 or 87), so taking
    the row whose ``inter1`` leads ``interaction`` as actor1 made "Civilians" the actor1
    of violence by external forces against civilians and the police the actor1 of a
    protest they broke up. The export writes actor1's row first: in the Mali 2017-2019
    export no Violence against civilians event has its civilians row first (0 of 690)
    and the demonstrators' row leads 59 of 64 two-actor Protests and Riots events, as
    the codebook codes demonstrators as actor1 (ACLED Codebook, Protests and Riots)."""
    return rows


def load_acled(path: Path) -> tuple[list[AcledEvent], list[str]]:
    """Read an ACLED CSV (wide or long format, see module docstring). Returns the events
    in file order and a list of problems (``event_id: reason``) for rows skipped.
    Raises :class:`AcledFormatError` when the file lacks the needed columns."""
    path = Path(path)
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            columns = set(reader.fieldnames or ())
            rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise AcledFormatError(f"{path}: cannot read CSV ({type(exc).__name__}: {exc})") from exc
    needed = {"event_id_cnty", "event_date", "event_type", "sub_event_type", "notes", "actor1"}
    if missing := needed - columns:
        raise AcledFormatError(f"{path}: not an ACLED export, missing columns {sorted(missing)}")
    wide = "actor2" in columns
    groups: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        groups.setdefault(row["event_id_cnty"], []).append(row)
    events, problems = [], []
    for event_id, group in groups.items():
        first = group[0]
        try:
            event_date = parse_acled_date(first["event_date"])
        except ValueError as exc:
            problems.append(f"{event_id}: {exc}")
            continue
        if not (first.get("notes") or "").strip():
            problems.append(f"{event_id}: empty notes")
            continue
        if wide:
            actors = (first.get("actor1", ""), first.get("assoc_actor_1", ""), first.get("actor2", ""), first.get("assoc_actor_2", ""))
        else:
            ordered = _order_long_rows(group)
            second = ordered[1] if len(ordered) > 1 else {}
            actors = (ordered[0].get("actor1", ""), ordered[0].get("assoc_actor_1", ""), second.get("actor1", ""), second.get("assoc_actor_1", ""))
        events.append(
            AcledEvent(
                event_id=event_id,
                event_date=event_date,
                event_type=first["event_type"].strip(),
                sub_event_type=first["sub_event_type"].strip(),
                notes=first["notes"].strip(),
                actor1=actors[0].strip(),
                assoc_actor_1=actors[1].strip(),
                actor2=actors[2].strip(),
                assoc_actor_2=actors[3].strip(),
                country=(first.get("country") or "").strip(),
                iso3=(first.get("iso3") or "").strip() or (country_alpha3(first.get("country") or "") or ""),
                admin1=(first.get("admin1") or "").strip(),
                location=(first.get("location") or "").strip(),
                latitude=_float(first.get("latitude")),
                longitude=_float(first.get("longitude")),
                geo_precision=_int(first.get("geo_precision")),
                time_precision=_int(first.get("time_precision")),
                fatalities=_int(first.get("fatalities")) or 0,
            )
        )
    return events, problems


def select_events(events: list[AcledEvent], *, country: str | None = None, sample: int | None = None, seed: int = 0,
                  trained_on=None, split: str = "all") -> list[AcledEvent]:  # noqa: ANN001
    """Filter by ``country`` (name or ISO alpha-3, case-insensitive), by ``split``
    (``held-out``: events ``trained_on(event_id)`` is False for, ``in-sample``: the
    others, ``all``), then draw a simple random ``sample`` of that many events
    (``random.Random(seed).sample``; kept in file order). ``sample`` larger than the
    set keeps every event. Raises ``ValueError`` for another ``split``."""
    if split not in {"all", "held-out", "in-sample"}:
        raise ValueError(f"split must be all, held-out or in-sample, not {split!r}")
    selected = events
    if split != "all":
        seen = trained_on or (lambda _event_id: False)
        selected = [e for e in selected if seen(e.event_id) == (split == "in-sample")]
    if country:
        wanted = country.strip().casefold()
        selected = [e for e in selected if wanted in {e.country.casefold(), e.iso3.casefold()}]
    if sample is not None and sample < len(selected):
        chosen = set(random.Random(seed).sample(range(len(selected)), sample))
        selected = [e for i, e in enumerate(selected) if i in chosen]
    return selected


def pick_mention(mentions: list[EventMention]) -> EventMention | None:
    """The predicted event of a note (module docstring); None when no coded event has
    an ACLED ``event_type``.

    Among the usable mentions (asserted or claimed first), the one of the best
    :func:`note_type_rank`, then the first in the text: an ACLED note reports one event
    and opens with it ("On [date], [actor] [did what] in [place]"); the sentences after
    it give the toll, the response, a claim or the background (ACLED Codebook, notes:
    a short description of the event). Confidence is not used to pick: a later "JNIM
    claimed the attack" or a toll sentence read with less context is no better evidence
    of the type than the report it follows (training split, rules alone: 1231 -> 1243
    of 1412 notes right)."""
    candidates = [(i, m) for i, m in enumerate(mentions) if m.acled_event_type and m.status not in UNUSABLE_STATUSES]
    if not candidates:
        candidates = [(i, m) for i, m in enumerate(mentions) if m.acled_event_type]
    if not candidates:
        return None
    preferred = [m for _, m in candidates if m.status in PREFERRED_STATUSES]
    types = {normalise_acled_label(m.acled_event_type) for m in preferred}
    return min(candidates, key=lambda im: (im[1].status not in PREFERRED_STATUSES,
                                           note_type_rank(im[1].acled_event_type, types), im[0]))[1]


def note_type_rank(event_type: str | None, note_types: set[str | None]) -> int:
    """Rank of a mention's ACLED ``event_type`` in picking a note's event (lower wins);
    ``note_types``: the normalised event types of the note's asserted or claimed mentions.

    - Strategic developments rank last (1): the codebook keeps them for activity "not
      recorded as political violence or demonstrations", so a note reporting violence
      or a demonstration beside an arrest, a patrol, a withdrawal or a siege is coded by
      the violence or the demonstration (ACLED Codebook, Strategic developments);
    - Protests rank after Riots (1) when the note also reports a riot: a demonstration
      whose participants turn violent is a Riot - Violent demonstration, even when the
      authorities intervene (ACLED Codebook, Protests: participants "do not engage in
      violence"; Riots);
    - Battles and Violence against civilians rank after Riots (1) when the note reports
      a riot: force used by or against rioters is part of the riot (the codebook's
      interaction codes 15, 25, 35, 45 - "Military/Rebels/... versus Rioters" - are Riots
      events), and the killing that set off a riot is its cause, as in protest notes
      (training split, rules alone: 4 notes right, 1 wrong);
    - every other type ranks 0: violence does not outrank a demonstration, because a
      protest note often names past violence as its cause (see
      :mod:`crisisdesk.coding.acled_precedence`)."""
    name = normalise_acled_label(event_type)
    if name == "Strategic developments":
        return 1
    if name in {"Protests", "Battles", "Violence against civilians"} and "Riots" in note_types:
        return 1
    return 0


def _field_from(picked: EventMention, mentions: list[EventMention], getter) -> Any:
    value = getter(picked)
    if value is not None:
        return value
    for mention in mentions:
        if mention is not picked and mention.status not in UNUSABLE_STATUSES:
            value = getter(mention)
            if value is not None:
                return value
    return None


#: ACLED's 6 event types and 25 sub-event types in current ACLED spelling (facts from
#: the ACLED codebook, ``shared/data/acled/acled_codebook_from_acledR.csv``).
ACLED_NAMES = (
    "Battles", "Violence against civilians", "Explosions/Remote violence", "Protests", "Riots",
    "Strategic developments",
    "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
    "Sexual violence", "Attack", "Abduction/forced disappearance", "Chemical weapon",
    "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED", "Grenade", "Peaceful protest", "Protest with intervention",
    "Excessive force against protesters", "Violent demonstration", "Mob violence", "Agreement",
    "Arrests", "Change to group/activity", "Disrupted weapons use",
    "Headquarters or base established", "Looting/property destruction",
    "Non-violent transfer of territory", "Other",
)
_CANONICAL = {name.casefold(): name for name in ACLED_NAMES}


def normalise_acled_label(value: str | None) -> str | None:
    """Canonical spelling of an ACLED type name (:data:`ACLED_NAMES`), matched
    case-insensitively with ``protestors`` = ``protesters``; other values are returned
    with whitespace collapsed."""
    if value is None:
        return None
    text = " ".join(value.split())
    key = text.casefold().replace("protestors", "protesters")
    return _CANONICAL.get(key, text)


def score_event(event: AcledEvent, mentions: list[EventMention], aliases=None) -> dict[str, Any]:
    """Compare one ACLED event with the coded events of its note. Returns the predicted
    labels and one flag (True/False, None when not scored) per field."""
    picked = pick_mention(mentions)
    row: dict[str, Any] = {
        "event_id": event.event_id,
        "gold_event_type": normalise_acled_label(event.event_type),
        "gold_sub_event_type": normalise_acled_label(event.sub_event_type),
        "event_type": normalise_acled_label(picked.acled_event_type) if picked else None,
        "sub_event_type": normalise_acled_label(picked.acled_sub_event_type) if picked else None,
        "n_mentions": len(mentions),
    }
    rule_types = (picked.acled_rule_types or (picked.acled_event_type, picked.acled_sub_event_type)) if picked else (None, None)
    row["rule_event_type"], row["rule_sub_event_type"] = (normalise_acled_label(t) for t in rule_types)
    sources = picked.source_actors if picked else []
    targets = picked.target_actors if picked else []
    everyone = [*sources, *targets]
    place = _field_from(picked, mentions, lambda m: m.place) if picked else None
    names1, names2 = exported_actor_names(picked, place)
    row["actor1"] = matches_acled_side(sources, event.actor1, aliases, names1) if event.actor1 else None
    row["actor2"] = matches_acled_side(targets, event.actor2, aliases, names2) if event.actor2 else None
    row["actor_any"] = [matches_acled_side(everyone, a, aliases, [*names1, *names2]) for a in (event.actor1, event.actor2) if a]
    row["place"] = place.name if place else None
    row["location_found"] = place is not None and bool(event.location) and names_match(place.name, event.location)
    if event.latitude is not None and event.longitude is not None:
        if place is not None and place.lat is not None and place.lon is not None:
            distance = haversine_km(place.lat, place.lon, event.latitude, event.longitude)
            row["distance_km"] = round(distance, 3)
            row["within_25km"] = distance <= LOCATION_KM
        else:
            row["distance_km"] = None
            row["within_25km"] = False
    else:
        row["within_25km"] = None
    row["admin1"] = (place is not None and admin1_key(place.admin1) == admin1_key(event.admin1)) if event.admin1 else None
    row["country"] = (place is not None and place.country == event.iso3) if event.iso3 else None
    coded_date = note_event_date(picked, mentions, clean_notes(event.notes), event.event_date) if picked else None
    row["date"] = coded_date.isoformat() if coded_date else None
    row["date_exact"] = coded_date == event.event_date
    coded_fatalities = note_fatalities(picked, mentions, clean_notes(event.notes)) if picked else 0
    row["fatalities"] = coded_fatalities
    row["fatalities_exact"] = coded_fatalities == event.fatalities
    row["fatalities_within_1"] = abs(coded_fatalities - event.fatalities) <= 1
    if picked:
        row["evidence"] = picked.evidence.sentence
    else:  # no predicted event: nothing about it can be right
        for name in FLAG_FIELDS:
            if row.get(name) is not None:
                row[name] = False
        row["actor_any"] = [False for _ in row["actor_any"]]
    return row


def exported_actor_names(picked: EventMention | None, place) -> tuple[list[str], list[str]]:  # noqa: ANN001
    """(actor1 names, actor2 names) our ACLED export writes for the picked mention
    (:func:`crisisdesk.export.acled.acled_sides`; with no actor1 of political violence,
    "Unidentified Armed Group (Country)"), the event's country being the coded
    place's (``place``: the note's :class:`~crisisdesk.records.Place` or None; never the
    ACLED row's). ([], []) without a mention."""
    if picked is None:
        return [], []
    as_stored = [[dataclasses.asdict(a) for a in side] for side in (picked.source_actors, picked.target_actors)]
    country = place.country if place else None
    src, tgt = acled_sides(as_stored[0], as_stored[1], country, picked.acled_event_type)
    names1 = [name for _, name, _ in src] or [name for name in [unidentified_perpetrator(picked.acled_event_type, country)] if name]
    return names1, [name for _, name, _ in tgt]


def note_fatalities(picked: EventMention, mentions: list[EventMention], notes: str = "") -> int:
    """ACLED ``fatalities`` of a note (one event): the lowest reported figure (ACLED's
    conservative-estimate rule) of each sentence's count, vague words as ACLED codes
    them (:func:`crisisdesk.coding.counts.acled_fatalities`), summed over the picked
    mention and the note's other violent mentions in other sentences that are asserted
    or claimed (a note reports one event; "killing three soldiers. Two assailants were
    also killed." is 5); 0 when nothing is reported.

    ACLED's own remarks in ``notes`` on how it coded the figure (:func:`notes_remark`)
    override the reading of the text: "fatalities coded as N" is the figure;
    "unknown fatalities coded as N" (or "at a low estimate of N") stands for the victims
    given without a number, added to those given with figures; "fatalities split
    between N events" divides the toll, rounded down (the conservative figure)."""
    total, figures, sentences = 0, 0, set()
    for mention in [picked, *[m for m in mentions if m is not picked]]:
        count = mention.fatalities
        if count is None or mention.evidence.start_char in sentences:
            continue
        if mention is not picked and mention.status not in PREFERRED_STATUSES:
            continue
        sentences.add(mention.evidence.start_char)
        total += acled_fatalities(count)
        figures += figure_part(count)
    stated, unknown, parts = notes_remark(notes)
    if stated is not None:
        total = stated
    elif unknown is not None:
        total = figures + unknown
    if parts:
        total //= parts
    return total


_CODED_UNKNOWN = re.compile(
    r"\b(?:(?:unknown|unspecified)\s+fatalities(?:\s+in\s+the\s+ranks\s+of\s+[^.;,()]{1,40}?)?\s+coded\s+(?:as|at)|"
    r"fatalities\s+coded\s+at)\s+(?:an?\s+|the\s+)?(?:low(?:est)?\s+estimate\s+of\s+)?(?P<n>\d+)\b", re.I)
_CODED_TOTAL = re.compile(r"\b(?:fatalities\s+coded\s+as\s+(?P<a>\d+)\b|coded\s+as\s+(?P<b>\d+)\s+fatalit)", re.I)
_SPLIT = re.compile(
    r"\bfatalities\s+(?:were\s+|are\s+)?(?:split|spread|divided|distributed)\s+(?:evenly\s+)?(?:between|across|over|among)\s+"
    r"(?:the\s+)?\(?(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\)?\s+"
    r"(?:events|dates|days|locations|villages|attacks|incidents|places)\b", re.I)


def notes_remark(notes: str) -> tuple[int | None, int | None, int | None]:
    """ACLED's remarks in a note on how it coded the note's fatalities, an ACLED-notes
    convention (ACLED Codebook, "Notes": the notes column records how unclear figures
    were coded; ACLED FAQ on fatalities: unknown or vague tolls get a fixed figure, and
    a toll reported over several days or places is divided among the events):
    ``(stated, unknown, parts)`` - "fatalities coded as 3" -> stated 3; "unknown
    fatalities coded as 10" / "coded at low estimate of 3" -> unknown 10 / 3 (the figure
    for victims the text gives no number for); "fatalities split between two events" ->
    parts 2. None for a remark the note does not make."""
    stated = unknown = parts = None
    if match := _CODED_UNKNOWN.search(notes):
        unknown = int(match.group("n"))
    elif match := _CODED_TOTAL.search(notes):
        stated = int(match.group("a") or match.group("b"))
    if match := _SPLIT.search(notes):
        value = parse_number(match.group("n"))
        parts = value[0] if value and value[0] and value[0] > 1 else None
    return stated, unknown, parts


#: Time expressions relative to the day a source reported ("yesterday", "on Saturday",
#: "two days ago"): in an ACLED note they are relative to the unstated source date.
_REPORT_RELATIVE = re.compile(r"\b(?:yesterday|today|tonight|last\s+night|this\s+morning|ago|"
                              r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


def note_event_date(picked: EventMention, mentions: list[EventMention], notes: str, note_date: date) -> date | None:
    """The coded ``event_date`` of a note as ACLED dates it: the picked mention's date
    (else another mention's, :func:`_field_from`), except that a date resolved from an
    expression relative to the source's report ("yesterday", "on Saturday", "two days
    ago") gives way to the note's own date: an ACLED note keeps the source's wording
    while its ``event_date`` is already the resolved date, which is also the date the
    note is coded as published on. A day range ("11-12 March") keeps its first day, as
    the coder dates it (most in-sample ACLED notes with a range are dated on the first
    day)."""
    coded = _field_from(picked, mentions, lambda m: m.event_date)
    if coded is None:
        return None
    for expr in TimeRecognizer(use_dateparser=False).recognise(notes, note_date):
        if expr.start == coded and expr.end == expr.start and _REPORT_RELATIVE.search(expr.text):
            return note_date
    return coded


FLAG_FIELDS = ("actor1", "actor2", "location_found", "within_25km", "admin1", "country", "date_exact", "fatalities_exact", "fatalities_within_1")


def summarise(rows: list[dict[str, Any]], *, errors: Iterable[str] = ()) -> dict[str, Any]:
    """Totals over scored events: classification scores for ``event_type`` and
    ``sub_event_type`` (and ``rules_alone``: the same for the rule coder's own types,
    before the ACLED classifier), and ``counted_share`` for each flag field."""
    event_type = classification_scores([r["gold_event_type"] for r in rows], [r["event_type"] for r in rows])
    sub_type = classification_scores([r["gold_sub_event_type"] for r in rows], [r["sub_event_type"] for r in rows])
    rule_type = classification_scores([r["gold_event_type"] for r in rows], [r.get("rule_event_type") for r in rows])
    rule_sub = classification_scores([r["gold_sub_event_type"] for r in rows], [r.get("rule_sub_event_type") for r in rows])
    summary: dict[str, Any] = {
        "events": len(rows),
        "events_with_prediction": sum(1 for r in rows if r["event_type"] is not None),
        "event_type": event_type.to_dict(),
        "sub_event_type": sub_type.to_dict(),
        "rules_alone": {"event_type_accuracy": rule_type.accuracy, "sub_event_type_accuracy": rule_sub.accuracy,
                        "sub_event_type_weighted_f1": rule_sub.weighted_f1},
    }
    for name in FLAG_FIELDS:
        summary[name] = counted_share(r.get(name) for r in rows)
    summary["actor_any"] = counted_share(flag for r in rows for flag in r["actor_any"])
    summary["errors"] = list(errors)
    return summary


def summarise_by_split(rows: list[dict[str, Any]], trained_on, *, errors: Iterable[str] = ()) -> dict[str, Any]:  # noqa: ANN001
    """The headline summary (:func:`summarise`) over the events the packaged ACLED
    classifier was NOT trained on (``trained_on(event_id) -> bool``), with the
    in-sample events summarised apart under ``in_sample`` (None when there are none)
    and every event under ``all_events``. ``split`` gives the counts. A file the model
    never saw is held out entirely."""
    held = [r for r in rows if not trained_on(r["event_id"])]
    seen = [r for r in rows if trained_on(r["event_id"])]
    summary = summarise(held, errors=errors)
    summary["split"] = {"held_out": len(held), "in_sample": len(seen), "all": len(rows),
                        "rule": "events the ACLED classifier was trained on are in-sample; headline = held out"}
    summary["in_sample"] = summarise(seen) if seen else None
    summary["all_events"] = summarise(rows)
    return summary
