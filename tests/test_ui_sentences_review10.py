"""Sentences that open with an interface string's words stay clean: a
template's open slot takes no clause after a comma, and "Copyright" opens a
notice only before a sign, a year or a name (review10, trial11)."""

import pytest

from newslint import Linter

LAYOUTS = {"blank": "\n\n", "lines": "\n"}
HOST = [
    "School trip ends early",
    "The pupils watched the storm from the museum's gallery before the coach came back for them.",
    "Teachers said the children had behaved well and would return in the spring.",
]
SENTENCES = [
    "Follow the live feed closely, the teacher told her class.",
    "Get more coverage of women's sport, campaigners urged broadcasters on Monday.",
    "Copyright lawyers were called in the next morning, and the exhibition closed.",
]
FURNITURE = [
    "Follow our live coverage of the storm",
    "Get more coverage of the storm",
    "Copyright 2025 Example News. All rights reserved.",
]


def ui_lines(lines, separator):
    text = separator.join(lines) + "\n"
    found = Linter(select=["UI"]).lint_text(text)
    numbers = {d.line for d in found}
    step = len(separator)
    return {lines[(number - 1) // step] for number in numbers if (number - 1) % step == 0}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_sentence_opening_with_an_interface_strings_words_is_clean(sentence, separator):
    assert ui_lines(HOST[:2] + [sentence] + HOST[2:], separator) == set()


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("line", FURNITURE)
def test_the_interface_string_itself_is_still_found(line, separator):
    assert ui_lines(HOST + [line], separator) == {line}
