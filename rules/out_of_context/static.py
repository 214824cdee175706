"""Static sentence embeddings: OC101's default method.

A sentence's vector is the weighted sum of the vectors of its words' pieces,
looked up in a table distilled from all-MiniLM-L6-v2 (built by
build_static_embeddings.py; Model2Vec's recipe).  No model runs: a lookup
and a sum, so it costs about as much as reading the words.  A word weighs
by how rare it is (SIF: ``a / (a + p)``, p its wordfreq frequency), so "the"
and "said" carry nothing and names carry most.

The table knows the pieces of an English, lower-cased, accent-stripped
vocabulary: it is used on English articles only.
"""
from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from pathlib import Path
from typing import Sequence

from newslint import npz
from newslint.pattern_cache import compile_cached

from .kept_vocabulary import kept_vocabulary

TABLE = Path(__file__).resolve().parent / "static_embeddings.npz"
# The unit direction most English sentences' vectors share (their first
# principal component, tests/benchmarks/out_of_context_common.py): OC101
# removes it from every sentence vector.  None: kept (for measuring).
COMMON = Path(__file__).resolve().parent / "common_direction.npy"
# SIF's smoothing: a word as frequent as this (per word of text) weighs half.
SIF_FREQUENCY = 1e-5
MAX_CACHED_WORDS = 200_000
# The words' buffers are made with room for MAX_CACHED_WORDS rows at once:
# zeroed memory that the system hands out a page at a time as rows are
# written, so that a run uses no more than the rows it fills, and a growing
# store never copies its rows (doubling buffers of 16,000 words copied about
# 10 ms of rows on a megabyte of news).  A store that outgrows them (one text
# of more words than the bound) still grows, by doubling.
MAX_PIECE_LETTERS = 100  # BERT's word-piece limit: a longer word is unknown
WORD = compile_cached(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")
# WORD on ASCII text (the ASCII letters and digits are all of \p{L} and \p{N}
# there is in ASCII, and ’ is not ASCII), for the stdlib's re, which scans
# such text about twice as fast as regex: most sentences of English news are
# ASCII.  tests/test_out_of_context.py checks the two agree.
ASCII_WORD = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?")


def words(text: str) -> list[str]:
    """The text's words as WORD finds them."""
    return (ASCII_WORD if text.isascii() else WORD).findall(text)


class StaticTableMissing(Exception):
    """The table is not installed (a broken install)."""


@functools.lru_cache(maxsize=1)
def table() -> "Table":
    try:
        import numpy as np
    except ImportError:
        raise StaticTableMissing("the static method needs numpy") from None
    if not TABLE.exists():
        raise StaticTableMissing(f"{TABLE.name} is missing from the installed package")
    # Read without zipfile, the vectors mapped in place (newslint.npz), the
    # vocabulary from its hashed table in the cache folder (kept_vocabulary);
    # numpy.load reads (or reports) an archive those decline.
    archive = npz.open_archive(TABLE)
    arrays = None if archive is None else archive.arrays(np, ("vectors", "scales"))
    vocabulary = None if arrays is None else kept_vocabulary(archive, np)
    if vocabulary is None:
        with np.load(TABLE) as data:
            arrays = {name: data[name] for name in ("vectors", "scales")}
            pieces = str(data["vocabulary"]).split("\n")
        vocabulary = dict(zip(pieces, range(len(pieces))))
    # The int8 codes are kept, each row made float (codes times scale) when
    # a word first reads it: a run reads a few thousand of the 30,522 rows,
    # and making them all float cost every start about 10 ms.
    return Table(np, arrays["vectors"], vocabulary, scales=arrays["scales"])


@functools.lru_cache(maxsize=1)
def common():
    """COMMON's direction (float32, unit length), or None when COMMON is None."""
    if COMMON is None:
        return None
    np = table().np
    return np.load(COMMON).astype(np.float32)


class Table:
    def __init__(self, np, vectors, vocabulary: dict[str, int], scales=None):
        """``vectors``: the pieces' float rows, or, with ``scales``, their
        int8 codes, a row being its codes times its scale (as float32)."""
        self.np = np
        self._stored = vectors
        self._scales = scales
        self.dtype = np.dtype(np.float32) if scales is not None else vectors.dtype
        self.vocabulary = vocabulary
        # No piece is longer than this: the greedy cut need not try longer
        # ones.  The same bound serves the pieces inside a word (their
        # length without "##" is shorter still): a longer try is never in
        # the vocabulary, so the cut is the same, and the bound is found
        # in one pass in C.
        self._longest_first = getattr(vocabulary, "longest", None)
        if self._longest_first is None:  # a plain dict
            self._longest_first = max(map(len, vocabulary), default=0)
        self._longest_inside = self._longest_first
        self.pieces = functools.lru_cache(maxsize=MAX_CACHED_WORDS)(self._pieces)
        self._words: dict[object, Words] = {}  # per weighing

    def rows(self, indices):
        """The float rows of the given pieces (a list or array of indices)."""
        if self._scales is None:
            return self._stored[indices]
        # A float32 code times its row's float32 scale: the same floats as
        # the whole table made float at once.  (A list of indices made an
        # array once, for the two reads.)
        indices = self.np.asarray(indices, dtype=self.np.intp)
        return self._stored[indices].astype(self.np.float32) * self._scales[indices][:, None]

    @functools.cached_property
    def vectors(self):
        """Every piece's float row (for the build script and tests; the rule
        reads rows())."""
        return self.rows(self.np.arange(len(self._stored)))

    def words(self, weigh) -> "Words":
        """The per-process store of words' vectors weighed by ``weigh``."""
        store = self._words.get(weigh)
        if store is None:
            store = self._words[weigh] = Words(self, weigh)
        return store

    def piece_sums(self, pieces: list[tuple[int, ...]]):
        """Per word (given as its non-empty pieces), the sum of its pieces'
        rows, added first to last as sum(axis=0) adds them (so the same
        floats; reduceat adds in another order): the words' first pieces at
        once, then the second pieces of those that have one, and so on."""
        np = self.np
        lengths = np.fromiter(map(len, pieces), dtype=np.intp, count=len(pieces))
        # Every piece's row read at once, the words' pieces one after the
        # other; a word's first row is where its pieces start.
        rows = self.rows(list(itertools.chain.from_iterable(pieces)))
        if len(rows) == len(pieces):  # every word one piece: its row is its sum
            return rows
        # (The arrays' own methods: numpy's functions of the same names wrap
        # them in a Python call each, which costs more than these small sums.)
        starts = lengths.cumsum() - lengths
        sums = rows[starts]
        for place in range(1, int(lengths.max())):
            longer = (lengths > place).nonzero()[0]
            sums[longer] += rows[starts[longer] + place]
        return sums

    @property
    def dimensions(self) -> int:
        return self._stored.shape[1]

    def _pieces(self, word: str) -> tuple[int, ...]:
        """The word's pieces, BERT's greedy longest match first (uncased:
        lower-cased, accents stripped); () when it cannot be cut."""
        normal = word.lower()
        if not normal.isascii():  # ASCII has no accents to strip (and NFD keeps it as it is)
            normal = "".join(c for c in unicodedata.normalize("NFD", normal) if unicodedata.category(c) != "Mn")
            normal = normal.replace("’", "'")
        if not normal or len(normal) > MAX_PIECE_LETTERS:
            return ()
        get = self.vocabulary.get
        length = len(normal)
        end = min(length, self._longest_first)
        if end == length:
            # Most words are a piece of their own: the greedy cut's first try.
            whole = get(normal)
            if whole is not None:
                return (whole,)
            end -= 1  # the whole word tried: the cut goes on one letter shorter
        # The first piece: the longest start of the word the vocabulary has.
        while end > 0:
            index = get(normal[:end])
            if index is not None:
                break
            end -= 1
        else:
            return ()
        pieces = [index]
        start = end
        inside = self._longest_inside
        while start < length:
            end = min(length, start + inside)
            while end > start:
                index = get("##" + normal[start:end])
                if index is not None:
                    pieces.append(index)
                    break
                end -= 1
            else:
                return ()
            start = end
        return tuple(pieces)

    def embed(self, texts: Sequence[Sequence[str]], weigh) -> "object":
        """Unit-length vectors, one row per text given as its words;
        ``weigh(word)`` gives a word's weight, the same for all the ways of
        writing it that lower-case alike.  A text with no known word gets a
        zero row."""
        np = self.np
        words = self.words(weigh)
        lowered = [word.lower() for text in texts for word in text]
        words.make_room(len(lowered))
        numbers = words.numbers(lowered)
        owners = np.arange(len(texts)).repeat([len(text) for text in texts])
        kept = words.cut[numbers]
        return words.sentence_vectors(numbers[kept], owners[kept], len(texts))


class Words:
    """Per process, each lower-cased word met, numbered once, with its two
    vectors made from the sum of its pieces' rows: weighted (the sum times
    the word's weight over its number of pieces: a sentence's vector sums
    these) and unit (the sum made unit length: how close two words are).  A
    word that cannot be cut has zero vectors and ``cut`` False.  The store
    is emptied when it holds MAX_CACHED_WORDS words: its owner calls
    ``make_room`` before numbering a text's words, so that no number taken
    for that text goes stale."""

    def __init__(self, table: Table, weigh):
        self.table = table
        self.weigh = weigh
        # A weighing may carry ``many``: the same weights of a list of words,
        # found in one pass (new words come an article's worth at a time).
        self.weigh_many = getattr(weigh, "many", None) or (lambda words: list(map(weigh, words)))
        self.np = table.np
        self.index: dict[str, int] = {}
        self.generation = 0  # counts the clearings: numbers kept elsewhere are stale after one
        self._empty()

    def _empty(self) -> None:
        np = self.np
        self.index.clear()
        self.spelled: list[str] = []  # each number's word
        rows = MAX_CACHED_WORDS
        self.weighted = np.zeros((rows, self.table.dimensions), dtype=self.table.dtype)
        self.units = np.zeros((rows, self.table.dimensions), dtype=self.table.dtype)
        self.cut = np.zeros(rows, dtype=bool)

    def clear(self) -> None:
        self._empty()
        self.generation += 1

    def make_room(self, more: int) -> None:
        if len(self.index) + more > MAX_CACHED_WORDS:
            self.clear()

    def numbers(self, lowered: Sequence[str]):
        """The words' numbers (all lower-cased), the new words' vectors made
        first, at once."""
        index = self.index
        new = [word for word in dict.fromkeys(lowered) if word not in index]
        if new:
            self._add(new)
        return self.np.fromiter(map(index.__getitem__, lowered), dtype=self.np.intp, count=len(lowered))

    def _add(self, words: list[str]) -> None:
        np = self.np
        table = self.table
        start = len(self.index)
        # The words are new to the store: _pieces itself, not the memory of
        # answers in front of it (pieces), which would only hold them twice.
        pieces = list(map(table._pieces, words))
        cut = [k for k, word_pieces in enumerate(pieces) if word_pieces]
        sums = np.zeros((len(words), table.dimensions), dtype=table.dtype)
        factors = np.zeros(len(words), dtype=sums.dtype)
        if cut:
            sums[cut] = table.piece_sums([pieces[k] for k in cut])
            # Weight over piece count, as the vectors' float type (as a
            # Python float times a float32 row is).
            weights = self.weigh_many([words[k] for k in cut])
            factors[cut] = [weight / len(pieces[k]) for weight, k in zip(weights, cut)]
        # Each row's own norm, as a 1-d vector's (vecdot is the same dot
        # product np.linalg.norm takes of a 1-d vector: the same float).
        norms = np.maximum(np.sqrt(np.vecdot(sums, sums)), np.float32(1e-9))
        self._grow(start + len(words))
        end = start + len(words)
        self.weighted[start:end] = sums * factors[:, None]
        self.units[start:end] = sums / norms[:, None]
        self.cut[start:end] = [bool(word_pieces) for word_pieces in pieces]
        self.index.update(zip(words, range(start, end)))
        self.spelled += words

    def _grow(self, needed: int) -> None:
        """Room for ``needed`` words, the buffers doubled when they are full
        (so that adding a few words at a time costs linear time overall)."""
        if needed <= len(self.cut):
            return
        np = self.np
        size = max(2 * len(self.cut), needed)
        used = len(self.index)
        for name in ("weighted", "units", "cut"):
            old = getattr(self, name)
            grown = np.zeros((size, *old.shape[1:]), dtype=old.dtype)
            grown[:used] = old[:used]
            setattr(self, name, grown)

    def sentence_vectors(self, numbers, owners, count: int):
        """Unit-length vectors of ``count`` texts: text ``owners[i]`` holds
        the word numbered ``numbers[i]`` (owners in order, words that can be
        cut only); a text with none gets a zero row."""
        np = self.np
        result = np.zeros((count, self.table.dimensions), dtype=np.float32)
        if len(numbers):
            # Owners are in order: sum each text's run of rows at once.
            starts = np.concatenate(([True], owners[1:] != owners[:-1])).nonzero()[0]
            result[owners[starts]] = np.add.reduceat(self.weighted[numbers], starts, axis=0)
        return result / np.maximum(row_norms(np, result, keepdims=True), 1e-9)


def row_norms(np, matrix, keepdims: bool = False):
    """Each row's Euclidean length: what ``np.linalg.norm(matrix, axis=1)``
    computes for a real matrix (the same floats), without its checks of its
    arguments, which cost more than the sum on an article's few rows."""
    return np.sqrt(np.add.reduce(matrix * matrix, axis=1, keepdims=keepdims))



def sif_weight(zipf_value: float, smoothing: float = SIF_FREQUENCY) -> float:
    """SIF weight of a word from its Zipf frequency (0 for unknown: a name)."""
    probability = 10 ** (zipf_value - 9) if zipf_value > 0 else 0.0
    return smoothing / (smoothing + probability)
