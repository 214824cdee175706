"""TX102: two words glued on a line of the article's prose stay reported
where a furniture rule judged the line by its place (UI109: a line after
the body, between furniture lines): "in itsfirst season"; a short line of
furniture with a glue ("Sign upfor free") is the furniture rule's alone.
German: an article, preposition or conjunction glued to the capitalised
noun after it ("fürÄrzte", "mitÜberstunden"); a name written so
("derStandard") and words of the lists stay clean.  Text written for these
tests, in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter

from lint_support import in_both_layouts

LIDO = [
    "[Home](/) > [News](/news) > [Local](/news/local)",
    "# Lido reopens after two years of repairs",
    "The town's open-air lido reopened on Saturday after two years of repairs to its pool, its changing rooms and its café.",
    "More than 600 swimmers queued before the gates opened at seven, the council said.",
    '"It feels like summer has finally started," said one regular, who has swum there since the 1970s.',
    "* Opening hours: 7am–8pm, daily\n* Admission: free for under-12s",
    "Get the best of local news in your inbox every Monday morning. [Sign up](/newsletters)",
    "{line}",
    "Tags: [lidos](/tag/lidos) [swimming](/tag/swimming)",
]


def codes_on(line: str) -> list[list[str]]:
    out = []
    for text in in_both_layouts(*[block.format(line=line) for block in LIDO]):
        number = text.split("\n").index(line) + 1
        out.append(sorted(d.code for d in Linter().lint_text(text) if d.line == number))
    return out


@pytest.mark.parametrize(
    "line",
    [
        "The council expects 50,000 visitors in itsfirst season, about a third more than before the repairs.",
        "Lifeguards said theirown training had been moved to the leisure centre during the works.",
        "The mayor, who swam the first length, said hisnew favourite spot was the shallow end.",
    ],
)
def test_glued_words_on_a_prose_line_judged_by_its_place_stay_reported(line):
    found = codes_on(line)
    assert found[0] == found[1]
    assert "TX102" in found[0] and any(code.startswith("UI") for code in found[0])


@pytest.mark.parametrize(
    "line",
    [
        "The council expects 50,000 visitors in its first season, about a third more than before the repairs.",
    ],
)
def test_the_same_line_unglued_has_no_tx_finding(line):
    found = codes_on(line)
    assert found[0] == found[1]
    assert "TX102" not in found[0]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_glue_on_a_short_furniture_line_is_the_furniture_rules(newslint, workdir, separator):
    # ZZ401 (tests/plugins/line_judges.py) judges a line opening on "Subscribe" whole.
    from conftest import write

    write(workdir / "newslint.yaml", "plugins: [line_judges]\nselect: [ZZ401, TX102]\n")
    blocks = LIDO[2:5] + ["Subscribe now to get thenewsletter"]
    write(workdir / "a.txt", separator.join(blocks) + "\n")
    number = separator.join(blocks).split("\n").index(blocks[-1]) + 1
    assert [row.split(" ")[1] for row in newslint("a.txt").out.splitlines() if row.startswith(f"a.txt:{number}:")] == ["ZZ401"]


GERMAN = ("Mehr Stellen in den Kliniken", "Die Landesregierung hat am Dienstag neue Regeln für die Kliniken vorgestellt.", "Das Gesetz soll im Herbst in Kraft treten.")


def tx102_de(sentence: str) -> list[list[str]]:
    headline, before, after = GERMAN
    out = []
    for text in in_both_layouts(headline, before, sentence, after):
        lines = text.split("\n")
        out.append([lines[d.line - 1][d.col - 1 : d.end_col - 1] for d in Linter(select=["TX102"]).lint_text(text)])
    return out


@pytest.mark.parametrize(
    "sentence, glued",
    [
        ("Demnach sollen mehr Stellen fürÄrzte und Pflegekräfte geschaffen werden.", "fürÄrzte"),
        ("Die Beschäftigten klagen seit Jahren überÜberstunden und Personalmangel.", "überÜberstunden"),
        ("Der Bericht wurde derÖffentlichkeit am Montag vorgestellt.", "derÖffentlichkeit"),
        ("Die Kliniken rechnen mitÜberlastung im Winter, sagte die Ministerin.", "mitÜberlastung"),
    ],
)
def test_a_german_word_glued_to_a_noun_is_found(sentence, glued):
    assert tx102_de(sentence) == [[glued], [glued]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Wiener Zeitung derStandard berichtete zuerst über die Pläne.",
        "Demnach sollen mehr Stellen für Ärzte und Pflegekräfte geschaffen werden.",
        "Die Firma inVentiv und die App myTaxi bleiben Partner der Kliniken.",
    ],
)
def test_german_names_and_spaced_words_stay_clean(sentence):
    assert tx102_de(sentence) == [[], []]
