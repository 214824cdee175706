"""Attributed-quotation class (trial35): a quotation in another language that
the article introduces by naming that language ("på tyska:", "kwa
Kiingereza:"), even when a name or a pronoun opens it before the run, is
quoted on purpose; the same sentence left untranslated outside quotation
marks, with no language named, is still reported."""

import pytest

from newslint import Linter

from lint_support import LAYOUTS


def ml_lines(blocks, separator):
    text = separator.join(blocks) + "\n"
    lines = text.split("\n")
    return {lines[d.line - 1] for d in Linter(select=["ML"]).lint_text(text)}


SWEDISH = [
    "Svensk kock vann guld i Lyon",
    "Kocken Elin Berg från Umeå vann på onsdagen guld i den internationella kocktävlingen i Lyon, efter två dagars tävlan.",
    "Juryns ordförande, den tyske kocken Klaus Wendt, förklarade beslutet på tyska: ”Sie hat mit wenigen Zutaten den klarsten Geschmack des ganzen Wettbewerbs gezeigt” (”Hon visade tävlingens klaraste smak med få råvaror”).",
    "Berg själv sa att hon inte hade räknat med att gå vidare från semifinalen och att hon nu vill öppna en egen restaurang i Umeå.",
]

SWAHILI = [
    "Mpishi wa Zanzibar ashinda tuzo ya kimataifa",
    "Mpishi Bi. Amina Salim kutoka Zanzibar ameshinda tuzo ya kimataifa ya upishi iliyotolewa jijini Nairobi siku ya Jumamosi.",
    "Mwenyekiti wa majaji, Bw. David Clarke, alisema kwa Kiingereza: « She cooked the simplest dish of the whole week and it was the best » — yaani, alipika chakula rahisi zaidi na kikawa bora.",
    "Bi. Amina alisema atatumia fedha za tuzo hiyo kufungua shule ndogo ya upishi kwa vijana wa kisiwani.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values())
@pytest.mark.parametrize("article", [SWEDISH, SWAHILI], ids=["sv", "sw"])
def test_a_quotation_whose_language_the_article_names_is_clean(article, separator):
    assert ml_lines(article, separator) == set()


@pytest.mark.parametrize("separator", LAYOUTS.values())
def test_the_same_sentence_left_untranslated_is_still_reported(separator):
    article = SWEDISH[:2] + [
        "Juryns ordförande förklarade beslutet. Sie hat mit wenigen Zutaten den klarsten Geschmack des ganzen Wettbewerbs gezeigt und wir waren alle einig.",
    ] + SWEDISH[3:]
    assert article[2] in ml_lines(article, separator)
