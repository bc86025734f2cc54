"""Article-level evaluation against hand-annotated gold files (``*.gold.json``).

Format and matching rule: ``shared/data/gold/README.md``. A coded event (an
:class:`~crisisdesk.records.EventMention`) *matches* a gold event when its evidence
sentence contains the gold text (``evidence_contains`` or any of
``evidence_contains_any``), its PLOVER type is among the accepted ones, and its source
or its target matches (:func:`crisisdesk.evaluation.actors.matches_gold_side`).

Assignment: coded events and gold events are paired one-to-one by maximum total score
(Hungarian algorithm, ``scipy.optimize.linear_sum_assignment``), where only matching
pairs are allowed and a pair scores 100 for a required gold event plus one point per
agreeing field (source, target, mode, status, date, country, distance), so a coded event is
never counted for two gold events and required events are served first. A further
coded event that matches an already paired gold event (the same incident coded twice,
or a compound actor split into two events) is a *duplicate*: neither credited nor
spurious. A coded event matching no gold event is *spurious*, unless its evidence is a
``not_events`` sentence and its status is neither ``asserted`` nor ``claimed`` (then it is
excused: :data:`EXCUSED_NOT_EVENT_STATUSES`); a ``not_events`` sentence coded ``asserted`` is also a *violation*.

Field scores are computed over the paired (matched) gold events, required and
optional, each only where the gold gives the field; ``type`` is scored over the gold
events whose sentence was coded at all (any coded event whose evidence contains the
gold text), since a matched event has an accepted type by definition.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

from crisisdesk.evaluation.actors import (
    actor_sector,
    admin1_key,
    evidence_contains,
    matches_gold_side,
    names_match,
    normalise,
)
from crisisdesk.evaluation.metrics import counted_share, haversine_km, median
from crisisdesk.evaluation.plover import OLD_LABELS
from crisisdesk.records import Article, EventMention

#: Statuses under which coding a ``not_events`` sentence is correct: the gold format
#: (``shared/data/gold/README.md``) defines ``not_events`` as sentences "from which no
#: current, asserted event may be coded", so a mention coded historical, negated,
#: hypothetical (a question, a possibility, a forecast), threatened/future or generic
#: agrees with the gold; only ``asserted`` and ``claimed`` (a current event told by a
#: party) are not excused. Until session 15 only historical and negated were excused
#: (issue 4: questions coded hypothetical counted as spurious).
EXCUSED_NOT_EVENT_STATUSES = frozenset({"historical", "negated", "hypothetical", "threatened", "generic"})

#: Gold status names that are another name of a coded status: the gold format
#: (``shared/data/gold/README.md``) lists ``threatened``/``future`` as one status, an
#: act still to come; the coder calls it ``threatened``.
GOLD_STATUS_NAMES = {"future": "threatened"}

#: Slack in days around a gold ``week`` interval (a working week vs a calendar week).
WEEK_SLACK_DAYS = 2


class GoldFormatError(ValueError):
    """A gold file that cannot be read: the message names the path and the reason."""


@dataclass(frozen=True)
class GoldEvent:
    """One annotated event of a gold file (fields as in the gold README)."""

    id: str
    required: bool
    types: tuple[str, ...]
    evidence: tuple[str, ...]
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    modes: tuple[str, ...] = ()
    contexts: tuple[str, ...] = ()
    cameo_roots: tuple[str, ...] = ()
    acled_event_types: tuple[str, ...] = ()
    source_sectors: tuple[str, ...] = ()
    target_sectors: tuple[str, ...] = ()
    location: dict[str, Any] = field(default_factory=dict)
    date: str | None = None
    date_precision: str | None = None
    status: str | None = None
    claimed_by: str | None = None


@dataclass(frozen=True)
class GoldArticle:
    """A gold file: the ``document`` path (resolved against the data directory), the
    ``reference_time`` (UTC), ``expected_article``, events and ``not_events`` texts."""

    path: Path
    document: Path
    reference_time: datetime
    expected_article: dict[str, Any]
    events: tuple[GoldEvent, ...]
    not_events: tuple[str, ...]


def _tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def accepted_types(labels: tuple[str, ...]) -> tuple[str, ...]:
    """A gold event's accepted PLOVER types with each older label also given as its
    PLOVER 0.8 type (``DISAPPROVE`` -> ``ACCUSE``, ``DEMAND`` -> ``REQUEST``, ``FIGHT`` ->
    ``ASSAULT``: the mapping the coding issue gives for the PLOVER records,
    :data:`crisisdesk.evaluation.plover.OLD_LABELS`), so that a gold file listing only
    ``DISAPPROVE`` accepts the ``ACCUSE`` the coder emits. Order kept, no repeats."""
    mapped = [t for label in labels for t in (label, OLD_LABELS.get(label.upper(), label))]
    return tuple(dict.fromkeys(mapped))


def load_gold(path: Path) -> GoldArticle:
    """Read one gold file. ``document`` is resolved against the gold directory's parent
    (the shared data directory). Raises :class:`GoldFormatError` naming the path."""
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        reference_time = datetime.fromisoformat(raw["reference_time"])
        events = tuple(
            GoldEvent(
                id=str(e["id"]),
                required=bool(e.get("required", True)),
                types=accepted_types(_tuple(e["type"])),
                evidence=_tuple(e.get("evidence_contains")) + _tuple(e.get("evidence_contains_any")),
                sources=_tuple(e.get("source")),
                targets=_tuple(e.get("target")),
                modes=_tuple(e.get("mode")),
                contexts=_tuple(e.get("context")),
                cameo_roots=_tuple(e.get("cameo_root")),
                acled_event_types=_tuple(e.get("acled_event_type")),
                source_sectors=_tuple(e.get("source_sector")),
                target_sectors=_tuple(e.get("target_sector")),
                location=dict(e.get("location") or {}),
                date=e.get("date"),
                date_precision=e.get("date_precision"),
                status=e.get("status"),
                claimed_by=e.get("claimed_by"),
            )
            for e in raw.get("events", [])
        )
        not_events = tuple(str(n["evidence_contains"]) for n in raw.get("not_events", []))
        document = path.resolve().parent.parent / raw["document"]
    except (OSError, json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise GoldFormatError(f"{path}: not a readable gold file ({type(exc).__name__}: {exc})") from exc
    if reference_time.tzinfo is None:
        raise GoldFormatError(f"{path}: reference_time has no time zone")
    for event in events:
        if not event.evidence:
            raise GoldFormatError(f"{path}: event {event.id} has no evidence_contains")
    return GoldArticle(path, document, reference_time, dict(raw.get("expected_article") or {}), events, not_events)


def gold_files(path: Path) -> list[Path]:
    """The gold files named by ``path``: the file itself, or every ``*.gold.json`` in a
    directory (sorted). Raises ``FileNotFoundError`` when there is none."""
    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob("*.gold.json"))
    elif path.is_file():
        files = [path]
    else:
        files = []
    if not files:
        raise FileNotFoundError(f"{path}: no gold file (*.gold.json)")
    return files


# ---------------------------------------------------------------------------- dates


def gold_interval(value: str) -> tuple[date, date]:
    """The inclusive date interval of a gold ``date``: ``YYYY-MM-DD``, ``YYYY-MM``,
    ``YYYY`` or ``start/end``. Raises ``ValueError`` for anything else."""
    if "/" in value:
        start, end = value.split("/", 1)
        return date.fromisoformat(start), date.fromisoformat(end)
    parts = value.split("-")
    if len(parts) == 3:
        day = date.fromisoformat(value)
        return day, day
    if len(parts) == 2:
        year, month = int(parts[0]), int(parts[1])
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    if len(parts) == 1 and value.isdigit():
        return date(int(value), 1, 1), date(int(value), 12, 31)
    raise ValueError(f"not a gold date: {value!r}")


def mention_interval(mention: EventMention) -> tuple[date, date] | None:
    """The coded event's inclusive date interval: ``event_date``..``date_end``; when
    ``date_end`` is missing the interval implied by ``time_precision`` (a week is 7
    days from ``event_date``, a month or year the calendar month or year)."""
    start = mention.event_date
    if start is None:
        return None
    if mention.date_end is not None:
        return start, mention.date_end
    if mention.time_precision == "week":
        return start, start + timedelta(days=6)
    if mention.time_precision == "month":
        return start.replace(day=1), start.replace(day=calendar.monthrange(start.year, start.month)[1])
    if mention.time_precision == "year":
        return date(start.year, 1, 1), date(start.year, 12, 31)
    return start, start


def date_correct(mention: EventMention, gold: GoldEvent) -> bool | None:
    """Does the coded date lie within the gold date interval (with
    :data:`WEEK_SLACK_DAYS` either side for a gold week)? ``None`` when the gold gives no
    date. A coded interval wider than the gold one is wrong (invented vagueness), and
    so is one narrower only when it falls outside."""
    if not gold.date:
        return None
    coded = mention_interval(mention)
    if coded is None:
        return False
    start, end = gold_interval(gold.date)
    slack = timedelta(days=WEEK_SLACK_DAYS if gold.date_precision == "week" else 0)
    return start - slack <= coded[0] and coded[1] <= end + slack


# ---------------------------------------------------------------------------- matching


def evidence_located(mention: EventMention, gold: GoldEvent) -> bool:
    """Does the coded event's evidence sentence contain one of the gold texts?"""
    return any(evidence_contains(mention.evidence.sentence, text) for text in gold.evidence)


