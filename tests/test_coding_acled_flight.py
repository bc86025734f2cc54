"""A flight after an attack is part of that attack (:func:`crisisdesk.coding.coder._flight_after_attack`):
PLOVER RETREAT stays, but no ACLED Strategic developments - Change to group/activity of
its own (ACLED Codebook: Change to group/activity records a change of a group's
activity, not the end of an engagement). Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

from tests.support.annotation import code_text

PUB = date(2025, 11, 20)


def _by_trigger(mentions, word):  # noqa: ANN001, ANN202
    return next(m for m in mentions if m.evidence.trigger and m.evidence.trigger.text.startswith(word))


def test_attackers_fleeing_after_their_attack_get_no_acled_type(annotator):
    mentions = code_text(annotator, "Gunmen attacked a checkpoint near Gao on Tuesday, killing two soldiers. "
                                    "The attackers fled on motorbikes.", PUB)
    flight = _by_trigger(mentions, "fled")
    assert flight.event_type == "RETREAT"
    assert (flight.acled_event_type, flight.acled_sub_event_type) == (None, None)
    assert flight.acled_rule_types in (None, (None, None))
    attack = _by_trigger(mentions, "attacked")
    assert attack.acled_event_type == "Battles"  # the attack itself keeps its type


def test_a_flight_with_no_attack_in_its_paragraph_keeps_its_type(annotator):
    mentions = code_text(annotator, "Fighters of the armed group fled their camp near Menaka on Tuesday.", PUB)
    flight = _by_trigger(mentions, "fled")
    assert flight.acled_sub_event_type == "Change to group/activity"


def test_weapons_recovered_in_the_sentence_of_a_fight_get_no_acled_type(annotator):
    mentions = code_text(annotator, "Soldiers repelled an attack on their post near Gao on Tuesday. The army said it "
                                    "had killed more than ten assailants and recovered weapons and motorcycles.", PUB)
    spoils = _by_trigger(mentions, "recovered")
    assert spoils.event_type == "COERCE"
    assert (spoils.acled_event_type, spoils.acled_sub_event_type) == (None, None)
    killing = _by_trigger(mentions, "killed")
    assert killing.acled_event_type == "Battles"


def test_weapons_seized_with_no_fight_keep_their_type(annotator):
    mentions = code_text(annotator, "Gendarmes seized weapons and ammunition at a checkpoint near Kayes on Tuesday.", PUB)
    seizure = _by_trigger(mentions, "seized")
    assert seizure.acled_sub_event_type == "Disrupted weapons use"
