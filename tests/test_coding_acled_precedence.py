"""ACLED type precedence of one incident's mentions (coding/acled_precedence.py)."""

from crisisdesk.coding.acled_precedence import UNRANKED, acled_type_rank, incident_acled_types


def test_political_violence_ranks_before_riots_protests_and_strategic_developments():
    ranks = [acled_type_rank(t) for t in ("Violence against civilians", "Riots", "Protests",
                                          "Strategic Developments", None, "Unknown")]
    assert ranks == [0, 1, 2, 3, UNRANKED, UNRANKED]


def test_an_encirclement_followed_by_an_attack_is_the_attack():
    labels = [("Strategic developments", "Other", 0.9), ("Strategic developments", "Looting/property destruction", 0.9),
              ("Violence against civilians", "Attack", 0.4)]
    assert incident_acled_types(labels) == ("Violence against civilians", "Attack")


def test_a_march_that_turns_into_a_riot_is_a_riot():
    labels = [("Protests", "Peaceful protest", 0.9), ("Riots", "Violent demonstration", 0.5)]
    assert incident_acled_types(labels) == ("Riots", "Violent demonstration")


def test_battles_beat_violence_against_civilians_and_the_sub_type_follows_the_type():
    labels = [("Violence against civilians", "Attack", 0.9), ("Violence against civilians", "Attack", 0.9),
              ("Battles", "Armed clash", 0.3)]
    assert incident_acled_types(labels) == ("Battles", "Armed clash")
    # without a Battles report, the most frequent violent type wins
    labels = [("Explosions/Remote violence", "Remote explosive/landmine/IED", 0.5),
              ("Violence against civilians", "Attack", 0.5), ("Violence against civilians", "Abduction/forced disappearance", 0.6)]
    assert incident_acled_types(labels) == ("Violence against civilians", "Abduction/forced disappearance")


def test_no_acled_type_gives_none():
    assert incident_acled_types([(None, None, 1.0)]) == (None, None)
    assert incident_acled_types([]) == (None, None)
