"""``--format jsonl``: one JSON object a line, written as articles finish, so
a corpus of any size streams; each line carries the article's path (FILE#ID
for a corpus record) to join back to the data."""
from __future__ import annotations

import json

from ..diagnostic import Diagnostic
from .base import Formatter


class JsonLinesFormatter(Formatter):
    machine_readable = True

    def handle(self, diagnostic: Diagnostic) -> None:
        self.output.write(json.dumps(diagnostic.as_dict(), ensure_ascii=False) + "\n")
