"""Evaluation against PLOVER gold standard records (Open Event Data Alliance, CC BY-SA 4.0).

Each record's ``text`` (one sentence) is coded as an article published on its ``date``.
Records of type ``DOCUMENT`` are file documentation and are skipped. Old labels are
mapped to PLOVER 0.8 as the coding issue specifies: ``DEMAND`` -> ``REQUEST``, ``FIGHT``
-> ``ASSAULT``, ``DISAPPROVE`` -> ``ACCUSE``. ``INVESTIGATE`` has no single PLOVER 0.8
type, so those records are scored apart: they are left out of the type accuracy and
their predicted types are listed (``investigate``).

The predicted event of a record (:func:`pick_mention`) is its coded event with the
highest confidence, the first in the text on a tie; negated events are passed over
when another exists (PLOVER records code intentions and threats, so other statuses
count). Scores:

- ``type``: accuracy, weighted and macro F1, confusion matrix of the picked event's
  type; ``type_any``: share of records where any coded event has the gold type;
- ``source_code`` / ``target_code``: over all records (INVESTIGATE included) with a gold source / target, some
  coded source (target) actor carries one of the gold actor codes
  (:func:`crisisdesk.evaluation.actors.matches_plover_code`: a country alpha-3 code as
  code prefix or country, ``IGO`` as code prefix or sector);
- ``source_sector`` / ``target_sector``: over records whose gold actors give a sector
  (``***`` = unknown is ignored), some coded actor has one of those sectors.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from crisisdesk.evaluation.actors import matches_plover_code, matches_plover_sector
from crisisdesk.evaluation.metrics import classification_scores, counted_share
from crisisdesk.records import EventMention

#: Old PLOVER labels and their PLOVER 0.8 types (the coding issue's mapping).
OLD_LABELS = {"DEMAND": "REQUEST", "FIGHT": "ASSAULT", "DISAPPROVE": "ACCUSE"}
#: Labels scored apart.
SCORED_APART = frozenset({"INVESTIGATE"})
SKIPPED = frozenset({"DOCUMENT"})


class PloverFormatError(ValueError):
    """A PLOVER file that cannot be read: the message names the path and the reason."""


@dataclass(frozen=True)
class PloverActor:
    """One gold actor: its text, code and sector (``None`` when not given or ``***``)."""

    text: str
    code: str
    sector: str | None


@dataclass(frozen=True)
class PloverRecord:
    """One PLOVER gold record: ``label`` as in the file and ``event_type`` mapped to
    PLOVER 0.8 (``None`` for labels scored apart)."""

    id: str
    text: str
    date: date
    label: str
    event_type: str | None
    sources: tuple[PloverActor, ...]
    targets: tuple[PloverActor, ...]


def _actors(value: Any) -> tuple[PloverActor, ...]:
    if not isinstance(value, list):
        return ()
    out = []
    for item in value:
        if isinstance(item, dict) and item.get("code"):
            sector = (item.get("sector") or "").strip()
            out.append(PloverActor(str(item.get("actorText", "")), str(item["code"]).strip(), sector if sector and sector != "***" else None))
    return tuple(out)


def load_plover(path: Path) -> tuple[list[PloverRecord], list[str]]:
    """Read a PLOVER gold JSON file (a list of records). Returns the records to score
    and a list of problems (``id: reason``) for records skipped as unusable. Raises
    :class:`PloverFormatError` when the file is not a JSON list."""
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise PloverFormatError(f"{path}: cannot read JSON ({type(exc).__name__}: {exc})") from exc
    if not isinstance(raw, list):
        raise PloverFormatError(f"{path}: expected a JSON list of PLOVER records")
    records, problems = [], []
    for item in raw:
        if not isinstance(item, dict):
            problems.append(f"?: not an object ({type(item).__name__})")
            continue
        label = str(item.get("event", "")).strip().upper()
        rid = str(item.get("id", "?"))
        if label in SKIPPED:
            continue
        text = item.get("text")
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{rid}: no text")
            continue
        try:
            day = date.fromisoformat(str(item.get("date", "")))
        except ValueError:
            problems.append(f"{rid}: bad date {item.get('date')!r}")
            continue
        mapped = None if label in SCORED_APART else OLD_LABELS.get(label, label)
        records.append(PloverRecord(rid, text.strip(), day, label, mapped, _actors(item.get("source")), _actors(item.get("target"))))
    return records, problems


def pick_mention(mentions: list[EventMention]) -> EventMention | None:
    """The predicted event of a record (module docstring); None when nothing was coded."""
    if not mentions:
        return None
    usable = [(i, m) for i, m in enumerate(mentions) if m.status != "negated"] or list(enumerate(mentions))
    return min(usable, key=lambda im: (-im[1].confidence, im[0]))[1]


def score_record(record: PloverRecord, mentions: list[EventMention]) -> dict[str, Any]:
    """Compare one record with its coded events; flags are None where not scored."""
    picked = pick_mention(mentions)
    sources = picked.source_actors if picked else []
    targets = picked.target_actors if picked else []
    source_sectors = {a.sector for a in record.sources if a.sector}
    target_sectors = {a.sector for a in record.targets if a.sector}
    return {
        "id": record.id,
        "label": record.label,
        "gold_type": record.event_type,
        "type": picked.event_type if picked else None,
        "type_any": (any(m.event_type == record.event_type for m in mentions) if record.event_type else None),
        "source_code": (any(matches_plover_code(a, g.code) for a in sources for g in record.sources) if record.sources else None),
        "target_code": (any(matches_plover_code(a, g.code) for a in targets for g in record.targets) if record.targets else None),
        "source_sector": (any(matches_plover_sector(a, s) for a in sources for s in source_sectors) if source_sectors else None),
        "target_sector": (any(matches_plover_sector(a, s) for a in targets for s in target_sectors) if target_sectors else None),
        "gold_source": [a.code + (a.sector or "") for a in record.sources],
        "gold_target": [a.code + (a.sector or "") for a in record.targets],
        "coded_source": [a.code or a.name for a in sources],
        "coded_target": [a.code or a.name for a in targets],
        "text": record.text,
    }


def summarise(rows: list[dict[str, Any]], *, errors=()) -> dict[str, Any]:
    """Totals: type classification scores over records with a PLOVER 0.8 type, the
    flag shares, and the predicted types of records scored apart."""
    typed = [r for r in rows if r["gold_type"] is not None]
    apart = [r for r in rows if r["gold_type"] is None]
    summary = {
        "records": len(rows),
        "typed_records": len(typed),
        "type": classification_scores([r["gold_type"] for r in typed], [r["type"] for r in typed]).to_dict(),
        "type_any": counted_share(r["type_any"] for r in typed),
        "investigate": {"n": len(apart), "predicted": [r["type"] for r in apart]},
        "errors": list(errors),
    }
    for name in ("source_code", "target_code", "source_sector", "target_sector"):
        summary[name] = counted_share(r[name] for r in rows)
    return summary
