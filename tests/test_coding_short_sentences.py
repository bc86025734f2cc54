"""Short, headline-style sentences (issue 4): telegraphic passives, headline verbs after
names, "No." in names, entrapment in an ambush, sides on the reporting verb. Every
sentence here was written for these tests; each test fails on the coder before the fix."""

from __future__ import annotations

from datetime import date

from tests.support.annotation import code_text

DAY = date(2025, 11, 12)


def _violent(annotator, text: str) -> list:
    return [m for m in code_text(annotator, text, DAY) if m.event_type == "ASSAULT"]


def test_headline_passive_without_article_at_the_start_of_a_text_is_an_abduction(annotator):
    for text in ("Village chief abducted near Gao.", "Herders protested in Mopti on Monday.\n\n"
                                                     "Village chief abducted near Gao."):
        found = _violent(annotator, text)
        assert len(found) == 1, text
        m = found[0]
        assert m.acled_sub_event_type == "Abduction/forced disappearance" or m.mode == "abduct"
        assert [a.name.lower() for a in m.target_actors] == ["village chief"]
        assert m.place is not None and m.place.name == "Gao"


def test_a_description_with_an_article_is_not_a_headline_passive(annotator):
    assert _violent(annotator, "The village chief abducted last year.") == []


def test_headline_verb_with_an_article_before_its_object(annotator):
    found = _violent(annotator, "JNIM and ISSP attack a military convoy near Gao")
    assert len(found) == 1
    assert sorted(a.code for a in found[0].source_actors) == ["ISSP", "JNIM"]
    assert found[0].target_actors and "military" in found[0].target_actors[0].name


def test_number_abbreviation_keeps_the_whole_name(annotator):
    found = _violent(annotator, "Gunmen attacked Camp No. 4 near Kidal on Monday.")
    assert len(found) == 1 and found[0].place is not None
    assert found[0].place.name == "Camp No. 4"


def test_soldiers_caught_in_an_ambush_are_its_target(annotator):
    found = _violent(annotator, "Five soldiers were caught in an ambush between Boni and Douentza on Monday.")
    assert len(found) == 1
    assert [a.name for a in found[0].target_actors] == ["soldiers"] and found[0].source_actors == []


def test_sides_given_on_the_reporting_verb(annotator):
    found = _violent(annotator, "Fighting was reported between the army and JNIM near Boni on Sunday.")
    assert len(found) == 1
    sides = {a.code for a in found[0].source_actors + found[0].target_actors}
    assert "JNIM" in sides and len(found[0].source_actors + found[0].target_actors) == 2


def test_town_before_an_event_noun_is_its_place_not_its_actor(annotator):
    text = "Herders protested in Mopti on Monday about grazing rights.\n\nNiono attack leaves three traders dead"
    found = _violent(annotator, text)
    assert len(found) == 1
    m = found[0]
    assert m.place is not None and m.place.name == "Niono"
    assert m.source_actors == [] and [a.name for a in m.target_actors] == ["traders"]


def test_country_before_an_event_noun_stays_its_actor(annotator):
    found = [m for m in code_text(annotator, "US sanctions on Mali were announced on Monday.", DAY)
             if m.event_type in {"COERCE", "SANCTION"}]
    assert len(found) == 1 and [a.code for a in found[0].source_actors] == ["USA"]


def test_headline_line_under_a_dated_sentence_takes_neither_its_date_nor_its_town(annotator):
    text = "Gunmen attacked a market in Mopti on Monday, killing two people.\nGunmen kill three traders in Niono"
    found = _violent(annotator, text)
    assert len(found) == 2
    headline = found[1]
    assert headline.place is not None and headline.place.name == "Niono"
    # undated headline: the week ending on the publication day, not Monday's frame
    assert (headline.event_date, headline.date_end, headline.time_precision) == (date(2025, 11, 6), DAY, "week")
    assert (found[0].event_date, found[0].time_precision) == (date(2025, 11, 10), "day")
