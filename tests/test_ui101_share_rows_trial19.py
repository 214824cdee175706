"""UI101: share rows in the catalogue's languages: buttons split by spaces
only with a send-by button among them ("Compartir en Facebook … Enviar por
correo"), a label with its networks and the print and mail buttons
("Artikel teilen: … Mail Drucken"), and a "share or comment" heading.  A
sentence about sharing and commenting stays clean.  Text written for these
tests, in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter
from lint_support import in_both_layouts

BODY = (
    "Town library opens on Sundays from next month",
    "The central library will open on Sunday afternoons from next month after the council found money in its "
    "budget to pay for two more staff and the heating of the reading room.",
    "Readers had asked for Sunday opening for years, and a petition last spring gathered more than four "
    "thousand names in a few weeks.",
    "The library will also lend board games and tools from the same date, the council said.",
)


def ui101_lines(text: str) -> list[str]:
    lines = text.split("\n")
    return [lines[d.line - 1] for d in Linter(select=["UI101"]).lint_text(text)]


@pytest.mark.parametrize(
    "row",
    [
        "Compartir en Facebook Compartir en X Enviar por correo",
        "Partager sur Facebook Envoyer par e-mail Imprimer",
        "Diesen Artikel teilen: Facebook WhatsApp Mail Drucken",
        "Email or share this story",
    ],
)
def test_a_share_row_is_reported(row):
    for text in in_both_layouts(*BODY[:2], row, *BODY[2:]):
        assert ui101_lines(text) == [row]


@pytest.mark.parametrize(
    "sentence",
    [
        "Readers were asked to share and comment on the article about the petition.",
        "Volunteers will print and email the new timetable to every school in the town.",
    ],
)
def test_a_sentence_about_sharing_stays_clean(sentence):
    for text in in_both_layouts(*BODY[:2], sentence, *BODY[2:]):
        assert ui101_lines(text) == []
