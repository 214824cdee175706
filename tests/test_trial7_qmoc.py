"""What trial7 found in QM and OC102: a lost quotation mark reported where it
belonged (before the attribution, in each language's order; before a closing
gloss; no earlier than `said that`), and OC102's Markdown marks, chance
shared word, transcript turns and Chinese and Japanese headlines.  Every text
here was written for these tests; each is tried in both layouts (a blank line
between blocks, and none)."""
import pytest

from newslint import Linter

from lint_support import findings_and_mark


@pytest.fixture(scope="module")
def quotes():
    return Linter(select=["QM"])


@pytest.fixture(scope="module")
def teasers():
    return Linter(select=["OC102"])


LAYOUTS = ("\n\n", "\n")


def _text(blocks, separator):
    return separator.join(blocks) + "\n"


# One damaged paragraph between two clean ones; ¦ marks where the lost mark belonged.
LOST_MARKS = {
    "English, inverted after a phrase": (
        "QM101", '"We will not give up on this town, not now,¦ said Cllr Amira Shah, who leads the group.'),
    "English, in a Markdown block quote": (
        "QM101", '> "This is a start, not a finish,¦ said Dr Nia Evans, the medical director.'),
    "English, a gloss in brackets": ("QM101", 'Above the counter the sign still reads "Bienvenue à tous¦ (welcome to all).'),
    "Vietnamese": ("QM101", '"Chúng tôi mong người dân sẽ dùng xe buýt nhiều hơn,¦ ông Tuấn cho biết.'),
    "Korean": ("QM101", '시장은 "어르신 돌봄 예산을 반드시 두 배로 늘리겠다¦고 말했다.'),
    "Japanese": ("QM101", "試合後、監督は「選手たちは最後までよく戦ったと思う¦と語った。"),
    "Chinese": ("QM101", "“今年的粮食产量有望再创新高，¦张部长表示。"),
    "Italian": ("QM101", "«Il teatro riaprirà a settembre con un concerto gratuito¦, racconta la direttrice Laura Bassi."),
    "Dutch, a fragment before the clause's verb": ("QM101", "De burgemeester zei dat de plannen „volstrekt onhaalbaar¦ waren."),
    "Spanish, the opening mark after 'dijo que'": ("QM102", "La ministra dijo que ¦el Gobierno no subirá los impuestos este año»."),
}
# Paragraphs around the damaged one, in its language.
AROUND = {
    "Vietnamese": ("Hà Nội mở thêm tuyến xe buýt", "Giá vé dự kiến không thay đổi trong năm nay."),
    "Korean": ("시, 내년 예산 늘린다", "시의회는 다음 달 예산안을 심의할 예정이다."),
    "Japanese": ("サッカー日本代表、惜敗", "次の試合は来週、埼玉で行われる。"),
    "Chinese": ("今年粮食产量预计再创新高", "秋粮收获目前已经过半。"),
    "Italian": ("Riapre il teatro comunale", "I lavori sono costati quattro milioni di euro."),
    "Dutch, a fragment before the clause's verb": ("Bouwplannen gestopt", "De projectontwikkelaar beraadt zich op vervolgstappen."),
    "Spanish, the opening mark after 'dijo que'": ("El Gobierno descarta subir impuestos", "La oposición pidió más detalles."),
}
ENGLISH_AROUND = ("Library hours to be extended", "The change will cost about £40,000 a year.")


def _blocks(name):
    headline, after = AROUND.get(name, ENGLISH_AROUND)
    return [headline, LOST_MARKS[name][1], after]


@pytest.mark.parametrize("separator", LAYOUTS, ids=("blank", "noblank"))
@pytest.mark.parametrize("name", list(LOST_MARKS))
def test_a_lost_mark_is_reported_where_it_belonged(quotes, name, separator):
    found, (line, column) = findings_and_mark(quotes, _blocks(name), separator)
    assert found == [(LOST_MARKS[name][0], line, column)]


