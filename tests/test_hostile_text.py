"""Text integrity on hostile and repeated input: TX102 stays linear on a run
of letters with no space, reports a glued word however often it recurs, and
TX104 says what to do with debris that has no repair."""
import time

from growth import assert_linear

from newslint import Linter
from newslint.rules.text_integrity.glued_words import MAX_GLUED_LETTERS, split_glued

OPTIONS = {"min-part-zipf": 3.0}
ARTICLE = "Officials met on Tuesday to discuss the budget.\n"


def _lint(code, text):
    return [(d.line, d.col, d.message) for d in Linter(select=[code]).lint_text(text)]


def test_a_glued_word_that_recurs_is_reported_each_time():
    text = ARTICLE + "He said it was aproper deal.\nShe said it was aproper deal too.\n"
    assert _lint("TX102", text) == [
        (2, 16, 'glued words "aproper": probably "a proper"'),
        (3, 17, 'glued words "aproper": probably "a proper"'),
    ]


def test_sixteen_thousand_letters_without_a_space_are_not_searched():
    # On main: over 120 s, the three-word fallback recursing once per letter.
    word = "a" * 16_001
    started = time.perf_counter()
    assert split_glued(word, "en", OPTIONS) is None
    assert time.perf_counter() - started < 1.0
    assert _lint("TX102", "Title\n" + "the" * 5_000 + "\n") == []


def test_split_glued_cost_does_not_grow_with_the_run():
    assert_linear(lambda n: "thea" * n, lambda word: split_glued(word, "en", OPTIONS), n=10)


def test_tx102_is_linear_in_the_number_of_candidate_words():
    # The costliest word the search still takes on: the longest, opening
    # with a seam start, splitting nowhere.
    word = ("thealwaysindependentlysecuritymatterspropery" * 2)[:MAX_GLUED_LETTERS]
    linter = Linter(select=["TX102"])
    assert_linear(lambda n: ARTICLE + (" ".join([word] * 8) + ".\n") * n, linter.lint_text, n=20)


def test_three_words_still_split():
    assert split_glued("theinterestrate", "en", OPTIONS, spaced=frozenset({("interest", "rate")})) == (
        "the",
        "interest",
        "rate",
    )


def test_mojibake_without_a_repair_says_delete_it():
    assert _lint("TX104", ARTICLE + "It was 20Â°C in the shade.\n") == [
        (2, 10, 'mojibake "Â": text decoded with the wrong encoding; delete it')
    ]
    assert _lint("TX104", ARTICLE + "The cafÃ© reopened.\n") == [
        (2, 8, 'mojibake "Ã©": text decoded with the wrong encoding; probably "é"')
    ]


def test_a_recurring_compound_of_content_words_is_the_articles_vocabulary():
    text = ARTICLE + "The paycuts were large.\nUnions fought the paycuts.\nThe pay cuts began in May.\n"
    assert _lint("TX102", text) == []
    assert [message for _, _, message in _lint("TX102", ARTICLE + "The paycuts were large.\nPay cuts hurt.\n")] == [
        'glued words "paycuts": probably "pay cuts"'
    ]


def test_recurring_damage_of_every_shape_is_reported():
    for body, word in [
        ("It was wrong, hesaid on Monday.\nWe will try, hesaid later.\n", "hesaid"),
        ("It wouldbe costly.\nThat wouldbe a mistake.\n", "wouldbe"),
        ("Most ofthe money went north.\nHalf ofthe staff left.\n", "ofthe"),
    ]:
        messages = [message for _, _, message in _lint("TX102", ARTICLE + body)]
        assert len(messages) == 2 and all(f'"{word}"' in message for message in messages), (word, messages)


def test_a_line_of_stops_is_linear_for_the_default_rules():
    # Before: 3.6 s for 5,000 dots and 12.5 s for 10,000 (every stop of the
    # run tried again as a sentence end, and as the end of an abbreviation,
    # and every character as a web address's start).
    linter = Linter()
    for stops in (".", "..!", "“."):
        assert_linear(lambda n, stops=stops: "Title\n" + stops * n + "\n", lambda text: list(linter.lint_text(text)), n=500)


def test_sentences_still_end_at_stops_after_abbreviations_and_runs():
    from newslint.document import split_sentences

    line = "Mr. Smith met Dr. J. K. Rowling in the U.S. on Tuesday... Then he left!! (“It rained.”) Prices rose."
    assert [line[start:end] for start, end in split_sentences(line)] == [
        "Mr. Smith met Dr. J. K. Rowling in the U.S. on Tuesday...",
        "Then he left!!",
        "(“It rained.”)",
        "Prices rose.",
    ]


# A whole page decoded with the wrong encoding and dumped on one line: TX104
# diffed the line against ftfy's repair in one piece, which cost the cube of
# its length (a 6 KB line took 25 s, 76 KB over eight minutes).
MOJIBAKE_UNIT = "wasnâ€™t cafÃ© Â£5 KrakÃ³w — siÄ™ "


def test_a_long_line_of_mojibake_costs_linear_time():
    linter = Linter(select=["TX104"], max_findings_per_article=10**9, max_line_length=10**8)
    assert_linear(lambda n: "Title\n\n" + MOJIBAKE_UNIT * n + "\n", linter.lint_text, n=100)


def test_a_long_line_of_mojibake_gets_the_findings_its_short_lines_would():
    linter = Linter(select=["TX104"], max_findings_per_article=10**9, max_line_length=10**8)
    count = 400  # well past the length diffed whole
    long_line = linter.lint_text("Title\n\n" + MOJIBAKE_UNIT * count + "\n")
    short_lines = linter.lint_text("Title\n\n" + (MOJIBAKE_UNIT + "\n") * count)
    assert len(long_line) == len(short_lines) == 5 * count
    def repairs(found):
        return sorted((d.message, d.fix.edit.content) for d in found)

    assert repairs(long_line) == repairs(short_lines)
