"""A throwaway PostgreSQL server for tests: ``initdb`` + ``pg_ctl`` in a temporary
directory, listening on a unix socket only (no TCP port, nothing shared).

``initdb`` refuses to run as root, so when the tests run as root (CI and sessions on
this machine do) the server runs as the unprivileged ``postgres`` system user that the
Debian ``postgresql-15`` package creates. Binaries are looked up in
``$CRISISDESK_PG_BIN``, then ``/usr/lib/postgresql/<15..17>/bin``, then ``$PATH``.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

PG_SUPERUSER = "crisisdesk"


def find_pg_bin() -> Path | None:
    """Directory holding ``initdb`` and ``pg_ctl``, or None when PostgreSQL is absent."""
    candidates = []
    if os.environ.get("CRISISDESK_PG_BIN"):
        candidates.append(Path(os.environ["CRISISDESK_PG_BIN"]))
    candidates += [Path(f"/usr/lib/postgresql/{v}/bin") for v in (17, 16, 15)]
    which = shutil.which("initdb")
    if which:
        candidates.append(Path(which).parent)
    for directory in candidates:
        if (directory / "initdb").exists() and (directory / "pg_ctl").exists():
            return directory
    return None


def _run_as() -> str | None:
    """User to run the server as: None for the current user, ``postgres`` under root."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError as exc:
        raise RuntimeError("running as root and no 'postgres' system user to run initdb as") from exc
    return "postgres"


class ThrowawayPostgres:
    """Start with ``start()``, get database URLs with ``create_database()``, ``stop()``
    removes everything. Raises ``RuntimeError`` (with initdb/pg_ctl output) when the
    server cannot be started."""

    def __init__(self, bin_dir: Path):
        self.bin_dir = bin_dir
        self.user = _run_as()
        self.root = Path(tempfile.mkdtemp(prefix="crisisdesk-pg-"))
        self.data = self.root / "data"
        self._template_ready = False
        if self.user:
            shutil.chown(self.root, user=self.user)
        os.chmod(self.root, 0o755)

    def _cmd(self, *args: str) -> subprocess.CompletedProcess:
        cmd = [str(self.bin_dir / args[0]), *args[1:]]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed: {result.stdout}{result.stderr}")
        return result

    def start(self) -> "ThrowawayPostgres":
        self._cmd("initdb", "-D", str(self.data), "-A", "trust", "-U", PG_SUPERUSER,
                  "-E", "UTF8", "--no-sync", "--locale=C")
        options = f"-k {self.root} -c listen_addresses='' -F -c max_connections=50"
        self._cmd("pg_ctl", "-D", str(self.data), "-o", options, "-w",
                  "-l", str(self.root / "server.log"), "start")
        return self

    def url(self, dbname: str = "postgres") -> str:
        """SQLAlchemy URL (psycopg 3 driver) for ``dbname`` over the unix socket."""
        return f"postgresql+psycopg://{PG_SUPERUSER}@/{dbname}?host={self.root}"

    def create_database(self) -> str:
        """Create a fresh database at the current schema (a copy of a template that
        the migrations ran on once per session) and return its URL."""
        import psycopg

        if not self._template_ready:
            self._execute('CREATE DATABASE "crisisdesk_template"')
            from crisisdesk.store.db import open_database

            open_database(self.url("crisisdesk_template")).dispose()
            self._template_ready = True
        name = "t_" + uuid.uuid4().hex[:12]
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "crisisdesk_template"')
        return self.url(name)

    def _execute(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(host=str(self.root), user=PG_SUPERUSER, dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(sql)

    def stop(self) -> None:
        try:
            self._cmd("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
