"""Honest output of roles (issue #4, session 11): ACLED notes in plain words, aid staff
as the civilians of the event's country with their organisation associated, an
official in a Battle as a civilian, the network view with human labels. Records and
actors are written here (no development-set text)."""

from __future__ import annotations

from datetime import date

from crisisdesk.analysis.network import actor_network, top_edges
from crisisdesk.export.acled import acled_record, note_name
from crisisdesk.records import ActorRef, Event
from crisisdesk.store.queries import EventView

BASE = dict(event_id="x", kind="mention", status="asserted", event_date=date(2025, 3, 4), country="MLI",
            time_precision="day", place_name="Gao", admin1="Gao", geo_precision=1)
GUNMEN = {"name": "gunmen", "code": "MLIREB", "sector": "REB", "country": "MLI", "generic": True}


def _row(event_type: str, sub_type: str, sources: list, targets: list, **extra) -> dict:
    return acled_record(EventView(event_type="ASSAULT", acled_event_type=event_type, acled_sub_event_type=sub_type,
                                  source_actors=sources, target_actors=targets, **{**BASE, **extra}))


def test_a_protest_note_names_the_crowd_once_in_plain_words():
    union = {"name": "Union of Teachers", "code": "MLILAB", "sector": "LAB", "country": "MLI",
             "actor_type": "organisation"}
    row = _row("Protests", "Peaceful protest", [union], [])
    assert row["actor1"] == "Protesters (Mali)"  # the column keeps ACLED's name
    assert row["notes"].startswith("On 4 March 2025, a peaceful protest by Union of Teachers in Gao")
    assert "Protesters (Mali) protested" not in row["notes"]


def test_category_names_read_as_plain_words_in_notes():
    assert note_name("Unidentified Armed Group (Mali)") == "an unidentified armed group"
    assert note_name("Civilians (Burkina Faso)") == "civilians"
    assert note_name("Military Forces of Mali") == "Military Forces of Mali"
    villagers = {"name": "villagers", "code": "MLICVL", "sector": "CVL", "country": "MLI", "generic": True}
    row = _row("Violence against civilians", "Attack", [], [villagers])
    assert row["notes"].startswith("On 4 March 2025, an unidentified armed group attacked civilians in Gao")


def test_a_named_aid_organisation_harmed_is_civilians_of_the_event_country_with_it_associated():
    msf = {"name": "Doctors Without Borders", "code": "NGOMSF", "sector": "NGO", "actor_type": "NGO",
           "acled_name": "MSF: Doctors Without Borders"}
    row = _row("Violence against civilians", "Abduction/forced disappearance", [GUNMEN], [msf])
    assert (row["actor2"], row["assoc_actor_2"], row["inter2"]) == (
        "Civilians (Mali)", "MSF: Doctors Without Borders", 7)


def test_unnamed_aid_staff_harmed_are_aid_workers_of_the_event_country():
    staff = {"name": "aid workers", "code": "NGO", "sector": "NGO", "generic": True}
    row = _row("Violence against civilians", "Attack", [GUNMEN], [staff])
    assert (row["actor2"], row["assoc_actor_2"]) == ("Civilians (Mali)", "Aid Workers (Mali)")


def test_a_mayor_in_a_battle_is_a_civilian_not_the_government_fighting():
    mayor = {"name": "mayor", "code": "MLIGOV", "sector": "GOV", "country": "MLI", "generic": True}
    guards = {"name": "guards", "code": "MLICOP", "sector": "COP", "country": "MLI", "generic": True}
    row = _row("Battles", "Armed clash", [GUNMEN], [mayor, guards])
    assert row["actor2"].startswith("Police Forces of Mali")  # the side that fought
    assert row["assoc_actor_2"].startswith("Civilians (Mali)")
    alone = _row("Battles", "Armed clash", [GUNMEN], [mayor])
    assert (alone["actor2"], alone["inter2"]) == ("Civilians (Mali)", 7)


def test_the_network_view_labels_unnamed_actors_for_people():
    jnim = ActorRef("JNIM", actor_id="jnim", code="JNIM", sector="REB")
    convoy = ActorRef("convoy", code="MLICVL", sector="CVL", country="MLI", generic=True)
    drivers = ActorRef("drivers", sector="CVL", generic=True)
    events = [Event("e1", "ASSAULT", acled_event_type="Violence against civilians", source_actors=[jnim],
                    target_actors=[convoy]),
              Event("e2", "ASSAULT", acled_event_type="Violence against civilians", source_actors=[jnim],
                    target_actors=[drivers])]
    targets = {edge["target"] for edge in top_edges(actor_network(events))}
    assert targets == {"convoy (Mali)", "drivers"}  # were "generic:convoy", "generic:drivers"
