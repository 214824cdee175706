"""UI104 reads a caption's credit set in Markdown's italics as its reader
sees it, as extractors write a picture's caption ("*Photo: … (Jo Bell /
Reuters)*"); an italic sentence of the article stays clean.  Text written
for these tests, in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter
from lint_support import in_both_layouts

BODY = (
    "# Ferry crews end strike after pay deal",
    "Crews on the island ferries returned to work on Monday after union members accepted a pay offer worth "
    "six per cent over two years.",
    "The strike had cancelled more than 300 sailings since the start of the month, leaving hauliers and "
    "islanders to queue for the few boats that still ran.",
    "The operator said timetables would be back to normal by the weekend.",
)


def ui104_lines(text: str) -> list[str]:
    lines = text.split("\n")
    return [lines[d.line - 1] for d in Linter(select=["UI104"]).lint_text(text)]


@pytest.mark.parametrize(
    "credit",
    [
        "*Photo: The first ferry leaves the harbour on Monday morning. (Ana Ruiz / Island Times)*",
        "*Foto: Die erste Fähre verlässt den Hafen. © Jonas Beck*",
        "*Photo : le premier ferry quitte le port lundi matin. © Claire Dumas*",
    ],
)
def test_an_italic_caption_credit_is_reported(credit):
    for text in in_both_layouts(*BODY[:2], credit, *BODY[2:]):
        assert ui104_lines(text) == [credit]


def test_an_italic_sentence_of_the_article_stays_clean():
    italic = "*The union said the deal would be put to a second vote if the operator changed the rota again.*"
    for text in in_both_layouts(*BODY[:2], italic, *BODY[2:]):
        assert ui104_lines(text) == []


def test_a_byline_whose_name_is_a_markdown_link_is_reported():
    byline = "By [Ana Ruiz](/authors/ana-ruiz)"
    for text in in_both_layouts(BODY[0], byline, *BODY[1:]):
        assert ui104_lines(text) == [byline]


def test_a_sentence_with_a_link_stays_clean():
    line = "The deal was first reported by [the Island Times](/news/ferries) on Sunday evening, the union said."
    for text in in_both_layouts(*BODY[:2], line, *BODY[2:]):
        assert ui104_lines(text) == []
