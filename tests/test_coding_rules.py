"""Coding rules on sentences written for these tests: embedded acts under requests,
the reporting window (historical), origins and destinations, languages without a
lexicon, depicted aftermath, and events placed by coordinates stated after them.
Real spaCy model and annotation stage (the session ``annotator`` fixture)."""

from __future__ import annotations

from datetime import date, timedelta

from tests.support.annotation import make_article, mention_rule_types

from crisisdesk.coding.coder import code_events
from crisisdesk.coding.stage import CodeStage

PUB = date(2025, 11, 21)  # a Friday


def code(annotator, text: str, published: date = PUB, language: str | None = "en"):
    article = make_article(text, published, language=language)
    return article, code_events(annotator.annotate(article), article)


# -- an act asked for is not an act done ------------------------------------------------

def test_request_covers_the_embedded_act_and_its_conjuncts(annotator):
    _, mentions = code(annotator, "Earlier that day, the minister had posted a plea to soldiers online, asking the "
                                  "army to put down its arms and engage in talks.")
    assert [m.event_type for m in mentions] == ["REQUEST"]
    assert [a.name for a in mentions[0].target_actors] == ["army"]
    _, mentions = code(annotator, "The governor urged the rebels to lay down their weapons and stop attacking villages.")
    assert [m.event_type for m in mentions] == ["REQUEST"]


def test_engage_in_talks_is_not_fighting_but_engaging_an_enemy_is(annotator):
    _, mentions = code(annotator, "The two delegations engaged in talks in Niamey on Monday.")
    assert "ASSAULT" not in {m.event_type for m in mentions}
    _, mentions = code(annotator, "Soldiers engaged the gunmen near Kayes on Monday.")
    assert [m.event_type for m in mentions] == ["ASSAULT"]


# -- the reporting window ---------------------------------------------------------------

def test_earlier_this_year_is_historical_in_a_report_about_this_week(annotator):
    _, mentions = code(annotator, "Russian instructors arrived in Bamako on Monday to train the army. The deployment "
                                  "follows the withdrawal of the Wagner Group earlier this year. On Friday, JNIM "
                                  "fighters attacked a convoy near Kayes.")
    by_type = {m.event_type: m for m in mentions}
    assert by_type["RETREAT"].status == "historical"
    assert by_type["RETREAT"].event_date == date(2025, 1, 1) and by_type["RETREAT"].time_precision == "year"
    assert by_type["ASSAULT"].status == "asserted" and by_type["ASSAULT"].event_date == PUB


def test_earlier_this_month_stays_current_and_last_year_is_historical(annotator):
    _, mentions = code(annotator, "Earlier this month, Germany advised its citizens to leave Niger. Last year, "
                                  "rebels attacked the town of Agadez.")
    status = {m.event_type: m.status for m in mentions}
    assert status == {"REQUEST": "asserted", "ASSAULT": "historical"}


def test_a_look_back_in_an_earlier_sentence_does_not_make_the_next_event_historical(annotator):
    _, mentions = code(annotator, "Turkish contractors left the mine earlier this year. Local media recently claimed "
                                  "that soldiers were escorting trucks to the site.")
    escort = next(m for m in mentions if m.evidence.trigger.text == "escorting")
    assert escort.status == "claimed"


# -- origins and destinations are not where the event happened ---------------------------

def test_convoy_origin_is_not_the_event_place(annotator):
    _, mentions = code(annotator, "On Monday, gunmen attacked a fuel convoy travelling from Senegal.")
    (m,) = mentions
    assert m.event_type == "ASSAULT" and m.place is None  # nothing says where: no place rather than Senegal
    _, mentions = code(annotator, "A convoy from Guinea bound for Bamako was ambushed near Kati on Tuesday.")
    (m,) = mentions
    assert m.place is not None and m.place.name == "Kati" and m.place.country == "MLI"
    _, mentions = code(annotator, "Gunmen attacked a fuel convoy close to Kati on Tuesday.")
    (m,) = mentions
    assert m.place is not None and m.place.name == "Kati"  # "close to" is where, not whither


# -- a language without a lexicon is kept with a note, not coded with English rules ------

FRENCH = ("Le gouvernement de transition a signé un accord de coopération avec la Russie. Les sanctions de la "
          "CEDEAO après le coup d'État ont été levées, selon un communiqué lu à la télévision nationale. Des "
          "affrontements ont eu lieu près de la frontière, selon des sources locales, et les visites officielles "
          "ont repris.")


SPANISH = ("El gobierno de transición firmó un acuerdo de cooperación con Rusia. Las sanciones fueron levantadas, "
           "según un comunicado leído en la televisión nacional. Hubo enfrentamientos cerca de la frontera, según "
           "fuentes locales, y las visitas oficiales se reanudaron.")  # written for this test


def test_article_in_a_language_without_lexicon_is_not_coded_and_the_note_says_what_was_skipped(annotator):
    """Spanish has no lexicon: kept with a note, not coded with English rules (French,
    parsed by the French pipeline, is coded by crisisdesk.coding.french since session 14:
    tests/test_french_coder.py)."""
    article, mentions = code(annotator, SPANISH, language="es")
    assert mentions == []
    assert any(n.startswith("code: language 'es' has no trigger lexicon") and "3 sentences" in n
               for n in article.notes), article.notes


def test_french_article_parsed_in_french_is_coded(annotator):
    article, mentions = code(annotator, FRENCH, language="fr")
    assert {m.event_type for m in mentions} >= {"SUPPORT", "ASSAULT"}  # "a signé un accord", "des affrontements"
    assert not any("has no trigger lexicon" in n for n in article.notes), article.notes


