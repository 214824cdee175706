"""OC's fast paths of this round give what the plain paths they replaced
gave, float for float: an article's tokens numbered with one lookup each,
word closeness without the sentence-by-word incidence matrices, names from
sorted pairs, the nearest sentences of one block, the lexical analysis's
one lookup per spelling, the table's vectors mapped from the file; and OC
leaves the lexical analysis alone for an article it cannot judge.

The plain paths are kept here as they were written before.  Texts are
written for these tests; speed is measured in
tests/benchmarks/out_of_context_speed.py, never asserted here."""
from __future__ import annotations

import collections
import itertools

import pytest

np = pytest.importorskip("numpy")

from newslint import Document  # noqa: E402
from newslint.rules.out_of_context import cohesion, context, static  # noqa: E402

FERRY = """Island ferry returns after winter repairs

The island ferry Morwenna sailed again on Friday after six weeks of repairs to her engines in Falmouth.
Islanders had relied on a small launch and a helicopter since January, and the shop ran short of milk twice.
The ferry company said the Morwenna's engines, built in 1998, had been rebuilt with parts from Norway.
Its manager, Tamsin Pascoe, thanked islanders for their patience and said fares would not rise this year.
A second ferry, the Kittiwake, will join the Morwenna in May so that one can be repaired while the other sails.
The council said it would pay half of the Kittiwake's £2.4m price, and the ferry company the other half.
Island ferries island FERRY ferry's ferries: islanders said the ferry's return was the best news of the winter.
An Alaska doctor was sentenced to nearly three years after five patients overdosed on opioids he prescribed.
"""
BAKERY = """Village bakery wins national award

Bakers at the Old Mill bakery in Ashcombe won the national sourdough prize on Saturday for a rye loaf.
The bakery's owner, Priya Menon, said the rye loaf took three years and hundreds of failed loaves to perfect.
Judges praised the loaf's crust and said the rye flour, milled in the village, gave it a sweet taste.
Menon said the prize money would pay for a second oven, so the bakery could sell bread on Sundays too.
The mill's 200-year-old wheel still grinds the rye, and visitors can watch it turn on the first Sunday of the month.
Bakeries in the county sent 140 loaves to this year's contest, twice as many as last year.
"""
HEADLINES = ["Ferry news", "Island ferry returns after winter repairs"]
# Two spellings of one stem in one sentence ("councillors", "council's"),
# words said twice, numbers, names and their possessives.
COUNCIL = """Council votes to keep the library open

Councillors voted on Monday to keep Hartley library open, after 3,000 people signed a petition against its closure.
The council's leader, Owen Marsh, said councillors had listened and the council's budget would find the £80,000.
Readers at the library said the library was the only warm place many older people in Hartley could go in winter.
Marsh said the council would look again at the library's opening hours in 2026, but not at closing it.
The petition was started by Hartley's youngest councillor, Ruth Adeyemi, who is 23.
Library staff, who had been told in March that their jobs were at risk, said they were relieved.
"""
# Chinese words cut into pairs of characters (several stems each).
HARBOUR_ZH = """港口工人结束罢工

鹿特丹港的码头工人周二投票结束了为期两周的罢工。
罢工期间，四十多艘集装箱船在港外等待。
根据协议，码头工人两年内加薪，每周夜班不超过三个。
港口负责人说，积压的集装箱船大约需要十天才能清完。
"""
TEXTS = [FERRY, BAKERY, COUNCIL, FERRY.replace("\n\n", "\n"), COUNCIL + BAKERY, FERRY.lower(), FERRY.upper()]


def _articles():
    table = static.table()
    for text in TEXTS:
        document = Document(text)
        words_of = [static.words(sentence.text) for sentence in document.sentences]
        yield context._Article(np, context._spellings(table), words_of, "en"), words_of


def _long_words_of():
    """A long input (more sentences than one block), so that word closeness
    is taken in windows: the articles' sentences over and over, each with a
    made-up word of its own (found nowhere else)."""
    sentences = [static.words(sentence.text) for text in (FERRY, BAKERY, COUNCIL) for sentence in Document(text).sentences]
    count = 2 * context.BLOCK + 17
    return [sentences[place % len(sentences)] + [f"Quorbel{place}"] for place in range(count)]


