"""UI rules on Korean, Japanese and Chinese news pages: the page's stamps,
toolbars and buttons are reported; the article's headline, its own list of
figures under a lead-in, its ■ subheadings and the sentences around them,
and dates, reporters and outlets named in its sentences stay clean.  Text
written for these tests (no corpus text), each page in both layouts."""
from __future__ import annotations

import pytest

from lint_support import in_both_layouts
from newslint import Linter

# Each page: (line, whether it is the page's furniture).
F, C = True, False

KO_NAIVE_DUMP = [
    ("홈 > 경제 > 부동산", F),
    ("전세 사기 피해 지원 특별법 시행 1년…구제 신청 2만 건 넘어", C),
    ("누리일보 입력 2025. 3. 14. 08:40 수정 2025. 3. 14. 11:02", F),
    ("요약보기 음성 듣기 공유하기 글자 크기 변경 인쇄하기", F),
    ("전세 사기 피해자를 돕기 위한 특별법이 시행된 지 1년 만에 구제 신청 건수가 2만 건을 넘어선 것으로 나타났다.", C),
    ("국토교통부는 14일 지금까지 접수된 신청 가운데 약 1만 5천 건이 피해자로 최종 결정됐다고 밝혔다.", C),
    ("피해자로 인정되면 경매 유예와 우선 매수권, 저리 대출 등의 지원을 받을 수 있다.", C),
    ("다만 심사 기간이 평균 넉 달 가까이 걸려 피해자들 사이에서는 속도를 높여 달라는 요구가 이어지고 있다.", C),
    ("국토부 관계자는 \"심사 인력을 늘려 처리 기간을 두 달 안쪽으로 줄이겠다\"고 말했다.", C),
    ("이민호 기자 minho@nuri.example.kr", F),
]

KO_REGIONAL = [
    ("오징어 어획량 10년 새 3분의 1로…어민들 \"배 세워둘 판\"", C),
    ("최유나 기자 등록 2025.04.02 09:15 댓글 0", F),
    ("기사 저장 공유 프린트 글씨크기 조절하기", F),
    ("동해안의 대표 어종인 오징어 어획량이 최근 10년 사이 3분의 1 수준으로 줄어든 것으로 집계됐다.", C),
    ("수산업협동조합 자료를 보면 지난해 강원 지역 오징어 위판량은 약 2천 톤으로, 2014년의 6천여 톤에 크게 못 미쳤다.", C),
    ("전문가들은 바닷물 온도가 오르면서 어군이 북쪽으로 옮겨 간 데다 중국 어선의 조업이 겹친 결과로 보고 있다.", C),
    ("이날 기자간담회에 나선 한 선주는 \"기름값도 못 건지는 날이 많아 배를 세워 둘 판\"이라고 하소연했다.", C),
    ("최유나 기자 yuna@donghae.example.kr", F),
]

KO_PORTAL = [
    ("맨발 걷기 열풍에 도심 황톳길 조성 잇따라", C),
    ("기사입력 2025.05.09. 오후 2:31 최종수정 2025.05.09. 오후 4:02 기사원문", F),
    ("본문 요약봇 음성으로 듣기 스크랩", F),
    ("전국 지방자치단체들이 도심 공원에 맨발로 걸을 수 있는 황톳길을 앞다퉈 만들고 있다.", C),
    ("한 구청은 올해 예산 3억 원을 들여 공원 세 곳에 모두 1.2㎞ 길이의 황톳길을 깔았다고 9일 밝혔다.", C),
    ("주민들은 \"퇴근 뒤 30분씩 걷는 게 일과가 됐다\"며 반기지만, 비가 오면 진흙이 쓸려 내려가 관리가 어렵다는 지적도 나온다.", C),
    ("구청 관계자는 배수로를 손보고 흙을 주기적으로 보충하겠다고 말했다.", C),
]

JA_YAHOO = [
    ("ホーム 社会 事件・事故", F),
    ("函館で倉庫火災、けが人なし　強風で延焼の恐れも", C),
    ("3/14(金) 9:05配信", F),
    ("コメント24件", F),
    ("14日午前7時ごろ、北海道函館市の港近くにある水産会社の倉庫から火が出たと、近くの住民から119番通報があった。", C),
    ("消防車など15台が出動し、火は約3時間後にほぼ消し止められた。けが人はいないという。", C),
    ("当時は強い西風が吹いており、消防は近くの住宅への延焼を警戒した。", C),
    ("警察と消防が出火の原因を調べている。", C),
]

