"""Same-incident merging on hand-built EventMention records (consolidate/events.py)."""

from dataclasses import replace
from datetime import date, datetime, timezone

from tests.convoy_corpus import (
    ACTORS,
    ALL_REPORTS,
    AMBUSH_REPORTS,
    PLACES,
    article_id_of,
    hand_coded_mention,
)
from crisisdesk.consolidate.events import ArticleInfo, Consolidator, consolidate
from crisisdesk.records import ActorRef, Count, Place


def _infos():
    return {
        article_id_of(r): ArticleInfo(article_id_of(r), r.site, r.published, article_id_of(r)) for r in ALL_REPORTS
    }


def _corpus_mentions():
    reports = sorted(ALL_REPORTS, key=lambda r: r.published)
    return [hand_coded_mention(r) for r in reports]


def test_twenty_reports_and_two_other_attacks_make_three_events():
    events = consolidate(_corpus_mentions(), _infos())
    assert len(events) == 3
    ambush = max(events, key=lambda e: e.num_articles)
    assert ambush.num_articles == 20
    assert ambush.num_sources == 20
    assert ambush.num_mentions == 20
    assert (ambush.fatalities.min, ambush.fatalities.max) == (5, 7)
    assert ambush.disagreements["fatalities"] == [5, 6, 7]
    assert ambush.first_reported_at == datetime(2025, 11, 10, 14, tzinfo=timezone.utc)
    # most precise place wins (geo_precision 1 "Kadiolo" beats "near Kadiolo" and the region)
    assert ambush.place.name == "Kadiolo" and ambush.place.geo_precision == 1
    assert ambush.event_date == date(2025, 11, 10)
    assert ambush.status == "asserted"  # one claim, nineteen asserting reports
    assert ambush.claimed_by == "JNIM"
    assert [a.name for a in ambush.source_actors] == ["JNIM"]  # named beats generic "gunmen"
    others = sorted((e for e in events if e is not ambush), key=lambda e: e.place.name)
    assert [e.place.name for e in others] == ["Koutiala", "Zégoua"]
    assert [e.num_articles for e in others] == [1, 1]
    assert others[1].fatalities == Count(2, 2, None)


def test_order_of_arrival_does_not_change_the_grouping():
    mentions = list(reversed(_corpus_mentions()))
    events = consolidate(mentions, _infos())
    assert sorted(e.num_articles for e in events) == [1, 1, 20]


def test_adding_the_same_mention_twice_is_idempotent():
    consolidator = Consolidator()
    mention = hand_coded_mention(AMBUSH_REPORTS[0])
    first = consolidator.add(mention)
    assert consolidator.add(mention) == first
    assert consolidator.event(first).num_mentions == 1


def _base():
    return hand_coded_mention(AMBUSH_REPORTS[0])


def _other(mention_id="b", article_id="art-b", **changes):
    return replace(_base(), mention_id=mention_id, article_id=article_id, **changes)


def test_same_place_and_day_but_different_target_sectors_stay_apart():
    civilians = ActorRef("villagers", generic=True, sector="CVL")
    events = consolidate([_base(), _other(target_actors=[civilians])])
    assert len(events) == 2


def test_different_named_targets_stay_apart_and_shared_named_target_merges():
    army = ACTORS["army"]
    police = ActorRef("Malian police", actor_id="mali-police", code="MLICOP", sector="COP")
    a = replace(_base(), target_actors=[army])
    assert len(consolidate([a, _other(target_actors=[police])])) == 2
    assert len(consolidate([a, _other(target_actors=[ActorRef("army", code="MLI")])])) == 1  # country prefix


def test_distance_limit_depends_on_geo_precision():
    # The same named place, its point 0.35 degrees further north: about 39 km apart.
    town = replace(_base(), place=PLACES["Kadiolo"])
    north_point = replace(PLACES["Kadiolo"], lat=10.55 + 0.35)
    north_near = replace(PLACES["near Kadiolo"], lat=10.55 + 0.35)
    assert len(consolidate([town, _other(place=north_point)])) == 2  # precision 1: 25 km
    assert len(consolidate([town, _other(place=north_near)])) == 1  # precision 2: 50 km


