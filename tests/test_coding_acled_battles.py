"""Battles or Violence against civilians from the victims' armed status
(:mod:`crisisdesk.coding.acled`, ACLED Codebook, Battles and Violence against civilians):
posts of armed forces attacked, armed people among the dead, off-duty or unarmed members,
killings in custody, seizures in a fight, remote weapons whose target fights back. Every
sentence is written for these tests (no development-set text)."""

from __future__ import annotations

import pytest

from crisisdesk.coding.acled import (
    armed_dead_reported,
    forces_post_attacked,
    target_fought_back,
    victims_disarmed,
)
from crisisdesk.records import ActorRef
from tests.support.annotation import rule_acled_types as types

GUNMEN = ActorRef("gunmen", sector="REB", generic=True)
ARMY = ActorRef("army", code="MLIMIL", country="MLI", sector="MIL", generic=True)
PEOPLE = ActorRef("people", sector="CVL", generic=True)
POLICEMAN = ActorRef("policeman", sector="COP", generic=True)
MILITANTS = ActorRef("militants", sector="REB", generic=True)




@pytest.mark.parametrize("sentence", [
    "Gunmen on motorbikes attacked a gendarmerie post near Sofara, two people were wounded.",
    "The police checkpoint at the entrance of Kona, Mopti Region, was attacked by gunmen at dawn.",
    "An attack by five gunmen on the customs post of Zegoua left two people wounded.",
    "Army camp in Tenenkou attacked last night, one dead and three wounded.",
])
def test_an_attack_on_a_post_of_armed_forces_is_an_armed_clash(sentence):
    assert forces_post_attacked(sentence)
    assert types(sentence, [GUNMEN], [PEOPLE], killed=1) == ("Battles", "Armed clash")


@pytest.mark.parametrize("sentence", [
    "Gunmen attacked the village near the army camp and killed two farmers.",  # the camp only places it
    "Soldiers detained three herders accused of helping the gunmen who had attacked the police post.",
    "Gunmen attacked the market of Bore and burned the former police station.",
    "Gunmen attacked a UN camp for displaced people near Gao.",  # a camp of civilians
])
def test_a_post_that_is_not_the_target_makes_no_battle(sentence):
    assert not forces_post_attacked(sentence)


def test_soldiers_counted_among_the_dead_make_a_battle():
    sentence = "Five people were killed, including two soldiers and three traders, in an attack by gunmen near Sevare."
    assert armed_dead_reported(sentence)
    assert types(sentence, [GUNMEN], [PEOPLE], killed=5) == ("Battles", "Armed clash")
    listed = "Gunmen tried to rob a fuel truck at Gossi, one soldier killed one wounded."
    assert armed_dead_reported(listed)
    assert types(listed, [GUNMEN], [], killed=1) == ("Battles", "Armed clash")
    # civilians alone among the dead: violence against civilians
    civilians = "Five people were killed, including two traders, in an attack by gunmen near Sevare."
    assert not armed_dead_reported(civilians)
    assert types(civilians, [GUNMEN], [PEOPLE], killed=5) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("sentence", [
    "Two gunmen killed an off-duty policeman at the market of Kati.",
    "Two gunmen killed a policeman who was off duty at the market of Kati.",
    "Gunmen shot dead a retired soldier at his home in Kati.",
])
def test_an_off_duty_or_retired_member_of_the_forces_is_a_civilian_victim(sentence):
    assert victims_disarmed(sentence)
    assert types(sentence, [GUNMEN], [POLICEMAN], killed=1) == ("Violence against civilians", "Attack")
    # on duty, the same killing is a battle
    on_duty = sentence.replace("off-duty ", "").replace(" who was off duty", "").replace("retired ", "")
    assert not victims_disarmed(on_duty)
    assert types(on_duty, [GUNMEN], [POLICEMAN], killed=1) == ("Battles", "Armed clash")


def test_an_off_duty_victim_who_fights_back_is_in_a_battle():
    sentence = "Gunmen attacked an off-duty soldier who returned fire and wounded one of them."
    assert not victims_disarmed(sentence)


def test_killings_in_custody_are_violence_against_civilians_whatever_the_victims_are_called():
    sentence = "Rights groups said the army summarily executed nine suspected militants in a hamlet near Dioura."
    assert types(sentence, [ARMY], [MILITANTS], killed=9) == ("Violence against civilians", "Attack")
    assert types("The army killed nine militants near Dioura.", [ARMY], [MILITANTS], killed=9) == \
        ("Battles", "Armed clash")


