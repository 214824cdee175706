"""The fast paths of speed17 give what the plain paths give, on words and
text written for the project."""
import itertools

from newslint.document import ABBREVIATIONS, _add_trimmed, _is_abbreviation, _word_before, _WordsBefore, SENTENCE_END_RE, sentence_bounds
from newslint.rules.text_integrity import glued_words


def _typo_glue_by_cuts(word: str, language: str) -> bool:
    """TX102's typo-glue test as it was: every place to cut the word tried
    against every pair of sets."""
    return any(
        word[:i] in lefts and word[i:] in rights
        for lefts, rights in glued_words.TYPO_GLUE.get(language, ())
        for i in range(1, len(word))
    )


def test_typo_glue_is_the_test_of_every_cut():
    for language, pairs in glued_words.TYPO_GLUE.items():
        glued = {left + right for lefts, rights in pairs for left in lefts for right in rights}
        parts = {part for lefts, rights in pairs for part in itertools.chain(lefts, rights)}
        words = glued | parts | {word + "s" for word in glued} | {"x" + word for word in glued}
        words |= {"heron", "whatnot", "thereto", "government", "a", "", "ofthe", "dela", "itis", "morethan"}
        for word in words:
            assert glued_words._typo_glue(word, language) == _typo_glue_by_cuts(word, language), (language, word)
    assert glued_words._typo_glue("ofthe", "en") and glued_words._typo_glue("dela", "es")
    assert not glued_words._typo_glue("heron", "en") and not glued_words._typo_glue("ofthe", "xx")


def _sentence_bounds_asking_every_stop(text: str) -> list[tuple[int, int]]:
    """sentence_bounds as it was: the word before every full stop looked up."""
    bounds: list[tuple[int, int]] = []
    start = 0
    words = None
    for match in SENTENCE_END_RE.finditer(text):
        end, dot = match.end(), match.start()
        if text[dot] == ".":
            word = _word_before(text, dot)
            if not isinstance(word, (str, type(None))):
                words = words or _WordsBefore(text)
                word = words.before(dot)
            if _is_abbreviation(word):
                continue
        _add_trimmed(bounds, text, start, end)
        start = end
    _add_trimmed(bounds, text, start, len(text))
    return bounds


LINES = [
    "The minister resigned. Parliament met on Tuesday.",
    "Mr. Patel met Dr. Okafor. They spoke for an hour.",
    "Prices rose in the U.S. economy. Analysts were surprised.",
    "It was approx. ten miles. Then approximately. twenty more.",
    "Ab. Cd. Efghijk. Lmnopqr. st.",
    "x. yz. abcdefg. (abcdefg. “abcdefg. ‘Abcdef. (“Abcdefg. ((((((a. Go.",
    "Born in Sept. 1990, she left. He said: “We won.” Then he left.",
    "A line of dots . . . . and a url www.example.com. next.",
    "Longwordwithoutspacesbeforethestop" * 3 + ". Next sentence here.",
    "a.b.c.d.e.f.g.h. Okay. Réunion. Zürich. Ἀθῆναι. 東京。次の文。",
    ".", "a.", "ab.", "abcdef.", "abcdefg.", " abcdefg. x", "\tabcdefg. Y", "",
]


def test_sentence_bounds_skip_the_word_lookup_only_where_it_says_sentence():
    lines = LINES + [f"The {word}. next one. {word.upper()}. And {word.title()}. end" for word in sorted(ABBREVIATIONS)]
    for line in lines:
        assert sentence_bounds(line) == _sentence_bounds_asking_every_stop(line), line
    assert sentence_bounds("Mr. Patel met Dr. Okafor. They spoke.") == [(0, 25), (26, 37)]


def test_glue_gate_asks_the_glue_patterns_only_where_a_stop_meets_a_capital():
    from newslint import Document
    from newslint.rules.text_integrity.punctuation import COMMA_GLUE, DANDA, DANDA_GLUE, MISSING_SPACE, NUMBER_GLUE, MissingSpace

    def asking_every_pattern(text):
        return (
            COMMA_GLUE.search(text) is not None
            or MISSING_SPACE.search(text) is not None
            or NUMBER_GLUE.search(text) is not None
            or (DANDA in text and DANDA_GLUE.search(text) is not None)
        )

    texts = [
        "The minister resigned on Friday.The opposition called for an election.",
        "The factory employed 300 people in 2019.The owners blamed energy costs.",
        "He left.” Then she spoke.“Yes,” she said.",
        "It rose 5%.Analysts said so. It fell 2bn.Traders sold.",
        "eingestellt,teilte die Polizei mit.",
        "The minister resigned on Friday. The opposition called for an election.",
        "Visit bbc.co.uk or Example.Com and read the U.S.Army memo.",
        "Growth was 2.5% in No.2 and section 3.1 of the U.S. report.",
        "Er kam am 3.Oktober.Danach nicht mehr.", "विकेट लिए।मैच की शुरुआत", "",
        "A sentence.B c.", "ok.A b", "ends in 1999.E", "(he said.)Then",
    ]
    rule = MissingSpace()
    for text in texts:
        assert rule.may_find_in(Document(text)) == asking_every_pattern(text), text


def test_lines_that_may_be_code_are_those_may_be_code_lets_through():
    from newslint import line_kinds

    texts = [
        "seen = set()", "for item in items:", "    seen.add(item)", "\tindented", "  two spaces", "```python", "~~~",
        "if (x) {", "}", "print(result)", "The council said (in a statement) that it would act.",
        "He called seen.append(item) twice", "Prices rose;", "Read more:", "Wrapped line),", "Plain prose here.",
        "", "   ", "a == b", "Visit example.com(now)",
    ]
    for chosen in (texts, texts[10:], [texts[15]], texts[:3] + texts[15:17], [t for t in texts if "=" not in t and "(" not in t]):
        whole = "\n".join(chosen)
        lines = whole.split("\n")
        assert line_kinds._may_be_code(whole, lines) == list(filter(line_kinds.may_be_code, lines)), chosen


def test_sentences_made_in_c_are_the_named_tuples():
    from newslint import Document
    from newslint.document import Sentence

    document = Document("Mr. Patel met Dr. Okafor. They spoke.\n\n  An indented line. And another!\n")
    assert document.sentences == (
        Sentence(1, 0, 25, "Mr. Patel met Dr. Okafor."),
        Sentence(1, 26, 37, "They spoke."),
        Sentence(3, 41, 58, "An indented line."),
        Sentence(3, 59, 71, "And another!"),
    )
    assert all(type(sentence) is Sentence for sentence in document.sentences)
    assert document.sentences[1].text == "They spoke." and document.sentences[2].line == 3
