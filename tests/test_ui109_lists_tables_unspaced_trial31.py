"""UI109 (trial31's false alarms, generalised): the body's end is not found
too early at a list or a table the article sets out, in any script, and a
sentence of a script that writes no spaces and no stop (Thai) is a sentence
when a closing quotation mark or a figure ends it.  Text written for these
tests, in both layouts; the nearest damaged text (a page's list of other
stories, a page's button) is still reported."""
from __future__ import annotations

import pytest

from newslint import Linter
from newslint.document import line_shape
from lint_support import in_both_layouts


def ui_lines(blocks, select=("UI109",)):
    found = []
    for text in in_both_layouts(*blocks):
        lines = text.split("\n")
        found.append(sorted({lines[d.line - 1] for d in Linter(select=list(select)).lint_text(text)}))
    return found


# --- a short lead-in over items that go on as one sentence -----------------

BULGARIAN = (
    "# Общината обновява три детски площадки",
    "Столичната община ще обнови до края на лятото детските площадки в три квартала, съобщиха от районната администрация.",
    "Ремонтът ще бъде финансиран със средства от общинския бюджет и ще започне веднага след изтичането на обществената поръчка.",
    "Кметът на района каза: „Децата заслужават безопасни места за игра близо до дома си.“",
    "Предвижда се:",
    "- подмяна на настилката с ударопоглъщаща;",
    "- нови пейки и осветление;",
    "- засаждане на дървета около площадките.",
)
SPANISH = (
    "El ayuntamiento renovará la biblioteca municipal antes de que termine el año, según informó ayer la concejala de cultura.",
    "La obra costará unos dos millones de euros y obligará a cerrar la sala de lectura durante al menos cuatro meses.",
    "La concejala explicó que los usuarios podrán seguir pidiendo libros prestados en el centro cívico del barrio.",
    "Incluye:",
    "* una nueva sala infantil,",
    "* un espacio de estudio abierto por la noche,",
    "* ascensores en las tres plantas.",
)


@pytest.mark.parametrize("blocks", [BULGARIAN, SPANISH], ids=["bg", "es"])
def test_a_list_that_goes_on_as_one_sentence_under_a_short_lead_in_is_the_articles(blocks):
    assert ui_lines(blocks) == [[], []]


def test_a_list_of_other_stories_under_a_short_label_is_still_reported():
    related = (
        "Още по темата:",
        "- Нов мост ще свърже двата бряга на реката",
        "- Цените на тока остават непроменени до есента",
    )
    for flagged in ui_lines(BULGARIAN[:4] + related, select=("UI",)):
        assert set(related[1:]) <= set(flagged)


# --- a lead-in naming the body's subject, its list, a short last sentence --

PERSIAN = (
    "# جشنواره فیلم کودک در اصفهان آغاز شد",
    "سی‌وپنجمین جشنواره بین‌المللی فیلم کودک و نوجوان امروز با نمایش ده فیلم در سینماهای اصفهان آغاز شد.",
    "در این دوره بیش از صد فیلم از بیست کشور جهان در بخش‌های مختلف رقابت می‌کنند و داوران از پنج کشور هستند.",
    "دبیر جشنواره گفت: «امسال سینمای انیمیشن سهم بیشتری در برنامه‌ها دارد.»",
    "بخش‌های تازه جشنواره:",
    "* سینمای مستند کودک",
    "* فیلم‌های کوتاه دانش‌آموزی",
    "* کارگاه فیلم‌سازی با موبایل",
    "جشنواره تا پنجم آبان ادامه دارد.",
)
ENGLISH = (
    "The city's marathon will return to its old route through the harbour this spring, the organisers said on Monday.",
    "About twelve thousand runners are expected, two thousand more than last year, and the start moves back to the park.",
    "The race director said the change followed complaints from runners about the narrow streets of the old town.",
    "New this year at the marathon:",
    "- a relay for teams of four",
    "- a children's race in the park",
    "- water stations every three kilometres",
    "The marathon starts at nine.",
)


@pytest.mark.parametrize("blocks", [PERSIAN, ENGLISH], ids=["fa", "en"])
def test_a_short_closing_sentence_after_a_list_the_lead_in_names_is_the_articles(blocks):
    assert ui_lines(blocks) == [[], []]


