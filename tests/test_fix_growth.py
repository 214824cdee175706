"""Finding a fix costs the same however many fixable findings an article has."""
from __future__ import annotations

from newslint import Linter

from growth import assert_linear


def test_fixes_of_many_findings_in_a_crlf_article_cost_linear_time():
    # Each fix maps its offsets back to the CRLF text as read: once per
    # article, not once per finding.
    linter = Linter(select=["TX105"])
    assert_linear(lambda n: "Prices &amp; wages rose.\r\n" * n, lambda text: list(linter.lint_text(text)))


def test_long_spans_flagged_many_times_cost_linear_time():
    # Thousands of orphan closing marks on one line, each flagged from the
    # line's start: the flagged text kept for accept and the baseline is
    # bounded, not the whole span.
    linter = Linter(select=["QM102"])
    assert_linear(lambda n: "word\u201d " * n, lambda text: list(linter.lint_text(text)))
