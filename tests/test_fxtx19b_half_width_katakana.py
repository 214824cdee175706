"""TX104: half-width katakana among full-width Japanese (a scraper's or an
old encoding's damage), repaired to full width; a kaomoji and a line all in
half-width are left alone.  Text written for these tests, in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter
from lint_support import in_both_layouts


def tx104(text: str) -> list[tuple[str, str | None]]:
    lines = text.split("\n")
    return [(lines[d.line - 1][d.col - 1 : d.end_col - 1], d.suggestion) for d in Linter(select=["TX104"]).lint_text(text)]


@pytest.mark.parametrize("lines, run, repair", [
    (("新しい体育館が完成", "市の担当者は「ﾊﾞｽｹｯﾄﾎﾞｰﾙの大会も開ける」と話した。", "利用は来月から始まる。"), "ﾊﾞｽｹｯﾄﾎﾞｰﾙ", "バスケットボール"),
    (("駅前に新店舗", "駅前に新しいｽｰﾊﾟｰが開店し、初日から多くの客でにぎわった。", "営業時間は午前九時から午後十時まで。"), "ｽｰﾊﾟｰ", "スーパー"),
    (("ｲﾍﾞﾝﾄ情報", "週末の祭りでは、地元の高校生による演奏が予定されている。", "雨天の場合は中止となる。"), "ｲﾍﾞﾝﾄ", "イベント"),
])
def test_half_width_katakana_in_japanese_prose(lines, run, repair):
    for text in in_both_layouts(*lines):
        assert (run, repair) in tx104(text)


@pytest.mark.parametrize("text", in_both_layouts(
    "新しい体育館が完成",
    "市の担当者は「バスケットボールの大会も開ける」と話した。",
    "ネットでは「ｷﾀ━(ﾟ∀ﾟ)━!」と喜ぶ投稿も見られた。",
    "ｶﾅ ｶﾞｲﾄﾞ 2026",
))
def test_full_width_katakana_a_kaomoji_and_a_half_width_line_stay_clean(text):
    assert tx104(text) == []
