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

import functools
import itertools
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
MIN_ROWS = 1024  # the memory's arrays start with room for this many
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
    """A sentence's lexical cohesion.  Its stems (``_terms``: stem -> (weight,
    the word as written), in order of first sight) and its heaviest words
    (``unshared``, ``shared``) are sorted out only when asked for: a message
    needs them, the scores do not (the scores come from the article's arrays,
    _analyse)."""

    __slots__ = ("sentence", "cohesion", "weight", "_words_of", "_language", "_article", "_start", "_end", "_terms_kept", "_words")

    def __init__(self, sentence: Sentence, cohesion: float, weight: float, words_of: list[str], language: str, article: "_ArticleTerms", start: int, end: int):
        self.sentence = sentence
        self.cohesion = cohesion  # 0.0 (nothing shared) to 1.0 (everything shared)
        self.weight = weight  # the sentence's total information
        self._words_of = words_of  # its words (the document model's WORD)
        self._language = language
        self._article = article  # the article's stems, one row per (sentence, stem)
        self._start, self._end = start, end  # this sentence's rows of them
        self._terms_kept = None
        self._words: tuple[tuple[str, ...], tuple[str, ...]] | None = None

    @property
    def _terms(self) -> dict[str, tuple[float, str]]:
        """Stem -> (weight, the word as written), in order of first sight; a
        stem keeps the first of its heaviest words."""
        if self._terms_kept is None:
            self._terms_kept = _terms(self._words_of, _content_words([self._words_of], self._language))
        return self._terms_kept

    @property
    def _shared_flags(self) -> list[bool]:
        """Per stem (``_terms``' order), whether another sentence has it."""
        return self._article.shared[self._start : self._end].tolist()

    @property
    def _weights(self) -> list[float]:
        """Per stem (``_terms``' order), its weight."""
        return self._article.weights[self._start : self._end].tolist()

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


class _ArticleTerms(NamedTuple):
    """An article's distinct (sentence, stem) pairs, sentence by sentence,
    each sentence's stems in order of first sight: the sentence, the stem's
    column (the article's stems numbered in order of first sight), its
    weight in the sentence (its heaviest word's) and whether another
    sentence has it."""

    sentences: object
    columns: object
    weights: object
    shared: object
    width: int  # how many distinct stems the article has


class Analysis(NamedTuple):
    language: str
    sentences: list[SentenceCohesion]
    # The article's (sentence, stem) pairs as arrays (None: not worked out).
    terms: "_ArticleTerms | None" = None


def analyse(document: Document) -> Analysis:
    return document.memo("OC.cohesion", _analyse)


def _analyse(document: Document) -> Analysis:
    article = article_language(document)
    language = article.code if article else "en"
    words_of = [words(sentence.text) for sentence in document.sentences]
    store = _store(language)
    terms = store.article_terms(words_of, language)
    count = len(words_of)
    np = store.np
    # Per sentence, its stems' summed weight and the share of it that other
    # sentences have.  bincount adds each sentence's weights in the order of
    # its stems, one after the other from 0.0, as a loop over them (Python's
    # sum) adds them: the same floats; an unshared stem adds 0.0, which
    # changes no sum.
    weight = np.bincount(terms.sentences, terms.weights, minlength=count).tolist()
    shared_weight = np.bincount(terms.sentences, terms.weights * terms.shared, minlength=count).tolist()
    sizes = np.bincount(terms.sentences, minlength=count).tolist()
    results = []
    end = 0
    for sentence, own_words, size, total, shared in zip(document.sentences, words_of, sizes, weight, shared_weight):
        start, end = end, end + size
        # A sentence without stems has weight 0 (an empty sum) and cohesion 1.
        results.append(SentenceCohesion(sentence, shared / total if size else 1.0, total if size else 0, own_words, language, terms, start, end))
    return Analysis(language, results, terms)


def words(text: str) -> list[str]:
    """The text's words as the document model's WORD finds them."""
    return (ASCII_WORD if text.isascii() else WORD).findall(text)


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


def _store(language: str) -> "_Store":
    """The process's memory of the language's words as written."""
    known = _CONTENT.get(language)
    if known is None:
        known = _CONTENT[language] = _Store()
    return known


def _content_words(words_of: list[list[str]], language: str) -> "_Store":
    """The process's memory of the language's words as written (a _Store:
    ``store[word]`` is a word's (stem, (weight, word)) pairs, _word_terms of
    its lower case; () for a word that is no content word), the spellings
    not met before added to it first.  It then holds every word of the
    article (it may hold more)."""
    known = _store(language)
    spellings = list(dict.fromkeys(itertools.chain.from_iterable(words_of)))
    known.numbers(spellings, language)
    return known


