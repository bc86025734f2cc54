"""Actor matching rules of the evaluation (gold specs, ACLED names, PLOVER codes)."""

import pytest

from crisisdesk.evaluation.actors import (
    ActorAliases,
    matches_acled_side,
    matches_gold_side,
    matches_gold_spec,
    matches_plover_code,
    parse_acled_actor,
)
from tests.eval_helpers import actor


@pytest.mark.parametrize(
    ("coded", "spec", "expected"),
    [
        (actor("French officials", "FRAGOV"), "FRA", True),
        (actor("France"), "FRA", True),
        (actor("JNIM", "JNIM", country="MLI"), "MLI", False),  # a group is not its country's state
        (actor("Malian soldiers", "MLIMIL", generic=True), "MLI", True),
        (actor("a fuel convoy", generic=True), "generic:fuel convoys", True),
        (actor("tankers", generic=True), "generic:fuel convoy", False),
        (actor("unidentified gunmen", generic=True), "unknown", True),
        (actor("the Wagner Group", "WAGNER"), "Wagner Group", True),
        (actor("Group", generic=True), "Wagner Group", False),  # a bare word is not the group
        (actor("Africa Korps"), "Africa Corps", True),  # spelling variant, rapidfuzz
    ],
)
def test_gold_spec_rules(coded, spec, expected):
    assert matches_gold_spec(coded, spec) is expected


def test_empty_side_matches_only_unknown():
    assert matches_gold_side([], ["unknown", "JNIM"]) is True
    assert matches_gold_side([], ["JNIM"]) is False


def test_acled_actor_parsing():
    mil = parse_acled_actor("Police Forces of Mali (2013-2020) Gendarmerie")
    assert (mil.country, mil.sectors, mil.names) == ("MLI", ("COP", "MIL"), ("Police Forces of Mali", "Gendarmerie"))
    jnim = parse_acled_actor("JNIM: Group for Support of Islam and Muslims")
    assert jnim.names == ("JNIM", "Group for Support of Islam and Muslims")
    militia = parse_acled_actor("Dozo Communal Militia (Mali)")
    assert (militia.keywords, militia.country) == (("dozo",), "MLI")
    assert parse_acled_actor("Unidentified Armed Group (Mali)").unknown


@pytest.mark.parametrize(
    ("coded", "acled_name", "expected"),
    [
        (actor("Malian army", "MLIMIL"), "Military Forces of Mali (2013-2020)", True),
        (actor("French troops", "FRAMIL"), "Military Forces of Mali (2013-2020)", False),
        (actor("Dozo hunters", generic=True), "Dozo Communal Militia (Mali)", True),
        (actor("villagers", sector="CVL", country="MLI", generic=True), "Civilians (Mali)", True),
        (actor("villagers", sector="CVL", country="BFA", generic=True), "Civilians (Mali)", False),
        (actor("JNIM", "JNIM"), "JNIM: Group for Support of Islam and Muslims", True),
        (actor("ISGS", "ISGS"), "Islamic State (Greater Sahara)", False),
    ],
)
def test_acled_actor_rules(coded, acled_name, expected):
    assert matches_acled_side([coded], acled_name) is expected


def test_aliases_from_a_dictionary_expand_names():
    aliases = ActorAliases([("isgs", "ISGS", ["Islamic State in the Greater Sahara", "Islamic State Greater Sahara", "EIGS"])])
    assert matches_acled_side([actor("EIGS")], "Islamic State (Greater Sahara)", aliases) is True
    assert matches_gold_spec(actor("EIGS"), "ISGS", aliases) is True
    assert matches_gold_spec(actor("JNIM"), "ISGS", aliases) is False


@pytest.mark.parametrize(
    ("coded", "code", "expected"),
    [
        (actor("US", "USAGOV"), "USA", True),
        (actor("UN", "IGOUNO"), "IGO", True),
        (actor("UN", sector="IGO"), "IGO", True),
        (actor("Kurds", country="IRQ"), "IRQ", True),
        (actor("Iraq", "IRN"), "IRQ", False),
    ],
)
def test_plover_code_rules(coded, code, expected):
    assert matches_plover_code(coded, code) is expected
