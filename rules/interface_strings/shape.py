"""Small questions about a line's shape that the UI rules share."""
from __future__ import annotations

from newslint import Line


def content(line: Line) -> tuple[int, int, str]:
    """The line's text without surrounding white space, and its offsets."""
    text = line.text.strip()
    start = line.start + (line.text.index(text[0]) if text else 0)
    return start, start + len(text), text


def is_short(text: str, max_words: int) -> bool:
    return 0 < len(text.split()) <= max_words
