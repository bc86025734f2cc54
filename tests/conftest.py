"""Shared pytest fixtures. Each engineer adds fixtures here; keep additions additive."""

from __future__ import annotations

from pathlib import Path

import pytest

#: ``shared/data`` beside the repository (CI clones the repo with ``shared/`` next to it).
SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture(scope="session")
def annotator():
    """The annotation stage with the real spaCy model and gazetteer, loaded once per
    test session (loading takes ~15-30 s)."""
    from crisisdesk.annotate import Annotator
    from crisisdesk.config import Settings

    return Annotator(Settings.from_env())
