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
        return self.word_vectors([word])[0]

    def word_vectors(self, words: Sequence[str]):
        """The words' unit vectors (word_vector's), one row each: the new
        words' made at once, then all gathered from the cache."""
        rows = self._unit_rows
        if len(rows) + len(words) > MAX_CACHED_WORDS:
            rows.clear()  # now, so that no row taken below is overwritten
        new = [word for word in dict.fromkeys(words) if word not in rows]
        if new:
            self._make_units(new)
        return self._units[[rows[word] for word in words]]

    def _make_units(self, words: list[str]) -> None:
        np = self.np
        pieces = [self.pieces(word) for word in words]
        vectors = np.zeros((len(words), self.dimensions), dtype=self.vectors.dtype)
        cut = [k for k, word_pieces in enumerate(pieces) if word_pieces]
        if cut:
            vectors[cut] = self._piece_sums([pieces[k] for k in cut])
        # Each row's own norm, as a 1-d vector's (the same float as one at a time).
        norms = np.array([max(float(np.linalg.norm(vector)), 1e-9) for vector in vectors], dtype=vectors.dtype)
        start = len(self._unit_rows)
        self._units = self._room(self._units, start, len(words))
        self._units[start : start + len(words)] = vectors / norms[:, None]
        for offset, word in enumerate(words):
            self._unit_rows[word] = start + offset

    def _piece_sums(self, pieces: list[tuple[int, ...]]):
        """Per word (given as its non-empty pieces), the sum of its pieces'
        rows, added first to last as sum(axis=0) adds them (so the same
        floats; reduceat adds in another order): the words' first pieces at
        once, then the second pieces of those that have one, and so on."""
        sums = self.vectors[[word_pieces[0] for word_pieces in pieces]]
        for place in range(1, max(map(len, pieces))):
            longer = [k for k, word_pieces in enumerate(pieces) if len(word_pieces) > place]
            sums[longer] += self.vectors[[pieces[k][place] for k in longer]]
        return sums

    def _room(self, matrix, used: int, more: int):
        """The matrix, grown (its first ``used`` rows kept) when ``more`` rows
        do not fit."""
        if used + more <= len(matrix):
            return matrix
        grown = self.np.zeros((max(1024, 2 * len(matrix), used + more), self.dimensions), dtype=matrix.dtype)
        grown[:used] = matrix[:used]
        return grown

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
        writing it that lower-case alike (a row is shared by them).  A text
        with no known word gets a zero row.  Each word's weighted vector is
        made once (the sum of its pieces' rows) and kept as a row of a
        growing matrix, so a text costs one gather and one sum."""
        np = self.np
        known = self._rows
        if len(known) + sum(map(len, texts)) > MAX_CACHED_WORDS:
            # Now, so that no row taken below is overwritten.
            known.clear()
            self._lowered_rows.clear()
            self._used = 0
        new = [word for word in dict.fromkeys(word for words in texts for word in words) if word not in known]
        if new:
            self._add(new, weigh)
        rows: list[int] = []
        owners: list[int] = []
        for owner, words in enumerate(texts):
            kept = [row for word in words if (row := known[word]) >= 0]
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

    def _add(self, words: list[str], weigh) -> None:
        """Store the new words' weighted vectors as new rows, all at once (-1,
        stored too, for a word that cannot be cut).  Pieces and weight depend
        on the lower case only: "Police" takes the row "police" made."""
        np = self.np
        lowered_rows = self._lowered_rows
        fresh: dict[str, str] = {}  # lower case not seen before -> its first spelling
        for word in words:
            lowered = word.lower()
            if lowered not in lowered_rows and lowered not in fresh:
                fresh[lowered] = word
        spellings = list(fresh.values())
        pieces = [self.pieces(word) for word in spellings]
        cut = [k for k, word_pieces in enumerate(pieces) if word_pieces]
        for lowered in fresh:
            lowered_rows[lowered] = -1
        if cut:
            start = self._used
            self._matrix = self._room(self._matrix, start, len(cut))
            sums = self._piece_sums([pieces[k] for k in cut])
            # Weight over piece count, as the vectors' float type (as a
            # Python float times a float32 row is).
            factors = np.array([weigh(spellings[k]) / len(pieces[k]) for k in cut], dtype=sums.dtype)
            self._matrix[start : start + len(cut)] = sums * factors[:, None]
            self._used += len(cut)
            for offset, k in enumerate(cut):
                lowered_rows[spellings[k].lower()] = start + offset
        for word in words:
            self._rows[word] = lowered_rows[word.lower()]


def sif_weight(zipf_value: float, smoothing: float = SIF_FREQUENCY) -> float:
    """SIF weight of a word from its Zipf frequency (0 for unknown: a name)."""
    probability = 10 ** (zipf_value - 9) if zipf_value > 0 else 0.0
    return smoothing / (smoothing + probability)
