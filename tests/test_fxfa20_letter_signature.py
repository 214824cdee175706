"""Letter-signature class (trial35): a single letter to the editor closes with
a formal closing and a signature block (the name, a comma after it or four
words of it, the town), over the editor's note or at the text's end: the
letter's own, not a menu.  A closing followed by a page's menu is still
reported."""

import pytest

from newslint import Linter

from lint_support import LAYOUTS


def flagged(blocks, separator):
    text = separator.join(blocks) + "\n"
    lines = text.split("\n")
    return {lines[d.line - 1] for d in Linter(select=["UI"]).lint_text(text)}


ENGLISH = [
    "Letter: The harbour car park plan ignores the fishermen",
    "Sir,",
    "Your report of 3 May on the council's plan to pave over the old net lofts left out the people who still work there every morning.",
    "Eleven boats land their catch at that quay. The lofts are where the nets are mended and the gear is kept dry through the winter.",
    "A car park for summer visitors would earn the council some money for four months and cost the harbour its last working trade.",
    "I would ask the councillors to walk down to the quay at six in the morning before they vote.",
    "Yours faithfully,",
    "Margaret Anne O'Neill-Pascoe,",
    "Newlyn, Cornwall",
    "Editor's note: The council said a final decision would be taken at its meeting in July.",
]

GERMAN = [
    "Leserbrief: Der Radweg am Kanal muss beleuchtet werden",
    "Sehr geehrte Redaktion,",
    "mit Interesse habe ich Ihren Bericht über den neuen Radweg am Kanal gelesen, den die Stadt im Frühjahr eröffnet hat.",
    "Ich fahre jeden Morgen um halb sechs zur Arbeit, und von November bis Februar ist es auf dem Weg stockdunkel.",
    "Im letzten Winter bin ich zweimal beinahe mit Fußgängern zusammengestoßen, die ich erst im letzten Moment gesehen habe.",
    "Ich bitte den Stadtrat, vor dem nächsten Winter wenigstens an den Brücken Lampen aufzustellen.",
    "Mit freundlichen Grüßen",
    "Hans-Peter Wilhelm Brandauer",
    "Münster-Hiltrup",
]


@pytest.mark.parametrize("separator", LAYOUTS.values())
@pytest.mark.parametrize("letter", [ENGLISH, GERMAN], ids=["en", "de"])
def test_a_letters_closing_and_signature_block_are_its_own(letter, separator):
    assert flagged(letter, separator) == set()


@pytest.mark.parametrize("separator", LAYOUTS.values())
def test_a_menu_after_a_closing_is_still_reported(separator):
    page = ENGLISH[:7] + ["Margaret O'Neill", "Home", "News", "Sport", "Weather", "Contact"]
    assert {"Sport", "Weather"} <= flagged(page, separator)