def is_match(mention: EventMention, gold: GoldEvent, aliases=None) -> bool:
    """The gold README's matching rule: evidence contains the gold text, type accepted,
    source or target matches."""
    return (
        evidence_located(mention, gold)
        and mention.event_type in gold.types
        and (
            matches_gold_side(mention.source_actors, gold.sources, aliases)
            or matches_gold_side(mention.target_actors, gold.targets, aliases)
        )
    )


def field_checks(mention: EventMention, gold: GoldEvent, aliases=None) -> dict[str, Any]:
    """Field-by-field comparison of a matched coded event with its gold event.

    Returns ``{field: True/False/None}`` (``None`` = the gold does not give the field)
    for mode, context, cameo_root, acled_event_type, source, target, source_sector,
    target_sector, country, admin1, place, within_km, date, date_precision, status,
    claimed_by; plus ``distance_km`` (float or None).
    """
    loc = gold.location
    place = mention.place
    checks: dict[str, Any] = {
        "mode": (normalise(mention.mode) in {normalise(m) for m in gold.modes}) if gold.modes else None,
        "context": (bool({normalise(c) for c in mention.contexts} & {normalise(c) for c in gold.contexts}) if gold.contexts else None),
        "cameo_root": ((mention.cameo_code or "")[:2] in gold.cameo_roots) if gold.cameo_roots else None,
        "acled_event_type": (
            normalise(mention.acled_event_type) in {normalise(t) for t in gold.acled_event_types}
            if gold.acled_event_types
            else None
        ),
        "source": matches_gold_side(mention.source_actors, gold.sources, aliases) if gold.sources else None,
        "target": matches_gold_side(mention.target_actors, gold.targets, aliases) if gold.targets else None,
        "source_sector": (
            any(actor_sector(a) in gold.source_sectors for a in mention.source_actors) if gold.source_sectors else None
        ),
        "target_sector": (
            any(actor_sector(a) in gold.target_sectors for a in mention.target_actors) if gold.target_sectors else None
        ),
        "country": (place is not None and place.country == loc["country"]) if loc.get("country") else None,
        "admin1": (place is not None and admin1_key(place.admin1) == admin1_key(loc["admin1"])) if loc.get("admin1") else None,
        "place": (
            place is not None and any(normalise(place.name) == normalise(p) for p in _tuple(loc["place"]))
            if loc.get("place")
            else None
        ),
        "distance_km": None,
        "within_km": None,
        "date": date_correct(mention, gold),
        "date_precision": (mention.time_precision == gold.date_precision) if gold.date_precision else None,
        "status": (mention.status == GOLD_STATUS_NAMES.get(gold.status, gold.status)) if gold.status else None,
        "claimed_by": claimant_matches(mention.claimed_by, gold.claimed_by, aliases) if gold.claimed_by else None,
    }
    if loc.get("lat") is not None and loc.get("lon") is not None:
        if place is not None and place.lat is not None and place.lon is not None:
            distance = haversine_km(place.lat, place.lon, float(loc["lat"]), float(loc["lon"]))
            checks["distance_km"] = round(distance, 3)
            checks["within_km"] = distance <= float(loc.get("max_km", 25))
        else:
            checks["within_km"] = False
    return checks


