"""Consolidation of news-style reports through the real pipeline (annotation, coding,
storage, consolidation). Every article here was written for these tests.

- two reports of one attack by opposing claimants: a jihadist group's claim ("an army
  post near Niono", 11 soldiers killed) and the army's account ("its post at Siribala,
  20 km from Niono", 4 soldiers killed);
- two villages the gazetteer lacks, each placed at Bankass by its text, attacked the
  same day;
- one town on two days: attacks on one Bandiagara checkpoint on Sunday 2 and Wednesday
  5 November 2025 and raids on one Ménaka market on Monday 10 and Thursday 13 November,
  each told by an undated report on its day; and one incident in Kati told undated on
  two consecutive days.
"""

import io
import json
from datetime import datetime, timezone

import pytest
from sqlalchemy import text

from crisisdesk.pipeline import RunOptions, run
from crisisdesk.sources import iter_raw_documents
from crisisdesk.store.db import open_database

FETCHED = datetime(2025, 11, 20, tzinfo=timezone.utc)

ARTICLES = [
    # opposing claimants, one attack (Wednesday 12 November 2025)
    ("niono-claim", "sahel-wire.example", "2025-11-12T10:00:00+00:00", "JNIM claims attack on army post near Niono",
     "The al-Qaeda affiliate JNIM claimed on Wednesday an attack on an army post near Niono in central Mali, "
     "saying its fighters killed 11 soldiers."),
    ("siribala-army", "bamako-daily.example", "2025-11-12T16:00:00+00:00", "Army repels attack on Siribala post",
     "The Malian army said on Wednesday that terrorists attacked its post at Siribala, 20 km from Niono, "
     "killing four soldiers. The army said it repelled the assailants."),
    # two villages placed at one anchor town, the same day
    ("bankass-v1", "sahel-wire.example", "2025-11-11T12:00:00+00:00", "Village attacked near Bankass",
     "Gunmen attacked the village of Nawaldé (Bankass, Mopti) on Monday, killing three civilians, local sources said."),
    ("bankass-v2", "westafrica-monitor.example", "2025-11-11T15:00:00+00:00", "Another village attacked near Bankass",
     "Gunmen attacked the village of Djibassogou (Bankass, Mopti) on Monday, killing two civilians, "
     "a local official said."),
    # one checkpoint attacked on two days
    ("checkpoint-sun", "sahel-wire.example", "2025-11-02T18:00:00+00:00", "Checkpoint attacked in Bandiagara",
     "Gunmen attacked an army checkpoint in Bandiagara, killing two soldiers, security sources said."),
    ("checkpoint-sun-next", "bamako-daily.example", "2025-11-03T09:00:00+00:00", "Two soldiers killed in Bandiagara",
     "Gunmen attacked an army checkpoint in Bandiagara on Sunday, killing two soldiers."),
    ("checkpoint-wed", "sahel-wire.example", "2025-11-05T17:00:00+00:00", "New attack on Bandiagara checkpoint",
     "Gunmen attacked an army checkpoint in Bandiagara, killing three soldiers, the army said."),
    # one market raided on two days
    ("market-mon", "sahel-wire.example", "2025-11-10T16:00:00+00:00", "Market raided in Ménaka",
     "Gunmen on motorbikes raided the livestock market in Ménaka, killing four civilians, local officials said."),
    ("market-thu", "westafrica-monitor.example", "2025-11-13T15:00:00+00:00", "Ménaka market raided again",
     "Armed men on motorcycles stormed the cattle market of Ménaka and killed six civilians, residents said."),
    # one incident told undated on two consecutive days
    ("kati-1", "bamako-daily.example", "2025-11-08T14:00:00+00:00", "Police station attacked in Kati",
     "Unidentified gunmen attacked a police station in Kati, wounding three police officers."),
    ("kati-2", "sahel-observer.example", "2025-11-09T10:00:00+00:00", "Kati police station attack",
     "Three police officers were wounded when gunmen attacked a police station in Kati, police said."),
]


@pytest.fixture(scope="module")
def events_by_article(tmp_path_factory):
    """Run the articles; return {article key: set of ASSAULT event ids of its mentions}
    and the event rows by id."""
    directory = tmp_path_factory.mktemp("news")
    for key, site, published, title, body in ARTICLES:
        item = {"url": f"https://{site}/2025/11/{key}", "title": title, "site": site, "published": published,
                "text": body}
        (directory / f"{key}.json").write_text(json.dumps(item), encoding="utf-8")
    engine = open_database(str(directory / "news.db"))
    options = RunOptions(fetched_at=FETCHED)
    run(iter_raw_documents([str(directory)], fetched_at=FETCHED), engine, options, progress=False, err=io.StringIO())
    with engine.connect() as connection:
        rows = connection.execute(text(
            "select a.url, m.event_id from event_mentions m join articles a on a.article_id = m.article_id "
            "where m.event_type = 'ASSAULT' and m.place_name is not null and m.geo_precision <= 2")).all()
        events = {row.event_id: row for row in connection.execute(text("select * from events"))}
    found: dict[str, set[str]] = {}
    for url, event_id in rows:
        found.setdefault(url.rsplit("/", 1)[1], set()).add(event_id)
    return found, events


def test_a_claim_and_the_other_sides_report_of_one_attack_are_one_event_with_both_tolls(events_by_article):
    found, events = events_by_article
    assert found["niono-claim"] == found["siribala-army"] and len(found["niono-claim"]) == 1
    event = events[next(iter(found["niono-claim"]))]
    assert event.place_name == "Siribala Coro"
    # competing claims of the same victims: a range (the situation counts its lowest), not 15
    assert (event.fatalities_min, event.fatalities_max) == (4, 11)
    by_source = json.loads(event.disagreements)["fatalities_by_source"]
    assert [row[0] for row in by_source] == ["11", "4"] and {row[1] for row in by_source} == {"soldiers"}


def test_two_villages_placed_at_one_town_stay_two_events(events_by_article):
    found, _ = events_by_article
    assert found["bankass-v1"] and found["bankass-v2"] and not found["bankass-v1"] & found["bankass-v2"]


def test_one_town_on_two_days_gives_two_events_and_an_undated_follow_up_joins(events_by_article):
    found, _ = events_by_article
    assert found["checkpoint-sun"] == found["checkpoint-sun-next"]  # Sunday, told twice
    assert not found["checkpoint-wed"] & found["checkpoint-sun"]  # Wednesday's attack
    assert not found["market-mon"] & found["market-thu"]
    assert found["kati-1"] == found["kati-2"]
