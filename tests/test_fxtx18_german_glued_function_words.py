"""German function words glued to the next word ("unddamit", "dassdie",
"mitdem", "aufeiner"), TX102, while German's real words made of the same
pieces (nachdem, indem, zudem, wieder, überein, vordem, beidem,
miteinander, undicht, aberkennen, sowieso) stay clean.  Text written for
these tests, in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter

from lint_support import in_both_layouts

HEADLINE = "Neue Regeln für den Nahverkehr"
BEFORE = "Der Stadtrat hat am Dienstag neue Regeln für Busse und Bahnen beschlossen."
AFTER = "Die Regeln gelten ab dem ersten März für das ganze Stadtgebiet."


def tx102(sentence: str) -> list[list[str]]:
    out = []
    for text in in_both_layouts(HEADLINE, BEFORE, sentence, AFTER):
        lines = text.split("\n")
        out.append([lines[d.line - 1][d.col - 1 : d.end_col - 1] for d in Linter(select=["TX102"]).lint_text(text)])
    return out


@pytest.mark.parametrize(
    "sentence, glued",
    [
        ("Die Fahrpreise steigen um drei Prozent unddamit stärker als im Vorjahr.", "unddamit"),
        ("Der Bürgermeister sagte, dassdie Stadt mehr Busse kaufen werde.", "dassdie"),
        ("Er sprach mitdem Verkehrsminister über die Finanzierung.", "mitdem"),
        ("Die Linie fährt künftig aufeiner neuen Strecke durch die Altstadt.", "aufeiner"),
        ("Die Kosten trägt die Stadt oderdoch das Land, hieß es.", "oderdoch"),
        ("Fahrgäste sollen sich fürden Winter auf Verspätungen einstellen.", "fürden"),
    ],
)
def test_a_german_function_word_glued_to_the_next_is_found(sentence, glued):
    assert tx102(sentence) == [[glued], [glued]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nachdem der Rat abgestimmt hatte, kündigte die Stadt zudem neue Linien an.",
        "Indem die Stadt wieder investiert, stimmen Plan und Bedarf überein.",
        "Die Verbände sollen miteinander reden, und beidem stimmte der Rat vordem zu.",
        "Das alte Dach war undicht, und man wollte ihm die Genehmigung aberkennen.",
        "Die Busse fahren sowieso nur bis zum Bahnhof.",
    ],
)
def test_german_words_made_of_function_words_stay_clean(sentence):
    assert tx102(sentence) == [[], []]
