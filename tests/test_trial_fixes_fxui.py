"""UI on what a new-user trial found (wave 2, helper fxui): an article's own
tables of figures and runs of results were taken for menus (UI101) and for
lines after the body (UI109), and so was the paragraph after the table.
Both layouts (one block a line, a blank line between blocks), on text
written for the project: tables in several languages and scripts, with a bar,
a fullwidth bar or a tab between cells, at the end of an article and between
its paragraphs; and the look-alikes that must still be found (a menu, two
menus stacked, a footer's links)."""
import pytest

from lint_support import LAYOUTS, findings

MATCH = [
    "Lakeside moved off the bottom of the league on Sunday with a hard-won 2-1 victory over a Northgate side that had not lost since August.",
    "The winner came in stoppage time, when the young full-back Aled Pryce ran the length of the pitch and squeezed his shot under the goalkeeper.",
    "Northgate had led at the break through a penalty, but their manager admitted afterwards that his team had stopped passing the ball.",
]
RESULTS = ["Weekend scores", "Lakeside 2-1 Northgate", "Castle Athletic 0-0 St Anne's", "Harbour City 3-1 Eastfield Town"]
STANDINGS = [
    "Standings after round 14",
    "Pos | Club | Played | Won | Drawn | Lost | Points",
    "1 | Harbour City | 14 | 10 | 3 | 1 | 33",
    "2 | Castle Athletic | 14 | 9 | 4 | 1 | 31",
    "3 | St Anne's | 14 | 8 | 2 | 4 | 26",
]
AFTER = "Lakeside travel to Castle Athletic next weekend, and their supporters have already bought every ticket in the away end."

MARKETS = [
    "Shares in Europe fell for a second day on Tuesday as investors weighed fresh signs that factories were slowing across the region.",
    "Carmakers led the losses after a German supplier warned that orders for the second half of the year had fallen sharply.",
    "Bond yields edged lower, and the euro slipped against the dollar in late trading as traders priced in an earlier cut in rates.",
]
CLOSES = [
    "Market | Last | Move | Move %",
    "DAX | 18,402.6 | -96.3 | -0.5%",
    "CAC 40 | 7,611.0 | -41.8 | -0.5%",
    "IBEX 35 | 11,240.7 | +12.5 | +0.1%",
]
MARKETS_AFTER = "Oil prices were little changed, with Brent crude trading a few cents below eighty dollars a barrel by the close in London."

ZH = [
    "国家统计局周三公布的数据显示，上个月全国规模以上工业增加值同比增长百分之五点六，增速比前一个月加快零点四个百分点。",
    "分行业看，汽车制造业和电气机械行业增长较快，而纺织和造纸行业的产量仍然低于去年同期水平。",
    "分析人士认为，出口订单回暖和国内消费逐步恢复共同推动了工业生产的改善，但房地产投资依然偏弱。",
]
ZH_TABLE = [
    "行业｜增加值增速｜前月增速",
    "汽车制造业｜11.4%｜9.8%",
    "电气机械｜8.7%｜7.9%",
    "纺织业｜-1.3%｜-2.0%",
]
ZH_AFTER = "统计局表示，随着一系列稳增长政策落地见效，预计下半年工业生产将保持平稳增长态势，企业利润也有望继续改善。"

DE = [
    "Die Gemeinde hat am Sonntag einen neuen Bürgermeister gewählt, und die Wahlbeteiligung lag deutlich höher als vor sechs Jahren.",
    "Der Amtsinhaber trat nicht mehr an, nachdem er im Frühjahr angekündigt hatte, sich aus gesundheitlichen Gründen zurückzuziehen.",
    "Die Auszählung dauerte bis kurz vor Mitternacht, weil in zwei Wahllokalen die Briefwahlstimmen noch einmal gezählt werden mussten.",
]
DE_TABLE = [
    "Kandidat\tStimmen\tAnteil",
    "Petra Albrecht\t2.418\t46,2 %",
    "Jonas Keller\t1.907\t36,4 %",
    "Miriam Yildiz\t911\t17,4 %",
]
DE_AFTER = "Albrecht muss sich nun in zwei Wochen einer Stichwahl gegen Keller stellen, da keiner der Bewerber die absolute Mehrheit erreicht hat."


