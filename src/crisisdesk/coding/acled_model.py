"""A small linear classifier for the ACLED ``sub_event_type`` of a coded event.

The rules (:mod:`crisisdesk.coding.acled`) decide whether a mention is political
violence, a demonstration or a strategic development at all; this model then picks the
ACLED sub-event type (and so the event type) from the evidence sentence and what the
rules found. It is a multinomial logistic regression over hashed features:

- the sentence's lower-cased words and word pairs (digits replaced by ``0``); in a
  delexicalised model (:attr:`AcledSubtypeModel.delexicalised`, the packaged one)
  after the document's toponyms, named actors, dates and numbers were replaced by
  what they are (``xxplace``, ``xxreb``, ``xxdate``, ``xxnum``:
  :mod:`crisisdesk.coding.delexicalise`), so that "Mopti" or "MINUSMA" cannot carry
  the decision in later years and other regions;
- the rule coder's output: PLOVER type and mode, the rule's ACLED sub-event type,
  the sectors, actor-dictionary codes (not in a model trained without them,
  :attr:`AcledSubtypeModel.actor_codes`) and types of the source and target actors and
  whether they are organised armed actors, whether people were killed or injured, whether the source or target is
  unknown;
- the ACLED codebook's distinctions made explicit (:func:`codebook_features`): who acts
  on whom by sector (``REB>CVL``) and armed or not on each side (Battles need two
  organised armed sides, Violence against civilians an armed side and unarmed victims),
  the head noun of generic actors ("village", "truck", "patrol"), whose deaths the text
  reports ("soldiers", "civilians") and whether the sentence names civilian or armed
  people at all, the trigger word, the rule coder's weapon, clash, mob, demonstration,
  intervention, territory and disrupted-weapons cues in the sentence (and the clash, mob
  and weapon cues in the rest of the paragraph), and the mention's status;
- the rule coder's codebook tests as yes/no features: ground fighting beside a remote
  weapon (a combined attack is Battles), an unorganised crowd as the doer (Riots), a
  crowd said to be armed (a militia), armed people counted as hurt, an attack on
  property alone (Looting/property destruction), people hurt, people or settlements
  among the targets, and ground fighting and people hurt in the rest of the paragraph.

Features are hashed (scikit-learn ``FeatureHasher``, MurmurHash3, no sign flipping) into
:data:`N_FEATURES` columns, so the packaged weights (``data/models/acled_subtype.npz``,
NumPy arrays only, no pickle) contain no word and no text of the training data. The
model is rebuilt and evaluated by ``scripts/train_acled_model.py`` from an ACLED export
(the development set in ``../shared/data/acled``, never committed).

Input vector (:class:`FeatureWeighting`, :func:`weighted_features`): the hashed counts of
a mention, each row divided by its Euclidean norm (L2), so a long note with a
paragraph of context does not outweigh the rules' few features by its length alone.
The rules' type enters once (``rule=``, ``rule_type=``; it used to be repeated
``rule2=``/``rule3=`` to weigh against many words). The training script chooses ``C``,
the minimum probability at which the model overrides the rules and a margin over the
probability it gives the rules' own type (:func:`blended_types`) by the OUT-OF-FOLD
blend on the training split (5 folds; event_type accuracy over all 1,412 training
notes, a note without a coded event wrong; rules alone 0.872, sub-type weighted F1
0.859). Tried there (best C and policy of each; event_type accuracy / sub-type weighted
F1): raw counts with the repetition, as shipped before (C in 1, 4, 16, 64): 0.875 / 0.865
(0.874 / 0.862 at the old C=64, min probability 0.8); L2 rows: 0.877 / 0.866; sublinear
tf-idf + L2: 0.875 / 0.862; L2 with the trigger's crude lemma, its two neighbours each
side and the words left/right of it: 0.877 / 0.863; L2 without the repetition: 0.877 /
0.867 (kept); L2 with ``class_weight="balanced"``: 0.877 / 0.867; L2 without any rule
feature: 0.875 / 0.862. Every variant is within 5 notes of the others: the model rarely
disagrees with the rules on the event type with any confidence (out of fold, 17 of
1,382 coded notes at probability 0.5 or more), so it adds little to them. Packaged:
C=16, minimum probability 0.3, margin 0.6 (out of fold 0.877 / 0.867); held out
(measured once, at the end) 0.864 / 0.850 over the 634 notes, against 0.874 / 0.859
for the previous raw-count C=64 model at 0.8: six notes, within noise.

Honesty: the model is trained on a deterministic part of the development set
(:func:`in_training_split`: about 70 % of ``event_id_cnty`` values by SHA-256); the
packaged file lists the 64-bit hashes of the event ids it was trained on
(:meth:`AcledSubtypeModel.trained_on`), so ``crisisdesk eval acled`` reports the events
the model never saw as its headline and the others apart, labelled in-sample.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from crisisdesk.coding import acled as rules
from crisisdesk.coding.acled import CIVILIAN_WORDS, armed_dead_reported
from crisisdesk.coding.delexicalise import NameMasks
from crisisdesk.coding.roles import is_armed
from crisisdesk.records import ActorRef, EventMention

#: Hashed feature space (columns of the weight matrix).
N_FEATURES = 2**15
#: Share of event ids (by SHA-256) the packaged model is trained on (the rest is held out).
TRAINING_SHARE = 0.7
#: Packaged model file, inside ``crisisdesk/data/models``.
MODEL_FILE = "acled_subtype.npz"

_WORD = re.compile(r"[a-z][a-z'\-]*|\d+")
_DIGIT = re.compile(r"\d")


def event_id_hash(event_id: str) -> int:
    """64-bit unsigned integer from the SHA-256 of an ACLED ``event_id_cnty`` (as stored
    in the model file's ``trained_on`` array)."""
    return int.from_bytes(hashlib.sha256(event_id.strip().encode("utf-8")).digest()[:8], "big")


def in_training_split(event_id: str) -> bool:
    """True for the ~70 % of event ids (:data:`TRAINING_SHARE`) the packaged model is
    trained on: the SHA-256 hash of the id, modulo 100, below 70. Deterministic, so the
    held-out part is the same on every machine."""
    return event_id_hash(event_id) % 100 < round(TRAINING_SHARE * 100)


def sentence_tokens(sentence: str) -> list[str]:
    """Lower-cased words and numbers of a sentence (digits as ``0``) and the pairs of
    neighbouring words, as feature strings (``w=killed``, ``b=soldiers_killed``)."""
    words = _WORD.findall(_DIGIT.sub("0", sentence.lower()))  # a digit is never part of a letter word
    return [f"w={w}" for w in words] + [f"b={a}_{b}" for a, b in zip(words, words[1:])]


def _actor_features(prefix: str, actors: list[ActorRef], armed, codes: bool = True) -> list[str]:  # noqa: ANN001
    if not actors:
        return [f"{prefix}=none"]
    out = [f"{prefix}_sector={a.sector or 'unknown'}" for a in actors]
    if codes:
        out += [f"{prefix}_code={a.code}" for a in actors if a.code]
    out += [f"{prefix}_type={a.actor_type}" for a in actors if a.actor_type]
    out += [f"{prefix}_named={not a.generic}" for a in actors[:1]]
    out.append(f"{prefix}_armed={any(armed(a) for a in actors)}")
    return out


def mention_features(mention: EventMention, armed, context: str = "", masks: NameMasks | None = None,  # noqa: ANN001
                     actor_codes: bool = True, capitalised: bool = False) -> list[str]:
    """Feature strings of a coded mention (module docstring); ``armed`` is the
    predicate ActorRef -> bool of organised armed actors (``coding.roles.is_armed``);
    ``context``: the rest of the mention's paragraph, whose words are features of
    their own (``c=...``). ``masks``: the document's names to delexicalise in the
    sentence and the context (:class:`crisisdesk.coding.delexicalise.NameMasks`;
    None: the words as written); ``actor_codes``: whether the actor-dictionary codes
    of the source and target (``src_code=JNIM``) are features; ``capitalised``: with
    ``masks``, capitalised words the annotation did not resolve are masked too."""
    rule = mention.acled_sub_event_type or "none"
    sentence = mention.evidence.sentence
    if masks is not None:
        sentence = masks.apply(sentence, capitalised)
        context = masks.apply(context, capitalised) if context else context
    features = sentence_tokens(sentence)
    if context:
        features += ["c=" + f[2:] for f in sentence_tokens(context) if f.startswith("w=")]
    features += [f"plover={mention.event_type}", f"mode={mention.mode}", f"rule={rule}",
                 f"rule_type={mention.acled_event_type}", f"plover_mode={mention.event_type}/{mention.mode}"]
    features += _actor_features("src", mention.source_actors, armed, actor_codes)
    features += _actor_features("tgt", mention.target_actors, armed, actor_codes)
    killed = mention.fatalities is not None and (mention.fatalities.min or 0) > 0
    features += [f"killed={killed}", f"injured={mention.injured is not None and (mention.injured.min or 0) > 0}"]
    return features + codebook_features(mention, armed, context)


def codebook_features(mention: EventMention, armed, context: str = "") -> list[str]:  # noqa: ANN001
    """Features for the ACLED codebook's distinctions (module docstring): Battles are
    clashes of two organised armed groups, Violence against civilians an armed group
    attacking unarmed people, Riots violence by demonstrators or a mob, Strategic
    developments non-violent acts (ACLED Codebook 2023, event type definitions). Each
    is a string such as ``pair=REB>CVL``, ``armed=True>False>True`` (source armed,
    target armed, people killed), ``tgt_head=village``, ``whose=soldiers``,
    ``clash=True``, ``remote=Air/drone strike``."""
    sentence = mention.evidence.sentence
    sources = [a.sector or "unknown" for a in mention.source_actors] or ["none"]
    targets = [a.sector or "unknown" for a in mention.target_actors] or ["none"]
    src_armed = any(armed(a) for a in mention.source_actors)
    tgt_armed = any(armed(a) for a in mention.target_actors)
    killed = mention.fatalities is not None and (mention.fatalities.min or 0) > 0
    out = [f"pair={s}>{t}" for s in sorted(set(sources)) for t in sorted(set(targets))]
    out += [f"armedpair={src_armed}>{tgt_armed}", f"armed={src_armed}>{tgt_armed}>{killed}",
            f"tgt_civ={any(a.sector == 'CVL' for a in mention.target_actors)}",
            f"plover_armed={mention.event_type}>{src_armed}>{tgt_armed}"]
    out += [f"tgt_head={a.name.lower().split()[-1]}" for a in mention.target_actors if a.generic and a.name.split()]
    out += [f"src_head={a.name.lower().split()[-1]}" for a in mention.source_actors if a.generic and a.name.split()]
    whose = (mention.fatalities.whose or "") if mention.fatalities else ""
    out += [f"whose={w}" for w in re.findall(r"[a-z]+", whose.lower())]
    out += [f"victims_armed={bool(rules.ARMED_VICTIMS.search(whose))}", f"victims_civil={bool(CIVILIAN_WORDS.search(whose))}",
            f"civil_words={bool(CIVILIAN_WORDS.search(sentence))}", f"armed_words={bool(rules.ARMED_VICTIMS.search(sentence))}"]
    if mention.evidence.trigger is not None:
        out.append(f"trig={mention.evidence.trigger.text.lower()}")
    out += [f"clash={bool(rules.CLASH_WORDS.search(sentence))}", f"mob={bool(rules.MOB.search(sentence))}",
            f"vdemo={bool(rules.VIOLENT_DEMO.search(sentence))}", f"interv={bool(rules.INTERVENTION.search(sentence))}",
            f"disrupted={bool(rules.DISRUPTED.search(sentence))}", f"regain={bool(rules.REGAIN.search(sentence))}",
            f"overtake={bool(rules.OVERTAKE.search(sentence))}"]
    out += [f"remote={label}" for label in rules.remote_weapons(sentence)]
    injured = mention.injured
    out += [f"ground={bool(rules.GROUND_COMBAT.search(sentence))}", f"combined={rules.combined_attack(sentence)}",
            f"crowd={rules.crowd_act(mention.source_actors, sentence, armed)}",
            f"armed_crowd={bool(rules.ARMED_CROWD.search(sentence))}",
            f"armed_hurt={bool(rules.ARMED_HURT.search(sentence)) or bool(injured and injured.whose and rules.ARMED_VICTIMS.search(injured.whose))}",
            f"property_only={rules.property_only(sentence, killed, injured, mention.target_actors)}",
            f"people_harm={bool(rules.PEOPLE_HARM.search(sentence))}",
            f"tgt_people={any(rules.PEOPLE_TARGET.search(a.name) for a in mention.target_actors)}"]
    if context:
        out += [f"c_clash={bool(rules.CLASH_WORDS.search(context))}", f"c_mob={bool(rules.MOB.search(context))}",
                f"c_ground={bool(rules.GROUND_COMBAT.search(context))}", f"c_harm={bool(rules.PEOPLE_HARM.search(context))}"]
        out += [f"c_remote={label}" for label in rules.remote_weapons(context)]
    out.append(f"status={mention.status}")
    return out


@lru_cache(maxsize=200_000)
def feature_column(feature: str) -> int:
    """Column of a feature string: what scikit-learn's ``FeatureHasher(n_features=
    N_FEATURES, alternate_sign=False)`` computes (absolute value of the signed 32-bit
    MurmurHash3 of the UTF-8 string, seed 0, modulo :data:`N_FEATURES`), cached."""
    from sklearn.utils import murmurhash3_32

    return abs(murmurhash3_32(feature, seed=0)) % N_FEATURES


@dataclass(frozen=True)
class Prediction:
    """The model's ACLED sub-event type for one mention and its probability (0..1);
    ``rule_probability``: the probability the model gives the rules' own sub-event
    type (0 when the model has no such class; None when not asked)."""

    sub_event_type: str
    probability: float
    rule_probability: float | None = None


@dataclass(frozen=True)
class FeatureWeighting:
    """How a mention's hashed feature counts become the model's input vector, applied
    in this order (the scikit-learn ``TfidfTransformer`` steps): ``sublinear``: a count
    ``tf`` becomes ``1 + ln(tf)``; ``idf``: each column times its inverse document
    frequency (length :data:`N_FEATURES`, from the training rows, or None: no
    weighting); ``l2``: the row divided by its Euclidean norm. All off: raw counts."""

    sublinear: bool = False
    idf: np.ndarray | None = None
    l2: bool = False


def weighted_features(counts, weighting: FeatureWeighting):  # noqa: ANN001, ANN201 - scipy.sparse -> csr_matrix
    """Apply ``weighting`` to a sparse matrix of hashed feature counts (rows x
    :data:`N_FEATURES`, as ``FeatureHasher`` gives), returning a new CSR matrix
    (float64). The training script and :meth:`AcledSubtypeModel.scores` both use it, so
    training and inference see the same vectors."""
    from sklearn.preprocessing import normalize

    x = counts.tocsr(copy=True).astype(np.float64)
    if weighting.sublinear:
        np.log(x.data, out=x.data)
        x.data += 1.0
    if weighting.idf is not None:
        x = x.multiply(np.asarray(weighting.idf, dtype=np.float64)[np.newaxis, :]).tocsr()
    if weighting.l2:
        x = normalize(x, norm="l2", copy=False)
    return x


def count_matrix(feature_lists: list[list[str]]):  # noqa: ANN201 - -> scipy.sparse.csr_matrix
    """Hashed feature counts, one row per feature list (rows x :data:`N_FEATURES`; a
    feature present twice counts 2), the same matrix as scikit-learn's ``FeatureHasher(
    n_features=N_FEATURES, input_type="string", alternate_sign=False)``."""
    from scipy.sparse import csr_matrix

    rows, cols = [], []
    for row, features in enumerate(feature_lists):
        rows += [row] * len(features)
        cols += [feature_column(f) for f in features]
    x = csr_matrix((np.ones(len(cols)), (rows, cols)), shape=(len(feature_lists), N_FEATURES))
    x.sum_duplicates()
    return x


class AcledSubtypeModel:
    """The packaged weights (``classes``, ``coef`` classes x :data:`N_FEATURES`,
    ``intercept``), the feature weighting they were trained with
    (:class:`FeatureWeighting`) and the blend policy chosen with them
    (``min_probability``, ``margin``: :func:`blended_types`), with :meth:`predict`.
    Load once (:func:`load_acled_model`) and keep it in the coder object."""

    def __init__(self, classes: np.ndarray, coef: np.ndarray, intercept: np.ndarray,
                 trained_on: np.ndarray | None = None, weighting: FeatureWeighting | None = None,
                 min_probability: float | None = None, margin: float = 0.0, delexicalised: bool = False,
                 actor_codes: bool = True, override_from: frozenset[str] | None = None,
                 capitalised: bool = False) -> None:
        if coef.shape != (len(classes), N_FEATURES) or intercept.shape != (len(classes),):
            raise ValueError(f"ACLED model weights have shape {coef.shape}/{intercept.shape}, "
                             f"expected ({len(classes)}, {N_FEATURES})/({len(classes)},)")
        weighting = weighting or FeatureWeighting()
        if weighting.idf is not None and np.shape(weighting.idf) != (N_FEATURES,):
            raise ValueError(f"ACLED model idf has shape {np.shape(weighting.idf)}, expected ({N_FEATURES},)")
        self.classes = [str(c) for c in classes]
        self.coef = coef.astype(np.float32)
        self.intercept = intercept.astype(np.float32)
        self.weighting = weighting
        self.min_probability = MODEL_MIN_PROBABILITY if min_probability is None else float(min_probability)
        self.margin = float(margin)
        self.delexicalised = bool(delexicalised)
        self.actor_codes = bool(actor_codes)
        self.capitalised = bool(capitalised)
        self.override_from = frozenset(override_from) if override_from is not None else None
        self._trained_on = set(int(x) for x in trained_on) if trained_on is not None else set()

    @classmethod
    def load(cls, path: str | Path) -> "AcledSubtypeModel":
        """Read a model file written by :meth:`save` (a file without weighting or blend
        arrays: raw counts, :data:`MODEL_MIN_PROBABILITY`, no margin; without feature
        arrays: words as written, actor codes, overrides from every type). Raises
        ``ValueError`` naming the path when the file is not such a model."""
        try:
            with np.load(path, allow_pickle=False) as data:
                weighting = FeatureWeighting(
                    sublinear=bool(data["sublinear"]) if "sublinear" in data else False,
                    idf=data["idf"].astype(np.float32) if "idf" in data else None,
                    l2=bool(data["l2"]) if "l2" in data else False)
                return cls(data["classes"], data["coef"], data["intercept"], data["trained_on"], weighting,
                           float(data["min_probability"]) if "min_probability" in data else None,
                           float(data["margin"]) if "margin" in data else 0.0,
                           bool(data["delexicalised"]) if "delexicalised" in data else False,
                           bool(data["actor_codes"]) if "actor_codes" in data else True,
                           frozenset(str(x) for x in data["override_from"]) if "override_from" in data else None,
                           bool(data["capitalised"]) if "capitalised" in data else False)
        except (OSError, KeyError, ValueError) as exc:
            raise ValueError(f"{path}: not a crisisdesk ACLED model file ({exc})") from exc

    def save(self, path: str | Path) -> None:
        """Write the weights as a compressed NumPy ``.npz`` archive (float16 weights,
        float32 idf, no pickle) at exactly ``path``, whatever its suffix: written through
        an open file, since ``numpy.savez_compressed`` given a name adds ".npz" to one
        without it (``--out /tmp/x.json`` wrote ``/tmp/x.json.npz`` and the training script
        then failed to find ``/tmp/x.json``). :meth:`load` reads the archive by content.
        Raises ``OSError`` when the file cannot be written."""
        extra = {"idf": np.asarray(self.weighting.idf, dtype=np.float32)} if self.weighting.idf is not None else {}
        if self.override_from is not None:
            extra["override_from"] = np.array(sorted(self.override_from), dtype=str)
        with open(path, "wb") as handle:
            np.savez_compressed(handle, classes=np.array(self.classes, dtype=str), coef=self.coef.astype(np.float16),
                                intercept=self.intercept,
                                trained_on=np.array(sorted(self._trained_on), dtype=np.uint64),
                                sublinear=np.array(self.weighting.sublinear), l2=np.array(self.weighting.l2),
                                min_probability=np.array(self.min_probability), margin=np.array(self.margin),
                                delexicalised=np.array(self.delexicalised), actor_codes=np.array(self.actor_codes),
                                capitalised=np.array(self.capitalised), **extra)

    def features(self, mention: EventMention, armed, context: str = "",  # noqa: ANN001
                 masks: NameMasks | None = None) -> list[str]:
        """The feature strings this model reads for a mention (:func:`mention_features`
        with the model's own feature options: delexicalised by ``masks``, the
        document's names, when :attr:`delexicalised`, numbers and dates then masked
        even without them; actor codes when :attr:`actor_codes`)."""
        if self.delexicalised:
            return mention_features(mention, armed, context, masks or NameMasks({}), self.actor_codes, self.capitalised)
        return mention_features(mention, armed, context, None, self.actor_codes)

    def trained_on(self, event_id: str) -> bool:
        """True when the ACLED event ``event_id`` was in this model's training data."""
        return event_id_hash(event_id) in self._trained_on

    def scores(self, feature_lists: list[list[str]]) -> np.ndarray:
        """Class probabilities, one row per feature list (softmax of the linear scores
        of the weighted hashed counts, :func:`weighted_features`; a feature present
        twice counts twice, as in ``FeatureHasher``)."""
        logits = np.stack([self.coef[:, columns] @ values
                           for columns, values in map(self._weighted_row, feature_lists)]) + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        return probs / probs.sum(axis=1, keepdims=True)

    def _weighted_row(self, features: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(columns, values) of one feature list after :attr:`weighting`: the same
        numbers as that row of ``weighted_features(count_matrix([features]), weighting)``,
        computed with NumPy alone (the sparse-matrix path costs ~1.5 ms a mention, more
        than the rest of the coding)."""
        counts = Counter(map(feature_column, features))
        columns = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        values = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        if self.weighting.sublinear:
            values = 1.0 + np.log(values)
        if self.weighting.idf is not None:
            values = values * np.asarray(self.weighting.idf, dtype=np.float64)[columns]
        if self.weighting.l2:
            norm = float(np.sqrt(values @ values))
            if norm > 0:
                values = values / norm
        return columns, values

    def predict(self, features: list[str], rule_sub_event_type: str | None = None) -> Prediction:
        """The most probable sub-event type for one mention's features; with
        ``rule_sub_event_type`` (the rules' answer) also the probability of that type."""
        probs = self.scores([features])[0]
        best = int(probs.argmax())
        rule_probability = None
        if rule_sub_event_type is not None:
            rule_probability = float(probs[self.classes.index(rule_sub_event_type)]) \
                if rule_sub_event_type in self.classes else 0.0
        return Prediction(self.classes[best], float(probs[best]), rule_probability)


#: Below this probability the model's sub-event type does not replace the rules' at all
#: (the rules' codebook tests are right more often than an unsure model). The default
#: for a model file without its own policy (files written before it had one); the
#: training script writes the minimum probability and margin chosen by the out-of-fold
#: blend into the file (:attr:`AcledSubtypeModel.min_probability`), and the coder uses
#: those. 0.8 was chosen by 5-fold cross-validation of the blend for the raw-count C=4
#: model (0 .. 0.95 tried: event_type accuracy 0.851 .. 0.858, the rules alone 0.856).
MODEL_MIN_PROBABILITY = 0.8


def blended_types(mention: EventMention, prediction: Prediction, ontology,  # noqa: ANN001
                  min_probability: float = MODEL_MIN_PROBABILITY, margin: float = 0.0,
                  override_from: frozenset[str] | None = None) -> tuple[str | None, str | None]:
    """(ACLED event_type, sub_event_type) of a mention the rules typed, given the
    model's prediction: the model's sub-event type, with its event type from the
    codebook table (``ontology.acled_event_type_of``), unless its probability is under
    ``min_probability`` (the packaged model's own, :attr:`AcledSubtypeModel.min_probability`,
    in the coder), or exceeds the probability it gives the rules' type
    (``prediction.rule_probability``, when known) by less than ``margin``, or it gives a Protests or Riots type to the act of a
    named organised armed actor (ACLED codebook: Protests and Riots are acts of
    demonstrators and of mobs, not of organised armed groups), or it turns an arrest
    the rules coded as a strategic development into political violence
    (:data:`VIOLENT_TYPES`) while the sentence does not report the detainees harmed
    (codebook: Arrests), or it turns a Battle whose dead are armed people killed by an
    armed doer (:func:`crisisdesk.coding.acled.armed_dead_reported`: "the army said it
    had killed more than twenty assailants") into Violence against civilians (codebook:
    that type is violence on unarmed people), or it takes a shelling the rules read from
    the sentence's own artillery, rocket or mortar words out of Explosions/Remote
    violence with no shooting or ground fighting in the sentence (:func:`_remote_fire_kept`),
    or ``override_from`` (None: every type) does
    not hold the rules' sub-event type (the training script keeps there only the types
    whose overrides were right more often than wrong out of fold); then the rules'
    types stand."""
    rules = (mention.acled_event_type, mention.acled_sub_event_type)
    if override_from is not None and rules[1] not in override_from:
        return rules
    if prediction.probability < min_probability:
        return rules
    if prediction.rule_probability is not None and prediction.probability - prediction.rule_probability < margin:
        return rules
    event_type = ontology.acled_event_type_of(prediction.sub_event_type)
    if event_type is None:
        return rules
    if event_type in {"Protests", "Riots"} and any(not a.generic and is_armed(a) for a in mention.source_actors):
        return rules  # codebook: demonstrators and mobs are not organised armed groups (JNIM is no mob)
    if event_type == "Violence against civilians" and rules[0] == "Battles" \
            and any(is_armed(a) for a in mention.source_actors) \
            and armed_dead_reported(mention.evidence.sentence, mention.fatalities):
        return rules  # codebook: the armed dead of an armed doer make a Battle, not an attack on civilians
    if _remote_fire_kept(rules, event_type, mention.evidence.sentence):
        return rules  # codebook: artillery, rockets and mortars make remote violence whoever they hit
    if event_type in VIOLENT_TYPES and rules[0] == "Strategic developments" and mention.event_type not in {
            "ASSAULT", "PROTEST"}:
        if mention.mode == "arrest":  # codebook: Strategic developments/Arrests unless detainees are harmed
            return (event_type, prediction.sub_event_type) if _harmed_in_custody(mention) else rules
    return event_type, prediction.sub_event_type


#: Direct fire by people at the scene ("opened fire on civilians", "gunmen shot"): with
#: it a shelling in the same sentence may be only the circumstance of a shooting.
DIRECT_FIRE = re.compile(r"\b(open(ed|ing|s)? fire|shot|shoot\w*|gunm[ae]n|guns?|rifles?|machine[- ]guns?|"
                         r"small[- ]arms|kalashnikovs?)\b", re.I)


def _remote_fire_kept(rule_types: tuple[str | None, str | None], model_event_type: str | None,
                      sentence: str) -> bool:
    """Whether the rules' Shelling/artillery/missile attack stands against a model type
    outside Explosions/Remote violence: the sentence names artillery, rockets, mortars or
    shells (:func:`crisisdesk.coding.acled.remote_weapons` gives that sub-type) and reports
    no shooting (:data:`DIRECT_FIRE`) and no ground fighting
    (:data:`crisisdesk.coding.acled.GROUND_COMBAT`). ACLED Codebook 2023, Explosions/Remote
    violence: one-sided violence by a weapon whose user is not at the scene, coded so
    whoever it hits (civilians included: this type takes precedence over Violence
    against civilians); with ground fighting it is a Battle, which the rules read
    themselves (:func:`crisisdesk.coding.acled.combined_attack`). ``rule_types``: the
    rules' (event_type, sub_event_type); ``model_event_type``: the event type of the
    model's sub-type. Training split (ACLED Mali 2017-2019, packaged model): the blend
    turns one rules' shelling into another type, a note whose soldiers "opened fire"
    on civilians after mortar fire (gold Attack), which this guard leaves to the model
    (0 training rows changed; s13b-types)."""
    if rule_types[1] != "Shelling/artillery/missile attack" or model_event_type == "Explosions/Remote violence":
        return False
    if "Shelling/artillery/missile attack" not in rules.remote_weapons(sentence):
        return False
    return not (DIRECT_FIRE.search(sentence) or rules.GROUND_COMBAT.search(sentence))


#: ACLED event types of political violence (ACLED Codebook): a strategic development
#: becomes one of these only with evidence of violence.
VIOLENT_TYPES = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})


def _harmed_in_custody(mention: EventMention) -> bool:
    """Whether an arrest's sentence reports the detainees killed (also "burned them
    alive", their corpses found), tortured, beaten or disappeared
    (:data:`crisisdesk.coding.acled.CUSTODY_HARM`; ACLED Codebook: then Violence against
    civilians, not Arrests)."""
    killed = mention.fatalities is not None and (mention.fatalities.min or 0) > 0
    return killed or bool(rules.CUSTODY_HARM.search(mention.evidence.sentence))


@lru_cache(maxsize=1)
def load_acled_model() -> AcledSubtypeModel | None:
    """The packaged model, loaded once per process; None when the package ships none."""
    resource = resources.files("crisisdesk") / "data" / "models" / MODEL_FILE
    if not resource.is_file():
        return None
    with resources.as_file(resource) as path:
        return AcledSubtypeModel.load(path)
