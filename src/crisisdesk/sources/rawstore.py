"""Raw store: fetched bytes kept on disk, keyed by content hash, so extraction can be
re-run without fetching again.

Layout: ``<root>/<sha256[:2]>/<sha256>`` (one file per distinct body; identical
bodies from different URLs are stored once). The path is recorded in the ``fetches``
table next to the URL.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


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
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
        return digest, path

    def get(self, path: str | Path) -> bytes | None:
        """Bytes stored at ``path`` (as recorded in ``fetches.raw_path``), or None when
        the file is gone."""
        try:
            return Path(path).read_bytes()
        except FileNotFoundError:
            return None
