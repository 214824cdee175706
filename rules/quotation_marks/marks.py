"""Pairing quotation marks: the analysis both QM rules read.

The text is cut into units (paragraphs: a line, or lines joined where the text
was hard-wrapped mid-sentence), and each unit's marks are paired with a
stack.  What is left is a list of opening marks never closed and closing marks
never opened, with the conventions of news writing taken into account:

* a quotation that runs over several paragraphs opens every paragraph and
  closes only at the end, and some sources run those paragraphs together on
  one line (`"First part. "Second part," she said.`).  So a quotation open at
  a paragraph's end is excused only when the next paragraph reopens it (or
  the next sentence does, right after a sentence end), and only when nothing
  in it shows where it ended (speech.py: an attribution, glued punctuation,
  narration);
* apostrophes (`Russia’s`, `’90s`, `rock ’n’ roll`, `leaders’`) are not
  single quotes: a right single mark closes only a pending left one, and
  straight single quotes are not paired; a straight ' left open and a
  closing single mark with nothing to close are read apart, only where no
  apostrophe stands so (_single_quotations);
* inch and ditto marks (`65"`, a `"` with space on both sides) are not quotes;
* national forms pair as their languages write them: “…”, „…“, „…”, «…»,
  »…«, ”…”, ‚…‘, ‹…›, 「…」, 『…』;
* a quotation inside a quotation inside a quotation takes the outer marks
  again (`"…said, 'They told us, "No."' …"`, `«…‹…«…»…›…»`, `「…『…「…」…』…」`):
  an opening mark of a kind already open nests when a quotation of another
  kind opened after it and is still open, instead of showing that the first
  one's closing mark was lost.

Each unclosed mark comes with where its closing mark most likely belonged, and
each orphan closing mark with the earliest place its quotation can have begun.
Pairing costs the same per mark however many are open, and every search for
evidence reads a bounded stretch of text, so the analysis is linear.
"""
from __future__ import annotations

import bisect
import math
from typing import Callable, Iterator, NamedTuple

import regex

from newslint import Document
from newslint.document import ends_abbreviation
from newslint.language import LATIN_LANGUAGES, common_zipf, common_zipf_column
from newslint.pattern_cache import compile_cached, compile_re_cached

from .speech import glossed_end, lost_closing_mark, narrated_attribution, verb_final_end

# Opening mark -> the marks that may close it.
CLOSERS = {
    "“": "”",
    "„": "“”\"",  # „Erlkönig" beginnt: closed, and reported once at the straight mark (straight_closed_low_marks)
    "«": "»",
    "‹": "›",
    "「": "」",
    "『": "』",
    "‘": "’",
    "‚": "‘’",
    '"': '"',
    "”": "”",  # Swedish and Finnish: ”så”
}
OPENERS = "".join(CLOSERS) + "»›"
# Japanese and Chinese quotation marks, whose quotations run on over a line
# break unreopened.
CORNER_BRACKETS = "「『"
BLANK_LINE = compile_re_cached(r"\n[ \t\u3000]*\n")
REVERSED_GUILLEMETS = {"»": "«", "›": "‹"}
DOUBLE_MARKS = frozenset('“”„«»「」『』"')
# A character class of plain characters: the standard engine finds it
# several times faster than ``regex``, with the same matches.
MARK = compile_re_cached("[“”„«»‹›「」『』‘’‚\"]")
OPEN_CONTEXT = frozenset(" \t([{—–-/“‘„«‹「『")
CLOSE_FOLLOW = frozenset(" \t.,;:!?)]}—–-/…”’»›」』")
SENTENCE_END = frozenset(".!?…")
SOFT_WRAP_END = frozenset(",;—–-")
# A quotation resumed after its attribution: `"…," said Joaquin Almunia, "but…`.
RESUMED = compile_cached(r"\b(?:said|says|added|adds|told|tells|argued|insisted|explained|warned)\b[^.!?\"”]{0,40},\s*$")
GUILLEMET = compile_cached("[«»]")
# French opens each further paragraph of a long quotation with a closing
# guillemet and a space (« guillemet de rappel »): `» Et puis…`.
RAPPEL = "»"
# A short title in single marks that opens a paragraph (`‘Sea’s End’ won`,
# Korean `‘바다의 끝’은`): a name, not a quotation reopened.  A ’ between two
# Latin letters is an apostrophe (Sea’s), not the title's end.
SINGLE_TITLE = compile_cached(r"‘[^‘’,.;:!?…\n]{0,40}\p{L}’(?!\p{Latin})")
FIRST_LETTER = compile_cached(r"[\p{L}\p{N}]")


# How far a quotation's text is searched for evidence of where it ended: a
# long paragraph.  The cap keeps the analysis linear on hostile input.
MAX_QUOTATION = 1500
# Single quotation marks that an apostrophe may be taken for: a straight one
# is never paired, and a curly one may have been closed by `don’t`, so they
# are read afresh when it matters whether one is open (_single_open).
SINGLE_MARK = compile_re_cached("['‘’‚]")
# Words written with an apostrophe in front ('em, rock 'n' roll, 'til), which
# is no opening single quotation mark.
# Dutch and Afrikaans write 's, 't, 'k and 'n for des, het, ik and een/'n
# ('s ochtends, 's-Hertogenbosch).
ELISION = compile_cached(
    r"(?:em|n|til|cause|cos|bout|tis|twas|s|t|k"
    # A decade with its century gone ('Sixties, 'Nineties; '60s starts with
    # a digit and is never read as an opening mark).
    r"|(?:twen|thir|for|fif|six|seven|eigh|nine)ties"
    # Words that are written with a leading apostrophe: the Calabrian mafia,
    # the suburbs, Honolulu's palace.
    r"|ndrangheta|burbs|iolani)\b",
    regex.IGNORECASE,
)
# A sentence end, with a nested quotation or bracket it closes ("…say
# 'wow.' "My…"): where a run-together paragraph may reopen its quotation.
SENTENCE_END_AT = compile_cached(r"[.!?…][)\]'’]*(?=\s)")


class Mark(NamedTuple):
    offset: int
    char: str


