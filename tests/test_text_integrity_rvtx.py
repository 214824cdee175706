"""TX rules after the code review of main (helper rvtx): clean text that was
flagged (a song title, a song, a thank-you and a slogan said twice; short
words doubled as names), findings lost between TX110 and TX111 under a
user's settings, and doubled or glued punctuation.  Every article is written
for the project; each is tried in both layouts."""
import pytest

from newslint import Linter

LINTERS = {}


def found(codes, text, **settings):
    key = (tuple(codes), repr(sorted(settings.items())))
    if key not in LINTERS:
        LINTERS[key] = Linter(select=list(codes), **settings)
    return [(d.code, d.line, d.col) for d in LINTERS[key].lint_text(text)]


def both_layouts(*paragraphs):
    """The article in both layouts, each with the line of its second
    paragraph (the one the tests look at)."""
    spaced = "\n\n".join(paragraphs) + "\n"
    compact = "\n".join(paragraphs) + "\n"
    return [(spaced, 3), (compact, 2)]


# -- TX101: short words that are also names, doubled -----------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The giant panda An An, the oldest male in captivity, died in Hong Kong.",
        "Dancers performed Para Para routines at the club in Tokyo.",
        "Delegates at the Con Con voted on Tuesday.",
    ],
)
def test_short_words_doubled_as_names_stay_clean(line):
    for text, _ in both_layouts("Culture", line, "The end of the story."):
        assert found(["TX101"], text) == []


@pytest.mark.parametrize("line, pair", [("The The minister resigned.", "The The"), ("Der Der Minister trat zurück.", "Der Der")])
def test_doubled_articles_are_still_flagged(line, pair):
    for text, line_number in both_layouts("Politics", line, "The end of the story."):
        assert found(["TX101"], text) == [("TX101", line_number, line.index(pair) + 1)]


# -- TX110: short sentences said twice on purpose, and titles ---------------------


@pytest.mark.parametrize(
    "line",
    [
        "Dean Martin recorded the song in 1959. Let It Snow! Let It Snow! Let It Snow! was a hit.",
        "The crowd joined in. Happy birthday to you. Happy birthday to you.",
        "He ended the speech. Thank you very much. Thank you very much.",
        "Protesters marched past parliament. Not in my name. Not in my name.",
        "横幅挂在门口。坚持就是最后的胜利。坚持就是最后的胜利。",
        "Die Menge rief. Wir danken allen Helfern! Wir danken allen Helfern!",
    ],
)
def test_songs_thanks_slogans_and_titles_stay_clean(line):
    for text, _ in both_layouts("Concert", line, "The evening ended at ten."):
        assert found(["TX110", "TX111"], text) == []


@pytest.mark.parametrize(
    "line, copy",
    [
        # Twice, naming someone or holding a number: a report, not a formula.
        ("Dr. Smith met U.S. officials. Dr. Smith met U.S. officials.", "Dr. Smith met U.S. officials."),
        ("The bridge reopened on 4 May. The bridge reopened on 4 May.", "The bridge reopened on 4 May."),
        ("Die Regierung trat zurück. Die Regierung trat zurück.", "Die Regierung trat zurück."),
        # Six words or more, twice.
        ("Do not drive through flood water. Do not drive through flood water.", "Do not drive through flood water."),
        # A formula three times back to back is a loop again.
        ("Protesters marched. Not in my name. Not in my name. Not in my name.", "Not in my name. Not in my name."),
        ("横幅挂在门口。坚持就是最后的胜利。坚持就是最后的胜利。坚持就是最后的胜利。", "坚持就是最后的胜利。坚持就是最后的胜利。"),
        # A title in capitals ending in "!" four times is no title.
        ("Fans shouted. Let It Snow! Let It Snow! Let It Snow! Let It Snow!", "Let It Snow! Let It Snow! Let It Snow!"),
    ],
)
def test_sentence_loops_are_still_found(line, copy):
    for text, line_number in both_layouts("Storm warning", line, "The storm passes tonight."):
        assert found(["TX110", "TX111"], text) == [("TX110", line_number, line.rindex(copy) + 1)]


# -- TX110 and TX111: no run lost or reported twice under a user's settings ---------

TEN_WORDS = "The council will vote on the new budget next week."
LONG = "The mayor asked residents to stay away from the river banks tonight."
SIX_WORDS = "Do not drive through flood water."


