"""Situation reports from real rows in a real SQLite file: HTML (self-contained, CSP by
script hashes, escaped data), Markdown, PDF through Chromium, and the malicious
article rendering inert in headless Chromium."""

from __future__ import annotations

import html as html_lib
import re

import pytest

from crisisdesk.report import write_report
from crisisdesk.analysis.developments import event_from_view, importance
from crisisdesk.report.content import build_report_data
from crisisdesk.report.html import json_for_script, script_hash
from crisisdesk.report.markdown import md_escape
from crisisdesk.store.queries import EventFilter
from crisisdesk.web.assets import AssetsMissing
from tests.support.browser import ARTIFACTS, browser_page
from tests.support.event_rows import build_database


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return build_database(tmp_path_factory.mktemp("report") / "events.db", consolidated=True, malicious=True)


@pytest.fixture(scope="module")
def report(engine, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    paths = write_report(engine, EventFilter(), out / "report.html", title="Test sitrep")
    return paths


def test_headline_figures_and_key_developments(engine):
    data = build_report_data(engine, EventFilter(country="MLI"))
    h = data.headline
    assert h.events == 3 and data.total == 3
    assert (h.fatalities_min, h.fatalities_max, h.events_with_fatalities) == (5, 7, 1)
    assert h.by_type == {"ASSAULT": 2, "CONSULT": 1}
    assert (h.first_date.isoformat(), h.last_date.isoformat()) == ("2025-11-16", "2025-11-18")
    # the analysis module's importance: Kayes, Violence against civilians (3) x asserted (1)
    # x (1 + log2(1 + 5 lowest reported)) x (1 + log2 1 source) = 10.755
    assert [e.event_id for e in data.key_developments][0] == "evt-kayes"
    assert importance(event_from_view(data.key_developments[0])) == pytest.approx(10.755, abs=1e-3)
    assert data.key_developments[0].evidence == "Fighters of JNIM ambushed a fuel convoy near Kayes on Monday, killing five drivers."
    # then the Mopti battle (3 x 1 x 1 = 3) and the Bamako meeting (CONSULT 0.25)
    assert [e.event_id for e in data.key_developments][1:] == ["m-evil", "m-meet"]
    assert data.timeline.series == {"ASSAULT": [1, 1], "CONSULT": [0, 1]}
    assert len(data.map_points) == 3


def test_html_is_self_contained_with_hashed_scripts(report):
    html = report.html.read_text(encoding="utf-8")
    assert report.events == 4
    assert "<script src" not in html and "<link" not in html and "http://unpkg" not in html
    policy = html_lib.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1))
    inline = re.findall(r"<script>(.*?)</script>", html, flags=re.S)
    assert len(inline) == 3
    for source in inline:
        assert script_hash(source) in policy
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    assert "Fighters of JNIM ambushed a fuel convoy near Kayes on Monday, killing five drivers." in html
    assert 'href="https://news.example.org/2025/11/17/kayes-convoy"' in html
    assert '<span class="n" id="fig-fatalities">5-7</span>' in html


def test_untrusted_text_is_escaped_in_html_and_json(report):
    html = report.html.read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in html
    assert "<img src=x" not in html
    assert 'href="javascript:' not in html
    points = re.search(r'<script type="application/json" id="report-points">(.*?)</script>', html, re.S).group(1)
    assert "<" not in points and "\\u003cimg src=x onerror" in points