def test_a_seizure_in_an_exchange_of_fire_with_guards_is_a_battle():
    guards = ActorRef("guards", sector="COP", generic=True)
    sentence = "A patrol vehicle was seized after an exchange of fire, two guards dead."
    assert types(sentence, [], [guards], event_type="COERCE", mode="seize") == ("Battles", "Armed clash")
    assert types("Gunmen raided an army post and seized two vehicles.", [GUNMEN], [], event_type="COERCE",
                 mode="seize") == ("Battles", "Armed clash")
    # goods seized from traders with no fight: looting
    assert types("Gunmen seized the goods of two traders near Gossi.", [GUNMEN], [], event_type="COERCE",
                 mode="seize") == ("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize(("sentence", "hint"), [
    ("Militants shelled the army base, and the soldiers responded with artillery fire.",
     "Shelling/artillery/missile attack"),
    ("An IED struck a patrol, and one assailant was killed in the counter-attack.", "Remote explosive/landmine/IED"),
    ("Militants attacked the troops, and supported by helicopters the troops repelled the attack.",
     "Air/drone strike"),
])
def test_a_remote_weapon_whose_target_fights_back_is_an_armed_clash(sentence, hint):
    assert target_fought_back(sentence)
    assert types(sentence, [MILITANTS], [ARMY], hint=hint) == ("Battles", "Armed clash")


def test_a_remote_weapon_without_a_response_stays_remote_violence():
    sentence = "Militants shelled the army base overnight without causing damage."
    assert not target_fought_back(sentence)
    assert types(sentence, [MILITANTS], [ARMY], hint="Shelling/artillery/missile attack") == \
        ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def test_detainees_harmed_later_in_the_paragraph():
    from crisisdesk.coding.acled import detainees_harmed_later
    assert detainees_harmed_later(" Two of them were later found dead near the camp.")
    assert detainees_harmed_later(" All were severely beaten during their detention.")
    assert not detainees_harmed_later(" They were taken to the gendarmerie in Mopti for questioning.")
    assert not detainees_harmed_later(" Relatives feared they had been executed.")


def _rule_mentions(annotator, text: str):
    from datetime import date

    from tests.support.annotation import make_article

    from crisisdesk.coding.coder import EventCoder
    article = make_article(text, date(2025, 11, 21), language="en")
    return EventCoder(acled_model=None).code(annotator.annotate(article), article)


def test_an_arrest_followed_by_torture_of_the_detainees_is_an_attack(annotator):
    """ACLED: violence against people in custody is Violence against civilians."""
    text = ("On Monday, soldiers arrested four herders near Tenenkou. "
            "The body of one of them was later found with signs of torture.")
    arrests = [m for m in _rule_mentions(annotator, text) if m.mode == "arrest"]
    assert [(m.acled_event_type, m.acled_sub_event_type) for m in arrests] == [("Violence against civilians", "Attack")]
    plain = "On Monday, soldiers arrested four herders near Tenenkou. They were taken to Mopti for questioning."
    arrests = [m for m in _rule_mentions(annotator, plain) if m.mode == "arrest"]
    assert [(m.acled_event_type, m.acled_sub_event_type) for m in arrests] == [("Strategic developments", "Arrests")]


def test_a_claimed_attack_is_the_attack_reported_before_it(annotator):
    """"X claimed the attack" refers back to the IED attack of the previous sentence."""
    text = "An army truck was struck by an IED near Boni on Monday, two soldiers wounded. JNIM claimed the attack on Tuesday."
    mentions = [m for m in _rule_mentions(annotator, text) if m.event_type == "ASSAULT"]
    claim = next(m for m in mentions if m.evidence.trigger.text == "attack")
    assert (claim.acled_event_type, claim.acled_sub_event_type) == (
        "Explosions/Remote violence", "Remote explosive/landmine/IED")
    # an attack with details of its own is a new event, typed by its own sentence
    text = "An army truck was struck by an IED near Boni on Monday. Gunmen attacked a bus of traders near Douentza."
    mentions = [m for m in _rule_mentions(annotator, text) if m.event_type == "ASSAULT"]
    assert mentions[-1].acled_sub_event_type == "Attack"


def test_a_weapon_in_a_background_clause_is_not_the_events_weapon():
    """"Soldiers killed three herders after an IED struck their patrol": the killing is
    the event; the IED is the run-up (ACLED codes each event by its own means)."""
    villagers = ActorRef("herders", sector="CVL", generic=True)
    sentence = "Soldiers killed three herders near Dala after an IED struck their patrol."
    assert types(sentence, [ARMY], [villagers], killed=3) == ("Violence against civilians", "Attack")
    accused = "Militiamen killed four herders whom they accused of laying mines on the road."
    assert types(accused, [MILITANTS], [villagers], killed=4) == ("Violence against civilians", "Attack")
    # no doer named: the clause is the event itself
    passive = "Three passengers were wounded after their bus hit a landmine near Boni."
    assert types(passive, [], [ActorRef("passengers", sector="CVL", generic=True)]) == \
        ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_weapons_listed_as_seized_items_or_naming_people_are_not_used():
    from crisisdesk.coding.acled import weapons_used_text
    seized = "Ten militants were killed in the operation, and arms including rockets and mortars were seized."
    assert "rocket" not in weapons_used_text(seized, False)
    assert types(seized, [ARMY], [MILITANTS], killed=10) == ("Battles", "Armed clash")
    assert "mine" not in weapons_used_text("Dozos killed two suspected mine planters.", False)
    assert "IED" in weapons_used_text("An IED struck a patrol near Boni.", True)


