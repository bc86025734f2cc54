"""Benchmark: exports stream in constant memory.

Builds a SQLite database with N synthetic event mentions (unconsolidated, so each is
its own event, spread over 1,000 articles), then runs ``crisisdesk export`` for each
format in a fresh process and reports wall time, events/s and peak RSS (``ru_maxrss``
of the child). Constant memory shows as the same peak RSS at 100k and 1M events.

    PYTHONPATH=src python benchmarks/export_memory.py --events 100000 1000000 --formats csv acled gdelt

The synthetic rows are generated here (no shared data).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import insert

from crisisdesk.store.db import open_database
from crisisdesk.store.models import ArticleRow, EventMentionRow

SENTENCE = "Gunmen attacked a convoy near the town on Monday, killing several drivers, officials said."
PLACES = [("Kayes", "Kayes", 14.45, -11.44), ("Mopti", "Mopti", 14.48, -4.18), ("Gao", "Gao", 16.27, -0.04),
          ("Sikasso", "Sikasso", 11.32, -5.67), ("Timbuktu", "Tombouctou", 16.77, -3.01)]


def build(path: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    engine = open_database(str(path))
    now = datetime(2025, 12, 1, tzinfo=timezone.utc)
    with engine.begin() as conn:
        conn.execute(insert(ArticleRow), [dict(
            article_id=f"a{i}", revision=1, is_latest=True, content_hash=f"h{i}", url=f"https://example.org/{i}",
            site="example.org", title=f"Article {i}", published_at=now, published_precision="day",
            fetched_at=now, language="en", text=SENTENCE, paragraphs=[], source_uri=f"https://example.org/{i}",
            metadata={}, notes=[], stored_at=now) for i in range(1000)])
    batch = 20_000
    for start in range(0, n, batch):
        rows = []
        for i in range(start, min(n, start + batch)):
            name, admin1, lat, lon = PLACES[i % len(PLACES)]
            rows.append(dict(
                mention_id=f"m{i:08d}", article_id=f"a{i % 1000}", article_revision=1, event_type="ASSAULT",
                contexts=[], cameo_code="190", quad_class=4, goldstein=-10.0,
                acled_event_type="Violence against civilians", acled_sub_event_type="Attack",
                source_actors=[{"name": "JNIM", "code": "JNIM", "sector": "REB"}],
                target_actors=[{"name": "drivers", "code": None, "sector": "CVL"}],
                place_name=name, country="MLI", admin1=admin1, lat=lat + rng.uniform(-.2, .2),
                lon=lon + rng.uniform(-.2, .2), geo_precision=2,
                event_date=date(2025, 1, 1) + timedelta(days=rng.randrange(330)), time_precision="day",
                status="asserted", fatalities_min=3, fatalities_max=5, evidence=SENTENCE, start_char=0,
                end_char=len(SENTENCE), trigger_start=7, trigger_end=15, confidence=0.8, created_at=now))
        with engine.begin() as conn:
            conn.execute(insert(EventMentionRow), rows)
    engine.dispose()


def export_child(db: Path, fmt: str, out: Path) -> None:
    from crisisdesk.export import write_export

    engine = open_database(str(db))
    with out.open("w", encoding="utf-8", newline="") as fh:
        n = write_export(engine, fmt, fh)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{n} {peak_kb}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--formats", nargs="+", default=["csv", "jsonl", "acled", "gdelt", "plover", "geojson"])
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        export_child(Path(args.child[0]), args.child[1], Path(args.child[2]))
        return
    with tempfile.TemporaryDirectory(prefix="crisisdesk-bench-") as tmp:
        print(f"{'events':>9} {'format':>8} {'seconds':>8} {'events/s':>9} {'peak RSS MB':>12} {'file MB':>8}")
        for n in args.events:
            db = Path(tmp) / f"bench-{n}.db"
            t0 = time.perf_counter()
            build(db, n)
            print(f"# built {n} mentions in {time.perf_counter() - t0:.1f} s", flush=True)
            for fmt in args.formats:
                out = Path(tmp) / f"out.{fmt}"
                t0 = time.perf_counter()
                proc = subprocess.run([sys.executable, __file__, "--child", str(db), fmt, str(out)],
                                      capture_output=True, text=True, env=os.environ, check=True)
                seconds = time.perf_counter() - t0
                written, peak_kb = map(int, proc.stdout.split())
                print(f"{n:>9} {fmt:>8} {seconds:>8.1f} {written / seconds:>9.0f} {peak_kb / 1024:>12.1f} "
                      f"{out.stat().st_size / 1e6:>8.1f}", flush=True)
                out.unlink()
            db.unlink()


if __name__ == "__main__":
    main()
