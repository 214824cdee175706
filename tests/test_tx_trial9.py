"""Trial 9's TX items, on text written for these tests (both layouts: a
blank line between blocks, and none): TX112 on an ending cut mid-word or
a Chinese one with no mark, TX109 on a one-letter word after a full stop,
TX108 on 。。 ending a line, TX101 on CJK words doubled with no space,
TX102/TX109 on Russian glued words and a comma with no space, TX104 on
NFD input, TX111 on a repeated one-sentence paragraph; and the clean text
around each."""
from __future__ import annotations

import unicodedata

import pytest

from newslint import Linter
from lint_support import flagged_codes, flagged_spans, in_both_layouts

# The shared helpers (lint_support) under the names these tests use.
layouts = in_both_layouts
found = flagged_spans
codes = flagged_codes


# -- TX112: an ending cut mid-word, a Chinese ending with no mark ------------------

CUT_MID_WORD = [
    (("Ferry timetable changes", "Ferries between the islands will run less often from next month, the operator said.",
      "Passengers travelling for hospital appointments were advised to book seats on the early sailing from Aberd"), "Aberd"),
    (("Bakery chain grows", "The bakery chain opened its fortieth shop on Saturday morning.",
      "The owners said the next branch would open in a former bank building before the end of the summ"), "summ"),
    (("Rentrée scolaire", "Les écoles de la ville accueilleront mille élèves de plus cette année.",
      "Le maire a annoncé que les travaux du nouveau gymnase commenceraient au mois de septe"), "septe"),
    (("Banjir di pesisir", "Hujan deras sejak pagi membuat ratusan rumah warga di pesisir utara terendam air.",
      "Petugas gabungan masih mengevakuasi warga yang terjebak banjir di kawasan Bandu"), "Bandu"),
]


@pytest.mark.parametrize("blocks,word", CUT_MID_WORD)
def test_tx112_reports_an_ending_cut_mid_word(blocks, word):
    for text in layouts(*blocks):
        assert ("TX112", word) in found(text, ("TX112",)), text


CHINESE_CUT = (
    "图书馆延长开放时间",
    "市图书馆宣布，从下月起周末开放时间延长至晚上十点。",
    "馆方表示，此举是为了方便上班族和学生，同时将增加自习座位和电源插",
)


def test_tx112_reports_chinese_prose_ending_without_a_mark():
    for text in layouts(*CHINESE_CUT):
        assert codes(text, ("TX112",)) == ["TX112"], text


CLEAN_ENDINGS = [
    # A whole word without a mark, a name after a capital, an English brand in
    # another language, an abbreviation, a handle, a credit, a signature.
    ("Storm damage", "The storm damaged roofs across the county on Monday night.",
     "Repairs will take several weeks, according to a statement from Mr Bootle"),
    ("Storm damage", "The storm damaged roofs across the county on Monday night.",
     "Residents who lost power overnight can claim compensation from the network operator"),
    ("Tarifas eléctricas", "Los clientes de la compañía pagarán más a partir de enero.",
     "La subida afectará a quienes tengan contratadas las tarifas Simple y Select"),
    ("Talks resume", "Negotiators met again in Brussels on Tuesday afternoon.",
     "The agreement still has to be approved by the member states of the EU"),
    ("Talks resume", "Negotiators met again in Brussels on Tuesday afternoon.",
     "For updates on the negotiations follow our correspondent on social media @janedoe"),
    ("Talks resume", "Negotiators met again in Brussels on Tuesday afternoon.", "Reporting by Anna Keller in Brussels"),
    ("新馆开放", "市博物馆新馆今天正式对外开放。", "责任编辑：王小明"),
    ("新馆开放", "市博物馆新馆今天正式对外开放，首日接待观众一万人次。", "（记者 李华 报道）"),
]


@pytest.mark.parametrize("blocks", CLEAN_ENDINGS)
def test_tx112_leaves_whole_words_names_and_credits(blocks):
    for text in layouts(*blocks):
        assert codes(text, ("TX112",)) == [], text


# -- TX109: a word of one letter glued after a full stop ---------------------------

