"""A word said again is one word's evidence: a German speaker's "nie, nie,
nie" is no run of Polish, a chant of "olé" in a Portuguese article no run of
Spanish (trial13).  Three different foreign words still make a run."""

import pytest

from newslint import Linter

GERMAN = [
    "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.",
    "Die Bürgermeisterin sagte danach, man werde beim Schwimmbad „nie sparen, nie, nie, nie“.",
    "Die Opposition kritisierte die hohen Kosten für das neue Rathaus.",
]
PORTUGUESE = [
    "Centenas de adeptos esperaram a equipa de andebol no aeroporto do Porto na noite de domingo.",
    "\"Olé, olé, olé, olé, campeões, campeões!\", gritavam junto à porta das chegadas.",
    "Os jogadores seguiram depois de autocarro para a câmara municipal.",
]


def ml(lines, separator):
    return [d.code for d in Linter(select=["ML"]).lint_text(separator.join(lines) + "\n")]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_word_said_again_is_no_foreign_run(separator):
    assert ml(GERMAN, separator) == []
    assert ml(PORTUGUESE, separator) == []


def test_different_foreign_words_are_still_a_run():
    damaged = GERMAN[:1] + ["Die Bürgermeisterin sagte danach, the council will never cut the budget for the pool again."] + GERMAN[2:]
    assert "ML102" in ml(damaged, "\n")