JA_NEWSPAPER = [
    ("ホーム > 地域 > 神奈川", F),
    ("横浜港で大型クルーズ船の寄港相次ぐ　年間200回超え", C),
    ("2025年3月14日 18時20分", F),
    ("有料", F),
    ("横浜港に寄港する大型クルーズ船が今年、初めて年間200回を超える見通しとなった。", C),
    ("市の担当者によると、春と秋の観光シーズンには1日に3隻が同時に着岸する日もあるという。", C),
    ("2025年3月14日午後、市役所で開かれた会見で担当者は「受け入れ態勢を急いで整える」と話した。", C),
    ("一方で、港周辺の道路では観光バスによる渋滞が起きており、市は誘導員を増やして対応する方針だ。", C),
    ("文・写真　横浜総局　田中理沙", F),
]

JA_BROADCASTER = [
    ("トップ ニュース 天気 スポーツ 特集", F),
    ("新幹線の車内販売、来春から一部区間で再開へ", C),
    ("2025年6月2日（月）11:40", F),
    ("鉄道会社は2日、昨年秋に終えた新幹線の車内販売を、来年春から一部の区間で再開すると発表した。", C),
    ("コーヒーや弁当などを扱い、人手を確保できた区間から順に広げるという。", C),
    ("同社の社長は記者会見で「利用者の声に応えたい」と述べた。", C),
    ("［鈴木花子，シティニュースWEB］", F),
]

ZH_PAPER = [
    ("首页 > 社会 > 民生", F),
    ("多地推出“一老一小”托育养老融合服务", C),
    ("2025-03-14 09:12:40 来源：东海晨报 作者：林佳", F),
    ("打开APP，阅读全文", F),
    ("记者从市民政局获悉，今年本市将在20个街道试点建设托育养老融合服务中心，同一幢楼里既有托班也有老年食堂。", C),
    ("据介绍，试点中心将由街道提供场地，引入专业机构运营，并对收费实行政府指导价。", C),
    ("市民政局相关负责人表示，融合服务可以提高场地利用率，也方便双职工家庭照顾老人和孩子。", C),
    ("原标题：《本市试点托育养老融合服务中心》", F),
    ("责任编辑：孙伟", F),
]

ZH_PORTAL = [
    ("海南自贸港跨境电商包裹量同比增长四成", C),
    ("2025-03-13 16:45 南海快讯网", F),
    ("关注", F),
    ("海关数据显示，今年前两个月，海南自贸港跨境电商进出口包裹量同比增长约四成。", C),
    ("2025年3月13日，海口海关在新闻发布会上介绍了有关情况。", C),
    ("业内人士认为，通关便利化措施和物流成本下降是增长的主要原因。", C),
    ("海口海关表示，下一步将继续优化监管流程，压缩包裹通关时间。", C),
]

ZH_TAIWAN = [
    ("嘉義老街夜市週末封街　攤商盼帶動人潮", C),
    ("2025/04/11 20:05 記者陳冠宇／嘉義報導", F),
    ("嘉義市政府宣布，從下個月起每逢週末晚間將封閉老街周邊道路，讓夜市攤商擺攤。", C),
    ("市府表示，封街時段為晚間6時至11時，期間將加派交通指揮人員。", C),
    ("有攤商說，過去人潮多半集中在假日白天，希望夜間封街能吸引更多遊客。", C),
]

PAGES = {
    "ko-naive-dump": KO_NAIVE_DUMP,
    "ko-regional": KO_REGIONAL,
    "ko-portal": KO_PORTAL,
    "ja-yahoo": JA_YAHOO,
    "ja-newspaper": JA_NEWSPAPER,
    "ja-broadcaster": JA_BROADCASTER,
    "zh-paper": ZH_PAPER,
    "zh-portal": ZH_PORTAL,
    "zh-taiwan": ZH_TAIWAN,
}


def flagged(text: str, select=("UI",)) -> set[str]:
    lines = text.split("\n")
    return {lines[d.line - 1] for d in Linter(select=list(select)).lint_text(text)}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_pages_stamps_toolbars_and_buttons_are_reported(name):
    page = PAGES[name]
    furniture = {line for line, is_furniture in page if is_furniture}
    for text in in_both_layouts(*(line for line, _ in page)):
        assert furniture - flagged(text) == set()


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_headline_and_the_articles_sentences_stay_clean(name):
    page = PAGES[name]
    clean = {line for line, is_furniture in page if not is_furniture}
    for text in in_both_layouts(*(line for line, _ in page)):
        assert clean & flagged(text) == set()