def _new_pairs(missing: list[str], language: str) -> list[tuple]:
    """_word_terms of each of the words' lower cases, as (stem, (weight,
    word)) pairs (() for a word that is no content word)."""
    # The new spellings' frequencies read in one pass over the list
    # (common_zipf_column: common_zipf's answers, a C map once the list is a
    # dict), not a call per word: on a corpus run most of this function's
    # time went to the new words' lookups.
    lowered = [word.lower() for word in missing]
    pairs = []
    for word, lower, frequency in zip(missing, lowered, common_zipf_column(lowered, language)):
        if frequency >= COMMON_ZIPF or len(lower) < 2:
            pairs.append(())  # _terms_of's answer for a common or one-letter word: no stems
        elif lower.isascii():
            # _terms_of's answer for an ASCII word (most new words), without
            # its two calls: one stem, the first STEM_LETTERS letters.
            pairs.append(((lower[:STEM_LETTERS], (max(0.5, MAX_WEIGHT - frequency), word)),))
        else:
            weight, stems = _terms_of(lower, frequency)
            term = (weight, word)
            pairs.append(tuple([(stem, term) for stem in stems]))
    return pairs


class _Store:
    """Per language, every word as written met so far, numbered, with its
    (stem, (weight, word)) pairs (() for a word that is no content word),
    kept as tuples (``store[word]``, for the words of a message) and as
    arrays (each word's run of pairs: its first and how many; each pair's
    stem number and weight), so that an article's stems are worked out by
    a few numpy calls, not a Python loop per sentence (_analyse)."""

    def __init__(self):
        import numpy

        self.np = numpy
        self.index: dict[str, int] = {}
        self.clear()

    def clear(self) -> None:
        np = self.np
        self.index.clear()
        self.pairs: list[tuple] = []
        self.stems: dict[str, int] = {}
        self.first = np.zeros(0, dtype=np.intp)
        self.count = np.zeros(0, dtype=np.intp)
        self.pair_stem = np.zeros(0, dtype=np.intp)
        self.pair_weight = np.zeros(0)
        self.pair_total = 0

    def __getitem__(self, word: str) -> tuple:
        return self.pairs[self.index[word]]

    def __len__(self) -> int:
        return len(self.index)

    def numbers(self, distinct: list[str], language: str) -> list[int]:
        """The numbers of distinct words, the new ones added first (the
        memory starts again when it would grow past MAX_CACHED_WORDS)."""
        found = list(map(self.index.get, distinct))  # one lookup a word, in C
        if None in found:
            missing = [word for word, number in zip(distinct, found) if number is None]
            if len(self) + len(missing) > MAX_CACHED_WORDS:
                self.clear()
                missing = distinct
            self.add(missing, _new_pairs(missing, language))
            found = list(map(self.index.__getitem__, distinct))
        return found

    def add(self, words: list[str], pairs: list[tuple]) -> None:
        np = self.np
        start = len(self.index)
        counts = list(map(len, pairs))
        firsts = list(itertools.accumulate(counts, initial=self.pair_total))
        self.pair_total = firsts.pop()
        stems = self.stems
        new_stems = [stem for word_pairs in pairs for stem, _ in word_pairs]
        for stem in new_stems:
            if stem not in stems:
                stems[stem] = len(stems)
        self.first = _put(np, self.first, start, firsts)
        self.count = _put(np, self.count, start, counts)
        pair_start = firsts[0] if firsts else self.pair_total
        self.pair_stem = _put(np, self.pair_stem, pair_start, list(map(stems.__getitem__, new_stems)))
        self.pair_weight = _put(np, self.pair_weight, pair_start, [term[0] for word_pairs in pairs for _, term in word_pairs])
        self.index.update(zip(words, range(start, start + len(words))))
        self.pairs += pairs

    def article_terms(self, words_of: list[list[str]], language: str) -> _ArticleTerms:
        """The article's distinct (sentence, stem) pairs, sentence by
        sentence, each sentence's stems in order of first sight, weighing
        what the stem's heaviest word in the sentence weighs (_terms'
        choice); the article's new words are added first."""
        np = self.np
        count = len(words_of)
        tokens = list(itertools.chain.from_iterable(words_of))
        numbers = token_numbers(np, tokens, lambda distinct: self.numbers(distinct, language))
        lengths = np.fromiter(map(len, words_of), dtype=np.intp, count=count)
        sentence_of = np.arange(count).repeat(lengths)
        counts = self.count[numbers]
        if not len(counts) or counts.max() <= 1:
            # Each word one stem or none (every word of a spaced script).
            has = counts > 0
            rows = self.first[numbers[has]]
            sentences = sentence_of[has]
        else:
            # A word of Chinese or Japanese has a stem per pair of characters.
            sentences = sentence_of.repeat(counts)
            starts = counts.cumsum() - counts
            rows = self.first[numbers].repeat(counts) + np.arange(int(counts.sum())) - starts.repeat(counts)
        stems = self.pair_stem[rows]
        weights = self.pair_weight[rows]
        size = max(1, len(self.stems))
        codes = (sentences * size + stems).tolist()
        distinct = dict.fromkeys(codes)  # in order of first sight, sentence by sentence
        if len(distinct) < len(codes):
            # A stem said twice in a sentence (or by two words): one pair, of
            # its heaviest word's weight.
            place = dict(zip(distinct, range(len(distinct))))
            heaviest = np.zeros(len(distinct))
            np.maximum.at(heaviest, np.fromiter(map(place.__getitem__, codes), dtype=np.intp, count=len(codes)), weights)
            weights = heaviest
            sentences, stems = np.divmod(np.fromiter(distinct, dtype=np.intp, count=len(distinct)), size)
        # The article's stems numbered in order of first sight.
        listed = stems.tolist()
        column_of = dict(zip(dict.fromkeys(listed), itertools.count()))
        columns = np.fromiter(map(column_of.__getitem__, listed), dtype=np.intp, count=len(listed))
        shared = np.bincount(columns, minlength=len(column_of))[columns] > 1
        return _ArticleTerms(sentences, columns, weights, shared, len(column_of))


