"""What the installed packages say that a run needs, read once per environment.

``importlib.metadata`` answers which plugins are installed (the ``newslint``
entry-point group) and which versions newslint and wordfreq are (wordfreq's
names the word-table cache files).  Importing it and scanning every
installed package's metadata cost a one-article run more than the rest of
the engine's start-up, so the answers are kept in the cache folder
(:func:`newslint.words.cache_folder`) under a fingerprint of the installed
packages: each ``sys.path`` folder that holds package metadata, with the
names and modification times of its ``.dist-info``, ``.egg-info``,
``.egg-link`` and ``.pth`` entries.  Installing, upgrading or removing a
package (pip rewrites its ``.dist-info``) or another ``sys.path`` changes the
fingerprint, and the metadata is read again.  A cache folder that cannot be
written only costs speed.
"""
from __future__ import annotations

import json
import os
import sys
import zlib
from pathlib import Path

from .hookspecs import PROJECT as GROUP

DISTRIBUTION = "newslint"
#: Distributions whose versions are kept: newslint's own and wordfreq's.
VERSIONS_OF = (DISTRIBUTION, "wordfreq")
UNKNOWN_VERSION = "0+unknown"
CACHE_FORMAT = 1


def installed() -> dict:
    """``{"entry-points": [[name, value, builtin], ...], "versions": {name:
    version}}``: the group's entry points, newslint's own first (``builtin``),
    and the versions of :data:`VERSIONS_OF` (``0+unknown`` for one not
    installed)."""
    fingerprint = [CACHE_FORMAT, *_fingerprint()]
    path = _cache_path(fingerprint)
    try:
        with open(path, encoding="utf-8") as handle:
            cached = json.load(handle)
        if cached.get("fingerprint") == fingerprint:
            return _remembering_versions(cached)
    except (OSError, ValueError, AttributeError):
        pass  # not written yet, or unreadable: read the metadata
    found = {"fingerprint": fingerprint, **_read_metadata()}
    from .words import write_atomically

    write_atomically(path, json.dumps(found).encode("utf-8"))
    # A new environment file means an install, an upgrade or a new
    # environment: the moment files no run reads any more appear.
    from .cache import prune

    prune(path.parent)
    return _remembering_versions(found)


def _remembering_versions(found: dict) -> dict:
    """``found``, its versions kept for :func:`version` if none are yet."""
    if not _VERSIONS:
        _VERSIONS.update(found.get("versions") or {})
    return found


def version(distribution: str) -> str:
    """The installed version of one of :data:`VERSIONS_OF`, as the first
    :func:`installed` of the process read it: a run asks for newslint's and
    wordfreq's several times after loading its plugins, and each
    :func:`installed` lists every ``sys.path`` folder again to check its
    fingerprint (a version does not change under a running process; the
    entry points, which a test may install while it runs, are read afresh)."""
    if not _VERSIONS:
        installed()
    return _VERSIONS.get(distribution, UNKNOWN_VERSION)


_VERSIONS: dict[str, str] = {}


def _cache_path(fingerprint: list) -> Path:
    from .words import cache_folder

    # One file per Python environment and per list of folders holding
    # package metadata: virtualenvs sharing the cache folder do not overwrite
    # each other's, nor do the installed command and a ``python -c`` or
    # pytest run from the source tree (whose folder, first on sys.path, holds
    # newslint.egg-info), which took turns reading the metadata again.  The
    # folders' entries and times are left out of the name: installing a
    # package rewrites its environment's file instead of adding one.
    folders = [entry[0] for entry in fingerprint if isinstance(entry, list)]
    environment = zlib.crc32(json.dumps([os.path.abspath(sys.prefix), folders]).encode("utf-8"))
    return cache_folder() / f"installed-py{sys.version_info[0]}{sys.version_info[1]}-{environment:08x}.json"


def _fingerprint() -> list:
    """The ``sys.path`` folders holding package metadata, each with its
    entries' names and modification times (a stat each, no file read).  A
    folder with none (the current directory, usually) adds nothing, so runs
    from different directories share the cache."""
    fingerprint: list = [sys.executable]
    for folder in sys.path:
        try:
            entries = os.scandir(folder or ".")
        except OSError:
            continue  # a zip file or a missing folder
        with entries:
            found = sorted(
                [entry.name, entry.stat().st_mtime_ns]  # lists: what JSON reads back
                for entry in entries
                if entry.name.endswith((".dist-info", ".egg-info", ".egg-link", ".pth"))
            )
        if found:
            fingerprint.append([os.path.abspath(folder or "."), found])
    return fingerprint


def _read_metadata() -> dict:
    """The group's entry points, each with whether newslint itself provides it
    (an entry point seen twice, an editable and a regular install, counts
    once), and the versions."""
    from importlib import metadata

    found = {}
    for distribution in metadata.distributions():
        ours = [entry_point for entry_point in distribution.entry_points if entry_point.group == GROUP]
        if not ours:
            continue  # most installed packages: their METADATA is never parsed (the slow part)
        builtin = _normalise(distribution.metadata["Name"] or "") == DISTRIBUTION
        for entry_point in ours:
            found.setdefault((entry_point.name, entry_point.value), [entry_point.name, entry_point.value, builtin])
    versions = {}
    for name in VERSIONS_OF:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:  # a bare source tree, or wordfreq missing
            versions[name] = UNKNOWN_VERSION
    points = sorted(found.values(), key=lambda point: (not point[2], point[0]))
    return {"entry-points": points, "versions": versions}


def _normalise(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")
