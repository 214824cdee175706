"""The speed work on TX and QM (issue 14) must not move a finding: each
cheaper path is compared here with the one it replaced, on text written for
these tests, where a shortcut is easiest to get wrong."""
import pytest

from newslint import Linter
from newslint.rules.text_integrity import glued_words, repetition


@pytest.mark.parametrize("word", ["werewere", "Werewere", "WEREWERE", "saidsaid", "thethe", "murmur", "bonbon", "were", "ababa", "ÉtéÉté"])
def test_the_doubled_shape_gate_turns_down_only_what_tx103_turns_down(word):
    options = {"max-known-zipf": 1.5, "min-part-zipf": 3.0}
    if not glued_words._is_doubled(word.lower()):
        assert glued_words.GluedDoubledWord._doubled_half(word, "en", options) is None


def test_tx103_still_finds_a_doubled_word_glued_together():
    found = [(d.code, d.message) for d in Linter(select=["TX103"]).lint_text("The Kremlin said relations werewere at a high.\n")]
    assert found == [("TX103", 'doubled word glued together "werewere": "were"')]


WORD_COUNT_TEXTS = [
    "The team said the design uses sodium instead of lithium.",
    "“Quoted,” she said — with an em dash and café au lait.",
    "Zürich, Kraków and São Paulo hosted the talks on Tuesday.",
    "Москва заявила, что переговоры продолжатся.",
    "قال الوزير إن المحادثات ستستأنف.",
    "三万名选手参加了比赛。",
    "東京で会議が開かれた。",
    "カタカナだけ",
    "Mixed 東京 text with one Han word.",
    "웃음소리가 하하하 울렸다.",
    "",
    "   ",
]


def test_word_counts_between_spaces_are_word_count_without_han_or_kana():
    for text in WORD_COUNT_TEXTS:
        if repetition.UNSPACED.search(text) is None:
            assert len(text.split()) == repetition.word_count(text), text


@pytest.mark.parametrize("extra", ["", "東京で会議が開かれた。", "“Curly quotes” only."])
def test_tx111_counts_words_as_word_count_does(extra):
    texts = WORD_COUNT_TEXTS + [extra]
    document_text = "\n".join(texts)
    spaced = document_text.isascii() or repetition.UNSPACED.search(document_text) is None
    assert list(repetition._word_counts(texts, spaced)) == list(map(repetition.word_count, texts))


@pytest.mark.parametrize("blank", ["\n\n", "\n"])
def test_tx111_finds_a_repeated_paragraph_in_text_with_and_without_cjk(blank):
    paragraph = (
        "The team said the design uses sodium instead of lithium, which is cheaper and easier to source across"
        " Europe, and that the first cells could reach shops within three years if the trials go well."
    )
    for other in ("Officials said the plan would go ahead next year.", "東京で会議が開かれた。三万名选手参加了比赛。"):
        text = blank.join(["Swiss researchers unveil a battery", paragraph, other, paragraph]) + "\n"
        found = [(d.line, d.code) for d in Linter(select=["TX111"]).lint_text(text)]
        assert found == [(7 if blank == "\n\n" else 4, "TX111")], (other, found)


# Sentences glued at every place a line-level check and a whole-text pass
# could disagree: the first and the last line, a line's first and last
# characters, beside a line break, after numbers, in CJK text, after a URL.
GLUED_SENTENCES = (
    "Results came in 2019.The owners blamed costs.\n"
    "\n"
    "The minister resigned on Friday.The opposition called for an election.\r\n"
    "East.West\n"
    "Prices rose 4%.Teachers said so, (see below).The end.\n"
    "Visit bbc.co.uk or read the U.S.Army memo; Prof.Smith disagreed.\n"
    "The plan: 1.Cut costs 2.Hire staff\n"
    "1.Introduction\n"
    "東京で会議が開かれた。The talks ended.Officials left\n"
    "He said “no.”Then he left.\n"
    "last line ends here.\n"
    "and.So"
)


def _findings(codes, text, **settings):
    return [(d.line, d.col, d.code, d.message, d.suggestion) for d in Linter(select=codes, **settings).lint_text(text)]


def test_tx109_line_gate_skips_no_line_with_a_finding(monkeypatch):
    from newslint.rules.text_integrity import punctuation

    for text in (GLUED_SENTENCES, GLUED_SENTENCES.replace("\n\n", "\n"), "x\n" + GLUED_SENTENCES + "\n"):
        gated = _findings(["TX109"], text)
        with monkeypatch.context() as patched:
            patched.setattr(punctuation, "_holds_glue", lambda document, line: True)
            assert _findings(["TX109"], text) == gated
        assert len(gated) >= 8


