"""UI rules on text written for the project: each kind of furniture in each
language, and the headline, subheadings, datelines and quoted words that must
stay clean."""
from pathlib import Path

import pytest
import yaml

from newslint import Linter
from newslint import Document
from newslint.rules.interface_strings.catalogue import Catalogue, Entry, normalise, shipped
from newslint.rules.interface_strings.layout import SHIPPED_OPTIONS, analysis

from conftest import TESTS
from growth import assert_linear

LANGUAGES = {"en", "es", "fr", "de", "pt", "ru", "zh", "ja", "ko", "ar"}
BODY = (
    "Dock workers at Europe's largest container port voted on Tuesday to end a two-week strike.\n"
    "The agreement gives workers a 6.5% pay rise over two years and caps their night shifts.\n"
)


# A second body, for text around a line under test (the first twice would be a repeated line).
AFTER = (
    "Port director Annelies van Dijk said the backlog of ships would take ten days to clear.\n"
    "Carriers had diverted about forty vessels to Antwerp and Hamburg while the strike lasted.\n"
)


def codes(text, select=("UI",)):
    return [(d.code, d.line) for d in Linter(select=list(select)).lint_text(text)]


def test_catalogue_covers_every_kind_in_ten_languages():
    path = TESTS.parent / "rules" / "interface_strings" / "catalogue.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert len(data) == 10  # copyright lines became a kind of their own (trial7)
    for kind, languages in data.items():
        assert set(languages) >= LANGUAGES, kind  # and some kinds in languages read less often (trial8)
        for language, items in languages.items():
            assert items and all(isinstance(item, str) for item in items), (kind, language)


@pytest.mark.parametrize(
    "line",
    [
        "Share this article", "SPONSORED LINKS", "Advertisement", "Read more »", "E-mail This",
        "Inappropriate? Alert us.", "Comments are closed.", "Accept all cookies", "Subscribe to our newsletter",
        "Just watched", "Most read", "Back to top",
        "Compartir en Facebook", "Los comentarios están cerrados", "Publicidad",
        "Partager cet article", "Les commentaires sont fermés", "Lire la suite",
        "Artikel teilen", "Anzeige", "Mehr zum Thema",
        "Compartilhar", "Leia também", "Os comentários estão fechados",
        "Поделиться", "Комментарии закрыты", "Читайте также",
        "分享到微博", "评论已关闭", "相关新闻",
        "シェアする", "関連記事", "続きを読む",
        "방금 본", "댓글이 닫혀 있습니다..", "관련기사",
        "شارك على فيسبوك", "اقرأ أيضا", "إعلان",
    ],
)
def test_catalogue_strings_are_flagged_in_every_language(line):
    assert ("UI101", 3) in codes(BODY + line + "\n")


def test_separated_and_glued_strings():
    text = BODY + "Email | Print | Share\nEmail to a friendPrinter friendly\nThe talks resumed on Monday. Share this article\n"
    found = Linter(select=["UI101"]).lint_text(text)
    assert [(d.line, d.col) for d in found] == [(3, 1), (4, 1), (5, 30)]
    assert found[1].message == 'sharing or print button run together: "Email to a friendPrinter friendly"'


@pytest.mark.parametrize(
    "line, code",
    [
        ("Posted January 16 2008 at 04:09 PM", "UI102"),
        ("Updated 10:42 GMT", "UI102"),
        ("3 hours ago", "UI102"),
        ("15/01/2008", "UI102"),
        ("Refusing to condemn Russia's actions in Ukraine 02:54", "UI102"),
        ("128 comments", "UI103"),
        ("Comments (12)", "UI103"),
        ("Page 2 of 5", "UI103"),
        ("By Jane Smith and Tom Lee, Associated Press", "UI104"),
        ("Photo: Reuters", "UI104"),
        ("(AP Photo/Rick Bowmer)", "UI104"),
        ("Copyright 2007 Example News. All Rights Reserved.", "UI104"),
        ("|", "UI105"),
        ("----------", "UI105"),
        ("| | |", "UI105"),
        ("————", "UI105"),
        ("—-", "UI105"),
        ("-", "UI105"),
    ],
)
def test_structural_signs(line, code):
    # Alone, each rule finds its sign; with all UI rules on, the first rule
    # that judges the line speaks for it (one finding per furniture line).
    assert (code, 3) in codes(BODY + line + "\n", select=[code])
    assert [found_line for _, found_line in codes(BODY + line + "\n")] == [3]


def test_repeated_caption_and_menu_run():
    text = (
        "Home\nWorld\nBusiness\nSport\n"
        + BODY
        + "China refusing to condemn Russia's actions in Ukraine\n"
        + "Port director Annelies van Dijk said the backlog would take about ten days to clear.\n"
        + "China refusing to condemn Russia’s actions in Ukraine 02:54\n"
    )
    assert [line for code, line in codes(text, select=["UI107"])] == [1, 2, 3, 4]
    assert [line for code, line in codes(text, select=["UI106"])] == [7, 9]
    # All UI rules on: each of those lines is reported once.
    lines = [line for _, line in codes(text)]
    assert sorted(set(lines)) == lines and {1, 2, 3, 4, 7, 9} <= set(lines)


def test_recurring_line_across_a_corpus():
    linter = Linter(select=["UI108"])
    articles = [(f"a{n}", f"Story {n} has its own first line.\nOur online news publishes local news daily.\n") for n in range(4)]
    articles.append(("alone", "A line nobody else has.\n"))
    found = list(linter.lint_texts(articles))
    assert [(d.path, d.line) for d in found] == [("a0", 2), ("a1", 2), ("a2", 2), ("a3", 2)]
    assert found[0].message == "line recurs in 4 articles of the corpus: site furniture"


