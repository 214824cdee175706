"""A speaker's phrase said three times over commas, a chant opened with
Spanish inverted marks, and a slogan said thrice as a headline's kicker are
figures of speech, not loops; the same words said more often, or in the
article's own narration, still are (trial13)."""

import pytest

from newslint import Linter

BEFORE = "The regional assembly met on Thursday to vote on the transport budget for next year."
AFTER = "A final vote on the plan is expected before the summer recess."


def tx110(line, separator="\n"):
    text = separator.join([BEFORE, line, AFTER]) + "\n"
    return [d.code for d in Linter(select=["TX110"]).lint_text(text)]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "line",
    [
        '"Not one more, not one more, not one more closure in this valley," the drivers\' leader said.',
        "«Nunca más, nunca más, nunca más estas obras», dijo la alcaldesa ante los vecinos.",
        "„Nie wieder, nie wieder, nie wieder so ein Winter“, sagte der Bürgermeister.",
        "«¡Campeones, campeones, campeones, campeones!», cantaba la grada al final.",
    ],
)
def test_rhetoric_in_a_quotation_is_clean(line, separator):
    assert tx110(line, separator) == []


def test_a_slogan_kicker_over_a_headline_is_clean():
    text = "Homes, homes, homes: the mayor's plan for the river district\n" + BEFORE + "\n" + AFTER + "\n"
    assert [d.code for d in Linter(select=["TX110"]).lint_text(text)] == []


@pytest.mark.parametrize(
    "line",
    [
        # Narration, not speech: a phrase said three times is a loop.
        "The drivers said there would be not one more, not one more, not one more closure in the valley.",
        # Four times in a quotation is past rhetoric.
        '"Not one more, not one more, not one more, not one more closure here," the leader said.',
        # A kicker word said four times.
        "Homes, homes, homes, homes: the plan",
    ],
)
def test_loops_are_still_found(line):
    assert tx110(line) == ["TX110"]


def test_a_word_said_thrice_with_and_before_a_clause_that_opens_with_and_is_clean():
    # The last "and" opens the next clause: three copies, emphasis.
    assert tx110("The drivers kept going and going and going, and in the end the depot reopened.") == []
    assert tx110("It was unfair and unfair and unfair and unfair, and nobody listened to the residents.") == ["TX110"]