class Unclosed(NamedTuple):
    """An opening mark never closed, and where its closing mark most likely
    belonged."""

    mark: Mark
    missing_at: int
    #: Why it is taken as lost (attribution, glued punctuation, narration,
    #: voice change, closed over, fragment, paragraph end).
    evidence: str
    #: The convention that would excuse it: "" (none), "reopened" (the next
    #: paragraph reopens the quotation, as news writes a long one), or
    #: "paragraph end" (it runs to the end of a paragraph that ends a
    #: sentence, and the next paragraph does not reopen it).
    excuse: str


class Unopened(NamedTuple):
    """A closing mark with nothing to close."""

    mark: Mark
    #: Just after the mark before it in its paragraph (or the paragraph's
    #: start): the quotation began after this.
    earliest: int


class QuoteReport(NamedTuple):
    unclosed: list[Unclosed]
    unopened: list[Unopened]
    #: Each German „ closed, as (its offset, its closing mark's offset), in
    #: the text's order (straight_closed_low_marks reads them).
    low_closed: tuple[tuple[int, int], ...] = ()


# What a quotation mark inside mojibake is read as: a letter, as it was.
MOJIBAKE_MASK = "x"


def analyse(document: Document) -> QuoteReport:
    return document.memo("QM.analysis", _analyse)


def _analyse(document: Document) -> QuoteReport:
    text = document.text

    def language() -> str | None:  # the document model's, read only when a foreign attribution may be there
        return document.language.code if document.language is not None else None
    marks = [match.start() for match in MARK.finditer(text)]
    if not marks and "'" not in text:
        return QuoteReport([], [])  # no quotation mark at all: nothing to pair
    if not text.isascii() and document.mojibake.findings:
        # The „ of "Å„" (ń) and the » of "Р»" are bytes of a letter decoded
        # wrongly (TX104's): read as a letter, not as a mark.
        inside = [offset for offset in marks if document.mojibake.covers(offset)]
        if inside:
            masked = list(text)
            for offset in inside:
                masked[offset] = MOJIBAKE_MASK
            text = "".join(masked)
            marks = [offset for offset in marks if not document.mojibake.covers(offset)]
    if '"' in text and GERSHAYIM_TYPED.search(text) is not None:
        # ת"א, צה"ל, ארה"ב: Hebrew's acronym mark, typed as a straight one.
        text, marks = _gershayim_read(text, marks)
    if document.code_spans:
        # A tutorial's code (`KeyError: 'Supplier'`, print(f"{x}")) quotes
        # nothing: its marks and backticks are read as letters, as in mojibake.
        text, marks = _code_masked(document, text, marks)
    reversed_guillemets = _uses_reversed_guillemets(text)
    sentence_ends = _SentenceEnds(text)
    # A paragraph without a quotation mark is None: nothing is lost, open or
    # orphaned in it, and as the paragraph after an open quotation it neither
    # reopens nor closes it, as no paragraph at all (the end of the text).
    spans = list(_units(document))
    units = [
        _pair(text, start, end, reversed_guillemets, sentence_ends, language) if _holds_mark(marks, start, end) else None
        for start, end in spans
    ]
    unclosed: list[Unclosed] = []
    unopened: list[Unopened] = []
    low_closed = tuple(pair for unit in units if unit is not None for pair in unit.low_closed)
    carried: Mark | None = None  # a quotation the paragraph before left open that may run on unreopened
    carried_from = 0  # where the paragraph that left it open ends
    for index, unit in enumerate(units):
        if unit is None:
            if carried is not None and carried.char in CORNER_BRACKETS:
                carried = None  # 「…」 runs on over a line break, not over a paragraph without marks
            continue
        if unit.opens_with == "«" and text[int(unit.first_opener)] == RAPPEL:
            unit = _rappel_checked(unit, units[index - 1] if index else None)
        following = units[index + 1] if index + 1 < len(units) else None
        if following is None and unit.open_at_end and _runs_on_unreopened(text, unit.open_at_end[-1], unit, language):
            # A quotation of several paragraphs opened once: the next
            # paragraph with a mark in it says whether it was closed.
            following = next((later for later in units[index + 1 :] if later is not None), None)
        unclosed.extend(_lost(text, mark, limit, language) for mark, limit in unit.lost)
        still_open = unit.open_at_end
        # Marks below the last one open were closed over by it: each is
        # searched up to the next mark opened after it.
        for position, mark in enumerate(still_open[:-1]):
            unclosed.append(_lost(text, mark, still_open[position + 1].offset, language))
        if still_open:
            unclosed.append(_open_at_paragraph_end(text, still_open[-1], unit, following, reversed_guillemets, language))
        orphans = unit.orphans
        if (
            carried is not None
            and orphans
            and orphans[0].mark.offset < unit.first_opener
            and orphans[0].mark.char in CLOSERS[carried.char]
            and (
                not BLANK_LINE.search(text, carried_from, unit.start)
                or not text[text.rfind("\n", 0, carried.offset) + 1 : carried.offset].strip()
            )
        ):
            # 「…」 broken over two lines of one block (an extractor's line
            # break inside the quotation, which Japanese and Chinese do not
            # reopen), or a quotation of several paragraphs opened once and
            # closed once (_runs_on_unreopened): one quotation, closed where
            # it ends.  Across a blank line only a quotation that began its
            # paragraph runs on, as the same lines would in one block; one
            # opened inside a sentence and closed a paragraph later lost its
            # closing mark.
            orphans = orphans[1:]
        unopened.extend(orphans)
        carried = still_open[-1] if still_open and _runs_on_unreopened(text, still_open[-1], unit, language) else None
        carried_from = unit.end
    if "'" in text or "’" in text:
        _single_quotations(text, spans, units, marks, language, unclosed, unopened)
        unclosed.sort(key=lambda found: found.mark.offset)
        unopened.sort(key=lambda found: found.mark.offset)
    return QuoteReport(unclosed, unopened, low_closed)


# Hebrew writes an acronym with gershayim between its last two letters (ת"א
# for Tel Aviv, צה"ל, ארה"ב, מנכ"לים), and web text types it as a straight
# double mark.  Between two Hebrew letters (not after the maqaf, ב־"הארץ",
# where a quotation opens) it quotes nothing and is read as the gershayim it
# stands for; a geresh after a letter (ג'ורג', סעיף ג') is read as an
# apostrophe already.  The mark first, the letter before it looked back
# for from after it: a pattern that opens on its literal is searched by
# re's fast scan for that character, where one opening on a look-behind
# tries every position of the article (0.4 ms a megabyte against 9 ms;
# the same matches, tested).
GERSHAYIM_TYPED = compile_re_cached('"(?<=[\u05d0-\u05ea]")(?=[\u05d0-\u05ea])')
GERSHAYIM = "\u05f4"


