"""Input problems: what stops newslint from checking an article at all.

They are reported like findings, so they show in every output format at the
file and line they concern, but they are not rules: no selection, ignore
list, ``accept`` entry, record ignore field or baseline hides them (naming an
NL code in an ignore list is a configuration error), and any of them reported
makes the run exit 2.
"""
from __future__ import annotations

from typing import NamedTuple


class Problem(NamedTuple):
    code: str
    name: str
    summary: str


PATH_NOT_FOUND = Problem("NL101", "path-not-found", "A path given on the command line does not exist.")
UNREADABLE = Problem("NL102", "unreadable-input", "A file cannot be read: permissions, a broken gzip stream, an I/O error.")
BINARY = Problem("NL103", "binary-input", "A file holds binary data (NUL bytes), not text.")
UNDECODABLE = Problem(
    "NL104", "undecodable-input", "A file or record is not valid in the input encoding; --encoding names another."
)
MALFORMED_RECORD = Problem(
    "NL105",
    "malformed-record",
    "A JSON Lines record is not a JSON object with a text field (--text-field), its id is neither a string nor a "
    "whole number, or it repeats an earlier record's id.",
)
LINE_TOO_LONG = Problem(
    "NL106", "line-too-long", "An article has a line longer than max-line-length, so it was not checked."
)
RULE_CRASHED = Problem("NL107", "rule-crashed", "A rule raised an exception on an article; other rules still ran.")
EMPTY = Problem("NL108", "empty-article", "A file or record holds no text: the scraper extracted nothing.")
TOO_LARGE = Problem(
    "NL109", "article-too-large", "A file or record is larger than max-article-bytes, so it was not read or checked."
)
NOTHING_TO_CHECK = Problem(
    "NL110", "nothing-to-check", "A directory given holds no file to check: it is empty, or include matches none of its files."
)

ALL = (
    PATH_NOT_FOUND, UNREADABLE, BINARY, UNDECODABLE, MALFORMED_RECORD, LINE_TOO_LONG, RULE_CRASHED, EMPTY, TOO_LARGE,
    NOTHING_TO_CHECK,
)
BY_CODE = {problem.code: problem for problem in ALL}
#: The input problems' code prefix (``newslint rule NL`` lists them).
PREFIX = "NL"


def is_problem(code: str) -> bool:
    return code in BY_CODE