def claimant_matches(claimed_by: str | None, gold_claimant: str, aliases=None) -> bool:
    """Does the coded claimant (the text's words, "the RSF", "Mali's army") name the gold
    ``claimed_by``? True when the gold name, or one of its dictionary aliases
    (``aliases``, :class:`~crisisdesk.evaluation.actors.ActorAliases`: "Rapid Support
    Forces" -> "RSF"), occurs in it as whole words (normalised), or the two names match
    (:func:`~crisisdesk.evaluation.actors.names_match`)."""
    if claimed_by is None:
        return False
    coded = normalise(claimed_by)
    for name in {gold_claimant, *(aliases or {}).get(gold_claimant, ())}:
        key = normalise(name)
        if key and re.search(rf"\b{re.escape(key)}\b", coded):
            return True
    return names_match(gold_claimant, claimed_by)


def _pair_score(mention: EventMention, gold: GoldEvent, aliases) -> float:
    checks = field_checks(mention, gold, aliases)
    agreeing = sum(bool(checks.get(k)) for k in ("source", "target", "mode", "status", "date", "country", "within_km"))
    return (100.0 if gold.required else 0.0) + agreeing + 0.001 * mention.confidence


def assign(golds: list[GoldEvent], mentions: list[EventMention], aliases=None) -> tuple[dict[int, int], dict[int, int]]:
    """Pair gold events with coded events (module docstring). Returns ``(paired,
    duplicates)``: ``paired`` maps a gold index to its coded event index (one-to-one),
    ``duplicates`` maps each further matching coded event index to a gold index."""
    allowed = np.zeros((len(golds), len(mentions)), dtype=bool)
    score = np.zeros((len(golds), len(mentions)))
    for gi, gold in enumerate(golds):
        for mi, mention in enumerate(mentions):
            if is_match(mention, gold, aliases):
                allowed[gi, mi] = True
                score[gi, mi] = _pair_score(mention, gold, aliases)
    paired: dict[int, int] = {}
    if allowed.any():
        cost = np.where(allowed, -score, 1e6)
        rows, cols = linear_sum_assignment(cost)
        paired = {int(g): int(m) for g, m in zip(rows, cols) if allowed[g, m]}
    used = set(paired.values())
    duplicates = {}
    for mi in range(len(mentions)):
        if mi not in used and allowed[:, mi].any():
            duplicates[mi] = int(np.argmax(np.where(allowed[:, mi], score[:, mi], -1)))
    return paired, duplicates


