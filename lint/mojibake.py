"""Mojibake: text decoded with the wrong encoding, and characters lost to the
replacement character.

A service of the document model (``Document.mojibake``): TX104 reports the
spans, and the rules that read single characters (TX107's invisible
characters, QM's quotation marks) skip the characters inside them: the soft
hyphen of `Ã\u00ad` (í) and the „ of `Å„` (ń) are bytes of a letter, one
defect already reported.
"""
from __future__ import annotations

import bisect
import collections
import functools
import importlib.util
import os
import re
import sys
import unicodedata
from typing import TYPE_CHECKING, Callable, Iterator, NamedTuple

from .diagnostic import Finding
from .pattern_cache import compile_re_cached

if TYPE_CHECKING:
    from .document import Document, Line

REPLACEMENT = "\ufffd"
# The codes of ftfy's pattern that the article-wide gate (``_gate``) knows
# to read the same in one line and in the whole text: the start of a line
# and word boundaries.  A pattern with anything else (lookarounds, the start
# of the string, back-references) is searched line by line, as before.
try:
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # Python before 3.11
    import sre_constants as _sre
    import sre_parse as _sre_parse
GATE_ANCHORS = frozenset(
    {_sre.AT_BEGINNING, _sre.AT_BOUNDARY, _sre.AT_NON_BOUNDARY, _sre.AT_UNI_BOUNDARY, _sre.AT_UNI_NON_BOUNDARY}
)
# A pattern whose matches may be longer than this is searched line by line.
MAX_GATE_WIDTH = 64
# Reading ftfy's pattern for the gate costs a few hundredths of a second,
# more than the gate saves on a handful of articles (a one-article run, a
# pre-commit hook): the first articles that could be bad are searched line
# by line, and the gate is built for a longer run.
ARTICLES_BEFORE_GATE = 20
_articles_before_gate = ARTICLES_BEFORE_GATE


class MojibakeSpans:
    """An article's mojibake (TX104's findings: where, what, the repair),
    worked out on first use and kept in the document's memo.

    A view, made at each access (as :class:`newslint.foreign_spans.
    ForeignSpans` is): it holds the document, and the document holds only
    what was found, so no cycle keeps a corpus run's articles alive until
    the cyclic garbage collector runs."""

    def __init__(self, document: "Document"):
        self.document = document

    @property
    def findings(self) -> tuple[Finding, ...]:
        """TX104's findings, in the order of the lines."""
        return self._found.findings

    def covers(self, offset: int) -> bool:
        """Whether the character at ``offset`` lies in a mojibake span (a
        point, where a repair inserts text, covers nothing)."""
        found = self._found
        index = bisect.bisect_right(found.starts, offset) - 1
        return index >= 0 and offset < found.ends[index]

    @property
    def _found(self) -> "_Found":
        return self.document.memo("mojibake", _Found.of)


class _Found(NamedTuple):
    findings: tuple[Finding, ...]
    # The spans merged, in order of their starts, for covers' bisection.
    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, document: "Document") -> "_Found":
        findings = tuple(_find(document))
        starts: list[int] = []
        ends: list[int] = []
        for start, end in sorted((finding.start, finding.end) for finding in findings):
            if ends and start <= ends[-1]:
                ends[-1] = max(ends[-1], end)
            else:
                starts.append(start)
                ends.append(end)
        return cls(findings, starts, ends)


def may_find_in(document: "Document") -> bool:
    """Whether the article may hold mojibake (cheap: most articles do not)."""
    return not document.text.isascii() and (
        _may_be_bad(document) or REPLACEMENT in document.text or _may_hold_split_letter(document)
        or _may_hold_cp1251(document)
    )


def _find(document: "Document") -> Iterator[Finding]:
    text = document.text
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        normalised = _composed(text)
        if normalised is not None:
            yield from _found_in_composed(*normalised)
            return
    yield from _found_in(document)


def _found_in(document: "Document") -> Iterator[Finding]:
    if not may_find_in(document):
        return
    for line in document.lines:
        yield from _line_findings(line, document)


