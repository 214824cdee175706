"""UI102: a date over the headline under a section's label ("CITY DESK") or
alone at the top is the page's, not the article's dateline; the dateline
under the headline stays clean, also over a byline.  Text written for these
tests, in both layouts."""
from __future__ import annotations

from newslint import Linter
from lint_support import in_both_layouts

HEADLINE = "Village school reopens after flood repairs"
BODY = (
    "Pupils returned to the village school in Hallam Cross on Monday, eight months after floodwater filled its "
    "classrooms and forced children to take lessons in the church hall.",
    "The school's head teacher said the repairs, finished in Feb, had cost more than £600,000, most of it paid by the county's "
    "insurers, and that new flood doors had been fitted to every entrance.",
    "Parents lined the lane to the school gate to cheer the children in, and the village band played outside "
    "the hall where lessons had been held since the flood.",
)
DATE = "Mon 9 Feb 2026 08.15 GMT"
UPDATED = "Last updated on Mon 9 Feb 2026 12.40 GMT"


def ui102_lines(text: str) -> list[str]:
    lines = text.split("\n")
    return [lines[d.line - 1] for d in Linter(select=["UI102"]).lint_text(text)]


def test_dates_under_a_section_label_over_the_headline_are_reported():
    # Each label names a word of the body, as a section's does ("village").
    for label in ("VILLAGE LIFE", "School news"):
        for text in in_both_layouts(label, DATE, UPDATED, HEADLINE, *BODY):
            assert ui102_lines(text) == [DATE, UPDATED]


def test_a_date_alone_over_the_headline_is_reported():
    # The date's month is a word of the body too ("Feb").
    for text in in_both_layouts(DATE, HEADLINE, *BODY):
        assert ui102_lines(text) == [DATE]


def test_the_dateline_under_the_headline_stays_clean():
    for head in ((HEADLINE, DATE), (HEADLINE, DATE, "By Amira Hussain"), ("SCHOOLS", HEADLINE, DATE)):
        for text in in_both_layouts(*head, *BODY):
            assert ui102_lines(text) == []
    # The update stamp under the date, a clock time with its label, is the
    # page's metadata, not the dateline (fxui17c).
    for text in in_both_layouts("SCHOOLS", HEADLINE, DATE, UPDATED, *BODY):
        assert ui102_lines(text) == [UPDATED]


def test_dates_under_a_menu_or_a_byline_over_the_headline_are_reported():
    # A menu with two spaces between its items, a breadcrumb and a byline
    # over the date name a word of the body, as a headline would.
    for over in ("Home  Village  Schools  Sport", "News > Village > Schools", "Words by Hallam Cross Reporter"):
        for text in in_both_layouts(over, DATE, HEADLINE, *BODY):
            assert ui102_lines(text) == [DATE]


def test_a_dateline_under_a_labelled_headline_over_a_byline_stays_clean():
    labelled = "Analysis: village school reopens after flood repairs"
    for text in in_both_layouts(labelled, DATE, "By Amira Hussain", *BODY):
        assert ui102_lines(text) == []
