"""``--format sarif``: SARIF 2.1.0, as GitHub code scanning and other
dashboards accept it.

Every loaded rule is described (id, name, help text from its documentation,
default level; no ``informationUri``, which SARIF leaves optional, since
newslint has no published home page to point at), each result carries a fingerprint (the baseline key) so a
dashboard tracks a finding across runs, and columns are declared as Unicode
code points.  A corpus record is located at its line in the corpus file, with
a logical location ``FILE#ID`` and its place in the article in the message.

A finding with a fix carries it as SARIF's ``fixes``: one ``artifactChange``
whose ``replacement`` deletes a region of the file and inserts the new text,
the fix's applicability (safe, unsafe, display-only) in its properties.  The
fix of a corpus record edits a string inside a JSON line, which no region of
the file expresses; it stays in the result's properties.

The run's one ``invocation`` says whether it succeeded
(``executionSuccessful``): false when an input could not be checked (an NL
problem, which also makes the command exit 2), true otherwise, findings or
not.
"""
from __future__ import annotations

import os
from urllib.parse import quote

from .. import problems
from ..baseline import fingerprint
from ..diagnostic import Diagnostic, Severity
from .base import Formatter
from .escape import json_text

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
# The SARIF base id of relative locations: the folder newslint ran in.
SOURCE_ROOT = "%SRCROOT%"


def _level(severity: Severity) -> str:
    return "error" if severity is Severity.ERROR else "warning"


class SarifFormatter(Formatter):
    machine_readable = True

    def start(self) -> None:
        self.results: list[dict] = []
        self.problems = 0  # input problems (NL): the run could not check everything
        self.notifications: list[dict] = []  # the run's notes: findings over max-findings-per-article
        self.descriptors = self._descriptors()
        self.index = {descriptor["id"]: i for i, descriptor in enumerate(self.descriptors)}

    def _descriptors(self) -> list[dict]:
        descriptors = []
        for code, rule in sorted(self.options.rules.items()):
            descriptors.append(
                {
                    "id": code,
                    "name": rule.name,
                    "shortDescription": {"text": rule.summary.strip()},
                    "fullDescription": {"text": " ".join(rule.why.split())},
                    "help": {"text": rule.documentation(), "markdown": rule.documentation()},
                    "defaultConfiguration": {"level": _level(rule.severity)},
                    "properties": {"tags": [code.rstrip("0123456789")]},
                }
            )
        for problem in problems.ALL:
            descriptors.append(
                {
                    "id": problem.code,
                    "name": problem.name,
                    "shortDescription": {"text": problem.summary},
                    "defaultConfiguration": {"level": "error"},
                    "properties": {"tags": ["NL", "input"]},
                }
            )
        return descriptors

    def handle(self, d: Diagnostic) -> None:
        self.problems += problems.is_problem(d.code)
        if d.inside_record:
            region = {"startLine": d.record_line}
            message = f"{d.path}:{d.line}:{d.col}: {d.message}"
        else:
            region = {"startLine": d.line, "startColumn": d.col, "endLine": d.end_line, "endColumn": max(d.end_col, d.col)}
            message = d.message
        location = {"physicalLocation": {"artifactLocation": _artifact(d.source_file), "region": region}}
        if d.path != d.source_file:
            location["logicalLocations"] = [{"fullyQualifiedName": d.path, "kind": "object"}]
        result = {
            "ruleId": d.code,
            "level": _level(d.severity),
            "message": {"text": message},
            "locations": [location],
            "partialFingerprints": {"newslint/v1": fingerprint(d)},
        }
        if d.code in self.index:
            result["ruleIndex"] = self.index[d.code]
        if d.suggestion is not None:
            result["properties"] = {"suggestion": d.suggestion}
        if d.fix is not None:
            if d.inside_record:
                result.setdefault("properties", {})["fix"] = d.fix.as_dict()
            else:
                result["fixes"] = [_fix(d)]
        self.results.append(result)

    def truncated(self, path: str, file: str, not_shown: int) -> None:
        # SARIF 2.1.0 (3.58): a notification reports a condition of the run
        # that is not a result; the results stop at the cap, this says so.
        self.notifications.append(
            {
                "level": "warning",
                "descriptor": {"id": "max-findings-per-article"},
                "message": {"text": f"{not_shown:,} more findings of {path} not shown (max-findings-per-article)"},
                "locations": [{"physicalLocation": {"artifactLocation": _artifact(file)}}],
            }
        )

    def stop(self) -> None:
        invocation: dict = {"executionSuccessful": not self.problems}
        if self.notifications:
            invocation["toolExecutionNotifications"] = self.notifications
        log = {
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "newslint",
                            "version": self.options.version,
                            "rules": self.descriptors,
                        }
                    },
                    "columnKind": "unicodeCodePoints",
                    # SARIF 2.1.0 (3.14.14): the folder relative locations hang from.
                    "originalUriBaseIds": {SOURCE_ROOT: {"uri": _file_uri(os.getcwd().rstrip(os.sep) + os.sep)}},
                    # SARIF 2.1.0 (3.20.14): the run failed when it could not
                    # check an input (an NL problem, exit 2); findings are its
                    # results, not a failure.
                    "invocations": [invocation],
                    "results": self.results,
                }
            ],
        }
        self.output.write(json_text(log, indent=2) + "\n")


def _fix(d: Diagnostic) -> dict:
    edit = d.fix.edit
    return {
        "description": {"text": d.fix.message or "apply the fix"},
        "artifactChanges": [
            {
                "artifactLocation": _artifact(d.source_file),
                "replacements": [
                    {
                        # endColumn is the column after the region, as in our edits.
                        "deletedRegion": {
                            "startLine": edit.line,
                            "startColumn": edit.col,
                            "endLine": edit.end_line,
                            "endColumn": edit.end_col,
                        },
                        "insertedContent": {"text": edit.content},
                    }
                ],
            }
        ],
        "properties": {"applicability": d.fix.applicability.value},
    }


def _uri(path: str) -> str:
    # surrogatepass: a lone surrogate in a record id is percent-encoded, not a crash.
    return quote(path.replace("\\", "/").removeprefix("./"), errors="surrogatepass")


def _file_uri(path: str) -> str:
    """An absolute path as a ``file`` URI (``file:///tmp/a.txt``,
    ``file:///C:/news/a.txt``): SARIF 3.4 wants an absolute location to name its scheme."""
    uri = _uri(path)
    return "file://" + (uri if uri.startswith("/") else "/" + uri)


def _artifact(path: str) -> dict:
    """An artifactLocation: relative to the run's folder (SOURCE_ROOT, as
    GitHub code scanning reads it) or an absolute ``file`` URI."""
    if os.path.isabs(path):
        return {"uri": _file_uri(path)}
    return {"uri": _uri(path), "uriBaseId": SOURCE_ROOT}
