"""Exports of events in the field's formats, streamed in constant memory.

``write_export(engine, "acled", out)`` writes every matching event to the text stream
``out`` and returns how many records it wrote. Formats:

- ``csv``, ``jsonl``, ``geojson``: every field of the event view (``store.queries``).
- ``acled``: ACLED's column names and codes (see :mod:`crisisdesk.export.acled`).
- ``gdelt``: the 61 GDELT 2.0 event columns (see :mod:`crisisdesk.export.gdelt`).
- ``plover``: a JSON array of records with PLOVER field names
  (see :mod:`crisisdesk.export.plover`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TextIO

from sqlalchemy import Engine

from crisisdesk.export import acled, gdelt, plover, tabular
from crisisdesk.store.queries import EventFilter, EventView, iter_events

Writer = Callable[[Iterable[EventView], TextIO], int]

FORMATS: dict[str, Writer] = {
    "csv": tabular.write_csv,
    "jsonl": tabular.write_jsonl,
    "geojson": tabular.write_geojson,
    "acled": acled.write_acled,
    "gdelt": gdelt.write_gdelt,
    "plover": plover.write_plover,
}


def write_export(
    engine: Engine,
    fmt: str,
    out: TextIO,
    flt: EventFilter = EventFilter(),
    on_event: Callable[[], None] | None = None,
) -> int:
    """Stream the events matching ``flt`` to ``out`` in format ``fmt``.

    ``on_event`` is called once per event read (progress bars). Returns the number of
    records written (ACLED skips events without an ACLED type; see its module).
    Raises ``ValueError`` for an unknown format.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    events: Iterator[EventView] = iter_events(engine, flt)
    if on_event is not None:
        events = _tap(events, on_event)
    return FORMATS[fmt](events, out)


def _tap(events: Iterator[EventView], callback: Callable[[], None]) -> Iterator[EventView]:
    for event in events:
        callback()
        yield event
