"""Event coding correctness (issue #4, general fixes): members of a force name the force,
witnesses of an event are no party to it, a protest's grievance is no toll of the
protest, the month "March" is no march, crowds destroying property are a violent
demonstration. Every sentence is written for these tests (no development-set text);
real spaCy model and annotator."""

from __future__ import annotations

import re
from datetime import date

from crisisdesk.coding.acled import DEMONSTRATING, MARCH_WORD, PUBLIC_GATHERING
from tests.support.annotation import code_text, mention_rule_types as rule_types

PUB = date(2024, 5, 10)


def _one(found, trigger: str):  # noqa: ANN001, ANN202 - list[EventMention] -> EventMention
    hits = [m for m in found if m.evidence.trigger.text == trigger]
    assert len(hits) == 1, [(m.evidence.trigger.text, m.event_type) for m in found]
    return hits[0]




# -- 1. "members of <force>" names the force ------------------------------------------

def test_members_of_a_force_not_in_the_actor_dictionary_name_the_force(annotator):
    found = code_text(annotator, "On Wednesday, gunmen attacked members of the National Guard near Douentza.", PUB)
    attack = _one(found, "attacked")
    assert [t.name for t in attack.target_actors] == ["National Guard"]
    assert attack.target_actors[0].sector == "COP"


def test_members_of_a_national_force_are_the_force_not_the_country(annotator):
    found = code_text(annotator, "On Wednesday, gunmen attacked elements of the Malian National Guard near Douentza.",
                      PUB)
    attack = _one(found, "attacked")
    assert [t.sector for t in attack.target_actors] == ["COP"]


# -- 2. perception verbs: their agents witness, they do not act --------------------------

def test_people_who_heard_gunfire_are_not_its_doers(annotator):
    found = code_text(annotator, "On Wednesday, intense gunfire was heard by residents of Douentza.", PUB)
    gunfire = _one(found, "gunfire")
    assert gunfire.source_actors == []
    assert rule_types(gunfire)[0] != "Riots"


def test_clashes_reported_by_witnesses_have_no_witness_as_a_side(annotator):
    found = code_text(annotator, "On Wednesday, clashes were reported by villagers near Douentza.", PUB)
    clashes = _one(found, "clashes")
    assert not any("villagers" in a.name for a in clashes.source_actors)


def test_armed_forces_reporting_their_airstrikes_remain_their_doers(annotator):
    found = code_text(annotator, "On Wednesday, airstrikes were reported by French forces near Douentza.", PUB)
    strikes = _one(found, "airstrikes")
    assert [a.code for a in strikes.source_actors] == ["FRAMIL"]


# -- 3. a passive report with no agent is no claim ----------------------------------------

def test_fighting_reported_with_no_agent_is_asserted_not_claimed(annotator):
    found = code_text(annotator, "On Wednesday, fighting between the army and jihadists was reported in Douentza.",
                      PUB)
    fighting = _one(found, "fighting")
    assert fighting.status == "asserted"
    assert not fighting.claimed_by


def test_telegraphic_report_of_fighting_is_no_claim_by_the_fighting(annotator):
    found = code_text(annotator, "Fighting between the army and jihadists reported in Douentza on Wednesday.", PUB)
    fighting = _one(found, "Fighting")
    assert fighting.status == "asserted"
    assert not fighting.claimed_by


def test_an_attack_that_claimed_lives_is_not_claimed_by_itself(annotator):
    found = code_text(annotator, "On Wednesday, an ambush near Douentza claimed the lives of six soldiers.", PUB)
    ambush = _one(found, "ambush")
    assert ambush.status == "asserted"
    assert not ambush.claimed_by


def test_a_group_claiming_an_attack_still_claims_it(annotator):
    found = code_text(annotator, "On Wednesday, JNIM claimed the ambush near Douentza.", PUB)
    ambush = _one(found, "ambush")
    assert ambush.status == "claimed" and "JNIM" in ambush.claimed_by


