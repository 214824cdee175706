"""Trial 10's TX items and review 9's, on text written for these tests: TX102
on a long run of Cyrillic letters stays linear; TX112 leaves whole names
("near Essen", "Dan and Marg") and Chinese photo credits at an article's end;
TX110 finds a function word said three times inside a quotation, a short
phrase said twice back to back, and Japanese said twice without spaces;
and the clean text around each."""
from __future__ import annotations

import pytest
from growth import assert_linear

from newslint import Linter
from newslint.rules.text_integrity.glued_words import RUSSIAN_MAX_PART_LETTERS, _split_russian
from lint_support import flagged_codes, flagged_spans, in_both_layouts

# The shared helpers (lint_support) under the names these tests use.
layouts = in_both_layouts
found = flagged_spans
codes = flagged_codes


# -- TX102: Russian glued words, no seam search on a long run -------------------------


def test_russian_split_still_finds_two_common_words():
    assert _split_russian("десятьлет", 1.5) == "десять лет"
    assert codes("Новости\n\nСтроительство заняло десятьлет, сообщили в мэрии.\n", ("TX102",)) == ["TX102"]


def test_russian_part_cap_holds_the_longest_common_word():
    # The cap must not drop a split: no word as common as a part must be is longer.
    import wordfreq

    from newslint.rules.text_integrity.glued_words import RUSSIAN_MIN_PART_ZIPF, RUSSIAN_WORD

    table = wordfreq.get_frequency_dict("ru", wordlist="small")
    longest = max(
        len(word)
        for word, frequency in table.items()
        if RUSSIAN_WORD.match(word) and wordfreq.zipf_frequency(word, "ru") >= RUSSIAN_MIN_PART_ZIPF
    )
    assert longest <= RUSSIAN_MAX_PART_LETTERS


def test_russian_split_is_linear_in_a_run_of_cyrillic_letters():
    # On main: a 100 KB run took over 100 s, every seam reading the word list.
    alphabet = "абвгдежзийклмнопрстуфхцчшщ"
    assert_linear(lambda n: alphabet * n, lambda word: _split_russian(word, 1.5), n=20)
    linter = Linter(select=["TX102"])
    assert_linear(lambda n: "Новости\n\n" + alphabet * n + "\n", linter.lint_text, n=20)


# -- TX112: whole names and photo credits at the end ---------------------------------

NAME_ENDINGS = [
    ("Plant closures", "The company said it would close two plants in the region next year.",
     "Production of the older models will move to a new site near Essen"),
    ("Golden wedding", "The couple met at a dance in 1974 and married a year later.",
     "They thanked everyone who came to the village hall to celebrate with Dan and Marg"),
    # The article writes the name's possessive, not a longer name.
    ("Coach search", "The club's board met on Monday to discuss Hallworth's contract and the vacancy.",
     "Another former player has been linked to the vacant post alongside Hallworth"),
    ("新馆开放", "记者从市文旅局获悉，今年以来全市博物馆接待观众同比增长百分之十二。",
     "图为11月30日，市民在博物馆新馆排队等候入场。新华社记者张三摄"),
    ("新馆开放", "记者从市文旅局获悉，今年以来全市博物馆接待观众同比增长百分之十二。",
     "图为11月30日，市民在博物馆新馆排队等候入场。摄影记者张三"),
]


@pytest.mark.parametrize("blocks", NAME_ENDINGS)
def test_tx112_leaves_names_and_photo_credits(blocks):
    for text in layouts(*blocks):
        assert codes(text, ("TX112",)) == [], text


CUT_ENDINGS = [
    # A name the article writes whole earlier, cut at the end.
    (("Stok beras aman", "Bulog memastikan stok beras nasional aman hingga akhir tahun ini.",
      "Hal itu disampaikan dalam konferensi pers oleh direktur utama Bul"), "Bul"),
    (("Ferry timetable changes", "Ferries between the islands will run less often from next month, the operator said.",
      "Passengers were advised to book seats on the early sailing from Aberd"), "Aberd"),
    # Chinese prose cut after a sentence that only mentions a reporter.
    (("新馆开放", "记者从市文旅局获悉，今年以来全市博物馆接待观众同比增长百分之十二。",
      "文旅局表示，明年将新增三座博物馆。记者了解到该项目将于明年"), "年"),
]


@pytest.mark.parametrize("blocks,flagged", CUT_ENDINGS)
def test_tx112_still_reports_a_cut_ending(blocks, flagged):
    for text in layouts(*blocks):
        assert found(text, ("TX112",)) == [("TX112", flagged)], text


# -- TX110: loops inside quotations and short phrases said twice ----------------------

HEADLINE = "Council confirms bin collection changes"
LEAD = "Residents will move to fortnightly collections from April, the council said."


