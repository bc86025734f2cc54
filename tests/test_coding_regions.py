"""Event coding beyond Mali: actors, ACLED types, countries and ACLED export names for
the Sahel and West Africa, the Horn of Africa and Central Africa.

Every sentence is written for these tests (ACLED-notes style or news style); the facts
(group names, towns) are public. Each case would fail on the dictionary grown on Mali
alone (no entry for the group, a Mali-only export name, a namesake village abroad).
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from crisisdesk.evaluation.actors import parse_acled_actor
from crisisdesk.export.acled import acled_record, state_force_name
from crisisdesk.export.countries import acled_country_name
from crisisdesk.store.queries import EventView
from tests.support.annotation import code_text, mention_rule_types


def _acled_rows(annotator, text: str) -> list[tuple]:  # noqa: ANN001 - Annotator
    """(source codes, target codes, rule ACLED event_type, country, actor1, actor2) per
    coded mention of ``text`` (published 10 March 2024), the ACLED names as the ACLED
    export writes them."""
    rows = []
    for m in code_text(annotator, text, date(2024, 3, 10)):
        country = m.place.country if m.place else None
        view = EventView(event_id="t", kind="mention", status=m.status, event_type=m.event_type,
                         event_date=m.event_date, acled_event_type=m.acled_event_type,
                         acled_sub_event_type=m.acled_sub_event_type, country=country,
                         source_actors=[dataclasses.asdict(a) for a in m.source_actors],
                         target_actors=[dataclasses.asdict(a) for a in m.target_actors])
        record = acled_record(view) or {}
        rows.append(([a.code for a in m.source_actors], [a.code for a in m.target_actors],
                     mention_rule_types(m)[0], country, record.get("actor1"), record.get("actor2")))
    return rows


CASES = [
    # --- Sahel and West Africa
    ("Burkinabe soldiers and Koglweogo members clashed with JNIM fighters near Kaya on Saturday, the army said.",
     (["BFAMIL", "BFAKOG"], ["JNIM"], "Battles", "BFA", "Military Forces of Burkina Faso (2022-)",
      "JNIM: Group for Support of Islam and Muslims")),
    ("On 4 March 2024, suspected Ansaroul Islam militants attacked a VDP position near Djibo.",
     (["ANSI"], ["BFAVDP"], "Battles", "BFA", "Ansaroul Islam", "VDP: Volunteers for the Defense of the Homeland")),
    ("On 5 March 2024, ISWAP fighters attacked a Nigerian Army base in Monguno (Borno).",
     (["ISWAP"], ["NGAMIL"], "Battles", "NGA", "Islamic State (West Africa)", "Military Forces of Nigeria (2023-)")),
    ("Bandits killed 15 villagers and abducted 40 others in Zurmi, Zamfara state, police said.",
     (["NGAREB"], ["NGACVL"], "Violence against civilians", "NGA", "Unidentified Armed Group (Nigeria)",
      "Civilians (Nigeria)")),
    ("Ambazonian separatists killed two gendarmes at a checkpoint in Bamenda on Monday.",
     (["CMRAMB"], ["CMRCOP"], "Battles", "CMR", "Ambazonian Separatists", "Police Forces of Cameroon Gendarmerie")),
    ("Chadian troops clashed with Boko Haram fighters on an island of Lake Chad near Bol.",
     (["TCDMIL"], ["BOKO"], "Battles", "TCD", "Military Forces of Chad",
      "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad")),
    # --- Horn of Africa
    ("On 6 March 2024, al-Shabaab fighters killed three civilians in Mogadishu.",
     (["SHABAAB"], ["SOMCVL"], "Violence against civilians", "SOM", "Al Shabaab", "Civilians (Somalia)")),
    ("Fano militiamen clashed with Ethiopian National Defense Force soldiers near Gondar.",
     (["ETHFANO"], ["ETHMIL"], "Battles", "ETH", "Fano Militia", "Military Forces of Ethiopia")),
    ("South Sudanese soldiers clashed with SPLA-IO fighters near Nasir.",
     (["SSDMIL"], ["SSDSPLMIO"], "Battles", "SSD", "Military Forces of South Sudan",
      "SPLM/A-IO: Sudan People's Liberation Movement/Army (In Opposition)")),
    # --- Central Africa
    ("ADF rebels killed 20 civilians in a village near Beni, North Kivu.",
     (["CODADF"], ["CODCVL"], "Violence against civilians", "COD", "ADF: Allied Democratic Forces",
      "Civilians (Democratic Republic of Congo)")),
    ("Gunmen killed three people in Goma, North Kivu, on Friday.",
     (["CODREB"], ["CODCVL"], "Violence against civilians", "COD",
      "Unidentified Armed Group (Democratic Republic of Congo)", "Civilians (Democratic Republic of Congo)")),
    ("Anti-Balaka militiamen clashed with UPC fighters near Bambari.",
     (["CAFBAL"], ["CAFUPC"], "Battles", "CAF", "Anti-Balaka", "UPC: Unity for Peace in Central Africa")),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_regions_actors_types_countries_and_acled_names(annotator, text, expected):
    rows = _acled_rows(annotator, text)
    assert rows, "no event coded"
    assert rows[0] == expected


def test_armed_auxiliaries_make_battles_not_violence_against_civilians(annotator):
    # VDP, Koglweogo and CJTF members are armed (ACLED: pro-government and self-defence
    # militias): an attack on them is a Battle; on unarmed villagers it is not
    for text, target in (("Militants attacked a group of Koglweogo near Kaya, killing four.", "BFAKOG"),
                         ("Boko Haram fighters attacked CJTF members near Konduga on Tuesday.", "NGACJTF"),
                         ("Jihadists ambushed VDP volunteers near Djibo, killing six.", "BFAVDP")):
        rows = _acled_rows(annotator, text)
        assert (target in rows[0][1], rows[0][2]) == (True, "Battles"), text


def test_somali_army_and_african_union_missions(annotator):
    rows = _acled_rows(annotator, "Al-Shabaab militants attacked an ATMIS base in Lower Shabelle on Monday.")
    assert rows[0][:4] == (["SHABAAB"], ["IGOAFRAUPKO"], "Battles", "SOM")
    assert rows[0][5] == "ATMIS: African Union Transition Mission in Somalia"
    rows = _acled_rows(annotator, "Somali National Army troops killed ten al-Shabaab fighters near Baidoa.")
    assert rows[0][:5] == (["SOMMIL"], ["SHABAAB"], "Battles", "SOM", "Military Forces of Somalia")


def test_sudan_rapid_support_forces_against_the_army(annotator):
    rows = _acled_rows(annotator, "RSF fighters clashed with the Sudanese Armed Forces in El Fasher on Sunday.")
    assert rows[0][:6] == (["SDNRSF"], ["SDNMIL"], "Battles", "SDN", "RSF: Rapid Support Forces",
                           "Military Forces of Sudan (2019-)")


def test_acled_state_names_and_country_names():
    assert state_force_name("CAFMIL") == "Military Forces of the Central African Republic"
    assert state_force_name("CODCOP") == "Police Forces of the Democratic Republic of Congo"
    assert state_force_name("NERGOV") == "Government of Niger"
    assert state_force_name("CMRCOP", "gendarmes") == "Police Forces of Cameroon Gendarmerie"
    assert state_force_name("BFAVDP") == ""
    assert acled_country_name("COD") == "Democratic Republic of Congo"
    assert acled_country_name("CIV") == "Ivory Coast"
    assert acled_country_name("BFA") == "Burkina Faso"
    # the evaluation reads ACLED's country names back
    assert parse_acled_actor("Civilians (Democratic Republic of Congo)").country == "COD"
    assert parse_acled_actor("Military Forces of the Central African Republic (2016-)").country == "CAF"


def test_per_country_acled_name_takes_the_events_country():
    dozo = {"name": "Dozo militia", "code": "DOZO", "sector": "REB", "country": "MLI",
            "actor_type": "identity militia", "acled_name": "Dozo Communal Militia ({country})"}
    view = EventView(event_id="t", kind="mention", status="asserted", event_type="ASSAULT",
                     acled_event_type="Violence against civilians", acled_sub_event_type="Attack",
                     country="BFA", event_date=date(2024, 3, 4), source_actors=[dozo])
    assert acled_record(view)["actor1"] == "Dozo Communal Militia (Burkina Faso)"


def test_fallback_knows_the_dictionarys_demonyms_and_capitals():
    # a bare spaCy Doc (no annotation stage) codes states from the same demonyms and
    # GeoNames capitals as the dictionary, not from a Sahel-only table
    from crisisdesk.coding.fallback import country_code

    assert [country_code(n) for n in ("Somali", "Ethiopians", "Congolese", "Mogadishu", "Malian", "Moscow")] == [
        "SOM", "ETH", "COD", "SOM", "MLI", "RUS"]


def test_fds_are_the_forces_of_the_articles_state(annotator):
    # "FDS" (defence and security forces) is the Sahel states' common term: in Burkina
    # Faso they are Burkina Faso's forces, not Mali's (the dictionary once tied FDS to FAMa)
    rows = _acled_rows(annotator, "FDS repelled an attack by gunmen near Dori on Sunday, killing ten assailants.")
    assert ("BFAMIL" in rows[0][1] + rows[0][0], rows[0][2], rows[0][3]) == (True, "Battles", "BFA")


def test_a_user_actor_file_adds_a_group_with_its_acled_name(tmp_path):
    from crisisdesk.annotate.actors import ActorDictionary

    path = tmp_path / "my_actors.yaml"
    path.write_text('actors: [{id: zone-militia, name: Zone Militia, code: NGAZM, actor_type: political militia,\n'
                    '  sector: REB, country: NGA, operates_in: [NGA], acled: "Zone Militia (Nigeria)",\n'
                    '  aliases: {en: [Zone Militia, ZM fighters]}}]\n', encoding="utf-8")
    actors = ActorDictionary.load((path,)).actors
    zone = actors["zone-militia"]
    assert (zone.code, zone.acled_name, zone.operates_in, zone.aliases["en"]) == (
        "NGAZM", "Zone Militia (Nigeria)", ("NGA",), ("Zone Militia", "ZM fighters"))
    # the shipped entries stay, with their ACLED names
    assert actors["al-shabaab"].acled_name == "Al Shabaab" and actors["fardc"].code == "CODMIL"


def test_fighter_words_of_a_named_group_are_the_group(annotator):
    # "insurgents of <group>" is the group, as "<group> insurgents" is
    rows = _acled_rows(annotator, "Insurgents of Ahlu Sunnah Wal Jama'a attacked Mocimboa da Praia on Monday.")
    assert (rows[0][0], rows[0][3], rows[0][4]) == (["ISMOZ"], "MOZ", "Islamic State (Mozambique)")
    rows = _acled_rows(annotator, "Fighters of the ADF killed 12 civilians near Oicha.")
    assert rows[0][:3] == (["CODADF"], ["CODCVL"], "Violence against civilians")


def test_identity_groups_are_militias_when_they_act_and_civilians_when_harmed():
    from crisisdesk.export.acled import acled_record

    fulani = {"name": "Fulani", "code": "FUL", "sector": "ETH", "actor_type": "identity group"}
    dogon = {"name": "Dogon", "code": "DOG", "sector": "ETH", "actor_type": "identity group"}
    base = dict(event_id="t", kind="mention", status="asserted", event_type="ASSAULT", country="BFA",
                event_date=date(2024, 3, 4), source_actors=[fulani], target_actors=[dogon])
    attack = acled_record(EventView(acled_event_type="Violence against civilians", acled_sub_event_type="Attack", **base))
    assert (attack["actor1"], attack["inter1"], attack["actor2"], attack["assoc_actor_2"], attack["inter2"]) == (
        "Fulani Ethnic Militia (Burkina Faso)", 4, "Civilians (Burkina Faso)", "Dogon Ethnic Group (Burkina Faso)", 7)
    clash = acled_record(EventView(acled_event_type="Battles", acled_sub_event_type="Armed clash", **base))
    assert (clash["actor2"], clash["interaction"]) == ("Dogon Ethnic Militia (Burkina Faso)", 44)


def test_towns_of_other_regions_are_taken_in_the_country_the_text_names(annotator):
    # "Goma" is a city of DR Congo and a village of Côte d'Ivoire (in the monitored
    # region): a named region ("North Kivu") or country ("Democratic Republic of Congo",
    # ACLED's and the press's name) decides; "Mocimboa da Praia" is no mention of Praia
    from tests.support.annotation import make_article

    for text in ("Gunmen killed three people in Goma, North Kivu, on Friday.",
                 "Gunmen killed three people in Goma, Democratic Republic of Congo, on Friday."):
        places = annotator.annotate(make_article(text, date(2024, 3, 10)))._.places
        goma = next(p for p in places if p.span.text == "Goma")
        assert (goma.name, goma.country, goma.geo_precision) == ("Goma", "COD", 1), text
    places = annotator.annotate(make_article("Insurgents attacked Mocimboa da Praia, Cabo Delgado, on Monday.",
                                             date(2024, 3, 10)))._.places
    assert [(p.name, p.country) for p in places if p.geo_precision == 1] == [("Mocímboa da Praia", "MOZ")]


def _place_of(annotator, text: str, name: str):  # noqa: ANN001 - Annotator
    from tests.support.annotation import make_article

    places = annotator.annotate(make_article(text, date(2024, 3, 10)))._.places
    return next(p for p in places if name in p.span.text)


def test_a_city_by_its_own_name_beats_a_village_that_bears_it_as_an_alternate_name(annotator):
    # no country clue: "Goma" is the city of DR Congo (432,000 people in GeoNames), not
    # the village of Côte d'Ivoire listed with "Goma" as an alternate name (was Gomo, CIV)
    goma = _place_of(annotator, "Armed men shot dead two traders near Goma on Friday.", "Goma")
    assert (goma.name, goma.country, goma.geo_precision) == ("Goma", "COD", 2)


def test_eastern_congo_is_dr_congo(annotator):
    # press and ACLED usage (was the Republic of Congo); "Congo-Brazzaville" stays COG
    east = _place_of(annotator, "Militiamen burned a health centre in eastern Congo on Friday.", "Congo")
    assert (east.country, east.geo_precision, east.span.text) == ("COD", 3, "eastern Congo")
    west = _place_of(annotator, "Police dispersed a march in Congo-Brazzaville on Friday.", "Congo")
    assert west.country == "COG"


def test_a_county_is_a_first_level_region(annotator):
    # Kenya's counties are its admin1 (ISO 3166-2:KE); an al-Shabaab actor pulled the
    # focus to Somalia, where no town "Lamu" exists (was Somalia, country level)
    lamu = _place_of(annotator, "Al-Shabaab fighters ambushed a police patrol in Lamu County on Friday.", "Lamu")
    assert (lamu.country, lamu.geo_precision, lamu.admin1) == ("KEN", 3, "Lamu")