# ---------------------------------------------------------------------------- extraction


def extraction_checks(article: Article | None, expected: dict[str, Any]) -> dict[str, bool]:
    """Compare the extracted article with ``expected_article``: ``title``, ``author``
    (normalised equality), ``site`` (case-insensitive, ``www.`` ignored),
    ``published_date`` (UTC date of ``published_at``) and one check per
    ``text_must_not_contain`` string (exact, case-sensitive substring absent). With no
    article every check fails."""
    checks: dict[str, bool] = {}
    for key in ("title", "author"):
        if key in expected:
            checks[key] = article is not None and normalise(getattr(article, key)) == normalise(expected[key])
    if "site" in expected:
        site = (article.site or "") if article else ""
        checks["site"] = article is not None and site.casefold().removeprefix("www.") == expected["site"].casefold().removeprefix("www.")
    if "published_date" in expected:
        published = article.published_at if article else None
        checks["published_date"] = published is not None and published.date().isoformat() == expected["published_date"]
    for text in expected.get("text_must_not_contain", []):
        checks[f"text_must_not_contain:{text!r}"] = article is not None and text not in article.text
    return checks


# ---------------------------------------------------------------------------- scoring

SCORED_FIELDS = (
    "type", "mode", "context", "cameo_root", "acled_event_type", "source", "target",
    "source_sector", "target_sector", "country", "admin1", "place", "within_km",
    "date", "date_precision", "status", "claimed_by",
)


def describe_mention(mention: EventMention) -> dict[str, Any]:
    """A compact JSON-ready summary of a coded event for reports."""
    place = mention.place
    return {
        "type": mention.event_type,
        "mode": mention.mode,
        "source": [a.name for a in mention.source_actors],
        "target": [a.name for a in mention.target_actors],
        "place": place.name if place else None,
        "country": place.country if place else None,
        "date": mention.event_date.isoformat() if mention.event_date else None,
        "time_precision": mention.time_precision,
        "status": mention.status,
        "claimed_by": mention.claimed_by,
        "evidence": mention.evidence.sentence,
        "start_char": mention.evidence.start_char,
        "end_char": mention.evidence.end_char,
    }


