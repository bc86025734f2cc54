"""ACLED event and sub-event types from the rule coder (:mod:`crisisdesk.coding.acled`) for
the violent types: combined attacks, crowds, attacks on property alone, armed people
counted as hurt, peacekeepers as an armed side, and headline passives. Every sentence is
written for these tests (no development-set text)."""

from __future__ import annotations

from datetime import date

import pytest
from tests.support.annotation import make_article, rule_acled_types as types

from crisisdesk.coding.coder import code_events
from crisisdesk.coding.roles import is_armed
from crisisdesk.records import ActorRef, Count

MILITANTS = ActorRef("militants", sector="REB", generic=True)
ARMY = ActorRef("army", code="MLIMIL", country="MLI", sector="MIL", generic=True)
CONVOY = ActorRef("army convoy", code="MLIMIL", country="MLI", sector="MIL", generic=True)
VILLAGE = ActorRef("village", sector="CVL", generic=True)
TRUCK = ActorRef("truck", sector="CVL", generic=True)
SHOPS = ActorRef("shops", sector="BUS", generic=True)
RESIDENTS = ActorRef("residents", sector="CVL", generic=True)
YOUTHS = ActorRef("youths", sector="CVL", generic=True)
POLICE = ActorRef("police", sector="COP", generic=True)
MINUSMA = ActorRef("MINUSMA", code="IGOUNOPKO", sector="IGO", actor_type="IGO")




@pytest.mark.parametrize(("sentence", "hint"), [
    ("Militants ambushed an army convoy with an IED followed by small arms fire near Boni.", None),
    ("The attack on the convoy began with a roadside bomb, then the militants opened gunfire.",
     "Remote explosive/landmine/IED"),
    ("A suicide bomber blew up a car at the gate of the army camp before an armed assault by gunmen.", None),
    ("Troops killed ten militants in an air-ground operation near Tessit.", "Air/drone strike"),
    ("An airstrike on the militants' camp was followed by a ground assault by commandos.", None),
])
def test_a_remote_weapon_with_ground_fighting_is_an_armed_clash(sentence, hint):
    """ACLED codes a complex attack (remote weapon plus ground fighting) as Battles."""
    assert types(sentence, [MILITANTS], [CONVOY], hint=hint) == ("Battles", "Armed clash")


@pytest.mark.parametrize(("sentence", "sub"), [
    ("Militants planted an IED that struck an army convoy near Boni.", "Remote explosive/landmine/IED"),
    ("A drone strike hit a militant camp near Tessit.", "Air/drone strike"),
    ("Militants shelled the army camp with mortars overnight.", "Shelling/artillery/missile attack"),
])
def test_a_remote_weapon_alone_stays_remote_violence(sentence, sub):
    assert types(sentence, [MILITANTS], [CONVOY]) == ("Explosions/Remote violence", sub)


def test_a_crowd_of_residents_clashing_with_police_is_a_violent_demonstration():
    sentence = "Angry residents burned tyres, threw stones and clashed with police in Kati."
    assert types(sentence, [RESIDENTS], [POLICE]) == ("Riots", "Violent demonstration")


def test_youths_beating_a_suspected_thief_is_mob_violence():
    sentence = "Youths beat a suspected thief to death at the market in Sikasso."
    assert types(sentence, [YOUTHS], [ActorRef("thief", sector="CVL", generic=True)], killed=1) == \
        ("Riots", "Mob violence")
    # no doer named but a lynching: a mob
    assert types("A suspected thief was lynched in Sikasso.", [], [], killed=1) == ("Riots", "Mob violence")


def test_armed_youths_fighting_are_a_militia_not_a_mob():
    sentence = "Armed youths from the village clashed with gunmen who raided their cattle."
    assert types(sentence, [YOUTHS], [ActorRef("gunmen", sector="REB", generic=True)]) == ("Battles", "Armed clash")


def test_an_organised_armed_group_is_never_the_crowd():
    sentence = "Militants and youths attacked the village and killed two residents."
    assert types(sentence, [MILITANTS, YOUTHS], [VILLAGE], killed=2, whose="residents") == \
        ("Violence against civilians", "Attack")


def test_an_attack_on_property_alone_is_looting_or_property_destruction():
    sentence = "Gunmen attacked a truck near Parou and set it ablaze, no casualties were reported."
    assert types(sentence, [MILITANTS], [TRUCK]) == ("Strategic developments", "Looting/property destruction")
    sentence = "Gunmen raided the market and looted shops before leaving."
    assert types(sentence, [MILITANTS], [SHOPS]) == ("Strategic developments", "Looting/property destruction")


