"""Headlines are coded (issue 4: "code every current event the text reports").

The headline is ``Article.title``, outside ``Article.text``: its mentions carry
``Evidence.in_title`` and offsets into the title; an undated headline event is put in
the week ending on the publication day; a headline the text repeats is not a second
event. Every text here was written for these tests."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from crisisdesk.coding.headline import same_incident
from crisisdesk.pipeline import RunOptions, Stages, process, run
from crisisdesk.records import EventMention, Evidence, Place, RawDocument
from crisisdesk.store import repository
from crisisdesk.store.db import open_database
from tests.support.annotation import code_text

PUBLISHED = "2025-11-12"
CONVOY_TITLE = "JNIM fighters attack fuel convoy near Kati"
UNRELATED_BODY = ("The blockade of fuel imports to the capital has lasted since September, traders in "
                  "Bamako said. Queues at filling stations stretched for hours on Wednesday.")


def _raw(title: str, text: str, uri: str = "mem://headline.json") -> RawDocument:
    """A news item as a JSON container gives it: the title in the metadata, not in the text."""
    return RawDocument(uri=uri, content=text.encode("utf-8"), fetched_at=datetime(2025, 11, 13, tzinfo=timezone.utc),
                       origin="json", media_type="text/plain",
                       metadata={"title": title, "published": PUBLISHED, "url": "https://example.org/mali/convoy"})


@pytest.fixture(scope="module")
def stages(annotator):
    from crisisdesk.coding.stage import CodeStage

    return Stages(annotate=annotator.annotate, code=CodeStage())


def _code(stages: Stages, title: str, text: str) -> tuple:
    result = process(_raw(title, text), stages, RunOptions())
    return result.article, result.mentions


def test_headline_event_the_text_does_not_repeat_is_coded_from_the_title(stages):
    article, mentions = _code(stages, CONVOY_TITLE, UNRELATED_BODY)
    assert article.title == CONVOY_TITLE and CONVOY_TITLE not in article.text
    titled = [m for m in mentions if m.evidence.in_title]
    assert len(titled) == 1
    m = titled[0]
    assert m.event_type == "ASSAULT" and m.status == "asserted"
    # the offsets point into the title, and say so
    assert m.evidence.sentence == CONVOY_TITLE == article.title[m.evidence.start_char:m.evidence.end_char]
    assert m.evidence.trigger is not None
    assert article.title[m.evidence.trigger.start:m.evidence.trigger.end] == m.evidence.trigger.text == "attack"
    assert [a.code for a in m.source_actors] == ["JNIM"]
    assert m.place is not None and m.place.name == "Kati" and m.place.country == "MLI"
    # no date in the headline: the week ending on the publication day
    assert (m.event_date, m.date_end, m.time_precision) == (date(2025, 11, 6), date(2025, 11, 12), "week")
    # text mentions keep offsets into the text
    assert all(article.text[x.evidence.start_char:x.evidence.end_char] == x.evidence.sentence
               for x in mentions if not x.evidence.in_title)


def test_headline_the_text_repeats_is_one_mention_dated_by_the_text(stages):
    body = ("JNIM fighters attacked a fuel convoy near Kati on Monday, killing two drivers, the army said. "
            + UNRELATED_BODY)
    article, mentions = _code(stages, CONVOY_TITLE, body)
    attacks = [m for m in mentions if m.event_type == "ASSAULT"]
    assert len(attacks) == 1 and not attacks[0].evidence.in_title
    assert (attacks[0].event_date, attacks[0].time_precision) == (date(2025, 11, 10), "day")


def test_headline_with_its_own_date_keeps_it(stages):
    _, mentions = _code(stages, "Gunmen kill three traders near Ségou on Monday", UNRELATED_BODY)
    titled = [m for m in mentions if m.evidence.in_title]
    assert len(titled) == 1
    assert (titled[0].event_date, titled[0].time_precision) == (date(2025, 11, 10), "day")


def test_headline_about_another_incident_than_the_text_is_kept(stages):
    body = ("Gunmen attacked a police post in Mopti on Monday, officials said. " + UNRELATED_BODY)
    _, mentions = _code(stages, CONVOY_TITLE, body)
    assert sorted((m.evidence.in_title, m.place.name if m.place else None)
                  for m in mentions if m.event_type == "ASSAULT") == [(False, "Mopti"), (True, "Kati")]


def test_headline_repeated_word_for_word_as_the_first_line_is_coded_once(stages):
    _, mentions = _code(stages, CONVOY_TITLE, CONVOY_TITLE + ".\n\n" + UNRELATED_BODY)
    assert [m.evidence.in_title for m in mentions if m.event_type == "ASSAULT"] == [False]


def test_headline_mention_is_stored_with_in_title_and_rerun_duplicates_nothing(stages, tmp_path):
    engine = open_database(f"sqlite:///{tmp_path / 'h.db'}")
    raw = _raw(CONVOY_TITLE, UNRELATED_BODY)
    first = run([raw], engine, RunOptions(), stages, progress=False)
    second = run([raw], engine, RunOptions(), stages, progress=False)
    assert (first.stored, second.unchanged, second.mentions) == (1, 1, 0)
    stored = [m for m in repository.get_mentions(engine, first.article_ids[0]) if m.evidence.in_title]
    assert len(stored) == 1
    assert stored[0].evidence.sentence == CONVOY_TITLE and stored[0].evidence.trigger.text == "attack"
    assert first.events_created >= 1 and second.events_created == 0
    from crisisdesk.store.queries import iter_events

    views = [v for v in iter_events(engine) if v.mention_id == stored[0].mention_id]
    assert len(views) == 1 and views[0].in_title and views[0].article_title == CONVOY_TITLE
    assert CONVOY_TITLE[views[0].start_char:views[0].end_char] == views[0].evidence


def _mention(event_type: str, place: Place | None, sources=(), dated: tuple[date, date] | None = None) -> EventMention:
    from crisisdesk.records import ActorRef

    return EventMention(mention_id="m", article_id="a", event_type=event_type, evidence=Evidence("s", 0, 1),
                        place=place, source_actors=[ActorRef(name=c, code=c) for c in sources],
                        event_date=dated[0] if dated else None, date_end=dated[1] if dated else None)


def test_same_incident_needs_agreeing_type_place_actors_and_stated_dates():
    kati = Place("Kati", 2, country="MLI", geonames_id=2455518, admin1="Koulikoro")
    kayes = Place("Kayes", 1, country="MLI", geonames_id=2455518 + 1, admin1="Kayes")
    mali = Place("Mali", 4, country="MLI")
    assert same_incident(_mention("ASSAULT", kati, ["JNIM"]), _mention("ASSAULT", mali))
    assert not same_incident(_mention("ASSAULT", kati), _mention("ASSAULT", kayes))
    assert not same_incident(_mention("ASSAULT", kati), _mention("PROTEST", kati))
    assert not same_incident(_mention("ASSAULT", kati, ["JNIM"]), _mention("ASSAULT", kati, ["MLIMIL"]))
    monday, friday = (date(2025, 11, 10),) * 2, (date(2025, 11, 14),) * 2
    assert not same_incident(_mention("ASSAULT", kati, dated=monday), _mention("ASSAULT", kati, dated=friday), True)
    assert same_incident(_mention("ASSAULT", kati, dated=monday), _mention("ASSAULT", kati, dated=friday), False)


def test_show_events_script_lifts_the_dateline_as_run_does(stages, tmp_path):
    """scripts/show_events.py goes through pipeline.process: the filing city of a wire
    dateline is metadata, not an actor, and the headline is coded."""
    import io
    import runpy
    from pathlib import Path

    page = tmp_path / "wire.txt"
    page.write_text("Convoy attacked near Kati\n\nBAMAKO, 3 November 2025 - Gunmen ambushed a fuel convoy near "
                    "Kati on Sunday, killing two drivers, the army said on Monday.\n", encoding="utf-8")
    script = runpy.run_path(str(Path(__file__).resolve().parents[1] / "scripts" / "show_events.py"))
    out = io.StringIO()
    script["main"](str(page), "2025-11-04", stages=stages, out=out)
    lines = out.getvalue().splitlines()
    assert "dateline='BAMAKO'" in lines[0]
    ambush = [line for line in lines if "trig='ambushed'" in line]
    assert len(ambush) == 1 and "| Gunmen[MLIREB] -> " in ambush[0] and "BAMAKO[" not in ambush[0]
    assert "2025-11-02 day" in ambush[0]  # "on Sunday" before the 3 November dateline


def test_title_case_headline_is_parsed_in_sentence_case_and_keeps_its_text(stages):
    title = "Gunmen Kill Three Traders Near Niono"
    article, mentions = _code(stages, title, UNRELATED_BODY)
    titled = [m for m in mentions if m.evidence.in_title]
    assert len(titled) == 1
    m = titled[0]
    assert m.evidence.sentence == title and m.evidence.trigger.text == "Kill"
    assert [a.sector for a in m.source_actors] == ["REB"] and [a.name for a in m.target_actors] == ["Traders"]
    assert m.place is not None and m.place.name == "Niono"  # not the actor "Near Niono"


def test_title_case_detection():
    from crisisdesk.annotate.annotator import is_title_case

    assert is_title_case("France Cuts Diplomatic Presence in Mali as Security Crisis Deepens")
    assert not is_title_case("JNIM fighters attack fuel convoy near Kati")
    assert not is_title_case("Attack in Gao")  # too short to tell


def test_item_number_in_a_headline_is_no_date_and_no_second_event(stages):
    for number in ("34", "1979"):
        body = "JNIM fighters attacked a fuel convoy near Kati on 3 September 2025, killing two drivers."
        _, mentions = _code(stages, f"Attack near Kati ({number})", body)
        assert [(m.evidence.in_title, m.event_date) for m in mentions if m.event_type == "ASSAULT"] == \
            [(False, date(2025, 9, 3))], number


def test_headline_date_text():
    from crisisdesk.annotate.annotator import headline_date_text

    assert headline_date_text("Monday") and headline_date_text("12/11/2025") and headline_date_text("2025")
    assert not headline_date_text("34") and not headline_date_text("1034")


def test_present_tense_headline_read_as_a_noun_compound_is_coded(stages, annotator):
    """"Police fire tear gas at protesters in Bamako": the small English model reads
    "fire" as a compound of "gas" (a verbless noun phrase), so no event was coded. The
    present form of a multi-word verb entry ("fire tear gas") followed by its words in a
    verbless line after a subject noun is the headline verb: the police repress the
    protesters (CAMEO 175, ACLED Protest with intervention). Noun compounds with "fire"
    ("fire trucks", "the fire service") stay nouns."""
    title = "Police fire tear gas at protesters in Bamako"
    article, mentions = _code(stages, title, UNRELATED_BODY)
    (m,) = [m for m in mentions if m.evidence.in_title]
    assert (m.event_type, m.mode, m.cameo_code) == ("COERCE", "repress", "175")
    assert m.acled_event_type == "Protests" and m.acled_sub_event_type == "Protest with intervention"
    assert m.evidence.trigger.text == "fire tear gas"
    assert [a.sector for a in m.source_actors] == ["COP"] and [a.name for a in m.target_actors] == ["protesters"]
    assert m.place is not None and m.place.name == "Bamako"
    for text in ("Fire trucks rushed to the market in Bamako on Friday.",
                 "The fire service put out a blaze at the market in Bamako on Friday.",
                 "Bamako fire service trucks"):
        assert code_text(annotator, text, date(2025, 11, 12)) == [], text
