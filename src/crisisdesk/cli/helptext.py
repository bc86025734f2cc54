"""Help text of the ``crisisdesk`` commands as the terminal shows it.

The commands' help comes from their docstrings, written for the source (lines wrapped
at ~90 characters, code spans in reStructuredText double backticks). Typer's rich help
keeps a docstring's single line breaks after the first paragraph and in the command
list, so ``crisisdesk run --help`` broke its lines at the source's width whatever the
terminal's, and showed ````crisisdesk run```` with its backticks (session-15 tester).
:func:`tidy_help` rewrites, once, the help of every command, group and parameter of a
Typer app: each paragraph joined into one line (rich wraps it to the terminal), lists
and indented lines kept, code spans (````x```` or ```x```) shown bold (plain text when
the output is no terminal).
"""

from __future__ import annotations

import inspect
import re
from typing import Any

import typer
from rich.markup import escape

#: A reStructuredText inline literal (``x``) or a Markdown-style code span (`x`).
CODE_SPAN = re.compile(r"``(.+?)``|`([^`\n]+)`")
#: Lines that start a list item or are indented: kept on their own line.
_KEEP_LINE = re.compile(r"^(?:\s+|[-*•] |\d+[.)] )")


def tidy_text(text: str | None) -> str | None:
    """``text`` (a docstring or option help) with each paragraph on one line and code
    spans as rich bold markup; None stays None. Paragraphs are separated by blank
    lines; a paragraph starting with click's ``\\b`` marker is left as written, and a
    line that starts a list item or is indented stays on its own line. Text after a
    ``\\f`` line (click: not shown) is kept as it is."""
    if text is None:
        return None
    shown, cut, hidden = inspect.cleandoc(text).partition("\f")
    paragraphs = []
    for paragraph in shown.split("\n\n"):
        if paragraph.startswith("\b"):
            paragraphs.append(paragraph)
            continue
        lines: list[str] = []
        for line in paragraph.splitlines():
            if lines and not _KEEP_LINE.match(line):
                lines[-1] = f"{lines[-1].rstrip()} {line.strip()}"
            else:
                lines.append(line.rstrip())
        paragraphs.append(CODE_SPAN.sub(_bold, "\n".join(lines)))
    return "\n\n".join(paragraphs) + cut + hidden


def _bold(match: re.Match) -> str:
    return f"[bold]{escape(match.group(1) or match.group(2))}[/bold]"


def _tidy_parameters(callback: Any) -> None:
    if callback is None:
        return
    for parameter in inspect.signature(callback).parameters.values():
        info = parameter.default
        if isinstance(info, typer.models.ParameterInfo) and info.help:
            info.help = tidy_text(info.help)


def tidy_help(app: typer.Typer) -> None:
    """Rewrite with :func:`tidy_text` the help of ``app``, its callback, commands and
    sub-apps (recursively) and of their options and arguments. Idempotent: a tidied
    text comes out the same."""
    if app.info.help:
        app.info.help = tidy_text(app.info.help)
    callback = app.registered_callback
    if callback is not None:
        # the callback's docstring only when the app names no help of its own: a help set
        # on the callback wins over the app's (Typer), and ``articles`` lost its "List and
        # show stored articles." to its callback's "List stored articles" (review s16)
        if callback.help or not app.info.help:
            callback.help = tidy_text(callback.help or inspect.getdoc(callback.callback))
        _tidy_parameters(callback.callback)
    for command in app.registered_commands:
        command.help = tidy_text(command.help or inspect.getdoc(command.callback))
        _tidy_parameters(command.callback)
    for group in app.registered_groups:
        if group.help:
            group.help = tidy_text(group.help)
        if group.typer_instance is not None:
            tidy_help(group.typer_instance)