def test_a_raid_on_a_village_or_with_people_hurt_stays_an_attack():
    # a village is its people: ACLED codes the raid as Violence against civilians
    sentence = "Militiamen attacked the village and burned houses, no casualties were reported."
    assert types(sentence, [MILITANTS], [VILLAGE]) == ("Violence against civilians", "Attack")
    # looting in which someone is hurt
    sentence = "Gunmen looted shops in the market and wounded the owner."
    assert types(sentence, [MILITANTS], [SHOPS]) == ("Violence against civilians", "Attack")
    sentence = "Gunmen seized a car near Gao, the driver was wounded by gunshot."
    assert types(sentence, [MILITANTS], [TRUCK], event_type="COERCE", mode="seize") == \
        ("Violence against civilians", "Attack")
    assert types("Gunmen seized a car near Gao.", [MILITANTS], [TRUCK], event_type="COERCE", mode="seize") == \
        ("Strategic developments", "Looting/property destruction")


def test_armed_people_counted_as_hurt_make_the_attack_a_battle():
    sentence = "Gunmen attacked the town of Kona at night, one gendarme wounded."
    assert types(sentence, [MILITANTS], []) == ("Battles", "Armed clash")
    assert types("Gunmen attacked the town of Kona at night.", [MILITANTS], [ActorRef("town", sector="CVL",
                 generic=True)]) == ("Violence against civilians", "Attack")
    # the injured count's victims, when the counter named them
    assert types("Gunmen opened fire in Kona at night.", [MILITANTS], [VILLAGE],
                 injured=Count(2, 2, "soldiers")) == ("Battles", "Armed clash")


def test_militants_killing_villagers_is_no_count_of_armed_dead():
    sentence = "Two militants killed five villagers in Sama."
    assert types(sentence, [MILITANTS], [ActorRef("villagers", sector="CVL", generic=True)], killed=5,
                 whose="villagers") == ("Violence against civilians", "Attack")


def test_peacekeepers_are_an_armed_side():
    assert is_armed(MINUSMA)
    assert not is_armed(ActorRef("UNHCR", code="IGOUNOREF", sector="IGO", actor_type="IGO"))
    assert types("Gunmen attacked a MINUSMA vehicle near Gao.", [MILITANTS], [MINUSMA]) == ("Battles", "Armed clash")


def test_a_headline_passive_makes_the_post_the_target(annotator):
    """"Army checkpoint attacked around 21h": the tagger reads a past tense; a post
    cannot attack, so it is the target, and an attack on a military post is a Battle."""
    text = "Army checkpoint in Sama attacked around 21h on Monday, no casualties."
    article = make_article(text, date(2025, 11, 21), language="en")
    (m,) = [m for m in code_events(annotator.annotate(article), article) if m.event_type == "ASSAULT"]
    assert m.source_actors == []
    assert any("checkpoint" in a.name.lower() or a.sector == "MIL" for a in m.target_actors)
    assert m.acled_rule_types == ("Battles", "Armed clash")
    # an armed group as the subject stays the attacker
    text = "Militants attacked around 21h on Monday in Sama, no casualties."
    article = make_article(text, date(2025, 11, 21), language="en")
    (m,) = [m for m in code_events(annotator.annotate(article), article) if m.event_type == "ASSAULT"]
    assert [a.name for a in m.source_actors] == ["Militants"]


def test_shooting_at_an_unnamed_target_is_no_clash_by_itself():
    # the rules found no target: shooting "at" someone is no proof of two armed sides
    assert types("Gunmen opened fire on passers-by near Gourti.", [MILITANTS], [], mode="firearms") == \
        ("Violence against civilians", "Attack")
    # shooting with no one aimed at, by an armed group: an exchange the rules read as a clash
    assert types("Gunmen opened fire near the army camp in Gourti.", [MILITANTS], [], mode="firearms") == \
        ("Battles", "Armed clash")


def test_a_clash_between_police_and_youths_is_a_riot_but_not_with_a_militia():
    assert types("Clashes between police and youths in Dire left two wounded.", [POLICE, YOUTHS], []) == \
        ("Riots", "Mob violence")
    assert types("Protesters clashed with security forces in Kati.", [POLICE], []) == \
        ("Riots", "Violent demonstration")
    militia = ActorRef("Dozo militiamen", sector="MIL", generic=True)
    assert types("Dozo militiamen clashed with youths near Sama.", [militia], [YOUTHS]) == ("Battles", "Armed clash")


def test_detainees_executed_are_attacked_not_arrested():
    soldiers = ActorRef("soldiers", code="MLIMIL", country="MLI", sector="MIL", generic=True)
    men = ActorRef("men", sector="CVL", generic=True)
    sentence = "Soldiers arrested six men in Sama who were later executed near the river."
    assert types(sentence, [soldiers], [men], event_type="COERCE", mode="arrest") == \
        ("Violence against civilians", "Attack")
    assert types("Soldiers arrested six men in Sama.", [soldiers], [men], event_type="COERCE", mode="arrest") == \
        ("Strategic developments", "Arrests")


