"""Korean writes a space after a sentence's stop: a sentence glued to the
one before after its verb ending (…다.사업, …요.그, …까?네) is TX109, while
a stop between nouns, numbers and dates, and Japanese and Chinese, which
write no space, stay clean.  Text written for these tests, in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter

from lint_support import in_both_layouts

BEFORE = "시의회는 어제 내년도 예산안을 통과시켰다."
AFTER = "최종 결과는 다음 주에 발표된다."


def tx109(sentence: str) -> list[list[str]]:
    out = []
    for text in in_both_layouts(BEFORE, sentence, AFTER):
        lines = text.split("\n")
        out.append([lines[d.line - 1][d.col - 1 : d.end_col - 1] for d in Linter(select=["TX109"]).lint_text(text)])
    return out


@pytest.mark.parametrize(
    "sentence, glued",
    [
        ("공사는 내년 봄에 시작될 예정이다.사업비는 모두 시가 부담한다.", ".사"),
        ("경찰은 사고 원인을 조사하고 있다고 밝혔다.그 뒤 도로가 다시 열렸다.", ".그"),
        ("주민들은 정말 괜찮을까요?네, 괜찮다고 시는 답했다.", "?네"),
    ],
)
def test_a_korean_sentence_glued_after_its_stop_is_found(sentence, glued):
    assert tx109(sentence) == [[glued], [glued]]


@pytest.mark.parametrize(
    "sentence",
    [
        "서울.부산.대구 등 주요 도시에서 행사가 열린다.",
        # The quotative particle glued to the closing mark.
        '위원장은 "이번 결정은 최종적인 것입니다."라고 말했다.',
        "그는 “공사를 서두르겠다.”며 자리를 떠났다.",
        "행사는 2026.12.01 오전 10시에 시작한다.",
        "시는 공사를 마쳤다. 그 뒤 도로가 다시 열렸다.",
        "회의は午後に終わった。その後、記者会見が開かれた。",
        "会议于下午结束。随后举行了新闻发布会。",
    ],
)
def test_stops_that_end_no_sentence_and_unspaced_scripts_stay_clean(sentence):
    assert tx109(sentence) == [[], []]
