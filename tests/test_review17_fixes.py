"""--fix on trial 17's new findings, from its review: TX113's word broken
across a line break (both layouts, CRLF, another fix on the same lines),
TX104's closing mark whose last byte was lost, and QM101's single finding
for a quotation closed by a mark of another kind (which has no fix).  Each
fixed text is checked again: nothing new is found, nothing is corrupted.
Text written for these tests."""
from __future__ import annotations

import pytest

from conftest import write
from lint_support import in_both_layouts
from newslint import Linter

HEADLINE = "Harbour works"
BEFORE = "The harbour reopened to ferries on Monday morning."
AFTER = "The remaining work should end in June."


def fixed(text: str, codes=("TX", "QM")) -> str:
    result, _ = Linter(select=list(codes)).fix_text(text, unsafe=True)
    return result


def codes(text: str, select=("TX", "QM")) -> list[str]:
    return [diagnostic.code for diagnostic in Linter(select=list(select)).lint_text(text)]


@pytest.mark.parametrize("layout", [0, 1], ids=["blank-line", "line-per-paragraph"])
@pytest.mark.parametrize(
    "broken, whole",
    [
        ("The minister said the deci-\nsion was final.", "The minister said the decision was final."),
        # Another fix on the broken word's second line: a doubled word.
        ("The minister said the deci-\nsion sion was final.", "The minister said the decision was final."),
        # Another fix on its first line, before the break.
        ("The minister said the the deci-\nsion was final.", "The minister said the decision was final."),
        # Two broken words, one after the other.
        ("The govern-\nment said the deci-\nsion was final.", "The government said the decision was final."),
    ],
)
def test_a_word_broken_across_lines_is_joined_and_its_lines_with_it(layout, broken, whole):
    text = in_both_layouts(HEADLINE, BEFORE, broken, AFTER)[layout]
    expected = in_both_layouts(HEADLINE, BEFORE, whole, AFTER)[layout]
    assert "TX113" in codes(text)
    result = fixed(text)
    assert result == expected
    assert codes(result) == []


def test_a_compound_wrapped_at_its_hyphen_is_left_as_it_is():
    text = in_both_layouts(HEADLINE, BEFORE, "The long-\nterm plan was approved.", AFTER)[0]
    assert fixed(text) == text


def test_a_crlf_file_keeps_its_line_ends_when_a_broken_word_is_joined(newslint, workdir):
    text = "\n\n".join((HEADLINE, BEFORE, "The minister said the deci-\nsion was final.", AFTER)) + "\n"
    path = write(workdir / "a.txt", text.replace("\n", "\r\n").encode("utf-8"))
    assert newslint("a.txt", "--select", "TX113", "--fix", "--unsafe-fixes").code == 0
    whole = "\n\n".join((HEADLINE, BEFORE, "The minister said the decision was final.", AFTER)) + "\n"
    assert path.read_bytes() == whole.replace("\n", "\r\n").encode("utf-8")
    assert newslint("a.txt", "--select", "TX").code == 0


def test_closing_marks_that_lost_their_last_byte_are_restored():
    line = "He said â€œit was fineâ€ and left, then â€œno moreâ€ and went."
    text = in_both_layouts(HEADLINE, BEFORE, line, AFTER)[0]
    result = fixed(text, ("TX104",))
    assert "He said “it was fine” and left, then “no more” and went." in result
    assert codes(result, ("TX", "QM")) == []


def test_a_dagger_after_a_space_is_left_a_dagger():
    # "â€ " after a space opens nothing a quotation closes: ftfy's dagger stands.
    line = "He said â€œit was fine,â€ and the founder â€ 1950 was named."
    text = in_both_layouts(HEADLINE, BEFORE, line, AFTER)[0]
    result = fixed(text, ("TX104",))
    assert "founder †1950" in result and "fine,” and" in result  # ftfy reads the space as the dagger's A0


@pytest.mark.parametrize(
    "line, closer",
    [("He said «constructive but difficult\" and left.", '"'), ("She wrote “the plan is sound'' and went.", "''")],
)
def test_a_mismatched_closing_mark_is_one_finding_with_no_fix_and_stays_one(line, closer):
    text = in_both_layouts(HEADLINE, BEFORE, line, AFTER)[0]
    diagnostics = [d for d in Linter(select=["QM"]).lint_text(text)]
    assert [d.code for d in diagnostics] == ["QM101"]
    assert f"closed by {closer}," in diagnostics[0].message
    assert fixed(text, ("QM",)) == text
