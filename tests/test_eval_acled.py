"""ACLED scoring on a hand-written export (invented events) and hand-built coded events."""

import csv
from dataclasses import replace
from datetime import date

import pytest

from crisisdesk.evaluation import acled
from crisisdesk.evaluation.acled import load_acled, score_event, select_events, strip_notes_label, summarise
from crisisdesk.records import Count
from tests.eval_helpers import actor, mention, place

LONG_COLUMNS = ["event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
                "inter1", "interaction", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "notes",
                "fatalities", "iso3"]
# Invented events. E1's JNIM row (inter1 2) comes first: JNIM is actor1 although
# interaction 12 lists the state force's code first (ACLED writes the lower code first).
# E4: French soldiers kill civilians, interaction 78 (lower code first again): the
# perpetrator's row comes first and stays actor1.
E1 = ["Battles", "Armed clash", "Mopti", "Boni", "15.0", "-1.9", "Armed clash: On 3 March 2019, JNIM militants attacked soldiers near Boni, killing 4.", "4"]
E2 = ["Violence against civilians", "Attack", "Mopti", "Koro", "14.07", "-3.08", "On 4 March 2019, gunmen killed two villagers in Koro.", "2"]
E3 = ["Protests", "Peaceful protest", "Bamako", "Bamako", "12.65", "-8.0", "On 1 June 2019, traders marched in Bamako.", "0"]
E4 = ["Violence against civilians", "Attack", "Gao", "Gao", "16.27", "-0.04", "On 5 March 2019, soldiers shot a herder near Gao.", "1"]


def _row(eid, day, e, actor1, inter1, interaction):
    etype, sub, admin1, loc, lat, lon, notes, fat = e
    return [eid, day, "1", etype, sub, actor1, "", inter1, interaction, "Mali", admin1, loc, lat, lon, "1", notes, fat, "MLI"]


@pytest.fixture()
def long_csv(tmp_path):
    path = tmp_path / "long.csv"
    with path.open("w", newline="") as h:
        w = csv.writer(h)
        w.writerow(LONG_COLUMNS)
        w.writerow(_row("MLI1", "3 March 2019", E1, "JNIM: Group for Support of Islam and Muslims", "2", "12"))
        w.writerow(_row("MLI1", "3 March 2019", E1, "Military Forces of Mali (2013-2020)", "1", "12"))
        w.writerow(_row("MLI2", "4 March 2019", E2, "Unidentified Armed Group (Mali)", "3", "37"))
        w.writerow(_row("MLI2", "4 March 2019", E2, "Civilians (Mali)", "7", "37"))
        w.writerow(_row("MLI3", "1 June 2019", E3, "Protesters (Mali)", "6", "60"))
        w.writerow(_row("MLI4", "5 March 2019", E4, "Military Forces of France", "8", "78"))
        w.writerow(_row("MLI4", "5 March 2019", E4, "Civilians (Mali)", "7", "78"))
    return path


def test_long_format_is_deduplicated_and_ordered(long_csv):
    events, problems = load_acled(long_csv)
    assert problems == []
    assert [e.event_id for e in events] == ["MLI1", "MLI2", "MLI3", "MLI4"]
    assert (events[0].actor1, events[0].actor2) == ("JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali (2013-2020)")
    assert (events[1].actor1, events[1].actor2) == ("Unidentified Armed Group (Mali)", "Civilians (Mali)")
    assert (events[2].actor1, events[2].actor2) == ("Protesters (Mali)", "")
    assert (events[3].actor1, events[3].actor2) == ("Military Forces of France", "Civilians (Mali)")
    assert events[0].event_date == date(2019, 3, 3) and events[0].fatalities == 4 and events[0].latitude == 15.0


