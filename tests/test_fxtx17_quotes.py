"""A quotation opened with one kind of double mark and closed on its line
with another («…", “…", "…''): one defect, reported once by QM101 at the
wrong closing mark, not again by QM102; and TX104's repair of a closing ”
whose last byte was lost ("â€" and a space), which ftfy reads as a dagger.
Text written for these tests, in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter

from lint_support import in_both_layouts

BEFORE, AFTER = "The talks ended on Monday.", "Officials will meet again in May."


def qm(sentence: str) -> list[list[tuple[str, str]]]:
    """(code, flagged text) of each QM finding, in each layout."""
    out = []
    for text in in_both_layouts("News", BEFORE, sentence, AFTER):
        lines = text.split("\n")
        out.append(
            [(d.code, lines[d.line - 1][d.col - 1 : d.end_col - 1]) for d in Linter(select=["QM"]).lint_text(text)]
        )
    return out


@pytest.mark.parametrize(
    "sentence, closer",
    [
        ('The envoy described the talks as “useful but slow" and left for Geneva.', '"'),
        ("Le ministre a parlé d'une «réforme nécessaire\" devant les députés.", '"'),
        ("Der Sprecher nannte die Lage „ernst» und kündigte Hilfe an.", "»"),
        ('«Мы готовы к переговорам", — заявил министр.', '"'),
        ('He called it "the worst day of my career” on Monday.', "”"),
        ("The sign read “Closed for repairs» until further notice.", "»"),
        ("«Il faut agir vite”, a déclaré la maire.", "”"),
        ('„Wir schaffen das", sagte sie.', '"'),
        # Two apostrophes typed for the closing mark.
        ("She called the plan \"a step backwards'' in a statement.", "''"),
        ("The report said the bridge was \"safe to use.'' Engineers disagreed.", "''"),
        ("The judge said the claim was \"without merit.''", "''"),
    ],
)
def test_closing_mark_of_another_kind_is_one_finding_there(sentence, closer):
    assert qm(sentence) == [[("QM101", closer)], [("QM101", closer)]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The 12'' single sold well, she said.",
        "The 6'2'' forward scored twice on Saturday.",
        "He called the ''new look'' squad \"young\" on Friday.",
        '«Il a dit "non" hier», selon le maire.',
        'He said "it\'s fine" and left.',
        "”Det är klart”, sa han.",
        "«Да», — сказал он.",
        'The "Iron Lady" and the “Winter of Discontent” were discussed.',
    ],
)
def test_marks_that_pair_and_inch_marks_are_clean(sentence):
    assert qm(sentence) == [[], []]


def test_inches_after_an_unclosed_quotation_are_not_its_closing_mark():
    # The quotation is left open (QM101 at the line's end, as before), but
    # the 12'' is inches, not a closing mark of another kind.
    for found in qm('The plumber said "the 12\'\' pipe burst overnight.'):
        assert [code for code, _ in found] == ["QM101"]
        assert found[0][1] != "''"


def test_quotation_reopened_by_the_next_paragraph_is_read_as_before():
    for text in in_both_layouts("News", "\"We bought the 12'' model first.", '"Then the bigger one," he said.'):
        assert Linter(select=["QM"]).lint_text(text) == []


# -- TX104: a closing ” that lost its last byte ------------------------------------


def tx104(sentence: str) -> list[list[tuple[str, str]]]:
    """(flagged text, suggestion) of each TX104 finding, in each layout."""
    out = []
    for text in in_both_layouts("News", BEFORE, sentence, AFTER):
        found = Linter(select=["TX104"]).lint_text(text)
        out.append([(d.flagged_text, d.suggestion) for d in found])
    return out


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("â€œWe will rebuild,â€ the mayor said.", [("â€œ", "“"), ("â€ ", "” ")]),
        ("She called it â€œa disgraceâ€ and left.", [("â€œ", "“"), ("â€ ", "” ")]),
        ("“It is over,â€ he told reporters.", [("â€ ", "” ")]),
        ("Critics called the scheme â€œunworkable.â€ Ministers disagreed.", [("â€œ", "“"), ("â€ ", "” ")]),
    ],
)
def test_closing_mark_that_lost_its_last_byte_is_repaired_as_one(sentence, found):
    assert tx104(sentence) == [found, found]


@pytest.mark.parametrize(
    "sentence",
    [
        "The nameâ€ here was printed with a footnote mark.",  # no quotation opened before it
        "Smithâ€\u00a0died in 1990, the plaque says.",  # the no-break space kept: a dagger
    ],
)
def test_dagger_without_a_quotation_stays_a_dagger(sentence):
    for found in tx104(sentence):
        assert [suggestion for _, suggestion in found] == ["†"]
