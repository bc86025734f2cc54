"""Print the event mentions coded from a file (debugging aid).

Usage: python scripts/show_events.py FILE [PUBLISHED_YYYY-MM-DD]

The file goes through the same code path as ``crisisdesk run`` (``pipeline.process``:
reading and sniffing, extraction with the cleaner - a wire dateline "BAMAKO, 3 November
2025 -" is lifted into metadata, not coded as an actor; a JSON item's title, Markdown
links -, then annotation and coding, headline included); nothing is stored.
``PUBLISHED`` is given to extraction as the container's ``published`` field (it wins
over a dateline's date, as a JSON item's own field does); without it the article is
dated as ``run`` dates it. Mentions coded from the headline are marked ``[title]``.
"""
from __future__ import annotations

import sys
from dataclasses import replace
from typing import TextIO

from crisisdesk.pipeline import RunOptions, Stages, build_stages, process
from crisisdesk.records import Reject
from crisisdesk.sources import iter_raw_documents


def main(path: str, published: str | None = None, stages: Stages | None = None, out: TextIO | None = None) -> None:
    """Print the mentions of every item of ``path`` on ``out`` (default stdout);
    ``stages`` default to ``pipeline.build_stages(RunOptions())``."""
    out = out or sys.stdout
    options = RunOptions()
    stages = stages or build_stages(options)
    for raw in iter_raw_documents([path]):
        if isinstance(raw, Reject):
            print(f"rejected {raw.uri}: {raw.reason} ({raw.detail})", file=sys.stderr)
            continue
        if published:
            raw = replace(raw, metadata={**raw.metadata, "published": published})
        result = process(raw, stages, options)
        article = result.article
        print(f"# {raw.uri}: title={article.title!r} published={article.published_at} "
              f"dateline={article.metadata.get('dateline_place')!r}", file=out)
        for m in result.mentions:
            src = ",".join(f"{a.name}[{a.code}]" for a in m.source_actors)
            tgt = ",".join(f"{a.name}[{a.code}]" for a in m.target_actors)
            where = "[title] " if m.evidence.in_title else ""
            print(f"{where}{m.event_type}/{m.mode} {m.cameo_code} {m.acled_sub_event_type} | {src} -> {tgt} | "
                  f"{m.place.name if m.place else None}({m.place.geo_precision if m.place else ''}) "
                  f"{m.event_date} {m.time_precision} | {m.status} {m.claimed_by or ''} | fat={m.fatalities} "
                  f"| trig={m.evidence.trigger.text if m.evidence.trigger else None!r} "
                  f"| {m.evidence.sentence[:90]!r}", file=out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
