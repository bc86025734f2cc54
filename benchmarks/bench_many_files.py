"""Benchmark: `pipeline.run` over a directory of many small distinct text files.

    PYTHONPATH=src python benchmarks/bench_many_files.py [N]   # default 10,000

Prints wall and CPU seconds for writing the files, the first run (everything stored)
and the second run (everything unchanged), into a fresh SQLite file in a temp dir.
"""

from __future__ import annotations

import io
import random
import sys
import tempfile
import time
from pathlib import Path

from crisisdesk.pipeline import RunOptions, run
from crisisdesk.sources import iter_raw_documents
from crisisdesk.store.db import open_database

WORDS = ("army soldiers fighters convoy attack village market road police drone strike protest bridge fuel "
         "tanker blockade checkpoint base camp herders traders officials statement sources witnesses killed").split()
TOWNS = "Gao Ansongo Menaka Kidal Timbuktu Mopti Sevare Djenne Segou Niono Kayes Kita Sikasso Kati Bamako".split()


def timed(label: str, action):
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    print(f"{label:<28} wall {time.perf_counter() - wall:7.1f} s   cpu {time.process_time() - cpu:7.1f} s")
    return result


def main(n: int) -> None:
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"

        def write() -> None:
            for i in range(n):
                path = folder / f"s{i % 10}" / f"n{i:05d}.txt"
                path.parent.mkdir(parents=True, exist_ok=True)
                words = " ".join(rng.choice(WORDS) for _ in range(20))
                path.write_text(f"{rng.choice(TOWNS)}: {words} near {rng.choice(TOWNS)}, report {i}.\n")

        timed(f"write {n} files", write)
        engine = open_database(str(Path(tmp) / "bench.db"))
        for label in ("first run (stores)", "second run (unchanged)"):
            summary = timed(label, lambda: run(iter_raw_documents([folder]), engine, RunOptions(), progress=False,
                                               err=io.StringIO()))
            print(" ", summary.line())


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
