"""The records that travel from rules to formatters.

A rule yields :class:`Finding` objects: a span of the article's text (character
offsets) and a message.  The engine turns each one into a :class:`Diagnostic`,
which carries everything a formatter or a baseline needs: where (path, line and
column, 1-based, counted in Unicode code points), what (code, rule name,
severity, message) and the text of the line it sits on.
"""
from __future__ import annotations

import enum
from typing import NamedTuple, Optional


class Severity(str, enum.Enum):
    """How bad a finding is; ``--fail-on`` picks the lowest that fails a run."""

    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANKS[self]


_RANKS = {Severity.WARNING: 1, Severity.ERROR: 2}


class NewslintWarning(UserWarning):
    """Something the user should know that is not a finding (a rule falling
    back to a simpler method, say); the command line prints it once."""


class Finding(NamedTuple):
    """What a rule reports: a span of the document text and why it is wrong.

    ``start`` and ``end`` are offsets into ``Document.text``; ``end`` may equal
    ``start`` for a point (a missing mark).  ``suggestion`` is the repaired text
    of the span, when the rule knows it.
    """

    start: int
    end: int
    message: str
    suggestion: Optional[str] = None


class Diagnostic(NamedTuple):
    """One reported defect, located in a file or corpus record."""

    path: str
    line: int
    col: int
    end_line: int
    end_col: int
    code: str
    name: str
    severity: Severity
    message: str
    line_text: str = ""
    suggestion: Optional[str] = None
    #: The file the article came from; differs from ``path`` for corpus
    #: records, whose ``path`` is ``FILE#ID``.
    file: str = ""
    #: For a corpus record: the line of the record in its file.
    record_line: Optional[int] = None
    #: The text of the span (what ``accept`` entries and the baseline match).
    flagged_text: str = ""

    @property
    def source_file(self) -> str:
        return self.file or self.path

    @classmethod
    def from_dict(cls, data: dict) -> "Diagnostic":
        """The inverse of :meth:`as_dict` (which leaves out the line's text;
        a ``line_text`` key, when present, is kept)."""
        return cls(
            path=data["path"],
            line=data["line"],
            col=data["col"],
            end_line=data["end_line"],
            end_col=data["end_col"],
            code=data["code"],
            name=data["name"],
            severity=Severity(data["severity"]),
            message=data["message"],
            line_text=data.get("line_text", ""),
            suggestion=data.get("suggestion"),
            file=data.get("file") or data["path"],
            record_line=data.get("record_line"),
            flagged_text=data.get("flagged_text", ""),
        )

    def as_dict(self) -> dict:
        """A plain, JSON-ready mapping (used by the JSON formatter and the API)."""
        return {
            "path": self.path,
            "line": self.line,
            "col": self.col,
            "end_line": self.end_line,
            "end_col": self.end_col,
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "message": self.message,
            "suggestion": self.suggestion,
            "file": self.source_file,
            "record_line": self.record_line,
        }
