"""Markdown situation report (same content as the HTML one, without the map; the
timeline as a table). Text from articles is escaped so that it renders as text in any
Markdown viewer: Markdown punctuation is backslash-escaped and ``<``/``>``/``&`` are
written as entities (no raw HTML gets through)."""

from __future__ import annotations

import re

from crisisdesk.report.content import ReportData
from crisisdesk.store.queries import EventView, count_text, date_text, source_wording
from crisisdesk.web.security import safe_url

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-!|~])")


def md_escape(text: object) -> str:
    """``text`` as inert Markdown inline text (one line)."""
    value = str(text if text is not None else "")
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = _MD_SPECIAL.sub(r"\\\1", value)
    return " ".join(value.split())


def _status_with_source(e: EventView) -> str:
    """``claimed by X``, ``asserted per X`` (``store.queries.source_wording``) or the
    bare status, escaped."""
    wording = md_escape(source_wording(e.status, e.claimed_by, e.reported_by))
    if not wording:
        return e.status
    return wording if e.status == "claimed" else f"{e.status} {wording}"


def _event_line(e: EventView) -> str:
    who = f"{md_escape(', '.join(e.source_names) or 'unidentified actor')} → {md_escape(', '.join(e.target_names) or 'no target')}"
    what = md_escape(e.acled_sub_event_type or e.event_type)
    where = f", {md_escape(e.place_name)}" if e.place_name else ""
    killed = f"; {e.fatalities_text} killed" if e.fatalities_text else ""
    status = _status_with_source(e)
    return f"**{date_text(e.event_date, e.date_end, e.time_precision)}** — {who}: {what}{where}{killed} ({status})"


def render_markdown(data: ReportData) -> str:
    """The report as a Markdown document (str)."""
    h = data.headline
    lines = [f"# {md_escape(data.title)}", "",
             f"{md_escape(data.scope)} · generated {data.generated_at:%Y-%m-%d %H:%M} UTC · data last updated "
             + (f"{data.last_updated:%Y-%m-%d %H:%M} UTC" if data.last_updated else "never"), "",
             "## Headline figures", ""]
    period = f" ({h.period})" if h.period else ""
    lines += [
        f"- **{h.events}** events{period}" + (f" ({h.not_counted} more threatened, hypothetical, negated, "
                                              "historical or generic, not counted)" if h.not_counted else ""),
        f"- **{count_text(h.fatalities_min, h.fatalities_max) or 0}** reported fatalities in {h.events_with_fatalities} events",
        f"- status: " + (", ".join(f"{k} {v}" for k, v in h.by_status.items()) or "none"),
        f"- by type (PLOVER): " + (", ".join(f"{md_escape(k)} {v}" for k, v in h.by_type.items()) or "none"),
    ]
    if h.by_acled_type:
        lines.append("- ACLED: " + ", ".join(f"{md_escape(k)} {v}" for k, v in h.by_acled_type.items()))
    if h.admin1:
        lines.append("- admin1 regions: " + ", ".join(f"{md_escape(k)} {v}" for k, v in list(h.admin1.items())[:10]))
    lines += ["", "## Key developments", ""]
    for i, e in enumerate(data.key_developments, 1):
        lines.append(f"{i}. {_event_line(e)}  ")
        lines.append(f"   > {md_escape(e.evidence)}")
    if not data.key_developments:
        lines.append("No asserted or claimed events in scope.")
    lines += ["", f"## Timeline by type, by {data.timeline.unit}", ""]
    if data.timeline.periods:
        names = list(data.timeline.series)
        lines.append(f"| {data.timeline.unit} | " + " | ".join(md_escape(n) for n in names) + " |")
        lines.append("|---" * (len(names) + 1) + "|")
        for i, label in enumerate(data.timeline.labels()):
            lines.append(f"| {label} | " + " | ".join(str(data.timeline.series[n][i]) for n in names) + " |")
        coarse: dict[str, dict[str, int]] = {}
        for label, kind, n in data.timeline.coarse_labels():
            coarse.setdefault(label, {})[kind] = coarse.get(label, {}).get(kind, 0) + n
        for label, by_type in coarse.items():  # a month-only date is in no week's row
            cells = [str(by_type.get(n, 0)) for n in names]
            others = {k: v for k, v in by_type.items() if k not in names}
            extra = (" (also " + ", ".join(f"{v} {md_escape(k)}" for k, v in others.items()) + ")") if others else ""
            lines.append(f"| {label} (date known to the {'year' if len(label) == 4 else 'month'} only){extra} | "
                         + " | ".join(cells) + " |")
    else:
        lines.append("No dated events.")
    lines += ["", "## Events", ""]
    if data.total > len(data.events):
        lines += [f"Showing the {len(data.events)} most recent of {data.total} events.", ""]
    lines.append("| date | type | source → target | place | status | killed | evidence |")
    lines.append("|---|---|---|---|---|---|---|")
    for e in data.events:
        url = safe_url(e.article_url)
        link = f" [{md_escape(e.article_site or 'article')}](<{url}>)" if url and ">" not in url and " " not in url else ""
        place = ", ".join(p for p in (e.place_name, e.admin1 if e.admin1 != e.place_name else None, e.country) if p)
        lines.append(
            f"| {date_text(e.event_date, e.date_end, e.time_precision)} | {md_escape(e.event_type)}"
            f"{(' / ' + md_escape(e.acled_sub_event_type)) if e.acled_sub_event_type else ''} | "
            f"{md_escape(', '.join(e.source_names) or '—')} → {md_escape(', '.join(e.target_names) or '—')} | "
            f"{md_escape(place)} | {_status_with_source(e)} | "
            f"{e.fatalities_text} | {md_escape(e.evidence)}{link} |"
        )
    return "\n".join(lines) + "\n"
