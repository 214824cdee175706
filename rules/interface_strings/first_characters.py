"""The characters a template's match can begin with, read from its pattern.

Compiling all the templates costs a quarter of a second at every start, while
one article offers a handful of texts short enough to try, beginning with a
few letters.  Knowing what each template can begin with lets a text try (and
compile) only the templates it could match; an article then compiles a
sixth of them.

The reading is conservative: any construct it does not follow (a class, an
escape such as ``\\s``, a look-around, an anchor, a pattern that can match
nothing) makes the answer "any character" (None), so a template is never
skipped for a text it could match.
"""
from __future__ import annotations

import re

# A counted repetition: {m}, {m,}, {,n}, {m,n}.
COUNTED = re.compile(r"\{(\d*)(?:,(\d*))?\}")
# Escapes that stand for a class of characters: any first character.
CLASS_ESCAPES = "sSdDwW"
PROPERTY_ESCAPES = "pP"


class _NotFollowed(Exception):
    """A construct the reading does not follow."""


def first_characters(pattern: str) -> frozenset[str] | None:
    """The characters a full match of ``pattern`` can begin with, or None
    when that is not known (any character may)."""
    try:
        first, can_be_empty, end = _alternation(pattern, 0)
    except (_NotFollowed, IndexError, ValueError):
        return None
    if end != len(pattern) or first is None or can_be_empty:
        return None
    return frozenset(first)


# Each reader returns (first characters or None for any, can match empty, next position).


def _alternation(pattern: str, position: int):
    first: set[str] | None = set()
    can_be_empty = False
    while True:
        branch, branch_empty, position = _sequence(pattern, position)
        first = None if first is None or branch is None else first | branch
        can_be_empty = can_be_empty or branch_empty
        if position < len(pattern) and pattern[position] == "|":
            position += 1
            continue
        return first, can_be_empty, position


def _sequence(pattern: str, position: int):
    first: set[str] | None = set()
    can_be_empty = True  # so far, everything read can match nothing
    while position < len(pattern) and pattern[position] not in "|)":
        item, item_empty, position = _atom(pattern, position)
        item_empty, position = _quantifier(pattern, position, item_empty)
        if can_be_empty:
            first = None if first is None or item is None else first | item
            can_be_empty = item_empty
    return first, can_be_empty, position


def _quantifier(pattern: str, position: int, can_be_empty: bool):
    if position >= len(pattern) or pattern[position] not in "?*+{":
        return can_be_empty, position
    if pattern[position] in "?*":
        can_be_empty, position = True, position + 1
    elif pattern[position] == "+":
        position += 1
    else:
        counted = COUNTED.match(pattern, position)
        if counted is None:
            raise _NotFollowed(position)
        if counted.group(1) in ("", "0"):
            can_be_empty = True
        position = counted.end()
    if position < len(pattern) and pattern[position] in "?+":  # lazy or possessive
        position += 1
    return can_be_empty, position


def _atom(pattern: str, position: int):
    character = pattern[position]
    if character == "(":
        if pattern.startswith("(?:", position):
            position += 3
        elif pattern.startswith("(?P<", position):
            position = pattern.index(">", position) + 1
        elif pattern.startswith("(?", position):
            raise _NotFollowed(position)  # look-around, flags, branch reset...
        else:
            position += 1
        first, can_be_empty, position = _alternation(pattern, position)
        if position >= len(pattern) or pattern[position] != ")":
            raise _NotFollowed(position)
        return first, can_be_empty, position + 1
    if character == "[":
        return None, False, _after_class(pattern, position)
    if character == "\\":
        escaped = pattern[position + 1]
        if escaped in CLASS_ESCAPES:
            return None, False, position + 2
        if escaped in PROPERTY_ESCAPES:
            return None, False, pattern.index("}", position) + 1
        if escaped.isalnum():
            raise _NotFollowed(position)  # \b, a back-reference, \n...
        return {escaped}, False, position + 2
    if character == ".":
        return None, False, position + 1
    if character in "^$)|?*+{":
        raise _NotFollowed(position)
    return {character}, False, position + 1


def _after_class(pattern: str, position: int) -> int:
    position += 1
    if pattern[position] == "^":
        position += 1
    if pattern[position] == "]":
        position += 1
    while pattern[position] != "]":
        if pattern[position] == "[":
            raise _NotFollowed(position)  # a nested set or POSIX class
        position += 2 if pattern[position] == "\\" else 1
    return position + 1
