"""``--format jsonl``: one JSON object a line, written as articles finish, so
a corpus of any size streams; each line carries the article's path (FILE#ID
for a corpus record) to join back to the data."""
from __future__ import annotations

from ..diagnostic import Diagnostic
from .base import Formatter
from .escape import json_text


class JsonLinesFormatter(Formatter):
    machine_readable = True

    def handle(self, diagnostic: Diagnostic) -> None:
        self.output.write(json_text(diagnostic.as_dict()) + "\n")
