"""Fixes found by the written-news check set (``tests/fixtures/written_news``, issue 4:
generalisation to news articles). Each test fails on the code before its fix.

- a time before a postposed "sources said" dates the reported event, not the statement;
- "early this morning", "tonight", "earlier today" are the report's day;
- a sentence that refers back to a told incident ("repelled the attack", "during the
  operation", "On the same day", "the insurgents") takes that incident's date, also
  across a paragraph break and over the week bound of a later statement;
- a statement told in the simple present ("warns", "calls on") is
  dated by the report's day, not the week before it;
- negative subjects ("Neither group has announced", "No civilian was harmed"), denied
  content clauses ("denies the reports that civilians were killed") are negated, and
  an event in an open "whether" question is hypothetical;
- aid distributions suspended are PLOVER SANCTION (CAMEO 162), as "suspend aid" was;
- share rows "Share on Facebook | Share on X", "Related posts" and copyright lines are
  site chrome;
- the gold evaluator matches a claimant by the gold actor's dictionary aliases ("the
  RSF" for "Rapid Support Forces").

Every sentence here was written for these tests (real spaCy model and annotation stage,
the session ``annotator`` fixture)."""

from __future__ import annotations

from datetime import date, timedelta

from crisisdesk.annotate.times import TimeRecognizer
from tests.support.annotation import code_text

PUB = date(2026, 2, 9)  # a Monday


def _dates(m) -> tuple:  # noqa: ANN001
    return m.event_date, m.date_end, m.time_precision


def _of(mentions, event_type: str, word: str):  # noqa: ANN001, ANN202
    found = [m for m in mentions if m.event_type == event_type and word in m.evidence.sentence]
    assert found, [(m.event_type, m.evidence.sentence[:60], m.status, m.event_date) for m in mentions]
    return found[0]


# ------------------------------------------------------------------ dates
def test_a_time_before_a_postposed_sources_said_dates_the_event(annotator):
    text = ("Troops of the Nigerian Army and members of the Civilian Joint Task Force repelled an attack by ISWAP "
            "fighters on a military base in Damboa, Borno State, on Sunday evening, military and militia sources "
            "told the Borno Daily Mirror.")
    m = _of(code_text(annotator, text, PUB), "ASSAULT", "Damboa")
    assert _dates(m) == (date(2026, 2, 8), date(2026, 2, 8), "day")  # was the week ending Sunday


def test_a_time_after_the_verb_of_saying_still_dates_only_the_statement(annotator):
    text = "Gunmen attacked a convoy near Kayes, officials said on Sunday."
    m = _of(code_text(annotator, text, PUB), "ASSAULT", "convoy")
    assert m.time_precision == "week" and m.date_end == date(2026, 2, 8)


def test_parts_of_the_report_day_are_that_day():
    found = TimeRecognizer(use_dateparser=False).recognise(
        "Drones struck the market early this morning; more strikes came tonight.", PUB)
    assert [(t.text, t.start, t.precision) for t in found] == [
        ("early this morning", PUB, "day"), ("tonight", PUB, "day")]


def test_a_sentence_referring_back_to_the_attack_takes_its_date_across_a_paragraph(annotator):
    text = ("Suspected jihadists killed 14 soldiers in an ambush near Douentza on Tuesday, sources said.\n\n"
            "The army said in a statement that its troops had repelled the attack and killed 30 assailants.")
    m = _of(code_text(annotator, text, date(2026, 3, 12)), "ASSAULT", "repelled the attack")
    assert _dates(m) == (date(2026, 3, 10), date(2026, 3, 10), "day")  # was the week ending 12 March


def test_on_the_same_day_takes_the_date_of_the_incident_told_before(annotator):
    text = ("On Wednesday 4 February 2026, the army attacked a terrorist base near Djibo.\n\n"
            "On the same day, a supply convoy was attacked by gunmen between Djibo and Namsiguia.")
    m = _of(code_text(annotator, text, date(2026, 2, 6)), "ASSAULT", "supply convoy")
    assert _dates(m) == (date(2026, 2, 4), date(2026, 2, 4), "day")


