"""Feeds, sitemaps and pages written for the tests (our own invented headlines)."""

from __future__ import annotations

from xml.sax.saxutils import escape


def page(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(title)}</title>"
            f"</head><body><article><h1>{escape(title)}</h1>{body}</article></body></html>"
            ).encode("utf-8")


def rss2(items: list[tuple[str, str, str]]) -> bytes:
    """``items``: (link, title, RFC 822 pubDate)."""
    entries = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(link)}</link>"
        f"<guid>{escape(link)}</guid><pubDate>{d}</pubDate></item>" for link, t, d in items)
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
            f"<title>Sahel desk</title><link>http://example.org/</link>"
            f"<description>test</description>{entries}</channel></rss>").encode()


def rss1(items: list[tuple[str, str]]) -> bytes:
    entries = "".join(
        f"<item rdf:about='{escape(link)}'><title>{escape(t)}</title><link>{escape(link)}</link></item>"
        for link, t in items)
    return ("<?xml version='1.0'?><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' "
            "xmlns='http://purl.org/rss/1.0/'><channel rdf:about='http://example.org/'>"
            f"<title>Sahel desk</title><link>http://example.org/</link></channel>{entries}</rdf:RDF>"
            ).encode()


def atom(items: list[tuple[str, str, str]]) -> bytes:
    """``items``: (link, title, RFC 3339 updated)."""
    entries = "".join(
        f"<entry><title>{escape(t)}</title><link href='{escape(link)}'/><id>{escape(link)}</id>"
        f"<updated>{u}</updated></entry>" for link, t, u in items)
    return ("<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
            f"<title>Sahel desk</title><id>urn:test</id><updated>2025-11-22T08:00:00Z</updated>"
            f"{entries}</feed>").encode()


def news_sitemap(items: list[tuple[str, str, str]]) -> bytes:
    """``items``: (loc, news:title, news:publication_date)."""
    urls = "".join(
        f"<url><loc>{escape(loc)}</loc><news:news><news:publication><news:name>Sahel desk"
        f"</news:name><news:language>en</news:language></news:publication>"
        f"<news:publication_date>{d}</news:publication_date><news:title>{escape(t)}</news:title>"
        f"</news:news></url>" for loc, t, d in items)
    return ("<?xml version='1.0' encoding='UTF-8'?>"
            "<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
            "xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'>"
            f"{urls}</urlset>").encode()


def sitemap_index(locs: list[str]) -> bytes:
    entries = "".join(f"<sitemap><loc>{escape(loc)}</loc></sitemap>" for loc in locs)
    return ("<?xml version='1.0' encoding='UTF-8'?>"
            f"<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{entries}</sitemapindex>"
            ).encode()
