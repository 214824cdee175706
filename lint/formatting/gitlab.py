"""``--format gitlab``: a GitLab Code Quality report, the JSON array a CI
job publishes with ``artifacts: reports: codequality:``, which GitLab shows
on the merge request.

Each finding is one issue: ``description`` (the code and message),
``check_name`` (the code), ``fingerprint``, ``severity`` and ``location``
(``path`` and ``lines.begin``).  A corpus record is placed at its line in
the corpus file, and its place inside the article leads the description, as
in the ``github`` and ``sarif`` formats.  GitLab takes two issues with one
fingerprint for one, so the fingerprint is the baseline's key for the
finding (path, code, flagged text and its context, so it survives lines
moving) with the finding's occurrence among identical ones.
"""
from __future__ import annotations

import collections

from .. import problems
from ..baseline import finding_fingerprint
from ..diagnostic import Diagnostic, Severity
from .base import Formatter
from .escape import json_text

# Code Quality's levels are info, minor, major, critical and blocker.  A
# finding is a warning or an error; an input problem (a file that could not
# be checked) is worse than either.
SEVERITIES = {Severity.WARNING: "minor", Severity.ERROR: "major"}
INPUT_PROBLEM_SEVERITY = "critical"


class GitlabFormatter(Formatter):
    machine_readable = True

    def start(self) -> None:
        self.issues: list[dict] = []
        self.seen: collections.Counter = collections.Counter()

    def handle(self, d: Diagnostic) -> None:
        if d.inside_record:
            line = d.record_line
            description = f"{d.code} {d.path}:{d.line}:{d.col}: {d.message}"
        else:
            line = d.line
            description = f"{d.code} {d.message}"
        key = finding_fingerprint(d)
        self.seen[key] += 1
        self.issues.append(
            {
                "type": "issue",
                "check_name": d.code,
                "description": description,
                "categories": ["Style"],
                "severity": INPUT_PROBLEM_SEVERITY if problems.is_problem(d.code) else SEVERITIES[d.severity],
                "fingerprint": f"{key}-{self.seen[key]}" if self.seen[key] > 1 else key,
                "location": {"path": d.source_file, "lines": {"begin": line}},
            }
        )

    def stop(self) -> None:
        self.output.write(json_text(self.issues, indent=2) + "\n")
