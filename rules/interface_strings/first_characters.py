"""What a template's match can begin with, and how long it can be, read from
its pattern.

Compiling all the templates costs a quarter of a second at every start, while
one article offers a handful of texts short enough to try.  Knowing the first
few characters each template's match can begin with, and the fewest and most
characters it holds, lets a text try (and compile) only the templates it
could match: "china will support russia" tries no template that must begin
"sh" or that holds at most 40 characters.

The reading is conservative: any construct it does not follow (a
look-around, an anchor, a back-reference, flags) makes the answer "any start,
any length", and a class or an escape such as ``\\s`` is "one character,
unknown", so a template is never skipped for a text it could match.
"""
from __future__ import annotations

import re
from typing import NamedTuple

# How many characters of a match's beginning are read: three tell "share"
# from "show" and "sharp" from "shop" for a pattern holding all four.
PREFIX_LENGTH = 3
# More beginnings than this and only their first characters are kept.
MAX_STARTS = 2_000
# A counted repetition: {m}, {m,}, {,n}, {m,n}.
COUNTED = re.compile(r"\{(\d*)(?:,(\d*))?\}")
# Escapes that stand for a class of characters.
CLASS_ESCAPES = "sSdDwW"
PROPERTY_ESCAPES = "pP"
# Characters that stand for themselves (outside a class).
LITERAL_RUN = re.compile(r"[^\\()\[\].|?*+{}^$]+")


class Reading(NamedTuple):
    """What a piece of a pattern matches.  ``starts``: each match begins with
    one of these, as (text, complete): the match's first PREFIX_LENGTH
    characters or fewer, complete when the match is that text and no more
    (what follows the piece continues it), not when an unknown character
    follows.  ``shortest`` and ``longest``: the fewest and most characters a
    match holds (longest None: no bound known)."""

    starts: frozenset
    shortest: int
    longest: int | None

    def beginnings(self) -> frozenset[str] | None:
        """The texts every match begins with one of, or None when a match
        may begin with anything."""
        texts = frozenset(text for text, _ in self.starts)
        return None if "" in texts else texts


EMPTY = Reading(frozenset({("", True)}), 0, 0)
ONE_UNKNOWN_CHARACTER = Reading(frozenset({("", False)}), 1, 1)
ANYTHING = Reading(frozenset({("", False)}), 0, None)


class _NotFollowed(Exception):
    """A construct the reading does not follow."""


def read(pattern: str) -> Reading:
    """What a full match of ``pattern`` can begin with and how long it is;
    ANYTHING when that is not known."""
    try:
        reading, end = _alternation(pattern, 0)
    except (_NotFollowed, IndexError, ValueError):
        return ANYTHING
    return reading if end == len(pattern) else ANYTHING


def first_characters(pattern: str) -> frozenset[str] | None:
    """The characters a full match of ``pattern`` can begin with, or None
    when that is not known (any character may)."""
    beginnings = read(pattern).beginnings()
    return None if beginnings is None else frozenset(text[0] for text in beginnings)


def _either(readings: list[Reading]) -> Reading:
    longest = [reading.longest for reading in readings]
    return Reading(
        _bounded(frozenset().union(*(reading.starts for reading in readings))),
        min(reading.shortest for reading in readings),
        None if None in longest else max(longest),
    )


def _then(first: Reading, second: Reading) -> Reading:
    longest = None if first.longest is None or second.longest is None else first.longest + second.longest
    if not any(complete for _, complete in first.starts):  # the beginnings are read: count the length
        return Reading(first.starts, first.shortest + second.shortest, longest)
    starts = set()
    for head, complete in first.starts:
        if not complete:
            starts.add((head, False))
            continue
        for tail, tail_complete in second.starts:
            text = head + tail
            if len(text) >= PREFIX_LENGTH:  # read far enough: what follows is not looked at
                starts.add((text[:PREFIX_LENGTH], False))
            else:
                starts.add((text, tail_complete))
    return Reading(_bounded(frozenset(starts)), first.shortest + second.shortest, longest)


def _bounded(starts: frozenset) -> frozenset:
    if len(starts) <= MAX_STARTS:
        return starts
    return frozenset((text[:1], complete and len(text) <= 1) for text, complete in starts)


def _repeated(item: Reading, least: int, most: int | None) -> Reading:
    starts = EMPTY
    for _ in range(least):
        starts = _then(starts, item)
    # Each further repetition may be taken or not, until the beginnings stop
    # changing (at most PREFIX_LENGTH + 1 rounds: each adds a character).
    extra = 0
    while most is None or extra < most - least:
        more = _either([starts, _then(starts, item)])
        if more.starts == starts.starts:
            break
        starts, extra = more, extra + 1
    if most is None:
        longest = 0 if item.longest == 0 else None
    else:
        longest = None if item.longest is None else item.longest * most
    return Reading(starts.starts, item.shortest * least, longest)