ONE_LETTER_GLUED = [
    ("Ferry fares", "Fares will rise again next spring, the operator said.", "Nobody warned us before the deadline.I think that was unfair, one passenger said."),
    ("Tarifas", "El Gobierno aprobó la subida de la luz.", "La medida se anunció la semana pasada.Y luego llegaron las protestas de los consumidores."),
    ("Метро", "Новая станция откроется в декабре.", "Строительство началось в прошлом году.В Москве таких станций пока нет."),
    ("Pensioni", "Il governo ha presentato la riforma delle pensioni.", "La proposta è stata inviata al ministero del Lavoro.E il ministro ha promesso tempi rapidi."),
]


@pytest.mark.parametrize("blocks", ONE_LETTER_GLUED)
def test_tx109_reports_a_one_letter_word_glued_after_a_full_stop(blocks):
    for text in layouts(*blocks):
        assert codes(text, ("TX109",)) == ["TX109"], text


ONE_LETTER_CLEAN = [
    ("Fantasy", "The film adapts a novel by J.R.R. Tolkien and was shot in New Zealand.", "It opens at 5 p.m. A second screening follows."),
    ("Security", "Experts warned that the Sasser.B worm and the MyDoom.A virus were spreading fast.", "Patches are available."),
    ("Tennis", "The No.1 seed won in straight sets at the U.S.A open event.", "Details are at example.com for subscribers."),
]


@pytest.mark.parametrize("blocks", ONE_LETTER_CLEAN)
def test_tx109_leaves_initials_variants_and_domains(blocks):
    for text in layouts(*blocks):
        assert codes(text, ("TX109",)) == [], text


# -- TX108: 。。 closing a one-sentence Chinese paragraph ----------------------------

CHINESE_NEWS = ("城市绿道全线贯通", "全长八十公里的城市绿道昨日正式全线贯通，沿途设有二十个驿站。")
CHINESE_NEWS_END = "市园林局表示，明年将继续增加绿道沿线的休息设施。"


def test_tx108_reports_a_doubled_full_stop_closing_a_one_sentence_paragraph():
    for text in layouts(*CHINESE_NEWS, "绿道建成后将成为市民周末骑行和散步的热门去处。。", CHINESE_NEWS_END):
        assert found(text, ("TX108",)) == [("TX108", "。。")], text


@pytest.mark.parametrize(
    "line",
    [
        "好吧。。",  # short: trails off
        "周末去绿道骑车的人真的太多了吧。。",  # a modal particle of speech before the marks
        "绿道建成后将成为市民周末骑行和散步的热门去处。。。",  # an ellipsis
    ],
)
def test_tx108_leaves_chinese_trailing_off_alone(line):
    for text in layouts(*CHINESE_NEWS, line, CHINESE_NEWS_END):
        assert found(text, ("TX108",)) == [], text


def test_tx108_leaves_a_chatty_chinese_post_whose_paragraphs_all_trail_off():
    post = ("周末骑行记", "今天和朋友一起去新开的绿道骑了一整天车。。", "风景真的很好就是人有点太多了。。", "下次还要早点出门才行。。")
    for text in layouts(*post):
        assert found(text, ("TX108",)) == [], text


# -- TX111: a one-sentence paragraph of eight to fifteen words said twice ------------

def test_tx111_reports_the_second_copy_of_a_short_paragraph_of_prose():
    repeated = "The council says the new bus lanes will cut journey times."
    for text in layouts("Bus lanes approved", "Councillors approved three new bus lanes on Tuesday evening after a long debate.",
                        repeated, "Some shopkeepers fear the changes will keep customers away from the high street.",
                        repeated, "Work on the first lane starts in the spring."):
        second = [number for number, line in enumerate(text.split("\n"), 1) if line == repeated][1]
        assert [(d.code, d.line) for d in Linter(select=["TX111"]).lint_text(text)] == [("TX111", second)], text


