"""Code in an article (a fenced or indented block in a tutorial, Markdown's
inline `code`) is no prose: TX and QM rules (Rule.reads_prose) find nothing
there, and QM pairs no mark inside it, while the same damage in the prose
around it is still found.  Text written for these tests, in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter
from newslint.document import Document

from lint_support import in_both_layouts

INTRO = "Our reporters used the city's open data to count the permits. Here is how to repeat it."
OUTRO = "The script prints the five busiest districts. Send corrections to the data team."

FENCED_PYTHON = "\n".join(
    [
        "```python",
        "import json, urllib.request",
        "data = json.load(urllib.request.urlopen(URL))",
        'print(f"{district}: {share:,.1f} per cent")',
        "label = 'Borough' if big else 'Ward'",
        "```",
    ]
)
TILDE_JS = "\n".join(
    [
        "~~~",
        "const rows = data.Items.filter(r => r.ok);;",
        'console.log("Total: " + rows.length + ".Done");',
        "~~~",
    ]
)
INDENTED = "\n".join(
    [
        "    for row in data.Records:",
        '        print(row["Name"], "said:", row.Text)',
        "    total = len(data.Records);",
    ]
)


def codes(text: str, select=("TX", "QM")) -> list[tuple[int, str]]:
    return [(d.line, d.code) for d in Linter(select=list(select)).lint_text(text)]


@pytest.mark.parametrize("block", [FENCED_PYTHON, TILDE_JS, INDENTED])
def test_a_code_block_is_not_read_as_prose(block):
    for text in in_both_layouts("How to count permits", INTRO, block, OUTRO):
        assert codes(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "If Python stops with `KeyError: 'District'`, the file's headings have changed.",
        "Run `grep -c \"permit\" data.csv` to count the rows first.",
        "Wenn `print('Fertig')` nichts ausgibt, fehlt die Datei.",
        "Si aparece `ValueError: \"fecha\"`, revise la columna de fechas.",
        "Call ``obj.Name`` or `data.Items` before the loop.",
    ],
)
def test_inline_code_is_not_read_as_prose(sentence):
    for text in in_both_layouts("How to count permits", INTRO, sentence, OUTRO):
        assert codes(text) == []


def test_damage_in_the_prose_around_code_is_still_found():
    damaged = 'The mayor said: "We will publish the data every month. The council agreed.'
    glued = "The permits rose by a third.The council was pleased."
    for text in in_both_layouts("How to count permits", damaged, FENCED_PYTHON, glued):
        found = codes(text)
        assert any(code == "QM101" for _, code in found)
        assert any(code == "TX109" for _, code in found)
        assert all(text.split("\n")[line - 1] in (damaged, glued) for line, _ in found)


def test_a_quotation_outside_inline_code_is_still_paired():
    # The mark inside the code neither closes the quotation nor opens one.
    text = 'She wrote: "Type `say "hi"` and wait.\nThe screen stayed blank.\n'
    assert [code for _, code in codes(text, ("QM",))] == ["QM101"]
    clean = 'She wrote: "Type `say \'hi\'` and wait," and the screen stayed blank.\n'
    assert codes(clean, ("QM",)) == []


def test_typewritten_quotes_with_backticks_are_no_code():
    # `…' quotes: the second backtick follows a space, so no span is made.
    text = "Then `Go home,' she said. Later `Stop!' he cried.\n"
    assert Document(text).code_spans == ()


def test_code_spans_cover_code_lines_and_inline_code():
    text = "Use `x.Y` here.\n\n```\na = b.C\n```\nNo code in this line.\n"
    document = Document(text)
    spans = [text[start:end] for start, end in document.code_spans]
    assert spans == ["`x.Y`", "```", "a = b.C", "```"]
    assert document.in_code(text.index("x.Y"))
    assert not document.in_code(text.index("here"))
    assert not document.in_code(text.index("No code"))


def test_an_article_without_code_has_no_code_spans():
    assert Document("The vote was held on Friday. It passed.\n").code_spans == ()


def test_a_long_paragraph_ending_like_code_is_still_prose():
    # A paragraph that ends on an entity's semicolon is in code's syntax
    # (a line ending with ";"), but too long to be a line of code.
    paragraph = (
        "Readers wrote in to say the minimum wage should rise, and that workers had earned fair pay "
        "and a bit of respect after a hard year. br /&gt;"
    )
    text = f"Letters\n\n{paragraph}\n\nThe council meets on Monday.The vote follows.\n"
    document = Document(text)
    assert document.code_spans == ()
    text = f"Letters\n\n{paragraph} Officials said.The vote follows.\n"
    assert [d.code for d in Linter(select=["TX109"]).lint_text(text)] == ["TX109"]
