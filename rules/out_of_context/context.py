"""What OC101's default (static) method knows about each sentence: how close
it is in meaning to the rest of its article, to its paragraph, to the
sentences just before and after it and to the headline (static embeddings);
how close its words are to the article's other words; how many of its
content words the article shares (lexical cohesion); whether its names and
numbers occur anywhere else.  Similarities are also given as standard scores
among the article's own sentences: a raw similarity means something else in
a long article than in a short one.

The rule combines these with weights fitted on one half of the BBC articles
(tests/benchmarks/out_of_context.py --fit) and reports a sentence whose
score passes the threshold.  Everything is computed once per article, with
one matrix of sentence vectors and one of word vectors.
"""
from __future__ import annotations

import collections
import itertools
import math
from typing import NamedTuple, Sequence

from newslint import Document, Sentence

from . import cohesion, static
from ..lexicon import zipf

NAME_ZIPF = 4.0  # a capitalised word rarer than this (or unknown) is a name
MIN_EMBEDDED_WORDS = 3  # shorter sentences (datelines, credits) are not context
SPREAD_FLOOR = 0.05  # keeps standard scores sane in articles of near-equal sentences
WINDOW = 60  # sentences each side searched for a sentence's nearest in meaning
BLOCK = 120  # sentences taken at once (an article fits in one block)
MAX_COUNTED = 3  # names or numbers counted per sentence
MAX_CACHED_WORDS = 200_000

