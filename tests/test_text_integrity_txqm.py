"""TX rules on damage phrased differently and on clean text in other
languages (helper txqm): doubled CJK and Arabic punctuation (TX108), a
sentence glued after a number (TX109), sentences said again back to back
(TX110, TX111).  Every article is written for the project; each is tried in
both layouts (a blank line between paragraphs, and none)."""
import pytest

from newslint import Linter

LINTERS = {}


def found(codes, text):
    key = tuple(codes)
    if key not in LINTERS:
        LINTERS[key] = Linter(select=list(codes))
    return [(d.code, d.line, d.col) for d in LINTERS[key].lint_text(text)]


def both_layouts(*paragraphs):
    """The article in both layouts, each with the line of its second
    paragraph (the one the tests damage)."""
    spaced = "\n\n".join(paragraphs) + "\n"
    compact = "\n".join(paragraphs) + "\n"
    return [(spaced, 3), (compact, 2)]


def column_of(line, needle):
    return line.index(needle) + 1


# -- TX108: doubled punctuation in Chinese, Japanese and Arabic --------------


@pytest.mark.parametrize(
    "line, damaged",
    [
        ("三万名选手参加了比赛。。主办方表示明年规模将扩大。", "。。"),
        ("新线路连接机场和市中心，，全长四十公里。", "，，"),
        ("東京では雨が降り、、気温が下がりました。", "、、"),
        ("会议讨论了预算，。随后宣布休会。", "，。"),
        ("توقعت الأرصاد هطول أمطار غزيرة،، وحذرت السائقين.", "،،"),
        ("主办方宣布：：比赛推迟。", "：："),
    ],
)
def test_doubled_cjk_and_arabic_punctuation_is_flagged(line, damaged):
    for text, line_number in both_layouts("标题", line, "比赛顺利结束。"):
        assert found(["TX108"], text) == [("TX108", line_number, column_of(line, damaged))]


@pytest.mark.parametrize(
    "line",
    [
        "“太好了！！”一位市民说。",  # emphasis
        "真的吗？？当然是真的。",  # emphasis
        "他沉默了很久……然后离开了。",  # the Chinese ellipsis
        "他想了想。。。还是走了。",  # three stops: informal ellipsis
        "ويستمر المعرض عشرة أيام؟؟ نعم، عشرة أيام.",  # Arabic emphasis
        "会议于下午三点结束。随后，记者提问。",
        # Informal Japanese trails off with two marks.
        "生活保護貰いながら暮らしたほうがいいと思うんですけどねぇ。。",
        "んー。。サッカー選手ならぜひ！って感じやったけど野球選手はな。。w野球のルール",
        "なんだかぁ、、と思うのはおいらだけですかね。",
        "「頭いたくなってきました、、本当に凹んでます」とコメントした。",
    ],
)
def test_legitimate_cjk_and_arabic_punctuation_stays_clean(line):
    for text, line_number in both_layouts("标题", line, "比赛顺利结束。"):
        assert found(["TX108"], text) == []


# -- TX109: a sentence glued after a number ------------------------------------


@pytest.mark.parametrize(
    "line, glued",
    [
        ("The factory employed 300 people in 2019.The owners blamed energy costs.", "9.T"),
        ("Pass rates rose by 4%.Teachers welcomed the figures.", "%.T"),
        ("Shares closed at 105p.Analysts expect a rebound.", "p.A"),
        ("Police arrested two men (aged 19 and 23).They were later released.", ").T"),
        ("The list had 2.The rest was cut.", "2.T"),
        ("Unemployment fell to 4.1%.Economists had expected 4.3%.", "%.E"),
        ("La economía creció un 2,1 %.Los analistas esperaban menos.", "%.L"),
        ("Officials said the inquiry was over (for now).Its report is due.", ").I"),
    ],
)
def test_sentence_glued_after_a_number_is_flagged(line, glued):
    for text, line_number in both_layouts("Plant closure", line, "Talks are ongoing."):
        assert found(["TX109"], text) == [("TX109", line_number, column_of(line, glued) + len(glued) - 2)]


@pytest.mark.parametrize(
    "line",
    [
        "Growth was 2.5% and the v2.0 update shipped with No.2 of the U.S. series.",
        "See section 3.1 and table 4.2.1 of the report for details.",
        "Prof.Smith and Sra.García met Gen.Ortiz in the capital.",
        "Prices of 1,000 units rose to 2,500 by 5 p.m. on Friday.",
    ],
)
def test_numbers_versions_and_titles_stay_clean(line):
    for text, line_number in both_layouts("Markets today", line, "Trading was thin."):
        assert found(["TX109"], text) == []