def test_differently_named_places_are_different_places_beyond_two_km():
    town = replace(_base(), place=PLACES["Kadiolo"])
    zegoua = PLACES["Zégoua"]  # 14 km from Kadiolo
    assert len(consolidate([town, _other(place=zegoua, target_actors=[ACTORS["convoy"]])])) == 2
    suburb = Place("Kadiolo-Est", 1, "MLI", admin1="Sikasso", lat=10.55 + 0.015, lon=-5.76667)  # 1.7 km
    assert len(consolidate([town, _other(place=suburb)])) == 1


def test_admin1_and_country_level_places_need_a_shared_named_actor():
    region = PLACES["Sikasso region"]
    gunmen = [ACTORS["gunmen"]]
    generic_base = replace(_base(), source_actors=gunmen)
    assert len(consolidate([generic_base, _other(place=region, source_actors=gunmen)])) == 2
    assert len(consolidate([_base(), _other(place=region)])) == 1  # JNIM on both
    other_region = replace(region, admin1="Mopti", admin1_code="04", name="Mopti")
    assert len(consolidate([_base(), _other(place=other_region)])) == 2


def test_date_window_depends_on_time_precision():
    assert len(consolidate([_base(), _other(event_date=date(2025, 11, 10))])) == 1  # same day
    assert len(consolidate([_base(), _other(event_date=date(2025, 11, 11))])) == 2  # next day
    week = _other(event_date=date(2025, 11, 10), date_end=date(2025, 11, 16), time_precision="week")
    assert len(consolidate([_base(), week])) == 1
    month = _other(event_date=date(2025, 11, 1), date_end=date(2025, 11, 30), time_precision="month")
    assert len(consolidate([_base(), month])) == 1  # month contains the day, JNIM shared
    october = _other(event_date=date(2025, 10, 1), date_end=date(2025, 10, 31), time_precision="month")
    assert len(consolidate([_base(), october])) == 2


def test_event_types_must_agree_acled_type_first():
    threat = _other(event_type="THREATEN", acled_event_type=None)
    assert len(consolidate([_base(), threat])) == 2
    coerce = _other(event_type="COERCE")  # same ACLED type "Violence against civilians"
    assert len(consolidate([_base(), coerce])) == 1
    explosion = _other(acled_event_type="Explosions/Remote violence", acled_sub_event_type="Remote explosive/landmine/IED")
    assert len(consolidate([_base(), explosion])) == 2
    # Battles vs Violence against civilians: coders split on an ambush of an escorted
    # convoy; allowed only at the same place.
    battle = _other(acled_event_type="Battles", acled_sub_event_type="Armed clash")
    assert len(consolidate([_base(), battle])) == 1
    nearby = Place("Kadiolo road", 2, "MLI", admin1="Sikasso", lat=10.55 + 0.1, lon=-5.76667)  # 11 km
    assert len(consolidate([_base(), replace(battle, place=nearby)])) == 2


def test_places_without_coordinates_compare_by_name():
    no_coords = replace(PLACES["Kadiolo"], lat=None, lon=None)
    koutiala = replace(PLACES["Koutiala"], lat=None, lon=None)
    gunmen = [ACTORS["gunmen"]]
    a = replace(_base(), place=no_coords, source_actors=gunmen)
    assert len(consolidate([a, _other(place=no_coords, source_actors=gunmen)])) == 1  # same GeoNames id
    assert len(consolidate([a, _other(place=koutiala)])) == 2  # another town


def test_placeless_sentence_joins_the_one_event_of_its_article():
    follow_up = replace(_base(), mention_id="m2", place=None, source_actors=[], target_actors=[])
    assert len(consolidate([_base(), follow_up])) == 1
    other_article = replace(follow_up, article_id="art-x", mention_id="x")
    assert len(consolidate([_base(), other_article])) == 2  # vague, no shared named actor


