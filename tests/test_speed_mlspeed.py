"""Issue 14's work done once for ML and the document model: every batch,
cache and gate answers as the plain per-word path does."""
import pytest

from newslint import Document, Linter, language, words
from newslint.rules.mixed_language import language as ml

# Words written for these tests: common and rare in several Latin-script
# languages, both apostrophes, elisions, capitals, a CJK word.
WORDS = ["the", "and", "de", "la", "der", "und", "que", "don't", "don’t", "l’état", "L'État", "dell'anno",
         "qu'il", "Paris", "Schiff", "zzqxv", "東京", "él", "über", "ação", "Der", "Und", "Regierung", "gobierno"]
TABLE = {f"word{number}": number / 7 for number in range(3000)}


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_tables_answers_in_a_batch_are_its_answers_one_by_one(cache, monkeypatch):
    # Before the table loads, in the batch that makes it load, and after.
    monkeypatch.setattr(words, "MIN_LOOKUPS_BEFORE_LOADING", 100)
    words._cached("test", "xx", lambda: dict(TABLE))
    read = words._cached("test", "xx", lambda: pytest.fail("the cache file was not used"))
    asked = [*TABLE, *(f"other{number}" for number in range(500))][::7]
    first = read.get_many(asked[:50], -1.0)
    assert read._dict is None  # 50 lookups: still answered from the file
    second = read.get_many(asked[50:], -1.0)
    assert read._dict == TABLE  # loaded before the batch that crossed the threshold
    assert first + second == [TABLE.get(word, -1.0) for word in asked]
    assert read.get_many(asked, -1.0) == [TABLE.get(word, -1.0) for word in asked]


def test_a_large_tables_answers_in_a_batch_are_its_answers_one_by_one(cache, monkeypatch):
    monkeypatch.setattr(words, "MAX_WORDS_LOADED", 100)  # never loads: remembers its answers
    words._cached("test", "xx", lambda: dict(TABLE))
    read = words._cached("test", "xx", lambda: {})
    asked = [*list(TABLE)[::3], "other", "word1"]
    assert read.get_many(asked, 0.0) == [TABLE.get(word, 0.0) for word in asked]
    assert read._dict is None


def test_rows_remembered_in_a_batch_equal_one_common_zipf_per_language():
    languages = ("en", "es", "fr", "de", "pt", "it", "nl", "pl", "sv")
    lowered = [word.lower() for word in WORDS]
    language._COMMON_ROWS.clear()
    language.remember_common_zipfs(lowered, languages)
    assert all((word, languages) in language._COMMON_ROWS for word in lowered)
    for word in lowered:
        assert language.common_zipfs(word, languages) == tuple(language.common_zipf(word, code) for code in languages)


@pytest.mark.parametrize("article", ["en", "fr", "de"])
def test_words_judged_together_are_judged_as_one_at_a_time(article):
    candidates = tuple(code for code in language.LATIN_LANGUAGES if code != article)[: ml.MAX_CANDIDATES]
    language._COMMON_ROWS.clear()
    one_by_one = {}
    for word in WORDS:
        language._COMMON_ROWS.clear()
        one_by_one[word] = ml._judge(word, article, candidates)
    language._COMMON_ROWS.clear()
    assert ml._judge_all(WORDS, article, candidates) == one_by_one


def test_word_kinds_in_a_batch_are_the_kinds_one_at_a_time():
    article = language.Language("en", "Latin")
    candidates = tuple(code for code in language.LATIN_LANGUAGES if code != "en")[: ml.MAX_CANDIDATES]
    together, in_script, judge = {}, {}, {}
    ml._word_kinds(WORDS, together, in_script, judge, article, candidates)
    alone = {}
    for word in WORDS:
        alone[word] = ml._word_kind(word, {}, {}, {}, article, candidates)
    assert together == alone
    assert together["der"] == ml.FOREIGN and together["the"] == ml.NATIVE and together["東京"] == ml.OTHER
