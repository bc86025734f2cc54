"""A database that refuses an operation ends the command with one line naming the
database and the reason (exit status 1), not a 270-line traceback; the console entry
point is run as users run it (``python -m crisisdesk`` in a subprocess)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def _crisisdesk(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    env.pop("CRISISDESK_DB", None)
    return subprocess.run([sys.executable, "-m", "crisisdesk", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def test_a_file_that_is_not_a_database(tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("not a database\n", encoding="utf-8")
    result = _crisisdesk("--db", str(notes), "events", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"crisisdesk: database {notes}: file is not a database" in result.stderr
    assert notes.read_text(encoding="utf-8") == "not a database\n"


def test_a_read_only_database_refuses_a_run(tmp_path):
    db = tmp_path / "store.db"
    assert _crisisdesk("--db", str(db), "events", "--json", cwd=tmp_path).returncode == 0
    article = tmp_path / "article.txt"
    article.write_text("Gunmen attacked a convoy near Kayes on Monday, officials said.\n", encoding="utf-8")
    read_only = f"sqlite:///file:{db}?mode=ro&uri=true"
    result = _crisisdesk("--db", read_only, "run", "--no-nlp", "-q", str(article), cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "attempt to write a readonly database" in result.stderr
    assert "not writable" in result.stderr
