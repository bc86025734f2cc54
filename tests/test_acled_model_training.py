"""The out-of-fold evaluation of scripts/train_acled_model.py on a synthetic set of
feature lists written here (no development-set text)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from crisisdesk.coding.ontology import load_ontology
from crisisdesk.records import EventMention, Evidence
from tests.support.scripts import loaded_script



@pytest.fixture(scope="module")
def train():
    with loaded_script("train_acled_model.py", "train_acled_model") as module:
        yield module


def _mention(sub: str, acled_type: str) -> EventMention:
    return EventMention(mention_id="m", article_id="a", event_type="ASSAULT",
                        evidence=Evidence(sentence="x", start_char=0, end_char=1),
                        acled_event_type=acled_type, acled_sub_event_type=sub)


def _notes(train):  # noqa: ANN001, ANN202
    """40 clashes the rules call Attack (wrong), 40 attacks they call Attack (right),
    one note with no coded event; all in the training split."""
    n = 40
    features, labels, types, mentions = {}, [], [], []
    for i in range(2 * n):
        clash = i < n
        features[i] = (["w=clashed", "w=army", f"w=place{i % 7}"] if clash else ["w=shot", "w=villagers", f"w=place{i % 7}"]) \
            + ["rule=Attack"]
        labels.append("Armed clash" if clash else "Attack")
        types.append("Battles" if clash else "Violence against civilians")
        mentions.append(_mention("Attack", "Violence against civilians"))
    labels.append("Attack")
    types.append("Violence against civilians")
    mentions.append(None)
    events = [SimpleNamespace(event_id=f"SYN{i}") for i in range(2 * n + 1)]
    return train.CodedNotes(events=events, labels=labels, types=types, mentions=mentions, features=features,
                            train=[True] * (2 * n + 1))


def test_oof_folds_are_deterministic_and_balanced(train):
    folds = [train.oof_fold(f"MLI{i}") for i in range(2000)]
    assert folds == [train.oof_fold(f"MLI{i}") for i in range(2000)]
    assert set(folds) == set(range(train.OOF_FOLDS))
    assert all(300 <= folds.count(k) <= 500 for k in range(train.OOF_FOLDS))


def test_out_of_fold_blend_beats_rules_that_miss_a_learnable_pattern(train):
    notes = _notes(train)
    onto = load_ontology()
    # rules alone: the 40 attacks right, the 40 clashes and the uncoded note wrong
    assert train.blend_figures(notes, notes.training, None, onto)[0] == pytest.approx(40 / 81)
    c, min_probability, margin, (accuracy, _) = train.choose_by_oof(
        notes, onto, "l2", None, c_grid=(16.0,), thresholds=(0.5, 1.01), margins=(0.0,))
    assert (c, min_probability, margin) == (16.0, 0.5, 0.0)
    assert accuracy == pytest.approx(80 / 81)  # every coded note right out of fold; the uncoded one still wrong
    predictions = train.oof_predictions(notes, 16.0, "l2")
    assert sorted(predictions) == list(range(80))  # one out-of-fold prediction per coded note
    assert predictions[0].sub_event_type == "Armed clash" and predictions[0].rule_probability < 0.5


def test_the_model_is_written_at_exactly_the_path_given(train, tmp_path):
    """``--out /tmp/x.json``: numpy added ".npz" to a name without it, so the script's
    last step (the size of the file it wrote) failed on a path that did not exist. The
    archive is now written at exactly the path given, and loads back from it."""
    import numpy as np

    from crisisdesk.coding.acled_model import N_FEATURES, AcledSubtypeModel

    model = AcledSubtypeModel(np.array(["Armed clash", "Attack"]), np.zeros((2, N_FEATURES), dtype=np.float32),
                              np.array([0.5, -0.5], dtype=np.float32), None)
    out = tmp_path / "models" / "x.json"
    size = train.write_model(model, out)
    assert sorted(p.name for p in out.parent.iterdir()) == ["x.json"]
    assert size == out.stat().st_size > 0
    assert list(AcledSubtypeModel.load(out).classes) == ["Armed clash", "Attack"]
