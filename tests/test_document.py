from newslint import Document


def test_line_ends_of_every_kind_give_the_same_lines():
    texts = ["one\ntwo\nthree\n", "one\r\ntwo\r\nthree\r\n", "one\rtwo\rthree\r", "one\ntwo\r\nthree"]
    for text in texts:
        document = Document(text)
        assert [line.text for line in document.lines] == ["one", "two", "three"]
        assert [line.number for line in document.lines] == [1, 2, 3]


def test_positions_are_one_based_code_points():
    document = Document("중국 news\nsecond 홍콩 line\n")
    offset = document.text.index("홍콩")
    assert document.position(offset) == (2, 8)
    assert document.position(0) == (1, 1)
    assert document.line_at(offset).text == "second 홍콩 line"


def test_astral_characters_count_as_one_column():
    document = Document("😀 the the\n")
    assert document.position(document.text.index("the")) == (1, 3)


def test_paragraphs_are_separated_by_blank_lines():
    document = Document("Title\n\nFirst line\nsecond line\n  \nLast\n")
    paragraphs = document.paragraphs
    assert [(p.first_line, p.last_line) for p in paragraphs] == [(1, 1), (3, 4), (6, 6)]
    assert paragraphs[1].text == "First line\nsecond line"


def test_sentences_respect_abbreviations_initials_and_quotes():
    text = 'Mr. Putin met U.S. officials on Jan. 5. "It went well," said J. K. Smith. Did it? Yes!\n'
    sentences = [s.text for s in Document(text).sentences]
    assert sentences == [
        "Mr. Putin met U.S. officials on Jan. 5.",
        '"It went well," said J. K. Smith.',
        "Did it?",
        "Yes!",
    ]


def test_sentences_split_on_cjk_stops_and_map_back_to_lines():
    document = Document("Headline\n오늘 비가 왔다。내일은 맑다。\n")
    sentences = document.sentences
    assert [s.text for s in sentences] == ["Headline", "오늘 비가 왔다。", "내일은 맑다。"]
    assert document.position(sentences[2].start) == (2, 10)


def test_tokens_keep_inner_apostrophes_and_hyphens():
    document = Document("Russia’s Okonjo-Iweala, rock'n'roll and 2022 élan\n")
    assert [t.text for t in document.tokens] == ["Russia’s", "Okonjo-Iweala", "rock'n'roll", "and", "élan"]
    inner = document.tokens_in(9, 35)
    assert [t.text for t in inner] == ["Okonjo-Iweala", "rock'n'roll"]


def test_everything_is_computed_lazily_and_once():
    document = Document("A sentence. Another one.\n")
    assert "sentences" not in vars(document) and "tokens" not in vars(document)
    assert document.lines
    assert "sentences" not in vars(document)
    first = document.sentences
    assert document.sentences is first
    calls = []
    assert document.memo("x.key", lambda d: calls.append(1) or 42) == 42
    assert document.memo("x.key", lambda d: calls.append(1) or 43) == 42
    assert calls == [1]


def test_empty_text_has_one_empty_line():
    document = Document("")
    assert [line.text for line in document.lines] == [""]
    assert document.sentences == () and document.paragraphs == ()


def test_words_are_counted_per_script():
    from newslint.document import count_words

    assert count_words("Share this article") == 3
    assert count_words("欧洲最大集装箱港口") == 5  # nine characters, two to a word
    assert count_words("ロッテルダム港のストライキが終結") == 8
    assert count_words("기사 공유하기") == 2
    assert count_words("تابعونا على تويتر") == 3


def test_sentence_ends_of_every_script():
    from newslint.document import ends_sentence

    for text in ["The strike ended.", "罢工结束了。", "「終わった」", "『終わった』", "انتهى الإضراب؟", "हड़ताल ख़त्म हुई।", '"It is over."']:
        assert ends_sentence(text), text
    for text in ["Share this article", "返回顶部", "Trade ties"]:
        assert not ends_sentence(text), text


def test_cjk_text_splits_into_sentences_without_spaces():
    document = Document("罢工结束了。工人们回到了码头！港口何时恢复？\n")
    assert [s.text for s in document.sentences] == ["罢工结束了。", "工人们回到了码头！", "港口何时恢复？"]


def test_list_markers_are_stripped_before_the_shape_is_judged():
    document = Document("- a 6.5% pay rise\n• three night shifts\n1) a review\n* Butter\nplain line\n")
    shapes = document.shapes
    assert [shape.text for shape in shapes] == ["a 6.5% pay rise", "three night shifts", "a review", "Butter", "plain line"]
    assert [shape.list_item for shape in shapes] == [True, True, True, True, False]


