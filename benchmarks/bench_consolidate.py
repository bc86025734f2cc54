"""Benchmark: consolidating 100,000 event mentions into events.

Generates a synthetic but realistic load (seeded): incidents over three
years in Mali, Burkina Faso and Niger, each reported by 1-12 articles (mean about 4) with
varied place precision (town, near town, admin1), generic or named actors, death tolls
that disagree, and a share of week-precision dates; stores articles and mentions in a
SQLite file, then times ``consolidate.update`` (the incremental path the pipeline uses, on
an empty events table) and the pure in-memory ``consolidate``. Prints timings, events
produced, and the purity of the result against the generated truth (false merges: share
of incidents that share an event with another incident; splits: incidents spread over
more than one event).

With ``--incremental N`` the last N articles (by publication) are left out of the bulk
update and then added the way ``crisisdesk run`` adds them, 50 articles a transaction
(``consolidate_stored``), each hashed into the persisted near-duplicate index: the time
per batch shows that a new article costs the same whatever the size of the store.

Usage: ``PYTHONPATH=src python benchmarks/bench_consolidate.py [--mentions 100000] [--incremental 2000]``
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from crisisdesk.consolidate import BATCH_ARTICLES, consolidate_stored, update
from crisisdesk.consolidate.near_duplicates import band_rows
from crisisdesk.consolidate.events import ArticleInfo, consolidate
from crisisdesk.consolidate.rows import mention_to_row
from crisisdesk.records import ActorRef, Count, EventMention, Evidence, Place
from crisisdesk.store.db import open_database
from crisisdesk.store.models import ArticleBandRow, ArticleRow, EventMentionRow

COUNTRIES = {  # alpha-3: (lat range, lon range, admin1 names)
    "MLI": ((10.5, 17.0), (-11.0, 1.0), ["Kayes", "Koulikoro", "Sikasso", "Segou", "Mopti", "Timbuktu", "Gao"]),
    "BFA": ((10.0, 14.5), (-5.0, 1.5), ["Sahel", "Nord", "Est", "Centre-Nord", "Boucle du Mouhoun"]),
    "NER": ((12.0, 17.0), (0.5, 8.0), ["Tillaberi", "Tahoua", "Dosso", "Maradi", "Diffa"]),
}
GROUPS = [("JNIM", "jnim", "REB"), ("ISSP", "issp", "REB"), ("Malian army", "mali-armed-forces", "MIL"),
          ("Dozo militia", "dozo", "MIL"), ("Africa Corps", "africa-corps", "MIL")]
TYPES = [("ASSAULT", "Violence against civilians", "Attack"), ("ASSAULT", "Battles", "Armed clash"),
         ("COERCE", "Violence against civilians", "Abduction/forced disappearance"),
         ("PROTEST", "Protests", "Peaceful protest")]
START = date(2023, 1, 1)
DAYS = 3 * 365


def _incident(rng: random.Random, i: int) -> dict:
    country = rng.choice(list(COUNTRIES))
    (la0, la1), (lo0, lo1), admins = COUNTRIES[country]
    src, tgt = rng.sample(GROUPS, 2)
    return dict(
        i=i, country=country, admin1=rng.choice(admins), lat=rng.uniform(la0, la1), lon=rng.uniform(lo0, lo1),
        day=START + timedelta(days=rng.randrange(DAYS)), type=rng.choice(TYPES), src=src, tgt=tgt,
        deaths=rng.choice([0, 0, 1, 2, 3, 5, 8, 12]),
    )


def _mention(rng: random.Random, inc: dict, article_id: str, k: int) -> EventMention:
    precision = rng.choices([1, 2, 3], weights=[6, 3, 1])[0]
    jitter = 0.0 if precision == 1 else rng.uniform(-0.1, 0.1)
    place = Place(f"town-{inc['i']}" if precision < 3 else inc["admin1"], precision, inc["country"],
                  admin1=inc["admin1"], lat=inc["lat"] + jitter, lon=inc["lon"] + jitter)
    named_src = rng.random() < 0.7
    src = (ActorRef(inc["src"][0], actor_id=inc["src"][1], sector=inc["src"][2]) if named_src
           else ActorRef("gunmen", generic=True, sector=inc["src"][2]))
    tgt = ActorRef(inc["tgt"][0], actor_id=inc["tgt"][1], sector=inc["tgt"][2])
    week = rng.random() < 0.1
    day = inc["day"] - timedelta(days=inc["day"].weekday()) if week else inc["day"]
    deaths = max(0, inc["deaths"] + rng.choice([0, 0, 0, -1, 1]))
    ptype, acled, sub = inc["type"]
    text = f"Report {k} of incident {inc['i']}."
    return EventMention(
        mention_id=f"{article_id}-m0", article_id=article_id, event_type=ptype,
        evidence=Evidence(text, 0, len(text)), acled_event_type=acled, acled_sub_event_type=sub,
        source_actors=[src], target_actors=[tgt], place=place, event_date=day,
        date_end=day + timedelta(days=6) if week else None, time_precision="week" if week else "day",
        fatalities=Count(deaths, deaths), confidence=0.7,
    )


def generate(n_mentions: int, seed: int = 7) -> tuple[list[EventMention], dict[str, ArticleInfo], dict[str, int]]:
    """``n_mentions`` mentions (one per article) with their articles and true incident."""
    rng = random.Random(seed)
    mentions, infos, truth = [], {}, {}
    i = 0
    while len(mentions) < n_mentions:
        inc = _incident(rng, i)
        for k in range(min(rng.choice([1, 1, 2, 3, 4, 5, 6, 8, 12]), n_mentions - len(mentions))):
            article_id = f"a{i}-{k}"
            published = datetime.combine(inc["day"], datetime.min.time(), timezone.utc) + timedelta(hours=6 + 3 * k)
            infos[article_id] = ArticleInfo(article_id, f"site{rng.randrange(300)}.example", published, article_id)
            mentions.append(_mention(rng, inc, article_id, k))
            truth[article_id] = i
        i += 1
    mentions.sort(key=lambda m: infos[m.article_id].published_at)
    return mentions, infos, truth


def purity(events_of: dict[str, str], truth: dict[str, int]) -> tuple[float, float, int]:
    """(false-merge share, split share, incidents) from article -> event assignments."""
    incidents_per_event: dict[str, set[int]] = defaultdict(set)
    events_per_incident: dict[int, set[str]] = defaultdict(set)
    for article_id, event_id in events_of.items():
        incidents_per_event[event_id].add(truth[article_id])
        events_per_incident[truth[article_id]].add(event_id)
    merged = {i for s in incidents_per_event.values() if len(s) > 1 for i in s}
    split = [i for i, s in events_per_incident.items() if len(s) > 1]
    n = len(events_per_incident)
    return len(merged) / n, len(split) / n, n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None, help="SQLite file (default: a temporary file)")
    parser.add_argument("--incremental", type=int, default=0,
                        help="add the last N articles afterwards in batches of 50 (default 0)")
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")

    mentions, infos, truth = generate(args.mentions)
    print(f"generated {len(mentions):,} mentions of {len(set(truth.values())):,} incidents")

    t0, c0 = time.perf_counter(), time.process_time()
    events = consolidate(mentions, infos)
    t_memory, c_memory = time.perf_counter() - t0, time.process_time() - c0
    events_of = {m.article_id: e.event_id for e in events for m in e.mentions}
    fm, sp, n = purity(events_of, truth)
    print(f"in memory: {len(events):,} events in {t_memory:.1f} s wall, {c_memory:.1f} s CPU "
          f"({len(mentions) / t_memory:,.0f} mentions/s); false merges {fm:.2%}, split incidents {sp:.2%}")

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.db"
        engine = open_database(str(db))
        now = datetime.now(timezone.utc)
        order = list(dict.fromkeys(m.article_id for m in mentions))  # by publication
        late = set(order[len(order) - args.incremental:]) if args.incremental else set()
        rng = random.Random(11)
        with Session(engine) as session:
            rows, bands = [], []
            for a in infos.values():
                signature = [rng.getrandbits(32) for _ in range(128)]
                new = a.article_id in late
                rows.append(dict(article_id=a.article_id, content_hash=a.article_id, site=a.site,
                                 published_at=a.published_at, fetched_at=a.published_at, source_uri=a.article_id,
                                 text=f"Report {a.article_id} " * 20 if new else "", stored_at=now,
                                 cluster_id=None if new else a.article_id, minhash=None if new else signature))
                if not new:
                    bands += band_rows(a.article_id, signature, a.published_at)
            session.execute(insert(ArticleRow), rows)
            session.execute(insert(ArticleBandRow), bands)
            session.add_all([mention_to_row(m) for m in mentions])
            session.commit()
        with Session(engine) as session:
            t0, c0 = time.perf_counter(), time.process_time()
            result = update(session, [a for a in order if a not in late])
            session.commit()
            t_db, c_db = time.perf_counter() - t0, time.process_time() - c0
        print(f"database (SQLite, incremental update on an empty events table): "
              f"{result.mentions_assigned:,} mentions -> {len(result.events_created):,} events in {t_db:.1f} s wall, "
              f"{c_db:.1f} s CPU")
        if late:
            t0, c0 = time.perf_counter(), time.process_time()
            added = consolidate_stored(engine, [a for a in order if a in late])
            t_inc, c_inc = time.perf_counter() - t0, time.process_time() - c0
            batches = -(-len(late) // BATCH_ARTICLES)
            print(f"then {len(late):,} more articles in {batches} batches of {BATCH_ARTICLES} (hashing, persisted "
                  f"near-duplicate index, candidate events, write): {t_inc:.1f} s wall, {c_inc:.1f} s CPU, "
                  f"{1000 * c_inc / batches:.0f} ms CPU a batch; {len(added.events_created):,} events created, "
                  f"{len(added.events_updated):,} updated")
        with Session(engine) as session:
            stored = dict(session.execute(select(EventMentionRow.article_id, EventMentionRow.event_id)).all())
        fm_db, sp_db, _ = purity(stored, truth)
        print(f"database result: false merges {fm_db:.2%}, split incidents {sp_db:.2%}")


if __name__ == "__main__":
    main()
