"""OC's batched paths for an article's new words (speedoc12) give what the
per-word paths give, value for value: Zipf frequencies read in one pass
(newslint.language.zipf_column), the static method's weights and name flags
of a batch of words, and the vocabulary once its kept table has loaded as a
dict.  Texts are written for these tests; speed is measured in
tests/benchmarks/out_of_context_speed.py, never asserted here."""
from __future__ import annotations

import pytest

np = pytest.importorskip("numpy")

from newslint import language  # noqa: E402
from newslint.rules.out_of_context import context, kept_vocabulary, static  # noqa: E402

# Common and rare words, names, numbers, a possessive, accented and
# curly-apostrophe spellings, a word no list knows, and the empty word.
WORDS = [
    "the", "harbour", "pilots", "calder", "kowalczykowski", "2026", "café", "zürich", "pilot’s",
    "don't", "qzxvkw", "straße", "", "internationalisation", "ferrymen",
]


def test_zipf_column_gives_zipf_of_each_word():
    for code in ("en", "de"):
        assert language.zipf_column(WORDS, code) == [language.zipf(word, code) for word in WORDS]
    assert language.zipf_column([], "en") == []


def test_an_articles_new_words_are_weighed_as_one_at_a_time():
    spelled = ["Harbour", "pilots", "Calder", "Kowalczykowski", "2026", "Café", "Pilot’s", "qzxvkw"]
    assert context._weigh.many(spelled) == [context._weigh(word) for word in spelled]


def test_names_of_a_batch_are_those_of_each_word():
    spelled = ["Harbour", "harbour", "Calder", "Calder's", "Kowalczykowski", "The", "2026", "Zürich", "Pilot’s", "'s"]
    keys = [context._without_possessive(word) for word in spelled]
    assert context._may_be_names(spelled, keys) == [context._may_be_name(word, key) for word, key in zip(spelled, keys)]
    assert context._may_be_names([], []) == []


def test_the_vocabulary_as_a_plain_dict_keeps_every_piece_and_row():
    table = static.table()
    vocabulary = table.vocabulary
    if not isinstance(vocabulary, kept_vocabulary.KeptVocabulary):
        pytest.skip("the vocabulary is a dict already (no kept table)")
    every = vocabulary.whole()
    plain = vocabulary._plain() if vocabulary._kept._dict is not None else None
    if plain is None:
        vocabulary._kept._load()
        plain = vocabulary._plain()
    assert plain == every
    assert kept_vocabulary.LONGEST not in plain


def test_a_loaded_vocabulary_answers_as_before(monkeypatch):
    table = static.table()
    vocabulary = table.vocabulary
    if not isinstance(vocabulary, kept_vocabulary.KeptVocabulary):
        pytest.skip("the vocabulary is a dict already (no kept table)")
    pieces = ["the", "harbour", "##s", "##ing", "un", "qzxvkw", kept_vocabulary.LONGEST]
    before = [vocabulary.get(piece) for piece in pieces]
    if vocabulary._kept._dict is None:
        vocabulary._kept._load()
    vocabulary.get("the")  # the first lookup after loading makes the plain dict
    assert "get" in vars(vocabulary)
    assert [vocabulary.get(piece) for piece in pieces] == before
    assert vocabulary.get("qzxvkw", -1) == -1


def test_content_words_of_new_spellings_are_those_of_their_terms(monkeypatch):
    from newslint.rules.out_of_context import cohesion

    monkeypatch.setattr(cohesion, "_CONTENT", {})
    spelled = [
        "Harbour", "the", "a", "pilots", "Calder's", "Kowalczykowski", "don't", "2026", "Zürich", "café",
        "港口引航员", "항구에서", "Überseehafen", "x", "well-known", "qzxvkw",
    ]
    for code in ("en", "de", "zh"):
        content = cohesion._content_words([spelled], code)
        for word in spelled:
            lower = word.lower()
            weight, stems = cohesion._terms_of(lower, language.common_zipf(lower, code))
            assert content[word] == tuple((stem, (weight, word)) for stem in stems), word
            expected = weight if stems else 0.0
            assert cohesion.content_weight(lower, language.common_zipf(lower, code)) == expected, word
