"""The dashboard in headless Chromium (Debian package, Playwright): load, filter to one
country, open an event from the list and from the map, see the evidence highlighted;
a malicious article executes nothing. Screenshots go to test-artifacts/."""

from __future__ import annotations

import pytest

from crisisdesk.web.app import create_app
from tests.support.browser import ARTIFACTS, browser_page, running_server
from tests.support.event_rows import build_database

PWNED = "() => [window.__pwned, window.__pwned_title, window.__pwned_text, window.__pwned_link, window.__pwned_url]"


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    engine = build_database(tmp_path_factory.mktemp("web") / "events.db", consolidated=True, malicious=True)
    with running_server(create_app(engine)) as url:
        yield url


def test_filter_country_open_event_and_see_evidence(base_url):
    with browser_page() as (page, dialogs, errors):
        response = page.goto(base_url + "/")
        assert response.status == 200, page.content()[:3000]
        assert page.locator("#total").inner_text() == "4"
        assert "Data last updated" in page.locator("#last-updated").inner_text()
        page.select_option("#f-country", "BFA")
        page.click("#apply")
        page.wait_for_url("**/?country=BFA**")
        assert page.locator("#total").inner_text() == "1"
        page.wait_for_selector("#map[data-markers='1']")
        page.screenshot(path=str(ARTIFACTS / "dashboard-bfa.png"), full_page=True)
        # back to Mali; open the Kayes ambush from the list
        page.select_option("#f-country", "MLI")
        page.click("#apply")
        page.wait_for_selector("#map[data-markers='3']")
        assert page.locator("tr.event-row").count() == 3
        page.screenshot(path=str(ARTIFACTS / "dashboard-mli.png"), full_page=True)
        page.click("tr[data-event-id='evt-kayes'] a.event-link")
        page.wait_for_url("**/events/evt-kayes")
        marks = page.locator("mark.evidence")
        assert marks.count() == 2  # the ambush and the army's claim, both linked to the event
        assert marks.first.inner_text() == "Fighters of JNIM ambushed a fuel convoy near Kayes on Monday, killing five drivers."
        assert page.locator("mark.evidence strong.trigger").first.inner_text() == "ambushed"
        background = marks.first.evaluate("el => getComputedStyle(el).backgroundColor")
        assert background == "rgb(253, 230, 138)"
        page.screenshot(path=str(ARTIFACTS / "event-page.png"), full_page=True)
        assert not dialogs and not errors


def test_click_event_on_the_map(base_url):
    with browser_page() as (page, dialogs, errors):
        page.goto(base_url + "/?country=BFA")
        page.wait_for_selector("#map[data-markers='1']")
        page.locator("path.leaflet-interactive").first.click(force=True)
        page.click("a.map-event-link")
        page.wait_for_url("**/events/m-protest")
        assert page.locator("mark.evidence").inner_text().startswith("Hundreds of traders protested")
        assert not errors


def test_malicious_article_executes_nothing(base_url):
    with browser_page() as (page, dialogs, errors):
        for path in ("/", "/?country=MLI", "/events/m-evil", "/articles/art-evil", "/actors"):
            page.goto(base_url + path)
            page.wait_for_load_state("networkidle")
            assert page.evaluate(PWNED) == [None] * 5, path
        # the payload is shown as text, not markup
        page.goto(base_url + "/articles/art-evil")
        assert "<script>window.__pwned_title=1</script>" in page.locator("h1").inner_text()
        assert page.locator("main img").count() == 0
        assert page.locator("a[href^='javascript:']").count() == 0
        page.goto(base_url + "/?country=MLI")
        page.wait_for_selector("#map[data-markers='3']")
        page.locator("path.leaflet-interactive").nth(0).click(force=True)
        page.locator("path.leaflet-interactive").nth(1).click(force=True)
        page.locator("path.leaflet-interactive").nth(2).click(force=True)
        assert page.evaluate(PWNED) == [None] * 5
        page.screenshot(path=str(ARTIFACTS / "dashboard-malicious.png"), full_page=True)
        assert not dialogs
