"""Pairing quotation marks: the analysis both QM rules read.

The text is cut into units (paragraphs: a line, or lines joined where the text
was hard-wrapped mid-sentence), and each unit's marks are paired with a
stack.  What is left is a list of opening marks never closed and closing marks
never opened, with the conventions of news writing taken into account:

* a quotation that runs over several paragraphs opens every paragraph and
  closes only at the end, and some sources run those paragraphs together on
  one line (`"First part. "Second part," she said.`);
* apostrophes (`Russia’s`, `’90s`, `rock ’n’ roll`, `leaders’`) are not
  single quotes: a right single mark closes only a pending left one, and
  straight single quotes are not judged at all;
* inch and ditto marks (`65"`, a `"` with space on both sides) are not quotes;
* national forms pair as their languages write them: “…”, „…“, „…”, «…»,
  »…«, ”…”, ‚…‘, ‹…›, 「…」, 『…』.
"""
from __future__ import annotations

import math
from typing import Iterator, NamedTuple

import regex

from newslint import Document

# Opening mark -> the marks that may close it.
CLOSERS = {
    "“": "”",
    "„": "“”",
    "«": "»",
    "‹": "›",
    "「": "」",
    "『": "』",
    "‘": "’",
    "‚": "‘’",
    '"': '"',
    "”": "”",  # Swedish and Finnish: ”så”
}
REVERSED_GUILLEMETS = {"»": "«", "›": "‹"}
DOUBLE_MARKS = frozenset('“”„«»「」『』"')
MARK = regex.compile("[“”„«»‹›「」『』‘’‚\"]")
OPEN_CONTEXT = frozenset(" \t([{—–-/“‘„«‹「『")
CLOSE_FOLLOW = frozenset(" \t.,;:!?)]}—–-/…”’»›」』")
SENTENCE_END = frozenset(".!?…")
SOFT_WRAP_END = frozenset(",;—–-")
# A quotation resumed after its attribution: `"…," said Joaquin Almunia, "but…`.
RESUMED = regex.compile(r"\b(?:said|says|added|adds|told|tells|argued|insisted|explained|warned)\b[^.!?\"”]{0,40},\s*$")
# A quotation's attribution: "…," she said / "…," said Mr Lee / "…," the
# chief executive, Peter Brabeck, told reporters.  (Not "…, I said": that is
# the speaker quoting himself.)
ATTRIBUTION = regex.compile(
    r"[,?!]\s+(?!I\s)(?:[\p{L}'’-]+,?\s+){0,5}?(?:said|says|told|tells|added|adds|warned|explained|insisted|argued|"
    r"noted|wrote|writes|continued|stated|claimed|asked|replied|according)\b"
)


class Mark(NamedTuple):
    offset: int
    char: str


class QuoteReport(NamedTuple):
    unclosed: list[Mark]
    unopened: list[Mark]
    #: Of ``unclosed``, the marks whose quotation runs to the end of its
    #: paragraph, which ends a sentence: the shape of a multi-paragraph
    #: quotation whose next paragraph lost (or never had) its opening mark.
    open_to_paragraph_end: frozenset[int]


def analyse(document: Document) -> QuoteReport:
    return document.memo("QM.analysis", _analyse)


def _analyse(document: Document) -> QuoteReport:
    reversed_guillemets = _uses_reversed_guillemets(document.text)
    units = [_pair(document.text, start, end, reversed_guillemets) for start, end in _units(document)]
    unclosed: list[Mark] = []
    unopened: list[Mark] = []
    to_end: set[int] = set()
    for index, unit in enumerate(units):
        following = units[index + 1] if index + 1 < len(units) else None
        left_open = list(unit.unclosed)
        if left_open and following is not None:
            last = left_open[-1]
            if following.opens_with == last.char and may_run_on(document.text, last.offset, unit.end):
                left_open.pop()  # continued in the next paragraph, as news writes it
            elif following.orphans and following.orphans[0].offset < following.first_opener:
                closer = following.orphans[0]
                if closer.char in _closers(last.char, reversed_guillemets):
                    # Continued in the next paragraph without its opening mark,
                    # closed there: how some sources run a long quotation.
                    left_open.pop()
                    following.orphans.pop(0)
        unclosed.extend(left_open)
        unopened.extend(unit.orphans)
        if left_open and left_open[-1] is unit.unclosed[-1] and unit.ends_sentence:
            if may_run_on(document.text, left_open[-1].offset, unit.end):
                to_end.add(left_open[-1].offset)
    return QuoteReport(unclosed, unopened, frozenset(to_end))


class _Unit(NamedTuple):
    start: int
    end: int
    unclosed: list[Mark]
    orphans: list[Mark]
    first_opener: float  # offset of the first opening mark (inf when none)
    opens_with: str  # the mark the paragraph starts with, or ""
    ends_sentence: bool  # the paragraph's last visible character ends a sentence


