"""A claim of responsibility ("claimed by JNIM", "JNIM claimed responsibility") is status
``claimed`` with the claimant; a report attributed to its sources ("claimed by military
and local sources") is no claim of responsibility and its sources are no party to the
event; a passive report's subject is the reported act, never its claimant. Sentences
written for these tests; real spaCy model and annotation stage (``annotator`` fixture)."""

from __future__ import annotations

from datetime import date

from tests.support.annotation import make_article

from crisisdesk.coding.coder import code_events

PUB = date(2025, 11, 21)


def assaults(annotator, text: str):
    article = make_article(text, PUB, language="en")
    return [m for m in code_events(annotator.annotate(article), article) if m.event_type == "ASSAULT"]


def test_claimed_by_sources_is_attribution_not_a_claim_of_responsibility(annotator):
    (attack,) = [m for m in assaults(annotator, "The attack on the army camp near Boni, claimed by military and "
                                                "local sources, left five soldiers dead on Wednesday.")
                 if m.evidence.trigger.text == "attack"]
    assert attack.status == "asserted" and attack.claimed_by is None
    assert not any("military" in a.name or "sources" in a.name for a in attack.source_actors)
    (killing,) = assaults(annotator, "It was claimed by military and local sources that soldiers killed thirty "
                                     "jihadists near Boni on Wednesday.")
    assert killing.status == "asserted" and killing.claimed_by is None


def test_claims_of_responsibility_by_a_party_stay_claimed(annotator):
    for text in ("An attack on a checkpoint near Segou on Thursday was claimed by JNIM.",
                 "JNIM claimed responsibility for the attack on a checkpoint near Segou on Thursday.",
                 "JNIM claimed the attack on a checkpoint near Segou on Thursday.",
                 "The attack on a checkpoint near Segou on Thursday, claimed by JNIM, wounded two soldiers."):
        attack = next(m for m in assaults(annotator, text) if m.evidence.trigger.text == "attack")
        assert (attack.status, attack.claimed_by) == ("claimed", "JNIM"), text


def test_the_subject_of_a_passive_report_is_not_its_claimant(annotator):
    (killing,) = assaults(annotator, "The killing of ten herders near Douentza was reported on Monday.")
    assert killing.status == "asserted" and killing.claimed_by is None


def test_claimant_is_stored_as_the_text_writes_it(annotator):
    """``claimed_by`` is the claimant's character span, not its tokens joined by spaces
    (the old value was "Jama'at Nusrat al - Islam wal - Muslimin JNIM")."""
    (ambush,) = [m for m in assaults(annotator, "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) said on Sunday that its "
                                                "fighters had ambushed an army patrol near Boni.")
                 if m.evidence.trigger.text == "ambushed"]
    assert (ambush.status, ambush.claimed_by) == ("claimed", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)")
    (raid,) = [m for m in assaults(annotator, "The raid on the gendarmerie post near Segou on Friday was claimed "
                                              "by Katiba Macina, a JNIM-linked unit.")
               if m.evidence.trigger.text == "raid"]
    assert (raid.status, raid.claimed_by) == ("claimed", "Katiba Macina, a JNIM-linked unit")
    (second,) = assaults(annotator, "Jama'at Nusrat al-Islam wal-Muslimin claimed a second ambush near Boni.")
    assert (second.status, second.claimed_by) == ("claimed", "Jama'at Nusrat al-Islam wal-Muslimin")


def _kill(annotator, text: str):
    (kill,) = [m for m in assaults(annotator, text) if m.evidence.trigger.text in {"killed", "attacked", "ambushed"}]
    return kill


def test_both_wordings_of_an_attribution_follow_one_principle(annotator):
    """The speaker decides, not the wording: "according to the army" and "the army
    said" give the same status -- asserted when the army relays others' fighting,
    claimed when it speaks of its own soldiers' operation (a party's claim). Before,
    "according to X" was claimed and "X said" asserted for the same X."""
    for speaker, code in (("the army", "MLIMIL"), ("the governor", "MLIGOV")):
        for text in (f"Gunmen killed four traders near Nioro on Friday, according to {speaker}.",
                     f"Gunmen killed four traders near Nioro on Friday, {speaker} said."):
            kill = _kill(annotator, text)
            assert (kill.status, kill.claimed_by) == ("asserted", None), text
            assert (kill.reported_by, kill.reported_by_code) == (speaker, code), text
    for text in ("According to the army, soldiers killed ten jihadists near Nioro on Friday.",
                 "Soldiers killed ten jihadists near Nioro on Friday, the army said."):
        kill = _kill(annotator, text)
        assert (kill.status, kill.claimed_by, kill.reported_by_code) == ("claimed", "the army", "MLIMIL"), text


def test_relays_are_reported_by_but_not_claimants(annotator):
    kill = _kill(annotator, "Gunmen killed four traders near Nioro on Friday, according to witnesses.")
    assert (kill.status, kill.claimed_by, kill.reported_by) == ("asserted", None, "witnesses")
    kill = _kill(annotator, "Gunmen killed four traders near Nioro on Friday.")
    assert (kill.status, kill.reported_by) == ("asserted", None)