def test_lines_around_the_body():
    text = (
        "Home\nNews\nDock workers end strike at Rotterdam terminal\n"
        + BODY
        + "Port director Annelies van Dijk said the backlog of ships would take ten days to clear.\n"
        + "Contact the newsroom\n"
    )
    found = codes(text, select=("UI109",))
    assert found == [("UI109", 1), ("UI109", 2), ("UI109", 7)]


SEED_LIKE_CLEAN = """China will support Russia on security, Xi tells Putin in birthday call

ROTTERDAM, Jan 5 — Dock workers voted to end the strike at 10:42 on Tuesday, the union said, and he urged readers to share the article.
The agreement gives workers a 6.5% pay rise over two years and caps night shifts at three a week, officials said.

Trade ties

Wednesday's call was also a chance for Putin and Xi to check in on a growing trade relationship worth billions.
The survey of 128 companies found that 2 of 5 plan to hire more staff in the coming year, the ministry said.

Birthday greetings

The call was not the first time that Xi and Putin have had engagements on each other's birthdays, officials noted.
By Tuesday the strike was over, and the photo taken by a Reuters photographer showed the empty berths at the port.
"""


def test_headline_subheadings_datelines_and_quoted_words_stay_clean():
    assert codes(SEED_LIKE_CLEAN) == []


def test_catalogue_can_be_extended_and_trimmed():
    text = BODY + "Advertisement\nTip us off\n"
    linter = Linter(select=["UI101"], rules={"UI101": {"extra": ["Tip us off"], "ignore": ["advertisement"]}})
    assert [d.line for d in linter.lint_text(text)] == [4]


def test_normalisation_and_glue_matching():
    assert normalise("  Share  THIS article » ") == "share this article"
    catalogue = Catalogue([Entry("sharing", "en", "Email"), Entry("sharing", "en", "Print")])
    assert [entry.text for entry in catalogue.glued("EmailPrint")] == ["Email", "Print"]
    assert catalogue.glued("Emailing") is None
    assert shipped().match("COMMENTS ARE CLOSED!").kind == "comments"


def test_another_storys_headline_outside_the_body():
    text = (
        "Dock workers end strike at Rotterdam terminal\n"
        + BODY
        + "Port director Annelies van Dijk said the backlog of ships would take ten days to clear.\n"
        + "Alaska doctor sentenced over opioid overdoses in Anchorage\n"
        + "Dock workers return to the terminal on Wednesday morning\n"
    )
    found = codes(text, select=("UI109",))
    # The article's own headline and a line about the strike share words with the body.
    assert found == [("UI109", 5)]


# -- layout, script and generalisation (issue 10) ---------------------------


def layouts(lines):
    """The same blocks one a line, and with a blank line between them, and
    how to map a line number of the second back to the first."""
    return [("\n".join(lines) + "\n", 1), ("\n\n".join(lines) + "\n", 2)]