def _units(document: Document) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph: non-blank lines, joined only where a
    line ends mid-sentence and the next goes on in lower case."""
    start = end = None
    previous = ""
    for line in document.lines:
        text = line.text.strip()
        if not text:
            if start is not None:
                yield start, end
            start = None
            continue
        wrapped = previous[-1:].isalpha() or previous[-1:] in SOFT_WRAP_END
        if start is not None and wrapped and text[0].islower():
            end = line.end
        else:
            if start is not None:
                yield start, end
            start, end = line.start, line.end
        previous = text
    if start is not None:
        yield start, end


def _uses_reversed_guillemets(text: str) -> bool:
    """German and Danish write »so«; French and Russian «so»."""
    for index, char in enumerate(text):
        if char in "«»":
            after = text[index + 1 : index + 2]
            return char == "»" and after != "" and not after.isspace()
    return False


def _pair(text: str, start: int, end: int, reversed_guillemets: bool) -> _Unit:
    """Pair one paragraph's marks."""
    stack: list[Mark] = []
    unclosed: list[Mark] = []
    orphans: list[Mark] = []
    first_opener = math.inf
    for match in MARK.finditer(text, start, end):
        offset, char = match.start(), match.group()
        before = text[offset - 1] if offset > start else " "
        after = text[offset + 1] if offset + 1 < end else " "
        depth = _closes(char, before, after, stack, reversed_guillemets)
        if depth is not None:
            # Openers above the one closed were never closed themselves.
            unclosed.extend(stack[depth + 1 :])
            del stack[depth:]
            continue
        role = _role(char, before, after, reversed_guillemets)
        if role == "open":
            first_opener = min(first_opener, offset)
            same = [index for index, mark in enumerate(stack) if mark.char == char]
            if same and _has_sentence_end(text, stack[same[-1]].offset, offset):
                # "First paragraph. "Second paragraph," she said: paragraphs of
                # one quotation run together on one line.  Unless the first
                # quotation was a fragment or its attribution follows it, which
                # means its closing mark was lost.
                earlier = stack.pop(same[-1])
                if not may_run_on(text, earlier.offset, offset):
                    unclosed.append(earlier)
            stack.append(Mark(offset, char))
        elif role == "orphan":
            orphans.append(Mark(offset, char))
    first = start
    while first < end and text[first].isspace():
        first += 1
    opens_with = text[first] if first_opener == first else ""
    last = text[start:end].rstrip().rstrip(")]")[-1:]
    return _Unit(start, end, unclosed + stack, orphans, first_opener, opens_with, last in SENTENCE_END)


def _closes(char: str, before: str, after: str, stack: list[Mark], reversed_guillemets: bool) -> int | None:
    """The stack index of the opener this mark closes, if it closes one."""
    if char == '"':
        role = _straight_role(before, after)
        pending = any(mark.char == '"' for mark in stack)
        if role == "open" or (role == "skip" and not pending):
            return None
    for depth in range(len(stack) - 1, -1, -1):
        if char in _closers(stack[depth].char, reversed_guillemets):
            return depth
    return None


def _role(char: str, before: str, after: str, reversed_guillemets: bool) -> str:
    """For a mark that closes nothing: open, orphan (a closing mark with
    nothing to close) or skip."""
    if char == '"':
        role = _straight_role(before, after)
        if role == "skip" and not before.isspace() and not after.isspace():
            return "open"  # glued to the word it opens: of"squabbling, ."It's
        return {"close": "orphan", "inch": "skip"}.get(role, role)
    if char in "’‘‚" and not (char in "‘‚" and (before.isspace() or before in OPEN_CONTEXT) and not after.isdigit()):
        return "skip"  # an apostrophe: Russia’s, ’90s, and ‘90s typed the wrong way round
    if reversed_guillemets and char in REVERSED_GUILLEMETS:
        return "open"
    if char == "”":
        opening = (before.isspace() or before in OPEN_CONTEXT) and not after.isspace()
        return "open" if opening else "orphan"
    if char in CLOSERS:
        return "open"
    return "orphan" if char in DOUBLE_MARKS else "skip"


def _closers(opener: str, reversed_guillemets: bool) -> str:
    if reversed_guillemets and opener in REVERSED_GUILLEMETS:
        return REVERSED_GUILLEMETS[opener]
    return CLOSERS.get(opener, "")


def _straight_role(before: str, after: str) -> str:
    """open, close, inch or skip, from the characters around a straight mark.
    After a digit it is an inch mark (65" TV) unless it closes a quotation
    ("We won 3-0" he said), which the caller decides."""
    if before.isdigit() and (after.isspace() or after in CLOSE_FOLLOW or after.isalpha()):
        return "inch"
    opens = (before.isspace() or before in OPEN_CONTEXT) and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in CLOSE_FOLLOW)
    if opens == closes:
        # Space on both sides (a ditto mark, or "community. " closing with a
        # stray space) or letters on both (of"squabbling): the caller decides
        # from whether a quotation is open.
        return "skip"
    return "close" if closes else "open"


def may_run_on(text: str, opener: int, end: int) -> bool:
    """Whether a quotation opened at ``opener`` may run on past ``end``
    unclosed, as a quotation of several paragraphs does.  Not a fragment
    quoted inside a sentence (it starts in lower case: `had been "ambitious
    and…`), nor one whose first sentence carries its own attribution
    (`"…in place, she says.`): those lost their closing mark."""
    first_letter = next((char for char in text[opener + 1 : end] if char.isalpha()), "")
    if first_letter.islower() and not RESUMED.search(text, max(0, opener - 80), opener):
        return False
    first_sentence_end = next((i for i in range(opener + 1, end - 1) if _ends_sentence(text, i)), end)
    return ATTRIBUTION.search(text, opener, first_sentence_end) is None


def _has_sentence_end(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends between two offsets."""
    return any(_ends_sentence(text, index) for index in range(start + 1, end - 1))


def _ends_sentence(text: str, index: int) -> bool:
    """Terminal punctuation followed by white space."""
    return text[index] in SENTENCE_END and index + 1 < len(text) and text[index + 1].isspace()
