"""Fixes: making the edit for a finding, and applying edits to a fixed point.

A rule declares whether its findings can be fixed (``Rule.fixable``: safe,
unsafe or display-only, and the kind of edit).  The checker asks
:func:`fix_for` for each finding's :class:`~newslint.diagnostic.Fix`, so every
report format can carry it.  :func:`fix_article` is what ``--fix``, ``--diff``
and ``Linter.fix_text`` run, as ruff does: check the article with the one
engine (:func:`newslint.runner.check`), apply the fixes that may be applied and
do not overlap (the first by position, then code, wins; the others wait for the
next pass; unsafe fixes wait until no safe one is left), check again, and stop when nothing is left to apply or after
:data:`MAX_FIX_PASSES` passes.

Edits never touch one another within a pass (an edit starting where another
ends waits, unless both delete), so no pass can apply two edits to the same character; a pass
that would bring back a text already seen (a cycle) stops the loop.  An edit
whose new text the file's encoding cannot write (a curly quote in a Latin-1
file) is not applied: the finding stays.  With a baseline, a finding it
records in the text as read is not fixed in any pass: ``--fix`` repairs
what the report shows.
"""
from __future__ import annotations

import bisect
import collections
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping, NamedTuple

from .diagnostic import Applicability, Diagnostic, Edit, Finding, Fix, FixKind
from .document import FULL_WIDTH_STOPS, Document
from .pattern_cache import compile_cached

if TYPE_CHECKING:  # pragma: no cover
    from .baseline import Baseline
    from .checker import Checker
    from .rule import Rule
    from .runner import Result
    from .sources import Article

#: Passes over one article before the loop gives up (ruff's limit).
MAX_FIX_PASSES = 100
#: What joins a deleted span to the text before it and goes with it: spaces,
#: and the commas and dashes a repetition loop joins its copies with.
JOINING_GAP = frozenset(" \t\u00a0\u3000,;、，·-–—")
#: The horizontal space after a deleted span at the start of a line.
SPACE_AFTER = compile_cached(r"[ \t\u00a0\u3000]+")


class FixMode(NamedTuple):
    """Which fixes a run applies: of which applicabilities, and not those of
    findings a baseline records (they are hidden from the report, so a fix
    of one would change text nobody was shown a reason to change)."""

    applicabilities: frozenset = frozenset({Applicability.SAFE})
    baseline: "Baseline | None" = None

    @classmethod
    def of(cls, unsafe: bool = False) -> "FixMode":
        return WITH_UNSAFE_FIXES if unsafe else SAFE_FIXES_ONLY

    def leaving(self, baseline: "Baseline | None") -> "FixMode":
        """This mode, leaving alone the findings ``baseline`` records."""
        return self._replace(baseline=baseline)

    def applies(self, fix: Fix | None) -> bool:
        return fix is not None and fix.applicability in self.applicabilities


SAFE_FIXES_ONLY = FixMode(frozenset({Applicability.SAFE}))
WITH_UNSAFE_FIXES = FixMode(frozenset({Applicability.SAFE, Applicability.UNSAFE}))


class Fixed(NamedTuple):
    """What fixing one article did: its text before and after, and the
    diagnostics whose fixes were applied (in the order applied)."""

    original: str
    text: str
    applied: tuple[Diagnostic, ...]
    #: Passes run; MAX_FIX_PASSES, or a cycle, means it did not settle.
    passes: int = 0
    converged: bool = True

    @property
    def changed(self) -> bool:
        return self.text != self.original


# -- making the edit for a finding ---------------------------------------------


def fix_for(rule: "Rule", finding: Finding, document: Document, text: str) -> Fix | None:
    """The fix of ``finding`` (None when its rule declares none, or when this
    finding cannot be fixed).  ``text`` is the article as read, which
    ``document`` holds with its line ends turned into LF; the edit's offsets
    are into ``text``."""
    fixable = rule.fixable
    if fixable is None:
        return None
    made = _make_edit(fixable.kind, finding, document)
    if made is None:
        return None
    start, end, content, message = made
    if document.text[start:end] == content:
        return None
    line, col = _position(document, start)
    end_line, end_col = _position(document, end)
    crlf = document.memo("fixes.crlf-positions", lambda _: _crlf_positions(text))
    if crlf:
        start, end = start + bisect.bisect_left(crlf, start), end + bisect.bisect_left(crlf, end)
    return Fix(fixable.applicability, Edit(start, end, content, line, col, end_line, end_col), message)


def _make_edit(kind: FixKind, finding: Finding, document: Document) -> tuple[int, int, str, str] | None:
    if kind is FixKind.REPLACE:
        if finding.suggestion is None:
            return None
        shown = finding.suggestion if len(finding.suggestion) <= 40 else finding.suggestion[:37] + "..."
        message = f'replace with "{shown}"' if finding.suggestion else "delete it"
        return finding.start, finding.end, finding.suggestion, message
    lines = _whole_lines(finding, document)
    if lines is not None and kind is FixKind.DELETE_REPEATED_LINES and not _repeats_an_earlier_line(document, *lines):
        return None  # the first copy stays
    if lines is not None:
        start, end = _line_deletion(document, *lines)
        return start, end, "", "delete the line" if lines[0] == lines[1] else "delete the lines"
    if kind in (FixKind.DELETE_LINES, FixKind.DELETE_REPEATED_LINES):
        return None
    start, end = _span_deletion(document, finding.start, finding.end)
    return start, end, "", "delete it"


