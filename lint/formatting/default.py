"""The flake8 line format: ``path:line:col: CODE message``.

With ``--show-source`` the line follows, and a caret under the column (placed
by display width, so it stands right under CJK text too).
"""
from __future__ import annotations

import unicodedata

from ..diagnostic import Diagnostic, Severity
from .base import Formatter

BOLD, RED, YELLOW, CYAN, RESET = "\033[1m", "\033[31m", "\033[33m", "\033[36m", "\033[m"


class DefaultFormatter(Formatter):
    def handle(self, diagnostic: Diagnostic) -> None:
        self.output.write(self.format(diagnostic) + "\n")
        if self.options.show_source and diagnostic.line_text:
            self.output.write(show_source(diagnostic))

    def format(self, d: Diagnostic) -> str:
        if not self.options.color:
            return f"{d.path}:{d.line}:{d.col}: {d.code} {d.message}"
        tint = RED if d.severity is Severity.ERROR else YELLOW
        return (
            f"{BOLD}{d.path}{RESET}{CYAN}:{RESET}{d.line}{CYAN}:{RESET}{d.col}{CYAN}:{RESET} "
            f"{BOLD}{tint}{d.code}{RESET} {d.message}"
        )


def show_source(d: Diagnostic) -> str:
    text = d.line_text.expandtabs(1)
    before = d.line_text[: d.col - 1].expandtabs(1)
    pad = "".join(" " * display_width(char) for char in before)
    return f"{text}\n{pad}^\n"


def display_width(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
