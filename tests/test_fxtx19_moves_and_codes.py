"""ML: words with a digit in them (chess moves "e4 c6 2.d4 d5", codes and
models "A320", "M25", "5G") are no language's words, and a line of them is
not a run of another language; a clause of another language beside them
stays reported.  Text written for these tests, in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter

from lint_support import in_both_layouts

CONTEXT = {
    "en": ("Club champion wins regional final", "The regional final was decided in the last round on Sunday afternoon.", "The winner will play at the national championship in June."),
    "de": ("Vereinsmeisterin gewinnt das Finale", "Das Finale wurde am Sonntagnachmittag in der letzten Runde entschieden.", "Die Siegerin spielt im Juni bei der deutschen Meisterschaft."),
    "es": ("La campeona del club gana la final", "La final regional se decidió en la última ronda el domingo por la tarde.", "La ganadora jugará el campeonato nacional en junio."),
}


def ml_lines(language: str, sentence: str) -> list[list[int]]:
    headline, before, after = CONTEXT[language]
    out = []
    for text in in_both_layouts(headline, before, sentence, after):
        lines = text.split("\n")
        target = lines.index(sentence) + 1
        out.append([d.code for d in Linter(select=["ML"]).lint_text(text) if d.line == target])
    return out


@pytest.mark.parametrize(
    "language, sentence",
    [
        ("en", "She opened with the Caro-Kann, and after 1.e4 c6 2.d4 d5 3.e5 Bf5 the game went the way they had prepared."),
        ("en", "White answered 4.Nf3 e6 5.Be2 Nd7 6.c3 c5 and offered a draw, which she refused."),
        ("en", "The airline will swap its A320 and A321 jets for A220s on the M5 route, and the 5G masts at T2 go live."),
        ("de", "Nach 1.d4 Sf6 2.c4 e6 3.Sc3 Lb4 stand eine Nimzoindische Verteidigung auf dem Brett."),
        ("es", "Tras 1.e4 e5 2.Cf3 Cc6 3.Ab5 a6 la partida siguió por la línea principal de la española."),
    ],
)
def test_moves_and_codes_are_no_language(language, sentence):
    assert ml_lines(language, sentence) == [[], []]


@pytest.mark.parametrize(
    "language, sentence",
    [
        ("en", "After 1.e4 c6 2.d4 d5 the commentator said, y el público aplaudió durante varios minutos."),
        ("de", "Nach 1.d4 Sf6 2.c4 e6 kam es zum Zeitnotdrama, and the crowd stood up to applaud her."),
    ],
)
def test_a_clause_of_another_language_beside_moves_is_reported(language, sentence):
    found = ml_lines(language, sentence)
    assert found[0] and found[0] == found[1]
