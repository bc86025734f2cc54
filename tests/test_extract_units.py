"""Units of extraction: sniffing, decoding, dates, ids and the pattern-driven cleaner."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crisisdesk.errors import ExtractionError
from crisisdesk.extract.article import ArticleExtractor
from crisisdesk.extract.cleaner import Cleaner, load_patterns, split_front_matter
from crisisdesk.extract.dates import parse_date_value, resolve_relative
from crisisdesk.extract.decode import decode_bytes
from crisisdesk.extract.ids import article_id_for, canonical_url, content_hash_for
from crisisdesk.records import RawDocument
from crisisdesk.sources.sniff import sniff_kind

REF = datetime(2025, 11, 22, 8, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("data, kind", [
    (b"", "empty"), (b" \n\t", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"), (b"abc\x00def", "binary"), (b"%PDF-1.4 text", "binary"),
    (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    (b"  <div class='a'><p>Hello</p></div>", "html"),
    (b'{"text": "a"}', "json"), (b'[{"text": "a"}]', "json"),
    (b'{"text": "a"}\n{"text": "b"}\n', "jsonl"), (b'{"text": "a"}\n{"text": broken\n', "jsonl"),
    (b"---\ntitle: x\n---\nBody text.", "markdown"), (b"# Heading\n\nBody.", "markdown"),
    (b"Said the\n[army](https://x.org/a)\ntoday.", "markdown"),
    (b"Plain text with a < sign and {braces}.", "text"),
    ("Texte en français, encodé en UTF-16.".encode("utf-16"), "text"),
])
def test_sniff_kind(data, kind):
    assert sniff_kind(data) == kind


def test_decode_order_and_failure():
    assert decode_bytes("Ségou".encode()) == ("Ségou", "utf-8")
    assert decode_bytes("Ségou — 5 €".encode("cp1252")) == ("Ségou — 5 €", "cp1252")
    assert decode_bytes("\ufeffMopti".encode("utf-8")) == ("Mopti", "utf-8-sig")
    with pytest.raises(ExtractionError) as info:
        decode_bytes(bytes(range(1, 32)) * 40 + b"\x81\x8d\x8f\x90\x9d" * 40)
    assert info.value.reason == "undecodable"


def test_relative_time_precision_is_the_unit():
    assert resolve_relative("11 hours ago", REF) == (datetime(2025, 11, 21, 21, tzinfo=timezone.utc), "hour")
    assert resolve_relative("a day ago", REF) == (datetime(2025, 11, 21, tzinfo=timezone.utc), "day")
    assert resolve_relative("yesterday", REF) == (datetime(2025, 11, 21, tzinfo=timezone.utc), "day")
    assert resolve_relative("2 weeks ago", REF)[1] == "week"
    assert resolve_relative("45 minutes ago", REF) == (datetime(2025, 11, 22, 7, 15, tzinfo=timezone.utc), "minute")
    assert resolve_relative("earlier this month", REF) is None


def test_parse_date_value_precision():
    assert parse_date_value("2025-12-03") == (datetime(2025, 12, 3, tzinfo=timezone.utc), "day")
    assert parse_date_value("2025-12-03T10:15:00+01:00") == (datetime(2025, 12, 3, 9, 15, tzinfo=timezone.utc), "second")
    assert parse_date_value("Nov 18, 2025") == (datetime(2025, 11, 18, tzinfo=timezone.utc), "day")
    assert parse_date_value("not a date") is None


def test_ids_are_stable_per_canonical_url():
    text = "Gunmen attacked a convoy near Kati."
    a = article_id_for("https://www.example.org/mali/story/?utm_source=x#top", text)
    b = article_id_for("http://www.example.org/mali/story", text + " Updated.")
    assert a == b and len(a) == 16
    assert canonical_url("https://Example.org/a/?id=3&utm_medium=y") == "example.org/a?id=3"
    assert article_id_for(None, "Some  TEXT") == article_id_for(None, "some text")
    assert content_hash_for("A  b") == content_hash_for("a b") != content_hash_for("a c")


def cleaner():
    return Cleaner(load_patterns())


def test_cleaner_joins_link_split_sentences_and_drops_targets():
    markdown = ("Intro paragraph here.\n\nThe attacks by\n[Group Name](https://x.org/a_(b))\n(GN) have stopped "
                "traffic, the\n[monitor](https://y.org/)\n, said.\n")
    result = cleaner().clean_markdown(markdown)
    assert result.paragraphs == ["Intro paragraph here.",
                                 "The attacks by Group Name (GN) have stopped traffic, the monitor, said."]


def test_cleaner_video_fallback_and_donation_box():
    markdown = ("Body sentence one is here.\n\n[\n\nYour browser does not support the video tag.\n]"
                "(https://cdn.example/v.mp4)\n\n## Support Example News\n\nYour donations keep us going.\n\n"
                "Body sentence two is here.\n")
    assert cleaner().clean_markdown(markdown).paragraphs == ["Body sentence one is here.", "Body sentence two is here."]


def test_cleaner_lifts_scraped_page_metadata():
    page = ("top of page\nexample-news.com\n\nSoldiers Killed in Attack on Army Post\n\n  • Writer: Jane  Doe\n"
            "Jane Doe\n  • 3 hours ago\n  • 2 min read\nree\n\nSoldiers were killed on Friday when gunmen attacked "
            "an army post near Boni, officials said.\n\nShare\nComments\nbottom of page\n")
    result = cleaner().clean_text(page)
    assert result.title == "Soldiers Killed in Attack on Army Post"
    assert result.metadata == {"site": "example-news.com", "author": "Jane Doe", "relative_time": "3 hours ago",
                               "reading_time_minutes": "2"}
    assert result.paragraphs == ["Soldiers were killed on Friday when gunmen attacked an army post near Boni, "
                                 "officials said."]


def test_cleaner_joins_hard_wrapped_plain_text():
    text = ("Gunmen attacked a convoy of trucks on the road between Kayes and\nDiéma on Monday, killing four drivers.\n"
            "A second paragraph starts on its own line.\n")
    assert cleaner().clean_text(text).paragraphs == [
        "Gunmen attacked a convoy of trucks on the road between Kayes and Diéma on Monday, killing four drivers.",
        "A second paragraph starts on its own line."]


def test_user_pattern_file_extends_and_replaces(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("- name: sponsor_line\n  action: drop\n  pattern: 'sponsored by .+'\n"
                     "- name: reading_time\n  action: lift\n  field: reading_time_minutes\n"
                     "  pattern: 'lecture\\s+(?P<value>\\d+)\\s*min'\n", encoding="utf-8")
    text = "Sponsored by Acme Trucks\nLecture 4 min\nTroops patrolled near Gao on Monday, the army said in a statement.\n"
    default = Cleaner(load_patterns()).clean_text(text)
    custom = Cleaner(load_patterns((extra,))).clean_text(text)
    assert "Sponsored by Acme Trucks" in (default.title, *default.paragraphs)  # not dropped by default
    assert "Lecture 4 min" in default.paragraphs and "reading_time_minutes" not in default.metadata
    assert custom.title is None
    assert custom.paragraphs == ["Troops patrolled near Gao on Monday, the army said in a statement."]
    assert custom.metadata["reading_time_minutes"] == "4"
    assert [p.name for p in load_patterns((extra,))].count("reading_time") == 1


def test_bad_pattern_file_is_a_clear_error(tmp_path):
    extra = tmp_path / "bad.yaml"
    extra.write_text("- name: broken\n  action: drop\n  pattern: '(unclosed'\n", encoding="utf-8")
    with pytest.raises(ValueError, match="broken"):
        load_patterns((extra,))


def test_front_matter_split():
    front, body = split_front_matter("---\ntitle: 'A: b'\ndate: 2025-11-21\n---\nBody.\n")
    assert front == {"title": "A: b", "date": __import__("datetime").date(2025, 11, 21)} and body == "Body.\n"
    assert split_front_matter("No front matter.") == (None, "No front matter.")


def test_paragraph_offsets_point_into_text():
    raw = RawDocument(uri="mem", content=("First paragraph about Gao is here.\n\n\n"
                                          "Second paragraph about Mopti is here.\n").encode(), fetched_at=REF)
    article = ArticleExtractor().extract(raw)
    assert [article.text[p.start:p.end] for p in article.paragraphs] == [
        "First paragraph about Gao is here.", "Second paragraph about Mopti is here."]
    assert article.text == "First paragraph about Gao is here.\n\nSecond paragraph about Mopti is here."


@pytest.mark.parametrize("text", ["Gunmen kidnapped two traders.", "Three soldiers killed.", "Militants overran the base."])
def test_one_sentence_report_is_an_article(text):
    # a feed item or alert of fewer than MIN_WORDS words that is one whole sentence
    article = ArticleExtractor().extract(RawDocument(uri="mem", content=text.encode(), fetched_at=REF))
    assert article.text == text


@pytest.mark.parametrize("text", ["Attack in Mopti", "Share\nComments\nTop.", "Share. Comments. Top.", "Gunmen kidnapped",
                                  "two traders kidnapped."])
def test_short_text_without_one_whole_sentence_is_no_text(text):
    # a bare title, page chrome, a cut-off fragment, an uncapitalised piece
    with pytest.raises(ExtractionError) as info:
        ArticleExtractor().extract(RawDocument(uri="mem", content=text.encode(), fetched_at=REF))
    assert info.value.reason == "no_text"


@pytest.mark.parametrize("text", [
    "Militiamen attacked a herders' camp near Douentza on Sunday, no casualties reported",
    "On 2 March 2024, students marched in Kati against power cuts.[size=small]",
])
def test_a_one_paragraph_report_without_a_full_stop_is_body_not_headline(text):
    # written for this test: a single paragraph that does not end with "." was taken as
    # the headline, leaving no body: the run rejected a real report as no_text
    article = ArticleExtractor().extract(RawDocument(uri="mem", content=text.encode(), fetched_at=REF))
    assert article.text == text
    assert article.title is None
    cleaned = Cleaner(load_patterns()).clean_text("Attack on herders' camp\n\n" + text)
    assert cleaned.title == "Attack on herders' camp" and cleaned.paragraphs == [text]


def test_a_publication_date_in_the_future_is_not_used():
    # written for this test: a JSON item dated decades ahead of the time it was read
    # gave its events a 2087 date, silently
    from crisisdesk.extract.article import PUBLISHED_IN_FUTURE, published_in_future

    from crisisdesk.sources.files import document_from_object

    raw = document_from_object({
        "url": "https://example.org/gao", "published": "2087-03-04T10:00:00Z", "title": "Attack near Gao",
        "text": "Gunmen attacked a checkpoint near Gao on Monday, killing two soldiers, the army said."},
        uri="item.json", fetched_at=REF, origin="file")
    article = ArticleExtractor().extract(raw)
    assert article.published_at is None
    assert [n for n in article.notes if n.startswith(PUBLISHED_IN_FUTURE)] == [
        f"{PUBLISHED_IN_FUTURE}: the container date '2087-03-04T10:00:00Z' is after the time the item was read "
        f"({REF:%Y-%m-%d %H:%M} UTC); not taken as its publication date"]
    now = datetime(2025, 11, 22, 12, tzinfo=timezone.utc)
    assert not published_in_future(datetime(2025, 11, 23, 11, tzinfo=timezone.utc), now, now)  # time zones
    assert published_in_future(datetime(2025, 11, 23, 13, tzinfo=timezone.utc), now, now)
    # a fetch time set too early does not discard a date that is past by the clock
    assert not published_in_future(datetime(2025, 11, 20, tzinfo=timezone.utc), datetime(2025, 11, 1, tzinfo=timezone.utc), now)
