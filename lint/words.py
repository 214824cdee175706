"""wordfreq's word lists, unpacked once per machine and then read in place.

wordfreq stores each list packed (gzip, msgpack, bucketed by frequency);
unpacking one into a dict takes far longer than the few hundred lookups a
one-article run makes (English's large list alone took about 2 s on a loaded
machine, the sixteen Latin-script small lists several more).  So the first
run that needs a list unpacks it from the installed wordfreq package, as
before, and writes it to a cache file as a sorted table (:class:`Table`);
later runs map that file and find words by binary search, unpacking
nothing, until a table has answered many lookups (a corpus run), when it is
loaded as a dict once.  Values are stored as doubles, so every lookup returns
exactly what the dict would.  Each language's hundred commonest words (the
article-language vote) are cached too.

Nothing is downloaded: the cache is built from the package already
installed, and its file names carry wordfreq's version, so a new version
rebuilds it.  When the cache folder cannot be written the lists are
unpacked each run, as before.  The folder is ``$NEWSLINT_CACHE``, else
``$XDG_CACHE_HOME/newslint``, else ``~/.cache/newslint``.
"""
from __future__ import annotations

import functools
import mmap
import math
import os
import struct
import sys
import tempfile
from pathlib import Path


def cache_folder() -> Path:
    if os.environ.get("NEWSLINT_CACHE"):
        return Path(os.environ["NEWSLINT_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newslint"


@functools.lru_cache(maxsize=None)
def _wordfreq_version() -> str:
    import importlib.metadata

    try:
        return importlib.metadata.version("wordfreq")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def _cache_path(kind: str, language: str) -> Path:
    version = _wordfreq_version()
    python = f"{sys.version_info[0]}{sys.version_info[1]}"
    return cache_folder() / f"wordfreq-{version}-py{python}-{kind}-{language}.table"


# A table answers lookups from its file until this many, then loads as a dict:
# a one-article run makes a few hundred lookups a table, a corpus run
# millions.  2,000 binary searches cost about what loading the table does.
LOOKUPS_BEFORE_LOADING = 2_000
MAGIC = b"NLWORDS1"


class Table:
    """A word -> number table read from a sorted file by binary search (no
    unpacking), becoming a dict once it is used a lot.  ``get`` is the only
    reading, as on a dict."""

    def __init__(self, data: bytes | mmap.mmap | None = None, table: dict | None = None):
        self._dict = table
        self._lookups = 0
        if table is not None:
            self.get = table.get  # a plain dict read from now on
            return
        self._data = data
        (count,) = struct.unpack_from("<Q", data, len(MAGIC))
        header = len(MAGIC) + 8
        values_at = header + 8 * count
        offsets_at = values_at + 8 * count
        self._count = count
        self._keys = memoryview(data)[header:values_at].cast("Q")  # each word's start in the blob, and end
        self._values = memoryview(data)[values_at:offsets_at].cast("d")
        self._blob_at = offsets_at

    def get(self, word: str, default=None):
        self._lookups += 1
        if self._lookups > LOOKUPS_BEFORE_LOADING:
            self._load()
            return self._dict.get(word, default)
        key = word.encode("utf-8")
        data, keys, blob_at = self._data, self._keys, self._blob_at
        low, high = 0, self._count
        while low < high:
            middle = (low + high) // 2
            bounds = keys[middle]
            start, end = blob_at + (bounds >> 24), blob_at + (bounds >> 24) + (bounds & 0xFFFFFF)
            found = data[start:end]
            if found < key:
                low = middle + 1
            elif found > key:
                high = middle
            else:
                return self._values[middle]
        return default

    def _load(self) -> None:
        words = bytes(self._data[self._blob_at :]).decode("utf-8").split("\n")
        self._dict = dict(zip(words, self._values.tolist()))
        self.get = self._dict.get


def _encode(table: dict) -> bytes:
    """The table as MAGIC, count, (blob offset << 24 | length) per word,
    values as doubles, then the words sorted by their UTF-8 bytes, one a line."""
    items = sorted((word.encode("utf-8"), float(value)) for word, value in table.items())
    keys, offset = [], 0
    for word, _ in items:
        keys.append(offset << 24 | len(word))
        offset += len(word) + 1
    blob = b"\n".join(word for word, _ in items)
    return (
        MAGIC + struct.pack("<Q", len(items)) + struct.pack(f"<{len(items)}Q", *keys)
        + struct.pack(f"<{len(items)}d", *(value for _, value in items)) + blob
    )


def _cached(kind: str, language: str, build) -> Table:
    path = _cache_path(kind, language)
    try:
        with open(path, "rb") as handle:
            data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        if data[: len(MAGIC)] == MAGIC:
            return Table(data)
    except (OSError, ValueError, TypeError, struct.error):
        pass  # not built yet, or unreadable: unpack from wordfreq
    table = build()
    if any("\n" in word for word in table):
        return Table(table=table)  # not representable one word a line
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(_encode(table))
        os.replace(temporary, path)  # atomic: a concurrent reader never sees half a file
    except OSError:
        pass  # read-only home, full disk: the next run unpacks again
    return Table(table=table)


def frequencies(language: str) -> Table:
    """wordfreq's frequencies of the language's large list where it has one,
    else its small list (empty for a language wordfreq does not know)."""

    def build() -> dict[str, float]:
        import wordfreq

        wordlist = "large" if language in wordfreq.available_languages("large") else "small"
        if language not in wordfreq.available_languages(wordlist):
            return {}
        return wordfreq.get_frequency_dict(language, wordlist=wordlist)

    return _cached("full", language, build)


def common_zipfs(language: str) -> Table:
    """The Zipf values of the language's small list: its words at Zipf 3 or more."""

    def build() -> dict[str, float]:
        import wordfreq

        if language not in wordfreq.available_languages("small"):
            return {}
        table = wordfreq.get_frequency_dict(language, wordlist="small")
        return {word: math.log10(frequency) + 9 for word, frequency in table.items() if frequency > 0}

    return _cached("common", language, build)


@functools.lru_cache(maxsize=None)
def commonest(language: str, count: int) -> tuple[str, ...]:
    """The language's ``count`` commonest words (a few hundred bytes each,
    kept in a cache file so that voting on a language unpacks no list)."""
    path = _cache_path(f"top{count}", language)
    try:
        return tuple(path.read_text(encoding="utf-8").split("\n")) if path.stat().st_size else ()
    except (OSError, UnicodeDecodeError):
        pass
    import wordfreq

    words = tuple(wordfreq.top_n_list(language, count, wordlist="small")) if language in wordfreq.available_languages("small") else ()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write("\n".join(words))
        os.replace(temporary, path)
    except OSError:
        pass
    return words