def test_attackers_shot_by_their_target_or_storming_beside_a_remote_weapon_make_a_battle():
    shot = "Two militants attacked the gate of the camp, one attacker was shot dead while the other detonated a car bomb."
    assert target_fought_back(shot)
    assert types(shot, [MILITANTS], [ARMY], hint="Suicide bomb") == ("Battles", "Armed clash")
    stormed = "Militants fired mortar shells at the base while a dozen gunmen tried to breach its perimeter."
    assert types(stormed, [MILITANTS], [ARMY], hint="Shelling/artillery/missile attack") == ("Battles", "Armed clash")
    # the attackers shooting (active voice) is no response by the target
    assert not target_fought_back("Militants shot at the convoy after an IED struck it.")


def _picked(*specs):
    from crisisdesk.evaluation.acled import pick_mention
    from crisisdesk.records import EventMention, Evidence
    mentions = [EventMention(mention_id=f"m{i}", article_id="a", event_type=event_type,
                             evidence=Evidence(sentence="s", start_char=start, end_char=start + 10),
                             acled_event_type=acled_type, acled_sub_event_type=sub, confidence=confidence)
                for i, (event_type, acled_type, sub, start, confidence) in enumerate(specs)]
    return pick_mention(mentions).acled_sub_event_type


def test_the_note_is_the_violence_it_reports_beside_an_arrest():
    """"A unit was ambushed, one wounded, the army says it arrested a suspect": a note
    is coded by its violence (ACLED: Strategic developments are not political violence),
    in the same sentence or another (pick_mention ranks Strategic developments last);
    a note with the arrest alone keeps it."""
    ambush = ("ASSAULT", "Battles", "Armed clash")
    arrest = ("COERCE", "Strategic developments", "Arrests")
    assert _picked((*ambush, 0, 0.7), (*arrest, 0, 0.8)) == "Armed clash"
    assert _picked((*arrest, 0, 0.8), (*ambush, 50, 0.7)) == "Armed clash"
    assert _picked((*arrest, 0, 0.8)) == "Arrests"


def test_armed_forces_named_only_in_a_background_clause_make_no_battle():
    """The army hit by an earlier IED, or a checkpoint attacked the day before, is not a
    side of the killing the sentence reports."""
    from crisisdesk.records import Span
    sentence = "Militiamen killed twelve villagers after responding to an IED blast that struck an army vehicle nearby."
    army = ActorRef("Malian Armed Forces", code="MLIMIL", country="MLI", sector="MIL",
                    span=Span(sentence.index("army"), sentence.index("army") + 4, "army"))
    villagers = ActorRef("villagers", sector="CVL", generic=True)
    assert types(sentence, [MILITANTS], [villagers, army], killed=12) == ("Violence against civilians", "Attack")
    raid = "Rebels attacked the village of Sama in response to an attack on a checkpoint, wounding two elders."
    checkpoint = ActorRef("checkpoint", sector="MIL", generic=True)
    assert types(raid, [MILITANTS], [ActorRef("village", sector="CVL", generic=True), checkpoint]) == \
        ("Violence against civilians", "Attack")
    # the same army in the main clause is a side
    direct = "Militiamen attacked an army vehicle near Sama and killed two soldiers."
    assert types(direct, [MILITANTS], [army], killed=2) == ("Battles", "Armed clash")


def test_people_under_armed_escort_attacked_make_a_battle():
    traders = ActorRef("traders", sector="CVL", generic=True)
    sentence = "Gunmen opened fire on traders travelling in carts escorted by militiamen near Sama, killing two traders."
    assert types(sentence, [GUNMEN], [traders], mode="firearms", killed=2) == ("Battles", "Armed clash")
    alone = "Gunmen opened fire on traders travelling in carts near Sama, killing two traders."
    assert types(alone, [GUNMEN], [traders], mode="firearms", killed=2) == ("Violence against civilians", "Attack")