def test_tokens_numbered_at_once_are_their_distinct_spellings_numbers():
    spellings = context._spellings(static.table())
    for _, words_of in _articles():
        tokens = list(itertools.chain.from_iterable(words_of))
        distinct = list(dict.fromkeys(tokens))
        by_token = spellings.numbers(tokens)
        by_spelling = dict(zip(distinct, spellings.numbers(distinct).tolist()))
        assert by_token.tolist() == [by_spelling[token] for token in tokens]
    new = ["Qwertyholm", "qwertyholm", "Qwertyholm's", "Qwertyholm"]
    numbers = spellings.numbers(new).tolist()
    assert numbers[0] == numbers[3] and len(set(numbers)) == 3
    assert [spellings.words.spelled[number] for number in spellings.lowered[numbers].tolist()] == [
        "qwertyholm", "qwertyholm", "qwertyholm's", "qwertyholm"]


def _plain_word_features(article):
    """word_features as it was: the article's distinct spellings numbered
    locally, and per block a sentence-by-word incidence matrix."""
    spellings = article.spellings
    lowered = article.lowered  # per token now; the plain path took it per distinct spelling, then per token
    closeness = np.ones(article.count)
    new_closeness = np.ones(article.count)
    weights = spellings.content_weights(article.language, lowered)
    content = weights > 0
    if not content.any():
        return closeness, new_closeness
    content_lowered = lowered[content].tolist()
    key_lowered = list(dict.fromkeys(content_lowered))
    key_of = dict(zip(key_lowered, range(len(key_lowered))))
    token_keys = np.fromiter(map(key_of.__getitem__, content_lowered), dtype=np.intp, count=len(content_lowered))
    key_weights = np.empty(len(key_lowered))
    key_weights[token_keys] = weights[content]
    codes = article.sentence_of[content] * len(key_lowered) + token_keys
    pair_sentences, pair_keys = np.divmod(np.fromiter(dict.fromkeys(codes.tolist()), dtype=np.intp), len(key_lowered))
    key_lowered = np.array(key_lowered, dtype=np.intp)
    for low in range(0, article.count, context.BLOCK):
        high = min(article.count, low + context.BLOCK)
        first, last = max(0, low - context.WINDOW), min(article.count, high + context.WINDOW)
        block_start, pairs_start, pairs_end, block_end = np.searchsorted(pair_sentences, [first, low, high, last]).tolist()
        if pairs_start == pairs_end:
            continue
        block_keys = pair_keys[block_start:block_end]
        seen = list(dict.fromkeys(block_keys.tolist()))
        column_of = dict(zip(seen, range(len(seen))))
        columns = np.array([column_of[key] for key in block_keys.tolist()], dtype=np.intp)
        matrix = spellings.words.units[key_lowered[seen]]
        incidence = np.zeros((last - first, len(seen)), dtype=bool)
        incidence[pair_sentences[block_start:block_end] - first, columns] = True
        occurrences = incidence.sum(axis=0)
        pair_sentence = pair_sentences[pairs_start:pairs_end] - low
        pair_type = columns[pairs_start - block_start : pairs_end - block_start]
        pair_weights = key_weights[pair_keys[pairs_start:pairs_end]]
        new = ~(occurrences[pair_type] > 1)
        best = np.ones(len(pair_type))
        if new.any():
            new_sentences = pair_sentence[new] + (low - first)
            elsewhere_by_sentence = (occurrences[None, :] - incidence) > 0
            similarity = matrix[pair_type[new]] @ matrix.T
            np.putmask(similarity, ~elsewhere_by_sentence[new_sentences], -1.0)
            best[new] = np.where(elsewhere_by_sentence.any(axis=1)[new_sentences], similarity.max(axis=1), 0.0)
        rows = high - low
        total_weight = np.bincount(pair_sentence, pair_weights, minlength=rows)
        score = np.bincount(pair_sentence, pair_weights * best, minlength=rows)
        closeness[low:high] = np.where(total_weight > 0, score / np.maximum(total_weight, 1e-9), 1.0)
        new_weight = np.bincount(pair_sentence, pair_weights * new, minlength=rows)
        new_score = np.bincount(pair_sentence, pair_weights * new * best, minlength=rows)
        new_closeness[low:high] = np.where(new_weight > 0, new_score / np.maximum(new_weight, 1e-9), 1.0)
    return closeness, new_closeness


def test_word_closeness_equals_the_incidence_matrices_path():
    table = static.table()
    articles = [article for article, _ in _articles()]
    articles.append(context._Article(np, context._spellings(table), _long_words_of(), "en"))
    for article in articles:
        fast = article.word_features()
        plain = _plain_word_features(article)
        assert [values.tobytes() for values in fast] == [values.tobytes() for values in plain]
        assert (fast[0] < 1).any()  # the test can fail: some words have no kin elsewhere


