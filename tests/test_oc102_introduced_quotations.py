"""OC102 leaves a line that introduces a quotation (a colon, then an
opening quotation mark) whose closing mark was lost: it is the article's
speech, not another story's headline.  A headline with a colon and no
quotation is still judged.  Text written for these tests, in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter
from lint_support import in_both_layouts

ENGLISH = (
    "Xi tells Putin China will support Russia on security",
    "Chinese leader Xi Jinping reiterated his support for Moscow in a call with Vladimir Putin.",
    "{line}",
    "The Kremlin said the two leaders stressed that relations were at an all-time high.",
)
ARABIC = (
    "افتتاح محطة جديدة لتحلية المياه",
    "افتتحت الحكومة يوم الأحد محطة جديدة لتحلية مياه البحر على الساحل الشمالي بطاقة كبيرة.",
    "{line}",
    "ومن المقرر افتتاح محطتين أخريين العام المقبل في الجنوب.",
)


def oc102(blocks, line):
    found = []
    for text in in_both_layouts(*[block.format(line=line) for block in blocks]):
        lines = text.split("\n")
        found.append([lines[d.line - 1] for d in Linter(select=["OC102"]).lint_text(text)])
    return found


@pytest.mark.parametrize(
    "blocks, line",
    [
        (ARABIC, "وأضاف الوزير: «هذه خطوة أولى نحو تحقيق الأمن المائي في البلاد"),
        (ENGLISH, 'A spokesman added: "Alaska doctors sentenced over opioid overdoses'),
    ],
)
def test_a_line_introducing_a_quotation_is_no_headline(blocks, line):
    assert oc102(blocks, line) == [[], []]


def test_a_headline_with_a_colon_and_no_quotation_is_still_judged():
    line = "Alaska: doctor sentenced over opioid overdoses"
    assert oc102(ENGLISH, line) == [[line], [line]]
