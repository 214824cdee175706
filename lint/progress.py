"""A progress line on standard error for long runs: articles done, rate,
and, when the number of files is known, files done and time left.  Drawn
only on a terminal and never into the report on standard output."""
from __future__ import annotations

import time
from typing import TextIO


class Progress:
    INTERVAL = 0.25  # seconds between redraws

    def __init__(self, stream: TextIO, total_files: int | None = None, enabled: bool = True):
        self.stream = stream
        self.total_files = total_files
        self.enabled = enabled and is_terminal(stream)
        self.articles = 0
        self.files: set[str] = set()
        self.started = time.monotonic()
        self.drawn = 0.0
        #: Whether the line is on the screen now.
        self.shown = False

    def advance(self, source_file: str) -> None:
        self.articles += 1
        self.files.add(source_file)
        if self.enabled and time.monotonic() - self.drawn >= self.INTERVAL:
            self._draw()

    def _draw(self) -> None:
        now = time.monotonic()
        elapsed = max(now - self.started, 1e-9)
        rate = self.articles / elapsed
        text = f"newslint: {plural(self.articles, 'article')}, {rate:,.0f}/s"
        if self.total_files:
            done = len(self.files)
            text += f", file {done:,} of {self.total_files:,}"
            if 0 < done < self.total_files:
                text += f", about {(self.total_files - done) * elapsed / done:,.0f} s left"
        self.stream.write("\r" + text + "\033[K")
        self.stream.flush()
        self.drawn = now
        self.shown = True

    def clear(self) -> None:
        """Wipe the line, so what is printed next starts at the left margin;
        the next advance draws it again."""
        if self.enabled and self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.shown = False

    def close(self) -> None:
        self.clear()


def is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def plural(count: int, word: str) -> str:
    """``1 article``, ``2 articles``."""
    return f"{count:,} {word}" + ("" if count == 1 else "s")
