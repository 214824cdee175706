"""The records that travel from rules to formatters.

A rule yields :class:`Finding` objects: a span of the article's text (character
offsets) and a message.  The engine turns each one into a :class:`Diagnostic`,
which carries everything a formatter or a baseline needs: where (path, line and
column, 1-based, counted in Unicode code points), what (code, rule name,
severity, message), the text of the line it sits on, and, when the rule
declares one, the :class:`Fix` that repairs it (an :class:`Edit` and how far it
can be trusted, as ruff models fixes).
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


class Applicability(str, enum.Enum):
    """How far a fix can be trusted (ruff's three levels).

    ``--fix`` applies safe fixes, ``--fix --unsafe-fixes`` unsafe ones too;
    a display-only fix is shown (JSON, SARIF) and never applied."""

    SAFE = "safe"
    UNSAFE = "unsafe"
    DISPLAY_ONLY = "display-only"


class FixKind(str, enum.Enum):
    """How the engine makes the edit from a finding (see :mod:`newslint.fixes`)."""

    #: The finding's ``suggestion`` replaces its span (no fix without one).
    REPLACE = "replace"
    #: The lines the finding covers from first to last non-blank character
    #: are deleted with their line ends (no fix for a finding inside a line).
    DELETE_LINES = "delete-lines"
    #: The flagged text is deleted: whole lines when it covers them, else the
    #: span with the gap that joins it to the text before it.
    DELETE = "delete"
    #: As DELETE_LINES, for a line that repeats an earlier line of the
    #: article: the first copy is kept (no fix for it).
    DELETE_REPEATED_LINES = "delete-repeated-lines"


class Fixable(NamedTuple):
    """What a rule declares about fixing its findings (``Rule.fixable``)."""

    applicability: Applicability
    kind: FixKind = FixKind.REPLACE

    def describe(self) -> str:
        """One line for ``newslint rule CODE``."""
        action = {
            FixKind.REPLACE: "replaces the flagged text with the suggested repair",
            FixKind.DELETE_LINES: "deletes the flagged line with its line end",
            FixKind.DELETE_REPEATED_LINES: "deletes the later copies of a repeated line, keeping the first",
            FixKind.DELETE: "deletes the flagged text (the whole line when it covers one)",
        }[self.kind]
        how = {
            Applicability.SAFE: "`--fix` applies it",
            Applicability.UNSAFE: "applied only with `--fix --unsafe-fixes`, since it can be wrong",
            Applicability.DISPLAY_ONLY: "shown in JSON and SARIF output, never applied: a person decides",
        }[self.applicability]
        return f"Fix: {self.applicability.value}. The fix {action}; {how}."


class Edit(NamedTuple):
    """A replacement of a range of the article's text.

    ``start`` and ``end`` are offsets (code points) into the text as read (a
    file decoded, its BOM removed, its line ends as written; a record's text
    field); ``line``/``col`` to ``end_line``/``end_col`` are the same range as
    the report counts positions (1-based)."""

    start: int
    end: int
    content: str
    line: int
    col: int
    end_line: int
    end_col: int

    def as_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "content": self.content,
            "location": {"line": self.line, "col": self.col},
            "end_location": {"line": self.end_line, "col": self.end_col},
        }


class Fix(NamedTuple):
    applicability: Applicability
    edit: Edit
    #: What the fix does, in a few words ("replace with \"the\"", "delete the line").
    message: str = ""

    def as_dict(self) -> dict:
        return {"applicability": self.applicability.value, "message": self.message, "edits": [self.edit.as_dict()]}

    @classmethod
    def from_dict(cls, data: dict) -> "Fix":
        edit = data["edits"][0]
        return cls(
            Applicability(data["applicability"]),
            Edit(
                edit["start"],
                edit["end"],
                edit["content"],
                edit["location"]["line"],
                edit["location"]["col"],
                edit["end_location"]["line"],
                edit["end_location"]["col"],
            ),
            data.get("message", ""),
        )


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
    #: The text of the span (what ``accept`` entries and the baseline match);
    #: a span over 500 characters is kept as its two ends around " … "
    #: (``newslint.checker.flagged_text``).
    flagged_text: str = ""
    #: The edit that repairs the finding, when its rule declares one.
    fix: Optional[Fix] = None

    @property
    def source_file(self) -> str:
        return self.file or self.path

    @property
    def inside_record(self) -> bool:
        """Whether the finding lies in a corpus record's article (reported
        as ``FILE#ID``), which a format placing findings in files puts at
        the record's line, its place in the article leading the message."""
        return self.record_line is not None and self.path != self.source_file

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
            fix=Fix.from_dict(data["fix"]) if data.get("fix") else None,
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
            "fix": self.fix.as_dict() if self.fix is not None else None,
        }
