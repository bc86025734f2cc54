"""Actor leftovers of the PLOVER review of session 20 (s20-plover), one test per kind,
each with sentences written here (not taken from any fixture or data set):

- "X-backed Y": X backs Y and is no actor of the event (:func:`annotate.actors._patron_of`);
- "use force": the uncountable "force" is violence, no body of troops
  (:func:`coding.roles.means_of_force`);
- named armed groups founded in one country carry that country (``data/actors.yaml``);
- the SANCTION/RETREAT/MOBILIZE/AID rule that drops the source's own people keeps another
  party of the same country when the source is no state (:func:`coding.coder._sources_own`);
- names are matched with accents folded on both sides (:func:`annotate.actors._accents_folded`),
  and ``--actor`` finds every accented and unaccented spelling (:func:`store.queries.actor_spellings`).
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import update
from typer.testing import CliRunner

from tests.support.annotation import actor_codes, code_text, first_of_type, make_article

PUB = date(2016, 3, 9)


def first(annotator, text: str, event_type: str):
    return first_of_type(annotator, text, PUB, event_type)


# -- "X-backed Y" ----------------------------------------------------------------------

@pytest.mark.parametrize("text, event_type, source", [
    # the UN backs the government; the government is Libya's (the place gives it)
    ("The UN-backed government in Tripoli accused Haftar of attacking the airport.", "ACCUSE", ["LBYGOV"]),
    # a demonym backer is not the government's owner either, nor the only state named
    ("The Saudi-backed government in Aden accused the Houthis of shelling the port.", "ACCUSE", ["YEMGOV"]),
])
def test_a_backer_is_not_the_actor(annotator, text, event_type, source):
    assert actor_codes(first(annotator, text, event_type).source_actors) == source


def test_a_leader_still_is(annotator):
    # "-led": the state leading a coalition takes part in its acts
    m = first(annotator, "The Saudi-led coalition struck Houthi positions in Sanaa.", "ASSAULT")
    assert actor_codes(m.source_actors) == ["SAU"]


# -- "use force" -----------------------------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("The African Union threatened to use military force against the mutineers in Bamako.", ["MLIREB"]),
    ("ECOWAS warned it would use force against the coup leaders in Niamey.", ["NERGOV"]),
])
def test_force_as_violence_is_no_target(annotator, text, target):
    assert actor_codes(first(annotator, text, "THREATEN").target_actors) == target


def test_a_force_with_a_determiner_is_still_troops(annotator):
    m = first(annotator, "A joint force attacked the militants' camp near Gao.", "ASSAULT")
    assert actor_codes(m.source_actors) == ["MLIMIL"]


# -- home countries of named armed groups ----------------------------------------------

@pytest.mark.parametrize("name, country", [
    ("Ansar Dine", "MLI"), ("Katiba Macina", "MLI"), ("MUJAO", "MLI"), ("Ansarul Islam", "BFA"),
    ("Boko Haram", None), ("JNIM", None),  # groups fighting across several states keep none
])
def test_named_armed_groups_carry_their_home_country(annotator, name, country):
    doc = annotator.annotate(make_article(f"{name} fighters ambushed a patrol on Tuesday.", PUB))
    named = [a for a in doc._.actors if a.actor_id and not a.generic]
    assert [a.country for a in named] == [country]


def test_an_unplaced_event_of_a_home_group_is_in_its_country(annotator):
    # the text names no place: the actors' country is the event's (at country precision)
    m = first(annotator, "Ansar Dine fighters ambushed a patrol in the desert.", "ASSAULT")
    assert m.place is not None and m.place.country == "MLI"


# -- a non-state source against its own state ------------------------------------------

@pytest.mark.parametrize("text, event_type, target", [
    ("RENAMO suspended its cooperation with the Mozambican government.", "SANCTION", ["MOZGOV"]),
    ("The Zapatistas broke off talks with the Mexican government in 1996.", "SANCTION", ["MEXGOV"]),
])
def test_a_rebel_group_keeps_its_own_state_as_target(annotator, text, event_type, target):
    assert actor_codes(first(annotator, text, event_type).target_actors) == target


@pytest.mark.parametrize("text, event_type", [
    ("RENAMO withdrew its fighters from the town of Gorongosa.", "RETREAT"),  # its own members
    ("Mozambique withdrew its troops from the border.", "RETREAT"),  # a state's own troops
])
def test_the_sources_own_people_are_still_no_target(annotator, text, event_type):
    assert first(annotator, text, event_type).target_actors == []


# -- accents folded once ---------------------------------------------------------------

@pytest.mark.parametrize("text, event_type, source", [
    # GeoNames writes the capital "Chisinau"; the press often "Chișinău"
    ("Chișinău accused Moscow of arming the separatists on Monday.", "ACCUSE", "MDA"),
    ("Chisinau accused Moscow of arming the separatists on Monday.", "ACCUSE", "MDA"),
    # ISO 3166-1 (pycountry) writes "Türkiye"; English outlets often "Turkiye"
    ("Turkiye rejected the proposal on Friday.", "REJECT", "TUR"),
    ("Türkiye rejected the proposal on Friday.", "REJECT", "TUR"),
    # the capitals session 19 listed with their accents, now found by folding
    ("Yaoundé rejected the offer of talks on Friday.", "REJECT", "CMR"),
    ("Bogotá accused Caracas of sheltering the rebels.", "ACCUSE", "COL"),
])
def test_names_match_with_or_without_accents(annotator, text, event_type, source):
    assert actor_codes(first(annotator, text, event_type).source_actors) == [source]


def test_french_sector_words_keep_their_accents(annotator):
    """Sector words are matched as written: "élevés" (high) is not "élèves" (pupils)."""
    doc = annotator.annotate(make_article(
        "Les prix sont restés élevés à Bamako après l'attaque de la semaine dernière.", PUB, language="fr"))
    assert not [a for a in doc._.actors if a.sector == "CVL"]


def _two_spellings(path):
    """The support database with two mentions' sources one name spelled with and without
    its accent (written here)."""
    from crisisdesk.store.models import EventMentionRow
    from tests.support.event_rows import actor, build_database

    engine = build_database(path)
    with engine.begin() as conn:
        conn.execute(update(EventMentionRow).where(EventMentionRow.mention_id == "m-protest").values(
            source_actors=[actor("Colonel Assimi Goïta", "MLIGOV", "GOV")]))
        conn.execute(update(EventMentionRow).where(EventMentionRow.mention_id == "m-meet").values(
            source_actors=[actor("Colonel Assimi Goita", "MLIGOV", "GOV")]))
    return engine


@pytest.mark.parametrize("query", ["Goita", "Goïta", "assimi goita"])
def test_events_actor_finds_both_spellings(tmp_path, query):
    """``--actor Goita`` matched the unaccented spelling as typed and so never looked for
    the accented one (folding was only a fallback when nothing matched)."""
    from crisisdesk.cli import _register, app

    _register()
    db = tmp_path / "e.db"
    _two_spellings(db)
    result = CliRunner().invoke(app, ["events", "--db", str(db), "--actor", query, "--json"])
    assert result.exit_code == 0, result.output
    assert sorted(r["mention_id"] for r in json.loads(result.stdout)) == ["m-meet", "m-protest"]


def test_no_fold_twins_left():
    """One folding rule: the title-case check and the ``--actor`` spellings fold with
    :func:`crisisdesk.text.fold` (the annotator's own ``fold_word`` is gone)."""
    from crisisdesk.annotate import annotator as annotator_module
    from crisisdesk.store.queries import _fold_chars

    assert not hasattr(annotator_module, "fold_word")
    assert _fold_chars("Goïta’s") == "goita's"


def test_a_warning_that_force_will_answer_is_the_warners_threat(annotator):
    # passive future answered "with force", no one else named to use it: the warner's force
    m = first(annotator, "The Kenyan defence minister warned Somalia that any attack on the border posts "
                         "would be met with force.", "THREATEN")
    assert actor_codes(m.source_actors) == ["KENMIL"]


def test_a_warning_of_others_answering_stays_a_forecast(annotator):
    mentions = code_text(annotator, "Analysts warned that the elections would be met by protests.", PUB)
    assert "THREATEN" not in [m.event_type for m in mentions]
