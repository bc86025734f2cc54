"""Rebuild the packaged ACLED sub-event type classifier and print its evaluation.

    PYTHONPATH=src python scripts/train_acled_model.py [ACLED_CSV] [--out PATH] [--c C]
        [--weighting counts|l2|tfidf|sublinear-tfidf] [--class-weight none|balanced] [--oof-only]
        [--lexical] [--[no-]actor-codes] [--[no-]restrict-overrides] [--coded-cache FILE] [--pair-check]

ACLED_CSV defaults to the development set ``../shared/data/acled/acled_mali_2017_2019.csv``
(never copied into the repository). Each event's ``notes`` is coded as an article
published on its ``event_date`` by crisisdesk's own pipeline (extraction, annotation,
rule coder without any model); the note's predicted mention (as ``crisisdesk eval acled``
picks it) gives the features (:func:`crisisdesk.coding.acled_model.mention_features`) and
the event's ACLED ``sub_event_type`` the label. Events in the training split
(:func:`crisisdesk.coding.acled_model.in_training_split`, ~70 % by hash of
``event_id_cnty``) train a multinomial logistic regression (scikit-learn, L2, ``C``);
the others are held out and only scored.

The honest development figure is the OUT-OF-FOLD blend on the training split
(:func:`choose_by_oof`, always printed; ``--oof-only`` prints only it, so rule changes
can be judged without looking at the held-out events): the training-split events are
split into :data:`OOF_FOLDS` folds by hash of their id (:func:`oof_fold`); each fold is
predicted by a model trained on the other folds, the prediction is blended with the
rules' type exactly as the coder does (:func:`blended_types`), and event_type accuracy
and sub_event_type weighted F1 are computed over ALL training-split notes (a note
without a coded event counts as wrong), next to the rules alone. ``C`` (:data:`C_GRID`),
the blend's minimum model probability and its margin over the rules' type are the
grid values with the best out-of-fold event_type accuracy (ties: weighted F1); the
held-out events never choose anything.

The product is measured from outside on later ACLED years and other regions, so the
script also prints a TEMPORAL check inside the training split (:func:`temporal_check`):
a model trained on the split's 2017-2018 notes predicts its 2019 notes (the latest year,
:func:`temporal_split`); rules alone, classifier alone and the blend at the out-of-fold
settings (with every override, and with the overrides restricted to the rules' types
whose overrides gained out of fold among 2017-2018 alone), and the settings the temporal
fold itself would choose. By default the features are delexicalised (names, numbers and
dates replaced by what they are, :mod:`crisisdesk.coding.delexicalise`; ``--lexical``:
the words as written) without actor-dictionary codes (``--actor-codes``);
``--pair-check`` also measures, out of fold and on the temporal fold only, a dedicated
binary Attack vs Armed clash model consulted where the rules said one of the two
(:func:`pair_check`; not packaged);
``--restrict-overrides`` lets the model override only the rules' sub-event types whose
overrides gained out of fold. ``--coded-cache FILE`` keeps the rule-coded notes (a
pickle outside the repository) so that feature variants are compared without coding
the notes again. The script then trains on the whole training
split and prints, for the held-out and the training events: sub_event_type accuracy /
weighted F1 and event_type accuracy of the rules alone and of the rules with the
model, over events with a coded mention and over all events, then writes the weights,
feature weighting and blend policy to ``src/crisisdesk/data/models/acled_subtype.npz``
(or ``--out``).

Deterministic: same data, same scikit-learn version -> same weights.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from crisisdesk.coding.acled_model import (
    MODEL_MIN_PROBABILITY,
    N_FEATURES,
    AcledSubtypeModel,
    FeatureWeighting,
    Prediction,
    blended_types,
    event_id_hash,
    in_training_split,
    weighted_features,
)
from crisisdesk.coding.roles import is_armed

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CSV = REPO.parent / "shared" / "data" / "acled" / "acled_mali_2017_2019.csv"
DEFAULT_OUT = REPO / "src" / "crisisdesk" / "data" / "models" / "acled_subtype.npz"


def annotate_notes(events) -> list:  # noqa: ANN001 - list[AcledEvent] -> list[(Article, Doc) | None]
    """Extract and annotate each event's cleaned ``notes`` as the pipeline does."""
    from crisisdesk.evaluation.acled import clean_notes
    from crisisdesk.evaluation.system import PipelineCoder, raw_from_text

    pipeline = PipelineCoder()
    out = []
    for event in events:
        raw = raw_from_text(clean_notes(event.notes), uri=f"acled:{event.event_id}", published=event.event_date,
                            title=f"ACLED event {event.event_id}")
        try:
            article = pipeline.extractor.extract(raw)
            out.append((article, pipeline.stages.annotate(article)))
        except Exception as exc:  # noqa: BLE001 - a note the pipeline rejects is left out and reported
            print(f"  skipped {event.event_id}: {type(exc).__name__}: {exc}", file=sys.stderr)
            out.append(None)
    return out


