"""CASE 2021 Task 2 on news snippets written here (``tests/fixtures/case2021_news_snippets.tsv``:
190 snippets, 30 labels, >= 6 each, headline fragments and short sentences from many
countries and years; labels written from the ACLED codebook and the CASE label
descriptions before the product was run, see ``tests/fixtures/README.md``), and one test
per general fault those snippets showed (each fails on main at d64a488; the sentences of
the unit tests are written here, not taken from the fixture).

Reached on the fixture (main at d64a488 in brackets): accuracy 0.789 = 150/190
(0.589 = 112), weighted F1 0.842 (0.644), macro F1 0.837 (0.644); after s12b-force
(force against protesters, crowds against crowds) 0.811 = 154/190, weighted F1 0.866,
macro F1 0.861. The pin below is that accuracy: a change that loses snippets fails here.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from crisisdesk.coding.crime import names_organised_crime
from crisisdesk.coding.hazards import disaster_label
from crisisdesk.coding.ontology import load_ontology
from crisisdesk.evaluation import case2021
from crisisdesk.evaluation.system import code_documents, raw_from_text
from crisisdesk.extract.article import _language
from crisisdesk.records import ActorRef, EventMention, Evidence, Span
from tests.support.annotation import code_text

FIXTURE = Path(__file__).parent / "fixtures" / "case2021_news_snippets.tsv"
#: Snippets of the fixture labelled right (main at d64a488: 112; e3ef78a: 150; s12b-force: 154;
#: s13-left: 157, weighted F1 0.877; all session-13 merges: 159, weighted F1 0.885).
REACHED = 159


def _coded(texts: list[str]) -> list[list[EventMention]]:
    """The mentions of each text coded as ``crisisdesk eval case2021`` codes a snippet
    (extraction included: language detection, no publication date of its own)."""
    now = datetime(2024, 6, 1, tzinfo=timezone.utc)
    items = [(str(i), raw_from_text(t, uri=f"test:{i}", published=now, title=f"snippet {i}")) for i, t in enumerate(texts)]
    return [item.mentions for item in code_documents(items)]


def test_the_fixture_has_every_label_six_times():
    snippets = case2021.load_case(FIXTURE)
    labels = [s.label for s in snippets]
    allowed = set(load_ontology().case_extra) | {e.case_label for e in load_ontology().acled_sub_event_types.values()}
    assert len(allowed) == 30 and set(labels) == allowed
    assert min(labels.count(label) for label in allowed) >= 6 and len(snippets) >= 180


#: The second snippet set (s14-regions2: 150 snippets, 5 for each of the 30 labels,
#: countries and styles the first set lacks; written and committed before the product
#: was run on it): first run on main at 1a6c377, the outside measure, 126/150 (accuracy
#: 0.840, weighted F1 0.880); after the session's fixes 130 (in-sample).
FIXTURE2 = Path(__file__).parent / "fixtures" / "case2021_news_snippets2.tsv"
REACHED2 = 130


def test_the_second_fixture_has_every_label_five_times():
    labels = [s.label for s in case2021.load_case(FIXTURE2)]
    allowed = set(load_ontology().case_extra) | {e.case_label for e in load_ontology().acled_sub_event_types.values()}
    assert set(labels) == allowed and {labels.count(label) for label in allowed} == {5} and len(labels) == 150


def test_accuracy_reached_on_the_second_news_snippets():
    snippets = case2021.load_case(FIXTURE2)
    coded = _coded([s.text for s in snippets])
    right = sum(case2021.predict_label(m, text=s.text) == s.label for s, m in zip(snippets, coded))
    assert right >= REACHED2, f"{right} of {len(snippets)} (pinned {REACHED2})"


def test_accuracy_reached_on_the_news_snippets():
    snippets = case2021.load_case(FIXTURE)
    coded = _coded([s.text for s in snippets])
    right = sum(case2021.predict_label(m, text=s.text) == s.label for s, m in zip(snippets, coded))
    assert right >= REACHED, f"{right} of {len(snippets)} (pinned {REACHED})"


# ---------------------------------------------------------------------------- the fixes


@pytest.mark.parametrize("headline", [
    "Nigerian troops retake Damboa from Boko Haram",  # main: 'ig'
    "Typhoon Mangkhut batters Luzon, dozens dead",     # main: 'nl'
    "Junta expels French ambassador",                 # main: 'oc'
    "Prime minister resigns amid protests",           # main: 'la'
])
def test_an_english_headline_is_english(headline):
    # headlines drop function words: too few stop words for the old rule, and py3langid
    # took them for Igbo, Dutch ...: no parsing, no event (6 of the 190 fixture snippets)
    assert _language(headline)[0] == "en"


@pytest.mark.parametrize(("headline", "language"), [
    ("Hommes armés attaquent un village et tuent douze civils", "fr"),
    ("Hombres armados atacan una aldea y matan a doce civiles", "es"),
    ("Bewaffnete greifen Dorf an und töten zwölf Zivilisten", "de"),
])
def test_a_foreign_headline_stays_foreign(headline, language):
    assert _language(headline)[0] == language


def test_a_headline_misread_as_foreign_is_now_coded():
    (mentions,) = _coded(["Nigerian troops retake Damboa from Boko Haram"])
    assert [m.acled_sub_event_type for m in mentions] == ["Government regains territory"]  # main: no event ('ig')


@pytest.mark.parametrize("text", [
    "Floods kill 25 in Sylhet as rivers burst their banks.",
    "A strong earthquake struck the coast before dawn, killing 14 people.",
    "A fire swept through a textile mill in Karachi overnight, killing nine workers.",
    "A gas explosion at a fertiliser plant killed six workers.",
])
def test_a_hazard_is_no_assault(annotator, text):
    # main coded "kill" with the flood or fire as doer: an ASSAULT / ACLED Attack
    assert [m for m in code_text(annotator, text, date(2024, 6, 1)) if m.event_type == "ASSAULT"] == []


def test_a_bomb_blast_stays_an_attack(annotator):
    mentions = code_text(annotator, "A bomb explosion at a bus station killed six people.", date(2024, 6, 1))
    assert [m.acled_sub_event_type for m in mentions if m.event_type == "ASSAULT"][:1] == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize(("text", "label"), [
    ("Torrential rains flood low-lying districts of Dhaka", "NATURAL_DISASTER"),
    ("Volcano erupts near Goma, thousands flee", "NATURAL_DISASTER"),
    ("Bus plunges into gorge after crash in Himachal", "MAN_MADE_DISASTER"),
    ("Six-storey building collapses in Nairobi", "MAN_MADE_DISASTER"),
    ("Passenger boat capsizes on the Niger river", "MAN_MADE_DISASTER"),
    ("Blast at chemical warehouse rocks port city", "MAN_MADE_DISASTER"),
    ("Fighting erupts between rival militias near the border", None),  # fighting, not a volcano
    ("Protesters storm the governor's office", None),
    ("Bomb blast at market kills four", None),
])
def test_disaster_words(text, label):
    assert disaster_label(text) == label


def test_organised_crime_words():
    assert names_organised_crime("Coast guard seizes 900 kg of cocaine off Guayaquil")
    assert names_organised_crime("Ring trafficking women to Europe dismantled")
    assert not names_organised_crime("Gang members attacked a police station")  # "gang" alone: ACLED's militias
    assert not names_organised_crime("Police arrested the opposition leader")


def _mention(event_type: str, sentence: str, sub: str | None = None, contexts: tuple[str, ...] = (),
             status: str = "asserted") -> EventMention:
    return EventMention(mention_id="m", article_id="a", event_type=event_type, contexts=contexts,
                        evidence=Evidence(sentence=sentence, start_char=0, end_char=len(sentence),
                                          trigger=Span(0, 1, sentence[:1])),
                        acled_sub_event_type=sub, status=status)  # type: ignore[arg-type]


def test_policing_of_organised_crime_is_org_crime():
    ontology = load_ontology()
    # main: the ACLED sub-type's label first (ARREST, PROPERTY_DISTRUCT)
    assert ontology.case_label_for("COERCE", ("crime", "legal"), "Arrests") == "ORG_CRIME"
    assert ontology.case_label_for("COERCE", ("crime",), "Looting/property destruction") == "ORG_CRIME"
    assert ontology.case_label_for("COERCE", ("legal",), "Arrests") == "ARREST"
    assert ontology.case_label_for("ASSAULT", ("crime",), "Attack") == "ATTACK"  # cartel violence stays ACLED's


def test_a_claim_of_responsibility_is_attrib():
    claimed = _mention("ASSAULT", "The Taliban claimed the attack on the police post.", "Armed clash")
    assert case2021.predict_label([claimed]) == "ATTRIB"  # main: ARMED_CLASH
    plain = _mention("ASSAULT", "The Taliban attacked the police post.", "Armed clash")
    assert case2021.predict_label([plain]) == "ARMED_CLASH"


@pytest.mark.parametrize(("text", "label"), [
    ("Cyclone leaves 30 dead along the coast", "NATURAL_DISASTER"),
    ("Islamic State claims responsibility for the Jalalabad blast", "ATTRIB"),
    ("Heroin traffickers use new route through the port", "ORG_CRIME"),
    ("A quiet day in the capital", None),
])
def test_a_snippet_with_no_event_is_labelled_by_its_words(text, label):
    # main: no coded event, no label
    assert case2021.predict_label([], text=text) == label


@pytest.mark.parametrize(("text", "sub"), [
    ("Militants threw a grenade at a police station in Shopian.", "Grenade"),
    ("A grenade was hurled into a bar in Bujumbura.", "Grenade"),
    ("Aircraft dropped sarin on the town.", "Chemical weapon"),
    ("The faction pledged allegiance to the Islamic State.", "Change to group/activity"),
    ("The army set up a new post near the border.", "Headquarters or base established"),
    ("The militia handed over the district to the army.", "Non-violent transfer of territory"),
])
def test_lexicon_gaps(annotator, text, sub):
    # main: no event for each (the verbs had no entry)
    mentions = code_text(annotator, text, date(2024, 6, 1))
    assert sub in [m.acled_sub_event_type for m in mentions], [(m.event_type, m.acled_sub_event_type) for m in mentions]


def test_a_state_visit_and_a_leader_hosted_are_diplomatic(annotator):
    for text in ("The Kenyan president arrived in Addis Ababa on a state visit.",
                 "Ghana's president hosted the Nigerian leader in Accra."):
        mentions = code_text(annotator, text, date(2024, 6, 1))
        assert "CONSULT" in [m.event_type for m in mentions], text


def test_an_explosion_hitting_a_military_convoy_is_coded_not_dropped_as_an_accident(annotator):
    # session 12 (lead): the industrial words "fuel" and "truck" made this an accident and
    # dropped it; security forces and their convoys make it an attack (ACLED: Remote
    # explosive/landmine/IED), while a depot fire with no armed party stays no event
    from datetime import date

    from tests.support.annotation import code_text

    convoy = code_text(annotator, "An explosion hit a military fuel truck convoy near Gao on Monday, killing three "
                                  "soldiers, the army said.", date(2025, 11, 22))
    assert [(m.acled_sub_event_type, m.fatalities.min) for m in convoy] == [("Remote explosive/landmine/IED", 3)]
    depot = code_text(annotator, "A fire at a fuel depot in Bamako killed five workers on Monday.", date(2025, 11, 22))
    assert depot == []


# ------------------------------------------------------- session 13 (s13-left), each fails on 32dade2


def test_an_explosion_with_no_cause_named_is_an_attack_in_a_conflict_setting(annotator):
    # 32dade2: "bus" made the blast a transport accident and dropped it, in Mali as anywhere
    bus = code_text(annotator, "A blast struck a bus carrying passengers near Mopti, killing 12.", date(2024, 6, 1))
    assert [(m.acled_sub_event_type, m.fatalities.min) for m in bus] == [("Remote explosive/landmine/IED", 12)]
    # the article names the conflict: the same blast in a country no actor file lists
    text = "Militants have attacked several villages this year. A blast struck a bus near Mytown, killing 7."
    assert "Remote explosive/landmine/IED" in [m.acled_sub_event_type for m in code_text(annotator, text,
                                                                                            date(2024, 6, 1))]
    # a cause named stays an accident in a conflict setting
    assert code_text(annotator, "A gas cylinder explosion struck a restaurant in Mopti, killing 12.",
                     date(2024, 6, 1)) == []


def test_conflict_setting_reads_the_article_and_the_actor_dictionary():
    from crisisdesk.coding.hazards import conflict_setting, dictionary_conflict_countries

    assert "MLI" in dictionary_conflict_countries() and "ISL" not in dictionary_conflict_countries()
    assert conflict_setting("A blast struck a bus.", [], ["MLI"])
    assert not conflict_setting("A blast struck a bus.", [], ["ISL"])
    assert conflict_setting("Insurgents have struck the region before. A blast struck a bus.", [], ["ISL"])
    rebels = ActorRef(name="the FLA", sector="REB")
    assert conflict_setting("A blast struck a bus.", [rebels], [None])


@pytest.mark.parametrize(("text", "label"), [
    ("A fire claimed 20 lives in a market in Lagos.", "MAN_MADE_DISASTER"),  # 32dade2: None ("claimed")
    ("Fire kills 20 in Onitsha market", "MAN_MADE_DISASTER"),
    ("The militants claimed the attack on the market.", None),
])
def test_a_fire_that_claimed_lives_is_a_disaster(text, label):
    assert disaster_label(text) == label


@pytest.mark.parametrize(("text", "sub", "source"), [
    # 32dade2: "lob" tagged an adverb of "grenade": no event
    ("Militants lob grenade at police station in Srinagar", "Grenade", "INDREB"),
    # 32dade2: "fire" a noun, "Iraqi" an adjective before the subject: no event
    ("Iraqi police fire live rounds at protesters in Nasiriyah; 20 dead", "Excessive force against protesters",
     "IRQCOP"),
    # 32dade2: Arrests only ("detaining"); "break up" had no entry
    ("Riot police break up opposition rally in Kampala, detaining dozens", "Protest with intervention", "UGACOP"),
])
def test_headline_verbs_misread_by_the_tagger(text, sub, source):
    (mentions,) = _coded([text])
    assert mentions and mentions[0].acled_sub_event_type == sub, [(m.event_type, m.acled_sub_event_type)
                                                                   for m in mentions]
    assert source in [a.code for a in mentions[0].source_actors]


def test_emphatic_do_keeps_the_looting_verb(annotator):
    # 32dade2: "loot" after "did enter and" tagged a noun: Peaceful protest, no looting
    mentions = code_text(annotator, "Protesters did enter and loot shops in the capital.", date(2024, 6, 1))
    assert [m.acled_sub_event_type for m in mentions] == ["Violent demonstration", "Looting/property destruction"]
    assert case2021.predict_label(mentions) == "VIOL_DEMONSTR"


def test_civilians_fleeing_is_no_retreat(annotator):
    # 32dade2: RETREAT (Change to group/activity) with the civilians as doers
    assert code_text(annotator, "Thousands of civilians fled the town after the fighting.", date(2024, 6, 1)) == []
    soldiers = code_text(annotator, "The soldiers fled the base after the attack.", date(2024, 6, 1))
    assert [m.event_type for m in soldiers] == ["RETREAT"]