def _whole_lines(finding: Finding, document: Document) -> tuple[int, int] | None:
    """The first and last line numbers when the finding covers them from the
    first non-blank character of the first to the last of the last."""
    if finding.end <= finding.start:
        return None
    first = document.line_at(finding.start)
    last = document.line_at(max(finding.start, finding.end - 1))
    content_start = first.start + len(first.text) - len(first.text.lstrip())
    content_end = last.start + len(last.text.rstrip())
    if content_end > content_start and finding.start <= content_start and finding.end >= content_end:
        return first.number, last.number
    return None


def _repeats_an_earlier_line(document: Document, first: int, last: int) -> bool:
    """Whether each of lines ``first`` to ``last`` says (white space and case
    folded) what a line before ``first`` said."""
    first_seen = document.memo("fixes.first-line-of-text", _first_line_of_text)
    return all(first_seen[_line_key(document.lines[number - 1].text)] < first for number in range(first, last + 1))


def _line_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _first_line_of_text(document: Document) -> dict[str, int]:
    """Each line's text (folded) and the number of the first line saying it."""
    seen: dict[str, int] = {}
    for line in document.lines:
        seen.setdefault(_line_key(line.text), line.number)
    return seen


def _line_deletion(document: Document, first: int, last: int) -> tuple[int, int]:
    """The range that deletes lines ``first`` to ``last`` with their line end.

    A line alone between two blank lines (or a blank line and the edge of the
    text) takes one blank line with it, so deleting a paragraph leaves one
    blank line between its neighbours, not two.  A last line without a line
    end takes the line end before it, so the text keeps ending as it did."""
    lines = document.lines
    start = lines[first - 1].start
    end = lines[last].start if last < len(lines) else len(document.text)
    blank_before = first == 1 or lines[first - 2].is_blank
    blank_after = last == len(lines) or lines[last].is_blank
    if blank_before and blank_after:
        if last < len(lines):  # the blank line after goes too
            end = lines[last + 1].start if last + 1 < len(lines) else len(document.text)
        elif first > 1:  # at the end: the blank line before goes
            start = lines[first - 2].start
    elif last == len(lines) and not document.text.endswith("\n") and first > 1:
        start -= 1  # the line end before the last line
        end = len(document.text)
    return start, end


def _span_deletion(document: Document, start: int, end: int) -> tuple[int, int]:
    """The span and the gap that joins it to the text before it on its line
    (", " before a loop's second copy, " " before a sentence); at the start
    of a line, the space after it instead."""
    line = document.line_at(start)
    text = document.text
    if line.start < start and end < line.end and text[start - 1] in FULL_WIDTH_STOPS and text[end] == text[start - 1]:
        # Between two of the same full-width stop ("人次。[人次。人次]。主办方"):
        # one goes with the span, or the sentence would end twice.
        return start - 1, end
    # Read back from the span, one character at a time: a search from the
    # line's start for the gap that ends at the span cost each finding the
    # whole line (a long line of many loops, the square of its length).
    gap_start = start
    while gap_start > line.start and text[gap_start - 1] in JOINING_GAP:
        gap_start -= 1
    if line.start < gap_start < start:
        return gap_start, end
    after = SPACE_AFTER.match(document.text, end, line.end)
    return start, after.end() if after else end


def _position(document: Document, offset: int) -> tuple[int, int]:
    """1-based line and column of an offset; the end of a text that ends
    with a line end is the start of the line after it."""
    if offset >= len(document.text) and document.text.endswith("\n"):
        return len(document.lines) + 1, 1
    return document.position(offset)


def _crlf_positions(text: str) -> list[int]:
    """The LF-text position of each CRLF's line end, by which an offset in
    the document (which counts a CRLF as one character) becomes an offset in
    the text as read (a lone CR is one character either way)."""
    positions = []
    removed = 0
    index = text.find("\r\n")
    while index >= 0:
        positions.append(index - removed)
        removed += 1
        index = text.find("\r\n", index + 2)
    return positions


# -- applying edits ----------------------------------------------------------------