def rule_mentions(annotated) -> list:  # noqa: ANN001
    """Each note's predicted mention from the rule coder alone, the rest of its
    paragraph and the note's names to delexicalise (``(mention, context, masks)``,
    :func:`crisisdesk.coding.coder.document_name_masks`; None when no mention)."""
    from crisisdesk.coding.coder import EventCoder, document_name_masks, paragraph_context
    from crisisdesk.evaluation.acled import pick_mention

    coder = EventCoder(acled_model=None)
    out = []
    for item in annotated:
        mention = pick_mention(coder.code(item[1], item[0])) if item else None
        out.append((mention, paragraph_context(item[0], mention.evidence.start_char, mention.evidence.end_char),
                    document_name_masks(item[1])) if mention else None)
    return out


#: Feature weightings the training script can fit (:class:`FeatureWeighting`), and the default.
WEIGHTINGS = ("counts", "l2", "tfidf", "sublinear-tfidf")
DEFAULT_WEIGHTING = "l2"
#: scikit-learn ``class_weight`` of the logistic regression (None or "balanced").
DEFAULT_CLASS_WEIGHT: str | None = None


def make_weighting(kind: str, counts) -> FeatureWeighting:  # noqa: ANN001 - counts: scipy.sparse rows x N_FEATURES
    """The :class:`FeatureWeighting` named ``kind`` (:data:`WEIGHTINGS`), its idf (if
    any) fitted on ``counts`` by scikit-learn's ``TfidfTransformer`` (smooth idf)."""
    if kind == "counts":
        return FeatureWeighting()
    if kind == "l2":
        return FeatureWeighting(l2=True)
    if kind not in WEIGHTINGS:
        raise ValueError(f"unknown feature weighting {kind!r}; one of {', '.join(WEIGHTINGS)}")
    from sklearn.feature_extraction.text import TfidfTransformer

    idf = TfidfTransformer(smooth_idf=True).fit(counts).idf_.astype(np.float32)
    return FeatureWeighting(sublinear=kind == "sublinear-tfidf", idf=idf, l2=True)


def fit(features: list[list[str]], labels: list[str], c: float, weighting: str = DEFAULT_WEIGHTING,
        class_weight: str | None = None, min_probability: float | None = None,
        margin: float = 0.0) -> AcledSubtypeModel:
    """Multinomial logistic regression (scikit-learn, L2, ``C``) on the hashed
    features weighted as ``weighting`` (:data:`WEIGHTINGS`), as an
    :class:`AcledSubtypeModel` (no training ids yet)."""
    from sklearn.feature_extraction import FeatureHasher
    from sklearn.linear_model import LogisticRegression

    counts = FeatureHasher(n_features=N_FEATURES, input_type="string", alternate_sign=False).transform(features)
    scheme = make_weighting(weighting, counts)
    classifier = LogisticRegression(C=c, max_iter=3000, class_weight=class_weight)
    classifier.fit(weighted_features(counts, scheme), labels)
    coef, intercept = classifier.coef_, classifier.intercept_
    if len(classifier.classes_) == 2:  # binary: one row w for the second class = softmax of (0, w.x + b)
        coef, intercept = np.vstack([np.zeros_like(coef), coef]), np.concatenate([[0.0], intercept])
    return AcledSubtypeModel(np.array(classifier.classes_, dtype=str), coef.astype(np.float32),
                             intercept.astype(np.float32), None, scheme, min_probability, margin)


def weighted_f1(gold: list[str], pred: list[str]) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score(gold, pred, average="weighted", zero_division=0)) if gold else 0.0


def report(name: str, gold: list[str], pred: list[str | None], gold_type: list[str], pred_type: list[str | None]) -> str:
    n = len(gold)
    acc = sum(g == p for g, p in zip(gold, pred)) / n if n else 0.0
    type_acc = sum(g == p for g, p in zip(gold_type, pred_type)) / n if n else 0.0
    return (f"  {name:34s} n={n:5d}  event_type acc {type_acc:.3f}  sub_event_type acc {acc:.3f}"
            f"  weighted F1 {weighted_f1(gold, [p or 'None' for p in pred]):.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("csv", nargs="?", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--c", type=float, default=None,
                        help="inverse L2 regularisation strength (default: chosen by the out-of-fold blend on the training split)")
    parser.add_argument("--weighting", choices=WEIGHTINGS, default=DEFAULT_WEIGHTING,
                        help=f"feature weighting (default {DEFAULT_WEIGHTING})")
    parser.add_argument("--class-weight", choices=("none", "balanced"), default=DEFAULT_CLASS_WEIGHT or "none")
    parser.add_argument("--oof-only", action="store_true",
                        help="print the out-of-fold figures on the training split only: no held-out figure, no file written")
    parser.add_argument("--coded-cache", type=Path, default=None,
                        help="pickle of the rule-coded notes: read if it exists, else written (outside the repository, "
                             "e.g. /tmp; recode after any change to the rules or the annotation)")
    parser.add_argument("--lexical", action="store_true",
                        help="words as written (default: names, numbers and dates delexicalised)")
    parser.add_argument("--actor-codes", action=argparse.BooleanOptionalAction, default=DEFAULT_FEATURES.actor_codes,
                        help="actor-dictionary codes of the source and target as features")
    parser.add_argument("--capitalised", action=argparse.BooleanOptionalAction, default=DEFAULT_FEATURES.capitalised,
                        help="also mask capitalised words the annotation did not resolve (delexicalised features only)")
    parser.add_argument("--restrict-overrides", action=argparse.BooleanOptionalAction, default=DEFAULT_RESTRICT,
                        help="let the model override only the rules' sub-event types whose overrides gained out of fold")
    parser.add_argument("--pair-check", action="store_true",
                        help="also measure a dedicated Attack vs Armed clash model (out of fold and temporal, "
                             "training split only; not packaged)")
    args = parser.parse_args(argv)

    from crisisdesk.coding.ontology import load_ontology
    from crisisdesk.evaluation.acled import load_acled, normalise_acled_label

    started = time.monotonic()
    events, problems = load_acled(args.csv)
    for problem in problems:
        print(f"  skipped {problem}", file=sys.stderr)
    coded = None
    if args.coded_cache is not None and args.coded_cache.exists():
        with args.coded_cache.open("rb") as handle:
            cached_ids, coded = pickle.load(handle)  # noqa: S301 - a file this script wrote
        if cached_ids != [e.event_id for e in events]:
            print(f"  {args.coded_cache}: coded for other events; coding again", file=sys.stderr)
            coded = None
    if coded is None:
        print(f"{args.csv}: {len(events)} events; annotating notes ...")
        coded = rule_mentions(annotate_notes(events))
        print(f"  coded in {time.monotonic() - started:.0f} s")
        if args.coded_cache is not None:
            with args.coded_cache.open("wb") as handle:
                pickle.dump(([e.event_id for e in events], coded), handle)
    options = FeatureOptions(delexicalised=not args.lexical, actor_codes=args.actor_codes,
                             capitalised=args.capitalised)
    return train_and_report(events, coded, args.out, args.c, load_ontology(), normalise_acled_label, args.weighting,
                            None if args.class_weight == "none" else args.class_weight, args.oof_only, options,
                            args.restrict_overrides, args.pair_check)


