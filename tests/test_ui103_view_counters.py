"""UI103 reports a page's view counter under its label, in the languages
sites write it ("Просмотров: 3 412", "Aufrufe: 1.204", "阅读：3412"), in the
article's head too; a sentence about views stays clean.  Text written for
these tests, in both layouts.  So is a row of Chinese font-size buttons
("字号：大 中 小"), UI101's."""
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


def test_chinese_font_size_buttons_are_reported_and_a_sentence_about_them_is_not():
    head = "新西伯利亚动物园迎来两只雪豹"
    body = ("新西伯利亚动物园迎来两只来自哈萨克斯坦的雪豹，它们将在检疫结束后与游客见面。",
            "动物园负责人表示，这对雪豹今年三岁，园方希望它们在一两年内繁殖后代。")
    for text in in_both_layouts(head, "字号：大 中 小", *body, "报社这次调整了字号，让老年读者更容易阅读新闻。"):
        lines = text.split("\n")
        assert [lines[d.line - 1] for d in Linter(select=["UI"]).lint_text(text)] == ["字号：大 中 小"]
