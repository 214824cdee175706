"""OC102 leaves a Markdown heading below the title (`## …`, as extractors
write a page's section headings) as the article's section, though it shares
no word with it; the same line as plain text between paragraphs is still
judged as another story's headline.  Text written for these tests, in both
layouts."""
from __future__ import annotations

import pytest

from newslint import Linter
from lint_support import in_both_layouts

ARTICLE = (
    "Xi tells Putin China will support Russia on security",
    "Chinese leader Xi Jinping reiterated his support for Moscow in a call with Vladimir Putin.",
    "{line}",
    "The Kremlin said the two leaders stressed that relations were at an all-time high.",
)
PORTUGUESE = (
    "# Vendas do varejo crescem em setembro",
    "As vendas do varejo cresceram em setembro na comparação com agosto, informou o instituto nesta quinta-feira.",
    "{line}",
    "A associação do setor afirmou que o comércio eletrônico voltou a ganhar participação no trimestre.",
)


def oc102_lines(blocks, line):
    text_blocks = [block.format(line=line) for block in blocks]
    found = []
    for text in in_both_layouts(*text_blocks):
        lines = text.split("\n")
        found.append([lines[d.line - 1] for d in Linter(select=["OC102"]).lint_text(text)])
    return found


@pytest.mark.parametrize(
    "blocks, heading",
    [(ARTICLE, "## Alaska doctor sentenced over opioid overdoses"), (PORTUGUESE, "## O que dizem os lojistas do bairro")],
)
def test_a_markdown_section_heading_is_the_articles(blocks, heading):
    assert oc102_lines(blocks, heading) == [[], []]


def test_the_same_line_without_its_heading_mark_is_still_judged():
    line = "Alaska doctor sentenced over opioid overdoses"
    assert oc102_lines(ARTICLE, line) == [[line], [line]]
