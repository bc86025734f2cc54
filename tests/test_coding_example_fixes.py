"""Coding rules found on the project's own examples, tested on sentences written for
these tests: a country acting is no event place, a state's own staff drawdown, a state
force's report of its own strike, trend statements (status ``generic``) and coordinated
region names, "previously documented" events, a state's citizens, affiliation adjectives
("Moscow-linked") and landmarks placed at their town. Real spaCy model and annotation
stage (the session ``annotator`` fixture)."""

from __future__ import annotations

from datetime import date

from tests.support.annotation import make_article

from crisisdesk.coding.coder import code_events
from crisisdesk.records import GEO_PRECISION_POINT, GEO_PRECISION_REGION

PUB = date(2025, 11, 21)  # a Friday


def code(annotator, text: str, published: date = PUB):
    article = make_article(text, published, language="en")
    return code_events(annotator.annotate(article), article)


def places(annotator, text: str):
    return annotator.annotate(make_article(text, PUB))._.places


# -- 1. a country that acts is not where the sentence's events happen ---------------------

def test_a_country_named_as_agent_is_not_the_place_of_another_event(annotator):
    text = ("Rebels have besieged the town of Ménaka for weeks. The move follows decisions by Sweden and "
            "Norway, which pulled out their staff as the siege imposed by the rebels cut roads into Mali.")
    mentions = code(annotator, text)
    siege = [m for m in mentions if m.evidence.trigger.text == "siege"]
    assert siege, [m.evidence.trigger.text for m in mentions]
    assert siege[0].place is not None and siege[0].place.country == "MLI"
    assert all(m.place is None or m.place.country not in {"SWE", "NOR"} for m in mentions)


# -- 2. a state ordering its own staff out withdraws them ---------------------------------

def test_a_state_ordering_its_own_staff_to_leave_withdraws_them(annotator):
    mentions = code(annotator, "Canada ordered non-essential staff at its embassy in Dakar to leave Senegal on Friday.")
    drawdown = [m for m in mentions if m.event_type == "SANCTION"]
    assert len(drawdown) == 1
    assert drawdown[0].mode == "withdraw" and drawdown[0].cameo_code == "166"
    assert [a.code for a in drawdown[0].source_actors] == ["CAN"]
    assert [a.code for a in drawdown[0].target_actors] == ["SEN"]


def test_ordering_another_states_diplomats_to_leave_is_an_expulsion(annotator):
    mentions = code(annotator, "Niger ordered two Belgian diplomats to leave the country within two days.")
    expel = [m for m in mentions if m.event_type == "SANCTION"]
    assert len(expel) == 1 and expel[0].mode == "expel"
    assert [a.country for a in expel[0].target_actors] == ["BEL"]


# -- 3. a state force reporting an agentless strike reports its own act -----------------

def test_the_army_reporting_a_drone_strike_is_its_source_and_claims_it(annotator):
    mentions = code(annotator, "The Nigerien army said an air strike destroyed two motorcycles near Tillabéri "
                               "on Thursday, killing six militants.")
    strikes = [m for m in mentions if m.event_type == "ASSAULT"]
    assert len(strikes) == 1
    assert [a.code for a in strikes[0].source_actors] == ["NERMIL"]
    assert strikes[0].status == "claimed" and "army" in (strikes[0].claimed_by or "")
    assert strikes[0].acled_sub_event_type == "Air/drone strike"


def test_the_army_reporting_an_attack_on_its_soldiers_is_not_the_attacker(annotator):
    mentions = code(annotator, "The Nigerien army said an attack killed three soldiers near Tillabéri on Thursday.")
    attacks = [m for m in mentions if m.event_type == "ASSAULT"]
    assert attacks and not any(a.sector == "MIL" for m in attacks for a in m.source_actors)


def test_residents_reporting_a_strike_are_not_its_source(annotator):
    mentions = code(annotator, "Residents said an air strike hit a market near Tillabéri on Thursday.")
    strikes = [m for m in mentions if m.event_type == "ASSAULT"]
    assert strikes and all(not m.source_actors for m in strikes)


# -- 4. trend statements are generic; "the X and Y regions" are regions ---------------------

def test_intensified_attacks_in_two_regions_is_a_generic_statement_at_region_level(annotator):
    mentions = code(annotator, "The group has intensified attacks in the Tillabéri and Dosso regions since June.")
    attacks = [m for m in mentions if m.event_type == "ASSAULT"]
    assert len(attacks) == 1
    assert attacks[0].status == "generic"
    assert attacks[0].place is not None and attacks[0].place.geo_precision == GEO_PRECISION_REGION
    assert attacks[0].place.admin1 == "Tillabéri"