def _gershayim_read(text: str, marks: list[int]) -> tuple[str, list[int]]:
    """``text`` with each GERSHAYIM_TYPED read as GERSHAYIM, and ``marks``
    without those."""
    typed = {match.start() for match in GERSHAYIM_TYPED.finditer(text)}
    masked = list(text)
    for offset in typed:
        masked[offset] = GERSHAYIM
    return "".join(masked), [offset for offset in marks if offset not in typed]


# What code quotes with: the marks MARK finds, the straight single mark and
# the backtick (which _single_quotations reads as a typewritten opener).
CODE_MARKS = frozenset("“”„«»‹›「」『』‘’‚\"'`")


def _code_masked(document: Document, text: str, marks: list[int]) -> tuple[str, list[int]]:
    """``text`` with each of CODE_MARKS inside Document.code_spans read as a
    letter (MOJIBAKE_MASK), and ``marks`` without those inside."""
    masked = list(text)
    for start, end in document.code_spans:
        for offset in range(start, end):
            if masked[offset] in CODE_MARKS:
                masked[offset] = MOJIBAKE_MASK
    return "".join(masked), [offset for offset in marks if not document.in_code(offset)]


def _runs_on_unreopened(text: str, mark: Mark, unit: "_Unit", language: Callable[[], str | None]) -> bool:
    """Whether a quotation left open at its paragraph's end may run on into
    the next without being reopened: Japanese and Chinese 「…」 always; in
    other languages than English (whose news copy reopens each paragraph,
    so a paragraph closing a quotation it never opened lost that mark), a
    quotation that is its whole paragraph so far ("„Sie haben …" over
    "Keine Summe … wurden.“", German copy's habit)."""
    if mark.char in CORNER_BRACKETS:
        return True
    return not text[unit.start : mark.offset].strip() and language() not in (None, "en")


def _rappel_checked(unit: "_Unit", previous: "_Unit | None") -> "_Unit":
    """A paragraph opening with French `» ` (Spanish `»` against the word)
    continues a quotation only when
    the paragraph before left a « open; otherwise its » closes nothing (and
    is reported as what it is, not as an opening « the text does not hold)."""
    if previous is not None and previous.open_at_end and previous.open_at_end[-1].char == "«":
        return unit
    offset = int(unit.first_opener)
    if not any(mark.offset == offset for mark in unit.open_at_end) and not any(mark.offset == offset for mark, _ in unit.lost):
        return unit  # a later » in the paragraph closed it: nothing is left open
    return unit._replace(
        open_at_end=[mark for mark in unit.open_at_end if mark.offset != offset],
        lost=[(mark, limit) for mark, limit in unit.lost if mark.offset != offset],
        orphans=[Unopened(Mark(offset, RAPPEL), unit.start), *unit.orphans],
        opens_with="",
    )


def _lost(text: str, mark: Mark, limit: int, language: Callable[[], str | None]) -> Unclosed:
    """A mark certainly never closed: where did its quotation end?"""
    limit = min(limit, mark.offset + MAX_QUOTATION)
    evidence = lost_closing_mark(text, mark.offset, limit, language)
    if evidence is not None:
        return Unclosed(mark, evidence.offset, evidence.kind, "")
    narrated = narrated_attribution(text, mark.offset, limit, language)
    if narrated is not None:
        return Unclosed(mark, narrated, "attribution", "")
    return Unclosed(mark, _trimmed_end(text, mark.offset, limit), "closed over", "")


def _closing_place(text: str, mark: Mark, end: int, language: Callable[[], str | None]):
    """Where the closing mark of a quotation left open to ``end`` (its
    paragraph's end) belonged: (the finding, when the text's evidence is
    strong; else None, the place, and the evidence if any): before an
    attribution the evidence names, else before a gloss, else at the
    paragraph's end less its trailing punctuation."""
    limit = min(end, mark.offset + MAX_QUOTATION)
    evidence = lost_closing_mark(text, mark.offset, limit, language)
    if evidence is not None and evidence.strong:
        return Unclosed(mark, evidence.offset, evidence.kind, ""), evidence.offset, evidence
    if evidence is not None:
        return None, evidence.offset, evidence
    gloss = glossed_end(text, mark.offset, end)
    return None, (gloss if gloss is not None else _trimmed_end(text, mark.offset, end)), None


def _open_at_paragraph_end(
    text: str, mark: Mark, unit: "_Unit", following: "_Unit | None", reversed_guillemets: bool, language: Callable[[], str | None]
) -> Unclosed:
    """The last mark still open at a paragraph's end.  News writing leaves a
    quotation open there when the next paragraph reopens it; anything else
    lost its closing mark."""
    limit = min(unit.end, mark.offset + MAX_QUOTATION)
    certain, missing_at, evidence = _closing_place(text, mark, unit.end, language)
    if certain is not None:
        return certain
    if _is_fragment(text, mark.offset, limit):
        if evidence is None:
            verb_final = verb_final_end(text, mark.offset, limit, language)
            missing_at = verb_final if verb_final is not None else missing_at
        return Unclosed(mark, missing_at, "fragment", "")
    if following is not None:
        if following.opens_with == mark.char and not (mark.char == "‘" and SINGLE_TITLE.match(text, following.first_opener)):
            return Unclosed(mark, missing_at, "paragraph end", "reopened")
        first_orphan = following.orphans[0].mark if following.orphans else None
        if (
            first_orphan is not None
            and first_orphan.offset < following.first_opener
            and first_orphan.char in _closers(mark.char, reversed_guillemets)
        ):
            # The next paragraph continues the quotation and closes it, but
            # never reopened it: its own opening mark is the one missing
            # (QM102 reports it), not this paragraph's closing one.
            return Unclosed(mark, missing_at, "paragraph end", "reopened")
    excuse = "paragraph end" if unit.ends_sentence else ""
    return Unclosed(mark, missing_at, "paragraph end", excuse)