@pytest.mark.parametrize(
    "repeated",
    [
        "Watch the moment the new bus lanes were opened by the mayor",  # a caption: no full stop
        "Bus lanes will cut journey times.",  # shorter than eight words
        "Read more about the council's transport plans here:",  # a label
    ],
)
def test_tx111_leaves_captions_labels_and_short_sentences_to_ui106(repeated):
    for text in layouts("Bus lanes approved", "Councillors approved three new bus lanes on Tuesday evening after a long debate.",
                        repeated, "Some shopkeepers fear the changes will keep customers away from the high street.",
                        repeated, "Work on the first lane starts in the spring."):
        assert found(text, ("TX111",)) == [], text


# -- TX104: mojibake in decomposed (NFD) text -------------------------------------

NFD_MOJIBAKE = [
    ("The new cafÃ© on the corner opens next week, the owner said.", "Ã©", "é"),
    ("A informaÃ§Ã£o foi confirmada pela câmara municipal ontem.", "Ã§Ã£", "çã"),
    ("The mayor said it wasnâ€™t the right moment for a new tax.", "â€™", "’"),
    ("Die Züge nach ZÃ¼rich fallen am Wochenende aus.", "Ã¼", "ü"),
]


@pytest.mark.parametrize("line,broken,repaired", NFD_MOJIBAKE)
def test_tx104_finds_mojibake_in_decomposed_text_and_places_it_on_the_text_as_written(line, broken, repaired):
    for text in layouts("Local news", unicodedata.normalize("NFD", line), "More details will follow."):
        assert not unicodedata.is_normalized("NFC", text)
        diagnostics = Linter(select=["TX104"]).lint_text(text)
        assert len(diagnostics) == 1, text
        d = diagnostics[0]
        flagged = text.split("\n")[d.line - 1][d.col - 1 : d.end_col - 1]
        assert unicodedata.normalize("NFC", flagged) == broken
        fixed, _ = Linter(select=["TX104"]).fix_text(text)
        assert unicodedata.normalize("NFC", fixed) == unicodedata.normalize("NFC", text).replace(broken, repaired)


@pytest.mark.parametrize(
    "line",
    [
        "Müller und Gößmann eröffnen ein Café in Zürich; São Paulo und Orléans folgen.",
        "서울시는 다음 달부터 심야 버스 노선을 늘린다고 밝혔다.",  # Hangul decomposes into jamo
        "Tiếng Việt có nhiều dấu thanh chồng lên nhau như ặ, ỗ và ữ.",
    ],
)
def test_tx104_leaves_clean_decomposed_text_alone(line):
    for text in layouts("News", unicodedata.normalize("NFD", line), "More details will follow."):
        assert codes(text) == [], text


# -- TX109: a comma glued to the next word -------------------------------------------

@pytest.mark.parametrize(
    "line,glued",
    [
        ("The council voted against the plan,which angered many residents of the town.", ",w"),
        ("Le ministre a démissionné hier,selon plusieurs sources proches du dossier.", ",s"),
        ("Работы на мосту завершатся в мае,сообщили в мэрии города накануне вечером.", ",с"),
    ],
)
def test_tx109_reports_a_comma_glued_to_the_next_word(line, glued):
    for text in layouts("News", line, "More details will follow later today."):
        assert found(text, ("TX109",)) == [("TX109", glued)], text


@pytest.mark.parametrize(
    "line",
    [
        "The price of wheat rose to 1,000 euros per tonne last year, officials said.",
        "The herbicide 2,4-D was banned in the region after years of debate among farmers.",
        "Stock codes were listed as red,green,blue in the report sent to the regulators.",  # a list without spaces
        "Colours: red,green",  # a short cell, not prose
        "    values = load(path,limit)",  # code
        "Readers can find the full list at example.com/a,b and on the council website.",
    ],
)
def test_tx109_leaves_numbers_lists_and_code_commas_alone(line):
    for text in layouts("News", line, "More details will follow later today."):
        assert codes(text, ("TX109",)) == [], text


# -- TX102: Russian words glued --------------------------------------------------------

RUSSIAN_HEADLINE = "В городе открыли новый парк"
RUSSIAN_CLOSING = "Парк будет открыт для посетителей каждый день с восьми утра."


