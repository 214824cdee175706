"""OC101's sentence vectors without the direction all English sentences share
(issue 11, helper oc101), on text written for the project."""
from __future__ import annotations

import numpy as np
import pytest

from newslint import Document, Linter
from newslint.rules.out_of_context import context, rules, static

RELEASE = """Council opens new recycling centre on industrial estate

A new recycling centre has opened on the Marsh Lane industrial estate, replacing the cramped site beside the river that closed in the spring.

The centre takes garden waste, wood, metal, electrical goods and building rubble, and residents no longer need to book a slot before they visit. Opening hours have been extended to eight in the evening on weekdays from April to September.{intruder}

Council officers said the old site had been too small for the number of cars queuing at weekends, which often backed up onto the main road.

The new centre has twice as many bays, a separate lane for vans and trailers, and a reuse shop where furniture and bicycles in good condition are sold cheaply.

Staff will check that visitors live in the district, and trade waste will still need a permit.

The council hopes to raise the share of household waste that is recycled from forty to fifty per cent within three years.
"""
INTRUDER = " The singer's fourth album, recorded in a cabin in Norway last winter, goes on sale on Friday with a tour to follow."


def oc101(text: str) -> list:
    return Linter(select=["OC101"]).lint_text(text, "article")


def test_the_common_direction_is_a_unit_vector_of_the_tables_width():
    common = static.common()
    assert common.dtype == np.float32
    assert common.shape == (static.table().dimensions,)
    assert abs(float(np.linalg.norm(common)) - 1.0) < 1e-5


def test_sentence_vectors_lose_the_common_direction_and_stay_unit_length():
    raw = static.table().embed(
        [static.words("The council approved the budget on Tuesday."), static.words("The striker scored twice."), []],
        context._weigh,
    )
    cleaned = context._without_common(np, raw)
    common = static.common()
    assert np.allclose(cleaned[:2] @ common, 0.0, atol=1e-5)
    assert np.allclose(np.linalg.norm(cleaned[:2], axis=1), 1.0, atol=1e-5)
    assert not cleaned[2].any()  # a sentence with no known word stays a zero row


def test_two_unrelated_sentences_come_out_less_alike_without_it():
    texts = ["The council approved the budget for next year's road repairs.", "The striker scored twice in the second half."]
    raw = static.table().embed([static.words(t) for t in texts], context._weigh)
    cleaned = context._without_common(np, raw)
    assert float(cleaned[0] @ cleaned[1]) < float(raw[0] @ raw[1])


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_another_storys_sentence_scores_highest_of_its_article(separator):
    # Found by rank, not yet by the default threshold: the score (1.00 against
    # 1.68; 0.24 against 1.5 before issue 11's sixth round) is what issue
    # 11's remaining misses look like in short written articles (README,
    # "OC101 ... common direction").
    damaged = RELEASE.format(intruder=INTRUDER).replace("\n\n", separator)
    scored = sorted(
        (rules.static_score(item.features), item.sentence.text)
        for item in rules.static_judged(Document(damaged), {"min-words": 8, "min-sentences": 6})
    )
    assert "fourth album" in scored[-1][1]
    assert scored[-1][0] - scored[-2][0] > 2.0


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_the_council_report_itself_stays_clean(separator):
    assert oc101(RELEASE.format(intruder="").replace("\n\n", separator)) == []
