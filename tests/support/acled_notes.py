"""Scoring of ACLED-style notes written for the tests (``tests/acled_regions_notes.py``,
``tests/acled_sahel_later_notes.py``) as ``crisisdesk eval acled`` scores a note: each
note a tiny article published on its event date, coded by the whole pipeline and scored
by :func:`crisisdesk.evaluation.acled.score_event`."""

from __future__ import annotations

from collections import Counter
from datetime import date

from crisisdesk.evaluation import acled
from crisisdesk.evaluation.actors import ActorAliases
from crisisdesk.evaluation.system import code_documents, raw_from_text


def score_notes(notes: list[tuple], prefix: str) -> list[dict]:
    """One ``score_event`` row per note.

    ``notes``: rows ``(event_date ISO, iso3, event_type, sub_event_type, fatalities,
    actor1, actor2, notes)``; ``prefix``: the event ids' prefix ("R", "S"). Returns the
    rows in the notes' order."""
    events = [acled.AcledEvent(event_id=f"{prefix}{i}", event_date=date.fromisoformat(day), event_type=etype,
                               sub_event_type=sub, notes=text, actor1=a1, actor2=a2, iso3=iso3, fatalities=killed)
              for i, (day, iso3, etype, sub, killed, a1, a2, text) in enumerate(notes)]
    items = [(e.event_id, raw_from_text(acled.clean_notes(e.notes), uri=f"acled:{e.event_id}", published=e.event_date,
                                        title=f"ACLED event {e.event_id}", events_dated_by_publication=True))
             for e in events]
    aliases = ActorAliases.from_actor_dictionary()
    return [acled.score_event(e, item.mentions, aliases) for e, item in zip(events, code_documents(items))]


def right_per_type(rows: list[dict]) -> tuple[Counter, Counter]:
    """(right, total) per gold ACLED event type: how many rows' final type is the gold one."""
    right, total = Counter(), Counter()
    for row in rows:
        total[row["gold_event_type"]] += 1
        right[row["gold_event_type"]] += row["event_type"] == row["gold_event_type"]
    return right, total


def field_count(rows: list[dict], field: str) -> tuple[int, int]:
    """(right, scored) for one scored field ("actor1", "fatalities_exact", ...); rows
    where the field is None (not scorable) are left out."""
    flags = [row[field] for row in rows if row.get(field) is not None]
    return sum(map(bool, flags)), len(flags)


def assert_per_type_reached(rows: list[dict], reached: dict[str, tuple[int, int]]) -> None:
    """Assert each gold event type's note count and that its right count is at least the
    pinned one: ``reached`` maps an ACLED event type to ``(right at least, notes)``.
    Raises AssertionError naming the counts found."""
    right, total = right_per_type(rows)
    assert {t: total[t] for t in reached} == {t: n for t, (_, n) in reached.items()}
    assert {t: right[t] >= reached[t][0] for t in reached} == dict.fromkeys(reached, True), \
        {t: right[t] for t in reached}