def test_a_vague_mention_cannot_chain_two_precise_events():
    koutiala = _other(mention_id="k", article_id="art-k", place=PLACES["Koutiala"])
    region = _other(mention_id="r", article_id="art-r", place=PLACES["Sikasso region"])
    events = consolidate([_base(), koutiala, region])
    assert sorted(e.num_mentions for e in events) == [1, 2]


def test_reports_without_place_join_only_their_own_article():
    jnim = [ACTORS["JNIM"]]
    convoy = replace(_base(), place=None, source_actors=jnim, target_actors=[ActorRef("fuel convoy", generic=True)])
    trucks = _other(place=None, source_actors=jnim, target_actors=[ActorRef("convoy", generic=True)])
    assert len(consolidate([convoy, trucks])) == 2  # nothing says where: not one incident
    country = replace(PLACES["Sikasso region"], geo_precision=4, admin1=None, admin1_code=None, name="Mali")
    a, b = replace(convoy, place=country), replace(trucks, place=country)
    assert len(consolidate([a, b])) == 1  # country level: JNIM shared, "convoy" shared
    c = replace(b, target_actors=[ActorRef("civilians", generic=True, sector="CVL")])
    assert len(consolidate([a, c])) == 2  # no agreement on the target side


def test_same_place_name_without_point_needs_a_shared_named_actor():
    town = replace(PLACES["Kadiolo"], lat=None, lon=None, geonames_id=None)
    gunmen = [ACTORS["gunmen"]]
    a = replace(_base(), place=town, source_actors=gunmen)
    assert len(consolidate([a, _other(place=town, source_actors=gunmen)])) == 2
    assert len(consolidate([replace(a, source_actors=[ACTORS["JNIM"]]), _other(place=town)])) == 1


def test_second_pass_merges_an_event_started_by_a_vague_report():
    gunmen = [ACTORS["gunmen"]]
    first = replace(_base(), source_actors=gunmen)  # near Kadiolo, generic source
    region = _other("r", "art-r", place=PLACES["Sikasso region"])  # JNIM, admin1 only: no shared named actor yet
    later = _other("l", "art-l")  # JNIM near Kadiolo: joins the region event (shared JNIM)
    events = consolidate([first, region, later])
    assert [e.num_mentions for e in events] == [3]


def test_unresolved_towns_keep_their_names_at_country_level():
    # Two villages the gazetteer lacks, coded at country level with their own names, attacked
    # the same day by the same militia: two events. A spelling variant is the same village.
    militia = [ActorRef("Dan Na Ambassagou", actor_id="dan-na-ambassagou", sector="REB")]
    fulani = [ActorRef("Fulani", actor_id="fulani", sector="ETH")]
    village = Place("Saran", 4, "MLI")
    a = replace(_base(), place=village, source_actors=militia, target_actors=fulani)
    assert len(consolidate([a, _other(place=Place("Bidi", 4, "MLI"), source_actors=militia, target_actors=fulani)])) == 2
    assert len(consolidate([a, _other(place=Place("Sarran", 4, "MLI"), source_actors=militia, target_actors=fulani)])) == 1
    # the country's own name is an area, not a town: it joins on the shared actors
    assert len(consolidate([a, _other(place=Place("Mali", 4, "MLI"), source_actors=militia, target_actors=fulani)])) == 1
    # an unresolved village is not a resolved town of another name
    kadiolo = replace(_base(), place=PLACES["Kadiolo"])
    assert len(consolidate([kadiolo, _other(place=Place("Farakala", 3, "MLI", admin1="Sikasso"))])) == 2


