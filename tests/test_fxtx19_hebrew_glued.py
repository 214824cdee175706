"""TX102 in Hebrew: two common words glued after a letter in its final form
(ך ם ן ף ץ end a word), as "שלהםהחדשה" or "אםכי"; Hebrew's prefixes glued
to a word (והממשלה, בשנה, מהאזור) and words that end on a final letter stay
clean.  Text written for these tests, in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter

from lint_support import in_both_layouts

HEADLINE = "הממשלה אישרה תוכנית לשיקום הצפון"
BEFORE = "הממשלה הודיעה היום על התוכנית החדשה לשיקום הצפון, שתעלה מיליארדי שקלים."
AFTER = "בשנה שעברה פונו אלפי תושבים מהאזור, והממשלה הבטיחה לסייע להם."


def tx102(sentence: str) -> list[list[str]]:
    out = []
    for text in in_both_layouts(HEADLINE, BEFORE, sentence, AFTER):
        lines = text.split("\n")
        out.append([lines[d.line - 1][d.col - 1 : d.end_col - 1] for d in Linter(select=["TX102"]).lint_text(text)])
    return out


@pytest.mark.parametrize(
    "sentence, glued",
    [
        ("ראשי הרשויות אמרו כי התוכנית שלהםהחדשה תוצג לציבור בשבוע הבא.", "שלהםהחדשה"),
        ("לדברי השר, התושבים יוכלו לחזור לבתיהם אםכי לא כולם יקבלו פיצוי מלא.", "אםכי"),
        ("המשפחות יצאו מןהבית רק אחרי שהאזעקה נפסקה.", "מןהבית"),
    ],
)
def test_words_glued_after_a_final_letter_are_found(sentence, glued):
    assert tx102(sentence) == [[glued], [glued]]


@pytest.mark.parametrize(
    "sentence",
    [
        "ראשי הרשויות אמרו כי התוכנית שלהם החדשה תוצג לציבור בשבוע הבא.",
        "והתושבים שחזרו לבתיהם מהאזור בשנה שעברה קיבלו מענק ראשון מהמדינה.",
        "כשהממשלה תאשר את התקציב, יחלו העבודות בקיבוצים ובמושבים שבגבול.",
    ],
)
def test_prefixes_and_final_letters_at_word_ends_stay_clean(sentence):
    assert tx102(sentence) == [[], []]