def _is_fragment(text: str, opener: int, limit: int) -> bool:
    """A fragment quoted inside a sentence starts in lower case (`had been
    "ambitious and…`) and closes in its paragraph; a quotation resumed after
    its attribution (`…," said Mr Almunia, "but…`) is not a fragment."""
    letter = FIRST_LETTER.search(text, opener + 1, limit)
    if letter is None or not letter.group().islower():  # "2004's films…" is no fragment
        return False
    return not RESUMED.search(text, max(0, opener - 80), opener)


def _trimmed_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over white space and over closing brackets, which a
    closing mark goes before (stopping at ``start``)."""
    while end > start + 1 and (text[end - 1].isspace() or text[end - 1] in ")]"):
        end -= 1
    return end


class _Unit(NamedTuple):
    start: int
    end: int
    #: Marks closed over inside the paragraph, each with the offset where
    #: its quotation was overtaken (the mark that closed over it).
    lost: list[tuple[Mark, int]]
    open_at_end: list[Mark]
    orphans: list[Unopened]
    first_opener: float  # offset of the first opening mark (inf when none)
    opens_with: str  # the mark the paragraph starts with, or ""
    ends_sentence: bool  # the paragraph's last visible character ends a sentence
    low_closed: list[tuple[int, int]]  # each „ closed: (its offset, the closing mark's)


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
    # The first guillemet, found by two scans in C (most texts hold none:
    # a regex search walked the whole text character by character).
    found = [offset for offset in (text.find("«"), text.find("»")) if offset >= 0]
    if not found:
        return False
    first = min(found)
    after = text[first + 1 : first + 2]
    # »so«: the mark opens a word.  A » before a comma or a full stop
    # (`nada», dijo`) closes a French, Spanish or Russian quotation.
    return text[first] == "»" and (after.isalnum() or after in OPENERS)


class _Stack:
    """The marks open so far, with the latest of each kind at hand, so that
    pairing a mark costs the same however many are open."""

    def __init__(self) -> None:
        self.marks: list[Mark | None] = []  # None: taken out of the middle
        self.by_char: dict[str, list[int]] = {}

    def push(self, mark: Mark) -> None:
        self.by_char.setdefault(mark.char, []).append(len(self.marks))
        self.marks.append(mark)

    def latest(self, chars: str) -> int | None:
        """The stack index of the latest open mark among ``chars``."""
        found = [self.by_char[char][-1] for char in chars if self.by_char.get(char)]
        return max(found, default=None)

    def open_above(self, index: int) -> bool:
        """Whether a mark opened after the one at ``index`` is still open."""
        return len(self.marks) - 1 > index

    def take(self, index: int) -> Mark:
        """Take out the latest mark of its kind, wherever it is."""
        mark = self.marks[index]
        self.by_char[mark.char].pop()
        self.marks[index] = None
        self._trim()
        return mark

    def cut(self, index: int) -> list[Mark]:
        """Remove the marks from ``index`` up; return them, oldest first."""
        removed = [mark for mark in self.marks[index:] if mark is not None]
        for mark in removed:
            self.by_char[mark.char].pop()
        del self.marks[index:]
        self._trim()
        return removed

    def _trim(self) -> None:
        # The top of the stack is always an open mark (open_above relies on it).
        while self.marks and self.marks[-1] is None:
            self.marks.pop()

    def remaining(self) -> list[Mark]:
        return [mark for mark in self.marks if mark is not None]


def _pair(
    text: str, start: int, end: int, reversed_guillemets: bool, sentence_ends: _SentenceEnds, language: Callable[[], str | None]
) -> _Unit:
    """Pair one paragraph's marks."""
    stack = _Stack()
    lost: list[tuple[Mark, int]] = []
    orphans: list[Unopened] = []
    low_closed: list[tuple[int, int]] = []
    first_opener = math.inf
    previous = start
    first = start
    while first < end and text[first].isspace():
        first += 1
    for match in MARK.finditer(text, start, end):
        offset, char = match.start(), match.group()
        earliest, previous = previous, offset + 1
        before = text[offset - 1] if offset > start else " "
        after = text[offset + 1] if offset + 1 < end else " "
        if offset == first and char == RAPPEL and (after.isspace() or after.isalpha()) and not reversed_guillemets:
            # A French paragraph continuing the quotation (`» Et puis…`), or
            # a Spanish one with the mark against its first word
            # (`»Ninguna cantidad…`): it reopens it, as “ would in English.
            first_opener = offset
            stack.push(Mark(offset, "«"))
            continue
        depth = _closes(char, before, after, stack, reversed_guillemets)
        if depth is not None:
            closed = stack.cut(depth)
            if closed[0].char == "„":
                low_closed.append((closed[0].offset, offset))
            closed_over = closed[1:]
            # Openers above the one closed were never closed themselves.
            lost.extend(_with_limits(closed_over, offset))
            continue
        role = _role(char, before, after, reversed_guillemets)
        if role == "open":
            first_opener = min(first_opener, offset)
            same = stack.latest(char)
            # A mark of a kind already open, with a sentence end between:
            # unless it nests in a quotation of another kind opened since
            # (three levels deep), a new quotation or paragraph begins.
            if (
                same is not None
                and _has_sentence_end(sentence_ends, stack.marks[same].offset, offset)
                and not _nested(text, stack, same, offset, end, reversed_guillemets)
            ):
                # "First paragraph. "Second paragraph," she said: paragraphs of
                # one quotation run together on one line, the new one right
                # after a sentence end.  Unless the first quotation shows
                # where it ended (its attribution, narration), was a fragment,
                # or the new one is introduced (`He added: "…`): then the first
                # one's closing mark was lost.
                earlier = stack.take(same)
                limit = min(offset, earlier.offset + MAX_QUOTATION)
                evidence = lost_closing_mark(text, earlier.offset, limit, language)
                if (
                    (evidence is not None and evidence.strong)
                    or _is_fragment(text, earlier.offset, limit)
                    or not _follows_sentence_end(text, start, offset)
                    or narrated_attribution(text, earlier.offset, limit, language) is not None
                ):
                    lost.append((earlier, offset))
            stack.push(Mark(offset, char))
        elif role == "orphan":
            orphans.append(Unopened(Mark(offset, char), earliest))
    opens_with = ("«" if text[first] == RAPPEL and not reversed_guillemets else text[first]) if first_opener == first else ""
    last = text[start:end].rstrip().rstrip(")]")[-1:]
    return _Unit(start, end, lost, stack.remaining(), orphans, first_opener, opens_with, last in SENTENCE_END, low_closed)