def test_french_article_without_the_annotation_stage_is_not_coded_either(annotator):
    stage = CodeStage()
    for language in ("fr", None):  # declared, or guessed from the text
        article = make_article(FRENCH, PUB, language=language)
        assert stage(article) == []
        assert any("language 'fr'" in n and "event coding skipped" in n for n in article.notes), article.notes
    english = make_article("Gunmen attacked a convoy near Kati on Monday, killing two drivers.", PUB, language=None)
    assert [m.event_type for m in stage(english)] == ["ASSAULT"]


# -- what footage shows of an event already reported is not a new event -----------------

def test_depicted_aftermath_is_not_a_new_event(annotator):
    _, mentions = code(annotator, "On Monday, fighters ambushed a convoy near Kati. Videos filmed at the scene show "
                                  "dozens of burning and destroyed trucks.")
    assert [m.evidence.trigger.text for m in mentions] == ["ambushed"]


# -- coordinates stated after the event --------------------------------------------------

INVESTIGATION = (
    "On Oct. 3, a convoy was attacked between the hamlets of Fakola-Ouest and Dembanbougou, according to posts "
    "on social media. Comparing satellite images from Oct. 1 and Oct. 5, we identified burn marks on the road "
    "at 12.41820, -8.11230.\n\n"
    "Drivers said the attackers fled north.\n\n"
    "On Oct. 9, gunmen ambushed another convoy near Kati. Footage from the scene was geolocated to "
    "12.75310, -8.07790.\n\n"
    "The road reopened on Oct. 12. A checkpoint stands at 12.80000, -8.00000."
)


def test_coordinates_stated_after_an_event_place_it_with_their_sentence_as_evidence(annotator):
    article, mentions = code(annotator, INVESTIGATION, published=date(2025, 10, 20))
    attacks = {m.event_date: m for m in mentions if m.event_type == "ASSAULT"}
    first, second = attacks[date(2025, 10, 3)], attacks[date(2025, 10, 9)]
    assert (first.place.lat, first.place.lon, first.place.geo_precision) == (12.4182, -8.1123, 1)
    assert first.place.evidence.text.startswith("Comparing satellite images")
    assert article.text[first.place.evidence.start:first.place.evidence.end] == first.place.evidence.text
    assert first.place.country == "MLI"
    # the sentence-final period does not hide the pair, and it goes to the latest event
    assert (second.place.lat, second.place.lon) == (12.7531, -8.0779)
    assert second.place.name == "Kati"  # the town of its own sentence; the point refines it
    assert first.place.name == "12.4182, -8.1123"  # the hamlets are unknown: named by the point
    assert second.place.evidence.text.startswith("Footage from the scene was geolocated")
    # a pair without a locating word ("stands at") places nothing
    assert all(m.place is None or m.place.lat != 12.8 for m in mentions)


def test_coordinates_do_not_reach_an_event_many_paragraphs_back(annotator):
    text = ("On Oct. 3, gunmen attacked a convoy near Kati.\n\nThe drivers fled.\n\nTraffic stopped.\n\n"
            "Fuel prices rose.\n\nSchools closed.\n\nAnalysts later geolocated a burnt truck to 12.41820, -8.11230.")
    _, mentions = code(annotator, text, published=date(2025, 10, 20))
    attack = next(m for m in mentions if m.event_type == "ASSAULT")
    assert attack.place is not None and attack.place.name == "Kati"


def test_place_evidence_survives_the_stored_row(annotator):
    from crisisdesk.store import repository

    _, mentions = code(annotator, INVESTIGATION, published=date(2025, 10, 20))
    m = next(m for m in mentions if m.event_date == date(2025, 10, 3))
    back = repository.row_to_mention(repository.mention_to_row(m))
    assert back.place == m.place and back.place.evidence == m.place.evidence


def test_short_text_declared_english_is_coded(annotator):
    # no language guess below 200 characters: a short English text is still coded
    article = make_article("Protesters marched in Bamako on Friday.", PUB, language="en")
    assert [m.event_type for m in CodeStage()(article)] == ["PROTEST"]


# -- lexicon gaps and telegraphic reports (ACLED-style notes) -----------------------------

def test_a_hyphenated_event_noun_split_by_the_tokenizer_is_a_trigger(annotator):
    _, mentions = code(annotator, "On 3 March, dock workers in Mopti staged a sit-in.")
    (m,) = mentions
    assert m.event_type == "PROTEST" and m.acled_sub_event_type == "Peaceful protest"
    assert m.evidence.trigger.text == "sit-in"


def test_people_found_dead_is_an_attack_on_them(annotator):
    _, mentions = code(annotator, "Four shepherds were found dead near Bourem on Monday.")
    (m,) = mentions
    assert m.event_type == "ASSAULT" and m.acled_event_type == "Violence against civilians"
    assert [a.name for a in m.target_actors] == ["shepherds"]


def test_subjected_to_fire_reports_an_attack_without_a_named_attacker(annotator):
    _, mentions = code(annotator, "The army camp in Kidal subjected to rocket fire this morning.")
    (m,) = mentions
    assert m.event_type == "ASSAULT" and m.acled_sub_event_type == "Shelling/artillery/missile attack"
    assert m.source_actors == []


def test_a_verbless_report_headed_by_a_gerund_is_an_event(annotator):
    _, mentions = code(annotator, "Fighting between the army and rebels near Menaka.")
    (m,) = mentions
    assert m.event_type == "ASSAULT" and m.acled_sub_event_type == "Armed clash"
    _, mentions = code(annotator, "Fighting corruption remains a priority in Kayes.")
    assert "ASSAULT" not in {m.event_type for m in mentions}  # a sentence with a finite verb: no verbless report


