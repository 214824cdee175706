"""Recipes (trial12b).  Ingredients with no heading over them (a run of
measured items between the introduction and the method) are the article's
own list: the body runs on across them, while numbered teasers after the
body ("5 ways to ...") are still the page's.  A recipe's title over a long
head (its yield, ingredients and headings) is its headline."""

import pytest

from newslint import Linter

RECIPE = [
    "A quick supper of chickpeas and spinach",
    "Dark evenings ask for something warm that needs no shopping trip. This one needs little more than a tin of chickpeas, some spinach and twenty minutes.",
    "1 large onion",
    "2 tbsp rapeseed oil",
    "1 tsp cumin seeds",
    "400g tin chickpeas",
    "200g baby spinach",
    "Chop the onion finely and fry it in the oil with the cumin for 10 minutes, stirring now and then. Add the chickpeas and a splash of water and cook for 5 minutes. Wilt the spinach into the pan and season well.",
]

CYCLE_ROUTE = [
    "Council approves new cycle route along the canal",
    "The city council approved a new cycle route along the canal towpath on Tuesday after a two-year consultation.",
    "Work on the four-mile route will begin in March and is expected to take about eighteen months to complete.",
    "Residents who objected to the loss of moorings were promised new berths further along the canal by the spring.",
    "5 ways to cut your winter heating bills",
    "10 best beaches in Spain for a late holiday",
    "7 things we learned from the mayoral debate",
]


def ui(lines, separator):
    return [d.line for d in Linter(select=["UI"]).lint_text(separator.join(lines) + "\n")]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_ingredients_without_a_heading_are_the_articles_own(separator):
    assert ui(RECIPE, separator) == []
    # Unmeasured lines among them: the yield, a handful of something.
    assert ui(RECIPE[:2] + ["Serves 2"] + RECIPE[2:7] + ["A handful of coriander"] + RECIPE[7:], separator) == []


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_numbered_teasers_after_the_body_are_still_found(separator):
    step = len(separator)
    assert ui(CYCLE_ROUTE, separator) == [1 + step * 4, 1 + step * 5, 1 + step * 6]


FRENCH_RECIPE = [
    "Le dessert du dimanche : le riz au lait de Tante Colette",
    "Pour 4 personnes. Préparation : 10 minutes. Cuisson : 40 minutes.",
    "Ingrédients :",
    "- 1 litre de lait entier",
    "- 100 g de riz rond",
    "- 120 g de sucre",
    "- 1 gousse de vanille",
    "- 1 pincée de sel",
    "- cannelle en poudre",
    "Préparation :",
    "Faites chauffer le lait avec la vanille fendue en deux et une pincée de sel, sans le laisser bouillir.",
    "Versez le riz en pluie et laissez cuire le riz au lait à feu très doux pendant trente minutes, en remuant souvent.",
    "Ajoutez le sucre hors du feu, laissez refroidir, puis servez bien frais avec un peu de cannelle.",
    "« Il faut remuer toujours dans le même sens », disait Tante Colette.",
]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_recipes_title_over_a_long_head_is_its_headline(separator):
    assert ui(FRENCH_RECIPE, separator) == []
