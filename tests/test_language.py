"""The document model's word-type services in newslint.language give the
answers of the plain per-word path, and stay bounded."""
from newslint import language

# Words written for these tests: common and rare in several Latin-script
# languages, both apostrophes, capitals, a CJK and an empty string.
WORDS = ["the", "and", "de", "la", "der", "und", "que", "не", "don't", "don’t", "l’état", "Paris",
         "zzqxv", "東京", "", "él", "über", "ação"]
LANGUAGES = [("en",), ("en", "es", "fr", "de"), language.LATIN_LANGUAGES, ("ru", "uk", "bg")]


def test_common_zipf_rows_equal_one_common_zipf_per_language():
    for languages in LANGUAGES:
        for word in WORDS:
            expected = tuple(language.common_zipf(word, code) for code in languages)
            assert language.common_zipfs(word, languages) == expected
            assert language.common_zipfs(word, languages) == expected  # remembered: the same row


def test_common_zipf_rows_know_common_words():
    english, spanish = language.common_zipfs("the", ("en", "es"))
    assert english > 6 and spanish < english
    assert language.common_zipfs("zzqxv", ("en", "es")) == (0.0, 0.0)


def test_remembered_rows_are_bounded(monkeypatch):
    monkeypatch.setattr(language, "MAX_REMEMBERED_WORDS", 50)
    language._COMMON_ROWS.clear()
    for number in range(500):
        word = f"word{number}"
        assert language.common_zipfs(word, ("en", "fr")) == (language.common_zipf(word, "en"), language.common_zipf(word, "fr"))
        assert len(language._COMMON_ROWS) <= 51
    language._COMMON_ROWS.clear()


def test_script_of_answers_as_each_scripts_pattern():
    # Letters of every script, marks, digits, punctuation, the kana long-vowel
    # mark (no script of its own) and an emoji.
    for word in ["a", "É", "ß", "한", "か", "カ", "ー", "東", "Д", "ع", "क", "Ω", "א", "ก", "1", "-", "’", "😀", "\u0301", "ǅ"]:
        matching = [script for script, pattern in language.SCRIPTS.items() if pattern.match(word)]
        assert language.script_of(word) == (matching[0] if matching else None)
        assert len(matching) <= 1
    assert language.script_of("") is None
    assert language.script_of("Tokyo東京") == "Latin"


def test_remembered_scripts_are_bounded(monkeypatch):
    monkeypatch.setattr(language, "MAX_REMEMBERED_CHARACTERS", 10)
    for code_point in range(0x4E00, 0x4E00 + 100):
        assert language.script_of(chr(code_point)) == "Han"
        assert len(language._FIRST_CHARACTER_SCRIPT) <= 11