@dataclass
class ArticleScore:
    """Scores of one gold article: per gold event rows, spurious / duplicate / excused
    coded events, ``not_events`` violations, extraction checks."""

    gold_path: str
    events: list[dict[str, Any]]
    spurious: list[dict[str, Any]]
    duplicates: list[dict[str, Any]]
    excused: list[dict[str, Any]]
    violations: list[dict[str, Any]]
    extraction: dict[str, bool]
    n_coded: int
    error: str | None = None

    @property
    def required(self) -> int:
        return sum(1 for e in self.events if e["required"])

    @property
    def required_found(self) -> int:
        return sum(1 for e in self.events if e["required"] and e["matched"])

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form with this article's summary scores."""
        return {"gold_path": self.gold_path, "summary": summarise([self]), **vars(self)}


def score_article(gold: GoldArticle, article: Article | None, mentions: list[EventMention], aliases=None) -> ArticleScore:
    """Score the coded events of one article against its gold file (module docstring)."""
    golds = list(gold.events)
    paired, duplicates = assign(golds, mentions, aliases)
    rows = []
    for gi, ge in enumerate(golds):
        located = [m for m in mentions if evidence_located(m, ge)]
        row: dict[str, Any] = {"id": ge.id, "required": ge.required, "matched": gi in paired, "evidence": ge.evidence[0]}
        if gi in paired:
            mention = mentions[paired[gi]]
            row["checks"] = {"type": True, **field_checks(mention, ge, aliases)}
            row["coded"] = describe_mention(mention)
        else:
            row["checks"] = {"type": any(m.event_type in ge.types for m in located) if located else None}
            row["coded_in_sentence"] = [describe_mention(m) for m in located]
        rows.append(row)
    spurious, excused, violations, dups = [], [], [], []
    used = set(paired.values())
    for mi, mention in enumerate(mentions):
        if mi in used:
            continue
        described = describe_mention(mention)
        if mi in duplicates:
            dups.append({**described, "duplicate_of": golds[duplicates[mi]].id})
            continue
        not_event = next((t for t in gold.not_events if evidence_contains(mention.evidence.sentence, t)), None)
        if not_event is not None and mention.status in EXCUSED_NOT_EVENT_STATUSES:
            excused.append({**described, "not_event": not_event})
            continue
        spurious.append(described)
        if not_event is not None and mention.status == "asserted":
            violations.append({**described, "not_event": not_event})
    return ArticleScore(
        gold_path=str(gold.path),
        events=rows,
        spurious=spurious,
        duplicates=dups,
        excused=excused,
        violations=violations,
        extraction=extraction_checks(article, gold.expected_article),
        n_coded=len(mentions),
    )


def summarise(articles: list[ArticleScore]) -> dict[str, Any]:
    """Totals over articles: required recall (hits/n), spurious, duplicate, excused and
    violation counts, each field's accuracy over matched events (``counted_share``),
    median distance (km) and the share within ``max_km``, extraction checks passed."""
    required = sum(a.required for a in articles)
    found = sum(a.required_found for a in articles)
    matched_rows = [e for a in articles for e in a.events]
    fields = {}
    for name in SCORED_FIELDS:
        flags = [e["checks"].get(name) for e in matched_rows if e["matched"] or name == "type"]
        fields[name] = counted_share(flags)
    distances = [e["checks"]["distance_km"] for e in matched_rows if e["matched"] and e["checks"].get("distance_km") is not None]
    extraction = [ok for a in articles for ok in a.extraction.values()]
    return {
        "articles": len(articles),
        "required_recall": {"value": found / required if required else None, "hits": found, "n": required},
        "matched_events": sum(1 for e in matched_rows if e["matched"]),
        "coded_events": sum(a.n_coded for a in articles),
        "spurious": sum(len(a.spurious) for a in articles),
        "duplicates": sum(len(a.duplicates) for a in articles),
        "excused_not_events": sum(len(a.excused) for a in articles),
        "not_event_violations": sum(len(a.violations) for a in articles),
        "fields": fields,
        "median_distance_km": median(distances),
        "extraction": counted_share(extraction),
        "errors": [a.error for a in articles if a.error],
    }
