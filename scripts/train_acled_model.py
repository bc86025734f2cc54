"""Rebuild the packaged ACLED sub-event type classifier and print its evaluation.

    PYTHONPATH=src python scripts/train_acled_model.py [ACLED_CSV] [--out PATH] [--c C]

ACLED_CSV defaults to the development set ``../shared/data/acled/acled_mali_2017_2019.csv``
(never copied into the repository). Each event's ``notes`` is coded as an article
published on its ``event_date`` by crisisdesk's own pipeline (extraction, annotation,
rule coder without any model); the note's predicted mention (as ``crisisdesk eval acled``
picks it) gives the features (:func:`crisisdesk.coding.acled_model.mention_features`) and
the event's ACLED ``sub_event_type`` the label. Events in the training split
(:func:`crisisdesk.coding.acled_model.in_training_split`, ~70 % by hash of
``event_id_cnty``) train a multinomial logistic regression (scikit-learn, L2, ``C``);
``C`` is chosen by 3-fold cross-validation within the training split; the others are
held out and only scored. The script prints, for the held-out and the
training events: sub_event_type accuracy / weighted F1 and event_type accuracy of the
rules alone and of the rules with the model, over events with a coded mention and over
all events (an event without a coded mention counts as wrong), then writes the weights
to ``src/crisisdesk/data/models/acled_subtype.npz`` (or ``--out``).

Deterministic: same data, same scikit-learn version -> same weights.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

from crisisdesk.coding.acled_model import (
    N_FEATURES,
    AcledSubtypeModel,
    blended_types,
    event_id_hash,
    in_training_split,
    mention_features,
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
    """Each note's predicted mention from the rule coder alone and the rest of its
    paragraph (``(mention, context)``; None when no mention)."""
    from crisisdesk.coding.coder import EventCoder, paragraph_context
    from crisisdesk.evaluation.acled import pick_mention

    coder = EventCoder(acled_model=None)
    out = []
    for item in annotated:
        mention = pick_mention(coder.code(item[1], item[0])) if item else None
        out.append((mention, paragraph_context(item[0], mention.evidence.start_char, mention.evidence.end_char))
                   if mention else None)
    return out


def fit(features: list[list[str]], labels: list[str], c: float):  # noqa: ANN201
    """Multinomial logistic regression on hashed features (scikit-learn)."""
    from sklearn.feature_extraction import FeatureHasher
    from sklearn.linear_model import LogisticRegression

    x = FeatureHasher(n_features=N_FEATURES, input_type="string", alternate_sign=False).transform(features)
    classifier = LogisticRegression(C=c, max_iter=3000, class_weight=None)
    classifier.fit(x, labels)
    return classifier


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
                        help="inverse L2 regularisation strength (default: chosen by cross-validation on the training split)")
    args = parser.parse_args(argv)

    from crisisdesk.coding.ontology import load_ontology
    from crisisdesk.evaluation.acled import load_acled, normalise_acled_label

    started = time.monotonic()
    events, problems = load_acled(args.csv)
    for problem in problems:
        print(f"  skipped {problem}", file=sys.stderr)
    print(f"{args.csv}: {len(events)} events; annotating notes ...")
    coded = rule_mentions(annotate_notes(events))
    print(f"  coded in {time.monotonic() - started:.0f} s")
    return train_and_report(events, coded, args.out, args.c, load_ontology(), normalise_acled_label)


def choose_c(features: list[list[str]], labels: list[str], grid=(4.0, 16.0, 64.0)) -> float:  # noqa: ANN001
    """The regularisation ``C`` with the best mean weighted F1 in 3-fold cross-validation
    on the training split only (folds by position; the held-out events play no part)."""
    best_c, best = grid[0], -1.0
    folds = 3
    for c in grid:
        scores = []
        for k in range(folds):
            train = [i for i in range(len(labels)) if i % folds != k]
            test = [i for i in range(len(labels)) if i % folds == k]
            model = _as_model(fit([features[i] for i in train], [labels[i] for i in train], c), [])
            pred = [model.predict(features[i]).sub_event_type for i in test]
            scores.append(weighted_f1([labels[i] for i in test], pred))
        mean = sum(scores) / folds
        print(f"  C={c:g}: cross-validated weighted F1 {mean:.3f}")
        if mean > best:
            best_c, best = c, mean
    return best_c


def _as_model(classifier, trained_ids: list[str]) -> AcledSubtypeModel:  # noqa: ANN001
    return AcledSubtypeModel(np.array(classifier.classes_, dtype=str), classifier.coef_.astype(np.float32),
                             classifier.intercept_.astype(np.float32),
                             np.array([event_id_hash(e) for e in trained_ids], dtype=np.uint64))


def train_and_report(events, coded, out: Path, c: float | None, ontology, normalise) -> int:  # noqa: ANN001
    """Train on the training split (``c`` None: chosen by :func:`choose_c`), print the
    evaluation, save the model. ``coded``: per event ``(mention, context)`` or None."""
    labels = [normalise(e.sub_event_type) for e in events]
    types = [normalise(e.event_type) for e in events]
    train = [in_training_split(e.event_id) for e in events]
    mentions = [item[0] if item else None for item in coded]
    usable = [i for i, m in enumerate(mentions) if m is not None]
    features = {i: mention_features(coded[i][0], is_armed, coded[i][1]) for i in usable}
    train_idx = [i for i in usable if train[i]]
    if c is None:
        c = choose_c([features[i] for i in train_idx], [labels[i] for i in train_idx])
    classifier = fit([features[i] for i in train_idx], [labels[i] for i in train_idx], c)
    # every event of the training split counts as seen, with or without a coded mention
    model = _as_model(classifier, [e.event_id for e, seen in zip(events, train) if seen])
    model_sub: dict[int, str] = {}
    for i in usable:  # as the coder applies it
        model_sub[i] = blended_types(mentions[i], model.predict(features[i]), ontology)[1]
    print(f"model: {len(model.classes)} sub-event types, trained on {len(train_idx)} notes with a coded event "
          f"(training split {sum(train)} of {len(events)} events; C={c:g})")
    for split_name, keep in (("HELD-OUT (never seen by the model)", False), ("in-sample (training split)", True)):
        print(split_name)
        every = [i for i in range(len(events)) if train[i] == keep]
        with_mention = [i for i in every if i in model_sub]
        for label, index in (("notes with a coded event", with_mention), ("all notes (none coded = wrong)", every)):
            rule_pred = [normalise(mentions[i].acled_sub_event_type) if mentions[i] else None for i in index]
            rule_type = [normalise(mentions[i].acled_event_type) if mentions[i] else None for i in index]
            blend = [model_sub.get(i) for i in index]
            blend_type = [ontology.acled_event_type_of(p) if p else None for p in blend]
            gold = [labels[i] for i in index]
            gold_type = [types[i] for i in index]
            print(report(f"rules alone, {label}", gold, rule_pred, gold_type, rule_type))
            print(report(f"rules + model, {label}", gold, blend, gold_type, blend_type))
    held = [i for i in usable if not train[i]]
    confusion = Counter((labels[i], model_sub[i]) for i in held if labels[i] != model_sub[i])
    print("held-out confusions (gold, model):", confusion.most_common(10))
    out.parent.mkdir(parents=True, exist_ok=True)
    model.save(out)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
