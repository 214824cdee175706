"""TX106: a feed's or an XML export's markup left around a whole line
("<title>…</title>", "<description><![CDATA[…]]></description>"), a tag
alone on its line ("<item>"), CDATA's marks; an address in angle brackets,
a comparison and a chat handle stay clean.  Text written for these tests,
in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter

from lint_support import in_both_layouts

BODY = {
    "en": ["The harbour authority said on Friday that the new quay would open in May.", "Work on the quay began two years ago and cost more than planned."],
    "es": ["La autoridad portuaria dijo el viernes que el nuevo muelle abrirá en mayo.", "Las obras del muelle empezaron hace dos años y costaron más de lo previsto."],
    "de": ["Die Hafenbehörde teilte am Freitag mit, dass der neue Kai im Mai öffnet.", "Die Arbeiten am Kai begannen vor zwei Jahren und kosteten mehr als geplant."],
}


def tx106(language: str, *lines: str) -> list[list[str]]:
    out = []
    for text in in_both_layouts(*lines[:1], *BODY[language], *lines[1:]):
        rows = text.split("\n")
        out.append([rows[d.line - 1][d.col - 1 : d.end_col - 1] for d in Linter(select=["TX106"]).lint_text(text)])
    return out


@pytest.mark.parametrize(
    "language, lines, marks",
    [
        ("en", ["<title>New quay to open in May</title>"], ["<title>", "</title>"]),
        ("es", ["<titulo>El nuevo muelle abrirá en mayo</titulo>"], ["<titulo>", "</titulo>"]),
        ("de", ['<headline lang="de">Neuer Kai öffnet im Mai</headline>'], ['<headline lang="de">', "</headline>"]),
        ("en", ["New quay to open in May", "<description><![CDATA[The quay will take ships of up to 300 metres.]]></description>"],
         ["<description>", "<![CDATA[", "]]>", "</description>"]),
        ("es", ["<item>", "El nuevo muelle abrirá en mayo", "</item>"], ["<item>", "</item>"]),
    ],
)
def test_feed_markup_is_found(language, lines, marks):
    assert tx106(language, *lines) == [marks, marks]


@pytest.mark.parametrize(
    "language, lines",
    [
        ("en", ["New quay to open in May", "Questions go to <press@harbour.example> or <https://harbour.example/quay>."]),
        ("en", ["New quay to open in May", "<https://harbour.example/quay>"]),
        ("en", ["New quay to open in May", "Ships of 250 < length < 300 metres may dock, and tides > 4 metres close it."]),
        ("de", ["Neuer Kai öffnet im Mai", "<Hafenmeister> Die Schiffe kommen ab Mai, schrieb er im Chat."]),
    ],
)
def test_addresses_comparisons_and_handles_stay_clean(language, lines):
    assert tx106(language, *lines) == [[], []]
