"""UI102 leaves a month or a date that names a row of the article's own
table of figures (Markdown as extractors write it, or cells split by tabs);
a page's timestamp and a metadata row are still reported.  Text written for
these tests, in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter
from lint_support import in_both_layouts

BODY = (
    "Waiting times at the county's hospitals rose again over the summer, figures published on Thursday show.",
    "The share of patients treated within the target fell in each of the three months, and managers blamed a "
    "shortage of anaesthetists and a surge in referrals after the spring.",
)
AFTER = (
    "The trust said it expected the figures to improve once two new theatres open in the new year.",
    "Patient groups said the monthly figures hid long waits for the most urgent cases.",
)

TABLES = {
    "markdown": ("| Month | Seen in time | Target |", "|---|---|---|", "| June | 71% | 85% |",
                 "| July | 64% | 85% |", "| August | 63% | 85% |"),
    "dates": ("| Date | Admissions | Beds free |", "| --- | --- | --- |", "| 3 March 2025 | 412 | 18 |",
              "| 10 March 2025 | 398 | 22 |", "| 17 March 2025 | 441 | 9 |"),
    "tabs": ("Week\tReferrals\tSeen", "Monday 2 June\t1,204\t1,150", "Monday 9 June\t1,311\t1,180",
             "Monday 16 June\t1,290\t1,201"),
}


def ui102_lines(text: str) -> list[str]:
    lines = text.split("\n")
    return [lines[d.line - 1] for d in Linter(select=["UI102"]).lint_text(text)]


@pytest.mark.parametrize("table", sorted(TABLES))
def test_a_row_named_by_a_month_or_a_date_is_the_articles_table(table):
    for text in in_both_layouts(*BODY, *TABLES[table], *AFTER):
        assert ui102_lines(text) == []


def test_a_page_timestamp_beside_a_table_is_still_reported():
    for text in in_both_layouts("Updated 3 hours ago", *BODY, *TABLES["markdown"], *AFTER, "Posted 14 June 2025 at 09:12"):
        assert ui102_lines(text) == ["Updated 3 hours ago", "Posted 14 June 2025 at 09:12"]
