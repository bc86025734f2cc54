"""Warnings about what a third party may do are forecasts (the act hypothetical, no
THREATEN by the warner); a source's request for anonymity is no REQUEST; a toll summed
over a period with an abstract subject is generic; attribution to officials, residents
and security sources is asserted, a party's or media's claim stays claimed. Sentences
written for these tests; real spaCy model and annotation stage (``annotator`` fixture)."""

from __future__ import annotations

from datetime import date

from tests.support.annotation import code_text


PUB = date(2025, 11, 21)


def mentions(annotator, text: str):
    return code_text(annotator, text, PUB)


def test_analysts_warning_that_a_group_may_attack_is_a_hypothetical_attack_not_a_threat(annotator):
    found = mentions(annotator, "Observers warned that JNIM might ambush more fuel trucks near Kayes next week.")
    assert [m.event_type for m in found] == ["ASSAULT"]
    assert found[0].status == "hypothetical"
    assert [a.name for a in found[0].source_actors] == ["JNIM"]


def test_conditional_warning_by_an_official_is_one_hypothetical_attack_by_the_group(annotator):
    found = mentions(annotator, "If JNIM fighters enter Bourem, they could attack the bus station, the mayor warned.")
    assert [(m.event_type, m.status) for m in found] == [("ASSAULT", "hypothetical")]
    assert [a.name for a in found[0].source_actors] == ["JNIM"]


def test_a_groups_own_warning_of_its_attack_stays_a_threat(annotator):
    found = mentions(annotator, "JNIM warned that it would attack any fuel convoy heading to Bamako.")
    assert [m.event_type for m in found] == ["THREATEN"]
    assert [a.name for a in found[0].source_actors] == ["JNIM"]


def test_request_for_anonymity_is_no_request_event(annotator):
    for text in ("Gunmen burned the market in Diafarabe on Monday, said a trader who asked not to be identified.",
                 "Gunmen burned the market in Diafarabe on Monday, said a trader who requested anonymity."):
        types = [m.event_type for m in mentions(annotator, text)]
        assert "REQUEST" not in types and "ASSAULT" in types, text


def test_toll_over_a_period_with_an_abstract_subject_is_generic(annotator):
    for text in ("Violence in central Mali has killed more than 300 civilians since January, the agency said.",
                 "Attacks in the Menaka region have killed 90 people so far this year."):
        (toll,) = [m for m in mentions(annotator, text) if m.event_type == "ASSAULT"]
        assert toll.status == "generic", text
    (one,) = [m for m in mentions(annotator, "Gunmen killed 9 herders near Menaka on Tuesday.")
              if m.event_type == "ASSAULT"]
    assert one.status == "asserted"


def test_attribution_to_officials_residents_and_security_sources_is_asserted(annotator):
    for text in ("Gunmen killed four traders near Nioro on Friday, residents said.",
                 "Gunmen killed four traders near Nioro on Friday, according to security sources.",
                 "Gunmen killed four traders near Nioro on Friday, according to a local official.",
                 "Gunmen killed four traders near Nioro on Friday, local officials said."):
        (kill,) = [m for m in mentions(annotator, text) if m.event_type == "ASSAULT"]
        assert (kill.status, kill.claimed_by) == ("asserted", None), text


def test_party_and_media_claims_stay_claimed(annotator):
    (kill,) = [m for m in mentions(annotator, "Gunmen killed four soldiers near Nioro on Friday, according to JNIM.")
               if m.event_type == "ASSAULT"]
    assert (kill.status, kill.claimed_by) == ("claimed", "JNIM")
    (kill,) = [m for m in mentions(annotator, "Gunmen killed four traders near Nioro on Friday, according to "
                                              "reports on social media.") if m.event_type == "ASSAULT"]
    assert kill.status == "claimed"
