"""TX104 on mojibake that lost a byte: ftfy calls the line bad but no
decoding gives it back (a Windows-1252 C1 byte dropped on the way), so the
finding carries no fix, and the quotation marks inside the debris are not
read as quotation marks.  A line is called so only when it is mostly such
debris: ftfy's test alone also fires on a closing mark before a capital
with an umlaut (Swedish ”Äntligen”, German »Ärger«), which is clean."""

from newslint import Linter

SENTENCE = "市政部门已出动抢险队伍排水。"
# The bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are
# what copying such text drops.
UNDEFINED_IN_CP1252 = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def lossy_mojibake(text: str) -> str:
    data = text.encode("utf-8")
    assert any(byte in UNDEFINED_IN_CP1252 for byte in data)  # the case under test loses one
    return bytes(byte for byte in data if byte not in UNDEFINED_IN_CP1252).decode("cp1252")


def findings(text: str, select=("TX104", "QM")):
    return list(Linter(select=list(select)).lint_text(text))


def test_mojibake_that_lost_a_byte_is_reported_without_a_fix():
    broken = lossy_mojibake(SENTENCE)
    found = findings("暴雨预警\n\n" + broken + "\n\n气象部门提醒市民注意安全。\n")
    assert [(d.line, d.code) for d in found] == [(3, "TX104")]
    assert "no repair can be computed" in found[0].message
    assert found[0].fix is None


def test_quotation_marks_inside_unrepairable_mojibake_are_not_reported():
    broken = lossy_mojibake(SENTENCE)
    assert "”" in broken or "“" in broken  # the debris holds a curly mark
    assert not [d for d in findings("暴雨预警\n\n" + broken + "\n") if d.code.startswith("QM")]


def test_a_repairable_line_keeps_its_repair():
    found = findings("Housing\n\nThe minister said itâ€™s time to act.\n")
    assert [d.code for d in found] == ["TX104"]
    assert found[0].fix is not None


def test_accented_and_non_latin_text_stays_clean():
    clean = (
        "Zürich’s café reopens\n\n"
        "The mayor of Zürich said the café’s “naïve” plan for the Straße was fine.\n\n"
        "Η κυβέρνηση ανακοίνωσε νέα μέτρα για τους αγρότες.\n\n"
        "東京都は来週から新しい制度を始めると発表した。\n"
    )
    assert findings(clean, select=("TX104",)) == []


def test_a_quotation_mark_before_a_capital_with_an_umlaut_is_clean():
    clean = (
        "Bron öppnar igen\n\n"
        "Efter tre års arbete öppnar bron i maj, och pendlarna har väntat länge. ”Äntligen”, säger en av dem.\n\n"
        "Die Anwohner sprechen von »Ärger« und »Übermut«, der Bürgermeister von einem Erfolg.\n"
    )
    assert findings(clean, select=("TX104", "QM")) == []