def test_protest_verb_hung_on_its_subject_is_a_protest_not_a_state(annotator):
    _, mentions = code(annotator, "Residents in Kayes protested in front of the town hall.")
    (m,) = mentions
    assert m.event_type == "PROTEST" and m.evidence.trigger.text == "protested"


def test_extortion_picketing_dispersal_and_shells_are_coded(annotator):
    _, mentions = code(annotator, "Gunmen extorted traders at the market of Bourem.")
    assert [(m.event_type, m.mode) for m in mentions] == [("COERCE", "seize")]
    _, mentions = code(annotator, "Militiamen picketed the town hall in Gao.")
    assert [m.event_type for m in mentions] == ["PROTEST"]
    _, mentions = code(annotator, "Police dispersed students in Bamako with tear gas on Monday.")
    assert [(m.event_type, m.cameo_code) for m in mentions] == [("COERCE", "175")]
    _, mentions = code(annotator, "Rebels launched mortar shells against the base in Gao.")
    (m,) = mentions
    assert m.acled_sub_event_type == "Shelling/artillery/missile attack"
    assert [a.name for a in m.source_actors] == ["Rebels"]


def test_gunshots_heard_report_an_exchange_of_fire(annotator):
    _, mentions = code(annotator, "Two gunshots were heard near the checkpoint in Gao.")
    (m,) = mentions
    assert m.event_type == "ASSAULT" and m.evidence.trigger.text == "gunshots"


def test_a_plural_hyphenated_noun_matches_its_singular_entry(annotator):
    _, mentions = code(annotator, "Nurses in Segou resumed their weekly sit-ins.")
    (m,) = mentions
    assert m.event_type == "PROTEST" and m.evidence.trigger.text == "sit-ins"


def test_a_count_alone_killed_in_clashes_between_two_sides(annotator):
    _, mentions = code(annotator, "Two killed in clashes between rebels and militiamen.")
    (m,) = mentions
    assert m.event_type == "ASSAULT" and m.acled_sub_event_type == "Armed clash"
    assert m.fatalities is not None and m.fatalities.min == 2
    _, mentions = code(annotator, "On Monday, clashes between herders and farmers broke out near Djenne.")
    (m,) = mentions
    # both sides are participants (the conjunct is expanded with the first side)
    assert {a.name for a in m.source_actors + m.target_actors} == {"herders", "farmers"}


def test_subjected_to_an_act_parsed_as_a_verb_makes_the_subject_its_target(annotator):
    _, mentions = code(annotator, "The militia was subjected to ambush in Anefis.")
    (m,) = mentions
    assert m.event_type == "ASSAULT" and m.source_actors == []
    assert [a.name for a in m.target_actors] == ["militia"]


def test_signing_an_accord_is_an_acled_agreement(annotator):
    _, mentions = code(annotator, "Elders of two villages signed an accord in Mopti on Monday.")
    (m,) = mentions
    assert m.acled_event_type == "Strategic developments" and m.acled_sub_event_type == "Agreement"


def test_militants_closing_down_schools_is_a_ban(annotator):
    _, mentions = code(annotator, "On Monday, armed men closed down the primary school in Dioura.")
    (m,) = mentions
    assert (m.event_type, m.mode) == ("COERCE", "ban")


def test_a_ban_on_trade_or_goods_is_an_embargo_not_a_ban_on_parties(annotator):
    """CAMEO 1.1b3: 163 "impose embargo, boycott, or sanctions" (CAMEO2PLOVER-2021:
    COERCE/restrict); 1722 is "ban political parties or politicians"."""
    for text in ("The transitional government extended a ban on the sale of fuel in jerrycans on Monday.",
                 "The government banned gold exports on Monday.",
                 "The junta imposed a fuel ban in Kayes on Monday."):
        _, mentions = code(annotator, text)
        (m,) = mentions
        assert (m.event_type, m.mode, m.cameo_code, m.goldstein) == ("COERCE", "restrict", "163", -8.0), text
    _, mentions = code(annotator, "The junta banned two opposition parties on Monday.")
    (m,) = mentions
    assert (m.event_type, m.mode, m.cameo_code) == ("COERCE", "ban", "1722")


def test_an_attack_repelled_is_one_battle_with_the_defender_as_target(annotator):
    """"The army said it had repelled an attack on its post": one incident (was two
    ASSAULT mentions, the repel verb's and the attack's), the army on the attacked
    side, an exchange between armed sides (ACLED Codebook: Battles - Armed clash); the
    statement's day does not date the incident (an undated incident reported on a day
    gets the week ending that day)."""
    _, mentions = code(annotator, "The army said on Sunday it had repelled an attack on its post in Boulkessi.")
    (m,) = [m for m in mentions if m.event_type == "ASSAULT"]
    assert m.evidence.trigger.text == "attack"
    assert m.source_actors == [] and {a.name for a in m.target_actors} == {"post", "army"}
    assert (m.acled_event_type, m.acled_sub_event_type) == ("Battles", "Armed clash")
    assert (m.status, m.claimed_by) == ("claimed", "The army")
    assert (m.event_date, m.time_precision) == (date(2025, 11, 10), "week")
    _, mentions = code(annotator, "Soldiers repelled an attack by JNIM fighters on Friday.")
    (m,) = [m for m in mentions if m.event_type == "ASSAULT"]
    assert [a.code for a in m.source_actors] == ["JNIM"] and [a.name for a in m.target_actors] == ["Soldiers"]
    # civilians fighting attackers off is their own act (ACLED Riots - Mob violence), not folded
    _, mentions = code(annotator, "Youths in Dioura repelled an attack by bandits on Friday.")
    assert "repelled" in [m.evidence.trigger.text for m in mentions]


def test_between_two_places_is_where_not_who(annotator):
    _, mentions = code(annotator, "On Monday, rebels claimed an ambush between the villages of Dioura and Sokolo.")
    (m,) = mentions
    assert [a.name for a in m.source_actors] == ["rebels"]