def test_the_definite_insurgents_refer_back_to_the_attack(annotator):
    text = ("ISWAP fighters attacked a military base in Damboa on Sunday, residents said.\n\n"
            "The insurgents fought the soldiers for nearly three hours.")
    m = _of(code_text(annotator, text, PUB), "ASSAULT", "three hours")
    assert _dates(m) == (date(2026, 2, 8), date(2026, 2, 8), "day")


def test_an_unrelated_undated_sentence_keeps_the_week(annotator):
    text = ("ISWAP fighters attacked a military base in Damboa on Sunday, residents said.\n\n"
            "Bandits abducted five farmers near Gusau.")
    m = _of(code_text(annotator, text, PUB), "ASSAULT", "Gusau")
    assert m.time_precision == "week"


def test_a_statement_in_the_simple_present_is_dated_by_the_report_day(annotator):
    text = "The UN Secretary-General calls on both sides to agree to an immediate truce."
    m = _of(code_text(annotator, text, PUB), "REQUEST", "calls")
    assert _dates(m) == (PUB, PUB, "day")  # was the week ending on the report's day


def test_a_statement_in_the_present_perfect_keeps_the_week(annotator):
    # "has called on" says the call is recent, not that it was made on the report's day
    text = "The UN Secretary-General has called on both sides to agree to an immediate truce."
    m = _of(code_text(annotator, text, PUB), "REQUEST", "called")
    assert _dates(m) == (PUB - timedelta(days=6), PUB, "week")


def test_a_statement_in_the_past_keeps_the_week(annotator):
    text = "The UN Secretary-General called on both sides to agree to an immediate truce."
    m = _of(code_text(annotator, text, PUB), "REQUEST", "called")
    assert m.time_precision == "week"


# ------------------------------------------------------------------ status
def test_a_negative_subject_negates_the_act(annotator):
    text = "Neither group has announced such an alliance."
    statuses = {m.status for m in code_text(annotator, text, PUB)}
    assert statuses <= {"negated"}


def test_no_fewer_than_is_a_count_not_a_negation(annotator):
    text = "No fewer than 20 civilians were killed by gunmen in Zimtenga on Sunday."
    m = _of(code_text(annotator, text, PUB), "ASSAULT", "Zimtenga")
    assert m.status == "asserted"


def test_a_denied_content_clause_is_negated(annotator):
    text = "The General Staff firmly denies the reports spread on social media that civilians were killed."
    m = _of(code_text(annotator, text, PUB), "ASSAULT", "civilians")
    assert m.status == "negated"


def test_an_event_in_a_whether_question_is_hypothetical(annotator):
    text = "The army did not say whether air strikes had been carried out in the area."
    found = [m for m in code_text(annotator, text, PUB) if m.event_type == "ASSAULT"]
    assert found and all(m.status in {"hypothetical", "negated"} for m in found)


# ------------------------------------------------------------------ types
def test_suspended_food_distributions_are_a_sanction(annotator):
    text = ("WFP has suspended food distributions in Rutshuru territory until security conditions allow its staff "
            "to return.")
    types = {m.event_type for m in code_text(annotator, text, PUB)}
    assert "SANCTION" in types and "COERCE" not in types


# ------------------------------------------------------------------ extraction
def test_share_rows_related_posts_and_copyright_lines_are_chrome():
    from crisisdesk.extract.cleaner import Cleaner, load_patterns

    cleaned = Cleaner(load_patterns()).clean_text(
        "Troops repel attack on base\n\nShare on Facebook | Share on X | WhatsApp\n\n"
        "Troops repelled an attack on a military base in Damboa on Sunday, residents said.\n\n"
        "Related posts\n\nCopyright 2026 Borno Daily Mirror. All rights reserved.\n\n"
        "Copyright law is rarely enforced in the state, lawyers say, and courts seldom act.")
    text = "\n".join(cleaned.paragraphs)
    assert "Share on Facebook" not in text and "Related posts" not in text and "All rights reserved" not in text
    assert "Copyright law is rarely enforced" in text


# ------------------------------------------------------------------ evaluation
def test_a_claimant_matches_by_the_dictionary_aliases():
    from crisisdesk.evaluation.actors import ActorAliases
    from crisisdesk.evaluation.gold import claimant_matches

    aliases = ActorAliases([("rsf", "RSF", ["Rapid Support Forces", "RSF"])])
    assert claimant_matches("the RSF", "Rapid Support Forces", aliases)
    assert claimant_matches("Mali's army", "army", aliases)
    assert not claimant_matches("the group's Amaq news agency", "Rapid Support Forces", aliases)


