"""The crisisdesk exception hierarchy.

Every error the library raises on purpose derives from :class:`CrisisdeskError`, so a
caller can catch one class. Errors about one input item carry a short machine
``reason`` (the same word stored in the ``rejects`` table) and, where known, the item's
``uri`` and JSONL ``line``::

    CrisisdeskError
    ├── InputError          an input item could not be read (binary, empty, too_large,
    │                       undecodable, malformed_json, not_found, unsupported_json, ...)
    ├── ExtractionError     the bytes were read but no article came out (no_text, ...)
    ├── StageError          a later stage (annotate, coding) failed on one article
    └── StoreError          the database refused a write
"""

from __future__ import annotations


class CrisisdeskError(Exception):
    """Base class of all crisisdesk errors."""


class ItemError(CrisisdeskError):
    """An error about one input item: ``reason`` is a short machine word (``binary``,
    ``too_large``...), ``detail`` a human sentence, ``uri``/``line`` say where."""

    stage = "source"

    def __init__(self, reason: str, detail: str = "", *, uri: str | None = None,
                 line: int | None = None) -> None:
        self.reason = reason
        self.detail = detail
        self.uri = uri
        self.line = line
        where = f"{uri}" + (f":{line}" if line is not None else "") if uri else ""
        message = f"{reason}: {detail}" if detail else reason
        super().__init__(f"{where}: {message}" if where else message)


class InputError(ItemError):
    """An input item could not be read or decoded."""

    stage = "source"


class ExtractionError(ItemError):
    """No clean article could be extracted from an item (``reason`` e.g. ``no_text``,
    ``binary``, ``empty``, ``undecodable``)."""

    stage = "extract"


class StageError(ItemError):
    """An annotation or coding stage failed on one article."""

    stage = "stage"


class StoreError(CrisisdeskError):
    """The database refused a write or could not be reached."""
