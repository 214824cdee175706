"""What Git ignores, so that a directory walk leaves it out as ruff does.

Inside a Git work tree, a path is ignored when the patterns of the tree's
``.git/info/exclude`` and of the ``.gitignore`` files from the tree's top
down to the path's folder say so, with Git's precedence: a nearer
``.gitignore`` overrides a farther one, ``info/exclude`` comes below them
all, and within one file the last matching pattern decides.  Patterns follow
gitignore(5): ``#`` comments, ``!`` re-includes, a trailing ``/`` matches
folders only, a ``/`` at the start or in the middle anchors the pattern to
its file's folder (otherwise it matches a name at any depth), ``*`` and
``?`` and ``[...]`` stay within one path component, ``**`` spans several.

The user's global excludes file (``core.excludesFile``) is not read: what a
run checks should not depend on one person's machine.  Outside a work tree
nothing is ignored, as Git ignores nothing there.
"""
from __future__ import annotations

import os
from typing import NamedTuple

import regex

GITIGNORE = ".gitignore"
#: A work tree's top holds ``.git``: a folder, or a file in a linked work
#: tree or a submodule (``gitdir: ...``).
GIT_DIR = ".git"
INFO_EXCLUDE = os.path.join(GIT_DIR, "info", "exclude")
#: Unescaped trailing spaces are not part of a pattern (gitignore(5)).
TRAILING_SPACES = regex.compile(r"(?<!\\)[ \t]+$")
#: One piece of a glob: ``**`` with its slashes, a bracket expression, an
#: escaped character, ``*``, ``?``, or anything else taken literally.
GLOB_PIECE = regex.compile(r"(?:^\*\*/|/\*\*/|/\*\*$)|\[!?\]?[^\]]*\]|\\.|\*+|\?|[^*?\[\\/]+|.", regex.S)


class Pattern(NamedTuple):
    matcher: "regex.Pattern[str]"
    negated: bool
    folders_only: bool


def parse(text: str) -> list[Pattern]:
    """The patterns of one ignore file, in its order."""
    patterns = []
    for line in text.splitlines():
        pattern = _compiled(line)
        if pattern is not None:
            patterns.append(pattern)
    return patterns


def _compiled(line: str) -> Pattern | None:
    line = TRAILING_SPACES.sub("", line)
    if not line or line.startswith("#"):
        return None
    negated = line.startswith("!")
    if negated:
        line = line[1:]
    folders_only = line.endswith("/")
    line = line.rstrip("/")
    if not line:
        return None
    # A slash at the start or in the middle ties the pattern to its file's
    # folder; a bare name ("drafts", "*.tmp") matches at any depth.
    anchored = "/" in line
    line = line.lstrip("/")
    body = "".join(_translated(piece) for piece in GLOB_PIECE.findall(line))
    prefix = "" if anchored else "(?:.*/)?"
    return Pattern(regex.compile(prefix + body, regex.S), negated, folders_only)


def _translated(piece: str) -> str:
    if piece == "**/":
        return "(?:.*/)?"
    if piece == "/**/":
        return "/(?:.*/)?"
    if piece == "/**":
        return "/.*"
    if piece.startswith("*"):
        return "[^/]*"  # "**" anywhere else is a plain "*" (gitignore(5))
    if piece == "?":
        return "[^/]"
    if piece.startswith("\\"):
        return regex.escape(piece[1:])
    if piece.startswith("[") and len(piece) > 2 and piece.endswith("]"):
        inside = piece[1:-1]
        negated = inside.startswith("!")
        if negated:
            inside = inside[1:]
        members = inside.replace("\\", "\\\\").replace("[", "\\[")
        return f"(?!/)[{'^' if negated else ''}{members}]"
    return regex.escape(piece)


def work_tree_top(path: str) -> str | None:
    """The top folder of the Git work tree ``path`` lies in, or None."""
    folder = os.path.realpath(path)
    if not os.path.isdir(folder):
        folder = os.path.dirname(folder)
    while True:
        if os.path.exists(os.path.join(folder, GIT_DIR)):
            return folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


class Ignored:
    """The ignore rules of one work tree, each file read once (a walk asks
    about every entry of a folder)."""

    def __init__(self, top: str):
        self.top = top
        self._by_folder: dict[str, list[Pattern]] = {}
        self._real_folders: dict[str, str] = {}
        self._info = self._read(os.path.join(top, INFO_EXCLUDE))

    @classmethod
    def around(cls, path: str) -> "Ignored | None":
        """The rules for paths under ``path``, or None outside a work tree."""
        top = work_tree_top(path)
        return cls(top) if top is not None else None

    def __call__(self, path: str, is_folder: bool) -> bool:
        """Whether Git ignores ``path`` (a file, or a folder)."""
        folder, name = os.path.split(path)
        relative = os.path.relpath(os.path.join(self._real(folder), name), self.top)
        if relative == os.curdir or relative.startswith(os.pardir):
            return False
        parts = relative.split(os.sep)
        if GIT_DIR in parts:
            return True  # the repository's own store is never an article
        decided = self._decision(self._info, relative.replace(os.sep, "/"), is_folder)
        folder = self.top
        for depth in range(len(parts)):
            patterns = self._patterns(folder)
            below = "/".join(parts[depth:])
            verdict = self._decision(patterns, below, is_folder)
            if verdict is not None:
                decided = verdict
            folder = os.path.join(folder, parts[depth])
        return bool(decided)

    @staticmethod
    def _decision(patterns: list[Pattern], relative: str, is_folder: bool) -> bool | None:
        for pattern in reversed(patterns):
            if pattern.folders_only and not is_folder:
                continue
            if pattern.matcher.fullmatch(relative):
                return not pattern.negated
        return None

    def _real(self, folder: str) -> str:
        # A walk asks about every entry of a folder: resolve the folder once,
        # and the entry itself never (a link is judged where it lies, as Git does).
        if folder not in self._real_folders:
            self._real_folders[folder] = os.path.realpath(folder or os.curdir)
        return self._real_folders[folder]

    def _patterns(self, folder: str) -> list[Pattern]:
        if folder not in self._by_folder:
            self._by_folder[folder] = self._read(os.path.join(folder, GITIGNORE))
        return self._by_folder[folder]

    @staticmethod
    def _read(path: str) -> list[Pattern]:
        # An unreadable or undecodable ignore file ignores nothing: Git
        # itself reads such a file as best it can, and a walk that then
        # checks a file too many says so in its findings, never hides one.
        try:
            with open(path, encoding="utf-8", errors="replace") as handle:
                return parse(handle.read())
        except OSError:
            return []
