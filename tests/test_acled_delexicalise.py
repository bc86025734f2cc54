"""Delexicalised features of the ACLED classifier (coding/delexicalise.py) and the temporal
check of scripts/train_acled_model.py. Every sentence here is written for these tests
(no development-set text)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import numpy as np
import pytest

from crisisdesk.coding.acled_model import N_FEATURES, AcledSubtypeModel, Prediction, blended_types, mention_features
from crisisdesk.coding.coder import document_name_masks
from crisisdesk.coding.delexicalise import NameMasks, delexicalise_numbers_and_dates
from crisisdesk.coding.ontology import load_ontology
from crisisdesk.coding.roles import is_armed
from crisisdesk.records import ActorRef, EventMention, Evidence, Place, Span, TimeExpression
from tests.support.annotation import make_article
from tests.support.scripts import loaded_script



@pytest.fixture(scope="module")
def train():
    with loaded_script("train_acled_model.py", "train_acled_model_delex") as module:
        yield module


def _sentence_features(annotator, text: str) -> list[str]:  # noqa: ANN001
    """The delexicalised features of the first ACLED-typed mention of ``text`` coded by
    the rules, as the training script computes them."""
    from crisisdesk.coding.coder import EventCoder

    article = make_article(text, date(2024, 3, 3))
    doc = annotator.annotate(article)
    mention = next(m for m in EventCoder(acled_model=None).code(doc, article) if m.acled_event_type)
    return mention_features(mention, is_armed, "", document_name_masks(doc), actor_codes=False)


def test_two_notes_differing_only_in_the_town_give_identical_features(annotator):
    first = _sentence_features(annotator, "On 3 March 2024, gunmen attacked a military post in Mopti, killing two soldiers.")
    second = _sentence_features(annotator, "On 3 March 2024, gunmen attacked a military post in Kidal, killing two soldiers.")
    assert first == second
    assert "w=xxplace" in first and "b=post_in" in first and "w=mopti" not in first
    assert "w=killing" in first and "w=soldiers" in first  # trigger and victim words stay
    assert "w=xxnum" in first and "w=xxdate" in first


def test_two_named_armed_groups_of_one_sector_give_identical_features(annotator):
    first = _sentence_features(annotator, "JNIM militants ambushed a convoy of trucks near the border on Monday.")
    second = _sentence_features(annotator, "ISWAP militants ambushed a convoy of trucks near the border on Monday.")
    assert first == second
    assert "w=xxreb" in first and "w=jnim" not in first and "w=ambushed" in first and "w=trucks" in first
    # with actor codes the dictionary identities come back (the lexical model's features)
    article = make_article("JNIM militants ambushed a convoy.", date(2024, 3, 3))
    assert any(f.startswith("src_code=") for f in _with_codes(annotator, article))


def _with_codes(annotator, article) -> list[str]:  # noqa: ANN001
    from crisisdesk.coding.coder import EventCoder

    doc = annotator.annotate(article)
    mention = next(m for m in EventCoder(acled_model=None).code(doc, article) if m.acled_event_type)
    return mention_features(mention, is_armed, "", document_name_masks(doc), actor_codes=True)


def test_name_masks_replace_longest_names_whole_words_only():
    masks = NameMasks.from_annotations(
        actors=[ActorRef("Dan Na Ambassagou", sector="MIL", span=Span(0, 17, "Dan Na Ambassagou")),
                ActorRef("gunmen", sector="REB", generic=True, span=Span(30, 36, "gunmen"))],
        places=[Place("Gao", 2, span=Span(40, 43, "Gao")), Place("Gao region", 2, span=Span(50, 60, "Gao region"))],
        times=[TimeExpression("last Tuesday", date(2024, 1, 2), date(2024, 1, 2), "day",
                              span=Span(70, 82, "last Tuesday"))])
    text = "Dan Na Ambassagou gunmen raided Gaoua and the Gao region last Tuesday; Gao-based traders fled."
    assert masks.apply(text).split() == ["xxmil", "gunmen", "raided", "Gaoua", "and", "the", "xxplace", "xxdate", ";",
                                         "Gao-based", "traders", "fled."]
    assert NameMasks({}).apply("Soldiers clashed") == "Soldiers clashed"


def test_numbers_and_calendar_words_are_masked_but_the_verb_march_is_not():
    text = "On 12 March, three thousand people march; 1,200 more on Friday, the first day."
    assert delexicalise_numbers_and_dates(text) == (
        "On xxnum xxdate, xxnum xxnum people march; xxnum more on xxdate, the first day.")


def test_delexicalised_model_reads_masked_features_and_round_trips(tmp_path):
    from crisisdesk.coding.acled_model import feature_column

    coef = np.zeros((2, N_FEATURES), dtype=np.float32)
    coef[0, feature_column("w=xxplace")] = 3.0
    model = AcledSubtypeModel(np.array(["Armed clash", "Attack"]), coef, np.zeros(2, np.float32),
                              np.array([], dtype=np.uint64), delexicalised=True, actor_codes=False,
                              override_from=frozenset({"Attack"}))
    path = tmp_path / "m.npz"
    model.save(path)
    loaded = AcledSubtypeModel.load(path)
    assert (loaded.delexicalised, loaded.actor_codes, loaded.override_from) == (True, False, frozenset({"Attack"}))
    sentence = "Soldiers clashed with rebels in Menaka."
    mention = EventMention(mention_id="m", article_id="a", event_type="ASSAULT",
                           evidence=Evidence(sentence=sentence, start_char=0, end_char=len(sentence)),
                           acled_event_type="Battles", acled_sub_event_type="Armed clash",
                           source_actors=[ActorRef("JNIM", code="JNIM", sector="REB")])
    masks = NameMasks.from_annotations(places=[Place("Menaka", 3, span=Span(32, 38, "Menaka"))])
    features = loaded.features(mention, is_armed, "", masks)
    assert "w=xxplace" in features and "w=menaka" not in features and not any(f.startswith("src_code") for f in features)
    assert loaded.predict(features).sub_event_type == "Armed clash"
    assert loaded.predict(loaded.features(mention, is_armed, "", None)).probability == pytest.approx(0.5)
    old_style = AcledSubtypeModel(np.array(["Armed clash", "Attack"]), coef, np.zeros(2, np.float32))
    assert "w=menaka" in old_style.features(mention, is_armed, "", masks)  # a lexical model reads the words


def test_blend_overrides_only_from_the_allowed_rule_types():
    onto = load_ontology()
    mention = EventMention(mention_id="m", article_id="a", event_type="ASSAULT",
                           evidence=Evidence(sentence="x", start_char=0, end_char=1),
                           acled_event_type="Battles", acled_sub_event_type="Armed clash")
    sure = Prediction("Attack", 0.99, 0.01)
    assert blended_types(mention, sure, onto, 0.5)[1] == "Attack"
    assert blended_types(mention, sure, onto, 0.5, 0.0, frozenset({"Armed clash"}))[1] == "Attack"
    assert blended_types(mention, sure, onto, 0.5, 0.0, frozenset({"Attack"})) == ("Battles", "Armed clash")


def _events(years: list[int]) -> list:
    return [SimpleNamespace(event_id=f"E{i}", event_date=date(year, 6, 1)) for i, year in enumerate(years)]


def test_temporal_split_tests_on_the_latest_year_of_the_index(train):
    events = _events([2019, 2017, 2018, 2019, 2020, 2018])
    early, late = train.temporal_split(events, [0, 1, 2, 3, 5])  # event 4 (2020) is not in the index
    assert (early, late) == ([1, 2, 5], [0, 3])
    assert train.temporal_split(events, []) == ([], [])
    assert train.temporal_split(events, [1, 2]) == ([1], [2])


def _mention(sub: str, acled_type: str) -> EventMention:
    return EventMention(mention_id="m", article_id="a", event_type="ASSAULT",
                        evidence=Evidence(sentence="x", start_char=0, end_char=1),
                        acled_event_type=acled_type, acled_sub_event_type=sub)


def test_override_gains_count_notes_made_right_minus_wrong_by_rule_type(train):
    onto = load_ontology()
    mentions = [_mention("Attack", "Violence against civilians")] * 3 + [_mention("Armed clash", "Battles")] * 2
    labels = ["Armed clash", "Armed clash", "Attack", "Armed clash", "Armed clash"]
    types = [onto.acled_event_type_of(x) for x in labels]
    notes = train.CodedNotes(events=_events([2018] * 5), labels=labels, types=types, mentions=mentions,
                             features={i: ["w=x"] for i in range(5)}, train=[True] * 5)
    predictions = {0: Prediction("Armed clash", 0.9, 0.1), 1: Prediction("Armed clash", 0.9, 0.1),
                   2: Prediction("Armed clash", 0.9, 0.1),  # two attacks rightly made clashes, one wrongly
                   3: Prediction("Attack", 0.9, 0.1), 4: Prediction("Armed clash", 0.9, 0.9)}  # one clash wrongly
    gains = train.override_gains(notes, list(range(5)), predictions, onto, 0.5, 0.0)
    assert gains == {"Attack": (1, 1), "Armed clash": (-1, -1)}
    assert train.helpful_overrides(gains) == frozenset({"Attack"})
    restricted = train.blend_figures(notes, list(range(5)), predictions, onto, 0.5, 0.0, frozenset({"Attack"}))
    assert restricted[0] == pytest.approx(4 / 5)  # only note 2 wrong
    assert train.blend_figures(notes, list(range(5)), predictions, onto, 0.5, 0.0)[0] == pytest.approx(3 / 5)
    assert train.blend_figures(notes, list(range(5)), predictions, onto, alone=True)[0] == pytest.approx(3 / 5)


def test_coder_feeds_a_delexicalised_model_the_documents_masked_names(annotator):
    """A delexicalised model whose only weight is on the toponym placeholder overrides
    the rules on a note naming a town: the coder must have masked the town."""
    from crisisdesk.coding.acled_model import feature_column
    from crisisdesk.coding.coder import EventCoder

    classes = np.array(["Armed clash", "Attack", "Remote explosive/landmine/IED"])
    coef = np.zeros((3, N_FEATURES), dtype=np.float32)
    coef[2, feature_column("w=xxplace")] = 40.0
    model = AcledSubtypeModel(classes, coef, np.zeros(3, np.float32), min_probability=0.9, delexicalised=True,
                              actor_codes=False)
    text = "On 3 March 2024, gunmen attacked a military post in Mopti, killing two soldiers."
    article = make_article(text, date(2024, 3, 3))
    doc = annotator.annotate(article)
    mention = next(m for m in EventCoder(acled_model=model).code(doc, article) if m.acled_event_type)
    assert mention.acled_rule_types[1] != "Remote explosive/landmine/IED"
    assert (mention.acled_event_type, mention.acled_sub_event_type) == (
        "Explosions/Remote violence", "Remote explosive/landmine/IED")
    lexical = AcledSubtypeModel(classes, coef, np.zeros(3, np.float32), min_probability=0.9)
    unmasked = next(m for m in EventCoder(acled_model=lexical).code(doc, article) if m.acled_event_type)
    assert unmasked.acled_sub_event_type == unmasked.acled_rule_types[1]  # "Mopti" as written: no override


def test_capitalised_option_masks_unresolved_names_but_not_acronyms_or_the_first_word():
    text = "Gunmen killed Amadou Diallo near Tinzaouat with an IED, residents said."
    assert NameMasks({}).apply(text, capitalised=True) == (
        "Gunmen killed xxname xxname near xxname with an IED, residents said.")
    assert NameMasks({}).apply(text) == text
