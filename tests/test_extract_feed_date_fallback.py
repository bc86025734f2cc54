"""A feed item's date is the fallback for a page with no date of its own, as the README
says ("The feed's own date becomes the article's publication date when the page has
none"); the page's own metadata comes first.

Found by s12-tester: a feed listing 500 pages under one pubDate (24 November) dated every
page to that day, although each page's ``article:published_time`` said otherwise, so an
attack "on November 27, 2025" in a page published on the 27th fell after its
publication date.
"""

from datetime import datetime, timezone

from crisisdesk.extract.article import ArticleExtractor
from crisisdesk.records import RawDocument

FETCHED = datetime(2025, 11, 30, 12, tzinfo=timezone.utc)
FEED_DATE = "2025-11-24T10:00:00+00:00"
TEXT = "<p>Gunmen attacked a market in Mopti on November 27, 2025, killing four civilians, officials said.</p>"


def _feed_page(head: str) -> RawDocument:
    html = f"<html><head><title>Attack in Mopti</title>{head}</head><body><article>{TEXT}</article></body></html>"
    return RawDocument(uri="http://127.0.0.1/p.html", content=html.encode(), fetched_at=FETCHED, origin="feed",
                       media_type="text/html",
                       metadata={"feed_url": "http://127.0.0.1/feed.xml", "url": "http://127.0.0.1/p.html",
                                 "published": FEED_DATE})


def test_page_metadata_date_wins_over_the_feed_date():
    article = ArticleExtractor().extract(_feed_page(
        '<meta property="article:published_time" content="2025-11-27T18:00:00Z">'))
    assert article.published_at == datetime(2025, 11, 27, tzinfo=timezone.utc)  # trafilatura keeps the day
    assert article.metadata["published_from"] == "document"


def test_feed_date_dates_a_page_without_one():
    article = ArticleExtractor().extract(_feed_page(""))
    assert article.published_at == datetime(2025, 11, 24, 10, tzinfo=timezone.utc)
    assert article.metadata["published_from"] == "container"


def test_a_json_container_date_still_wins_over_the_page():
    # not a feed: the JSON item's own "published" field is the container's word (README precedence)
    html = ('<html><head><title>t</title><meta property="article:published_time" content="2025-11-27T18:00:00Z">'
            f'</head><body><article>{TEXT}</article></body></html>')
    raw = RawDocument(uri="item.json", content=html.encode(), fetched_at=FETCHED, media_type="text/html",
                      metadata={"published": FEED_DATE})
    assert ArticleExtractor().extract(raw).published_at == datetime(2025, 11, 24, 10, tzinfo=timezone.utc)