def test_wide_format(tmp_path):
    path = tmp_path / "wide.csv"
    with path.open("w", newline="") as h:
        w = csv.writer(h)
        w.writerow(["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2",
                    "assoc_actor_2", "country", "notes", "fatalities"])
        w.writerow(["NER9", "2024-02-01", "Battles", "Armed clash", "A", "", "B", "", "Niger", "On 1 February 2024, A fought B.", "1"])
    (event,), _ = load_acled(path)
    assert (event.actor1, event.actor2, event.iso3, event.event_date) == ("A", "B", "NER", date(2024, 2, 1))


def test_missing_columns_is_a_clear_error(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n")
    with pytest.raises(acled.AcledFormatError, match=r"x\.csv.*missing columns"):
        load_acled(path)


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        ("Property destruction: On 6 May 2019, men burned a shop.", "On 6 May 2019, men burned a shop."),
        ("Looting: On 10 September 2019, militants seized cattle.", "On 10 September 2019, militants seized cattle."),
        ("Change to armed group: On May 21, a group was formed.", "On May 21, a group was formed."),
        ("Clashes between police and youth: 2 wounded.", "Clashes between police and youth: 2 wounded."),
        ("Attack against MINUSMA patrol: 2 peacekeepers killed.", "Attack against MINUSMA patrol: 2 peacekeepers killed."),
        ("On 5 May 2019, the minister said: talks resume.", "On 5 May 2019, the minister said: talks resume."),
    ],
)
def test_notes_label_removed(notes, expected):
    assert strip_notes_label(notes) == expected


def test_sample_and_country(long_csv):
    events, _ = load_acled(long_csv)
    sample = select_events(events, sample=2, seed=7)
    assert len(sample) == 2 and sample == select_events(events, sample=2, seed=7)
    assert [e.event_id for e in sample] == sorted(e.event_id for e in sample)  # file order kept
    assert len(select_events(events, country="mli")) == 4 and select_events(events, country="NER") == []


def test_scores_counted_by_hand(long_csv):
    e1, e2, e3, _e4 = load_acled(long_csv)[0]
    rows = [
        score_event(e1, [mention("ASSAULT", E1[6], acled=("Battles", "Armed clash"), source=[actor("JNIM militants", "JNIM")],
                                 target=[actor("Malian army", "MLIMIL")],
                                 place=place("Boni", "MLI", 15.0, -1.9, "Mopti"), on=date(2019, 3, 3), fatalities=Count(4, 4))]),
        score_event(e2, [
            mention("ASSAULT", E2[6], acled=("Battles", "Armed clash"), status="negated", confidence=0.99),
            mention("ASSAULT", E2[6], acled=("Violence against civilians", "Attack"), source=[actor("gunmen", generic=True)],
                    target=[actor("villagers", sector="CVL", country="MLI", generic=True)],
                    place=place("Koro", "MLI", 14.30, -3.08, "Mopti Region"),  # 0.23 degree: 25.57 km
                    on=date(2019, 3, 5), fatalities=Count(1, 3)),
        ]),
        score_event(e3, [
            mention("PROTEST", E3[6], acled=("Protests", "Violent demonstration"), source=[actor("protesters", sector="CVL", country="MLI", generic=True)],
                    on=date(2019, 6, 1)),
            mention("PROTEST", E3[6], place=place("Bamako District", "MLI", 12.65, -8.0, "Bamako")),
        ]),
    ]
    assert rows[1]["distance_km"] == pytest.approx(25.575, abs=1e-2)
    s = summarise(rows)
    assert s["event_type"]["accuracy"] == 1.0
    # sub types: Armed clash F1 1, Attack F1 1, Peaceful protest F1 0 (support 1),
    # Violent demonstration F1 0 (support 0)
    assert s["sub_event_type"]["accuracy"] == pytest.approx(2 / 3)
    assert s["sub_event_type"]["weighted_f1"] == pytest.approx(2 / 3)
    assert s["sub_event_type"]["macro_f1"] == pytest.approx(0.5)
    assert s["sub_event_type"]["confusion"]["Peaceful protest"] == {"Violent demonstration": 1}
    assert s["actor1"] == {"value": 1.0, "hits": 3, "n": 3}
    assert s["actor2"] == {"value": 1.0, "hits": 2, "n": 2}
    assert s["actor_any"] == {"value": 1.0, "hits": 5, "n": 5}
    assert s["location_found"]["hits"] == 3
    assert s["within_25km"] == {"value": 2 / 3, "hits": 2, "n": 3}
    assert s["admin1"]["hits"] == 3 and s["country"]["hits"] == 3
    assert s["date_exact"] == {"value": 2 / 3, "hits": 2, "n": 3}
    assert s["fatalities_exact"] == {"value": 2 / 3, "hits": 2, "n": 3}  # 1-3 -> lowest 1 != 2
    assert s["fatalities_within_1"] == {"value": 1.0, "hits": 3, "n": 3}


