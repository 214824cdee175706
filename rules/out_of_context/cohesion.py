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
import operator
import re
from typing import NamedTuple

from newslint import Document, Sentence
from newslint.document import WORD
from newslint.language import common_zipf, common_zipf_column
from newslint.pattern_cache import compile_cached

from ..lexicon import article_language

STEM_LETTERS = 6
COMMON_ZIPF = 5.5  # at or above this a word carries no topic (the, said, year)
MAX_WEIGHT = 7.5
MAX_CACHED_WORDS = 200_000  # words as written remembered per language
# The document model's WORD on ASCII text, for the stdlib's re, which scans
# such text about half again as fast as regex (most sentences of English
# news are ASCII): in ASCII, \p{L} is the letters, \p{N} the digits and
# \p{M} nothing, and ’ is not ASCII.  tests/test_out_of_context.py checks
# the two agree.
ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:['\-][A-Za-z0-9]+)*")
CJK = compile_cached(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
HANGUL = compile_cached(r"\p{Hangul}")
# Arabic writes the article and the one-letter conjunctions and prepositions
# as part of the word ("الهيئة", "للهيئة", "وبالهيئة" are all "هيئة"): they
# are taken off before the first letters are compared, when three letters
# or more remain.
ARABIC_PROCLITICS = compile_cached(r"^(?:[وف]?(?:[بك]?ال|لل)|[وف](?=[\p{Arabic}]{3}))(?=[\p{Arabic}]{3})")


class SentenceCohesion:
    """A sentence's lexical cohesion.  Its heaviest words (``unshared``,
    ``shared``) are sorted out only when asked for: a message needs them,
    the scores do not."""

    __slots__ = ("sentence", "cohesion", "weight", "_terms", "_shared_flags", "_words", "_weights")

    def __init__(self, sentence: Sentence, cohesion: float, weight: float, terms, shared_flags: list[bool], weights: list[float]):
        self.sentence = sentence
        self.cohesion = cohesion  # 0.0 (nothing shared) to 1.0 (everything shared)
        self.weight = weight  # the sentence's total information
        self._terms = terms  # stem -> (weight, the word as written), in order of first sight
        self._shared_flags = shared_flags  # per stem, whether another sentence has it
        self._weights = weights  # per stem, its weight (the terms' first values, for best_shared)
        self._words: tuple[tuple[str, ...], tuple[str, ...]] | None = None

    @property
    def unshared(self) -> tuple[str, ...]:
        """Its heaviest words found nowhere else (up to four)."""
        return self._heaviest()[0]

    @property
    def shared(self) -> tuple[str, ...]:
        """Its heaviest words the article also has (up to three)."""
        return self._heaviest()[1]

    def _heaviest(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        if self._words is None:
            # Heaviest first; a sort is stable, so equal weights keep their order.
            heaviest = sorted(zip(self._terms.values(), self._shared_flags), key=lambda item: -item[0][0])
            self._words = (
                tuple(itertools.islice((word for (_, word), shared in heaviest if not shared), 4)),
                tuple(itertools.islice((word for (_, word), shared in heaviest if shared), 3)),
            )
        return self._words

    def __repr__(self) -> str:
        return f"SentenceCohesion({self.sentence!r}, cohesion={self.cohesion!r}, weight={self.weight!r})"


class Analysis(NamedTuple):
    language: str
    sentences: list[SentenceCohesion]


def analyse(document: Document) -> Analysis:
    return document.memo("OC.cohesion", _analyse)


def _analyse(document: Document) -> Analysis:
    article = article_language(document)
    language = article.code if article else "en"
    words_of = [words(sentence.text) for sentence in document.sentences]
    content = _content_words(words_of, language)
    per_sentence = [_terms(words, content) for words in words_of]
    # In how many sentences each stem occurs (counted in C over the dicts' keys).
    totals = collections.Counter(itertools.chain.from_iterable(per_sentence))
    sentences_with = totals.__getitem__
    results = []
    # Sums in the stems' order, as a loop over them would add (so the same
    # floats), but walked in C.
    for sentence, terms in zip(document.sentences, per_sentence):
        weights = list(map(_WEIGHT, terms.values()))
        weight = sum(weights)
        shared_flags = list(map(_MORE_THAN_ONE, map(sentences_with, terms)))
        shared_weight = sum(itertools.compress(weights, shared_flags))
        results.append(SentenceCohesion(sentence, shared_weight / weight if weight else 1.0, weight, terms, shared_flags, weights))
    return Analysis(language, results)


def words(text: str) -> list[str]:
    """The text's words as the document model's WORD finds them."""
    return (ASCII_WORD if text.isascii() else WORD).findall(text)


_WEIGHT = operator.itemgetter(0)
_WEIGHTS = operator.attrgetter("_weights")
_MORE_THAN_ONE = (1).__lt__


def _terms(words: list[str], content: dict[str, tuple]) -> dict[str, tuple[float, str]]:
    """Stem -> (weight, the word as written) for a sentence's content words
    (the document model's words, found in the sentence's own text), in order
    of first sight; a stem keeps the first of its heaviest words.
    ``content`` holds every word of the article (pairs () for a word that is
    no content word)."""
    pairs = list(itertools.chain.from_iterable(map(content.__getitem__, words)))
    terms = dict(pairs)
    # A spelling's pairs are one tuple's: a word said twice gives the same
    # pair objects again, which changes nothing.  Only two spellings of one
    # stem need the heaviest chosen (rarely).
    if len(terms) == len(pairs) or len(terms) == len(set(map(id, pairs))):
        return terms
    terms = {}
    for stem, (weight, word) in pairs:
        if stem not in terms or terms[stem][0] < weight:
            terms[stem] = (weight, word)
    return terms


def _content_words(words_of: list[list[str]], language: str) -> dict[str, tuple]:
    """A mapping of each word of the article as written to its (stem,
    (weight, word)) pairs (_word_terms of its lower case; () for a word that
    is no content word): the process's memory of the language itself, the
    spellings not met before added to it first.  It then holds every word of
    the article (it may hold more), read with one lookup a token; no dict is
    made per article (copying the article's entries out of the memory cost
    as much as the lookups)."""
    known = _CONTENT.setdefault(language, {})
    spellings = dict.fromkeys(itertools.chain.from_iterable(words_of))
    if spellings.keys() <= known.keys():  # every spelling met before: tested in C
        return known
    missing = [word for word in spellings if word not in known]
    if len(known) + len(missing) > MAX_CACHED_WORDS:
        known.clear()
        missing = list(spellings)
    # The new spellings' frequencies read in one pass over the list
    # (common_zipf_column: common_zipf's answers, a C map once the list is a
    # dict), not a call per word: on a corpus run most of this function's
    # time went to the new words' lookups.
    lowered = [word.lower() for word in missing]
    for word, lower, frequency in zip(missing, lowered, common_zipf_column(lowered, language)):
        if frequency >= COMMON_ZIPF or len(lower) < 2:
            known[word] = ()  # _terms_of's answer for a common or one-letter word: no stems
        elif lower.isascii():
            # _terms_of's answer for an ASCII word (most new words), without
            # its two calls: one stem, the first STEM_LETTERS letters.
            known[word] = ((lower[:STEM_LETTERS], (max(0.5, MAX_WEIGHT - frequency), word)),)
        else:
            weight, stems = _terms_of(lower, frequency)
            term = (weight, word)
            known[word] = tuple([(stem, term) for stem in stems])
    return known


def content_weight(lowered: str, frequency: float) -> float:
    """A lower-case word's weight as a content word (0.0 for a common or
    one-letter word) from its common_zipf ``frequency``: _terms_of's weight,
    which always comes with a stem, without cutting the stems."""
    if frequency >= COMMON_ZIPF or len(lowered) < 2:
        return 0.0
    return max(0.5, MAX_WEIGHT - frequency)


# Per language: every word as written met so far -> its (stem, (weight,
# word)) pairs, () for a word that is no content word.  (_SEEN: the same
# memory, under the name it had when the words met were kept apart.)
_CONTENT: dict[str, dict[str, tuple]] = {}
_SEEN = _CONTENT


@functools.lru_cache(maxsize=200_000)
def _word_terms(lowered: str, language: str) -> tuple[float, tuple[str, ...]]:
    """A lower-case word's weight and stems (no stems for a common word)."""
    return _terms_of(lowered, common_zipf(lowered, language))


def _terms_of(lowered: str, frequency: float) -> tuple[float, tuple[str, ...]]:
    """_word_terms of a lower-case word whose common_zipf is ``frequency``."""
    if frequency >= COMMON_ZIPF or len(lowered) < 2:
        return 0.0, ()
    return max(0.5, MAX_WEIGHT - frequency), tuple(_stems(lowered))


def _stems(word: str) -> list[str]:
    if word.isascii():
        return [word[:STEM_LETTERS]]  # no CJK or Hangul in ASCII: the common case, without the two searches
    if CJK.search(word):
        # No spaces between words: every pair of characters is a term.
        return [word[i : i + 2] for i in range(max(1, len(word) - 1))]
    if HANGUL.match(word):
        return [word[:2]]
    if "\u0600" <= word[0] <= "\u06ff":
        word = ARABIC_PROCLITICS.sub("", word)
    return [word[:STEM_LETTERS]]


def best_shared(analysis: Analysis, np, window: int, block: int):
    """Per sentence (the analysis' order), the most content weight it shares
    with any one other sentence: the summed weights of its stems that this
    other sentence also has.  A sentence of the article usually picks up a
    name or a topic word of one particular sentence (the one that introduced
    it); another story's sentence shares at most a few scattered words, with
    no one sentence in particular, even when its cohesion (shared with the
    article as a whole) is middling.  Each sentence is compared with those
    within ``window`` of it, ``block`` sentences at a time, so a very long
    input costs linear time; an article fits in one block."""
    count = len(analysis.sentences)
    best = np.zeros(count)
    # Every (sentence, stem) pair in order, with the stem's weight in that
    # sentence; stems numbered in order of first sight (loops in C).
    per_sentence = [item._terms for item in analysis.sentences]
    stems = list(itertools.chain.from_iterable(per_sentence))
    if not stems:
        return best
    numbered = dict(zip(dict.fromkeys(stems), itertools.count()))
    columns = np.fromiter(map(numbered.__getitem__, stems), dtype=np.intp, count=len(stems))
    rows = np.arange(count).repeat(list(map(len, per_sentence)))
    # The stems' weights as _analyse listed them, sentence by sentence.
    weights = np.fromiter(
        itertools.chain.from_iterable(map(_WEIGHTS, analysis.sentences)), dtype=float, count=len(stems)
    )
    if count <= min(block, window + 1):
        # One block, every pair within the window (an article): the general
        # case's steps, fewer of them.
        matrix = np.zeros((count, len(numbered)))
        matrix[rows, columns] = weights
        shared = matrix @ (matrix > 0).T
        shared.reshape(-1)[:: count + 1] = 0.0  # the diagonal, as np.fill_diagonal fills it
        return np.maximum.reduce(shared, axis=1)
    for low in range(0, count, block):
        high = min(count, low + block)
        first, last = max(0, low - window), min(count, high + window)
        start, end = np.searchsorted(rows, [first, last])
        if first == 0 and last == count:
            local, width = columns, len(numbered)  # every sentence in the block's reach
        else:
            # The block's stems numbered afresh, so the matrix is as wide as
            # they are, not the whole input's (without np.unique, whose
            # first call imports numpy.ma).
            listed = columns[start:end].tolist()
            renumbered = {stem: place for place, stem in enumerate(dict.fromkeys(listed))}
            local = np.fromiter(map(renumbered.__getitem__, listed), dtype=np.intp, count=len(listed))
            width = len(renumbered)
        matrix = np.zeros((last - first, width))
        matrix[rows[start:end] - first, local] = weights[start:end]
        shared = matrix[low - first : high - first] @ (matrix > 0).T
        own = np.arange(low, high)[:, None]
        others = np.arange(first, last)[None, :]
        shared[(own == others) | (np.abs(own - others) > window)] = 0.0
        best[low:high] = shared.max(axis=1)
    return best
