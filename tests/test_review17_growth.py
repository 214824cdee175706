"""Growth tests from the review of trial 17's changes: inputs shaped to hit
the new code paths many times, which must cost linear time."""
from __future__ import annotations

import warnings

import pytest

from growth import assert_linear
from newslint import Linter


def lint_with(*codes):
    linter = Linter(select=list(codes))

    def run(text):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # more findings than an article keeps
            return list(linter.lint_text(text))

    return run


@pytest.mark.parametrize(
    "line",
    [
        "地区首位を首位を守った。\n",  # a noun and its particle said twice
        "加油加油加油加油。\n",  # a unit said four times
        "声が上がっている上がっている。\n",  # a unit of four or more said twice
    ],
    ids=["noun-particle", "unit-run", "unit-twice"],
)
def test_many_unspaced_loops_cost_linear_time(line):
    # Each match was checked against every finding before it (and the noun
    # loop copied the list of them at each finding): the square of their number.
    # From 4,000 lines: below that the rest of the rule's linear work hid
    # the square (1,000 to 4,000 lines of the noun loop grew 6.9 times).
    assert_linear(lambda n: "港\n\n" + line * n, lint_with("TX110"), n=4000)


def test_the_gaps_of_many_deletions_on_one_long_line_are_found_in_linear_time():
    # The rule's own work on a line within the linter's limit hides the
    # square (6 times from 900 to 3,600 copies): the deletions alone.
    from newslint import Document
    from newslint.fixes import _span_deletion

    def deletions(document):
        return [_span_deletion(document, start, start + 3) for start in range(9, len(document.text) - 4, 5)]

    assert_linear(lambda n: Document("Harbour\n\n" + "now, " * n + "\n"), deletions, n=500)
    document = Document("Harbour\n\nis now, now, now running\n")
    assert _span_deletion(document, 17, 20) == (15, 20)  # ", now": the comma and space go with it


def test_many_loops_on_one_long_line_are_fixed_in_linear_time():
    # Each deletion's joining gap was searched for from the line's start.
    assert_linear(
        lambda n: "Harbour\n\nThe harbour reopened to ferries on Monday.\n" + "is now now now now running " * n + "\n",
        lint_with("TX110"),
        n=200,
    )


def test_a_loops_deletion_still_takes_its_joining_gap():
    text = "Harbour\n\nThe leader has broken away and is now now now now running alone.\n"
    fixed, _ = Linter(select=["TX110"]).fix_text(text, unsafe=True)
    assert fixed == "Harbour\n\nThe leader has broken away and is now running alone.\n"


def test_a_loop_at_a_lines_start_takes_the_space_after_it():
    text = "Harbour\n\nStay safe. Stay safe. Stay safe. Stay safe.\n"
    fixed, _ = Linter(select=["TX110"]).fix_text(text, unsafe=True)
    assert "Stay safe.\n" in fixed and "  " not in fixed and " \n" not in fixed


def test_many_bare_press_contact_labels_cost_linear_time():
    # Each "Media contact" under the body asked whether the text shows
    # itself a release, a read of the whole text: 4,000 of them took 60 s.
    body = "The harbour reopened to ferries on Monday morning after the storm had passed over the coast.\n" * 8
    assert_linear(lambda n: "Harbour works\n\n" + body + "Media contact\n" * n, lint_with("UI109"), n=100)
    # (That such a label still ends a release: test_interface_strings_fxui17a's contact blocks.)


def test_a_long_line_of_results_after_the_body_costs_linear_time():
    # The dated title's pattern tried, from the line's start, every place
    # its title could end: 0.12 s for one line of 80,000 characters.
    body = "The harbour reopened to ferries on Monday morning after the storm had passed over the coast.\n" * 5
    assert_linear(lambda n: "Harbour\n" + body + " | ".join(["Leeds – Hull 24:20"] * n) + "\n", lint_with("UI109"), n=200)


@pytest.mark.parametrize(
    "line, parts",
    [
        ("Council drops the ring road plan (14 March 2023)", ("Council drops the ring road plan", "14 March 2023")),
        ("Hospital opens new wing（May 2, 2022）", ("Hospital opens new wing", "May 2, 2022")),
        ("Lifeboat (crew) rescues two (3 June 2021)", ("Lifeboat (crew) rescues two", "3 June 2021")),
        ("Lifeboat rescues two (3 June) 2021)", None),  # a bracket inside the date
        ("(14 March 2023)", None),  # no title
        ("Lifeboat rescues two (abc)", None),  # too short for a date
        ("Lifeboat rescues two 3 June 2021", None),
    ],
)
def test_a_title_and_its_bracketed_date_are_read_from_the_lines_end(line, parts):
    from newslint.rules.interface_strings.verdict import _title_and_bracketed_date

    assert _title_and_bracketed_date(line) == parts