def test_disjoint_named_targets_do_not_fit_through_generic_actors():
    # Report one: hotel and a wounded "assailant"; report two: MINUSMA and an "assailant".
    hotel = ActorRef("hotel La Falaise")
    minusma = ActorRef("MINUSMA", actor_id="minusma", sector="IGO")
    assailant = ActorRef("assailant", generic=True, sector="REB")
    a = replace(_base(), target_actors=[hotel, assailant])
    assert len(consolidate([a, _other(target_actors=[minusma, assailant])])) == 2
    # a generic actor with the known sector of a named one still fits it
    soldiers = ActorRef("soldiers", generic=True, sector="MIL")
    b = replace(_base(), target_actors=[ACTORS["army"], soldiers])
    assert len(consolidate([b, _other(target_actors=[ActorRef("FAMa post"), soldiers])])) == 1


def test_battle_and_attack_on_civilians_at_one_place_need_a_shared_actor():
    battle = dict(acled_event_type="Battles", acled_sub_event_type="Armed clash")
    songhai = ActorRef("Songhai", actor_id="songhai")
    children = ActorRef("children", generic=True, sector="CVL")
    a = replace(_base(), source_actors=[], target_actors=[songhai], **battle)
    assert len(consolidate([a, _other(source_actors=[], target_actors=[children])])) == 2
    assert len(consolidate([replace(a, source_actors=[ACTORS["JNIM"]]), _other(target_actors=[children])])) == 1


def test_one_article_one_stated_point_one_incident_across_acled_types():
    """Two sentences of one article at the same stated point and day (an ambush on a
    convoy, then fighters seen firing at vehicles) are one event although the second is
    typed Armed clash and names a different generic actor; from another article the
    same pair stays two events (ACLED types differ, no actor agreement)."""
    point = Place("14.55455, -9.98426", 1, "MLI", admin1="Kayes", lat=14.55455, lon=-9.98426)
    ambush = replace(_base(), mention_id="m1", article_id="osint", place=point,
                     source_actors=[ActorRef("fighters", generic=True, sector="REB")],
                     target_actors=[ActorRef("fuel convoy", generic=True)],
                     acled_event_type="Violence against civilians", acled_sub_event_type="Attack")
    firing = replace(ambush, mention_id="m2",
                     source_actors=[ActorRef("insurgents", generic=True, sector="REB")], target_actors=[],
                     acled_event_type="Battles", acled_sub_event_type="Armed clash")
    assert len(consolidate([ambush, firing])) == 1
    assert len(consolidate([ambush, replace(firing, article_id="other")])) == 2
    moved = replace(firing, place=replace(point, lat=14.60, lon=-9.98426))  # 5 km north
    assert len(consolidate([ambush, moved])) == 2


def test_a_report_repeated_in_one_article_is_one_event_even_undated():
    """QA: a scrape repeating one undated paragraph gave one event per repeat (undated
    mentions never merge) and quadratic consolidation. The same sentence coded the same
    way twice in one article is one report printed twice: one event. The same sentence
    in another article, or coded with another place, is still judged by the rules (an
    undated report naming no actor corroborates nothing: rule 5)."""
    from crisisdesk.records import Evidence

    undated = replace(_base(), event_date=None, date_end=None, time_precision=None,  # "gunmen attacked a fuel convoy"
                      source_actors=[ACTORS["gunmen"]], target_actors=[ACTORS["convoy"]])
    sentence = undated.evidence.sentence
    repeats = [replace(undated, mention_id=f"rep-{i}",
                       evidence=Evidence(sentence=" " + sentence.upper() + " ", start_char=1000 * i,
                                         end_char=1000 * i + len(sentence) + 2))
               for i in range(1, 4)]
    elsewhere = replace(undated, mention_id="other-article", article_id="art-other")
    moved = replace(undated, mention_id="other-place", place=PLACES["Koutiala"])
    events = consolidate([undated, *repeats, elsewhere, moved])
    sizes = sorted((e.num_mentions, tuple(sorted(m.mention_id for m in e.mentions))) for e in events)
    assert sizes == [(1, ("other-article",)), (1, ("other-place",)),
                     (4, tuple(sorted([undated.mention_id, "rep-1", "rep-2", "rep-3"])))]


