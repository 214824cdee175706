"""Speed work on the document model (issue 14) must not move a finding: each
cheaper path is compared here with the one it replaced, on text written for
these tests, where a shortcut is easiest to get wrong."""

import pytest

from newslint.document import BLANK_SHAPE, Document, line_shape

SHAPE_LINES = [
    "The minister said talks would resume next week.",
    "  - a bulleted item with words  ",
    "• Bullet",
    "1) First point, then words",
    "a) Lettered item.",
    "(12) Numbered in brackets",
    "1、東京で会議",
    "2．大阪",
    "3、abc and def",
    "x-1) not a list marker",
    "-",
    "1. ",
    "\u0301accent before words, café au lait.",
    "Mixed 東京 text with one Han word.",
    "Emoji 📈 only above the CJK radicals",
    "Москва заявила, что переговоры продолжатся.",
    "rock'n'roll Okonjo-Iweala Russia's ’90s don’t",
    "\u3000全角の空白で始まる行\u3000",
    "\t\x1c  ",
    "",
    "   ",
    "No-break\u00a0spaces\u00a0around\u00a0",
    # Scripts written without spaces: words by length, a long line a sentence.
    "ห้องสมุดเมืองเตรียมเปิดบริการวันอาทิตย์ตั้งแต่เดือนหน้า",
    "- ข่าวที่เกี่ยวข้อง",
    "ກອງປະຊຸມຈະຈັດຂຶ້ນໃນອາທິດໜ້າທີ່ນະຄອນຫຼວງວຽງຈັນ",
    "ក្រសួងបានប្រកាសថាការប្រជុំនឹងចាប់ផ្តើមនៅសប្តាហ៍ក្រោយ។",
]


@pytest.mark.parametrize("ascii_only", [True, False])
def test_shapes_are_line_shape_of_each_line(ascii_only):
    lines = [line for line in SHAPE_LINES if line.isascii()] if ascii_only else SHAPE_LINES
    document = Document("\n".join(lines) + "\n")
    assert document.ascii_words == ascii_only
    assert document.shapes == tuple(line_shape(line.text, document.ascii_words) for line in document.lines)
    assert document.shapes[0].words == 8


def test_the_blank_shape_is_the_shape_of_an_empty_line():
    assert line_shape("") == BLANK_SHAPE
    assert line_shape(" \t\u3000") == BLANK_SHAPE
