"""The fast paths of TX's checks (speedtx16) give what the plain paths give,
on words and text written for the project."""
import wordfreq

from newslint import language
from newslint.rules.text_integrity import glued_words
from newslint.rules.text_integrity.glued_words import (
    COMPOUNDING,
    GLUED_AT_CAPITAL,
    GLUED_TO_NAME,
    LETTERS,
    MAX_TYPO_ZIPF,
    GluedWords,
)

GLUED_LANGUAGES = ("en", "es", "fr", "pt", "it", "de", "ru")
# Every this-many-th word of a small list is compared (the whole list would
# ask the large list's file some 270,000 times).
SAMPLE_STEP = 97


def test_the_common_list_gives_the_large_lists_zipf_for_its_words():
    # TX102 reads a word's frequency from the common (small) list first, and
    # asks the large list only of words the small one lacks: sound while the
    # small list's words have the large list's values.
    for code in GLUED_LANGUAGES:
        small = list(wordfreq.get_frequency_dict(code, wordlist="small"))
        for word in small[::SAMPLE_STEP] + small[-20:]:
            assert language.common_zipf(word, code) == language.zipf(word, code), (code, word)
    assert language.common_zipf("zzqxvglued", "en") == 0.0


def _suspect_by_patterns(text: str, code: str, options) -> bool:
    """TX102's suspect test as it was, every word through the three patterns
    and the large list."""
    if GLUED_TO_NAME.match(text):
        return True
    if code in COMPOUNDING and GLUED_AT_CAPITAL.match(text):
        return True
    if not LETTERS.match(text):
        return False
    word = text.lower()
    known = language.zipf(word, code)
    return known < options["max-known-zipf"] or (known < MAX_TYPO_ZIPF and glued_words._typo_glue(word, code))


WORDS = [
    # lower case: common, rare, glued, two function words ("ofthe", "inthe")
    "minister", "harbour", "aproper", "securitymatters", "ofthe", "inthe", "tothe", "onthe", "isthe", "zzqx",
    # capitalised: names, places, a glued pair
    "Kremlin", "Hartwell", "Nationswhere", "Putintwo", "The",
    # a function word glued to a name, CamelCase, capitals, digits
    "theKremlin", "ofParliament", "YouTube", "JPMorgan", "USA", "NATO", "McDonald", "covid19", "A4",
    # German compounds and a noun after a declined word
    "minutenlangemApplaus", "allemauf", "Straße", "größten", "Entscheidung",
    # accents, other scripts
    "naïve", "café", "Élysée", "además", "perché", "десятьлет", "Москва", "東京",
    # short
    "ab", "of", "I",
]


def test_the_suspect_test_agrees_with_the_patterns():
    options = {"max-known-zipf": 1.5}
    for code in GLUED_LANGUAGES:
        for word in WORDS:
            assert GluedWords._is_suspect(word, code, options) == _suspect_by_patterns(word, code, options), (code, word)
    # a higher bar makes common words suspects too, through both paths alike
    options = {"max-known-zipf": 4.0}
    for word in WORDS:
        assert GluedWords._is_suspect(word, "en", options) == _suspect_by_patterns(word, "en", options), word


def _repeats_itself_every_type(folded, max_words):
    """TX110's gate as it was: every word type one character, every phrase
    length tried at every word."""
    import re

    if max_words < 1:
        return False
    types = sorted(set(folded))
    character = dict(zip(types, map(chr, range(len(types)))))
    pattern = r"(.)\1\1" + (r"|(.{2,%d})\2" % max_words if max_words > 1 else "")
    return re.search(pattern, "".join(map(character.__getitem__, folded)), re.DOTALL) is not None


SEQUENCES = [
    "the council said the the plan was final".split(),
    "the council said the plan was final and the council said so".split(),
    "prices rose prices rose in march".split(),  # a phrase twice back to back
    "no no no said the crowd".split(),  # a word three times
    "no no said the crowd".split(),  # twice only: no loop of one word
    "we will fight we will fight we will fight until the end".split(),
    "growth of 2004 growth was slower than growth of 2004 in".split(),  # copies apart
    ("one two three four five six seven eight nine ten " * 2).split(),  # a phrase of ten words twice
    ("a b c d e f g h i j k l m n o p q r s t u v w x y " * 2).split(),  # 25 words twice: longer than 24
    ["\n", "\n", "\n", "word"],  # line breaks stand as words too
    ["alone"],
    [],
    "each word here is said only once".split(),
]


def test_the_loop_gate_finds_what_every_type_as_a_character_finds():
    from newslint.rules.text_integrity.repetition import _repeats_itself

    for folded in SEQUENCES:
        for max_words in (0, 1, 2, 3, 10, 24):
            assert _repeats_itself(folded, max_words) == _repeats_itself_every_type(folded, max_words), (folded, max_words)
    assert _repeats_itself("prices rose prices rose".split(), 24)
    assert not _repeats_itself("each word here is said only once".split(), 24)


