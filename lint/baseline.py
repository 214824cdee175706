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
import stat
import unicodedata
from typing import Any, Iterable, NamedTuple

from .atomic import atomic_write
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
    # surrogatepass: a lone surrogate from a JSON record ("\ud800") is hashed,
    # not a crash.
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


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
            if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO or /dev/zero would block or never end
                raise BaselineError(f"{path}: cannot read baseline: not a regular file")
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
        except OSError as error:
            raise BaselineError(f"{path}: cannot read baseline: {error.strerror or error}") from None
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise BaselineError(f"{path}: baseline is not valid JSON: {error}") from None
        except RecursionError:
            raise BaselineError(f"{path}: baseline is not valid JSON: nested too deeply") from None
        if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION or not isinstance(data.get("entries"), list):
            raise BaselineError(f"{path}: not a newslint baseline (version {FORMAT_VERSION})")
        entries = []
        for number, raw in enumerate(data["entries"], start=1):
            entry = _entry(raw)
            if entry is None:
                raise BaselineError(
                    f"{path}: baseline entry {number} is not a mapping of path, code (strings), line (a number) "
                    "and fingerprint (a string); rewrite it with --write-baseline"
                )
            entries.append(entry)
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


def _entry(raw: Any) -> Entry | None:
    """An entry from its JSON form, or None when a field is missing or of the
    wrong type (a path that is a number, a fingerprint that is a list)."""
    if not isinstance(raw, dict):
        return None
    path, code, line, key = (raw.get(field) for field in Entry._fields)
    if not (isinstance(path, str) and isinstance(code, str) and isinstance(key, str)):
        return None
    if isinstance(line, bool) or not isinstance(line, int):
        return None
    return Entry(path, code, line, key)


def write_baseline(path: str, diagnostics: Iterable[Diagnostic]) -> int:
    """Record ``diagnostics`` in ``path``, replacing it whole or not at all."""
    entries = [
        {"path": normalised_path(d.path), "code": d.code, "line": d.line, "fingerprint": fingerprint(d)} for d in diagnostics
    ]
    # ensure_ascii: a lone surrogate in a path is written as its JSON escape.
    text = json.dumps({"tool": "newslint", "version": FORMAT_VERSION, "entries": entries}, indent=1, ensure_ascii=True)
    with atomic_write(path) as handle:
        handle.write(text + "\n")
    return len(entries)