def _ui(blocks, separator):
    return {line: hits for line, hits in findings(blocks, separator).items() if line.strip()}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize(
    "blocks",
    [
        MATCH + RESULTS + STANDINGS + [AFTER],
        MATCH + RESULTS + STANDINGS,
        MATCH + STANDINGS + [AFTER],
        MATCH[:2] + RESULTS + MATCH[2:] + [AFTER],
        MARKETS + CLOSES + [MARKETS_AFTER],
        MARKETS[:2] + CLOSES + MARKETS[2:],
        MARKETS + CLOSES,
        ZH + ZH_TABLE + [ZH_AFTER],
        ZH[:2] + ZH_TABLE + ZH[2:],
        DE + DE_TABLE + [DE_AFTER],
        DE + DE_TABLE,
    ],
    ids=["results-standings-sentence", "results-standings-end", "standings-sentence", "results-between",
         "markets-sentence", "markets-between", "markets-end", "zh-sentence", "zh-between", "de-tab-sentence", "de-tab-end"],
)
def test_an_articles_tables_and_the_paragraph_after_them_stay_clean(blocks, separator):
    assert _ui(blocks, separator) == {}


TWO_COLUMNS = ["Region | Cases", "North | 1,204", "Coast | 877", "Hills | 412"]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_two_column_table_under_its_header_stays_clean(separator):
    assert _ui(MARKETS + TWO_COLUMNS + [MARKETS_AFTER], separator) == {}


MENU = "Home | Business | Markets | Companies | Opinion"


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_menu_above_a_table_is_still_a_menu(separator):
    found = _ui([MENU] + MARKETS + CLOSES + [MARKETS_AFTER], separator)
    assert [code for code, _ in found[MENU]] == ["UI101"]
    assert set(found) == {MENU}


STACKED_MENUS = ["News | Sport | Weather | Travel", "About us | Contact | Privacy | Terms"]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_menus_stacked_with_as_many_parts_are_no_table(separator):
    # As many parts a line, but no column of figures: a page's links.
    found = _ui(MARKETS + STACKED_MENUS, separator)
    assert set(found) == set(STACKED_MENUS)