def _plain_names(article):
    """names as it was, from per-spelling name keys numbered per article."""
    spellings = article.spellings
    count = article.count
    token_keys_global = spellings.name_key[article.spelling].tolist()
    key_numbers = list(dict.fromkeys(token_keys_global))
    key_of = {key: place for place, key in enumerate(key_numbers)}
    token_keys = np.array([key_of[key] for key in token_keys_global], dtype=np.intp)
    keys = len(key_numbers)
    pairs = sorted(set((article.sentence_of * keys + token_keys).tolist()))
    pair_sentences, pair_keys = np.divmod(np.array(pairs, dtype=np.intp), keys)
    sentences_with = np.bincount(pair_keys, minlength=keys)
    lone = spellings.is_number[key_numbers][pair_keys] & (sentences_with[pair_keys] == 1)
    lone_numbers = np.bincount(pair_sentences[lone], minlength=count)
    not_first = np.ones(len(article.spelling), dtype=bool)
    not_first[(np.cumsum(article.lengths) - article.lengths)[article.lengths > 0]] = False
    candidate = spellings.candidate[article.spelling] & not_first
    shared = sentences_with[token_keys] > 1

    def distinct_per_sentence(chosen):
        per_sentence = collections.Counter(sentence for sentence, _ in set(zip(article.sentence_of[chosen].tolist(), article.spelling[chosen].tolist())))
        return np.array([per_sentence[sentence] for sentence in range(count)], dtype=np.intp)

    return distinct_per_sentence(candidate & ~shared), distinct_per_sentence(candidate & shared), lone_numbers


def test_names_from_sorted_pairs_equal_the_per_article_numbering():
    seen_any = [0, 0, 0]
    for article, _ in _articles():
        fast = article.names()
        plain = _plain_names(article)
        assert [values.tolist() for values in fast] == [values.tolist() for values in plain]
        seen_any = [total + int(values.sum()) for total, values in zip(seen_any, fast)]
    assert all(seen_any)  # unshared names, shared names and lone numbers all occur in the texts


def _plain_neighbourhood_nearest(vectors):
    """The windowed path's nearest, as it was for every input."""
    count = len(vectors)
    nearest = np.ones(count)
    for low in range(0, count, context.BLOCK):
        high = min(count, low + context.BLOCK)
        first, last = max(0, low - context.WINDOW), min(count, high + context.WINDOW)
        block = vectors[low:high] @ vectors[first:last].T
        rows = np.arange(low, high)[:, None]
        columns = np.arange(first, last)[None, :]
        block[(rows == columns) | (np.abs(rows - columns) > context.WINDOW)] = -np.inf
        if block.shape[1] >= 3:
            top = np.sort(block, axis=1)[:, -2:]
            usable = np.isfinite(top)
            nearest[low:high] = np.where(usable, top, 0).sum(axis=1) / np.maximum(usable.sum(axis=1), 1)
    return nearest


@pytest.mark.parametrize("count", [0, 1, 2, 3, 4, 9, context.WINDOW, context.WINDOW + 1, context.WINDOW + 2, context.BLOCK + 5])
def test_nearest_sentences_of_one_block_equal_the_windowed_path(count):
    table = static.table()
    sentences = _long_words_of()[:count]
    vectors = table.embed(sentences, context._weigh)
    nearest, _, _ = context._sentence_neighbourhood(np, vectors)
    assert nearest.dtype == np.float64
    assert nearest.tobytes() == _plain_neighbourhood_nearest(vectors).tobytes()


def _plain_analysis(document):
    """cohesion.analyse as it was: a memory of words met apart from the
    content words, and each sentence's distinct spellings looked up."""
    language = document.language.code if document.language else "en"
    words_of = [cohesion.words(sentence.text) for sentence in document.sentences]
    content = {}
    for word in set().union(*words_of):
        weight, stems = cohesion._word_terms(word.lower(), language)
        if stems:
            content[word] = tuple((stem, (weight, word)) for stem in stems)
    per_sentence = []
    for words in words_of:
        terms = {}
        for word in dict.fromkeys(words):
            for stem, (weight, spelled) in content.get(word, ()):
                if stem not in terms or terms[stem][0] < weight:
                    terms[stem] = (weight, spelled)
        per_sentence.append(terms)
    totals = collections.Counter(itertools.chain.from_iterable(per_sentence))
    results = []
    for terms in per_sentence:
        weight = sum(value for value, _ in terms.values())
        shared_weight = sum(value for stem, (value, _) in terms.items() if totals[stem] > 1)
        results.append((shared_weight / weight if weight else 1.0, weight, list(terms.items()), [totals[stem] > 1 for stem in terms]))
    return language, results


