"""OC102's subject-shift test and a round-up whose every line brings its own
names and figures (a markets report: shares, then oil, the currencies,
gold, bonds): one more line that shares next to nothing with the rest is
one more item, not another story's first sentence.  A report that keeps to
its subject still has the one line where the subject shifts found.  Both
layouts."""
from __future__ import annotations

import pytest

from newslint import Linter
from lint_support import in_both_layouts

ROUND_UP = (
    "Shares slide as carmakers stall; copper rises",
    "FRANKFURT, June 3 (Wire) - European shares fell for a third day on Tuesday as carmakers slid on "
    "weak sales in China, while copper climbed to a two-month high on supply worries.",
    "The STOXX 600 ended 0.6% lower at 512.40 points, with autos down 2.4%, the worst performers of the day.",
    "Volvo Cars (VOLCARb.ST) sank 5.2% and Renault (RENA.PA) gave up 3.1% after a rating cut from a Swiss "
    "broker unsettled traders.",
    "In New York the Dow Jones gained 0.2% by noon while the Nasdaq slipped 0.4% on weaker chip stocks.",
    "Copper for delivery in three months rose 1.3% to $9,912 a tonne on the London Metal Exchange.",
    "The yen firmed 0.3% to 154.20 per dollar and the Swiss franc held at 0.9104 per dollar.",
    "Silver eased 0.5% to $30.62 an ounce, a week after its highest close since 2012.",
    "Yields on 10-year Italian bonds fell 3 basis points to 3.81%, narrowing the gap over German debt.",
    "Traders will watch Thursday's euro zone retail sales for hints on the central bank's next move in July.",
)


def oc(text: str) -> list[tuple[int, str]]:
    return [(d.line, d.code) for d in Linter(select=["OC"]).lint_text(text)]


def test_a_round_up_of_items_has_no_shifted_subject():
    for text in in_both_layouts(*ROUND_UP):
        assert [code for _, code in oc(text) if code == "OC102"] == [], text


# The test itself, on cohesion items as cohesion.analyse makes them.
class Item:
    def __init__(self, cohesion: float, terms: int = 8, weight: float = 20.0):
        self.cohesion, self._terms, self.weight = cohesion, tuple(range(terms)), weight


class Analysis:
    def __init__(self, cohesions):
        self.sentences = [Item(c) for c in cohesions]


@pytest.mark.parametrize("others, shifted", [
    # Every other line shares a little (a round-up): no one line stands out.
    ([0.12, 0.25, 0.11, 0.08, 0.59, 0.24, 0.11, 0.05, 0.15, 0.08, 0.0], False),
    # The others go on with one another: the one that shares nothing is a shift.
    ([0.32, 0.41, 0.27, 0.18, 0.59, 0.24, 0.36, 0.05, 0.45, 0.30, 0.0], True),
])
def test_a_shift_needs_the_other_sentences_to_go_on_with_one_another(others, shifted):
    from newslint.rules.out_of_context import teaser

    cohesions = others[:3] + [0.0] + others[3:]  # sentence 3 shares nothing
    judged = list(range(len(cohesions)))
    counts = [25] * len(cohesions)
    found = teaser.shifted_sentences(Analysis(cohesions), [3], judged, counts)
    assert bool(found) is shifted
