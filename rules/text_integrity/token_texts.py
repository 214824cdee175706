"""The texts of an article's tokens, for the TX rules that only compare
words: cheaper than ``Document.tokens`` when no rule has built those yet.

``Document.tokens`` builds a Token (start, end, text) per word in a Python
loop, most of what TX costs when it runs alone.  The rules that compare words
(TX101, TX102, TX103, TX110) first ask whether an article holds anything
worth a closer look, and for that the texts are enough: ``WORD.findall``
gives them in C, the same strings ``tokens`` holds, in the same order, since
both come from the same pattern over the same text.  Only an article that
passes such a gate pays for the tokens, and a run whose other rules have
built them already reads theirs.
"""
from __future__ import annotations

import itertools
import operator
from typing import Iterable

from newslint import Document, Token
from newslint.document import WORD

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
    each in range).  Without the tokens built, one pass of the pattern finds
    them: the matches between two wanted ones are skipped in C (islice), and
    only the wanted ones become Tokens."""
    built = _built(document, "tokens")
    if built is not None or WORD.groups:
        tokens = document.tokens
        return {index: tokens[index] for index in indices}
    matches = WORD.finditer(document.text)
    found: dict[int, Token] = {}
    position = 0  # the index of the next match the iterator gives
    for index in indices:
        match = next(itertools.islice(matches, index - position, None))
        position = index + 1
        found[index] = Token(match.start(), match.end(), match.group())
    return found


def _built(document: Document, name: str):
    """A Document service already computed (``functools.cached_property``
    keeps it in the instance's ``__dict__``), else None: then the cheaper
    form is computed rather than the service."""
    return vars(document).get(name)


def _token_texts(document: Document) -> list[str]:
    tokens = _built(document, "tokens")
    if tokens is not None or WORD.groups:  # findall returns groups when the pattern has any
        return list(map(TOKEN_TEXT, document.tokens))
    return WORD.findall(document.text)


def _folded_token_texts(document: Document) -> list[str]:
    return list(map(str.casefold, token_texts(document)))


def _token_types(document: Document) -> frozenset[str]:
    return frozenset(token_texts(document))
