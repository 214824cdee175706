"""The word-list cache (newslint.words): a table read from its file answers
exactly as the dict it was built from, before and after it loads as a dict,
and a cache folder that cannot be written changes nothing but speed."""
import pytest

from newslint import words

TABLE = {"the": 0.05, "naïve": 1.5e-06, "zebra": 2e-07, "a": 0.02, "aa": 3e-09, "東京": 4e-05, "": 0.5}
ASKED = [*TABLE, "zzz", "th", "thee", "b", "naive", "東", "Zebra"]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_table_read_from_its_file_answers_as_the_dict(cache):
    built = words._cached("test", "xx", lambda: dict(TABLE))  # first use: built, written
    read = words._cached("test", "xx", lambda: pytest.fail("the cache file was not used"))
    assert built._dict is not None and read._dict is None  # the second reads the file in place
    assert [read.get(word, 0.0) for word in ASKED] == [TABLE.get(word, 0.0) for word in ASKED]


def test_a_table_used_a_lot_loads_as_a_dict_with_the_same_answers(cache, monkeypatch):
    monkeypatch.setattr(words, "MIN_LOOKUPS_BEFORE_LOADING", 3)
    words._cached("test", "xx", lambda: dict(TABLE))
    read = words._cached("test", "xx", lambda: {})
    answers = [read.get(word, 0.0) for word in ASKED]
    assert read._dict == TABLE
    assert answers == [TABLE.get(word, 0.0) for word in ASKED]


def test_a_get_held_from_before_the_load_loads_the_table_once(cache, monkeypatch):
    monkeypatch.setattr(words, "MIN_LOOKUPS_BEFORE_LOADING", 3)
    words._cached("test", "xx", lambda: dict(TABLE))
    read = words._cached("test", "xx", lambda: {})
    held = read.get  # as a caller keeps it for a loop, before the table loads
    loads = []
    load = read._load
    monkeypatch.setattr(read, "_load", lambda: (loads.append(1), load()))
    assert [held(word, 0.0) for word in ASKED * 3] == [TABLE.get(word, 0.0) for word in ASKED * 3]
    assert loads == [1]


def test_an_unwritable_cache_folder_only_costs_speed(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("NEWSLINT_CACHE", str(blocker / "cache"))
    monkeypatch.setattr(words, "_encode", lambda table: pytest.fail("encoded a table no file can hold"))
    table = words._cached("test", "xx", lambda: dict(TABLE))
    assert [table.get(word) for word in ASKED] == [TABLE.get(word) for word in ASKED]


def test_a_damaged_cache_file_is_rebuilt(cache):
    words._cached("test", "xx", lambda: dict(TABLE))
    path = words._cache_path("test", "xx")
    path.write_bytes(b"garbage")
    table = words._cached("test", "xx", lambda: dict(TABLE))
    assert table.get("zebra") == TABLE["zebra"]
    assert words._cached("test", "xx", lambda: {}).get("zebra") == TABLE["zebra"]


@pytest.mark.parametrize("damage", ["cut in the words", "cut in the slots", "padded"])
def test_a_cache_file_cut_short_or_padded_is_rebuilt(cache, damage):
    # Only the magic was checked: a file cut short answered from garbage
    # (or failed on a word read past its end) until someone deleted it.
    words._cached("test", "xx", lambda: dict(TABLE))
    path = words._cache_path("test", "xx")
    data = path.read_bytes()
    damaged = {"cut in the words": data[:-3], "cut in the slots": data[: len(data) // 2], "padded": data + b"x"}[damage]
    path.write_bytes(damaged)
    table = words._cached("test", "xx", lambda: dict(TABLE))
    assert [table.get(word, 0.0) for word in ASKED] == [TABLE.get(word, 0.0) for word in ASKED]
    assert path.read_bytes() == data  # written again whole


def test_a_large_table_with_colliding_slots_answers_as_the_dict(cache):
    # Thousands of words share slots (CRC-32 modulo the slot count): every
    # word is found after the collisions, and words the table lacks are not.
    table = {f"word{number}": number / 7 for number in range(5000)}
    words._cached("test", "xx", lambda: dict(table))
    read = words._cached("test", "xx", lambda: pytest.fail("the cache file was not used"))
    asked = [*table, *(f"other{number}" for number in range(2000))]
    assert [read.get(word, -1.0) for word in asked[:1900]] == [table.get(word, -1.0) for word in asked[:1900]]
    assert read._dict is None  # still answered from the file
    assert [read.get(word, -1.0) for word in asked] == [table.get(word, -1.0) for word in asked]


def test_opened_tables_load_as_dicts_on_request(cache):
    words._cached("test", "xx", lambda: dict(TABLE))
    read = words._cached("test", "xx", lambda: {})
    words.load_opened_tables()
    assert read._dict == TABLE


def test_a_table_too_large_to_load_answers_from_its_file_and_remembers(cache, monkeypatch):
    monkeypatch.setattr(words, "MAX_WORDS_LOADED", 3)
    monkeypatch.setattr(words, "MIN_LOOKUPS_BEFORE_LOADING", 3)
    monkeypatch.setattr(words, "MAX_REMEMBERED_ANSWERS", 5)
    words._cached("test", "xx", lambda: dict(TABLE))
    read = words._cached("test", "xx", lambda: {})
    for _ in range(3):  # asked again and again: never loaded, the same answers
        assert [read.get(word, 0.0) for word in ASKED] == [TABLE.get(word, 0.0) for word in ASKED]
        assert [read.get(word) for word in ASKED] == [TABLE.get(word) for word in ASKED]
    assert read._dict is None and not read.loads
    assert 0 < len(read._answers) + len(read._lacking) <= 5  # remembered answers are bounded
    words.load_opened_tables()  # a table too large to load stays in its file
    assert read._dict is None
    assert [read.get(word, -1.0) for word in ASKED] == [TABLE.get(word, -1.0) for word in ASKED]


def test_find_on_a_table_too_large_to_load_answers_from_what_columns_left(cache, monkeypatch):
    # zipf() asks `find` word by word, OC asks `get_many` a column at a
    # time: the words a column read are not read from the file again, and
    # every answer is the dict's, with the caller's default for a word the
    # table lacks.
    monkeypatch.setattr(words, "MAX_WORDS_LOADED", 3)
    words._cached("test", "xx", lambda: dict(TABLE))
    read = words._cached("test", "xx", lambda: {})
    assert read.get_many(ASKED, 0.0) == [TABLE.get(word, 0.0) for word in ASKED]
    monkeypatch.setattr(read, "_find", lambda word: pytest.fail(f"{word!r} read from the file again"))
    assert [read.find(word, -1.0) for word in ASKED] == [TABLE.get(word, -1.0) for word in ASKED]


def test_find_reads_the_file_for_a_word_no_column_asked(cache, monkeypatch):
    monkeypatch.setattr(words, "MAX_WORDS_LOADED", 3)
    words._cached("test", "xx", lambda: dict(TABLE))
    read = words._cached("test", "xx", lambda: {})
    read.get_many(["the"], 0.0)
    assert [read.find(word, 0.0) for word in ASKED] == [TABLE.get(word, 0.0) for word in ASKED]
    assert set(read._answers) == {"the"} and not read._lacking  # find keeps no memory of its own
