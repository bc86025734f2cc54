"""Scoring arithmetic shared by every evaluation kind.

Classification scores follow the definitions of scikit-learn's ``precision_recall_fscore_support``
(the scorer the CASE 2021 Task 2 organisers used for their official weighted F1):

- per label: precision = TP / (TP + FP), recall = TP / (TP + FN), F1 their harmonic
  mean; a ratio with a zero denominator is 0 (scikit-learn ``zero_division=0``);
- **weighted F1**: the per-label F1 averaged with the gold support (count of gold
  items per label) as weights, over all labels;
- **macro F1**: the unweighted mean of per-label F1 over the union of gold labels and
  predicted labels, except the "no prediction" label :data:`NO_PREDICTION`, which is
  always wrong but is not a class of its own;
- **accuracy**: share of items whose prediction equals the gold label.

Distances are great-circle (haversine) distances on a sphere of radius 6,371.0088 km
(the IUGG mean Earth radius).
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

#: The label of an item for which the system produced no prediction at all.
NO_PREDICTION = "(none)"

EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True)
class LabelScore:
    """Precision, recall and F1 of one label, with its gold ``support`` (item count)."""

    label: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass
class ClassificationScores:
    """Accuracy, weighted and macro F1, per-label scores and the confusion matrix.

    ``confusion[gold][predicted]`` counts items; ``labels`` is the sorted label set used
    for macro F1 (gold labels plus predicted labels, without :data:`NO_PREDICTION`).
    """

    n: int
    accuracy: float | None
    weighted_f1: float | None
    macro_f1: float | None
    per_label: list[LabelScore] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)

    def to_dict(self) -> dict:
        """JSON-ready form (the confusion matrix as nested dicts)."""
        return {
            "n": self.n,
            "accuracy": self.accuracy,
            "weighted_f1": self.weighted_f1,
            "macro_f1": self.macro_f1,
            "per_label": [vars(s) for s in self.per_label],
            "confusion": self.confusion,
        }


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


def classification_scores(gold: Sequence[str], predicted: Sequence[str | None]) -> ClassificationScores:
    """Score ``predicted`` labels against ``gold`` labels (same length, same order).

    A ``None`` prediction is counted as :data:`NO_PREDICTION`. Returns accuracy,
    weighted F1, macro F1 (definitions in the module docstring), per-label scores and
    the confusion matrix. With no items every score is ``None``. Raises
    ``ValueError`` when the two sequences differ in length.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    pred = [NO_PREDICTION if p is None else p for p in predicted]
    n = len(gold)
    if n == 0:
        return ClassificationScores(n=0, accuracy=None, weighted_f1=None, macro_f1=None)
    gold_count = Counter(gold)
    pred_count = Counter(pred)
    true_pos = Counter(g for g, p in zip(gold, pred) if g == p)
    labels = sorted((set(gold_count) | set(pred_count)) - {NO_PREDICTION})
    per_label = []
    for label in labels:
        precision = _ratio(true_pos[label], pred_count[label])
        recall = _ratio(true_pos[label], gold_count[label])
        f1 = _ratio(2 * precision * recall, precision + recall)
        per_label.append(LabelScore(label, precision, recall, f1, gold_count[label]))
    weighted = sum(s.f1 * s.support for s in per_label) / n
    macro = sum(s.f1 for s in per_label) / len(per_label) if per_label else 0.0
    confusion: dict[str, dict[str, int]] = {}
    for g, p in zip(gold, pred):
        row = confusion.setdefault(g, {})
        row[p] = row.get(p, 0) + 1
    return ClassificationScores(
        n=n,
        accuracy=sum(true_pos.values()) / n,
        weighted_f1=weighted,
        macro_f1=macro,
        per_label=per_label,
        labels=labels,
        confusion=confusion,
    )


def share(flags: Iterable[bool | None]) -> float | None:
    """Share of ``True`` among the non-``None`` flags; ``None`` when there are none.

    ``None`` marks an item where the field is not scored (e.g. the gold gives no date).
    """
    values = [f for f in flags if f is not None]
    return sum(values) / len(values) if values else None


def counted_share(flags: Iterable[bool | None]) -> dict:
    """``{"value": share, "hits": k, "n": n}`` over the non-``None`` flags."""
    values = [f for f in flags if f is not None]
    hits = sum(values)
    return {"value": hits / len(values) if values else None, "hits": hits, "n": len(values)}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two WGS84 points given in decimal degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def median(values: Iterable[float]) -> float | None:
    """Median of ``values``; ``None`` for none."""
    values = list(values)
    return statistics.median(values) if values else None
