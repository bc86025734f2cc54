"""The command line's help and options agree, and every command that uses the database
takes ``--db`` (session 18):

- each option a command's help names (its docstring, ``cli/helptext.py``, and its
  options' help) is an option of that command: ``watch --help`` and ``backfill --help``
  said "with a new --lexicon", an option only ``run`` has;
- each option of a command is shown by its ``--help``;
- ``articles show ID --db FILE`` was refused ("No such option: --db"), and ``crisisdesk
  --db FILE eval history`` read ``./crisisdesk.db``: the global ``--db`` was ignored by
  every ``eval`` command;
- the README's command examples name options that exist, and its ``articles show`` id
  is one ``make run`` stores (it was ``55ca1b62``, no example's id).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from crisisdesk.cli import _register, app

ROOT = Path(__file__).resolve().parents[1]
#: An option as help text names it: ``--word`` not inside a longer word or path.
OPTION_NAMED = re.compile(r"(?<![\w/-])--[a-z][a-z0-9-]*")


def _tree(command, path=()):
    """(path, click command) of ``command`` and of every sub-command below it."""
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _tree(sub, (*path, name))


def _options(command) -> set[str]:
    return {name for p in command.params for name in (*p.opts, *p.secondary_opts) if name.startswith("-")}


def unknown_options_named(command) -> list[str]:
    """Options that ``command``'s help or its parameters' help name but it does not have."""
    texts = [command.help or ""] + [getattr(p, "help", None) or "" for p in command.params]
    return sorted(set(OPTION_NAMED.findall(" ".join(texts))) - _options(command) - {"--help"})


@pytest.fixture(scope="module")
def commands():
    _register()
    return list(_tree(typer.main.get_command(app)))


def test_check_finds_an_option_the_help_names_wrongly():
    toy = typer.Typer()

    @toy.command()
    def fetch(limit: int = typer.Option(1, "--limit", help="Stop after --limit pages; see --depth.")) -> None:
        """Fetch pages (--limit caps them); a path such as /x/--y is no option."""

    command = typer.main.get_command(toy)
    assert unknown_options_named(command) == ["--depth"]
    assert "--limit" not in unknown_options_named(command)


def test_options_named_in_help_exist(commands):
    wrong = {" ".join(path): unknown_options_named(command) for path, command in commands}
    assert {name: options for name, options in wrong.items() if options} == {}


def test_every_option_is_shown_in_help(commands):
    runner = CliRunner()
    for path, command in commands:
        shown = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "200"})
        assert shown.exit_code == 0, (path, shown.output)
        missing = [p.opts[0] for p in command.params if p.opts[0].startswith("-") and p.opts[0] not in shown.output]
        assert missing == [], (path, missing)


def test_every_database_command_takes_db(commands):
    without = [" ".join(path) for path, command in commands
               if not getattr(command, "commands", None) and path != ("version",) and "--db" not in _options(command)]
    assert without == []


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory):
    """``make run``'s example articles stored without coding (their ids are the same)."""
    _register()
    db = tmp_path_factory.mktemp("examples") / "examples.db"
    result = CliRunner().invoke(app, ["--db", str(db), "run", str(ROOT / "examples"), "--no-nlp", "--quiet"])
    assert result.exit_code == 0, result.output
    return db


def test_articles_show_takes_db_after_its_name_and_crisisdesk_db(examples_db):
    runner = CliRunner()
    shown = runner.invoke(app, ["articles", "show", "186bbb5a", "--db", str(examples_db)])
    assert shown.exit_code == 0, shown.output
    assert "Ambush on Fuel Convoy Near Diéma Kills Ten" in shown.output
    from_env = runner.invoke(app, ["articles", "show", "186bbb5a", "--json"], env={"CRISISDESK_DB": str(examples_db)})
    assert json.loads(from_env.output)["article_id"] == "186bbb5ac2c50026"
    unknown = runner.invoke(app, ["articles", "show", "55ca1b62", "--db", str(examples_db)])
    assert unknown.exit_code == 1  # the README's old id: no example has it


def test_readme_article_id_is_an_example_article(examples_db):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ids = re.findall(r"crisisdesk articles show (\w+)", readme)
    assert ids
    for article_id in ids:
        shown = CliRunner().invoke(app, ["--db", str(examples_db), "articles", "show", article_id, "--json"])
        assert shown.exit_code == 0, (article_id, shown.output)


def test_readme_command_examples_name_existing_options(commands):
    by_path = dict(commands)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    unknown = []
    for block in re.findall(r"```bash\n(.*?)```", readme, re.S):
        for line in block.splitlines():
            code = line.split("  #")[0].split("$(")[0]
            found = re.search(r"(?:^|[|;] *|^\S+=\S+ +)crisisdesk (.*)", code.strip())
            if not found:
                continue
            path: tuple[str, ...] = ()
            for word in found.group(1).replace("[", " ").replace("]", " ").split():
                if word.startswith("--"):
                    if word.split("=")[0] not in _options(by_path[path]) | _options(by_path[()]) | {"--help"}:
                        unknown.append((line.strip(), word))
                elif (*path, word) in by_path:
                    path = (*path, word)
    assert unknown == []


def test_global_db_reaches_eval_commands(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CRISISDESK_DB", raising=False)
    _register()
    named = tmp_path / "evals.db"
    result = CliRunner().invoke(app, ["--db", str(named), "eval", "history", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == []
    assert named.is_file() and not (tmp_path / "crisisdesk.db").exists()  # was ./crisisdesk.db
