"""Review of round 18's UI changes: false alarms and a growth check found
on clean text written for the project.

* A reporter's title opens the words for a press conference and the press
  corps too ("記者会見", "记者招待会", "기자간담회"): an event schedule's
  item with its time is the article's, not a byline and its stamp (UI102),
  and the word alone as a subheading is no byline (UI101).
* A headline in a script without capitals that names a few sections'
  topics ("남북 정치 경제 사회 통합") is no menu of sections (UI101).
* The spaced-menu test reads the lines between a line and the body without
  copying them: a long page of menu-like lines costs linear time.
"""
import pytest

from growth import assert_linear
from lint_support import LAYOUTS
from newslint import Document
from newslint.api import Linter
from newslint.rules.interface_strings.section_menu import spaced_menu

SCHEDULES = {
    "ja": [
        "新庁舎の完成式典、あす開催へ",
        "市は新しい庁舎の完成を記念する式典を、あす市役所前の広場で開くと発表した。式典には市長や地元の議員らが出席する予定だ。",
        "当日の主な日程は次の通り。",
        "開会式 10:00",
        "記者会見 14:00",
        "市の担当者は「多くの市民に新しい庁舎を見てもらいたい」と話している。新庁舎は地上十二階建てで、総事業費はおよそ百二十億円にのぼる。",
    ],
    "zh": [
        "新市政大楼明日举行落成典礼",
        "市政府宣布，将于明天在市政府前广场举行新办公大楼落成典礼。市长和当地议员将出席典礼。",
        "当天的主要日程如下。",
        "开幕式 10:00",
        "记者招待会 14:00",
        "市政府相关负责人表示，希望更多市民来参观新大楼。新大楼地上十二层，总投资约十二亿元。",
    ],
    "ko": [
        "시, 신청사 준공식 내일 개최",
        "시는 새 청사의 준공을 기념하는 행사를 내일 시청 앞 광장에서 연다고 밝혔다. 행사에는 시장과 지역 의원들이 참석할 예정이다.",
        "이날 주요 일정은 다음과 같다.",
        "▲개회식 10:00",
        "▲기자간담회 14:00",
        "시 관계자는 \"많은 시민이 새 청사를 둘러보기를 바란다\"고 말했다. 새 청사는 지상 12층 규모로 총사업비는 약 1200억 원이다.",
    ],
}
PRESS_CONFERENCE_LINE = 4  # index of the schedule's press conference in each article


def _findings(lines, separator, select=None):
    step = separator.count("\n")
    found = {}
    for d in Linter(select=select).lint_text(separator.join(lines) + "\n"):
        found.setdefault((d.line - 1) // step, []).append(f"{d.code} {d.message}")
    return found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("language", SCHEDULES)
def test_a_press_conference_in_a_schedule_is_no_byline_and_stamp(language, separator):
    found = _findings(SCHEDULES[language], separator, select=["UI101", "UI102", "UI104"])
    assert not any("byline" in finding for finding in found.get(PRESS_CONFERENCE_LINE, [])), found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("heading", ["記者会見", "记者招待会"])
def test_a_press_conference_as_a_subheading_is_no_byline(heading, separator):
    lines = SCHEDULES["ja"][:2] + [heading] + SCHEDULES["ja"][5:]
    found = _findings(lines, separator)
    assert 2 not in found, found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize(
    "line",
    ["记者 王强 发布时间：2026-03-14 08:12", "记者王强 08:12", "기자 이서연 입력 2026.03.14 08:12"],
)
def test_a_reporters_title_and_name_with_a_stamp_is_still_a_byline(line, separator):
    lines = SCHEDULES["zh"][:1] + [line] + SCHEDULES["zh"][1:2] + SCHEDULES["zh"][5:]
    found = _findings(lines, separator)
    assert any(finding.startswith("UI") for finding in found.get(1, [])), found


KOREAN_ARTICLE = [
    "김민수 기자",
    "남북은 화요일 판문점에서 회담을 열고 정치와 경제, 사회 분야의 통합 방안을 논의했다고 통일부가 밝혔다. 회담에는 양측 장관과 실무진이 참석했다.",
    "양측은 이산가족 상봉을 정례화하고, 끊겼던 철도 연결 사업도 다시 추진하기로 의견을 모은 것으로 알려졌다.",
    "통일부 관계자는 이번 회담이 남북 관계 개선의 중요한 계기가 될 것이라고 말했다.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("headline", ["남북 정치 경제 사회 통합", "정치 경제 사회 전반 개혁"])
def test_a_caseless_headline_naming_sections_topics_is_no_menu(headline, separator):
    found = _findings([headline] + KOREAN_ARTICLE, separator, select=["UI101"])
    assert not any("split by spaces" in finding for finding in found.get(0, [])), found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_caseless_menu_of_section_names_over_the_headline_is_still_flagged(separator):
    lines = ["홈 정치 경제 사회 국제 스포츠", "남북, 통합 방안 논의"] + KOREAN_ARTICLE
    found = _findings(lines, separator, select=["UI101"])
    assert any("split by spaces" in finding for finding in found.get(0, [])), found


BODY = [
    "The council voted on Tuesday to build a new sea wall along the harbour, after two winters of flooding damaged homes.",
    "Engineers said work would start in spring and take about eighteen months, with the road kept open to traffic.",
    "Residents who had campaigned for the wall said they were relieved but would watch the costs closely.",
]


# Menu-like lines over the body at which a copy of the lines down to the
# body for each of them outweighs the per-line work (about 6,000): the
# growth is timed from here.
MENU_LINES = 16_000


def _menu_page(n):
    text = "\n".join(["Home News Sport Weather Politics"] * n + ["Council approves new harbour wall", "By Ann Lee"] + BODY) + "\n"
    return Document(text)  # its body is found at the first run, once: linear work


def _menus(document):
    return [spaced_menu(line, document) for line in document.lines]


def test_many_menu_like_lines_over_the_body_cost_linear_time():
    assert_linear(_menu_page, _menus, n=MENU_LINES)


TRANSFERS = [
    "The summer's biggest transfers",
    "Clubs across Europe spent record sums this summer, with the largest fees paid for young attacking players.",
    "The most expensive moves were:",
    "- Jude Bellingham, for a fee of £88m (Borussia Dortmund/Real Madrid)",
    "1. Moises Caicedo, for a British record fee (Brighton Hove Albion/Chelsea FC)",
    "* Declan Rice, for a fee of £105m (West Ham/Arsenal)",
    "Analysts expect spending to fall next year as new financial rules take effect across the leagues.",
]
LIST_ITEMS = (3, 4, 5)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_lists_items_ending_in_two_clubs_are_no_photo_credits(separator):
    found = _findings(TRANSFERS, separator, select=["UI101"])
    assert not set(found) & set(LIST_ITEMS), found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_caption_ending_in_a_photographer_and_agency_is_still_a_credit(separator):
    lines = TRANSFERS[:2] + ["Fans greet the new signing at the airport on Monday (Sam Dyer/Harbour Times)"] + TRANSFERS[6:]
    found = _findings(lines, separator, select=["UI101"])
    assert any("(Sam Dyer/Harbour Times)" in finding for finding in found.get(2, [])), found