def test_tx110_reports_a_function_word_three_times_in_a_quotation():
    for text in layouts(HEADLINE, LEAD, 'The councillor said it was "the right call for the the the budget".'):
        assert found(text, ("TX110",)) == [("TX110", "the the")], text


@pytest.mark.parametrize(
    "line",
    [
        '"Education, education, education," the minister said at the conference.',
        'The crowd chanted "go, go, go" as the runners reached the final bend.',
        '"And, and, and I never thought we would win," the captain said afterwards.',
        '"Non, non, non," the mayor replied when asked whether he would resign.',
    ],
)
def test_tx110_leaves_words_said_three_times_in_speech(line):
    for text in layouts(HEADLINE, LEAD, line):
        assert codes(text, ("TX110",)) == [], text


PHRASES_TWICE = [
    ("Sänkningen gäller från 1 juli och juli och beräknas kosta staten pengar.", "juli och"),
    ("Fares will rise in March, costing 4 billion pounds costing 4 billion pounds, the government said.",
     "costing 4 billion pounds"),
    ("The increase will cost commuters hundreds of pounds a year a year, unions said.", "a year"),
    ("The striker made his return to the to the starting line-up on Saturday.", "to the"),
]


@pytest.mark.parametrize("line,phrase", PHRASES_TWICE)
def test_tx110_reports_a_short_phrase_said_twice_back_to_back(line, phrase):
    for text in layouts(HEADLINE, LEAD, line):
        findings = found(text, ("TX110",))
        assert len(findings) == 1 and findings[0][0] == "TX110", text
        assert findings[0][1] == phrase, findings


@pytest.mark.parametrize(
    "line",
    [
        "He guided the club to back to back league titles in his first two seasons.",
        "The argument went on and on and on until the chair closed the meeting.",
        "Soldiers marched left, right, left, right across the parade ground.",
        '"Come on, come on," the coach shouted from the touchline.',
        "The band played New York, New York as the guests arrived.",
        "The clock went tick tock tick tock through the silent night.",
        "The hotel New York New York stands on the Las Vegas Strip.",
        "Prices rose year on year, and the council said costs will rise again.",
    ],
)
def test_tx110_leaves_idioms_speech_and_names_said_twice(line):
    for text in layouts(HEADLINE, LEAD, line):
        assert codes(text, ("TX110",)) == [], text


JAPANESE = ("景気回復の兆し", "政府は今月の月例経済報告で、景気は緩やかに回復しているとの判断を示した。")


@pytest.mark.parametrize(
    "line,unit",
    [
        ("経済界からは一定の評価の声が上がっている上がっている。", "上がっている"),
        ("社長が不満を漏らしていたしていたことが分かった。", "していた"),
    ],
)
def test_tx110_reports_japanese_said_twice_without_spaces(line, unit):
    for text in layouts(*JAPANESE, line):
        assert found(text, ("TX110",)) == [("TX110", unit)], text


@pytest.mark.parametrize(
    "line",
    [
        "会いたくて会いたくて震える曲だと紹介された。",  # a te-form said twice for emphasis
        "老人はゆっくりゆっくり坂を上った。",  # an adverb said twice for emphasis
        "子どもたちはいろいろな遊びを楽しんだ。",  # a word that doubles two kana
        "委员会将认真研究研究这个问题。",  # a Chinese verb reduplicated
        "観客は「ありがとうありがとう」と叫んだ。",  # speech
    ],
)
def test_tx110_leaves_reduplication_and_speech_in_japanese_and_chinese(line):
    for text in layouts(*JAPANESE, line):
        assert codes(text, ("TX110",)) == [], text


# -- TX104: a line of an encoding no repair reverses ----------------------------------


def shift_jis_read_as_cp1252(text: str) -> str:
    return text.encode("shift_jis").decode("cp1252", errors="replace")


def test_tx104_reports_a_shift_jis_line_once_without_a_repair():
    broken = shift_jis_read_as_cp1252("野党は対策が遅すぎると批判した。")
    assert any(mark in broken for mark in "“”‘’„«»")  # the debris holds quotation marks
    text = "\n\n".join(["予算案を閣議決定", "政府は来年度予算案を閣議決定した。", broken, "審議は来月始まる。"]) + "\n"
    found = list(Linter(select=["TX104", "QM"]).lint_text(text))
    assert [(d.line, d.code) for d in found] == [(5, "TX104")]
    assert found[0].fix is None and "no repair can be computed" in found[0].message


@pytest.mark.parametrize(
    "line",
    [
        "Þórður Ágústsson sagði í gær að ríkisstjórnin ætlaði að lækka skatta á næsta ári.",
        "À Évora, a exposição «Óleos e aguarelas» abriu às dez horas.",
        "The café’s “naïve” menu was praised.",
    ],
)
def test_tx104_leaves_accented_prose_alone(line):
    assert codes("Title\n\n" + line + "\n", ("TX104",)) == []