# -- fatalities, toll sentences and dates per event (s3-fatal) ---------------------------

def test_a_toll_sentence_without_an_event_adds_to_the_event_before_it(annotator):
    _, mentions = code(annotator, "On Monday, gunmen attacked a market in Ansongo. At least two dead. "
                                  "Six bodies were found the next day.")
    assert len(mentions) == 1 and mentions[0].event_type == "ASSAULT"
    assert (mentions[0].fatalities.min, mentions[0].fatalities.max) == (8, None)


def test_a_protest_over_a_killing_is_a_protest_without_fatalities(annotator):
    _, mentions = code(annotator, "On Monday, residents marched in Gao in response to the killing of four herders.")
    protest = next(m for m in mentions if m.event_type == "PROTEST")
    killing = next(m for m in mentions if m.event_type == "ASSAULT")
    assert protest.status == "asserted" and protest.fatalities is None
    assert killing.status == "historical"  # the stated cause, an earlier event


def test_counted_victims_after_a_colon_report_an_attack(annotator):
    _, mentions = code(annotator, "The blockade of the town drags on: four herders killed since Sunday.")
    attack = next(m for m in mentions if m.acled_event_type == "Violence against civilians")
    assert attack.fatalities.min == 4


def test_firing_in_the_air_is_a_firearms_act(annotator):
    _, mentions = code(annotator, "On Monday, drunk soldiers walked into the market in Kati firing in the air.")
    assert [(m.event_type, m.mode) for m in mentions] == [("ASSAULT", "firearms")]


def test_a_time_in_a_since_clause_dates_neither_its_sentence_nor_the_next(annotator):
    # the examples/ Bamako article: "in May" belongs to the ban, not to the protest or the blame
    text = ("Hundreds of students marched in Kayes, the first rally since the junta suspended party activities in May. "
            "The ministry has blamed the unrest on attacks by rebels on supply convoys.")
    _, mentions = code(annotator, text)
    # undated: the week ending on the report's day, not May (the blame is in the present
    # perfect, which keeps the week: coder._said_now)
    week = (PUB - timedelta(days=6), PUB, "week")
    assert [(m.event_type, (m.event_date, m.date_end, m.time_precision), m.status) for m in mentions] == [
        ("PROTEST", week, "asserted"), ("ACCUSE", week, "asserted")]
    _, mentions = code(annotator, "Students protested in Kayes after the junta suspended party activities in May.")
    assert [(m.event_type, (m.event_date, m.date_end, m.time_precision), m.status) for m in mentions] == [
        ("PROTEST", week, "asserted")]


def test_a_fronted_date_still_dates_the_next_sentence(annotator):
    _, mentions = code(annotator, "On Nov. 14, gunmen attacked a convoy near Kayes. Two drivers were killed in the ambush.")
    assert [m.event_date for m in mentions] == [date(2025, 11, 14), date(2025, 11, 14)]


def test_a_day_range_dates_the_event_from_its_first_day(annotator):
    _, mentions = code(annotator, "Fighting between militiamen and herders in the Menaka region 5-10 November.")
    assert len(mentions) == 1
    m = mentions[0]
    assert (m.event_date, m.date_end, m.time_precision) == (date(2025, 11, 5), date(2025, 11, 10), "week")


def test_an_act_before_a_later_accusing_verb_is_not_covered_by_it(annotator):
    text = ("On 14 November, traders in Sevare protested against the mayor and his handling of market fees, "
            "they also accused the governor of ignoring them.")
    _, mentions = code(annotator, text)
    assert [(m.event_type, m.event_date) for m in mentions] == [
        ("PROTEST", date(2025, 11, 14)), ("ACCUSE", date(2025, 11, 14))]


def test_a_protest_organised_by_someone_is_a_protest_by_them(annotator):
    _, mentions = code(annotator, "On Monday, a march was organized by a teachers' union in Kita against unpaid salaries.")
    assert [(m.event_type, m.acled_event_type) for m in mentions] == [("PROTEST", "Protests")]
    assert mentions[0].source_actors


def test_a_protest_meeting_is_a_protest_not_a_consultation(annotator):
    _, mentions = code(annotator, "On Monday, market women in Mopti staged a protest meeting outside the prefecture.")
    assert [(m.event_type, m.acled_sub_event_type) for m in mentions] == [("PROTEST", "Peaceful protest")]


def test_fighting_between_two_sides_with_a_participle_taken_for_the_verb(annotator):
    text = ("Fighting between farmers allied to one militia backed by hunters allied to another "
            "in the Segou region 5-10 November.")
    _, mentions = code(annotator, text)
    assert [(m.event_type, m.mode, m.event_date) for m in mentions] == [("ASSAULT", "firearms", date(2025, 11, 5))]


def test_a_when_clause_time_dates_the_main_clause_too(annotator):
    _, mentions = code(annotator, "Five drivers were killed when fighters ambushed their convoy near Kadiolo on Monday.")
    assert {m.event_date for m in mentions} == {date(2025, 11, 17)}


def test_an_armed_group_threatening_people_is_a_strategic_development(annotator):
    _, mentions = code(annotator, "Armed men threatened herders and teachers in Dioura on Monday.")
    (m,) = mentions
    assert m.event_type == "THREATEN"
    assert m.acled_rule_types == ("Strategic developments", "Other")  # the rules' reading, before the classifier
    _, mentions = code(annotator, "The mayor warned traders in Dioura on Monday.")
    assert [m.acled_event_type for m in mentions] == [None]  # no armed actor: not ACLED's business


# -- strategic developments and trigger words (ACLED Codebook sub-event types) ----------

