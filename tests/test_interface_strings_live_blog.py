"""A live blog's entries, each a clock time alone over its paragraph, are
the article's, in both layouts (trial15b)."""

import pytest

from newslint import Linter

LIVE = [
    "14:02 BST",
    "Counting has begun at the leisure centre, where the first ballot boxes arrived a few minutes ago.",
    "14:35 BST",
    "Turnout in the town centre wards is said to be higher than at the last election.",
    "15:10 BST",
    "The returning officer says the first result should come before six o'clock.",
    "15:48 BST",
    "Here is what each party needs tonight.",
]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_live_blogs_entry_times_are_the_articles(separator):
    assert [d.line for d in Linter(select=["UI"]).lint_text(separator.join(LIVE) + "\n")] == []