def test_no_acled_typed_event_is_no_prediction(long_csv):
    e1 = load_acled(long_csv)[0][0]
    row = score_event(e1, [mention("CONSULT", "talks")])
    assert row["event_type"] is None and row["date_exact"] is False
    # even "0 killed" and an unidentified actor1 earn nothing without a predicted event
    assert (row["fatalities_exact"], row["fatalities_within_1"], row["actor1"], row["actor_any"]) == (False, False, False, [False, False])
    assert summarise([row])["event_type"]["confusion"] == {"Battles": {"(none)": 1}}


def test_size_tag_and_label_removed():
    assert acled.clean_notes("Looting: On 3 May 2019, residents marched.[size=no report]") == "On 3 May 2019, residents marched."
    # before the full stop or inside the text, and with a space after "size"
    assert acled.clean_notes("On 3 May 2019, a dozen traders blocked the road [size=dozen].") == \
        "On 3 May 2019, a dozen traders blocked the road."
    assert acled.clean_notes("On 3 May 2019, youths marched [size= no report] and burned tyres.") == \
        "On 3 May 2019, youths marched and burned tyres."


def test_label_spellings_are_unified():
    assert acled.normalise_acled_label("Strategic Developments") == "Strategic developments"
    assert acled.normalise_acled_label("Excessive force against protestors") == "Excessive force against protesters"


# -- which coded mention is the note's event ---------------------------------------------

def test_pick_mention_prefers_the_first_report_over_a_more_confident_later_claim():
    first = mention("ASSAULT", "A convoy struck an IED near Tinaga.", acled=("Explosions/Remote violence",
                    "Remote explosive/landmine/IED"), confidence=0.45)
    claim = mention("ASSAULT", "The group claimed the attack.", acled=("Violence against civilians", "Attack"),
                    status="claimed", confidence=0.9, start=40)
    assert acled.pick_mention([first, claim]) is first


def test_pick_mention_puts_strategic_developments_after_violence_and_protests():
    patrol = mention("MOBILIZE", "An army patrol clashed with militants.", acled=("Strategic developments",
                     "Change to group/activity"), confidence=0.9)
    clash = mention("ASSAULT", "An army patrol clashed with militants.", acled=("Battles", "Armed clash"), confidence=0.5)
    assert acled.pick_mention([patrol, clash]) is clash
    arrest = mention("COERCE", "Traders marched after the arrest of their leader.", acled=("Strategic developments", "Arrests"))
    march = mention("PROTEST", "Traders marched after the arrest of their leader.", acled=("Protests", "Peaceful protest"))
    assert acled.pick_mention([arrest, march]) is march
    # a strategic development alone is still the note's event
    assert acled.pick_mention([arrest]) is arrest


def test_pick_mention_takes_the_riot_when_a_demonstration_turned_violent():
    dispersed = mention("COERCE", "Police dispersed students who had burned tyres.", acled=("Protests", "Protest with intervention"))
    burned = mention("ASSAULT", "Police dispersed students who had burned tyres.", acled=("Riots", "Violent demonstration"))
    assert acled.pick_mention([dispersed, burned]) is burned
    # but violence does not outrank a demonstration: a march over past attacks stays a protest
    march = mention("PROTEST", "Residents marched in support of the army after deadly attacks.", acled=("Protests", "Peaceful protest"))
    attacks = mention("ASSAULT", "Residents marched in support of the army after deadly attacks.", acled=("Battles", "Armed clash"))
    assert acled.pick_mention([march, attacks]) is march


