"""A database in a directory the user may not write: the read commands open it
read-only (SQLite ``mode=ro``, ``immutable=1`` without a ``-wal`` file) and work; a
command that writes ends with a message naming the real cause (the directory is not
writable), not "check that its directory exists".

Permissions do not bind root, so as root the commands run in a child process without
the capabilities that bypass them (util-linux ``setpriv``, as in
tests/test_sources_unreadable.py); as another user they run directly in a child too."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from crisisdesk.records import Article, Evidence, EventMention
from crisisdesk.store import repository
from crisisdesk.store.db import open_database
from tests.test_sources_unreadable import _without_permission_override

SRC = Path(__file__).resolve().parents[1] / "src"

COMMANDS = """
import contextlib, io, json, sys
from typer.testing import CliRunner
from crisisdesk.cli import _register, app, main
_register()
db, article = sys.argv[1], sys.argv[2]
out = {}
for name, args in {"articles": ["articles"], "events": ["events", "--json"],
                   "export": ["export", "--format", "csv"]}.items():
    result = CliRunner().invoke(app, ["--db", db, *args])
    out[name] = [result.exit_code, result.stdout, str(result.exception or "")]
err = io.StringIO()
sys.argv = ["crisisdesk", "--db", db, "run", "--no-nlp", "-q", article]
with contextlib.redirect_stderr(err):
    try:
        main()
        code = 0
    except SystemExit as stop:
        code = stop.code
out["run"] = [code, err.getvalue()]
print(json.dumps(out))
"""


@pytest.fixture
def locked_directory(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    engine = open_database(str(folder / "desk.db"))
    text = "Gunmen attacked a market in Gao on Friday, residents said."
    article = Article(article_id="e" * 64, text=text, content_hash="f" * 64, source_uri="gao.txt",
                      title="Market attacked in Gao", fetched_at=datetime(2025, 11, 12, 8, tzinfo=timezone.utc))
    mention = EventMention(mention_id="m-gao", article_id=article.article_id, event_type="ASSAULT",
                           evidence=Evidence(text, 0, len(text)))
    repository.save_article(engine, article, [mention])
    engine.dispose()  # the last connection checkpoints the WAL and removes the -wal file
    assert not (folder / "desk.db-wal").exists()
    (tmp_path / "new.txt").write_text("Soldiers clashed with gunmen near Kati on Monday.\n", encoding="utf-8")
    os.chmod(folder, 0o555)
    yield folder
    os.chmod(folder, 0o755)


def test_read_commands_read_a_database_in_a_read_only_directory(locked_directory):
    command = [*_without_permission_override(), sys.executable, "-c", COMMANDS,
               str(locked_directory / "desk.db"), str(locked_directory.parent / "new.txt")]
    done = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(SRC)},
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.splitlines()[-1])
    # before: each ended with "unable to open database file"
    assert out["articles"][0] == 0 and "Market attacked in Gao" in out["articles"][1], out["articles"]
    assert out["events"][0] == 0, out["events"]
    assert out["export"][0] == 0, out["export"]
    code, message = out["run"]
    assert code == 1
    assert f"its directory {locked_directory.resolve()} is not writable" in message, message
    assert "check that its directory exists" not in message
    assert sorted(p.name for p in locked_directory.iterdir()) == ["desk.db"]  # nothing written beside it
