"""Headline-rubric class (trial35): a column's headline with its section label
in front ("Kommentar:", "Éditorial :", "کالم:") at the text's top, over the
byline, is the article's headline; two headline-shaped lines over the body
that are no byline (other stories' teasers) are still judged."""

import pytest

from newslint import Linter

from lint_support import LAYOUTS


def ui_lines(blocks, separator):
    text = separator.join(blocks) + "\n"
    lines = text.split("\n")
    return {lines[d.line - 1]: d.code for d in Linter(select=["UI"]).lint_text(text)}


GERMAN = [
    "Leitartikel: Die Brücke darf nicht noch ein Jahr warten",
    "Von Jonas Hellwig",
    "Seit dem Frühjahr ist die Weserbrücke in Hameln für Lastwagen gesperrt, und seitdem quälen sich täglich viertausend Lkw durch die Altstadt.",
    "Die Stadt verweist auf das Land, das Land auf den Bund. Gebaut wird nichts. Dabei liegt das Gutachten seit zwei Jahren vor.",
    "Wer jetzt noch ein Jahr prüft, nimmt in Kauf, dass die Altstadt an ihrem eigenen Verkehr erstickt.",
]

FRENCH = [
    "Éditorial : la gare de Nantes mérite mieux qu'un chantier sans fin",
    "Par Claire Menard",
    "Depuis trois ans, les voyageurs de la gare de Nantes contournent des palissades et attendent leurs trains dans un hall provisoire.",
    "La SNCF promet la fin des travaux pour l'automne prochain, comme elle l'avait promise l'an dernier et l'année d'avant.",
    "Il est temps que la région exige un calendrier ferme et le rende public, étape par étape.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values())
@pytest.mark.parametrize("article", [GERMAN, FRENCH], ids=["de", "fr"])
def test_a_rubric_headline_over_its_byline_is_the_articles(article, separator):
    assert article[0] not in ui_lines(article, separator)


@pytest.mark.parametrize("separator", LAYOUTS.values())
def test_teasers_over_the_body_are_still_judged(separator):
    # Two teasers of other stories, the second no byline, then the body.
    page = [
        "Kommentar: Warum die Bahn wieder pünktlich werden muss",
        "Stadtrat beschließt neues Parkkonzept für die Innenstadt",
        "Pflegeheim in Bad Pyrmont schließt zum Jahresende",
    ] + GERMAN[2:]
    assert set(page[:3]) & set(ui_lines(page, separator))
