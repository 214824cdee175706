"""What OC101's default (static) method knows about each sentence: how close
it is in meaning to the rest of its article, to its paragraph, to the
sentences just before and after it and to the headline (static embeddings);
how close its words are to the article's other words; how many of its
content words the article shares (lexical cohesion), and the most it shares
with any one other sentence; whether its names and numbers occur anywhere
else.  Similarities are also given as standard scores
among the article's own sentences: a raw similarity means something else in
a long article than in a short one.

The rule combines these with weights fitted on one half of the BBC articles
(tests/benchmarks/out_of_context.py --fit) and reports a sentence whose
score passes the threshold.  Everything is computed once per article, with
one matrix of sentence vectors and one of word vectors.
"""
from __future__ import annotations

import bisect
import itertools
import math
from typing import NamedTuple, Sequence

from newslint import Document, Sentence
from newslint.language import common_zipf_column, zipf_column

from . import article, cohesion, static
from ..lexicon import zipf

NAME_ZIPF = 4.0  # a capitalised word rarer than this (or unknown) is a name
MIN_EMBEDDED_WORDS = 3  # shorter sentences (datelines, credits) are not context
SPREAD_FLOOR = 0.05  # keeps standard scores sane in articles of near-equal sentences
WINDOW = 60  # sentences each side searched for a sentence's nearest in meaning
BLOCK = 120  # sentences taken at once (an article fits in one block)
MAX_COUNTED = 3  # names or numbers counted per sentence
MAX_CACHED_WORDS = 200_000  # spellings remembered (with their lower cases' vectors)
MIN_ROWS = 1024  # the spellings' arrays start with room for this many

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
    "best_shared",  # lexical: log(1 + the most content weight it shares with any one other sentence)
)
QUOTES = "\"“”«»„"  # a sentence holding any of these quotes someone
# The unit vectors each judged sentence carries (Judged.contexts), in order.
CONTEXTS = (
    "sentence",  # its own vector
    "rest",  # the summed vector of the article's other sentences
    "paragraph",  # the other sentences of its line (its neighbours when it is alone on it)
    "neighbours",  # the sentences just before and after it
    "headline",  # the first line
)


class Judged(NamedTuple):
    sentence: Sentence
    features: tuple[float, ...]
    lexical: cohesion.SentenceCohesion
    # Unit vectors (CONTEXTS rows of the table's width, float32): the
    # sentence's own and those of what it is read against.
    contexts: object = None

    @property
    def unshared(self) -> tuple[str, ...]:
        """Its heaviest words found nowhere else in the article."""
        return self.lexical.unshared


def judge(document: Document, candidates: Sequence[Sentence]) -> list[Judged]:
    """The features of each candidate sentence (English articles only),
    computed once per article for OC101 and OC102 together."""
    everything = document.memo("OC.static", _judge_all)
    return [everything[sentence] for sentence in candidates if sentence in everything]


def judge_with_contexts(document: Document, candidates: Sequence[Sentence]) -> list[Judged]:
    """judge(), each Judged with its ``contexts`` (CONTEXTS' unit vectors):
    for fitting and measuring models of the vectors themselves
    (tests/benchmarks/out_of_context_learned.py); the rule does not pay for
    them."""
    everything = document.memo("OC.static-contexts", lambda d: _judge_all(d, with_contexts=True))
    return [everything[sentence] for sentence in candidates if sentence in everything]


def _leading(sentences: Sequence[Sentence], first: int) -> int:
    """How many sentences are on line ``first``, the first line (lines come
    in order: they are the first few)."""
    count = 0
    for sentence in sentences:
        if sentence.line != first:
            break
        count += 1
    return count


def _quotes(text: str) -> bool:
    """Whether the text holds any of QUOTES (all but the straight mark are
    outside ASCII: an ASCII text is asked for that one only)."""
    if text.isascii():
        return '"' in text
    return any(map(text.__contains__, QUOTES))


