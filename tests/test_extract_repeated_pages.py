"""The same page extracted many times in one process (watch mode, backfill, wire copies
republished by several outlets) keeps its text every time."""

from crisisdesk.extract.html import extract_html
from tests.support.feeds import page


def test_identical_page_is_not_discarded_after_two_extractions():
    html = page("Tankers stopped near Kati", [
        "Fuel tankers heading to Bamako were stopped near Kati on the main road on Monday.",
        "Witnesses said the drivers were ordered to leave the vehicles by armed men."]).decode()
    counts = [len(extract_html(html).paragraphs) for _ in range(5)]
    assert counts[0] >= 2
    assert counts == [counts[0]] * 5