@dataclass(frozen=True)
class FeatureOptions:
    """Which features the model reads (:meth:`AcledSubtypeModel.features`):
    ``delexicalised``: names, numbers and dates masked
    (:mod:`crisisdesk.coding.delexicalise`); ``actor_codes``: the source's and
    target's actor-dictionary codes as features; ``capitalised``: capitalised words the
    annotation did not resolve masked too (:data:`crisisdesk.coding.delexicalise.INNER_NAME`)."""

    delexicalised: bool = True
    actor_codes: bool = False
    capitalised: bool = False

    def model(self) -> AcledSubtypeModel:
        """An empty model carrying these options (to compute features as a model
        trained with them reads them)."""
        return AcledSubtypeModel(np.array(["none"]), np.zeros((1, N_FEATURES), np.float32), np.zeros(1, np.float32),
                                 delexicalised=self.delexicalised, actor_codes=self.actor_codes,
                                 capitalised=self.capitalised)


#: The feature options of the packaged model (chosen by out-of-fold and temporal figures).
DEFAULT_FEATURES = FeatureOptions()
#: Whether the packaged model overrides only the rules' types that gained out of fold.
DEFAULT_RESTRICT = True  # the packaged model (README "Generalisation"): overrides only where they gained out of fold


#: Folds of the out-of-fold evaluation inside the training split.
OOF_FOLDS = 5
#: Grids the out-of-fold evaluation chooses from: L2 ``C``, the blend's minimum model
#: probability (1.01: the rules alone) and margin over the rules' type (:func:`blended_types`).
C_GRID = (1.0, 4.0, 16.0, 64.0)
THRESHOLD_GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.01)
MARGIN_GRID = (0.0, 0.2, 0.4, 0.6)


