"""Units of meaning of an article's sentences, in any script, weighed by rarity.

A shared service of the document model (:func:`sentence_units`): a rule that
asks which content a sentence shares with the rest of its article compares
these.  The document model's tokens (:data:`newslint.document.WORD`) are
words between spaces, but in Chinese and Japanese a token is a whole run of
characters up to the next mark, a clause, which no other sentence repeats.
So a token is cut into units that carry meaning:

* in Han runs, every pair of adjacent Han characters (most Chinese words and
  Japanese kanji compounds are two characters, and a longer name or word is
  its pairs: the usual language-independent fallback for unspaced text);
  hiragana is the grammar of Japanese (endings, particles) and is left out,
  and a run of katakana (a loanword, a foreign name) is one unit;
* in Hangul, a word's first HANGUL_STEM_SYLLABLES syllables (Korean writes a
  particle or an ending onto the word: "연구진은", "연구를" are "연구");
* in other scripts, a word's first STEM_LETTERS letters, lower-cased (the
  first letters stand for the stem: "election", "elections").

Each unit weighs MAX_WEIGHT minus its Zipf frequency in the article's
language (wordfreq): a common unit (COMMON_ZIPF or more: "the", "said",
"我们") carries no topic and is left out; a rare word or a name weighs the
most.  A pair of Han characters that is no word of the list (it straddles two
words: "的大") weighs UNKNOWN_PAIR_WEIGHT, less than a rare word, since many
such pairs are chance meetings of common characters.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .language import common_zipf, zipf
from .pattern_cache import compile_cached

if TYPE_CHECKING:
    from .document import Document

STEM_LETTERS = 6
HANGUL_STEM_SYLLABLES = 2
COMMON_ZIPF = 5.5  # at or above this a unit carries no topic
MAX_WEIGHT = 7.5
MIN_WEIGHT = 0.5
UNKNOWN_PAIR_WEIGHT = 2.0
MAX_REMEMBERED_WORDS = 200_000  # per language; the memory starts again past it

UNSPACED = compile_cached(r"[\p{Han}\p{Hiragana}\p{Katakana}ー]")
HAN_RUN = compile_cached(r"\p{Han}{2,}")
KATAKANA_RUN = compile_cached(r"[\p{Katakana}ー]{2,}")
HANGUL = compile_cached(r"\p{Hangul}")

# Per language: a token as written -> its (unit, weight) pairs.
_REMEMBERED: dict[str, dict[str, tuple[tuple[str, float], ...]]] = {}


def word_units(word: str, language: str) -> tuple[tuple[str, float], ...]:
    """The (unit, weight) pairs of one token of the document model in an
    article of ``language`` (none for a common word); remembered per
    language for the process."""
    known = _REMEMBERED.setdefault(language, {})
    pairs = known.get(word)
    if pairs is None:
        if len(known) >= MAX_REMEMBERED_WORDS:
            known.clear()
        pairs = known[word] = _units(word.lower(), language)
    return pairs


def _units(lowered: str, language: str) -> tuple[tuple[str, float], ...]:
    if lowered.isascii() or not (UNSPACED.search(lowered) or HANGUL.match(lowered)):
        frequency = common_zipf(lowered, language)
        if frequency >= COMMON_ZIPF or len(lowered) < 2:
            return ()
        return ((lowered[:STEM_LETTERS], max(MIN_WEIGHT, MAX_WEIGHT - frequency)),)
    if HANGUL.match(lowered):
        if common_zipf(lowered, language) >= COMMON_ZIPF:
            return ()
        stem = lowered[:HANGUL_STEM_SYLLABLES]
        frequency = zipf(stem, language)
        if frequency >= COMMON_ZIPF:
            return ()
        return ((stem, max(MIN_WEIGHT, MAX_WEIGHT - frequency)),)
    found: dict[str, float] = {}
    for run in HAN_RUN.findall(lowered):
        for start in range(len(run) - 1):
            pair = run[start : start + 2]
            if pair not in found:
                frequency = zipf(pair, language)
                if frequency >= COMMON_ZIPF:
                    continue
                found[pair] = max(MIN_WEIGHT, MAX_WEIGHT - frequency) if frequency > 0 else UNKNOWN_PAIR_WEIGHT
    for run in KATAKANA_RUN.findall(lowered):
        if run not in found:
            frequency = zipf(run, language)
            if frequency < COMMON_ZIPF:
                found[run] = max(MIN_WEIGHT, MAX_WEIGHT - frequency)
    return tuple(found.items())


def sentence_units(document: "Document") -> tuple[dict[str, float], ...]:
    """Per sentence (``document.sentences``' order), its units and their
    weights (a unit said twice counts once), in the article's language
    (English for a text with no letters): computed once per document."""
    return document.memo("units.sentences", _sentence_units)


def _sentence_units(document: "Document") -> tuple[dict[str, float], ...]:
    from .document import WORD

    article = document.language
    language = article.code if article is not None else "en"
    result = []
    for sentence in document.sentences:
        units: dict[str, float] = {}
        for word in WORD.findall(sentence.text):
            for unit, weight in word_units(word, language):
                if units.get(unit, 0.0) < weight:
                    units[unit] = weight
        result.append(units)
    return tuple(result)
