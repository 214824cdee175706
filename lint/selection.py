"""Which rules run on which file.

Modelled on flake8's and ruff's selection, with its own tie rule: a code is
checked when the longest entry of ``select`` (with ``extend-select``) that is
a prefix of it is at least as long as the longest matching entry of
``ignore`` (with ``extend-ignore``).  On a tie, select wins: ``select: [TX1]``
with ``ignore: [TX1]`` checks TX101.  ``ALL`` matches every code with length
zero, except that ``ignore: [ALL]`` beats ``select: [ALL]``, so
``--ignore ALL`` switches everything off and ``--extend-select TX101`` then
brings back just TX101.  So ``select: [TX]`` with ``ignore: [TX1]`` checks
TX201 but not TX101, and ``extend-select: [TX101]`` brings TX101 back.
``per-file-ignores`` are absolute: a matching prefix switches a code off for
that file whatever is selected.

After the rules have run, two finer sieves drop single findings (see
:mod:`newslint.accept`): the ``accept`` entries (a code, the flagged text or a
pattern over it, a path glob), and a corpus record's own ignore field.  Both
come before the baseline.

Input problems (NL codes) are outside selection: they are always reported
(see :mod:`newslint.problems`), and the configuration refuses to ignore them.
"""
from __future__ import annotations

import fnmatch
import functools
import os
from typing import Iterable, Mapping

from .pattern_cache import compile_re_cached


#: How long a match ALL counts as, in select and in ignore: both shorter than
#: any real prefix, and ignored ALL longer than selected ALL.
SELECTED_ALL, IGNORED_ALL = 0.0, 0.5


def _longest_match(code: str, prefixes: Iterable[str], all_length: float = SELECTED_ALL) -> float:
    best = -1.0
    for prefix in prefixes:
        if prefix == "ALL":
            best = max(best, all_length)
        elif code.startswith(prefix):
            best = max(best, len(prefix))
    return best


class Selection:
    def __init__(
        self,
        select: Iterable[str] = ("ALL",),
        ignore: Iterable[str] = (),
        extend_select: Iterable[str] = (),
        extend_ignore: Iterable[str] = (),
        per_file_ignores: Mapping[str, Iterable[str]] | None = None,
    ):
        self.selected = tuple(select) + tuple(extend_select)
        self.ignored = tuple(ignore) + tuple(extend_ignore)
        self.per_file_ignores = tuple((pattern, tuple(codes)) for pattern, codes in (per_file_ignores or {}).items())
        # Decisions are asked once per rule per article: remember them.
        self._selected: dict[str, bool] = {}
        self._file_ignores: dict[str, tuple[str, ...]] = {}

    @classmethod
    def from_config(cls, config) -> "Selection":
        return cls(config.select, config.ignore, config.extend_select, config.extend_ignore, config.per_file_ignores)

    def is_selected(self, code: str) -> bool:
        if code not in self._selected:
            chosen = _longest_match(code, self.selected)
            self._selected[code] = chosen >= 0 and chosen >= _longest_match(code, self.ignored, IGNORED_ALL)
        return self._selected[code]

    def ignored_for_file(self, path: str) -> tuple[str, ...]:
        """The prefixes that ``per-file-ignores`` switch off for ``path``."""
        if path not in self._file_ignores:
            if len(self._file_ignores) > 10_000:
                self._file_ignores.clear()  # a corpus of many files: keep the memory bounded
            prefixes: list[str] = []
            for pattern, codes in self.per_file_ignores:
                if matches_path(path, pattern):
                    prefixes.extend(codes)
            self._file_ignores[path] = tuple(prefixes)
        return self._file_ignores[path]

    def is_selected_for(self, code: str, path: str) -> bool:
        return self.is_selected(code) and _longest_match(code, self.ignored_for_file(path)) < 0


def code_matches(code: str, prefixes: Iterable[str]) -> bool:
    """Whether any of ``prefixes`` (codes, prefixes or ALL) covers ``code``."""
    return _longest_match(code, prefixes) >= 0


def matches_path(path: str, pattern: str) -> bool:
    """Whether a glob matches a path: patterns with a ``/`` match the whole
    path (``/``-separated; relative to the working directory, or absolute
    when the pattern is: a configuration file's globs are anchored at its
    folder); others match the file name or any directory name in it."""
    if os.path.isabs(pattern):
        path = os.path.abspath(path)
    normalised = os.path.normpath(path).replace(os.sep, "/")
    if normalised.startswith("./"):
        normalised = normalised[2:]
    if "/" in pattern.rstrip("/"):
        return _glob(pattern.rstrip("/").removeprefix("./"))(normalised) is not None
    match = _glob(pattern.rstrip("/"))
    return any(match(part) is not None for part in normalised.split("/"))


@functools.lru_cache(maxsize=32768)
def _glob(pattern: str):
    """``fnmatch.fnmatchcase``'s test for one glob (its ``translate``d
    pattern's ``match``), compiled through the pattern cache: a run's few
    include and exclude globs cost a start-up about as much as checking an
    article."""
    return compile_re_cached(fnmatch.translate(pattern)).match
