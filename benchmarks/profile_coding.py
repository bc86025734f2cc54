"""Profile the coding stage alone on the bench corpus, and dump what it coded.

Annotates the corpus of ``bench_pipeline.py`` (ACLED notes as plain-text articles) first,
then times coding the annotated Docs by itself: wall and CPU seconds, and the share coding
adds to annotation time. ``--profile N`` prints the N costliest functions of the coding
stage (cProfile, cumulative and own time); ``--dump FILE`` writes every mention's fields
(dataclasses as dicts, dates as ISO strings) and the notes coding left on each
article to a JSON file, to diff two checkouts'
coding for "no output change". Nothing is written to the repository.

    PYTHONPATH=src:. python benchmarks/profile_coding.py [--n 500] [--repeat 3] [--profile 40] [--dump /tmp/x.json]
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import json
import pstats
import time

from benchmarks.bench_pipeline import corpus, raw_documents


def annotated_docs(n: int, join: int):  # noqa: ANN201
    """The code stage and the annotated Docs of the first ``n`` bench articles, with
    the wall and CPU seconds annotation took."""
    from crisisdesk.extract import ArticleExtractor
    from crisisdesk.pipeline import RunOptions, build_stages

    stages = build_stages(RunOptions())
    extractor = ArticleExtractor()
    articles = [extractor.extract(r) for r in raw_documents(corpus(n, join))]
    for a in articles[:5]:
        stages.code(stages.annotate(a))  # warm up (models, lazy tables)
    wall, cpu = time.perf_counter(), time.process_time()
    docs = [stages.annotate(a) for a in articles]
    return stages.code, docs, time.perf_counter() - wall, time.process_time() - cpu


def coded_fields(doc, mentions) -> dict:  # noqa: ANN001
    """What coding gave for one Doc as plain JSON-able data: its mentions (nested
    dataclasses as dicts) and the notes coding left on the article."""
    article = doc._.article
    return json.loads(json.dumps({"notes": list(article.notes) if article is not None else None,
                                  "mentions": [dataclasses.asdict(m) for m in mentions]}, default=str))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--join", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1,
                        help="code the Docs this many times; the fastest pass is reported (the share "
                             "against annotation is the fastest pass's)")
    parser.add_argument("--profile", type=int, default=0, help="print the N costliest functions")
    parser.add_argument("--dump", help="write every mention's fields to this JSON file")
    parser.add_argument("--stats", help="with --profile: save the raw profile here (for pstats)")
    args = parser.parse_args()
    code, docs, annotate_wall, annotate_cpu = annotated_docs(args.n, args.join)
    profiler = cProfile.Profile(time.process_time) if args.profile else None  # CPU time: other processes share the machine
    passes = []
    for _ in range(args.repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        coded = [code(doc) for doc in docs]
        if profiler:
            profiler.disable()
        passes.append((time.perf_counter() - wall, time.process_time() - cpu))
    wall, cpu = min(w for w, _ in passes), min(c for _, c in passes)
    print(f"{len(docs)} articles, {sum(map(len, coded))} mentions; annotate {annotate_wall:.2f} s wall / "
          f"{annotate_cpu:.2f} s CPU, code {wall:.2f} s wall / {cpu:.2f} s CPU{' (under cProfile)' if profiler else ''}; "
          f"coding adds {100 * wall / annotate_wall:.1f} % (wall), {100 * cpu / annotate_cpu:.1f} % (CPU) "
          "to annotation time")
    if profiler:
        stats = pstats.Stats(profiler)
        if args.stats:
            stats.dump_stats(args.stats)
        stats.sort_stats("cumulative").print_stats(args.profile)
        stats.sort_stats("tottime").print_stats(args.profile)
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            json.dump([coded_fields(doc, mentions) for doc, mentions in zip(docs, coded)], fh, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
