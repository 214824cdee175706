"""``--format html``: the corpus report (see :mod:`newslint.report`), built
from the run as it goes: counts and a bounded sample of examples, written as
one self-contained page at the end."""
from __future__ import annotations

from ..diagnostic import Diagnostic
from .base import Formatter


class HtmlFormatter(Formatter):
    machine_readable = True

    def start(self) -> None:
        from ..report import ReportBuilder

        self.builder = ReportBuilder(self.options)

    def beginning(self, path: str) -> None:
        self.builder.begin(path)

    def handle(self, diagnostic: Diagnostic) -> None:
        self.builder.add(diagnostic)

    def finished(self, path: str) -> None:
        self.builder.end()

    def stop(self) -> None:
        self.output.write(self.builder.page(origin="built during the run"))
