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



# Most live pages put the newest entry first; an entry posted twice keeps its time.
NEWEST_FIRST = [
    "Flood warnings: rivers still rising across the valley",
    "09:40",
    "The river at Castlemoor has passed its 1998 record and is still rising, the agency says.",
    "09:15",
    "Volunteers are filling sandbags outside the town hall, where the council has opened a rest centre.",
    "08:52",
    "Two schools in the valley will stay closed today, the county council has announced.",
    "08:52",
    "Two schools in the valley will stay closed today, the county council has announced.",
    "08:30",
    "Good morning and welcome to our coverage of the floods across the north of the county.",
]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_newest_first_live_blogs_entry_times_are_the_articles(separator):
    findings = Linter(select=["UI"]).lint_text(separator.join(NEWEST_FIRST) + "\n")
    assert [d for d in findings if d.code == "UI102"] == []


TICKER = [
    "Latest news",
    "09:40",
    "Council approves new car park at the station",
    "09:15",
    "Bus fares to rise in the spring",
    "08:52",
    "Castlemoor school wins national music prize",
]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_newest_first_ticker_of_headlines_is_no_live_blog(separator):
    # Its lines are other stories' headlines, which end no sentence.
    text = separator.join(NEWEST_FIRST[:5] + TICKER) + "\n"
    lines = text.split("\n")
    ticker_top = lines.index(TICKER[0])
    flagged = {lines[d.line - 1] for d in Linter(select=["UI"]).lint_text(text) if d.line > ticker_top}
    assert flagged == set(TICKER)