# The same paragraphs with their marks: clean.
RESTORED = {
    "English, inverted after a phrase": '"We will not give up on this town, not now," said Cllr Amira Shah, who leads the group.',
    "English, in a Markdown block quote": '> "This is a start, not a finish," said Dr Nia Evans, the medical director.',
    "English, a gloss in brackets": 'Above the counter the sign still reads "Bienvenue à tous" (welcome to all).',
    "Vietnamese": '"Chúng tôi mong người dân sẽ dùng xe buýt nhiều hơn," ông Tuấn cho biết.',
    "Korean": '시장은 "어르신 돌봄 예산을 반드시 두 배로 늘리겠다"고 말했다.',
    "Japanese": "試合後、監督は「選手たちは最後までよく戦ったと思う」と語った。",
    "Chinese": "“今年的粮食产量有望再创新高，”张部长表示。",
    "Italian": "«Il teatro riaprirà a settembre con un concerto gratuito», racconta la direttrice Laura Bassi.",
    "Dutch, a fragment before the clause's verb": "De burgemeester zei dat de plannen „volstrekt onhaalbaar” waren.",
    "Spanish, the opening mark after 'dijo que'": "La ministra dijo que el Gobierno «no subirá los impuestos este año».",
}


@pytest.mark.parametrize("separator", LAYOUTS, ids=("blank", "noblank"))
@pytest.mark.parametrize("name", list(RESTORED))
def test_the_restored_paragraph_is_clean(quotes, name, separator):
    headline, after = AROUND.get(name, ENGLISH_AROUND)
    assert quotes.lint_text(_text([headline, RESTORED[name], after], separator)) == []


@pytest.mark.parametrize(
    "paragraph, after",
    [
        # A speaker in apposition before the verb: the mark belonged after the first comma.
        ('"It was a good year, Mary Jones, a nurse at the clinic, said on Tuesday.', '"It was a good year,'),
        # After "told" comes who heard it, not who spoke.
        ('"Growth is too weak, Ann Carr, an economist at the bank, told the newspaper on Friday.', '"Growth is too weak,'),
        # A day after the verb says when, not who.
        ('"We grew fast, Vincent Koen, an economist, said Tuesday.', '"We grew fast,'),
        # A long quotation before a bracket is no glossed phrase: the mark stays at its end.
        ('She said: "We looked at every option we had, and in the end we chose the one that cost the least and kept '
         'the most staff (about forty of them).', "(about forty of them)."),
    ],
)
def test_placements_that_stay(quotes, paragraph, after):
    (finding,) = quotes.lint_text(f"Headline\n\n{paragraph}\n")
    assert finding.code == "QM101" and finding.col == paragraph.index(after) + len(after) + 1


# OC102 -------------------------------------------------------------------

RAIL = [
    "# Rail fares to rise in March",
    "Rail fares in England will rise by up to 4.6% from March, the government has announced.",
    "The increase is lower than last year's but above the current rate of inflation, campaigners said.",
    "{between}",
    "Season tickets for commuters in the south-east will cost hundreds of pounds more a year.",
    "The Department for Transport said the rise would help fund improvements to stations.",
]


def _teaser_lines(linter, blocks, separator):
    return [d.line for d in linter.lint_text(_text(blocks, separator))]


def _line_of(blocks, text, separator):
    return (blocks.index(text) * (2 if separator == "\n\n" else 1)) + 1


@pytest.mark.parametrize("separator", LAYOUTS, ids=("blank", "noblank"))
@pytest.mark.parametrize(
    "between",
    [
        "Rescued seal pup returned to the sea off Norfolk coast",
        "**Rescued seal pup returned to the sea off Norfolk coast**",
        "> Rescued seal pup returned to the sea off Norfolk coast",
        "> **Rescued seal pup returned to the sea off Norfolk coast**",
    ],
)
def test_markdown_marks_do_not_hide_a_headline(teasers, between, separator):
    blocks = [block.format(between=between) for block in RAIL]
    assert _teaser_lines(teasers, blocks, separator) == [_line_of(blocks, between, separator)]


@pytest.mark.parametrize("separator", LAYOUTS, ids=("blank", "noblank"))
@pytest.mark.parametrize(
    "credit",
    [
        "— Lena Harris, Transport Focus",
        "> — Lena Harris, Transport Focus",
        "> **— Lena Harris, Transport Focus**",
        "*— Lena Harris, Transport Focus*",
    ],
)
def test_markdown_marks_do_not_make_a_credit_a_headline(teasers, credit, separator):
    quote = '> **"Passengers will look at the service they get and ask whether it is worth paying more."**'
    blocks = RAIL[:3] + [quote, credit] + RAIL[4:]
    assert _teaser_lines(teasers, blocks, separator) == []