# Text in decomposed form (NFD: macOS file names, some editors and
# scrapers) spells "Ã" as "A" and a combining tilde: ftfy's test and the
# split-letter search look for the composed characters and find nothing
# ("MA\u0303¼nchen").  Such an article is examined composed (NFC), and the
# findings are placed back on the text as written.  Hangul's vowel and
# final jamo compose with the syllable before them though their combining
# class is 0: they do not start a piece of their own.
HANGUL_TRAILING_JAMO = ("\u1161", "\u11c2")


def _composed(text: str) -> tuple[str, "_OffsetMap"] | None:
    """The text composed (NFC) and where each of its offsets lies in the
    original, or None when it cannot be cut into pieces that compose
    alone (then the text is examined as written)."""
    starts = [
        index
        for index, character in enumerate(text)
        if index == 0
        or (
            unicodedata.combining(character) == 0
            and not HANGUL_TRAILING_JAMO[0] <= character <= HANGUL_TRAILING_JAMO[1]
        )
    ]
    starts.append(len(text))
    pieces = []
    offsets = _OffsetMap()
    for start, end in zip(starts, starts[1:]):
        piece = unicodedata.normalize("NFC", text[start:end])
        offsets.add(len(piece), start, end)
        pieces.append(piece)
    composed = "".join(pieces)
    if composed != unicodedata.normalize("NFC", text):
        return None
    return composed, offsets


class _OffsetMap:
    """Offsets in a composed text mapped to the text as written, piece by
    piece: a finding that starts or ends inside a piece covers all of it."""

    def __init__(self) -> None:
        self.composed_starts: list[int] = []
        self.spans: list[tuple[int, int]] = []
        self.length = 0

    def add(self, length: int, start: int, end: int) -> None:
        self.composed_starts.append(self.length)
        self.spans.append((start, end))
        self.length += length

    def start(self, offset: int) -> int:
        if offset >= self.length:
            return self.spans[-1][1] if self.spans else 0
        return self.spans[bisect.bisect_right(self.composed_starts, offset) - 1][0]

    def end(self, offset: int) -> int:
        if offset <= 0:
            return 0
        return self.spans[bisect.bisect_right(self.composed_starts, offset - 1) - 1][1]


def _found_in_composed(composed: str, offsets: _OffsetMap) -> Iterator[Finding]:
    from .document import Document

    for finding in _found_in(Document(composed)):
        start = offsets.start(finding.start)
        end = start if finding.end == finding.start else offsets.end(finding.end)
        yield finding._replace(start=start, end=end)


def _line_findings(line: "Line", document: "Document") -> Iterator[Finding]:
    text = line.text
    if text.isascii():
        return
    found = []
    if _may_be_bad(document) and _is_mostly_unrepairable(text):
        yield _unrepairable_line(line)
        return  # its replacement characters and marks are bytes of the same debris
    if _may_be_bad(document):
        found = list(_mojibake(line))
        yield from found
    split = list(_split_letters(line, found)) if _may_hold_split_letter(document) else []
    yield from split
    cyrillic = list(_cyrillic_read_as_latin(line, found + split)) if _may_hold_cp1251(document) else []
    yield from cyrillic
    index = text.find(REPLACEMENT)
    while index >= 0:
        end = index
        while end < len(text) and text[end] == REPLACEMENT:
            end += 1
        yield Finding(
            line.start + index,
            line.start + end,
            "replacement character: a character was lost when the page was decoded",
        )
        index = text.find(REPLACEMENT, end)



def _may_be_bad(document: "Document") -> bool:
    """False when no line of the document can be bad in ftfy's eyes, found
    by one search of the whole text instead of one search per line that is
    not ASCII (the rule's whole cost on clean text); asked once per document."""
    return document.memo("TX.may_be_bad", _search_for_badness)


def _search_for_badness(document: "Document") -> bool:
    global _articles_before_gate
    if _articles_before_gate > 0:
        _articles_before_gate -= 1  # a short run searches line by line: building the gate costs more
        needed = _kept_needed()
        return needed is None or needed.search(document.text) is not None
    gate = _gate()
    if gate is None:
        return True
    any_needed, pattern, far_run = gate
    text = document.text
    if any_needed.search(text) is None:
        return False  # no character a match needs: about half the articles in English
    return pattern.search(far_run.sub("\\1\n\\2", text)) is not None


