"""Found by a review of this round's changes: a Hindi or Urdu paragraph that
ends on की/کی ("did") lost at most its mark, and a news agency's copyright
footer ends without one by nature (review12)."""

import pytest

from newslint import Linter

HINDI = [
    "नई दिल्ली में बारिश से यातायात प्रभावित",
    "राजधानी में सोमवार सुबह भारी बारिश के कारण कई सड़कों पर पानी भर गया।",
    "यातायात पुलिस ने लोगों से घर से निकलने से पहले मार्ग की जानकारी लेने को कहा।",
    "मौसम विभाग ने अगले दो दिनों तक और बारिश होने की संभावना जताई है।",
    "नगर निगम के एक अधिकारी ने पंपों से पानी निकालने के काम की पुष्टि की",
]
KOREAN = [
    "서울시, 내년부터 심야버스 노선 확대",
    "서울시는 내년 1월부터 심야버스 노선을 14개에서 20개로 늘린다고 밝혔다.",
    "시는 늦은 시간 귀가하는 시민들의 교통 편의를 위해 이번 결정을 내렸다고 설명했다.",
    "새 노선은 주로 외곽 지역과 도심을 연결하는 방향으로 운영될 예정이다.",
    "저작권자 ⓒ 한빛뉴스, 무단 전재 및 재배포 금지",
]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
@pytest.mark.parametrize("lines", [HINDI, KOREAN])
def test_an_ending_that_lost_no_words_is_no_cut(lines, separator):
    assert [d.code for d in Linter(select=["TX112"]).lint_text(separator.join(lines) + "\n")] == []


def test_a_hindi_paragraph_cut_on_a_postposition_is_still_reported():
    cut = HINDI[:-1] + ["नगर निगम के एक अधिकारी ने पंपों से पानी निकालने के काम के"]
    assert [d.code for d in Linter(select=["TX112"]).lint_text("\n".join(cut) + "\n")] == ["TX112"]
