"""TX102: a number glued to the common word after it ("60volunteers"), in
English, Spanish, French, Italian and Portuguese; units, ordinals, codes,
multipliers written glued by house style, names the word list knows and
German's own spellings stay clean.  Text written for these tests, in both
layouts."""
from __future__ import annotations

import pytest

from newslint import Linter
from lint_support import in_both_layouts


def tx102(text: str) -> list[tuple[str, str | None]]:
    lines = text.split("\n")
    return [(lines[d.line - 1][d.col - 1 : d.end_col - 1], d.suggestion) for d in Linter(select=["TX102"]).lint_text(text)]


@pytest.mark.parametrize("lines, glued, split", [
    (("Beach clean-up draws a crowd", "Organisers said about 45families turned up with bags and gloves on Sunday morning.",
      "The council will collect the rubbish on Monday."), "45families", "45 families"),
    (("Nueva biblioteca", "La biblioteca municipal recibió ayer a más de 300personas en su primer día de apertura.",
      "El horario será de lunes a sábado."), "300personas", "300 personas"),
    (("Un nouveau pont", "Les travaux du pont ont duré 18mois et ont coûté plus que prévu, selon la mairie.",
      "Le pont ouvrira à la circulation lundi."), "18mois", "18 mois"),
    (("Il nuovo ospedale", "Il cantiere del nuovo ospedale, fermo da 12anni, riaprirà in autunno.",
      "I lavori dureranno almeno due anni."), "12anni", "12 anni"),
    (("Nova escola", "A nova escola vai receber 400alunos a partir de setembro, disse a prefeitura.",
      "As aulas começam na segunda-feira."), "400alunos", "400 alunos"),
])
def test_a_number_glued_to_a_word(lines, glued, split):
    for text in in_both_layouts(*lines):
        assert (glued, split) in tx102(text)


@pytest.mark.parametrize("text", [
    *in_both_layouts("Phone review", "The 5G model weighs 180g, films in 4K and 3D, and costs £1million less to make than the 2nd version.",
                     "Shops open at 10am; the 60kg crate ships from #10years of stock at example.com/2024deals.",
                     "Users of 1password and 4chan were asked to reset their logins."),
    *in_both_layouts("Il bilancio del comune", "Il comune ha speso 2mila euro per la festa del 1° maggio.",
                     "La spesa è stata approvata dal consiglio."),
    *in_both_layouts("Neue Fahrräder", "Die Stadt kauft 3fach so viele Räder wie im Vorjahr für die 10jährigen Schüler.",
                     "Die Räder kommen im Mai."),
])
def test_units_codes_names_and_house_styles_stay_clean(text):
    assert not [glued for glued, _ in tx102(text) if glued[0].isdigit()]
