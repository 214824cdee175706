"""Small questions about a line's shape that the UI rules share."""
from __future__ import annotations

from newslint import Line
from newslint.pattern_cache import compile_cached

# A row of a table written in Markdown, as extractors write a page's tables:
# "| Year | Storm days | Boats moved |".
MARKDOWN_ROW = compile_cached(r"^\|(?:[^|]+\|){2,}$")


def content(line: Line) -> tuple[int, int, str]:
    """The line's text without surrounding white space, and its offsets."""
    text = line.text.strip()
    start = line.start + (line.text.index(text[0]) if text else 0)
    return start, start + len(text), text


def is_short(text: str, max_words: int) -> bool:
    return 0 < len(text.split()) <= max_words


def markdown_cells(text: str) -> int:
    """How many cells a line has as a row of a Markdown table, 0 when it is not one."""
    text = text.strip()
    return text.count("|") - 1 if MARKDOWN_ROW.match(text) else 0
