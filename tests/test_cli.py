"""The ``crisisdesk run`` and ``crisisdesk articles`` commands, as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import crisisdesk

SRC = str(Path(crisisdesk.__file__).resolve().parents[1])
STORY = ("Protesters gathered in Bamako on Friday to demand an end to the fuel shortage, "
         "and police dispersed them with tear gas, witnesses said.\n")


def cli(*args, cwd, stdin=None, env=None):
    environment = {**os.environ, "PYTHONPATH": SRC}
    environment.pop("CRISISDESK_DB", None)
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "crisisdesk", *args], cwd=cwd, input=stdin, capture_output=True,
                          env=environment, timeout=300)


def test_run_default_db_then_articles_json_and_show(tmp_path):
    (tmp_path / "story.txt").write_text(STORY)
    first = cli("run", "story.txt", "--fetched-at", "2025-11-22T08:00Z", "--no-nlp", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.decode().strip() == "read 1, stored 1, unchanged 0, rejected 0, mentions 0"
    assert (tmp_path / "crisisdesk.db").exists()
    second = cli("run", "story.txt", "--no-nlp", "--json", cwd=tmp_path)
    report = json.loads(second.stdout)
    assert (report["stored"], report["unchanged"]) == (0, 1)
    listed = json.loads(cli("articles", "--json", cwd=tmp_path).stdout)
    assert [a["article_id"] for a in listed] == report["article_ids"]
    assert listed[0]["language"] == "en"
    shown = json.loads(cli("articles", "show", report["article_ids"][0][:8], "--json", cwd=tmp_path).stdout)
    assert shown["text"] == STORY.strip()
    assert shown["paragraph_offsets"] == [[0, len(STORY.strip())]]
    table = cli("articles", cwd=tmp_path).stdout.decode()
    assert report["article_ids"][0] in table


def test_global_db_option_and_env(tmp_path):
    (tmp_path / "story.txt").write_text(STORY)
    assert cli("--db", "a.db", "run", "story.txt", "--no-nlp", cwd=tmp_path).returncode == 0
    assert (tmp_path / "a.db").exists() and not (tmp_path / "crisisdesk.db").exists()
    assert cli("run", "story.txt", "--no-nlp", cwd=tmp_path, env={"CRISISDESK_DB": "b.db"}).returncode == 0
    assert (tmp_path / "b.db").exists()
    listed = json.loads(cli("--db", "b.db", "articles", "--json", cwd=tmp_path).stdout)
    assert len(listed) == 1


def test_stdin_and_exit_codes(tmp_path):
    ok = cli("run", "-", "--no-nlp", cwd=tmp_path, stdin=STORY.encode())
    assert ok.returncode == 0 and b"stored 1" in ok.stdout
    shown = json.loads(cli("articles", "--json", cwd=tmp_path).stdout)
    assert shown[0]["source_uri"] == "-"
    (tmp_path / "empty.txt").write_bytes(b"")
    nothing = cli("run", "empty.txt", "missing.txt", "--no-nlp", cwd=tmp_path)
    assert nothing.returncode == 1
    assert b"empty.txt: empty" in nothing.stderr and b"missing.txt: not_found" in nothing.stderr
    assert nothing.stdout.decode().strip() == "read 2, stored 0, unchanged 0, rejected 2, mentions 0"
    # one good item among bad ones is success
    (tmp_path / "story.txt").write_text(STORY)
    assert cli("run", "empty.txt", "story.txt", "--no-nlp", cwd=tmp_path).returncode == 0


def test_articles_show_unknown_id(tmp_path):
    result = cli("articles", "show", "ffffffff", cwd=tmp_path)
    assert result.returncode == 1 and b"no article" in result.stderr


def test_cli_default_size_cap_matches_sources():
    from crisisdesk.cli.run import DEFAULT_MAX_BYTES as cli_default
    from crisisdesk.sources import DEFAULT_MAX_BYTES

    assert cli_default == DEFAULT_MAX_BYTES
