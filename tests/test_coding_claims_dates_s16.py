"""English claims, dates and noise (session 16, issue 4: the outside sets' misses listed
in the session-15 closing note), on sentences written here (real spaCy model and
annotation stage, the session ``annotator`` fixture). Each rule has a near sentence
where it must not fire.

- a hedge ("reportedly") qualifies its own clause: a toll told as hedged after an attack
  told as fact leaves the attack asserted;
- a hedge with a named relay ("according to local sources, gunmen reportedly killed")
  is claimed by the relay; "according to the organisers" is the organisers' claim (the
  French coder already decided both);
- "a claim published by JNIM's media arm" names its issuer; a group named in an
  apposition of another ("JNIM, al Qaeda's affiliate") is not what "its" refers to;
- "the previous day", "the day before" count back from the last day told; a speech
  act said "on Friday" by the speaker itself is dated that day;
- a restated toll in a sentence of its own is not added again (shared with French);
- footage: "videos shot/released by X" film or publish, and what they show of an
  attack already told is no new event;
- "a strike conducted by health workers" is a labour strike; a third-party pronoun in
  a warned clause is not the warning official.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.support.annotation import code_text

DAY = date(2025, 11, 10)


def _assaults(annotator, text: str, published: date = DAY) -> list:  # noqa: ANN001
    return [m for m in code_text(annotator, text, published) if m.event_type == "ASSAULT"]


# -- hedges ------------------------------------------------------------------------------

def test_a_hedged_toll_leaves_the_attack_told_as_fact_asserted(annotator):
    (ambush,) = _assaults(annotator, "Suspected JNIM fighters ambushed a supply convoy south of Djibo on Tuesday; "
                                     "at least 15 militiamen were reportedly killed.")
    assert ambush.status == "asserted", (ambush.status, ambush.claimed_by)  # was claimed by "unnamed reports"
    assert ambush.fatalities is not None and ambush.fatalities.min == 15


def test_a_hedged_attack_stays_claimed(annotator):
    found = _assaults(annotator, "Suspected JNIM fighters reportedly ambushed a supply convoy south of Djibo "
                                 "on Tuesday; at least 15 militiamen were killed.")
    (ambush,) = [m for m in found if m.evidence.trigger.text == "ambushed"]
    assert (ambush.status, ambush.claimed_by) == ("claimed", "unnamed reports")


def test_a_hedge_with_a_named_relay_is_the_relays_claim(annotator):
    (kill,) = _assaults(annotator, "According to local sources, gunmen reportedly killed five villagers near "
                                   "Djibo on Sunday.")
    assert (kill.status, kill.claimed_by) == ("claimed", "local sources")  # was asserted


def test_a_relay_without_a_hedge_stays_asserted(annotator):
    (kill,) = _assaults(annotator, "According to local sources, gunmen killed five villagers near Djibo on Sunday.")
    assert (kill.status, kill.claimed_by, kill.reported_by) == ("asserted", None, "local sources")


def test_the_organisers_figures_are_their_claim(annotator):
    (march,) = [m for m in code_text(annotator, "According to the organisers, thousands of people marched in "
                                                "Bamako on Saturday.", DAY) if m.event_type == "PROTEST"]
    assert (march.status, march.claimed_by) == ("claimed", "the organisers")  # was asserted


def test_the_polices_figures_stay_asserted(annotator):
    (march,) = [m for m in code_text(annotator, "According to the police, thousands of people marched in "
                                                "Bamako on Saturday.", DAY) if m.event_type == "PROTEST"]
    assert march.status == "asserted"


# -- claimants ---------------------------------------------------------------------------

def test_a_claim_published_by_a_groups_media_arm_is_the_groups(annotator):
    (ambush,) = _assaults(annotator, "JNIM fighters ambushed an army supply column north of Bla on Friday, "
                                     "according to a claim published the same evening by JNIM's media arm, "
                                     "az-Zallaqa.")
    assert (ambush.status, ambush.claimed_by) == ("claimed", "JNIM")  # was "a claim"


def test_a_claim_with_no_issuer_keeps_its_words(annotator):
    (ambush,) = _assaults(annotator, "Fighters ambushed an army supply column north of Bla on Friday, according "
                                     "to a claim circulated on social media.")
    assert ambush.status == "claimed" and ambush.claimed_by.startswith("a claim")


def test_a_group_in_apposition_is_not_the_referent_of_its(annotator):
    text = ("Gunmen killed at least 34 people in an attack on the town of Boulsa on Saturday, two security "
            "sources said.\n\nJNIM, al Qaeda's affiliate in the Sahel, claimed responsibility for the attack on "
            "Sunday in a statement that said its fighters had targeted \"militiamen and soldiers\".")
    claim = [m for m in _assaults(annotator, text) if m.evidence.trigger.text == "targeted"]
    assert claim, [(m.evidence.trigger.text, m.source_actors) for m in _assaults(annotator, text)]
    assert [a.name for a in claim[0].source_actors] == ["JNIM"]  # was Al Qaeda, asserted
    assert claim[0].status == "claimed" and "JNIM" in claim[0].claimed_by


def test_a_named_group_is_still_the_referent_of_its(annotator):
    (attack,) = _assaults(annotator, "Al Qaeda said on Sunday that its fighters had attacked soldiers near Boulsa.")
    assert [a.name for a in attack.source_actors] == ["Al Qaeda"]


# -- dates -------------------------------------------------------------------------------

def test_the_previous_day_counts_back_from_the_day_told_in_its_sentence(annotator):
    (raid,) = _assaults(annotator, "On 12 February, the army said it had conducted an operation near Tillaberi "
                                   "the previous day, killing several terrorists.", date(2026, 2, 14))
    assert (raid.event_date, raid.time_precision) == (date(2026, 2, 11), "day")  # was 12 February


def test_the_day_before_counts_back_from_the_last_dated_sentence():
    from crisisdesk.coding.placetime import _days_before_frame
    from crisisdesk.records import TimeExpression

    frame = TimeExpression("on 3 November", date(2025, 11, 3), date(2025, 11, 3), "day")
    told = TimeExpression("The day before", date(2025, 11, 3), date(2025, 11, 9), "week")
    assert _days_before_frame(told, frame).start == date(2025, 11, 2)


def test_the_day_before_a_named_occasion_is_no_count_back():
    from crisisdesk.annotate.times import TimeRecognizer

    found = TimeRecognizer(use_dateparser=False).recognise("The day before the vote, gunmen attacked a polling "
                                                           "station near Kayes.", DAY)
    assert not [t for t in found if "day before" in t.text.lower()], found


def test_a_speakers_own_accusation_is_dated_the_day_it_is_said(annotator):
    found = code_text(annotator, "The foreign ministry said in a communiqué on Friday that it had taken note of "
                                 "the decision and accused European governments of spreading panic.", DAY)
    (accuse,) = [m for m in found if m.event_type == "ACCUSE"]
    assert (accuse.event_date, accuse.time_precision) == (date(2025, 11, 7), "day")  # was the week before


def test_anothers_threat_reported_on_a_day_stays_bounded_by_the_week(annotator):
    found = code_text(annotator, "Officials said on Friday that JNIM had threatened to attack the town.", DAY)
    (threat,) = [m for m in found if m.event_type == "THREATEN"]
    assert threat.time_precision == "week"


# -- restated tolls ----------------------------------------------------------------------

@pytest.mark.parametrize(("second", "killed"), [
    ("At least five officers died, a local official said.", 5),  # the same dead told again (was 10)
    ("Two assailants died.", 7),  # other victims
    ("Two more officers died in hospital.", 7),  # added by "more"
])
def test_a_toll_sentence_adds_only_new_dead(annotator, second, killed):
    (attack,) = _assaults(annotator, "Gunmen attacked a police post near Kati on Monday, killing five officers. "
                                     + second)
    assert attack.fatalities.min == killed


def test_a_toll_sentence_after_an_attack_without_toll_gives_it(annotator):
    (attack,) = _assaults(annotator, "Gunmen attacked a police post near Kati on Monday. Five officers died.")
    assert attack.fatalities.min == 5


# -- footage -----------------------------------------------------------------------------

def test_footage_of_an_attack_already_told_is_no_new_event(annotator):
    text = ("JNIM fighters attacked a military detachment near Titao on Saturday.\n\nVideos shot by the attackers "
            "show a column of motorcycles entering the base and buildings on fire.")
    assert [m.evidence.trigger.text for m in _assaults(annotator, text)] == ["attacked"]  # "shot" was an attack
    text = ("Gunmen attacked a convoy near Kati on Monday. Videos released by the group show fighters on motorcycles "
            "firing at burning trucks.")
    found = code_text(annotator, text, DAY)
    assert [m.evidence.trigger.text for m in found] == ["attacked"], [(m.event_type, m.evidence.trigger.text)
                                                                      for m in found]


def test_footage_that_first_reports_an_attack_is_its_claim(annotator):
    (shooting,) = _assaults(annotator, "Two videos that appeared on social media on 30 May show soldiers shooting "
                                       "at least seven unarmed men near Djibo.", date(2025, 6, 4))
    assert (shooting.status, shooting.claimed_by) == ("claimed", "Two videos")


def test_people_released_stay_a_release(annotator):
    found = code_text(annotator, "JNIM released two hostages near Kidal on Monday.", DAY)
    assert [m.event_type for m in found] == ["RETREAT"]


# -- strikes and warnings ----------------------------------------------------------------

def test_a_strike_conducted_by_health_workers_is_a_labour_strike(annotator):
    found = code_text(annotator, "A strike conducted by health workers paralysed hospitals in Bamako on Monday.", DAY)
    assert [(m.event_type, m.mode) for m in found] == [("PROTEST", "boycott")]  # was uncoded
    assert [a.sector for a in found[0].source_actors] == ["LAB"]


def test_an_air_strike_conducted_by_the_army_stays_an_air_strike(annotator):
    (strike,) = _assaults(annotator, "An air strike conducted by the army killed ten fighters near Gao on Monday.")
    assert strike.acled_event_type == "Explosions/Remote violence"


def test_a_pronoun_that_cannot_be_the_warning_official_is_not_the_official(annotator):
    found = code_text(annotator, "If they reach the town, they will attack, an official warned.", DAY)
    assert not [m for m in found if m.event_type == "THREATEN" and any(
        "official" in a.name for a in m.source_actors)], [(m.event_type, m.source_actors) for m in found]


def test_a_pronoun_that_agrees_with_the_warning_group_is_its_threat(annotator):
    found = code_text(annotator, "If the army enters the town, they will attack it, the rebels warned.", DAY)
    threats = [m for m in found if m.event_type == "THREATEN"]
    assert threats and any("rebels" in a.name for m in threats for a in m.source_actors), \
        [(m.event_type, m.source_actors) for m in found]


def test_a_wounded_man_dying_later_adds_to_the_toll(annotator):
    (ambush,) = _assaults(annotator, "Gunmen ambushed a patrol near Tonka on Monday, killing one soldier. Two "
                                     "soldiers later died of their injuries.")
    assert ambush.fatalities.min == 3


# -- envoys and evacuations --------------------------------------------------------------

def test_an_envoy_of_a_state_named_after_of_is_the_target(annotator):
    (expel,) = [m for m in code_text(annotator, "Mali expelled the chargé d'affaires of Germany on Monday.", DAY)
                if m.event_type == "SANCTION"]
    assert [a.code for a in expel.target_actors] == ["DEU"]  # was no target


def test_an_envoy_named_with_a_possessive_keeps_its_state(annotator):
    (expel,) = [m for m in code_text(annotator, "Mali expelled Belgium's chargé d'affaires on Monday.", DAY)
                if m.event_type == "SANCTION"]
    assert [a.code for a in expel.target_actors] == ["BEL"]


def test_an_evacuation_flight_is_the_states_humanitarian_aid_to_its_people(annotator):
    found = code_text(annotator, "The first evacuation flight organised by the Federal Government left Bamako on "
                                 "Wednesday night with 143 Nigerians on board, the commission said.", DAY)
    (flight,) = [m for m in found if m.event_type == "AID"]  # was uncoded
    assert (flight.mode, flight.cameo_code) == ("humanitarian", "073")
    assert [a.code for a in flight.source_actors] == ["NGA"] and [a.code for a in flight.target_actors] == ["NGACVL"]
    found = code_text(annotator, "Germany organised an evacuation flight for its citizens from Bamako on Thursday.",
                      DAY)
    (flight,) = [m for m in found if m.event_type == "AID"]
    assert [a.code for a in flight.source_actors] == ["DEU"] and [a.code for a in flight.target_actors] == ["DEUCVL"]


def test_a_flight_only_mentioned_is_no_evacuation(annotator):
    found = code_text(annotator, "Germany urged its citizens to leave Mali while seats on evacuation flights "
                                 "remain available.", DAY)
    assert not [m for m in found if m.event_type == "AID"]
    assert not [m for m in code_text(annotator, "The flight left Bamako on Thursday.", DAY) if m.event_type == "AID"]


def test_a_paragraph_of_footage_passes_the_story_on(annotator):
    text = ("On 9 January, JNIM fighters ambushed an army supply column north of Bla.\n\nVideos released by the group "
            "show fighters on motorcycles firing at burning trucks.\n\nThe army said in a statement on 12 January that "
            "its troops had neutralised twenty terrorists while repelling the attack.")
    found = _assaults(annotator, text, date(2026, 1, 20))
    assert [m.evidence.trigger.text for m in found][0] == "ambushed"
    assert all(m.event_date == date(2026, 1, 9) for m in found), [(m.evidence.trigger.text, m.event_date)
                                                                 for m in found]
