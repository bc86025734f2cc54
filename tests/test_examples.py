"""The example articles shipped in examples/ (written for this project) go through
`crisisdesk run examples/` whole: every file and JSONL line is stored, none rejected."""

from __future__ import annotations

import io
from pathlib import Path

from crisisdesk.pipeline import RunOptions, Stages, run
from crisisdesk.sources import iter_raw_documents
from crisisdesk.store import repository
from crisisdesk.store.db import open_database

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_examples_are_all_stored_with_metadata(tmp_path):
    engine = open_database(str(tmp_path / "ex.db"))
    summary = run(iter_raw_documents([EXAMPLES]), engine, RunOptions(), Stages(), progress=False, err=io.StringIO())
    assert (summary.read, summary.stored, summary.rejected) == (7, 7, 0)
    stored = {s.article.source_uri.rsplit("/", 1)[-1]: s.article for s in repository.list_articles(engine)}
    txt = stored["2025-11-18-convoy-ambush-kayes.txt"]
    assert (txt.title, txt.author, txt.site) == ("Ambush on Fuel Convoy Near Diéma Kills Ten", "Awa Keita",
                                                 "SahelDispatch.example")
    assert txt.published_at.date().isoformat() == "2025-11-18" and txt.published_precision == "day"
    assert "ree" not in txt.text.split() and "Share" not in txt.text and len(txt.paragraphs) == 4
    md = stored["2025-11-21-embassy-drawdown.md"]
    assert md.url == "https://news.example.org/2025/11/21/germany-embassy-bamako"
    assert "similar moves by the United States and the United Kingdom, which withdrew" in md.text
    assert "Wal-Muslimin (JNIM) choked".lower() in md.text.lower()
    assert "donations" not in md.text and "Support our newsroom" not in md.text
    html = stored["2025-11-24-bamako-protest.html"]
    assert html.site == "Niger River Times" and html.author == "Fatoumata Diallo"
    assert "Most read" not in html.text and "Privacy" not in html.text and len(html.paragraphs) == 4
    assert stored["2025-11-27-jnim-claims-niono-attack.json"].published_at.date().isoformat() == "2025-11-27"
    assert stored["sahel-briefs-2025-11-30.jsonl#line=2"].title == "Africa Corps Escorts Fuel Convoy to Bamako"
    french = stored["2025-11-29-convoi-citernes-nioro.json"]
    assert french.published_at.date().isoformat() == "2025-11-29" and french.site == "sahel-matin.example"
    assert {a.language for a in stored.values()} == {"en", "fr"} and french.language == "fr"
