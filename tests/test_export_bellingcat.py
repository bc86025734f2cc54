"""ACLED export of the coded Bellingcat article (shared data, read in place): one row
per fuel-convoy attack with the gold event_date, an attack sub_event_type and a point
within the gold ``max_km``. Runs the real pipeline (extract → code → consolidate →
store) on a real SQLite file; skipped while no coding stage is wired into the pipeline.
B2 and B5 lie between villages the packaged gazetteer does not know: they are placed by
the coordinate pairs the article states after each event (coding.placetime)."""

from __future__ import annotations

import csv
import io
import json
import math
from datetime import datetime, timezone

import pytest

from crisisdesk import pipeline
from crisisdesk.export import write_export
from crisisdesk.sources import iter_raw_documents
from crisisdesk.store.db import open_database

ARTICLE = "news/en/bellingcat-2025-12-03-mali-fuel-blockade.json"
GOLD = "gold/bellingcat-2025-12-03-mali-fuel-blockade.gold.json"
ATTACK_SUB_TYPES = {"Attack", "Armed clash", "Remote explosive/landmine/IED", "Looting/property destruction"}


def km(lat1, lon1, lat2, lon2):
    """Great-circle distance in km (haversine, R = 6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def acled_rows(tmp_path_factory):
    from tests.conftest import SHARED_DATA

    if not (SHARED_DATA / ARTICLE).is_file():
        pytest.skip(f"shared data not found at {SHARED_DATA}")
    options = pipeline.RunOptions(fetched_at=datetime(2025, 12, 3, 12, tzinfo=timezone.utc))
    stages = pipeline.build_stages(options)
    if stages.code is None:
        pytest.skip("no event coding stage is wired into pipeline.build_stages yet")
    engine = open_database(str(tmp_path_factory.mktemp("bellingcat") / "events.db"))
    pipeline.run(iter_raw_documents([SHARED_DATA / ARTICLE], fetched_at=options.fetched_at),
                 engine, options, stages, progress=False, err=io.StringIO())
    out = io.StringIO()
    write_export(engine, "acled", out)
    gold = json.loads((SHARED_DATA / GOLD).read_text(encoding="utf-8"))
    return list(csv.DictReader(io.StringIO(out.getvalue()))), gold


def test_one_acled_row_per_convoy_attack(acled_rows):
    rows, gold = acled_rows
    attacks = [e for e in gold["events"] if e["required"] and e["type"] == ["ASSAULT"]]
    assert len(attacks) == 6
    gold_dates = {e["date"] for e in attacks}
    dated = {r["event_date"] for r in rows if r["event_type"] and r["event_date"] in gold_dates}
    assert dated == gold_dates  # every attack date is coded, with or without coordinates
    # B1 is reported by three sentences (the ambush, footage of burning tankers, insurgents
    # firing): one incident, so one row per attack date, not three.
    per_date = {d: sum(1 for r in rows if r["event_date"] == d) for d in gold_dates}
    assert per_date == {d: 1 for d in gold_dates}, per_date
    for event in attacks:
        loc = event["location"]
        matches = [r for r in rows if r["event_date"] == event["date"] and r["latitude"]
                   and km(float(r["latitude"]), float(r["longitude"]), loc["lat"], loc["lon"]) <= loc["max_km"]]
        assert len(matches) == 1, (event["id"], [(r["event_date"], r["location"], r["notes"]) for r in rows])
        row = matches[0]
        assert row["sub_event_type"] in ATTACK_SUB_TYPES, (event["id"], row["sub_event_type"])
        assert row["time_precision"] == "1" and row["iso3"] == "MLI", event["id"]
        # every attack is placed at the coordinate pair the article ties to it
        # ("geolocated to ...", "confirmed the location as ..."): ACLED geo_precision 1
        assert row["geo_precision"] == "1", (event["id"], row["location"])
