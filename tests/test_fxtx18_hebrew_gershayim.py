"""Hebrew's acronym mark (gershayim) typed as a straight double mark between
two Hebrew letters (ת"א, צה"ל, ארה"ב, מנכ"לים) and the geresh after a letter
(ג'ורג', סעיף ג') are no quotation marks for QM; a quotation that loses its
closing mark in the same text is still found.  Text written for these tests,
in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter

from lint_support import in_both_layouts

BEFORE = "הממשלה אישרה הבוקר את התקציב החדש."
AFTER = "הדיון בכנסת יימשך גם מחר."


def qm(sentence: str) -> list[list[str]]:
    return [[d.code for d in Linter(select=["QM"]).lint_text(text)] for text in in_both_layouts(BEFORE, sentence, AFTER)]


@pytest.mark.parametrize(
    "sentence",
    [
        'מדד ת"א 35 ירד ב־0.4% בסוף המסחר.',
        'לדברי דובר צה"ל, הכוחות חזרו לבסיס, ונשיא ארה"ב בירך על כך.',
        'המנכ"לים של שלוש החברות נפגשו עם יו"ר הוועדה ועם רו"ח החברה.',
        'לפי סעיף ג\' לחוק, פרופ\' אברהם וגב\' לוין יגישו את הדו"ח עד יום ה\'.',
        'השחקן ג\'ורג\' לוי כבש, והמאמן אמר: "זה ניצחון של כל הקבוצה".',
        'הכתבה פורסמה ב־"הארץ" ובאתר של רשות השידור.',
        # An English sentence naming the Israeli army by its acronym.
        'A spokesman for the IDF (צה"ל) said the drill had ended.',
    ],
)
def test_gershayim_and_geresh_are_no_quotation_marks(sentence):
    assert qm(sentence) == [[], []]


@pytest.mark.parametrize(
    "sentence",
    [
        # The quotation's closing mark lost; a gershayim inside it pairs with nothing.
        'השגריר אמר: "ארה"ב תעמוד לצד בעלות בריתה, ואז עזב את האולם.',
        '"מדד ת"א יתאושש בקרוב, העריך האנליסט.',
    ],
)
def test_a_lost_closing_mark_is_still_found(sentence):
    assert qm(sentence) == [["QM101"], ["QM101"]]


@pytest.mark.parametrize(
    "text",
    [
        'צה"ל וארה"ב', 'ת"א', '"שלום"', 'ב־"הארץ"', 'א"', '"א', 'x"y', "", '"', 'אב""גד', 'מנכ"לים ו"ב',
        'He said "שלום" to ת"א and "bye".',
    ],
)
def test_the_typed_gershayim_pattern_opens_on_its_mark_with_the_same_matches(text):
    # The pattern is written mark first, so that re scans for the mark (a
    # look-behind first tried every position): the matches of the pattern
    # as first written, from any start.
    import re

    from newslint.rules.quotation_marks.marks import GERSHAYIM_TYPED

    written = re.compile('(?<=[\u05d0-\u05ea])"(?=[\u05d0-\u05ea])')
    assert GERSHAYIM_TYPED.pattern.startswith('"')
    for start in range(len(text) + 1):
        assert [m.span() for m in GERSHAYIM_TYPED.finditer(text, start)] == [m.span() for m in written.finditer(text, start)]