# -- 4. a killing named as the protest's grievance is not the protest's toll ------------

def test_killing_denounced_by_marchers_is_no_fatality_of_the_march(annotator):
    found = code_text(annotator, "On Wednesday, residents marched in Douentza to denounce the killing of a herder.",
                      PUB)
    march = _one(found, "marched")
    assert march.fatalities is None


def test_killing_condemned_in_a_march_is_background(annotator):
    found = code_text(annotator, "On Wednesday, youths marched in Douentza and condemned the killing of two herders.",
                      PUB)
    assert all(m.fatalities is None for m in found)
    assert all(m.status != "asserted" for m in found if m.evidence.trigger.text == "killing")


# -- 5. one march pattern: the month is no march ----------------------------------------

def test_march_pattern_reads_marches_not_the_month():
    pattern = re.compile(rf"\b{MARCH_WORD}\b", re.I)
    assert pattern.search("Marchers blocked the road") and pattern.search("Marches were held")
    assert pattern.search("youths marched") and pattern.search("a march on the town hall")
    assert not pattern.search("On March 11, the town hall burned")
    assert not DEMONSTRATING.search("On March 11, youths burned the town hall")
    assert not PUBLIC_GATHERING.search("On 11 March, nurses began a strike")
    assert DEMONSTRATING.search("Marching youths burned the town hall")


# -- 6. crowds destroying property: Riots - Violent demonstration -------------------------

def test_rioters_burning_a_public_building_are_a_violent_demonstration(annotator):
    found = code_text(annotator, "On Wednesday, rioters set fire to the town hall of Douentza.", PUB)
    fire = _one(found, "set fire")
    assert [a.name for a in fire.source_actors] == ["rioters"]
    assert rule_types(fire) == ("Riots", "Violent demonstration")


def test_a_mob_that_kills_is_still_mob_violence(annotator):
    found = code_text(annotator, "On Wednesday, a mob burned the house of a suspected thief in Douentza and killed him.",
                      PUB)
    assert any(rule_types(m) == ("Riots", "Mob violence") for m in found)


def test_youths_burning_a_bar_are_mob_violence_not_a_demonstration(annotator):
    found = code_text(annotator, "On Wednesday, youths burned a nightclub in Douentza.", PUB)
    fire = _one(found, "burned")
    assert rule_types(fire) == ("Riots", "Mob violence")


# -- conjoined passives share their "by" agent ------------------------------------------

def test_the_agent_after_two_conjoined_passives_did_both(annotator):
    found = code_text(annotator, "On Wednesday, two traders were stopped and beaten by bandits near Douentza.", PUB)
    assert found, "no event coded"
    for m in found:
        assert [a.name for a in m.source_actors] == ["bandits"], (m.evidence.trigger.text, m.source_actors)
        assert [a.name for a in m.target_actors] == ["traders"], (m.evidence.trigger.text, m.target_actors)



# -- territory taken: the place is where, not whom ------------------------------------------

def test_a_place_retaken_is_the_events_place_not_its_target(annotator):
    """"The army retook Boulkessi": the small model tags the village PERSON, so it was
    coded as the target actor with no place. The object of a verb of taking territory
    (retake, recapture, "seized control of", "took back") is a place (ACLED Codebook,
    Battles: "Government regains territory" is about a place); no target is named."""
    for text, trigger in (("The army retook Boulkessi on Sunday.", "retook"),
                          ("Malian troops recaptured Daralou on Sunday.", "recaptured"),
                          ("Soldiers regained control of Boulkessi on Sunday.", "regained control")):
        found = code_text(annotator, text, PUB)
        taken = _one(found, trigger)
        assert taken.target_actors == [], text
        assert taken.place is not None and taken.place.name == text.split()[-3], text
        assert rule_types(taken) == ("Battles", "Government regains territory"), text
