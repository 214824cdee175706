"""UI102 reads the dates of the catalogue's languages: every month and
weekday, the declined forms a date takes (Polish and Russian genitives),
local time zones and clock styles ("09h30", "9時05分", "WIB").  A sentence
that names a date stays clean.  Text written for these tests."""
from __future__ import annotations

import pytest

from newslint import Linter
from newslint.rules.interface_strings.shape import is_timestamp
from lint_support import in_both_layouts


@pytest.mark.parametrize(
    "line",
    [
        "Sobota, 7 listopada 2026, 18:20",
        "3 października 2026",
        "Cumartesi, 14 Kasım 2026 - 21:05",
        "Kamis, 19 November 2026 07:15 WITA",
        "Venerdì 20 novembre 2026 alle ore 9:40",
        "Donderdag 26 november 2026 om 17:03",
        "5 декабря 2026 г., 18:44",
        "Quarta-feira, 2 dez 2026, 14h05",
        "2026年11月30日 16時20分（最終更新 18時02分）",
        "发布时间：2026-11-30 07:10　来源：新华社",
        "السبت 28 نوفمبر 2026",
        "शनिवार, 28 नवंबर 2026",
    ],
)
def test_dates_in_the_catalogues_languages_are_timestamps(line):
    assert is_timestamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "Spotkanie odbędzie się 3 października w ratuszu.",
        "Toplantı 14 Kasım'da belediye binasında yapılacak.",
        "Out 12",
        "Set 3",
        "Pazar yeri",
    ],
)
def test_sentences_and_words_that_are_no_date_are_not_timestamps(line):
    assert not is_timestamp(line)


POLISH = (
    "Gdańsk otwiera nową linię tramwajową na Morenę",
    "Nowa linia tramwajowa połączy Morenę z centrum Gdańska już od poniedziałku, poinformował w środę zarząd "
    "transportu miejskiego po odbiorze technicznym całej trasy.",
    "Tramwaje będą kursować co dziesięć minut w godzinach szczytu, a w weekendy co kwadrans. Budowa trwała "
    "dwa lata i kosztowała ponad trzysta milionów złotych.",
    "Mieszkańcy Moreny czekali na tramwaj od ponad dwudziestu lat, a pierwsze plany linii powstały jeszcze "
    "w latach dziewięćdziesiątych.",
)
POLISH_DATE = "Czwartek, 12 listopada 2026, 06:45"


def ui102_lines(text: str) -> list[str]:
    lines = text.split("\n")
    return [lines[d.line - 1] for d in Linter(select=["UI102"]).lint_text(text)]


def test_a_polish_date_after_the_body_is_reported_and_under_the_headline_stays_clean():
    for text in in_both_layouts(*POLISH, POLISH_DATE):
        assert ui102_lines(text) == [POLISH_DATE]
    for text in in_both_layouts(POLISH[0], POLISH_DATE, *POLISH[1:]):
        assert ui102_lines(text) == []