def _sentence_start_by_all_sentences(document, offset):
    """QM102's sentence start as it was read from the whole article's sentences."""
    import bisect

    starts = [sentence.start for sentence in document.sentences]
    index = bisect.bisect_right(starts, offset) - 1
    if index >= 0:
        sentence = document.sentences[index]
        if sentence.start <= offset <= sentence.end:
            return starts[index]
    return document.line_at(offset).start


def test_qm102_sentence_start_from_its_line_is_the_whole_articles():
    from newslint import Document
    from newslint.rules.quotation_marks import rules

    text = (
        '  He said it was over." Then Dr. Jones left.  Nobody stayed." \n'
        "\n"
        "The U.S. team won.” It rained.\n"
        "”\n"
        "   \n"
        "«Non.» Il est parti… Oui!» Fin.\n"
        "東京で会議が開かれた。」三万名选手参加了比赛。\n"
        'last line"'
    )
    document = Document(text)
    for offset in range(len(text) + 1):
        assert rules._sentence_start(document, offset) == _sentence_start_by_all_sentences(document, offset), offset


def test_qm102_findings_unchanged_where_the_sentence_is_cut_from_its_line():
    text = 'The U.S. team won, Mr. Smith said.” It rained.\n\nHe left. We are done,” she said. Fin.\n'
    assert _findings(["QM102"], text) == [
        (1, 1, "QM102", "closing ” (column 35) has no opening mark; the quotation probably starts here", None),
        (3, 10, "QM102", "closing ” (column 22) has no opening mark; the quotation probably starts here", None),
    ]


ATTRIBUTION_SNIPPETS = [
    "„Wir werden die Mieten deckeln“, sagte er am Montag in Hamburg.",
    "„Das ist gut“, so der Verbandspräsident.",
    "„Das ist gut“, so Müller.",
    '"We will lead," so Britain can lead.',
    "«No lo haremos», dijo el ministro, Luis Planas.",
    "«El problema, dice la gente, es el tráfico»",
    "«Es caro», dice mucho.",
    "« Non », a-t-il ajouté devant la presse.",
    "« C'est fini », explique-t-elle.",
    "« Oui », dit-on.",
    "“Não”, disse o ministro.",
    "“No”, ha detto il ministro ieri.",
    "“Nee”, aldus de woordvoerder.",
    "«Нет», — сказал он журналистам.",
    "“It is over,” she said, so we left.",
    "“We sell cards, dice, board games,” he said.",
    "“Yes”, zei hij, “en nu”",
    "“Ja”, sagt man.",
    '"Non", dit le maire, "jamais".',
]


def _foreign_attribution_with_one_pattern(speech, text, start, end, language):
    """_foreign_attribution_at as it was, gated by one pattern of all the languages."""
    import regex

    any_language = regex.compile(
        speech._BEFORE_FOREIGN_VERB + "(?:" + "|".join(f"(?:{speech._foreign_attribution(code)})" for code in speech.FOREIGN_VERBS) + ")"
    )
    for candidate in speech._WORD_AFTER_COMMA.finditer(text, start, end):
        if candidate.group(2) not in speech._VERB_LANGUAGES or not any_language.match(text, candidate.start(), end):
            continue
        pattern = speech.FOREIGN_ATTRIBUTIONS.get(language())
        if pattern is None:
            return None
        match = pattern.match(text, candidate.start(), end)
        if match is not None and not speech._said_twice(text, match):
            return match.start(1)
    return None


@pytest.mark.parametrize("language", [None, "en", "de", "es", "fr", "pt", "it", "nl", "ru"])
def test_foreign_attributions_found_by_each_languages_pattern_as_by_one_of_all(language):
    from newslint.rules.quotation_marks import speech

    asked = []

    def article_language():
        asked.append(language)
        return language

    for snippet in ATTRIBUTION_SNIPPETS:
        for start in range(0, len(snippet), 3):
            expected = _foreign_attribution_with_one_pattern(speech, snippet, start, len(snippet), lambda: language)
            assert speech._foreign_attribution_at(snippet, start, len(snippet), article_language) == expected, snippet
    english_only = '"It was over, he said, and we left," she said.'
    asked.clear()
    speech._foreign_attribution_at(english_only, 0, len(english_only), article_language)
    assert asked == []  # no verb-first attribution in any language: the article's language is not read


def test_the_verb_words_are_every_word_of_the_verbs():
    import regex

    from newslint.rules.quotation_marks import speech

    words = regex.findall(r"\p{L}+", "|".join(speech.FOREIGN_VERBS.values()) + speech._FRENCH_INVERSION)
    assert set(speech._VERB_LANGUAGES) == set(words) | {"so"}
    assert speech._VERB_LANGUAGES["so"] == ("de",) and "fr" in speech._VERB_LANGUAGES["explique"]
