"""Speed work on OC (speedoc19): the article's words looked up once per
distinct word, and the stems' sums taken from the article's arrays; each
fast path against the plain reading it replaces."""
from __future__ import annotations

import numpy as np

from newslint import Document
from newslint.rules.out_of_context import cohesion

FERRY = """Island ferry timetable changes from May

The harbour board said the island ferry will sail twice a day from May, once the new pier opens.
Islanders had asked the harbour board for a second ferry after the winter storms cut the crossing.
The board's chair, Ann Lee, said the second sailing would leave the pier at six in the evening.
Ann Lee added that fares would stay the same for islanders and their cars.
The pier cost 4.2 million pounds and took two years to build.
"""


def test_each_token_takes_the_number_of_its_word_asked_once_per_distinct_word():
    asked = []

    def number_distinct(distinct):
        asked.append(list(distinct))
        return [100 + place for place in range(len(distinct))]

    tokens = ["the", "ferry", "The", "the", "ferry", "pier", "the"]
    numbers = cohesion.token_numbers(np, tokens, number_distinct)
    assert asked == [["the", "ferry", "The", "pier"]]  # each distinct word once, in order of first sight
    expected = {word: 100 + place for place, word in enumerate(asked[0])}
    assert numbers.tolist() == [expected[token] for token in tokens]
    assert cohesion.token_numbers(np, [], number_distinct).tolist() == []


def test_the_stems_arrays_are_the_sentences_terms():
    analysis = cohesion._analyse(Document(FERRY))
    terms = analysis.terms
    start = 0
    columns = {}
    for row, item in enumerate(analysis.sentences):
        end = start + len(item._terms)
        assert terms.sentences[start:end].tolist() == [row] * (end - start)
        assert terms.weights[start:end].tolist() == [weight for weight, _ in item._terms.values()]
        for stem, column in zip(item._terms, terms.columns[start:end].tolist()):
            assert columns.setdefault(stem, column) == column  # one column a stem
        start = end
    assert start == len(terms.columns)
    assert list(columns.values()) == list(range(terms.width))  # numbered in order of first sight
    assert any(terms.shared) and not all(terms.shared)  # the test can fail: some stems shared, not all
