"""wordfreq's word lists, unpacked once per machine.

wordfreq stores each list packed (gzip, msgpack, bucketed by frequency);
unpacking one into a dict costs far more than the lookups a one-article run
makes.  Two readings are cached here: the common part of each list (Zipf 3
or more, as :func:`newslint.language.common_zipf` reads it) and each
language's hundred commonest words (the article-language vote), so a clear
English article no longer unpacks the other fifteen Latin-script lists to
vote.  (The large lists are not cached: re-reading 300,000 words from a
cache file measured no faster than unpacking them.)  The first run that needs a
list unpacks it from the installed wordfreq package, as before, and writes
the dict to a cache file with ``marshal``; later runs read that file (about
twice as fast for the common lists).  Nothing is downloaded: the cache is built from the
package already installed, and keyed by wordfreq's version and Python's, so a
new version rebuilds it.  When the cache folder cannot be written the lists
are unpacked each run, as before.

The cache folder is ``$NEWSLINT_CACHE``, else ``$XDG_CACHE_HOME/newslint``,
else ``~/.cache/newslint``.
"""
from __future__ import annotations

import functools
import marshal
import math
import os
import sys
import tempfile
from pathlib import Path


def cache_folder() -> Path:
    if os.environ.get("NEWSLINT_CACHE"):
        return Path(os.environ["NEWSLINT_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newslint"


@functools.lru_cache(maxsize=None)
def _cache_path(kind: str, language: str) -> Path:
    import importlib.metadata

    try:
        version = importlib.metadata.version("wordfreq")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    python = f"{sys.version_info[0]}{sys.version_info[1]}"
    return cache_folder() / f"wordfreq-{version}-py{python}-{kind}-{language}.marshal"


def _cached(kind: str, language: str, build) -> dict:
    path = _cache_path(kind, language)
    try:
        with open(path, "rb") as handle:
            table = marshal.loads(handle.read())
        if isinstance(table, dict):
            return table
    except (OSError, ValueError, EOFError, TypeError):
        pass  # not built yet, or unreadable: unpack from wordfreq
    table = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            marshal.dump(table, out)
        os.replace(temporary, path)  # atomic: a concurrent reader never sees half a file
    except OSError:
        pass  # read-only home, full disk: the next run unpacks again
    return table


def common_zipfs(language: str) -> dict[str, float]:
    """The Zipf values of the language's small list: its words at Zipf 3 or more."""

    def build() -> dict[str, float]:
        import wordfreq

        if language not in wordfreq.available_languages("small"):
            return {}
        table = wordfreq.get_frequency_dict(language, wordlist="small")
        return {word: math.log10(frequency) + 9 for word, frequency in table.items() if frequency > 0}

    return _cached("common", language, build)


def commonest(language: str, count: int) -> list[str]:
    """The language's ``count`` commonest words, commonest first."""

    def build() -> dict[str, list[str]]:
        import wordfreq

        if language not in wordfreq.available_languages("small"):
            return {"words": []}
        return {"words": wordfreq.top_n_list(language, count, wordlist="small")}

    return _cached(f"top{count}", language, build)["words"]
