"""An actor filter with a non-ASCII letter finds the actor: the actor lists are stored
as JSON with ``\\uXXXX`` escapes, so "Libération" matched nothing (``--actor FLA`` found
the Front de Libération de l'Azawad, ``--actor Libération`` did not), in ``crisisdesk
events`` and in the event view that situation, report, export and the API read.
Sentence written for this test."""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy.orm import Session

from crisisdesk.cli.events import EventFilter as MentionFilter
from crisisdesk.cli.events import query_mentions
from crisisdesk.store import queries
from crisisdesk.store.db import open_database
from crisisdesk.store.queries import EventFilter, actor_like_patterns
from tests.support.event_rows import BAMAKO, actor, article_row, mention_row

TEXT = "Statement\n\nThe Front de Libération de l'Azawad condemned the strike on Saturday."
SENTENCE = "The Front de Libération de l'Azawad condemned the strike on Saturday."


def _engine(tmp_path):
    engine = open_database(str(tmp_path / "a.db"))
    with Session(engine) as session:
        session.add(article_row("art-f", TEXT, "Statement", "https://news.example.org/fla", "news.example.org",
                                datetime(2025, 11, 29, 9, 0, tzinfo=timezone.utc)))
        session.add(mention_row("m-fla", "art-f", TEXT, SENTENCE, "condemned", event_type="ACCUSE",
                                source_actors=[actor("Front de Libération de l'Azawad", "FLA", "REB", "MLI")],
                                event_date=date(2025, 11, 29), time_precision="day", **BAMAKO))
        session.commit()
    return engine


def test_accented_actor_name_matches(tmp_path):
    engine = _engine(tmp_path)
    for query in ("Libération", "LIBÉRATION"[:3] + "ération", "FLA", "de l'Azawad"):
        assert [m.mention_id for m in query_mentions(engine, MentionFilter(actor=query))] == ["m-fla"], query
        assert queries.count_events(engine, EventFilter(actor=query)) == 1, query  # was 0 for Libération
    assert query_mentions(engine, MentionFilter(actor="Liberation")) == []  # no accent folding: as stored
    assert actor_like_patterns("Libération") == ["%libération%", "%lib\\\\u00e9ration%"]
    assert actor_like_patterns("JNIM") == ["%jnim%"]


def test_actor_filter_matches_values_not_field_names(tmp_path):
    """``--actor name`` / ``--actor sector`` matched every mention through the stored
    JSON's field names; only the actors' values count now (REB is this actor's sector)."""
    engine = _engine(tmp_path)
    for query in ("name", "sector", "actor_id", "null", "code"):
        assert query_mentions(engine, MentionFilter(actor=query)) == [], query
        assert queries.count_events(engine, EventFilter(actor=query)) == 0, query
    for query in ("REB", "fla", "MLI"):
        assert queries.count_events(engine, EventFilter(actor=query)) == 1, query


def test_actor_matching_nothing_warns_as_admin1_does(tmp_path, capsys):
    from crisisdesk.cli.filters import warn_when_no_actor_matches

    engine = _engine(tmp_path)
    assert warn_when_no_actor_matches(engine, "Nobody") is True
    assert "no event has an actor matching 'Nobody'" in capsys.readouterr().err
    assert warn_when_no_actor_matches(engine, "Azawad") is False
    assert warn_when_no_actor_matches(engine, "sector") is True
    assert capsys.readouterr().err.count("warning:") == 1
