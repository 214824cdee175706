"""UI109: a section the article opens after its densest stretch — a
subheading at most, a short lead-in ending in a colon, the list it opens,
then a paragraph about the article — is the article's; a page's labelled
block of other stories after the body is still reported.  Text written for
these tests, in both layouts, as Markdown and as plain text (the labelled
block's label is a catalogue string, so the section's rule never takes it)."""
from __future__ import annotations

import pytest

from newslint import Linter
from lint_support import in_both_layouts

HEAD = (
    "# Pension talks stall as deadline nears",
    "Three months after they began, talks between unions and employers on how to fund pensions have produced no "
    "common text, and the two sides are stuck on the same points as two years ago.",
    "## A timetable the unions reject",
    "The government had set the end of May as the deadline. The unions want costings that will only be ready in "
    "June, and say they cannot sign anything before they have seen them.",
)
SECTION = (
    "## What now?",
    "Three options are on the table:",
    "- extending the talks into the autumn;",
    "- a partial deal on arduous jobs;",
    "- parliament taking the file back.",
    "None of them has a majority. For several economists the deadlock is less about the figures than about trust "
    "between the unions and the employers.",
)


def ui109_lines(blocks):
    found = []
    for text in in_both_layouts(*blocks):
        lines = text.split("\n")
        found.append([lines[d.line - 1] for d in Linter(select=["UI109"]).lint_text(text)])
    return found


def _plain(blocks):
    return tuple(block.removeprefix("## ").removeprefix("# ") for block in blocks)


@pytest.mark.parametrize("markdown", [True, False], ids=["markdown", "plain"])
def test_a_section_with_a_lead_in_and_its_list_is_the_articles(markdown):
    blocks = HEAD + SECTION
    assert ui109_lines(blocks if markdown else _plain(blocks)) == [[], []]


def test_a_labelled_block_of_other_stories_after_the_body_is_still_reported():
    related = (
        "Related stories:",
        "- Rail fares to rise by four per cent in March",
        "- Council approves new bus lanes for the centre",
        "Sign up to our morning newsletter for the pension talks and the rest of the day's news.",
    )
    for text in in_both_layouts(*HEAD, *related):
        lines = text.split("\n")
        flagged = {lines[d.line - 1] for d in Linter(select=["UI"]).lint_text(text)}
        assert "Related stories:" in flagged