def test_a_clash_reported_by_one_source_as_violence_against_civilians_is_a_battle():
    # two reports of one ambush at the same place, day and actors: the consolidation may
    # merge a Battles report with a Violence against civilians one (rule 1); the incident
    # is the battle (ACLED codebook: civilians killed in fighting are part of the battle)
    # and its sub-event type belongs to that event type
    battle = replace(_base(), acled_event_type="Battles", acled_sub_event_type="Armed clash", confidence=0.5)
    vac = [_other(mention_id=f"v{i}", article_id=f"art-v{i}", acled_event_type="Violence against civilians",
                  acled_sub_event_type="Attack", confidence=0.9) for i in range(2)]
    events = consolidate([*vac, battle])
    assert len(events) == 1
    assert (events[0].acled_event_type, events[0].acled_sub_event_type) == ("Battles", "Armed clash")


def test_a_generic_statement_never_joins_a_reported_incident():
    # one article: "The army said it had killed more than twenty assailants" (a concrete
    # battle near Kadiolo) and "JNIM has intensified attacks in the Sikasso region" (a
    # trend, status generic, admin1 only) on the same date and of the same type
    army = ActorRef("Malian army", code="MLIMIL", sector="MIL")
    incident = replace(_base(), mention_id="m1", source_actors=[army], target_actors=[ActorRef("assailants", generic=True)])
    trend = replace(_base(), mention_id="m2", status="generic", place=PLACES["Sikasso region"],
                    source_actors=[ACTORS["JNIM"]], target_actors=[])
    for order in ([incident, trend], [trend, incident]):
        events = consolidate(order)
        assert len(events) == 2
        concrete = next(e for e in events if e.status != "generic")
        assert [a.name for a in concrete.source_actors] == ["Malian army"]
        assert concrete.place.name == "Kadiolo" and concrete.num_mentions == 1
        assert next(e for e in events if e.status == "generic").place.admin1 == PLACES["Sikasso region"].admin1
    # across articles, a generic statement at the very point with the same actors stays apart too
    same_point = _other(status="generic")
    assert sorted(e.status for e in consolidate([_base(), same_point])) == ["asserted", "generic"]
    # and two generic statements of the same trend still merge with each other
    again = _other(mention_id="c", article_id="art-c", status="generic")
    events = consolidate([_base(), same_point, again])
    assert sorted((e.status, e.num_mentions) for e in events) == [("asserted", 1), ("generic", 2)]


def test_a_negated_or_threatened_mention_never_joins_an_asserted_incident():
    # the same article denies (negated) or threatens (threatened) an attack at the very
    # point and day of an asserted one: merged, the asserted event took the other
    # mention's actors; each status class stays apart, by every route
    army = ActorRef("Malian army", code="MLIMIL", sector="MIL")
    for status in ("negated", "hypothetical", "threatened", "historical"):
        denial = replace(_base(), mention_id="m2", status=status, source_actors=[army], target_actors=[])
        for order in ([_base(), denial], [denial, _base()]):
            events = consolidate(order)
            assert sorted(e.status for e in events) == sorted(["asserted", status]), status
            reported = next(e for e in events if e.status == "asserted")
            assert [a.name for a in reported.source_actors] == [ACTORS[AMBUSH_REPORTS[0].source].name]
        # across articles at the same point too, and a placeless denial in the same article
        assert len(consolidate([_base(), _other(status=status)])) == 2
        assert len(consolidate([_base(), replace(denial, place=None)])) == 2
    # a claim and an assertion of the incident are one class and still merge
    assert len(consolidate([_base(), _other(status="claimed", claimed_by="JNIM")])) == 1


def _statement(mention_id, sources, targets, mode):
    return replace(_base(), mention_id=mention_id, event_type="ACCUSE", mode=mode, cameo_code="112",
                   acled_event_type=None, acled_sub_event_type=None, place=None, fatalities=None,
                   source_actors=sources, target_actors=targets)


