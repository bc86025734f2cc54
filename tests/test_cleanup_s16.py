"""Session-16 cleanup items from the session-15 code review and tester (no coding
behaviour change): the unknown-publication anchor named once, the French lower-bound
helper's name, type queries of digits validated where they are resolved, and the
commands' help text shown without source line breaks or RST backticks."""

from __future__ import annotations

import re
from datetime import date

import pytest
from typer.testing import CliRunner

from crisisdesk.annotate import times, times_fr
from crisisdesk.cli import _register, app
from crisisdesk.cli.helptext import tidy_text
from crisisdesk.coding import french_counts
from crisisdesk.coding.ontology import load_ontology

_register()


def test_unknown_publication_is_the_anchor_the_rules_use():
    """``times_fr.UNKNOWN_PUBLICATION = date(9999, 1, 1)`` said it was the anchor of
    articles without a publication date (9999-12-31): it worked only because ``<`` was
    used. One named sentinel now, the one ``match_time_rules`` passes."""
    anchors = []

    def resolve(kind, match, anchor):
        anchors.append(anchor)
        return anchor, anchor, "year"

    pattern = re.compile(r"\b2012\b")
    times.match_time_rules("en 2012", [("year", pattern)], resolve, None, lambda kind, m: True,
                           lambda s, e: False, [])
    assert anchors == [times.UNKNOWN_PUBLICATION] == [date(9999, 12, 31)]
    assert times_fr.UNKNOWN_PUBLICATION is times.UNKNOWN_PUBLICATION
    since = times_fr._RULES[[kind for kind, _ in times_fr._RULES].index("year")][1].search("depuis 2012")
    # no publication date: the year the text names; with one: up to it
    assert times_fr.resolve_french("year", since, times.UNKNOWN_PUBLICATION) == \
        (date(2012, 1, 1), date(2012, 12, 31), "year")
    assert times_fr.resolve_french("year", since, date(2025, 11, 14)) == \
        (date(2012, 1, 1), date(2025, 11, 14), "year")


def test_french_lower_bound_helper_has_its_own_name():
    """``french_counts._bounded`` shared its name with a removed function."""
    assert not hasattr(french_counts, "_bounded")
    assert callable(french_counts._with_lower_bound)


@pytest.mark.parametrize(("query", "expected"), [("19", {"cameo_prefix": "19"}), ("193", {"cameo_prefix": "193"}),
                                                 ("1", {"cameo_prefix": "1"}), (" 04 ", {"cameo_prefix": "04"})])
def test_type_query_of_digits_that_start_a_code(query, expected):
    assert load_ontology().resolve_type_query(query) == expected


@pytest.mark.parametrize("query", ["999", "00", "21", "19999"])
def test_type_query_of_digits_no_code_starts_with_is_refused_where_resolved(query):
    """``resolve_type_query`` accepted any digits (the CLI and the API checked them
    apart): the message is the one they gave."""
    with pytest.raises(ValueError, match=f"no CAMEO code starts with '{query}': CAMEO codes run from the roots "
                                         "01-20 to four digits"):
        load_ontology().resolve_type_query(query)


def test_cli_and_api_keep_their_type_messages(tmp_path):
    from tests.support.event_rows import build_database

    db = tmp_path / "e.db"
    build_database(db)
    for command in (["events"], ["export", "-f", "csv"]):
        result = CliRunner().invoke(app, [*command, "--db", str(db), "--type", "999"], env={"COLUMNS": "250"})
        assert result.exit_code == 2 and "no CAMEO code starts with '999'" in " ".join(result.output.split())


def test_tidy_text_joins_paragraph_lines_and_shows_code_spans_bold():
    text = "First line\nwraps here.\n\nUse ``crisisdesk run`` then\n`run --json`.\n\n- a list\n- kept\n"
    assert tidy_text(text) == ("First line wraps here.\n\nUse [bold]crisisdesk run[/bold] then "
                               "[bold]run --json[/bold].\n\n- a list\n- kept")
    assert tidy_text(tidy_text(text)) == tidy_text(text)  # idempotent
    assert tidy_text(None) is None
    assert tidy_text("``[x]``") == "[bold]\\[x][/bold]"  # brackets are no markup


def test_help_lines_are_not_broken_at_the_source_width_and_show_no_backticks():
    """``run --help`` broke its second paragraph where the docstring's lines end
    ("...in the rejects table; the" / "run goes on.") at any terminal width, and
    ``consolidate --help`` showed ````crisisdesk run```` with its backticks."""
    run = CliRunner().invoke(app, ["run", "--help"], env={"COLUMNS": "250"})
    assert "stored in the rejects table; the run goes on. Exits 1 only when" in run.output
    consolidate = CliRunner().invoke(app, ["consolidate", "--help"], env={"COLUMNS": "250"})
    assert "`" not in consolidate.output
    assert "(incremental; crisisdesk run does this" in consolidate.output
    listing = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "250"})
    assert "`" not in listing.output
    rejects = CliRunner().invoke(app, ["rejects", "--help"], env={"COLUMNS": "250"})
    assert "(the run id run --json prints)" in rejects.output
