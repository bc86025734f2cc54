"""Unnamed local participants, organisations and regions found missing by the written
PLOVER sets (s21-plover). The sentences are written here, not taken from the sets;
each rule has a near sentence where it must not fire."""

from __future__ import annotations

from datetime import date

from crisisdesk.coding.roles import local_participant
from crisisdesk.records import ActorRef
from tests.support.annotation import actor_codes, code_text, first_of_type

PUB = date(2012, 3, 14)


def first(annotator, text: str, event_type: str):
    return first_of_type(annotator, text, PUB, event_type)


# ------------------------------------------------------- unnamed participants and the focus


def test_unplaced_gunmen_and_their_victim_take_the_articles_country(annotator):
    # no place in the sentence: the focus is Kenya (the speaker's state); ACLED would
    # name them "Unidentified Armed Group (Kenya)", the PLOVER records KENREB
    m = first(annotator, "Kenyan police said on Tuesday that gunmen had shot dead a shopkeeper.", "ASSAULT")
    assert actor_codes(m.source_actors) == ["KENREB"]
    assert actor_codes(m.target_actors) == ["KENBUS"]


def test_unplaced_farmers_take_the_articles_country(annotator):
    m = first(annotator, "Farmers blocked roads with tractors, the Dutch agriculture ministry said.", "PROTEST")
    assert [a.country for a in m.source_actors] == ["NLD"]


def test_foreign_fighters_do_not_take_the_articles_country(annotator):
    mentions = code_text(annotator, "Foreign fighters seized the town, Malian officials said.", PUB)
    sources = [a for m in mentions for a in m.source_actors if a.name and "fighters" in a.name]
    assert sources and all(a.country is None for a in sources)


def test_local_participant_sectors():
    assert local_participant(ActorRef(name="protesters", sector="CVL", generic=True))
    assert local_participant(ActorRef(name="gunmen", sector="REB", generic=True))
    # refugees came from elsewhere; aid workers mostly serve foreign agencies
    assert not local_participant(ActorRef(name="refugees", sector="REF", generic=True))
    assert not local_participant(ActorRef(name="aid workers", sector="NGO", generic=True))
    # a written sign of foreignness, a country already known, a named actor
    assert not local_participant(ActorRef(name="foreign workers", sector="CVL", generic=True))
    assert not local_participant(ActorRef(name="miners", sector="CVL", country="PER", generic=True))
    assert not local_participant(ActorRef(name="Sahel Traders", sector="BUS", generic=False))


# ------------------------------------------------------------- dictionary and regions


def test_press_freedom_ngo_is_the_requesting_source(annotator):
    m = first(annotator, "Reporters Without Borders urged Eritrea to free jailed journalists.", "REQUEST")
    assert actor_codes(m.source_actors) == ["NGORSF"]
    assert actor_codes(m.target_actors) == ["ERI"]


def test_northern_ireland_is_in_the_united_kingdom(annotator):
    m = first(annotator, "Masked men shot a prison officer in Northern Ireland on Friday.", "ASSAULT")
    assert m.place is not None and m.place.country == "GBR"
    assert actor_codes(m.target_actors) == ["GBRCOP"]


def test_the_republic_of_ireland_stays_ireland(annotator):
    m = first(annotator, "Masked men shot a prison officer in Ireland on Friday.", "ASSAULT")
    assert m.place is not None and m.place.country == "IRL"