def block_codes(lines, select=("UI",)):
    """(code, block number) for each layout; the layouts must agree."""
    results = []
    for text, step in layouts(lines):
        results.append(sorted((code, (line - 1) // step + 1) for code, line in codes(text, select)))
    return results


PAGE = [
    "Home", "World", "Business", "Sport",
    "Dock workers end strike at Rotterdam terminal",
    "Dock workers at Europe's largest container port voted on Tuesday to end a two-week strike.",
    "The agreement gives workers a 6.5% pay rise over two years and caps their night shifts.",
    "Port director Annelies van Dijk said the backlog of ships would take ten days to clear.",
    "Alaska doctor sentenced over opioid overdoses in Anchorage",
    "Contact the newsroom",
]


def test_a_blank_line_between_blocks_gives_the_same_findings():
    one_a_line, blank_between = block_codes(PAGE)
    assert one_a_line == blank_between
    assert {block for _, block in one_a_line} == {1, 2, 3, 4, 9, 10}


CLEAN_BLOCKS = [
    "Dock workers end strike at Rotterdam terminal",
    "Dock workers end strike at Rotterdam terminal",
    "ROTTERDAM, Jan 5 — Dock workers at Europe's largest container port voted on Tuesday to end a two-week strike.",
    "The agreement gives workers a 6.5% pay rise over two years and caps their night shifts, the union said.",
    "What the deal means",
    "Port director Annelies van Dijk said the backlog of ships at the terminal would take ten days to clear.",
    "The union listed what the workers won in the deal:",
    "- a 6.5% pay rise",
    "- three night shifts a week at most",
    "- a review in 2027",
    "He clicked 'Share this article' under the port's statement and sent it to the strike committee at once.",
    "Container traffic at the terminal, in thousands of boxes, fell sharply during the strike weeks this year.",
    "Week 1 | 310",
    "Week 2 | 120",
    "Officials said the port would publish the full figures for the strike weeks on its website next month.",
]


def test_headline_repeated_subheading_lists_tables_and_quoted_words_stay_clean():
    one_a_line, blank_between = block_codes(CLEAN_BLOCKS)
    assert one_a_line == blank_between == []


RECIPE = [
    "Grandmother's apple cake, the way the village still bakes it on feast days",
    "This cake is baked in every kitchen of the village on feast days, and the recipe has not changed in decades.",
    "The apples should be tart, and the butter cold, or the crumb will not hold together when it is sliced.",
    "You will need:",
    "200g flour",
    "3 apples",
    "2 eggs",
    "Butter",
    "Bake it for forty minutes in a hot oven, then leave it to cool on the sill before anyone cuts a slice.",
]

CHANGELOG = [
    "Release notes for version 2.4 of the port authority's public tracking app, published this week",
    "The port authority released version 2.4 of its tracking app on Monday, with changes asked for by the carriers.",
    "The new version shows the berth of every container ship and warns carriers when a strike is announced.",
    "Fixed login on tablets",
    "Faster berth map",
    "New strike alerts",
    "The authority said the next version would add the inland terminals and the barge schedules in the spring.",
]

CODE = [
    "How the port's open data can be read from a short Python script, step by step for beginners",
    "The port publishes its berth schedule as open data, and a few lines of Python are enough to read it.",
    "import json",
    "data = json.load(handle)",
    "print(data['berths'])",
    "The script prints the berths in the order the port lists them, with the ships expected at each one.",
]


@pytest.mark.parametrize("blocks", [RECIPE, CHANGELOG, CODE], ids=["ingredients", "changelog", "code"])
def test_lists_and_code_inside_the_body_stay_clean(blocks):
    one_a_line, blank_between = block_codes(blocks)
    assert one_a_line == blank_between == []


CJK_ARTICLE = [
    "鹿特丹港工人结束罢工",
    "欧洲最大集装箱港口的码头工人周二投票结束了为期两周的罢工。",
    "根据协议，工人在两年内加薪百分之六点五，夜班次数也受到限制。",
    "工会说：「这是我们多年来最好的结果。」",
    "港口负责人表示，积压的船只需要大约十天才能清理完毕。",
    "ロッテルダム港のストライキが終結",
    "欧州最大のコンテナ港の港湾労働者は火曜日、二週間にわたるストライキを終えることを投票で決めた。",
    "合意により、労働者の賃金は二年間で六・五パーセント引き上げられ、夜勤の回数も制限される。",
    "港の責任者は、滞留している船の処理には約十日かかると述べた。",
]

ARABIC_ARTICLE = [
    "عمال ميناء روتردام ينهون إضرابهم",
    "صوّت عمال الرصيف في أكبر ميناء للحاويات في أوروبا يوم الثلاثاء على إنهاء إضراب استمر أسبوعين.",
    "ويمنح الاتفاق العمال زيادة في الأجور بنسبة ستة ونصف في المئة على مدى عامين ويحد من نوباتهم الليلية.",
    "وقال مدير الميناء إن تراكم السفن سيستغرق نحو عشرة أيام حتى يتم تصريفه بالكامل؟",
]


@pytest.mark.parametrize("blocks", [CJK_ARTICLE, ARABIC_ARTICLE], ids=["cjk", "arabic"])
def test_cjk_and_arabic_prose_stays_clean(blocks):
    one_a_line, blank_between = block_codes(blocks)
    assert one_a_line == blank_between == []


def test_cjk_furniture_around_the_body_is_found():
    blocks = ["首页", "国际", "财经", "体育"] + CJK_ARTICLE[:5] + ["分享到微博", "返回顶部"]
    one_a_line, blank_between = block_codes(blocks)
    assert one_a_line == blank_between
    assert {block for _, block in one_a_line} == {1, 2, 3, 4, 10, 11}


@pytest.mark.parametrize(
    "line",
    [
        "Print this page", "Email the story", "Save this video", "Share this gallery on Pinterest",
        "Follow us on Twitter", "Like us on Facebook", "Follow us on Instagram and YouTube",
        "Media playback is unsupported on your device", "Photo: Reuters", "Image: AFP/Getty Images",
        "Powered by ZergNet", "Enviá tu comentario", "CNN International TV | CNN US TV | Work for us",
        "Síguenos en Twitter", "Suivez-nous sur Facebook", "Folgen Sie uns auf Instagram",
        "Siga-nos no Facebook", "Подписывайтесь на нас в Telegram", "关注我们的微博",
        "記事をシェアする", "기사 공유하기", "تابعونا على تويتر",
    ],
)
def test_templates_with_slots_match_whole_lines(line):
    assert ("UI101", 3) in codes(BODY + line + "\n" + AFTER)


@pytest.mark.parametrize(
    "line, column",
    [
        ("The port will reopen next year. Back to top", 33),
        ("The port will reopen next year. Follow us on Facebook", 33),
        ("港口明年将重新开放。返回顶部", 11),
    ],
)
def test_templates_match_the_tail_after_the_last_sentence(line, column):
    found = [(d.code, d.line, d.col) for d in Linter(select=["UI101"]).lint_text(BODY + line + "\n")]
    assert found == [("UI101", 3, column)]


@pytest.mark.parametrize(
    "line",
    [
        "Readers can share this article with friends, the editor wrote in a note to subscribers.",
        "He told reporters to follow us on Twitter if they wanted the results first, and laughed.",
        "The port will reopen next year. Home",
        "9/11 changed the way the port screens containers, officials said.",
    ],
)
def test_template_words_inside_prose_stay_clean(line):
    assert codes(BODY + line + "\n" + AFTER) == []


def test_byline_with_a_date_and_gallery_counter():
    found = codes(BODY + "By Sarah Lind on Dec 26, 2024 2:15pm\n13/50 Dock workers leave the terminal\n" + AFTER)
    assert ("UI104", 3) in found and ("UI103", 4) in found


def test_repeated_line_names_the_first_copy_and_a_count():
    text = BODY + "Share this article\n" * 5
    messages = [d.message for d in Linter(select=["UI106"]).lint_text(text)]
    assert messages[0] == "line said 5 times (first on this line): a caption or label, not prose"
    assert messages[1:] == ["line said 5 times (first on line 3): a caption or label, not prose"] * 4


def test_repeated_line_report_does_not_grow_with_the_square_of_the_copies():
    text = "Share this article\n" * 2000
    found = list(Linter(select=["UI106"], max_findings_per_article=5000).lint_text(text))
    assert len(found) == 2000
    assert max(len(d.message) for d in found) < 100


# -- cost grows linearly with the number of lines (issue 17) -----------------


def _lint_with(code):
    linter = Linter(select=[code])
    return lambda text: list(linter.lint_text(text))


def test_repeated_line_is_linear_in_the_copies():
    assert_linear(lambda n: "Share this article\n" * n, _lint_with("UI106"), n=500)


def test_outside_body_is_linear_in_the_lines():
    # Worst case: every line outside the body and sharing no word with it,
    # so each is looked up against the body's words.
    def build(n):
        teasers = "".join(f"Alaska doctor number{index} sentenced over opioid case\n" for index in range(n))
        return BODY + AFTER + BODY.replace("Tuesday", "Monday") + teasers

    assert_linear(build, _lint_with("UI109"), n=200)


def test_menu_run_is_linear_in_the_lines():
    assert_linear(lambda n: "Home\n" * n + BODY + AFTER, _lint_with("UI107"), n=500)


def test_a_furniture_line_is_reported_once_whatever_else_it_holds():
    # A Korean comments notice with a doubled full stop in an English article:
    # the line is furniture, so its language (ML103) and its doubled mark
    # (TX108) are not reported besides.
    text = (
        "Leaders meet in Moscow\n\n"
        "The two leaders spoke by telephone on Thursday and agreed to meet again in the spring, officials said.\n\n"
        "The Kremlin said relations between the two countries were at an all-time high after years of work.\n\n"
        "댓글이 닫혀 있습니다..\n"
    )
    found = [(d.line, d.code) for d in Linter().lint_text(text)]
    assert found == [(7, "UI101")]


def test_a_furniture_verdict_does_not_hide_mojibake_on_the_line():
    # Broken decoding tells of the scrape, not of the line: whether or not the
    # line is furniture, TX104 stays beside the furniture finding.
    text = (
        "Leaders meet in Moscow\n\n"
        "The two leaders spoke by telephone on Thursday and agreed to meet again in the spring, officials said.\n\n"
        "The Kremlin said relations between the two countries were at an all-time high after years of work.\n\n"
        "Related stories\n\n"
        "Minister resigns over budget row\n\n"
        "Café owners protest at rates rise\n"
    )
    text = text.replace("Café owners protest at rates rise", "CafÃ© owners protest at rates rise")
    found = [(d.line, d.code) for d in Linter().lint_text(text)]
    assert (11, "TX104") in found
    assert any(line == 11 and code.startswith("UI") for line, code in found)


def test_a_furniture_line_judged_by_two_rules_is_reported_by_the_first():
    text = BODY + "Share this article\n"
    found = [d.code for d in Linter(select=["UI"]).lint_text(text) if d.line == 3]
    assert found == ["UI101"]


# Damaged examples written after the tuning, phrased unlike anything tuned
# on: each furniture line must be found in both layouts, and the article's
# own lines left alone.
BRIDGE = [
    "The regional council approved a plan on Monday to rebuild the flooded bridge over the Ardle river by next spring.",
    "Engineers said the old stone arches had been weakened by three winters of heavy ice and could not be repaired.",
    "Residents of Kirkmichael have driven a forty-minute detour since the bridge was closed in January, the council said.",
    "The contract, worth about four million pounds, is expected to go to a firm from Perth after a final vote in May.",
]


@pytest.mark.parametrize(
    "blocks, furniture",
    [
        (BRIDGE[:2] + ["SIGN UP FOR OUR MORNING BRIEFING"] + BRIDGE[2:], "SIGN UP FOR OUR MORNING BRIEFING"),
        ([BRIDGE[0], "Video unavailable"] + BRIDGE[1:], "Video unavailable"),
        (["Council backs new bridge over the Ardle", "4 min read"] + BRIDGE, "4 min read"),
        (BRIDGE[:2] + ["Last modified on Tue 4 Mar 2025 09.12 GMT"] + BRIDGE[2:], "Last modified on Tue 4 Mar 2025 09.12 GMT"),
        ([BRIDGE[0], "Image: Jane Doe/Perthshire Gazette"] + BRIDGE[1:], "Image: Jane Doe/Perthshire Gazette"),
        (["News > Scotland > Perthshire", "Council backs new bridge over the Ardle"] + BRIDGE, "News > Scotland > Perthshire"),
        (BRIDGE + ["Terms of use | Privacy notice | Contact us"], "Terms of use | Privacy notice | Contact us"),
        (BRIDGE + ["More from Perthshire", "Hospital car park fees to rise", "Schools close early for snow"], "Hospital car park fees to rise"),
    ],
    ids=["newsletter-in-capitals", "player-notice", "reading-time", "dotted-clock", "credit-with-agency-slash",
         "breadcrumbs", "footer-links", "list-of-other-stories"],
)
@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["lines", "blank"])
def test_unseen_damaged_examples_are_found_in_both_layouts(blocks, furniture, separator):
    text = separator.join(blocks) + "\n"
    lines = text.split("\n")
    flagged = {lines[d.line - 1] for d in Linter(select=["UI"]).lint_text(text)}
    assert furniture in flagged
    assert not flagged & set(BRIDGE) - {furniture}


@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["lines", "blank"])
@pytest.mark.parametrize("tail", ["Continue reading below", "Share on WhatsApp"])
def test_unseen_tails_after_the_last_sentence_are_found(tail, separator):
    text = separator.join(BRIDGE[:2] + [BRIDGE[2] + " " + tail] + BRIDGE[3:]) + "\n"
    findings = [d for d in Linter(select=["UI"]).lint_text(text) if d.code == "UI101"]
    assert len(findings) == 1 and text.split("\n")[findings[0].line - 1].endswith(tail)
    assert findings[0].col == len(BRIDGE[2]) + 2


FIXTURES_TABLE = [
    "Cup draw pairs the two Perth sides for the first time in forty years",
    "The draw for the fifth round was made at Hampden on Sunday, and both Perth sides were drawn at home.",
    "St Johnstone's manager said his players would relish a tie against their neighbours in front of a full stand.",
    "Jeanfield Swifts, the last junior club left in the cup, will move their tie to the bigger ground across the river.",
    "St Johnstone v Jeanfield Swifts",
    "Dundee v Arbroath",
    "Hearts v Stranraer",
]

QUOTED_NOTICES = [
    "Readers who clicked on the clip were told the video was unavailable in their country, the broadcaster said.",
    "The paper asked readers to sign up for our morning briefing, a line its own editors later called clumsy.",
    "The review took 4 min to read aloud, and the committee voted on it after a short debate in the chamber.",
]


@pytest.mark.parametrize("blocks", [FIXTURES_TABLE, QUOTED_NOTICES], ids=["table-after-the-body", "notices-in-sentences"])
def test_a_table_after_the_body_and_notices_inside_sentences_stay_clean(blocks):
    one_a_line, blank_between = block_codes(blocks)
    assert one_a_line == blank_between == []


# -- lines that close, head or structure an article (issue 10, second round) --

RESULTS = [
    "Perth 3-1 Arbroath",
    "Perth eased into the quarter-finals of the cup with a comfortable win over Arbroath on a cold night at the ground.",
    "Two goals in the first half from the young striker settled the tie before the visitors had found their feet at all.",
    "Arbroath pulled one back after the break, but a late header from the captain sealed the win for the home side.",
    "Hardie, Millar, Kerr (Duff 70), Ross, Young, Boyd, Grant, McLean, Shaw, Baird, Lyle.",
    "Stewart, Gray.",
    "4,210",
]


@pytest.mark.parametrize("closing", ["D Robertson", "Alan Muir (Fife)", "The squad travels to Inverness for the next round on Saturday"])
def test_a_closing_name_or_unfinished_last_paragraph_stays_clean(closing):
    one_a_line, blank_between = block_codes(RESULTS + [closing], select=("UI109",))
    assert one_a_line == blank_between == []


@pytest.mark.parametrize("closing", ["Contact the newsroom", "Related stories:"])
def test_a_closing_instruction_or_opening_is_still_furniture(closing):
    one_a_line, blank_between = block_codes(RESULTS + [closing], select=("UI109",))
    assert one_a_line == blank_between == [("UI109", len(RESULTS) + 1)]


def test_a_dateline_between_headline_and_body_stays_clean_and_a_date_elsewhere_does_not():
    blocks = ["Council backs new bridge over the Ardle", "Tuesday, 4 March"] + BRIDGE + ["Monday, 3 March 2025"]
    one_a_line, blank_between = block_codes(blocks, select=("UI102",))
    assert one_a_line == blank_between == [("UI102", len(blocks))]


def test_a_sentence_opening_broken_off_at_a_comma_is_not_a_timestamp():
    blocks = BRIDGE[:2] + ["On Tuesday,", "the council met again and agreed the final design for the new bridge."] + BRIDGE[2:]
    assert block_codes(blocks, select=("UI102",)) == [[], []]


def test_a_time_shared_by_articles_is_not_site_furniture():
    articles = [(f"a{n}", f"Match {n} preview\n2000 GMT\nThe teams meet for the {n}th time this season.\n") for n in range(4)]
    assert list(Linter(select=["UI108"]).lint_texts(articles)) == []


INTERVIEW = [
    "Three bakers of the valley on why they still rise at four",
    "We asked three bakers of the valley why they keep a trade that starts before dawn and pays so little.",
    "Morag Innes",
    "Why do you still bake?",
    "Because the village would have no bread otherwise, and because I could not sleep past four if I tried.",
    "Ewan Stoddart",
    "Why do you still bake?",
    "My father baked in the same oven, and I like the quiet of the street before anyone else is awake.",
    "Aileen Fraser",
    "Why do you still bake?",
    "The people who come in at seven for a warm loaf are the best part of my day, every single day.",
    "All three said they hoped someone younger would take over their ovens when they finally retire.",
]


def test_a_question_put_to_each_guest_is_not_a_repeated_caption():
    assert block_codes(INTERVIEW, select=("UI106",)) == [[], []]


def test_a_repeated_cell_of_a_table_is_not_a_repeated_caption():
    blocks = FIXTURES_TABLE[:4] + [
        "St Johnstone v Jeanfield Swifts", "Dundee v Arbroath", "Winners meet in the final",
        "Hearts v Stranraer", "Elgin v Brora", "Winners meet in the final",
        "Ross County v Peterhead", "Forfar v Montrose", "Winners meet in the final",
    ]
    assert block_codes(blocks, select=("UI106",)) == [[], []]


def test_a_caption_repeated_twice_is_still_reported():
    caption = "Divers inspect the flooded arches of the Ardle bridge"
    blocks = BRIDGE[:2] + [caption] + BRIDGE[2:] + [caption]
    one_a_line, blank_between = block_codes(blocks, select=("UI106",))
    assert one_a_line == blank_between == [("UI106", 3), ("UI106", 6)]


# Ten damaged examples written for this round, furniture phrased unlike the
# catalogue in several languages (three were missed when written: the
# Spanish newsletter, the listening time, the Russian "read also" with a
# headline; templates now cover those kinds), and more written after that
# fix, two of which are still missed (marked xfail).
ROUND_TWO_DAMAGED = {
    "es-newsletter": (BRIDGE[:2] + ["Suscríbete a nuestro boletín diario"] + BRIDGE[2:], "Suscríbete a nuestro boletín diario"),
    "fr-share-tail": (BRIDGE[:3] + [BRIDGE[3] + " Partager sur Facebook"], BRIDGE[3] + " Partager sur Facebook"),
    "de-related": (BRIDGE + ["Das könnte Sie auch interessieren", "Neue Brücke für Perth geplant", "Schulen schließen wegen Schnee"],
                   "Das könnte Sie auch interessieren"),
    "en-listen": (BRIDGE[:2] + ["Listen to this article • 4 minutes"] + BRIDGE[2:], "Listen to this article • 4 minutes"),
    "en-tip-line": (BRIDGE + ["Got a story? Email tips@perthgazette.example"], "Got a story? Email tips@perthgazette.example"),
    "pt-photo": ([BRIDGE[0], "Foto: Divulgação/Prefeitura"] + BRIDGE[1:], "Foto: Divulgação/Prefeitura"),
    "ru-read-also": (BRIDGE[:2] + ["Читайте также: мост через Ардл закроют на ремонт"] + BRIDGE[2:],
                     "Читайте также: мост через Ардл закроют на ремонт"),
    "zh-editor": (BRIDGE + ["（责任编辑：王小明）"], "（责任编辑：王小明）"),
    "ja-share": (BRIDGE[:2] + ["この記事をシェアする"] + BRIDGE[2:], "この記事をシェアする"),
    "en-gallery-position": (BRIDGE[:2] + ["Photo 3 of 12"] + BRIDGE[2:], "Photo 3 of 12"),
    "de-lesen-sie-auch": (BRIDGE[:2] + ["Lesen Sie auch: Neue Brücke über den Tay eröffnet"] + BRIDGE[2:],
                          "Lesen Sie auch: Neue Brücke über den Tay eröffnet"),
    "en-relative-time-under-headline": (["Council backs new bridge", "Updated 2 hrs ago"] + BRIDGE, "Updated 2 hrs ago"),
    "pt-leia-tambem": (BRIDGE + ["Leia também: Ponte de Perth fecha para obras"], "Leia também: Ponte de Perth fecha para obras"),
    # A known miss until the app prompts' templates took a purpose (trial16).
    "en-app-promotion": (BRIDGE[:2] + ["Download the Gazette app for breaking news alerts"] + BRIDGE[2:],
                         "Download the Gazette app for breaking news alerts"),
    # A known miss until the newsletters' templates took what comes each day (fxui17b).
    "fr-newsletter-in-plain-words": (BRIDGE[:2] + ["Recevez chaque matin l'essentiel de l'actualité"] + BRIDGE[2:],
                                     "Recevez chaque matin l'essentiel de l'actualité"),
}
KNOWN_MISSES: dict = {}


def flagged_lines(blocks, separator):
    text = separator.join(blocks) + "\n"
    lines = text.split("\n")
    return {lines[d.line - 1] for d in Linter(select=["UI"]).lint_text(text)}


@pytest.mark.parametrize("name", list(ROUND_TWO_DAMAGED))
@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["lines", "blank"])
def test_round_two_damaged_examples_are_found_in_both_layouts(name, separator):
    blocks, furniture = ROUND_TWO_DAMAGED[name]
    flagged = flagged_lines(blocks, separator)
    assert furniture in flagged
    assert not flagged & (set(BRIDGE) - {furniture})