INQUIRY = [
    "Inquiry hears of missed flood warnings",
    "The inquiry into last winter's floods in Carrow heard evidence from the council's former drainage engineer on Tuesday.",
    "THE CHAIR: Please give your name for the record.",
    "MR ADEYEMI: Daniel Adeyemi, principal drainage engineer until 2022.",
    "{between}",
    "MS PRICE: How many warnings did the council receive before the flood?",
    "MR ADEYEMI: Three, as far as I recall, all in the week before the river burst its banks.",
    "MS PRICE (counsel to the inquiry): And what did you do with those warnings when they arrived?",
]


@pytest.mark.parametrize("separator", LAYOUTS, ids=("blank", "noblank"))
def test_a_headline_sharing_one_word_by_chance_is_found_and_no_turn_is_taken_for_one(teasers, separator):
    headline = "Council leader quits after expenses row at seaside resort"
    blocks = [block.format(between=headline) for block in INQUIRY]
    (finding,) = teasers.lint_text(_text(blocks, separator))
    assert finding.line == _line_of(blocks, headline, separator)
    assert 'shares only "council"' in finding.message.lower()


@pytest.mark.parametrize("separator", LAYOUTS, ids=("blank", "noblank"))
@pytest.mark.parametrize(
    "between",
    [
        # A subheading sharing more than a word by chance.
        "What the council knew about the flood warnings",
        # A sentence broken off by the layout, sharing one word.
        "Engineers who inspected the drains after the council",
    ],
)
def test_lines_that_share_more_or_break_off_stay_clean(teasers, between, separator):
    blocks = [block.format(between=between) for block in INQUIRY]
    assert _teaser_lines(teasers, blocks, separator) == []


CHINESE = [
    "北京地铁新线路年底开通",
    "北京市交通委员会10日宣布，地铁十七号线北段将于今年年底开通运营。",
    "这条线路全长约五十公里，连接未来科学城和亦庄，沿线设站二十一座。",
    "{between}",
    "开通后，从昌平到亦庄的通勤时间将缩短约四十分钟。",
    "交通部门提醒乘客关注官方发布的首末班车时间，并合理安排出行。",
]
JAPANESE = [
    "市営バス、来月から運賃値上げ",
    "市交通局は10日、来月1日から市営バスの運賃を20円値上げすると明らかにした。",
    "燃料費の高騰や運転手不足が理由で、値上げは15年ぶりとなる。",
    "{between}",
    "交通局によると、通学定期の料金は据え置くという。",
    "利用者からは「仕方ないが負担は大きい」との声が聞かれた。",
]


@pytest.mark.parametrize("separator", LAYOUTS, ids=("blank", "noblank"))
@pytest.mark.parametrize(
    "article, between",
    [(CHINESE, "女排联赛半决赛天津队主场告负"), (JAPANESE, "人気俳優が電撃結婚を発表"), (JAPANESE, "人気アイドルグループ、来春に全国ツアー開催へ")],
)
def test_a_chinese_or_japanese_headline_between_paragraphs_is_found(teasers, article, between, separator):
    blocks = [block.format(between=between) for block in article]
    assert _teaser_lines(teasers, blocks, separator) == [_line_of(blocks, between, separator)]


@pytest.mark.parametrize("separator", LAYOUTS, ids=("blank", "noblank"))
@pytest.mark.parametrize(
    "article, between",
    [
        # A subheading sharing characters with the article.
        (CHINESE, "十七号线北段沿线设站情况"),
        (JAPANESE, "市営バス運賃の値上げ幅"),
        # A question of a Q&A, a line ending a sentence, a short label.
        (CHINESE, "新线路什么时候开通？"),
        (JAPANESE, "ポイント"),
        # Two unrelated lines between paragraphs: the article's own subheadings.
        (CHINESE, "女排联赛半决赛天津队主场告负\n\n冬季供暖今日正式启动"),
    ],
)
def test_chinese_and_japanese_lines_of_the_article_stay_clean(teasers, article, between, separator):
    blocks = [part for block in article for part in block.format(between=between).split("\n\n")]
    assert _teaser_lines(teasers, blocks, separator) == []
