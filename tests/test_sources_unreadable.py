"""A file or directory the user may not read is rejected as ``unreadable`` with its path;
the other files of the walk are still read.

Permissions do not bind root, so as root the reading runs in a child process without the
capabilities that bypass them (util-linux ``setpriv``); as another user it runs directly.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

READ_ITEMS = """
import json, sys
from crisisdesk.records import Reject
from crisisdesk.sources.files import iter_raw_documents
out = []
for item in iter_raw_documents([sys.argv[1]]):
    if isinstance(item, Reject):
        out.append(["reject", item.uri, item.reason, item.detail])
    else:
        out.append(["document", item.uri])
print(json.dumps(out))
"""


def _without_permission_override() -> list[str]:
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: permissions cannot be enforced")
    drop = "-dac_override,-dac_read_search"
    return [setpriv, f"--bounding-set={drop}", f"--inh-caps={drop}"]


def _read_items(root: Path) -> list[list[str]]:
    command = [*_without_permission_override(), sys.executable, "-c", READ_ITEMS, str(root)]
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


ARTICLE = "Militia fighters burned three granaries in a hamlet on Monday, the district chief said.\n"


@pytest.fixture
def tree(tmp_path):
    root = tmp_path / "inbox"
    (root / "closed").mkdir(parents=True)
    (root / "closed" / "inside.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "locked.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "open.txt").write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")
    os.chmod(root / "closed", 0)
    os.chmod(root / "locked.txt", 0)
    yield root
    os.chmod(root / "closed", 0o755)
    os.chmod(root / "locked.txt", 0o644)


def test_unreadable_directory_is_rejected_and_the_walk_goes_on(tree):
    items = _read_items(tree)
    rejects = {Path(uri).name: (reason, detail) for kind, uri, *rest in items if kind == "reject"
               for reason, detail in [rest]}
    documents = [Path(uri).name for kind, uri, *_ in items if kind == "document"]
    # before: the raw-store check of the closed directory raised PermissionError and
    # stopped the whole run with a traceback
    assert documents == ["open.txt"]
    assert rejects["closed"][0] == "unreadable"
    assert "Permission denied" in rejects["closed"][1]
    assert rejects["locked.txt"][0] == "unreadable"
    assert "inside.txt" not in rejects


def test_unreadable_directory_given_itself_is_rejected(tree):
    items = _read_items(tree / "closed")
    assert [(kind, Path(uri).name, reason) for kind, uri, reason, *_ in items] == [
        ("reject", "closed", "unreadable")]
