"""A work's title in Latin letters, in sentence case, right after the words
that name a work in an article of another script ("под названием La Route
de la mer") is the title it was released under, not a foreign clause; a
clause in Latin letters elsewhere is still reported.  Text written for these
tests, in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter
from lint_support import in_both_layouts

RUSSIAN = (
    "Интервью с режиссёром",
    "Режиссёр рассказала, что её новый фильм снимался четыре года в трёх странах и двух частях света.",
    "{line}",
    "В российский прокат картина выйдет весной, а затем появится на стриминговых платформах.",
)
ARABIC = (
    "حوار مع مخرجة",
    "قالت المخرجة إن فيلمها الجديد استغرق أربع سنوات من العمل في ثلاثة بلدان مختلفة.",
    "{line}",
    "وسيعرض الفيلم في دور السينما العربية في الربيع المقبل بعد جولة في المهرجانات.",
)


def ml_lines(blocks, line):
    found = []
    for text in in_both_layouts(*[block.format(line=line) for block in blocks]):
        found.append([d.line for d in Linter(select=["ML"]).lint_text(text)])
    return found


@pytest.mark.parametrize(
    "blocks, line",
    [
        (RUSSIAN, "Фильм был показан в Каннах под названием La Route de la mer, его длительность почти два часа."),
        (RUSSIAN, "Её дебютный роман Une saison chez les autres вышел во Франции в прошлом году."),
        (ARABIC, "وعرض الفيلم في مهرجان كان تحت عنوان La Route de la mer، ومدته ساعة وخمسون دقيقة."),
    ],
)
def test_a_title_after_the_words_naming_a_work_is_the_articles(blocks, line):
    assert ml_lines(blocks, line) == [[], []]


def test_a_clause_in_latin_letters_is_still_reported():
    line = "Фильм был показан в Каннах, and the audience gave it a long standing ovation at the end."
    assert ml_lines(RUSSIAN, line) == [[5], [3]]
