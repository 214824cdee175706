"""TX101 in Chinese and Japanese running text: a word or a particle written
twice with no space where no reduplication can stand, and the reduplication
those languages write on purpose (研究研究, 天天, 人人, 時々, いろいろ).
Text written for these tests, in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter
from lint_support import in_both_layouts


def tx101(text: str) -> list[str]:
    lines = text.split("\n")
    return [lines[d.line - 1][d.col - 1 : d.end_col - 1] for d in Linter(select=["TX101"]).lint_text(text)]


DAMAGED = [
    (("新能源车销量公布", "统计显示，上月全市新能源汽车销量比去年同期有所下降下降，燃油车销量基本持平。",
      "业内人士认为，价格战仍将持续一段时间。"), "下降下降"),
    (("港口吞吐量公布", "今年前三季度，港口集装箱吞吐量较去年略有增长增长。", "港務局表示，新碼頭將於明年投入使用。"), "增长增长"),
    (("會議紀要", "委員會討論了市民提出的方案方案，並決定下月再議。", "主席表示會盡快公布結果。"), "方案方案"),
    (("台風の影響", "台風の接近で、大会は一日延期された。がが、選手たちは練習を続けた。", "主催者は明日の天候を見て判断する。"), "がが"),
    (("新しい図書館", "市は新しい図書館の設計案をを公表し、住民の意見を募っている。", "開館は再来年の春の予定だ。"), "をを"),
    (("駅前の再開発", "再開発計画によると、駅前ににホテルと商業施設が建設される。", "工事は来年の夏に始まる予定だ。"), "にに"),
]


@pytest.mark.parametrize("lines, pair", DAMAGED)
def test_a_word_or_particle_written_twice_is_reported(lines, pair):
    for text in in_both_layouts(*lines):
        assert pair in tx101(text)


CLEAN = [
    ("委员会表示，要好好研究研究这个方案。", "这项调查调查了全国五百家企业的用工情况。",
     "市民天天锻炼，人人都说身体比以前好了。", "他们常常在公园里讨论讨论天下大事。"),
    ("各國代表將在會上討論討論。", "這項研究研究了過去十年的降雨資料。", "家家戶戶都掛起了紅燈籠。"),
    ("時々雨が降る中、人々はいろいろな屋台を回った。", "会場ではキラキラした飾りが少しずつ増えていった。",
     "ががんぼが窓に止まっていた、と子どもが話した。", "「がが、がんばります」と新人選手は緊張気味に答えた。"),
]


@pytest.mark.parametrize("text", [t for lines in CLEAN for t in in_both_layouts(*lines)])
def test_reduplication_written_on_purpose_stays_clean(text):
    assert tx101(text) == []
