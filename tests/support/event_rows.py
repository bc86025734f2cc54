"""Hand-written articles, event mentions and events inserted as real rows into a real
SQLite database (built by ``open_database``), for the report, web and export tests.

The texts are written for these tests (a fictional week in Mali and Burkina Faso);
places and coordinates are public facts (GeoNames).
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy.orm import Session

from crisisdesk.store.db import open_database
from crisisdesk.store.models import ArticleRow, EventMentionRow, EventRow

NOW = datetime(2025, 11, 20, 12, 0, tzinfo=timezone.utc)

ARTICLE_A = (
    "Convoy attacked near Kayes\n\n"
    "Fighters of JNIM ambushed a fuel convoy near Kayes on Monday, killing five drivers. "
    "The Malian army said it repelled the attackers. "
    "Officials in Bamako met transport unions on Tuesday."
)
ARTICLE_B = (
    "Protest in Ouagadougou\n\n"
    "Hundreds of traders protested in Ouagadougou on 12 November against fuel prices. "
    "Police dispersed the crowd."
)
MALICIOUS_TITLE = '<script>window.__pwned_title=1</script><img src=x onerror="window.__pwned=1">'
ARTICLE_EVIL = (
    "<script>window.__pwned_text=1</script> Gunmen attacked a checkpoint near Mopti "
    '<img src=x onerror="window.__pwned=1"> on Sunday. '
    '<a href="javascript:window.__pwned_link=1">click</a> for more.'
)


def actor(name, code=None, sector=None, country=None):
    return {"name": name, "code": code, "sector": sector, "country": country, "actor_id": None}


def article_row(article_id, text, title, url, site, published):
    return ArticleRow(
        article_id=article_id, revision=1, is_latest=True, content_hash=article_id * 2,
        url=url, site=site, title=title, published_at=published, published_precision="day",
        fetched_at=published, language="en", text=text, paragraphs=[], source_uri=url,
        metadata_={}, notes=[], stored_at=NOW,
    )


def mention_row(mention_id, article_id, text, sentence, trigger, event_id=None, **fields):
    start = text.index(sentence)
    t_start = text.index(trigger, start)
    base = dict(
        mention_id=mention_id, article_id=article_id, article_revision=1, event_id=event_id,
        event_type="ASSAULT", contexts=[], source_actors=[], target_actors=[],
        status="asserted", evidence=sentence, start_char=start, end_char=start + len(sentence),
        trigger_start=t_start, trigger_end=t_start + len(trigger), confidence=0.8, created_at=NOW,
    )
    base.update(fields)
    return EventMentionRow(**base)


KAYES = dict(place_name="Kayes", geonames_id=2455518, country="MLI", admin1="Kayes",
             lat=14.4469, lon=-11.4456, geo_precision=2)
BAMAKO = dict(place_name="Bamako", geonames_id=2460596, country="MLI", admin1="Bamako",
              lat=12.6392, lon=-8.0029, geo_precision=1)
OUAGA = dict(place_name="Ouagadougou", geonames_id=2357048, country="BFA", admin1="Centre",
             lat=12.3657, lon=-1.5339, geo_precision=1)
MOPTI = dict(place_name="Mopti", geonames_id=2453348, country="MLI", admin1="Mopti",
             lat=14.4843, lon=-4.1827, geo_precision=2)

JNIM = actor("JNIM", "JNIM", "REB")
MALI_ARMY = actor("Malian army", "MLIMIL", "MIL", "MLI")


def build_database(path, consolidated: bool = False, malicious: bool = False):
    """Create a database at ``path`` with two articles and four mentions.

    With ``consolidated``, the two mentions of the Kayes ambush (the JNIM attack and the
    army's response) are linked to one ``events`` row ``evt-kayes``; the others stay
    unconsolidated. With ``malicious``, a third article with script, onerror and
    javascript: payloads in title and text is added with one mention.
    Returns the engine.
    """
    engine = open_database(str(path))
    a_url = "https://news.example.org/2025/11/17/kayes-convoy"
    b_url = "https://wire.example.net/burkina/ouaga-protest"
    rows = [
        article_row("art-a", ARTICLE_A, "Convoy attacked near Kayes", a_url, "news.example.org",
                    datetime(2025, 11, 18, 9, 0, tzinfo=timezone.utc)),
        article_row("art-b", ARTICLE_B, "Protest in Ouagadougou", b_url, "wire.example.net",
                    datetime(2025, 11, 13, 9, 0, tzinfo=timezone.utc)),
    ]
    s1 = "Fighters of JNIM ambushed a fuel convoy near Kayes on Monday, killing five drivers."
    s2 = "The Malian army said it repelled the attackers."
    s3 = "Officials in Bamako met transport unions on Tuesday."
    s4 = "Hundreds of traders protested in Ouagadougou on 12 November against fuel prices."
    event_id = "evt-kayes" if consolidated else None
    rows += [
        mention_row("m-ambush", "art-a", ARTICLE_A, s1, "ambushed", event_id=event_id,
                    cameo_code="190", quad_class=4, goldstein=-10.0,
                    acled_event_type="Violence against civilians", acled_sub_event_type="Attack",
                    source_actors=[JNIM], target_actors=[actor("truck drivers", None, "CVL")],
                    event_date=date(2025, 11, 17), time_precision="day",
                    fatalities_min=5, fatalities_max=5, fatalities_whose="drivers",
                    confidence=0.9, **KAYES),
        mention_row("m-repel", "art-a", ARTICLE_A, s2, "repelled", event_id=event_id,
                    cameo_code="190", quad_class=4, goldstein=-10.0,
                    acled_event_type="Battles", acled_sub_event_type="Armed clash",
                    source_actors=[MALI_ARMY], target_actors=[JNIM], status="claimed",
                    claimed_by="Malian army", event_date=date(2025, 11, 17),
                    time_precision="day", confidence=0.6, **KAYES),
        mention_row("m-meet", "art-a", ARTICLE_A, s3, "met", event_type="CONSULT",
                    cameo_code="040", quad_class=1, goldstein=1.0,
                    source_actors=[actor("Malian government", "MLIGOV", "GOV", "MLI")],
                    target_actors=[actor("transport unions", None, "LAB")],
                    event_date=date(2025, 11, 18), time_precision="day", **BAMAKO),
        mention_row("m-protest", "art-b", ARTICLE_B, s4, "protested", event_type="PROTEST",
                    mode="demo", cameo_code="141", quad_class=3, goldstein=-6.5,
                    acled_event_type="Protests", acled_sub_event_type="Peaceful protest",
                    source_actors=[actor("traders", None, "BUS")], target_actors=[],
                    event_date=date(2025, 11, 12), time_precision="day", **OUAGA),
    ]
    if malicious:
        rows.append(article_row("art-evil", ARTICLE_EVIL, MALICIOUS_TITLE,
                                "javascript:window.__pwned_url=1", "evil.example",
                                datetime(2025, 11, 16, 9, 0, tzinfo=timezone.utc)))
        s5 = ARTICLE_EVIL[: ARTICLE_EVIL.index(" on Sunday.") + len(" on Sunday.")]
        rows.append(mention_row("m-evil", "art-evil", ARTICLE_EVIL, s5, "attacked",
                                source_actors=[actor('<img src=x onerror="window.__pwned=1">')],
                                target_actors=[actor("checkpoint guards", None, "MIL")],
                                acled_event_type="Battles", acled_sub_event_type="Armed clash",
                                event_date=date(2025, 11, 16), time_precision="day", **MOPTI))
    with Session(engine) as session:
        if consolidated:
            session.add(EventRow(
                event_id="evt-kayes", event_type="ASSAULT", cameo_code="190", quad_class=4,
                goldstein=-10.0, acled_event_type="Violence against civilians",
                acled_sub_event_type="Attack", source_actors=[JNIM],
                target_actors=[actor("truck drivers", None, "CVL")], status="asserted",
                event_date=date(2025, 11, 17), time_precision="day",
                fatalities_min=5, fatalities_max=7, num_mentions=2, num_articles=1,
                num_sources=1, first_reported_at=datetime(2025, 11, 18, 9, 0, tzinfo=timezone.utc),
                disagreements={"fatalities": [5, 7]}, updated_at=NOW, **KAYES,
            ))
            session.flush()
        session.add_all(rows)
        session.commit()
    return engine


ARTICLE_D = (
    "Calm week in Ségou\n\n"
    "Residents of Ségou said no attack on the road to Markala was reported on Tuesday. "
    "Traders reopened the market."
)
SEGOU = dict(place_name="Ségou", geonames_id=2451185, country="MLI", admin1="Ségou",
             lat=13.4317, lon=-6.2157, geo_precision=1)


def add_negated_segou_mention(engine):
    """Add an article with one NEGATED ASSAULT mention ("no attack ... was reported")
    dated Tuesday 18 November 2025 in Ségou (admin1 spelt with its accent), by JNIM.
    Returns its mention id, ``m-negated``."""
    sentence = "Residents of Ségou said no attack on the road to Markala was reported on Tuesday."
    with Session(engine) as session:
        session.add(article_row("art-d", ARTICLE_D, "Calm week in Ségou", "https://news.example.org/segou",
                                "news.example.org", datetime(2025, 11, 19, 9, 0, tzinfo=timezone.utc)))
        session.add(mention_row("m-negated", "art-d", ARTICLE_D, sentence, "attack", status="negated",
                                source_actors=[JNIM], target_actors=[], cameo_code="190", quad_class=4,
                                acled_event_type="Battles", acled_sub_event_type="Armed clash",
                                event_date=date(2025, 11, 18), time_precision="day", **SEGOU))
        session.commit()
    return "m-negated"