def _nested(text: str, stack: _Stack, same: int, offset: int, end: int, reversed_guillemets: bool) -> bool:
    """Whether the opening mark at ``offset``, of the same kind as the open
    mark at stack index ``same``, opens a quotation nested inside that one:
    a quotation of another kind opened after it and is still open, as
    quotations three deep alternate their marks (`"…said, 'They told us,
    "No."' …"`), or, for guillemets, which French and Russian nest in
    guillemets (`« Il m’a dit : « Non. » Voilà »`), both close before the
    paragraph ends (``end``)."""
    if stack.open_above(same):
        return True
    if _single_open(text, max(stack.marks[same].offset + 1, offset - MAX_QUOTATION), offset):
        return True
    if _low_marks_close_twice(text, offset, min(end, offset + MAX_QUOTATION)):
        return True
    return _guillemets_close_twice(text, offset, min(end, offset + MAX_QUOTATION), reversed_guillemets)


# Georgian nesting class (trial35): Georgian (and at times German or Czech)
# nests „…“ inside „…“, the same marks at both levels
# („…ბაბუაჩემი იტყოდა: „…“,“ – ამბობს ის.): both low marks close before
# the paragraph ends.  The high closing marks of a low opener.
LOW_OPENER = "„"
LOW_CLOSERS = "“”"


def _low_marks_close_twice(text: str, offset: int, end: int) -> bool:
    """Whether the low mark opening at ``offset`` and the one open before
    it are both closed (by “ or ”) before ``end``: a quotation nested in
    one of its own marks, not a first quotation whose closing mark was
    lost (which leaves one closer for two openers)."""
    if text[offset] != LOW_OPENER:
        return False
    open_count = 2
    for at in range(offset + 1, end):
        char = text[at]
        if char == LOW_OPENER:
            open_count += 1
        elif char in LOW_CLOSERS and at > 0 and not text[at - 1].isspace():
            open_count -= 1
            if open_count == 0:
                return True
    return False


def _guillemets_close_twice(text: str, offset: int, end: int, reversed_guillemets: bool) -> bool:
    """Whether the guillemet opening at ``offset`` and the one of its kind
    open before it are both closed before ``end``.  Only guillemets: their
    opening and closing marks differ and no apostrophe looks like them."""
    opener = text[offset]
    # « opens «so», and » opens »so« where the text writes guillemets reversed.
    if opener != ("»" if reversed_guillemets else "«"):
        return False
    open_count = 2
    for match in GUILLEMET.finditer(text, offset + 1, end):
        open_count += 1 if match.group() == opener else -1
        if open_count == 0:
            return True
    return False


def _single_open(text: str, start: int, end: int) -> bool:
    """Whether a single quotation opened between two offsets is still open at
    the end, read from the marks alone: one opens after a space or an opening
    bracket or mark and before a letter, unless it elides ('em); one closes
    after a visible character and before a space or punctuation; one between
    letters or digits is an apostrophe (don’t, Russia’s)."""
    depth = 0
    for match in SINGLE_MARK.finditer(text, start, end):
        at = match.start()
        before = text[at - 1] if at > 0 else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue
        if (before.isspace() or before in OPEN_CONTEXT or before == '"') and after.isalpha():
            if match.group() != "’" and not ELISION.match(text, at + 1):
                depth += 1
        elif not before.isspace() and (after.isspace() or after in CLOSE_FOLLOW or after in "'\""):
            depth = max(0, depth - 1)
    return depth > 0


def _holds_mark(marks: list[int], start: int, end: int) -> bool:
    """Whether a quotation mark stands between two offsets (from the sorted
    offsets of every mark in the text)."""
    index = bisect.bisect_left(marks, start)
    return index < len(marks) and marks[index] < end


def _follows_sentence_end(text: str, start: int, offset: int) -> bool:
    """Whether the mark at ``offset`` comes right after a sentence end."""
    before = offset
    while before > start and text[before - 1].isspace():
        before -= 1
    while before > start and text[before - 1] in ")]'’":
        before -= 1
    return before > start and text[before - 1] in SENTENCE_END


def _with_limits(marks: list[Mark], limit: int) -> list[tuple[Mark, int]]:
    """Each mark with the offset its quotation is searched up to: the next
    mark, or ``limit`` for the last."""
    return [(mark, marks[index + 1].offset if index + 1 < len(marks) else limit) for index, mark in enumerate(marks)]


def _closes(char: str, before: str, after: str, stack: _Stack, reversed_guillemets: bool) -> int | None:
    """The stack index of the opener this mark closes, if it closes one."""
    if char == '"':
        role = _straight_role(before, after)
        pending = bool(stack.by_char.get('"'))
        if role == "open" or (role == "skip" and not pending):
            return None
    return stack.latest(_openers(char, reversed_guillemets))


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
    if char == "”" and before.isdigit() and (after.isspace() or after in CLOSE_FOLLOW or after.isalpha()):
        return "skip"  # an inch mark (a 12” screen), as the straight one is: it closes only an open quotation
    if char == "”":
        opening = (before.isspace() or before in OPEN_CONTEXT) and not after.isspace()
        return "open" if opening else "orphan"
    if char == "“" and not (before.isspace() or before in OPEN_CONTEXT) and (after.isspace() or after in CLOSE_FOLLOW):
        return "orphan"  # German closing mark after a word (`Zeit“, sagte sie`) whose „ was lost
    if char in CLOSERS:
        return "open"
    return "orphan" if char in DOUBLE_MARKS else "skip"


def _closers(opener: str, reversed_guillemets: bool) -> str:
    if reversed_guillemets and opener in REVERSED_GUILLEMETS:
        return REVERSED_GUILLEMETS[opener]
    return CLOSERS.get(opener, "")


# Closing mark -> the opening marks it may close, without and with reversed
# guillemets (looked up once per mark).
OPENERS_OF = {
    flag: {
        closer: "".join(opener for opener in OPENERS if closer in _closers(opener, flag))
        for closer in {char for opener in OPENERS for char in _closers(opener, flag)}
    }
    for flag in (False, True)
}


def _openers(closer: str, reversed_guillemets: bool) -> str:
    """The opening marks that ``closer`` may close."""
    return OPENERS_OF[reversed_guillemets].get(closer, "")


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