@functools.lru_cache(maxsize=1)
def _gate() -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    """How to ask ftfy's pattern about a whole article at once, or None
    when its shape does not allow it: (any needed character, the pattern
    searched with MULTILINE, the runs of text to shrink).

    A line is bad when ftfy's pattern matches in it.  Every way the pattern
    can match holds one of a few characters outside ASCII (``needed``:
    mojibake's debris, `Ã`, `â`, `€`, C1 controls...), and no match is
    longer than ``width``; so each match lies within ``width`` characters of
    a needed character, and a long run of text without one can shrink to its
    ``width + 1`` characters at either end, a line break between (which the
    pattern treats as the edge of a line), without losing a match of any
    line.  Searched with MULTILINE, ``^`` matches at every line's start, as
    it does searching each line alone.  Anything extra the shrunk text
    matches only opens the gate, and the lines are then searched one by one
    as before: the gate never hides a finding."""
    pattern = _badness_pattern()
    try:
        tree = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:
        return None
    width = tree.getwidth()[1]
    if pattern.flags & re.IGNORECASE:
        return None  # a non-ASCII letter could then match an ASCII one (the Kelvin sign, k)
    needed = _needed_characters(tree)
    if width > MAX_GATE_WIDTH or not _only_known_anchors(tree) or not needed:
        return None
    window = width + 1  # a word boundary reads one character beyond a match
    characters = "".join(map(re.escape, sorted(needed)))
    run = f"[^\\n{characters}]"  # none of them, and no line break
    # From the pattern cache: compiling the three (ftfy's pattern is some
    # 4,000 characters) was most of the gate's 9 ms in each process.
    far_run = compile_re_cached(f"({run}{{{window}}}){run}+({run}{{{window}}})")
    return compile_re_cached(f"[{characters}]"), compile_re_cached(pattern.pattern, pattern.flags | re.MULTILINE), far_run


# What a short run needs of ftfy's pattern is kept in the cache folder,
# named by the content of ftfy's badness.py and of this module: the
# characters every match needs (``_needed_characters``), and the pattern's
# source when ftfy's ``is_bad`` is exactly a search with it.  A short run
# then neither executes ftfy's module nor compiles its pattern (about 7 ms
# of a one-article run): an article with none of the characters (about half
# the articles in English: no £, no curly double quote) is not searched at
# all, and the lines of one that has them are searched with the pattern
# rebuilt from the pattern cache (newslint.pattern_cache).
GATE_FORMAT = 2
GATE_PREFIX = "mojibake-gate-"
# ftfy's is_bad, its docstring aside: a function whose code is this (and
# whose module does not shadow ``bool``) answers as a search with its
# module's BADNESS_RE does, so that search may stand for it.
PLAIN_SEARCH = "def is_bad(text):\n    return bool(BADNESS_RE.search(text))\n"
# A code object's flags below the __future__ features' (CO_FUTURE_DIVISION
# is 0x20000): optimized, varargs, generator, coroutine and the like.
CODE_FLAGS = 0xFFFF


# What is kept: the characters every match of ftfy's pattern holds one of,
# sorted (None when that cannot be told); the pattern's source and flags
# when is_bad is PLAIN_SEARCH (else None, 0).  A plain namedtuple:
# typing.NamedTuple's class set-up costs a start more.
_Kept = collections.namedtuple("_Kept", "needed pattern flags")


class _Search:
    """``bool(pattern.search(text))``: ftfy's is_bad when its code is
    PLAIN_SEARCH, with the same pattern (same source, same flags)."""

    __slots__ = ("pattern",)

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern

    def __call__(self, text: str) -> bool:
        return bool(self.pattern.search(text))


@functools.lru_cache(maxsize=1)
def _kept() -> _Kept | None:
    """What is kept of ftfy's pattern (read from the cache folder, else
    worked out from ftfy's module and kept), or None when there is no way
    to name the cache file (ftfy or this module installed without source)."""
    import json
    import zlib

    from .words import cache_folder, write_atomically

    try:
        spec = importlib.util.find_spec("ftfy")
        sources = [os.path.join(spec.submodule_search_locations[0], "badness.py"), __file__]
        texts = []
        for source in sources:
            with open(source, "rb") as handle:
                texts.append(handle.read())
    except Exception:  # no key to name the file by
        return None
    content = b"\0".join(texts)
    key = f"{GATE_FORMAT}-{zlib.crc32(content):08x}-{len(content)}-{sys.implementation.cache_tag}"
    path = cache_folder() / f"{GATE_PREFIX}{key}.json"
    try:
        with open(path, encoding="utf-8") as handle:
            stored = json.load(handle)
        kept = _Kept(stored["needed"], stored["pattern"], stored["flags"])
        if stored["key"] != key or not _well_formed(kept):
            raise ValueError("another file")
    except (OSError, ValueError, TypeError, KeyError):
        kept = _worked_out()
        record = {"key": key, **kept._asdict()}
        write_atomically(path, json.dumps(record, ensure_ascii=False).encode("utf-8"))
    return kept


