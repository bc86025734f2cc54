"""Classification arithmetic and distances, checked against hand-computed values."""

import pytest

from crisisdesk.evaluation.metrics import NO_PREDICTION, classification_scores, counted_share, haversine_km, median


def test_scores_by_hand():
    # A: TP 1, predicted 1, gold 2 -> P 1, R 1/2, F1 2/3
    # B: TP 1, predicted 2, gold 1 -> P 1/2, R 1, F1 2/3
    # C: TP 0, gold 1 -> F1 0; the missing prediction is no class of its own
    s = classification_scores(["A", "A", "B", "C"], ["A", "B", "B", None])
    assert s.accuracy == 0.5
    assert s.weighted_f1 == pytest.approx((2 / 3 * 2 + 2 / 3 * 1 + 0) / 4)
    assert s.macro_f1 == pytest.approx((2 / 3 + 2 / 3 + 0) / 3)
    assert s.labels == ["A", "B", "C"]
    assert s.confusion == {"A": {"A": 1, "B": 1}, "B": {"B": 1}, "C": {NO_PREDICTION: 1}}


def test_predicted_only_label_counts_in_macro_not_weighted():
    s = classification_scores(["A", "A"], ["A", "Z"])
    # A: P 1, R 1/2, F1 2/3 (support 2); Z: F1 0 (support 0)
    assert s.weighted_f1 == pytest.approx(2 / 3)
    assert s.macro_f1 == pytest.approx(1 / 3)


def test_length_mismatch_is_an_error():
    with pytest.raises(ValueError, match="2 gold labels but 1"):
        classification_scores(["A", "B"], ["A"])


def test_empty_input_gives_no_scores():
    assert classification_scores([], []).accuracy is None


def test_haversine_one_degree_of_latitude():
    # 2 * pi * 6371.0088 / 360 = 111.1951 km
    assert haversine_km(0, 0, 1, 0) == pytest.approx(111.1951, abs=1e-3)
    assert haversine_km(12.65, -8.0, 12.65, -8.0) == 0


def test_counted_share_ignores_unscored():
    assert counted_share([True, None, False, True]) == {"value": 2 / 3, "hits": 2, "n": 3}
    assert counted_share([None]) == {"value": None, "hits": 0, "n": 0}
    assert median([3.0, 1.0, 2.0]) == 2.0