def _rule_types(mentions):
    return [mention_rule_types(m) for m in mentions]


def test_a_counted_participle_report_of_arrests_is_an_arrest(annotator):
    _, mentions = code(annotator, "Some twenty suspected militants arrested on Tuesday in Segou, local officials "
                                  "criticise the operation.")
    arrests = [m for m in mentions if m.mode == "arrest"]
    assert len(arrests) == 1 and [a.name for a in arrests[0].target_actors] == ["militants"]
    assert _rule_types(arrests) == [("Strategic developments", "Arrests")]


def test_weapons_found_or_disposed_of_are_disrupted_weapons_use(annotator):
    for text in ("On Tuesday, a landmine was disposed of near the well of Tinaga.",
                 "Soldiers discovered an arms cache and mortar rounds near Tinaga on Tuesday.",
                 "Weapons and ammunition were seized during a search of a camp near Tinaga on Tuesday."):
        _, mentions = code(annotator, text)
        assert _rule_types(mentions) == [("Strategic developments", "Disrupted weapons use")], text


def test_a_place_under_an_armed_groups_control_or_taken_without_a_fight(annotator):
    _, mentions = code(annotator, "The village of Tinaga is now under the control of the rebels.")
    (m,) = mentions
    assert (m.event_type, m.mode) == ("COERCE", "seize") and [a.name for a in m.source_actors] == ["rebels"]
    assert _rule_types(mentions) == [("Strategic developments", "Non-violent transfer of territory")]
    _, mentions = code(annotator, "The rebels took control of Tinaga on Tuesday without any fighting.")
    assert [m.event_type for m in mentions] == ["COERCE"]  # the fighting that did not happen is no event
    assert _rule_types(mentions) == [("Strategic developments", "Non-violent transfer of territory")]
    _, mentions = code(annotator, "The rebels left the town on Tuesday, leaving its security in the hands of the army.")
    assert _rule_types(mentions) == [("Strategic developments", "Non-violent transfer of territory")]


def test_a_new_armed_group_and_fighters_returning_to_the_ranks_change_a_group(annotator):
    _, mentions = code(annotator, "Herders in the north created a new armed group on Tuesday.")
    assert [(m.event_type, m.mode) for m in mentions] == [("MOBILIZE", "militia")]
    assert _rule_types(mentions) == [("Strategic developments", "Change to group/activity")]
    _, mentions = code(annotator, "About 300 militia fighters returned to the ranks of the army on Tuesday.")
    assert [(m.event_type, m.mode) for m in mentions] == [("RETREAT", "disarm")]
    # "found" as the past of "find" is no founding
    _, mentions = code(annotator, "A group of herders found the body of a boy near the well on Tuesday.")
    assert "MOBILIZE" not in {m.event_type for m in mentions}


def test_communities_signing_a_peace_agreement_is_an_agreement(annotator):
    _, mentions = code(annotator, "On Tuesday, two farming communities signed a peace agreement in Tinaga.")
    assert _rule_types(mentions) == [("Strategic developments", "Agreement")]
    assert [a.name for a in mentions[0].source_actors] == ["farming communities"]


def test_stab_wounds_mutilation_stones_damage_and_carjacking_are_coded(annotator):
    cases = [
        ("On Tuesday, a trader sustained several stab wounds in Tinaga.", ("ASSAULT", "beat")),
        ("Militants cut off the hand of a herder in Tinaga on Tuesday.", ("ASSAULT", "torture")),
        ("On Tuesday, youths threw stones at the governor's car in Tinaga.", ("PROTEST", "riot")),
        ("Gunmen carjacked a pickup near Tinaga on Tuesday.", ("COERCE", "seize")),
    ]
    for text, expected in cases:
        _, mentions = code(annotator, text)
        assert [(m.event_type, m.mode) for m in mentions] == [expected], text
    _, mentions = code(annotator, "Militants damaged an army truck with an IED near Tinaga on Tuesday.")
    assert _rule_types(mentions) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]


def test_demonstrators_are_participants_of_their_road_blocking(annotator):
    _, mentions = code(annotator, "On Tuesday, demonstrators in Tinaga barricaded the main road to the market.")
    assert [(m.event_type, m.mode) for m in mentions] == [("PROTEST", "obstruct")]
    assert [a.name for a in mentions[0].source_actors] == ["demonstrators"]


def test_a_past_form_taken_for_a_noun_matches_its_stem(annotator):
    _, mentions = code(annotator, "On Tuesday, residents of Tinaga staged a protested in front of the town hall.")
    assert [(m.event_type, m.mode) for m in mentions] == [("PROTEST", "demo")]
    _, mentions = code(annotator, "On Tuesday, the farmers of Tinaga planted seed in the wet fields.")
    assert mentions == []


def test_an_attack_that_only_destroys_or_takes_property_is_looting(annotator):
    _, mentions = code(annotator, "On Tuesday, militiamen attacked a truck near Tinaga and burned its cargo, "
                                  "no casualties were reported.")
    assert _rule_types(mentions) == [("Strategic developments", "Looting/property destruction")]
    # a raid on a settlement stays an attack on its people (acled.SETTLEMENT_RAID)
    _, mentions = code(annotator, "On Tuesday, militiamen attacked the village of Tinaga and burned its granaries, "
                                  "no casualties were reported.")
    assert _rule_types(mentions) == [("Violence against civilians", "Attack")]
    _, mentions = code(annotator, "On Tuesday, gunmen attacked the village of Tinaga, burned granaries and killed "
                                  "two herders.")
    assert _rule_types(mentions) == [("Violence against civilians", "Attack")]
    _, mentions = code(annotator, "On Tuesday, gunmen attacked a bus near Tinaga and wounded three passengers.")
    assert _rule_types(mentions) == [("Violence against civilians", "Attack")]


