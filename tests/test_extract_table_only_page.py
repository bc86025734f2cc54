"""A page whose text is all in a table is read from its table, one line per row, instead
of being rejected as ``no_text`` (``extract.html.table_rows_as_lines``).

Found by s12-tester: a weekly incident table (date, place, incident, killed) was
rejected "no_text (0 words of text after cleaning)", so its three incidents were lost
and the reason given was wrong (the page had words: tables are left out).
"""

from datetime import datetime, timezone

from crisisdesk.extract.article import ArticleExtractor
from crisisdesk.extract.html import TEXT_FROM_TABLES, extract_html, table_rows_as_lines
from crisisdesk.records import RawDocument

TABLE_PAGE = """<html><head><title>Weekly incident table</title></head><body><article>
<h1>Weekly incident table</h1>
<table><tr><th>Date</th><th>Place</th><th>Incident</th><th>Killed</th></tr>
<tr><td>17 Nov 2025</td><td>Kita</td><td>Gunmen attacked a convoy of fuel tankers</td><td>10</td></tr>
<tr><td>19 Nov 2025</td><td>Ansongo</td><td>A roadside bomb hit an army truck</td><td>3</td></tr>
</table></article></body></html>"""


def test_rows_become_sentences_without_the_header():
    assert table_rows_as_lines("Intro\n| Date | Place |\n|---|---|\n| 17 Nov | Kita |\n| 18 Nov | Gao. |\nEnd") == \
        "Intro\n17 Nov; Kita.\n18 Nov; Gao.\nEnd"


def test_table_only_page_is_stored_with_its_rows():
    found = extract_html(TABLE_PAGE)
    assert "17 Nov 2025; Kita; Gunmen attacked a convoy of fuel tankers; 10." in found.paragraphs
    assert not any("Killed" in p for p in found.paragraphs)  # the header row is gone
    assert any(note.startswith(TEXT_FROM_TABLES) for note in found.notes)
    raw = RawDocument(uri="mem://table.html", content=TABLE_PAGE.encode(), media_type="text/html",
                      fetched_at=datetime(2025, 11, 22, tzinfo=timezone.utc))
    article = ArticleExtractor().extract(raw)  # raised ExtractionError('no_text') before
    assert "A roadside bomb hit an army truck" in article.text


def test_a_page_with_prose_keeps_leaving_its_tables_out():
    page = TABLE_PAGE.replace("<h1>Weekly incident table</h1>",
                              "<p>Gunmen attacked a convoy of fuel tankers near Kita on Monday, officials said.</p>"
                              "<p>The army said it had sent reinforcements to the area on Tuesday.</p>")
    found = extract_html(page)
    assert not any("Ansongo" in p for p in found.paragraphs)
    assert not found.notes
