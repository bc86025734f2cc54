"""What the analyst reads on the command line: the event table printed into a pipe or a
file stays readable, and the status column words who stands behind a mention as the
situation and the web events table do. Real SQLite files (``tests/support/event_rows``,
texts written for these tests), the real Typer app through its test runner (whose
stdout is not a terminal, as in ``crisisdesk events | less``)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from crisisdesk.cli import _register, app
from crisisdesk.store.models import EventMentionRow
from tests.support.event_rows import build_database

SENTENCES = (
    "Fighters of JNIM ambushed a fuel convoy near Kayes on Monday, killing five drivers.",
    "The Malian army said it repelled the attackers.",
    "Officials in Bamako met transport unions on Tuesday.",
    "Hundreds of traders protested in Ouagadougou on 12 November against fuel prices.",
)


@pytest.fixture()
def db(tmp_path):
    _register()
    path = tmp_path / "out.db"
    engine = build_database(path)
    with Session(engine) as session:  # an asserted mention that names a claimant
        session.execute(update(EventMentionRow).where(EventMentionRow.mention_id == "m-ambush")
                        .values(claimed_by="JNIM"))
        session.commit()
    return path


def _events(db, *args, env=None):
    result = CliRunner().invoke(app, ["--db", str(db), "events", *args], env=env)
    assert result.exit_code == 0, result.output
    return result.output


def test_pipe_width_reads_columns_but_never_narrower_than_a_readable_table():
    from crisisdesk.cli.console import PIPE_MIN_WIDTH, PIPE_WIDTH, pipe_width

    assert pipe_width({}) == PIPE_WIDTH == 200
    assert pipe_width({"COLUMNS": "80"}) == PIPE_MIN_WIDTH == 160
    assert pipe_width({"COLUMNS": "180"}) == 180
    assert pipe_width({"COLUMNS": "wide"}) == PIPE_WIDTH


def _evidence_column_width(output: str) -> int:
    header = next(line for line in output.splitlines() if "evidence" in line)
    return len(header.rstrip().rstrip("┃│").rsplit("┃", 1)[-1])


def test_event_table_in_a_pipe_keeps_each_evidence_sentence_on_one_line(db):
    # without COLUMNS rich laid the table out at 80 columns (its default without a
    # terminal) and the evidence column folded to a word or two per line
    output = _events(db, env={"COLUMNS": None})
    lines = output.splitlines()
    for sentence in SENTENCES:
        assert any(sentence in line for line in lines), (sentence, output)
    assert max(len(line) for line in lines) <= 200  # console.PIPE_WIDTH


def test_event_table_in_a_pipe_of_80_columns_is_laid_out_wider(db):
    output = _events(db, env={"COLUMNS": "80"})
    assert max(len(line) for line in output.splitlines()) <= 160  # console.PIPE_MIN_WIDTH
    # the evidence column was 13 characters wide at 80 columns
    assert _evidence_column_width(output) >= 25, output


def test_event_table_words_the_source_as_its_status_says(db):
    output = _events(db, env={"COLUMNS": "200"})
    rows = {sentence: next(line for line in output.splitlines() if sentence in line) for sentence in SENTENCES[:2]}
    # the line below each row's first line carries the status's second line
    lines = output.splitlines()
    below = {s: lines[lines.index(row) + 1] for s, row in rows.items()}
    assert "asserted" in rows[SENTENCES[0]] and "per JNIM" in below[SENTENCES[0]]
    assert "by JNIM" not in below[SENTENCES[0]].replace("per JNIM", "")
    assert "claimed" in rows[SENTENCES[1]] and "claimed by Malian army" in below[SENTENCES[1]]


def test_web_event_page_says_claimed_by_only_for_a_claimed_event(db):
    from fastapi.testclient import TestClient

    from crisisdesk.store.db import open_database
    from crisisdesk.web.app import create_app

    client = TestClient(create_app(open_database(str(db))))
    asserted = client.get("/events/m-ambush").text  # asserted, JNIM named as claimant
    claimed = client.get("/events/m-repel").text  # claimed by the Malian army
    assert "Claimed by" not in asserted and "<dt>Reported by</dt><dd>JNIM</dd>" in asserted
    assert "<dt>Claimed by</dt><dd>Malian army</dd>" in claimed


def test_html_report_words_the_source_as_the_status_says(db):
    from crisisdesk.report.content import build_report_data
    from crisisdesk.report.html import render_html
    from crisisdesk.store.db import open_database

    page = render_html(build_report_data(open_database(str(db))))
    assert '<span class="muted">per JNIM</span>' in page  # the events table, asserted m-ambush
    assert '<span class="muted">claimed by Malian army</span>' in page
    assert '<span class="muted">by JNIM</span>' not in page
    assert "asserted (per JNIM)</span>" in page  # key developments


def test_dates_are_written_no_more_precisely_than_known():
    from datetime import date

    from crisisdesk.store.queries import date_text

    assert date_text(date(2012, 1, 1), date(2012, 12, 31), "year") == "2012"
    assert date_text(date(2025, 9, 1), date(2025, 9, 30), "month") == "2025-09"
    assert date_text(date(2025, 9, 1), None, "month") == "2025-09"
    assert date_text(date(2020, 5, 1), date(2020, 8, 18), "month") == "2020-05 – 2020-08-18"  # "since May"
    assert date_text(date(2021, 1, 1), date(2025, 12, 3), "year") == "2021 – 2025-12-03"  # "since 2021"
    assert date_text(date(2025, 11, 19), date(2025, 11, 25), "week") == "2025-11-19 – 2025-11-25"
    # "this week" in a Monday's report: the week so far is that day, written as one day
    # (session 16; it was "2025-11-30 – 2025-11-30", and before that "(week)")
    assert date_text(date(2025, 11, 30), date(2025, 11, 30), "week") == "2025-11-30"
    assert date_text(date(2025, 11, 30), None, "week") == "2025-11-30"
    assert date_text(date(2025, 11, 17), date(2025, 11, 17), "day") == "2025-11-17"
    assert date_text(None) == "undated"


def test_a_pronoun_names_nobody_behind_an_event():
    from crisisdesk.store.queries import source_wording

    assert source_wording("asserted", None, "he") == ""  # was "per he"
    assert source_wording("claimed", "They", None) == ""
    assert source_wording("asserted", "JNIM", "he") == "per JNIM"
    assert source_wording("asserted", None, "the governor") == "per the governor"


@pytest.fixture()
def month_db(db):
    """The test database with the Bamako meeting dated only to November 2025."""
    from datetime import date

    from crisisdesk.store.db import open_database

    with Session(open_database(str(db))) as session:
        session.execute(update(EventMentionRow).where(EventMentionRow.mention_id == "m-meet")
                        .values(event_date=date(2025, 11, 1), date_end=date(2025, 11, 30), time_precision="month"))
        session.commit()
    return db


def test_month_precision_is_not_printed_as_the_first_of_the_month(month_db):
    # the events table printed "2025-11-01 (month)", the web and HTML report tables
    # "2025-11-01" with a muted "(month)", the markdown report a bare "2025-11-01"
    from fastapi.testclient import TestClient

    from crisisdesk.report.content import build_report_data
    from crisisdesk.report.html import render_html
    from crisisdesk.report.markdown import render_markdown
    from crisisdesk.store.db import open_database
    from crisisdesk.web.app import create_app

    meeting = "Officials in Bamako met transport unions on Tuesday."
    table = _events(month_db, env={"COLUMNS": "200"})
    row = next(line for line in table.splitlines() if meeting in line)
    assert "│ 2025-11 " in row and "2025-11-01" not in table
    engine = open_database(str(month_db))
    data = build_report_data(engine)
    html, markdown = render_html(data), render_markdown(data)
    web = TestClient(create_app(engine)).get("/").text
    assert "<td>2025-11</td>" in html and "<td>2025-11-01" not in html
    assert "| 2025-11 |" in markdown and "| 2025-11-01" not in markdown
    assert '<td class="nowrap">2025-11</td>' in web and ">2025-11-01" not in web
    assert "<td>2025-11-17</td>" in html and '<td class="nowrap">2025-11-17</td>' in web  # days stay days


def test_event_table_says_what_its_abbreviations_mean(db):
    # "(MLI, p2)" and "✝ 5" were printed with no key
    output = " ".join(_events(db, env={"COLUMNS": "200"}).split())
    assert "Kayes (MLI, p2)" in output and "✝ 5" in output
    assert "pN): N is the geo_precision, 1 town or exact point, 2 near a town, 3 region, 4 country only" in output
    assert "✝ N: reported killed" in output


@pytest.mark.parametrize(("last", "written", "notes"), [
    (date(2025, 11, 23), "2025-11-17 – 2025-11-23", "Between 17 and 23 November 2025, "),
    (date(2025, 11, 17), "2025-11-17", "On 17 November 2025, "),
])
def test_a_week_is_written_as_its_span_in_every_output(tmp_path, last, written, notes):
    """A week is written as its span: it was written "2025-11-17 (week)" while other
    weeks were ranges, and "In the week of 17 November 2025" in the ACLED notes. A
    Monday's report of "this week" is dated at week precision to that Monday
    (``event_date`` = ``date_end``: the week so far): that one day is written as one day
    (session 16; it was "2025-11-17 – 2025-11-17" and "Between 17 November 2025 and 17
    November 2025"). Every output: ``events``, ``situation``, the Markdown report, the
    web event page, the ACLED notes."""
    from fastapi.testclient import TestClient

    from crisisdesk.export.acled import acled_notes
    from crisisdesk.report.content import build_report_data
    from crisisdesk.report.markdown import render_markdown
    from crisisdesk.store import queries
    from crisisdesk.store.models import EventRow
    from crisisdesk.web.app import create_app

    _register()
    path = tmp_path / "week.db"
    engine = build_database(path, consolidated=True)
    week = dict(event_date=date(2025, 11, 17), date_end=last, time_precision="week")
    with Session(engine) as session:
        session.execute(update(EventRow).where(EventRow.event_id == "evt-kayes").values(**week))
        session.execute(update(EventMentionRow).where(EventMentionRow.event_id == "evt-kayes").values(**week))
        session.commit()
    events = _events(path, env={"COLUMNS": "250"})
    situation = CliRunner().invoke(app, ["--db", str(path), "situation", "--since", "2025-11-10", "--until",
                                         "2025-11-20"], env={"COLUMNS": "250"}).output
    markdown = render_markdown(build_report_data(engine))
    event = queries.get_event(engine, "evt-kayes")
    page = TestClient(create_app(engine)).get("/events/evt-kayes").text
    for name, text in (("events", events), ("situation", situation), ("report", markdown), ("web", page)):
        assert written in text, name
        assert "(week)" not in text, name
        assert "2025-11-17 – 2025-11-17" not in text, name
    assert acled_notes(event).startswith(notes)


def test_situation_lines_say_whose_each_toll_is_and_the_map_sizes_by_the_lowest(tmp_path):
    """An event whose reports disagree on the toll (the army's 5, JNIM's 7): the
    situation's key-development line said "5-7 killed" and whose each figure is only in
    ``situation --json``; it now says "5-7 killed: 5 per Malian army, 7 per JNIM". The report's
    and the dashboard's map markers were sized by the highest toll (a 5-7 event drawn
    as 7); they are sized by the lowest, the range is in the popup data, and the legends
    say so."""
    from fastapi.testclient import TestClient

    from crisisdesk.report.content import build_report_data, map_point
    from crisisdesk.report.html import render_html
    from crisisdesk.store import queries
    from crisisdesk.store.models import EventRow
    from crisisdesk.web.app import create_app

    _register()
    path = tmp_path / "tolls.db"
    engine = build_database(path, consolidated=True)
    with Session(engine) as session:
        session.execute(update(EventRow).where(EventRow.event_id == "evt-kayes").values(disagreements={
            "fatalities": [5, 7], "fatalities_by_source": [["5", "drivers", "Malian army"], ["7", "drivers", "JNIM"]]}))
        session.commit()
    situation = CliRunner().invoke(app, ["--db", str(path), "situation", "--since", "2025-11-10", "--until",
                                         "2025-11-20"], env={"COLUMNS": "250"}).output
    assert "5-7 killed: 5 per Malian army, 7 per JNIM" in situation
    from crisisdesk.cli.situation import tolls_by_source_text

    assert tolls_by_source_text({"fatalities_by_source": [  # tolls of two victim groups name them
        ["11", "soldiers", "JNIM"], ["4", "soldiers", "army"], ["at least 20", "assailants", "The army"]]}) == \
        "4 soldiers per army, 11 soldiers per JNIM, at least 20 assailants per the army"
    many = [["5", "", f"outlet-{i}.example"] for i in range(3)] + [["6", "", f"site-{i}.example"] for i in range(12)] \
        + [["7", "", "JNIM"]]  # twenty outlets: grouped by toll, two names at most (the line was 1,000 characters)
    assert tolls_by_source_text({"fatalities_by_source": many}) == \
        "5 per outlet-0.example and 2 others, 6 per site-0.example and 11 others, 7 per JNIM"
    point = map_point(queries.get_event(engine, "evt-kayes"))
    assert (point["killed"], point["killed_text"]) == (5, "5-7")
    page = render_html(build_report_data(engine))
    assert "Circle size grows with the lowest reported death toll" in page
    dashboard = TestClient(create_app(engine)).get("/").text
    assert "Circle size grows with the lowest reported death toll" in dashboard
