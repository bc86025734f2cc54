"""Acts to come, decided from the parse (issue 4: status "threatened or future", "where
and when per event"; session 16). Every sentence was written for these tests (real spaCy
models and annotation stage, the session ``annotator`` fixture).

- A cooperative act to come with a day of its own, read on its own verb and the heads
  that make it future ("will meet on 5 January", "are scheduled for 12 January", "is
  going to meet", "is due to meet on Monday", "plans to visit next week", French futur
  simple "se rencontreront le 5 janvier", futur proche "vont se rencontrer") is that act,
  status ``threatened``, on the coming such day; without a day it stays the stated
  intention (AGREE, CAMEO 03x) dated by its report.
- The day must stand on the act's own words: "will investigate the attack on 28
  December" - the day is the past attack's; a day of another clause ("ont attaqué le
  village le 28 décembre, et l'armée enquêtera prochainement") or of the statement ("said
  on Monday it will send troops") does not date the act to come.
- A promise is coded by its content (PLOVER AGREE vs THREATEN, CAMEO 03x vs 13x): "JNIM
  promised to attack convoys" is a THREATEN, "promised to rebuild the schools" an AGREE.
- "Since 2013" in an English article with no publication date is the year 2013 (as
  French "depuis 2013"), not 2013 to 9999-12-31.

Each test of a fix fails on main at 94f65f2; the "stays" tests pin near sentences where
the old behaviour is right.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.support.annotation import code_text, make_article

DEC = date(2025, 12, 20)  # a Saturday
JAN = date(2026, 1, 3)


def _code(annotator, text: str, published: date, language: str = "en"):  # noqa: ANN001, ANN202
    from crisisdesk.coding.coder import code_events

    if language == "en":
        return code_text(annotator, text, published)
    article = make_article(text, published, language=language)
    doc = annotator.annotate(article)
    assert doc.lang_ == language
    return code_events(doc, article)


def _of(mentions, trigger: str):  # noqa: ANN001, ANN202
    found = [m for m in mentions if m.evidence.trigger.text == trigger]
    assert len(found) == 1, [(m.event_type, m.evidence.trigger.text, m.status, m.event_date) for m in mentions]
    return found[0]


def _seen(m) -> tuple:  # noqa: ANN001
    return m.event_type, m.status, m.event_date, m.date_end, m.time_precision


# ---------------------------------------------------------------- scheduled acts, their coming day
@pytest.mark.parametrize(("text", "trigger", "day", "language"), [
    ("The foreign ministers of Mali and Niger will meet in Bamako on 5 January.", "meet", date(2026, 1, 5), "en"),
    ("Talks between the junta and ECOWAS are scheduled for 12 January in Abuja.", "Talks", date(2026, 1, 12), "en"),
    ("The AES heads of state are scheduled to meet in Bamako on 5 January.", "meet", date(2026, 1, 5), "en"),
    ("The delegation is going to meet the junta on 8 January.", "meet", date(2026, 1, 8), "en"),
    ("The minister is due to meet the junta on Monday.", "meet", date(2025, 12, 22), "en"),
    ("Les ministres des affaires étrangères du Mali et du Niger se rencontreront le 5 janvier à Bamako.",
     "rencontreront", date(2026, 1, 5), "fr"),
    ("Les deux présidents vont se rencontrer le 8 janvier à Niamey.", "rencontrer", date(2026, 1, 8), "fr"),
])
def test_a_dated_meeting_to_come_is_threatened_on_its_coming_day(annotator, text, trigger, day, language):
    m = _of(_code(annotator, text, DEC, language), trigger)
    # was AGREE asserted in the week ending 20 December, or CONSULT asserted on last year's day
    assert _seen(m) == ("CONSULT", "threatened", day, day, "day")


def test_a_visit_planned_for_next_week_is_the_visit_to_come(annotator):
    m = _of(_code(annotator, "The president plans to visit Gao next week.", DEC), "visit")
    assert _seen(m) == ("CONSULT", "threatened", date(2025, 12, 22), date(2025, 12, 28), "week")  # was AGREE asserted


def test_an_undated_intention_stays_the_stated_intention(annotator):
    m = _of(_code(annotator, "Kazakhstan will host talks between the two sides.", DEC), "host talks")
    assert (m.event_type, m.cameo_code, m.status, m.time_precision) == ("AGREE", "036", "asserted", "week")


# ---------------------------------------------------------------- a day on other words
@pytest.mark.parametrize(("text", "trigger", "language"), [
    ("The army said it will investigate the attack on 28 December in which gunmen killed five villagers near Mopti.",
     "investigate", "en"),
    ("Des hommes armés ont attaqué le village le 28 décembre, et l'armée enquêtera prochainement.", "enquêtera", "fr"),
])
def test_a_past_day_of_another_word_does_not_date_the_act_to_come(annotator, text, trigger, language):
    found = _code(annotator, text, JAN, language)
    m = _of(found, trigger)
    assert (m.status, m.event_date) == ("threatened", None)  # was 28 December 2026
    harm = [x for x in found if x.event_type == "ASSAULT"]
    assert [(x.status, x.event_date) for x in harm] == [("asserted", date(2025, 12, 28))]


def test_the_day_of_a_statement_does_not_date_the_act_it_announces(annotator):
    found = _code(annotator, "The minister said on Monday it will send troops to Gao after gunmen attacked Ber "
                             "on Saturday.", DEC)
    m = _of(found, "send troops")
    assert (m.status, m.event_date) == ("threatened", None)  # was 22 December, the Monday to come
    assert _seen(_of(found, "attacked"))[:3] == ("ASSAULT", "asserted", date(2025, 12, 20))


# ---------------------------------------------------------------- past acts near future words: unchanged
@pytest.mark.parametrize(("text", "trigger", "day", "language"), [
    ("Gunmen attacked a checkpoint near Mopti on 28 December.", "attacked", date(2024, 12, 28), "en"),
    ("The talks, which will resume on 10 January, were suspended after gunmen attacked a convoy on 18 December.",
     "attacked", date(2025, 12, 18), "en"),
    ("Soldiers clashed with gunmen next to the market in Gao on 18 December.", "clashed", date(2025, 12, 18), "en"),
    ("The ministers met in Bamako on 5 January.", "met", date(2025, 1, 5), "en"),
    ("Des hommes armés ont attaqué le village le 18 décembre ; une enquête sera ouverte prochainement.", "attaqué",
     date(2025, 12, 18), "fr"),
    ("Les deux ministres se sont rencontrés le 5 décembre à Bamako.", "rencontrés", date(2025, 12, 5), "fr"),
])
def test_a_past_act_near_future_words_stays_asserted_in_the_past(annotator, text, trigger, day, language):
    m = _of(_code(annotator, text, DEC, language), trigger)
    assert (m.status, m.event_date) == ("asserted", day)


def test_an_attack_planned_by_a_group_is_no_act_to_come(annotator):
    m = _of(_code(annotator, "The attack was planned by JNIM.", DEC), "attack")
    assert m.status == "asserted"


def test_a_governing_verbs_day_keeps_a_purpose_clause_intention_off_last_year(annotator):
    m = _of(_code(annotator, "Le président du Niger se rendra à Bamako le 5 janvier pour rencontrer le chef de la "
                             "junte.", DEC, "fr"), "rencontrer")
    assert (m.event_type, m.time_precision, m.date_end) == ("AGREE", "week", DEC)  # not 5 January 2025


# ---------------------------------------------------------------- promises by content
@pytest.mark.parametrize(("text", "trigger", "language"), [
    ("JNIM promised to attack convoys heading to Bamako.", "attack", "en"),
    ("Le JNIM a promis d'attaquer les convois.", "attaquer", "fr"),
])
def test_a_promise_to_attack_is_a_threat(annotator, text, trigger, language):
    found = _code(annotator, text, DEC, language)
    m = _of(found, trigger)
    assert (m.event_type, m.mode, m.cameo_code, m.status) == ("THREATEN", "violence", "138", "asserted")  # was AGREE
    assert [a.code for a in m.source_actors] == ["JNIM"]
    assert [x.event_type for x in found] == ["THREATEN"]


@pytest.mark.parametrize(("text", "trigger", "language"), [
    ("The government promised to rebuild the schools.", "promised", "en"),
    ("Le gouvernement a promis de reconstruire les écoles.", "promis", "fr"),
])
def test_a_promise_to_cooperate_stays_agree(annotator, text, trigger, language):
    m = _of(_code(annotator, text, DEC, language), trigger)
    assert (m.event_type, m.status) == ("AGREE", "asserted")


def test_a_promise_dated_by_the_act_promised_is_no_act_to_come(annotator):
    m = _of(_code(annotator, "The junta promised to hold elections next year.", DEC), "promised")
    assert (m.event_type, m.status, m.time_precision, m.date_end) == ("AGREE", "asserted", "week", DEC)  # was threatened, 2026


# ---------------------------------------------------------------- "since" without publication
def test_since_a_year_without_publication_date_is_that_year():
    from crisisdesk.annotate.times import TimeRecognizer

    found = TimeRecognizer(use_dateparser=False).recognise("Since 2013, JNIM has imposed a blockade on the town.", None)
    assert [(t.start, t.end, t.precision) for t in found] == [(date(2013, 1, 1), date(2013, 12, 31), "year")]
    found = TimeRecognizer(use_dateparser=False).recognise("Since 2013, JNIM has imposed a blockade on the town.", DEC)
    assert [(t.start, t.end) for t in found] == [(date(2013, 1, 1), DEC)]  # with one: up to publication


def test_a_promise_of_a_non_violent_act_stays_agree(annotator):
    """Merge fix (s16-int): only a promise of violence is a threat; a commitment to close
    one's own plant was coded THREATEN (fourth written PLOVER set, AGREE there)."""
    mentions = _code(annotator, "The government promised to shut down the old coal plant by 2030.", DEC)
    assert "THREATEN" not in {m.event_type for m in mentions}
