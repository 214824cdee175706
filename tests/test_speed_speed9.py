"""Speed work on the document model and TX (issue 14) must not move a
finding: each cheaper path is compared here with the one it replaced, on text
written for these tests, where a shortcut is easiest to get wrong."""
import itertools
import operator
import unicodedata

import pytest

from newslint import language
from newslint.document import SENTENCE_END, Document, _is_abbreviation, _word_before, _WordsBefore, _RUN_TOO_LONG
from newslint.document import sentence_spans, split_sentences
from newslint.rules.text_integrity import repetition

LINES = [
    "Mr. Smith met Dr. J. K. Rowling in the U.S. on Tuesday... Then he left!! (“It rained.”) Prices rose.",
    "  Leading spaces.   Trailing spaces too.   ",
    "\u3000全角の空白。次の文。\u3000",
    "No stop at all",
    "",
    "   ",
    "\u00a0Une phrase. « Une autre. »\u00a0",
    "Tabs\tbetween.\tAnd\x1cfile separators.\x1c",
    "A line of dots" + "." * 200 + " then words. And more.",
    "https://example.com/a.b.c. Then a sentence.",
    "Он сказал: «Нет». Потом ушёл.",
]


def _plain_split_sentences(text):
    """split_sentences as it was written first: a generator trimming each
    sentence character by character."""

    def trimmed(start, end):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            yield start, end

    start = 0
    words = None
    for match in SENTENCE_END.finditer(text):
        end = match.end()
        if match.group()[0] == ".":
            dot = match.start()
            word = _word_before(text, dot)
            if word is _RUN_TOO_LONG:
                words = words or _WordsBefore(text)
                word = words.before(dot)
            if _is_abbreviation(word):
                continue
        yield from trimmed(start, end)
        start = end
    yield from trimmed(start, len(text))


@pytest.mark.parametrize("line", LINES)
def test_sentence_spans_are_the_first_split_sentences(line):
    expected = list(_plain_split_sentences(line))
    assert sentence_spans(line) == expected
    assert list(split_sentences(line)) == expected


def test_document_sentences_are_the_lines_sentences_in_order():
    text = "\n".join(LINES) + "\n"
    document = Document(text)
    expected = [
        (line.number, line.start + start, line.start + end, line.text[start:end])
        for line in document.lines
        for start, end in _plain_split_sentences(line.text)
    ]
    assert [tuple(sentence) for sentence in document.sentences] == expected
    assert all(type(sentence).__name__ == "Sentence" for sentence in document.sentences)
    assert document.sentences[0].text.startswith("Mr. Smith")


PASSAGES = [
    "He said “we will win” on Tuesday.",
    "He said \"we will win\" on Tuesday.",
    "ﬁnal ﬂight ＡＢＣ ① ㎞",  # compatibility forms NFKC changes
    "\u0301leading combining acute, then e\u0301 and \u0065\u0323\u0307 to reorder",
    "Straße ΣΟΦΟΣ ΌΣΟΣ İstanbul",  # case folding that changes lengths; final sigma
    "  spaces\u3000and\u00a0no-break\tand tabs  ",
    "「引用」と『二重』",
    "",
    "’'`´‚‹›",
    "\x1cfile\x1dgroup\x1erecord\x1funit\x85next\u2028line",
]


def test_passage_keys_are_passage_key_of_each_text():
    assert repetition.passage_keys(PASSAGES) == [repetition.passage_key(text) for text in PASSAGES]
    for size in range(len(PASSAGES) + 1):
        chosen = PASSAGES[:size]
        assert repetition.passage_keys(chosen) == [repetition.passage_key(text) for text in chosen]


def test_passage_keys_of_texts_holding_line_breaks_are_folded_one_by_one():
    texts = ["one\ntwo", "three"]
    assert repetition.passage_keys(texts) == [repetition.passage_key(text) for text in texts]


def test_no_character_folds_into_a_line_break():
    # What passage_keys relies on: NFKC and case folding make no line break
    # of any other character.
    for code in range(0x110000):
        character = chr(code)
        if 0xD800 <= code < 0xE000 or character == "\n":
            continue
        assert "\n" not in unicodedata.normalize("NFKC", character).casefold()


def _plain_fitting_latin_language(document):
    """fitting_latin_language as it was written first: each word lower-cased
    and read from the list, every time."""
    article = document.language
    if article is None or article.script != "Latin":
        return None
    words = [text for text in itertools.islice(document.token_texts, language.SAMPLE_WORDS * 2) if text.isalpha()]
    words = words[: language.SAMPLE_WORDS]
    if len(words) < language.MIN_FIT_WORDS:
        return article.code

    def known(code):
        return sum(language.common_zipf(word.lower(), code) > 0.0 for word in words)

    if known(article.code) >= language.MIN_KNOWN_SHARE * len(words):
        return article.code
    best = max(language.LATIN_LANGUAGES, key=known)
    return best if known(best) >= language.MIN_KNOWN_SHARE * len(words) else language.UNKNOWN_LATIN


KNOWN_TEXTS = [
    "The port workers voted on Tuesday to end the strike after two weeks, the union said in a statement.\n" * 3,
    "ΟΔΟΣ Σ ΑΣ and ΣΟΦΟΣ are Greek words in an English article about the port strike, officials said.\n" * 3,
    "Los trabajadores del puerto votaron el martes para poner fin a la huelga de dos semanas, dijo el sindicato.\n" * 3,
    "Công nhân cảng đã bỏ phiếu vào thứ Ba để chấm dứt cuộc đình công kéo dài hai tuần, công đoàn cho biết.\n" * 3,
    "Liman işçileri salı günü iki haftalık grevi sona erdirmek için oy kullandı ve İstanbul'da toplandı.\n" * 3,
    "Die Hafenarbeiter stimmten am Dienstag für ein Ende des Streiks. The union said it was over.\n" * 3,
]


@pytest.mark.parametrize("text", KNOWN_TEXTS)
def test_the_remembered_known_words_give_the_language_the_lists_give(text):
    language._KNOWN_COMMON.clear()
    document = Document(text)
    expected = _plain_fitting_latin_language(document)
    assert language._fitting_latin_language(document) == expected  # the memory filled
    assert language._fitting_latin_language(Document(text)) == expected  # then read
    assert language._KNOWN_COMMON  # it was remembered


def test_the_known_words_memory_starts_again_when_full(monkeypatch):
    monkeypatch.setattr(language, "MAX_REMEMBERED_WORDS", 3)
    language._KNOWN_COMMON.clear()
    document = Document(KNOWN_TEXTS[0])
    expected = _plain_fitting_latin_language(document)
    assert language._fitting_latin_language(document) == expected
    assert language._fitting_latin_language(Document(KNOWN_TEXTS[2])) == _plain_fitting_latin_language(Document(KNOWN_TEXTS[2]))
    language._known_cache("en").update(dict.fromkeys("abcde", True))
    assert language._known_cache("en") == {}  # past the limit: a new, empty memory


def test_lower_casing_joined_words_is_lower_casing_each():
    words = ["ΟΔΟΣ", "Σ", "ΑΣʹ", "İstanbul", "ǅemal", "Straße", "ΣΑΣ"]
    assert " ".join(words).lower().split(" ") == [word.lower() for word in words]