class _SentenceEnds:
    """Where the text's sentences end, found on first need (when a mark opens
    while one of its kind is open, which few paragraphs see)."""

    def __init__(self, text: str):
        self.text = text
        self._offsets: list[int] | None = None

    @property
    def offsets(self) -> list[int]:
        if self._offsets is None:
            self._offsets = [match.start() for match in SENTENCE_END_AT.finditer(self.text)]
        return self._offsets


def _has_sentence_end(sentence_ends: _SentenceEnds, start: int, end: int) -> bool:
    """Whether a sentence ends between two offsets."""
    offsets = sentence_ends.offsets
    index = bisect.bisect_left(offsets, start + 1)
    return index < len(offsets) and offsets[index] < end - 1


# Single quotation marks the pairing above leaves alone, as apostrophes look
# like them: a straight ' is never paired there, and a right single mark ’
# with no left one open is taken for an apostrophe.  British news quotes with
# single marks (`Minister: 'We got it wrong'`), so two of their losses are
# read here, each only where no apostrophe stands so (a false alarm costs
# more than a miss):
# * a straight ' opening a quotation never closed: at a word's start, before
#   a letter, not an elision ('em, 'til, Dutch 's, 'Nineties), with no single mark
#   anywhere after it in its paragraph that could close it (`players' `
#   counts); and either where a quotation opens (the paragraph's start or
#   after a colon, before a capital: a headline's `Minister: 'We…`) or in an
#   article that quotes with straight single marks elsewhere (a pair);
# * a closing ' or ’ with no opening one: after a sentence's or a clause's
#   punctuation (`wrong,' he said`; not a capitalised abbreviation's stop, a
#   possessive's: the U.S.' role), or after a word and before punctuation
#   with no elision there (`…sneller gaan’.`): not after s, z or x (the
#   players’.), nor a short word (un po’, hab’) nor a dropped g (nothin’.)
#   nor an accent typed as ' (perche'.),
#   and only in a paragraph where no single mark opened before it.
SINGLE_OPEN_BEFORE = frozenset(OPEN_CONTEXT | {'"', "'"})
# A single mark (or a backtick, which typewritten text opens a quotation with:
# `Don't go,') that is not between two letters or digits.
# The character class comes first, so that the scan skips ahead to a mark.
SINGLE_AT_WORD_EDGE = compile_re_cached(r"['‘’‚`](?:(?<![^\W_]['‘’‚`])|(?![^\W_]))")
# What a quotation opens after: a colon (the paragraph's start is the other).
QUOTE_INTRODUCER = ":"
CLOSING_PUNCTUATION = frozenset(".,;:!?…")
CLAUSE_PUNCTUATION = frozenset(".,!?…")
POSSESSIVE_ENDS = frozenset("sSzZxX")
# An elision at a word's end: g dropped (nothin’, goin’).
DROPPED_G = compile_cached(r"in$", regex.IGNORECASE)
# Words this short before a final apostrophe are elisions (Italian un po’,
# German hab’, English o’); a quotation ends on a longer word more often.
MAX_ELIDED_WORD = 3
WORD_BEFORE = compile_cached(r"\p{L}+$")
# The apostrophe rules here are those of languages in Latin letters; a single
# mark beside a letter of another script is left to the pairing above.
LATIN_LETTER = compile_cached(r"\p{Latin}")
PARTICLE_SCRIPT = compile_cached(r"[\p{Hangul}\p{Han}\p{Hiragana}\p{Katakana}]")


def _single_kind(text: str, at: int, start: int, end: int) -> str:
    """opener, closer, apostrophe or other, for a single mark at ``at`` in a
    paragraph from ``start`` to ``end``, from the characters around it."""
    before = text[at - 1] if at > start else " "
    after = text[at + 1] if at + 1 < end else " "
    if before.isalnum() and after.isalnum():
        # Korean and Japanese glue a particle to the closing mark ('K-pop'이);
        # a Latin or Cyrillic letter after it makes an apostrophe (don't,
        # O'Brien, rock'n'roll, l'homme, Ukrainian м'ясо).
        return "closer" if PARTICLE_SCRIPT.match(after) else "apostrophe"
    if text[at] == "`":
        return "opener" if not before.isalnum() else "other"
    if (before.isspace() or before in SINGLE_OPEN_BEFORE) and after.isalpha():
        return "apostrophe" if ELISION.match(text, at + 1) else "opener"
    if not before.isspace() and (after.isspace() or after in CLOSE_FOLLOW or after in "'\""):
        return "closer"
    return "other"  # '90s, a mark with space on both sides


def _single_quotations(
    text: str,
    spans: list[tuple[int, int]],
    units: list["_Unit | None"],
    marks: list[int],
    language: Callable[[], str | None],
    unclosed: list[Unclosed],
    unopened: list[Unopened],
) -> None:
    """The single quotation marks lost or orphaned that the pairing cannot
    see (see above), added to ``unclosed`` and ``unopened``."""
    # Only the marks not between two letters or digits (an apostrophe, most
    # of them: one pass over the text, then each found in its paragraph).
    kinds: list[list[tuple[int, str, str]]] = [[] for _ in spans]
    starts = [start for start, _ in spans]
    for match in SINGLE_AT_WORD_EDGE.finditer(text):
        index = bisect.bisect_right(starts, match.start()) - 1
        if index >= 0 and match.start() < spans[index][1]:
            start, end = spans[index]
            kinds[index].append((match.start(), match.group(), _single_kind(text, match.start(), start, end)))
    convention: list[bool] = []

    def quotes_with_straight_singles() -> bool:
        if not convention:
            convention.append(any(_straight_pair(found) for found in kinds))
        return convention[0]

    for index, ((start, end), found) in enumerate(zip(spans, kinds)):
        if not found:
            continue
        unit = units[index]
        # Opening marks of other kinds the pairing found lost or open: the
        # paragraph's quotation is in doubt already, and is reported once.
        doubted_from = math.inf if unit is None else min([mark.offset for mark, _ in unit.lost] + [mark.offset for mark in unit.open_at_end], default=math.inf)
        # A quotation left open by the paragraph before may close in this
        # one without being reopened: its opening mark is reported, if lost.
        opened = index > 0 and _left_open(kinds[index - 1])
        last_closer = max((position for position, (_, _, kind) in enumerate(found) if kind == "closer"), default=-1)
        for position, (at, char, kind) in enumerate(found):
            # Only before a Latin letter, and not in Korean, Chinese or
            # Japanese text, which glues a closing mark to a particle or
            # writes a title's marks in ways the apostrophe rules misread
            # ('끝'은, 'K리그').
            if (
                kind == "opener" and char == "'" and position > last_closer and LATIN_LETTER.match(text, at + 1)
                and not PARTICLE_SCRIPT.search(text, at, end)
            ):
                # The paragraph's own start, wherever it stands in the text
                # (a ^ read only the text's first line), or after a colon.
                before = text[start:at].rstrip()
                introduced = (not before or before.endswith(QUOTE_INTRODUCER)) and text[at + 1].isupper()
                if introduced or quotes_with_straight_singles():
                    following = spans[index + 1][0] if index + 1 < len(spans) else None
                    unclosed.append(_single_unclosed(text, at, start, end, following, language))
                break  # what follows is inside the quotation
            if kind == "opener":
                opened = True
            elif kind == "closer" and not opened and at < doubted_from and _single_orphan(text, at, start, language):
                previous = bisect.bisect_left(marks, at) - 1
                earliest = max(start, marks[previous] + 1) if previous >= 0 else start
                unopened.append(Unopened(Mark(at, char), earliest))
                opened = True  # one report a paragraph: what follows may be a quotation of its own
            elif kind == "apostrophe" and char != "'" and text[at - 1 : at].isspace():
                opened = True  # ‘til or ’em: a curly mark at a word's start may have opened something


