"""Raw store: fetched bytes kept on disk, keyed by content hash, so extraction can be
re-run without fetching again.

Layout: ``<root>/<sha256[:2]>/<sha256>`` (one file per distinct body; identical
bodies from different URLs are stored once). The path is recorded in the ``fetches``
table next to the URL.

The root holds a marker file, :data:`MARKER`, so that walking a directory of inputs
(``crisisdesk run .`` where the store was created in the working directory) skips the
store: its bodies were already read through their URLs, and reading them again as local
files would add each fetched page a second time under a text-hash id.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


#: File at the root of every raw store (hidden, so it is never read as an article).
MARKER = ".crisisdesk-raw-store"
#: The default store's directory name (:func:`crisisdesk.sources.http.default_raw_dir`);
#: a directory of that name is a store even when written before markers existed.
DEFAULT_NAME = "crisisdesk-raw"


def is_raw_store(directory: Path) -> bool:
    """True when ``directory`` is a raw store: it holds :data:`MARKER` or has the
    default store's name. A directory that cannot be searched (no execute permission)
    is no store: walking it then reports it unreadable."""
    if directory.name == DEFAULT_NAME:
        return True
    try:
        return (directory / MARKER).is_file()
    except OSError:  # PermissionError on a directory without search permission
        return False


def content_hash(data: bytes) -> str:
    """SHA-256 hex digest of ``data`` (64 characters)."""
    return hashlib.sha256(data).hexdigest()


class RawStore:
    """Content-addressed files under ``root`` (created on first write)."""

    def __init__(self, root: str | Path):
        self.root = Path(root)

    def path_for(self, digest: str) -> Path:
        return self.root / digest[:2] / digest

    def put(self, data: bytes) -> tuple[str, Path]:
        """Store ``data``; returns ``(sha256 hex, path)``. Writing is atomic (temporary
        file then rename), so a crash never leaves a partial body under its hash."""
        digest = content_hash(data)
        path = self.path_for(digest)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            self._mark()
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
        return digest, path

    def _mark(self) -> None:
        marker = self.root / MARKER
        if not marker.exists():
            marker.write_text("crisisdesk raw store: fetched bodies by SHA-256; "
                              "directory walks of `crisisdesk run` skip this directory.\n", encoding="utf-8")

    def get(self, path: str | Path) -> bytes | None:
        """Bytes stored at ``path`` (as recorded in ``fetches.raw_path``), or None when
        the file is gone."""
        try:
            return Path(path).read_bytes()
        except FileNotFoundError:
            return None