def _well_formed(kept: _Kept) -> bool:
    return (
        isinstance(kept.needed, (str, type(None)))
        and isinstance(kept.pattern, (str, type(None)))
        and type(kept.flags) is int
    )


@functools.lru_cache(maxsize=1)
def _kept_needed() -> re.Pattern | None:
    """A class of the characters every match of ftfy's pattern holds one
    of, or None when there is no such class: every article is then
    searched line by line."""
    kept = _kept()
    if kept is None or not kept.needed:
        return None
    return compile_re_cached("[" + re.escape(kept.needed) + "]")  # re.escape escapes each character alone


def _worked_out() -> _Kept:
    """What to keep of ftfy's pattern, read from ftfy's own module."""
    is_bad = _ftfy_is_bad()
    pattern = is_bad.__globals__.get("BADNESS_RE")
    if not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str):
        return _Kept(None, None, 0)
    source = pattern.pattern if _plain_search(is_bad) else None
    return _Kept(_worked_out_needed(pattern), source, int(pattern.flags))


def _plain_search(function: Callable) -> bool:
    """Whether ``function`` is PLAIN_SEARCH (its docstring aside), with
    the builtin ``bool``."""
    import types

    module = compile(PLAIN_SEARCH, "<newslint>", "exec", dont_inherit=True)
    reference = next(const for const in module.co_consts if isinstance(const, types.CodeType))
    code = getattr(function, "__code__", None)
    return (
        code is not None
        and code.co_code == reference.co_code
        and code.co_names == reference.co_names
        and code.co_varnames == reference.co_varnames
        and (code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
        == (reference.co_argcount, reference.co_posonlyargcount, reference.co_kwonlyargcount)
        # The code's own flags (generator, varargs...), not the __future__ ones.
        and code.co_flags & CODE_FLAGS == reference.co_flags & CODE_FLAGS
        and getattr(function, "__defaults__", None) is None
        and getattr(function, "__closure__", None) is None
        and "bool" not in getattr(function, "__globals__", {"bool": None})
    )


def _worked_out_needed(pattern: re.Pattern) -> str | None:
    """The characters every match of ``pattern`` holds one of, sorted;
    None when that cannot be told (a pattern that ignores case: a letter
    outside ASCII could then match one in ASCII)."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        needed = _needed_characters(_sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:
        return None
    return "".join(sorted(needed)) if needed else None


def _nodes(items) -> Iterator[tuple]:
    """Every (code, argument) node of a parsed pattern, nested ones included."""
    for code, argument in items:
        yield code, argument
        if code is _sre.SUBPATTERN:
            yield from _nodes(argument[-1])
        elif code is _sre.BRANCH:
            for alternative in argument[1]:
                yield from _nodes(alternative)
        elif code in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            yield from _nodes(argument[2])


# Codes the gate does not read: lookarounds, back-references, and the nodes
# under which the walk above does not look.
UNREAD_CODES = frozenset(
    getattr(_sre, name)
    for name in (
        "ASSERT", "ASSERT_NOT", "GROUPREF", "GROUPREF_EXISTS", "GROUPREF_IGNORE", "GROUPREF_LOC_IGNORE",
        "GROUPREF_UNI_IGNORE", "ATOMIC_GROUP", "POSSESSIVE_REPEAT",
    )
    if hasattr(_sre, name)
)


def _only_known_anchors(tree) -> bool:
    for code, argument in _nodes(tree):
        if code in UNREAD_CODES or (code is _sre.AT and argument not in GATE_ANCHORS):
            return False
    return True


def _needed_characters(items) -> frozenset[str] | None:
    """Characters outside ASCII of which every match of the parsed sequence
    holds at least one (the fewest found), or None when a match may hold
    none of them."""
    found = []
    for code, argument in items:
        needed = None
        if code is _sre.LITERAL and argument > 0x7F:
            needed = frozenset(chr(argument))
        elif code is _sre.IN and argument and all(
            (kind is _sre.LITERAL and value > 0x7F) or (kind is _sre.RANGE and value[0] > 0x7F) for kind, value in argument
        ):
            needed = frozenset(
                char
                for kind, value in argument
                for char in ((chr(value),) if kind is _sre.LITERAL else map(chr, range(value[0], value[1] + 1)))
            )
        elif code is _sre.SUBPATTERN:
            needed = _needed_characters(argument[-1])
        elif code is _sre.BRANCH:
            alternatives = [_needed_characters(alternative) for alternative in argument[1]]
            needed = None if None in alternatives else frozenset().union(*alternatives)
        elif code in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and argument[0] >= 1:
            needed = _needed_characters(argument[2])
        if needed is not None:
            found.append(needed)
    return min(found, key=len, default=None)


@functools.lru_cache(maxsize=1)
def _is_bad() -> Callable[[str], bool]:
    """ftfy's mojibake test: the kept search standing for ``is_bad`` (see
    ``_kept``), else ftfy's own function (``_ftfy_is_bad``)."""
    kept = _kept()
    if kept is not None and kept.pattern is not None:
        from .pattern_cache import compile_re_cached

        return _Search(compile_re_cached(kept.pattern, kept.flags))
    return _ftfy_is_bad()


