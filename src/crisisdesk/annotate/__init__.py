"""Annotation stage: actors, places and times recognised and resolved in articles.

Public API: :class:`Annotator` (``annotate(article) -> Doc``, ``annotate_many``).
"""

from crisisdesk.annotate.annotator import Annotator, load_annotator
from crisisdesk.annotate.nlp import ModelNotInstalled

__all__ = ["Annotator", "ModelNotInstalled", "load_annotator"]