def test_statements_of_different_speakers_in_one_article_stay_apart():
    # "Local sources accused the army of ..." (no named speaker) and "The FLA condemned
    # the strike" (speaker FLA): two statements, not one ACCUSE by "FLA" against "army"
    fla = ActorRef("FLA", code="FLA", actor_id="fla", sector="REB")
    army = ActorRef("army", code="MLIMIL", sector="MIL", generic=True)
    local = _statement("s1", [], [army], "allege")
    condemned = _statement("s2", [fla], [], "disapprove")
    events = consolidate([local, condemned])
    assert len(events) == 2
    assert sorted(",".join(a.name for a in e.source_actors) for e in events) == ["", "FLA"]
    # the same speaker saying it twice in one article is one statement event
    again = _statement("s3", [fla], [army], "disapprove")
    assert sorted(e.num_mentions for e in consolidate([condemned, again])) == [2]
    # a speaker and another named speaker stay apart
    government = ActorRef("Malian government", code="MLIGOV", sector="GOV")
    assert len(consolidate([condemned, _statement("s4", [government], [], "disapprove")])) == 2


def test_a_placeless_report_of_another_sides_act_does_not_join_the_articles_incident():
    # "Gunmen attacked a bus, killing eight passengers. The army said it had killed more
    # than twenty assailants." - the army's claim has no usable place; it is a battle of
    # the army with the assailants, not the gunmen's attack on the passengers
    army = ActorRef("army", code="MLIMIL", sector="MIL", generic=True)
    assailants = ActorRef("assailants", code="MLIREB", sector="REB", generic=True)
    passengers = ActorRef("passengers", code="MLICVL", sector="CVL", generic=True)
    gunmen = ActorRef("gunmen", code="MLIREB", sector="REB", generic=True)
    attack = replace(_base(), source_actors=[gunmen], target_actors=[passengers])
    claim = replace(_base(), mention_id="m2", place=None, status="claimed", claimed_by="army",
                    acled_event_type="Battles", acled_sub_event_type="Armed clash",
                    source_actors=[army], target_actors=[assailants], fatalities=Count(20, None, "assailants"))
    events = consolidate([attack, claim])
    assert len(events) == 2
    battle = next(e for e in events if e.acled_event_type == "Battles")
    assert [a.name for a in battle.source_actors] == ["army"] and battle.num_mentions == 1
    # a placeless follow-up that fits the incident's sides still joins it
    follow_up = replace(claim, status="asserted", claimed_by=None, acled_event_type="Violence against civilians",
                        acled_sub_event_type="Attack", source_actors=[gunmen], target_actors=[], fatalities=None)
    assert len(consolidate([attack, follow_up])) == 1


def test_merged_tolls_add_different_victims_and_keep_the_lowest_for_the_same_victims():
    from crisisdesk.consolidate.events import summarise, victim_group

    assert victim_group("Malian soldiers") == victim_group("troops") == "military"
    assert victim_group("people") is None
    attack = replace(_base(), fatalities=Count(4, 4, "soldiers"))
    response = replace(_base(), mention_id="m2", fatalities=Count(9, 9, "attackers"))
    added = summarise("e", [attack, response], {}).fatalities
    assert (added.min, added.max) == (13, 13)
    # two reports of the same victims disagree: the conservative range, not a sum
    other_report = replace(_base(), mention_id="m3", fatalities=Count(6, 6, "troops"))
    event = summarise("e", [attack, other_report], {})
    assert (event.fatalities.min, event.fatalities.max) == (4, 6)
    assert event.disagreements["fatalities"] == [4, 6]
    # a toll naming no group may be a total: nothing is added
    total = replace(_base(), mention_id="m4", fatalities=Count(10, 10, "people"))
    assert summarise("e", [attack, response, total], {}).fatalities.min == 4


