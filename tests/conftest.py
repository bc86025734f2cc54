"""Shared fixtures: a database URL parametrised over SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from tests.support.postgres import ThrowawayPostgres, find_pg_bin


@pytest.fixture(scope="session")
def postgres_server():
    """One throwaway PostgreSQL server for the whole session (skips when absent)."""
    bin_dir = find_pg_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) not found: set CRISISDESK_PG_BIN")
    try:
        server = ThrowawayPostgres(bin_dir).start()
    except RuntimeError as exc:
        pytest.skip(f"cannot start a throwaway PostgreSQL server: {exc}")
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh, empty database URL: a SQLite file, then a new PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'crisisdesk.db'}"
    return request.getfixturevalue("postgres_server").create_database()


# -- shared data (read in place, never copied into the repository) -------------------
from pathlib import Path  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"


@pytest.fixture
def shared_data() -> Path:
    """``../shared/data`` beside the repository (skips when it is absent)."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA}")
    return SHARED_DATA
