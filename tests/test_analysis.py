"""Situation analysis: surge test, risk levels, timeline, actor network, key developments,
and the ``crisisdesk situation`` command on a real database."""

import json
from datetime import date, timedelta

import pytest
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from crisisdesk.analysis.network import actor_network, top_edges
from crisisdesk.analysis.risk import event_score, level_for, risk_levels
from crisisdesk.analysis.scope import Scope, parse_point, parse_since
from crisisdesk.analysis.situation import situation
from crisisdesk.analysis.surge import detect_surges, poisson_surge, rolling_week_counts, scan_weeks
from crisisdesk.analysis.timeline import iso_week, type_label, weekly_timeline
from crisisdesk.cli import _register, app
from crisisdesk.consolidate import update
from crisisdesk.consolidate.rows import mention_to_row
from crisisdesk.records import ActorRef, Count, Event, EventMention, Evidence, Place
from crisisdesk.store.db import open_database
from tests.test_consolidate_store import _article_row, _store
from tests.convoy_corpus import ALL_REPORTS

UNTIL = date(2025, 11, 16)  # a Sunday: the last 7-day window is ISO week 2025-W46
SIKASSO = Place("Sikasso", 1, "MLI", admin1="Sikasso", lat=11.31755, lon=-5.66654)
KAYES = Place("Kayes", 1, "MLI", admin1="Kayes", lat=14.44776, lon=-11.44393)
JNIM = ActorRef("JNIM", actor_id="jnim", code="JNIM", sector="REB")
ARMY = ActorRef("Malian army", code="MLIMIL", sector="MIL")


def _event(i, day, place=SIKASSO, status="asserted", deaths=0, acled="Battles", sources=1):
    return Event(
        event_id=f"e{i}", event_type="ASSAULT", acled_event_type=acled, place=place, event_date=day,
        time_precision="day", status=status, fatalities=Count(deaths, deaths) if deaths else None,
        source_actors=[JNIM], target_actors=[ARMY], num_sources=sources, num_articles=sources, num_mentions=sources,
    )


def _weekly_series(counts, place, start_id=0):
    """Events with ``counts[k]`` events in the k-th 7-day window ending UNTIL (oldest first)."""
    events, n = [], start_id
    weeks = len(counts)
    for k, c in enumerate(counts):
        window_end = UNTIL - timedelta(days=7 * (weeks - 1 - k))
        for j in range(c):
            events.append(_event(n, window_end - timedelta(days=j % 7), place))
            n += 1
    return events


def test_poisson_surge_matches_hand_computed_p_value():
    test = poisson_surge([2, 2, 2, 2, 2, 2, 2, 2, 8])
    # P(X >= 8 | lambda = 2) = 1 - e^-2 * sum_{k<8} 2^k/k! = 0.0010967
    assert test.p_value == pytest.approx(0.0010967, abs=1e-6)
    assert test.ratio == 4.0 and test.surge
    assert not poisson_surge([2, 2, 2, 2, 2, 2, 2, 2, 6]).surge  # p = 0.0166 > 0.01


def test_surge_is_found_in_the_right_week_and_nowhere_else():
    series = [2, 1, 3, 2, 2, 1, 3, 2, 2, 3, 1, 2, 9, 2, 3, 2]
    assert scan_weeks(series) == [12]


def test_flat_series_has_no_surge():
    assert scan_weeks([3] * 20) == []
    assert scan_weeks([2, 3, 1, 2, 4, 2, 3, 2, 1, 3, 2, 4, 3, 2, 2, 3]) == []
    assert scan_weeks([0] * 12) == []


def test_rolling_week_counts_put_dates_in_seven_day_windows():
    dates = [UNTIL, UNTIL - timedelta(days=6), UNTIL - timedelta(days=7), UNTIL - timedelta(days=20)]
    assert rolling_week_counts(dates, UNTIL, 3) == [1, 1, 2]


def test_detect_surges_names_the_region_and_the_ratio():
    sikasso = _weekly_series([2, 2, 2, 2, 2, 2, 2, 2, 8], SIKASSO)
    kayes = _weekly_series([2] * 9, KAYES, start_id=1000)
    surges = detect_surges(sikasso + kayes, UNTIL, lambda e: e.place.admin1, type_label)
    assert {(s.area, s.event_type) for s in surges} == {("Sikasso", "All"), ("Sikasso", "Battles")}
    text = surges[0].text
    assert "in Sikasso are up 4.0× on the 8-week baseline" in text
    assert "8 in the week 2025-11-10–2025-11-16 vs 2.0/week" in text
    # Bonferroni over 4 series: the flagged p-value is below 0.01 / 4
    assert all(s.test.p_value < 0.0025 for s in surges)
    assert detect_surges(kayes, UNTIL, lambda e: e.place.admin1, type_label) == []


