"""Print the event mentions coded from a text file (debugging aid).

Usage: python scripts/show_events.py FILE PUBLISHED_YYYY-MM-DD

The text is annotated by the same annotator as ``crisisdesk run`` (actor dictionary,
gazetteer places, times); without it the coder would fall back to bare spaCy entities
and print places and actors the pipeline never codes. The file is not extracted: a
.json file's "text" is coded as written (Markdown links included).
"""
from __future__ import annotations

import sys
from datetime import datetime, timezone

from crisisdesk.annotate import load_annotator
from crisisdesk.coding.coder import code_events
from crisisdesk.records import Article


def main(path: str, published: str) -> None:
    text = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        import json
        text = json.load(open(path, encoding="utf-8"))["text"]
    article = Article(article_id="x", text=text, fetched_at=datetime.now(timezone.utc), source_uri=path,
                      content_hash="x", published_at=datetime.fromisoformat(published).replace(tzinfo=timezone.utc),
                      published_precision="day")
    doc = load_annotator().annotate(article)
    for m in code_events(doc, article):
        src = ",".join(f"{a.name}[{a.code}]" for a in m.source_actors)
        tgt = ",".join(f"{a.name}[{a.code}]" for a in m.target_actors)
        print(f"{m.event_type}/{m.mode} {m.cameo_code} {m.acled_sub_event_type} | {src} -> {tgt} | "
              f"{m.place.name if m.place else None}({m.place.geo_precision if m.place else ''}) "
              f"{m.event_date} {m.time_precision} | {m.status} {m.claimed_by or ''} | fat={m.fatalities} "
              f"| trig={m.evidence.trigger.text!r} | {m.evidence.sentence[:90]!r}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
