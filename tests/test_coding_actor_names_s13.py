"""Actor faults of session 13 (issue #4), on sentences written for these tests: a
named force that is no state's ("the Kachin Independence Army"), a division named
"<Name> State", a fighter word hedged as belonging to a group ("gunmen suspected to be
from ...") whose parse hangs the real verb under the hedge, and "Congo" read as the
state the article's places are in. Real spaCy model and annotation stage (the session
``annotator`` fixture)."""

from __future__ import annotations

from datetime import date

from tests.support.annotation import make_article

from crisisdesk.coding.coder import code_events

PUB = date(2025, 11, 21)


def mentions(annotator, text: str):
    article = make_article(text, PUB, language="en")
    doc = annotator.annotate(article)
    return doc, code_events(doc, article)


def test_a_named_army_with_no_state_in_its_name_is_an_armed_group_not_the_states_army(annotator):
    doc, coded = mentions(annotator, "The Kachin Independence Army captured a military outpost in Kachin State "
                                     "on Sunday.")
    sources = [a for m in coded for a in m.source_actors]
    assert sources and sources[0].name == "Kachin Independence Army"
    assert sources[0].sector == "REB" and not (sources[0].code or "").endswith("MIL")
    # "Kachin State" is a division (a place), no actor named "State"
    assert all(a.name != "State" and "State" not in (a.name or "") for a in doc._.actors)


def test_a_states_own_army_stays_the_states_military(annotator):
    doc, _ = mentions(annotator, "The Malian Army and the National Army of Chad patrolled the border on Sunday.")
    codes = [a.code for a in doc._.actors]
    assert "MLIMIL" in codes and "TCDMIL" in codes and all(a.sector != "REB" for a in doc._.actors)


def test_fighters_hedged_as_a_groups_are_the_groups_and_do_the_verb(annotator):
    _, coded = mentions(annotator, "Gunmen suspected to be from JNIM ambushed a supply convoy near Hombori on "
                                   "Saturday, killing three drivers.")
    attack = [m for m in coded if m.evidence.trigger.text == "ambushed"]
    assert attack, [m.evidence.trigger.text for m in coded]
    assert [a.code for a in attack[0].source_actors] == ["JNIM"]


def test_congo_is_the_state_the_articles_places_are_in(annotator):
    doc, _ = mentions(annotator, "ADF rebels killed nine farmers near Oicha in North Kivu on Monday. "
                                 "Congo's army said it was pursuing the attackers.")
    codes = [a.code for a in doc._.actors if a.code and a.code.endswith("MIL")]
    assert "CODMIL" in codes and "COGMIL" not in codes


def test_a_named_armed_group_takes_the_only_state_its_sentence_names(annotator):
    doc, _ = mentions(annotator, "Peru's government agreed to hold talks with the Shining Path Liberation Army "
                                 "next month.")
    group = [a for a in doc._.actors if a.name.endswith("Liberation Army")]
    assert group and group[0].code == "PERREB"


def test_the_group_refers_back_to_the_armed_group_of_the_previous_sentence(annotator):
    _, coded = mentions(annotator, "ISWAP said its fighters had burned a police station in Monguno. "
                                   "The group warned that it would strike every checkpoint on the road.")
    threats = [m for m in coded if m.event_type == "THREATEN"]
    assert threats and [a.code for a in threats[0].source_actors] == ["ISWAP"]


def test_a_definite_statement_is_no_claimant_its_earlier_issuer_is(annotator):
    _, coded = mentions(annotator, "Al-Shabaab issued a statement on Friday. The statement said its fighters "
                                   "killed six soldiers near Afgoye on Thursday.")
    killed = [m for m in coded if m.evidence.trigger.text == "killed"]
    assert killed and killed[0].status == "claimed"
    assert killed[0].claimed_by == "Al-Shabaab"


def test_a_denier_is_not_the_target_of_its_own_denial(annotator):
    _, coded = mentions(annotator, "Al-Shabaab denied that its fighters had attacked the market in Afgoye "
                                   "on Sunday.")
    denial = [m for m in coded if m.event_type == "REJECT"]
    assert denial and [a.code for a in denial[0].source_actors] == [denial[0].source_actors[0].code]
    assert all(t.actor_id != denial[0].source_actors[0].actor_id for t in denial[0].target_actors)