def test_repeated_attacks_and_a_wave_are_generic_but_one_attack_is_asserted(annotator):
    mentions = code(annotator, "Bandits have carried out repeated attacks on herders in the Dosso region. "
                               "A wave of kidnappings has hit the region this year. "
                               "Bandits attacked a herders' camp near Dosso on Monday.")
    statuses = [(m.evidence.trigger.text, m.status) for m in mentions if m.event_type == "ASSAULT"]
    assert ("attacks", "generic") in statuses
    assert ("hit", "generic") in statuses
    assert ("attacked", "asserted") in statuses


def test_coordinated_names_before_plural_regions_are_admin1_regions(annotator):
    found = places(annotator, "Fighting spread across the Tahoua and Agadez regions.")
    assert [(p.name, p.geo_precision, p.feature_code) for p in found] == [
        ("Tahoua", GEO_PRECISION_REGION, "ADM1"), ("Agadez", GEO_PRECISION_REGION, "ADM1")]


# -- 5. a previously documented event is historical ------------------------------------

def test_previously_documented_attacks_are_historical(annotator):
    mentions = code(annotator, "Researchers have previously documented the militia's attacks on convoys in "
                               "neighbouring Niger.")
    attacks = [m for m in mentions if m.event_type == "ASSAULT"]
    assert attacks and all(m.status == "historical" for m in attacks)


# -- 6. a state's citizens are its civilians ---------------------------------------------

def test_its_citizens_are_the_source_states_civilians_wherever_they_are(annotator):
    mentions = code(annotator, "Gunmen blocked the roads around Bamako last week. "
                               "Canada advised its citizens to leave Mali while flights were available.")
    request = [m for m in mentions if m.event_type == "REQUEST"]
    assert len(request) == 1
    assert [a.code for a in request[0].target_actors] == ["CANCVL"]


# -- 7. "Moscow-linked" qualifies an actor; it is no place -----------------------------------

def test_a_place_name_in_an_affiliation_adjective_is_not_a_place(annotator):
    found = places(annotator, "Ankara-backed fighters and a Paris-based analyst were seen in Gao.")
    assert [p.name for p in found] == ["Gao"]


# -- 8. a square or street is placed at its town --------------------------------------------

def test_an_unresolved_square_takes_the_town_named_before_it(annotator):
    text = ("Hundreds of traders marched in Ségou on Monday. "
            "Police fired tear gas at the marchers near the Place de la Liberté.")
    mentions = code(annotator, text)
    police = [m for m in mentions if m.event_type == "COERCE"]
    assert police
    for m in police:
        assert m.place is not None and m.place.name == "Ségou"
        assert m.place.geo_precision == GEO_PRECISION_POINT


def test_a_street_takes_the_town_of_its_own_sentence(annotator):
    found = places(annotator, "In Kayes, students marched along the Avenue de la République on Tuesday.")
    street = [p for p in found if p.span and p.span.text == "Avenue de la République"]
    assert len(street) == 1
    town = [p for p in found if p.span and p.span.text == "Kayes"][0]
    assert (street[0].name, street[0].lat, street[0].lon) == ("Kayes", town.lat, town.lon)
    assert street[0].feature_code is None  # not the town's own name: no town feature code


def test_gunmen_ordering_officials_out_is_no_diplomatic_withdrawal(annotator):
    mentions = code(annotator, "Gunmen ordered local officials to leave the town of Diafarabé on Sunday.")
    assert not [m for m in mentions if m.event_type == "SANCTION"]


# -- habits: a present-tense verb with an adverb of frequency is generic -----------------

def test_habitual_present_is_generic_but_a_past_incident_is_asserted(annotator):
    text = ("Armed groups regularly attack convoys on the road between Niamey and Dosso. "
            "Bandits abduct herders on a regular basis in the Tahoua region. "
            "The militia routinely carries out raids on villages. "
            "Gunmen repeatedly attacked a convoy near Dosso on Monday.")
    mentions = code(annotator, text)
    by_sentence = {}
    for m in mentions:
        by_sentence.setdefault(m.evidence.sentence.split()[0], set()).add(m.status)
    assert by_sentence["Armed"] == {"generic"}
    assert by_sentence["Bandits"] == {"generic"}
    assert by_sentence["The"] == {"generic"}
    assert by_sentence["Gunmen"] == {"asserted"}