def test_risk_levels_follow_the_stated_formula():
    deadly = _event(1, UNTIL, deaths=7)  # 3 x 1 x (1 + log2 8) = 12 -> level 3
    assert event_score(deadly) == pytest.approx(12.0)
    claimed = _event(2, UNTIL, place=KAYES, status="claimed", acled="Violence against civilians")
    assert event_score(claimed) == pytest.approx(2.25)  # 3 x 0.75 x 1 -> level 1
    negated = _event(3, UNTIL, place=KAYES, status="negated", deaths=50)
    risks = {r.admin1: r for r in risk_levels([deadly, claimed, negated])}
    assert (risks["Sikasso"].level, risks["Sikasso"].level_name) == (3, "Reconsider travel")
    assert risks["Kayes"].level == 1 and risks["Kayes"].excluded == 1  # negated never raises a level
    assert "7 killed" in risks["Sikasso"].reason()
    assert [level_for(s) for s in (0, 2.9, 3, 11.9, 12, 29.9, 30)] == [1, 1, 2, 2, 3, 3, 4]


def test_open_ended_tolls_print_as_at_least_in_developments_and_risk_reasons():
    from crisisdesk.analysis.developments import KeyDevelopment
    from crisisdesk.cli.situation import development_line

    open_ended = _event(4, UNTIL)
    open_ended.fatalities = Count(12, None)  # "at least 12 killed": no upper bound reported
    line = development_line(KeyDevelopment(1.0, open_ended))
    assert "at least 12 killed" in line and "None" not in line
    risks = {r.admin1: r for r in risk_levels([open_ended])}
    assert "at least 12 killed" in risks["Sikasso"].reason()


def test_surge_series_gives_higher_risk_than_flat_series():
    sikasso = [e for e in _weekly_series([0] * 8 + [8], SIKASSO)]
    kayes = _weekly_series([0] * 8 + [1], KAYES, start_id=1000)
    risks = {r.admin1: r.level for r in risk_levels(sikasso + kayes)}
    assert risks == {"Sikasso": 3, "Kayes": 2}  # 8 x 3 = 24; 1 x 3 = 3


def test_weekly_timeline_counts_by_iso_week():
    events = [_event(1, date(2025, 11, 10), deaths=3), _event(2, date(2025, 11, 16)),
              _event(3, date(2025, 11, 17), acled="Violence against civilians", deaths=2)]
    timeline = weekly_timeline(events, date(2025, 11, 3), date(2025, 11, 20))
    assert timeline.weeks == ["2025-W45", "2025-W46", "2025-W47"]
    assert timeline.by_type == {"Battles": [0, 2, 0], "Violence against civilians": [0, 0, 1]}
    assert timeline.fatalities == [0, 3, 2]
    assert iso_week(date(2025, 12, 29)) == "2026-W01"


def test_actor_network_counts_who_acts_on_whom():
    civilians = ActorRef("civilians", generic=True, sector="CVL")
    events = [_event(1, UNTIL, deaths=2), _event(2, UNTIL),
              Event("e3", "ASSAULT", acled_event_type="Violence against civilians", source_actors=[JNIM],
                    target_actors=[civilians], fatalities=Count(4, 6))]
    graph = actor_network(events)
    assert graph.edges["JNIM", "Malian army"]["count"] == 2
    edges = top_edges(graph)
    assert edges[0] == {"source": "JNIM", "target": "Malian army", "count": 2, "types": {"Battles": 2},
                        "fatalities": 2}
    # an unnamed actor is labelled by its name, not the internal key "generic:civilians"
    assert edges[1]["target"] == "civilians" and edges[1]["fatalities"] == 4


def test_parse_since_and_point():
    assert parse_since("30d", UNTIL) == date(2025, 10, 17)
    assert parse_since("8w", UNTIL) == date(2025, 9, 21)
    assert parse_since("2025-10-01", UNTIL) == date(2025, 10, 1)
    with pytest.raises(ValueError, match="expected 30d"):
        parse_since("last month", UNTIL)
    assert parse_point("12.65,-8.0") == (12.65, -8.0)
    with pytest.raises(ValueError, match="latitude"):
        parse_point("120,5")


