"""The cache folder's housekeeping: what newslint keeps there, and removing it.

newslint writes derived data to :func:`newslint.words.cache_folder` so that a
one-article run does not rebuild it: word tables unpacked from wordfreq,
compiled patterns, the installed packages' metadata (one file per Python
environment), parsed configuration.  Each file is rebuilt when missing, so
removing any of them only costs the next run its speed.

Nothing else evicts them, and a machine that upgrades newslint, wordfreq or
Python, or runs many virtual environments, collects files no run reads any
more.  Two kinds are pruned when a run writes a new environment file (after an
install or upgrade, not on every run): word tables in the layouts older
newslint versions wrote, and other environments' files not rewritten for
:data:`STALE_AFTER_DAYS`.  ``newslint cache info`` shows the rest and
``newslint cache clean`` removes it.
"""
from __future__ import annotations

import contextlib
import fnmatch
import os
import time
from pathlib import Path
from typing import NamedTuple

#: The names newslint gives its cache files, by kind.  Only these are ever
#: removed: the folder may be shared with (or set by the user to) a folder
#: holding other files.
KINDS = {
    "word tables": ("wordfreq-*.table2", "mixed-language-gate-*.table2"),
    "word tables in an older layout": ("wordfreq-*.table", "wordfreq-*.marshal"),
    "installed packages' metadata": ("installed-py*.json",),
    "compiled patterns": ("re-patterns-*.bin", "regex-patterns-*.bin"),
    "interface-string catalogue": ("interface-strings-*.json",),
    "mojibake gate": ("mojibake-gate-*.json",),
    "OC101's vocabulary": ("oc-static-vocabulary-*.table2",),
    "parsed configuration": ("config-parses.bin",),
}
OLDER_LAYOUTS = "word tables in an older layout"
ENVIRONMENTS = "installed packages' metadata"
#: An environment whose metadata file has not been rewritten for this long
#: is probably gone (a deleted virtualenv, a test's temporary one); one still
#: in use only pays one metadata read to write it again.
STALE_AFTER_DAYS = 30
SECONDS_PER_DAY = 86_400


class CacheFile(NamedTuple):
    path: Path
    kind: str
    size: int
    modified: float


def cache_files(folder: Path | None = None) -> list[CacheFile]:
    """The files newslint wrote in ``folder`` (the cache folder by default),
    sorted by kind and name; a folder that does not exist holds none."""
    if folder is None:
        from .words import cache_folder

        folder = cache_folder()
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        kind = _kind(entry.name)
        if kind is None:
            continue
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False):
                status = entry.stat(follow_symlinks=False)
                found.append(CacheFile(Path(entry.path), kind, status.st_size, status.st_mtime))
    found.sort(key=lambda item: (list(KINDS).index(item.kind), item.path.name))
    return found


def remove(files: list[CacheFile]) -> tuple[int, int]:
    """Remove ``files``; how many were removed and their bytes.  A file
    another process removed first, or that cannot be removed, is skipped."""
    count = size = 0
    for item in files:
        with contextlib.suppress(OSError):
            item.path.unlink()
            count += 1
            size += item.size
    return count, size


def prune(folder: Path | None = None, now: float | None = None) -> tuple[int, int]:
    """Remove the files no current run reads: word tables in older layouts,
    and environment metadata files older than :data:`STALE_AFTER_DAYS`."""
    now = time.time() if now is None else now
    cutoff = now - STALE_AFTER_DAYS * SECONDS_PER_DAY
    stale = [
        item
        for item in cache_files(folder)
        if item.kind == OLDER_LAYOUTS or (item.kind == ENVIRONMENTS and item.modified < cutoff)
    ]
    return remove(stale)


def _kind(name: str) -> str | None:
    for kind, patterns in KINDS.items():
        if any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns):
            return kind
    return None
