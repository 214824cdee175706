"""A Chinese or Japanese paragraph is no line of verse because it is short in
characters: its words are counted per script, so a paragraph said twice is
TX111's repeated passage, not a stanza's refrain; a Chinese poem's short
lines quoted with a refrain stay verse.  Text written for these tests."""
from __future__ import annotations

from newslint import Document, Linter

PARAGRAPHS = (
    "夜间公交正式开通",
    "本市首批夜间公交线路于本周一正式开通，覆盖医院、火车站和主要居民区。",
    "夜间公交车辆全部为新能源车，车内配备监控设备，并增加了车厢照明，以保障乘客安全。",
    "公交集团表示，将根据试运行期间的客流情况，对线路和班次进行调整。",
    "夜间公交车辆全部为新能源车，车内配备监控设备，并增加了车厢照明，以保障乘客安全。",
)


def test_a_chinese_paragraph_said_twice_is_a_repeated_passage():
    text = "\n".join(PARAGRAPHS) + "\n"
    assert Document(text).verse_lines == frozenset()
    assert [(d.code, d.line) for d in Linter(select=["TX111"]).lint_text(text)] == [("TX111", 5)]


def test_a_chinese_poems_short_lines_with_a_refrain_are_verse():
    poem = ("他在文章里引用了这首诗：", "春风吹过山岗，", "花开满了路旁，", "春风吹过山岗，", "我们回到故乡。", "诗人写下这首诗时只有二十岁。")
    assert Document("\n".join(poem) + "\n").verse_lines
