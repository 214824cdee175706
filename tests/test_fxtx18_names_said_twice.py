"""A common name said twice after a preposition at a sentence's end ("in
Europa Europa."), and a name on both sides of "and" ("Barclays and
Barclays", "Сбербанка и Сбербанка"): TX101.  Names doubled on purpose
("Bora Bora", "Walla Walla", "the band Talk Talk."), "New York, New York",
"again and again", "more and more", a title-cased headline and "Johnson &
Johnson" stay clean.  Text written for these tests, in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter

from lint_support import in_both_layouts

CONTEXT = {
    "en": ("Markets close higher", "Shares rose across the region on Tuesday after a quiet morning.", "Trading volumes were below average."),
    "it": ("Borse in rialzo", "Le borse europee hanno chiuso in rialzo martedì dopo una mattinata tranquilla.", "I volumi sono stati inferiori alla media."),
    "de": ("Börsen im Plus", "Die europäischen Börsen haben am Dienstag im Plus geschlossen.", "Die Umsätze lagen unter dem Durchschnitt."),
    "es": ("Las bolsas suben", "Las bolsas europeas cerraron al alza el martes tras una mañana tranquila.", "El volumen fue inferior a la media."),
    "ru": ("Рынки выросли", "Российский рынок акций во вторник завершил торги ростом.", "Объём торгов был ниже среднего."),
    "pl": ("Giełdy w górę", "Europejskie giełdy zakończyły wtorkową sesję na plusie.", "Obroty były niższe od średniej."),
}


def tx101(language: str, sentence: str) -> list[list[str]]:
    headline, before, after = CONTEXT[language]
    out = []
    for text in in_both_layouts(headline, before, sentence, after):
        lines = text.split("\n")
        out.append([lines[d.line - 1][d.col - 1 : d.end_col - 1] for d in Linter(select=["TX101"]).lint_text(text)])
    return out


@pytest.mark.parametrize(
    "language, sentence, flagged",
    [
        ("it", "Stellantis ha perso l'1,2% dopo i dati deboli sulle vendite in Europa Europa.", "Europa Europa"),
        ("en", "Carmakers fell after weak sales figures from China China.", "China China"),
        ("es", "Las ventas de coches cayeron un 3% en Europa Europa.", "Europa Europa"),
        ("de", "Der Konzern verlegt seine Zentrale nach Berlin Berlin.", "Berlin Berlin"),
        ("en", "The bank said demand for shares of Barclays and Barclays had risen since May.", "Barclays and Barclays"),
        ("ru", "Лидерами роста стали акции Газпрома и Газпрома.", "Газпрома и Газпрома"),
        ("pl", "Najmocniej zyskały akcje Orlenu i Orlenu, a najsłabiej banki.", "Orlenu i Orlenu"),
        ("de", "Gewinne verbuchten vor allem die Papiere von Siemens und Siemens.", "Siemens und Siemens"),
    ],
)
def test_a_name_said_twice_is_found(language, sentence, flagged):
    expected = [flagged] if flagged else []
    assert tx101(language, sentence) == [expected, expected]


@pytest.mark.parametrize(
    "language, sentence",
    [
        ("en", "The airline added flights to Bora Bora."),
        ("en", "The firm opened an office in Walla Walla."),
        ("en", "Tickets sold out for the reunion of the band Talk Talk."),
        ("en", "The singer closed the show with New York, New York."),
        ("en", "The index rose again and again, and more and more investors bought in."),
        ("en", "Shares of Johnson & Johnson and Pfizer fell in late trading."),
        ("en", "He was sent to Sing Sing."),
        ("en", "The radio played the song Over and Over twice that morning."),
        ("en", "Fans queued for a double bill of Robocop and Robocop 2 at the cinema."),
        ("it", "Il festival ha proiettato il film Europa Europa."),
        ("en", "Barclays and Lloyds led the gains, while Barclays and HSBC were flat."),
        ("ru", "Акции снова и снова дорожали, а Сбербанк и ВТБ выросли сильнее всех."),
    ],
)
def test_names_doubled_on_purpose_and_lower_case_doubles_stay_clean(language, sentence):
    assert tx101(language, sentence) == [[], []]


def test_a_title_cased_headline_is_no_name_said_twice():
    text = "Again And Again: Markets Rise\nShares rose across the region on Tuesday.\n"
    assert [d.code for d in Linter(select=["TX101"]).lint_text(text)] == []