def test_content_lines_are_the_same_in_both_layouts():
    one = Document("Title\nFirst\nSecond\n")
    two = Document("Title\n\nFirst\n\nSecond\n")
    assert [line.text for line in one.content_lines] == [line.text for line in two.content_lines]
    assert [line.number for line in two.content_lines] == [1, 3, 5]


def test_common_zipfs_answers_as_common_zipf_one_language_at_a_time():
    from newslint.language import common_zipf, common_zipfs

    languages = ("en", "fr", "de")
    for word in ("the", "le", "der", "zzzq", "don’t", "the"):  # "the" twice: the remembered row
        assert common_zipfs(word, languages) == tuple(common_zipf(word, language) for language in languages)


def test_the_article_language_with_lines_in_another_script():
    english = "The minister said on Tuesday that the talks would resume next week.\n" * 4
    russian = "Министр заявил во вторник, что переговоры возобновятся на следующей неделе.\n" * 4
    mostly_english = Document(english + "法改悪案が成立\n")
    assert (mostly_english.language.code, mostly_english.language.script) == ("en", "Latin")
    mostly_russian = Document(russian + "The talks resume.\n")
    assert (mostly_russian.language.code, mostly_russian.language.script) == ("ru", "Cyrillic")


# Text written for these tests: CJK with no spaces, combining marks, both
# apostrophes, hyphens at a word's edges, digits inside words, letters whose
# case-folding changes their length (ß, İ) or depends on place (Σ), emoji.
TRICKY_TEXTS = [
    "",
    "\n\n",
    "123 456 -- '' ’’",
    "東京都は新しい計画を発表した。ソウルの한국어 문장도 있다.",
    "Cafe\u0301 naïve e\u0301le\u0300ve, Zoë's rock'n'roll and Okonjo-Iweala’s -edge- 'quoted' word'",
    "STRASSE Straße İstanbul ΟΔΟΣ Σίσυφος ΣΑΣ\nline two 😀 x2y 3d Ⅻ",
    "a\u0301\u0302b\nc\u200dd tab\tword\r\nend-",
]


def _tokens_by_match(text):
    from newslint.document import WORD, Token

    return tuple(Token(m.start(), m.end(), m.group()) for m in WORD.finditer(text))


def test_the_cheap_token_form_holds_the_same_tokens_as_token_objects():
    for text in TRICKY_TEXTS:
        document = Document(text)
        expected = _tokens_by_match(document.text)
        assert document.tokens == expected
        assert document.token_texts == tuple(token.text for token in expected)
        assert document.token_starts == tuple(token.start for token in expected)
        assert document.token_ends == tuple(token.end for token in expected)
        assert all(type(token).__name__ == "Token" and token.end - token.start == len(token.text) for token in document.tokens)
        assert document.token_types == frozenset(token.text for token in expected)


def test_folded_tokens_are_each_tokens_own_casefold():
    for text in TRICKY_TEXTS:
        document = Document(text)
        assert document.folded_tokens == tuple(token.casefold() for token in document.token_texts)
    assert Document("Straße ΟΔΟΣ İ").folded_tokens == ("strasse", "οδοσ", "i̇")


def test_token_range_and_tokens_in_keep_only_tokens_wholly_inside():
    for text in TRICKY_TEXTS:
        document = Document(text)
        expected = _tokens_by_match(document.text)
        for start in range(len(document.text) + 1):
            for end in (start, start + 1, start + 5, len(document.text)):
                inside = tuple(token for token in expected if token.start >= start and token.end <= end)
                first, last = document.token_range(start, end)
                assert document.token_texts[first:last] == tuple(token.text for token in inside)
                assert document.tokens_in(start, end) == inside


def test_a_lines_tokens_are_those_a_scan_of_the_line_alone_finds():
    from newslint.document import WORD

    for text in TRICKY_TEXTS:
        document = Document(text)
        for line in document.lines:
            first, last = document.token_range(line.start, line.end)
            assert list(document.token_texts[first:last]) == WORD.findall(line.text)


def test_character_counts_are_those_of_each_character():
    from newslint.document import character_counts

    def one_by_one(text):
        return sum(map(str.isalpha, text)), sum(map(str.isupper, text)), sum(map(str.isdigit, text))

    # Every code point of the first two planes (where letters of every
    # script, the lone surrogates and most digits are), a thousand at a time.
    every = "".join(map(chr, range(0x20000)))
    for start in range(0, len(every), 1000):
        chunk = every[start : start + 1000]
        assert character_counts(chunk) == one_by_one(chunk)
    for text in ["", "Breaking: 3 dead", "ÉTÉ à Paris, 2024", "東京 ２０２４ ４２", "\ud800x", "ǅ ß İ Ⅻ ² ٣"]:
        assert character_counts(text) == one_by_one(text)