@pytest.mark.xfail(strict=True, reason="furniture in plain words between paragraphs: no template, no shape to tell it")
@pytest.mark.parametrize("name", list(KNOWN_MISSES))
def test_known_misses(name):
    blocks, furniture = KNOWN_MISSES[name]
    assert furniture in flagged_lines(blocks, "\n")


ROUND_TWO_CLEAN = {
    "subheading": BRIDGE[:2] + ["What happens next"] + BRIDGE[2:],
    "list-items": BRIDGE[:2] + [
        "The council listed three conditions:", "• a weight limit of 7.5 tonnes", "• a footpath on both sides",
        "• work only between March and October",
    ] + BRIDGE[2:],
    "dateline": ["Council backs new bridge over the Ardle", "PITLOCHRY, March 4 (Gazette) — " + BRIDGE[0]] + BRIDGE[1:],
    "table-rows": BRIDGE[:3] + ["Bids received, in millions of pounds:", "Tayside Civil | 4.1", "Ardle Bridges Ltd | 3.9", "Perth Stone | 4.4"]
    + BRIDGE[3:],
    "code": [
        "How to read the council's open data on bridge closures",
        "The council publishes its closures as open data, and two lines of Python read it, a reader showed.",
        "import csv", "rows = list(csv.DictReader(open('closures.csv')))",
        "The file lists every closure since 2010 with its start date, its end date and the reason the council gave.",
        "Analysts said the data showed closures had doubled in ten years as the old bridges aged in wet winters.",
    ],
    "chinese-prose": [
        "阿德尔河大桥重建计划获批", "地区议会周一批准了一项计划，将在明年春天之前重建被洪水冲毁的阿德尔河大桥。",
        "工程师表示，旧石拱在连续三个冬天的严重结冰后已经受损，无法修复。", "自一月份大桥关闭以来，柯克迈克尔的居民不得不绕行四十分钟。",
        "这份价值约四百万英镑的合同预计将在五月的最终投票后交给一家珀斯公司。",
    ],
    "japanese-prose": [
        "アードル川の橋、再建へ", "地域議会は月曜日、洪水で壊れたアードル川の橋を来春までに再建する計画を承認した。",
        "技術者によると、古い石のアーチは三度の冬の厳しい氷で弱くなり、修理はできないという。",
        "一月に橋が閉鎖されて以来、住民は四十分の回り道を強いられている、と議会は述べた。", "約四百万ポンドの契約は、五月の最終投票の後、パースの会社に渡る見通しだ。",
    ],
    "short-last-paragraph": BRIDGE + ["Work starts in June."],
    "quoted-interface-words": BRIDGE[:2] + [
        "The council's page told residents to \"click here to subscribe\" for updates, which many found odd for a bridge."
    ] + BRIDGE[2:],
    "headline-set-twice": ["Council backs new bridge over the Ardle", "Council backs new bridge over the Ardle"] + BRIDGE,
    "tour-dates-after-the-body": BRIDGE + [
        "June 10 -- Town Hall, Perth", "June 14 -- Birnam Arts, Dunkeld", "June 17 -- Village Hall, Kirkmichael",
        "June 20 -- Victoria Hall, Blairgowrie",
    ],
}


