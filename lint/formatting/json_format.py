"""``--format json``: one JSON array of diagnostic objects."""
from __future__ import annotations

import json

from ..diagnostic import Diagnostic
from .base import Formatter


class JsonFormatter(Formatter):
    machine_readable = True

    def start(self) -> None:
        self.records: list[dict] = []

    def handle(self, diagnostic: Diagnostic) -> None:
        self.records.append(diagnostic.as_dict())

    def stop(self) -> None:
        json.dump(self.records, self.output, ensure_ascii=False, indent=2)
        self.output.write("\n")
