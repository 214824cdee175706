"""OC101's vocabulary switching to a plain dict in the middle of a word.

Table._pieces holds ``vocabulary.get`` for the whole of a word's cut.  When
the kept table loaded as a dict during that cut, the held (Python) get made
a new dict of every piece's row for each of the word's remaining tries: a few
milliseconds a try, up to a second per process, depending on which word the
loading fell in.  These tests check the held get answers as the dict does and
makes that dict once, and that the cut is the same as over a plain dict.
"""
from __future__ import annotations

import numpy as np
import pytest

from newslint import words as word_tables
from newslint.rules.out_of_context import kept_vocabulary as kv
from newslint.rules.out_of_context import static

# A small word-piece vocabulary written for the test (BERT's layout: a piece
# inside a word starts with "##").
PIECES = [
    "[UNK]", "the", "minister", "said", "on", "tuesday", "rot", "##ter", "##dam", "##s", "'", "##'",
    "s", "zel", "##en", "##sky", "##y", "ca", "##fe", "cafe", "naive", "na", "##ive", "co", "##op",
    "-", "##-", "20", "##24", "##2", "##4", "2", "4", "un", "##know", "##n", "a", "##b", "##c",
    "##d", "##e", "b", "c", "d", "e", "中", "##国", "国", "北", "##京",
]
ROWS = {piece: row for row, piece in enumerate(PIECES)}

# Varied words: whole pieces, several pieces, accented, hyphenated, digits,
# CJK, apostrophes, a word no piece starts, a long word, one past BERT's
# limit, and words that cut part way only (no pieces).
WORDS = [
    "the", "Minister", "Rotterdam", "Rotterdams", "Rotterdam's", "Zelenskyy", "café", "naïve",
    "co-op", "2024", "20242", "中国", "北京", "unknown", "abcde", "abcde" * 10, "a" + "b" * 99, "a" + "b" * 120,
    "xylophone", "rotx", "Ça", "", "ʼ", "TUESDAY", "said", "4",
]


def _kept(loading_after: int) -> kv.KeptVocabulary:
    """A KeptVocabulary over a real kept table (newslint.words.Table read from
    its bytes), loading as a dict after ``loading_after`` lookups."""
    encoded = word_tables._encode({**ROWS, kv.LONGEST: max(map(len, ROWS))})
    table = word_tables.Table(encoded)
    table._loading_after = loading_after
    return kv.KeptVocabulary(table, lambda: dict(ROWS))


def _table(vocabulary) -> static.Table:
    vectors = np.eye(len(PIECES), dtype=np.float32)
    return static.Table(np, vectors, vocabulary)


def test_a_get_held_across_loading_answers_as_the_dict_and_builds_it_once(monkeypatch):
    vocabulary = _kept(loading_after=3)
    built = []
    plain = vocabulary._plain
    monkeypatch.setattr(vocabulary, "_plain", lambda: built.append(1) or plain())
    held = vocabulary.get  # as Table._pieces holds it for a word's cut
    asked = ["the", "##ter", "nothing", "##dam", "zel", "##missing", "中", "##京"] * 3
    answers = [held(piece) for piece in asked]
    assert answers == [ROWS.get(piece) for piece in asked]
    assert len(built) == 1
    assert vocabulary._kept._dict is not None  # the switch did happen mid-way
    assert vocabulary.get("##en") == ROWS["##en"]  # the new get: the dict's own
    assert held("##en", -1) == ROWS["##en"] and held("##nope", -1) == -1
    assert len(built) == 1


@pytest.mark.parametrize("loading_after", [0, 1, 2, 5, 9, 17, 40, 10_000])
def test_pieces_are_the_same_whenever_the_table_loads(loading_after):
    # A table that loads at every point of the words' cuts, including the
    # middle of a long one, cuts them as a plain dict does.
    plain = _table(dict(ROWS))
    kept = _table(_kept(loading_after))
    expected = [plain._pieces(word) for word in WORDS]
    assert [kept._pieces(word) for word in WORDS] == expected
    # The expected cuts are those of BERT's greedy longest match.
    cuts = dict(zip(WORDS, expected))
    assert cuts["Rotterdams"] == (ROWS["rot"], ROWS["##ter"], ROWS["##dam"], ROWS["##s"])
    assert cuts["café"] == (ROWS["cafe"],)
    assert cuts["co-op"] == (ROWS["co"], ROWS["##-"], ROWS["##op"])
    assert cuts["2024"] == (ROWS["20"], ROWS["##24"])
    assert cuts["中国"] == (ROWS["中"], ROWS["##国"])
    assert cuts["abcde"] == tuple(ROWS[piece] for piece in ["a", "##b", "##c", "##d", "##e"])
    assert cuts["abcde" * 10] == ()  # no "##a": the cut stops part way
    assert cuts["xylophone"] == () and cuts["rotx"] == () and cuts[""] == ()
    assert cuts["a" + "b" * 99] == (ROWS["a"],) + (ROWS["##b"],) * 99
    assert cuts["a" + "b" * 120] == ()  # longer than BERT's limit
