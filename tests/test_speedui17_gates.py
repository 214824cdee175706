"""Speed gates of the UI family (issue 14) give the answers of the checks
they stand before: each gated function is compared with the reference
formula it replaced, on lines written for these tests (dates and times in
several languages and scripts, prose with numbers, CJK, Arabic, Devanagari)
and on lines assembled at random from the same pieces."""
from __future__ import annotations

import random

import pytest

from newslint.rules.interface_strings import shape
from newslint.rules.interface_strings.shape import (
    DATE_OR_TIME, NOW_WORD, PUNCTUATION_ONLY, TIMESTAMP_PIECE, is_timestamp, only_date_or_time,
)

LINES = [
    "", " ", "—", "| |", "2000 GMT", "19:45", "09:12 GMT", "Tuesday, 1 March", "Tuesday 1 March 2022, 14:05 BST",
    "Posted on 3 June 2024 at 9:15 pm", "Updated 2 hours ago", "Last updated: 12.03.2024 09:14",
    "Publicerad 09.14", "Oppdatert 11.02", "Aktualisiert am 5. März 2024, 18:30 Uhr", "vor 3 Stunden",
    "Publicado el 12 de marzo de 2024 a las 18:05h", "hace 2 horas", "Publié le 4 avril 2024 à 10h30",
    "il y a 5 minutes", "há 3 horas", "Atualizado em 4 de maio de 2024 às 10:00", "Pubblicato il 3 maggio 2024 alle 10:00",
    "Gepubliceerd op 3 mei 2024 om 10:00", "Opublikowano 3 marca 2024", "3 Mart 2024 Pazartesi 10:00",
    "Опубликовано 11 марта 2024 г., 10:00", "3 часа назад", "5 минут назад", "2024年3月11日 10時05分",
    "发布时间：2024年3月11日 10时05分", "来源：新华社 2024年3月11日", "3小时前", "最終更新 2024年3月11日",
    "기사입력 2024.03.11. 오전 10:05", "3시간 전", "نشر في 11 مارس 2024", "11 مارس 2024 10:05 م", "١١ مارس ٢٠٢٤",
    "آخر تحديث 10:05 ص", "الإثنين 11 مارس 2024", "11 मार्च 2024", "सोमवार, 11 मार्च 2024", "Diperbarui 11 Maret 2024 pukul 10.05 WIB",
    "The match kicked off at 19:45 GMT in front of 40,000 fans.", "In 2019, 3 people were hurt.", "Sunday", "Mars",
    "Page 2 of 10", "£3.50", "3-1", "12/03/2024", "1st", "22nd March", "10 a.m.", "at 10 p.m. on Friday",
    "習近平は2024年3月11日に北京で演説した。", "他在2024年3月11日发表讲话。", "قال الوزير يوم 11 مارس 2024 إن",
    "2024年3月11日 東京", "x2024", "2024x", "½ 2024", "2024 ½", "1² March", "12 مساء", "١٢:٣٠", "૧૨:૩૦",
    "Tuesday,", "Today 10:05", "yesterday at 9:00", "just now", "1 hour ago · 3 min read",
    "Friday 14 June 2024 06.00 BST", "14.06.2024", "2024. 3. 11.", "2024.3.11", "5 mins", "Mon 12 Jun 2023 10.34 EDT",
    "\u200b10:05", "10:05\u200b", "10:05\n", "10:05 \t", "َ10", "10َ",
]

PIECES = [
    "10:05", "2024", "3", "March", "mars", "marzo", "Tuesday", "martes", "GMT", "ago", "hace", "2 horas", "vor", "il y a",
    "at", "on", "le", "à", "2024年3月11日", "10時05分", "3小时前", "来源：", "新华社", "مارس", "م", "ص", "مساء", "मार्च",
    "सोमवार", "назад", "3 часа", "Publicerad", "09.14", "09:14h", "a.m.", "p.m.", "x", "the", "fans", "é", "ω", "٣",
    "·", ",", ".", ":", "—", "|", "(", ")", " ", " ", "  ", "\t", "\u200b", "\u0301", "2", "st", "h",
]


def reference_only_date_or_time(text: str) -> bool:
    return any(map(str.isdigit, text)) and bool(PUNCTUATION_ONLY.match(TIMESTAMP_PIECE.sub(" ", text)))


def reference_is_timestamp(text: str) -> bool:
    dated = any(map(str.isdigit, text)) or NOW_WORD.search(text)
    return bool(dated and DATE_OR_TIME.search(text) and PUNCTUATION_ONLY.match(TIMESTAMP_PIECE.sub(" ", text)))


def random_lines(count: int, seed: int) -> list[str]:
    generator = random.Random(seed)
    return ["".join(generator.choice(PIECES) for _ in range(generator.randint(1, 9))) for _ in range(count)]


@pytest.mark.parametrize("text", LINES)
def test_timestamp_questions_answer_as_before_on_written_lines(text: str) -> None:
    assert only_date_or_time(text) == reference_only_date_or_time(text)
    assert is_timestamp(text) == reference_is_timestamp(text)


