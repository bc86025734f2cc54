"""English coding faults left open by session 20, fixed by general rules. Every sentence
was written for these tests (real spaCy model and annotation stage, the session
``annotator`` fixture); each rule has a near sentence where it must not fire.

- A bare "drones" names the weapon, not its operator: no source ("Drones hit the fuel
  depot"); an owner named on the phrase ("RSF drones", "a drone launched by the rebels")
  stays the source.
- An act measured off by months or years before the story's event ("..., two years
  after jihadists killed 50 people") is historical: its toll is its own, it takes no
  date from the current event; "hours after" stays a current act.
- A restriction in an agentless passive ("A curfew was imposed", "Motorcycles were
  banned") is coded with no source; "The meeting was suspended" is no restriction.
- "The gendarmes fought back, killing three of the attackers" after an attack told in
  the paragraph is that clash, not a second ASSAULT; its dead are the clash's.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.support.annotation import code_text

PUBLISHED = date(2026, 3, 13)  # a Friday

BARE_DRONES = "Drones hit the fuel depot in Kassala on Sunday, witnesses said."
OWNED_DRONES = "RSF drones hit the airport in Kosti on Sunday."
LAUNCHED_DRONE = "A drone launched by the rebels hit a hospital in Dilling on Friday."
YEARS_AFTER = ("Gunmen killed six farmers near Djibo on Tuesday, two years after jihadists killed 50 people "
               "in the same village.")
HOURS_AFTER = "Gunmen killed four traders in Bankass on Monday, hours after militants attacked a checkpoint nearby."
CURFEW = "A curfew was imposed in Maiduguri on Tuesday night."
BANNED = "Motorcycles were banned in the three districts on Friday."
MEETING = "The meeting was suspended for an hour."
FOUGHT_BACK = ("Gunmen attacked a gendarmerie post in Kantchari on Tuesday. "
               "The gendarmes fought back, killing three of the attackers.")
RETURNED_FIRE = ("Militants ambushed a police patrol near Diapaga on Monday. "
                 "The officers returned fire and killed two of the assailants.")
LATER_RESPONSE = ("Gunmen attacked a gendarmerie post in Kantchari on Tuesday.\n\n"
                  "The gendarmes fought back on Thursday, killing three of the attackers.")
SENTENCES = (BARE_DRONES, OWNED_DRONES, LAUNCHED_DRONE, YEARS_AFTER, HOURS_AFTER, CURFEW, BANNED, MEETING,
             FOUGHT_BACK, RETURNED_FIRE, LATER_RESPONSE)


@pytest.fixture(scope="module")
def coded(annotator):  # noqa: ANN001, ANN201
    """Every text of this module coded once (one article each): text -> mentions."""
    return {text: code_text(annotator, text, PUBLISHED) for text in SENTENCES}


def _assaults(mentions) -> list:  # noqa: ANN001
    return [m for m in mentions if m.event_type == "ASSAULT"]


def _source_names(mention) -> list[str]:  # noqa: ANN001
    return [a.name.lower() for a in mention.source_actors]


def test_bare_drones_are_no_source(coded):  # noqa: ANN001
    strike = _assaults(coded[BARE_DRONES])
    assert len(strike) == 1 and strike[0].source_actors == []


def test_owned_or_launched_drones_keep_their_operator(coded):  # noqa: ANN001
    assert _source_names(_assaults(coded[OWNED_DRONES])[0]) == ["rapid support forces"]
    assert _source_names(_assaults(coded[LAUNCHED_DRONE])[0]) == ["rebels"]


def test_act_years_before_is_historical_with_its_own_toll(coded):  # noqa: ANN001
    attacks = _assaults(coded[YEARS_AFTER])
    current = [m for m in attacks if m.status == "asserted"]
    past = [m for m in attacks if m.status == "historical"]
    assert len(current) == 1 and current[0].fatalities.min == current[0].fatalities.max == 6
    assert current[0].event_date == date(2026, 3, 10)
    assert len(past) == 1 and past[0].fatalities.min == 50
    assert past[0].event_date is None  # not the current attack's Tuesday


def test_act_hours_before_stays_current(coded):  # noqa: ANN001
    attacks = _assaults(coded[HOURS_AFTER])
    assert len(attacks) == 2 and all(m.status == "asserted" for m in attacks)


def test_agentless_restrictions_are_coded_without_source(coded):  # noqa: ANN001
    curfew = [m for m in coded[CURFEW] if m.event_type == "COERCE"]
    assert [(m.mode, m.source_actors, m.status) for m in curfew] == [("curfew", [], "asserted")]
    ban = [m for m in coded[BANNED] if m.event_type == "COERCE"]
    assert len(ban) == 1 and ban[0].mode == "ban" and ban[0].source_actors == []


def test_suspended_meeting_is_no_restriction(coded):  # noqa: ANN001
    assert coded[MEETING] == []


@pytest.mark.parametrize("text, dead", [(FOUGHT_BACK, 3), (RETURNED_FIRE, 2)])
def test_fighting_back_is_the_told_clash(coded, text, dead):  # noqa: ANN001
    attacks = _assaults(coded[text])
    assert len(attacks) == 1  # one clash, not the defenders' second ASSAULT
    assert attacks[0].fatalities is not None and attacks[0].fatalities.min == dead


def test_a_response_on_another_day_stays_its_own_event(coded):  # noqa: ANN001
    assert len(_assaults(coded[LATER_RESPONSE])) == 2


RANSOM = "The abductors have demanded 5 million naira as ransom for the 12 pupils."
SANCTIONS = "The European Union has imposed sanctions on three army generals."


def test_ransom_demand_names_no_sum_as_party(annotator):  # noqa: ANN001
    requests = [m for m in code_text(annotator, RANSOM, PUBLISHED) if m.event_type == "REQUEST"]
    assert len(requests) == 1
    assert [a.name.lower() for a in requests[0].source_actors] == ["abductors"]  # "abductor": a kidnapper (REB)
    assert not [a for a in requests[0].target_actors if "naira" in a.name.lower()]


def test_sum_of_money_words():  # noqa: ANN201
    import spacy

    from crisisdesk.coding.roles import sum_of_money

    doc = spacy.blank("en")("ransom naira captives")
    assert [sum_of_money(t) for t in doc] == [True, True, False]


def test_sanctions_imposed_once_are_one_act(annotator):  # noqa: ANN001
    """"Sanctions" names one measure (status.SINGLE_EVENT_PLURALS): not a generic summary."""
    imposed = [m for m in code_text(annotator, SANCTIONS, PUBLISHED) if m.source_actors]
    assert imposed and imposed[0].status == "asserted"


STATEMENT_THREAT = "The statement said the group would attack any convoy using the road."
OWN_PRONOUN_THREAT = "In a statement posted online, the group said it would strike army positions in Djibo."
FORECAST = "Analysts said the town of Djibo would be attacked again."


@pytest.mark.parametrize("text", [STATEMENT_THREAT, OWN_PRONOUN_THREAT])
def test_announced_attack_with_unresolved_speaker_is_a_threat(annotator, text):  # noqa: ANN001
    mentions = code_text(annotator, text, PUBLISHED)
    assert [(m.event_type, m.source_actors) for m in mentions] == [("THREATEN", [])]


def test_third_party_forecast_is_no_threat(annotator):  # noqa: ANN001
    assert not [m for m in code_text(annotator, FORECAST, PUBLISHED) if m.event_type == "THREATEN"]
