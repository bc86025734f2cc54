"""One list of verbs of saying (``crisisdesk.coding.status.VERBS_OF_SAYING``) for every
rule that asks whether a word introduces reported speech. Before session 13 there were
three near-copies (``roles.SAYING_VERBS``, ``placetime.SPEAKING_VERBS``,
``coder._SPEECH_HEADS``), so a rule knew "warned" or "wrote" as saying and the next did
not. Merged, the training split's rules-alone output is identical row by row (type 1334,
sub-type 1311, date 1382 of 1412) and the written-news set unchanged. Sentences
written for these tests; real spaCy model (the session ``annotator`` fixture)."""

from __future__ import annotations

from datetime import date

from tests.support.annotation import code_text

PUB = date(2026, 3, 12)  # a Thursday


def test_the_rules_share_one_list():
    from crisisdesk.coding import coder, placetime, roles, status

    assert not hasattr(roles, "SAYING_VERBS") and not hasattr(placetime, "SPEAKING_VERBS")
    assert not hasattr(coder, "_SPEECH_HEADS")
    assert roles.VERBS_OF_SAYING is placetime.VERBS_OF_SAYING is coder.VERBS_OF_SAYING is status.VERBS_OF_SAYING
    assert placetime.VERBS_OF_SAYING <= placetime.REPORTING_VERBS


def test_the_writers_town_is_not_the_events_place(annotator):
    """"wrote" was no speaking verb for the speaker's-place rule: the event was placed at
    the writer's town (Kidal), not where it happened."""
    [mention] = code_text(annotator, "A community leader in Kidal wrote that militants burned a school in "
                                     "Anefis on Monday.", PUB)
    assert mention.place is not None and mention.place.name == "Anefis"


def test_the_day_of_a_warning_dates_the_warning_not_the_attack(annotator):
    """"warned on Sunday that gunmen had attacked" dates the statement, as "said on Sunday
    that ..." does: the attack is in the week ending that Sunday (it was put on the
    Sunday itself, because "warn" was no reporting verb for the dating rule)."""
    [mention] = code_text(annotator, "The army warned on Sunday that gunmen had attacked a convoy near Gao.", PUB)
    assert (mention.event_date, mention.date_end, mention.time_precision) == \
        (date(2026, 3, 2), date(2026, 3, 8), "week")