def test_a_list_number_at_the_line_start_stays_clean():
    text = "Agenda\n\nThe meeting covers three points.\n1.Introduction\n2.Budget\n3.Staffing\n"
    assert found(["TX109"], text) == []


def test_german_ordinals_stay_clean_but_a_glued_sentence_is_found():
    line = "Der Verein spielt am 3.Oktober in der 2.Bundesliga gegen Köln. Er wurde 2.Die Fans jubelten."
    for text, line_number in both_layouts("Fußball heute", line, "Das Spiel ist ausverkauft und die Stimmung ist gut."):
        assert found(["TX109"], text) == [("TX109", line_number, column_of(line, "2.Die") + 1)]


# -- TX110 and TX111: sentences said again back to back -------------------------


@pytest.mark.parametrize(
    "line, copy",
    [
        # A short sentence three times or more.
        ("Residents were told to stay indoors. Stay safe. Stay safe. Stay safe. Stay safe.", "Stay safe. Stay safe. Stay safe."),
        ("Le candidat a promis des emplois. Des emplois pour tous. Des emplois pour tous. Des emplois pour tous.",
         "Des emplois pour tous. Des emplois pour tous."),
        # A sentence with abbreviations, under TX111's eight words, twice.
        ("Dr. Smith met U.S. officials. Dr. Smith met U.S. officials.", "Dr. Smith met U.S. officials."),
        ("The mayor urged residents to stay home. The mayor urged residents to stay home. Roads were shut.",
         "The mayor urged residents to stay home. Roads"),
        # Chinese, with no space between the sentences.
        ("气象台发布暴雨预警。请注意安全。请注意安全。请注意安全。", "请注意安全。请注意安全。"),
    ],
)
def test_sentence_loops_are_one_tx110_finding(line, copy):
    for text, line_number in both_layouts("Storm warning", line, "The storm passes tonight."):
        assert found(["TX110", "TX111"], text) == [("TX110", line_number, line.rindex(copy) + 1)]


def test_a_long_sentence_said_twice_stays_tx111s():
    sentence = "Dr. Smith met U.S. officials on Jan. 5."
    for text, line_number in both_layouts("Talks", f"{sentence} {sentence}", "No deal was reached."):
        assert found(["TX110", "TX111"], text) == [("TX111", line_number, len(sentence) + 2)]


def test_forty_copies_of_a_sentence_are_one_finding():
    sentence = "The mayor asked residents to stay away from the river banks tonight."
    line = " ".join([sentence] * 40)
    for text, line_number in both_layouts("Flood warning", line, "Levels peak at midnight."):
        findings = found(["TX110", "TX111"], text)
        assert findings == [("TX110", line_number, len(sentence) + 2)]
    message = Linter(select=["TX110"]).lint_text(both_layouts("Flood warning", line, "Levels peak.")[0][0])[0].message
    assert "40 times in a row" in message


def test_forty_copies_of_a_paragraph_are_one_finding():
    paragraph = "The mayor asked residents to stay away from the river banks tonight, as the water is still rising fast."
    for text, line_number in both_layouts("Flood warning", *[paragraph] * 40, "Levels peak at midnight."):
        findings = Linter(select=["TX111"]).lint_text(text)
        assert [(d.code, d.line) for d in findings] == [("TX111", 2 * line_number - 1)]
        assert "40 times in a row" in findings[0].message


def test_a_paragraph_repeated_further_down_is_still_reported_per_copy():
    paragraph = "The mayor asked residents to stay away from the river banks tonight, as the water is still rising fast."
    text = "\n".join(["Flood warning", paragraph, "Crews are on standby.", paragraph, "Schools are shut.", paragraph]) + "\n"
    assert found(["TX111"], text) == [("TX111", 4, 1), ("TX111", 6, 1)]


@pytest.mark.parametrize(
    "line",
    [
        "A screening of Tora! Tora! Tora! opened the festival.",  # a one-word title, three times
        "“Never again. Never again,” the survivor told the crowd.",  # speech said twice
        "Marchers sang “We shall overcome. We shall overcome.” outside parliament.",  # a chant
        "Officials had one message: stay at home. Roads were blocked. Again, stay at home.",
        "Thank you. Thank you, everyone, she said.",
        "The crew counted down: ten, nine, eight, seven, six, five, four, three, two, one.",
    ],
)
def test_clean_repetition_stays_clean(line):
    for text, line_number in both_layouts("Festival opens", line, "Tickets are free."):
        assert found(["TX110", "TX111"], text) == []