def test_a_sentence_said_twice_is_reported_whatever_tx111s_min_words():
    for text, line_number in both_layouts("Budget", f"{TEN_WORDS} {TEN_WORDS}", "Taxes will rise."):
        findings = found(["TX110", "TX111"], text, rules={"TX111": {"min-words": 12}})
        assert findings == [("TX111", line_number, len(TEN_WORDS) + 2)]


@pytest.mark.parametrize("settings", [{"select": ["TX111"]}, {"select": ["TX"], "ignore": ["TX110"]}])
def test_a_loop_is_reported_by_tx111_when_tx110_is_not_active(settings):
    line = " ".join([LONG] * 3)
    for text, line_number in both_layouts("Flood warning", line, "Levels peak at midnight."):
        diagnostics = Linter(**settings).lint_text(text)
        assert [(d.code, d.line, d.col) for d in diagnostics] == [("TX111", line_number, len(LONG) + 2)]
        assert "3 times in a row" in diagnostics[0].message


def test_a_loop_is_reported_once_when_both_rules_run():
    line = " ".join([LONG] * 3)
    for text, line_number in both_layouts("Flood warning", line, "Levels peak at midnight."):
        assert found(["TX110", "TX111"], text) == [("TX110", line_number, len(LONG) + 2)]


def test_a_short_sentence_said_twice_is_not_reported_twice_with_a_lower_min_words():
    for text, line_number in both_layouts("Flood warning", f"{SIX_WORDS} {SIX_WORDS}", "Levels peak at midnight."):
        settings = {"rules": {"TX111": {"min-words": 5}}}
        assert found(["TX110", "TX111"], text, **settings) == [("TX110", line_number, len(SIX_WORDS) + 2)]
        assert found(["TX111"], text, **settings) == [("TX111", line_number, len(SIX_WORDS) + 2)]


# -- TX108: only 。。 and 、、 trail off, after a conversational ending ---------------


@pytest.mark.parametrize(
    "line, damaged",
    [
        ("三万名选手参加了比赛。主办方表示，，", "，，"),  # a doubled comma at the line's end
        ("明年规模将扩大，。", "，。"),  # a comma before a full stop at the line's end
        ("比赛结束了。。（记者 王明）", "。。"),  # before a byline, not an emoticon
        ("会議は終わったか。。次の議題に移る。", "。。"),  # か ends an ordinary sentence
        ("原因はまだ分からないの。。調査が続く。", "。。"),
    ],
)
def test_doubled_full_width_marks_that_do_not_trail_off_are_flagged(line, damaged):
    for text, line_number in both_layouts("标题", line, "比赛顺利结束。"):
        assert found(["TX108"], text) == [("TX108", line_number, line.index(damaged) + 1)]


@pytest.mark.parametrize("line", ["楽しかった。。(笑)", "楽しかった。。(^^)", "そうだね。。また明日。", "本当に疲れたわ、、でも頑張る。"])
def test_informal_trailing_off_stays_clean(line):
    for text, _ in both_layouts("标题", line, "比赛顺利结束。"):
        assert found(["TX108"], text) == []


# -- TX109: ordinals before a month or a league, and inline lists -------------------


@pytest.mark.parametrize(
    "line",
    [
        "Hamburg were relegated to the 2.Bundesliga in 2018.",
        "He was born on 17.Mai 1980 in Oslo.",
        "The plan: 1.Reduce costs 2.Improve service 3.Hire staff.",
    ],
)
def test_ordinals_and_inline_lists_stay_clean(line):
    for text, _ in both_layouts("Sport", line, "The season starts in August."):
        assert found(["TX109"], text) == []


@pytest.mark.parametrize(
    "line, glued",
    [
        ("The club was founded in 1919.The stadium opened later.", "9.T"),
        ("The plan: step 1.Then step 2.Then we rest.", "1.T"),  # no list after the colon
        ("Note: he won 12.May was a quieter month.", "2.M"),  # an English month after a score
    ],
)
def test_glued_sentences_after_numbers_are_still_flagged(line, glued):
    for text, line_number in both_layouts("Sport", line, "The season starts in August."):
        assert found(["TX109"], text)[0] == ("TX109", line_number, line.index(glued) + 2)


def test_a_line_of_inline_list_items_stays_linear():
    from growth import assert_linear
    from test_text_integrity_txqm import _line_rule

    build = lambda n: "The plan:" + "".join(f" {i % 99 + 1}.Item" for i in range(n)) + "\n"  # noqa: E731
    assert_linear(build, _line_rule("TX109"), n=400)
