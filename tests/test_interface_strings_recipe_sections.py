"""UI109 and a recipe set out inside an article: its ingredients under a
heading, then its method as a list of steps that each end a sentence,
followed by more of the article or by nothing.  The body runs on across
both; a numbered list of other stories after the body, or the page's
buttons written as list items, are still furniture.  Both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter
from lint_support import in_both_layouts

INTRO = (
    "Cook of the week: a lentil stew from the fire station",
    "Each week a reader shares a dish. This week it is Dev Malhotra, who has cooked for the night shift at "
    "Northgate fire station for eight years.",
    "His lentil stew is what the crews ask for most, he says, and it keeps well through a long night.",
)
INGREDIENTS = (
    "## Ingredients (serves four)",
    "- 300g red lentils",
    "- 2 onions, sliced",
    "- 1 tin chopped tomatoes",
    "- 1 tsp ground cumin",
    "- a bunch of coriander",
)
METHOD = (
    "## Method",
    "- Fry the onions and cumin until soft.",
    "- Add the lentils, the tomatoes and a litre of water, and simmer for 25 minutes until thick.",
    "- Stir in the coriander and serve with rice.",
)
CLOSING = "Malhotra says the stew tastes better the next day, if any is left by the morning shift."


def ui(text: str) -> list[tuple[int, str]]:
    return [(d.line, d.code) for d in Linter(select=["UI"]).lint_text(text)]


@pytest.mark.parametrize("blocks", [
    INTRO + INGREDIENTS + METHOD + (CLOSING,),
    INTRO + INGREDIENTS + METHOD,  # the method ends the article
    INTRO + tuple(line.removeprefix("## ") for line in INGREDIENTS) + tuple(line.removeprefix("## ") for line in METHOD),
])
def test_a_recipe_between_paragraphs_or_at_the_end_is_the_articles(blocks):
    for text in in_both_layouts(*blocks):
        assert ui(text) == [], text


@pytest.mark.parametrize("blocks", [
    (
        "Kartoffelsuppe aus der Schulküche",
        "Jede Woche stellt ein Leser ein Gericht vor. Diesmal ist es Jonas Berger, der seit zwölf Jahren in der "
        "Küche der Grundschule am Markt kocht.",
        "Seine Suppe ist das beliebteste Essen auf dem Speiseplan, sagt er, und sie kostet wenig.",
        "Zutaten (für sechs Personen)",
        "- 1 kg Kartoffeln",
        "- 2 Zwiebeln",
        "- 3 Karotten",
        "- 1,5 l Gemüsebrühe",
        "Zubereitung",
        "- Die Zwiebeln in etwas Öl zehn Minuten andünsten.",
        "- Kartoffeln, Karotten und Brühe dazugeben und 30 Minuten köcheln lassen.",
    ),
    (
        "La tarte aux pommes de la boulangère",
        "Chaque semaine, un lecteur nous confie une recette. Cette fois, c'est Odile Marchand, boulangère "
        "depuis trente ans, qui partage sa tarte du dimanche.",
        "Elle la prépare avec des pommes du verger de son frère, et elle se vend avant midi, dit-elle.",
        "## Ingrédients",
        "- 250 g de farine",
        "- 125 g de beurre",
        "- 4 pommes reinettes",
        "- 80 g de sucre",
        "## Préparation",
        "- Mélangez la farine et le beurre du bout des doigts.",
        "- Étalez la pâte et disposez les pommes en rosace.",
        "Selon Odile Marchand, le secret est de ne jamais éplucher les pommes trop tôt.",
    ),
])
def test_a_recipe_in_other_languages_is_the_articles(blocks):
    for text in in_both_layouts(*blocks):
        assert ui(text) == [], text


TEASERS = (
    "- 5 ways to save on heating this winter",
    "- 10 walks to try before the clocks change",
    "- 3 bakeries that sell out before nine",
    "- 7 questions about the new bus fares",
)


@pytest.mark.parametrize("after", [
    ("- Share this article.", "- Sign up for our newsletter."),
    ("More from the Gazette", "Share this article."),
])
def test_numbered_teasers_after_the_body_are_still_furniture(after):
    for text in in_both_layouts(*INTRO, CLOSING, *TEASERS, *after):
        lines = text.split("\n")
        flagged = {lines[line - 1] for line, _ in ui(text)}
        assert set(TEASERS) <= flagged, text