@pytest.mark.parametrize(
    "line,glued",
    [
        ("Дорога до центра теперь занимает всего двадцатьминут вместо часа.", "двадцатьминут"),
        ("Жители нашегогорода давно просили власти построить здесь парк.", "нашегогорода"),
        ("На открытие пришли болеесотни человек, несмотря на дождь.", "болеесотни"),
    ],
)
def test_tx102_reports_two_common_russian_words_glued(line, glued):
    for text in layouts(RUSSIAN_HEADLINE, line, RUSSIAN_CLOSING):
        assert found(text, ("TX102",)) == [("TX102", glued)], text


def test_tx102_leaves_russian_prefixed_words_compounds_and_names_alone():
    line = (
        "Для пронезависимых депутатов, бездорожных маршрутов и велопарковки для электросамокатов "
        "в двухэтажный павильон Нашгород не привезли, сообщили в медучреждений и госзакупок отделе."
    )
    for text in layouts(RUSSIAN_HEADLINE, line, RUSSIAN_CLOSING):
        assert codes(text, ("TX102",)) == [], text


def test_tx109_leaves_a_comma_glued_where_a_closing_quotation_mark_was_lost_to_qm101():
    line = "“The port is working again tonight,she told reporters after the meeting on Friday."
    for text in layouts("News", line, "More details will follow later today."):
        assert codes(text, ("TX109",)) == [], text
        assert "QM101" in codes(text, ("QM",)), text


# -- TX101: a Japanese word of kanji written twice ------------------------------------

JAPANESE_HEADLINE = "市議会が新年度予算を可決"
JAPANESE_CLOSING = "市長は記者会見で、財源の確保に努めると述べた。"


@pytest.mark.parametrize(
    "line,doubled",
    [
        ("市議会は２０日、総額５００億円の予算予算を賛成多数で可決した。", "予算予算"),
        ("一方、野党側はこの政策政策の見直しを求めている。", "政策政策"),
    ],
)
def test_tx101_reports_a_japanese_kanji_word_written_twice(line, doubled):
    for text in layouts(JAPANESE_HEADLINE, line, JAPANESE_CLOSING):
        assert found(text, ("TX101",)) == [("TX101", doubled)], text


@pytest.mark.parametrize(
    "line",
    [
        "議員たちはいろいろな意見を出し合い、時々激しい議論になった。",  # kana doubles, 々
        "市民一人一人が少しずつ負担することになる。",  # a count, ずつ
        "担当者は東京大学大学院で財政学を学んだという。",  # 大学 + 大学院
        "ネットでは「売名売名ｗ」という書き込みも見られた。",  # quoted speech
        "どんどん増える支出に、議員たちはイライラしていた。",
    ],
)
def test_tx101_leaves_japanese_reduplication_counts_and_quoted_speech_alone(line):
    for text in layouts(JAPANESE_HEADLINE, line, JAPANESE_CLOSING):
        assert codes(text, ("TX101",)) == [], text


@pytest.mark.parametrize(
    "blocks",
    [
        ("学校召开家长会", "老师们建议家长多和孩子讨论讨论学习计划，常常看看孩子的作业。", "家长们表示会认真研究研究。"),
        ("주민 설명회 열려", "주민들은 소곤소곤 이야기를 나누며 설명을 들었다.", "구청은 두고두고 의견을 듣겠다고 밝혔다."),
    ],
)
def test_tx101_leaves_chinese_and_korean_doubles_without_space_alone(blocks):
    for text in layouts(*blocks):
        assert codes(text, ("TX101",)) == [], text


def test_tx112_finds_a_cut_word_past_a_promotion_line_without_a_mark():
    blocks = (
        "Festival kota dibuka",
        "Festival budaya tahunan kota dibuka pada hari Sabtu dan dihadiri ribuan warga dari berbagai daerah.",
        "Panitia menyiapkan lebih dari seratus stan makanan dan kerajinan tangan.",
        "Ikuti kabar terbaru setiap hari, gabung di kanal Telegram kami",
        "Wali kota berharap festival ini dapat menarik lebih banyak wisatawan ke kota.",
        "Acara penutupan akan digelar pada hari Minggu malam di lapangan Meda",
    )
    for text in layouts(*blocks):
        assert ("TX112", "Meda") in found(text, ("TX112",)), text
