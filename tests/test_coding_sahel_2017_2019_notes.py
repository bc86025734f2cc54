"""ACLED-style notes of the Sahel 2017-2019 (``tests/acled_sahel_2017_2019_notes.py``: 200
notes written for these tests, Mali, Burkina Faso and Niger 2017-2019, the years and
the kind of the issue's held-back sets; labelled from the codebook and committed before
the product was run on them; every ACLED sub-event type, the rarer ones twice) coded as
``crisisdesk eval acled`` codes a note (a tiny article published on its event date,
scored by :func:`crisisdesk.evaluation.acled.score_event`), and one test per general
fault those notes showed (each fails on main at 19c654f; sentences written here, not
taken from the fixture or any data file).

First run (main at 19c654f, the outside measure, the notes committed before it at
42eddd2): event_type 188/200, sub_event_type 182, fatalities exact 179/200, actor1
175/200, actor2 123/178, country 178/200. Per type: Battles 50/53, Violence against
civilians 61/63, Explosions/Remote violence 28/32, Protests 17/17, Riots 9/9, Strategic
developments 23/26. After this session's fixes (s15-notes3; in-sample for the notes from
then on: the fixes' writer wrote them): event_type 194, sub_event_type 188, fatalities
182, actor1 177, actor2 130, country 181 - the pins below.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from crisisdesk.coding import acled as acled_rules
from crisisdesk.evaluation import acled
from tests.acled_sahel_2017_2019_notes import NOTES
from tests.support.acled_notes import assert_per_type_reached, field_count, score_notes
from tests.support.annotation import acled_picked_mention, mention_rule_types


@pytest.fixture(scope="module")
def scored_notes() -> list[dict]:
    """One ``score_event`` row per fixture note, coded as the ACLED evaluation codes it."""
    return score_notes(NOTES, "T")


def test_the_fixture_covers_every_acled_sub_event_type_twice():
    subs = Counter(acled.normalise_acled_label(n[3]) for n in NOTES)
    assert len(NOTES) == 200
    assert set(subs) == set(acled.ACLED_NAMES[6:])  # the 25 sub-event types
    assert min(subs.values()) >= 2
    assert Counter(n[1] for n in NOTES) == {"MLI": 113, "BFA": 54, "NER": 33}
    assert all("2017-01-01" <= n[0] <= "2019-12-31" for n in NOTES)


#: Notes of each ACLED event type the coder gets right (final type), of how many.
#: First run (main at 19c654f): Battles 50, VAC 61, ERV 28, Protests 17, Riots 9, SD 23 (188).
REACHED_PER_TYPE = {"Battles": (52, 53), "Violence against civilians": (62, 63),
                    "Explosions/Remote violence": (31, 32), "Protests": (17, 17), "Riots": (9, 9),
                    "Strategic developments": (23, 26)}


def test_event_type_accuracy_per_type_on_sahel_2017_2019(scored_notes):
    assert_per_type_reached(scored_notes, REACHED_PER_TYPE)


def test_sub_type_fatalities_actors_and_country_on_sahel_2017_2019(scored_notes):
    sub_right = sum(row["sub_event_type"] == row["gold_sub_event_type"] for row in scored_notes)
    assert sub_right >= 188  # of 200 (first run: 182)
    reached = {"fatalities_exact": 182, "actor1": 177, "actor2": 130, "country": 181}  # first run: 179, 175, 123, 178
    counts = {field: field_count(scored_notes, field) for field in reached}
    assert {f: counts[f][0] >= n for f, n in reached.items()} == dict.fromkeys(reached, True), counts
    assert {f: counts[f][1] for f in reached} == {"fatalities_exact": 200, "actor1": 200, "actor2": 178, "country": 200}


# ---------------------------------------------------------------------------- the fixes


def _first(annotator, text: str, published: date = date(2018, 6, 1)):  # noqa: ANN001, ANN202
    return acled_picked_mention(annotator, text, published)


@pytest.mark.parametrize("text", [
    "On 3 June 2018, three mortar shells landed inside the UN camp at Ber. No one was hurt.",
    "On 3 June 2018, two rockets fell near the airport of Gao without causing damage.",
])
def test_shells_that_landed_are_a_shelling(annotator, text):
    # the projectile as the subject (main: no event at all): ACLED Shelling/artillery/missile attack
    assert mention_rule_types(_first(annotator, text)) == ("Explosions/Remote violence",
                                                           "Shelling/artillery/missile attack")


@pytest.mark.parametrize("text", [
    "On 4 June 2018, unknown men released a poisonous gas inside a crowded mosque in Segou.",
    "On 4 June 2018, assailants sprayed a chemical agent at the guards of a prison in Diffa.",
])
def test_a_gas_released_or_sprayed_on_people_is_a_chemical_weapon(annotator, text):
    # main: no event (only "use", "drop" and "fire" a gas were verbs of the chemical group)
    assert mention_rule_types(_first(annotator, text)) == ("Explosions/Remote violence", "Chemical weapon")


def test_tear_gas_released_on_marchers_stays_policing(annotator):
    # guard: crowd-control gas on a crowd is no chemical weapon (crowd_control_gas)
    mention = _first(annotator, "On 4 June 2018, gendarmes released tear gas on marchers in Kayes.")
    assert mention_rule_types(mention)[1] != "Chemical weapon"


def test_a_bus_carrying_workers_is_a_civilian_target(annotator):
    # a convoy ambush is a Battle unless the convoy is named civilian with its load; main
    # typed this Armed clash (workers were no civilian load, and "gold mine" a landmine)
    mention = _first(annotator, "On 5 June 2018, gunmen ambushed a convoy of buses carrying workers of the "
                                "Kalsaka gold mine, 12 civilians were killed.")
    assert mention_rule_types(mention) == ("Violence against civilians", "Attack")


def test_a_gold_mine_is_no_explosive():
    assert acled_rules.remote_weapons("gunmen raided the Inata gold mine") == []
    assert acled_rules.remote_weapons("a truck hit a mine near Inata") == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize("text", [
    "On 6 June 2018, JNIM claimed a bomb and gun attack on the army camp of Nampala, killing four soldiers.",
    "On 6 June 2018, militants attacked the camp of Soumpi with mortars and assault rifles, killing four soldiers.",
])
def test_a_bombing_with_a_gun_attack_is_a_battle(annotator, text):
    # codebook: a remote weapon with ground fighting beside it is Battles - Armed clash (the
    # training split's Sevare headquarters note); main: Explosions/Remote violence
    assert mention_rule_types(_first(annotator, text)) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text,source,target", [
    ("On 7 June 2018, MSA and GATIA fighters clashed near Talataye, two fighters were killed.", "MSA", "GATIA"),
    ("On 7 June 2018, Dozo hunters and Fulani gunmen exchanged fire near Macina.", "DOZO", "FUL"),
])
def test_sides_joined_as_the_subject_of_a_clash_oppose_each_other(annotator, text, source, target):
    # main: both sides were sources and the clash had no target (actor2 unmatched)
    mention = _first(annotator, text)
    assert [a.code for a in mention.source_actors] == [source]
    assert target in [a.code for a in mention.target_actors]


def test_a_clash_with_a_named_opponent_keeps_its_sides(annotator):
    # guard: "X and Y clashed with Z" - X and Y stay on one side
    mention = _first(annotator, "On 7 June 2018, FAMa and Barkhane troops clashed with JNIM militants near Boni.")
    assert "JNIM" in [a.code for a in mention.target_actors]
    assert "JNIM" not in [a.code for a in mention.source_actors]


@pytest.mark.parametrize("text", [
    "On 8 June 2018, gunmen abducted a catechist near Dori.",
    "On 8 June 2018, gunmen shot dead two employees on the road to Koutiala.",
    "On 8 June 2018, bandits robbed a group of nomads near Tillia.",
])
def test_employees_clergy_and_nomads_are_civilians(annotator, text):
    # main: the victim word named no participant, so the event had no target
    assert "CVL" in [a.sector for a in _first(annotator, text).target_actors]