def choose(
    diagnostics: Iterable[Diagnostic],
    mode: FixMode,
    can_write: Callable[[str], bool] | None = None,
    left_alone: "collections.Counter | None" = None,
) -> list[Diagnostic]:
    """The diagnostics whose fixes one pass applies: those ``mode`` allows
    (the safe ones only, while there are any), sorted by position then code, each kept only when it starts after the
    end of the one kept before (an edit that overlaps or touches another
    waits for the next pass; two deletions that touch go together).  ``left_alone`` counts findings, by
    :func:`_kept_key`, that no pass may fix (a baseline's)."""
    if left_alone:
        diagnostics = _without(diagnostics, left_alone)
    applicable = [d for d in diagnostics if mode.applies(d.fix) and (can_write is None or can_write(d.fix.edit.content))]
    # Safe fixes first, to their fixed point: an unsafe fix (a guess) then
    # judges text the safe ones have repaired (a soft hyphen inside a word
    # makes the word list guess a glued pair that is not there).
    safe = [d for d in applicable if d.fix.applicability is Applicability.SAFE]
    candidates = sorted(safe or applicable, key=lambda d: (d.fix.edit.start, d.fix.edit.end, d.code, d.fix.edit.content))
    chosen: list[Diagnostic] = []
    last_end = -1
    last_deletes = False
    for diagnostic in candidates:
        edit = diagnostic.fix.edit
        deletes = not edit.content and edit.end > edit.start
        # Two deletions that touch (a menu's lines, one finding each) are
        # one deletion: applied together, or the pass after the first would
        # judge a lone "Travel" left of the run, no longer a menu, and keep it.
        touching_deletions = edit.start == last_end and deletes and last_deletes
        if chosen and edit.start <= last_end and not touching_deletions:
            continue
        chosen.append(diagnostic)
        last_end, last_deletes = edit.end, deletes
    return chosen


def _kept_key(d: Diagnostic) -> tuple[str, str]:
    """What identifies a finding left alone from one fix pass to the next:
    its code and the text it flags.  Not a baseline's key, whose context
    either side changes when a fix next to it is applied."""
    return d.code, d.flagged_text


def _without(diagnostics: Iterable[Diagnostic], left_alone: "collections.Counter") -> list[Diagnostic]:
    """``diagnostics`` less those ``left_alone`` counts, the first ones by
    position of each key (identical findings are interchangeable)."""
    skipped: collections.Counter = collections.Counter()
    kept = []
    for d in diagnostics:
        key = _kept_key(d)
        if skipped[key] < left_alone[key]:
            skipped[key] += 1
        else:
            kept.append(d)
    return kept


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """``text`` with non-overlapping edits applied.  An edit out of range or
    overlapping another is a bug of the caller, and raises rather than
    writing a corrupt text; so does one that would split a CRLF line end."""
    pieces = []
    position = 0
    for edit in sorted(edits, key=lambda edit: (edit.start, edit.end)):
        if edit.start < position or edit.end < edit.start or edit.end > len(text):
            raise ValueError(f"edit {edit.start}-{edit.end} overlaps another or leaves the text")
        for offset in (edit.start, edit.end):
            if 0 < offset < len(text) and text[offset - 1] == "\r" and text[offset] == "\n":
                raise ValueError(f"edit {edit.start}-{edit.end} splits a CRLF line end")
        pieces.append(text[position : edit.start])
        pieces.append(edit.content)
        position = edit.end
    pieces.append(text[position:])
    return "".join(pieces)


def fix_article(
    checker: "Checker",
    article: "Article",
    corpus: Mapping[str, Any] | None,
    mode: FixMode,
    can_write: Callable[[str], bool] | None = None,
) -> tuple["Result", Fixed]:
    """Fix one article to a fixed point.  Returns the result of checking the
    fixed text (the findings that remain) and what was done.  The checks are
    the engine's (:func:`newslint.runner.check`); corpus rules judge every
    pass against the corpus counts of the original articles."""
    from .runner import check

    original = text = article.text
    applied: list[Diagnostic] = []
    seen = {text}
    passes = 0
    converged = False
    left_alone = None
    while True:
        result = check(checker, article._replace(text=text), corpus)
        if left_alone is None and mode.baseline is not None:
            # Judged once, on the text as it came: a fix next to a recorded
            # finding changes the context its baseline key reads.
            left_alone = collections.Counter(map(_kept_key, mode.baseline.recorded_among(result.diagnostics)))
        if passes >= MAX_FIX_PASSES:
            break
        chosen = choose(result.diagnostics, mode, can_write, left_alone)
        if not chosen:
            converged = True
            break
        fixed = apply_edits(text, [d.fix.edit for d in chosen])
        passes += 1
        if fixed in seen:  # a cycle: keep the text before it
            break
        seen.add(fixed)
        applied.extend(chosen)
        text = fixed
    return result, Fixed(original, text, tuple(applied), passes, converged)


def writable(article: "Article", config) -> Callable[[str], bool] | None:
    """Whether a fix's new text can be written back: a file is encoded as it
    was read (``encoding``), so a character that encoding lacks cannot go in;
    a corpus record is JSON, which escapes what its encoding lacks."""
    import codecs

    if article.record_line is not None:
        return None
    encoding = codecs.lookup(getattr(config, "encoding", "utf-8")).name
    if encoding in ("utf-8", "utf-16", "utf-32", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        return None

    def can_write(content: str) -> bool:
        try:
            content.encode(encoding)
        except UnicodeEncodeError:
            return False
        return True

    return can_write