# Each reader returns (Reading, next position).


def _alternation(pattern: str, position: int):
    branches = []
    while True:
        branch, position = _sequence(pattern, position)
        branches.append(branch)
        if position < len(pattern) and pattern[position] == "|":
            position += 1
            continue
        return _either(branches), position


def _sequence(pattern: str, position: int):
    reading = EMPTY
    while position < len(pattern) and pattern[position] not in "|)":
        run = _literal_run(pattern, position)
        if run:  # read at once: most of a template is plain words
            reading, position = _then(reading, _literal(run)), position + len(run)
            continue
        item, position = _atom(pattern, position)
        item, position = _quantifier(pattern, position, item)
        reading = _then(reading, item)
    return reading, position


def _quantifier(pattern: str, position: int, item: Reading):
    if position >= len(pattern) or pattern[position] not in "?*+{":
        return item, position
    if pattern[position] == "?":
        least, most, position = 0, 1, position + 1
    elif pattern[position] == "*":
        least, most, position = 0, None, position + 1
    elif pattern[position] == "+":
        least, most, position = 1, None, position + 1
    else:
        counted = COUNTED.match(pattern, position)
        if counted is None or counted.group() == "{}":
            raise _NotFollowed(position)
        least = int(counted.group(1) or 0)
        if counted.group(2) is None and "," not in counted.group():
            most = least
        else:
            most = int(counted.group(2)) if counted.group(2) else None
        position = counted.end()
    if position < len(pattern) and pattern[position] in "?+":  # lazy or possessive
        position += 1
    return _repeated(item, least, most), position


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
        reading, position = _alternation(pattern, position)
        if position >= len(pattern) or pattern[position] != ")":
            raise _NotFollowed(position)
        return reading, position + 1
    if character == "[":
        return ONE_UNKNOWN_CHARACTER, _after_class(pattern, position)
    if character == "\\":
        escaped = pattern[position + 1]
        if escaped in CLASS_ESCAPES:
            return ONE_UNKNOWN_CHARACTER, position + 2
        if escaped in PROPERTY_ESCAPES:
            if pattern[position + 2] == "{":  # \p{L}; else one letter: \pL
                return ONE_UNKNOWN_CHARACTER, pattern.index("}", position) + 1
            return ONE_UNKNOWN_CHARACTER, position + 3
        if escaped.isalnum():
            raise _NotFollowed(position)  # \b, a back-reference, \n...
        return _literal(escaped), position + 2
    if character == ".":
        return ONE_UNKNOWN_CHARACTER, position + 1
    if character in "^$)|?*+{":
        raise _NotFollowed(position)
    return _literal(character), position + 1


def _literal(text: str) -> Reading:
    if len(text) >= PREFIX_LENGTH:
        return Reading(frozenset({(text[:PREFIX_LENGTH], False)}), len(text), len(text))
    return Reading(frozenset({(text, True)}), len(text), len(text))


def _literal_run(pattern: str, position: int) -> str:
    """The plain characters from ``position`` on, but the last when a
    quantifier follows it (the quantifier repeats that one alone)."""
    run = LITERAL_RUN.match(pattern, position)
    if run is None:
        return ""
    text = run.group()
    if run.end() < len(pattern) and pattern[run.end()] in "?*+{":
        text = text[:-1]
    return text


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


def required_text(pattern: str) -> str:
    """The longest run of plain characters that every full match of
    ``pattern`` holds as it is written: one standing in the pattern's top
    level, outside any group, class or repetition ("newsletter" in
    ``(?:\\S+ ){1,3}newsletter``).  A text without it is no match, which
    ``in`` tells faster than the pattern.  "" when there is none, or the
    pattern holds a construct the reading does not follow (flags among
    them: a run is only required as written when no flag folds case)."""
    runs, current, position = [], "", 0
    try:
        while position < len(pattern):
            run = _literal_run(pattern, position)
            if run:
                current, position = current + run, position + len(run)
                continue
            if pattern[position] in "|)":
                return ""  # an alternation at the top level: no part is required
            start = position
            _, position = _atom(pattern, position)
            atom_end = position
            _, position = _quantifier(pattern, position, EMPTY)
            escaped = pattern[start + 1] if pattern[start] == "\\" else ""
            if position == atom_end and escaped and not escaped.isalnum():
                current += escaped  # an escaped plain character ("\\."), not a class ("\\s")
                continue
            runs.append(current)
            current = ""
    except (_NotFollowed, IndexError, ValueError):
        return ""
    runs.append(current)
    return max(runs, key=len)