def _left_open(found: list[tuple[int, str, str]]) -> bool:
    """Whether a paragraph's single marks end on an opening one: one opens
    after the last that closes."""
    return any(kind == "opener" for _, _, kind in found[max((p for p, (_, _, k) in enumerate(found) if k == "closer"), default=-1) + 1 :])


def _straight_pair(found: list[tuple[int, str, str]]) -> bool:
    """Whether a paragraph quotes with straight single marks: a ' opening a
    word, then a ' closing one ('wait and see')."""
    opener = next((at for at, char, kind in found if char == "'" and kind == "opener"), None)
    return opener is not None and any(at > opener and char == "'" and kind == "closer" for at, char, kind in found)


def _single_orphan(text: str, at: int, start: int, language: Callable[[], str | None]) -> bool:
    """Whether a closing single mark at ``at`` can only be a quotation's
    closing mark: after a clause's punctuation (`wrong,'`) but not an
    abbreviation's stop (the U.S.' role), or after a word of more than
    MAX_ELIDED_WORD letters, not a possessive (players’), a dropped g nor an
    accent typed as an apostrophe (perche'), before punctuation (`gaan’.`)."""
    before = text[at - 1]
    after = text[at + 1] if at + 1 < len(text) else " "
    if before in CLAUSE_PUNCTUATION:
        if before == "." and _possessive_abbreviation(text, at - 1, start):
            return False  # a possessive: the U.S.' role, the Co.' statement
        return after.isspace() or after in CLOSE_FOLLOW
    if not LATIN_LETTER.match(before) or after not in CLOSING_PUNCTUATION or before in POSSESSIVE_ENDS:
        return False  # the apostrophe rules here are those of Latin letters
    word = WORD_BEFORE.search(text, start, at)
    return (
        word is not None and len(word.group()) > MAX_ELIDED_WORD and not DROPPED_G.search(word.group())
        and not (text[at] == "'" and _accent_as_apostrophe(word.group(), language()))
    )


def _possessive_abbreviation(text: str, dot: int, start: int) -> bool:
    """Whether the stop at ``dot`` ends a name's abbreviation, which a
    possessive's apostrophe may follow (the U.S.' role, the Co.' statement,
    C.E.O.' remarks): a capitalised one, as a lower-case one (no., est.)
    more often ends a quoted sentence (`…the answer is no.'`)."""
    word = WORD_BEFORE.search(text, start, dot)
    return word is not None and word.group()[0].isupper() and ends_abbreviation(text, dot)


# Sites that type in ASCII write a final accented vowel as the vowel and a
# straight apostrophe (Italian perche', liberta', citta'): the languages that do so
# for any word ending in a vowel, and the accented forms tried for the rest.
APOSTROPHE_ACCENT_LANGUAGES = frozenset({"it", "fr"})
ACCENTED_VOWELS = {"a": "àáâ", "e": "èéê", "i": "ìíî", "o": "òóô", "u": "ùúû"}


def _accent_as_apostrophe(word: str, language: str | None) -> bool:
    """Whether a word before a final ' is one with an accented last vowel
    typed without it: in an Italian or French article any word ending in a
    vowel, elsewhere one whose accented form is a common word of the
    article's language, commoner than the word as written."""
    if language is None:
        return False
    lowered = word.lower()
    accents = ACCENTED_VOWELS.get(lowered[-1:], "")
    if not accents:
        return False
    if language in APOSTROPHE_ACCENT_LANGUAGES:
        return True
    written = common_zipf(lowered, language)
    return any(common_zipf(lowered[:-1] + accent, language) > written for accent in accents)


def _single_unclosed(text: str, at: int, start: int, end: int, following: int | None, language: Callable[[], str | None]) -> Unclosed:
    """A straight ' that opened a quotation never closed in its paragraph
    (from ``start`` to ``end``; the next paragraph starts at ``following``):
    where its closing mark belonged, and whether the next paragraph reopens
    it, as news writes a long quotation."""
    mark = Mark(at, "'")
    limit = min(end, at + MAX_QUOTATION)
    certain, missing_at, _ = _closing_place(text, mark, end, language)
    if certain is not None:
        return certain
    if _is_fragment(text, at, limit):
        return Unclosed(mark, missing_at, "fragment", "")
    if following is not None and text[following:following + 1] in "'‘":
        return Unclosed(mark, missing_at, "paragraph end", "reopened")
    last = text[start:end].rstrip().rstrip(")]")[-1:]
    return Unclosed(mark, missing_at, "paragraph end", "paragraph end" if last in SENTENCE_END else "")


# A quotation opened with one kind of double mark and closed, on its line,
# with another («constructive but difficult", “fine", or two apostrophes
# typed for a closing mark: "…exist.''): one defect, the wrong closing mark,
# reported once, where that mark stands (QM101), and not again as a closing
# mark with nothing to close (QM102).  Two apostrophes after a digit are
# inches (a 12'' pipe), not a closing mark.
DOUBLED_APOSTROPHES = compile_re_cached(r"(?<=[^\s'\d])''(?=[\s.,;:!?)\]—–-]|$)")