def test_line_shapes_count_characters_in_any_script():
    document = Document("  - BREAKING: 3 dead\nÉté à Paris, 2024.\n東京２０２４年\n")
    first, second, third = document.shapes
    assert (first.text, first.list_item, first.letters, first.capitals, first.digits) == ("BREAKING: 3 dead", True, 12, 8, 1)
    assert (second.letters, second.capitals, second.digits) == (9, 2, 4)
    assert (third.letters, third.capitals, third.digits) == (3, 0, 4)


def test_non_ascii_word_characters_are_the_letters_marks_and_digits_beyond_ascii():
    import regex

    from newslint.document import NON_ASCII_WORD_CHARACTER

    every = "".join(map(chr, range(0x20000)))
    found = {match.group() for match in NON_ASCII_WORD_CHARACTER.finditer(every)}
    word_character = regex.compile(r"[\p{L}\p{M}\p{N}]")
    assert found == {char for char in every[128:] if word_character.match(char)}


# Texts written for these tests whose letters and digits are all ASCII, with
# both apostrophes, hyphens, dashes, curly quotes and no-break spaces.
ASCII_WORDED_TEXTS = [
    "“It’s a rock’n’roll thing,” said Okonjo-Iweala -- twice -",
    "U.S. officials' 3-2 win: x2 re-run ’tis don’t'' a--b a-’b 2024 Covid-19\u00a0cases — ok",
    "",
    "\n\n  - '' ’ -",
]


def test_ascii_words_are_split_as_the_unicode_pattern_splits_them():
    from newslint.document import ASCII_WORD_OR_GAP, WORD_OR_GAP

    for text in ASCII_WORDED_TEXTS:
        document = Document(text)
        assert document.ascii_words
        assert ASCII_WORD_OR_GAP.split(text) == WORD_OR_GAP.split(text)
    assert not Document("café").ascii_words and not Document("x²").ascii_words and not Document("e\u0301").ascii_words
    # The same tokens whichever pattern found them.
    for text in ASCII_WORDED_TEXTS + ["café “au lait” ² don’t"]:
        document = Document(text)
        assert list(document.token_texts) == WORD_OR_GAP.split(document.text)[1::2]


def test_words_are_counted_alike_whichever_pattern_counts_them():
    from newslint.document import WORD, count_words

    for text in ASCII_WORDED_TEXTS + ["plain ascii words, 42 of them", "a-b c'd e’f"]:
        assert count_words(text, ascii_words=True) == count_words(text) == len(WORD.findall(text))
    document = Document("“Quoted” words — and dashes\nplain line\n")
    assert [shape.words for shape in document.shapes] == [4, 2]


def test_regex_white_space_is_what_regex_calls_white_space():
    import re

    import regex

    from newslint.document import REGEX_WHITE_SPACE

    every = "".join(map(chr, range(0x110000))).encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass")
    assert regex.findall(r"\s", every) == re.findall(f"[{REGEX_WHITE_SPACE}]", every)
    assert "\x1c".isspace() and not regex.match(r"\s", "\x1c")  # why str.isspace's white space would not do


SENTENCE_END_TEXTS = [
    'Mr. Putin met U.S. officials. "It went well," said J. K. Smith... Did it?! Yes!)',
    "End of quote.” Next… then.) More.'\" x. y.\u3000z.\x1cw.\u2029v.\x85u",
    "오늘 비가 왔다。내일은 맑다！」 그래？ 아니．끝｡」』",
    "हाँ। नहीं॥ سلام؟ کیا۔ բարև։ ሰላም። မင်္ဂလာ။ བཀྲ། សួស្តី។៕ x",
    "....... . .. ...) ... .)) .. \"'” 。。。」 .。 。.",
    "",
    ". ",
]


def test_sentence_ends_are_found_alike_by_both_patterns():
    import random

    from newslint.document import SENTENCE_END, SENTENCE_END_RE

    def spans(pattern, text):
        return [match.span() for match in pattern.finditer(text)]

    for text in SENTENCE_END_TEXTS:
        assert spans(SENTENCE_END_RE, text) == spans(SENTENCE_END, text)
    alphabet = ".!?…।؟。！？｡．\"'”’»)]」』）】〕 \t\n\x1c\u3000\xa0ab"
    rng = random.Random(14)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        assert spans(SENTENCE_END_RE, text) == spans(SENTENCE_END, text), repr(text)


def test_sentence_bounds_are_trimmed_and_skip_what_is_only_white_space():
    from newslint.document import sentence_bounds, split_sentences

    text = "  First one.   Second one!\u3000 \x1c Third  "
    assert [text[start:end] for start, end in sentence_bounds(text)] == ["First one.", "Second one!", "Third"]
    assert list(split_sentences(text)) == sentence_bounds(text)
    assert sentence_bounds(" \t ") == [] and sentence_bounds("") == [] and sentence_bounds(". ") == [(0, 1)]
