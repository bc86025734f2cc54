"""Evaluation in the CASE 2021 Task 2 format (fine-grained event classification).

Input: a TSV file ``id<TAB>EventSnippet<TAB>SubType`` (the task's format, see
``shared/data/case2021``); a two-column file ``id<TAB>EventSnippet`` is accepted with
its labels in a second file ``id<TAB>SubType`` (the task's ``sample_output.txt``
shape), joined on ``id``; without labels, only predictions are produced.

Each snippet is coded as an article (no publication date is given; the run's time is
used, so every event keeps its status but classification ignores it). The snippet's
label is that of its first coded event, in text order, that has a CASE label, skipping
negated and hypothetical events when another exists. A coded event's CASE label comes
from the coding ontology, :meth:`crisisdesk.coding.ontology.Ontology.case_label_for`:
``ORG_CRIME`` for an arrest or seizure where organised crime is named, else the ACLED
``sub_event_type``'s CASE label (25 labels, ``ARMED_CLASH`` ...), else ``ATTRIB`` for
ACCUSE, ``DIPLO`` for the diplomatic PLOVER types; a coded act whose sentence claims
responsibility for it is ``ATTRIB``. Disasters are no event between actors (the coder
codes none, :mod:`crisisdesk.coding.hazards`), so a snippet with no labelled event is
labelled by its own words: ``NATURAL_DISASTER`` / ``MAN_MADE_DISASTER`` (hazard words,
EM-DAT classes), ``ATTRIB`` (a claim of responsibility), ``ORG_CRIME`` (organised
crime named, :mod:`crisisdesk.coding.crime`). A snippet with none of these gets no
prediction (:data:`~crisisdesk.evaluation.metrics.NO_PREDICTION`, always wrong; written
as ``OTHER`` in a predictions file, since the task needs a label per line).

Scores: weighted F1 (the task's official measure), macro F1, accuracy (definitions in
:mod:`crisisdesk.evaluation.metrics`). The best published system reached 0.839
weighted F1 (CASE 2021 Task 2 overview, Haneczok et al. 2021).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crisisdesk.coding.crime import names_organised_crime
from crisisdesk.coding.hazards import disaster_label
from crisisdesk.evaluation.metrics import classification_scores
from crisisdesk.records import EventMention

#: Best published weighted F1 on CASE 2021 Task 2 (Haneczok et al., 2021).
BEST_PUBLISHED_WEIGHTED_F1 = 0.839

#: Label written for a snippet without prediction in a predictions file.
FALLBACK_LABEL = "OTHER"


class CaseFormatError(ValueError):
    """A CASE file that cannot be read: the message names the path, line and reason."""


@dataclass(frozen=True)
class Snippet:
    """One snippet with its gold ``label`` (None when the input has no labels)."""

    id: str
    text: str
    label: str | None


def _rows(path: Path) -> list[list[str]]:
    try:
        with Path(path).open(newline="", encoding="utf-8-sig") as handle:
            return [row for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE) if any(c.strip() for c in row)]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise CaseFormatError(f"{path}: cannot read TSV ({type(exc).__name__}: {exc})") from exc


def load_case(path: Path, labels_path: Path | None = None) -> list[Snippet]:
    """Read snippets (2 or 3 columns) and, for 2 columns, labels from ``labels_path``.
    Raises :class:`CaseFormatError` for a malformed line (path and line number), an
    id without a label, or duplicate ids."""
    rows = _rows(path)
    labels: dict[str, str] = {}
    if labels_path is not None:
        for number, row in enumerate(_rows(labels_path), start=1):
            if len(row) != 2:
                raise CaseFormatError(f"{labels_path}:{number}: expected id<TAB>SubType, got {len(row)} columns")
            labels[row[0].strip()] = row[1].strip()
    snippets, seen = [], set()
    for number, row in enumerate(rows, start=1):
        if len(row) not in (2, 3):
            raise CaseFormatError(f"{path}:{number}: expected 2 or 3 tab-separated columns, got {len(row)}")
        sid = row[0].strip()
        if sid in seen:
            raise CaseFormatError(f"{path}:{number}: duplicate id {sid!r}")
        seen.add(sid)
        label = row[2].strip() if len(row) == 3 else labels.get(sid)
        if labels_path is not None and len(row) == 2 and label is None:
            raise CaseFormatError(f"{labels_path}: no label for id {sid!r}")
        snippets.append(Snippet(sid, row[1].strip(), label))
    return snippets


def ontology_label(mention: EventMention) -> str | None:
    """CASE 2021 label of one coded event, from the coding ontology (module docstring)."""
    from crisisdesk.coding.ontology import load_ontology

    return load_ontology().case_label_for(mention.event_type, mention.contexts, mention.acled_sub_event_type)


#: A claim of responsibility for an act ("claimed responsibility for the bombing",
#: "X claim attack on army base", "took credit for", "said it carried out"): CASE 2021
#: ``ATTRIB`` (attribution of responsibility, claimed or blamed), whatever the act.
RESPONSIBILITY_CLAIM = re.compile(
    r"\b(claim(s|ed|ing)?|tak(e|es|en|ing)|took|accept(s|ed|ing)?|admit(s|ted|ting)?)\s+(\w+\s+)?"
    r"(responsibility|credit)\b|"
    r"\bclaim(s|ed|ing)?\s+((the|an?|its|their|last|this|that)\s+)?([\w'-]+\s+){0,2}?(attacks?|bombings?|ambush(es)?|"
    r"killings?|raids?|assaults?|abductions?|kidnappings?|blasts?|explosions?|strikes?|sieges?|shootings?|massacres?|"
    r"assassinations?|murders?)\b|"
    r"\b(says?|said)\s+(it|they)\s+(had\s+)?(carried out|was behind|were behind|staged|launched|mounted)\b", re.I)


def predict_label(mentions: list[EventMention], label_for: Callable[[EventMention], str | None] = ontology_label,
                  text: str | None = None) -> str | None:
    """The snippet's predicted label (module docstring), None when neither an event nor
    ``text`` (the snippet, for the labels outside event coding) gives one.

    A coded act whose sentence claims responsibility for it (:data:`RESPONSIBILITY_CLAIM`)
    is ``ATTRIB``. With no labelled event, the snippet's own words decide the labels
    the event coder leaves out: a hazard (:func:`crisisdesk.coding.hazards.disaster_label`,
    ``NATURAL_DISASTER`` / ``MAN_MADE_DISASTER``: disasters are no event between
    actors), then a claim of responsibility (``ATTRIB``), then organised crime named
    (:mod:`crisisdesk.coding.crime`, ``ORG_CRIME``)."""
    labelled = [(m, label_for(m)) for m in mentions]
    labelled = [(m, label) for m, label in labelled if label]
    usable = [(m, label) for m, label in labelled if m.status not in ("negated", "hypothetical")]
    chosen = usable[0] if usable else (labelled[0] if labelled else None)
    if chosen is not None:
        mention, label = chosen
        if mention.event_type in ("ASSAULT", "COERCE") and RESPONSIBILITY_CLAIM.search(mention.evidence.sentence):
            return "ATTRIB"
        return label
    if not text:
        return None
    disaster = disaster_label(text)
    if disaster:
        return disaster
    if RESPONSIBILITY_CLAIM.search(text):
        return "ATTRIB"
    if names_organised_crime(text):
        return "ORG_CRIME"
    return None


def score_rows(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Scores over rows ``{"id", "gold", "predicted"}`` that have a gold label, with the
    best published figure for comparison."""
    scored = [r for r in rows if r["gold"] is not None]
    scores = classification_scores([r["gold"] for r in scored], [r["predicted"] for r in scored]).to_dict()
    return {
        "snippets": len(rows),
        "labelled": len(scored),
        "predicted": sum(1 for r in rows if r["predicted"] is not None),
        "classification": scores,
        "best_published_weighted_f1": BEST_PUBLISHED_WEIGHTED_F1,
    }


def write_predictions(rows: list[dict[str, Any]], path: Path) -> None:
    """Write ``id<TAB>label`` lines (the task's output format), ``OTHER`` for no prediction."""
    with Path(path).open("w", encoding="utf-8", newline="") as handle:
        for row in rows:
            handle.write(f"{row['id']}\t{row['predicted'] or FALLBACK_LABEL}\n")
