"""Fixes found by the second written-news check set (``tests/fixtures/written_news2``,
issues 4 and 3: generalisation to news styles and places the first set lacked). Each
test fails on the code before its fix; every sentence here was written for these tests
(real spaCy model and annotation stage, the session ``annotator`` fixture).

- a time before a postposed "local sources told our editorial team" (parsed as an
  adverbial clause) dates the event, not the statement;
- a violent or protest sentence that names no place continues the incident told before
  it (same or previous paragraph) and takes its place, and its date when it gives none;
  "Separately, ..." opens another incident;
- a list item ("- On 7 June, ...") and the line after a heading in capitals ("MALI")
  start sentences; a wire dateline ("BENI, Congo - ") is no part of the first sentence;
- a gathering whose purpose clause the parser hangs on a noun ("gathered on Labe City
  Hall square ... to protest") is a protest; "City Hall" is a landmark, "Hall" no place;
- "Congo" alone is DR Congo when the text's focus is there;
- a live blog's time-stamped entry ("14:32 GMT") told in the present or present perfect
  is dated by the blog's day;
- "since 2022" on an event noun or a present perfect is background; "the threat of
  attacks" is a risk, not an attack; "denies the allegations according to which ..."
  negates their content; a country named as the far side of a border is not the place.
"""

from __future__ import annotations

from datetime import date, timedelta

from tests.support.annotation import code_text, make_article


def _of(mentions, event_type: str, word: str):  # noqa: ANN001, ANN202
    found = [m for m in mentions if m.event_type == event_type and word in m.evidence.sentence]
    assert found, [(m.event_type, m.evidence.sentence[:60], m.status, m.event_date) for m in mentions]
    return found[0]


def _day(m) -> tuple:  # noqa: ANN001
    return m.event_date, m.date_end, m.time_precision


# ------------------------------------------------------------------ dates
def test_a_time_before_a_postposed_sources_told_dates_the_event(annotator):
    # the small English model parses "told" here as an adverbial clause of "attacked"
    text = "Armed men attacked an army post in Djibo, in the north, on Tuesday 14 October, local sources told our editorial team."
    m = _of(code_text(annotator, text, date(2025, 10, 16)), "ASSAULT", "Djibo")
    assert _day(m) == (date(2025, 10, 14), date(2025, 10, 14), "day")  # was the week ending 16 October


def test_a_live_blog_entry_in_the_present_perfect_is_the_blog_day(annotator):
    pub = date(2026, 5, 17)
    text = ("Sunday 17 May 2026. Follow our live coverage; all times are GMT.\n\n"
            "14:32 GMT\nSeveral hundred people have marched in Niamey in support of the army.\n\n"
            "15:10 GMT\nThe African Union has called on the authorities to protect civilians.")
    found = code_text(annotator, text, pub)
    assert _day(_of(found, "PROTEST", "marched")) == (pub, pub, "day")  # was the week ending 17 May
    assert _day(_of(found, "REQUEST", "called on")) == (pub, pub, "day")


def test_without_a_time_stamp_the_present_perfect_keeps_the_week(annotator):
    pub = date(2026, 5, 17)
    text = "Several hundred people have marched in Niamey in support of the army."
    m = _of(code_text(annotator, text, pub), "PROTEST", "marched")
    assert _day(m) == (pub - timedelta(days=6), pub, "week")


# ------------------------------------------------------------------ continuation
def test_a_sentence_continuing_the_incident_takes_its_place_and_date(annotator):
    text = ("Armed men attacked army positions in Titao on Tuesday 14 October, residents said.\n\n"
            "The army said it had killed more than twenty assailants during a counter-offensive.")
    m = _of(code_text(annotator, text, date(2025, 10, 16)), "ASSAULT", "twenty assailants")
    assert m.place is not None and m.place.name == "Titao"  # was Burkina Faso (country level)
    assert _day(m) == (date(2025, 10, 14), date(2025, 10, 14), "day")