def oof_fold(event_id: str, folds: int = OOF_FOLDS) -> int:
    """Fold (0 .. folds-1) of a training-split event: the SHA-256 hash of its id, divided
    by 100 (the split uses the hash modulo 100), modulo ``folds``. Deterministic."""
    return (event_id_hash(event_id) // 100) % folds


@dataclass
class CodedNotes:
    """The development set coded by the rules: per event its gold labels, the rules'
    predicted mention (None: no coded event) and, for those with one, its features."""

    events: list
    labels: list[str]
    types: list[str]
    mentions: list
    features: dict[int, list[str]]
    train: list[bool]

    @property
    def training(self) -> list[int]:
        """Indexes of the training-split events (with or without a coded event)."""
        return [i for i, seen in enumerate(self.train) if seen]


def predictions_of(notes: CodedNotes, fit_idx: list[int], test_idx: list[int], c: float,
                   weighting: str = DEFAULT_WEIGHTING, class_weight: str | None = None) -> dict[int, Prediction]:
    """Predictions for the events ``test_idx`` by a model trained on the events
    ``fit_idx`` (both: indexes of events with a coded event). Each Prediction carries
    the probability of the rules' type."""
    if not test_idx:
        return {}
    model = fit([notes.features[i] for i in fit_idx], [notes.labels[i] for i in fit_idx], c, weighting, class_weight)
    out: dict[int, Prediction] = {}
    for i, probs in zip(test_idx, model.scores([notes.features[i] for i in test_idx])):
        best = int(probs.argmax())
        rule = notes.mentions[i].acled_sub_event_type
        rule_p = float(probs[model.classes.index(rule)]) if rule in model.classes else 0.0
        out[i] = Prediction(model.classes[best], float(probs[best]), rule_p)
    return out


def oof_predictions(notes: CodedNotes, c: float, weighting: str = DEFAULT_WEIGHTING, class_weight: str | None = None,
                    folds: int = OOF_FOLDS, index: list[int] | None = None) -> dict[int, Prediction]:
    """Out-of-fold predictions for every event of ``index`` (default: the training
    split) with a coded event: each fold's events are predicted by a model trained on
    the other folds' events of ``index`` (the held-out events play no part)."""
    out: dict[int, Prediction] = {}
    coded = [i for i in (notes.training if index is None else index) if i in notes.features]
    for fold in range(folds):
        fit_idx = [i for i in coded if oof_fold(notes.events[i].event_id, folds) != fold]
        test_idx = [i for i in coded if oof_fold(notes.events[i].event_id, folds) == fold]
        out.update(predictions_of(notes, fit_idx, test_idx, c, weighting, class_weight))
    return out


def blend_figures(notes: CodedNotes, index: list[int], predictions: dict[int, Prediction] | None, ontology,  # noqa: ANN001
                  min_probability: float = MODEL_MIN_PROBABILITY, margin: float = 0.0,
                  override_from: frozenset[str] | None = None, alone: bool = False) -> tuple[float, float]:
    """(event_type accuracy, sub_event_type weighted F1) over the events ``index``, an
    event without a coded event counting as wrong: the rules alone when ``predictions``
    is None, the classifier alone (its most probable sub-event type, the event type
    from the codebook table, no rule guard) when ``alone``, else the blend exactly as
    the coder applies it (:func:`blended_types`, with ``override_from``)."""
    pred_type, pred_sub = [], []
    for i in index:
        mention = notes.mentions[i]
        if mention is None:
            types = (None, None)
        elif predictions is None:
            types = (mention.acled_event_type, mention.acled_sub_event_type)
        elif alone:
            types = (ontology.acled_event_type_of(predictions[i].sub_event_type), predictions[i].sub_event_type)
        else:
            types = blended_types(mention, predictions[i], ontology, min_probability, margin, override_from)
        pred_type.append(types[0])
        pred_sub.append(types[1] or "None")
    n = len(index)
    type_acc = sum(notes.types[i] == p for i, p in zip(index, pred_type)) / n if n else 0.0
    return type_acc, weighted_f1([notes.labels[i] for i in index], pred_sub)


def override_gains(notes: CodedNotes, index: list[int], predictions: dict[int, Prediction], ontology,  # noqa: ANN001
                   min_probability: float, margin: float) -> dict[str, tuple[int, int]]:
    """Per sub-event type the rules gave: (event_type, sub_event_type) notes the blend's
    overrides of that type made right minus those they made wrong, over the events
    ``index`` with a prediction."""
    gains: dict[str, tuple[int, int]] = {}
    for i in index:
        mention = notes.mentions[i]
        if mention is None or i not in predictions or mention.acled_sub_event_type is None:
            continue
        rule = (mention.acled_event_type, mention.acled_sub_event_type)
        blended = blended_types(mention, predictions[i], ontology, min_probability, margin)
        if blended == rule:
            continue
        by_type = int(notes.types[i] == blended[0]) - int(notes.types[i] == rule[0])
        by_sub = int(notes.labels[i] == blended[1]) - int(notes.labels[i] == rule[1])
        old = gains.get(rule[1], (0, 0))
        gains[rule[1]] = (old[0] + by_type, old[1] + by_sub)
    return gains


def helpful_overrides(gains: dict[str, tuple[int, int]]) -> frozenset[str]:
    """The rules' sub-event types whose overrides gained (:func:`override_gains`): more
    event types made right than wrong, or as many and more sub-event types."""
    return frozenset(t for t, gain in gains.items() if gain > (0, 0))


def temporal_split(events, index: list[int]) -> tuple[list[int], list[int]]:  # noqa: ANN001
    """(earlier, latest): the events of ``index`` dated before the latest calendar year
    among them (``event_date``), and those of that year, each in ``index`` order. On the
    Mali 2017-2019 training split: train on 2017-2018, test on 2019 - the later-year
    shift the product is measured on from outside."""
    if not index:
        return [], []
    latest = max(events[i].event_date.year for i in index)
    return ([i for i in index if events[i].event_date.year < latest],
            [i for i in index if events[i].event_date.year == latest])


def best_policy(notes: CodedNotes, index: list[int], predictions: dict[int, Prediction], ontology,  # noqa: ANN001
                thresholds=THRESHOLD_GRID, margins=MARGIN_GRID) -> tuple[float, float, tuple[float, float]]:
    """(min_probability, margin, (event_type acc, sub wF1)) of the blend policy with the
    best event_type accuracy over the events ``index`` (ties: sub-type weighted F1, then
    the earlier grid value)."""
    return best_on_grid(thresholds, margins,
                        lambda threshold, margin: blend_figures(notes, index, predictions, ontology, threshold, margin))


def best_on_grid(firsts, seconds, figures_at) -> tuple:  # noqa: ANN001
    """(first, second, figures) of the grid pair whose ``figures_at(first, second)``
    tuple is greatest (compared as tuples: event_type accuracy, then sub-type weighted
    F1); ties keep the earlier grid pair."""
    best: tuple | None = None
    for first in firsts:
        for second in seconds:
            figures = figures_at(first, second)
            if best is None or figures > best[2]:
                best = (first, second, figures)
    return best  # type: ignore[return-value]


def choose_by_oof(notes: CodedNotes, ontology, weighting: str = DEFAULT_WEIGHTING, class_weight: str | None = None,  # noqa: ANN001
                  c_grid=C_GRID, thresholds=THRESHOLD_GRID, margins=MARGIN_GRID) -> tuple[float, float, float, tuple]:
    """(C, min_probability, margin, (event_type acc, sub wF1)) with the best out-of-fold
    blend event_type accuracy over ALL training-split events (ties: sub-type weighted
    F1, then the earlier grid value); prints each C's best and the rules alone."""
    index = notes.training
    rules_acc, rules_f1 = blend_figures(notes, index, None, ontology)
    print(f"OUT-OF-FOLD ({OOF_FOLDS} folds) on the training split, {len(index)} notes (none coded = wrong); "
          f"weighting {weighting}, class_weight {class_weight}")
    print(f"  rules alone{'':27s} event_type acc {rules_acc:.4f}  sub_event_type weighted F1 {rules_f1:.4f}")
    best: tuple | None = None
    for c in c_grid:
        predictions = oof_predictions(notes, c, weighting, class_weight)
        threshold, margin, figures = best_policy(notes, index, predictions, ontology, thresholds, margins)
        alone = blend_figures(notes, index, predictions, ontology, alone=True)
        print(f"  C={c:<5g} best min_p={threshold:<4g} margin={margin:<3g} event_type acc {figures[0]:.4f}  "
              f"sub_event_type weighted F1 {figures[1]:.4f}   (classifier alone: {alone[0]:.4f} / {alone[1]:.4f})")
        if best is None or figures > best[3]:
            best = (c, threshold, margin, figures)
    return best  # type: ignore[return-value]


def restricted_overrides(notes: CodedNotes, index: list[int], predictions: dict[int, Prediction], ontology,  # noqa: ANN001
                         min_probability: float, margin: float) -> frozenset[str]:
    """The rules' sub-event types the model may override (:func:`helpful_overrides`),
    from the blend's gains over the events ``index`` (out-of-fold ``predictions``);
    prints each type's gain."""
    gains = override_gains(notes, index, predictions, ontology, min_probability, margin)
    allowed = helpful_overrides(gains)
    print("  overrides by the rules' sub-event type (event types / sub-event types made right minus wrong): "
          + "; ".join(f"{t} {g[0]:+d}/{g[1]:+d}{'' if t in allowed else ' (kept to the rules)'}"
                      for t, g in sorted(gains.items(), key=lambda item: item[1], reverse=True)))
    return allowed


def temporal_check(notes: CodedNotes, ontology, settings: tuple[float, float, float], weighting: str,  # noqa: ANN001
                   class_weight: str | None, c_grid=C_GRID, restrict: bool = False) -> dict[str, tuple[float, float]]:
    """Train on the training split's earlier years, test on its latest year
    (:func:`temporal_split`): prints and returns (event_type acc, sub wF1) of the rules
    alone, the classifier alone and the blend at ``settings`` ((C, min_probability,
    margin), chosen out of fold), with and without the overrides restricted to the
    rules' types that gained out of fold among the earlier years alone (``restrict``
    only changes which is listed as "blend"), and prints the settings the temporal fold
    itself would choose. Held-out events play no part."""
    early, late = temporal_split(notes.events, notes.training)
    years = sorted({notes.events[i].event_date.year for i in early})
    late_year = notes.events[late[0]].event_date.year if late else None
    print(f"TEMPORAL on the training split: trained on {years[0] if years else '-'}-{years[-1] if years else '-'} "
          f"({len(early)} notes), tested on {late_year} ({len(late)} notes; none coded = wrong)")
    early_coded = [i for i in early if i in notes.features]
    late_coded = [i for i in late if i in notes.features]
    c, threshold, margin = settings
    figures: dict[str, tuple[float, float]] = {"rules alone": blend_figures(notes, late, None, ontology)}
    by_c = {cc: predictions_of(notes, early_coded, late_coded, cc, weighting, class_weight) for cc in c_grid}
    predictions = by_c.get(c) or predictions_of(notes, early_coded, late_coded, c, weighting, class_weight)
    figures["classifier alone"] = blend_figures(notes, late, predictions, ontology, alone=True)
    figures["blend, every override"] = blend_figures(notes, late, predictions, ontology, threshold, margin)
    early_oof = oof_predictions(notes, c, weighting, class_weight, index=early)
    allowed = restricted_overrides(notes, early, early_oof, ontology, threshold, margin)
    figures["blend, restricted overrides"] = blend_figures(notes, late, predictions, ontology, threshold, margin, allowed)
    for name, (acc, f1) in figures.items():
        print(f"  {name:36s} event_type acc {acc:.4f}  sub_event_type weighted F1 {f1:.4f}")
    print(f"  (at the out-of-fold choice C={c:g}, min_p={threshold:g}, margin={margin:g}; restricted to: "
          f"{', '.join(sorted(allowed)) or 'none'})")
    for cc, preds in by_c.items():
        alone = blend_figures(notes, late, preds, ontology, alone=True)
        at_oof = blend_figures(notes, late, preds, ontology, threshold, margin)
        print(f"  C={cc:<5g} classifier alone {alone[0]:.4f} / {alone[1]:.4f}; blend at min_p={threshold:g}, "
              f"margin={margin:g}: {at_oof[0]:.4f} / {at_oof[1]:.4f}")
    own = max(((cc,) + best_policy(notes, late, preds, ontology) for cc, preds in by_c.items()),
              key=lambda item: item[3])
    print(f"  the temporal fold would choose C={own[0]:g}, min_p={own[1]:g}, margin={own[2]:g}: "
          f"event_type acc {own[3][0]:.4f}, sub_event_type weighted F1 {own[3][1]:.4f}")
    figures["blend"] = figures["blend, restricted overrides" if restrict else "blend, every override"]
    return figures


#: The two sub-event types whose line the rules cannot settle by principle: ACLED codes
#: an armed group killing one member of another armed group, off duty or in an ambush,
#: sometimes Battles - Armed clash (two organised armed sides) and sometimes Violence
#: against civilians - Attack (ACLED Codebook 2023: the victim's armed status "at the
#: time of the event" decides). :func:`pair_check` measures a dedicated binary model
#: for that line, consulted only where the rules said one of the two.
PAIR = ("Armed clash", "Attack")
#: Minimum probabilities of the other side of :data:`PAIR` the pair check chooses from
#: (1.01: never override), one per direction (rules' Attack -> Armed clash, and back).
PAIR_THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def pair_index(notes: CodedNotes, index: list[int]) -> list[int]:
    """The events of ``index`` whose rules' sub-event type is one of :data:`PAIR`."""
    return [i for i in index if i in notes.features and notes.mentions[i].acled_sub_event_type in PAIR]


def pair_probabilities(notes: CodedNotes, fit_idx: list[int], test_idx: list[int], c: float,
                       weighting: str = DEFAULT_WEIGHTING) -> dict[int, float]:
    """P(Armed clash) (0..1) for the events ``test_idx`` from a binary logistic
    regression (:func:`fit`, L2 ``C``) trained on the events of ``fit_idx`` whose rules'
    AND ACLED sub-event types are both in :data:`PAIR` (the line it is asked about)."""
    fit_idx = [i for i in pair_index(notes, fit_idx) if notes.labels[i] in PAIR]
    if not test_idx or len({notes.labels[i] for i in fit_idx}) < 2:
        return {}
    model = fit([notes.features[i] for i in fit_idx], [notes.labels[i] for i in fit_idx], c, weighting)
    clash = model.classes.index(PAIR[0])
    return {i: float(p[clash]) for i, p in zip(test_idx, model.scores([notes.features[i] for i in test_idx]))}


def pair_oof(notes: CodedNotes, c: float, weighting: str = DEFAULT_WEIGHTING,
             index: list[int] | None = None) -> dict[int, float]:
    """Out-of-fold P(Armed clash) (:func:`pair_probabilities`, folds :func:`oof_fold`)
    for the events of ``index`` (default: the training split) the rules typed as one
    of :data:`PAIR`."""
    candidates = pair_index(notes, notes.training if index is None else index)
    out: dict[int, float] = {}
    for fold in range(OOF_FOLDS):
        fit_idx = [i for i in candidates if oof_fold(notes.events[i].event_id) != fold]
        test_idx = [i for i in candidates if oof_fold(notes.events[i].event_id) == fold]
        out.update(pair_probabilities(notes, fit_idx, test_idx, c, weighting))
    return out


def pair_types(mention, clash_probability: float, ontology, to_clash: float, to_attack: float,  # noqa: ANN001
               ) -> tuple[str | None, str | None]:
    """(event_type, sub_event_type) of a mention after the pair model: the rules' Attack
    becomes Armed clash when P(Armed clash) >= ``to_clash``, their Armed clash becomes
    Attack when P(Attack) = 1 - P(Armed clash) >= ``to_attack``, each through
    :func:`blended_types` (so its codebook guards hold: the armed dead of an armed doer
    stay a Battle); any other rules' type stands."""
    rule = mention.acled_sub_event_type
    if rule not in PAIR:
        return mention.acled_event_type, rule
    other = PAIR[1] if rule == PAIR[0] else PAIR[0]
    probability = clash_probability if other == PAIR[0] else 1.0 - clash_probability
    threshold = to_clash if other == PAIR[0] else to_attack
    return blended_types(mention, Prediction(other, probability, 1.0 - probability), ontology, threshold, 0.0)


def pair_figures(notes: CodedNotes, index: list[int], probabilities: dict[int, float], ontology,  # noqa: ANN001
                 to_clash: float, to_attack: float) -> tuple[float, float]:
    """(event_type accuracy, sub_event_type weighted F1) over ``index`` (no coded event
    = wrong) with the rules' types, changed by :func:`pair_types` where a probability is
    known."""
    pred_type, pred_sub = [], []
    for i in index:
        mention = notes.mentions[i]
        if mention is None:
            types = (None, None)
        elif i in probabilities:
            types = pair_types(mention, probabilities[i], ontology, to_clash, to_attack)
        else:
            types = (mention.acled_event_type, mention.acled_sub_event_type)
        pred_type.append(types[0])
        pred_sub.append(types[1] or "None")
    n = len(index)
    return (sum(notes.types[i] == t for i, t in zip(index, pred_type)) / n if n else 0.0,
            weighted_f1([notes.labels[i] for i in index], pred_sub))


def best_pair_policy(notes: CodedNotes, index: list[int], probabilities: dict[int, float], ontology,  # noqa: ANN001
                     ) -> tuple[float, float, tuple[float, float]]:
    """(to_clash, to_attack, figures) with the best :func:`pair_figures` over ``index``
    (ties: weighted F1, then the earlier, more permissive, grid value)."""
    return best_on_grid(PAIR_THRESHOLDS, PAIR_THRESHOLDS,
                        lambda to_clash, to_attack: pair_figures(notes, index, probabilities, ontology, to_clash, to_attack))


def pair_line(notes: CodedNotes, index: list[int], probabilities: dict[int, float]) -> str:
    """How the rules and the pair model alone (P >= 0.5) separate :data:`PAIR` on the
    events of ``index`` whose rules' and ACLED sub-event types are both in it."""
    both = [i for i in pair_index(notes, index) if notes.labels[i] in PAIR]
    rules_right = sum(notes.mentions[i].acled_sub_event_type == notes.labels[i] for i in both)
    model_right = sum((probabilities.get(i, 0.0) >= 0.5) == (notes.labels[i] == PAIR[0]) for i in both)
    return f"{len(both)} notes both sides in the pair: rules right {rules_right}, pair model alone right {model_right}"


def pair_check(notes: CodedNotes, ontology, weighting: str = DEFAULT_WEIGHTING,  # noqa: ANN001
               c_grid=C_GRID) -> tuple[float, float, float, tuple[float, float]]:
    """The dedicated Attack vs Armed clash model (:data:`PAIR`), measured on the
    training split only: out of fold (per ``C`` the thresholds of
    :func:`best_pair_policy`), then the temporal check (trained on the earlier years,
    :func:`temporal_split`, applied to the latest at the out-of-fold choice). Prints
    the figures next to the rules alone; returns the out-of-fold choice (C, to_clash,
    to_attack, figures). Nothing is packaged: the coder does not use this model."""
    index = notes.training
    rules = blend_figures(notes, index, None, ontology)
    print(f"ATTACK vs ARMED CLASH model (binary, consulted where the rules said one of the two), training split only; "
          f"rules alone out of fold {rules[0]:.4f} / {rules[1]:.4f}")
    best: tuple | None = None
    for c in c_grid:
        probabilities = pair_oof(notes, c, weighting)
        to_clash, to_attack, figures = best_pair_policy(notes, index, probabilities, ontology)
        print(f"  C={c:<5g} out of fold best to_clash={to_clash:g} to_attack={to_attack:g}: event_type acc "
              f"{figures[0]:.4f}  sub_event_type weighted F1 {figures[1]:.4f}; {pair_line(notes, index, probabilities)}")
        if best is None or figures > best[3]:
            best = (c, to_clash, to_attack, figures)
    c, to_clash, to_attack, _ = best  # type: ignore[misc]
    early, late = temporal_split(notes.events, index)
    late_probabilities = pair_probabilities(notes, early, pair_index(notes, late), c, weighting)
    rules_late = blend_figures(notes, late, None, ontology)
    at_oof = pair_figures(notes, late, late_probabilities, ontology, to_clash, to_attack)
    print(f"  temporal ({len(late)} notes of the latest year, trained on the earlier): rules alone {rules_late[0]:.4f} / "
          f"{rules_late[1]:.4f}; with the pair model at the out-of-fold choice (C={c:g}, {to_clash:g}, {to_attack:g}) "
          f"{at_oof[0]:.4f} / {at_oof[1]:.4f}; {pair_line(notes, late, late_probabilities)}")
    return best  # type: ignore[return-value]


def coded_notes(events, coded, normalise, options: FeatureOptions | None = None) -> CodedNotes:  # noqa: ANN001
    """:class:`CodedNotes` from the events and their rule coding (``coded``: per event
    ``(mention, context, masks)`` or None); labels normalised by ``normalise``;
    features as ``options`` (default :data:`DEFAULT_FEATURES`)."""
    options = options or DEFAULT_FEATURES
    mentions = [item[0] if item else None for item in coded]
    return CodedNotes(events=list(events), labels=[normalise(e.sub_event_type) for e in events],
                      types=[normalise(e.event_type) for e in events], mentions=mentions,
                      features={i: options.model().features(coded[i][0], is_armed, coded[i][1], coded[i][2])
                                for i, m in enumerate(mentions) if m is not None},
                      train=[in_training_split(e.event_id) for e in events])


def train_and_report(events, coded, out: Path, c: float | None, ontology, normalise,  # noqa: ANN001
                     weighting: str = DEFAULT_WEIGHTING, class_weight: str | None = DEFAULT_CLASS_WEIGHT,
                     oof_only: bool = False, options: FeatureOptions | None = None,
                     restrict: bool = DEFAULT_RESTRICT, pair: bool = False) -> int:
    """Choose ``C`` (unless given), the blend's minimum probability and margin by the
    out-of-fold blend on the training split (:func:`choose_by_oof`), print the temporal
    check (:func:`temporal_check`), restrict the overrides to the rules' types that
    gained out of fold when ``restrict``, train on the whole training split, print the
    evaluation, save the model. ``coded``: per event ``(mention, context, masks)`` or
    None; ``options``: the features (default :data:`DEFAULT_FEATURES`). ``oof_only``:
    print the out-of-fold and temporal figures only (no held-out figure, no file
    written); ``pair``: also print the Attack vs Armed clash check (:func:`pair_check`)."""
    options = options or DEFAULT_FEATURES
    notes = coded_notes(events, coded, normalise, options)
    print(f"features: delexicalised {options.delexicalised}, actor codes {options.actor_codes}, "
          f"capitalised names {options.capitalised}")
    c, min_probability, margin, oof = choose_by_oof(notes, ontology, weighting, class_weight,
                                                    c_grid=(c,) if c is not None else C_GRID)
    print(f"chosen by the out-of-fold blend: C={c:g}, min_probability={min_probability:g}, margin={margin:g}: "
          f"event_type acc {oof[0]:.4f}, sub_event_type weighted F1 {oof[1]:.4f}")
    override_from = None
    if restrict:
        oof_chosen = oof_predictions(notes, c, weighting, class_weight)
        override_from = restricted_overrides(notes, notes.training, oof_chosen, ontology, min_probability, margin)
        restricted = blend_figures(notes, notes.training, oof_chosen, ontology, min_probability, margin, override_from)
        print(f"  out of fold with the overrides restricted (chosen on these same predictions, so not an estimate): "
              f"event_type acc {restricted[0]:.3f}, sub_event_type weighted F1 {restricted[1]:.3f}")
    temporal_check(notes, ontology, (c, min_probability, margin), weighting, class_weight,
                   restrict=restrict)
    if pair:
        pair_check(notes, ontology, weighting)
    if oof_only:
        return 0
    train_idx = [i for i in notes.training if i in notes.features]
    fitted = fit([notes.features[i] for i in train_idx], [notes.labels[i] for i in train_idx], c, weighting, class_weight)
    # every event of the training split counts as seen, with or without a coded mention
    model = AcledSubtypeModel(np.array(fitted.classes, dtype=str), fitted.coef, fitted.intercept,
                              np.array([event_id_hash(notes.events[i].event_id) for i in notes.training], dtype=np.uint64),
                              fitted.weighting, min_probability, margin, options.delexicalised, options.actor_codes,
                              override_from, options.capitalised)
    blend: dict[int, tuple] = {}
    for i, features in notes.features.items():  # as the coder applies it
        mention = notes.mentions[i]
        blend[i] = blended_types(mention, model.predict(features, mention.acled_sub_event_type), ontology,
                                 model.min_probability, model.margin, model.override_from)
    print(f"model: {len(model.classes)} sub-event types, trained on {len(train_idx)} notes with a coded event "
          f"(training split {sum(notes.train)} of {len(events)} events; C={c:g}, weighting {weighting}, "
          f"class_weight {class_weight}, min_probability {min_probability:g}, margin {margin:g}, overrides from "
          f"{'every type' if override_from is None else ', '.join(sorted(override_from)) or 'no type'})")
    for split_name, keep in (("HELD-OUT (never seen by the model)", False), ("in-sample (training split)", True)):
        print(split_name)
        every = [i for i in range(len(events)) if notes.train[i] == keep]
        with_mention = [i for i in every if i in blend]
        for label, index in (("notes with a coded event", with_mention), ("all notes (none coded = wrong)", every)):
            mentions = [notes.mentions[i] for i in index]
            rule_pred = [normalise(m.acled_sub_event_type) if m else None for m in mentions]
            rule_type = [normalise(m.acled_event_type) if m else None for m in mentions]
            gold = [notes.labels[i] for i in index]
            gold_type = [notes.types[i] for i in index]
            print(report(f"rules alone, {label}", gold, rule_pred, gold_type, rule_type))
            print(report(f"rules + model, {label}", gold, [blend[i][1] if i in blend else None for i in index],
                         gold_type, [blend[i][0] if i in blend else None for i in index]))
    held = [i for i in blend if not notes.train[i]]
    confusion = Counter((notes.labels[i], blend[i][1]) for i in held if notes.labels[i] != blend[i][1])
    print("held-out confusions (gold, model):", confusion.most_common(10))
    write_model(model, out)
    return 0


def write_model(model: AcledSubtypeModel, out: Path) -> int:
    """Save ``model`` at exactly ``out`` (its folder made if missing; any suffix: the file
    is an ``.npz`` archive whatever its name), print where and how big; returns the
    size in bytes. Raises ``OSError`` when the file cannot be written."""
    out.parent.mkdir(parents=True, exist_ok=True)
    model.save(out)
    size = out.stat().st_size
    print(f"wrote {out} ({size / 1e6:.2f} MB)")
    return size


if __name__ == "__main__":
    sys.exit(main())
