"""UI rules (issue 10, recall): lists of other stories around and inside the
article, CJK pages (words per character run, teasers cut short, lines broken
at a comma, CJK catalogue headings and templates), on text written for the
project, in both layouts; and clean CJK and Arabic prose staying clean."""
import pytest

from newslint import Linter
from newslint.rules.interface_strings.catalogue import shipped
from newslint.rules.interface_strings.layout import _content_terms
from lint_support import LAYOUTS


def flagged(blocks, select=("UI",)):
    """The numbers (1-based) of the blocks with a finding, in each layout;
    the two layouts must agree."""
    found = {}
    for name, separator in LAYOUTS.items():
        step = separator.count("\n")
        text = separator.join(blocks) + "\n"
        found[name] = sorted({(d.line - 1) // step + 1 for d in Linter(select=list(select)).lint_text(text)})
    assert found["lines"] == found["blank"], found
    return found["lines"]


def numbers(blocks, wanted):
    return [index + 1 for index, block in enumerate(blocks) if block in wanted]


# -- lists of other stories (English) ----------------------------------------

FERRY = [
    "Island ferry timetable cut for the winter",
    "The island's only ferry company will run four crossings a day instead of seven from November, it said on Monday.",
    "Managers blamed the cost of fuel and a shortage of qualified crew for the reduced winter service on the route.",
    "Residents said the first crossing now leaves too late for workers and pupils who travel to the mainland each morning.",
    "The council has asked the company to keep an early sailing on weekdays and will meet its managers next week.",
]
HEADLINES_BELOW = [
    "Lighthouse keeper's cottage sold at auction",
    "Harbour festival draws record crowds",
    "New cycle path opens along the old railway",
]


def test_three_headlines_below_the_article_are_a_list_of_other_stories():
    blocks = FERRY + HEADLINES_BELOW
    assert flagged(blocks) == numbers(blocks, HEADLINES_BELOW)


def test_a_list_a_colon_introduces_below_the_article_stays_clean():
    items = ["A valid photo identity card", "The booking reference number", "A vehicle registration document"]
    blocks = FERRY + ["Passengers must bring the following to the terminal:"] + items
    assert flagged(blocks) == []


def test_questions_the_article_lists_stay_clean():
    items = ["- Will the early sailing return in spring?", "- Can pupils travel free on the first crossing?",
             "- Who pays for the extra crew?"]
    assert flagged(FERRY + items) == []


def test_the_items_under_a_related_stories_heading_inside_the_body_are_found():
    teasers = ["Ferry fares to rise by a tenth", "Crew shortage hits coastal routes"]
    blocks = FERRY[:3] + ["Related stories"] + teasers + FERRY[3:]
    assert flagged(blocks) == numbers(blocks, ["Related stories"] + teasers)


def test_a_subheading_inside_the_body_stays_clean():
    blocks = FERRY[:3] + ["What the council wants"] + FERRY[3:]
    assert flagged(blocks) == []


def test_a_sidebar_with_its_own_blurbs_does_not_join_the_body():
    # The sidebar's teasers share their words with its blurbs, not with the article.
    sidebar = [
        "Latest magazine issue",
        "Gardening tips for a wet autumn",
        "Ten recipes with winter squash",
        "Click here for a free preview of our monthly gardening magazine and a special subscription offer.",
        "Reader poll",
        "Which vegetable grows best in your garden this year?",
        "Tomatoes",
        "Potatoes",
        "Have the latest gardening news delivered to your inbox every week with our free newsletter service.",
    ]
    blocks = FERRY + sidebar
    found = flagged(blocks)
    assert not set(found) & set(range(1, len(FERRY) + 1))
    assert set(numbers(blocks, ["Gardening tips for a wet autumn", "Ten recipes with winter squash", "Tomatoes", "Potatoes"])) <= set(found)


def test_a_markdown_table_between_paragraphs_stays_clean():
    table = ["| Route | Crossings | Crew |", "| --- | --- | --- |", "| North | 4 | 6 |", "| South | 3 | 5 |"]
    blocks = FERRY[:3] + ["Winter service"] + table + FERRY[3:]
    assert flagged(blocks) == []


def test_a_tag_line_is_an_interface_string():
    assert flagged(FERRY + ["Tags: ferries, islands, transport"]) == [len(FERRY) + 1]


# -- CJK pages ---------------------------------------------------------------

JAPANESE = [
    "古い商店街に小さな映画館が戻ってきた",
    "十年前に閉館した商店街の映画館が、地元の有志の手で今月から上映を再開した。",
    "座席は四十席ほどで、平日は昔の名作を、週末は地元の学生が撮った短編を上映するという。",
    "運営を担う有志の代表は、商店街に人が集まるきっかけにしたいと話している。",
    "入場料は大人五百円で、売り上げの一部は建物の修繕費に充てる予定だ。",
]


def test_content_words_of_a_token_mixing_latin_and_cjk_are_taken_per_run():
    terms = set(_content_terms("styleで選択したテキスト", "ja"))
    assert "選択" in terms
    assert not {"le", "yl", "eで"} & terms


def test_related_titles_mixing_latin_and_japanese_after_the_article_are_found():
    # Titles that run Latin letters into Japanese ("Windowsで", "PCの") once
    # shared pairs such as "in" and "ow" with any text that names a product.
    article = JAPANESE[:3] + [
        "上映機材はWindowsのパソコンとプロジェクターで、操作は高校生のボランティアが担当している。",
        "PCの設定やDVDの準備も学生が行い、毎週の上映作品はSNSで告知しているという。",
    ]
    titles = [
        "Windowsでスクリーンショットを撮る方法まとめ",
        "PCのファンがうるさい時に試したい設定",
        "SNSで話題のカフェを巡る週末プラン",
        "DVDプレーヤーを買い替えるならどれがいいか",
    ]
    blocks = article + ["関連記事"] + titles
    assert flagged(blocks) == numbers(blocks, ["関連記事"] + titles)


def test_korean_teasers_cut_short_with_two_dots_are_found():
    article = [
        "동네 빵집, 남은 빵을 복지관에 기부",
        "한 동네 빵집이 매일 저녁 팔고 남은 빵을 인근 복지관에 기부하기 시작해 주민들의 관심을 받고 있다.",
        "빵집 주인은 버려지는 빵이 아까워 시작한 일이 이제는 가게의 중요한 일과가 되었다고 말했다.",
        "복지관은 기부받은 빵을 다음 날 아침 어르신들의 식사와 함께 나누어 드리고 있다고 밝혔다.",
    ]
    teasers = ["주말 날씨 맑다가 오후부터 흐려..", "지역 축제 올해는 사흘간 열린..", "버스 노선 개편에 주민 의견 엇갈.."]
    blocks = article + teasers
    assert flagged(blocks) == numbers(blocks, teasers)


def test_a_japanese_sentence_broken_at_a_comma_stays_clean():
    blocks = JAPANESE + ["また、上映後には、", "監督を招いた座談会も開く予定だという。"]
    assert flagged(blocks) == []


@pytest.mark.parametrize(
    "line",
    ["新着記事", "スポンサードリンク", "相关推荐", "赞助链接", "인기 뉴스", "스폰서 링크", "标签：经济、交通", "タグ: 映画, 商店街",
     "태그: 빵집, 기부", "（责任编辑：李华）", "来源：本报讯"],
)
def test_cjk_catalogue_headings_and_templates_match(line):
    assert shipped().match(line) is not None


def test_a_cjk_template_after_the_article_is_found():
    blocks = JAPANESE + ["タグ: 映画, 商店街"]
    assert flagged(blocks) == [len(blocks)]


# -- clean prose stays clean -------------------------------------------------

CLEAN = {
    "zh": [
        "老码头改建成社区图书馆",
        "废弃多年的老码头仓库经过一年的改造，近日作为社区图书馆正式向居民开放。",
        "图书馆保留了仓库原有的木梁和砖墙，并在二楼设置了可以眺望江面的阅读区。",
        "改造后的空间",
        "馆长介绍说，开馆第一周就有三千多名居民前来借书，周末的儿童故事会更是座无虚席。",
        "区里计划明年在附近再建两处小型阅览室，方便老人和孩子就近读书。",
    ],
    "ja": JAPANESE[:3] + ["再開までの道のり", "建物の修繕には一年以上かかり、費用の多くは地元の寄付でまかなわれた。"] + JAPANESE[3:],
    "ko": [
        "폐교된 초등학교, 마을 도서관으로 다시 문 열어",
        "학생이 없어 문을 닫았던 시골 초등학교가 마을 주민들을 위한 도서관으로 새롭게 문을 열었다.",
        "교실 네 곳은 열람실과 어린이 책방으로 바뀌었고, 운동장에는 작은 텃밭이 만들어졌다.",
        "주민들이 바라는 것",
        "주민들은 저녁에도 이용할 수 있도록 운영 시간을 늘려 달라고 요청했고 군은 이를 검토하고 있다.",
        "도서관 운영은 마을 주민 열 명이 자원봉사로 돌아가며 맡고 있다고 군 관계자는 설명했다.",
    ],
    "ar": [
        "افتتاح مكتبة عامة في مبنى محطة القطار القديمة",
        "افتتحت البلدية يوم الأحد مكتبة عامة في مبنى محطة القطار القديمة بعد أعمال ترميم استمرت عامين كاملين.",
        "وتضم المكتبة قاعة للقراءة وركنا للأطفال ومساحة صغيرة لعرض صور المحطة في أيامها الأولى.",
        "وقال مدير المكتبة إن أكثر من ألف شخص زاروها في الأسبوع الأول، معظمهم من طلاب المدارس القريبة.",
        "وتخطط البلدية لتنظيم أمسيات للقراءة مرة كل شهر بالتعاون مع جمعيات الحي.",
    ],
}


@pytest.mark.parametrize("language", sorted(CLEAN))
def test_clean_cjk_and_arabic_prose_with_a_subheading_stays_clean(language):
    assert flagged(CLEAN[language]) == []


def test_a_short_sentence_between_two_lines_of_footer_furniture_is_found():
    # A short sentence is a results table's entry as often as furniture;
    # between two of the page's links below the article it is the page's.
    footer = ["Advertise with us", "Get our weekend edition free!", "Terms of use"]
    blocks = FERRY + footer
    assert flagged(blocks) == numbers(blocks, footer)


def test_a_list_item_between_furniture_lines_stays_clean():
    blocks = FERRY + ["Advertisement", "1) A ferry timetable printed for the winter", "Advertisement"]
    assert numbers(blocks, ["1) A ferry timetable printed for the winter"])[0] not in flagged(blocks)


# Korean prose: each word carries its particles and endings ("요금을",
# "시민들은"), so a sentence holds few words of the common-word list and
# fewer words than the same sentence in English.
KOREAN_NEWS = [
    "시청은 다음 달부터 시내버스 요금을 이백 원 올린다고 어제 오후 밝혔다.",
    "시민 단체들은 요금 인상이 저소득층에게 큰 부담이 된다며 곧바로 반대했다.",
    "교통국장은 지난 삼 년 동안 연료비와 인건비가 크게 올라 요금을 올리는 것은 어쩔 수 없는 결정이었다고 기자들에게 설명했다.",
    "시는 그 대신 청소년과 노인과 장애인을 위한 할인 제도를 지금보다 넓히고 환승 할인도 그대로 유지하기로 했다고 덧붙였다.",
    "새 요금은 교통카드와 현금 모두에 똑같이 적용되며 심야 버스와 마을버스의 요금도 같은 비율로 함께 오를 예정이라고 한다.",
    "일부 시의원들은 물가가 너무 많이 오른 올해보다는 인상 시기를 내년 봄으로 미뤄야 한다고 회의에서 강하게 주장했다.",
    "시는 이번 주 안에 시청 대강당에서 공청회를 열어 시민들의 의견을 직접 들은 뒤에 최종 결정을 내리겠다고 약속했다.",
    "버스 회사들은 지금처럼 적자가 계속되면 손님이 적은 노선부터 차례로 줄일 수밖에 없다고 시에 여러 차례 말했다.",
]


def test_korean_prose_of_short_sentences_stays_clean():
    assert flagged(KOREAN_NEWS) == []


def test_few_common_words_is_no_evidence_in_korean():
    """The verdict's "few common words" says nothing of a Korean line: its
    words carry their particles, so prose holds few list words too."""
    from newslint import Document
    from newslint.rules.interface_strings.layout import SHIPPED_OPTIONS, analysis
    from newslint.rules.interface_strings.verdict import FEATURES, features

    document = Document("\n".join(KOREAN_NEWS) + "\n")
    found = analysis(document, SHIPPED_OPTIONS)
    column = list(FEATURES).index("few_stop_words")
    assert found is not None
    assert [row[column] for row in features(document, found)] == [0.0] * len(KOREAN_NEWS)

