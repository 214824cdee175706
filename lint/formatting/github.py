"""``--format github``: GitHub Actions workflow commands, which show each
finding as an annotation on the pull request.

A corpus record is annotated at its line in the corpus file, and its place
inside the article leads the message.  Beside the escapes the workflow-command
syntax needs (``%0A`` for a newline), other control characters are written as
``\x1b`` so an annotation cannot colour or clear the log.
"""
from __future__ import annotations

from ..diagnostic import Diagnostic, Severity
from .base import Formatter
from .escape import printable


def escape_data(text: str) -> str:
    escaped = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return printable(escaped)


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubFormatter(Formatter):
    machine_readable = True

    def handle(self, d: Diagnostic) -> None:
        level = "error" if d.severity is Severity.ERROR else "warning"
        if d.inside_record:
            place = {"file": d.source_file, "line": d.record_line}
            message = f"{d.path}:{d.line}:{d.col}: {d.message}"
        else:
            place = {
                "file": d.path,
                "line": d.line,
                "col": d.col,
                "endLine": d.end_line,
                "endColumn": max(d.end_col, d.col),
            }
            message = d.message
        place["title"] = f"{d.code} {d.name}"
        properties = ",".join(f"{key}={escape_property(str(value))}" for key, value in place.items())
        self.output.write(f"::{level} {properties}::{escape_data(f'{d.code} {message}')}\n")
