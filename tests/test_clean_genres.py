"""Clean articles of genres whose own lines look like page furniture or
like another story's: a review's spec box under a heading, recipes whose
ingredients name the measure last ("Pork belly 150g", "にんじん　1本") under a
heading ending in a bracket, a travel piece's "提示：" over its last
sentence, a German court report whose quotation runs on over a paragraph
(„…“), a letters page's signatures.  Written for the project; every default
rule stays silent on them, in both layouts."""
from __future__ import annotations

from pathlib import Path

import pytest

from newslint import Linter

GENRES = Path(__file__).parent / "fixtures" / "clean_genres"
ARTICLES = sorted(GENRES.glob("*.txt"))


def _tight(text: str) -> str:
    """The same article with no blank line between blocks."""
    return "\n".join(line for line in text.splitlines() if line.strip()) + "\n"


@pytest.fixture(scope="module")
def linter():
    return Linter()


@pytest.mark.parametrize("layout", [str, _tight], ids=["blank-lines", "tight"])
@pytest.mark.parametrize("path", ARTICLES, ids=[path.stem for path in ARTICLES])
def test_clean_genre_stays_clean(linter, path, layout):
    text = layout(path.read_text(encoding="utf-8"))
    assert [(d.line, d.code, d.message) for d in linter.lint_text(text)] == []


def test_the_genres_are_there():
    assert len(ARTICLES) >= 7


@pytest.mark.parametrize("layout", [str, _tight], ids=["blank-lines", "tight"])
def test_related_stories_heading_over_a_list_is_still_furniture(linter, layout):
    """The spec-box heading and the measured items leave a page's own
    lists alone: a related stories' heading over headlines is reported."""
    text = layout(
        "Council approves new cycle lanes for the city centre\n\n"
        "The city council voted on Tuesday to build four new cycle lanes through the centre, "
        "after two years of consultation with residents and traders.\n\n"
        "Work on the first lane, along the river, is due to start in the spring and will take six months.\n\n"
        "The council said the lanes would cost £3.2m, most of it from a government grant for active travel.\n\n"
        "Traders on the high street had asked for loading bays to be kept, and the final plan keeps them.\n\n"
        "Related stories\n\n"
        "Man charged after warehouse fire\n\n"
        "School wins national chess title\n\n"
        "Weather warning for the weekend\n"
    )
    codes = {d.line: d.code for d in linter.lint_text(text)}
    assert {code for code in codes.values()} & {"UI101", "UI109"}, codes


@pytest.mark.parametrize("layout", [str, _tight], ids=["blank-lines", "tight"])
def test_a_headline_with_a_comma_is_still_a_teaser(linter, layout):
    """OC102's signature shape wants a name and a place in capitals: a
    teaser headline in sentence case is still reported."""
    text = layout(
        "Harvest festival returns to the village green\n\n"
        "The harvest festival returned to the village green on Saturday, with stalls, a brass band "
        "and a tug of war between the two pubs.\n\n"
        "Organisers said about 2,000 people came, twice as many as last year, helped by the sunshine.\n\n"
        "Alaska doctor sentenced over opioid deaths, court hears\n\n"
        "The festival raised £4,500 for the village hall roof, which has leaked for three winters.\n\n"
        "Next year's festival will add a dog show, the organisers said.\n"
    )
    assert "OC102" in {d.code for d in linter.lint_text(text)}


@pytest.mark.parametrize(
    "line, measured",
    [
        ("Pork belly 150g", True), ("2 tbsp olive oil", True), ("にんじん　1本", True), ("みそ　大さじ4", True),
        ("ごぼう　半本", True), ("Phoenix 39°", False), ("Arsenal 2", False), ("15 January 2008", False),
        ("Tuesday 8 January", False), ("19 January 2008 - 5:57PM", False),
    ],
)
def test_a_measured_item_is_no_score_date_or_weather(line, measured):
    """A recipe's ingredient names its measure with a unit; a widget's
    weather, a score or a page's date does not make a list the article's."""
    from newslint.document import Document
    from newslint.rules.interface_strings.layout import _measured

    assert _measured(Document(line + "\n").shapes[0]) is measured


@pytest.mark.parametrize("layout", [str, _tight], ids=["blank-lines", "tight"])
def test_a_breadcrumb_naming_a_site_is_still_found(linter, layout):
    text = layout(
        "Council backs new cycle lanes\n\n"
        "You are here: silicon.com > Management > IT Pro\n\n"
        "The city council voted on Tuesday to build four new cycle lanes through the centre, after two years of consultation.\n\n"
        "Work on the first lane, along the river, is due to start in the spring and will take six months, the council said.\n"
    )
    crumb = 3 if "\n\n" in text else 2
    assert "UI101" in {d.code for d in linter.lint_text(text) if d.line == crumb}
