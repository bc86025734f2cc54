"""Benchmark: WARC ingest throughput (articles/s) and memory on a large archive.

1. Throughput: a generated gzipped WARC of ``--articles`` small news pages (invented
   text, ~2 KB of HTML each) ingested
   - in one process (``pipeline.run`` over ``WarcReader``), and
   - by ``crisisdesk backfill`` on a local Dask cluster of 1 and 2 workers
     (per-partition SQLite files merged at the end; cluster start-up included),
   with the extraction stages only (``--no-nlp``), then with the full pipeline
   (spaCy + event coding + consolidation) on ``--nlp-articles`` two-sentence reports
   (``tests.support.warcs.short_report``, each attack reported twice).
2. Memory: a generated uncompressed WARC of ``--memory-gb`` GiB (50 KB pages) in
   ``/tmp`` is streamed through ``WarcReader`` (every payload read); the peak RSS of the
   process is reported; the file is deleted afterwards.

Timings are wall-clock seconds on this machine (2 cores, shared: see the load average
printed with the results) and CPU seconds of all the processes involved (the client and,
for Dask, the worker processes, read with ``getrusage`` once they have exited), which
other work on the machine changes much less. Usage::

    PYTHONPATH=src:. python benchmarks/bench_warc.py [--articles 2000] [--nlp-articles 120] [--memory-gb 1]
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crisisdesk.backfill import backfill
from crisisdesk.pipeline import RunOptions, run
from crisisdesk.sources.warc import WarcReader
from crisisdesk.store.db import open_database
from tests.support.warcs import WarcBuilder, generate_warc, short_report


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """CPU seconds (user + system) of this process and of its children that exited."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def single_process(path: Path, workdir: Path, nlp: bool) -> tuple[int, float, float]:
    """Articles stored, wall seconds, CPU seconds (spaCy loading included)."""
    db = workdir / f"single-{nlp}.db"
    engine = open_database(str(db))
    started, cpu = time.perf_counter(), cpu_seconds()
    summary = run(WarcReader(path), engine, RunOptions(nlp=nlp), progress=False)
    return summary.stored, time.perf_counter() - started, cpu_seconds() - cpu


def cluster(path: Path, workdir: Path, workers: int, nlp: bool) -> tuple[int, float, float]:
    """Articles stored, wall seconds, CPU seconds of client and workers."""
    db = workdir / f"cluster-{workers}-{nlp}.db"
    started, cpu = time.perf_counter(), cpu_seconds()
    summary = backfill([path], workers=workers, db=str(db), workdir=workdir / f"parts-{workers}-{nlp}",
                       options=RunOptions(command="backfill", nlp=nlp),
                       partition_bytes=max(64 * 1024, path.stat().st_size // (4 * workers)))
    return summary.counts.get("stored", 0), time.perf_counter() - started, cpu_seconds() - cpu


def write_big_warc(path: Path, gib: float) -> int:
    """Uncompressed WARC of about ``gib`` GiB of 50 KB HTML pages; returns records."""
    target = int(gib * 2**30)
    filler = ("<p>" + "Supply convoys on the Kayes road were delayed again this week. " * 12 + "</p>") * 60
    count = 0
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        while handle.tell() < target:
            body = f"<html><head><title>Page {count}</title></head><body>{filler}</body></html>".encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"http://big.example.org/{count}", "response", payload=io.BytesIO(body), http_headers=headers))
            count += 1
    return count


def memory(gib: float) -> None:
    big = Path("/tmp") / f"crisisdesk-bench-{os.getpid()}.warc"
    try:
        started = time.perf_counter()
        records = write_big_warc(big, gib)
        written = time.perf_counter() - started
        before = peak_rss_mb()
        started = time.perf_counter()
        payload_bytes = documents = 0
        for item in WarcReader(big):
            documents += 1
            payload_bytes += len(getattr(item, "content", b""))
        seconds = time.perf_counter() - started
        size = big.stat().st_size
        print(f"\nmemory: {size / 2**30:.2f} GiB uncompressed WARC, {records} records of ~50 KB "
              f"(written in {written:.0f} s); {documents} documents, {payload_bytes / 2**20:.0f} MiB of "
              f"payload read in {seconds:.1f} s ({size / 2**20 / seconds:.0f} MiB/s); "
              f"peak RSS {before:.0f} MiB after imports, {peak_rss_mb():.0f} MiB after the whole file")
    finally:
        big.unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--nlp-articles", type=int, default=120)
    parser.add_argument("--memory-gb", type=float, default=1.0)
    parser.add_argument("--memory-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_only:
        memory(args.memory_gb)
        return
    workdir = Path(tempfile.mkdtemp(prefix="crisisdesk-bench-"))
    rows = []
    try:
        small = workdir / "small.warc.gz"
        generate_warc(small, args.articles, words=40)
        incidents = workdir / "incidents.warc.gz"
        builder = WarcBuilder(incidents)
        for i in range(args.nlp_articles):
            builder.response(f"http://outlet{i % 3}.example.org/mali/{i}",
                             short_report(i, max(1, args.nlp_articles // 2)), date="2025-12-01T08:00:00Z")
        builder.close()
        load_before = os.getloadavg()
        for label, path, nlp in (("extraction only", small, False), ("full pipeline", incidents, True)):
            rows.append((label, "1 process (no Dask)", *single_process(path, workdir, nlp)))
            for workers in (1, 2):
                rows.append((label, f"Dask, {workers} worker(s)", *cluster(path, workdir, workers, nlp)))
        print(f"load average before: {load_before}, after: {os.getloadavg()}")
        print("| stages | runner | articles | seconds | articles/s | CPU s | CPU ms/article |")
        print("|---|---|---:|---:|---:|---:|---:|")
        for label, runner, stored, seconds, cpu in rows:
            print(f"| {label} | {runner} | {stored} | {seconds:.1f} | {stored / seconds:.1f} | "
                  f"{cpu:.1f} | {1000 * cpu / max(stored, 1):.1f} |")

        if args.memory_gb > 0:  # in a fresh process: its RSS is the reader's alone
            subprocess.run([sys.executable, __file__, "--memory-only", "--memory-gb", str(args.memory_gb)],
                           check=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