# -- TX107: joiners beside Latin, Cyrillic and Greek letters ------------------------


@pytest.mark.parametrize(
    "line, joiner",
    [
        ("The gallery \u200dreopened its doors.", "\u200d"),
        ("Die Regierung trat\u200c zurück.", "\u200c"),
        ("Правительство\u200c ушло в отставку.", "\u200c"),
    ],
)
def test_a_joiner_beside_a_cased_letter_is_flagged(line, joiner):
    for text, line_number in both_layouts("Culture", line, "Entry is free."):
        assert found(["TX107"], text) == [("TX107", line_number, line.index(joiner) + 1)]


@pytest.mark.parametrize(
    "line",
    [
        "The family emoji 👨\u200d👩\u200d👧 and the flame heart ❤\ufe0f\u200d🔥 were shared widely.",
        "The Persian word می\u200cخواهم means I want.",
        "The Hindi conjunct क्\u200dष is written with a joiner.",
    ],
)
def test_joiners_that_spell_stay_clean(line):
    for text, _ in both_layouts("Culture", line, "Entry is free."):
        assert found(["TX107"], text) == []


def test_a_short_paragraph_repeated_in_other_quotation_marks_is_tx111s():
    """UI106 compares short lines with their quotation marks; a summary in
    straight quotes and the body in curly ones is a duplicate it cannot see."""
    first = "“We will not raise taxes on working families this year,” the chancellor told MPs."
    second = "\"We will not raise taxes on working families this year,\" the chancellor told MPs."
    for text, line_number in both_layouts("Budget", first, "Labour attacked the plan.", second):
        assert found(["TX111", "UI106"], text) == [("TX111", 7 if line_number == 3 else 4, 1)]


def test_a_short_line_said_twice_alike_stays_ui106s():
    line = "We will not raise taxes on working families this year, the chancellor told MPs."
    for text, _ in both_layouts("Budget", line, "Labour attacked the plan.", line):
        assert [code for code, _, _ in found(["TX111", "UI106"], text)] == ["UI106", "UI106"]


# -- TX101: a capitalised function word doubled is no name ----------------------------


@pytest.mark.parametrize(
    "line, pair",
    [
        ("The The minister resigned on Monday.", "The The"),
        ("In In the capital, crowds gathered.", "In In"),
        ("Der Der Minister trat zurück.", "Der Der"),
        ("Les Les syndicats ont appelé à la grève.", "Les Les"),
    ],
)
def test_a_capitalised_function_word_doubled_is_flagged(line, pair):
    for text, line_number in both_layouts("Politics", line, "The end of the story."):
        assert found(["TX101"], text) == [("TX101", line_number, line.index(pair) + 1)]


def test_doubled_names_stay_clean():
    line = "Sirhan Sirhan, Duran Duran and the cast of La La Land met in Walla Walla; Die Die My Darling was shown."
    for text, _ in both_layouts("Travel", line, "The end of the story."):
        assert found(["TX101"], text) == []


# -- cost on hostile lines -------------------------------------------------------------


def _line_rule(code):
    """A line rule's own check on every line of a fresh document, without the
    engine (whose cost per finding is not the rule's)."""
    from newslint import Document
    from newslint.config import load_config
    from newslint.plugins import load_registry

    rule = load_registry().rules[code]()
    options = load_config(isolated=True).rules.get(code, {})  # TX108 and TX109 have no options

    def run(text):
        document = Document(text)
        return [finding for line in document.lines for finding in rule.check_line(line, document, options)]

    return run


@pytest.mark.parametrize(
    "code, build",
    [
        # Each doubled mark once asked for the rest of its line and the line
        # before it: quadratic.
        ("TX108", lambda n: "a。。" * n + "\n"),
        ("TX108", lambda n: "「" + "比赛，，" * n + "\n"),
        # Every group of a long number was a start.
        ("TX109", lambda n: "1" + ",000" * n + ".The end\n"),
        ("TX109", lambda n: "in 2019.The " * n + "\n"),
    ],
)
def test_new_punctuation_checks_are_linear(code, build):
    from growth import assert_linear

    assert_linear(build, _line_rule(code), n=400)
