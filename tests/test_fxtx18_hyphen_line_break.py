"""A print layout's hyphen at a line's end, before the rest of the word on
the next line: TX113 when both parts are words but the joined word is a
common one ("net-" / "works", "news-" / "paper"), and when a part is no word
at all and the joined word is one, if rarer than min-joined-zipf (German
compounds: "Wan-" / "derwege", "Über-" / "schwemmung").  Compounds wrapped
at their own hyphen stay clean.  Text written for these tests; the break
is inside a block, so both layouts hold it."""
from __future__ import annotations

import pytest

from newslint import Linter

from lint_support import in_both_layouts


def tx113(block: str, headline: str, before: str, after: str) -> list[list[str]]:
    out = []
    for text in in_both_layouts(headline, before, block, after):
        out.append([d.message for d in Linter(select=["TX113"]).lint_text(text)])
    return out


EN = ("Soil study finds drought damage", "Farmers in Kent took part in a ten-year study of dry summers.", "The results were published on Thursday.")
DE = ("Studie zu Bergseen", "Forschende haben in den Alpen mehr als vierzig Seen untersucht.", "Die Studie erscheint im Frühjahr.")


@pytest.mark.parametrize(
    "block, word",
    [
        ("The damage was worst where the under-\nground fungal net-\nworks had been cut by ploughing.", "networks"),
        ("A report in the local news-\npaper first raised the alarm about the dry fields.", "newspaper"),
        ("Rain over the long week-\nend did little to help the driest plots.", "weekend"),
    ],
)
def test_an_english_word_broken_at_a_line_break_into_two_words_is_found(block, word):
    found = tx113(block, *EN)
    assert all(len(messages) == 1 and f'"{word}"' in messages[0] for messages in found), found


@pytest.mark.parametrize(
    "block, word",
    [
        ("Die höchsten Werte fanden sie in Seen an beliebten Wan-\nderwegen in der Nähe der Hütten.", "Wanderwegen"),
        ("Nach der Über-\nschwemmung im Mai waren viele Proben verunreinigt.", "Überschwemmung"),
    ],
)
def test_a_german_compound_broken_with_a_part_that_is_no_word_is_found(block, word):
    found = tx113(block, *DE)
    assert all(len(messages) == 1 and f'"{word}"' in messages[0] for messages in found), found


@pytest.mark.parametrize(
    "block, context",
    [
        ("The farmers warned of long-\nterm damage to the soil.", EN),
        ("The trial's set-\nup cost the university about £40,000.", EN),
        ("Their well-\nbeing suffered in the dry years, the survey said.", EN),
        ("A co-\noperative of growers shared the equipment.", EN),
        ("The take-\nover of the farm by a larger group was approved.", EN),
        ("Die deutsch-\nfranzösische Arbeitsgruppe legte ihre Ergebnisse vor.", DE),
        ("Proben aus Baden-\nWürttemberg wurden ebenfalls ausgewertet.", DE),
        ("Es gab Ein-\nund Ausgänge an beiden Enden des Sees.", DE),
    ],
)
def test_compounds_wrapped_at_their_own_hyphen_stay_clean(block, context):
    assert tx113(block, *context) == [[], []]
