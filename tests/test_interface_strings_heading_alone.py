"""A related stories' heading the scraper kept without its list, over the
text's last sentence: the sentence is the article's, only the heading is
furniture.  A teaser's headline under the heading is still the page's
(trial14)."""

import pytest

from newslint import Linter

ITALIAN = [
    "Il comune approva il piano delle piste ciclabili.",
    "I lavori partono a marzo.",
    "Leggi anche",
    "Il costo sarà alto.",
]
DUTCH = [
    "De gemeente opent in mei een nieuwe bibliotheek.",
    "Het gebouw krijgt een leeszaal.",
    "Lees ook",
    "De verbouwing kost miljoenen.",
]


def ui(lines, separator):
    return [(d.line, d.code) for d in Linter(select=["UI"]).lint_text(separator.join(lines) + "\n")]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
@pytest.mark.parametrize("lines", [ITALIAN, DUTCH])
def test_the_last_sentence_under_a_heading_left_alone_is_the_articles(lines, separator):
    step = len(separator)
    assert ui(lines, separator) == [(1 + 2 * step, "UI101")]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_teasers_headline_under_the_heading_is_still_found(separator):
    step = len(separator)
    lines = ITALIAN[:3] + ["Roma, chiude per lavori la stazione Termini di notte"]
    assert (1 + 3 * step, "UI109") in ui(lines, separator)
