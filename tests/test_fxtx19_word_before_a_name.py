"""TX101: a word in lower case followed by the same word capitalised that
opens a name of several words ("são São Paulo", "los Los Ángeles Lakers",
"die Die Linke") is a word and a name, not a stutter; the same word twice
in lower case, or capitalised twice before a word in lower case, stays
reported.  Text written for these tests, in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter

from lint_support import in_both_layouts

CONTEXT = {
    "pt": ("Chuvas no Sudeste", "As chuvas de março atingiram várias cidades da região.", "A Defesa Civil mantém o alerta até domingo."),
    "es": ("La liga de baloncesto", "La temporada regular terminó el domingo con varias sorpresas.", "Los playoffs empiezan la próxima semana."),
    "de": ("Wahl im Land", "Die Auszählung dauerte bis spät in die Nacht.", "Das Ergebnis gilt als vorläufig."),
    "en": ("Court hearing delayed", "The hearing was moved to next week at the request of the defence.", "A new date has not been set."),
}


def tx101(language: str, sentence: str) -> list[list[str]]:
    headline, before, after = CONTEXT[language]
    out = []
    for text in in_both_layouts(headline, before, sentence, after):
        lines = text.split("\n")
        out.append([lines[d.line - 1][d.col - 1 : d.end_col - 1] for d in Linter(select=["TX101"]).lint_text(text)])
    return out


@pytest.mark.parametrize(
    "language, sentence",
    [
        ("pt", "As cidades mais afetadas são São Paulo, Campinas e Santos, segundo o governo."),
        ("pt", "Os prejuízos maiores são São José dos Campos e Taubaté."),
        ("es", "El único equipo invicto en casa fue el de todos los Los Ángeles Lakers de la década."),
        ("de", "Stimmen verloren hat vor allem die Die Linke Fraktion im Landtag."),
        ("en", "The lawyers flew to the The Hague court on Monday evening."),
        ("en", "The council backed a new New York office for its trade team."),
    ],
)
def test_a_word_before_a_name_that_opens_on_it_is_clean(language, sentence):
    assert tx101(language, sentence) == [[], []]


@pytest.mark.parametrize(
    "language, sentence, pair",
    [
        ("pt", "As cidades mais afetadas são são Paulo, Campinas e Santos.", "são são"),
        ("pt", "Os danos maiores são São. Depois vieram as enchentes.", None),
        ("es", "El equipo jugó con con Los Ángeles en la última jornada.", "con con"),
        ("de", "Viele Stimmen gingen an an Die Linke im Landtag.", "an an"),
        ("en", "The lawyers said the The court would sit on Monday.", "the The"),
        ("en", "The bill was backed by lord Lord Henley and two bishops.", "lord Lord"),
        ("pt", "A medida foi anunciada pelo presidente Presidente Lula em Brasília.", "presidente Presidente"),
    ],
)
def test_a_stutter_stays_reported(language, sentence, pair):
    found = tx101(language, sentence)
    assert found[0] and found[0] == found[1]
    if pair is not None:
        assert found[0] == [pair]
