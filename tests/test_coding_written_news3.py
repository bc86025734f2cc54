"""Fixes found by the third written-news check set (``tests/fixtures/written_news3``,
issues 4 and 3: the reference case, Mali's fuel blockade in late 2025, in styles the first
two sets lack: a wire story with reporting layers, a travel advisory, a think-tank
weekly, a radio transcript, a timeline, a Q&A explainer, a photo gallery, an op-ed).
Each test fails on the code before its fix; every sentence here was written for these
tests (real spaCy model and annotation stage, the session ``annotator`` fixture).

- "tells its nationals to leave Mali" is a request; "ordered non-emergency U.S.
  government employees to leave Mali" is a drawdown at Mali (the country left);
- "called the video 'propaganda'" is a denunciation; "asked about the abductions" and
  "released a video" are no request and no release;
- burning tyres in a protest is a riot (PROTEST), not an assault;
- judged likelihood ("remains unlikely", "is not expected"), a possible event ("may take
  place"), a shared "should", a question and "since September" are no asserted events;
- a denial in the next clause does not negate another speaker's statement; "That is not
  true." negates the sentence before it;
- "a day earlier" counts from the day the caption set; a time in the speakers' phrase
  dates their telling; a place in the relative clause of the subject is no event place;
  "The attack took place near Diéma" places the attack told before it.
"""

from __future__ import annotations

from datetime import date

from tests.support.annotation import code_text


def _of(mentions, event_type: str, word: str):  # noqa: ANN001, ANN202
    found = [m for m in mentions if m.event_type == event_type and word in m.evidence.sentence]
    assert found, [(m.event_type, m.evidence.sentence[:60], m.status, m.event_date) for m in mentions]
    return found[0]


def _none_of(mentions, event_type: str, word: str) -> None:  # noqa: ANN001
    assert not [m for m in mentions if m.event_type == event_type and word in m.evidence.sentence], \
        [(m.event_type, m.evidence.sentence[:60], m.status) for m in mentions]


# ------------------------------------------------------------------ departures
def test_telling_nationals_to_leave_is_a_request_at_the_country_left(annotator):
    m = _of(code_text(annotator, "Britain told its nationals to leave Mali on Friday.", date(2025, 11, 2)),
            "REQUEST", "nationals")  # was no event at all
    assert [a.country for a in m.source_actors] == ["GBR"]
    assert m.place is not None and m.place.country == "MLI"  # was the United Kingdom


def test_told_reporters_that_is_no_request(annotator):
    found = code_text(annotator, "The minister told reporters that the roads were open.", date(2025, 11, 2))
    _none_of(found, "REQUEST", "told")


def test_an_ordered_departure_of_government_employees_is_a_drawdown_in_the_country_left(annotator):
    text = ("On October 28, 2025, the Department of State ordered non-emergency U.S. government employees to leave "
            "Mali.")
    m = _of(code_text(annotator, text, date(2025, 10, 30)), "SANCTION", "employees")  # was no event
    assert m.mode == "withdraw" and [a.country for a in m.source_actors] == ["USA"]
    assert m.place is not None and m.place.country == "MLI"  # not "U.S." in the staff's title
    assert m.event_date == date(2025, 10, 28)


# ------------------------------------------------------------------ verbs misread as requests or releases
def test_calling_a_video_propaganda_is_a_denunciation(annotator):
    found = code_text(annotator, 'The government called the video "propaganda" on Tuesday.', date(2025, 11, 12))
    _of(found, "ACCUSE", "propaganda")
    _none_of(found, "REQUEST", "propaganda")  # was a REQUEST


def test_calling_a_meeting_a_success_is_no_request(annotator):
    found = code_text(annotator, "The minister called the meeting a success.", date(2025, 11, 12))
    _none_of(found, "REQUEST", "success")


def test_asked_about_is_a_question_not_a_request(annotator):
    text = 'A government spokesman, asked about the abductions, said that "no driver is being held".'
    _none_of(code_text(annotator, text, date(2025, 10, 27)), "REQUEST", "asked")


def test_releasing_a_video_is_no_release(annotator):
    found = code_text(annotator, "On Tuesday, JNIM released a video of its fighters.", date(2025, 11, 12))
    _none_of(found, "RETREAT", "video")
    m = _of(code_text(annotator, "The army released 20 prisoners on Tuesday.", date(2025, 11, 12)),
            "RETREAT", "prisoners")
    assert m.mode == "release"