def test_a_post_that_is_attacked_is_no_social_media_post(annotator):
    """"post" is both a military position and a social-media post: a participle on
    the noun ("an army post attacked by gunmen") makes it the target, not a medium
    carrying the report (it was "claimed by circulated footage")."""
    for text in ("Army post attacked by gunmen near Tessit",
                 "An army post attacked by gunmen near Tessit was abandoned on Sunday."):
        attack = _kill(annotator, text)
        assert (attack.status, attack.claimed_by) == ("asserted", None), text


def test_circulated_footage_is_a_media_report_and_its_issuer_the_claimant(annotator):
    attack = _kill(annotator, "Gunmen attacked an army post near Tessit on Sunday, videos circulated on social "
                              "media showed.")
    assert attack.status == "claimed" and attack.reported_by.startswith("videos")
    attack = [m for m in assaults(annotator, "Footage circulated by JNIM showed its fighters attacking an army "
                                             "post near Tessit on Sunday.")][0]
    assert (attack.status, attack.claimed_by, attack.reported_by_code) == ("claimed", "JNIM", "JNIM")
    kill = _kill(annotator, "A statement issued by the army said gunmen killed four traders near Nioro on Friday.")
    assert (kill.status, kill.reported_by) == ("asserted", "the army")


def test_per_names_a_source_not_a_rate_and_satellite_imagery_verifies(annotator):
    kill = _kill(annotator, "Gunmen killed four traders near Nioro on Friday, per local sources.")
    assert (kill.status, kill.reported_by) == ("asserted", "local sources")
    (burn,) = [m for m in assaults(annotator, "Satellite images show that gunmen burned twenty trucks near Kayes "
                                              "on Monday.")]
    assert (burn.status, burn.claimed_by, burn.reported_by) == ("asserted", None, "Satellite images")
    (burn,) = [m for m in assaults(annotator, "Videos posted online show that gunmen burned twenty trucks near "
                                              "Kayes on Monday.")]
    assert burn.status == "claimed"
    kill = _kill(annotator, "Gunmen reportedly killed four traders near Nioro on Friday.")
    assert (kill.status, kill.claimed_by, kill.reported_by) == ("claimed", "unnamed reports", None)


def test_one_speakers_report_stays_one_incident_when_only_one_trigger_names_the_party(annotator):
    """The strikes are the French forces' own (claimed by them), the "targeting" trigger
    names only JNIM (asserted by the same speaker): one report by one speaker, so one
    incident with both sides, claimed (it was split in two once status followed the
    speaker)."""
    found = assaults(annotator, "Several airstrikes targeting JNIM fighters were reported near Boni on Sunday by "
                                "French forces.")
    assert len(found) == 1
    (strike,) = found
    assert (strike.status, strike.claimed_by) == ("claimed", "French forces")
    assert [a.code for a in strike.target_actors] == ["JNIM"] and [a.code for a in strike.source_actors] == ["FRAMIL"]


def test_a_speakers_clause_is_not_part_of_its_name(annotator):
    """"per <speaker>" must read as a name: the participle or relative clause saying how
    the speaker was reached is left out; a prepositional modifier stays."""
    (reached,) = assaults(annotator, "Bandits shot dead a herder near Boni on Wednesday, villagers reached by "
                                     "phone said.")
    assert reached.reported_by == "villagers"
    (according,) = assaults(annotator, "Bandits shot dead a herder near Boni on Wednesday, according to a "
                                       "councillor interviewed by radio.")
    assert according.reported_by == "a councillor"
    (kept,) = assaults(annotator, "Bandits shot dead a herder near Boni on Wednesday, according to a "
                                  "councillor in the commune.")
    assert kept.reported_by == "a councillor in the commune"


def test_a_speaker_after_the_report_is_found_where_the_parser_hung_it_inside(annotator):
    """A reporting clause at the end ("..., a source close to the army said") whose
    speaker the parser attached inside the reported clause (an apposition of "Sunday",
    a conjunct of the victims, the reporting verb a conjunct of the event verb) still
    names who reports: relays (officials, sources, residents), so asserted. Before, these
    gave no ``reported_by`` and "officials and residents" were coded as victims."""
    cases = (
        ("Jihadists attacked an army post near Tessit on Sunday, a source close to the army said.",
         "attacked", "a source close to the army"),
        ("Gunmen abducted the mayor of Tessit on Sunday, a source close to the army said.",
         "abducted", "a source close to the army"),
        ("Jihadists attacked an army post near Tessit on Sunday and killed three soldiers, a local official "
         "who requested anonymity told AFP.", "attacked", "a local official"),
        ("Gunmen on motorbikes stormed a village near Tessit on Sunday and killed six civilians, officials and "
         "residents said.", "stormed", "officials and residents"),
    )
    for text, trigger, speaker in cases:
        (event,) = [m for m in assaults(annotator, text) if m.evidence.trigger.text == trigger]
        assert (event.status, event.claimed_by, event.reported_by) == ("asserted", None, speaker), text
        assert not any(word in a.name for a in event.target_actors + event.source_actors
                       for word in ("official", "resident", "source")), text


def test_a_subject_of_the_reported_clause_is_never_taken_for_its_speaker(annotator):
    """The words before a final reporting verb name its speaker only when they head a
    noun phrase the verb lacks: a verb with its own subject keeps it."""
    kill = _kill(annotator, "Gunmen killed four traders near Nioro on Friday, the governor said.")
    assert (kill.reported_by, kill.reported_by_code) == ("the governor", "MLIGOV")
    kill = _kill(annotator, "Gunmen killed four traders near Nioro on Friday.")
    assert kill.reported_by is None
