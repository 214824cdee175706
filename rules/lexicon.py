"""Word knowledge shared by the rules that judge words: word frequencies,
each language's function words, and the article's language.

Frequencies and the article's language are the document model's
(:mod:`newslint.language`); this module keeps the names the rule families
import.  ``zipf`` reads wordfreq's large lists (rare words included), as it
always did here.
"""
from __future__ import annotations

from typing import Mapping

from newslint import Document
from newslint.language import Language, zipf

__all__ = ["FUNCTION_WORDS", "article_language", "latin_language", "zipf"]

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


def article_language(document: Document) -> Language | None:
    """The article's language (``Document.language``)."""
    return document.language


def latin_language(document: Document) -> str | None:
    """The article's language when it is written in Latin script, else None."""
    article = document.language
    return article.code if article is not None and article.script == "Latin" else None
