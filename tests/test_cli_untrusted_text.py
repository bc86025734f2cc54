"""Article text is untrusted: square brackets in it must be printed as they are by the
terminal commands, never read as rich markup (``[/bold]`` with no opening tag made
rich raise ``MarkupError`` and the command crash after the run was stored).

The article below was written for this test; real SQLite file, real spaCy model."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from crisisdesk.cli import _register, app

ARTICLE = (
    "Gunmen attacked a convoy near Kayes [/bold] on [red]Monday[/red].\n\n"
    "The army said it had sent reinforcements to the area after the attack.\n"
)


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    _register()
    folder = tmp_path_factory.mktemp("untrusted")
    article = folder / "brackets.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = folder / "untrusted.db"
    result = CliRunner().invoke(app, ["--db", str(db), "run", "--fetched-at", "2025-11-20T08:00Z", str(article)])
    return db, result


def _flat(output: str) -> str:
    """Table output without the box characters and line breaks rich adds."""
    return " ".join("".join(ch for ch in output if ch not in "│┃┏┓┗┛┡┩└┘━─┳┻╇╈┼ \n").split())


def test_run_prints_bracketed_evidence_literally(stored):
    _, result = stored
    assert result.exit_code == 0, result.output
    assert "[/bold]" in _flat(result.output) and "[red]Monday[/red]" in _flat(result.output)


def test_events_table_prints_bracketed_evidence_literally(stored):
    db, _ = stored
    result = CliRunner().invoke(app, ["--db", str(db), "events", "--text", "convoy"])
    assert result.exit_code == 0, result.output
    assert "[/bold]" in _flat(result.output) and "[red]Monday[/red]" in _flat(result.output)


def test_articles_list_and_show_print_bracketed_text_literally(stored):
    db, _ = stored
    listing = CliRunner().invoke(app, ["--db", str(db), "articles", "--json"])
    article_id = listing.output.split('"article_id": "')[1].split('"')[0]
    shown = CliRunner().invoke(app, ["--db", str(db), "articles", "show", article_id])
    assert shown.exit_code == 0, shown.output
    assert "Kayes [/bold] on [red]Monday[/red]." in shown.output
    # the coded mention is listed with its type, status and evidence offsets
    assert "ASSAULT asserted 0-" in shown.output