DATED_LINKS = [
    "Section | Headline | Date",
    "Business | Factory orders slump for a third month | 12 June",
    "Business | Carmaker recalls forty thousand vans | 11 June",
    "Business | Bank holds rates as inflation eases | 10 June",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_rows_of_links_with_a_date_are_no_table_of_figures(separator):
    # A date is no figure cell ("12 June"): the rows are a list of other
    # stories, and their header is still a menu.
    found = _ui(MARKETS + DATED_LINKS, separator)
    assert [code for code, _ in found[DATED_LINKS[0]]] == ["UI101"]


def test_a_results_line_alone_is_no_run_of_results():
    from newslint import Document
    from newslint.rules.interface_strings.tables import data_table_rows

    document = Document("\n".join(MARKETS + ["Lakeside 2-1 Northgate"] + [MARKETS_AFTER]) + "\n")
    assert data_table_rows(document) == frozenset()


@pytest.mark.parametrize(
    "rows, expected",
    [
        (STANDINGS[1:], {0, 1, 2, 3}),
        (ZH_TABLE, {0, 1, 2, 3}),
        (DE_TABLE, {0, 1, 2, 3}),
        (RESULTS[1:], {0, 1, 2}),
        (STACKED_MENUS, set()),
        (DATED_LINKS, set()),
        (["Price | Volume", "12.5 | 3,000"], set()),  # one row of figures: too few to tell
        (["A | 1 | x", "B | y | 2", "C | 3 | z"], set()),  # figures in no shared column
        (["Bayern 2:1 Dortmund", "Mainz 0 : 0 Freiburg"], {0, 1}),
        (["Harbour talks resume after strike 7:42 AM", "Museum reopens its east wing 8:05 PM"], set()),  # times
    ],
    ids=["standings", "zh", "de-tab", "results", "menus", "dated-links", "one-row", "no-column", "colon-scores", "times"],
)
def test_which_rows_make_a_table_of_figures(rows, expected):
    from newslint import Document
    from newslint.rules.interface_strings.tables import data_table_rows

    assert data_table_rows(Document("\n".join(rows) + "\n")) == frozenset(expected)


PRESS = [
    "Lowfield Water today announced that it will build a new treatment works on the edge of the town, at a cost of forty million pounds.",
    "The works will serve twelve thousand homes and is due to open in the spring of next year, the company said in a statement.",
    "Lowfield Water supplies drinking water to towns and villages across the valley and employs three hundred and forty people.",
]
CONTACTS = [
    "Press enquiries: Dana Whitfield, dana.whitfield@lowfield-water.example",
    "Media contacts: newsroom@lowfield-water.example, 01632 960 555",
    "Pressekontakt: presse@lowfield-water.example, +49 30 901820",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("contact", CONTACTS)
def test_a_press_releases_contact_line_is_its_own(contact, separator):
    assert _ui(PRESS + [contact], separator) == {}


# The misses of the trial, phrased anew: each must be found whole or as the
# tail of the paragraph it is glued to.
MISSES = [
    ("We use cookies to give you a better experience. By using this website you agree to our use of cookies. Agree and continue", "UI101"),
    ("Stock prices delayed at least 20 mins. Prices supplied by Example Market Data.", "UI101"),
    ("Kurse werden mindestens 15 Minuten verzögert.", "UI101"),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("line, code", MISSES)
def test_banners_and_notices_phrased_anew_are_found(line, code, separator):
    found = _ui(MARKETS[:2] + [line] + MARKETS[2:], separator)
    assert [c for c, _ in found.get(line, [])] == [code]


GLUED = [
    ("“出口形势好于预期，”他表示。点击上方蓝字关注本号，第一时间了解市场动态", "点击上方蓝字关注本号，第一时间了解市场动态"),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("line, tail", GLUED)
def test_a_follow_prompt_glued_to_a_paragraph_is_found(line, tail, separator):
    blocks = (ZH if "。" in line else MATCH) + [line]
    found = _ui(blocks, separator)
    assert [c for c, _ in found[line]] == ["UI101"]
    assert tail in found[line][0][1]


# A caption ending in a credit of an outlet the templates do not name stays
# clean: Dragnet's annotators label such a caption article text (a Guardian
# caption "… Photograph: Mark Turner/London Array Limited").
@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_caption_with_its_credit_stays_the_articles(separator):
    caption = "The keeper, Aled Pryce, waves to the away end after the final whistle. Photograph: Ruth Moran/Valley Press Limited"
    assert _ui(MATCH + [caption], separator) == {}


# The same words as prose: each stays clean.
PROSE_LOOK_ALIKES = [
    "We use cookies to make the base of this cheesecake, crushed with a little melted butter.",
    "Market data was delayed by 15 minutes on Tuesday after a fault at the exchange's data centre.",
    "Data provided by the ministry showed that exports fell for a third month in a row.",
    "The photograph, taken by Ann Lee in 1962, still hangs in the hall of the old school.",
    "此事在市场上引发广泛关注，多家机构随后上调了全年增长预测。",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("line", PROSE_LOOK_ALIKES)
def test_the_same_words_as_prose_stay_clean(line, separator):
    blocks = (ZH[:2] + [line] + ZH[2:]) if "。" in line else (MARKETS[:2] + [line] + MARKETS[2:])
    assert _ui(blocks, separator) == {}