def test_a_responders_report_joins_its_actors_to_the_attacked_side():
    from crisisdesk.consolidate.events import summarise

    raiders = ActorRef("raiders", code="MLIREB", sector="REB", country="MLI", generic=True)
    troops = ActorRef("troops", code="MLIMIL", sector="MIL", country="MLI", generic=True)
    army = ActorRef("army", code="MLIMIL", sector="MIL", country="MLI", generic=True)
    attack = replace(_base(), source_actors=[raiders], target_actors=[troops])
    # "The army said it had driven the raiders back": the army is the attacked side
    response = replace(_base(), mention_id="m2", source_actors=[army], target_actors=[])
    event = summarise("e", [attack, response], {})
    assert [a.name for a in event.source_actors] == ["raiders"]
    assert sorted(a.name for a in event.target_actors) == ["army", "troops"]
    # a report with the attacker as source keeps its sides
    again = replace(_base(), mention_id="m3", source_actors=[raiders], target_actors=[army])
    event = summarise("e", [attack, again], {})
    assert [a.name for a in event.source_actors] == ["raiders"]


# Niono (GeoNames 2452655) and Siribala Coro (2450972), Ségou region: 26 km apart.
_NIONO_NEAR = Place("Niono", 2, "MLI", 2452655, "PPL", "Ségou", "ML.05", lat=14.25054, lon=-5.98679)
_SIRIBALA = Place("Siribala Coro", 1, "MLI", 2450972, "PPL", "Ségou", "ML.05", lat=14.0432, lon=-6.1067)
_CLASH = dict(acled_event_type="Battles", acled_sub_event_type="Armed clash")


def _claim_and_official_report():
    """JNIM's claim ("an army post near Niono", 11 soldiers killed) and the army's report
    ("its post at Siribala, 20 km from Niono", 4 soldiers killed) of one attack."""
    post = ActorRef("army post", generic=True, code="MLIMIL", sector="MIL", country="MLI")
    soldiers = ActorRef("soldiers", generic=True, code="MLIMIL", sector="MIL", country="MLI")
    terrorists = ActorRef("terrorists", generic=True, code="MLIREB", sector="REB", country="MLI")
    claim = replace(_base(), place=_NIONO_NEAR, source_actors=[ACTORS["JNIM"]], status="claimed",
                    target_actors=[ACTORS["army"], soldiers], fatalities=Count(11, 11, "soldiers"), **_CLASH)
    official = _other(place=_SIRIBALA, source_actors=[terrorists], target_actors=[post, soldiers],
                      status="claimed", claimed_by=None, fatalities=Count(4, 4, "soldiers"), **_CLASH)
    return claim, official


def test_a_report_near_a_town_joins_the_named_place_in_its_vicinity_keeping_both_tolls():
    claim, official = _claim_and_official_report()
    for mentions in ([claim, official], [official, claim]):
        events = consolidate(mentions)
        assert len(events) == 1
        event = events[0]
        assert event.place.name == "Siribala Coro"  # the named place, not the town it is near
        # the two sides' tolls of the same victims compete: a range, not 15
        assert (event.fatalities.min, event.fatalities.max) == (4, 11)
        assert event.disagreements["fatalities"] == [4, 11]


def test_vicinity_needs_an_agreeing_actor_and_a_named_place_on_one_side():
    claim, official = _claim_and_official_report()
    # nothing agrees: unnamed gunmen on unnamed civilians near Niono vs the Siribala post
    villagers = ActorRef("villagers", generic=True, sector="CVL")
    gunmen = ActorRef("gunmen", generic=True, sector="REB")
    market = replace(claim, source_actors=[gunmen], target_actors=[villagers], **_CLASH)
    assert len(consolidate([market, replace(official, target_actors=[villagers])])) == 2
    # two reports each near a different town name two reference towns: two places
    # (the backfill corpus' attacks "near Kati" and "near Bamako" the same day)
    near_siribala = replace(_SIRIBALA, geo_precision=2)
    assert len(consolidate([claim, replace(official, place=near_siribala)])) == 2
    # beyond the 50 km of precision 2, no vicinity
    far = replace(_SIRIBALA, lat=14.25054 - 0.5)  # 55 km south of Niono
    assert len(consolidate([claim, replace(official, place=far)])) == 2


