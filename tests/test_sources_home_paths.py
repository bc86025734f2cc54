"""An input path written with ``~`` (quoted on the command line, so the shell left it)
is read from the home directory, as ``--db '~/x.db'`` already was (s12-tester: it was
rejected ``not_found``)."""

from __future__ import annotations

from pathlib import Path

from crisisdesk.records import RawDocument, Reject
from crisisdesk.sources.files import iter_raw_documents


def test_a_tilde_path_is_read_from_home(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "saved.txt").write_text("Gunmen attacked a convoy near Kayes on Monday, officials said.\n",
                                        encoding="utf-8")
    [item] = list(iter_raw_documents([Path("~/saved.txt")]))
    assert isinstance(item, RawDocument), item
    assert item.uri == str(tmp_path / "saved.txt")


def test_a_missing_tilde_path_is_not_found_under_its_expanded_name(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    [item] = list(iter_raw_documents([Path("~/missing.txt")]))
    assert isinstance(item, Reject) and item.reason == "not_found"
    assert item.uri == str(tmp_path / "missing.txt")