def test_arms_seized_in_an_attack_do_not_make_it_a_disrupted_weapons_use():
    gendarmerie = ActorRef("gendarmerie", sector="COP", generic=True)
    sentence = "Militants attacked the gendarmerie in Balle and seized arms, no casualties."
    assert types(sentence, [MILITANTS], [gendarmerie]) == ("Battles", "Armed clash")
    assert types("Soldiers defused an IED on the road to Boni.", [ARMY], []) == \
        ("Strategic developments", "Disrupted weapons use")


def test_crowds_destroying_property_riot():
    """Riots include destructive acts of mobs and demonstrators (ACLED Codebook)."""
    assert types("Youths burned a bar in the old quarter of the town.", [YOUTHS], [], mode="destroy") == \
        ("Riots", "Mob violence")
    women = ActorRef("women", sector="CVL", generic=True)
    assert types("Women set up barricades and burned tyres in protest against water cuts.", [women], [],
                 mode="destroy") == ("Riots", "Violent demonstration")
    # the same act by an armed group is property destruction
    assert types("Militants burned a bar in the old quarter of the town.", [MILITANTS], [], mode="destroy") == \
        ("Strategic developments", "Looting/property destruction")


def test_demonstrators_clashing_is_a_violent_demonstration():
    youths = ActorRef("youths", sector="CVL", generic=True)
    assert types("Youths protesting the arrest of a friend clashed with gendarmes in Kati.", [youths], [],
                 event_type="PROTEST", mode="demo") == ("Riots", "Violent demonstration")
    assert types("Youths protested against fuel prices in Kati.", [youths], [], event_type="PROTEST",
                 mode="demo") == ("Protests", "Peaceful protest")


def test_a_self_defence_group_named_is_no_clash_but_acting_in_self_defence_is():
    """"Self-defence" names a group as often as it names an armed response: only "in/of
    self-defence" is a clash word."""
    sentence = "Militants raided the market of Sora looking for the leaders of the local self-defence group."
    assert types(sentence, [MILITANTS], [ActorRef("market", sector="BUS", generic=True)]) == \
        ("Violence against civilians", "Attack")
    sentence = "Gendarmes at the post fired in self-defence when gunmen approached it."
    assert types(sentence, [MILITANTS], [ActorRef("post", sector="BUS", generic=True)]) == ("Battles", "Armed clash")


@pytest.mark.parametrize("victims", ["jihadists", "insurgents", "gunmen", "combatants"])
def test_armed_group_members_counted_as_killed_make_a_battle(victims):
    sentence = f"Three {victims} were killed while trying to storm a checkpoint near Sora."
    assert types(sentence, [], [ActorRef("checkpoint", sector="CVL", generic=True)]) == ("Battles", "Armed clash")


def test_people_said_to_be_armed_are_an_armed_side():
    herders = ActorRef("herders", sector="CVL", generic=True)
    assert types("Soldiers shot dead three armed herders near Tonka.", [ARMY], [herders], killed=3,
                 whose="herders") == ("Battles", "Armed clash")
    assert types("Soldiers shot dead three herders near Tonka.", [ARMY], [herders], killed=3,
                 whose="herders") == ("Violence against civilians", "Attack")
    # the doers called armed, not the victims
    men = ActorRef("men", sector="CVL", generic=True)
    assert types("Armed men raided the Kobi village, killing two men.", [ActorRef("armed men", generic=True)], [men],
                 killed=2, whose="men") == ("Violence against civilians", "Attack")


@pytest.mark.parametrize(("sentence", "event_type", "mode"), [
    ("Militiamen attacked the hamlet of Tiko and burned granaries, no casualties were reported.", "ASSAULT", None),
    ("Militiamen attacked and torched the village of Tiko.", "ASSAULT", "destroy"),
    ("Militiamen raided the Bozo village of Tiko and seized all the cattle.", "COERCE", "seize"),
])
def test_a_raid_on_a_settlement_is_an_attack_even_with_property_alone(sentence, event_type, mode):
    """The settlement need not be a coded target ("the hamlet of Tiko" may be coded as a
    place): the raid words name it."""
    assert types(sentence, [MILITANTS], [], event_type=event_type, mode=mode) == \
        ("Violence against civilians", "Attack")
    # a truck burned, cattle seized outside a settlement: still property alone
    assert types("Militiamen attacked a truck near Tiko and burned it.", [MILITANTS], [TRUCK], mode="destroy") == \
        ("Strategic developments", "Looting/property destruction")
    assert types("Militiamen seized all the cattle of a herder near Tiko.", [MILITANTS], [], event_type="COERCE",
                 mode="seize") == ("Strategic developments", "Looting/property destruction")