def test_a_device_going_off_while_being_planted_is_disrupted_weapons_use(annotator):
    _, mentions = code(annotator, "On Tuesday, two militants were killed while planting an IED near Tinaga.")
    assert _rule_types(mentions) == [("Strategic developments", "Disrupted weapons use")]
    assert mentions[0].fatalities.min == 2
    _, mentions = code(annotator, "On Tuesday, an army unit detected and cleared two IEDs near Tinaga.")
    assert mentions and set(_rule_types(mentions)) == {("Strategic developments", "Disrupted weapons use")}


# -- notes that got no coded event: general classes (our own sentences) ----------------

def test_an_attempt_survived_or_an_ambush_escaped_targets_the_subject(annotator):
    _, mentions = code(annotator, "On Tuesday, a local official survived an assassination attempt at his home in Tinaga.")
    assert _rule_types(mentions) == [("Violence against civilians", "Attack")]
    assert mentions[0].source_actors == [] and "official" in [a.name for a in mentions[0].target_actors]


def test_clashes_that_raged_and_reports_of_air_strikes_are_events(annotator):
    _, mentions = code(annotator, "Heavy clashes raged for hours on Tuesday between militants and the army near Tinaga.")
    assert _rule_types(mentions) == [("Battles", "Armed clash")]
    _, mentions = code(annotator, "Reports of air strikes by helicopters against militant positions near Tinaga.")
    assert _rule_types(mentions) == [("Explosions/Remote violence", "Air/drone strike")]


def test_taken_to_an_unknown_destination_is_an_abduction(annotator):
    _, mentions = code(annotator, "On Tuesday, gunmen stopped a bus near Tinaga and took two teachers to an unknown "
                                  "destination.")
    assert ("Violence against civilians", "Abduction/forced disappearance") in _rule_types(mentions)


def test_a_vehicle_hurt_by_a_blast_and_a_village_encircled_are_coded(annotator):
    _, mentions = code(annotator, "A truck was hurt by an IED detonation near Tinaga on Tuesday.")
    assert _rule_types(mentions) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]
    _, mentions = code(annotator, "On Tuesday, militiamen encircled the village of Tinaga.")
    assert [(m.event_type, m.mode) for m in mentions] == [("COERCE", "restrict")]
    assert _rule_types(mentions) == [("Strategic developments", "Other")]
    _, mentions = code(annotator, "On Tuesday, the trucks were cut off from the market by the rains.")
    assert all(m.acled_event_type is None for m in mentions)  # a road cut off is no conflict event


def test_state_force_against_peaceful_protesters_is_a_protest_event(annotator):
    # ACLED Codebook, Protests: suppressed without lethal force = Protest with intervention,
    # with lethal force = Excessive force against protesters; not Violence against civilians
    _, mentions = code(annotator, "On Tuesday, police beat protesters with batons in Tinaga.")
    assert _rule_types(mentions) == [("Protests", "Protest with intervention")]
    _, mentions = code(annotator, "On Tuesday, soldiers shot dead two demonstrators in Tinaga.")
    assert _rule_types(mentions) == [("Protests", "Excessive force against protesters")]
    _, mentions = code(annotator, "On Tuesday, gunmen beat two demonstrators in Tinaga.")
    assert _rule_types(mentions) == [("Violence against civilians", "Attack")]  # no state force: an attack


def test_a_group_founded_is_an_event_also_in_the_passive_and_raised(annotator):
    for text in ("On Tuesday, a new armed movement was created in Tinaga.",
                 "On Tuesday, a new armed movement was announced to have been founded in Tinaga."):
        _, mentions = code(annotator, text)
        assert [(m.event_type, m.mode) for m in mentions] == [("MOBILIZE", "militia")], text
        assert _rule_types(mentions) == [("Strategic developments", "Change to group/activity")]
    _, mentions = code(annotator, "On Tuesday, a new road was created in Tinaga.")
    assert mentions == []


def test_an_event_reported_as_not_having_happened_is_negated(annotator):
    # "there were no reports of clashes": the clash is denied, not reported
    _, mentions = code(annotator, "On Tuesday, gunmen burned four trucks near Tinaga. There were no reports of clashes.")
    assert [(m.evidence.trigger.text, m.status) for m in mentions if m.event_type == "ASSAULT"] == [
        ("burned", "asserted"), ("clashes", "negated")]
    _, mentions = code(annotator, "On Tuesday, no casualties or clashes were reported in Tinaga.")
    assert all(m.status == "negated" for m in mentions if m.evidence.trigger.text == "clashes")
    _, mentions = code(annotator, "On Tuesday, reports of clashes near Tinaga reached the capital.")
    assert [m.status for m in mentions if m.evidence.trigger.text == "clashes"] == ["asserted"]


def test_people_assaulted_in_a_looting_make_it_an_attack(annotator):
    # ACLED Codebook: looting in which people are harmed is Violence against civilians
    _, mentions = code(annotator, "On Tuesday, gunmen looted shops in Tinaga and a trader was assaulted.")
    assert ("Violence against civilians", "Attack") in _rule_types(mentions)
    assert ("Strategic developments", "Looting/property destruction") not in _rule_types(mentions)
    _, mentions = code(annotator, "On Tuesday, gunmen looted shops in Tinaga.")
    assert _rule_types(mentions) == [("Strategic developments", "Looting/property destruction")]


