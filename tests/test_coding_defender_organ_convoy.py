"""Three participant and typing rules (issue #4): a state organ keeps the name the text
writes ("members of the Malian National Guard" -> "Malian National Guard", not "Mali
Guard"); a repelled attack has the defending force as its one target, not also "its
post"; an attack on civilian vehicles is typed by the ACLED Codebook (2023) -- property
only is Strategic developments - Looting/property destruction, people hurt is Violence
against civilians - Attack, an armed escort makes it a Battle. Sentences written for
these tests; real spaCy model and annotation stage (``annotator`` fixture)."""

from __future__ import annotations

from datetime import date

from tests.support.annotation import code_text, mention_rule_types

PUB = date(2025, 11, 21)


def assault(annotator, text: str, trigger: str):
    (found,) = [m for m in code_text(annotator, text, PUB)
                if m.event_type == "ASSAULT" and m.evidence.trigger.text == trigger]
    return found


def test_a_national_guard_keeps_its_written_name_and_code(annotator):
    attack = assault(annotator, "Gunmen attacked members of the Malian National Guard near Tessit on Sunday.",
                     "attacked")
    assert [(a.name, a.code) for a in attack.target_actors] == [("Malian National Guard", "MLICOP")]


def test_a_repelled_attack_has_the_force_as_its_one_target(annotator):
    for text, force in (("The army said it had repelled an attack on its post near Nioro on Friday.", "army"),
                        ("Soldiers repelled an attack on their base near Nioro on Friday.", "Soldiers")):
        attack = assault(annotator, text, "attack")
        assert [(a.name, a.code) for a in attack.target_actors] == [(force, "MLIMIL")], text
    # a target of another side stays: the convoy the soldiers defended
    attack = assault(annotator, "Soldiers repelled an attack on a convoy of traders near Nioro on Friday.", "attack")
    assert {a.code for a in attack.target_actors} == {"MLICVL", "MLIMIL"}


def test_attacks_on_civilian_fuel_tankers_are_typed_by_the_harm_done(annotator):
    burned = assault(annotator, "JNIM fighters attacked a convoy of fuel tankers near Kayes on Monday and burned "
                                "twenty trucks.", "attacked")
    assert mention_rule_types(burned) == ("Strategic developments", "Looting/property destruction")
    hurt = assault(annotator, "JNIM fighters attacked a convoy of fuel tankers near Kayes on Monday, burning twenty "
                              "trucks and wounding three drivers.", "attacked")
    assert mention_rule_types(hurt) == ("Violence against civilians", "Attack")
    escorted = assault(annotator, "JNIM fighters attacked a convoy of fuel tankers escorted by the army near Kayes on "
                                  "Monday and burned twenty trucks.", "attacked")
    assert mention_rule_types(escorted) == ("Battles", "Armed clash")
