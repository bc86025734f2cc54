"""English sentence kinds found by the fresh set written_news8 (session 20), fixed by
general rules. Every sentence was written for these tests (real spaCy model and
annotation stage, the session ``annotator`` fixture); each rule has a near sentence
where it must not fire.

- A present perfect with an adverb of frequency ("has repeatedly accused") is a habit
  (generic), and so is a denial hung on the noun of that habit ("an accusation X
  denies"); a past tense with a day stays one asserted event.
- A present perfect over years ("have fought ... for more than ten years") and plural
  acts called earlier ("several previous air strikes") are background (historical).
- The reporting window grows back only through days close to one another: a lone
  coup date months before the report is historical.
- "still/remains under the control of" is no transfer of territory.
- A warner or speaker who declares someone a target to come threatens (THREATEN 138);
  the act in the "until" clause of that future is hypothetical.
- Forces that arrive in a place are deployed (MOBILIZE 154), gunmen who arrive are not.
- Closures ordered ("ordered all schools closed") are COERCE/restrict 172, coded on the
  order; a mobilisation named by an adopted decree is the enactor's act.
- A sum approved is AID 071 and the deployment it supports is no new event; a relief
  group's clinics suspended are SANCTION 162; captives rescued are COERCE 170.
- "called on Monday and demanded" is no "call on" appeal.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.support.annotation import code_text

PUBLISHED = date(2026, 1, 16)  # a Friday

HABIT_PERFECT = ("Since then, Bamako has repeatedly accused Algiers of sheltering rebel leaders plotting to "
                 "destabilise Mali, an accusation Algeria denies.")
ONE_ACCUSATION = ("Bamako accused Algiers on Monday of sheltering rebel leaders plotting to destabilise Mali, "
                  "an accusation Algeria denies.")
OVER_YEARS = "The rebels have fought the army for more than ten years to seize the north."
OVER_DAYS = "Gunmen have attacked the village for two days."
EARLIER_STRIKES = "The bandit leader has escaped several previous air strikes."
EARLIER_ATTACK = "An earlier attack on the village killed five people on Monday."
KEPT_CONTROL = "The town is still under the control of the army."
NEW_CONTROL = "The town is now under the control of the rebels."
WARNED_TARGET = ("A JNIM spokesman warned in an audio message on Monday that any driver carrying goods for the army "
                 "would be treated as a legitimate target.")
FORECAST = "Analysts warned on Monday that convoys would be attacked."
QUOTED_TARGET = ("\"Every convoy on this road will remain a target until the junta frees our prisoners,\" "
                 "the rebels said on Tuesday.")
FREED_UNTIL = "The road stayed closed until soldiers freed the hostages on Monday."
FORCES_ARRIVED = ("Malian army (FAMa) soldiers and Nigerien troops of the joint force arrived in Ansongo on Tuesday "
                  "afternoon and began chasing the gunmen towards the river, the army spokesman said.")
GUNMEN_ARRIVED = "A farmer said the gunmen arrived on motorcycles shortly after midnight and went from house to house."
ORDERED_CLOSED = "On Sunday, the minister ordered all schools and universities closed from Monday."
CLOSED = "The minister closed all schools on Monday."
DECREE = "On Thursday, the cabinet adopted a decree on general mobilisation of reservists."
LAW_TOPIC = "The president signed a law on the protection of journalists on Monday."
SUM_APPROVED = ("On Friday, the European Union approved a further 30 million euros to support the Chadian "
                "deployment in Mali.")
TROOPS_SUPPORT = "The army deployed troops to support the operation against the rebels on Monday."
CLINICS = "The charity suspended its mobile clinics around Ansongo on Wednesday."
RESCUED = "Soldiers rescued 12 hostages near Kidal on Monday."
RESCUE_LINK = ("Gunmen attacked a bus near Gao on Monday.\n\nRelated Posts\n"
               "- Troops rescue 9 abducted traders on Gao road\n- Mopti hosts a regional fair")
CALLED_A_DAY = ("Relatives said the gunmen called on Monday and demanded 5 million naira for the release of the "
                "hostages.")
CALLED_FOR = "The president called on Monday for calm."
CALLED_A_NAME = ("On Monday, the government called the videos \"a fabrication of rebel propaganda\" and said an "
                 "inquiry had been opened.")
MARKETS_STATE = "Markets, closed since early December, are due to reopen on 1 February."
CLOSED_FOR_PROTEST = ("The opposition called on its members to observe a protest day on Friday, with shops and "
                      "markets closed.")
ARRIVED_AND_BASED = "On Monday, a battalion of the army arrived in Kidal and established its base in the town."
SENTENCES = (HABIT_PERFECT, ONE_ACCUSATION, OVER_YEARS, OVER_DAYS, EARLIER_STRIKES, EARLIER_ATTACK, KEPT_CONTROL,
             NEW_CONTROL, WARNED_TARGET, FORECAST, QUOTED_TARGET, FREED_UNTIL, FORCES_ARRIVED, GUNMEN_ARRIVED,
             ORDERED_CLOSED, CLOSED, DECREE, LAW_TOPIC, SUM_APPROVED, TROOPS_SUPPORT, CLINICS, RESCUED, RESCUE_LINK,
             CALLED_A_DAY,
             CALLED_FOR, CALLED_A_NAME, MARKETS_STATE, CLOSED_FOR_PROTEST, ARRIVED_AND_BASED)

#: a report of April 2025 that recalls a coup of October 2024 (about 170 days before)
APRIL_REPORT = date(2025, 4, 18)
LONE_OLD_DAY = ("Soldiers repelled an attack on the army post of Diapaga on Tuesday. Colonel Zida seized power in a "
                "coup on 30 October 2024. In November 2024, the junta launched the recruitment of 3,000 volunteers.")
CLOSE_DAYS = "Gunmen attacked Kaya on 2 March. Soldiers repelled an attack on the army post of Diapaga on Tuesday."


@pytest.fixture(scope="module")
def coded(annotator):  # noqa: ANN001, ANN201
    """Every sentence of this module coded once (one article each): text -> mentions."""
    found = {text: code_text(annotator, text, PUBLISHED) for text in SENTENCES}
    found.update({text: code_text(annotator, text, APRIL_REPORT) for text in (LONE_OLD_DAY, CLOSE_DAYS)})
    return found


def _by_type(mentions) -> dict:  # noqa: ANN001
    return {m.event_type: m for m in mentions}


def _sources(mention) -> list:  # noqa: ANN001
    return [a.name for a in mention.source_actors]


def test_a_habit_in_the_present_perfect_and_its_denial_are_generic(coded):  # noqa: ANN001
    habit = _by_type(coded[HABIT_PERFECT])
    assert (habit["ACCUSE"].status, habit["REJECT"].status) == ("generic", "generic")
    one = _by_type(coded[ONE_ACCUSATION])
    assert (one["ACCUSE"].status, one["ACCUSE"].event_date) == ("asserted", date(2026, 1, 12))
    assert one["REJECT"].status == "asserted"


def test_a_perfect_over_years_and_earlier_acts_are_background(coded):  # noqa: ANN001
    assert [(m.event_type, m.status) for m in coded[OVER_YEARS]] == [("ASSAULT", "historical")]
    assert [(m.event_type, m.status) for m in coded[OVER_DAYS]] == [("ASSAULT", "asserted")]
    assert [(m.event_type, m.status) for m in coded[EARLIER_STRIKES]] == [("ASSAULT", "historical")]
    [attack] = coded[EARLIER_ATTACK]
    assert (attack.status, attack.event_date) == ("asserted", date(2026, 1, 12))


def test_a_lone_day_months_before_the_report_is_historical(coded):  # noqa: ANN001
    statuses = {m.evidence.trigger.text: (m.status, m.event_date) for m in coded[LONE_OLD_DAY]}
    assert statuses["attack"] == ("asserted", date(2025, 4, 15))
    assert statuses["seized power"] == ("historical", date(2024, 10, 30))
    assert statuses["recruitment"][0] == "historical"
    close = {m.evidence.trigger.text: (m.status, m.event_date) for m in coded[CLOSE_DAYS]}
    assert close["attacked"] == ("asserted", date(2025, 3, 2))


def test_a_hold_kept_is_no_transfer_of_territory(coded):  # noqa: ANN001
    assert coded[KEPT_CONTROL] == []
    [taken] = coded[NEW_CONTROL]
    assert (taken.event_type, taken.mode, taken.cameo_code, _sources(taken)) == ("COERCE", "seize", "192", ["rebels"])


def test_a_target_declared_to_come_is_a_threat(coded):  # noqa: ANN001
    [threat] = coded[WARNED_TARGET]
    assert (threat.event_type, threat.cameo_code, threat.status, _sources(threat)) == (
        "THREATEN", "138", "asserted", ["JNIM"])
    assert threat.event_date == date(2026, 1, 12)
    assert "THREATEN" not in _by_type(coded[FORECAST])
    quoted = _by_type(coded[QUOTED_TARGET])
    assert (quoted["THREATEN"].cameo_code, _sources(quoted["THREATEN"])) == ("138", ["rebels"])
    assert quoted["RETREAT"].status == "hypothetical"  # "until the junta frees our prisoners": a condition
    [freed] = coded[FREED_UNTIL]
    assert (freed.event_type, freed.status) == ("RETREAT", "asserted")


def test_forces_that_arrive_are_deployed_gunmen_are_not(coded):  # noqa: ANN001
    [arrival] = coded[FORCES_ARRIVED]
    assert (arrival.event_type, arrival.cameo_code, arrival.event_date) == ("MOBILIZE", "154", date(2026, 1, 13))
    assert arrival.place is not None and arrival.place.name == "Ansongo"
    assert "MOBILIZE" not in _by_type(coded[GUNMEN_ARRIVED])
    [base] = coded[ARRIVED_AND_BASED]  # the arrival is the circumstance of the act joined to it
    assert (base.evidence.trigger.text, base.acled_sub_event_type) == (
        "established its base", "Headquarters or base established")


def test_closures_ordered_are_coded_on_the_order(coded):  # noqa: ANN001
    [order] = coded[ORDERED_CLOSED]
    assert (order.event_type, order.mode, order.cameo_code) == ("COERCE", "restrict", "172")
    assert (_sources(order), order.event_date, order.evidence.trigger.text) == (
        ["minister"], date(2026, 1, 11), "ordered")
    [closed] = coded[CLOSED]
    assert (closed.event_type, closed.cameo_code, closed.event_date) == ("COERCE", "172", date(2026, 1, 12))
    assert coded[MARKETS_STATE] == []  # a state, the markets parsed as the subject of "closed"
    assert [m.event_type for m in coded[CLOSED_FOR_PROTEST]] == ["REQUEST"]  # shops closed by the protesters


def test_a_decree_on_mobilisation_is_the_enactors_act(coded):  # noqa: ANN001
    [decree] = coded[DECREE]
    assert (decree.event_type, decree.status, _sources(decree), decree.event_date) == (
        "MOBILIZE", "asserted", ["cabinet"], date(2026, 1, 15))
    assert "MOBILIZE" not in _by_type(coded[LAW_TOPIC])


def test_a_sum_approved_is_aid_and_what_it_supports_no_new_event(coded):  # noqa: ANN001
    [grant] = coded[SUM_APPROVED]
    assert (grant.event_type, grant.cameo_code, _sources(grant)) == ("AID", "071", ["European Union"])
    assert {m.event_type for m in coded[TROOPS_SUPPORT]} == {"MOBILIZE", "ASSAULT"}


def test_clinics_suspended_and_captives_rescued(coded):  # noqa: ANN001
    [clinics] = coded[CLINICS]
    assert (clinics.event_type, clinics.mode, clinics.cameo_code) == ("SANCTION", "discontinue", "162")
    [rescue] = coded[RESCUED]
    assert (rescue.event_type, rescue.cameo_code, _sources(rescue), rescue.event_date) == (
        "COERCE", "170", ["Soldiers"], date(2026, 1, 12))
    assert [m.event_type for m in coded[RESCUE_LINK]] == ["ASSAULT"]  # a rescue in a list of links: none


def test_a_call_on_a_day_is_no_appeal(coded):  # noqa: ANN001
    assert [(m.event_type, m.evidence.trigger.text) for m in coded[CALLED_A_DAY]] == [("REQUEST", "demanded")]
    assert [m.event_type for m in coded[CALLED_FOR]] == ["REQUEST"]
    assert [(m.event_type, m.mode) for m in coded[CALLED_A_NAME]] == [("ACCUSE", "disapprove")]
