"""Word knowledge shared by the rules that judge words: word frequencies
(from wordfreq's large lists, loaded on first use and kept), each
language's function words, and the article's language as the mixed-language
rules decide it.

Frequencies are Zipf values: log10 of occurrences per billion words, so 7 is
"the", 4 a common word, 1 a rare one and 0 a string no list has seen.
"""
from __future__ import annotations

import functools
import math
from typing import Mapping

from newslint import Document

from .mixed_language.language import article_language

# Function words of the languages whose glued words are judged.
FUNCTION_WORDS: Mapping[str, frozenset[str]] = {
    "en": frozenset("the of and to in is that for was on with as by at from it his her are were have has".split()),
    "es": frozenset("el la los las de del que en y por con para una un se su es al lo como más".split()),
    "fr": frozenset("le la les des de du que et en un une est pour dans sur par au aux il qui pas".split()),
    "de": frozenset("der die das und den dem des ist nicht ein eine mit sich auf für von zu im auch".split()),
    "pt": frozenset("o a os as de do da dos das que em e um uma para com por não se na no".split()),
    "it": frozenset("il la le di del della che e un una per con non si è nel al sono lo gli".split()),
    "nl": frozenset("de het een en van in is dat op te met voor zijn niet ook aan er".split()),
}


@functools.lru_cache(maxsize=None)
def _frequencies(language: str) -> dict[str, float]:
    import wordfreq

    wordlist = "large" if language in wordfreq.available_languages("large") else "small"
    return wordfreq.get_frequency_dict(language, wordlist=wordlist)


def zipf(word: str, language: str) -> float:
    """The Zipf frequency of a lower-case word (0.0 when unknown)."""
    frequency = _frequencies(language).get(word.replace("’", "'"), 0.0)
    return math.log10(frequency) + 9 if frequency > 0 else 0.0


def latin_language(document: Document) -> str | None:
    """The article's language when it is written in Latin script (the
    mixed-language rules decide it, once per article), else None."""
    article = article_language(document)
    return article.code if article is not None and article.script == "Latin" else None
