"""Clean text a new-user trial (trial11) found flagged by TX109 and TX110:
chess notation is no sentence glued to a number, and a phrase said again as
part of a title ("the spirit of Spirit of Eden") is no loop."""

import pytest

from newslint import Linter

LAYOUTS = {"blank": "\n\n", "lines": "\n"}


def codes(lines, separator, select):
    return [(d.line, d.code) for d in Linter(select=list(select)).lint_text(separator.join(lines) + "\n")]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_chess_moves_are_not_sentences_glued_to_a_number(separator):
    column = [
        "Chess: the quiet move",
        "White to play, and the only good move is a quiet one.",
        "Chen played 1.Rd1!, bringing the last piece into the game.",
        "After 1...Qe7 2.Bxf7+ Kh8 3.Qh5 the threat of mate cannot be met, and 4.Nf3 wins.",
    ]
    assert codes(column, separator, ["TX109"]) == []


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_sentence_glued_to_a_number_is_still_found(separator):
    report = ["Prices", "Prices rose by 4.1%.Economists had expected less, as in 2019.The rest fell."]
    assert codes(report, separator, ["TX109"]) == [(len(separator) + 1, "TX109")] * 2


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_phrase_said_again_in_a_title_is_no_loop(separator):
    review = [
        "A record that still sounds new",
        "The band caught the spirit of Spirit of Eden without copying a note of it.",
        "Critics heard the echo of Echo Beach in the second single.",
    ]
    assert codes(review, separator, ["TX110"]) == []


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_short_phrase_doubled_in_lower_case_is_still_a_loop(separator):
    report = ["Costs", "The plan was costing 4 billion pounds costing 4 billion pounds a year."]
    assert codes(report, separator, ["TX110"]) == [(len(separator) + 1, "TX110")]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_copy_that_opens_a_sentence_again_is_still_a_loop(separator):
    report = ["Budget", "The plan was approved by the council The council will vote on the details next week."]
    assert codes(report, separator, ["TX110"]) == [(len(separator) + 1, "TX110")]
