"""TX104's Windows-1251 reading repairs the Cyrillic words of a stretch and
leaves what stands between them as it is: an arrow, an emoji or a sign that
Windows-1252 has no byte for once crashed the rule (and ML101 and ML103,
which read the same findings)."""

import pytest

from newslint import Linter

BROKEN = "ìèëëèàðäà"  # "миллиарда" written in Windows-1251, read as Windows-1252
BROKEN_NEXT = "ðóáëåé"  # "рублей"


@pytest.mark.parametrize("between", [" → ", " 😀 ", " \u0301 ", " ٣ "])
def test_a_stretch_with_a_sign_windows_1252_lacks_is_repaired_around_it(between):
    text = f"Бюджет города\n\nВ бюджете заложено 4,8 {BROKEN}{between}{BROKEN_NEXT} на ремонт дорог.\n"
    found = list(Linter(select=["TX104", "ML"]).lint_text(text))
    assert not [d for d in found if d.code.startswith("NL")], found
    repairs = [d for d in found if d.code == "TX104"]
    assert repairs and "миллиарда" in repairs[0].message and between.strip() in repairs[0].message
