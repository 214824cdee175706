"""A word split by a space ("on aver age", "le gou vernement", "el go
bierno", "zu sammen"): TX113, when the joined word is common and far
commoner than the rarer part.  Two words of a phrase ("in deed", "per
cent", "en route", "la test"), names and words of languages with short
syllables stay clean.  Text written for these tests, in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter

from lint_support import in_both_layouts

CONTEXT = {
    "en": ("Rainfall study published", "Researchers measured rainfall at forty sites over ten years.", "The study appears in a journal this week."),
    "fr": ("Une étude sur la pluie", "Les chercheurs ont mesuré la pluie sur quarante sites pendant dix ans.", "L'étude paraît cette semaine."),
    "es": ("Un estudio sobre la lluvia", "Los investigadores midieron la lluvia en cuarenta lugares durante diez años.", "El estudio se publica esta semana."),
    "de": ("Studie zum Regen", "Die Forschenden haben zehn Jahre lang an vierzig Orten den Regen gemessen.", "Die Studie erscheint in dieser Woche."),
    "it": ("Uno studio sulla pioggia", "I ricercatori hanno misurato la pioggia in quaranta siti per dieci anni.", "Lo studio esce questa settimana."),
}


def tx113(language: str, sentence: str) -> list[list[str]]:
    headline, before, after = CONTEXT[language]
    out = []
    for text in in_both_layouts(headline, before, sentence, after):
        lines = text.split("\n")
        out.append([lines[d.line - 1][d.col - 1 : d.end_col - 1] for d in Linter(select=["TX113"]).lint_text(text)])
    return out


@pytest.mark.parametrize(
    "language, sentence, split",
    [
        ("en", "Rainfall was on aver age six per cent lower in the dry years.", "aver age"),
        ("en", "The gover nment said it would publish the data in spring.", "gover nment"),
        ("fr", "Le gou vernement a promis de publier les données au printemps.", "gou vernement"),
        ("es", "El go bierno prometió publicar los datos en primavera.", "go bierno"),
        ("de", "Die Messungen wurden zu sammen mit dem Wetterdienst ausgewertet.", "zu sammen"),
        ("it", "Il gover no ha promesso di pubblicare i dati in primavera.", "gover no"),
    ],
)
def test_a_word_split_by_a_space_is_found(language, sentence, split):
    assert tx113(language, sentence) == [[split], [split]]


@pytest.mark.parametrize(
    "language, sentence",
    [
        ("en", "They stood by the farmers in word and in deed, the minister said."),
        ("en", "Rainfall fell by six per cent, and the team was en route to the coast."),
        ("en", "The team tried la test version of the model, a French colleague joked."),
        ("en", "The findings were shared with Al Jazeera and the BBC."),
        ("fr", "Il pleut plus tôt dans la saison, et bien sûr plus fort."),
        ("es", "Por eso los demás sitios no registraron a penas cambios."),
        ("de", "Er sagte, dass es so wie im Vorjahr sei, und zudem kälter."),
    ],
)
def test_phrases_and_names_stay_clean(language, sentence):
    assert tx113(language, sentence) == [[], []]