@pytest.mark.parametrize("name", list(ROUND_TWO_CLEAN))
def test_round_two_clean_examples_stay_clean_in_both_layouts(name):
    one_a_line, blank_between = block_codes(ROUND_TWO_CLEAN[name])
    assert one_a_line == blank_between == []


WRAPPED_RELEASE = [
    "The firm said the new bridge would be built from the same grey\n"
    "stone as the old one, quarried in the hills above the village, and that\n"
    "the arches would be wider to let the river carry the spring floods past\n"
    "the piers without the ice building up against them as it did before. The\n"
    "work will be done in two stages so that one lane stays open throughout\n"
    "the summer.",
    "Its director said the firm had rebuilt eleven bridges in the Highlands\n"
    "since it was founded, most of them on roads that the school buses use\n"
    "every day, and that it would hire about thirty people from the valley for\n"
    "the two years that the work is expected to take, with most of them on\n"
    "site.",
]


@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["lines", "blank"])
def test_a_paragraph_wrapped_at_a_fixed_width_is_prose(separator):
    # After paragraphs of one line each, the wrapped ones must not read as
    # lines outside the body.
    text = separator.join(BRIDGE + WRAPPED_RELEASE + ["Contact the newsroom"]) + "\n"
    assert codes(text) == [("UI109", text.count("\n"))]
    document = Document(text)
    found = analysis(document, SHIPPED_OPTIONS)
    # The body runs to the wrapped paragraphs' last line.
    assert found.lines[found.last].text.startswith("the two years")


