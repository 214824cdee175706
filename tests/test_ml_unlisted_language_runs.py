"""In an article of a Latin-script language newslint votes on no list for
(Catalan), a run every word of which that language's own list knows is the
article's, though Spanish knows most of it ("El regidor d'Urbanisme ha
explicat que «…»"); English left in the article is still found (trial15a)."""

import pytest

from newslint import Linter

CATALAN = [
    "L'Ajuntament de Girona obrirà tres biblioteques noves als barris del nord abans de l'estiu vinent.",
    "El regidor de Cultura ha explicat que «la idea és que cap veí visqui a més de deu minuts d'una biblioteca».",
    "Les obres costaran uns sis milions d'euros i començaran al gener.",
    "Els veïns del barri de Pont Major fa anys que demanen un equipament cultural a prop de casa.",
    "La primera biblioteca obrirà a la primavera a l'antic edifici de correus, que ara està buit.",
]


def ml(lines, separator):
    return [d.code for d in Linter(select=["ML"]).lint_text(separator.join(lines) + "\n")]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_catalan_lead_in_that_spanish_knows_is_the_articles(separator):
    assert ml(CATALAN, separator) == []


def test_english_left_in_the_catalan_article_is_still_found():
    damaged = CATALAN[:2] + [CATALAN[2] + " The council said the works would be finished by the end of next year."] + CATALAN[3:]
    assert "ML102" in ml(damaged, "\n")
