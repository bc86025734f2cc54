"""The JSON API over a real SQLite file: every endpoint, filters, pagination, 404s,
422s with clear messages, the write token, the security headers and a valid OpenAPI
schema."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from openapi_spec_validator import validate

from crisisdesk.web.app import create_app
from tests.support.event_rows import build_database

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return build_database(tmp_path_factory.mktemp("api") / "events.db", consolidated=True, malicious=True)


@pytest.fixture(scope="module")
def client(engine):
    return TestClient(create_app(engine))


@pytest.fixture(scope="module")
def writer(engine):
    return TestClient(create_app(engine, token=TOKEN))


def ids(response):
    return [e["event_id"] for e in response.json()["items"]]


def test_events_list_newest_first_with_total(client):
    r = client.get("/api/events")
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == 4 and body["limit"] == 50 and body["offset"] == 0
    assert ids(r) == ["m-meet", "evt-kayes", "m-evil", "m-protest"]


@pytest.mark.parametrize("query, expected", [
    ("country=BFA", ["m-protest"]),
    ("country=mli&admin1=kayes", ["evt-kayes"]),
    ("actor=jnim", ["evt-kayes"]),
    ("actor=MLIGOV", ["m-meet"]),
    ("type=PROTEST", ["m-protest"]),
    ("type=Armed clash", ["m-evil"]),
    ("type=Violence against civilians", ["evt-kayes"]),
    ("type=04", ["m-meet"]),
    ("status=asserted&country=MLI", ["m-meet", "evt-kayes", "m-evil"]),
    ("since=2025-11-17", ["m-meet", "evt-kayes"]),
    ("until=2025-11-12", ["m-protest"]),
    ("since=2025-11-13&until=2025-11-16", ["m-evil"]),
    ("q=traders", ["m-protest"]),
    ("q=100%25", []),
    ("country=&since=&q=", ["m-meet", "evt-kayes", "m-evil", "m-protest"]),
])
def test_event_filters(client, query, expected):
    r = client.get(f"/api/events?{query}")
    assert r.status_code == 200, r.text
    assert ids(r) == expected and r.json()["total"] == len(expected)


def test_pagination_windows_and_total(client):
    first = client.get("/api/events?limit=2")
    second = client.get("/api/events?limit=2&offset=2")
    beyond = client.get("/api/events?limit=2&offset=10")
    assert ids(first) == ["m-meet", "evt-kayes"] and first.json()["total"] == 4
    assert ids(second) == ["m-evil", "m-protest"] and second.json()["offset"] == 2
    assert ids(beyond) == [] and beyond.json()["total"] == 4


@pytest.mark.parametrize("query, words", [
    ("limit=0", ["limit", "greater than or equal to 1"]),
    ("limit=501", ["limit", "less than or equal to 500"]),
    ("offset=-1", ["offset", "greater than or equal to 0"]),
    ("limit=abc", ["limit", "valid integer"]),
    ("country=Atlantis", ["unknown country", "Atlantis"]),
    ("status=rumoured", ["unknown status", "rumoured"]),
    ("since=yesterday", ["since", "30d"]),
    ("since=2025-12-01&until=2025-11-01", ["after"]),
    # an unknown code or type matched nothing, silently (200, no items)
    ("country=XXX", ["unknown country", "XXX"]),
    ("type=Battle", ["unknown event type", "Battle"]),
])
def test_bad_parameters_give_422_with_a_clear_message(client, query, words):
    r = client.get(f"/api/events?{query}")
    assert r.status_code == 422
    text = r.text
    for word in words:
        assert word in text, (word, text)


def test_country_filter_takes_a_name_as_the_command_line_does(client):
    # s12-tester: "country=Mali" gave 422 "must be an ISO 3166-1 alpha-3 code" while the
    # command line took it, and "country=XXX" answered "give ... a name (Mali)"
    by_code = client.get("/api/events?country=MLI")
    for value in ("Mali", "mali", "ML"):
        r = client.get(f"/api/events?country={value}")
        assert r.status_code == 200, (value, r.text)
        assert r.json()["items"] == by_code.json()["items"] and r.json()["total"] > 0


def test_event_detail_lists_every_mention_with_context(client):
    r = client.get("/api/events/evt-kayes")
    assert r.status_code == 200
    body = r.json()
    assert body["event"]["fatalities_min"] == 5 and body["event"]["fatalities_max"] == 7
    mentions = body["mentions"]
    assert [m["mention_id"] for m in mentions] == ["m-ambush", "m-repel"]
    assert mentions[1]["status"] == "claimed" and mentions[1]["claimed_by"] == "Malian army"
    assert mentions[0]["context_before"].endswith("Convoy attacked near Kayes\n\n")
    assert mentions[0]["context_after"].startswith(" The Malian army said")
    single = client.get("/api/events/m-protest").json()
    assert single["event"]["kind"] == "mention" and len(single["mentions"]) == 1


@pytest.mark.parametrize("path", ["/api/events/nope", "/api/articles/nope", "/api/actors/Nobody"])
def test_unknown_ids_give_404(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert path.rsplit("/", 1)[1] in r.json()["detail"]


def test_linked_mentions_are_not_listed_twice(client):
    # m-ambush and m-repel belong to evt-kayes: they appear only inside it
    all_ids = ids(client.get("/api/events?limit=500"))
    assert "m-ambush" not in all_ids and "m-repel" not in all_ids


def test_articles_list_and_detail(client):
    r = client.get("/api/articles?limit=2")
    body = r.json()
    assert body["total"] == 3 and [a["article_id"] for a in body["items"]] == ["art-a", "art-evil"]
    assert body["items"][0]["num_mentions"] == 3
    detail = client.get("/api/articles/art-a").json()
    assert detail["text"].startswith("Convoy attacked near Kayes")
    for m in detail["mentions"]:
        assert detail["text"][m["start_char"]:m["end_char"]] == m["evidence"]


def test_actors_list_and_detail(client):
    body = client.get("/api/actors").json()
    jnim = next(a for a in body["items"] if a["name"] == "JNIM")
    assert (jnim["as_source"], jnim["as_target"], jnim["events"]) == (1, 0, 1)
    assert body["total"] == 7
    page = client.get("/api/actors?limit=2&offset=1").json()
    assert len(page["items"]) == 2 and page["total"] == 7
    detail = client.get("/api/actors/jnim").json()
    assert detail["actor"]["name"] == "JNIM" and [e["event_id"] for e in detail["events"]["items"]] == ["evt-kayes"]


def test_timeline_and_facets(client):
    t = client.get("/api/timeline?country=MLI").json()
    assert t["unit"] == "week" and t["periods"] == ["2025-11-10", "2025-11-17"]
    assert t["labels"] == ["2025-W46", "2025-W47"]
    assert t["series"] == {"ASSAULT": [1, 1], "CONSULT": [0, 1]}
    svg = client.get("/api/timeline.svg")
    assert svg.headers["content-type"].startswith("image/svg+xml") and "<svg" in svg.text
    assert "Events per week by type" in svg.text  # 12-18 Nov 2025: by ISO week (at most 16 columns)
    f = client.get("/api/facets").json()
    assert f["country"] == [["MLI", 3], ["BFA", 1]]
    assert ["asserted", 4] in f["status"]


def test_status_reports_last_update_and_read_only(client, writer):
    s = client.get("/api/status").json()
    assert s["last_updated"].startswith("2025-11-20T12:00:00") and s["events"] == 4 and s["read_only"] is True
    assert writer.get("/api/status").json()["read_only"] is False


ARTICLE = {"text": "Gunmen attacked a market in Gao on Friday.", "title": "Attack in Gao"}


@pytest.mark.parametrize("path", ["/api/articles", "/articles"])
def test_writes_refused_without_the_token(client, writer, path):
    r = client.post(path, json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403 and "read-only" in r.json()["detail"]
    r = writer.post(path, json=ARTICLE)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    r = writer.post(path, json=ARTICLE, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 403 and r.json()["detail"] == "wrong token"
    r = writer.post(path, json={"text": ""}, headers={"X-Crisisdesk-Token": "wrong"})
    assert r.status_code == 403  # the token is checked before the body


def test_security_headers_on_pages_and_api(client):
    for path in ("/", "/api/events", "/events/evt-kayes"):
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"


def test_pages_escape_untrusted_text(client):
    html = client.get("/articles/art-evil").text
    assert "<script>window" not in html and "&lt;script&gt;window.__pwned_title=1&lt;/script&gt;" in html
    assert 'onerror="window' not in html
    assert 'href="javascript:' not in html
    dash = client.get("/?country=MLI").text
    assert "<img src=x" not in dash and "&lt;img src=x onerror=" in dash


def test_html_pages_and_404_page(client):
    assert client.get("/").status_code == 200
    assert client.get("/events/evt-kayes").status_code == 200
    assert client.get("/articles/art-a").status_code == 200
    assert client.get("/actors").status_code == 200
    assert client.get("/actors/JNIM").status_code == 200
    r = client.get("/events/does-not-exist")
    assert r.status_code == 404 and "does-not-exist" in r.text
    docs = client.get("/docs").text
    assert "/api/events" in docs and "limit" in docs


def test_openapi_schema_is_valid(client):
    schema = client.get("/openapi.json").json()
    validate(schema)
    paths = set(schema["paths"])
    assert {"/api/events", "/api/events/{event_id}", "/api/articles", "/api/articles/{article_id}",
            "/api/actors", "/api/actors/{name}", "/api/timeline", "/api/facets", "/api/status"} <= paths
    assert "post" in schema["paths"]["/api/articles"]


def test_vendor_assets_served_and_unknown_refused(client):
    assert client.get("/vendor/leaflet.js").status_code == 200
    assert client.get("/vendor/..%2Fpackage.json").status_code == 404


def test_ingest_with_the_token_stores_the_article_once(tmp_path):
    engine = build_database(tmp_path / "ingest.db")
    writer = TestClient(create_app(engine, token=TOKEN))
    body = {"text": "Gunmen attacked a market in Gao on Friday, residents said.\n\n"
                    "The army sent reinforcements to the town on Saturday.",
            "title": "Market attacked in Gao", "url": "https://news.example.org/gao-market",
            "published_at": "2025-11-21T08:00:00Z"}
    r = writer.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 201, r.text
    article_id = r.json()["article_id"]
    stored = writer.get(f"/api/articles/{article_id}").json()
    assert stored["title"] == "Market attacked in Gao"
    assert stored["text"].startswith("Gunmen attacked a market in Gao")
    assert stored["url"] == "https://news.example.org/gao-market"
    # re-posting the same article changes nothing
    again = writer.post("/articles", json=body, headers={"X-Crisisdesk-Token": TOKEN})
    assert again.status_code == 201 and again.json()["article_id"] == article_id
    assert writer.get("/api/articles").json()["total"] == 3


def test_ingest_keeps_a_date_only_publication_day_at_day_precision(tmp_path):
    """"published_at": "2025-11-21" is a day: stored with published_precision "day",
    a timestamp with "second". Before, pydantic read the date as midnight and the
    article was stored at second precision and listed as "2025-11-21 00:00Z"."""
    engine = build_database(tmp_path / "day.db")
    writer = TestClient(create_app(engine, token=TOKEN))
    headers = {"Authorization": f"Bearer {TOKEN}"}
    text = "Gunmen attacked a market in Gao on Friday, residents said, and burned several shops."
    for url, published in (("https://news.example.org/day", "2025-11-21"),
                           ("https://news.example.org/stamp", "2025-11-21T08:00:00Z")):
        r = writer.post("/api/articles", json={"text": text, "url": url, "published_at": published}, headers=headers)
        assert r.status_code == 201, r.text
    with engine.connect() as conn:
        rows = dict(conn.exec_driver_sql("select url, published_precision from articles").fetchall())
    assert rows["https://news.example.org/day"] == "day"
    assert rows["https://news.example.org/stamp"] == "second"
    r = writer.post("/api/articles", json={"text": text, "published_at": "2025-13-45"}, headers=headers)
    assert r.status_code == 422 and "published_at" in r.text


def test_ingest_rejects_unusable_text_with_422(tmp_path):
    writer = TestClient(create_app(build_database(tmp_path / "rej.db"), token=TOKEN))
    r = writer.post("/api/articles", json={"text": "   \n  "}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 422 and "rejected" in r.text


# ---------------------------------------------------------------- one actor, two names; long periods; place cues

FAMA = {"name": "Malian Armed Forces", "actor_id": "fama", "code": "MLIMIL", "sector": "MIL", "country": "MLI"}
MALI_MIL = {"name": "Mali MIL", "code": "MLIMIL", "sector": "MIL", "country": "MLI"}  # coded, no dictionary id
ARTICLE_C = ("Army strikes in central Mali\n\n"
             "Malian troops struck a JNIM camp at Kerena near the town of Mopti on 10 March. "
             "Soldiers again clashed with JNIM fighters at Dounbala on 2 June.")


@pytest.fixture(scope="module")
def wide_client(tmp_path_factory):
    """The test database plus an article from March and June 2025 with two mentions
    naming the Malian army two ways, one placed by an anchor, one inferred."""
    from datetime import date, datetime, timezone

    from sqlalchemy.orm import Session

    from tests.support.event_rows import JNIM, article_row, mention_row

    engine = build_database(tmp_path_factory.mktemp("wide") / "events.db", consolidated=True)
    s1, s2 = ARTICLE_C.split("\n\n")[1].split(". ")
    s1 += "."
    anchor_at = ARTICLE_C.index("near the town of Mopti")
    anchored = {"name": "Kerena", "geo_precision": 2, "country": "MLI", "admin1": "Mopti",
                "lat": 14.4843, "lon": -4.1827, "inferred": False,
                "anchor": {"start": anchor_at, "end": anchor_at + 22, "text": "near the town of Mopti"}}
    guessed = {"name": "Dounbala", "geo_precision": 4, "country": "MLI", "inferred": True, "anchor": None}
    with Session(engine) as session:
        session.add(article_row("art-c", ARTICLE_C, "Army strikes in central Mali", "https://news.example.org/c",
                                "news.example.org", datetime(2025, 6, 3, 9, 0, tzinfo=timezone.utc)))
        session.add(mention_row("m-march", "art-c", ARTICLE_C, s1, "struck", source_actors=[FAMA],
                                target_actors=[JNIM], event_date=date(2025, 3, 10), time_precision="day",
                                place_name="Kerena", place=anchored, country="MLI", admin1="Mopti",
                                lat=14.4843, lon=-4.1827, geo_precision=2))
        session.add(mention_row("m-june", "art-c", ARTICLE_C, s2, "clashed", source_actors=[MALI_MIL],
                                target_actors=[JNIM], event_date=date(2025, 6, 2), time_precision="day",
                                place_name="Dounbala", place=guessed, country="MLI", geo_precision=4))
        session.commit()
    return TestClient(create_app(engine))


def test_actor_named_two_ways_is_one_actor(wide_client):
    """QA: the API counted actors by name, so "Mali MIL" (a coded name with the code
    MLIMIL) and "Malian Armed Forces" (the dictionary actor with that code) were two
    actors; they are one, as in the actor network."""
    items = wide_client.get("/api/actors?limit=500").json()["items"]
    names = [a["name"] for a in items]
    assert "Mali MIL" not in names
    fama = next(a for a in items if a["name"] == "Malian Armed Forces")
    assert (fama["key"], fama["code"], fama["as_source"], fama["as_target"], fama["events"]) == (
        "id:fama", "MLIMIL", 2, 0, 2)
    assert sorted(fama["names"]) == ["Mali MIL", "Malian Armed Forces"]
    jnim = next(a for a in items if a["name"] == "JNIM")
    assert (jnim["as_source"], jnim["as_target"], jnim["events"]) == (1, 2, 3)
    detail = wide_client.get("/api/actors/mali mil").json()  # any of its names finds it
    assert detail["actor"]["name"] == "Malian Armed Forces"
    assert [e["event_id"] for e in detail["events"]["items"]] == ["m-june", "m-march"]
    assert detail["events"]["total"] == 2
    second = wide_client.get("/api/actors/Malian Armed Forces?limit=1&offset=1").json()["events"]
    assert [e["event_id"] for e in second["items"]] == ["m-march"] and second["total"] == 2
    assert wide_client.get("/actors/Mali MIL").status_code == 200


def test_timeline_json_switches_unit_on_long_periods_and_takes_one(wide_client):
    """QA: /api/timeline was always weekly (37 weekly columns from March to November);
    it now uses the report's rule (months here, at most 16 periods) and says its unit;
    ``unit`` asks for one."""
    t = wide_client.get("/api/timeline").json()
    assert t["unit"] == "month"
    assert t["labels"] == [f"2025-{m:02d}" for m in range(3, 12)]
    assert t["periods"][0] == "2025-03-01" and t["periods"][-1] == "2025-11-01"
    assert t["series"]["ASSAULT"] == [1, 0, 0, 1, 0, 0, 0, 0, 1]
    weekly = wide_client.get("/api/timeline?unit=week").json()
    assert weekly["unit"] == "week" and len(weekly["periods"]) == 37
    assert weekly["periods"][0] == "2025-03-10" and sum(weekly["series"]["ASSAULT"]) == 3
    yearly = wide_client.get("/api/timeline?unit=year").json()
    assert yearly["labels"] == ["2025"] and yearly["series"]["ASSAULT"] == [3]
    svg = wide_client.get("/api/timeline.svg").text
    assert "Events per month by type" in svg
    bad = wide_client.get("/api/timeline?unit=fortnight")
    assert bad.status_code == 422 and "unit" in bad.text


def test_event_json_shows_place_anchor_and_inference(wide_client):
    """QA: the API did not show Place.anchor (the cue that tied an unknown village to a
    known town) nor Place.inferred (country guessed from the article)."""
    march = wide_client.get("/api/events/m-march").json()["event"]
    assert (march["place_name"], march["place_anchor"], march["place_inferred"]) == (
        "Kerena", "near the town of Mopti", False)
    june = wide_client.get("/api/events/m-june").json()["event"]
    assert (june["place_anchor"], june["place_inferred"], june["geo_precision"]) == (None, True, 4)
    kayes = wide_client.get("/api/events/evt-kayes").json()["event"]  # place JSON not stored in the test rows
    assert (kayes["place_anchor"], kayes["place_inferred"]) == (None, None)


# ---------------------------------------------------------------- statuses counted, accents, deprecated weeks, one read

@pytest.fixture(scope="module")
def negated_engine(tmp_path_factory):
    """The test database plus one NEGATED ASSAULT by JNIM in Ségou on 18 Nov 2025."""
    from tests.support.event_rows import add_negated_segou_mention

    engine = build_database(tmp_path_factory.mktemp("negated") / "events.db", consolidated=True)
    add_negated_segou_mention(engine)
    return engine


@pytest.fixture(scope="module")
def negated_client(negated_engine):
    return TestClient(create_app(negated_engine))


def test_timeline_counts_only_events_that_happened(negated_client):
    """The negated "no attack was reported" is not an event of week 47: ASSAULT stays
    [1] (the API counted every status: [2]), as the report and ``situation``."""
    t = negated_client.get("/api/timeline?country=MLI").json()
    assert t["labels"] == ["2025-W47"] and t["series"] == {"ASSAULT": [1], "CONSULT": [1]}
    # the event itself is still listed, with its status
    listed = negated_client.get("/api/events?status=negated").json()["items"]
    assert [e["event_id"] for e in listed] == ["m-negated"]


def test_admin1_filter_is_accent_insensitive_as_the_cli(negated_client):
    for spelling in ("Segou", "SEGOU", "ségou", "Ségou"):
        assert ids(negated_client.get(f"/api/events?admin1={spelling}")) == ["m-negated"], spelling
    assert ids(negated_client.get("/api/events?admin1=Nowhere")) == []
    facets = negated_client.get("/api/facets?admin1=segou").json()
    assert facets["admin1"] == [["Ségou", 1]]
    page = negated_client.get("/?admin1=Segou")
    assert page.status_code == 200
    assert '<option value="Ségou" selected>' in page.text and "Residents of Ségou" in page.text


def test_timeline_keeps_weeks_as_a_deprecated_alias(negated_client, wide_client):
    weekly = negated_client.get("/api/timeline?country=MLI").json()
    assert weekly["unit"] == "week" and weekly["weeks"] == ["2025-W47"] == weekly["labels"]
    monthly = wide_client.get("/api/timeline").json()
    assert monthly["unit"] == "month" and monthly["weeks"] is None
    field = negated_client.get("/openapi.json").json()["components"]["schemas"]["TimelineOut"]["properties"]["weeks"]
    assert field.get("deprecated") is True


def test_actor_page_reads_the_events_once(negated_engine, negated_client):
    """``/api/actors/{name}`` read every event four times (identities and tally to find
    the actor, identities and page for its events); now once."""
    from sqlalchemy import event

    reads = []

    def count(conn, cursor, statement, parameters, context, executemany):
        if "events_view" in statement:
            reads.append(statement)

    event.listen(negated_engine, "before_cursor_execute", count)
    try:
        detail = negated_client.get("/api/actors/jnim").json()
    finally:
        event.remove(negated_engine, "before_cursor_execute", count)
    assert len(reads) == 1
    assert detail["actor"]["name"] == "JNIM" and detail["actor"]["events"] == 2
    assert [e["event_id"] for e in detail["events"]["items"]] == ["m-negated", "evt-kayes"]
    assert negated_client.get("/api/actors/nobody").status_code == 404
    page = negated_client.get("/actors/JNIM")
    assert page.status_code == 200 and "m-negated" in page.text


def test_the_events_table_shows_an_asserted_events_claimant_as_per_not_by():
    # an event merged from a claim and a plain report is asserted: "asserted / by the army"
    # read as a claim the status denies
    from types import SimpleNamespace

    from crisisdesk.web.app import template_environment

    def row(status, claimed_by=None, reported_by=None):  # noqa: ANN001, ANN202
        return SimpleNamespace(event_id="e1", event_date="2025-11-27", time_precision="day", event_type="ASSAULT",
                               acled_sub_event_type="Armed clash", source_actors=[], target_actors=[],
                               place_name="Gao", country="MLI", admin1="Gao", status=status,
                               claimed_by=claimed_by, reported_by=reported_by, fatalities_text="",
                               evidence="", num_articles=1)

    table = template_environment().get_template("_macros.html").module.events_table
    assert '<span class="muted">per the army</span>' in str(table([row("asserted", claimed_by="The army")]))
    assert '<span class="muted">claimed by JNIM</span>' in str(table([row("claimed", claimed_by="JNIM")]))
    assert '<span class="muted">per local sources</span>' in str(table([row("asserted", reported_by="local sources")]))


def test_unknown_query_parameter_is_422_naming_it(client):
    # FastAPI ignored it: ?text= (the command line's --text; the API's is q) returned every event
    r = client.get("/api/events", params={"text": "drone"})
    assert r.status_code == 422
    assert "unknown query parameter(s) 'text'" in r.json()["detail"]
    assert "q" in r.json()["detail"].split("takes ", 1)[1] and "words of the evidence sentence are q" in r.json()["detail"]
    r = client.get("/api/actors", params={"contry": "MLI", "limit": 2})
    assert r.status_code == 422 and "'contry'" in r.json()["detail"] and "limit" in r.json()["detail"]
    assert client.get("/api/events", params={"country": "MLI", "q": "x", "limit": 1, "status": ["asserted"]}).status_code == 200
    assert client.get("/api/status").status_code == 200