@pytest.mark.parametrize("text", TEXTS + [HARBOUR_ZH, HARBOUR_ZH.replace("\n\n", "\n")])
def test_lexical_analysis_equals_the_per_sentence_lookups(text):
    document = Document(text)
    language, plain = _plain_analysis(document)
    analysis = cohesion._analyse(document)
    assert analysis.language == language
    fast = [(item.cohesion, item.weight, list(item._terms.items()), item._shared_flags) for item in analysis.sentences]
    assert fast == plain
    assert any(0 < value < 1 for value, *_ in fast)  # the test can fail: sentences share some words, not all
    again = cohesion._analyse(Document(text))  # every spelling met before
    assert [(item.cohesion, item.weight, item.unshared, item.shared) for item in again.sentences] == [
        (item.cohesion, item.weight, item.unshared, item.shared) for item in analysis.sentences]


def test_two_spellings_of_one_stem_keep_the_first_of_the_heaviest():
    words = ["Councillors", "council's", "councillors", "Councillors"]
    content = cohesion._content_words([words], "en")  # the memory of words met: it may hold others
    assert {content[word][0][0] for word in words} == {"counci"}  # one stem, three spellings
    assert len({content[word][0][1][0] for word in words}) > 1  # of different weights
    plain = {}
    for word in dict.fromkeys(words):
        for stem, (weight, spelled) in content[word]:
            if stem not in plain or plain[stem][0] < weight:
                plain[stem] = (weight, spelled)
    terms = cohesion._terms(words, content)
    assert terms == plain and list(terms) == list(plain)
    assert cohesion._terms(["council's", "council's"], content) == {"counci": content["council's"][0][1]}


def test_the_memory_of_words_met_starts_again_when_full(monkeypatch):
    monkeypatch.setattr(cohesion, "MAX_CACHED_WORDS", 10)
    monkeypatch.setattr(cohesion, "_CONTENT", {})
    first = [(item.cohesion, item.weight, item.unshared) for item in cohesion._analyse(Document(FERRY)).sentences]
    second = [(item.cohesion, item.weight, item.unshared) for item in cohesion._analyse(Document(FERRY)).sentences]
    assert first == second
    assert all(len(known) <= len(set(cohesion.words(FERRY))) for known in cohesion._CONTENT.values())


def test_mapped_vectors_are_the_tables_vectors():
    from newslint import npz

    read = npz.load(static.TABLE, np)
    with np.load(static.TABLE) as data:
        mapped = read["vectors"]
        assert not mapped.flags.writeable  # mapped from the file in place
        assert type(mapped) is np.ndarray
        assert mapped.tobytes() == data["vectors"].tobytes()
        assert str(read["vocabulary"]) == str(data["vocabulary"])  # compressed: inflated


OC101_OPTIONS = {"threshold": 0.0, "min-weight": 30.0, "min-words": 8, "min-sentences": 6, "method": "static",
                 "static-threshold": 1.5, "semantic-threshold": 0.15, "other-languages": False,
                 "other-languages-margin": 0.0}
OC102_OPTIONS = {"min-words": 3, "max-words": 14, "sentence-min-words": 8, "sentence-threshold": 4.5,
                 "other-languages": False, "other-languages-margin": 0.0}


def test_an_article_oc_cannot_judge_is_not_analysed():
    from newslint.rules.out_of_context.rules import OutOfContextSentence, TeaserLine

    short = "Ferry back\n\nThe island ferry sailed again on Friday after repairs.\n"
    french = "Le ferry reprend la mer\n\n" + "\n".join(
        f"Le ferry de l'île a repris la mer vendredi après six semaines de réparations, jour {n}." for n in range(8)
    ) + "\n"
    for text in (short, french):
        document = Document(text)
        assert not list(OutOfContextSentence().check_document(document, OC101_OPTIONS))
        assert not list(TeaserLine().check_document(document, OC102_OPTIONS))
        assert "OC.cohesion" not in document._memo
    judged = Document(FERRY)
    list(OutOfContextSentence().check_document(judged, OC101_OPTIONS))
    assert "OC.cohesion" in judged._memo  # the test can fail: an English article of eight sentences is analysed
    teaser = Document(BAKERY.replace("\nJudges", "\n\nFerry fares to double from May\n\nJudges"))
    assert len(list(TeaserLine().check_document(teaser, OC102_OPTIONS))) == 1
    assert "OC.cohesion" in teaser._memo  # a headline-shaped line needs the lexical analysis
