"""Rebuild ``src/crisisdesk/data/ontology/cameo.tsv`` from the two published tables.

Sources (facts, re-expressed in our own format):

- PLOVER project, *CAMEO to PLOVER conversion table*, PLOVER manual draft 0.8
  (Schrodt, 17 September 2021): CAMEO code -> PLOVER type, mode, context; its code
  numbers and names follow the CAMEO 1.1b3 codebook (Gerner, Schrodt, Yilmaz).
- GDELT's CAMEO code table (``cameoCodeTable.tsv``, as distributed with gdeltPyR):
  CAMEO code -> Goldstein (1992) conflict-cooperation weight. That table numbers a few
  CAMEO 1.1b3 codes differently (12x, 16x); the Goldstein weight is therefore matched
  by the code's *name* first and by its number only when the names agree in meaning.

QuadClass follows GDELT's convention on the CAMEO root: 1 verbal cooperation (01-05),
2 material cooperation (06-09), 3 verbal conflict (10-14), 4 material conflict (15-20).

Usage::

    python scripts/build_cameo_table.py ../shared/data/plover/CAMEO2PLOVER-2021.txt \
        ../shared/data/gdelt/cameoCodeTable.tsv > src/crisisdesk/data/ontology/cameo.tsv
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT_PLOVER = {  # CAMEO root -> PLOVER type (PLOVER README table); 01, 02 dropped
    "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
    "08": "CONCEDE", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
    "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION",
    "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}


def quad_class(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def norm(name: str) -> str:
    name = re.sub(r",?\s*not spec(ified)? below", "", name.lower())
    return re.sub(r"[^a-z]+", " ", name).strip()


def read_plover(path: Path) -> dict[str, tuple[str, str, str, str]]:
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line.strip())
        if not m:
            continue
        code, rest = m.groups()
        body, _, comment = rest.partition("#")
        parts = [p.strip() for p in body.split(",")]
        if len(code) == 2 or not parts or not parts[0]:
            continue
        ptype = parts[0]
        mode = parts[1].strip() if len(parts) > 1 else ""
        contexts = ";".join(c.strip() for c in parts[2].split(";") if c.strip()) if len(parts) > 2 else ""
        name = comment.split("21.09.17")[0].strip()
        rows.setdefault(code, (ptype, mode, contexts, name))
    return rows


def read_gdelt(path: Path) -> dict[str, tuple[str, float]]:
    rows = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if len(row) >= 3 and row[0].strip().isdigit():
                rows[row[0].strip()] = (row[1].strip(), float(row[2]))
    return rows


def main(plover_path: str, gdelt_path: str) -> None:
    plover = read_plover(Path(plover_path))
    gdelt = read_gdelt(Path(gdelt_path))
    by_name = {norm(n): g for n, g in gdelt.values()}
    # GDELT-only codes are kept except under roots 12 and 16, where that table's
    # numbering departs from CAMEO 1.1b3 (e.g. its 1641-1643 are 1661-1663 there).
    extra = {c for c in gdelt if c not in plover and (len(c) == 2 or c[:2] not in {"12", "16"})}
    codes = sorted(set(plover) | extra, key=lambda c: (c[:2], c))
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["cameo_code", "name", "goldstein", "quad_class", "plover_type", "plover_mode", "plover_contexts"])
    for code in codes:
        p = plover.get(code)
        g = gdelt.get(code)
        name = p[3] if p else g[0]
        gold = by_name.get(norm(name))
        if gold is None and g is not None and (p is None or norm(g[0]).split()[0] == norm(name).split()[0]):
            gold = g[1]
        if gold is None:
            parent = gdelt.get(code[:3]) or gdelt.get(code[:2])
            gold = parent[1] if parent else None
        ptype = p[0] if p else ROOT_PLOVER.get(code[:2], "")
        if code[:2] == "08" and not p:
            ptype = "CONCEDE" if code[:3] <= "083" else "RETREAT"
        out.writerow([code, name, "" if gold is None else f"{gold:.1f}", quad_class(code), ptype,
                      p[1] if p else "", p[2] if p else ""])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
