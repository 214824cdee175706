"""TX: a Korean noun with its particle said twice, and a Chinese or
Japanese character stuck on three times or more, are reported; Korean
reduplicated adverbs and nouns, and Chinese and Japanese words doubled on
purpose (谢谢谢谢, 哈哈哈, 多多少少, 对对对 in speech), stay clean.  Text
written for these tests, in both layouts."""
from __future__ import annotations

import pytest

from lint_support import in_both_layouts
from newslint import Linter

KO_BODY = [
    "구청은 올해 도심 공원 세 곳에 맨발 걷기용 황톳길을 새로 깔았다고 9일 밝혔다.",
    "황톳길은 모두 1.2㎞ 길이로, 비가 오면 흙이 쓸려 내려가지 않도록 배수로를 함께 만들었다.",
    "주민들은 퇴근 뒤 가족과 함께 걷는 시간이 늘었다며 반겼다.",
]
ZH_BODY = [
    "市图书馆新馆昨日正式开馆，首日接待读者超过八千人次。",
    "新馆设有儿童阅览区、自习室和非遗展厅，藏书约六十万册。",
    "馆方表示，开馆首月将延长开放时间至晚上九点。",
]
JA_BODY = [
    "市立図書館の新館が昨日開館し、初日には約8000人が訪れた。",
    "新館には子ども向けの閲覧室や自習室があり、蔵書は約60万冊に上る。",
    "図書館は開館から1カ月間、閉館時間を午後9時まで延長する。",
]

DAMAGED = [
    (KO_BODY, "구청 관계자는 관계자는 \"흙을 주기적으로 보충하겠다\"고 말했다."),
    (KO_BODY, "구청은 내년까지 황톳길을 다섯 곳으로 늘리는 계획을 계획을 세우고 있다."),
    (ZH_BODY, "开馆仪式结束后，现场响起热烈的掌声声声声，久久不息。"),
    (ZH_BODY, "不少市民一大早就在门口排队队队等候入馆。"),
    (JA_BODY, "開館式では市長があいさつし、会場から大きな拍手手手が起きた。"),
]

CLEAN = [
    (KO_BODY, "아이들은 하나 하나 손을 들어 질문했고, 어른들은 천천히 천천히 길을 걸었다."),
    (KO_BODY, "가끔 가끔 들르는 주민도 있다고 관리인은 말했다."),
    (ZH_BODY, "一位老读者笑着说：“谢谢谢谢，你们辛苦了。”"),
    (ZH_BODY, "孩子们哈哈哈地笑个不停，家长们也多多少少放松下来。"),
    (ZH_BODY, "馆长连声说：“对对对，我们还会继续改进。”"),
    (ZH_BODY, "人人都可以免费办理借书证，天天开放。"),
    (JA_BODY, "来館者は様々で、時々子どもたちの笑い声が響いた。"),
    # A name given its reading in brackets: the characters are the name's.
    (JA_BODY, "絵本コーナーでは、波波波（さんば）ちゃんが読み聞かせに夢中だった。"),
    (ZH_BODY, "读者森森森（もりもりもり）在留言簿上写下了感谢。"),
]


def tx_lines(body, line):
    found = []
    for text in in_both_layouts(*body[:2], line, *body[2:]):
        lines = text.split("\n")
        found.append({lines[d.line - 1] for d in Linter(select=["TX"]).lint_text(text)})
    return found


@pytest.mark.parametrize("body, line", DAMAGED)
def test_a_doubled_noun_or_a_stuck_character_is_reported(body, line):
    assert all(line in found for found in tx_lines(body, line))


@pytest.mark.parametrize("body, line", CLEAN)
def test_words_doubled_on_purpose_stay_clean(body, line):
    assert all(line not in found for found in tx_lines(body, line))
