"""The caches of the coding stage give what the uncached computation gives.

``lexicon.verb_lemmas`` (cached per form), the lexicon's head words per part of speech
(built once at load) and ``acled.remote_weapons`` (cached per sentence) only make
coding faster: each is compared here with the computation it replaces, on words and
sentences written for this test, and a caller that changes a returned list must not
change what the next call returns. No model is loaded."""

from __future__ import annotations

import pytest
from lemminflect import getLemma

from crisisdesk.coding import acled
from crisisdesk.coding.lexicon import Lexicon, verb_lemmas


@pytest.mark.parametrize("form", ["retook", "overran", "shot", "fought", "walked", "qwzzxt"])
def test_verb_lemmas_cached_equal_uncached(form: str) -> None:
    uncached = {lemma.lower() for lemma in getLemma(form, upos="VERB")}
    assert verb_lemmas(form) == uncached
    assert verb_lemmas(form) == uncached  # the second call is served by the cache


def test_verb_lemmas_known_values() -> None:
    assert "retake" in verb_lemmas("retook")
    assert "overrun" in verb_lemmas("overran")
    assert verb_lemmas("qwzzxt") <= {"qwzzxt"}  # no English verb: at most the form itself


def test_lexicon_head_words_equal_the_entries_heads() -> None:
    lexicon = Lexicon.load()
    for part in ("VERB", "NOUN"):
        expected = {word for (pos, word) in lexicon._by_head if pos == part}
        assert lexicon._head_words[part] == expected
    assert "attack" in lexicon._head_words["NOUN"]
    assert "attack" in lexicon._head_words["VERB"]


def _remote_uncached(sentence: str) -> list[str]:
    text = acled.remote_weapon_text(sentence)
    return [label for pattern, label in acled.REMOTE if pattern.search(text)]


SENTENCES = [
    "Insurgents shelled the garrison town with mortars overnight, residents said.",
    "A roadside bomb struck a supply truck on the road north of the camp.",
    "Fighters attacked the outpost with rocket-propelled grenades and rifles.",
    "A drone strike hit a house where commanders had gathered.",
    "Traders reopened the market on Tuesday after a week of calm.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_remote_weapons_cached_equal_uncached(sentence: str) -> None:
    first = acled.remote_weapons(sentence)
    assert first == _remote_uncached(sentence)
    first.append("changed by a caller")
    assert acled.remote_weapons(sentence) == _remote_uncached(sentence)  # the cache kept its own copy


def test_remote_weapons_values() -> None:
    assert acled.remote_weapons(SENTENCES[0]) == ["Shelling/artillery/missile attack"]
    assert acled.remote_weapons(SENTENCES[1]) == ["Remote explosive/landmine/IED"]
    assert acled.remote_weapons(SENTENCES[2]) == []  # shoulder-fired launchers are no shelling
    assert acled.remote_weapons(SENTENCES[4]) == []