def test_a_labelled_block_of_other_stories_then_a_short_line_is_still_reported():
    related = (
        "Read more:",
        "- Ferry fares to rise in the summer",
        "- New cycle lane opens on the quay",
        "Tickets go on sale at nine.",
    )
    for flagged in ui_lines(ENGLISH[:3] + related, select=("UI",)):
        assert "Read more:" in flagged


# --- a CJK table set out with ideographic spaces ---------------------------

CHINESE_TABLE = (
    "全國高中合唱比賽昨日在臺中落幕",
    "第二十屆全國高中合唱比賽昨日在臺中市中山堂舉行決賽，共有十八支隊伍參加，吸引近千名家長和師生到場觀賞。",
    "評審團表示，今年各隊在選曲上更加大膽，不少學校演唱了本土作曲家的新作品，整體水準明顯提升。",
    "主辦單位指出，明年比賽將增設國中組，並邀請日本和韓國的學校隊伍參加交流演出。",
    "決賽名次：",
    "第一名　臺中女中合唱團",
    "第二名　花蓮高中合唱團",
    "第三名　新竹實驗中學合唱團",
)
JAPANESE_TABLE = (
    "市民マラソン、過去最多の参加者",
    "第十回市民マラソンが日曜日に開かれ、過去最多となる八千人のランナーが市内の河川敷コースを走った。",
    "大会事務局によると、今年は海外からの参加者も増え、二十か国以上から約三百人がエントリーしたという。",
    "来年は制限時間を延長し、初心者でも参加しやすい大会にする方針だ。",
    "男子の結果：",
    "１位　山田太郎（市役所）",
    "２位　佐藤健一（大学）",
    "３位　鈴木一郎（高校）",
)


@pytest.mark.parametrize("blocks", [CHINESE_TABLE, JAPANESE_TABLE], ids=["zh-Hant", "ja"])
def test_a_results_table_set_out_with_ideographic_spaces_is_the_articles(blocks):
    assert ui_lines(blocks) == [[], []]


def test_ideographic_space_inside_prose_makes_no_table_row():
    from newslint.rules.interface_strings.layout import table_rows

    assert table_rows(["第一名　臺中女中合唱團", "第二名　花蓮高中合唱團"]) == [True, True]
    assert table_rows(["　今年各隊在選曲上更加大膽。", "評審團表示，水準明顯提升。"]) == [False, False]


# --- Thai sentences without a stop --------------------------------------------

THAI = (
    "กรุงเทพมหานครเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำเจ้าพระยา",
    "กรุงเทพมหานครเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำเจ้าพระยาอย่างเป็นทางการเมื่อวันเสาร์ที่ผ่านมา มีประชาชนมาร่วมงานหลายพันคน",
    "สวนแห่งนี้มีทางเดินริมน้ำยาวกว่าสองกิโลเมตร พร้อมลานกีฬาและพื้นที่สำหรับเด็ก",
    'ผู้ว่าราชการกล่าวว่า "เราอยากให้ทุกคนมีพื้นที่สีเขียวใกล้บ้านมากขึ้น"',
    "สวนเปิดให้บริการทุกวันตั้งแต่เวลา 05.00 ถึง 21.00 น. ตั้งแต่วันที่ 1 ธันวาคม 2569",
)


def test_thai_sentences_ending_in_a_quote_or_a_figure_are_the_articles():
    assert ui_lines(THAI) == [[], []]


def test_a_thai_sentence_ends_by_its_length_before_a_closing_mark_or_a_figure():
    assert line_shape(THAI[3]).ends_sentence
    assert line_shape("แพ็กเกจใหม่สำหรับลูกค้าที่สมัครผ่านแอปให้บริการถึงวันที่ 31 มีนาคม 2570").ends_sentence
    # A short line (a headline, a date) is still no sentence by its length.
    assert not line_shape("ข่าวกีฬา 2569").ends_sentence
    assert not line_shape('"ข่าวด่วน"').ends_sentence


def test_a_thai_share_button_after_the_body_is_still_reported():
    for flagged in ui_lines(THAI + ("แชร์", "อ่านข่าวที่เกี่ยวข้อง"), select=("UI",)):
        assert "แชร์" in flagged