def _standard(values, np):
    """Each value of each row as a standard score among the row's others
    (leave-one-out), in O(n) for the whole article: the rows are features
    of one float type, scored at once (a row's sums are taken along it, as
    a 1-d array's are: the same floats as one feature at a time)."""
    count = values.shape[1]
    if count < 2:
        return np.zeros(values.shape)
    # (np.add.reduce is what ndarray.sum calls, without its Python wrapper;
    # each value's square is taken once, for both its uses: the same floats.)
    total = np.add.reduce(values, axis=1, keepdims=True)
    each_square = values * values
    squares = np.add.reduce(each_square, axis=1, keepdims=True)
    peers = count - 1
    mean = (total - values) / peers
    variance = np.maximum(0.0, (squares - each_square) / peers - mean * mean)
    return (values - mean) / (np.sqrt(variance) + SPREAD_FLOOR)


def _judge_all(document: Document, with_contexts: bool = False) -> dict[Sentence, Judged]:
    table = static.table()
    np = table.np
    analysis = cohesion.analyse(document)
    sentences = document.sentences
    if not sentences:
        return {}
    first = sentences[0].line
    words_of = [static.words(s.text) for s in sentences]
    lexicon = _Article(np, _spellings(table), words_of, analysis.language)
    context_rows = [i for i, count in enumerate(article.word_counts(document)) if count >= MIN_EMBEDDED_WORDS]
    headline_sentences = _leading(sentences, first)
    vectors = lexicon.sentence_vectors(context_rows, headline_sentences)
    headline = vectors[-1]
    vectors = vectors[:-1]
    context = [sentences[i] for i in context_rows]
    # The candidates: the context sentences after the headline's (lines
    # come in order), taken as a slice of the rows.
    skipped = bisect.bisect_left(context_rows, headline_sentences)
    if skipped == len(context_rows):
        return {}
    candidates = slice(skipped, None)

    # Cosines to the rest of the article and to the headline, for all at once.
    total = np.add.reduce(vectors, axis=0)
    judged_vectors = vectors[candidates]
    rest_vectors = total[None, :] - judged_vectors
    rest = np.add.reduce(judged_vectors * rest_vectors, axis=1) / np.maximum(static.row_norms(np, rest_vectors), 1e-9)
    to_headline = judged_vectors @ headline
    nearest, neighbours, drop = _sentence_neighbourhood(np, vectors)
    paragraph, mates = _paragraph(np, vectors, [s.line for s in context], neighbours)
    nearest, neighbours, drop, paragraph = (values[candidates] for values in (nearest, neighbours, drop, paragraph))
    word_closeness, new_word_closeness = lexicon.word_features()

    sentence_rows = context_rows[candidates]
    sentence_index = np.array(sentence_rows)
    words = word_closeness[sentence_index]
    new_words = new_word_closeness[sentence_index]
    lexical = [analysis.sentences[index] for index in sentence_rows]  # analysis.sentences are the document's
    cohesion_values = [item.cohesion for item in lexical]
    weights = [item.weight for item in lexical]
    # The three counts at once, as one integer matrix (the same floats).
    names = np.minimum(np.array(lexicon.names())[:, sentence_index], MAX_COUNTED).astype(float).tolist()
    best_shared = np.log1p(cohesion.best_shared(analysis, np, WINDOW, BLOCK)[sentence_index])
    # Standard scores two features at a time, of the same float type
    # (float32 cosines, float64 closeness and cohesion).
    # (np.array of two rows: np.stack's matrix, for less.)
    rest_z, headline_z = _standard(np.array((rest, to_headline)), np).tolist()
    words_z, cohesion_z = _standard(np.array((words, cohesion_values)), np).tolist()
    # Each feature for all candidates at once, as Python floats (tolist() gives
    # the same floats float() of each element would), then one tuple each.
    columns = [
        rest.tolist(),
        rest_z,
        nearest.tolist(),
        neighbours.tolist(),
        drop.tolist(),
        paragraph.tolist(),
        to_headline.tolist(),
        headline_z,
        words.tolist(),
        words_z,
        new_words.tolist(),
        cohesion_values,
        cohesion_z,
        *names,
        list(map(math.log1p, weights)),
        [weight * (1.0 - share) / 10.0 for weight, share in zip(weights, cohesion_values)],
        [1.0 if _quotes(sentence.text) else 0.0 for sentence in context[candidates]],
        [math.log(len(words_of[index]) + 1) for index in sentence_rows],
        best_shared.tolist(),
    ]
    if not with_contexts:
        return {item.sentence: Judged(item.sentence, features, item) for item, features in zip(lexical, zip(*columns))}
    contexts = _contexts(np, vectors, np.arange(skipped, len(context_rows)), rest_vectors, mates, headline)
    return {
        item.sentence: Judged(item.sentence, features, item, vectors_of)
        for item, features, vectors_of in zip(lexical, zip(*columns), contexts)
    }


