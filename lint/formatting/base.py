"""The lifecycle every report format shares (flake8's).

The application calls ``start()``, then for each article ``beginning(path)``,
``handle(diagnostic)`` for each of its diagnostics and ``finished(path)``,
then ``show_statistics`` and ``show_count`` when asked, and ``stop()``.  A line
format writes as it goes; a whole-run format (JSON, SARIF) collects in
``handle`` and writes in ``stop``.
"""
from __future__ import annotations

import sys
from typing import Any, Mapping, NamedTuple, TextIO

from ..diagnostic import Diagnostic


class Statistic(NamedTuple):
    code: str
    name: str
    count: int
    #: The message of the code's first finding (one instance).
    first_message: str
    #: What the rule flags (its documented summary).
    summary: str = ""


class ReportOptions(NamedTuple):
    show_source: bool = False
    color: bool = False
    #: Every loaded rule class by code (SARIF describes them).
    rules: Mapping[str, type] = {}
    version: str = ""
    #: The run's configuration (the HTML report shows it); None when unknown.
    config: Any = None
    #: Whether ``--unsafe-fixes`` is on: an unsafe fix then counts as one
    #: ``--fix`` would apply (the default format marks it ``[*]``).
    unsafe_fixes: bool = False


class Formatter:
    #: Whether the report is for machines: statistics and counts then go to
    #: standard error so the report stays parseable.
    machine_readable = False

    def __init__(self, output: TextIO, options: ReportOptions = ReportOptions(), summary: TextIO | None = None):
        self.output = output
        self.options = options
        #: Where statistics and the count go.
        self.summary = summary or (sys.stderr if self.machine_readable else output)

    def start(self) -> None:
        pass

    def beginning(self, path: str) -> None:
        pass

    def handle(self, diagnostic: Diagnostic) -> None:
        raise NotImplementedError

    def finished(self, path: str) -> None:
        pass

    def truncated(self, path: str, file: str, not_shown: int) -> None:
        """``not_shown`` more findings of ``path`` (read from ``file``) were left out by
        max-findings-per-article (a warning on standard error says so; a
        format that carries a run's notes records it)."""

    def show_statistics(self, statistics: list[Statistic]) -> None:
        for stat in statistics:
            self.summary.write(f"{stat.count:<5} {stat.code} {stat.name}\n")

    def show_count(self, count: int) -> None:
        self.summary.write(f"{count}\n")

    def show_fixable(self, fixable: int, hidden: int, stream: TextIO) -> None:
        """The closing hint on fixes, written to ``stream`` (standard error:
        standard output stays one finding a line unless ``--statistics`` or
        ``--count`` asks for more): ``fixable`` findings ``--fix`` would
        repair, ``hidden`` more that ``--unsafe-fixes`` would add.  Machine
        formats carry each finding's fix and print nothing."""

    def stop(self) -> None:
        pass
