"""Word lists and small tables shipped as package data (``crisisdesk/data/wordlists/``).

Each file is a tab-separated table in UTF-8: header lines starting with ``#`` say what
the list is and where its entries come from (its source), then one line of column
names, then one entry per line. Blank lines are skipped. The modules that use a list
each have one loader for its file (``@lru_cache``, returning an immutable value:
a ``frozenset``, ``tuple`` or read-only mapping), read through
:mod:`importlib.resources` as the other packaged tables (``ontology/cameo.tsv``,
``lexicon/*.yaml``), so an installed wheel finds them.
"""

from __future__ import annotations

from importlib import resources

#: Package directory of the word lists, under ``crisisdesk/data``.
WORDLIST_DIR = "wordlists"


class WordListError(ValueError):
    """A packaged word list that does not have the expected layout (names the file,
    the line and the reason)."""


def read_wordlist(name: str, columns: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The rows of the packaged table ``wordlists/<name>`` (each a tuple of
    ``len(columns)`` strings, in file order).

    ``columns``: the column names the file's first non-comment line must give, in order.
    Raises :class:`WordListError` (file, line, reason) when the header differs, a row has
    another number of fields or an empty field, and ``FileNotFoundError`` when the file
    is not in the package."""
    text = resources.files("crisisdesk.data").joinpath(WORDLIST_DIR, name).read_text(encoding="utf-8")
    return parse_wordlist(text, columns, origin=f"crisisdesk/data/{WORDLIST_DIR}/{name}")


def parse_wordlist(text: str, columns: tuple[str, ...], origin: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a word-list table given as ``text`` (see :func:`read_wordlist`);
    ``origin`` names it in errors."""
    header: tuple[str, ...] | None = None
    rows: list[tuple[str, ...]] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = tuple(line.split("\t"))
        if header is None:
            header = fields
            if header != columns:
                raise WordListError(f"{origin}:{lineno}: columns {list(header)}, expected {list(columns)}")
            continue
        if len(fields) != len(columns) or any(not f.strip() for f in fields):
            raise WordListError(f"{origin}:{lineno}: expected {len(columns)} non-empty tab-separated fields "
                                f"({', '.join(columns)}), got {line!r}")
        rows.append(fields)
    if header is None:
        raise WordListError(f"{origin}: no column line (expected {list(columns)})")
    return tuple(rows)


def read_words(name: str, column: str) -> tuple[str, ...]:
    """The entries of a one-column packaged word list ``wordlists/<name>`` whose column
    is named ``column``, in file order (see :func:`read_wordlist`)."""
    return tuple(row[0] for row in read_wordlist(name, (column,)))