def test_separately_opens_another_incident(annotator):
    text = ("Armed men attacked army positions in Titao on Tuesday 14 October, residents said. "
            "Separately, gunmen killed two herders.")
    m = _of(code_text(annotator, text, date(2025, 10, 16)), "ASSAULT", "herders")
    assert m.place is None or m.place.name != "Titao"


# ------------------------------------------------------------------ sentences of briefs and datelines
def test_list_items_and_capital_headings_are_sentences(annotator):
    text = ("MALI\n- On 7 June, militants ambushed a fuel convoy near Niono.\n\n"
            "BURKINA FASO\n- On 6 June, armed men killed four traders at the market in Sebba.")
    m = _of(code_text(annotator, text, date(2026, 6, 8)), "ASSAULT", "traders")
    assert m.evidence.sentence.startswith("On 6 June")  # the heading and the bullet were in the sentence
    assert all(a.name != "Burkina Faso" for a in m.source_actors)  # the heading was a doer
    assert m.place is not None and m.place.country == "BFA"


def test_a_dateline_is_no_part_of_the_first_sentence(annotator):
    text = "LABE, Guinea - Hundreds of young people protested in Labe on Wednesday against power cuts."
    m = _of(code_text(annotator, text, date(2026, 10, 8)), "PROTEST", "protested")
    assert [a.name for a in m.source_actors] == ["people"]  # "Guinea" was a doer
    assert m.evidence.sentence.startswith("Hundreds")


# ------------------------------------------------------------------ protests on a square
def test_a_gathering_on_a_city_hall_square_to_protest_is_a_protest(annotator):
    text = ("Hundreds of young people gathered on Labe City Hall square on Wednesday to protest against power "
            "cuts, witnesses said.")
    m = _of(code_text(annotator, text, date(2026, 10, 8)), "PROTEST", "gathered")  # was no event at all
    assert m.place is not None and m.place.name == "Labé"


def test_city_hall_is_no_place_hall_and_no_target(annotator):
    text = "Protesters gathered on Bamako City Hall square on Friday to denounce the junta."
    article = make_article(text, date(2026, 10, 8), language="en")
    doc = annotator.annotate(article)
    assert "Hall" not in {p.name for p in doc._.places}
    m = _of(code_text(annotator, text, date(2026, 10, 8)), "PROTEST", "gathered")
    assert not any("Hall" in a.name for a in m.target_actors)
    assert m.place is not None and m.place.name == "Bamako"


# ------------------------------------------------------------------ Congo
def test_congo_alone_is_dr_congo_when_the_text_is_there(annotator):
    text = ("Suspected ADF rebels killed 20 civilians near Beni in eastern Congo on Tuesday, officials said. The "
            "United Nations mission in the Congo called for an investigation.")
    m = _of(code_text(annotator, text, date(2026, 9, 2)), "REQUEST", "investigation")
    assert m.place is not None and m.place.country == "COD"  # was COG


def test_congo_beside_brazzaville_stays_the_republic(annotator):
    text = "Police in Brazzaville fired tear gas at opposition supporters in the Congo on Monday."
    found = code_text(annotator, text, date(2026, 10, 8))
    assert found and all(m.place.country == "COG" for m in found if m.place is not None)


# ------------------------------------------------------------------ status
def test_a_blockade_since_a_year_is_background(annotator):
    text = "Titao has been under a blockade imposed by armed groups since 2022."
    found = code_text(annotator, text, date(2025, 10, 16))
    assert found and all(m.status != "asserted" for m in found)


def test_a_present_perfect_since_a_year_is_background(annotator):
    text = ("Zamfara and Katsina have been the epicentre of banditry in the North-West since 2011, with thousands of "
            "people killed and hundreds of schoolchildren kidnapped, including the abduction of 279 schoolgirls from "
            "Jangebe in February 2021.")
    found = code_text(annotator, text, date(2026, 8, 10))
    assert found and all(m.status != "asserted" for m in found)


