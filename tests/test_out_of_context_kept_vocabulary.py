"""OC101's vocabulary kept in the cache folder as a hashed table
(rules/out_of_context/kept_vocabulary.py): the same pieces and rows as the
dict made from the shipped table, however the kept file is found."""
from __future__ import annotations

import numpy as np
import pytest

from newslint import npz
from newslint.rules.out_of_context import kept_vocabulary as kept_module
from newslint.rules.out_of_context import static

WORDS = ["the", "Zürich", "Foregate", "sandbags", "unbelievably", "naïve", "Ōsaka", "x" * 40, "don't", "2026", "東京"]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _shipped() -> dict[str, int]:
    with np.load(static.TABLE) as data:
        pieces = str(data["vocabulary"]).split("\n")
    return dict(zip(pieces, range(len(pieces))))


def _kept():
    return kept_module.kept_vocabulary(npz.open_archive(static.TABLE), np)


def test_every_piece_has_its_row(cache):
    shipped = _shipped()
    kept = _kept()  # built and written
    assert list(cache.glob("oc-static-vocabulary-*.table2"))
    again = _kept()  # read from the file
    assert again._kept._dict is None  # answering from the file, not a dict
    assert again.longest == max(map(len, shipped))
    assert [again.get(piece) for piece in shipped] == list(shipped.values())
    assert again.get("no such piece") is None and "no such piece" not in again
    assert again.get("") is None  # the entry holding the length is not a piece
    assert dict(again.items()) == shipped and len(again) == len(shipped)
    assert kept.longest == again.longest


def test_the_table_cuts_words_as_with_the_dict(cache):
    _kept()
    kept_table = static.table.__wrapped__()
    assert isinstance(kept_table.vocabulary, kept_module.KeptVocabulary)
    plain = static.Table(np, kept_table._stored, _shipped(), scales=kept_table._scales)
    assert kept_table._longest_first == plain._longest_first
    for word in WORDS:
        assert kept_table.pieces(word) == plain.pieces(word), word


@pytest.mark.parametrize("damage", ["cut", "empty", "garbage"])
def test_a_damaged_kept_file_is_made_again(cache, damage):
    _kept()
    path = next(cache.glob("oc-static-vocabulary-*.table2"))
    data = path.read_bytes()
    path.write_bytes({"cut": data[: len(data) // 2], "empty": b"", "garbage": b"\0" * 100}[damage])
    kept = _kept()
    assert kept.longest == max(map(len, _shipped()))
    assert [kept.get(word.lower()) for word in WORDS] == [_shipped().get(word.lower()) for word in WORDS]
    assert path.read_bytes() == data


def test_an_unwritable_cache_folder_only_costs_time(tmp_path, monkeypatch):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setenv("NEWSLINT_CACHE", str(blocked / "cache"))
    kept = _kept()
    assert kept.get("the") == _shipped()["the"]


def test_an_archive_without_a_vocabulary_is_left_to_numpy_load(tmp_path):
    path = tmp_path / "table.npz"
    np.savez(path, vectors=np.zeros((2, 3), dtype=np.int8))
    assert kept_module.kept_vocabulary(npz.open_archive(path), np) is None
