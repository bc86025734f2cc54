"""coder.sentences_indexed: Token.sent answered from one pass over the Doc's sentences
while a Doc is coded, the same sentences as spaCy's, and the Doc's hooks restored."""

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from crisisdesk.coding.coder import sentences_indexed

WORDS = ["Rain", "fell", "on", "the", "hills", ".", "The", "road", "closed", ".", "Trucks", "waited", "."]
STARTS = [True, False, False, False, False, False, True, False, False, False, True, False, False]


def _doc(sent_starts=STARTS) -> Doc:  # noqa: ANN001
    return Doc(Vocab(), words=WORDS, sent_starts=sent_starts)


def test_each_token_gets_the_sentence_spacy_gives() -> None:
    doc = _doc()
    expected = [(tok.sent.start, tok.sent.end) for tok in doc]
    with sentences_indexed(doc):
        assert "sent" in doc.user_token_hooks
        assert [(tok.sent.start, tok.sent.end) for tok in doc] == expected
        assert doc[7].sent.text == "The road closed ."
        assert doc[7].sent is doc[6].sent  # one Span per sentence
    assert expected[11] == (10, 13)
    assert "sent" not in doc.user_token_hooks


def test_hooks_restored_after_an_error() -> None:
    doc = _doc()
    with pytest.raises(RuntimeError):
        with sentences_indexed(doc):
            raise RuntimeError("coding failed")
    assert "sent" not in doc.user_token_hooks


def test_a_doc_with_its_own_sent_hook_keeps_it() -> None:
    doc = _doc()
    own = lambda tok: doc[0:1]  # noqa: E731
    doc.user_token_hooks["sent"] = own
    with sentences_indexed(doc):
        assert doc[8].sent.text == "Rain"
    assert doc.user_token_hooks["sent"] is own


def test_a_doc_without_sentence_boundaries_raises_as_before() -> None:
    doc = Doc(Vocab(), words=WORDS)
    with sentences_indexed(doc):
        assert "sent" not in doc.user_token_hooks
        with pytest.raises(ValueError):
            doc[3].sent
