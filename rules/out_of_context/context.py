"""What OC101's default (static) method knows about each sentence: how close
it is in meaning to the rest of its article, to its neighbours and to the
headline (static embeddings), how many of its content words the article
shares (lexical cohesion), and whether its names occur anywhere else.

The rule combines these with weights fitted on one half of the BBC articles
(tests/benchmarks/out_of_context.py --fit) and reports a sentence whose
score passes the threshold.
"""
from __future__ import annotations

import collections
import math
from typing import NamedTuple, Sequence

from newslint import Document, Sentence

from . import cohesion, static
from ..lexicon import zipf

NAME_ZIPF = 4.0  # a capitalised word rarer than this (or unknown) is a name
MIN_EMBEDDED_WORDS = 3  # shorter sentences (datelines, credits) are not context
SPREAD_FLOOR = 0.05  # keeps the z-score sane in articles of near-equal sentences
WINDOW = 60  # sentences each side searched for a sentence's nearest in meaning

FEATURES = (
    "rest",  # cosine to the rest of the article (its sentences' mean direction)
    "nearest",  # mean cosine of its two nearest sentences
    "neighbours",  # higher cosine of the sentences just before and after it
    "headline",  # cosine to the first line
    "relative",  # "rest", as standard scores among the article's sentences
    "cohesion",  # lexical: the weighted share of its content words found elsewhere
    "unshared_names",  # names (capitalised rare words) found nowhere else, up to 3
    "shared_names",  # names the article also has, up to 3
    "information",  # lexical: log of its content words' summed rarity (generic talk carries little)
    "unshared_information",  # lexical: the rarity of its words found nowhere else, over ten
    "quote",  # 1 when it holds quotation marks: speech is often off the topic's words
)
QUOTES = "\"“”«»„"


class Judged(NamedTuple):
    sentence: Sentence
    features: tuple[float, ...]
    unshared: tuple[str, ...]


def judge(document: Document, candidates: Sequence[Sentence]) -> list[Judged]:
    """The features of each candidate sentence (English articles only),
    computed once per article for OC101 and OC102 together."""
    everything = document.memo("OC.static", _judge_all)
    return [everything[sentence] for sentence in candidates if sentence in everything]


def _judge_all(document: Document) -> dict[Sentence, Judged]:
    table = static.table()
    np = table.np
    analysis = cohesion.analyse(document)
    lexical = {item.sentence: item for item in analysis.sentences}
    context = [s for s in document.sentences if len(s.text.split()) >= MIN_EMBEDDED_WORDS]
    first = document.sentences[0].line if document.sentences else 0
    headline_text = " ".join(s.text for s in document.sentences if s.line == first)
    words_of = {s: static.WORD.findall(s.text) for s in document.sentences}
    vectors = table.embed([words_of[s] for s in context] + [static.WORD.findall(headline_text)], _weigh)
    headline = vectors[-1]
    vectors = vectors[:-1]
    position = {s: row for row, s in enumerate(context)}
    total = vectors.sum(axis=0)
    names = _names(document, words_of)
    candidates = [s for s in context if s.line != first]
    rows = [position[s] for s in candidates]
    rest_of = {}
    for row in rows:
        rest = total - vectors[row]
        rest_of[row] = float(vectors[row] @ rest / max(float(np.linalg.norm(rest)), 1e-9))
    # Sums for each sentence's standard score among the others, in O(1) each.
    count = len(rest_of)
    sum_1 = sum(rest_of.values())
    sum_2 = sum(value * value for value in rest_of.values())
    results = {}
    for sentence in candidates:
        row = position[sentence]
        # Nearest sentences are looked for within a window, so a long input
        # costs linear time; a news article fits in it whole.
        low, high = max(0, row - WINDOW), min(len(context), row + WINDOW + 1)
        similarities = vectors[low:high] @ vectors[row]
        others = np.delete(similarities, row - low)
        nearest = np.sort(others)[-2:] if len(others) else np.ones(1)
        neighbours = [float(similarities[other - low]) for other in (row - 1, row + 1) if low <= other < high]
        value = rest_of[row]
        peers = count - 1
        mean = (sum_1 - value) / peers if peers else value
        variance = max(0.0, (sum_2 - value * value) / peers - mean * mean) if peers else 0.0
        spread = math.sqrt(variance)
        unshared, shared = names.get(sentence, ((), ()))
        item = lexical[sentence]
        results[sentence] = Judged(sentence, (
            rest_of[row],
            float(nearest.mean()),
            float(max(neighbours)) if neighbours else 1.0,
            float(vectors[row] @ headline),
            (rest_of[row] - mean) / (spread + SPREAD_FLOOR),
            item.cohesion,
            float(min(len(unshared), 3)),
            float(min(len(shared), 3)),
            math.log1p(item.weight),
            item.weight * (1.0 - item.cohesion) / 10.0,
            1.0 if any(mark in sentence.text for mark in QUOTES) else 0.0,
        ), item.unshared)
    return results


def _weigh(word: str) -> float:
    return static.sif_weight(zipf(word.lower(), "en"))


def _names(document: Document, words_of: dict[Sentence, list[str]]) -> dict[Sentence, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Per sentence, its names found in no other sentence and those found in
    another (compared lower-cased, so "Rotterdam's" and "rotterdam" meet)."""
    counts: collections.Counter = collections.Counter()
    for sentence in document.sentences:
        counts.update({_name_key(w) for w in words_of[sentence]})
    result = {}
    for sentence in document.sentences:
        unshared, shared = [], []
        for word in words_of[sentence][1:]:  # the first word is capitalised anyway
            if not word[:1].isupper():
                continue
            key = _name_key(word)
            if zipf(key, "en") >= NAME_ZIPF:
                continue
            (shared if counts[key] > 1 else unshared).append(word)
        result[sentence] = (tuple(dict.fromkeys(unshared)), tuple(dict.fromkeys(shared)))
    return result


def _name_key(word: str) -> str:
    """A word lower-cased without its possessive: "Rotterdam's" -> "rotterdam"."""
    return word.lower().split("'")[0].split("’")[0]