@functools.lru_cache(maxsize=1)
def _ftfy_is_bad() -> Callable[[str], bool]:
    """ftfy's own mojibake test (``ftfy.badness.is_bad``), loaded from its
    file alone: the module needs only ``re``, while importing the ftfy
    package costs a tenth of a second at every start, most of a one-article
    run's share of TX.  The same function, so the same verdicts; the package
    is imported only for a line it calls bad.  Should a later ftfy's module
    not load on its own, the ordinary import is used."""
    try:
        spec = importlib.util.find_spec("ftfy")
        path = os.path.join(spec.submodule_search_locations[0], "badness.py")
        alone = importlib.util.spec_from_file_location("_newslint_ftfy_badness", path)
        module = importlib.util.module_from_spec(alone)
        alone.loader.exec_module(module)
        return module.is_bad
    except Exception:
        from ftfy.badness import is_bad

        return is_bad


def _badness_pattern() -> re.Pattern:
    """The compiled pattern ``_is_bad`` searches with."""
    is_bad = _is_bad()
    return is_bad.pattern if isinstance(is_bad, _Search) else is_bad.__globals__["BADNESS_RE"]


def _mojibake(line: "Line") -> Iterator[Finding]:
    if not _is_bad()(line.text):
        return
    for start, end, broken, repaired in _repairs(line.text):
        if REPLACEMENT in broken and not repaired:
            continue  # reported as a replacement character
        # An empty repair (a stray "Â" before a space) is a deletion; `probably ""`
        # read as an error of the linter's own.
        if not broken:  # an insertion: a point where the repair adds text
            message = f'mojibake: text decoded with the wrong encoding; "{repaired}" belongs here'
            yield Finding(line.start + start, line.start + start, message, repaired)
            continue
        repaired = _closing_quote_lost(line.text, start, broken, repaired)
        advice = f'probably "{repaired}"' if repaired else "delete it"
        yield Finding(
            line.start + start,
            line.start + end,
            f'mojibake "{broken}": text decoded with the wrong encoding; {advice}',
            repaired,
        )


# A closing ” is E2 80 9D in UTF-8; read as Windows-1252, 9D is no
# character and is often dropped, leaving "â€" and the space after it.  ftfy
# reads "â€" and a space as "†" (E2 80 A0, the A0 a no-break space turned
# into a space), which in news is a dagger no one wrote: when the "â€" ends a
# quotation (after a word or its punctuation, a “ opened before it on the
# line, as such or as "â€œ"), the lost character was the closing mark.
LOST_CLOSING_BROKEN = "â€ "
DAGGER = "†"
CLOSING_DOUBLE = "”"
OPENING_DOUBLE_FORMS = ("“", "â€œ")


