"""UI104: an Italian byline with a lower-case "di", a name over its desk
("… | Redazione …"), a note on the author that says what she covers and
how to follow her, and a note set over the headline.  A surname the
article names again, a name of a politician that opens with "Di", and a
sentence about a reporter stay clean.  Text written for these tests, in
both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter
from lint_support import in_both_layouts

ITALIAN = (
    "Torino, nuove piste ciclabili lungo il Po",
    "Il comune di Torino ha approvato la costruzione di dodici chilometri di piste ciclabili lungo le due "
    "rive del Po, che saranno pronte entro la fine del prossimo anno.",
    "Le nuove piste collegheranno il parco del Valentino con i quartieri a nord della città, e saranno "
    "separate dalle strade da una fila di alberi.",
    "Le associazioni dei ciclisti hanno accolto la notizia con favore, ma chiedono più parcheggi per le "
    "biciclette vicino alle stazioni.",
)
ENGLISH = (
    "Harbour cranes to be replaced by electric ones",
    "The port authority will replace its six diesel cranes with electric ones over the next three years, "
    "cutting the harbour's fuel bill and the noise that neighbours have complained about for a decade.",
    "The first two cranes will arrive in the spring, and the old ones will be sold to a port in the south "
    "that still handles smaller ships.",
    "Dock workers will be trained on the new cranes during the winter, when fewer ships call at the port.",
)


def ui104_lines(text: str) -> list[str]:
    lines = text.split("\n")
    return [lines[d.line - 1] for d in Linter(select=["UI104"]).lint_text(text)]


@pytest.mark.parametrize("byline", ["di Marco Ferrero", "Marco Ferrero | Redazione Torino"])
def test_an_italian_byline_is_reported(byline):
    for text in in_both_layouts(ITALIAN[0], byline, *ITALIAN[1:]):
        assert ui104_lines(text) == [byline]


def test_a_line_naming_a_di_surname_stays_clean():
    for text in in_both_layouts(ITALIAN[0], "Di Stefano", *ITALIAN[1:]):
        assert ui104_lines(text) == []


def test_a_note_on_what_the_author_covers_is_reported():
    note = "Priya Nandakumar covers ports and shipping. Follow her on X @pnandakumar."
    for text in in_both_layouts(*ENGLISH, note):
        assert ui104_lines(text) == [note]


def test_a_note_on_the_author_over_the_headline_is_reported():
    note = "Owen Tallis is our shipping correspondent. He has reported on the port since 2015."
    for text in in_both_layouts(note, *ENGLISH):
        assert ui104_lines(text) == [note]


def test_a_sentence_about_a_reporter_the_article_names_again_stays_clean():
    first = "Owen Tallis is our shipping correspondent, and he has watched the cranes at work for a decade."
    again = "Tallis said the electric cranes would be quieter than anything the port has used before."
    for text in in_both_layouts(first, *ENGLISH[1:], again):
        assert ui104_lines(text) == []
    covers = "The minister covers the cost of the cranes. Follow him and you will see the bill."
    for text in in_both_layouts(*ENGLISH, covers):
        assert ui104_lines(text) == []
