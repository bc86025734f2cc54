"""The rich console the commands print their tables on.

On a terminal rich measures the terminal, as usual. Into a pipe or a file
(``crisisdesk events | less``, ``crisisdesk run ... | cat``, ``> events.txt``) rich
would take the width of whatever terminal the pipe ends in, or 80 columns without one,
and an event table of six columns squeezed into 80 wraps its evidence one word per
line. Output that is not a terminal is therefore laid out at a fixed width instead:
``COLUMNS`` when it is exported (raised to :data:`PIPE_MIN_WIDTH`: below it the evidence column folds), else
:data:`PIPE_WIDTH`. Rich's documented ``Console(width=...)`` sets it
(https://rich.readthedocs.io/en/stable/console.html, "Console API": width).
"""

from __future__ import annotations

import os

from rich.console import Console

#: Width of output that is not a terminal when ``COLUMNS`` is not exported: wide
#: enough for the event table (date, type, source → target, place, status and a
#: 90-character evidence excerpt) to keep each excerpt on one line.
PIPE_WIDTH = 200
#: The narrowest layout used for a pipe: below it the six columns of the event table
#: fold the evidence into a word per line, which helps no reader and no ``grep``.
PIPE_MIN_WIDTH = 160


def pipe_width(environ: dict[str, str] | None = None) -> int:
    """Columns for output that is not a terminal: ``COLUMNS`` from ``environ``
    (default ``os.environ``) when it is a number, at least :data:`PIPE_MIN_WIDTH`;
    else :data:`PIPE_WIDTH`."""
    columns = (os.environ if environ is None else environ).get("COLUMNS", "").strip()
    if columns.isdigit() and int(columns) > 0:
        return max(int(columns), PIPE_MIN_WIDTH)
    return PIPE_WIDTH


def output_console(stderr: bool = False) -> Console:
    """A rich ``Console`` on stdout (or stderr): rich's own on a terminal, a fixed
    :func:`pipe_width` when the stream is a pipe or a file."""
    console = Console(stderr=stderr)
    if console.is_terminal:
        return console
    return Console(stderr=stderr, width=pipe_width())
