"""``crisisdesk rejects`` lists the rejects table: where (path:line), reason, detail,
when and which run. Before, no command showed it (only SQL did)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from crisisdesk.cli import _register, app

ARTICLE = "Gunmen attacked a market in Gao on Friday and killed three traders, residents said."


def test_rejects_lists_path_reason_time_and_run(tmp_path):
    _register()
    db = str(tmp_path / "desk.db")
    export = tmp_path / "export.jsonl"
    export.write_text(json.dumps({"url": "https://news.example.org/1", "text": ARTICLE}) + "\n"
                      + '{"url": broken\n', encoding="utf-8")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    runner = CliRunner()
    first = runner.invoke(app, ["--db", db, "run", "--no-nlp", "-q", "--json", str(export)])
    second = runner.invoke(app, ["--db", db, "run", "--no-nlp", "-q", "--json", str(tmp_path / "photo.txt")])
    run_ids = [json.loads(r.stdout.splitlines()[0])["run_id"] for r in (first, second)]

    listed = runner.invoke(app, ["--db", db, "rejects", "--json"])
    assert listed.exit_code == 0, listed.output
    rows = json.loads(listed.stdout)
    assert [(r["where"], r["reason"], r["run_id"], r["command"]) for r in rows] == [
        (f"{export}:2", "malformed_json", run_ids[0], "run"),
        (str(tmp_path / "photo.txt"), "binary", run_ids[1], "run")]
    assert all(r["recorded_at"].endswith("+00:00") for r in rows)

    only = json.loads(runner.invoke(app, ["--db", db, "rejects", "--json", "--reason", "binary"]).stdout)
    assert [r["reason"] for r in only] == ["binary"]
    assert [r["run_id"] for r in json.loads(runner.invoke(
        app, ["--db", db, "rejects", "--json", "--run", str(run_ids[0])]).stdout)] == [run_ids[0]]
    assert json.loads(runner.invoke(app, ["--db", db, "rejects", "--json", "--since", "2999-01-01"]).stdout) == []

    table = runner.invoke(app, ["--db", db, "rejects"], env={"COLUMNS": "250"})
    assert table.exit_code == 0, table.output
    assert f"{export}:2" in table.stdout and "malformed_json" in table.stdout and f"{run_ids[0]} run" in table.stdout

    bad = runner.invoke(app, ["--db", db, "rejects", "--since", "yesterday"])
    assert bad.exit_code == 2 and "30d" in bad.output
