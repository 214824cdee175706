"""Baselines: accept today's findings without touching the articles.

``--write-baseline FILE`` records every current finding; ``--baseline FILE``
then reports only findings not recorded.  An entry is keyed on the path, the
code, the flagged text (the finding's span, white space and Unicode form
normalised) and a little context either side of it on its line: the nearest
twelve letters and digits, punctuation and white space left out.  Not on the
line number, so it survives lines moving above it; not on the whole line, so
fixing one glued word in a long paragraph leaves the paragraph's other entries
matched; and not on the marks and spaces around it, so even the repair of a
doubled full stop or a glued word right next to a finding leaves it matched.  A
finding that occurs twice with the same text and context is recorded twice.
Entries of files checked in this run that matched nothing are stale (the defect
was fixed, or the text around it edited), and so are entries of files that no
longer exist (deleted or renamed), whether or not the run named them.

Since version 3 an entry's path is relative to the baseline file's folder,
as PHPStan's and detekt's are, so a CI job or a hook run from another folder
(``cd corpus && newslint . --baseline ../.newslint-baseline.json``) matches
the same entries.  Version 2 files, whose paths are relative to the folder
newslint ran in, and version 1 files, keyed on the whole line's text, still
load and match as they always did; writing the baseline again
(``--write-baseline``) makes a version 3 file.
"""
from __future__ import annotations

import collections
import json
import os
import stat
import unicodedata
import warnings
from typing import Any, Iterable, NamedTuple

from .atomic import atomic_write
from .diagnostic import Diagnostic, NewslintWarning

FORMAT_VERSION = 3
#: Version 1 keyed entries on the whole line (:func:`fingerprint`).
LINE_KEYED_VERSION = 1
#: Version 2 keyed entries on the flagged text, as version 3 does, with paths
#: relative to the folder newslint ran in rather than to the baseline's.
RUN_FOLDER_VERSION = 2
READABLE_VERSIONS = (LINE_KEYED_VERSION, RUN_FOLDER_VERSION, FORMAT_VERSION)
#: How much context either side of the flagged text goes into a key, in
#: letters and digits (two or three words of English): enough to tell the
#: findings of one paragraph apart, little enough that an edit a few words
#: away does not touch it.
CONTEXT_CHARS = 12
#: How far from the span the context is looked for, so that a finding on a
#: line of 100,000 characters costs no more than one on a short line.
CONTEXT_REACH = 200


class BaselineError(Exception):
    pass


