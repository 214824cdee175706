"""A letters page whose writers sign with their town on the name's line
("Morag Fraser, Tobermory"), the last with an initial ("D. Campbell, Mull"),
is several signed letters: no signature is a footer (trial12b)."""

import pytest

from newslint import Linter
from newslint.document import strip_list_marker

LETTERS = [
    "Letters: the ferry timetable, hedgehogs and a thank-you",
    "Sir, Your article on the winter ferry timetable did not say that islanders now have no way to reach a morning hospital appointment on the mainland without paying for a night in a hotel. My mother did so twice last month.",
    "Morag Fraser, Tobermory",
    "Sir, Please remind readers to check bonfires for hedgehogs before lighting them this weekend. Last year we rescued four from one pile.",
    "Ewan McLeod, Oban",
    "Sir, Four days without a ferry. Again.",
    "D. Campbell, Mull",
]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_signatures_with_the_town_on_the_names_line_are_the_pages_own(separator):
    assert [d.line for d in Linter(select=["UI"]).lint_text(separator.join(LETTERS) + "\n")] == []


def test_an_initial_before_a_surname_is_no_list_marker():
    assert strip_list_marker("D. Campbell, Mull") == ("D. Campbell, Mull", False)
    assert strip_list_marker("J. K. Rowling") == ("J. K. Rowling", False)
    assert strip_list_marker("A. Background") == ("Background", True)
    assert strip_list_marker("b) the second option") == ("the second option", True)
    assert strip_list_marker("C) Neither") == ("Neither", True)


CLOSED_LETTERS = [
    "Letters: the library is not a luxury",
    "Sir, I read with dismay that the council intends to close the branch library and replace it with a screen "
    "in the shopping centre. I have used that library for forty years, and so did my children.",
    "Yours faithfully,",
    "Ann Whitlow",
    "Eastgate",
    "Sir, Your correspondent on cycling lanes asks where all the cyclists are. They are on the pavement, because "
    "the lanes stop at every junction.",
    "Peter Amis",
    "Northfield",
]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_letter_closed_with_yours_faithfully_over_its_signature_is_still_signed(separator):
    # trial21: the first letter's closing stood between its last sentence and
    # the name, so the page counted one signed letter and the last signature
    # was reported as lines after the body.
    assert [d.line for d in Linter(select=["UI"]).lint_text(separator.join(CLOSED_LETTERS) + "\n")] == []
