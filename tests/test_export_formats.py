"""Exports round-trip: written by ``write_export`` from real rows in a real SQLite file,
read back with the standard library, fields compared with the hand-written records."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import update

from crisisdesk.export import FORMATS, write_export
from crisisdesk.export.acled import ACLED_COLUMNS, acled_notes
from crisisdesk.export.gdelt import GDELT_EVENT_COLUMNS, global_event_id
from crisisdesk.store.models import EventMentionRow
from crisisdesk.store.queries import EventFilter, EventView
from tests.support.event_rows import build_database

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture()
def engine(tmp_path):
    return build_database(tmp_path / "events.db", consolidated=True)


def export(engine, fmt, flt=EventFilter()):
    out = io.StringIO()
    n = write_export(engine, fmt, out, flt)
    return n, out.getvalue()


def test_csv_round_trip_keeps_fields_and_evidence(engine):
    n, text = export(engine, "csv")
    rows = {r["event_id"]: r for r in csv.DictReader(io.StringIO(text))}
    assert n == 3 and set(rows) == {"evt-kayes", "m-meet", "m-protest"}
    kayes = rows["evt-kayes"]
    assert kayes["kind"] == "event"
    assert kayes["fatalities_min"] == "5" and kayes["fatalities_max"] == "7"
    assert kayes["source_names"] == "JNIM" and kayes["target_names"] == "truck drivers"
    # the representative mention is the more confident one (0.9 ambush over 0.6 repel)
    assert kayes["mention_id"] == "m-ambush"
    assert kayes["evidence"].startswith("Fighters of JNIM ambushed")
    assert float(kayes["lat"]) == 14.4469 and float(kayes["lon"]) == -11.4456
    assert rows["m-protest"]["country"] == "BFA"


def test_jsonl_round_trip_keeps_actor_objects(engine):
    n, text = export(engine, "jsonl")
    records = [json.loads(line) for line in text.splitlines()]
    assert n == len(records) == 3
    by_id = {r["event_id"]: r for r in records}
    assert by_id["evt-kayes"]["source_actors"][0]["code"] == "JNIM"
    assert by_id["m-meet"]["event_date"] == "2025-11-18"
    # newest first
    assert [r["event_id"] for r in records] == ["m-meet", "evt-kayes", "m-protest"]


def test_geojson_points_are_lon_lat(engine):
    n, text = export(engine, "geojson")
    collection = json.loads(text)
    assert collection["type"] == "FeatureCollection" and n == 3
    feature = next(f for f in collection["features"] if f["id"] == "m-protest")
    assert feature["geometry"] == {"type": "Point", "coordinates": [-1.5339, 12.3657]}
    assert feature["properties"]["acled_sub_event_type"] == "Peaceful protest"


def test_acled_rows_codes_and_notes(engine):
    n, text = export(engine, "acled")
    reader = csv.DictReader(io.StringIO(text))
    assert reader.fieldnames == ACLED_COLUMNS
    rows = {r["event_id_cnty"]: r for r in reader}
    # the CONSULT meeting has no ACLED type: not an ACLED event
    assert n == 2 and set(rows) == {"evt-kayes", "m-protest"}
    kayes = rows["evt-kayes"]
    assert kayes["event_date"] == "2025-11-17" and kayes["year"] == "2025"
    assert kayes["event_type"] == "Violence against civilians" and kayes["sub_event_type"] == "Attack"
    assert (kayes["latitude"], kayes["longitude"]) == ("14.4469", "-11.4456")
    assert kayes["time_precision"] == "1" and kayes["geo_precision"] == "2"
    assert kayes["inter1"] == "2" and kayes["inter2"] == "7" and kayes["interaction"] == "27"
    assert kayes["fatalities"] == "5"  # lowest of the 5-7 range
    assert kayes["iso"] == "466" and kayes["country"] == "Mali" and kayes["iso3"] == "MLI"
    assert kayes["notes"].startswith("On 17 November 2025, JNIM attacked truck drivers near Kayes")
    assert "5-7" in kayes["notes"]
    protest = rows["m-protest"]
    assert protest["inter1"] == "6" and protest["interaction"] == "60"
    assert protest["disorder_type"] == "Demonstrations"


def test_acled_precision_mapping_and_skipped_statuses():
    base = dict(event_id="x", kind="mention", event_type="ASSAULT", acled_event_type="Battles",
                acled_sub_event_type="Armed clash", event_date=date(2025, 11, 3), country="MLI")
    from crisisdesk.export.acled import acled_record
    month = acled_record(EventView(status="asserted", time_precision="month", geo_precision=4, **base))
    assert month["time_precision"] == 3 and month["geo_precision"] == 3
    assert month["notes"].startswith("In November 2025,")
    assert "known to the country only" in month["notes"]
    week = acled_record(EventView(status="claimed", claimed_by="JNIM", time_precision="week", **base))
    assert week["time_precision"] == 2 and "Claimed by JNIM." in week["notes"]
    assert acled_record(EventView(status="threatened", **base)) is None
    assert acled_record(EventView(status="historical", **base)) is None


def test_acled_rows_put_protesters_first_and_take_no_things_as_actors():
    from crisisdesk.export.acled import acled_record

    police = {"name": "Police", "code": "MLICOP", "sector": "COP", "country": "MLI"}
    crowd = {"name": "protesters", "code": "MLICVL", "sector": "CVL", "country": "MLI", "generic": True}
    base = dict(event_id="x", kind="mention", status="asserted", event_date=date(2025, 11, 3), country="MLI",
                time_precision="day")
    protest = acled_record(EventView(event_type="COERCE", acled_event_type="Protests",
                                     acled_sub_event_type="Protest with intervention",
                                     source_actors=[police], target_actors=[crowd], **base))
    # a police actor coded MLICOP is named as ACLED names Mali's police, with the regime years
    police_forces = "Police Forces of Mali (2021-)"
    # the crowd is ACLED's "Protesters (Mali)" (ACLED Codebook, Protests)
    assert (protest["actor1"], protest["inter1"], protest["actor2"], protest["inter2"]) == ("Protesters (Mali)", 6, police_forces, 1)
    assert protest["interaction"] == 16
    assert "a protest met an intervention by Police Forces of Mali in Mali" in protest["notes"]
    army = {"name": "Malian Armed Forces", "code": "MLIMIL", "sector": "MIL", "country": "MLI"}
    truck = {"name": "pickup truck", "code": "MLICVL", "sector": "CVL", "country": "MLI", "generic": True}
    strike = acled_record(EventView(event_type="ASSAULT", acled_event_type="Explosions/Remote violence",
                                    acled_sub_event_type="Air/drone strike", source_actors=[army],
                                    target_actors=[truck], **base))
    assert strike["actor2"] == "" and strike["inter2"] == "" and strike["civilian_targeting"] == ""
    assert strike["interaction"] == 10
    unknown = acled_record(EventView(event_type="ASSAULT", acled_event_type="Violence against civilians",
                                     acled_sub_event_type="Attack", target_actors=[crowd], **base))
    assert unknown["actor1"] == "Unidentified Armed Group (Mali)"
    assert unknown["notes"].startswith("On 3 November 2025, an unidentified armed group attacked protesters")


def test_acled_rows_name_crowds_and_unknown_doers_as_acled_does():
    from crisisdesk.export.acled import acled_record

    base = dict(event_id="x", kind="mention", status="asserted", event_date=date(2025, 11, 3), country="MLI",
                time_precision="day", place_name="Kati", admin1="Koulikoro", geo_precision=1)
    drivers = {"name": "drivers", "code": "MLICVL", "sector": "CVL", "country": "MLI", "generic": True}
    crowd = {"name": "crowds", "sector": "CVL", "country": "MLI", "generic": True}
    riot = acled_record(EventView(event_type="PROTEST", acled_event_type="Riots",
                                  acled_sub_event_type="Violent demonstration", source_actors=[drivers, crowd], **base))
    # a violent demonstration by unnamed drivers was exported as "Civilians (Mali)"
    assert (riot["actor1"], riot["assoc_actor_1"], riot["inter1"], riot["interaction"]) == ("Rioters (Mali)", "", 5, 50)
    villagers = {"name": "villagers", "code": "MLICVL", "sector": "CVL", "country": "MLI", "generic": True}
    attack = acled_record(EventView(event_type="ASSAULT", acled_event_type="Violence against civilians",
                                    acled_sub_event_type="Attack", target_actors=[villagers],
                                    reported_by="he", **base))
    # nobody named as the doer: ACLED's "Unidentified Armed Group (Mali)", a political
    # militia (inter 3); the row had the name with an empty inter1 and interaction
    assert (attack["actor1"], attack["inter1"], attack["actor2"], attack["inter2"], attack["interaction"]) == (
        "Unidentified Armed Group (Mali)", 3, "Civilians (Mali)", 7, 37)
    assert "According to" not in attack["notes"]  # "According to he." named nobody
    between = acled_record(EventView(event_type="ASSAULT", acled_event_type="Violence against civilians",
                                     acled_sub_event_type="Attack", target_actors=[villagers],
                                     **{**base, "place_name": "between Zégoua and Sikasso", "admin1": "Sikasso"}))
    assert "civilians between Zégoua and Sikasso, Sikasso, Mali." in between["notes"]
    assert " in between " not in between["notes"]


def test_gdelt_columns_match_the_codebook_and_codes(engine):
    codebook = SHARED / "gdelt" / "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv"
    with codebook.open(encoding="utf-8") as fh:
        expected = [row["tableId"] for row in csv.DictReader(fh)]
    assert GDELT_EVENT_COLUMNS == expected and len(expected) == 61
    n, text = export(engine, "gdelt")
    rows = list(csv.reader(io.StringIO(text), delimiter="\t"))
    assert rows[0] == expected and all(len(r) == 61 for r in rows) and n == 3
    by_id = {int(r[0]): dict(zip(expected, r)) for r in rows[1:]}
    kayes = by_id[global_event_id("evt-kayes")]
    assert kayes["SQLDATE"] == "20251117" and kayes["MonthYear"] == "202511"
    assert kayes["FractionDate"] == f"{2025 + (11 * 30 + 17) / 365:.4f}"
    assert kayes["EventCode"] == "190" and kayes["EventRootCode"] == "19"
    assert kayes["QuadClass"] == "4" and kayes["GoldsteinScale"] == "-10.0"
    assert kayes["Actor1Code"] == "JNIM" and kayes["Actor1KnownGroupCode"] == "JNIM"
    assert kayes["Actor1Type1Code"] == "REB" and kayes["Actor2Type1Code"] == "CVL"
    assert kayes["ActionGeo_CountryCode"] == "ML" and kayes["ActionGeo_Type"] == "4"
    assert kayes["ActionGeo_FeatureID"] == "2455518" and kayes["NumMentions"] == "2"
    meet = by_id[global_event_id("m-meet")]
    assert meet["Actor1CountryCode"] == "MLI" and meet["Actor1KnownGroupCode"] == ""
    protest = by_id[global_event_id("m-protest")]
    assert protest["ActionGeo_CountryCode"] == "UV"  # FIPS 10-4 for Burkina Faso, not ISO BF


def test_plover_records_use_gsr_field_names(engine):
    n, text = export(engine, "plover")
    records = json.loads(text)
    gsr = json.loads((SHARED / "plover" / "plover_gsr_dev.json").read_text(encoding="utf-8"))
    gsr_fields = set().union(*(r.keys() for r in gsr))
    actor_fields = {k for r in gsr for a in r.get("source", []) for k in a}
    assert n == len(records) == 3
    for record in records:
        assert set(record) - {"crisisdesk"} <= gsr_fields
        for a in record.get("source", []) + record.get("target", []):
            assert set(a) <= actor_fields
    kayes = next(r for r in records if r["id"] == "evt-kayes")
    assert kayes["event"] == "ASSAULT" and kayes["date"] == "2025-11-17"
    assert kayes["eventText"] == "ambushed" and kayes["dead"] == {"min": 5, "max": 7}
    assert kayes["eventLoc"]["country code"] == "ML"
    assert kayes["source"] == [{"actorText": "JNIM", "code": "JNIM", "sector": "REB"}]


def test_plover_actor_text_is_the_words_of_the_story_not_a_code_label():
    from crisisdesk.export.plover import plover_record

    officials = {"name": "France GOV", "code": "FRAGOV", "sector": "GOV", "country": "FRA",
                 "span": {"start": 10, "end": 26, "text": "French officials"}}
    russia = {"name": "Russian Federation", "code": "RUS", "country": "RUS"}
    record = plover_record(EventView(event_id="x", kind="event", event_type="ACCUSE", status="asserted",
                                     event_date=date(2025, 11, 21), source_actors=[officials],
                                     target_actors=[russia], country="MLI"))
    # actorText was "France GOV", a label built from the code; the PLOVER gold standard
    # records give the story's words ("Turkish", "Malian troops")
    assert record["source"] == [{"actorText": "French officials", "code": "FRAGOV", "sector": "GOV"}]
    assert record["target"] == [{"actorText": "Russian Federation", "code": "RUS"}]  # no span: its name


def test_filters_apply_to_exports(engine):
    n, text = export(engine, "jsonl", EventFilter(country="BFA"))
    assert n == 1 and json.loads(text)["event_id"] == "m-protest"


def test_unconsolidated_mentions_each_become_an_event(tmp_path):
    engine = build_database(tmp_path / "raw.db", consolidated=False)
    n, text = export(engine, "jsonl")
    ids = {json.loads(line)["event_id"] for line in text.splitlines()}
    assert n == 4 and ids == {"m-ambush", "m-repel", "m-meet", "m-protest"}


def test_mention_linked_later_leaves_the_fallback(engine):
    # linking m-meet to the Kayes event removes it from the unconsolidated list
    with engine.begin() as conn:
        conn.execute(update(EventMentionRow).where(EventMentionRow.mention_id == "m-meet").values(event_id="evt-kayes"))
    n, _ = export(engine, "csv")
    assert n == 2


def test_unknown_format_is_refused(engine):
    with pytest.raises(ValueError, match="unknown export format 'xml'"):
        write_export(engine, "xml", io.StringIO())
    assert set(FORMATS) == {"csv", "jsonl", "geojson", "acled", "gdelt", "plover"}


def test_event_view_and_exports_on_sqlite_and_postgresql(db_url):
    """The same queries and exports on both backends (the union, JSON actor search,
    CAMEO prefix, streaming cursor)."""
    from crisisdesk.store.queries import count_events, page_events

    engine = build_database(db_url, consolidated=True)
    assert [e.event_id for e in page_events(engine).items] == ["m-meet", "evt-kayes", "m-protest"]
    assert count_events(engine, EventFilter(actor="jnim")) == 1
    assert count_events(engine, EventFilter(event_type="04")) == 1
    assert count_events(engine, EventFilter(country="mli", admin1="KAYES")) == 1
    n, text = export(engine, "acled")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert n == 2 and rows[0]["event_id_cnty"] == "evt-kayes" and rows[0]["fatalities"] == "5"
    n, text = export(engine, "plover")
    assert n == 3 and json.loads(text)[1]["eventText"] == "ambushed"


def test_place_anchor_and_inference_are_exported(engine):
    """QA: exports did not carry Place.anchor / Place.inferred. The consolidated event
    takes them from the most confident mention giving its place (m-ambush, 0.9, over
    m-repel, 0.6); an unconsolidated mention from its own place."""
    with engine.begin() as conn:
        def place(mention_id, **cues):
            conn.execute(update(EventMentionRow).where(EventMentionRow.mention_id == mention_id)
                         .values(place={"name": "x", "geo_precision": 1, "anchor": None, "inferred": False, **cues}))
        place("m-ambush", anchor={"start": 0, "end": 10, "text": "near Kayes"})
        place("m-repel", inferred=True)
        place("m-protest", inferred=True)
    _, text = export(engine, "csv")
    rows = {r["event_id"]: r for r in csv.DictReader(io.StringIO(text))}
    assert (rows["evt-kayes"]["place_anchor"], rows["evt-kayes"]["place_inferred"]) == ("near Kayes", "False")
    assert (rows["m-protest"]["place_anchor"], rows["m-protest"]["place_inferred"]) == ("", "True")
    assert (rows["m-meet"]["place_anchor"], rows["m-meet"]["place_inferred"]) == ("", "")  # no place JSON: unknown
    by_id = {r["event_id"]: r for r in map(json.loads, export(engine, "jsonl")[1].splitlines())}
    assert by_id["evt-kayes"]["place_anchor"] == "near Kayes" and by_id["m-protest"]["place_inferred"] is True
    plover = {r["id"]: r for r in json.loads(export(engine, "plover")[1])}
    assert plover["evt-kayes"]["crisisdesk"]["placeAnchor"] == "near Kayes"
    assert plover["m-protest"]["crisisdesk"]["placeInferred"] is True
    geo = json.loads(export(engine, "geojson")[1])
    props = {f["id"]: f["properties"] for f in geo["features"]}
    assert props["evt-kayes"]["place_inferred"] is False


def test_csv_writes_plover_contexts_as_one_plain_cell(engine):
    """Two PLOVER contexts are one cell "economic; human_rights", not a Python list."""
    from sqlalchemy.orm import Session

    with Session(engine) as session:
        session.execute(update(EventMentionRow).where(EventMentionRow.mention_id == "m-protest")
                        .values(contexts=["economic", "human_rights"]))
        session.commit()
    _, text = export(engine, "csv")
    rows = {r["event_id"]: r for r in csv.DictReader(io.StringIO(text))}
    assert rows["m-protest"]["contexts"] == "economic; human_rights"
    assert rows["m-meet"]["contexts"] == ""


def _acled_row(source, target, acled_type="Battles", sub="Armed clash"):
    from crisisdesk.export.acled import acled_record
    return acled_record(EventView(event_id="x", kind="mention", status="asserted", event_date=date(2025, 11, 3),
                                  country="MLI", time_precision="day", event_type="ASSAULT",
                                  acled_event_type=acled_type, acled_sub_event_type=sub,
                                  source_actors=source, target_actors=target))


def test_acled_generic_armed_doers_are_one_unidentified_armed_group_inter_3():
    shooters = {"name": "Fulani gunmen", "sector": "REB", "country": "MLI", "generic": True}
    gunmen = {"name": "gunmen", "code": "MLIREB", "sector": "REB", "country": "MLI", "generic": True}
    assailants = {"name": "assailants", "sector": "REB", "generic": True}
    herders = {"name": "herders", "code": "MLICVL", "sector": "CVL", "country": "MLI", "generic": True}
    row = _acled_row([gunmen, assailants], [herders], "Violence against civilians", "Attack")
    assert (row["actor1"], row["assoc_actor_1"], row["inter1"]) == ("Unidentified Armed Group (Mali)", "", 3)
    assert row["interaction"] == 37
    # a doer noun qualified by a community is no unidentified group: it keeps its name
    other = _acled_row([shooters], [herders], "Violence against civilians", "Attack")
    assert (other["actor1"], other["inter1"]) == ("Fulani gunmen", 2)


def test_acled_posts_stand_for_their_force_and_villages_for_civilians():
    raiders = {"name": "JNIM", "code": "JNIM", "sector": "REB", "country": "MLI"}
    post = {"name": "gendarmerie post", "code": "MLIMIL", "sector": "MIL", "country": "MLI", "generic": True}
    checkpoint = {"name": "army checkpoint", "code": "MLIMIL", "sector": "MIL", "country": "MLI", "generic": True}
    barrier = {"name": "checkpoint", "generic": True}
    village = {"name": "village", "code": "MLICVL", "sector": "CVL", "country": "MLI", "generic": True}
    herders = {"name": "herders", "code": "MLICVL", "sector": "CVL", "country": "MLI", "generic": True}
    assert _acled_row([raiders], [post])["actor2"] == "Police Forces of Mali (2021-) Gendarmerie"
    row = _acled_row([raiders], [checkpoint])
    assert (row["actor2"], row["inter2"]) == ("Military Forces of Mali (2021-)", 1)
    assert _acled_row([raiders], [barrier])["actor2"] == ""
    attack = _acled_row([raiders], [village], "Violence against civilians", "Attack")
    assert (attack["actor2"], attack["inter2"], attack["civilian_targeting"]) == ("Civilians (Mali)", 7, "Civilian targeting")
    # the village adds nothing when its people are already the target
    both = _acled_row([raiders], [herders, village], "Violence against civilians", "Attack")
    # unnamed herders are civilians to ACLED ("Civilians (Mali)"), named once
    assert (both["actor2"], both["assoc_actor_2"]) == ("Civilians (Mali)", "")
    assert "attacked civilians in" in both["notes"]


def test_acled_state_actors_carry_the_regime_years_of_the_event_day():
    """ACLED names state forces by the regime in power ("Military Forces of Mali
    (2013-2020)"); the export wrote the bare name. Countries with no listed periods and
    undated events keep the bare name."""
    from crisisdesk.export.acled_regimes import with_regime_years

    assert with_regime_years("Military Forces of Mali", date(2019, 3, 3)) == "Military Forces of Mali (2013-2020)"
    assert with_regime_years("Government of Mali", date(2021, 1, 10)) == "Government of Mali (2020-2021)"
    assert with_regime_years("Government of Mali", date(2021, 5, 24)) == "Government of Mali (2021-)"
    assert with_regime_years("Military Forces of France", date(2016, 6, 1)) == "Military Forces of France (2012-2017)"
    assert with_regime_years("Military Forces of Mali", None) == "Military Forces of Mali"
    assert with_regime_years("Government of Niger", date(2025, 1, 1)) == "Government of Niger"
    assert with_regime_years("Military Forces of Malinese", date(2025, 1, 1)) == "Military Forces of Malinese"
    army = {"name": "Malian army", "code": "MLIMIL", "sector": "MIL", "country": "MLI", "actor_type": "state"}
    raiders = {"name": "JNIM", "code": "JNIM", "sector": "REB", "country": "MLI"}
    row = _acled_row([raiders], [{"name": "Mali MIL", "code": "MLIMIL", "sector": "MIL", "country": "MLI"}, army])
    assert row["actor2"] == "Military Forces of Mali (2021-)"


def test_display_names_undo_token_joins_and_read_inside_sentences():
    from crisisdesk.store.queries import claimant_phrase, display_name

    assert display_name("Ansar al - Din wal - Jihad AJD") == "Ansar al-Din wal-Jihad (AJD)"
    assert display_name("Katiba Serma") == "Katiba Serma"
    assert display_name("JNIM") == "JNIM"
    # a two-word state with its sector code is no name with an acronym
    assert display_name("South Sudan MIL") == "South Sudan MIL"
    assert display_name("Burkina Faso GOV") == "Burkina Faso GOV"
    assert claimant_phrase("The Burkinabe army") == "the Burkinabe army"
    gov = {"name": "Niger GOV", "code": "NERGOV", "sector": "GOV", "country": "NER", "actor_type": "state"}
    row = _acled_row([gov], [], "Strategic developments", "Other")
    assert row["actor1"] == "Government of Niger"


def test_acled_notes_of_an_other_act_quote_the_report_words():
    from crisisdesk.export.acled import acled_notes

    sentence = "The ministry suspended all river transport between two towns, officials said."
    start = 500
    gov = {"name": "Niger GOV", "code": "NERGOV", "sector": "GOV", "country": "NER", "actor_type": "state"}
    view = EventView(event_id="x", kind="mention", status="claimed", claimed_by="The interior ministry",
                     event_date=date(2025, 11, 3), country="NER", time_precision="day", event_type="COERCE",
                     acled_event_type="Strategic developments", acled_sub_event_type="Other", source_actors=[gov],
                     evidence=sentence, start_char=start, trigger_start=start + 13, trigger_end=start + 22)
    notes = acled_notes(view)
    assert notes.startswith('On 3 November 2025, Government of Niger: strategic development, reported as '
                            '"suspended all river transport between two towns", in Niger')
    assert "Claimed by the interior ministry." in notes


def test_acled_generic_nouns_of_one_force_are_one_actor():
    raiders = {"name": "JNIM", "code": "JNIM", "sector": "REB", "country": "MLI"}
    soldiers = {"name": "soldiers", "code": "MLIMIL", "sector": "MIL", "country": "MLI", "generic": True}
    army = {"name": "army", "code": "MLIMIL", "sector": "MIL", "country": "MLI", "generic": True}
    police = {"name": "police", "code": "MLICOP", "sector": "COP", "country": "MLI", "generic": True}
    row = _acled_row([raiders], [soldiers, army, police])
    # named as ACLED names Mali's forces: one Military Forces actor for "soldiers" and "army"
    assert (row["actor2"], row["assoc_actor_2"]) == ("Military Forces of Mali (2021-)", "Police Forces of Mali (2021-)")


def test_gdelt_rows_are_only_events_reported_as_done(engine):
    # a negated "no attack was reported" was written as a CAMEO 190 row: GDELT's table
    # has no status, so the row read as an attack that happened
    from tests.support.event_rows import add_negated_segou_mention

    negated = add_negated_segou_mention(engine)
    n, text = export(engine, "gdelt")
    ids = [int(r[0]) for r in list(csv.reader(io.StringIO(text), delimiter="\t"))[1:]]
    assert n == 3 and len(ids) == 3
    assert global_event_id(negated) not in ids and global_event_id("evt-kayes") in ids
    n_csv, csv_text = export(engine, "csv")
    assert negated in csv_text and n_csv == 4  # kept, with its status, where a status is written


def test_a_plural_possessive_keeps_its_space_in_display_names():
    # the Markdown report printed "drivers → the Martyrs'Bridge"
    from crisisdesk.store.queries import display_name

    assert display_name("the Martyrs' Bridge") == "the Martyrs' Bridge"
    assert display_name("herders ' camp") == "herders' camp"
    assert display_name("Jama ' at Nusrat al - Islam") == "Jama'at Nusrat al-Islam"


def test_an_unnamed_official_harmed_is_a_civilian_with_the_government_beside():
    from crisisdesk.export.acled import acled_record

    gunmen = {"name": "gunmen", "sector": "REB", "generic": True}
    mayor = {"name": "mayor", "code": "MLIGOV", "sector": "GOV", "country": "MLI", "generic": True}
    base = dict(event_id="t", kind="mention", status="asserted", event_type="ASSAULT", country="MLI",
                event_date=date(2019, 6, 2), source_actors=[gunmen], target_actors=[mayor])
    attack = acled_record(EventView(acled_event_type="Violence against civilians", acled_sub_event_type="Attack", **base))
    assert (attack["actor1"], attack["actor2"], attack["assoc_actor_2"], attack["inter2"], attack["interaction"]) == (
        "Unidentified Armed Group (Mali)", "Civilians (Mali)", "Government of Mali (2013-2020)", 7, 37)
    # officials who act are the government; in a battle an unnamed official harmed is a
    # civilian too (s11-roles: was "Government of Mali" as if the government had fought)
    order = acled_record(EventView(acled_event_type="Strategic developments", acled_sub_event_type="Other",
                                   **{**base, "source_actors": [mayor], "target_actors": []}))
    assert order["actor1"] == "Government of Mali (2013-2020)"
    clash = acled_record(EventView(acled_event_type="Battles", acled_sub_event_type="Armed clash", **base))
    assert (clash["actor2"], clash["assoc_actor_2"]) == ("Civilians (Mali)", "Government of Mali (2013-2020)")


def test_demonstrators_are_acleds_crowd_actor_with_their_group_beside():
    from crisisdesk.export.acled import acled_record

    students = {"name": "students", "code": "MLICVL", "sector": "CVL", "country": "MLI", "generic": True}
    youths = {"name": "youths", "sector": "CVL", "generic": True}
    militia = {"name": "Dozo militia", "code": "DOZO", "sector": "REB", "actor_type": "identity militia",
               "acled_name": "Dozo Communal Militia ({country})"}
    base = dict(event_id="d", kind="mention", status="asserted", event_type="PROTEST", country="MLI",
                event_date=date(2019, 6, 2))
    march = acled_record(EventView(acled_event_type="Protests", acled_sub_event_type="Peaceful protest",
                                   source_actors=[students], **base))
    # the unnamed students are the crowd itself: no "Civilians (Mali)" beside it
    assert (march["actor1"], march["assoc_actor_1"], march["inter1"]) == ("Protesters (Mali)", "", 6)
    riot = acled_record(EventView(acled_event_type="Riots", acled_sub_event_type="Violent demonstration",
                                  source_actors=[youths], **base))
    assert (riot["actor1"], riot["assoc_actor_1"], riot["inter1"], riot["interaction"]) == ("Rioters (Mali)", "", 5, 50)
    # a militia's mob violence keeps the militia as actor1
    mob = acled_record(EventView(acled_event_type="Riots", acled_sub_event_type="Mob violence",
                                 source_actors=[militia], target_actors=[youths], **base))
    assert mob["actor1"] == "Dozo Communal Militia (Mali)"


def test_a_munition_coded_as_doer_is_no_actor_and_leaves_the_perpetrator_unidentified():
    from crisisdesk.export.acled import acled_record

    mine = {"name": "IED", "generic": False}
    soldiers = {"name": "soldiers", "code": "MLIMIL", "sector": "MIL", "country": "MLI", "generic": True}
    blast = acled_record(EventView(event_id="b", kind="mention", status="asserted", event_type="ASSAULT", country="MLI",
                                   event_date=date(2019, 6, 2), acled_event_type="Explosions/Remote violence",
                                   acled_sub_event_type="Remote explosive/landmine/IED",
                                   source_actors=[mine], target_actors=[soldiers]))
    assert (blast["actor1"], blast["assoc_actor_1"], blast["actor2"]) == (
        "Unidentified Armed Group (Mali)", "", "Military Forces of Mali (2013-2020)")


def test_unnamed_jihadists_are_acleds_islamist_militia_and_gunmen_stay_unidentified():
    from crisisdesk.export.acled import acled_actor

    for name in ("jihadists", "suspected Islamist militants", "Islamists"):
        assert acled_actor({"name": name, "sector": "REB", "generic": True}, "MLI") == ("Islamist Militia (Mali)", 3), name
    assert acled_actor({"name": "gunmen", "sector": "REB", "generic": True}, "MLI") == ("Unidentified Armed Group (Mali)", 3)
    # a named group keeps its name
    assert acled_actor({"name": "JNIM", "sector": "REB", "acled_name": "JNIM: Group for Support of Islam and Muslims"},
                       "MLI") == ("JNIM: Group for Support of Islam and Muslims", None)