def _contexts(np, vectors, candidate_index, rest_vectors, mates, headline):
    """Per candidate, CONTEXTS' unit vectors stacked (candidates x CONTEXTS x
    width): the sentence's, the rest of the article's, its paragraph's (its
    neighbours' when it is alone on its line), its neighbours' and the
    headline's."""
    around = np.zeros_like(vectors)
    around[1:] += vectors[:-1]
    around[:-1] += vectors[1:]
    around = around[candidate_index]
    mates = mates[candidate_index]
    alone = ~mates.any(axis=1)
    mates[alone] = around[alone]
    stacked = np.stack(
        (vectors[candidate_index], rest_vectors, mates, around, np.broadcast_to(headline, (len(candidate_index), len(headline)))),
        axis=1,
    ).astype(np.float32)
    norms = np.sqrt((stacked * stacked).sum(axis=2, keepdims=True))
    return stacked / np.maximum(norms, np.float32(1e-9))


def _sentence_neighbourhood(np, vectors):
    """Per sentence: the mean cosine of its two nearest sentences in meaning,
    the higher cosine of the sentences just before and after it, and how much
    closer those two are to each other than to it (0 at either end).  Rows
    are taken a block at a time against the sentences within WINDOW of
    them, so a very long input costs linear time; an article fits in one
    block."""
    count = len(vectors)
    if count <= min(BLOCK, WINDOW + 1):
        # One block, every pair of sentences within WINDOW (an article):
        # only a sentence itself is left out, so each of three or more keeps
        # two others, both finite.  The general case's product and sort, in
        # fewer steps (the product's diagonal filled and its rows sorted in
        # place, as np.fill_diagonal and np.sort would on a copy).
        if count >= 3:
            block = vectors @ vectors.T
            block.reshape(-1)[:: count + 1] = -np.inf
            block.sort(axis=1)
            nearest = np.add.reduce(block[:, -2:], axis=1).astype(np.float64) / 2
        else:
            nearest = np.ones(count)
        blocks = range(0)
    else:
        nearest = np.ones(count)
        blocks = range(0, count, BLOCK)
    for low in blocks:
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
    adjacent = np.add.reduce(vectors[:-1] * vectors[1:], axis=1)  # sentence i with i + 1
    # The higher of the cosines before and after each sentence; the first
    # and the last have one (the maximum of it and -inf, as it was written).
    neighbours = np.empty(count, dtype=adjacent.dtype)
    neighbours[0] = adjacent[0]
    neighbours[-1] = adjacent[-1]
    np.maximum(adjacent[:-1], adjacent[1:], out=neighbours[1:-1])
    drop = np.zeros(count)
    if count >= 3:
        skip = np.add.reduce(vectors[:-2] * vectors[2:], axis=1)  # sentence i - 1 with i + 1
        drop[1:-1] = skip - neighbours[1:-1]
    return nearest, neighbours, drop


def _paragraph(np, vectors, lines, alone):
    """Per sentence, the cosine to the other sentences of its line (for a
    sentence alone on its line, ``alone``'s value), and their summed vector
    (zero for a sentence alone on its line)."""
    # Lines come in order: a new group wherever the line changes.
    # (Counted in Python: a few lines, where numpy's calls cost more.)
    sizes = [len(list(run)) for _, run in itertools.groupby(lines)]
    groups = len(sizes)
    group = np.arange(groups).repeat(sizes)
    sums = np.zeros((groups, vectors.shape[1]), dtype=vectors.dtype)
    np.add.at(sums, group, vectors)
    mates = sums[group] - vectors
    norms = static.row_norms(np, mates)
    cosine = np.add.reduce(vectors * mates, axis=1) / np.maximum(norms, 1e-9)
    return np.where(np.array(sizes).repeat(sizes) > 1, cosine, alone), mates