def test_timestamp_questions_answer_as_before_on_assembled_lines() -> None:
    lines = random_lines(20_000, 20261130)
    answers = [(only_date_or_time(text), is_timestamp(text)) for text in lines]
    assert answers == [(reference_only_date_or_time(text), reference_is_timestamp(text)) for text in lines]
    # Both answers occur, so the comparison can fail either way.
    assert {answer for pair in answers for answer in pair} == {True, False}


def test_written_lines_hold_timestamps_and_prose() -> None:
    assert is_timestamp("Tuesday 1 March 2022, 14:05 BST") and only_date_or_time("2000 GMT")
    assert not is_timestamp("The match kicked off at 19:45 GMT in front of 40,000 fans.")
    assert shape._pieces_only("2024年3月11日 10時05分") and not shape._pieces_only("他在2024年3月11日发表讲话。")


from newslint.rules.interface_strings.structure import COPYRIGHT, is_copyright  # noqa: E402

COPYRIGHT_LINES = [
    "© 2026 Example News", "(c) 2026 Example News", "(C) Example News 2026", "Copyright 2007 Example News. All Rights Reserved.",
    "Copyright holders argued that the label had no case.", "COPYRIGHT © 2026", "copyright", "Copyright laws were changed.",
    "All rights reserved.", "Example News Ltd. All rights reserved", "Todos los derechos reservados © 2026 Diario Ejemplo",
    "Tous droits réservés", "Alle Rechte vorbehalten.", "Wszelkie prawa zastrzeżone © Przykład", "Все права защищены © 2026",
    "Tüm hakları saklıdır", "Hak Cipta Dilindungi Undang-Undang", "Hak cipta dilindungi   undang-undang 2026",
    "Με επιφύλαξη παντός δικαιώματος", "جميع الحقوق محفوظة © 2026", "כל הזכויות שמורות", "版权所有 © 2026 示例新闻",
    "示例新闻版权所有", "無断転載を禁じます", "無断転載禁止", "本站版权所有，未经许可不得转载。",
    "The band said all rights reserved by the label meant nothing to them, and the fans agreed at the concert in May.",
    "allrights reserved", "all rights reservedness", "Smith said the company had reserved all rights to the song in 2019.",
    "x" * 130 + " all rights reserved", "all rights reserved " + "y" * 50, "2026年3月11日 北京 — 他说版权所有者应当获得报酬。",
    "قال الوزير إن جميع الحقوق محفوظة للمواطنين", "", "©", "The match kicked off at 19:45 GMT.",
]


@pytest.mark.parametrize("text", COPYRIGHT_LINES)
def test_copyright_gate_answers_as_the_whole_pattern(text: str) -> None:
    assert is_copyright(text) == (COPYRIGHT.match(text) is not None)


def test_copyright_lines_hold_notices_and_prose() -> None:
    answers = [is_copyright(text) for text in COPYRIGHT_LINES]
    assert True in answers and False in answers
    assert is_copyright("示例新闻版权所有") and not is_copyright("Copyright laws were changed.")


from newslint.rules.interface_strings.layout import ROW_SEPARATOR, row_skeleton  # noqa: E402

ROW_LINES = [
    "Everton v Chelsea", "Everton vs Chelsea", "Everton vs. Chelsea", "Drama - Featherboy", "Drama – Featherboy", "Drama — Featherboy",
    "News / Sport", "Home | Sport", "Little Britain (BBC Three)", "Price: £499", "Battery:  10 hours", "a -- b", "a\tv\tb", "a\u00a0v\u00a0b",
    "a\u3000(b)", "a :b", "a: b (c) - d", "(c) 2026", " v ", "v v v", "vs", "The visitors won 3-1 over the weekend, he said.",
    "He said: \"We will go.\"", "2026年3月11日 (星期三) 北京", "قال: إن الوزير - كما قال - سيزور", "मार्च 2026 | समाचार",
    "Time:\n10:00", "a  v  b", "a v\u2028b", "1/2 cup", "and/or", "a :: b", "x (y", "x( y", "", " ", "v",
]


@pytest.mark.parametrize("text", ROW_LINES)
def test_row_skeleton_answers_as_before(text: str) -> None:
    match = ROW_SEPARATOR.search(text)
    assert row_skeleton(text) == (match.group().strip() if match else "")


def test_row_lines_hold_separators_and_none() -> None:
    skeletons = {row_skeleton(text) for text in ROW_LINES}
    assert {"v", "vs", "vs.", "-", "–", "—", "/", "|", "(", ":", ""} <= skeletons


from newslint.rules.interface_strings.shape import is_short  # noqa: E402


@pytest.mark.parametrize("limit", [-1, 0, 1, 2, 3, 8, 12])
@pytest.mark.parametrize("text", LINES + ROW_LINES + COPYRIGHT_LINES + ["  a  b  ", "a\u3000b\u00a0c", "\n\t", "一 二 三 四"])
def test_is_short_answers_as_the_full_split(text: str, limit: int) -> None:
    assert is_short(text, limit) == (0 < len(text.split()) <= limit)