def _consolidated_db(tmp_path):
    engine = open_database(str(tmp_path / "s.db"))
    with Session(engine) as session:
        update(session, _store(session, ALL_REPORTS))
        session.commit()
    return engine


def test_situation_of_the_convoy_corpus(tmp_path):
    engine = _consolidated_db(tmp_path)
    with Session(engine) as session:
        region = situation(session, Scope(since=date(2025, 11, 1), until=UNTIL, country="MLI", admin1="sikasso"))
        near = situation(session, Scope(since=date(2025, 11, 1), until=UNTIL, near=(10.55, -5.76667), km=50))
    assert len(region.events) == 3
    assert len(near.events) == 2  # Koutiala is ~205 km away
    assert region.timeline.weeks == ["2025-W44", "2025-W45", "2025-W46"]  # 1 Nov is a Saturday
    assert region.timeline.total == [0, 0, 3]
    assert region.timeline.fatalities == [0, 0, 5 + 3 + 2]
    ambush = region.developments[0][1]
    assert ambush.num_sources == 20 and (ambush.fatalities.min, ambush.fatalities.max) == (5, 7)
    (risk,) = region.risks
    # ambush 3*(1+log2 6)=10.75, Koutiala 3*(1+log2 4)=9, Zegoua 3*(1+log2 3)=7.75
    assert risk.score == pytest.approx(27.51, abs=0.01) and risk.level == 3


