"""The migrations build the schema the models describe, on a real SQLite file."""

from sqlalchemy import inspect

from crisisdesk.store.db import open_database, resolve_db_url
from crisisdesk.store.models import Base


def test_migrations_create_every_model_table(db_url):
    engine = open_database(db_url)
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_open_twice_is_idempotent(db_url):
    open_database(db_url)
    engine = open_database(db_url)
    with engine.connect() as conn:
        version = conn.exec_driver_sql("select version_num from alembic_version").scalar()
    from alembic.script import ScriptDirectory

    from crisisdesk.store.db import alembic_config

    heads = ScriptDirectory.from_config(alembic_config("sqlite://")).get_heads()
    assert len(heads) == 1 and version == heads[0]


def test_resolve_db_url_accepts_paths_and_env(monkeypatch):
    monkeypatch.delenv("CRISISDESK_DB", raising=False)
    assert resolve_db_url(None) == "sqlite:///crisisdesk.db"
    assert resolve_db_url("/tmp/a.db") == "sqlite:////tmp/a.db"
    monkeypatch.setenv("CRISISDESK_DB", "postgresql://u@h/db")
    assert resolve_db_url(None) == "postgresql://u@h/db"
    assert resolve_db_url("sqlite:///b.db") == "sqlite:///b.db"
