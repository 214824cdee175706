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
import unicodedata
from pathlib import Path
from typing import Sequence

import regex

TABLE = Path(__file__).resolve().parent / "static_embeddings.npz"
# SIF's smoothing: a word as frequent as this (per word of text) weighs half.
SIF_FREQUENCY = 1e-5
MAX_CACHED_WORDS = 200_000
MAX_PIECE_LETTERS = 100  # BERT's word-piece limit: a longer word is unknown
WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")


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
    with np.load(TABLE) as data:
        vectors = data["vectors"].astype(np.float32) * data["scales"][:, None]
        vocabulary = str(data["vocabulary"]).split("\n")
    return Table(np, vectors, {piece: index for index, piece in enumerate(vocabulary)})


class Table:
    def __init__(self, np, vectors, vocabulary: dict[str, int]):
        self.np = np
        self.vectors = vectors
        self.vocabulary = vocabulary
        self.pieces = functools.lru_cache(maxsize=200_000)(self._pieces)
        # Words' weighted vectors, made once each (see embed).
        self._rows: dict[str, int] = {}
        self._lowered_rows: dict[str, int] = {}  # the same rows by lower case
        self._matrix = np.zeros((0, vectors.shape[1]), dtype=np.float32)
        self._used = 0
        # Words' unit vectors (see word_vector), one row each.
        self._unit_rows: dict[str, int] = {}
        self._units = np.zeros((0, vectors.shape[1]), dtype=np.float32)

    def word_vector(self, word: str):
        """A word's unit vector: the sum of its pieces' rows (zeros when it
        cannot be cut), cached by word."""
        return self._units[self._unit_row(word)]

    def word_vectors(self, words: Sequence[str]):
        """The words' unit vectors (word_vector's), one row each, gathered
        from the cache at once."""
        rows = self._unit_rows
        if len(rows) + len(words) > MAX_CACHED_WORDS:
            rows.clear()  # now, so that no miss below clears rows already taken
        numbers = [rows.get(word) for word in words]
        if None in numbers:
            numbers = [self._unit_row(word) if number is None else number for word, number in zip(words, numbers)]
        return self._units[numbers]

    def _unit_row(self, word: str) -> int:
        """The word's row in the matrix of cached unit vectors, made when new."""
        np = self.np
        row = self._unit_rows.get(word)
        if row is not None:
            return row
        if len(self._unit_rows) > MAX_CACHED_WORDS:
            self._unit_rows.clear()
        pieces = self.pieces(word)
        vector = self.vectors[list(pieces)].sum(axis=0) if pieces else np.zeros(self.dimensions, dtype=np.float32)
        vector = vector / max(float(np.linalg.norm(vector)), 1e-9)
        row = len(self._unit_rows)
        if row == len(self._units):
            grown = np.zeros((max(1024, 2 * len(self._units)), self.dimensions), dtype=np.float32)
            grown[:row] = self._units[:row]
            self._units = grown
        self._units[row] = vector
        self._unit_rows[word] = row
        return row

    @property
    def dimensions(self) -> int:
        return self.vectors.shape[1]

    def _pieces(self, word: str) -> tuple[int, ...]:
        """The word's pieces, BERT's greedy longest match first (uncased:
        lower-cased, accents stripped); () when it cannot be cut."""
        normal = word.lower()
        if not normal.isascii():  # ASCII has no accents to strip (and NFD keeps it as it is)
            normal = "".join(c for c in unicodedata.normalize("NFD", normal) if unicodedata.category(c) != "Mn")
            normal = normal.replace("’", "'")
        if not normal or len(normal) > MAX_PIECE_LETTERS:
            return ()
        vocabulary = self.vocabulary
        pieces: list[int] = []
        start = 0
        while start < len(normal):
            end = len(normal)
            while end > start:
                piece = normal[start:end] if start == 0 else "##" + normal[start:end]
                index = vocabulary.get(piece)
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
        writing it that lower-case alike (a row is shared by them).  A text with no known word
        gets a zero row.  Each word's weighted vector is made once (the sum
        of its pieces' rows) and kept as a row of a growing matrix, so a text
        costs one gather and one sum."""
        np = self.np
        rows: list[int] = []
        owners: list[int] = []
        known = self._rows.get
        add = self._add
        for owner, words in enumerate(texts):
            found = [row if (row := known(word)) is not None else add(word, weigh) for word in words]
            kept = [row for row in found if row >= 0]
            rows += kept
            owners += [owner] * len(kept)
        result = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        if rows:
            owner = np.array(owners)
            # Owners are in order: sum each text's run of rows at once.
            starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
            result[owner[starts]] = np.add.reduceat(self._matrix[np.array(rows)], starts, axis=0)
        norms = np.linalg.norm(result, axis=1, keepdims=True)
        return result / np.maximum(norms, 1e-9)

    def _add(self, word: str, weigh) -> int:
        """Store the word's weighted vector as a new row (-1, stored too, for
        a word that cannot be cut)."""
        np = self.np
        if len(self._rows) >= MAX_CACHED_WORDS:
            self._rows.clear()
            self._lowered_rows.clear()
            self._used = 0
        # Pieces and weight depend on the lower case only: "Police" takes
        # the row "police" made.
        lowered = word.lower()
        row = self._lowered_rows.get(lowered)
        if row is None:
            row = self._lowered_rows[lowered] = self._new_row(word, weigh)
        self._rows[word] = row
        return row

    def _new_row(self, word: str, weigh) -> int:
        np = self.np
        pieces = self.pieces(word)
        if not pieces:
            return -1
        if self._used == len(self._matrix):
            grown = np.zeros((max(1024, 2 * len(self._matrix)), self.dimensions), dtype=np.float32)
            grown[: self._used] = self._matrix[: self._used]
            self._matrix = grown
        self._matrix[self._used] = self.vectors[list(pieces)].sum(axis=0) * (weigh(word) / len(pieces))
        self._used += 1
        return self._used - 1


def sif_weight(zipf_value: float, smoothing: float = SIF_FREQUENCY) -> float:
    """SIF weight of a word from its Zipf frequency (0 for unknown: a name)."""
    probability = 10 ** (zipf_value - 9) if zipf_value > 0 else 0.0
    return smoothing / (smoothing + probability)
