"""A long sentence said again elsewhere in the article with one word
changed, added or dropped (a summary and its body, one copy edited or
translated): TX111 at the later copy.  Parallel sentences (a speech's
anaphora, a results list, a court's counts) and sentences that differ by a
number or a name stay clean.  Text written for these tests, in both
layouts."""
from __future__ import annotations

import pytest

from newslint import Linter

from lint_support import in_both_layouts


def tx111(blocks) -> list[list[int]]:
    return [[d.line for d in Linter(select=["TX111"]).lint_text(text)] for text in in_both_layouts(*blocks)]


FILLER = [
    "Engineers inspected the structure for most of the morning before reopening one lane.",
    "Drivers were told to expect delays until the end of the week.",
]


@pytest.mark.parametrize(
    "first, later",
    [
        # One word changed.
        (
            "The council said the repairs to the old bridge would cost about two million pounds in total.",
            "The council said the repairs to the old bridge would cost about two million pounds in all.",
        ),
        # One word added at the start.
        (
            "Repairs to the old bridge are expected to take at least three months to complete, officials said.",
            "The repairs to the old bridge are expected to take at least three months to complete, officials said.",
        ),
        # One word dropped.
        (
            "Der Stadtrat erklärte, die Sanierung der alten Brücke werde insgesamt rund zwei Millionen Euro kosten.",
            "Der Stadtrat erklärte, die Sanierung der alten Brücke werde rund zwei Millionen Euro kosten.",
        ),
        (
            "El ayuntamiento explicó que las obras del puente viejo costarán en total unos dos millones de euros.",
            "El ayuntamiento explicó que las obras del puente viejo costarán en total unos dos millones de euro.",
        ),
    ],
)
def test_a_sentence_said_again_with_one_word_changed_is_found(first, later):
    blocks = ["Bridge to reopen", first, *FILLER, later, "The work will start in spring."]
    for text, lines in zip(in_both_layouts(*blocks), tx111(blocks)):
        assert lines == [text.split("\n").index(later) + 1]


@pytest.mark.parametrize(
    "sentences",
    [
        # A speech's anaphora: three alike, or two back to back.
        [
            "We will build homes for the families who have waited far too long in this city.",
            "We will build schools for the families who have waited far too long in this city.",
            "We will build clinics for the families who have waited far too long in this city.",
        ],
        [
            "She said the council would repair the bridge before the winter and reopen the road to lorries.",
            "She said the council would repair the tunnel before the winter and reopen the road to lorries.",
        ],
        # Differing by a name, a number or an ordinal.
        [
            "Shares of Barclays rose sharply in early trading after the bank reported higher quarterly profits.",
            "Drivers were told to expect delays until the end of the week.",
            "Shares of Lloyds rose sharply in early trading after the bank reported higher quarterly profits.",
        ],
        [
            "He was found guilty on count one of the indictment and will be sentenced in the new year.",
            "Drivers were told to expect delays until the end of the week.",
            "He was found guilty on count two of the indictment and will be sentenced in the new year.",
        ],
        [
            "The first train will leave the central station at six in the morning on every weekday.",
            "Drivers were told to expect delays until the end of the week.",
            "The last train will leave the central station at six in the morning on every weekday.",
        ],
        # Short parallel sentences of a report.
        ["Smith scored in the twelfth minute.", "Drivers were told to expect delays.", "Jones scored in the twelfth minute."],
    ],
)
def test_parallel_sentences_stay_clean(sentences):
    blocks = ["Bridge to reopen", *sentences, "The work will start in spring."]
    assert tx111(blocks) == [[], []]


def test_a_sentence_with_a_word_said_twice_is_compared_once():
    later = "The council said the the repairs to the old bridge would cost about two million pounds in all."
    blocks = ["Bridge to reopen", "The council said the repairs to the old bridge would cost about two million pounds in all.", *FILLER, later]
    assert all(len(lines) == 1 for lines in tx111(blocks))