def test_two_villages_placed_at_one_anchor_town_are_two_places():
    # Two villages the gazetteer lacks, each placed at Bankass' point by its text
    # ("Kéra (Bankass, Mopti)", "Dogo, near the town of Bankass"): 0 km apart, two places.
    from crisisdesk.records import Span

    anchor = Span(0, 7, "Bankass")
    kera = Place("Kéra", 2, "MLI", admin1="Mopti", lat=14.0833, lon=-3.5167, anchor=anchor)
    dogo = replace(kera, name="Dogo")
    a = replace(_base(), place=kera)
    assert len(consolidate([a, _other(place=dogo)])) == 2
    # the same village spelled alike is one place; an unanchored own point still merges by distance
    assert len(consolidate([a, _other(place=replace(kera, name="Kera"))])) == 1
    assert len(consolidate([replace(a, place=replace(kera, anchor=None)), _other(place=replace(dogo, anchor=None))])) == 1


def test_undated_reports_are_matched_on_the_days_just_before_publication():
    """An undated sentence is coded as the week ending on its article's publication day
    (coding.placetime.undated_time); across articles it is matched on that day and the
    day before, so two attacks on one town three days apart stay two events."""
    from datetime import timedelta

    def undated(mention_id, article_id, published):
        return replace(_base(), mention_id=mention_id, article_id=article_id, event_date=published - timedelta(days=6),
                       date_end=published, time_precision="week")

    def info(article_id, published):
        return ArticleInfo(article_id, article_id + ".example", datetime(published.year, published.month,
                                                                         published.day, 12, tzinfo=timezone.utc))

    monday, thursday, tuesday = date(2025, 11, 10), date(2025, 11, 13), date(2025, 11, 11)
    infos = {a: info(a, d) for a, d in (("art-mon", monday), ("art-thu", thursday), ("art-tue", tuesday))}
    first, later = undated("m1", "art-mon", monday), undated("m2", "art-thu", thursday)
    events = consolidate([first, later], infos)
    assert len(events) == 2
    # the event keeps the week as its date: no invented precision
    assert {(e.event_date, e.date_end, e.time_precision) for e in events} == {
        (monday - timedelta(days=6), monday, "week"), (thursday - timedelta(days=6), thursday, "week")}
    # the next day's undated follow-up is the same incident
    assert len(consolidate([first, undated("m3", "art-tue", tuesday)], infos)) == 1
    # a dated report (Monday) and an undated one published three days later: two events
    dated = replace(_base(), mention_id="m4", article_id="art-mon", event_date=monday, time_precision="day")
    assert len(consolidate([dated, later], infos)) == 2
    # ... but one published the next day joins it
    assert len(consolidate([dated, undated("m5", "art-tue", tuesday)], infos)) == 1
    # without a publication day the whole week is matched, as before
    assert len(consolidate([first, later])) == 1
    # in its own article, an undated sentence continues the article's dated incident
    same_article = replace(undated("m6", "art-thu", thursday), place=None, evidence=replace(_base().evidence, sentence="x"))
    dated_thu = replace(dated, article_id="art-thu", mention_id="m7", event_date=date(2025, 11, 9))
    assert len(consolidate([dated_thu, same_article], infos)) == 1
    # a near-duplicate (same story cluster) published days later is the same story
    copy = undated("m8", "art-copy", thursday)
    infos_copy = {**infos, "art-mon": replace(infos["art-mon"], cluster_id="art-mon"),
                  "art-copy": replace(info("art-copy", thursday), cluster_id="art-mon")}
    assert len(consolidate([first, copy], infos_copy)) == 1


def test_disagreeing_tolls_say_whose_figure_each_is():
    claim, official = _claim_and_official_report()
    claim = replace(claim, claimed_by="JNIM")
    official = replace(official, claimed_by="Malian Armed Forces")
    event = consolidate([claim, official])[0]
    assert event.disagreements["fatalities_by_source"] == [
        ["11", "soldiers", "JNIM"], ["4", "soldiers", "Malian Armed Forces"]]
