"""ML103: a sentence of six words or more in another script (English in a
Russian, Greek or Ukrainian article) is reported as a line in another
language even where a furniture rule also reports the line (UI109: a line
after the body); a short line of the page's furniture in another script
("Sign in", "Read more") stays the furniture rule's alone.  Text written
for these tests, in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter

from lint_support import in_both_layouts

ARTICLES = {
    "ru": [
        "Два банка объявили о слиянии",
        "Банки объявили в понедельник о планах слияния, в результате которого появится третий по величине банк страны.",
        "По словам руководства, объединённый банк сохранит обе торговые марки в течение как минимум трёх лет.",
        "Профсоюзы опасаются сокращения до тысячи рабочих мест в головных офисах.",
        "Аналитики считают, что слияние поможет банкам конкурировать с цифровыми игроками.",
        "Ð¡Ð´ÐµÐ»ÐºÐ° Ñ‚Ð°ÐºÐ¶Ðµ",
        "{line}",
        "Читайте также: Центробанк сохранил ключевую ставку",
    ],
    "el": [
        "Νέα γραμμή τραμ στην πόλη",
        "Η νέα γραμμή του τραμ θα συνδέει το λιμάνι με το πανεπιστήμιο από τον Σεπτέμβριο.",
        "Ο δήμαρχος είπε ότι τα έργα τελείωσαν νωρίτερα από το αναμενόμενο.",
        "Οι κάτοικοι της περιοχής ζητούν περισσότερα δρομολόγια τις βραδινές ώρες.",
        "Το εισιτήριο θα κοστίζει όσο και στα λεωφορεία της πόλης.",
        "Διαβάστε επίσης: Απεργία στα ταξί την Πέμπτη",
        "{line}",
        "Ακολουθήστε μας στο Facebook",
    ],
}


def codes_on(language: str, line: str) -> list[list[str]]:
    blocks = [block.format(line=line) for block in ARTICLES[language]]
    out = []
    for text in in_both_layouts(*blocks):
        number = text.split("\n").index(line) + 1
        out.append(sorted({d.code for d in Linter().lint_text(text) if d.line == number}))
    return out


@pytest.mark.parametrize(
    "language, line",
    [
        ("ru", "Shareholders of both banks will vote on the deal in May."),
        ("ru", "The regulator is expected to give its answer before the summer."),
        ("el", "The new line was paid for largely by European Union funds."),
        ("el", "Will the trams run through the night during the summer?"),
    ],
)
def test_a_sentence_in_another_script_is_reported_as_one_line(language, line):
    found = codes_on(language, line)
    assert found[0] == found[1]
    assert "ML103" in found[0]


@pytest.mark.parametrize(
    "language, line",
    [
        ("ru", "Sign in to comment"),
        ("el", "Read more"),
    ],
)
def test_short_furniture_in_another_script_is_the_furniture_rules(language, line):
    found = codes_on(language, line)
    assert found[0] == found[1]
    assert "ML103" not in found[0]


RUSSIAN = [
    "Два банка объявили о слиянии",
    "Банки объявили в понедельник о планах слияния, в результате которого появится третий по величине банк страны.",
    "Профсоюзы опасаются сокращения до тысячи рабочих мест в головных офисах.",
    "Аналитики считают, что слияние поможет банкам конкурировать с цифровыми игроками.",
]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_label_in_another_script_is_the_furniture_rules_alone(newslint, workdir, separator):
    # ZZ401 (tests/plugins/line_judges.py) judges a line opening on
    # "Subscribe" whole, as UI109 judges a line after the body.
    from conftest import write

    write(workdir / "newslint.yaml", "plugins: [line_judges]\nselect: [ZZ401, ML103]\n")
    label = "Subscribe to our channel for updates"
    write(workdir / "a.txt", separator.join(RUSSIAN + [label]) + "\n")
    number = separator.join(RUSSIAN + [label]).split("\n").index(label) + 1
    out = newslint("a.txt").out.splitlines()
    # No full stop: no sentence, and the furniture rule speaks for the line.
    assert [row.split(" ")[1] for row in out if row.startswith(f"a.txt:{number}:")] == ["ZZ401"]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_sentence_judged_as_furniture_keeps_its_language(newslint, workdir, separator):
    from conftest import write

    write(workdir / "newslint.yaml", "plugins: [line_judges]\nselect: [ZZ401, ML103]\n")
    sentence = "Subscribe now and both banks will send you the weekly digest."
    write(workdir / "a.txt", separator.join(RUSSIAN + [sentence]) + "\n")
    number = separator.join(RUSSIAN + [sentence]).split("\n").index(sentence) + 1
    out = newslint("a.txt").out.splitlines()
    assert sorted(row.split(" ")[1] for row in out if row.startswith(f"a.txt:{number}:")) == ["ML103", "ZZ401"]