FEATURES = (
    "rest",  # cosine to the rest of the article (its other sentences' summed vector)
    "rest_z",  # "rest" as a standard score among the article's sentences
    "nearest",  # mean cosine of its two nearest sentences
    "neighbours",  # higher cosine of the sentences just before and after it
    "drop",  # how much closer its two neighbours are to each other than to it
    "paragraph",  # cosine to the other sentences of its paragraph (line)
    "headline",  # cosine to the first line
    "headline_z",  # "headline" as a standard score
    "words",  # its content words' closeness to the article's other words (weighted mean of best cosines)
    "words_z",  # "words" as a standard score
    "new_words",  # the same over its words found nowhere else only (1 when it has none)
    "cohesion",  # lexical: the weighted share of its content words found elsewhere
    "cohesion_z",  # "cohesion" as a standard score
    "unshared_names",  # names (capitalised rare words) found nowhere else, up to 3
    "shared_names",  # names the article also has, up to 3
    "unshared_numbers",  # numbers found nowhere else, up to 3
    "information",  # lexical: log of its content words' summed rarity (generic talk carries little)
    "unshared_information",  # lexical: the rarity of its words found nowhere else, over ten
    "quote",  # 1 when it holds quotation marks: speech is often off the topic's words
    "length",  # log of its number of words
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


def _standard(values, np):
    """Each value as a standard score among the others (leave-one-out), in
    O(n) for the whole article."""
    count = len(values)
    if count < 2:
        return np.zeros(count)
    total, squares = values.sum(), (values * values).sum()
    peers = count - 1
    mean = (total - values) / peers
    variance = np.maximum(0.0, (squares - values * values) / peers - mean * mean)
    return (values - mean) / (np.sqrt(variance) + SPREAD_FLOOR)


def _judge_all(document: Document) -> dict[Sentence, Judged]:
    table = static.table()
    np = table.np
    analysis = cohesion.analyse(document)
    lexical = {item.sentence: item for item in analysis.sentences}
    sentences = document.sentences
    if not sentences:
        return {}
    first = sentences[0].line
    words_of = [static.WORD.findall(s.text) for s in sentences]
    context_rows = [i for i, s in enumerate(sentences) if len(s.text.split()) >= MIN_EMBEDDED_WORDS]
    headline_words = [w for i, s in enumerate(sentences) if s.line == first for w in words_of[i]]
    vectors = table.embed([words_of[i] for i in context_rows] + [headline_words], _weigh)
    headline = vectors[-1]
    vectors = vectors[:-1]
    context = [sentences[i] for i in context_rows]
    candidates = [row for row, s in enumerate(context) if s.line != first]
    if not candidates:
        return {}
    candidate_index = np.array(candidates)

    # Cosines to the rest of the article and to the headline, for all at once.
    total = vectors.sum(axis=0)
    rest_vectors = total[None, :] - vectors[candidate_index]
    rest = (vectors[candidate_index] * rest_vectors).sum(axis=1) / np.maximum(np.linalg.norm(rest_vectors, axis=1), 1e-9)
    to_headline = vectors[candidate_index] @ headline
    nearest, neighbours, drop = _sentence_neighbourhood(np, vectors)
    paragraph = _paragraph(np, vectors, [s.line for s in context], neighbours)
    nearest, neighbours, drop, paragraph = (values[candidate_index] for values in (nearest, neighbours, drop, paragraph))
    word_closeness, new_word_closeness = _word_features(np, table, words_of, analysis.language)
    names = _names(sentences, words_of)

    sentence_rows = np.array([context_rows[row] for row in candidates])
    words = word_closeness[sentence_rows]
    new_words = new_word_closeness[sentence_rows]
    lexical_items = [lexical[context[row]] for row in candidates]
    cohesion_values = np.array([item.cohesion for item in lexical_items])
    rest_z = _standard(rest, np)
    headline_z = _standard(to_headline, np)
    words_z = _standard(words, np)
    cohesion_z = _standard(cohesion_values, np)

    results = {}
    for k, row in enumerate(candidates):
        sentence = context[row]
        index = context_rows[row]
        unshared_names, shared_names, unshared_numbers = names[index]
        item = lexical_items[k]
        results[sentence] = Judged(sentence, (
            float(rest[k]),
            float(rest_z[k]),
            float(nearest[k]),
            float(neighbours[k]),
            float(drop[k]),
            float(paragraph[k]),
            float(to_headline[k]),
            float(headline_z[k]),
            float(words[k]),
            float(words_z[k]),
            float(new_words[k]),
            item.cohesion,
            float(cohesion_z[k]),
            float(min(len(unshared_names), MAX_COUNTED)),
            float(min(len(shared_names), MAX_COUNTED)),
            float(min(unshared_numbers, MAX_COUNTED)),
            math.log1p(item.weight),
            item.weight * (1.0 - item.cohesion) / 10.0,
            1.0 if any(mark in sentence.text for mark in QUOTES) else 0.0,
            math.log(len(words_of[index]) + 1),
        ), item.unshared)
    return results


def _sentence_neighbourhood(np, vectors):
    """Per sentence: the mean cosine of its two nearest sentences in meaning,
    the higher cosine of the sentences just before and after it, and how much
    closer those two are to each other than to it (0 at either end).  Rows
    are taken a block at a time against the sentences within WINDOW of
    them, so a very long input costs linear time; an article fits in one
    block."""
    count = len(vectors)
    nearest = np.ones(count)
    for low in range(0, count, BLOCK):
        high = min(count, low + BLOCK)
        first, last = max(0, low - WINDOW), min(count, high + WINDOW)
        block = vectors[low:high] @ vectors[first:last].T
        rows = np.arange(low, high)[:, None]
        columns = np.arange(first, last)[None, :]
        block[(rows == columns) | (np.abs(rows - columns) > WINDOW)] = -np.inf
        if block.shape[1] >= 3:
            top = np.sort(block, axis=1)[:, -2:]
            usable = np.isfinite(top)
            nearest[low:high] = np.where(usable, top, 0).sum(axis=1) / np.maximum(usable.sum(axis=1), 1)
    if count < 2:
        return nearest, np.ones(count), np.zeros(count)
    adjacent = (vectors[:-1] * vectors[1:]).sum(axis=1)  # sentence i with i + 1
    before = np.r_[-np.inf, adjacent]
    after = np.r_[adjacent, -np.inf]
    neighbours = np.maximum(before, after)
    drop = np.zeros(count)
    if count >= 3:
        skip = (vectors[:-2] * vectors[2:]).sum(axis=1)  # sentence i - 1 with i + 1
        drop[1:-1] = skip - neighbours[1:-1]
    return nearest, neighbours, drop


def _paragraph(np, vectors, lines, alone):
    """Per sentence, the cosine to the other sentences of its line; for a
    sentence alone on its line, ``alone``'s value."""
    keys, group = np.unique(np.array(lines), return_inverse=True)
    sums = np.zeros((len(keys), vectors.shape[1]), dtype=vectors.dtype)
    np.add.at(sums, group, vectors)
    sizes = np.bincount(group, minlength=len(keys))
    mates = sums[group] - vectors
    norms = np.linalg.norm(mates, axis=1)
    cosine = (vectors * mates).sum(axis=1) / np.maximum(norms, 1e-9)
    return np.where(sizes[group] > 1, cosine, alone)


def _word_features(np, table, words_of, language):
    """Per sentence, how close its content words come to the words of the
    rest of the article: for each word, the best cosine to a word found in
    another sentence (1 for a word the article repeats), averaged with the
    words' rarity as weights; and the same over its new words only.  A
    sentence of another story brings words with no kin in the article; a
    sentence bringing new facts brings words of the same field.  A very long
    input is taken in blocks of sentences, each against the words of the
    sentences within WINDOW of it, so it costs linear time."""
    count = len(words_of)
    keys_of = []
    known = _CONTENT.setdefault(language, {})
    if len(known) > MAX_CACHED_WORDS:
        known.clear()
    # (A comprehension, not "set - known.keys()": that walks the whole cache.)
    for word in {word for words in words_of for word in words if word not in known}:
        key = word.lower()
        known[word] = (key, _content_weight(key, language))
    for words in words_of:
        keys_of.append({key: weight for key, weight in map(known.__getitem__, words) if weight > 0})
    closeness = np.ones(count)
    new_closeness = np.ones(count)
    for low in range(0, count, BLOCK):
        high = min(count, low + BLOCK)
        first, last = max(0, low - WINDOW), min(count, high + WINDOW)
        _word_block(np, table, keys_of, first, last, low, high, closeness, new_closeness)
    return closeness, new_closeness


def _word_block(np, table, keys_of, first, last, low, high, closeness, new_closeness):
    """_word_features for sentences [low, high) against sentences [first, last)."""
    column: dict[str, int] = {}
    pair_sentence, pair_type, pair_weight = [], [], []
    incidence_rows, incidence_columns = [], []
    for index in range(first, last):
        keys = keys_of[index]
        # Each key's column, numbered in order of first sight.
        numbers = [column.setdefault(key, len(column)) for key in keys]
        incidence_rows += [index - first] * len(numbers)
        incidence_columns += numbers
        if low <= index < high:
            pair_sentence += [index - low] * len(numbers)
            pair_type += numbers
            pair_weight += keys.values()
    if not pair_type:
        return
    matrix = table.word_vectors(list(column))
    incidence = np.zeros((last - first, len(column)), dtype=bool)
    incidence[incidence_rows, incidence_columns] = True
    occurrences = incidence.sum(axis=0)
    pair_sentence = np.array(pair_sentence)
    pair_type = np.array(pair_type)
    weights = np.array(pair_weight)
    # A word the block has in two sentences or more is repeated (best 1);
    # only the others need the product, over the words found elsewhere.
    repeated = occurrences[pair_type] > 1
    new = ~repeated
    best = np.ones(len(pair_type))
    if new.any():
        new_sentences = pair_sentence[new] + (low - first)
        elsewhere = (occurrences[None, :] - incidence[new_sentences]) > 0
        similarity = matrix[pair_type[new]] @ matrix.T
        best[new] = np.where(elsewhere.any(axis=1), np.where(elsewhere, similarity, -1.0).max(axis=1), 0.0)
    rows = high - low
    total_weight = np.bincount(pair_sentence, weights, minlength=rows)
    has = total_weight > 0
    score = np.bincount(pair_sentence, weights * best, minlength=rows)
    closeness[low:high] = np.where(has, score / np.maximum(total_weight, 1e-9), 1.0)
    new_weight = np.bincount(pair_sentence, weights * new, minlength=rows)
    new_score = np.bincount(pair_sentence, weights * new * best, minlength=rows)
    new_closeness[low:high] = np.where(new_weight > 0, new_score / np.maximum(new_weight, 1e-9), 1.0)


# Per language, per word as written: (its lower case, its weight as a content word).
_CONTENT: dict[str, dict[str, tuple[str, float]]] = {}


def _content_weight(key: str, language: str) -> float:
    weight, stems = cohesion._word_terms(key, language)
    return weight if stems else 0.0


def _weigh(word: str) -> float:
    return static.sif_weight(zipf(word.lower(), "en"))


def _names(sentences, words_of) -> list[tuple[tuple[str, ...], tuple[str, ...], int]]:
    """Per sentence, its names found in no other sentence, those found in
    another (compared lower-cased, so "Rotterdam's" and "rotterdam" meet),
    and how many of its numbers occur in no other sentence."""
    # The article's new words' keys first, so that each sentence is a
    # lookup per word (and no clearing in the middle of an article).
    article = {word for words in words_of for word in words}
    if len(_NAME_KEYS) + len(article) > MAX_CACHED_WORDS:
        _NAME_KEYS.clear()
        _CANDIDATE_NAMES.clear()
    for word in article:
        if word not in _NAME_KEYS:  # not through _name_key, which may clear the cache
            _NAME_KEYS[word] = _without_possessive(word)
    for word in article:
        if word not in _CANDIDATE_NAMES:
            _CANDIDATE_NAMES[word] = _name_candidate(word)
    keys_of = [set(map(_NAME_KEYS.__getitem__, words)) for words in words_of]
    counts = collections.Counter(itertools.chain.from_iterable(keys_of))
    result = []
    for words, keys in zip(words_of, keys_of):
        unshared, shared = [], []
        for word in words[1:]:  # the first word is capitalised anyway
            key = _CANDIDATE_NAMES[word]
            if key:
                (shared if counts[key] > 1 else unshared).append(word)
        numbers = sum(1 for key in keys if key[:1].isdigit() and counts[key] == 1)
        result.append((tuple(dict.fromkeys(unshared)), tuple(dict.fromkeys(shared)), numbers))
    return result


# Per word as written: its name key, and its key when it may be a name ("" when not).
_NAME_KEYS: dict[str, str] = {}
_CANDIDATE_NAMES: dict[str, str] = {}


def _name_candidate(word: str) -> str:
    """The word's key when it may be a name: capitalised and rare."""
    if not word[:1].isupper():
        return ""
    key = _name_key(word)
    return "" if zipf(key, "en") >= NAME_ZIPF else key


def _name_key(word: str) -> str:
    """A word lower-cased without its possessive: "Rotterdam's" -> "rotterdam"."""
    key = _NAME_KEYS.get(word)
    if key is None:
        if len(_NAME_KEYS) > MAX_CACHED_WORDS:
            _NAME_KEYS.clear()
            _CANDIDATE_NAMES.clear()
        key = _NAME_KEYS[word] = _without_possessive(word)
    return key


def _without_possessive(word: str) -> str:
    return word.lower().split("'")[0].split("’")[0]
