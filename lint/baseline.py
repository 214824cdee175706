"""Baselines: accept today's findings without touching the articles.

``--write-baseline FILE`` records every current finding; ``--baseline FILE``
then reports only findings not recorded.  An entry is keyed on the path, the
code and the line's text with white space and Unicode form normalised, not on
the line number, so it survives lines moving above it; a finding that occurs
twice on identical lines is recorded twice.  Entries of files checked in this
run that matched nothing are stale (the defect was fixed or the line edited).
"""
from __future__ import annotations

import collections
import hashlib
import json
import os
import unicodedata
from typing import Iterable, NamedTuple

from .diagnostic import Diagnostic

FORMAT_VERSION = 1


class BaselineError(Exception):
    pass


def normalised_line(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def normalised_path(path: str) -> str:
    """``./a.txt`` and ``a.txt`` are one file (the ``#ID`` of a record is kept)."""
    return os.path.normpath(path).replace(os.sep, "/")


def fingerprint(d: Diagnostic) -> str:
    """A stable key for a finding: path, code and the normalised line text."""
    key = "\0".join((normalised_path(d.path), d.code, normalised_line(d.line_text)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


class Entry(NamedTuple):
    path: str
    code: str
    line: int  # where it was when recorded; a hint for people, not part of the key
    fingerprint: str


class Baseline:
    def __init__(self, entries: Iterable[Entry]):
        self.entries = list(entries)
        self._left = collections.Counter(entry.fingerprint for entry in self.entries)

    @classmethod
    def load(cls, path: str) -> "Baseline":
        try:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
        except OSError as error:
            raise BaselineError(f"{path}: cannot read baseline: {error.strerror or error}") from None
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise BaselineError(f"{path}: baseline is not valid JSON: {error}") from None
        if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION or not isinstance(data.get("entries"), list):
            raise BaselineError(f"{path}: not a newslint baseline (version {FORMAT_VERSION})")
        try:
            entries = [Entry(e["path"], e["code"], int(e["line"]), e["fingerprint"]) for e in data["entries"]]
        except (KeyError, TypeError, ValueError):
            raise BaselineError(f"{path}: baseline entry without path, code, line and fingerprint") from None
        return cls(entries)

    def is_known(self, d: Diagnostic) -> bool:
        """Whether ``d`` is recorded; each entry absorbs one finding."""
        key = fingerprint(d)
        if self._left[key] > 0:
            self._left[key] -= 1
            return True
        return False

    def stale(self, checked_paths: set[str]) -> list[Entry]:
        """Entries of checked paths that no finding matched."""
        left = collections.Counter(self._left)
        checked = {normalised_path(path) for path in checked_paths}
        stale = []
        for entry in self.entries:
            if normalised_path(entry.path) in checked and left[entry.fingerprint] > 0:
                left[entry.fingerprint] -= 1
                stale.append(entry)
        return stale


def write_baseline(path: str, diagnostics: Iterable[Diagnostic]) -> int:
    entries = [
        {"path": normalised_path(d.path), "code": d.code, "line": d.line, "fingerprint": fingerprint(d)} for d in diagnostics
    ]
    with open(path, "w", encoding="utf-8") as handle:
        json.dump({"tool": "newslint", "version": FORMAT_VERSION, "entries": entries}, handle, indent=1)
        handle.write("\n")
    return len(entries)
