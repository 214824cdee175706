"""OC101's vocabulary (word piece -> row of the static table), kept in the
cache folder as a hashed table read in place (:class:`newslint.words.Table`).

The table's 30,522 pieces are one deflated member of static_embeddings.npz;
inflating it, splitting it and hashing every piece into a dict cost each
run that judges an article about 10 ms, while one article looks up a few
hundred pieces.  The kept table is made from that member once, named by the
member's CRC-32 and size (a new table makes a new file), and answers
lookups from the file until it has answered enough of them to load as a
dict (a corpus run).  The same pieces and rows as the dict: a test
compares every piece.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Callable, Iterator

from newslint.words import cache_folder, cached_table

#: The kept table's entry for the longest piece's length (in characters),
#: under the one key that is never a piece: Table._pieces looks up only
#: non-empty text.
LONGEST = ""
CACHE_PREFIX = "oc-static-vocabulary-"
CACHE_FORMAT = 1


class KeptVocabulary(Mapping):
    """The pieces and their rows, answered from the kept table; iterating
    (tests, the build script) reads the whole vocabulary from the archive."""

    def __init__(self, kept: Any, every: Callable[[], dict[str, int]]):
        self._kept = kept
        self._every = every
        self._all: dict[str, int] | None = None
        # The pieces' rows as ints once the kept table has loaded (see get).
        self._rows: dict[str, int] | None = None
        #: The longest piece's length in characters.
        self.longest = int(kept.get(LONGEST))

    def get(self, piece: str, default=None):
        if piece == LONGEST:
            return self.whole().get(piece, default)
        if self._rows is not None:
            # A caller holding this method from before the switch below (the
            # word being cut when the table loaded): the dict made then, not
            # a new one per lookup (making it a lookup cost a few ms each,
            # up to a second for the rest of a long word's tries).
            return self._rows.get(piece, default)
        row = self._kept.get(piece)
        if self._kept._dict is not None:
            # The kept table has loaded as a dict (a corpus run, thousands
            # of lookups): from now on the pieces' rows as ints in a dict of
            # their own, read by its C get, not through this method (a
            # Python call and an int() a lookup were most of the cost of
            # cutting a new word).  The same rows: LONGEST is no piece.
            self._rows = self._plain()
            self.get = self._rows.get
        return default if row is None else int(row)

    def _plain(self) -> dict[str, int]:
        loaded = self._kept._dict
        rows = dict(zip(loaded, map(int, loaded.values())))
        rows.pop(LONGEST, None)
        return rows

    def __getitem__(self, piece: str) -> int:
        row = self.get(piece)
        if row is None:
            raise KeyError(piece)
        return row

    def __contains__(self, piece: object) -> bool:
        return isinstance(piece, str) and self.get(piece) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self.whole())

    def __len__(self) -> int:
        return len(self.whole())

    def whole(self) -> dict[str, int]:
        """Every piece with its row, as a dict."""
        if self._all is None:
            self._all = self._every()
        return self._all


def kept_vocabulary(archive: Any, np: Any) -> KeptVocabulary | None:
    """The vocabulary of the archive's ``vocabulary`` member (the pieces,
    one a line, as one string), or None when the archive does not hold one
    this can read."""
    member = archive.members.get("vocabulary")
    if member is None:
        return None

    def every() -> dict[str, int]:
        array = archive.array("vocabulary", np)
        if array is None:
            raise ValueError("the static table's vocabulary cannot be read")
        pieces = str(array).split("\n")
        return dict(zip(pieces, range(len(pieces))))

    def build() -> dict[str, float]:
        rows = every()
        return {**rows, LONGEST: max(map(len, rows), default=0)}

    path = cache_folder() / f"{CACHE_PREFIX}{CACHE_FORMAT}-{member.crc:08x}-{member.size}.table2"
    try:
        return KeptVocabulary(cached_table(path, build), every)
    except (ValueError, TypeError):  # a vocabulary not readable here, or a kept table without its length
        return None
