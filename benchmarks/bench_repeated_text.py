"""Benchmark: one huge text of a single paragraph repeated, with no date anywhere.

QA fed a 3 MB scrape of one paragraph repeated and got 1,815 events in 107 s at 1.5 GB:
annotation stops at ``annotate.annotator.MAX_CHARS`` but each repeat inside it was coded
as a mention, and undated mentions never merge in consolidation. This script writes
such a text (our own invented paragraph, ``--mb`` megabytes), runs the pipeline stages
one by one in this process on a fresh SQLite file and prints seconds and the peak RSS
(``ru_maxrss``) after each stage, the mentions stored and the events consolidated.

Usage: ``PYTHONPATH=src python benchmarks/bench_repeated_text.py [--mb 3]``
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

PARAGRAPH = ("Armed men attacked a fuel convoy on the road near Kayes, killing three drivers, "
             "local officials said. The army said soldiers repelled the attackers and secured the road.")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=3.0, help="size of the text (MB)")
    args = parser.parse_args()

    from sqlalchemy import func, select

    from crisisdesk.consolidate import update_stored
    from crisisdesk.extract.article import ArticleExtractor
    from crisisdesk.pipeline import RunOptions, apply_stages, build_stages
    from crisisdesk.records import RawDocument
    from crisisdesk.store import repository
    from crisisdesk.store.db import open_database
    from crisisdesk.store.models import EventRow

    text = "\n\n".join([PARAGRAPH] * int(args.mb * 1_000_000 / (len(PARAGRAPH) + 2))) + "\n"
    raw = RawDocument(uri="repeated.txt", content=text.encode(), origin="file", media_type="text/plain",
                      fetched_at=datetime(2025, 11, 22, 8, 0, tzinfo=timezone.utc))
    print(f"text: {len(text):,} characters; peak RSS at start {peak_mb():.0f} MB")
    rows = []

    def stage(name, fn):
        start = time.perf_counter()
        value = fn()
        rows.append((name, time.perf_counter() - start, peak_mb()))
        print(f"{name:<12} {rows[-1][1]:7.1f} s   peak RSS {rows[-1][2]:6.0f} MB", flush=True)
        return value

    with tempfile.TemporaryDirectory() as tmp:
        engine = open_database(str(Path(tmp) / "bench.db"))
        stages = stage("load", lambda: build_stages(RunOptions()))
        article = stage("extract", lambda: ArticleExtractor().extract(raw))
        doc = stage("annotate", lambda: stages.annotate(article))
        mentions = stage("code", lambda: list(stages.code(doc)))
        run_id = repository.start_run(engine, "bench", {})
        stage("store", lambda: repository.save_article(engine, article, mentions, run_id))
        stage("consolidate", lambda: update_stored(engine, [article.article_id]))
        with engine.connect() as conn:
            events = conn.execute(select(func.count()).select_from(EventRow)).scalar()
    print(f"mentions {len(mentions):,}, events {events:,}; total {sum(r[1] for r in rows[1:]):.1f} s "
          f"after loading; peak RSS {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
