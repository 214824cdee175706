"""Every installed rule is linear (or n log n) in its input (issue 17).

Each family's tests time its own worst cases; this one runs every rule, the
ones added later included, on one long article that mixes the damage all the
families look for, at n and 4n lines.  An article this long and this
repetitive is the shape a hostile pull request would send."""
import pytest

from newslint import Linter
from newslint.plugins import load_registry

from growth import assert_linear

# One block of lines that gives every family something to look at: prose,
# doubled and glued words, quotation marks, another language and script,
# furniture, a repeated caption, a menu, mojibake and markup.
BLOCK = (
    "The council said the the budget would be agreed next week after talks with unions.\n"
    'The mayor said: "We will not let residents pay for this, she said.\n'
    "Officials said thecouncil had no choice, adoptaron el alfabeto fenicio in the end.\n"
    "The visitors greeted the crowd: 여러분 정말 감사합니다 오늘 와주셔서.\n"
    "Share this article\n"
    "Home\nWorld\nSport\n"
    "Residents were told it wasnâ€™t safe to return.<br>\n"
    "Watch: the river at its peak 01:42\n"
    "Bern, Bern, Bern, Bern was mentioned again and again by the speakers.\n"
)


def _article(blocks: int) -> str:
    return "Council agrees budget after long talks\n\n" + BLOCK * blocks


@pytest.mark.parametrize("code", sorted(load_registry().rules))
def test_every_rule_is_linear_in_its_input(code):
    linter = Linter(select=[code], max_findings_per_article=10**9)
    assert_linear(_article, linter.lint_text, n=20)