def token_numbers(np, tokens: list[str], number_distinct):
    """Each token's number, ``number_distinct`` giving those of the distinct
    tokens (a list, in order of first sight).  The memory of words met is
    large (tens of thousands of words, out of the processor's caches), so it
    is read once per distinct word, not once per token: each token's first
    place among the tokens is found in a dict of the article's own words
    (setdefault keeps the first place of a word, in C), and the tokens take
    the numbers of their first places."""
    first_place: dict[str, int] = {}
    places = np.fromiter(map(first_place.setdefault, tokens, itertools.count()), dtype=np.intp, count=len(tokens))
    by_place = np.empty(len(tokens), dtype=np.intp)
    by_place[np.fromiter(first_place.values(), dtype=np.intp, count=len(first_place))] = number_distinct(list(first_place))
    return by_place[places]


def _put(np, array, start: int, values):
    """``array`` with ``values`` written from ``start`` on, grown (doubled)
    first when they do not fit, so that adding a few at a time costs linear
    time overall."""
    end = start + len(values)
    if end > len(array):
        grown = np.zeros(max(MIN_ROWS, 2 * len(array), end), dtype=array.dtype)
        grown[:start] = array[:start]
        array = grown
    array[start:end] = values
    return array


def content_weight(lowered: str, frequency: float) -> float:
    """A lower-case word's weight as a content word (0.0 for a common or
    one-letter word) from its common_zipf ``frequency``: _terms_of's weight,
    which always comes with a stem, without cutting the stems."""
    if frequency >= COMMON_ZIPF or len(lowered) < 2:
        return 0.0
    return max(0.5, MAX_WEIGHT - frequency)


# Per language: every word as written met so far, with its (stem, (weight,
# word)) pairs, () for a word that is no content word (a _Store).  (_SEEN:
# the same memory, under the name it had when the words met were kept apart.)
_CONTENT: dict[str, _Store] = {}
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
    # sentence; stems numbered in order of first sight (_analyse's arrays).
    terms = analysis.terms
    if not len(terms.columns):
        return best
    rows, columns, weights = terms.sentences, terms.columns, terms.weights
    if count <= min(block, window + 1):
        # One block, every pair within the window (an article): the general
        # case's steps, fewer of them.
        matrix = np.zeros((count, terms.width))
        matrix[rows, columns] = weights
        shared = matrix @ (matrix > 0).T
        shared.reshape(-1)[:: count + 1] = 0.0  # the diagonal, as np.fill_diagonal fills it
        return np.maximum.reduce(shared, axis=1)
    for low in range(0, count, block):
        high = min(count, low + block)
        first, last = max(0, low - window), min(count, high + window)
        start, end = np.searchsorted(rows, [first, last])
        if first == 0 and last == count:
            local, width = columns, terms.width  # every sentence in the block's reach
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
