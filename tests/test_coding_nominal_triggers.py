"""An event noun is an event when something makes it one: it stands in a clause (a verb
above it) or heads a verbless report, and it does not merely modify another noun.
Nouns strung without a verb ("word salad") are no reports. Sentences written for these
tests; real spaCy model and annotation stage (the session ``annotator`` fixture)."""

from __future__ import annotations

from datetime import date

from tests.support.annotation import code_text


PUB = date(2025, 11, 20)


def coded(annotator, text: str):
    return code_text(annotator, text, PUB)


def test_real_nominal_events_are_kept(annotator):
    text = ("The JNIM blockade of Bamako entered its third month.\n\n"
            "Meeting between the Malian junta and ECOWAS envoys in Bamako on Tuesday.\n\n"
            "Officials held a meeting with the French ambassador on Monday.\n\n"
            "JNIM blockade of Bamako.\n\n"
            "Unconfirmed reports on clashes between soldiers and gunmen south of Tessit.")
    found = [(m.event_type, m.evidence.trigger.text) for m in coded(annotator, text)]
    assert found == [("COERCE", "blockade"), ("CONSULT", "Meeting"), ("CONSULT", "meeting"),
                     ("COERCE", "blockade"), ("ASSAULT", "clashes")]


def test_an_event_noun_modifying_another_noun_is_no_event(annotator):
    text = "Soldiers guarded the ECOWAS summit venue in Abuja.\n\nThe junta closed the JNIM blockade zone to journalists."
    assert coded(annotator, text) == []


def test_event_nouns_in_a_verbless_run_of_words_are_no_reports(annotator):
    text = ("Rebels summit convoy mission staff rebels France mission meeting envoy between week. "
            "Meeting junta France officials convoy officials council Russia of council. "
            "Embassy session security agreement negotiations in army envoy meeting week Kidal Tuesday.")
    triggers = [m.evidence.trigger.text.lower() for m in coded(annotator, text)]
    # at most the head noun of a verbless "sentence"; never a noun buried inside it
    assert triggers.count("meeting") == 0