# ------------------------------------------------------------------ protest acts
def test_burning_tyres_in_a_protest_is_a_riot(annotator):
    text = "Youths burned tyres on a street in Kati on Monday during a protest against power cuts."
    found = code_text(annotator, text, date(2025, 11, 5))
    m = _of(found, "PROTEST", "tyres")  # was an ASSAULT
    assert m.mode == "riot" and m.acled_event_type == "Riots"
    _none_of(found, "ASSAULT", "tyres")


# ------------------------------------------------------------------ status
def test_judged_likelihood_is_no_event(annotator):
    text = ("An attack on Bamako remains unlikely in the coming weeks. Further ambushes on the corridors are highly "
            "likely. A deal between the junta and JNIM is not expected soon. Analysts say the junta is unlikely to "
            "negotiate with JNIM.")
    found = code_text(annotator, text, date(2025, 11, 24))
    assert found and all(m.status == "hypothetical" for m in found), [(m.event_type, m.status) for m in found]


def test_an_event_noun_with_a_modal_verb_is_possible(annotator):
    found = code_text(annotator, "Demonstrations may take place with little notice.", date(2025, 10, 30))
    assert _of(found, "PROTEST", "Demonstrations").status == "hypothetical"  # was asserted


def test_explosions_that_could_be_heard_are_reported(annotator):
    text = "Explosions could be heard in Gao on Monday night, residents said."
    assert _of(code_text(annotator, text, date(2025, 11, 4)), "ASSAULT", "Explosions").status == "asserted"


def test_a_conjoined_verb_shares_should(annotator):
    text = "The junta should open talks with community leaders, accept help from its neighbours and free the detainees."
    found = code_text(annotator, text, date(2025, 12, 8))
    assert found and all(m.status == "hypothetical" for m in found), [(m.event_type, m.status) for m in found]


def test_a_conjoined_verb_does_not_share_would(annotator):
    text = ("The organisers said they would hold a new march on Tuesday and called on the government to release "
            "those arrested.")
    assert _of(code_text(annotator, text, date(2025, 11, 7)), "REQUEST", "called on").status == "asserted"


def test_a_question_asserts_nothing(annotator):
    found = code_text(annotator, "Who is protecting the convoys?", date(2025, 11, 12))
    assert found and all(m.status == "hypothetical" for m in found)


def test_attacks_since_a_month_are_background(annotator):
    text = "Since September, fighters have repeatedly attacked convoys on both routes, burning dozens of trucks."
    found = code_text(annotator, text, date(2025, 10, 27))
    assert found and all(m.status != "asserted" for m in found)


def test_attacks_since_a_day_stay_current(annotator):
    text = "Since Monday, gunmen have attacked three convoys near Kayes."
    assert _of(code_text(annotator, text, date(2025, 10, 29)), "ASSAULT", "convoys").status == "asserted"


def test_a_denial_in_the_next_clause_does_not_negate_another_speaker(annotator):
    text = ('Gunmen attacked a convoy near Kati on Tuesday. The army says it killed "several" attackers; JNIM '
            "denies losing any fighters.")
    m = _of(code_text(annotator, text, date(2025, 11, 14)), "ASSAULT", "several")
    assert m.status == "claimed"  # was negated


def test_that_is_not_true_negates_the_sentence_before(annotator):
    text = "People were saying that the bridge at Markala had been attacked. That is not true."
    assert _of(code_text(annotator, text, date(2025, 11, 3)), "ASSAULT", "Markala").status == "negated"


# ------------------------------------------------------------------ dates
def test_a_day_earlier_counts_from_the_day_the_text_set(annotator):
    text = ("The burned shell of a fuel tanker lies beside the road near Kati on Nov. 2, 2025. JNIM said its "
            "fighters attacked the convoy a day earlier.")
    m = _of(code_text(annotator, text, date(2025, 11, 5)), "ASSAULT", "a day earlier")
    assert (m.event_date, m.date_end, m.time_precision) == (date(2025, 11, 1), date(2025, 11, 1), "day")


def test_a_time_in_the_speakers_phrase_dates_their_telling(annotator):
    text = "Residents reached by telephone on Monday said gunmen had burned the market in Djibo."
    m = _of(code_text(annotator, text, date(2025, 11, 5)), "ASSAULT", "burned")
    assert m.time_precision == "week" and m.date_end == date(2025, 11, 3)  # was Monday itself


