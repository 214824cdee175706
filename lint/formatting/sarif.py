"""``--format sarif``: SARIF 2.1.0, as GitHub code scanning and other
dashboards accept it.

Every loaded rule is described (id, name, help text from its documentation,
default level), each result carries a fingerprint (the baseline key) so a
dashboard tracks a finding across runs, and columns are declared as Unicode
code points.  A corpus record is located at its line in the corpus file, with
a logical location ``FILE#ID`` and its place in the article in the message.
"""
from __future__ import annotations

from urllib.parse import quote

from .. import problems
from ..baseline import fingerprint
from ..diagnostic import Diagnostic, Severity
from .base import Formatter
from .escape import json_text

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/newslint/"


def _level(severity: Severity) -> str:
    return "error" if severity is Severity.ERROR else "warning"


class SarifFormatter(Formatter):
    machine_readable = True

    def start(self) -> None:
        self.results: list[dict] = []
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
        if d.record_line is not None and d.path != d.source_file:
            region = {"startLine": d.record_line}
            message = f"{d.path}:{d.line}:{d.col}: {d.message}"
        else:
            region = {"startLine": d.line, "startColumn": d.col, "endLine": d.end_line, "endColumn": max(d.end_col, d.col)}
            message = d.message
        location = {"physicalLocation": {"artifactLocation": {"uri": _uri(d.source_file)}, "region": region}}
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
        self.results.append(result)

    def stop(self) -> None:
        log = {
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "newslint",
                            "version": self.options.version,
                            "informationUri": INFORMATION_URI,
                            "rules": self.descriptors,
                        }
                    },
                    "columnKind": "unicodeCodePoints",
                    "results": self.results,
                }
            ],
        }
        self.output.write(json_text(log, indent=2) + "\n")


def _uri(path: str) -> str:
    # surrogatepass: a lone surrogate in a record id is percent-encoded, not a crash.
    return quote(path.replace("\\", "/").removeprefix("./"), errors="surrogatepass")