@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["lines", "blank"])
def test_a_recipes_fractions_are_not_a_gallery_counter(separator):
    blocks = BRIDGE[:2] + ["1/4 cup chopped fresh parsley", "3/4 teaspoon salt", "1/8 teaspoon ground cloves"] + BRIDGE[2:]
    assert not [d for d in Linter(select=["UI103"]).lint_text(separator.join(blocks) + "\n")]
    assert codes("13/50 Rogue trader freed after six years\n", select=("UI103",)) == [("UI103", 1)]


@pytest.mark.parametrize(
    "line",
    ["기사입력 :[ 2018-08-25 15:24 ]", "发布时间：2019-03-04 10:12", "Publicado el 4 de marzo de 2019 a las 10:12",
     "Veröffentlicht am 04.03.2019 um 10:12 Uhr", "Actualizado 4 marzo 2019"],
)
@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["lines", "blank"])
def test_timestamps_labelled_in_other_languages_after_the_body(line, separator):
    text = separator.join(BRIDGE + [line]) + "\n"
    assert [d.code for d in Linter(select=["UI102"]).lint_text(text)] == ["UI102"]


@pytest.mark.parametrize("sentence", ["The final kicked off at 19:45", "Le comité se réunit mardi à 10:12", "La sesión empezó a las 10:12"])
def test_a_time_after_a_preposition_at_the_end_of_a_line_is_not_a_duration(sentence):
    assert codes(sentence + "\n", select=("UI102",)) == []