def test_burning_an_emptied_place_is_property_destruction(annotator):
    # nobody there to attack: ACLED Looting/property destruction, not an Attack or a Battle
    _, mentions = code(annotator, "On Tuesday, militiamen attacked the village of Tinaga, the villagers had already "
                                  "fled and the assailants burned the houses.")
    assert _rule_types(mentions)[0] == ("Strategic developments", "Looting/property destruction")
    _, mentions = code(annotator, "On Tuesday, militiamen attacked the village of Tinaga and burned the houses.")
    assert _rule_types(mentions)[0] == ("Violence against civilians", "Attack")  # a settlement raid stays an attack
    _, mentions = code(annotator, "On Tuesday, soldiers destroyed an abandoned rebel camp near Tinaga.")
    assert _rule_types(mentions) == [("Strategic developments", "Looting/property destruction")]


def test_a_release_under_a_deal_and_an_agreed_accord_are_acled_agreements(annotator):
    # ACLED Codebook, Agreement: peace agreements, ceasefires, prisoner exchanges and releases
    _, mentions = code(annotator, "On Tuesday, two officials were released by the militants as part of a prisoner exchange.")
    assert ("Strategic developments", "Agreement") in _rule_types(mentions)
    _, mentions = code(annotator, "On Tuesday, two officials were released by the militants in Tinaga.")
    assert ("Strategic developments", "Agreement") not in _rule_types(mentions)  # no deal named
    _, mentions = code(annotator, "On Tuesday, the community leaders agreed to a peace agreement in Tinaga.")
    assert ("Strategic developments", "Agreement") in _rule_types(mentions)


def test_defusing_a_device_is_disrupted_weapons_use_without_a_parsed_subject(annotator):
    _, mentions = code(annotator, "On Tuesday, a grenade was found near the market in Tinaga, an army unit came to "
                                  "the site and defused the device.")
    assert [(m.evidence.trigger.text, m.source_actors) for m in mentions] == [("defused", [])]
    assert _rule_types(mentions) == [("Strategic developments", "Disrupted weapons use")]
    _, mentions = code(annotator, "On Tuesday, the elders came to Tinaga and defused the tension.")
    assert ("Strategic developments", "Disrupted weapons use") not in _rule_types(mentions)  # no weapon


def test_gunmen_intercepting_travellers_is_violence_against_civilians_not_disrupted_weapons_use(annotator):
    _, mentions = code(annotator, "On Tuesday, gunmen intercepted two buses near Tinaga and the passengers were "
                                  "taken to an unknown location.")
    assert _rule_types(mentions)[0] == ("Violence against civilians", "Abduction/forced disappearance")
    _, mentions = code(annotator, "On Tuesday, gunmen intercepted two buses near Tinaga and burned them.")
    assert _rule_types(mentions)[0] == ("Violence against civilians", "Attack")
    _, mentions = code(annotator, "On Tuesday, soldiers intercepted a truck carrying weapons near Tinaga.")
    assert _rule_types(mentions)[0] == ("Strategic developments", "Disrupted weapons use")


def test_bodies_found_report_a_killing_of_the_people_named(annotator):
    _, mentions = code(annotator, "On Tuesday, the bodies of three herders were found near Tinaga.")
    (m,) = mentions
    assert m.event_type == "ASSAULT" and m.acled_event_type == "Violence against civilians"
    assert [a.name for a in m.target_actors] == ["herders"]
    _, mentions = code(annotator, "On Tuesday, the herders found water near Tinaga.")
    assert mentions == []


def test_rockets_among_seized_arms_do_not_make_a_clash_a_rocket_attack(annotator):
    _, mentions = code(annotator, "On Tuesday, soldiers killed five militants near Tinaga and seized two motorbikes, "
                                  "arms, rockets and ammunition.")
    assert _rule_types(mentions)[0] == ("Battles", "Armed clash")
    _, mentions = code(annotator, "On Tuesday, militants fired rockets at the army camp in Tinaga.")
    assert _rule_types(mentions)[0] == ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def test_a_weapon_word_naming_a_role_is_no_weapon_used(annotator):
    _, mentions = code(annotator, "On Tuesday, militiamen killed three herders near Tinaga whom they accused of being mine planters.")
    assert _rule_types(mentions)[0] == ("Violence against civilians", "Attack")
    _, mentions = code(annotator, "On Tuesday, three herders were killed by a mine near Tinaga.")
    assert _rule_types(mentions)[0] == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_clashes_between_unnamed_students_are_mob_violence(annotator):
    # ACLED Codebook, Riots: violence by unorganised groups, not organised armed actors
    _, mentions = code(annotator, "On Tuesday, clashes erupted between students of two schools in Tinaga.")
    assert _rule_types(mentions)[0] == ("Riots", "Mob violence")
    _, mentions = code(annotator, "On Tuesday, clashes erupted between soldiers and militants in Tinaga.")
    assert _rule_types(mentions)[0] == ("Battles", "Armed clash")


# -- the time of the event, not of the statement reporting it ---------------------------

def test_a_reported_incident_takes_its_own_date_not_the_statement_day(annotator):
    # PUB is Friday 21 November 2025: "on Sunday" would be 16 November
    _, mentions = code(annotator, "The rebel group said on Sunday that its fighters had attacked an army post "
                                  "near Gao on 15 November.")
    m = next(m for m in mentions if m.event_type == "ASSAULT")
    assert (m.event_date, m.date_end, m.time_precision) == (date(2025, 11, 15), date(2025, 11, 15), "day")


def test_an_undated_reported_incident_is_bounded_by_the_statement_day(annotator):
    _, mentions = code(annotator, "The army said on Sunday it had repelled an attack on a base near Gao.")
    assaults = [m for m in mentions if m.event_type == "ASSAULT"]
    assert assaults and all((m.event_date, m.date_end, m.time_precision)
                            == (date(2025, 11, 10), date(2025, 11, 16), "week") for m in assaults)


