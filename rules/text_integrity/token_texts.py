"""The texts of an article's tokens, for the TX rules that only compare
words: cheaper than ``Document.tokens`` when no rule has built those yet.

``Document.tokens`` builds a Token (start, end, text) per word in a Python
loop, most of what TX costs when it runs alone.  The rules that compare words
(TX101, TX102, TX103, TX110) first ask whether an article holds anything
worth a closer look, and for that the texts are enough: one ``split`` of
the text by the word pattern (in a group, so the words are kept) gives them
in C, the same strings ``tokens`` holds, in the same order, since both come
from the same pattern over the same text, with the text between them.  The
few tokens a rule then wants are made from the running sum of those pieces'
lengths (in C too), and a run whose other rules have built the tokens
already reads theirs.
"""
from __future__ import annotations

import itertools
import operator
from typing import Iterable

import regex

from newslint import Document, Token
from newslint.document import WORD

# The words and the text between them, alternately (gap, word, gap, ..., gap).
WORDS_AND_GAPS = regex.compile(f"({WORD.pattern})", WORD.flags)

# A Token's text, read in C.
TOKEN_TEXT = operator.itemgetter(Token._fields.index("text"))


def token_texts(document: Document) -> list[str]:
    """``[token.text for token in document.tokens]``."""
    return document.memo("TX.token_texts", _token_texts)


def folded_token_texts(document: Document) -> tuple[str, ...] | list[str]:
    """``document.folded_tokens``, without building the tokens when no rule has yet."""
    built = _built(document, "folded_tokens")
    if built is not None:
        return built
    return document.memo("TX.folded_token_texts", _folded_token_texts)


def token_types(document: Document) -> frozenset[str]:
    """``document.token_types``, without building the tokens when no rule has yet."""
    built = _built(document, "token_types")
    if built is not None:
        return built
    return document.memo("TX.token_types", _token_types)


def tokens_at(document: Document, indices: Iterable[int]) -> dict[int, Token]:
    """``{index: document.tokens[index]}`` for the given indices (increasing,
    each in range), only those tokens built."""
    built = _built(document, "tokens")
    if built is not None or WORD.groups:
        tokens = document.tokens
        return {index: tokens[index] for index in indices}
    parts = _words_and_gaps(document)
    bounds = document.memo("TX.token_bounds", lambda document: list(itertools.accumulate(map(len, parts))))
    # Word i is piece 2i + 1: it starts where the pieces before it end.
    return {index: Token(bounds[2 * index], bounds[2 * index + 1], parts[2 * index + 1]) for index in indices}


def _built(document: Document, name: str):
    """A Document service already computed (``functools.cached_property``
    keeps it in the instance's ``__dict__``), else None: then the cheaper
    form is computed rather than the service."""
    return getattr(document, "__dict__", {}).get(name)


def _token_texts(document: Document) -> list[str]:
    tokens = _built(document, "tokens")
    if tokens is not None or WORD.groups:  # a group of WORD's own would come out of split too
        return list(map(TOKEN_TEXT, document.tokens))
    return _words_and_gaps(document)[1::2]


def _words_and_gaps(document: Document) -> list[str]:
    return document.memo("TX.words_and_gaps", lambda document: WORDS_AND_GAPS.split(document.text))


def _folded_token_texts(document: Document) -> list[str]:
    return list(map(str.casefold, token_texts(document)))


def _token_types(document: Document) -> frozenset[str]:
    return frozenset(token_texts(document))
