"""wordfreq's word lists, unpacked once per machine and then read in place.

wordfreq stores each list packed (gzip, msgpack, bucketed by frequency);
unpacking one into a dict takes far longer than the few hundred lookups a
one-article run makes (English's large list alone took about 2 s on a loaded
machine, the sixteen Latin-script small lists several more).  So the first
run that needs a list unpacks it from the installed wordfreq package, as
before, and writes it to a cache file as a hash table (:class:`Table`);
later runs map that file and find words through its hash slots, unpacking
nothing, until a table has answered many lookups (a corpus run), when it is
loaded as a dict once; a large list (English's 320,000 words) never loads
but remembers each word's answer.  Values are stored as doubles, so every
lookup returns exactly what the dict would.  Each language's hundred
commonest words (the article-language vote) are cached too.

Nothing is downloaded: the cache is built from the package already
installed, and its file names carry wordfreq's version, so a new version
rebuilds it.  When the cache folder cannot be written the lists are
unpacked each run, as before.  The folder is ``$NEWSLINT_CACHE``, else
``$XDG_CACHE_HOME/newslint``, else ``~/.cache/newslint``.
"""
from __future__ import annotations

import contextlib
import functools
import itertools
import mmap
import math
import operator
import os
import struct
import sys
import zlib
from pathlib import Path
from typing import AbstractSet, Callable, Iterable


