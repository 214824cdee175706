"""TX113 on a PDF's text: a German noun hyphenated at a line's end before
a word in lower case ("Weizen-" / "sorte"), and a word hyphenated across a
blank line or across a line of another block set between its parts; a
compound adjective, a suspended hyphen and a compound kept whole stay
clean.  Text written for these tests."""
from __future__ import annotations

import pytest

from newslint import Linter


def tx113(text: str) -> list[str]:
    return [d.message for d in Linter(select=["TX113"]).lint_text(text)]


@pytest.mark.parametrize("text, word", [
    ("Neue Obstsorte\nGärtner aus dem Alten Land haben eine Apfel-\nsorte gezüchtet, die auch nach einem nassen Sommer kaum fault.\n", "Apfelsorte"),
    ("Neues Hallenbad\nDie Stadt baut ein neues Hallen-\nbad am Stadtrand, das im Herbst 2027 eröffnet werden soll.\n", "Hallenbad"),
    ("Harbour works\nThe crane lifted the last of the concrete sec-\n\ntions into place on Friday, the port authority said.\n", "sections"),
    ("Harbour works\nThe crane lifted the last of the concrete sec-\nShipping news, page 4\ntions into place on Friday, the port authority said.\n", "sections"),
    ("Harbour works\n\nThe crane lifted the last of the concrete sec-\n\nShipping news, page 4\n\ntions into place on Friday, the port authority said.\n", "sections"),
    ("Le nouveau port\nLes grues ont soulevé les derniers blocs de béton pen-\nMétéo : pluie en fin de journée\ndant la nuit de vendredi, a indiqué le port.\n", "pendant"),
])
def test_a_word_hyphenated_at_a_line_or_block_break(text, word):
    assert any(f'"{word}"' in message for message in tx113(text))


@pytest.mark.parametrize("text", [
    "Förderung\nDie Förderung ist seit dem Frühjahr EU-\nweit einheitlich geregelt, sagte die Sprecherin.\n",
    "Ernteausfälle\nDie Ausfälle waren vor allem Corona-\nbedingt, sagte die Sprecherin des Verbands.\n",
    "Feldversuche\nSie prüfen Weizen-\nund Roggensorten auf vier Standorten im Norden.\n",
    "Council plan\nThe council backed a long-\nShipping news, page 4\nterm plan for the harbour on Friday.\n",
    "Council plan\nThe council backed a long-\n\nterm plan for the harbour on Friday.\n",
    "Council plan\nThe vote was close - \nmembers said they would meet again next week.\n",
])
def test_compounds_suspended_hyphens_and_dashes_stay_clean(text):
    assert tx113(text) == []