# ------------------------------------------------------------------ more status and types
def test_a_requested_act_is_not_done(annotator):
    text = ("The Humanitarian Coordinator called on all parties to the conflict to protect civilians and to allow "
            "safe access for humanitarian workers.")
    found = code_text(annotator, text, PUB)
    assert any(m.event_type == "REQUEST" and m.status == "asserted" for m in found)
    asked = [m for m in found if m.event_type in {"AID", "CONCEDE", "RETREAT"}]
    assert asked and all(m.status == "hypothetical" for m in asked)  # were asserted, with the coordinator as doer


def test_calling_in_reinforcements_to_repel_an_attack_is_no_request(annotator):
    from crisisdesk.coding.status import requested_act
    doc = annotator.nlp("The army called in reinforcements to repel the attack.")
    repel = next(t for t in doc if t.lower_ == "repel")
    assert not requested_act(repel)


def test_a_warned_sanction_without_agent_is_the_warners_threat(annotator):
    text = "The General Staff warns that any person who gives supplies to the terrorist groups will be prosecuted."
    found = [m for m in code_text(annotator, text, PUB) if m.event_type == "THREATEN"]
    assert found and found[0].status == "asserted"


# ------------------------------------------------------------------ places
def test_a_countrys_capital_is_its_capital_city(annotator):
    text = "Police in Mali's capital fired tear gas on Thursday to disperse traders protesting against fuel shortages."
    found = code_text(annotator, text, date(2026, 5, 15))
    assert found and all(m.place is not None and m.place.name == "Bamako" for m in found)


# ------------------------------------------------------------------ the check set, pinned
#: Reached on the check set after the fixes (``crisisdesk eval gold tests/fixtures/written_news/gold``).
#: Dates 48 -> 46: the lead kept the week for present-perfect statements (coder._said_now);
#: the two are live-blog entries (L4, L8) whose day comes from the blog's time stamps.
#: Session 13 (s13-news2, the second written set's fixes): live-blog entries dated by
#: their time stamps and continuation sentences placed and dated by their incident:
#: date 46 -> 52, within max_km 39 -> 46, place 37 -> 40, source 55 -> 56, target 52 -> 53,
#: spurious 20 -> 19, violations 4 -> 3 (3 since s12b-cnn). After all session-13 merges
#: (s13-left's outlet claimants and "informs", s13b-actors' "the group"/document claimants):
#: source 57, status 55, spurious 17.
REACHED = {"required": 34, "type": 64, "source": 57, "target": 53, "country": 61, "place": 40, "within_km": 46,
           "date": 52, "date_precision": 52, "status": 56, "spurious": 14, "violations": 3}
# session 15: status 55 -> 56/62 (the communiqué's acts claimed by its issuer, gold C2-C5 made
# to agree with that convention), spurious 17 -> 14 (hypothetical not_events excused; summaries)


def test_written_news_check_set_figures():
    """The nine written articles (``tests/fixtures/written_news``) through the whole
    pipeline, scored by the gold evaluator: pinned at the figures reached (README,
    "Evaluation"); first run, before these fixes: required 32/34, date 29/52, place
    24/48, within max_km 26/49, status 51/59, spurious 22, not_events violations 6."""
    from pathlib import Path

    from crisisdesk.evaluation.runner import EvalSettings, evaluate_gold

    result = evaluate_gold(Path(__file__).parent / "fixtures" / "written_news" / "gold", EvalSettings(workers=1))
    s, f = result.summary, result.summary["fields"]
    assert result.problems == [] and s["articles"] == 9
    assert s["required_recall"]["n"] == 34 and s["required_recall"]["hits"] >= REACHED["required"]
    for name in ("type", "source", "target", "country", "place", "within_km", "date", "date_precision", "status"):
        assert f[name]["hits"] >= REACHED[name], (name, f[name])
    assert s["spurious"] <= REACHED["spurious"] and s["not_event_violations"] <= REACHED["violations"]