def mismatched_closers(document: Document) -> dict[int, tuple[int, int]]:
    """The offset of each double opening mark left unclosed whose line closes
    it with a double mark of another kind (the next mark on the line after
    it, with nothing to close) or with two apostrophes: opener -> (start,
    end) of that closing mark."""
    return document.memo("QM.mismatched", _mismatched_closers)


def _mismatched_closers(document: Document) -> dict[int, tuple[int, int]]:
    report = analyse(document)
    if not report.unclosed:
        return {}
    text = document.text
    orphans = {orphan.mark.offset for orphan in report.unopened if orphan.mark.char in DOUBLE_MARKS}
    found: dict[int, tuple[int, int]] = {}
    for unclosed in report.unclosed:
        opener = unclosed.mark
        if opener.char not in DOUBLE_MARKS or unclosed.excuse == "reopened":
            continue  # a quotation the next paragraph reopens is read as before
        line = document.line_at(opener.offset)
        line_end = line.start + len(line.text)
        following = MARK.search(text, opener.offset + 1, line_end)
        apostrophes = DOUBLED_APOSTROPHES.search(text, opener.offset + 1, following.start() if following else line_end)
        if apostrophes is not None and "''" not in text[opener.offset + 1 : apostrophes.start()]:
            found[opener.offset] = apostrophes.span()
        elif following is not None and following.start() in orphans:
            found[opener.offset] = following.span()
    return found


# Swedish and Finnish open a quotation with ” as well as closing it (”så”),
# so CLOSERS pairs ”…”.  Every other language opens with another mark: a ”
# opening a quotation there (after a line's start, a space or an opening
# bracket, before a letter: `”It felt like…,” said one`) is a closing mark
# typed for the opening one, by an autocorrect or a scraper.  Danish and
# Norwegian are left alone too: the language vote takes Swedish for them, and
# them for Swedish, often enough (a false alarm costs more than a miss).
# Only before a Latin, Cyrillic or Greek letter, and not in a Chinese or
# Japanese article at all: their fonts draw “ and ” alike at full width, so
# their writers' ”…” is the source's typography, around their own words (a
# tweet quoted `”もう本当…”`) or a Latin name (`新产品 ”iPhone Air” 将`);
# right-to-left text mirrors the marks.
CLOSING_AS_OPENER_LANGUAGES = frozenset({"sv", "fi", "da", "no", "nb", "nn"})
FULL_WIDTH_MARK_LANGUAGES = frozenset({"zh", "ja"})
CLOSING_AS_OPENER = compile_cached(r"(?:^|(?<=[\s(\[{]))”(?=[\p{Latin}\p{Cyrillic}\p{Greek}])", regex.MULTILINE)


def misused_closing_openers(document: Document) -> list[int]:
    """The offsets of the ” marks that open a quotation in an article whose
    language does not open with ” (see above), each closed by its own ”
    later: one left open is QM101's, where its closing mark belonged."""
    return document.memo("QM.closing_as_opener", _misused_closing_openers)


def _misused_closing_openers(document: Document) -> list[int]:
    text = document.text
    if "”" not in text:
        return []
    language = document.language
    if language is None or language.code == "und" or language.code in CLOSING_AS_OPENER_LANGUAGES | FULL_WIDTH_MARK_LANGUAGES:
        return []
    unclosed = {found.mark.offset for found in analyse(document).unclosed}
    mojibake = document.mojibake if not text.isascii() and document.mojibake.findings else None
    return [
        match.start()
        for match in CLOSING_AS_OPENER.finditer(text)
        if match.start() not in unclosed
        and not (mojibake is not None and mojibake.covers(match.start()))
        and not _in_closing_mark_language(document, match.end(), language.code)
    ]


def _quoted_end(text: str, offset: int) -> int:
    """The end of the quotation whose text starts at ``offset``: its closing
    ” (every mark reported is closed), else its line's end."""
    line_end = text.find("\n", offset)
    line_end = len(text) if line_end < 0 else line_end
    closing = text.find("”", offset, line_end)
    return line_end if closing < 0 else closing


# A quotation in Swedish, Finnish or Danish inside an article in another
# language (`”Det är klart att vi kommer tillbaka”` in an English one) is
# written as its own language writes it: most of its words, and at least
# this many, are commoner in one of those languages' lists than in the
# article's.  (Norwegian has no word list; Danish stands in for it.)
QUOTED_LANGUAGE_WORDS = 2
CLOSING_MARK_WORD_LISTS = ("sv", "fi", "da")
QUOTED_WORD = compile_cached(r"\p{L}+")


def _in_closing_mark_language(document: Document, offset: int, article: str) -> bool:
    """Whether the quotation whose text starts at ``offset`` is in a language
    that opens with ” (above), in an article in ``article``."""
    words = QUOTED_WORD.findall(document.text, offset, _quoted_end(document.text, offset))
    in_article = common_zipf_column(words, article) if article in LATIN_LANGUAGES else [0.0] * len(words)
    columns = [common_zipf_column(words, code) for code in CLOSING_MARK_WORD_LISTS]
    siding = sum(max(column[index] for column in columns) > in_article[index] for index in range(len(words)))
    return siding >= QUOTED_LANGUAGE_WORDS and 2 * siding > len(words)


# A „ closed by a straight mark („Erlkönig" beginnt, „To największa
# inwestycja" – powiedział) mixes two systems in one quotation: „ opens in
# German, Polish, Czech, Romanian, Lithuanian and Hungarian typography, and
# each closes it with a curly mark (“ or ”).  CLOSERS pairs it, so that the
# quotation is seen closed, and QM101 reports the straight mark as a mark of
# another kind, whether or not the article closes another „ with a curly one
# (earlier versions reported it only then; no clean article of the shared
# corpus closes „ straight, against some 200 „ closed with a curly mark).


def straight_closed_low_marks(document: Document) -> list[tuple[int, int]]:
    """(offset of „, offset of its straight closing mark) for each „…"."""
    pairs = analyse(document).low_closed
    text = document.text
    return [(opener, closer) for opener, closer in pairs if text[closer] == '"']
