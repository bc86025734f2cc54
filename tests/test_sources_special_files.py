"""A directory holding a named pipe (or a pipe named on the command line) must not hang
the run: opening a FIFO for reading blocks until a writer appears. Special files are
rejected with their path and the reason, the other files are read."""

from __future__ import annotations

import os
import threading

import pytest

from crisisdesk.records import RawDocument, Reject
from crisisdesk.sources.files import iter_raw_documents

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")


def _collect(paths, timeout_s: float = 20.0):
    items: list = []
    worker = threading.Thread(target=lambda: items.extend(iter_raw_documents(paths)), daemon=True)
    worker.start()
    worker.join(timeout_s)
    assert not worker.is_alive(), "reading the inputs blocked (a named pipe was opened)"
    return items


def test_a_named_pipe_in_a_directory_is_rejected_and_the_rest_read(tmp_path):
    (tmp_path / "a-article.txt").write_text("Gunmen attacked a convoy near Kayes on Monday.\n", encoding="utf-8")
    os.mkfifo(tmp_path / "b-pipe")
    items = _collect([tmp_path])
    documents = [i for i in items if isinstance(i, RawDocument)]
    rejects = [i for i in items if isinstance(i, Reject)]
    assert [d.uri for d in documents] == [str(tmp_path / "a-article.txt")]
    assert [(r.uri, r.reason) for r in rejects] == [(str(tmp_path / "b-pipe"), "not_regular_file")]
    assert "named pipe" in rejects[0].detail


def test_a_named_pipe_given_on_the_command_line_is_rejected(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    [item] = _collect([tmp_path / "pipe"])
    assert isinstance(item, Reject) and item.reason == "not_regular_file"


def test_the_run_input_source_does_not_open_a_named_pipe_to_sniff_it(tmp_path):
    """``crisisdesk run`` sniffs files for WARC and feeds: only regular files are opened."""
    from crisisdesk.sources.dispatch import InputSource

    (tmp_path / "a-article.txt").write_text("Gunmen attacked a convoy near Kayes on Monday.\n", encoding="utf-8")
    os.mkfifo(tmp_path / "b-pipe")
    items: list = []
    worker = threading.Thread(target=lambda: items.extend(InputSource([tmp_path], None)), daemon=True)
    worker.start()
    worker.join(20.0)
    assert not worker.is_alive(), "sniffing the inputs blocked (a named pipe was opened)"
    assert [(type(i).__name__, i.uri) for i in items] == [
        ("RawDocument", str(tmp_path / "a-article.txt")), ("Reject", str(tmp_path / "b-pipe"))]