# The stamps and buttons of the pages above, said in a sentence of an
# article: the article's own words.
SENTENCES = [
    "이 시스템은 사진을 입력 2초 만에 분석해 결과를 알려 준다고 회사 측은 설명했다.",
    "2025年3月14日の午前9時ごろ、市内の交差点で乗用車とトラックが衝突する事故があった。",
    "3月14日、党首討論は午後3時から予定通り配信された。",
    "据东海晨报报道，2025年3月14日09时许，一辆货车在高速公路上侧翻。",
    "记者林佳从现场发回报道，目前救援仍在进行。",
    "記者陳冠宇表示，嘉義市政府將在下個月公布封街的詳細時間。",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_stamps_words_in_a_sentence_stay_clean(sentence):
    body = [line for line, is_furniture in ZH_PORTAL if not is_furniture]
    for text in in_both_layouts(*body[:2], sentence, *body[2:]):
        assert sentence not in flagged(text)


# The article's own sections: a ■ subheading, a lead-in that says "as
# follows" as a whole sentence (no colon), the list of figures under it and
# the sentences after it.
KO_OWN_LIST = [
    "옛 읍성 우물서 조선 시대 생활 유물 무더기 발견",
    "충청 지역의 한 옛 읍성 터 우물에서 조선 후기 주민들이 쓰던 생활 유물이 무더기로 나왔다.",
    "발굴조사를 맡은 문화유산연구원은 지난달부터 읍성 동문 터 인근 우물 바닥을 조사해 왔다고 10일 밝혔다.",
    "■ 우물 바닥에 쌓인 유물",
    "연구원이 우물 바닥에서 수습한 유물은 다음과 같다.",
    "- 백자 대접 12점",
    "- 나무 두레박 3점",
    "- 놋숟가락 7점",
    "연구원 관계자는 \"우물이 메워지기 전까지 주민들이 오래 사용한 흔적\"이라고 설명했다.",
    "연구원은 유물을 보존 처리한 뒤 내년 봄 읍성 전시관에서 공개할 계획이다.",
]

JA_OWN_LIST = [
    "市立図書館に新たな分館　来月開館へ",
    "市教育委員会は、駅前の再開発ビルに市立図書館の分館を来月開館すると発表した。",
    "分館は延べ床面積約900平方メートルで、子ども向けの読み聞かせスペースや学習席を備える。",
    "■主な設備",
    "分館の主な設備は次の通り。",
    "・学習席 80席",
    "・閲覧用パソコン 12台",
    "・蔵書 約4万冊",
    "教育委員会の担当者は「駅の利用者にも気軽に立ち寄ってもらいたい」と話している。",
    "開館時間は午前9時から午後9時までで、年末年始を除き毎日開く。",
]


@pytest.mark.parametrize("page", [KO_OWN_LIST, JA_OWN_LIST], ids=["ko", "ja"])
def test_an_articles_own_list_under_a_lead_in_sentence_stays_clean(page):
    for text in in_both_layouts(*page):
        assert flagged(text) == set()


def test_a_list_of_other_stories_after_the_body_is_still_reported():
    related = [
        "관련기사",
        "- 읍성 복원 사업 예산 전액 삭감 논란",
        "- 지방 박물관 관람객 3년 새 두 배",
    ]
    body = KO_OWN_LIST[:3] + KO_OWN_LIST[-2:]
    for text in in_both_layouts(*body, *related):
        assert set(related) <= flagged(text)


# A Korean naive dump whose lead sentence is short (fewer words than a
# paragraph of prose) under the stamp and the toolbar: the headline above
# them stays clean.
KO_SHORT_LEAD = [
    ("홈 > 사회", F),
    ("한강 야간 수영장 개장 첫 주말 1만 명 몰려", C),
    ("서울데일리 입력 2025. 7. 6. 21:10", F),
    ("요약보기 음성으로 듣기", F),
    ("한강 야간 수영장이 개장 첫 주말 1만 명 넘는 시민으로 붐볐다.", C),
    ("서울시에 따르면 지난 4일 문을 연 야간 수영장에는 주말 이틀간 1만 1천여 명이 다녀갔다.", C),
    ("수영장은 오후 7시부터 밤 10시까지 운영하며, 안전요원 40명이 교대로 근무한다.", C),
    ("시 관계자는 \"이용객이 몰리는 시간대에는 입장 인원을 제한하겠다\"고 말했다.", C),
]


def test_the_headline_over_a_short_lead_stays_clean():
    furniture = {line for line, is_furniture in KO_SHORT_LEAD if is_furniture}
    clean = {line for line, is_furniture in KO_SHORT_LEAD if not is_furniture}
    for text in in_both_layouts(*(line for line, _ in KO_SHORT_LEAD)):
        found = flagged(text)
        assert furniture <= found
        assert clean & found == set()


# The article's last sentence, one line past the body, after a paragraph
# garbled by a wrong decoding that no catalogue string is, and over the
# page's related list: the article's.
JA_LAST_SENTENCE = [
    "地元の酒蔵、海外輸出を本格化　欧州向けに新銘柄",
    "創業200年を超える地元の酒蔵が、欧州向けの輸出を本格的に始めると発表した。",
    "同社は昨年、フランスの見本市に出品し、現地の飲食店から注文が相次いだという。",
    "新銘柄は地元産の酒米を使い、ワイングラスで味わうことを想定して甘みを抑えた。",
    "蜑ｵ讌ｭ縺ｯ蝨ｰ蜈縺ｮ驟貞ｱ九〒縺吶",
    "輸出向けの新銘柄は、来春から欧州の酒蔵で販売を始める。",
    "関連記事",
    "あわせて読みたい",
]


def test_the_articles_last_sentence_after_a_garbled_paragraph_stays_clean():
    for text in in_both_layouts(*JA_LAST_SENTENCE):
        found = flagged(text)
        assert JA_LAST_SENTENCE[5] not in found
        assert {"関連記事", "あわせて読みたい"} <= found


# A Japanese or Chinese menu set apart by spaces alone, a Korean "related
# story" label glued to the story's headline, and a Korean newsletter
# prompt after its button's label.
MENUS_AND_TEASERS = [
    (JA_YAHOO, "ホーム 経済 マーケット"),
    (JA_NEWSPAPER, "トップ 社会 政治 経済 国際 スポーツ"),
    (ZH_PORTAL, "首页 国内 国际 财经 体育"),
    (KO_REGIONAL, "관련기사 동해 오징어 금어기 한 달 연장…어민 반발"),
    (KO_REGIONAL, "구독하기 동해안신문 뉴스레터로 매주 바다 소식을 받아보세요"),
]


@pytest.mark.parametrize("page, line", MENUS_AND_TEASERS)
def test_a_menu_a_related_label_and_a_newsletter_prompt_are_reported(page, line):
    lines = [text for text, _ in page]
    for text in in_both_layouts(*lines[:1], line, *lines[1:]):
        assert line in flagged(text)


# The same words in the article's sentences and headline.
MENU_WORDS_IN_SENTENCES = [
    (JA_YAHOO, "ホームで転倒した乗客を駅員が助け起こした。"),
    (ZH_PORTAL, "首页改版后，网站的日均访问量增加了三成。"),
    (KO_REGIONAL, "관련 기사를 쓴 기자는 현장을 다시 찾아 어민들의 이야기를 들었다."),
    (KO_REGIONAL, "어민들은 뉴스레터를 구독하기 시작한 뒤 조업 정보를 빨리 알게 됐다고 말했다."),
]


@pytest.mark.parametrize("page, line", MENU_WORDS_IN_SENTENCES)
def test_those_words_in_a_sentence_stay_clean(page, line):
    lines = [text for text, _ in page]
    for text in in_both_layouts(*lines[:3], line, *lines[3:]):
        assert line not in flagged(text)


@pytest.mark.parametrize("line", ["관련 기사 내용은 사실과 다릅니다.", "東京，大阪", "据介绍，此次出土文物主要包括："])
def test_a_related_labels_words_in_a_sentence_and_two_places_stay_clean(line):
    lines = [text for text, _ in KO_REGIONAL]
    for text in in_both_layouts(*lines[:3], line, *lines[3:]):
        assert line not in flagged(text)


def test_a_chinese_sites_name_over_its_menu_is_no_headline():
    page = ["西湖晨报", "首页 新闻 财经 体育 娱乐"] + [line for line, _ in ZH_PORTAL]
    for text in in_both_layouts(*page):
        found = flagged(text)
        assert {"西湖晨报", "首页 新闻 财经 体育 娱乐"} <= found
        assert ZH_PORTAL[0][0] not in found
