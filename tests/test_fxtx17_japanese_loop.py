"""TX110 on a Japanese noun of two ideographs or more and its case particle
said twice ("首位を首位を"), shorter than the four characters a unit said
twice otherwise needs; reduplicated words of one ideograph, phrases with と,
kana and speech stay clean.  Text written for these tests, in both layouts."""
from __future__ import annotations

import pytest

from lint_support import flagged_spans, in_both_layouts

HEADLINE = "市議会の予算審議"
BEFORE = "市議会は月曜日に来年度の予算案を審議した。"
AFTER = "審議は来週も続く予定だ。"


def tx110(sentence: str) -> list[list[str]]:
    return [
        [span for code, span in flagged_spans(text, ("TX110",))]
        for text in in_both_layouts(HEADLINE, BEFORE, sentence, AFTER)
    ]


@pytest.mark.parametrize(
    "sentence, copy",
    [
        ("市長は予算案を予算案を議会に提出した。", "予算案を"),
        ("委員会では財源が財源が問題になった。", "財源が"),
        ("駅前の再開発は計画に計画に遅れが出ている。", "計画に"),
        ("子どもたちは講演会で講演会で話を聞いた。", "講演会で"),
        ("今年の税収は昨年度を昨年度を上回った。", "昨年度を"),
        ("市は公園を整備し、遊具を遊具を新しくした。", "遊具を"),
        ("地区首位を首位を守るため、チームは補強を急ぐ。", "首位を"),
        ("担当者が説明が説明が不十分だったと認めた。", "説明が"),
        ("職員は住民に住民に説明会の日程を伝えた。", "住民に"),
        ("議会は条例案で条例案で合意した。", "条例案で"),
    ],
)
def test_noun_and_particle_said_twice_is_a_loop(sentence, copy):
    assert tx110(sentence) == [[copy], [copy]]


@pytest.mark.parametrize(
    "sentence",
    [
        "物価は日に日に上がっている。",
        "参加者は一人一人が意見を述べた。",
        "人々は時々公園を訪れる。",
        "地域と地域との連携が大切だと市長は述べた。",
        "一歩一歩前に進むしかない。",
        "それはそれは大きな問題だった。",
        "市民はいろいろな意見を出した。",
        "「予算を、予算を」と市民は繰り返した。",
        "市長は「財源が財源が」と繰り返した。",
        "手に手に旗を持った人々が集まった。",
    ],
)
def test_reduplicated_words_phrases_with_to_and_speech_are_clean(sentence):
    assert tx110(sentence) == [[], []]
