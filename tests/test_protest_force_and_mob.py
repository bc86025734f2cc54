"""Protests/Riots sub-types in news language (issue #4): state forces killing or firing
on protesters, and unorganised groups fighting each other. The sentences are written
here; each test fails on main at e3ef78a (the old sub-type is in the comment)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.support.annotation import code_text


def _subs(annotator, text: str) -> list[str | None]:
    return [m.acled_sub_event_type for m in code_text(annotator, text, date(2024, 6, 1))]


@pytest.mark.parametrize("text", [
    # main: Attack (the protesters were not read as the targets of the fire)
    "Soldiers opened fire on thousands of demonstrators marching to the palace in Khartoum, killing nine.",
    # main: Protest with intervention (no number, so no toll was read)
    "Gendarmes killed protesters near the central market of Bamenda.",
])
def test_state_forces_killing_or_firing_on_protesters_is_excessive_force(annotator, text):
    subs = _subs(annotator, text)
    assert "Excessive force against protesters" in subs, subs
    assert "Attack" not in subs and "Protest with intervention" not in subs, subs


def test_protesters_dispersed_with_tear_gas_stay_an_intervention(annotator):
    subs = _subs(annotator, "Police dispersed the protesters with tear gas in Dakar.")
    assert "Excessive force against protesters" not in subs, subs


@pytest.mark.parametrize("text", [
    # main: Violent demonstration ("supporters of" is a demonstrating crowd)
    "Supporters of two rival candidates fought with machetes in Kisumu, injuring eleven.",
    # main: Armed clash (neither side is an organised armed group)
    "Communal clashes between Christians and Muslims in Jos leave several injured",
])
def test_unorganised_groups_fighting_each_other_are_mob_violence(annotator, text):
    subs = _subs(annotator, text)
    assert "Mob violence" in subs, subs
    assert "Armed clash" not in subs and "Violent demonstration" not in subs, subs


def test_militias_fighting_stay_an_armed_clash(annotator):
    subs = _subs(annotator, "Rival militias clashed in the town of Kidal, killing six fighters.")
    assert "Mob violence" not in subs, subs
