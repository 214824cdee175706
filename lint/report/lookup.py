"""Looking an article up again: its source, and the lines of its examples.

Diagnostics carry where a finding is (``FILE#ID``, line, column) but not the
record's other fields, and a diagnostic read back from ``--format jsonl`` (or
from a Dask worker) has no line text.  Both are read again from the input
files, streaming, one file at a time and forwards: the report's memory stays
flat however large the corpus.
"""
from __future__ import annotations

import os
from typing import Any, Iterator, Mapping, Optional
from urllib.parse import urlsplit

from ..document import Document
from ..sources import Article, ReadOptions, is_corpus, read_file
from .collect import Example


def fallback_source(path: str) -> str:
    """The source of an article when no field names one: the corpus file of a
    record (``FILE#ID``), or the directory of a plain file (each file is one
    article, so the file itself would be a source of one)."""
    if is_corpus(path):  # an input problem of the file as a whole
        return path
    start = 0
    while True:
        mark = path.find("#", start)
        if mark < 0:
            break
        if is_corpus(path[:mark]):
            return path[:mark]
        start = mark + 1
    return os.path.dirname(path) or "."


def source_from_field(meta: Optional[Mapping[str, Any]], field: str) -> Optional[str]:
    """The source a record's field names: the host of a URL, or the value."""
    if not meta or meta.get(field) is None:
        return None
    value = str(meta[field]).strip()
    if "://" in value:
        try:
            host = urlsplit(value).hostname
        except ValueError:  # a malformed URL (bad port, bad IPv6 literal)
            host = None
        if host:
            return host.removeprefix("www.")
    return value or None


class RecordCursor:
    """The records of corpus files, read forwards: asking for record N of a
    file reads on from the last record asked for (or reopens the file when
    asked for an earlier one), so a run's articles, asked for in input order,
    cost one pass over each file."""

    def __init__(self, options: ReadOptions):
        self.options = options
        self._file: Optional[str] = None
        self._articles: Optional[Iterator] = None
        self._last: Optional[Article] = None

    def article(self, file: str, record_line: Optional[int]) -> Optional[Article]:
        """The article at ``record_line`` of ``file`` (the whole file for a plain
        file), or None when it cannot be read any more."""
        if record_line is None:
            record_line = 0
        if self._file != file or self._last is None or (self._last.record_line or 0) > record_line:
            self._open(file)
        if self._last is not None and (self._last.record_line or 0) == record_line:
            return self._last
        for item in self._articles or ():
            if not isinstance(item, Article):
                continue
            self._last = item
            number = item.record_line or 0
            if number == record_line:
                return item
            if number > record_line:
                return None
        return None

    def _open(self, file: str) -> None:
        self._file = file
        self._last = None
        self._articles = read_file(file, self.options) if os.path.isfile(file) else iter(())


def recover_lines(examples: list[Example], options: ReadOptions) -> dict[Example, Example]:
    """The examples that have no line text, with it read again from their
    files; an example whose file is gone (or changed) stays without."""
    wanted = sorted(
        (example for example in examples if not example.has_line),
        key=lambda e: (e.file, e.record_line or 0, e.line),
    )
    cursor = RecordCursor(options)
    recovered: dict[Example, Example] = {}
    document_of: tuple[Optional[Article], Optional[Document]] = (None, None)
    for example in wanted:
        if not (is_corpus(example.file) or example.record_line is None):
            continue
        article = cursor.article(example.file, example.record_line)
        if article is None or article.path != example.path:
            continue
        if document_of[0] is not article:
            document_of = (article, Document(article.text))
        lines = document_of[1].lines
        if 1 <= example.line <= len(lines):
            recovered[example] = example.with_line(lines[example.line - 1].text)
    return recovered
