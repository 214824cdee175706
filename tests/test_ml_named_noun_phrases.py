"""A short foreign noun phrase the article's own grammar holds as a name (a
dish, a dance, a festival) is the article's: after one of its determiners,
or glossed in brackets or after a dash.  A clause left in another language
is still reported, wherever it stands.  Text written for these tests, in
both layouts (a blank line between blocks, and none)."""
from __future__ import annotations

import pytest

from newslint import Linter
from lint_support import in_both_layouts

HEAD = (
    "Where to eat on a long weekend by the coast",
    "The harbour district has changed a great deal in ten years, and most of the old fish markets are now "
    "restaurants with terraces facing the water.",
)


def ml_lines(text: str) -> list[int]:
    return [d.line for d in Linter(select=["ML"]).lint_text(text)]


@pytest.mark.parametrize(
    "line",
    [
        "Guests queue for the pastel de nata at the corner bakery before nine.",
        "Their crema catalana is reason enough to book a table on the terrace.",
        "Order the pulpo a la gallega and a glass of the house white.",
        "Locals swear by the sopa de mariscos, which comes in a clay pot.",
        "The market sells bacalhau com natas (salt cod baked with cream) by the portion.",
        "We finished with mousse au chocolat (a dark, bitter one) and strong coffee.",
        "Its soupe de poisson is thick with saffron and garlic.",
    ],
)
def test_a_dish_named_after_a_determiner_or_glossed_is_the_articles(line):
    for text in in_both_layouts(*HEAD, line, "Prices are fair, and the service is quick even in August."):
        assert ml_lines(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "The owner said que el negocio no ha ido tan bien desde hace años, and raised prices.",
        "Diners were told die Küche bleibt heute wegen Krankheit geschlossen before they sat down.",
        "The chef, who trained in Lyon, noted que la temporada empieza en mayo y termina en octubre.",
    ],
)
def test_a_clause_left_in_another_language_is_still_reported(line):
    for text in in_both_layouts(*HEAD, line, "Prices are fair, and the service is quick even in August."):
        assert ml_lines(text) == [3 if text.count("\n\n") == 0 else 5]


# -- titles named without quotation marks -------------------------------------

REVIEW = (
    "A life in other people's books",
    "The critic's new memoir is a book about reading in translation, and about the languages she grew up between.",
    "{line}",
    "It is a slim book, and a generous one, and it will send readers back to their own shelves.",
)


@pytest.mark.parametrize(
    "line",
    [
        "There is a lovely chapter on Italo Calvino's Se una notte d'inverno un viaggiatore and its English title.",
        "She still keeps her grandmother's copy of Cien años de soledad, annotated in pencil.",
        "The novel, called Le città invisibili in the original, was her first book in Italian.",
    ],
)
def test_a_title_named_after_a_possessive_or_of_is_the_articles(line):
    for text in in_both_layouts(*[block.format(line=line) for block in REVIEW]):
        assert ml_lines(text) == []


def test_a_clause_after_a_possessive_on_a_line_naming_no_work_is_still_reported():
    line = "The ministry's Los trabajadores del puerto votaron a favor de la huelga surprised nobody."
    for text in in_both_layouts(*HEAD, line, "Prices are fair, and the service is quick even in August."):
        assert len(ml_lines(text)) == 1


def test_a_clause_before_an_unclosed_dash_is_still_reported():
    # review16: a dash after a short clause is as often the sentence's own as a gloss.
    line = "Officials said die Lage ist ernst — and urged both sides to return to the table."
    for text in in_both_layouts(*HEAD, line, "Prices are fair, and the service is quick even in August."):
        assert len(ml_lines(text)) == 1