def test_situation_command_prints_json_and_tables(tmp_path):
    _consolidated_db(tmp_path)
    _register()
    runner = CliRunner()
    db = str(tmp_path / "s.db")
    result = runner.invoke(app, ["situation", "--db", db, "--country", "MLI", "--since", "2025-11-01",
                                 "--until", "2025-11-16", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["events"] == 3
    assert data["risk_levels"][0]["admin1"] == "Sikasso" and data["risk_levels"][0]["level"] == 3
    assert data["key_developments"][0]["fatalities"] == {"min": 5, "max": 7}
    assert data["actor_relations"][0]["source"] == "JNIM"
    text = runner.invoke(app, ["situation", "--db", db, "--near", "10.55,-5.77", "--km", "30",
                               "--since", "2025-11-01", "--until", "2025-11-16"])
    assert text.exit_code == 0, text.output
    assert "Key developments" in text.output and "Reconsider travel" in text.output
    bad = runner.invoke(app, ["situation", "--db", db, "--near", "north"])
    assert bad.exit_code != 0 and "expected LAT,LON" in bad.output
    # a radius of 0 or below selected nothing and said nothing (exit 0) before
    for radius in ("-5", "0"):
        no_radius = runner.invoke(app, ["situation", "--db", db, "--near", "10.55,-5.77", "--km", radius,
                                        "--since", "2025-11-01", "--until", "2025-11-16"])
        assert no_radius.exit_code == 2 and "is no radius" in no_radius.output, no_radius.output


def _store_events(tmp_path, events):
    """A real SQLite store holding ``events`` as consolidated rows (no mentions)."""
    from sqlalchemy import insert

    from crisisdesk.consolidate.rows import event_row_values
    from crisisdesk.store.models import EventRow

    db = tmp_path / "constructed.db"
    engine = open_database(str(db))
    with Session(engine) as session:
        session.execute(insert(EventRow), [event_row_values(e) for e in events])
        session.commit()
    return str(db)


def _situation_cli(db, *args):
    _register()
    return CliRunner().invoke(app, ["situation", "--db", db, "--since", "2025-11-01", "--until", "2025-11-16", *args],
                              env={"COLUMNS": "250"})


def test_no_baseline_means_no_surge_and_says_so(tmp_path):
    # eight events this week and nothing stored before: a surge needs a baseline
    db = _store_events(tmp_path, _weekly_series([8], SIKASSO))
    data = json.loads(_situation_cli(db, "--json").output)
    assert data["surges"] == []
    assert data["surge_baseline"] == {
        "available": False, "weeks": 0, "wanted": 8, "coverage_start": "2025-11-10",
        "statement": "no baseline: the data starts 2025-11-10, 0 of the 8 weeks before this week are covered "
                     "(at least 2 needed)",
    }
    text = _situation_cli(db).output
    assert "Surges: no baseline: the data starts 2025-11-10, 0 of the 8 weeks before this week are covered" in text
    assert "up 16.0×" not in text


def test_surge_against_a_covered_baseline_is_stated_with_its_test(tmp_path):
    db = _store_events(tmp_path, _weekly_series([2, 2, 2, 2, 2, 2, 2, 2, 8], SIKASSO))
    data = json.loads(_situation_cli(db, "--json").output)
    assert data["surge_baseline"]["available"] is True and data["surge_baseline"]["weeks"] == 8
    assert [(s["area"], s["event_type"], s["observed"], s["baseline_per_week"]) for s in data["surges"]] == [
        ("Sikasso", "All", 8, 2.0), ("Sikasso", "Battles", 8, 2.0)]
    # P(X >= 8 | Poisson(2)) = 1 - sum_{k<8} e^-2 2^k / k! = 0.001097
    assert data["surges"][0]["p_value"] == pytest.approx(0.0010967, abs=1e-6)
    text = _situation_cli(db).output
    assert "Surges (this week vs the 8-week baseline, one-sided Poisson test):" in text
    assert ("Battles events in Sikasso are up 4.0× on the 8-week baseline (8 in the week 2025-11-10–2025-11-16 "
            "vs 2.0/week, p=0.0011)") in text


def test_partly_covered_baseline_uses_the_covered_weeks():
    # data from the third week before this one: a 3-week baseline
    events = _weekly_series([0] * 5 + [1, 1, 1, 9], SIKASSO)
    scope = Scope(since=date(2025, 9, 22), until=UNTIL)
    from crisisdesk.analysis.situation import analyse

    result = analyse(events, events, scope)
    assert (result.baseline.weeks, result.baseline.coverage_start) == (3, UNTIL - timedelta(days=21))
    assert result.baseline.text == "3-week baseline (data from 2025-10-26)"
    assert [(s.event_type, s.test.observed, s.test.baseline, s.baseline_weeks) for s in result.surges] == [
        ("All", 9, 1.0, 3), ("Battles", 9, 1.0, 3)]
    assert "on the 3-week baseline" in result.surges[0].text


def test_fatalities_line_says_when_no_toll_is_reported(tmp_path):
    db = _store_events(tmp_path, [_event(1, UNTIL), _event(2, UNTIL - timedelta(days=1))])
    data = json.loads(_situation_cli(db, "--json").output)
    assert (data["fatalities"], data["events_with_fatalities"]) == (None, 0)
    text = _situation_cli(db).output
    assert "2 events (2 asserted); no death toll reported." in text
    assert "at least 0 killed" not in text
    zero = _event(3, UNTIL)
    zero = Event(**{**zero.__dict__, "fatalities": Count(0, 0)})
    (tmp_path / "zero").mkdir()
    db0 = _store_events(tmp_path / "zero", [zero])
    assert "1 event (1 asserted); no deaths reported (1 event reports a toll of 0)." in _situation_cli(db0).output


def test_key_developments_carry_their_evidence_sentence(tmp_path):
    _consolidated_db(tmp_path)
    db = str(tmp_path / "s.db")
    data = json.loads(_situation_cli(db, "--country", "MLI", "--json").output)
    assert data["fatalities"] == 10 and data["events_with_fatalities"] == 3
    first = data["key_developments"][0]
    assert first["num_sources"] == 20 and first["fatalities"] == {"min": 5, "max": 7}
    evidence = first["evidence"]
    assert evidence["sentence"] == "Jihadists ambushed a fuel convoy near Kadiolo on Monday, killing six drivers"
    assert evidence["url"] == "https://sahel-wire.example/2025/11/convoy-ambushed-near-kadiolo"
    assert (evidence["start_char"], evidence["end_char"]) == (0, len(evidence["sentence"]))
    text = _situation_cli(db, "--country", "MLI").output
    assert "at least 10 killed (3 events report a toll)." in text
    assert (" 1. 2025-11-10 · Violence against civilians · JNIM → fuel convoy · Kadiolo (Sikasso) · "
            "asserted (per JNIM) · 5-7 killed: 5 per mali-actualite.example and 3 others, 5-7 per bf-mali-news.example, "
            "6 per africa-security-brief.example and 11 others, 7 per JNIM and 2 others · 20 sources") in " ".join(text.split())
    assert ("“Jihadists ambushed a fuel convoy near Kadiolo on Monday, killing six drivers” "
            "https://sahel-wire.example/2025/11/convoy-ambushed-near-kadiolo") in text


def test_long_period_timeline_starts_at_the_first_event_and_counts_by_year_or_month():
    from crisisdesk.analysis.timeline import situation_timeline

    events = [_event(1, date(2017, 3, 5), deaths=4), _event(2, date(2019, 12, 31)),
              _event(3, date(2025, 11, 10), deaths=2), _event(4, date(2025, 11, 12))]
    ten_years = situation_timeline(events, date(2015, 11, 18), UNTIL)  # --since 3650d: 522 ISO weeks
    assert ten_years.unit == "year" and ten_years.start == date(2017, 3, 5)
    assert ten_years.periods == [str(y) for y in range(2017, 2026)]
    assert ten_years.total == [1, 0, 1, 0, 0, 0, 0, 0, 2]
    assert ten_years.fatalities == [4, 0, 0, 0, 0, 0, 0, 0, 2]
    recent = situation_timeline(events[2:] + [_event(5, date(2025, 6, 30))], date(2015, 11, 18), UNTIL)
    assert recent.unit == "month" and recent.start == date(2025, 6, 30)
    assert recent.periods == ["2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11"]
    assert recent.total == [1, 0, 0, 0, 0, 2]
    short = situation_timeline(events[2:], date(2025, 10, 20), UNTIL)  # 4 weeks: all of them, by week
    assert (short.unit, short.start, short.periods) == ("week", date(2025, 10, 20),
                                                        ["2025-W43", "2025-W44", "2025-W45", "2025-W46"])
    assert short.total == [0, 0, 0, 2]


def test_situation_period_ends_at_the_last_day_the_articles_cover_and_says_so(tmp_path):
    """Articles published up to 20 November report events up to the 16th: the period
    ends on the 20th (it ended at the last event), never after today, and says why."""
    from datetime import datetime, timezone

    from crisisdesk.analysis.scope import last_day_covered

    db = _store_events(tmp_path, [_event(1, date(2025, 11, 10)), _event(2, UNTIL)])
    engine = open_database(db)
    with Session(engine) as session:
        session.add(_article_row("a1", "sahel-wire.example", "https://sahel-wire.example/a1", "text",
                                 datetime(2025, 11, 20, 9, tzinfo=timezone.utc)))
        session.commit()
        end = last_day_covered(session, today=date(2025, 11, 22))
        assert (end.day, end.basis) == (date(2025, 11, 20), "latest article")
        assert end.describe() == ("2025-11-20, the last day the stored data covers (latest article published "
                                  "2025-11-20; today is 2025-11-22)")
        early = last_day_covered(session, today=date(2025, 11, 19))
        assert early.day == date(2025, 11, 19)
        assert early.describe() == "2025-11-19, today (UTC; latest article published 2025-11-20)"
    _register()
    result = CliRunner().invoke(app, ["situation", "--db", db, "--since", "3650d", "--json"])
    data = json.loads(result.output)
    assert data["scope"]["until"] == "2025-11-20"
    assert data["scope"]["until_basis"].startswith("2025-11-20, the last day the stored data covers")
    assert data["timeline"]["unit"] == "week" and data["timeline"]["start"] == "2025-11-10"
    assert data["timeline"]["periods"] == ["2025-W46", "2025-W47"]
    assert data["timeline"]["total"] == [2, 0]
    text = CliRunner().invoke(app, ["situation", "--db", db, "--since", "3650d"], env={"COLUMNS": "200"}).output
    assert "Period ends 2025-11-20, the last day the stored data covers" in text
    assert "┃ type    ┃ W46 ┃ W47 ┃" in text
    assert "Timeline from the first event (2025-11-10) to 2025-11-20." in text


def test_one_actor_one_node_labelled_by_its_dictionary_name():
    """"Mali MIL" (a state-sector actor: code MLIMIL, no dictionary id) and "Malian Armed
    Forces" (dictionary actor fama, code MLIMIL) are one node; a code two dictionary
    actors share (FRAMIL: Barkhane, Serval) identifies neither."""
    fama = ActorRef("Malian Armed Forces", actor_id="fama", code="MLIMIL", sector="MIL")
    mali_mil = ActorRef("Mali MIL", code="MLIMIL", sector="MIL", country="MLI")
    barkhane = ActorRef("Operation Barkhane", actor_id="barkhane", code="FRAMIL", sector="MIL")
    serval = ActorRef("Operation Serval", actor_id="serval", code="FRAMIL", sector="MIL")
    france_mil = ActorRef("France MIL", code="FRAMIL", sector="MIL")

    def ev(i, sources, targets, deaths=0):
        return Event(f"e{i}", "ASSAULT", acled_event_type="Battles", source_actors=sources, target_actors=targets,
                     fatalities=Count(deaths, deaths) if deaths else None)

    graph = actor_network([ev(1, [JNIM], [mali_mil], 3), ev(2, [JNIM], [fama], 2), ev(3, [JNIM], [mali_mil, fama]),
                           ev(4, [barkhane], [JNIM]), ev(5, [serval], [JNIM]), ev(6, [france_mil], [JNIM])])
    edges = top_edges(graph)
    assert edges[0] == {"source": "JNIM", "target": "Malian Armed Forces", "count": 3, "types": {"Battles": 3},
                        "fatalities": 5}
    assert "Mali MIL" not in graph
    assert graph.nodes["Malian Armed Forces"]["in_events"] == 3
    assert graph.nodes["JNIM"]["out_events"] == 3
    assert {"Operation Barkhane", "Operation Serval", "France MIL"} <= set(graph.nodes)
    assert len(graph) == 5


def test_negated_hypothetical_and_generic_events_are_listed_but_not_counted(tmp_path):
    # one asserted battle with 3 killed, and three events that did not happen as reported:
    # "no air strike was reported" (negated, 5 killed would be wrong to add), a
    # hypothetical one and a trend statement (generic), all in the same ISO week
    happened = _event(1, UNTIL, deaths=3)
    negated = _event(2, UNTIL - timedelta(days=1), status="negated", deaths=5, acled="Explosions/Remote violence")
    hypothetical = _event(3, UNTIL - timedelta(days=2), status="hypothetical", acled="Explosions/Remote violence")
    generic = _event(4, UNTIL - timedelta(days=3), status="generic", place=KAYES)
    db = _store_events(tmp_path, [happened, negated, hypothetical, generic])
    data = json.loads(_situation_cli(db, "--json").output)
    assert (data["events"], data["events_reported"]) == (1, 4)
    assert data["by_type"] == {"Battles": 1}
    assert data["by_status"] == {"asserted": 1, "generic": 1, "hypothetical": 1, "negated": 1}
    assert data["timeline"]["by_type"] == {"Battles": [0, 0, 1]}
    assert data["timeline"]["total"] == [0, 0, 1] and data["timeline"]["fatalities"] == [0, 0, 3]
    assert (data["fatalities"], data["events_with_fatalities"]) == (3, 1)
    # the generic statement raises nothing in Kayes: score 0, level 1, shown as excluded
    assert [(r["admin1"], r["level"], r["score"], r["excluded_events"]) for r in data["risk_levels"]] == [
        ("Sikasso", 2, 9.0, 2), ("Kayes", 1, 0.0, 1)]  # 3 x (1 + log2(1 + 3)) = 9
    text = _situation_cli(db).output
    assert ("1 event (1 asserted; also reported, not counted: 1 generic, 1 hypothetical, 1 negated); "
            "at least 3 killed (1 event reports a toll).") in text


def test_shared_counting_rule_drops_statuses_that_did_not_happen():
    from crisisdesk.analysis.timeline import counted, counts_by_type

    events = [_event(1, UNTIL), _event(2, UNTIL, status="claimed"), _event(3, UNTIL, status="threatened"),
              _event(4, UNTIL, status="negated"), _event(5, UNTIL, status="historical"),
              _event(6, UNTIL, status="generic", acled="Violence against civilians")]
    assert [e.event_id for e in counted(events)] == ["e1", "e2"]
    assert counts_by_type(events) == {"Battles": 2}
    week = weekly_timeline(events, UNTIL - timedelta(days=6), UNTIL)
    assert (week.periods, week.total) == (["2025-W46"], [2])


def test_a_generic_army_placed_in_mali_is_the_malian_armed_forces_node():
    """"army" / "soldiers" coded generic in an event in Mali (code MLIMIL, country MLI)
    are Mali's military, one node with the dictionary's "Malian Armed Forces"; "French
    troops" (FRAMIL) and a generic noun that is no state force stay apart."""
    fama = ActorRef("Malian Armed Forces", actor_id="fama", code="MLIMIL", sector="MIL")
    army = ActorRef("army", code="MLIMIL", sector="MIL", country="MLI", generic=True)
    soldiers = ActorRef("soldiers", code="MLIMIL", sector="MIL", country="MLI", generic=True)
    french = ActorRef("French troops", code="FRAMIL", sector="MIL", country="FRA", generic=True)
    militia = ActorRef("militia", code="MLIMIL", sector="MIL", country="MLI", generic=True)

    def ev(i, sources, targets):
        return Event(f"e{i}", "ASSAULT", acled_event_type="Battles", source_actors=sources, target_actors=targets)

    graph = actor_network([ev(1, [JNIM], [fama]), ev(2, [JNIM], [army]), ev(3, [soldiers], [JNIM]),
                           ev(4, [french], [JNIM]), ev(5, [militia], [JNIM])])
    assert not {"army", "army (Mali)", "soldiers", "soldiers (Mali)"} & set(graph)
    assert graph.nodes["Malian Armed Forces"]["in_events"] == 2
    assert graph.nodes["Malian Armed Forces"]["out_events"] == 1
    assert "French troops (France)" in graph and "militia (Mali)" in graph


def test_near_radius_leaves_out_stand_in_points_and_says_how_many(tmp_path):
    # a village the gazetteer could not find, placed at its region's seat (geo_precision 3),
    # and a country-only event at the centroid: neither point says how far the event was
    seat_stand_in = Place("Sikasso", 3, "MLI", admin1="Sikasso", lat=SIKASSO.lat, lon=SIKASSO.lon)
    centroid = Place("Mali", 4, "MLI", lat=SIKASSO.lat + 0.1, lon=SIKASSO.lon)
    db = _store_events(tmp_path, [_event(1, UNTIL), _event(2, UNTIL, place=seat_stand_in),
                                  _event(3, UNTIL, place=centroid), _event(4, UNTIL, place=KAYES)])
    near = f"{SIKASSO.lat},{SIKASSO.lon}"
    data = json.loads(_situation_cli(db, "--near", near, "--km", "50", "--json").output)
    assert data["events"] == 1 and data["scope"]["stand_ins_left_out"] == 2
    text = _situation_cli(db, "--near", near, "--km", "50").output
    assert "Left out of the radius: 2 events whose point is only a stand-in" in text
    # without --near the stand-in points are the events' best places and are counted
    assert json.loads(_situation_cli(db, "--country", "MLI", "--json").output)["events"] == 4


def test_an_event_told_from_before_the_first_article_does_not_make_quiet_baseline_weeks(tmp_path):
    # a report of this week also tells of an event months ago ("banned parties in May"):
    # the weeks between were never collected, yet they were counted as quiet weeks and
    # the week's 8 events read as a surge on the 8-week baseline
    from datetime import datetime, timezone

    from tests.support.event_rows import article_row

    old = _event(99, date(2025, 5, 12), status="historical")
    db = _store_events(tmp_path, _weekly_series([8], SIKASSO) + [old])
    engine = open_database(db)
    with Session(engine) as session:
        session.add(article_row("a1", "Text.", "This week", "https://example.org/a1", "example.org",
                                datetime(2025, 11, 11, 7, tzinfo=timezone.utc)))
        session.commit()
    data = json.loads(_situation_cli(db, "--json").output)
    assert data["surges"] == []
    assert data["surge_baseline"]["coverage_start"] == "2025-11-11"
    assert data["surge_baseline"]["available"] is False


def test_development_lines_never_show_an_asserted_event_as_claimed():
    from crisisdesk.analysis.developments import KeyDevelopment
    from crisisdesk.cli.situation import development_line

    asserted = _event(5, UNTIL)
    asserted.claimed_by = "the Malian Armed Forces"  # one merged mention was the army's claim
    line = development_line(KeyDevelopment(1.0, asserted))
    assert "asserted (per the Malian Armed Forces)" in line and "claimed by" not in line
    claimed = _event(6, UNTIL, status="claimed")
    claimed.claimed_by = "JNIM"
    assert "claimed (claimed by JNIM)" in development_line(KeyDevelopment(1.0, claimed))
    reported = _event(7, UNTIL)
    reported.reported_by = "local sources"
    assert "asserted (per local sources)" in development_line(KeyDevelopment(1.0, reported))