def _closing_quote_lost(text: str, start: int, broken: str, repaired: str) -> str:
    """``repaired``, or a closing ” and its space where ftfy's dagger stands
    for a closing mark whose last byte was lost (see LOST_CLOSING_BROKEN)."""
    if broken != LOST_CLOSING_BROKEN or repaired != DAGGER or start == 0 or text[start - 1].isspace():
        return repaired
    if not any(form in text[:start] for form in OPENING_DOUBLE_FORMS):
        return repaired
    return CLOSING_DOUBLE + " "


# How much of an unrepairable stretch a message quotes.
QUOTED_MOJIBAKE_CHARACTERS = 24


def _unfixable(line: "Line", start: int, end: int, cause: str) -> Finding:
    """A finding with no fix on ``line.text[start:end]``, quoting its start."""
    broken = line.text[start:end]
    shown = broken if len(broken) <= QUOTED_MOJIBAKE_CHARACTERS else broken[:QUOTED_MOJIBAKE_CHARACTERS] + "…"
    return Finding(
        line.start + start,
        line.start + end,
        f'mojibake "{shown}": {cause}, so no repair can be computed; decode the source again',
    )


# A line decoded from an encoding ftfy does not reverse (Shift-JIS, GBK,
# EUC-KR read as Windows-1252: "–ì“}‚Í‘Î�ô‚ª’x‚·‚¬‚é‚Æ”á”»‚µ‚½�B") is
# debris from end to end: ftfy's test calls it bad, its repair finds only
# chance UTF-8 sequences in it ("é‚Æ" read as 邯, a wrong repair) and leaves
# it bad.  When this share of a bad line's characters (white space aside) are
# characters of the upper half of Windows-1252 or Latin-1, C1 controls or
# replacement characters, and ftfy's repair leaves it bad, the line is one
# finding with no fix, and the quotation marks in it (“ ” ‘ ’ „ « » are
# such bytes) are not read as marks.  Prose in French, Portuguese or
# Icelandic writes far fewer of them (one letter in ten or less).
MOSTLY_DEBRIS_SHARE = 0.5
DEBRIS_CHARACTERS = frozenset(
    bytes(range(0x80, 0x100)).decode("cp1252", errors="ignore") + bytes(range(0x80, 0xA0)).decode("latin-1") + REPLACEMENT
)


def _is_mostly_unrepairable(text: str) -> bool:
    """Whether a line is mojibake of an encoding no repair reverses: mostly
    debris, bad in ftfy's eyes before and after its repair."""
    letters = len(text) - sum(map(str.isspace, text))
    if not letters or sum(map(DEBRIS_CHARACTERS.__contains__, text)) < MOSTLY_DEBRIS_SHARE * letters:
        return False
    if not _is_bad()(text):
        return False
    import ftfy  # here: only a line already called bad needs the package (start-up time)

    return _is_bad()(ftfy.fix_encoding(text))


def _unrepairable_line(line: "Line") -> Finding:
    """The finding for a line that is mojibake from its first piece of
    debris to its last, with no fix."""
    text = line.text
    start = next(index for index, character in enumerate(text) if character in DEBRIS_CHARACTERS)
    end = len(text) - next(index for index, character in enumerate(reversed(text)) if character in DEBRIS_CHARACTERS)
    return _unfixable(line, start, end, "the whole line was decoded with the wrong encoding")