def test_json_for_script_escapes_closing_tags():
    text = json_for_script({"t": "</script><script>alert(1)</script>&\u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text


def test_markdown_report(report):
    md = report.markdown.read_text(encoding="utf-8")
    assert md.startswith("# Test sitrep\n")
    assert "- **4** events (2025-11-12 – 2025-11-18)" in md
    assert "| 2025-11-17 | ASSAULT / Attack | JNIM → truck drivers | Kayes, MLI | asserted | 5-7 |" in md
    assert "<script>" not in md and "<img" not in md
    assert md_escape("a|b <i>") == "a\\|b &lt;i&gt;"


def test_report_renders_inert_and_draws_the_map_in_chromium(report):
    with browser_page() as (page, dialogs, errors):
        page.goto(report.html.resolve().as_uri())
        page.wait_for_selector("#map[data-markers='4']")
        assert page.locator("path.leaflet-interactive").count() == 4
        assert page.locator(".leaflet-overlay-pane path").count() > 100  # country outlines
        pwned = page.evaluate("() => [window.__pwned, window.__pwned_title, window.__pwned_text, window.__pwned_link]")
        assert pwned == [None] * 4
        assert not dialogs and not errors
        page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)


def test_pdf_report(engine, tmp_path):
    paths = write_report(engine, EventFilter(country="BFA"), tmp_path / "r.html", pdf_path=tmp_path / "r.pdf")
    data = paths.pdf.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 10_000


def test_missing_assets_give_a_clear_error(engine, tmp_path, monkeypatch):
    monkeypatch.setenv("CRISISDESK_VENDOR_DIR", str(tmp_path / "empty"))
    with pytest.raises(AssetsMissing, match="make setup"):
        write_report(engine, EventFilter(), tmp_path / "r.html")


def test_timeline_of_a_long_span_counts_by_year_not_by_week():
    """One historical 2012 event among November 2025 ones: 14 yearly columns (one row
    per ISO week drew 715 rows), counted by the rule ``situation`` uses."""
    from datetime import date

    from crisisdesk.report.charts import period_counts

    pairs = [(date(2012, 3, 7), "RETREAT"), (date(2025, 11, 17), "ASSAULT"),
             (date(2025, 11, 18), "ASSAULT"), (date(2025, 11, 12), "CONSULT"), (None, "ASSAULT")]
    timeline = period_counts(pairs)
    assert timeline.unit == "year"
    assert timeline.labels() == [str(y) for y in range(2012, 2026)]
    assert timeline.series == {"ASSAULT": [0] * 13 + [2], "CONSULT": [0] * 13 + [1],
                               "RETREAT": [1] + [0] * 13}
    # 12 Nov 2025 .. 3 Feb 2026: 13 ISO weeks, still by week; 12 Nov 2025 .. 30 Apr 2026
    # is 25 weeks, so by month (6 columns)
    short = period_counts([(date(2025, 11, 12), "X"), (date(2026, 2, 3), "X")])
    assert (short.unit, len(short.periods)) == ("week", 13)
    longer = period_counts([(date(2025, 11, 12), "X"), (date(2026, 4, 30), "X")])
    assert (longer.unit, longer.labels(), longer.series["X"]) == (
        "month", ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04"], [1, 0, 0, 0, 0, 1])


def test_markdown_timeline_names_its_unit(engine):
    from dataclasses import replace
    from datetime import date

    from crisisdesk.report.charts import period_counts
    from crisisdesk.report.markdown import render_markdown

    data = build_report_data(engine, EventFilter(country="MLI"))
    text = render_markdown(data)
    assert "## Timeline by type, by week" in text
    assert "| 2025-W46 | 1 | 0 |" in text and "| 2025-W47 | 1 | 1 |" in text
    long = replace(data, timeline=period_counts([(date(2012, 3, 7), "RETREAT"), (date(2025, 11, 17), "ASSAULT")]))
    text = render_markdown(long)
    section = text.split("## Timeline by type, by year", 1)[1].split("## Events", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| 20")]
    assert len(rows) == 14 and rows[0] == "| 2012 | 0 | 1 |" and rows[-1] == "| 2025 | 1 | 0 |"


def test_report_counts_only_events_that_happened(tmp_path):
    """A negated "no attack was reported" stays in the events table and the map with
    its status, but is not counted as an event of the period: the headline, the types,
    the regions and the timeline count asserted and claimed events only (the report
    counted every status: 3 events, ASSAULT 2 in week 47, Ségou among the regions)."""
    from crisisdesk.report.markdown import render_markdown
    from tests.support.event_rows import add_negated_segou_mention

    engine = build_database(tmp_path / "negated.db", consolidated=True)
    add_negated_segou_mention(engine)
    data = build_report_data(engine, EventFilter(country="MLI"))
    h = data.headline
    assert (h.events, h.not_counted, data.total) == (2, 1, 3)
    assert h.by_status == {"asserted": 2, "negated": 1}
    assert h.by_type == {"ASSAULT": 1, "CONSULT": 1}
    assert h.admin1 == {"Kayes": 1, "Bamako": 1} and h.by_acled_type == {"Violence against civilians": 1}
    assert data.timeline.series == {"ASSAULT": [1], "CONSULT": [1]}
    assert "m-negated" in [e.event_id for e in data.events] and len(data.map_points) == 3
    text = render_markdown(data)
    assert ("- **2** events (2025-11-17 – 2025-11-18) (1 more threatened, hypothetical, negated, "
            "historical or generic, not counted)") in text


def test_claimants_read_inside_the_sentence_in_the_markdown_report():
    # "(claimed by The army)": the claimant kept the capital of its sentence start
    from datetime import date

    from crisisdesk.report.markdown import _event_line
    from crisisdesk.store.queries import EventView

    event = EventView(event_id="x", kind="event", event_type="ASSAULT", acled_sub_event_type="Armed clash",
                      status="claimed", claimed_by="The army", event_date=date(2025, 11, 27),
                      source_actors=[{"name": "army", "code": "MLIMIL"}],
                      target_actors=[{"name": "the Martyrs' Bridge"}])
    assert _event_line(event) == ("**2025-11-27** — army → the Martyrs' Bridge: Armed clash (claimed by the army)")


def test_an_asserted_event_with_a_claimant_reads_per_the_claimant_in_the_markdown_report():
    # an event merged from a claim and a plain report is asserted: "asserted by the army"
    # read as a claim the status denies
    from datetime import date

    from crisisdesk.report.markdown import _event_line
    from crisisdesk.store.queries import EventView

    event = EventView(event_id="y", kind="event", event_type="ASSAULT", acled_sub_event_type="Armed clash",
                      status="asserted", claimed_by="The army", event_date=date(2025, 11, 27),
                      source_actors=[{"name": "army", "code": "MLIMIL"}], target_actors=[{"name": "JNIM"}])
    assert _event_line(event) == "**2025-11-27** — army → JNIM: Armed clash (asserted per the army)"