def normalised_line(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def baseline_path(path: str, folder: str | None) -> str:
    """``path`` (as the run names it, relative to the folder it ran in) as a
    baseline records it: relative to ``folder``, the baseline file's, or
    unchanged when ``folder`` is None (versions 1 and 2)."""
    if folder is None:
        return normalised_path(path)
    try:
        relative = os.path.relpath(os.path.abspath(path), folder)
    except ValueError:  # another drive on Windows: no relative path exists
        relative = os.path.abspath(path)
    return normalised_path(relative)


def normalised_path(path: str) -> str:
    """``./a.txt`` and ``a.txt`` are one file (the ``#ID`` of a record is kept)."""
    return os.path.normpath(path).replace(os.sep, "/")


def fingerprint(d: Diagnostic, path: str | None = None) -> str:
    """The version 1 key for a finding: path, code and the normalised line
    text (SARIF's ``newslint/v1`` fingerprint, and version 1 baselines)."""
    return _hashed(normalised_path(d.path if path is None else path), d.code, normalised_line(d.line_text))


def finding_fingerprint(d: Diagnostic, path: str | None = None) -> str:
    """The version 2 key for a finding: path, code, the flagged text and a
    little context either side of it on its line, each normalised."""
    before, flagged, after = flagged_with_context(d)
    return _hashed(normalised_path(d.path if path is None else path), d.code, normalised_line(flagged), before, after)


def _hashed(*parts: str) -> str:
    # surrogatepass: a lone surrogate from a JSON record ("\ud800") is hashed,
    # not a crash.
    import hashlib  # here: a run without a baseline never loads it (start-up time)

    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def flagged_with_context(d: Diagnostic) -> tuple[str, str, str]:
    """The letters and digits just before the flagged text, the flagged text,
    and those just after it (none after a span that ends on a later line: the
    line's text is all a diagnostic carries)."""
    start = max(d.col - 1, 0)
    single_line = d.end_line == d.line
    flagged = d.flagged_text
    if not flagged and d.end_col > d.col:  # a diagnostic made without it (old JSON, a test)
        flagged = d.line_text[start : d.end_col - 1] if single_line else d.line_text[start:]
    before = _letters_and_digits(d.line_text[max(start - CONTEXT_REACH, 0) : start], backwards=True)
    after = ""
    if single_line:
        end = d.end_col - 1
        after = _letters_and_digits(d.line_text[end : end + CONTEXT_REACH])
    return before, flagged, after


def _letters_and_digits(text: str, backwards: bool = False) -> str:
    """The CONTEXT_CHARS letters and digits of ``text`` (in NFC, so that an
    accent composed or not is one letter) nearest its start, or its end."""
    text = unicodedata.normalize("NFC", text)
    kept = []
    for character in reversed(text) if backwards else text:
        if character.isalnum():
            kept.append(character)
            if len(kept) == CONTEXT_CHARS:
                break
    return "".join(reversed(kept) if backwards else kept)


class Entry(NamedTuple):
    path: str
    code: str
    line: int  # where it was when recorded; a hint for people, not part of the key
    fingerprint: str


class Baseline:
    def __init__(self, entries: Iterable[Entry], version: int = FORMAT_VERSION, folder: str | None = None):
        """``folder``: the baseline file's folder, which a version 3 file's
        paths are relative to (None: the folder newslint runs in)."""
        self.entries = list(entries)
        self.version = version
        self.folder = folder if version == FORMAT_VERSION else None
        self._fingerprint = fingerprint if version == LINE_KEYED_VERSION else finding_fingerprint
        self._recorded = collections.Counter(entry.fingerprint for entry in self.entries)
        self._left = collections.Counter(self._recorded)

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
        version = data.get("version") if isinstance(data, dict) else None
        if version not in READABLE_VERSIONS or isinstance(version, bool) or not isinstance(data.get("entries"), list):
            known = ", ".join(map(str, READABLE_VERSIONS[:-1])) + f" or {READABLE_VERSIONS[-1]}"
            raise BaselineError(f"{path}: not a newslint baseline (version {known})")
        entries = []
        for number, raw in enumerate(data["entries"], start=1):
            entry = _entry(raw)
            if entry is None:
                raise BaselineError(
                    f"{path}: baseline entry {number} is not a mapping of path, code (strings), line (a number) "
                    "and fingerprint (a string); rewrite it with --write-baseline"
                )
            entries.append(entry)
        if version == LINE_KEYED_VERSION:
            warnings.warn(
                f"{path}: a version 1 baseline, matched on whole lines as before; to key its entries on the "
                f"flagged text, run newslint again with --write-baseline {path} instead of --baseline {path}",
                NewslintWarning,
                stacklevel=2,
            )
        return cls(entries, version, os.path.dirname(os.path.abspath(path)))

    def _key(self, d: Diagnostic) -> str:
        return self._fingerprint(d, baseline_path(d.path, self.folder))

    def is_known(self, d: Diagnostic) -> bool:
        """Whether ``d`` is recorded; each entry absorbs one finding."""
        key = self._key(d)
        if self._left[key] > 0:
            self._left[key] -= 1
            return True
        return False

    def recorded_among(self, diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
        """Those of one article's ``diagnostics`` the baseline records, each
        entry absorbing one finding as in :meth:`is_known`, but counted
        afresh, without using up the run's entries (the fixer asks before
        the report does)."""
        absorbed: collections.Counter = collections.Counter()
        recorded = []
        for d in diagnostics:
            key = self._key(d)
            if absorbed[key] < self._recorded[key]:
                absorbed[key] += 1
                recorded.append(d)
        return recorded

    def gone(self, checked_paths: set[str]) -> list[Entry]:
        """Entries of files that no longer exist (deleted, or renamed: a
        renamed file's findings come back as new under its new name).  A
        record's entry (``FILE#ID``) is gone when its file is; an entry of a
        path this run read (standard input's name too) is not."""
        folder = self.folder or os.curdir
        checked = {baseline_path(path, self.folder) for path in checked_paths}
        exists: dict[str, bool] = {}

        def present(path: str) -> bool:
            if path not in exists:
                candidates = [path] + ([path.rsplit("#", 1)[0]] if "#" in path else [])
                exists[path] = any(os.path.lexists(os.path.join(folder, each)) for each in candidates)
            return exists[path]

        return [entry for entry in self.entries if normalised_path(entry.path) not in checked and not present(entry.path)]

    def stale(self, checked_paths: set[str]) -> list[Entry]:
        """Entries of checked paths that no finding matched."""
        left = collections.Counter(self._left)
        checked = {baseline_path(path, self.folder) for path in checked_paths}
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
    """Record ``diagnostics`` in ``path``, replacing it whole or not at all,
    their paths relative to ``path``'s folder."""
    folder = os.path.dirname(os.path.abspath(path))
    entries = []
    for d in diagnostics:
        recorded = baseline_path(d.path, folder)
        entries.append(
            {"path": recorded, "code": d.code, "line": d.line, "fingerprint": finding_fingerprint(d, recorded)}
        )
    # Sorted, so the file's diff shows what changed, whatever the input order.
    entries.sort(key=lambda entry: (entry["path"], entry["line"], entry["code"], entry["fingerprint"]))
    # ensure_ascii: a lone surrogate in a path is written as its JSON escape.
    text = json.dumps({"tool": "newslint", "version": FORMAT_VERSION, "entries": entries}, indent=1, ensure_ascii=True)
    with atomic_write(path) as handle:
        handle.write(text + "\n")
    return len(entries)