def test_pick_mention_takes_the_riot_over_the_killing_around_it():
    # ACLED interaction codes 15/25 (armed actors versus rioters) are Riots events
    killed = mention("ASSAULT", "A trader was killed by gendarmes; residents then burned the gendarmerie.",
                     acled=("Violence against civilians", "Attack"), confidence=0.9)
    burned = mention("ASSAULT", "A trader was killed by gendarmes; residents then burned the gendarmerie.",
                     acled=("Riots", "Mob violence"), confidence=0.5)
    assert acled.pick_mention([killed, burned]) is burned
    assert acled.pick_mention([killed]) is killed


def _vac(actor1: str, actor2: str) -> acled.AcledEvent:
    return acled.AcledEvent("MLI9", date(2019, 5, 2), "Violence against civilians", "Attack",
                            "On 2 May 2019, armed men shot two herders near Gao.", actor1=actor1, actor2=actor2)


def test_actors_matched_by_the_names_our_acled_export_writes():
    # "armed men" and "herders" carry no country; our ACLED export names them
    # "Unidentified Armed Group (Mali)" and "Civilians (Mali)" from the event's place
    coded = mention("ASSAULT", "On 2 May 2019, armed men shot two herders near Gao.", acled=("Violence against civilians", "Attack"),
                    source=[actor("armed men", sector="REB", generic=True)], target=[actor("herders", sector="CVL", generic=True)],
                    place=place("Gao", "MLI", 16.27, -0.04, "Gao"))
    row = score_event(_vac("Unidentified Armed Group (Mali)", "Civilians (Mali)"), [coded])
    assert (row["actor1"], row["actor2"], row["actor_any"]) == (True, True, [True, True])
    # the same actors in an event placed in Burkina Faso are Burkina Faso's
    elsewhere = score_event(_vac("Unidentified Armed Group (Mali)", "Civilians (Mali)"),
                            [replace(coded, place=place("Djibo", "BFA", 14.1, -1.63, "Sahel"))])
    assert (elsewhere["actor1"], elsewhere["actor2"]) == (False, False)
    # the roles still count: the herders are no actor1
    swapped = score_event(_vac("Civilians (Mali)", "Unidentified Armed Group (Mali)"), [coded])
    assert (swapped["actor1"], swapped["actor2"], swapped["actor_any"]) == (False, False, [True, True])


def test_a_blast_with_no_doer_is_scored_as_our_export_writes_it():
    # only the device and the victims are coded: our ACLED export writes actor1
    # "Unidentified Armed Group (Mali)", as ACLED does for an unclaimed blast
    coded = mention("ASSAULT", "On 2 May 2019, an IED struck an army truck near Gao, killing two soldiers.",
                    acled=("Explosions/Remote violence", "Remote explosive/landmine/IED"), source=[actor("IED")],
                    target=[actor("soldiers", "MLIMIL", sector="MIL", country="MLI", generic=True)],
                    place=place("Gao", "MLI", 16.27, -0.04, "Gao"))
    event = acled.AcledEvent("MLI8", date(2019, 5, 2), "Explosions/Remote violence", "Remote explosive/landmine/IED",
                             "On 2 May 2019, an IED struck an army truck near Gao.", actor1="Unidentified Armed Group (Mali)",
                             actor2="Military Forces of Mali (2013-2020)")
    row = score_event(event, [coded])
    assert (row["actor1"], row["actor2"], row["actor_any"]) == (True, True, [True, True])
    claimed = score_event(replace(event, actor1="JNIM: Group for Support of Islam and Muslims"), [coded])
    assert (claimed["actor1"], claimed["actor_any"]) == (False, [False, True])