def test_head_and_body_for_other_rules_use_ui109s_shipped_settings():
    # UI102 and UI106 find the article's head and body with UI109's shipped
    # settings, restated in layout.py: they must not drift from config.yaml.
    import newslint

    shipped = yaml.safe_load((Path(newslint.__file__).parent / "config.yaml").read_text(encoding="utf-8"))
    ui109 = shipped["rules"]["UI109"]
    assert {name: ui109[name] for name in SHIPPED_OPTIONS} == SHIPPED_OPTIONS


# A training plan the article sets out for each of its weeks: the same
# labels under each week, with that week's sessions between them.
TRAINING_PLAN = [
    "This ten-week plan takes a beginner from a brisk walk to running five kilometres without stopping.",
    "Each week has three runs, a rest day between them, and one longer walk at the weekend to build stamina.",
    "Week one",
    "Warm-up walk",
    "Walk briskly for five minutes before each run",
    "Alternate one minute of running with ninety seconds of walking, eight times.",
    "Cool-down stretch",
    "Stretch your calves and hamstrings after each run",
    "Week two",
    "Warm-up walk",
    "Walk briskly for five minutes before each run",
    "Alternate ninety seconds of running with two minutes of walking, six times.",
    "Cool-down stretch",
    "Stretch your calves and hamstrings after each run",
    "Week three",
    "Warm-up walk",
    "Walk briskly for five minutes before each run",
    "Run for three minutes and walk for ninety seconds, five times over.",
    "Cool-down stretch",
    "Stretch your calves and hamstrings after each run",
    "By the end of the plan most beginners run for thirty minutes, the coaches who wrote it say.",
]


def test_a_plan_that_repeats_its_own_labels_under_each_week_stays_clean():
    assert block_codes(TRAINING_PLAN) == [[], []]


def test_a_shops_block_repeated_under_each_book_is_still_reported():
    books = [
        "The Salt Road, a history of the trade that built three cities",
        "Winter Harbour, a novel set among the fishing families of the north",
        "Four Seasons in the Glen, a walker's guide with thirty maps",
    ]
    shop = ["Find it at a bookseller near you:", "Hollins & Reed", "Pagewright Online"]
    blocks = BRIDGE[:]
    for book in books:
        blocks += [book] + shop
    one_a_line, blank_between = block_codes(blocks, select=("UI106",))
    assert one_a_line == blank_between
    assert {block for _, block in one_a_line} == {6, 7, 8, 10, 11, 12, 14, 15, 16}


def test_a_tables_header_row_repeated_above_each_table_is_not_a_caption():
    header = "| Pos | Player | Minutes | Goals |"
    blocks = BRIDGE[:2] + [
        "Defence", header, "| DF | Ana Ruiz | 90 | 0 |", "| DF | Mia Holt | 90 | 1 |",
        "Attack", header, "| FW | Ola Berg | 78 | 2 |", "| FW | Lea Marr | 12 | 0 |",
    ] + BRIDGE[2:]
    assert block_codes(blocks, select=("UI106",)) == [[], []]


