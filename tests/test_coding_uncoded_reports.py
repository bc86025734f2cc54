"""Real event reports the coder used to leave without any event: a verb phrase whose head
the tagger read as a noun ("shot dead"), verbless toll reports and "fighting between"
headlines, hyphenated protest nouns the parser took apart, taking part in or gathering
for a protest, strikes (ACLED Strategic developments - Other without a gathering), and
members of an armed group joining another. Junk text must not gain events. Sentences
written for these tests; real spaCy model and annotation stage (session ``annotator``)."""

from __future__ import annotations

from datetime import date

from crisisdesk.coding.lexicon import Lexicon
from tests.support.annotation import code_text, make_article


PUB = date(2025, 11, 20)


def coded(annotator, text: str):
    return code_text(annotator, text, PUB)


def test_shot_dead_with_shot_read_as_a_noun_is_the_gunmans_killing(annotator):
    text = "On 3 May, a gunman aboard a motorbike shot dead a trader near the market in Gao."
    doc = annotator.annotate(make_article(text, PUB))
    assert doc[9].text == "shot" and doc[9].pos_ == "NOUN"  # the tagger's error this test is about
    found = coded(annotator, text)
    assert [(m.event_type, m.evidence.trigger.text) for m in found] == [("ASSAULT", "shot dead")]
    assert [a.name for a in found[0].source_actors] == ["gunman"]
    assert [a.name for a in found[0].target_actors] == ["trader"]
    assert (found[0].fatalities.min, found[0].fatalities.whose) == (1, "trader")  # the trader died, not the gunman
    assert found[0].acled_event_type == "Violence against civilians"


def test_misread_verb_phrase_needs_the_rest_of_the_phrase_after_it(annotator):
    lexicon = Lexicon.load()
    doc = annotator.annotate(make_article("He took a shot at the goal and the shot missed.", PUB))
    assert all(lexicon.match(t) is None for t in doc if t.lower_ == "shot")


def test_verbless_toll_report_codes_the_act_that_caused_it(annotator):
    found = coded(annotator, "Three civilians dead after an explosion on the road to Douentza.")
    assert [(m.event_type, m.evidence.trigger.text) for m in found] == [("ASSAULT", "explosion")]
    assert found[0].fatalities.min == 3
    assert (found[0].acled_event_type, found[0].acled_sub_event_type) == (
        "Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_verbless_list_with_a_toll_is_no_report(annotator):
    assert coded(annotator, "Summit, meeting, two wounded, attack.") == []
    assert coded(annotator, "Talks and meetings: two dead.") == []


def test_fighting_between_two_sides_names_them_even_with_a_trailing_verb(annotator):
    found = coded(annotator, "Fighting between the army and JNIM near Boni: clashes and abductions reported.")
    assert [m.evidence.trigger.text for m in found] == ["Fighting"]
    names = {a.name for a in found[0].source_actors + found[0].target_actors}
    assert "JNIM" in names and len(names) == 2
    assert found[0].acled_event_type == "Battles"


def test_sit_in_taken_apart_by_the_parser_is_staged_by_the_subject(annotator):
    text = "Students from the teachers college staged a sit-in Bamako against the new decree."
    found = [m for m in coded(annotator, text) if m.event_type == "PROTEST"]
    assert [m.evidence.trigger.text for m in found] == ["staged a sit-in"]
    assert [a.name for a in found[0].source_actors] == ["Students"]
    assert found[0].acled_event_type == "Protests"


def test_taking_part_in_a_protest_makes_the_subject_the_demonstrator(annotator):
    found = coded(annotator, "On Sunday, four students turned up in Kayes for a planned protest against the mine.")
    assert [(m.event_type, m.evidence.trigger.text) for m in found] == [("PROTEST", "protest")]
    assert [a.name for a in found[0].source_actors] == ["students"]
    # participation makes a demonstrator of the subject only for protests
    assert [m.event_type for m in coded(annotator, "He took part in the meeting with the governor.")] == ["CONSULT"]


def test_gathering_to_denounce_is_a_demonstration_gathering_to_fetch_water_is_not(annotator):
    found = coded(annotator, "Hundreds of residents gathered in front of the town hall in Kati to denounce the curfew.")
    protests = [m for m in found if m.event_type == "PROTEST"]
    assert [m.evidence.trigger.text for m in protests] == ["gathered"]
    assert protests[0].acled_event_type == "Protests"
    assert coded(annotator, "Villagers gathered near the well to collect water.") == []


def test_a_strike_without_a_gathering_is_a_strategic_development(annotator):
    found = coded(annotator, "On March 4, health workers across the country renewed their strike action for ten days.")
    assert found and {(m.acled_event_type, m.acled_sub_event_type) for m in found} == {("Strategic developments", "Other")}
    marched = coded(annotator, "Striking nurses marched to the ministry in Bamako.")
    assert [(m.acled_event_type, m.acled_sub_event_type) for m in marched] == [("Protests", "Peaceful protest")]


def test_fighters_joining_an_armed_group_change_the_group(annotator):
    found = coded(annotator, "Dozens of fighters joined JNIM in the Menaka region last week.")
    assert [(m.event_type, m.acled_sub_event_type) for m in found] == [("MOBILIZE", "Change to group/activity")]
    assert [a.name for a in found[0].target_actors] == ["JNIM"]
    assert coded(annotator, "France joined the EU mission in January.") == []


def test_a_death_in_an_ambush_reports_the_ambush(annotator):
    found = coded(annotator, "The army announced the death of two soldiers in an ambush near Boni on Tuesday.")
    assert [(m.event_type, m.evidence.trigger.text) for m in found] == [("ASSAULT", "ambush")]
    assert [a.name for a in found[0].target_actors] == ["soldiers"]
    assert found[0].fatalities.min == 2
    assert coded(annotator, "He spoke about the death of his father in a car accident.") == []


def test_a_run_on_line_of_hundreds_of_tokens_is_left_uncoded_with_a_note(annotator):
    # a table or list flattened into one line, no sentence end: coding time grew with the
    # square of its length (200,000 characters of it ran for over an hour)
    from crisisdesk.coding.coder import MAX_SENTENCE_TOKENS, code_events

    run_on = "Gunmen attacked a post near Gao on Monday and " * 40  # about 400 tokens, no full stop
    text = "Soldiers clashed with militants near Kidal on Sunday, killing six. " + run_on
    article = make_article(text, PUB)
    found = code_events(annotator.annotate(article), article)
    assert MAX_SENTENCE_TOKENS == 300
    assert found and all(m.evidence.start_char == 0 for m in found)  # only the real sentence
    [note] = [n for n in article.notes if "tokens not coded" in n]
    assert note.startswith(f"code: 1 sentence(s) over {MAX_SENTENCE_TOKENS} tokens not coded (longest ")


def test_a_run_on_line_gets_no_owning_state_for_its_generic_actors(annotator):
    # the owning-state search scanned the whole "sentence" once per generic actor in it:
    # quadratic, 107 s to annotate 200,000 characters of one run-on line (now 16 s)
    prose = "Mali said its soldiers had repelled an attack near Gao on Monday."
    doc = annotator.annotate(make_article(prose, PUB))
    assert [(a.name, a.code) for a in doc._.actors] == [("Mali", "MLI"), ("Mali MIL", "MLIMIL")]
    run_on = annotator.annotate(make_article("Mali said its soldiers had repelled an attack near Gao and " * 40, PUB))
    assert len(run_on) > 300
    assert {(a.name, a.code) for a in run_on._.actors} == {("Mali", "MLI"), ("soldiers", None)}