def test_the_threat_of_attacks_is_no_attack(annotator):
    text = "The threat of attacks on road convoys remains high across the region."
    found = [m for m in code_text(annotator, text, date(2026, 6, 8)) if m.event_type == "ASSAULT"]
    assert found and all(m.status == "hypothetical" for m in found)


def test_denied_allegations_according_to_which_are_negated(annotator):
    text = ("The Ministry firmly denies the allegations circulating on social networks according to which "
            "civilians were killed by our forces during these operations.")
    m = _of(code_text(annotator, text, date(2026, 6, 6)), "ASSAULT", "civilians")
    assert m.status == "negated"


# ------------------------------------------------------------------ places
def test_a_country_across_the_border_is_not_the_place(annotator):
    text = ("Niger's army said an air strike destroyed a terrorist logistics base near the border with Mali on "
            "Friday.")
    m = _of(code_text(annotator, text, date(2026, 6, 6)), "ASSAULT", "air strike")
    assert m.place is None or m.place.country != "MLI"


def test_a_call_to_protest_next_week_is_made_now(annotator):
    pub = date(2026, 10, 8)
    text = "A coalition of civil society groups called on residents to protest again next week."
    m = _of(code_text(annotator, text, pub), "REQUEST", "called on")
    assert m.status == "asserted"  # was "threatened", dated next week
    assert m.event_date is not None and m.event_date <= pub


def test_on_the_same_day_reaches_back_over_paragraphs(annotator):
    text = ("On Friday 5 June 2026, a unit of the army was attacked by terrorists near Ayorou.\n\n"
            "The wounded were evacuated to Niamey.\n\nSearch operations are continuing.\n\n"
            "On the same day, an air strike destroyed a terrorist logistics base.")
    m = _of(code_text(annotator, text, date(2026, 6, 6)), "ASSAULT", "air strike")
    assert (m.event_date, m.time_precision) == (date(2026, 6, 5), "day")  # was the week ending 6 June


# ------------------------------------------------------------------ the check set, pinned
#: Reached on the second check set after the fixes
#: (``crisisdesk eval gold tests/fixtures/written_news2/gold``).
REACHED = {"required": 37, "type": 54, "source": 51, "target": 46, "country": 54, "place": 37, "within_km": 34,
           "date": 43, "date_precision": 41, "status": 48, "claimed_by": 11, "spurious": 7, "violations": 2}
# status 46 -> 45 at the session-13 merge: s13-left reads "informs national and international
# opinion that" as a statement, so the defence ministry's account of the attack on its own
# unit is claimed by the ministry (a party's account, as "the army said"); this set's gold,
# written before that rule, said asserted. Session 15 decided the convention (README: every
# act a party's own communiqué reports is its claim; gold M1 and M3 now claimed): status
# 45 -> 48/52, claimed_by 7 -> 11/12; spurious 10 -> 7.


def test_second_written_news_check_set_figures():
    """The eight articles of the second writer (``tests/fixtures/written_news2``) through
    the whole pipeline, scored by the gold evaluator: pinned at the figures reached
    (README, "Evaluation"); first run, before these fixes: required 35/37, type 53/58,
    source 48/52, target 45/52, country 47/52, place 21/40, within max_km 17/40, date
    26/47, date precision 25/47, status 43/50, claimed_by 6/9, spurious 14, not_events
    violations 6."""
    from pathlib import Path

    from crisisdesk.evaluation.runner import EvalSettings, evaluate_gold

    result = evaluate_gold(Path(__file__).parent / "fixtures" / "written_news2" / "gold", EvalSettings(workers=1))
    s, f = result.summary, result.summary["fields"]
    assert result.problems == [] and s["articles"] == 8
    assert s["required_recall"]["n"] == 37 and s["required_recall"]["hits"] >= REACHED["required"]
    for name in ("type", "source", "target", "country", "place", "within_km", "date", "date_precision", "status",
                 "claimed_by"):
        assert f[name]["hits"] >= REACHED[name], (name, f[name])
    assert s["spurious"] <= REACHED["spurious"] and s["not_event_violations"] <= REACHED["violations"]
