"""TX112 judges the body's last paragraph when the page's footer follows it
(a naive dump's "Related: …" teaser, a paywall notice, a row of links): a
paragraph cut mid-sentence is reported there; a body that ends whole, and a
footer after it, stay clean.  Text written for these tests, in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter
from lint_support import in_both_layouts

BODY = (
    "Council approves new bus lanes for the city centre",
    "The city council on Tuesday approved four new bus lanes, which officials say will cut journey times on the "
    "busiest routes by up to ten minutes.",
    "Shop owners on the high street had campaigned against the plan, saying the loss of parking spaces would "
    "drive customers to out-of-town retail parks.",
    "The transport committee said work would begin in the spring and take about six months.",
)
CUT = "Councillors also agreed to review the parking charges in the autumn, after a consultation with residents and the"
WHOLE = "Councillors also agreed to review the parking charges in the autumn, after a consultation with residents."
FOOTERS = {
    "teaser and links": ("Related: Rail fares to rise by four per cent in March", "About us · Contact · Privacy policy"),
    "paywall": ("This article is for subscribers. You have one free article left this month.",),
    "copyright": ("© 2026 Northern Courier Ltd", "Terms | Cookies | Advertise"),
}


def tx112_lines(text: str) -> list[str]:
    lines = text.split("\n")
    return [lines[d.line - 1] for d in Linter(select=["TX112"]).lint_text(text)]


@pytest.mark.parametrize("footer", sorted(FOOTERS))
def test_a_paragraph_cut_short_before_the_footer_is_reported(footer):
    for text in in_both_layouts(*BODY, CUT, *FOOTERS[footer]):
        assert tx112_lines(text) == [CUT]


@pytest.mark.parametrize("footer", sorted(FOOTERS))
def test_a_whole_body_before_the_footer_stays_clean(footer):
    for text in in_both_layouts(*BODY, WHOLE, *FOOTERS[footer]):
        assert tx112_lines(text) == []


def test_a_list_closing_the_article_is_no_footer():
    # Short items after a paragraph that introduces them: the walk back stops at them.
    items = ("- Oxford Road, from March", "- Station Street, from April", "- Hill Lane, from June")
    for text in in_both_layouts(*BODY, "The four lanes will open in stages on these roads", *items):
        assert tx112_lines(text) == []


def test_a_footer_of_max_trailing_furniture_lines_is_looked_past_and_no_longer_one():
    # "up to six lines" of footer, as the rule's docs say; the walk stopped
    # one line short, so a six-line footer hid the cut paragraph.
    from newslint.rules.text_integrity.truncation import MAX_TRAILING_FURNITURE

    row = "About us · Contact · Privacy policy"
    for text in in_both_layouts(*BODY, CUT, *[row] * MAX_TRAILING_FURNITURE):
        assert tx112_lines(text) == [CUT]
    for text in in_both_layouts(*BODY, CUT, *[row] * (MAX_TRAILING_FURNITURE + 1)):
        assert tx112_lines(text) == []


def test_a_colon_over_a_row_of_items_introduces_that_row():
    # The row split by "·" reads as a footer's links, but it is the list the
    # colon announces: the paragraph is whole.
    intro = "The lanes will open in stages from March on these roads in the centre, the council said:"
    for text in in_both_layouts(*BODY, intro, "Oxford Road · Station Street · Hill Lane · Mill Road"):
        assert tx112_lines(text) == []
    # Over a teaser of another story, the colon still introduces nothing.
    for text in in_both_layouts(*BODY, intro, "Related: Rail fares to rise by four per cent in March"):
        assert tx112_lines(text) == [intro]