def test_armed_people_as_the_counted_object_of_a_killing_make_a_battle():
    operation = "A military operation near Gao eliminated a number of militants."
    assert armed_dead_reported(operation)
    assert types(operation, [ARMY], []) == ("Battles", "Armed clash")
    assert not armed_dead_reported("Two militants killed five villagers near Gao.")


def test_explosive_devices_found_and_cleared_are_disrupted_weapons_use():
    sentence = "An army engineering unit detected and cleared two IEDs and a landmine near Diabaly."
    assert types(sentence, [ARMY], [], mode="explosives") == ("Strategic developments", "Disrupted weapons use")
    struck = "An IED struck an army truck near Diabaly after the unit cleared the road."
    assert types(struck, [], [ARMY], mode="explosives") == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_a_crowd_fired_into_is_the_victim_not_a_mob():
    sentence = "Several people were injured in Gao when unidentified men fired into a crowd."
    assert types(sentence, [], [PEOPLE]) == ("Violence against civilians", "Attack")
    assert types("A crowd beat a suspected thief in Gao.", [], [PEOPLE]) == ("Riots", "Mob violence")


def test_aircrafts_are_an_air_strike():
    assert types("French aircrafts carried out a strike that hit a hut near Tessit.", [], []) == \
        ("Explosions/Remote violence", "Air/drone strike")


def test_vehicles_carrying_armed_men_destroyed_are_a_battle_not_property_destruction():
    cars = ActorRef("vehicles", sector="CVL", generic=True)
    sentence = "French forces destroyed two vehicles carrying several terrorists near Tessit."
    assert types(sentence, [ARMY], [cars], mode="destroy") == ("Battles", "Armed clash")
    goods = "Gunmen destroyed two vehicles carrying goods near Tessit."
    assert types(goods, [GUNMEN], [cars], mode="destroy") == ("Strategic developments", "Looting/property destruction")


def test_an_abandoned_camp_destroyed_is_property_destruction():
    camp = ActorRef("militant camp", sector="REB", generic=True)
    sentence = "The army destroyed an abandoned militant camp containing motorbikes near Kona."
    assert types(sentence, [ARMY], [camp], mode="destroy") == ("Strategic developments", "Looting/property destruction")
    manned = "The army destroyed a militant camp near Kona."
    assert types(manned, [ARMY], [camp], mode="destroy") == ("Battles", "Armed clash")


def test_a_civilian_vehicle_with_its_load_attacked_is_violence_against_civilians():
    # ACLED Codebook, Violence against civilians: unarmed travellers; pursuit or fighting
    # words elsewhere in the sentence do not make the attack a Battle
    chased = "Gunmen pursued and fired shots at a lorry transporting cattle near Ber, the driver escaped."
    assert types(chased, [GUNMEN], [], mode="firearms") == ("Violence against civilians", "Attack")
    amid = "Gunmen attacked a bus near Ber carrying traders, amid fighting between armed groups in the area."
    assert types(amid, [GUNMEN], []) == ("Violence against civilians", "Attack")
    soldiers = "Gunmen pursued and fired shots at an army lorry carrying soldiers near Ber."
    assert types(soldiers, [GUNMEN], [], mode="firearms") == ("Battles", "Armed clash")
    no_load = "Gunmen pursued and fired shots at a lorry near Ber."
    assert types(no_load, [GUNMEN], [], mode="firearms") == ("Battles", "Armed clash")


def test_shooting_at_voters_or_ballot_boxes_is_violence_against_civilians():
    # ACLED Codebook, Violence against civilians: election-day civilians and objects are
    # unarmed targets; shooting with no named target stays an Armed clash
    voters = "Armed men opened fire and scattered voters at a school in Kona."
    assert types(voters, [GUNMEN], [], mode="firearms") == ("Violence against civilians", "Attack")
    officials = "Armed men opened fire and chased the election officials out of Kona."
    assert types(officials, [GUNMEN], [], mode="firearms") == ("Violence against civilians", "Attack")
    unaimed = "Armed men opened fire in Kona."
    assert types(unaimed, [GUNMEN], [], mode="firearms") == ("Battles", "Armed clash")


def test_ranger_forest_guard_and_toll_stations_are_posts_of_armed_agents():
    # ACLED Codebook, Battles: posts held by uniformed armed agents are an organised armed side
    assert forces_post_attacked("Gunmen on motorbikes attacked the ranger station in Kona and took equipment.")
    assert forces_post_attacked("The toll station of Ber was attacked by militants at night.")
    assert forces_post_attacked("Militants raided a forest guard post near Kona.")
    assert not forces_post_attacked("Gunmen attacked the bus station in Kona.")
    sentence = "Militants attacked the toll station in Ber and seized cash."
    assert types(sentence, [MILITANTS], []) == ("Battles", "Armed clash")
