"""Lines of an article that are not prose: verse and code.

Several rule families must know that a line is a line of a poem or of a
program, because each reads prose and these are not: a refrain is repeated
on purpose (TX110), a stanza's short lines are no headlines (OC102), a
tutorial's samples repeat their lines (UI106) and write markup on purpose
(TX105, TX106).  What counts as verse and what counts as code is decided
here, once, and read through :attr:`Document.verse_lines` and
:attr:`Document.code_lines` (computed on first use and kept).

Both answers are sets of line numbers, and both read neighbouring lines
among the non-blank ones, so that an article gives the same answer whether
its scraper put a blank line between blocks or not.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from .pattern_cache import compile_cached

if TYPE_CHECKING:
    from .document import Document

# -- verse ---------------------------------------------------------------------

# A line of verse is short: a poem's or a song's line, not a paragraph
# (whitespace-separated words, so a CJK line counts by its characters).
VERSE_LINE_WORDS = 12
VERSE_LINE_CHARACTERS = 72
# A line of verse runs on into the next: it ends with one of these (a
# comma, a semicolon, a dash, the CJK commas), or the next starts in lower
# case.  Lists, fixtures and tables of short lines do neither; a headline
# between paragraphs of prose never does.
RUN_ON_ENDS = (",", ";", "—", "–", "-", "，", "、")


def is_short_line(text: str) -> bool:
    """Whether a line is short enough to be a line of verse (not blank)."""
    stripped = text.strip()
    return bool(stripped) and len(stripped) <= VERSE_LINE_CHARACTERS and len(stripped.split()) <= VERSE_LINE_WORDS


def runs_on(earlier: str, later: str) -> bool:
    """Whether the sentence runs on from one line to the next, as verse
    does: the first ends on a comma, a semicolon or a dash, or the second
    starts in lower case."""
    return earlier.rstrip().endswith(RUN_ON_ENDS) or later.lstrip()[:1].islower()


def find_verse_lines(document: "Document") -> frozenset[int]:
    """The numbers of the lines of verse: each short line that runs on into
    the next non-blank line, short too, or that the line before it runs on
    into (a stanza quoted in an article, a song's lyric).  A line and its
    neighbour must both be short: a line ending on a comma above a
    paragraph of prose is a broken sentence or a salutation, not verse.
    Code is no verse, though its lines often start in lower case
    ("seen = set()" under "for item in items:"); but a line ending on a
    semicolon is code's syntax and verse's too ("We carried the nets up
    the hill;"), and stays a candidate."""
    lines = document.content_lines
    code = document.code_lines
    short = [
        is_short_line(line.text) and (line.number not in code or line.text.rstrip().endswith(RUN_ON_ENDS))
        for line in lines
    ]
    verse: set[int] = set()
    for index in range(len(lines) - 1):
        if short[index] and short[index + 1] and runs_on(lines[index].text, lines[index + 1].text):
            verse.add(lines[index].number)
            verse.add(lines[index + 1].number)
    return frozenset(verse)


# -- code ----------------------------------------------------------------------

# A fence opens and closes a Markdown code block.
FENCE = compile_cached(r"^\s*(?:```|~~~)")
# An indented line: a tab, or two spaces or more, before its text.
INDENTED = compile_cached(r"^(?:\t| {2,})\S")
# A line in code's syntax: a statement a keyword opens, ending as code
# ends ("for item in items:", "} else {"); a name assigned or compared at
# the line's start ("seen = set()", "x += 1", "a == b", not "1 EUR = 0.86
# GBP"); a call ending the line or on a dotted name ("seen.append(item)",
# "print(total)"); a line ending in a semicolon or a brace.  A caption, a
# label or a line of prose has none of these.
CODE_SYNTAX = compile_cached(
    r"^\s*(?:if|elif|else|for|foreach|while|do|def|fn|func|function|class|try|except|catch|finally|with|return"
    r"|import|from|switch|case|var|let|const|public|private|async|await)\b.*[:{;)]\s*$"
    r"|^\s*[A-Za-z_$][\w.$]*(?:\[[^\]]*\])?\s*(?:[-+*/%&|^]?=|==|!=|:=)\s*\S"
    r"|\w\([^()]*\)[;:,]?\s*$|\w\.\w+\("
    r"|^\s*[{}]|[;{}]\s*$"
)
# A line of markup: it opens with a tag and ends with one's closing bracket
# ("<p class="standfirst">Storm warning</p>", "<br/>").  Indented, it is a
# template a tutorial quotes, even alone; not indented, it is as often what
# a scraper left (TX106's to judge), so it makes no code by itself.
MARKUP_LINE = compile_cached(r"^\s*<[!/?A-Za-z][^\n]*>\s*$")
# What a line holds when FENCE, INDENTED or CODE_SYNTAX matches it (see
# may_be_code): the characters of an assignment or a brace, a fence; the
# ends of a statement, a block or a call ("x);", "f(y),"); an indent; or a
# call on a dotted name.
CODE_CHARACTERS = ("=", "{", "}", "```", "~~~")
CODE_LINE_ENDS = (":", ";", ")", "),", ");", "):")
INDENTS = ("\t", "  ")
DOTTED_CALL = compile_cached(r"\w\.\w+\(")  # CODE_SYNTAX's "seen.append(item"
# Indentation marks code only when at most this share of the non-blank
# lines is indented (some scrapers indent every paragraph).
MOST_INDENTED = 0.5
# A run of indented lines without code's syntax or markup is code from this
# many indented lines (one indented line of prose alone is as often a
# quotation).
MIN_INDENTED_RUN = 2


def find_code_lines(document: "Document") -> frozenset[int]:
    """The numbers of the lines of code: inside a fenced block (the fences
    too); in code's syntax; or indented in a run of indented or code lines
    that holds a line in code's syntax, an indented line of markup or
    MIN_INDENTED_RUN indented lines (a sample's body under "for item in
    items:")."""
    texts = [line.text for line in document.lines]
    if not any(FENCE.match(text) or INDENTED.match(text) or CODE_SYNTAX.search(text) for text in filter(may_be_code, texts)):
        return frozenset()  # most articles: no code
    indented = [bool(INDENTED.match(text)) for text in texts]
    indentation_speaks = sum(indented) <= MOST_INDENTED * max(1, len(document.content_lines))
    code: set[int] = set()
    fenced = False
    run: list[int] = []  # the indices of the current run of indented or code lines
    for index, text in enumerate(texts + [""]):  # a last empty line ends the last run
        if index < len(texts) and FENCE.match(text):
            fenced = not fenced
            code.add(index + 1)
            continue
        if fenced:
            code.add(index + 1)
            continue
        syntax = index < len(texts) and bool(CODE_SYNTAX.search(text))
        if syntax:
            code.add(index + 1)
        if index < len(texts) and (syntax or (indentation_speaks and indented[index])):
            run.append(index)
            continue
        if _run_is_code(texts, indented, run):
            code.update(i + 1 for i in run)
        run = []
    return frozenset(code)


def may_be_code(text: str) -> bool:
    """False when none of FENCE, INDENTED and CODE_SYNTAX can match the line.
    Each form of CODE_SYNTAX holds one of CODE_CHARACTERS, ends (before white
    space) in one of CODE_LINE_ENDS, or calls a dotted name; INDENTED needs
    one of INDENTS first; FENCE holds a fence.  All but the dotted call are
    told by str methods in C, and that one by a pattern of one form, only
    on a line with a bracket.  Searching every line of prose with
    CODE_SYNTAX, whose forms are tried at each character, was nearly all the
    cost of finding that an article has no code (0.26 s a megabyte of news,
    now 0.013 s): about one line of news in a thousand gets past this.
    (``rstrip`` takes off every character the patterns' ``\\s`` matches, and
    more: tested.)"""
    return (
        any(character in text for character in CODE_CHARACTERS)
        or text.startswith(INDENTS)
        or text.rstrip().endswith(CODE_LINE_ENDS)
        or ("(" in text and DOTTED_CALL.search(text) is not None)
    )


def _run_is_code(texts: Sequence[str], indented: Sequence[bool], run: Sequence[int]) -> bool:
    """Whether a run of indented or code lines is a sample of code: it holds
    a line in code's syntax, an indented line of markup, or enough indented
    lines."""
    return (
        any(CODE_SYNTAX.search(texts[i]) or indented[i] and MARKUP_LINE.match(texts[i]) for i in run)
        or sum(indented[i] for i in run) >= MIN_INDENTED_RUN
    )
