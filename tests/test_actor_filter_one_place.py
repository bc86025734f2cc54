"""The actor filter built in one place (``store.queries.actor_condition``) for
``crisisdesk events`` (mentions, also matching ``actor_codes``) and the event view
(report, export, situation, API), with the same results as the two copies it replaces;
``actor_spellings`` read once per ``events`` call and, in SQL, only over the actor lists
that could match (session 16, from the session-15 code review). SQLite and the
throwaway PostgreSQL server of ``tests/support/postgres.py``."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import update
from typer.testing import CliRunner

from crisisdesk.cli import _register, app
from crisisdesk.cli.events import EventFilter as MentionFilter
from crisisdesk.cli.events import query_mentions
from crisisdesk.store import queries
from crisisdesk.store.models import EventMentionRow
from crisisdesk.store.queries import EventFilter, actor_condition, actor_spellings
from tests.support.event_rows import actor, build_database

_register()


def _goita(url: str, consolidated: bool = False):
    """The support database (JNIM ambush, army repulse, Bamako meeting, Ouagadougou
    protest) with the protest's source an accented name (written here)."""
    engine = build_database(url, consolidated=consolidated)
    with engine.begin() as conn:
        conn.execute(update(EventMentionRow).where(EventMentionRow.mention_id == "m-protest").values(
            source_actors=[actor("Colonel Assimi Goïta", "MLIGOV", "GOV")]))
    return engine


#: query -> the mentions ``crisisdesk events --actor`` gave at 94f65f2 and the event
#: view's count then (measured on this database; consolidated: the ambush and the
#: repulse are one event). The mentions also match by ``actor_codes`` ("MLIMIL"), the
#: event view by the actors' values only.
EXPECTED = {
    "JNIM": (["m-ambush", "m-repel"], 1),
    "jnim": (["m-ambush", "m-repel"], 1),
    "Goïta": (["m-protest"], 1),
    "goita": (["m-protest"], 1),
    "Nobody": ([], 0),
    "sector": ([], 0),
    "MLIMIL": (["m-repel"], 0),
    "MLI": (["m-protest", "m-repel", "m-meet"], 2),
    "GOV": (["m-protest", "m-meet"], 2),
    "Malian": (["m-repel", "m-meet"], 1),
}


@pytest.mark.parametrize("query", sorted(EXPECTED))
def test_both_paths_give_the_results_they_gave(db_url, query):
    engine = _goita(db_url, consolidated=True)
    spellings = actor_spellings(engine, query)
    mentions, events = EXPECTED[query]
    assert [m.mention_id for m in query_mentions(engine, MentionFilter(actor=query, actor_spellings=spellings))] \
        == mentions
    assert queries.count_events(engine, EventFilter(actor=query, actor_spellings=spellings)) == events


def test_one_condition_with_codes_only_where_the_table_has_them():
    row = EventMentionRow
    with_codes = str(actor_condition(("JNIM",), row.source_actors, row.target_actors, row.actor_codes))
    without = str(actor_condition(("JNIM",), row.source_actors, row.target_actors))
    assert "actor_codes" in with_codes and "actor_codes" not in without
    assert with_codes.count("LIKE") == without.count("LIKE") + 1


def test_events_reads_the_spellings_once(tmp_path, monkeypatch):
    """``crisisdesk events --actor goita`` looked the spellings up twice (for the filter
    and for the no-match warning), each time reading the stored actor lists."""
    import crisisdesk.cli.events as events_module
    import crisisdesk.cli.filters as filters_module

    calls = []

    def counting(executor, actor_query):
        calls.append(actor_query)
        return queries.actor_spellings(executor, actor_query)

    monkeypatch.setattr(events_module, "actor_spellings", counting)
    monkeypatch.setattr(filters_module, "actor_spellings", counting)
    db = tmp_path / "e.db"
    _goita(str(db))
    result = CliRunner().invoke(app, ["events", "--db", str(db), "--actor", "goita", "--json"])
    assert result.exit_code == 0, result.output
    assert [r["mention_id"] for r in json.loads(result.stdout)] == ["m-protest"]
    assert "warning" not in result.output
    assert calls == ["goita"]
    calls.clear()
    result = CliRunner().invoke(app, ["events", "--db", str(db), "--actor", "Nobody", "--json"])
    assert "no event has an actor matching 'Nobody'" in result.output and calls == ["Nobody"]


def test_spellings_read_only_the_lists_that_could_match(db_url, monkeypatch):
    """Only the actor lists with a non-ASCII letter (or the query as typed) reach
    Python: of the support database's four mentions (eight lists), one list holds
    "Goïta"; before, all eight were read."""
    engine = _goita(db_url)
    read = []
    original = queries._actor_value_strings

    def counting(value):
        if isinstance(value, list):
            read.append(value)
        return original(value)

    monkeypatch.setattr(queries, "_actor_value_strings", counting)
    assert actor_spellings(engine, "assimi goita") == ("Assimi Goïta",)
    assert len(read) == 2  # the protest's source and target lists, one row
    read.clear()
    assert actor_spellings(engine, "Nobody") == ()
    assert len(read) == 2  # only the row with a non-ASCII letter could fold to it


def test_spellings_without_narrowing_for_a_query_the_json_escapes(tmp_path):
    """A query with a quote or a non-ASCII letter left after folding ("ø") cannot be
    compared with the JSON text as typed: every list is read, as before."""
    from crisisdesk.store.queries import _fold_candidates

    row = EventMentionRow
    assert _fold_candidates('o"brien', (row.source_actors,)) == []
    assert _fold_candidates("søren", (row.source_actors,)) == []
    assert len(_fold_candidates("goita", (row.source_actors, row.target_actors))) == 4
