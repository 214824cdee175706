"""Poem-refrain class (trial35): a poem quoted whole after the writer's
sentence introducing it, whose first line comes back further on (farther
than a stanza's refrain), is verse, not a caption said twice; a caption said
twice between paragraphs of prose is still reported."""

import pytest

from newslint import Linter

from lint_support import LAYOUTS


def ui_lines(blocks, separator):
    text = separator.join(blocks) + "\n"
    lines = text.split("\n")
    return {lines[d.line - 1] for d in Linter(select=["UI"]).lint_text(text)}


ENGLISH = [
    "A schoolgirl's poem about the dry canal wins the county prize",
    "The canal that runs past the village of Marston has been dry since June, and the boats sit on the mud.",
    "Eleven-year-old Ruby Hale wrote about it for a school project, and the county council gave her its prize for young writers. We print her poem in full:",
    "Water, when will you come home?",
    "The heron waits beside the lock,",
    "the swans have flown to Stoke,",
    "my grandad sits and counts the stones",
    "and tells me it's no joke.",
    "The boats are sleeping on their sides,",
    "the towpath cracks like bread,",
    "Water, when will you come home?",
    "Ruby said she would read the poem at the canal trust's meeting next month.",
]

SPANISH = [
    "Un poema sobre el río seco gana el premio escolar",
    "El río que cruza el pueblo de Almenara lleva seco desde mayo, y los vecinos ya no recuerdan un verano igual.",
    "La alumna Lucía Ferrer, de doce años, escribió un poema que ganó el premio provincial. Lo reproducimos entero:",
    "Río, ¿adónde te has ido?",
    "mi abuela dice que estabas aquí,",
    "mi padre dice que estabas aquí,",
    "y solo queda la arena,",
    "una barca rota y el sol,",
    "que pregunta cada mañana:",
    "Río, ¿adónde te has ido?",
    "Lucía leerá el poema en la fiesta del pueblo el próximo domingo.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values())
@pytest.mark.parametrize("article", [ENGLISH, SPANISH], ids=["en", "es"])
def test_a_poems_first_line_said_again_is_verse(article, separator):
    assert article[3] not in ui_lines(article, separator)


@pytest.mark.parametrize("separator", LAYOUTS.values())
def test_a_caption_said_twice_between_paragraphs_is_still_reported(separator):
    page = [
        "Canal dries up in the summer heat",
        "The canal that runs past the village of Marston has been dry since June, and the boats sit on the mud.",
        "Boats on the dry canal bed at Marston",
        "The canal trust says it cannot pump water from the river until the drought order is lifted by the agency.",
        "Volunteers have moved the fish from the last pools to a reservoir four miles away, the trust said on Monday.",
        "Boats on the dry canal bed at Marston",
        "The trust will meet the agency next week to ask for an exemption for the stretch near the lock.",
    ]
    assert "Boats on the dry canal bed at Marston" in ui_lines(page, separator)


def test_a_briefings_headline_list_said_again_is_still_reported():
    # review20b: a list of headlines under an introduction, its first said
    # again at its end, is no poem: no line runs on with punctuation or
    # opens in lower case (one block a line, as a briefing is written).
    page = [
        "Morning briefing: rail strike, floods and a record harvest",
        "Good morning. Here is what we are following for you today across the region:",
        "Rail strike to go ahead on Friday",
        "Flood warnings issued for three rivers",
        "Record apple harvest in the valley",
        "School meals price rise approved",
        "Hospital car park fees scrapped",
        "Rail strike to go ahead on Friday",
        "Union leaders confirmed the rail strike will go ahead after talks broke down late on Wednesday.",
    ]
    assert "Rail strike to go ahead on Friday" in ui_lines(page, "\n")