def test_a_time_in_the_source_phrase_dates_the_telling_not_the_event(annotator):
    """"According to a statement issued on Tuesday, soldiers repelled ...": Tuesday is
    the statement's day (placetime._in_source_phrase), so the repulse is only bounded by
    it, as under "the army said on Sunday" (was: dated Tuesday itself)."""
    _, mentions = code(annotator, "According to a statement issued on Tuesday, soldiers repelled an attack on "
                                  "a base near Gao.")
    m = next(m for m in mentions if m.event_type == "ASSAULT")
    assert (m.event_date, m.date_end, m.time_precision) == (date(2025, 11, 12), date(2025, 11, 18), "week")


def test_a_passive_report_of_the_event_dates_the_event(annotator):
    """"Fighting was reported in X on Tuesday" states the fighting happened on Tuesday,
    as "On Tuesday, fighting was reported in X" does (was: the week ending Tuesday);
    a report the text says came later only bounds the event."""
    for text in ("Clashes were reported between soldiers and militants near Kidal on Sunday.",
                 "Heavy fighting was reported in Menaka on Tuesday."):
        _, mentions = code(annotator, text)
        m = next(m for m in mentions if m.event_type == "ASSAULT")
        assert m.time_precision == "day" and m.event_date == m.date_end
    assert m.event_date == date(2025, 11, 18)
    _, mentions = code(annotator, "An ambush on a convoy near Menaka was only reported on Tuesday.")
    m = next(m for m in mentions if m.event_type == "ASSAULT")
    assert (m.event_date, m.date_end, m.time_precision) == (date(2025, 11, 12), date(2025, 11, 18), "week")


def test_a_time_after_the_reporting_verb_dates_only_the_statement(annotator):
    _, mentions = code(annotator, "Gunmen attacked a village near Gao on Monday, officials said on Tuesday.")
    m = next(m for m in mentions if m.event_type == "ASSAULT")
    assert (m.event_date, m.time_precision) == (date(2025, 11, 17), "day")
    _, mentions = code(annotator, "The group claimed responsibility on Thursday for an attack on a convoy near Gao.")
    m = next(m for m in mentions if m.event_type == "ASSAULT")
    assert (m.event_date, m.date_end, m.time_precision) == (date(2025, 11, 14), date(2025, 11, 20), "week")


def test_a_fronted_date_or_a_date_after_the_reported_clause_still_dates_the_incident(annotator):
    _, mentions = code(annotator, "On 3 November, the army said it had repelled an attack near Gao.")
    assert {(m.event_date, m.time_precision) for m in mentions if m.event_type == "ASSAULT"} == {
        (date(2025, 11, 3), "day")}
    _, mentions = code(annotator, "Officials said gunmen killed five villagers near Gao on Monday.")
    m = next(m for m in mentions if m.event_type == "ASSAULT")
    assert (m.event_date, m.time_precision) == (date(2025, 11, 17), "day")


def test_a_present_perfect_state_takes_the_day_it_is_reported(annotator):
    _, mentions = code(annotator, "Belgium has begun reducing its embassy staff in Niger, officials said on Tuesday.")
    dated = [(m.event_date, m.time_precision) for m in mentions if m.event_type != "CONSULT"]
    assert dated and set(dated) == {(date(2025, 11, 18), "day")}


def test_remains_found_the_next_day_add_to_the_event_before_them(annotator):
    """"remains" is lemmatised "remain": the list of remains nouns never matched it, so
    the remains found after an attack added no dead."""
    _, mentions = code(annotator, "On Monday, gunmen attacked a market in Ansongo. The remains of six traders "
                                  "were found the next day.")
    assert len(mentions) == 1 and mentions[0].event_type == "ASSAULT"
    assert (mentions[0].fatalities.min, mentions[0].fatalities.max) == (6, 6)


# -- s12b-cnn: a warning to stay safe is advice; a condition is no attacker -------------

def test_warning_to_stay_safe_is_advice_not_a_threat(annotator):
    _, mentions = code(annotator, "The British embassy warned its nationals to remain indoors after gunfire in the capital.")
    assert "THREATEN" not in [m.event_type for m in mentions]
    assert "REQUEST" in [m.event_type for m in mentions]
    _, mentions = code(annotator, "Police cautioned residents to avoid the market on Friday.")
    assert "THREATEN" not in [m.event_type for m in mentions]
    # an alternative sanction keeps the threat, as does a warning of one's own act
    _, mentions = code(annotator, "The militia warned villagers to stay home or face punishment.")
    assert "THREATEN" in [m.event_type for m in mentions]
    _, mentions = code(annotator, "The rebels warned that they would attack the convoy.")
    assert "THREATEN" in [m.event_type for m in mentions]


def test_a_crisis_or_insecurity_is_no_attacker(annotator):
    _, mentions = code(annotator, "The minister blamed the economic crisis that has hit the region since March.")
    assert "ASSAULT" not in [m.event_type for m in mentions]
    _, mentions = code(annotator, "Insecurity has struck the northern districts for years, the report says.")
    assert "ASSAULT" not in [m.event_type for m in mentions]
    _, mentions = code(annotator, "Gunmen struck the northern district on Monday, killing four farmers.")
    assert "ASSAULT" in [m.event_type for m in mentions]


def test_anti_modifier_names_the_target_and_a_span_of_protests_is_no_single_event(annotator):
    _, mentions = code(annotator, "Students held anti-government protests in the capital on Monday.")
    protest = next(m for m in mentions if m.event_type == "PROTEST")
    assert [a.name for a in protest.source_actors] == ["Students"]
    assert "government" in [a.name for a in protest.target_actors]
    _, mentions = code(annotator, "The vote comes after weeks of anti-French demonstrations across the north.")
    protest = next(m for m in mentions if m.event_type == "PROTEST")
    assert protest.source_actors == []
    assert protest.status != "asserted"