def _passage_key_unicode(text):
    """TX111's passage key as it was, every text through NFKC, casefold and
    the patterns (quotation marks, then punctuation at words' edges)."""
    import unicodedata

    from newslint.rules.text_integrity import repetition

    folded = repetition.QUOTES_AND_APOSTROPHES.sub("", unicodedata.normalize("NFKC", text).casefold())
    key = " ".join(repetition.EDGE_PUNCTUATION.sub("", folded).split())
    runs_on = text.rstrip(repetition.TRAILING_CLOSERS)[-1:] in repetition.CLAUSE_END_MARKS
    return key + repetition.CLAUSE_END_KEY if runs_on else key


PASSAGES = [
    "The council approved the budget on Tuesday.",
    "  The council approved the budget  on Tuesday. ",
    'The mayor said: "We will not back down," and left.',
    "It's the council's view that `reform` can't wait.",
    "Officials\tsaid\nthe plan\r\nwas final.",
    "Split\x1cby a separator\x1fcharacter.",
    "A bell\x07rang.",
    "' \" `",
    "",
    " ",
    "The mayor said “we will not back down” and left.",
    "Straße and ﬁnance: the ＡＢＣ of Ⅻ",
    "会议于周二批准了预算。",
]


def test_passage_keys_of_ascii_text_are_the_unicode_keys():
    from newslint.rules.text_integrity.repetition import passage_key

    for text in PASSAGES:
        assert passage_key(text) == _passage_key_unicode(text), repr(text)
    for code in range(128):  # every ASCII character, alone and between words
        for text in (chr(code), f"one{chr(code)}two", f"one {chr(code)} two"):
            assert passage_key(text) == _passage_key_unicode(text), repr(text)


def test_no_character_before_the_cjk_radicals_is_written_without_spaces():
    # _has_unspaced scans for a character from U+2E80 on before it asks the
    # script classes: sound while none before it belongs to them.
    from newslint.rules.text_integrity.repetition import FROM_FIRST_UNSPACED, UNSPACED, _has_unspaced

    first = 0x2E80
    assert not any(UNSPACED.match(chr(code)) for code in range(first))
    assert all(FROM_FIRST_UNSPACED.match(chr(code)) for code in (first, 0x3042, 0x4E00, 0xFF71, 0x20000, 0x10FFFF))
    for text in PASSAGES + ["“Quoted” — with dashes… and €5", "ひらがな", "カタカナ", "漢字", "emoji 😀 only"]:
        assert _has_unspaced(text) == (UNSPACED.search(text) is not None), text


HYPHENATED = [
    "Die Elternvertretung begrüßte die Entschei-dung ausdrücklich.",
    "The govern- ment said the plan would be published in May.",
    "Officials in Baden-Württemberg sent an e-mail about the non-profit's re-election.",
    "Pre- and post-war figures were compared by my mother-in-law for 2010-2020.",
    "xAbc-def 10abc-def ab\n-cd a-b-c café-bar cafe\u0301-bar ‐dash x‐ray",
    "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt-gebäude stand leer.",
    "-start and end-",
]


def test_the_word_before_a_hyphen_is_found_backwards_as_forwards():
    from newslint.rules.text_integrity.hyphenation import BEFORE_HYPHEN, BEFORE_HYPHEN_BACKWARDS

    def found(pattern, text, start, end):
        match = pattern.search(text, start, end)
        return None if match is None else (match.span(), match.group())

    for text in HYPHENATED:
        for hyphen in (at for at, char in enumerate(text) if char in "-‐"):
            for window in (4, 8, 64):
                start = max(0, hyphen - window)
                expected = found(BEFORE_HYPHEN, text, start, hyphen)
                assert found(BEFORE_HYPHEN_BACKWARDS, text, start, hyphen) == expected, (text, hyphen, window)


def test_url_spans_of_a_line_without_a_url_mark_are_none():
    from newslint.rules.text_integrity.punctuation import URLISH, _url_spans

    lines = [
        "Growth was 2.5% in 2019.The bank said so.",
        "See https://example.com/a.b for more,and www.example.org too.",
        "Write to desk@example.com.Thanks",
        "No link here.Just prose",
        "",
    ]
    for line in lines:
        assert _url_spans(line) == [match.span() for match in URLISH.finditer(line)], line


def test_a_last_line_of_many_at_signs_is_read_in_linear_time():
    # "\S+@\S+$" searched forwards tried every "@" from every start: 20
    # lines of 4,000 characters took 35 s in TX112 alone.
    import time

    from newslint import Linter

    text = "The council met on Tuesday and approved the plan.\n" * 3 + ("x@" * 2000 + " end,and.The\n") * 20
    started = time.process_time()
    list(Linter(select=["TX112"]).lint_texts([("a.txt", text)]))
    assert time.process_time() - started < 2.0


def test_the_url_ending_is_found_backwards_wherever_forwards_finds_one():
    import itertools

    import regex

    from newslint.rules.text_integrity.truncation import URL

    forwards = regex.compile(URL.pattern.removeprefix("(?r)"), regex.IGNORECASE)
    lines = ["Para más información: prensa@fundacion.es", "see www.example.com", "Visit Example.COM/path", "ends with a word"]
    parts = ["a", "@", ".", "com", " ", "http://", "www.", "\u00a0", "\n", "es"]
    lines += ["".join(combo) for combo in itertools.product(parts, repeat=4)]
    for line in lines:
        assert bool(URL.search(line)) == bool(forwards.search(line)), repr(line)
