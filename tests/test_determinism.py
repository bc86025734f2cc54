"""Same input, same output: place lookup and coding must not depend on the hash seed
(``PYTHONHASHSEED``, which orders sets of strings) nor on the documents a worker coded
before (the ACLED evaluation codes notes in two worker processes, whose share of the
notes depends on timing). Sentences written for these tests."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from tests.support.annotation import make_article

from crisisdesk.coding.coder import code_events

PUB = date(2025, 11, 21)
SRC = Path(__file__).resolve().parents[1] / "src"

_NAMES_SCRIPT = """
from crisisdesk.annotate.gazetteer import entry_from_row
row = {"geonames_id": 1, "name": "Tombouctou", "asciiname": "Tombouctou", "lat": 16.77, "lon": -3.0,
       "country_code": "ML", "feature_code": "PPLA", "admin1_code": "08", "admin2_code": None,
       "population": 32460, "alternatenames": "Timbuktu,Tumbutu,Tinbuktu,Timbouctou,Timbuctoo,Tembuktu"}
print("|".join(entry_from_row(row).names))
"""


def test_gazetteer_entry_names_keep_one_order_whatever_the_hash_seed():
    """``entry_from_row`` built its alternate names from a set: their order changed with
    PYTHONHASHSEED. Four seeds now give the row's own order."""
    outputs = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(SRC)}
        done = subprocess.run([sys.executable, "-c", _NAMES_SCRIPT], env=env, capture_output=True, text=True,
                              check=True)
        outputs.add(done.stdout.strip())
    assert outputs == {"Tombouctou|Timbuktu|Tumbutu|Tinbuktu|Timbouctou|Timbuctoo|Tembuktu"}


def _coded(annotator, text: str) -> list[tuple]:
    article = make_article(text, PUB)
    return [(m.event_type, m.acled_sub_event_type, m.place.name if m.place else None,
             m.place.geo_precision if m.place else None, m.place.country if m.place else None, m.event_date,
             tuple(a.name for a in m.source_actors), tuple(a.name for a in m.target_actors))
            for m in code_events(annotator.annotate(article), article)]


def test_coding_does_not_depend_on_the_documents_coded_before(annotator):
    """Two notes coded in both orders by one annotator give the same events, places and
    dates (no state carried from one document to the next)."""
    first = ("Gunmen attacked a checkpoint near Boni in the Mopti region on Monday, killing two soldiers. "
             "The army said it recaptured Boulkessi.")
    second = "Burkinabe soldiers arrested three herders returning from Burkina Faso near Ouagadougou on 3 May."
    a1, b1 = _coded(annotator, first), _coded(annotator, second)
    b2, a2 = _coded(annotator, second), _coded(annotator, first)
    assert a1 and b1
    assert (a1, b1) == (a2, b2)
