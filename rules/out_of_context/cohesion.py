"""Lexical cohesion: how much of a sentence's content the rest of its article
shares.

Each word is cut to a stem (its first six letters, or first two syllables of
Hangul, or its characters for Chinese and Japanese) and weighed by how
informative it is: a common word weighs little, a rare word or a name a lot
(7.5 minus its Zipf frequency in the article's language, from wordfreq).  A
sentence's cohesion is the weight of its stems that occur elsewhere in the
article, over the weight of all its stems.
"""
from __future__ import annotations

import collections
import functools
import itertools
from typing import NamedTuple

import regex

from newslint import Document, Sentence
from newslint.document import WORD
from newslint.language import common_zipf

from ..lexicon import article_language

STEM_LETTERS = 6
COMMON_ZIPF = 5.5  # at or above this a word carries no topic (the, said, year)
MAX_WEIGHT = 7.5
CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
HANGUL = regex.compile(r"\p{Hangul}")


class SentenceCohesion(NamedTuple):
    sentence: Sentence
    cohesion: float  # 0.0 (nothing shared) to 1.0 (everything shared)
    weight: float  # the sentence's total information
    unshared: tuple[str, ...]  # its heaviest words found nowhere else
    shared: tuple[str, ...]  # its heaviest words the article also has


class Analysis(NamedTuple):
    language: str
    sentences: list[SentenceCohesion]


def analyse(document: Document) -> Analysis:
    return document.memo("OC.cohesion", _analyse)


def _analyse(document: Document) -> Analysis:
    article = article_language(document)
    language = article.code if article else "en"
    per_sentence = [_terms(sentence.text, language) for sentence in document.sentences]
    # In how many sentences each stem occurs (counted in C over the dicts' keys).
    totals = collections.Counter(itertools.chain.from_iterable(per_sentence))
    results = []
    for sentence, terms in zip(document.sentences, per_sentence):
        weight = sum(weight for weight, _ in terms.values())
        shared = {stem: value for stem, value in terms.items() if totals[stem] > 1}
        shared_weight = sum(weight for weight, _ in shared.values())
        heaviest = sorted(terms.items(), key=lambda item: -item[1][0])
        results.append(
            SentenceCohesion(
                sentence,
                shared_weight / weight if weight else 1.0,
                weight,
                tuple(itertools.islice((word for stem, (_, word) in heaviest if stem not in shared), 4)),
                tuple(itertools.islice((word for stem, (_, word) in heaviest if stem in shared), 3)),
            )
        )
    return Analysis(language, results)


def _terms(text: str, language: str) -> dict[str, tuple[float, str]]:
    """Stem -> (weight, the word as written) for a sentence's content words
    (the document model's words, found in the sentence's own text)."""
    terms: dict[str, tuple[float, str]] = {}
    known = _AS_WRITTEN.setdefault(language, {})
    if len(known) > MAX_CACHED_WORDS:
        known.clear()
    for word in WORD.findall(text):
        entry = known.get(word)
        if entry is None:
            entry = known[word] = _word_terms(word.lower(), language)
        weight, stems = entry
        for stem in stems:
            if stem not in terms or terms[stem][0] < weight:
                terms[stem] = (weight, word)
    return terms


# Per language, per word as written: _word_terms of its lower case.
_AS_WRITTEN: dict[str, dict[str, tuple[float, tuple[str, ...]]]] = {}
MAX_CACHED_WORDS = 200_000


@functools.lru_cache(maxsize=200_000)
def _word_terms(lowered: str, language: str) -> tuple[float, tuple[str, ...]]:
    """A lower-case word's weight and stems (no stems for a common word)."""
    frequency = common_zipf(lowered, language)
    if frequency >= COMMON_ZIPF or len(lowered) < 2:
        return 0.0, ()
    return max(0.5, MAX_WEIGHT - frequency), tuple(_stems(lowered))


def _stems(word: str) -> list[str]:
    if CJK.search(word):
        # No spaces between words: every pair of characters is a term.
        return [word[i : i + 2] for i in range(max(1, len(word) - 1))]
    if HANGUL.match(word):
        return [word[:2]]
    return [word[:STEM_LETTERS]]
