"""A database in a directory the user may not write: the read commands open it
read-only (SQLite ``mode=ro``, ``immutable=1`` without a ``-wal`` file) and work; a
command that writes ends with a message naming the real cause (the directory is not
writable), not "check that its directory exists".

Permissions do not bind root, so the commands run in a forked copy of the test process
that first drops the capabilities which bypass them (CAP_DAC_OVERRIDE and
CAP_DAC_READ_SEARCH, capset(2) through ctypes; what util-linux ``setpriv`` did for the
child process this test started before, which took about 4 s to import the CLI again).
The fork inherits the imported modules, so the commands run at once, against the real
SQLite file."""

from __future__ import annotations

import contextlib
import ctypes
import io
import json
import os
import sys
import traceback
from datetime import datetime, timezone

import pytest
from typer.testing import CliRunner

from crisisdesk.cli import _register, app, main
from crisisdesk.records import Article, Evidence, EventMention
from crisisdesk.store import repository
from crisisdesk.store.db import open_database

_register()  # the sub-commands are imported once, with the module, and inherited by the fork

#: Linux capability numbers (linux/capability.h) and the capset(2) header version 3.
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 1, 2
_LINUX_CAPABILITY_VERSION_3 = 0x20080522


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]


def _drop_permission_override() -> None:
    """Remove CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from this process (all three
    sets), so file permissions bind it even as root. Raises ``OSError`` on failure."""
    libc = ctypes.CDLL(None, use_errno=True)
    header, data = _CapHeader(_LINUX_CAPABILITY_VERSION_3, 0), (_CapData * 2)()
    if libc.capget(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capget failed")
    keep = ~((1 << CAP_DAC_OVERRIDE) | (1 << CAP_DAC_READ_SEARCH)) & 0xFFFFFFFF
    for field in ("effective", "permitted", "inheritable"):
        setattr(data[0], field, getattr(data[0], field) & keep)
    if libc.capset(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capset failed")


def _commands(db: str, article: str) -> dict:
    """The read commands, then ``run`` (a writer), as a user would type them."""
    out = {}
    for name, args in {"articles": ["articles"], "events": ["events", "--json"],
                       "export": ["export", "--format", "csv"]}.items():
        result = CliRunner().invoke(app, ["--db", db, *args])
        out[name] = [result.exit_code, result.stdout, str(result.exception or "")]
    err = io.StringIO()
    sys.argv = ["crisisdesk", "--db", db, "run", "--no-nlp", "-q", article]
    with contextlib.redirect_stderr(err):
        try:
            main()
            code = 0
        except SystemExit as stop:
            code = stop.code
    out["run"] = [code, err.getvalue()]
    return out


def _in_fork_without_permission_override(db: str, article: str) -> dict:
    """``_commands`` in a forked child without the permission-bypassing capabilities;
    its result comes back as JSON through a pipe (a traceback on failure)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        status = 0
        try:
            os.close(read_end)
            _drop_permission_override()
            payload = json.dumps({"out": _commands(db, article)})
        except BaseException:  # noqa: BLE001 - reported to the parent
            payload, status = json.dumps({"error": traceback.format_exc()}), 1
        with os.fdopen(write_end, "w") as pipe:
            pipe.write(payload)
        os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        payload = json.loads(pipe.read() or '{"error": "no answer from the child"}')
    os.waitpid(pid, 0)
    assert "error" not in payload, payload["error"]
    return payload["out"]


@pytest.fixture
def locked_directory(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    engine = open_database(str(folder / "desk.db"))
    text = "Gunmen attacked a market in Gao on Friday, residents said."
    article = Article(article_id="e" * 64, text=text, content_hash="f" * 64, source_uri="gao.txt",
                      title="Market attacked in Gao", fetched_at=datetime(2025, 11, 12, 8, tzinfo=timezone.utc))
    mention = EventMention(mention_id="m-gao", article_id=article.article_id, event_type="ASSAULT",
                           evidence=Evidence(text, 0, len(text)))
    repository.save_article(engine, article, [mention])
    engine.dispose()  # the last connection checkpoints the WAL and removes the -wal file
    assert not (folder / "desk.db-wal").exists()
    (tmp_path / "new.txt").write_text("Soldiers clashed with gunmen near Kati on Monday.\n", encoding="utf-8")
    os.chmod(folder, 0o555)
    yield folder
    os.chmod(folder, 0o755)


def test_read_commands_read_a_database_in_a_read_only_directory(locked_directory):
    out = _in_fork_without_permission_override(str(locked_directory / "desk.db"),
                                                str(locked_directory.parent / "new.txt"))
    # before: each ended with "unable to open database file"
    assert out["articles"][0] == 0 and "Market attacked in Gao" in out["articles"][1], out["articles"]
    assert out["events"][0] == 0, out["events"]
    assert out["export"][0] == 0, out["export"]
    code, message = out["run"]
    assert code == 1
    assert f"its directory {locked_directory.resolve()} is not writable" in message, message
    assert "check that its directory exists" not in message
    assert sorted(p.name for p in locked_directory.iterdir()) == ["desk.db"]  # nothing written beside it


def test_the_hint_names_every_command_that_opens_a_database_read_only():
    """The read-only hint listed the read commands without ``rejects``."""
    from pathlib import Path

    from crisisdesk.cli import READ_COMMANDS

    cli = Path(__file__).resolve().parents[1] / "src" / "crisisdesk" / "cli"
    readers = {p.stem for p in cli.glob("*.py") if p.stem != "__init__" and "for_reading=True" in p.read_text(encoding="utf-8")}
    assert readers == set(READ_COMMANDS) and "rejects" in READ_COMMANDS
