"""``--format json``: one JSON array of diagnostic objects."""
from __future__ import annotations

from ..diagnostic import Diagnostic
from .base import Formatter
from .escape import json_text


class JsonFormatter(Formatter):
    machine_readable = True

    def start(self) -> None:
        self.records: list[dict] = []

    def handle(self, diagnostic: Diagnostic) -> None:
        self.records.append(diagnostic.as_dict())

    def stop(self) -> None:
        self.output.write(json_text(self.records, indent=2) + "\n")
