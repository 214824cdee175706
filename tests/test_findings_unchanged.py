"""The default rules' findings on a fixed set of articles written for the
project (tests/fixtures/findings/*.txt: several languages and damages) match
a committed snapshot.  Speed work must not move detection: the snapshot was
generated from the code before that work, and a change to it is a change of
behaviour, to be made on purpose.

Regenerate (only when a rule is meant to change):

    .venv/bin/python tests/test_findings_unchanged.py --write
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from newslint import Linter

FIXTURES = Path(__file__).parent / "fixtures" / "findings"
SNAPSHOT = FIXTURES / "snapshot.json"


def findings() -> list[list]:
    """Every finding of the default rules, corpus rules seeing all the articles."""
    articles = [(path.name, path.read_text(encoding="utf-8")) for path in sorted(FIXTURES.glob("*.txt"))]
    return sorted(
        [d.path, d.line, d.col, d.code, d.message, d.suggestion]
        for d in Linter().lint_texts(articles)
    )


def test_findings_match_the_snapshot():
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert findings() == expected


def test_the_snapshot_holds_findings_of_every_family():
    # The snapshot must exercise what the speed work touches, or it proves nothing.
    codes = {row[3][:2] for row in json.loads(SNAPSHOT.read_text(encoding="utf-8"))}
    assert {"ML", "QM", "TX", "UI"} <= codes


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    SNAPSHOT.write_text(json.dumps(findings(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