# ------------------------------------------------------------------ places
def test_a_place_in_the_subjects_relative_clause_is_not_the_event_place(annotator):
    text = "JNIM, which vowed in September to cut off Bamako, claimed an attack on a convoy."
    m = _of(code_text(annotator, text, date(2025, 10, 27)), "ASSAULT", "convoy")
    assert m.place is None or m.place.name != "Bamako"  # was Bamako


def test_the_attack_took_place_near_a_town_places_the_attack_before(annotator):
    text = ("Suspected jihadist fighters set fire to 30 fuel tankers on the road linking Bamako to the Senegalese "
            "border on Sunday, a union official said.\n\n"
            "The attack took place near Diéma, in the Kayes region, about 300 km north-west of the capital, "
            "according to Moussa Traoré, a spokesman for the drivers' union.\n\n"
            '"They stopped the first trucks and poured petrol on the cabins," one driver said.')
    m = _of(code_text(annotator, text, date(2025, 10, 27)), "ASSAULT", "set fire")
    assert m.place is not None and m.place.name == "Diéma"  # was Bamako


def test_a_partys_version_of_where_the_attack_took_place_does_not_move_it(annotator):
    # training note MLI2764 has this shape: the group's claim names another town
    text = ("Gunmen attacked a convoy near Kayes on Sunday. The group claimed the attack but said that the attack "
            "took place near Nioro.")
    m = _of(code_text(annotator, text, date(2025, 10, 27)), "ASSAULT", "near Kayes")
    assert m.place is not None and m.place.name == "Kayes"


# ------------------------------------------------------------------ the check set, pinned
#: Reached on the third check set after the fixes
#: (``crisisdesk eval gold tests/fixtures/written_news3/gold``); raised by s14-left's
#: recall and precision fixes (test_coding_recall_precision_s14.py): required 29 -> 31,
#: type 45 -> 48, source 41 -> 44, target 41 -> 45, country 42 -> 46, place 27 -> 30,
#: within_km 18 -> 22, date 33 -> 36, precision 37 -> 40, status 40 -> 43, claimed_by 8 -> 9.
REACHED = {"required": 31, "type": 49, "source": 45, "target": 47, "country": 46, "place": 33, "within_km": 25,
           "date": 36, "date_precision": 40, "status": 45, "claimed_by": 9, "spurious": 14, "violations": 3}
# session 15 (two restatements made optional gold events, so n grew by 2 in the fields they
# have): type 48 -> 50/53, source 44 -> 45, target 45 -> 47, place 30 -> 33/44, within_km
# 22 -> 25/32, status 43 -> 45/48, spurious 30 -> 17, violations 10 -> 5
# session 18 (English precision): spurious 17 -> 14, violations 5 -> 3; type 50 -> 49: the
# optional Q8 ("Mali's partners in the Alliance of Sahel States, have offered fuel") had its
# type by chance, from a COOPERATE coded on the word "Alliance" of the group's name


def test_third_written_news_check_set_figures():
    """The eight articles of the third writer (``tests/fixtures/written_news3``, the
    reference case) through the whole pipeline, scored by the gold evaluator: pinned at
    the figures reached (README, "Evaluation"); first run, before these fixes (the
    outside measure): required 24/31, type 38/44, source 35/36, target 35/36, country
    35/36, place 21/35, within max_km 15/27, date 27/35, date precision 31/35, status
    32/36, claimed_by 7/11, spurious 37, not_events violations 19."""
    from pathlib import Path

    from crisisdesk.evaluation.runner import EvalSettings, evaluate_gold

    result = evaluate_gold(Path(__file__).parent / "fixtures" / "written_news3" / "gold", EvalSettings(workers=1))
    s, f = result.summary, result.summary["fields"]
    assert result.problems == [] and s["articles"] == 8
    assert s["required_recall"]["n"] == 31 and s["required_recall"]["hits"] >= REACHED["required"]
    for name in ("type", "source", "target", "country", "place", "within_km", "date", "date_precision", "status",
                 "claimed_by"):
        assert f[name]["hits"] >= REACHED[name], (name, f[name])
    assert s["spurious"] <= REACHED["spurious"] and s["not_event_violations"] <= REACHED["violations"]
