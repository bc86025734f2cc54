"""Plain exports of the event view: CSV, JSON Lines and GeoJSON.

Every column of :class:`crisisdesk.store.queries.EventView` is written. In CSV the actor
lists become ``source_names``/``source_codes`` (and target) joined with ``"; "``; JSONL
and GeoJSON keep the full actor objects. GeoJSON (RFC 7946) is a ``FeatureCollection``
of ``Point`` features (``[lon, lat]``); events without coordinates get a ``null``
geometry, as the RFC allows.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from crisisdesk.store.queries import EventView, actor_name

_SCALAR_FIELDS = [
    name for name in EventView.__dataclass_fields__ if name not in ("source_actors", "target_actors")
]
CSV_COLUMNS = _SCALAR_FIELDS + ["source_names", "source_codes", "target_names", "target_codes"]


def _codes(actors: list[Any]) -> str:
    return "; ".join(str(a.get("code") or "") if isinstance(a, dict) else "" for a in actors)


def csv_record(event: EventView) -> dict[str, Any]:
    """One CSV row (dict keyed by :data:`CSV_COLUMNS`); None becomes an empty cell."""
    return dict(zip(CSV_COLUMNS, _csv_values(event)))


def _csv_values(event: EventView) -> list[Any]:
    data = event.as_dict()
    data["fatalities_vague"] = "; ".join(event.fatalities_vague)  # "dozens", one cell
    if "contexts" in data:
        data["contexts"] = "; ".join(data["contexts"] or [])  # PLOVER contexts, one cell (was "['x']")
    values = ["" if data[k] is None else data[k] for k in _SCALAR_FIELDS]
    values += [
        "; ".join(actor_name(a) for a in event.source_actors), _codes(event.source_actors),
        "; ".join(actor_name(a) for a in event.target_actors), _codes(event.target_actors),
    ]
    return values


def write_csv(events: Iterable[EventView], out: TextIO) -> int:
    """Write a header and one row per event (RFC 4180 quoting). Returns the row count."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    n = 0
    for event in events:
        writer.writerow(_csv_values(event))
        n += 1
    return n


def write_jsonl(events: Iterable[EventView], out: TextIO) -> int:
    """Write one JSON object per line (UTF-8, dates ISO 8601). Returns the line count."""
    n = 0
    for event in events:
        out.write(json.dumps(event.as_dict(), ensure_ascii=False))
        out.write("\n")
        n += 1
    return n


def geojson_feature(event: EventView) -> dict[str, Any]:
    """A GeoJSON Feature for the event: ``id`` is the event id, properties every field."""
    props = event.as_dict()
    geometry = None
    if event.lat is not None and event.lon is not None:
        geometry = {"type": "Point", "coordinates": [event.lon, event.lat]}
    return {"type": "Feature", "id": event.event_id, "geometry": geometry, "properties": props}


def write_geojson(events: Iterable[EventView], out: TextIO) -> int:
    """Write a FeatureCollection, one feature per line, streamed. Returns the count."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for event in events:
        if n:
            out.write(",\n")
        out.write(json.dumps(geojson_feature(event), ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n
