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


def test_situation_prints_bracketed_names_and_evidence_literally(tmp_path):
    from dataclasses import replace

    from sqlalchemy.orm import Session

    from crisisdesk.consolidate import update
    from crisisdesk.consolidate.rows import mention_to_row
    from crisisdesk.records import ActorRef, Evidence
    from crisisdesk.store.db import open_database
    from tests.convoy_corpus import AMBUSH_REPORTS, hand_coded_mention
    from tests.test_consolidate_store import _article_row

    _register()
    report = AMBUSH_REPORTS[0]
    sentence = "Gunmen of [bold]JNIM[/] attacked a convoy near [red]Kadiolo[/red] on Monday."
    mention = replace(hand_coded_mention(report), evidence=Evidence(sentence, 0, len(sentence)),
                      source_actors=[ActorRef("[bold]JNIM[/]", sector="REB")])
    db = tmp_path / "s.db"
    with Session(open_database(str(db))) as session:
        session.add(_article_row(mention.article_id, report.site, report.url, sentence, report.published))
        session.add(mention_to_row(mention))
        session.flush()
        update(session, [mention.article_id])
        session.commit()
    result = CliRunner().invoke(app, ["--db", str(db), "situation", "--since", "2025-11-01", "--until", "2025-11-16"],
                                env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    assert f"“{sentence}”" in result.output  # the key development's evidence, brackets and all
    assert "[bold]JNIM[/] → fuel convoy" in result.output
    assert "[bold]JNIM[/]" in _flat(result.output.split("Who acts on whom")[1])  # the actor network table


def test_annotate_prints_bracketed_dictionary_entries_literally(tmp_path):
    _register()
    actors = tmp_path / "actors.yaml"
    actors.write_text(
        "actors:\n"
        "  - id: gao-[red]brigade[/red]\n"
        "    name: Gao Brigade\n"
        "    code: GAO[bold]B[/]\n"
        "    actor_type: militia [bold]x[/]\n"
        "    sector: REB\n"
        "    aliases: {en: [Gao Brigade]}\n",
        encoding="utf-8",
    )
    article = tmp_path / "a.txt"
    article.write_text("The Gao Brigade attacked soldiers near Gao on Monday.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["annotate", str(article), "--published", "2025-11-20", "--actors", str(actors)],
                                env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    assert "gao-[red]brigade[/red]" in result.output and "militia [bold]x[/]" in result.output
    assert "GAO[bold]B[/]" in result.output


def test_eval_prints_bracketed_file_names_literally(tmp_path):
    from pathlib import Path

    _register()
    data = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "case2021"
    if not data.is_dir():
        pytest.skip("shared data directory not beside the repository")
    snippets = tmp_path / "snippets [bold]x[red].txt"
    snippets.write_bytes((data / "sample_input.txt").read_bytes())  # a temporary copy under a hostile name
    db = str(tmp_path / "e.db")
    result = CliRunner().invoke(app, ["eval", "case2021", str(snippets), "--db", db, "--workers", "1"],
                                env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    assert "snippets[bold]x[red].txt" in _flat(result.output)  # the table title
    history = CliRunner().invoke(app, ["eval", "history", "--db", db], env={"COLUMNS": "300"})
    assert history.exit_code == 0, history.output
    assert "snippets [bold]x[red].txt" in history.output  # the data column