#: The longest line diffed whole against ftfy's repair of it.  difflib's
#: matcher costs about the square of the length times the number of
#: changes, so a longer line (a whole page dumped on one line, decoded
#: wrongly: a 6 KB one took 25 s) is repaired and diffed in windows of at
#: most ``REPAIR_WINDOW`` characters, which keeps the cost linear.
MAX_WHOLE_LINE_DIFF = 2_000
REPAIR_WINDOW = 200
# Where a window may end: after white space, else before an ASCII character,
# else before any character that is not the middle of a mojibake sequence (a
# UTF-8 continuation byte read as Windows-1252: € ‚ ƒ „ … ™ š œ Ÿ and the
# Latin-1 symbols), so that no sequence is cut in two.
CONTINUATION_CHARACTERS = frozenset(bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore") + "\x81\x8d\x8f\x90\x9d")


def _repairs(text: str) -> Iterator[tuple[int, int, str, str]]:
    """What ftfy repairs in ``text``: (start, end, broken, repaired) for
    each stretch that differs."""
    import ftfy

    if len(text) <= MAX_WHOLE_LINE_DIFF:
        yield from _diffed(text, ftfy.fix_encoding(text), 0)
        return
    bad = _is_bad()
    for start, end in _windows(text):
        window = text[start:end]
        if bad(window):
            yield from _diffed(window, ftfy.fix_encoding(window), start)


def _diffed(text: str, fixed: str, offset: int) -> Iterator[tuple[int, int, str, str]]:
    if fixed == text:
        return
    import difflib  # here: only a line found damaged needs it (start-up time)

    matcher = difflib.SequenceMatcher(None, text, fixed, autojunk=False)
    for tag, start, end, fixed_start, fixed_end in matcher.get_opcodes():
        if tag != "equal":
            yield offset + start, offset + end, text[start:end], fixed[fixed_start:fixed_end]


def _windows(text: str) -> Iterator[tuple[int, int]]:
    """``text`` cut into stretches of at most :data:`REPAIR_WINDOW`
    characters, each cut where no mojibake sequence is split."""
    start = 0
    while start < len(text):
        end = min(start + REPAIR_WINDOW, len(text))
        if end < len(text):
            end = _cut(text, start, end)
        yield start, end
        start = end


def _cut(text: str, start: int, end: int) -> int:
    half = start + REPAIR_WINDOW // 2
    for index in range(end, half, -1):
        if text[index - 1].isspace():
            return index
    for index in range(end, half, -1):
        if text[index].isascii():
            return index
    for index in range(end, start, -1):
        if text[index] not in CONTINUATION_CHARACTERS:
            return index
    return end  # no sequence this long exists: any cut will do


# A letter of Central European languages (ę, ś, ł, ą, č) written in UTF-8 and
# read as Windows-1252 or Latin-1 becomes a capital (Ä, Å) and a symbol or a
# C1 control: "siÄ™" for "się", "atmosferÄ™".  ftfy's test lets a pair alone
# in a word pass ("Ä™" could be text), but a capital inside a word, right
# after a letter or before one, followed by a symbol, is no spelling of any language:
# reported when the pair reads back as one letter in UTF-8.
SPLIT_PAIR = (
    "[\u00c2-\u00df]"
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
# Inside a word: after a letter ("siÄ™"), or opening a word before one ("Å›wiatło").
SPLIT_LETTER = compile_re_cached(f"(?<=[^\\W\\d_]){SPLIT_PAIR}|(?<![^\\W\\d_]){SPLIT_PAIR}(?=[^\\W\\d_])")


# The pair alone, without looking around it: a cheaper search that rules out most articles.
ANY_SPLIT_PAIR = compile_re_cached(SPLIT_PAIR)


def _may_hold_split_letter(document: "Document") -> bool:
    return document.memo(
        "TX.split_letter",
        lambda document: ANY_SPLIT_PAIR.search(document.non_ascii_characters) is not None
        and SPLIT_LETTER.search(document.text) is not None,
    )


def _read_back(pair: str) -> str | None:
    """The letter a pair of characters was in UTF-8, or None."""
    for encoding in ("cp1252", "latin-1"):
        try:
            letter = pair.encode(encoding).decode("utf-8")
        except UnicodeError:
            continue
        return letter if letter.isalpha() else None
    return None


def _split_letters(line: "Line", found: list[Finding]) -> Iterator[Finding]:
    # ftfy's repairs, in order and apart (a line's repairs never overlap),
    # so that each match asks one bisection, not every repair of a long line.
    repairs = sorted((finding.start, finding.end) for finding in found)
    ends = [end for _, end in repairs]
    for match in SPLIT_LETTER.finditer(line.text):
        start, end = line.start + match.start(), line.start + match.end()
        index = bisect.bisect_right(ends, start)
        if index < len(repairs) and repairs[index][0] < end:
            continue  # ftfy's repair covers it
        letter = _read_back(match.group())
        if letter is not None:
            yield Finding(
                start, end, f'mojibake "{match.group()}": text decoded with the wrong encoding; probably "{letter}"', letter
            )


# Cyrillic written in Windows-1251 and read as Windows-1252 (or Latin-1):
# each Cyrillic letter becomes a Latin-1 letter or sign, and the spaces,
# digits and ASCII punctuation between words stay as they were ("ìèëëèàðäà
# ðóáëåé" for "миллиарда рублей").  ftfy's test passes such text (every
# character is a plausible Latin-1 letter), and no language writes words of
# three or more letters all from that range: a stretch of them is reported
# when, read back, its words are words of Russian, Ukrainian or Bulgarian.
# The characters: Latin-1's letters and the two signs (× ÷) where
# Windows-1251 has Ч and ч, and the signs where it has Ё ё Є є Ї ї І і Ґ ґ Ў ў.
CP1251_AS_LATIN = "\u00c0-\u00ff\u00a8\u00b8\u00aa\u00ba\u00af\u00bf\u00b2\u00b3\u00a5\u00b4\u00a1\u00a2"
# A stretch: such words with nothing but spaces, digits and punctuation
# (no other letter) between them, and no letter glued to either end.
CP1251_STRETCH = re.compile(
    f"(?<![^\\W\\d_])[{CP1251_AS_LATIN}]+(?:(?:(?![{CP1251_AS_LATIN}])[\\W\\d_])+[{CP1251_AS_LATIN}]+)*(?![^\\W\\d_])"
)
CP1251_WORD = re.compile(f"[{CP1251_AS_LATIN}]+")
CYRILLIC_LANGUAGES = ("ru", "uk", "bg")
# A word read back counts as known at this Zipf frequency in one of those
# lists (a word a news text uses), three letters long at least (a letter or
# two read back is a word by chance: "à" is "а").
CP1251_KNOWN_ZIPF = 2.0
CP1251_MIN_WORD = 3
# That many such characters in a row: what a stretch's word needs, searched
# first among the text's characters outside ASCII (a far shorter scan), then
# in the text, then in each line.
CP1251_WORD_LETTERS = re.compile(f"[{CP1251_AS_LATIN}]{{{CP1251_MIN_WORD}}}")
# A stretch is reported when this share of its words of CP1251_MIN_WORD
# letters or more read back as known words, CP1251_MIN_KNOWN of them at least.
CP1251_KNOWN_SHARE = 0.5
CP1251_MIN_KNOWN = 1


def _read_as_cp1251(word: "re.Match[str]") -> str:
    return word.group().encode("cp1252").decode("cp1251")


def _may_hold_cp1251(document: "Document") -> bool:
    return document.memo(
        "TX.cp1251",
        lambda document: CP1251_WORD_LETTERS.search(document.non_ascii_characters) is not None
        and CP1251_WORD_LETTERS.search(document.text) is not None,
    )


def _cyrillic_read_as_latin(line: "Line", found: list[Finding]) -> Iterator[Finding]:
    """Stretches of a line that are Cyrillic written in Windows-1251 and read
    as Windows-1252, each with its repair, outside what ``found`` covers."""
    text = line.text
    if CP1251_WORD_LETTERS.search(text) is None:
        return
    from .language import zipf  # here: few lines get this far

    covered = [(finding.start, finding.end) for finding in found]
    for match in CP1251_STRETCH.finditer(text):
        start, end = line.start + match.start(), line.start + match.end()
        if any(start < covered_end and covered_start < end for covered_start, covered_end in covered):
            continue  # already reported, as another encoding's mojibake
        words = [word for word in CP1251_WORD.findall(match.group()) if len(word) >= CP1251_MIN_WORD]
        if not words:
            continue
        read_back = [word.encode("cp1252").decode("cp1251").lower() for word in words]  # every letter has its byte
        known = sum(
            max(zipf(word, language) for language in CYRILLIC_LANGUAGES) >= CP1251_KNOWN_ZIPF for word in read_back
        )
        if known < CP1251_MIN_KNOWN or known < CP1251_KNOWN_SHARE * len(words):
            continue
        # Word by word: what stands between the words (an arrow, an emoji)
        # may be a character Windows-1252 has no byte for, and stays as it is.
        repaired = CP1251_WORD.sub(_read_as_cp1251, match.group())
        yield Finding(
            start,
            end,
            f'mojibake "{match.group()}": Cyrillic written in Windows-1251 and read as Windows-1252; probably "{repaired}"',
            repaired,
        )
