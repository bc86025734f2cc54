"""Shared test fixtures: the team's shared data (read in place, never copied), a
database URL parametrised over SQLite and PostgreSQL, a local HTTP server."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.postgres import ThrowawayPostgres, find_pg_bin

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA}")
    return SHARED_DATA



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


@pytest.fixture
def web():
    """A local HTTP server (127.0.0.1, free port) with programmable routes."""
    from tests.support.webserver import LocalWebServer

    server = LocalWebServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def annotator():
    """The annotation stage with the real spaCy model and gazetteer, loaded once per
    test session (loading takes ~15-30 s)."""
    from crisisdesk.annotate import load_annotator

    return load_annotator()
