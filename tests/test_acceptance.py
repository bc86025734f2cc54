"""Acceptance: the three real articles in ../shared/data/news (read in place).

Expected values come from the gold files (../shared/data/gold) or are derived from the
source files by an independent, simpler rule; no article text is copied here.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone

import pytest

from crisisdesk.extract import ArticleExtractor
from crisisdesk.sources import iter_raw_documents

FETCHED = datetime(2025, 11, 22, 8, 0, tzinfo=timezone.utc)


def extract_one(path, fetched_at=FETCHED):
    [raw] = list(iter_raw_documents([path], fetched_at=fetched_at))
    return ArticleExtractor().extract(raw)


def gold(shared_data, name):
    return json.loads((shared_data / "gold" / f"{name}.gold.json").read_text("utf-8"))


def squash(text):
    return re.sub(r"\s+", " ", text).strip()


def test_reference_article_metadata_equals_gold(shared_data):
    expected = gold(shared_data, "diasporanewsng-france-mali-drawdown")["expected_article"]
    article = extract_one(shared_data / "news/en/diasporanewsng-france-mali-drawdown.txt")
    assert article.title == expected["title"]
    assert article.author == expected["author"]
    assert article.site == expected["site"]
    assert article.published_at.date().isoformat() == expected["published_date"]
    # "11 hours ago" against 08:00Z: 21:00Z the day before, to the hour and no finer
    assert article.published_at == datetime(2025, 11, 21, 21, 0, tzinfo=timezone.utc)
    assert article.published_precision == "hour"
    assert article.metadata["reading_time_minutes"] == "1"
    assert article.language == "en"
    for chrome in expected["text_must_not_contain"]:
        assert chrome not in article.text, chrome


def test_reference_article_body_paragraphs_whole(shared_data):
    source = (shared_data / "news/en/diasporanewsng-france-mali-drawdown.txt").read_text("utf-8")
    article = extract_one(shared_data / "news/en/diasporanewsng-france-mali-drawdown.txt")
    # independent rule: body paragraphs are the source lines of 8+ words ending with a period
    body = [squash(line) for line in source.splitlines() if len(line.split()) >= 8 and line.strip().endswith(".")]
    got = [article.text[p.start:p.end] for p in article.paragraphs]
    assert len(body) == 7
    assert got == body
    # the eighth long line of the page is the headline: metadata, not body text
    assert article.title not in article.text


def test_reference_article_fetch_time_defaults_to_mtime(shared_data, tmp_path):
    import os
    copy = tmp_path / "page.txt"
    copy.write_bytes((shared_data / "news/en/diasporanewsng-france-mali-drawdown.txt").read_bytes())
    mtime = datetime(2025, 11, 23, 10, 30, tzinfo=timezone.utc).timestamp()
    os.utime(copy, (mtime, mtime))
    article = extract_one(copy, fetched_at=None)
    assert article.published_at == datetime(2025, 11, 22, 23, 0, tzinfo=timezone.utc)


def test_bellingcat_json(shared_data):
    path = shared_data / "news/en/bellingcat-2025-12-03-mali-fuel-blockade.json"
    expected = gold(shared_data, "bellingcat-2025-12-03-mali-fuel-blockade")["expected_article"]
    container = json.loads(path.read_text("utf-8"))
    article = extract_one(path)
    assert article.title == expected["title"]
    assert article.site == expected["site"]
    # the container's published date wins over the mirror's front matter export date
    assert article.published_at.date().isoformat() == expected["published_date"] == container["published"]
    assert article.published_precision == "day"
    assert article.metadata["published_from"] == "container"
    assert article.metadata["front_matter"]["date"].startswith("2025-12-25")
    for chrome in expected["text_must_not_contain"]:
        assert chrome not in article.text, chrome
    assert "](" not in article.text and "[" not in article.text


def test_bellingcat_link_split_sentence_is_whole(shared_data):
    article = extract_one(shared_data / "news/en/bellingcat-2025-12-03-mali-fuel-blockade.json")
    paragraphs = [article.text[p.start:p.end] for p in article.paragraphs]
    [paragraph] = [p for p in paragraphs if p.startswith("The systematic attacks by")]
    assert "\n" not in paragraph
    assert re.search(r"^The systematic attacks by \S.+ \(JNIM\) have brought Bamako ", paragraph)
    # a link followed by a comma on the next line loses the line break, not the comma
    assert " , " not in article.text and " ." not in article.text


def test_bellingcat_front_matter_used_when_no_container(shared_data, tmp_path):
    markdown = json.loads((shared_data / "news/en/bellingcat-2025-12-03-mali-fuel-blockade.json").read_text("utf-8"))
    page = tmp_path / "index.md"
    page.write_text(markdown["text"], encoding="utf-8")
    article = extract_one(page)
    assert article.title == "Mali Under Siege: Tracking the Fuel Blockade Crippling Bamako"
    # without a container only the front matter date is known (the mirror's export time)
    assert article.published_at == datetime(2025, 12, 25, 0, 3, 51, 162341, tzinfo=timezone.utc)
    assert article.metadata["published_from"] == "document"
    assert article.url.startswith("https://www.bellingcat.com/news/2025/12/03/")
    assert article.site == "bellingcat.com"


def test_cnn_html(shared_data):
    article = extract_one(shared_data / "news/en/cnn-2020-08-18-mali-coup.html")
    assert article.title == "Mali's President resigns after he was arrested in a military coup"
    assert article.published_at.date().isoformat() == "2020-08-18"
    assert article.published_precision == "day"
    assert article.extraction_method == "trafilatura"
    assert "Watch:" not in article.text
    assert not re.search(r"\b\d{1,2}:\d{2}\b", article.text)  # no video running times
    lines = {article.text[p.start:p.end] for p in article.paragraphs}
    assert not lines & {"Read More", "Search", "Live TV", "Video", "World", "Africa"}
    assert article.title not in lines
    assert len(article.paragraphs) >= 30
    assert all(len(line.split()) >= 3 for line in lines)


def test_cnn_boilerplate_stripped_text_loses_caption(shared_data):
    article = extract_one(shared_data / "news/en/cnn-2020-08-18-mali-coup.json")
    assert "Watch:" not in article.text and "Read More" not in article.text
    assert article.metadata.get("agency") == "CNN"
    assert not article.text.rstrip().endswith("Search")


@pytest.mark.parametrize("name", ["bbc-afrique-dev_region-49138841.json", "bbc-afrique-test_region-59672710.json"])
def test_french_articles_are_identified_as_french(shared_data, name):
    article = extract_one(shared_data / "news/fr" / name)
    assert article.language == "fr"
    assert article.published_at is None and article.published_precision is None
