"""Serbian and Macedonian Cyrillic are none of the vote's Cyrillic languages
(Russian, Ukrainian, Bulgarian): an article in them must not be read as
Bulgarian with Russian words in it (trial31's false alarm)."""
from __future__ import annotations

import pytest

from newslint import Linter
from newslint.document import Document
from newslint.language import detect_language

SERBIAN = (
    "Мост преко Саве поново отворен за саобраћај\n\n"
    "Градске власти саопштиле су у понедељак да је мост преко Саве поново отворен након шест месеци радова.\n\n"
    "Радници су заменили оштећене носаче и поставили нову расвету дуж целе пешачке стазе.\n\n"
    "Руководилац пројекта рекла је да су током радова пронађени остаци старог пристаништа из деветнаестог века.\n\n"
    "Возачи ће моћи да користе мост од шест ујутру, а ноћни саобраћај биће ограничен до краја месеца.\n"
)
MACEDONIAN = (
    "Нова болница во Скопје\n\n"
    "Владата соопшти дека новата болница ќе биде отворена следната година, откако ќе заврши опремувањето.\n\n"
    "Директорот рече дека во неа ќе работат повеќе од триста лекари и медицински сестри.\n\n"
    "Граѓаните ќе можат да закажуваат прегледи преку нова апликација, која ќе почне да работи во јуни.\n"
)
LINTER = Linter()


def lint_text(text):
    return LINTER.lint_text(text, "a.txt")


RUSSIAN_WITH_A_SERBIAN_NAME = (
    "Теннисист выиграл турнир в Белграде\n\n"
    "Новак Ђоковић одержал победу в финале, обыграв соперника в трёх сетах.\n\n"
    "После матча спортсмен поблагодарил болельщиков и сказал, что готовится к следующему турниру в Париже.\n\n"
    "Организаторы сообщили, что на трибунах собралось более пятнадцати тысяч зрителей.\n"
)


@pytest.mark.parametrize("blank", ["\n\n", "\n"])
def test_a_serbian_article_is_serbian_and_has_no_foreign_words(blank):
    text = SERBIAN.replace("\n\n", blank)
    assert detect_language(Document(text)).code == "sr"
    assert [d for d in lint_text(text) if d.code.startswith("ML")] == []


def test_a_macedonian_article_is_macedonian():
    assert detect_language(Document(MACEDONIAN)).code == "mk"
    assert [d for d in lint_text(MACEDONIAN) if d.code.startswith("ML")] == []


def test_a_russian_article_naming_a_serbian_player_stays_russian():
    assert detect_language(Document(RUSSIAN_WITH_A_SERBIAN_NAME)).code == "ru"


def test_an_english_sentence_in_a_serbian_article_is_still_reported():
    text = SERBIAN + "\nThe bridge reopened to traffic on Monday after six months of repairs.\n"
    assert any(d.code == "ML103" for d in lint_text(text))