def _without_common(np, vectors):
    """Unit sentence vectors without their component along the direction
    every English sentence shares (SIF's common component, static.common()):
    without it two sentences of different stories come out near 0 (about
    0.13 with it), so what a sentence shares with its article stands out.  A
    zero row stays zero."""
    common = static.common()
    if common is None:
        return vectors
    vectors = vectors - (vectors @ common)[:, None] * common[None, :]  # np.outer's product
    return vectors / np.maximum(static.row_norms(np, vectors, keepdims=True), np.float32(1e-9))


class _Article:
    """One article's words (the static method's WORD, sentence by sentence)
    and what is computed from them with numpy: the sentences' vectors, the
    word features and the names.  Per-token arrays (``spelling``: each
    token's number among the process's spellings, ``lowered``: its lower
    case's number in static's Words, ``sentence_of``: its sentence) are
    read with one dict lookup a token, so each step is a few numpy calls,
    not a Python loop per word."""

    def __init__(self, np, spellings: "_Spellings", words_of: list[list[str]], language: str):
        self.np = np
        self.spellings = spellings
        self.language = language
        self.count = len(words_of)
        self.lengths = np.fromiter(map(len, words_of), dtype=np.intp, count=self.count)
        self.spelling = spellings.numbers(list(itertools.chain.from_iterable(words_of)))
        self.lowered = spellings.lowered[self.spelling]
        self.sentence_of = np.arange(self.count).repeat(self.lengths)

    def sentence_vectors(self, rows: list[int], headline_sentences: int):
        """The unit vectors of the given sentences, then of the headline (the
        first ``headline_sentences`` sentences' words together)."""
        np = self.np
        words = self.spellings.words
        lowered = self.lowered
        cut = words.cut[lowered]
        chosen = np.zeros(self.count, dtype=bool)
        chosen[rows] = True
        in_rows = cut & chosen[self.sentence_of]
        in_headline = cut & (self.sentence_of < headline_sentences)
        place = np.zeros(self.count, dtype=np.intp)
        place[rows] = np.arange(len(rows))
        headline_numbers = lowered[in_headline]
        numbers = np.concatenate([lowered[in_rows], headline_numbers])
        owners = np.concatenate([place[self.sentence_of[in_rows]], np.full(len(headline_numbers), len(rows))])
        return _without_common(np, words.sentence_vectors(numbers, owners, len(rows) + 1))

    def word_features(self):
        """Per sentence, how close its content words come to the words of the
        rest of the article: for each word, the best cosine to a word found in
        another sentence (1 for a word the article repeats), averaged with the
        words' rarity as weights; and the same over its new words only.  A
        sentence of another story brings words with no kin in the article; a
        sentence bringing new facts brings words of the same field.  A very
        long input is taken in blocks of sentences, each against the words of
        the sentences within WINDOW of it, so it costs linear time.

        A content word is a lower-cased word with a weight (cohesion's).  The
        article's content words are numbered in order of first sight (its
        "keys"); each sentence's distinct keys, in that order, are its pairs."""
        np = self.np
        closeness = np.ones(self.count)
        new_closeness = np.ones(self.count)
        weights = self.spellings.content_weights(self.language, self.lowered)
        content = weights > 0
        if not content.any():
            return closeness, new_closeness
        # The distinct (sentence, lower case) pairs in order of first sight
        # (tokens come sentence by sentence), then the lower cases numbered
        # in order of first sight among them (their first pair is their
        # first token).
        size = len(self.spellings.words.index)
        codes = self.sentence_of[content] * size + self.lowered[content]
        pairs = np.fromiter(dict.fromkeys(codes.tolist()), dtype=np.intp)
        pair_sentences, pair_lowered = np.divmod(pairs, size)
        listed = pair_lowered.tolist()
        key_lowered = list(dict.fromkeys(listed))
        key_of = dict(zip(key_lowered, range(len(key_lowered))))
        pair_keys = np.fromiter(map(key_of.__getitem__, listed), dtype=np.intp, count=len(listed))
        key_lowered = np.array(key_lowered, dtype=np.intp)
        # Every key is one of the tokens' lower cases, weighed just above.
        key_weights = self.spellings.known_content_weights(self.language, key_lowered)
        if self.count <= BLOCK:
            # One block, every pair in it (an article): the bounds without a search.
            bounds = [0, 0, len(pairs), len(pairs)]
            self._word_block(pair_sentences, pair_keys, key_lowered, key_weights, bounds, closeness, new_closeness, 0, self.count)
            return closeness, new_closeness
        for low in range(0, self.count, BLOCK):
            high = min(self.count, low + BLOCK)
            first, last = max(0, low - WINDOW), min(self.count, high + WINDOW)
            bounds = np.searchsorted(pair_sentences, [first, low, high, last]).tolist()
            self._word_block(pair_sentences, pair_keys, key_lowered, key_weights, bounds, closeness, new_closeness, low, high)
        return closeness, new_closeness

    def _word_block(self, pair_sentences, pair_keys, key_lowered, key_weights, bounds, closeness, new_closeness, low, high):
        """word_features for sentences [low, high) against the sentences
        within WINDOW of them, whose pairs are [bounds[0], bounds[3]) (those
        of [low, high) are [bounds[1], bounds[2]))."""
        np = self.np
        block_start, pairs_start, pairs_end, block_end = bounds
        if pairs_start == pairs_end:
            return
        # Each key's column, numbered in order of first sight in the block
        # (the article's own numbering when the block is the whole article).
        block_keys = pair_keys[block_start:block_end]
        if block_start == 0 and block_end == len(pair_keys):
            columns, column_keys = block_keys, key_lowered
        else:
            listed = block_keys.tolist()
            seen = list(dict.fromkeys(listed))
            column_of = dict(zip(seen, range(len(seen))))
            columns = np.fromiter(map(column_of.__getitem__, listed), dtype=np.intp, count=len(listed))
            column_keys = key_lowered[seen]
        matrix = self.spellings.words.units[column_keys]
        # In how many of the block's sentences each column's word occurs
        # (the pairs are distinct).
        occurrences = np.bincount(columns, minlength=len(column_keys))
        pair_sentence = pair_sentences[pairs_start:pairs_end] - low
        pair_type = columns[pairs_start - block_start : pairs_end - block_start]
        weights = key_weights[pair_keys[pairs_start:pairs_end]]
        # A word the block has in two sentences or more is repeated (best 1);
        # only the others need the product, over the words found elsewhere:
        # every column but the words found in the pair's sentence only.
        repeated = occurrences[pair_type] > 1
        new = ~repeated
        best = np.ones(len(pair_type))
        if new.any():
            new_types = pair_type[new]
            similarity = matrix[new_types] @ matrix.T
            # Only words found elsewhere count: a sentence's own new words
            # (the columns its block holds once, found in it) are set to -1.
            # Those are exactly the new pairs of the same sentence (a word
            # the block holds once is one pair, a new one), and the pairs
            # come sentence by sentence: each run of one sentence's new
            # pairs masks the run's columns, set at once by index (a boolean
            # mask the size of the product, built and applied, cost more:
            # word closeness about 2.5% faster, speedoc19).
            sentences = pair_sentence[new]
            count = len(sentences)
            starts = np.concatenate(([True], sentences[1:] != sentences[:-1])).nonzero()[0]
            sizes = np.concatenate((starts[1:], (count,))) - starts
            run_start = starts.repeat(sizes)  # per new pair, where its sentence's run starts
            run_size = sizes.repeat(sizes)
            firsts = run_size.cumsum() - run_size
            masked_rows = np.arange(count).repeat(run_size)
            masked_columns = new_types[run_start.repeat(run_size) + np.arange(len(masked_rows)) - firsts.repeat(run_size)]
            similarity[masked_rows, masked_columns] = -1.0
            # A pair with no column outside its own sentence has nothing to be close to.
            best[new] = np.where(run_size == len(column_keys), 0.0, np.maximum.reduce(similarity, axis=1))
        rows = high - low
        total_weight = np.bincount(pair_sentence, weights, minlength=rows)
        has = total_weight > 0
        score = np.bincount(pair_sentence, weights * best, minlength=rows)
        closeness[low:high] = np.where(has, score / np.maximum(total_weight, 1e-9), 1.0)
        new_weights = weights * new
        new_weight = np.bincount(pair_sentence, new_weights, minlength=rows)
        new_score = np.bincount(pair_sentence, new_weights * best, minlength=rows)
        new_closeness[low:high] = np.where(new_weight > 0, new_score / np.maximum(new_weight, 1e-9), 1.0)

    def names(self):
        """Per sentence, how many of its names are found in no other sentence,
        how many in another (compared lower-cased without a possessive, so
        "Rotterdam's" and "rotterdam" meet; each spelling counted once), and
        how many of its numbers occur in no other sentence.  The first word
        of a sentence is capitalised anyway: it is not taken for a name."""
        np = self.np
        spellings = self.spellings
        count = self.count
        if not len(self.spelling):
            return np.zeros(count, dtype=np.intp), np.zeros(count, dtype=np.intp), np.zeros(count, dtype=np.intp)
        # The distinct (name key, sentence) pairs, sorted; a key's pairs are
        # a run, as long as the number of sentences it occurs in.
        # (The arrays' own methods, sorting in place: numpy's functions of
        # the same names wrap them in a Python call each, which costs more
        # than these few integers.)
        token_keys = spellings.name_key[self.spelling]
        codes = token_keys * count + self.sentence_of
        codes.sort()
        pairs = codes[np.concatenate(([True], codes[1:] != codes[:-1]))]
        pair_keys, pair_sentences = np.divmod(pairs, count)
        starts = np.concatenate(([True], pair_keys[1:] != pair_keys[:-1])).nonzero()[0]
        runs = np.concatenate((starts[1:], (len(pairs),))) - starts
        lone = spellings.is_number[pair_keys] & (runs.repeat(runs) == 1)
        lone_numbers = np.bincount(pair_sentences[lone], minlength=count)
        # The spellings that may be names, less each sentence's first word.
        candidate = spellings.candidate[self.spelling]
        candidate[(self.lengths.cumsum() - self.lengths)[self.lengths > 0]] = False
        chosen = candidate.nonzero()[0]
        if not len(chosen):
            none = np.zeros(count, dtype=np.intp)
            return none, none, lone_numbers
        # Whether each candidate's key occurs in another sentence: its run's length.
        shared = runs[pair_keys[starts].searchsorted(token_keys[chosen])] > 1
        spelling_count = len(spellings.index)

        def distinct_per_sentence(tokens):
            codes = set((self.sentence_of[tokens] * spelling_count + self.spelling[tokens]).tolist())
            return np.bincount(np.fromiter(codes, dtype=np.intp, count=len(codes)) // spelling_count, minlength=count)

        return distinct_per_sentence(chosen[~shared]), distinct_per_sentence(chosen[shared]), lone_numbers


class _Spellings:
    """Per process, each word as the static method's WORD finds it, numbered
    once, with what OC101 needs of it: the number of its lower case in
    static's Words (its vectors), its name key (lower case without a
    possessive) and whether it may be a name (capitalised and rare); per
    name key, whether it is a number; per language, each lower case's weight
    as a content word.  Emptied, with the Words, when it holds
    MAX_CACHED_WORDS spellings, before an article's words are numbered."""

    def __init__(self, np, words: static.Words):
        self.np = np
        self.words = words
        self.index: dict[str, int] = {}
        self.name_keys: dict[str, int] = {}
        self._empty()

    def _empty(self) -> None:
        np = self.np
        self.generation = self.words.generation
        self.index.clear()
        self.name_keys.clear()
        self.lowered = np.zeros(0, dtype=np.intp)
        self.name_key = np.zeros(0, dtype=np.intp)
        self.candidate = np.zeros(0, dtype=bool)
        self.is_number = np.zeros(0, dtype=bool)
        self._content: dict[str, object] = {}  # language -> weight per lower case (NaN: not yet asked)

    def numbers(self, tokens: list[str]):
        """Each token's number (a spelling may come again), the new
        spellings added first, in order of first sight."""
        np = self.np
        if max(len(self.index), len(self.words.index)) + len(tokens) > MAX_CACHED_WORDS:
            # Near the limit: room made for the article's distinct spellings.
            distinct = len(dict.fromkeys(tokens))
            if len(self.index) + distinct > MAX_CACHED_WORDS:
                self.words.clear()
            self.words.make_room(distinct)
        if self.generation != self.words.generation:
            self._empty()
        index = self.index
        # An article nearly always brings a spelling not met before (a
        # name, a number): the new ones are found among its distinct
        # spellings, tested at once in C, before the tokens are numbered.
        distinct = dict.fromkeys(tokens)
        if not distinct.keys() <= index.keys():
            self._add([word for word in distinct if word not in index])
        return np.fromiter(map(index.__getitem__, tokens), dtype=np.intp, count=len(tokens))

    def _add(self, new: list[str]) -> None:
        np = self.np
        name_keys = self.name_keys
        keys = [_without_possessive(word) for word in new]
        fresh_keys = [key for key in dict.fromkeys(keys) if key not in name_keys]
        self.is_number = _put(np, self.is_number, len(name_keys), [key[:1].isdigit() for key in fresh_keys])
        name_keys.update(zip(fresh_keys, range(len(name_keys), len(name_keys) + len(fresh_keys))))
        start = len(self.index)
        self.lowered = _put(np, self.lowered, start, self.words.numbers([word.lower() for word in new]))
        self.name_key = _put(np, self.name_key, start, list(map(name_keys.__getitem__, keys)))
        self.candidate = _put(np, self.candidate, start, _may_be_names(new, keys))
        self.index.update(zip(new, range(start, start + len(new))))

    def known_content_weights(self, language: str, lowered):
        """content_weights of lower cases it has been asked of already."""
        return self._content[language][lowered]

    def content_weights(self, language: str, lowered):
        """The lower cases' weights as content words in ``language`` (0 for a
        function word), each asked of cohesion once."""
        np = self.np
        weights = self._content.get(language)
        size = len(self.words.index)
        if weights is None or len(weights) < size:
            grown = np.full(max(size, 2 * (0 if weights is None else len(weights))), np.nan)
            if weights is not None:
                grown[: len(weights)] = weights
            weights = self._content[language] = grown
        taken = weights[lowered]
        missing = np.isnan(taken)
        if missing.any():
            spelled = self.words.spelled
            # The distinct numbers, in increasing order (np.unique's answer,
            # without its first call's import of numpy.ma: about 10 ms of a
            # one-article run).
            asked = sorted(set(lowered[missing].tolist()))
            # The words' frequencies read in one pass over the list, as
            # cohesion reads a new spelling's (each _content_weight's value).
            keys = [spelled[number] for number in asked]
            weights[asked] = list(map(cohesion.content_weight, keys, common_zipf_column(keys, language)))
            taken = weights[lowered]
        return taken


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


def _spellings(table: static.Table) -> _Spellings:
    words = table.words(_weigh)
    spellings = _SPELLINGS.get(words)
    if spellings is None:
        spellings = _SPELLINGS[words] = _Spellings(table.np, words)
    return spellings


# Per table's Words (one table per process): the spellings numbered so far.
_SPELLINGS: dict[static.Words, _Spellings] = {}


def _content_weight(key: str, language: str) -> float:
    weight, stems = cohesion._word_terms(key, language)
    return weight if stems else 0.0


def _weigh(word: str) -> float:
    return static.sif_weight(zipf(word.lower(), "en"))


def _weigh_many(words: list[str]) -> list[float]:
    """_weigh of each of the words, their frequencies read in one pass."""
    return list(map(static.sif_weight, zipf_column([word.lower() for word in words], "en")))


_weigh.many = _weigh_many  # static.Words weighs an article's new words at once


def _may_be_name(word: str, key: str) -> bool:
    """Whether the word may be a name: capitalised and rare (its key rarer
    than NAME_ZIPF in English, or unknown)."""
    return bool(key) and word[:1].isupper() and zipf(key, "en") < NAME_ZIPF


def _may_be_names(words: list[str], keys: list[str]) -> list[bool]:
    """_may_be_name of each word, the capitalised ones' keys looked up in
    one pass."""
    capitalised = [k for k, (word, key) in enumerate(zip(words, keys)) if key and word[:1].isupper()]
    names = [False] * len(words)
    for k, frequency in zip(capitalised, zipf_column([keys[k] for k in capitalised], "en")):
        names[k] = frequency < NAME_ZIPF
    return names


def _without_possessive(word: str) -> str:
    """A word lower-cased without its possessive: "Rotterdam's" -> "rotterdam"."""
    return word.lower().split("'")[0].split("’")[0]
