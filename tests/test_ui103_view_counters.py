"""UI103 reports a page's view counter under its label, in the languages
sites write it ("Просмотров: 3 412", "Aufrufe: 1.204", "阅读：3412"), in the
article's head too; a sentence about views stays clean.  Text written for
these tests, in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter
from lint_support import in_both_layouts

HEAD = "Новосибирский зоопарк получил двух снежных барсов"
BODY = (
    "Новосибирский зоопарк пополнился двумя снежными барсами, которых привезли из Алматы по программе сохранения видов.",
    "Животных зовут Алтай и Айсулу, им по три года, и первое время они проведут на карантине в новом вольере.",
)


@pytest.mark.parametrize("counter", ["Просмотров: 3 412", "Views: 1,204", "Aufrufe: 1.204", "阅读：3412", "조회수 1,204"])
def test_a_view_counter_under_the_headline_is_reported(counter):
    for text in in_both_layouts(HEAD, "12 ноября 2025, 16:20", counter, *BODY):
        lines = text.split("\n")
        assert [lines[d.line - 1] for d in Linter(select=["UI103"]).lint_text(text)] == [counter]


def test_a_sentence_about_views_stays_clean():
    line = "Видео с барсами набрало 3 412 просмотров за первый день, сообщили в зоопарке."
    for text in in_both_layouts(HEAD, *BODY, line):
        assert Linter(select=["UI103"]).lint_text(text) == []