def test_a_headline_written_twice_just_above_the_body_is_not_a_caption():
    headline = "Council approves plan to rebuild the Ardle bridge"
    blocks = ["Home", headline, headline] + BRIDGE
    assert block_codes(blocks, select=("UI106",)) == [[], []]
    # Further down, a second copy is a caption or a teaser said again (the
    # headline itself is the article's, whatever repeats it).
    assert block_codes([headline] + BRIDGE[:3] + [headline] + BRIDGE[3:], select=("UI106",))[0] == [("UI106", 5)]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
@pytest.mark.parametrize("line", ["* * *", "# # #"])
def test_section_breaks_writers_use_stay_clean(line, separator):
    text = separator.join(BRIDGE[:2] + [line] + BRIDGE[2:]) + "\n"
    assert codes(text) == []


STORM_TABLE = [
    "| Year | Storm days | Boats moved |",
    "|---|---|---|",
    "| 2024 | eleven | thirty-four |",
    "| 2025 | nine | none |",
]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_markdown_tables_rows_are_not_a_menu_but_a_menu_framed_by_pipes_is(separator):
    text = separator.join(BRIDGE[:2] + STORM_TABLE + BRIDGE[2:]) + "\n"
    assert codes(text) == []
    menu = "| Home | World | Business | Sport |"
    text = separator.join(BRIDGE[:2] + [menu] + BRIDGE[2:]) + "\n"
    assert codes(text, select=["UI101"]) == [("UI101", 1 + 2 * separator.count("\n"))]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "line",
    [
        "Tap to unmute", "Sign in to save this article", "Log in to continue reading", "Ver comentarios (12)",
        "Previous post: Harbour wall finished", "Trackback URL for this entry:",
        "To read this article in full you must be a registered subscriber.", "Follow Moira Gillan on Twitter",
        "Follow Harbour News on Facebook, Twitter and Instagram.",
    ],
)
def test_templates_of_this_round_find_the_furniture_they_describe(line, separator):
    text = separator.join(BRIDGE[:2] + [line] + BRIDGE[2:]) + "\n"
    assert codes(text, select=["UI101"]) == [("UI101", 1 + 2 * separator.count("\n"))]


def test_the_same_words_inside_a_sentence_stay_clean():
    lines = [
        "Fishermen told the council to follow the harbour master's advice on Twitter and in the local paper before sailing.",
        "Readers who sign in to save articles will find this one in their list, the paper said in a note on Tuesday.",
        "The next post on the harbour wall goes up in spring, when engineers publish their first inspection report.",
    ]
    for separator in ("\n", "\n\n"):
        assert codes(separator.join(BRIDGE[:2] + lines + BRIDGE[2:]) + "\n") == []


def test_a_list_of_other_stories_inside_the_body_is_reported_a_subheading_is_not():
    teasers = ["Ferry timetable changes for the islands", "New owners for the Bervie mill"]
    one_a_line, blank_between = block_codes(BRIDGE[:2] + teasers + BRIDGE[2:], select=("UI109",))
    assert one_a_line == blank_between == [("UI109", 3), ("UI109", 4)]
    # One line alone between paragraphs is a subheading as often as not.
    assert block_codes(BRIDGE[:2] + ["What the council decided"] + BRIDGE[2:], select=("UI109",)) == [[], []]
    # Two lines that speak of what the article speaks of are the article's.
    about = ["Engineers and the flooded arches", "A detour of forty minutes"]
    assert block_codes(BRIDGE[:2] + about + BRIDGE[2:], select=("UI109",)) == [[], []]


def test_a_pages_menu_in_its_header_and_footer_is_still_a_repeated_line():
    # The menu speaks of what the article speaks of (a harbour site), and is
    # said three times, but before the first paragraph and after the last:
    # the page's frame, not a block the article sets out.
    menu = ["Harbour news", "Harbour council", "Harbour weather"]
    blocks = menu + menu + BRIDGE + ["The new harbour wall was finished in October, the harbour council said on Monday."] + menu
    one_a_line, blank_between = block_codes(blocks, select=("UI106",))
    assert one_a_line == blank_between
    assert {block for _, block in one_a_line} == {1, 2, 3, 4, 5, 6, 12, 13, 14}


# -- a row of page metadata holding a timestamp (UI102) ---------------------

METADATA_ROWS = [
    "Updated 5 minutes ago | 3 min read",
    "Published 2 hours ago · 14 comments",
    "Last updated 10:42 GMT | Share this article",
    "12 March 2024 • 4 min read • 31 comments",
]


@pytest.mark.parametrize("row", METADATA_ROWS)
def test_a_row_of_page_metadata_between_paragraphs_is_flagged_in_both_layouts(row):
    blocks = ["Council backs new bridge over the Ardle"] + BRIDGE[:2] + [row] + BRIDGE[2:]
    for found in block_codes(blocks, select=("UI102",)):
        assert found == [("UI102", 4)]


@pytest.mark.parametrize(
    "line",
    [
        "The vote is on 12 March | the council has not said where",  # a part is prose
        "Updated 5 minutes ago | Politics",  # a section name is not the catalogue's
        "Kick-off 19:45 - Hereford v Doncaster",  # a fixture, not page metadata
        "Monday | Tuesday | Wednesday",  # day names alone are headings as often
    ],
)
def test_separated_lines_with_a_date_but_other_words_stay_clean(line):
    blocks = ["Council backs new bridge over the Ardle"] + BRIDGE[:2] + [line] + BRIDGE[2:]
    for found in block_codes(blocks, select=("UI102",)):
        assert found == []


def test_the_articles_own_dated_metadata_under_the_headline_stays_a_dateline():
    blocks = ["Council backs new bridge over the Ardle", "12 March 2024 | 4 min read"] + BRIDGE
    for found in block_codes(blocks, select=("UI102",)):
        assert found == []