def test_a_remote_weapon_folded_into_an_incident_with_ground_fighting_stays_a_battle():
    """The coder replaces the rules' type by the most specific weapon of an incident's
    folded triggers, except when the incident reports ground fighting (a gunfire word
    beside the weapon, or a firearms trigger folded in): ACLED codes that as Battles."""
    from types import SimpleNamespace

    from crisisdesk.coding.coder import _ground_fighting
    shelled = SimpleNamespace(acled_override="Shelling/artillery/missile attack", incident_modes={None, "heavy-weapons"},
                              mode="heavy-weapons")
    assert _ground_fighting(shelled, "Militants fired mortar shells at the base while both sides exchanged heavy gunfire.")
    assert not _ground_fighting(shelled, "Militants fired mortar shells at the base overnight.")
    with_rifles = SimpleNamespace(acled_override="Shelling/artillery/missile attack",
                                  incident_modes={"heavy-weapons", "firearms"}, mode="heavy-weapons")
    assert _ground_fighting(with_rifles, "Militants fired rockets at the camp and shot at the guards at its gate.")


def test_an_interception_with_fighting_or_people_hurt_is_no_disrupted_weapons_use():
    """ACLED Disrupted weapons use: weapons or explosives intercepted or seized without
    violence; an interception that turns into a fight is a Battle, one in which
    civilians are killed or taken an Attack or an abduction."""
    car = ActorRef("vehicle", sector="CVL", generic=True)
    hint = "Disrupted weapons use"
    assert types("Soldiers intercepted a vehicle near Sora and seized rifles and ammunition.", [ARMY], [car],
                 event_type="COERCE", hint=hint) == ("Strategic developments", "Disrupted weapons use")
    assert types("Soldiers intercepted a vehicle near Sora, and two militants were killed in the exchange of fire.",
                 [ARMY], [car], event_type="COERCE", hint=hint) == ("Battles", "Armed clash")
    assert types("Gunmen intercepted a bus near Sora and killed one passenger.", [MILITANTS], [car],
                 event_type="COERCE", hint=hint, killed=1) == ("Violence against civilians", "Attack")
    assert types("Gunmen intercepted a bus near Sora and abducted five passengers.", [MILITANTS], [car],
                 event_type="COERCE", hint=hint) == ("Violence against civilians", "Abduction/forced disappearance")


# -- shoulder-fired launchers are weapons of a ground attack, not shelling ---------------

@pytest.mark.parametrize("sentence", [
    "The attackers opened fire on the trucks with machine guns and rocket-propelled grenades.",
    "Fighters armed with RPGs and rifles stormed the checkpoint.",
    "The gunmen fired a rocket launcher at the lead vehicle of the convoy.",
])
def test_rocket_propelled_grenades_are_no_shelling_and_no_hand_grenade(sentence):
    # ACLED Codebook: Shelling/artillery/missile attack is long-range remote fire, Grenade
    # a hand-thrown device; an RPG fired by ground attackers is a small arm of the attack
    event, sub = types(sentence, [MILITANTS], [TRUCK], mode="firearms")
    assert event != "Explosions/Remote violence" and sub not in {"Shelling/artillery/missile attack", "Grenade"}


def test_real_rockets_and_hand_grenades_stay_remote_violence():
    assert types("Militants fired rockets at the army camp from several kilometres away.", [MILITANTS], [ARMY]) == (
        "Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert types("A man threw a grenade into a crowded market.", [], [RESIDENTS]) == (
        "Explosions/Remote violence", "Grenade")


# -- armed people killed by an armed doer: a battle ---------------------------------------

@pytest.mark.parametrize("sentence", [
    "The army said it had killed more than twenty assailants.",
    "Troops neutralised a dozen terrorists near the border.",
    "Soldiers killed at least 30 suspected jihadist fighters on Sunday.",
])
def test_armed_dead_killed_by_the_army_make_an_armed_clash_even_without_a_coded_target(sentence):
    # the role parse may leave the dead uncoded and the toll without "whose": the sentence
    # still says the dead were an armed side (ACLED Codebook: Battles)
    assert types(sentence, [ARMY], [], killed=20) == ("Battles", "Armed clash")


def test_civilians_killed_beside_the_word_attackers_are_still_an_attack():
    assert types("The gunmen killed three civilians before the attackers fled.", [MILITANTS], [],
                 killed=3, whose="civilians") == ("Violence against civilians", "Attack")
