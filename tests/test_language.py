"""The document model's word-type services in newslint.language give the
answers of the plain per-word path, and stay bounded."""
import pytest

from newslint import Document, language
from newslint.api import Linter

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


# Text written for these tests: Latin words with both apostrophes, Greek with
# final and inner sigmas (lower-casing looks at a sigma's neighbours),
# Cyrillic, CJK, marks, digits, and Latin words glued to other scripts.
MIXED_TEXT = (
    "ΟΔΟΣ ΣΟΦΟΣ Σ ΣΑ aΣ Σa ΣΑΣ'  l'État d’Artagnan Über ÉCOLE Straße İstanbul "
    "Москва Ωmega ab東京 東京cd Ἀθῆναι e\u0301te\u0301 ΧΑΟΣ, x'Σ 42 NASA’s ǅemal"
)


def _sample_words_one_by_one(sample, script):
    """What _sample_words does, one word at a time (the reference)."""
    words = []
    for word in language.WORD.findall(sample, 0, language.VOTE_SAMPLE_CHARS):
        if language.SCRIPTS[script].match(word[0]):
            words.append(word.lower())
            if len(words) == language.SAMPLE_WORDS:
                break
    return words


def test_sample_words_are_each_words_own_lower_case():
    for script in ("Latin", "Greek", "Cyrillic", "Han", "Arabic"):
        for text in (MIXED_TEXT, MIXED_TEXT.lower(), MIXED_TEXT * 300, "", "123 ...", "Σ"):
            assert language._sample_words(text, script) == _sample_words_one_by_one(text, script)


def test_sample_words_stop_at_the_sample_size():
    text = "word " * (language.SAMPLE_WORDS + 50)
    assert len(language._sample_words(text, "Latin")) == language.SAMPLE_WORDS


def _guess_one_word_at_a_time(words, candidates):
    """guess_language's vote counted word by word (the reference)."""
    index = language._voters(candidates)
    votes = dict.fromkeys(candidates, 0)
    for word in words:
        for code in index.get(word, ()):
            votes[code] += 1
    ranked = sorted(votes.values(), reverse=True)
    if ranked and ranked[0] >= language.MIN_VOTES and (len(ranked) == 1 or ranked[0] >= language.VOTE_LEAD * ranked[1]):
        return max(votes, key=votes.get)
    return language.best_language(words[:250], candidates)


def test_the_vote_counts_as_word_by_word():
    samples = [
        "the cat sat on the mat and the dog was in the house with his friend".split(),
        "el perro y la casa de los amigos con el gato en la calle".split(),
        "le chat et la maison de mon ami dans la rue avec le chien".split(),
        # A tie between two languages' shared words, and too few votes.
        "de la de la".split(),
        "in de".split(),
        "zzqxv qqqz".split(),
        [],
    ]
    for words in samples:
        for candidates in (language.LATIN_LANGUAGES, ("fr", "es"), ("es", "fr"), ("en",)):
            assert language.guess_language(list(words), candidates) == _guess_one_word_at_a_time(list(words), candidates)


def test_ascii_words_of_the_vote_are_the_unicode_patterns():
    for text in ["It’s a rock'n'roll thing,” she said -- twice", "x'y ’tis ''a'' 42 do’’", ""]:
        assert language.ASCII_WORD.findall(text) == language.WORD.findall(text)


def test_the_article_language_whichever_pattern_reads_its_words():
    # The same English text with every letter ASCII, and with one letter
    # that is not, take the two paths to the same vote.
    from newslint import Document

    text = "The minister said the talks would resume on Monday, and “it’s not over” for the unions in the city.\n"
    plain, accented = Document(text), Document(text + "Café\n")
    assert plain.ascii_words and not accented.ascii_words
    assert plain.language == accented.language == language.Language("en", "Latin")


def test_remembered_zipf_values_equal_the_word_lists():
    for code in ("en", "fr", "de", "ko", "xx"):
        for word in WORDS + [word.lower() for word in WORDS]:
            expected = language._zipf(word, code)
            assert language.zipf(word, code) == expected
            assert language.zipf(word, code) == expected  # remembered: the same value
    assert language.zipf("the", "en") > 6 and language.zipf("zzqxv", "en") == 0.0
    assert language.zipf("don’t", "en") == language.zipf("don't", "en") > 0


def test_remembered_zipf_values_are_bounded(monkeypatch):
    monkeypatch.setattr(language, "MAX_REMEMBERED_WORDS", 50)
    language._ZIPFS.clear()
    for number in range(500):
        word = f"word{number}"
        assert language.zipf(word, "en") == language._zipf(word, "en")
        assert len(language._ZIPFS["en"]) <= 50
    language._ZIPFS.clear()


@pytest.mark.parametrize("opening", ["\n" * 60_000, " " * 60_000, "2026 11 30\n" * 6_000])
def test_a_page_opening_on_blank_lines_or_figures_is_voted_on_its_words(opening):
    # A scraped layout's empty blocks must not leave the article without a
    # language, which would switch the language-based rules off in silence.
    body = "The the council met on Monday and agreed the budget for the coming year.\n"
    document = Document(opening + body)
    assert document.language is not None and document.language.code == "en"
    assert "TX101" in {diagnostic.code for diagnostic in Linter().lint_text(opening + body)}
