"""The flake8 line format: ``path:line:col: CODE message``.

A finding that ``--fix`` would repair (with ``--unsafe-fixes``, an unsafe
fix too) shows ``[*]`` before its message, and the report ends with how many
``--fix`` would repair and how many more ``--unsafe-fixes`` would, as ruff's
does (on standard error, so standard output stays one finding a line).

With ``--show-source`` the line follows, and a caret under the column (placed
by display width, so it stands right under CJK text too).

Paths, record ids, messages and source lines are printed through
:mod:`.escape`: a control character or escape sequence in the input shows as
``\n`` or ``\x1b``, and a path that would make ``path:line:col`` ambiguous is
quoted, so one finding is one line and cannot forge another.
"""
from __future__ import annotations

import unicodedata
from typing import TextIO

from ..diagnostic import Diagnostic, Severity
from ..fixes import FixMode
from .base import Formatter
from .escape import display_path, printable

BOLD, RED, YELLOW, CYAN, RESET = "\033[1m", "\033[31m", "\033[33m", "\033[36m", "\033[m"
#: What marks a finding ``--fix`` would repair (ruff's mark).
FIXABLE_MARK = "[*] "


class DefaultFormatter(Formatter):
    def handle(self, diagnostic: Diagnostic) -> None:
        self.output.write(self.format(diagnostic) + "\n")
        if self.options.show_source and diagnostic.line_text:
            self.output.write(show_source(diagnostic))

    def format(self, d: Diagnostic) -> str:
        path, code, message = display_path(d.path), printable(d.code), printable(d.message)
        if FixMode.of(self.options.unsafe_fixes).applies(d.fix):
            message = FIXABLE_MARK + message
        if not self.options.color:
            return f"{path}:{d.line}:{d.col}: {code} {message}"
        tint = RED if d.severity is Severity.ERROR else YELLOW
        return (
            f"{BOLD}{path}{RESET}{CYAN}:{RESET}{d.line}{CYAN}:{RESET}{d.col}{CYAN}:{RESET} "
            f"{BOLD}{tint}{code}{RESET} {message}"
        )

    def show_fixable(self, fixable: int, hidden: int, stream: TextIO) -> None:
        if hidden:
            fixes = "fix" if hidden == 1 else "fixes"
            enable = f"{hidden:,} hidden {fixes} can be enabled with the --unsafe-fixes option"
        if fixable:
            extra = f" ({enable})" if hidden else ""
            stream.write(f"{FIXABLE_MARK}{fixable:,} fixable with the --fix option{extra}.\n")
        elif hidden:
            stream.write(f"No fixes available ({enable}).\n")


def show_source(d: Diagnostic) -> str:
    # An escape is as wide as its letters, so the caret counts them.
    text = printable(d.line_text.expandtabs(1))
    before = printable(d.line_text[: d.col - 1].expandtabs(1))
    return f"{text}\n{' ' * text_width(before)}^\n"


ZERO_WIDTH_JOINER = "\u200d"
# Emoji skin-tone modifiers (U+1F3FB-U+1F3FF): wide on their own, but drawn
# inside the emoji before them (👍🏽 is one glyph).
EMOJI_MODIFIERS = range(0x1F3FB, 0x1F400)
# Categories drawn in no column of their own: nonspacing and enclosing marks
# (a variation selector too) and format characters (the joiner itself).
ZERO_WIDTH_CATEGORIES = frozenset({"Mn", "Me", "Cf"})


def text_width(text: str) -> int:
    """The columns a terminal gives ``text``: a wide (CJK) or emoji
    character two, a combining mark none, and a zero-width-joiner sequence
    (👨‍👩‍👧, one glyph) the width of its first character, as terminals that
    join such sequences draw it."""
    width = 0
    joined = False
    for char in text:
        if char == ZERO_WIDTH_JOINER:
            joined = True
            continue
        if joined:
            joined = False
            if display_width(char):
                continue  # drawn inside the glyph before the joiner
        width += display_width(char)
    return width


def display_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ZERO_WIDTH_CATEGORIES:
        return 0
    if ord(char) in EMOJI_MODIFIERS:
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