def cache_folder() -> Path:
    if os.environ.get("NEWSLINT_CACHE"):
        return Path(os.environ["NEWSLINT_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newslint"


@functools.lru_cache(maxsize=None)
def _wordfreq_version() -> str:
    from .installed import version  # cached: no importlib.metadata on a start-up

    return version("wordfreq").replace("/", "_")


def _cache_path(kind: str, language: str) -> Path:
    version = _wordfreq_version()
    python = f"{sys.version_info[0]}{sys.version_info[1]}"
    # ".table2": the hashed layout; older newslint versions sharing the
    # folder keep their sorted ".table" files.
    return cache_folder() / f"wordfreq-{version}-py{python}-{kind}-{language}.table2"


# A table answers lookups from its file until it has answered this many per
# word it holds, then loads as a dict: a one-article run makes a few hundred
# lookups a table, a corpus run millions.  Loading costs about what 1/8 of
# the table's size in hashed lookups do (measured on English's large list,
# 320,000 words: 0.2 s to load, 1.5 µs a lookup).
LOOKUPS_PER_WORD_BEFORE_LOADING = 1 / 8
# and never before this many (a small table loads in no time, but a
# one-article run should not pay even that for a dozen lookups).
MIN_LOOKUPS_BEFORE_LOADING = 2_000
# A table of more words than this never loads: it answers from its file,
# each word's answer remembered for the process.  Loading English's large
# list (320,000 words) took 0.4 to 0.8 s on the loaded benchmark machine and
# holds some 40 MB, while a megabyte of news asks it about 20,000 distinct
# words; the small lists (30,000 words, 0.02 s) still load.
MAX_WORDS_LOADED = 100_000
# The remembered answers of one such table start again past this many.
MAX_REMEMBERED_ANSWERS = 200_000
MAGIC = b"NLWORDS2"
# The file layout (after MAGIC): the word count and the slot count, then per
# word (blob offset << OFFSET_SHIFT | byte length) and its value as a double,
# then the hash slots (a word's index + 1, 0 for empty), then the words.
OFFSET_SHIFT = 24
LENGTH_MASK = (1 << OFFSET_SHIFT) - 1


class Table:
    """A word -> number table read from its file in place through a hash
    table (no unpacking), becoming a dict once it is used a lot, or, for a
    table larger than :data:`MAX_WORDS_LOADED`, remembering each word's
    answer instead.  ``get`` is the only reading, as on a dict.

    A word's slot is the CRC-32 of its UTF-8 bytes (a hash fixed across
    processes, computed in C) modulo the slot count, a power of two at least
    twice the word count; collisions go to the next slot (linear probing),
    so a lookup reads one or two slots."""

    def __init__(self, data: bytes | mmap.mmap | None = None, table: dict | None = None):
        self._dict = table
        self._lookups = 0
        self._known: frozenset[str] | None = None  # the words above 0, for count_known
        if table is not None:
            self.get = table.get  # a plain dict read from now on
            return
        self._data = data
        count, slots = struct.unpack_from("<QQ", data, len(MAGIC))
        header = len(MAGIC) + 16
        values_at = header + 8 * count
        slots_at = values_at + 8 * count
        blob_at = slots_at + 4 * slots
        if count and len(data) != blob_at + _blob_length(data, header, count):
            raise ValueError("word table cut short or padded")  # a damaged file: _cached builds it again
        self._count = count
        self._keys = memoryview(data)[header:values_at].cast("Q")
        self._values = memoryview(data)[values_at:slots_at].cast("d")
        self._slots = memoryview(data)[slots_at:blob_at].cast("I")
        self._mask = slots - 1
        self._blob_at = blob_at
        self._loading_after = max(MIN_LOOKUPS_BEFORE_LOADING, int(count * LOOKUPS_PER_WORD_BEFORE_LOADING))
        # The remembered answers of a table that never loads: the words it
        # holds with their values, and the words it lacks.
        self._answers: dict[str, float] = {}
        self._lacking: set[str] = set()
        if count > MAX_WORDS_LOADED:
            self.get = self._remembered

    @property
    def loads(self) -> bool:
        """Whether the table loads as a dict once used a lot (else it keeps
        answering from its file, remembering its answers)."""
        return self._dict is not None or self._count <= MAX_WORDS_LOADED

    def get(self, word: str, default=None):
        self._lookups += 1
        if self._lookups > self._loading_after:
            if self._dict is None:
                # Once: a caller may hold this method from before the load
                # (``get = table.get``), and must not rebuild the dict per word.
                self._load()
            return self._dict.get(word, default)
        value = self._find(word)
        return default if value is None else value

    def get_many(self, words: list[str], default=None) -> list:
        """``[get(word, default) for word in words]``, the same answers and
        the same loading decision (it counts every word as a lookup): a
        table that will load within this batch loads before it, and a dict
        then answers the whole batch through one ``map`` in C."""
        if self._dict is None and self._count <= MAX_WORDS_LOADED:
            self._lookups += len(words)
            if self._lookups > self._loading_after:
                self._load()
            else:
                return [default if (value := self._find(word)) is None else value for word in words]
        if self._dict is not None:
            return list(map(self._dict.get, words, itertools.repeat(default, len(words))))
        return self._remembered_many(words, default)

    def find(self, word: str, default=None):
        """``get`` for a caller that remembers the answers itself
        (:func:`newslint.language.zipf`): a table too large to load keeps
        no second memory of the word, but answers from the memory other
        callers' lookups left (``get_many``: OC reads English's large list
        a column at a time, and TX then asks about the same words one by
        one) before it reads its file."""
        if self._dict is None and self._count > MAX_WORDS_LOADED:
            value = self._answers.get(word)
            if value is not None:
                return value
            if word in self._lacking:
                return default
            value = self._find(word)
            return default if value is None else value
        return self.get(word, default)

    def count_known(self, words: list[str]) -> int:
        """How many of the words hold a value above 0:
        ``sum(value > 0 for value in get_many(words, 0.0))``, with the same
        loading decision; a loaded table answers through a set of its
        words above 0 (made once), one membership test per word in C."""
        if self._dict is not None or (self._count <= MAX_WORDS_LOADED and self._lookups + len(words) > self._loading_after):
            if self._dict is None:
                self._lookups += len(words)
                self._load()
            if self._known is None:
                known = map(operator.gt, self._dict.values(), itertools.repeat(0))
                self._known = frozenset(itertools.compress(self._dict, known))
            return sum(map(self._known.__contains__, words))
        return sum(map(operator.gt, self.get_many(words, 0.0), itertools.repeat(0.0)))

    def _remembered(self, word: str, default=None):
        """``get`` of a table too large to load: a word met before is one
        dict read, a new one a hashed lookup in the file."""
        value = self._answers.get(word)
        if value is not None:
            return value
        if word in self._lacking:
            return default
        if len(self._answers) + len(self._lacking) >= MAX_REMEMBERED_ANSWERS:
            self._forget_answers()
        value = self._find(word)
        if value is None:
            self._lacking.add(word)
            return default
        self._answers[word] = value
        return value

    def _remembered_many(self, words: list[str], default=None) -> list:
        """``[_remembered(word, default) for word in words]``: the words not
        met before found in the file, then every answer read by one ``map``
        in C (a Python call per word was most of the cost of a column)."""
        answers, lacking = self._answers, self._lacking
        new = set(words).difference(answers, lacking)
        if new:
            if len(answers) + len(lacking) + len(new) > MAX_REMEMBERED_ANSWERS:
                self._forget_answers()
                new = set(words)  # every word of the batch is new again
                if len(new) > MAX_REMEMBERED_ANSWERS:  # one batch larger than the memory
                    return [default if (value := self._find(word)) is None else value for word in words]
            find = self._find
            for word in new:
                value = find(word)
                if value is None:
                    lacking.add(word)
                else:
                    answers[word] = value
        return list(map(answers.get, words, itertools.repeat(default, len(words))))

    def _forget_answers(self) -> None:
        self._answers.clear()
        self._lacking.clear()

    def _find(self, word: str) -> float | None:
        """The word's value read from the file through its hash slot, None
        when the table lacks it."""
        key = word.encode("utf-8", "surrogatepass")
        slots, keys, data, blob_at, mask = self._slots, self._keys, self._data, self._blob_at, self._mask
        slot = zlib.crc32(key) & mask
        while True:
            index = slots[slot]
            if not index:
                return None
            bounds = keys[index - 1]
            start = blob_at + (bounds >> OFFSET_SHIFT)
            if data[start : start + (bounds & LENGTH_MASK)] == key:
                return self._values[index - 1]
            slot = (slot + 1) & mask

    def _load(self) -> None:
        words = bytes(self._data[self._blob_at :]).decode("utf-8", "surrogatepass").split("\n")
        self._dict = dict(zip(words, self._values.tolist()))
        self.get = self._dict.get


def _blob_length(data, header: int, count: int) -> int:
    """The words' length in bytes by the last word's place in the file's
    index (the words are stored in order, a newline between two)."""
    if len(data) < header + 8 * count:
        raise ValueError("word table cut short")
    (bounds,) = struct.unpack_from("<Q", data, header + 8 * (count - 1))
    return (bounds >> OFFSET_SHIFT) + (bounds & LENGTH_MASK)


def _encode(table: dict) -> bytes:
    """The table in the layout :class:`Table` reads (see MAGIC)."""
    items = sorted((word.encode("utf-8", "surrogatepass"), float(value)) for word, value in table.items())
    slot_count = 1
    while slot_count < 2 * len(items) + 1:
        slot_count *= 2
    mask = slot_count - 1
    slots = [0] * slot_count
    keys, offset = [], 0
    for index, (word, _) in enumerate(items):
        keys.append(offset << OFFSET_SHIFT | len(word))
        offset += len(word) + 1
        slot = zlib.crc32(word) & mask
        while slots[slot]:
            slot = (slot + 1) & mask
        slots[slot] = index + 1
    blob = b"\n".join(word for word, _ in items)
    return (
        MAGIC + struct.pack("<QQ", len(items), slot_count) + struct.pack(f"<{len(items)}Q", *keys)
        + struct.pack(f"<{len(items)}d", *(value for _, value in items)) + struct.pack(f"<{slot_count}I", *slots)
        + blob
    )


# Every table read from its file in this process, for load_opened_tables.
_OPENED: list[Table] = []


def load_opened_tables() -> None:
    """Load every table opened so far as a dict now (those small enough to
    load): a process about to fork workers for a long run does it once for
    all of them (each would otherwise load the tables it uses on its own)."""
    for table in _OPENED:
        if table._dict is None and table.loads:
            table._load()


class TypeVerdicts:
    """One yes-or-no question asked of word types, each type judged once per
    process: a rule that asks it of every article's types pays only for the
    types it never met, and two set operations.  Forgotten when it has
    judged :data:`MAX_JUDGED_TYPES` types."""

    __slots__ = ("judged", "passed")

    def __init__(self) -> None:
        self.judged: set[str] = set()
        self.passed: set[str] = set()

    def passing(self, types: AbstractSet[str], judge: Callable[[str], bool]) -> set[str]:
        """Those of ``types`` that ``judge`` accepts (or accepted before)."""
        if len(self.judged) > MAX_JUDGED_TYPES:
            self.judged.clear()
            self.passed.clear()
        new = list(types.difference(self.judged))
        if new:
            # The judge called from C (map), in the order a loop over the new types takes.
            self.passed.update(itertools.compress(new, list(map(judge, new))))
            self.judged.update(new)
        return types.intersection(self.passed)

    def passing_all(self, types: AbstractSet[str], judge_all: Callable[[set[str]], Iterable[str]]) -> set[str]:
        """:meth:`passing` with a judge that takes every type not judged yet
        at once and returns those it accepts: a judge whose work per word
        is a few table reads does them in one pass per table."""
        if len(self.judged) > MAX_JUDGED_TYPES:
            self.judged.clear()
            self.passed.clear()
        new = types.difference(self.judged)
        if new:
            self.passed.update(judge_all(new))
            self.judged.update(new)
        return types.intersection(self.passed)


MAX_JUDGED_TYPES = 200_000
_TYPE_VERDICTS: dict[tuple, TypeVerdicts] = {}


def type_verdicts(key: tuple) -> TypeVerdicts:
    """The verdicts kept under ``key``: the rule's code and everything its
    question depends on (language, settings), so that verdicts of another
    question are kept apart."""
    verdicts = _TYPE_VERDICTS.get(key)
    if verdicts is None:
        verdicts = _TYPE_VERDICTS[key] = TypeVerdicts()
    return verdicts


def forget_type_verdicts() -> None:
    """Every rule's verdicts forgotten (tests of a first meeting)."""
    _TYPE_VERDICTS.clear()


def _cached(kind: str, language: str, build) -> Table:
    return cached_table(_cache_path(kind, language), build)


def cached_table(path: Path, build) -> Table:
    """The table kept at ``path`` in the cache folder (a name that says
    what it was made from), read in place; when it is missing or damaged,
    ``build()``'s dict (values numbers), written there for the next run."""
    try:
        with open(path, "rb") as handle:
            data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        if data[: len(MAGIC)] == MAGIC:
            table = Table(data)
            _OPENED.append(table)
            return table
    except (OSError, ValueError, TypeError, struct.error):
        pass  # not built yet, or unreadable: unpack from wordfreq
    table = build()
    if any("\n" in word for word in table):
        return Table(table=table)  # not representable one word a line
    if _writable(path.parent):  # encoding is most of a build's cost: not for a file never written
        write_atomically(path, _encode(table))
    return Table(table=table)


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def write_atomically(path: Path, data: bytes) -> None:
    """Write a cache file whole or not at all (:mod:`newslint.atomic`): a
    concurrent reader never sees half a file, and a failed write (read-only
    home, full disk, a file size limit) leaves no temporary file behind and
    only costs speed; the next run builds it again."""
    from .atomic import atomic_write_bytes

    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write_bytes(str(path)) as out:
            out.write(data)


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


def best_common_zipfs(languages: tuple[str, ...]) -> tuple[Table, Table]:
    """Two tables over every word the languages' small lists hold: its
    highest Zipf value among them (a value of :func:`common_zipfs`), and
    the place in ``languages`` of the first language with that value (a
    float).  One word, two hashed reads, where comparing a word across the
    languages read every language's table: a run judging each new word
    type against eight languages loaded eight tables (about 0.02 s each),
    while these two are read in place.  Built once per machine from the
    small lists, and kept in the cache folder like them."""
    key = "-".join(languages)
    built: dict[str, tuple[dict, dict]] = {}

    def build() -> tuple[dict, dict]:
        if key not in built:
            best: dict[str, float] = {}
            first: dict[str, float] = {}
            for index, language in enumerate(languages):
                table = common_zipfs(language)
                if table._dict is None:
                    table._load()
                    _OPENED.remove(table)  # read once for the build: not kept loaded for the process
                for word, value in table._dict.items():
                    # Strictly higher, from 0.0: the first language with the
                    # highest value wins, as a walk of the languages in order
                    # keeping the best so far does (values are above 0).
                    if value > best.get(word, 0.0):
                        best[word] = value
                        first[word] = float(index)
            built[key] = (best, first)
        return built[key]

    return _cached("bestcommon", key, lambda: build()[0]), _cached("bestcommonplace", key, lambda: build()[1])


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
    write_atomically(path, "\n".join(words).encode("utf-8"))
    return words
