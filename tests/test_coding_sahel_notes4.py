"""ACLED-style notes of the Sahel, fourth set (``tests/acled_sahel_notes4.py``: 150 notes
written for these tests, Mali, Burkina Faso, Niger, Chad and Mauritania 2017-2020, in
ACLED's terse note style: several incidents in one note, tolls from two sources, "coded
separately", "came under fire", looting with abductions, vague tolls; labelled from the
codebook and committed before the product was run on them) coded as ``crisisdesk eval
acled`` codes a note, and one test per general fault those notes and closing note 15
showed (each fails on main at 94f65f2, with a near sentence where the rule must not
fire; sentences written here, not taken from the fixture or any data file).

First run (main at 94f65f2, the outside measure; the notes committed before it at
b421d99): event_type 133/150, sub_event_type 129, fatalities exact 124/150, actor1
119/150, actor2 68/128, country 109/150. Per type: Battles 45/49, Violence against
civilians 26/31, Explosions/Remote violence 17/17, Protests 15/17, Riots 11/12,
Strategic developments 19/24. After this session's fixes (s16-notes4; in-sample from
then on): event_type 137, sub_event_type 133, fatalities 135, actor1 119, actor2 71,
country 109 - the pins below.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from crisisdesk.coding.counts import ACLED_VAGUE_FIGURES, acled_fatalities
from crisisdesk.records import Count
from crisisdesk.evaluation import acled
from tests.acled_sahel_notes4 import NOTES
from tests.support.acled_notes import assert_per_type_reached, field_count, score_notes
from tests.support.annotation import acled_picked_mention, code_text, mention_rule_types


@pytest.fixture(scope="module")
def scored_notes() -> list[dict]:
    """One ``score_event`` row per fixture note, coded as the ACLED evaluation codes it."""
    return score_notes(NOTES, "F")


def test_the_fixture_spans_five_countries_and_four_years():
    assert len(NOTES) == 150
    assert Counter(n[1] for n in NOTES) == {"MLI": 51, "BFA": 40, "NER": 30, "TCD": 18, "MRT": 11}
    assert all("2017-01-01" <= n[0] <= "2020-12-31" for n in NOTES)
    assert len({acled.normalise_acled_label(n[3]) for n in NOTES}) == 24  # every sub-event type but Chemical weapon


#: Notes of each ACLED event type the coder gets right (final type), of how many.
#: First run (main at 94f65f2): Battles 45, VAC 26, ERV 17, Protests 15, Riots 11, SD 19 (133).
REACHED_PER_TYPE = {"Battles": (47, 49), "Violence against civilians": (28, 31),
                    "Explosions/Remote violence": (17, 17), "Protests": (15, 17), "Riots": (11, 12),
                    "Strategic developments": (19, 24)}


def test_event_type_accuracy_per_type_on_sahel_notes4(scored_notes):
    assert_per_type_reached(scored_notes, REACHED_PER_TYPE)


def test_sub_type_fatalities_actors_and_country_on_sahel_notes4(scored_notes):
    sub_right = sum(row["sub_event_type"] == row["gold_sub_event_type"] for row in scored_notes)
    assert sub_right >= 135  # of 150 (first run: 129; 133 after s16, 135 after s18-notesfix)
    reached = {"fatalities_exact": 135, "actor1": 119, "actor2": 71, "country": 109}  # first run: 124, 119, 68, 109
    counts = {field: field_count(scored_notes, field) for field in reached}
    assert {f: counts[f][0] >= n for f, n in reached.items()} == dict.fromkeys(reached, True), counts
    assert {f: counts[f][1] for f in reached} == {"fatalities_exact": 150, "actor1": 150, "actor2": 128, "country": 150}


# ---------------------------------------------------------------------------- the fixes


def _first(annotator, text: str, published: date = date(2019, 5, 1)):  # noqa: ANN001, ANN202
    return acled_picked_mention(annotator, text, published)


def _note_toll(annotator, text: str, published: date = date(2019, 5, 1)) -> int:  # noqa: ANN001
    cleaned = acled.clean_notes(text)
    mentions = code_text(annotator, cleaned, published)
    picked = acled.pick_mention(mentions)
    return acled.note_fatalities(picked, mentions, cleaned) if picked else 0


@pytest.mark.parametrize("text", [
    "On 3 May 2019, an army post near Kona came under heavy fire from unidentified gunmen.",
    "On 3 May 2019, a police patrol came under fire on the road between Mopti and Djenne.",
])
def test_armed_forces_that_came_under_fire_fought_a_battle(annotator, text):
    # main: no event ("fire" is no noun trigger) or the patrol's deployment (Change to group/activity)
    assert mention_rule_types(_first(annotator, text)) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "On 3 May 2019, the interior minister came under fire for his handling of the crisis.",
    "On 3 May 2019, the new budget came under fire from opposition lawmakers in Bamako.",
])
def test_criticism_that_came_under_fire_is_no_event(annotator, text):
    # guard: the idiom of criticism, with no armed subject nor armed shooter
    mentions = code_text(annotator, text, date(2019, 5, 1))
    assert not any(m.acled_event_type in {"Battles", "Violence against civilians"} for m in mentions)


@pytest.mark.parametrize("text", [
    "On 4 May 2019, gunmen seized the village chief of Kera and took him towards the border.",
    "On 4 May 2019, the mayor of Kera was seized by gunmen near Douentza.",
])
def test_a_person_seized_is_abducted(annotator, text):
    # main: Strategic developments - Looting/property destruction (the lexicon's "seize" is loot)
    assert mention_rule_types(_first(annotator, text)) == ("Violence against civilians",
                                                           "Abduction/forced disappearance")


def test_goods_seized_with_their_owners_named_stay_looting(annotator):
    # guard: the object's head decides ("vehicles"), not the people named inside the phrase
    mention = _first(annotator, "On 4 May 2019, gunmen seized three vehicles and the belongings of the "
                                "passengers near Douentza.")
    assert mention_rule_types(mention) == ("Strategic developments", "Looting/property destruction")


def test_a_second_sources_toll_is_an_alternative_figure_not_more_dead(annotator):
    # main: 12 + 20 = 32; ACLED codes the most conservative of conflicting figures
    text = ("On 5 May 2019, gunmen attacked the village of Kera in the Mopti region, killing 12 civilians "
            "according to the local authorities. Residents reported 20 dead.")
    assert _note_toll(annotator, text) == 12


def test_a_reported_toll_of_other_victims_is_added(annotator):
    # guard: the army's figure names other dead (assailants) than the toll told (soldiers)
    text = ("On 5 May 2019, gunmen attacked an army post in Mopti, killing four soldiers. "
            "The army reported two assailants killed.")
    assert _note_toll(annotator, text) == 6


def test_numbers_of_modifiers_split_by_and_are_added(annotator):
    # main: 4 (the "five" hangs on the adjective "American", not on "soldiers")
    text = "On 6 May 2019, ISGS militants ambushed a patrol near Menaka, four American and five Nigerien soldiers were killed."
    assert _note_toll(annotator, text) == 9


def test_a_number_after_and_within_a_range_is_no_second_group(annotator):
    # guard: "between 5 and 7" stays the range's floor
    text = "On 6 May 2019, gunmen attacked the village of Kera near Mopti, killing between 5 and 7 villagers."
    assert _note_toll(annotator, text) == 5


def test_several_dead_is_coded_ten_as_acled_codes_an_unknown_toll(annotator):
    # main: 2 (the literal floor); training split: both "several ... killed" notes are 10
    assert _note_toll(annotator, "On 7 May 2019, the army said it killed several militants near Boni.") == 10
    assert ACLED_VAGUE_FIGURES["several"] == 10
    assert acled_fatalities(Count(min=3, max=None, vague=("several",))) == 11  # "one soldier and several militants"


def test_several_wounded_adds_no_dead(annotator):
    # guard: the vague figure is for a vague toll of dead, not of wounded
    text = "On 7 May 2019, gunmen attacked an army post near Boni, killing one soldier and wounding several others."
    assert _note_toll(annotator, text) == 1


@pytest.mark.parametrize("remark", [
    "Three traders were killed in Douentza the same day and are coded separately.",
    "Three traders killed in Douentza the same day (coded separately).",
])
def test_a_sentence_coded_separately_is_no_part_of_the_event(annotator, remark):
    # main: 2 + 3 = 5 (the other event's toll added to this one)
    assert acled.clean_notes(f"On 8 May 2019, gunmen killed two herders near Boni. {remark}") == \
        "On 8 May 2019, gunmen killed two herders near Boni."
    assert _note_toll(annotator, f"On 8 May 2019, gunmen killed two herders near Boni. {remark}") == 2


def test_a_first_sentence_with_a_part_coded_separately_is_kept():
    # guard: the row's own event is in the first sentence (the training split's six notes)
    text = "On 8 May 2019, the army routed gunmen who had attacked Kera (attack coded separately). Two soldiers wounded."
    assert acled.clean_notes(text) == text


def test_unnamed_people_at_a_place_the_gazetteer_lacks_take_the_texts_country(annotator):
    # a pin, not a fix: the annotation stage already gives a village it does not know the
    # country of the note's other places and actors (closing note 15's countryless
    # civilians are in notes that name no country at all); a coder rule giving the focus
    # country to such places' people was tried and dropped (training split: it fired once,
    # wrongly, on a Malian village "close to the border with Burkina Faso")
    for text in ["On 9 May 2019, gunmen shot dead two herders near Tiguilabougou (Djenne, Mopti).",
                 "On 9 May 2019, gunmen shot dead two herders near Tiguilabougou. The Malian army sent a patrol."]:
        assert "MLICVL" in [a.code for a in _first(annotator, text).target_actors], text


def test_unnamed_people_at_a_known_place_keep_its_country(annotator):
    # guard: the place's own country wins over the text's other countries
    mention = _first(annotator, "On 9 May 2019, gunmen shot dead two herders near Dori. The Malian army denied any role.")
    assert "BFACVL" in [a.code for a in mention.target_actors]
