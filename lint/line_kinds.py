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

from typing import TYPE_CHECKING, Iterable, Mapping, Sequence

from .document import count_words, line_shape  # document.py imports this module late, on first use of verse_lines
from .pattern_cache import compile_cached

if TYPE_CHECKING:
    from .document import Document, LineShape

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
    # Words counted per script: a Chinese paragraph of sixty characters is
    # thirty words, no line of verse, though it is short in characters.
    return (
        bool(stripped) and len(stripped) <= VERSE_LINE_CHARACTERS
        and max(len(stripped.split()), count_words(stripped)) <= VERSE_LINE_WORDS
    )


def runs_on(earlier: str, later: str) -> bool:
    """Whether the sentence runs on from one line to the next, as verse
    does: the first ends on a comma, a semicolon or a dash, or the second
    starts in lower case."""
    return earlier.rstrip().endswith(RUN_ON_ENDS) or later.lstrip()[:1].islower()


def find_verse_lines(document: "Document") -> frozenset[int]:
    """The numbers of the lines of verse (a stanza quoted in an article, a
    song's lyric), found three ways, each among the non-blank lines, so
    that both layouts give the same answer:

    * a short line that runs on into the next non-blank line, short too, or
      that the line before it runs on into.  A line and its neighbour must
      both be short: a line ending on a comma above a paragraph of prose is
      a broken sentence or a salutation, not verse.  Code is no verse,
      though its lines often start in lower case ("seen = set()" under "for
      item in items:"); but a line ending on a semicolon is code's syntax
      and verse's too ("We carried the nets up the hill;"), and stays a
      candidate;
    * a stanza that says one of its lines again (its refrain), whatever
      the lines' punctuation and case, and in any script (see
      :func:`_stanzas_with_a_refrain`);
    * two stanzas, each introduced by its own sentence ending in a colon,
      that share a line: a refrain quoted in one stanza and again in
      another (see :func:`_stanzas_sharing_a_line`)."""
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
    # Stanzas are known by a line said twice among short lines: most
    # articles have none, and are done here.
    keys = [refrain_key(line.text) if is_short and line.number not in code else "" for line, is_short in zip(lines, short)]
    places: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        if key:
            places.setdefault(key, []).append(index)
    repeated = {key: indexes for key, indexes in places.items() if 1 < len(indexes) <= MAX_REFRAIN_COPIES}
    if not repeated:
        return frozenset(verse)
    # A refrain within a stanza comes back a few lines on; stanzas sharing a
    # line are each introduced by a line ending in a colon.  Without either,
    # the lines' shapes need not be read.
    close = [indexes for indexes in repeated.values() if any(2 <= b - a <= MAX_REFRAIN_GAP for a, b in zip(indexes, indexes[1:]))]
    introduced = any(line.text.rstrip().endswith(INTRODUCTION_ENDS) for line in lines)
    if close or introduced:
        stanzas = _Stanzas(document, keys)
        found = _stanzas_with_a_refrain(stanzas, close) + (
            _stanzas_sharing_a_line(stanzas, repeated) + _poems_opening_and_closing_on_a_line(stanzas, repeated) if introduced else []
        )
        for stanza in found:
            verse.update(lines[index].number for index in stanza)
    return frozenset(verse)


# A line of a stanza compared with the stanza's other lines: its words
# (letters and digits, in any script), case folded, without punctuation, so
# "The tide goes out and the tide comes in," is the line that ends the
# stanza as "The tide goes out and the tide comes in.".
REFRAIN_WORD = compile_cached(r"[\p{L}\p{N}]+")
# A refrain comes back within the stanza: at most this many lines after
# its first copy (a quatrain's first line closing a five-line stanza), and
# with another line between the copies (a line set twice in a row is as
# often an extractor's copy of a caption).
MAX_REFRAIN_GAP = 4
# A line said more often than this in one text is no refrain a review
# quotes: a page's label said over every item of a list.
MAX_REFRAIN_COPIES = 8
# A stanza quoted in an article is at most this many lines long; a longer
# run of short lines is a list, a menu or a table.
MAX_STANZA_LINES = 12
# Each line of a stanza holds this many words at least (CJK: two characters
# a word, as LineShape counts them): a menu's items ("Home", "Sport") and a
# list's one-word labels repeat among short lines too.
MIN_STANZA_LINE_WORDS = 3
# A stanza's lines are alike in length: the longest at most this many times
# the shortest, in characters (whatever the script).  A caption's line under
# a label, a list's heading over its items, differ more.
STANZA_LENGTH_RATIO = 2.0
# A sentence that introduces a quotation ends in a colon, and holds this
# many words at least ("Das schönste Gedicht endet so:", "其中一首诗这样写道："):
# a page's label over its list ("Read more:") holds fewer.
INTRODUCTION_ENDS = (":", "：")
MIN_INTRODUCTION_WORDS = 3
# A row of a table or a list of fixtures is no line of a stanza, though a
# cell recurs down it ("Winners meet in final match" under each two
# matches): it holds a number (a score, a date, a price, a rank) or names
# two sides ("Seychelles v South Africa").  Verse spells its numbers out.
TABLE_ROW = compile_cached(r"\p{N}|\p{Lu}\S*\s+(?:v|vs|versus)\.?\s+\p{Lu}")
# Nor is a line that opens with a label of a word or two and a colon
# ("Photo: …", "Watch : …", "Read more: …"): a caption's or a link's.
LABELLED = compile_cached(r"^[\p{L}\p{N}'’-]+(?:\s[\p{L}\p{N}'’-]+)?\s?[:：|]\s*\S")


def refrain_key(text: str) -> str:
    """A line as a stanza's refrain is compared: its words, case folded."""
    return " ".join(REFRAIN_WORD.findall(text.casefold()))


class _Stanzas:
    """What the stanza tests read of the article's non-blank lines: each
    one's shape and whether it may be a line of a stanza.  A shape is read
    from Document.shapes when a rule has had them made (the UI rules, OC);
    otherwise only the lines looked at, around a repeated line, are shaped
    (TX111 asks for the verse lines of every article, and shaping all its
    lines was nine tenths of the cost)."""

    def __init__(self, document: "Document", keys: Sequence[str]) -> None:
        self.lines = document.content_lines
        self.keys = keys
        self._document = document
        self._shaped: dict[int, "LineShape"] = {}

    def shape(self, index: int) -> "LineShape":
        document = self._document
        if "shapes" in vars(document):  # made already (a cached_property)
            return document.shapes[self.lines[index].number - 1]
        shaped = self._shaped.get(index)
        if shaped is None:
            shaped = self._shaped[index] = line_shape(self.lines[index].text, document.ascii_words)
        return shaped

    def may_be_verse(self, index: int) -> bool:
        """Short (not code), of MIN_STANZA_LINE_WORDS words at least, no list
        item, heading, table row, labelled line or introduction of its own."""
        if not self.keys[index]:
            return False
        shape = self.shape(index)
        return (
            shape.words >= MIN_STANZA_LINE_WORDS
            and not shape.list_item
            and not shape.heading
            and not shape.text.endswith(INTRODUCTION_ENDS)
            and TABLE_ROW.search(shape.text) is None
            and LABELLED.match(shape.text) is None
        )

    def alike(self, indexes: Sequence[int]) -> bool:
        lengths = [len(self.shape(index).text) for index in indexes]
        return max(lengths) <= STANZA_LENGTH_RATIO * min(lengths)

    def ends_sentence(self, index: int) -> bool:
        return self.shape(index).ends_sentence

    def introduces(self, index: int) -> bool:
        """Whether a line is a sentence introducing a quotation: it ends in a
        colon and holds MIN_INTRODUCTION_WORDS words at least."""
        shape = self.shape(index)
        return shape.text.endswith(INTRODUCTION_ENDS) and shape.words >= MIN_INTRODUCTION_WORDS and not shape.list_item

    def prose_after(self, index: int) -> bool:
        """Whether a stanza ending on line ``index`` stands above prose: the
        next line ends a sentence or introduces one, or the article ends."""
        following = index + 1
        return following >= len(self.lines) or self.ends_sentence(following) or self.introduces(following)


def _stanzas_with_a_refrain(stanzas: _Stanzas, places: Iterable[Sequence[int]]) -> list[range]:
    """Stanzas that say a line again: a run of lines that may be verse and
    are alike in length, from a line's copy to its next (another line
    between them, at most MAX_REFRAIN_GAP lines on), widened over the lines
    alike that run on around it (that end no sentence: a sentence's end
    before it closes what came before); after a line that ends a sentence or
    introduces the stanza, above prose or at the article's end.  So a refrain
    is known with or without punctuation at its lines' ends, in capitals
    or not, in CJK lines set apart by a full-width space
    ("風がふく　風がふく" / "父の小舟を見送って" / "風がふく　風がふく"), and
    after a line ending a sentence inside the stanza.  A caption or a label
    said twice stands between paragraphs, not between lines alike."""
    found = []
    for indexes in places:
        for first, second in zip(indexes, indexes[1:]):
            if not 2 <= second - first <= MAX_REFRAIN_GAP:
                continue
            core = range(first, second + 1)
            if not all(map(stanzas.may_be_verse, core)) or not stanzas.alike(core):
                continue
            start, end = first, second
            while (
                start > 0 and end - start + 1 < MAX_STANZA_LINES and stanzas.may_be_verse(start - 1)
                and not stanzas.ends_sentence(start - 1) and stanzas.alike(range(start - 1, end + 1))
            ):
                start -= 1
            while (
                end + 1 < len(stanzas.lines) and end - start + 1 < MAX_STANZA_LINES and not stanzas.ends_sentence(end)
                and stanzas.may_be_verse(end + 1) and stanzas.alike(range(start, end + 2))
            ):
                end += 1
            before = start - 1
            if before >= 0 and (stanzas.ends_sentence(before) or stanzas.introduces(before)) and stanzas.prose_after(end):
                found.append(range(start, end + 1))
    return found


def _stanzas_sharing_a_line(stanzas: _Stanzas, repeated: Mapping[str, Sequence[int]]) -> list[range]:
    """Stanzas quoted apart that share a line (a poem's refrain quoted in
    its first stanza and again in its last): each stanza introduced by a
    sentence ending in a colon, two lines or more that may be verse, alike
    in length, no sentence ending before its last line, above prose or at
    the article's end.  The two introductions must differ: a page's list
    of links comes back under the same label each time ("More on this
    story:"), and a writer introduces each quotation in its own words."""
    by_introduction: dict[int, range] = {}  # each stanza by its first line
    stanza_of: dict[int, int] = {}  # each repeated line's stanza, by the stanza's first line
    for indexes in repeated.values():
        for index in indexes:
            start = index
            while (
                start > 0 and index - start + 1 < MAX_STANZA_LINES and stanzas.may_be_verse(start - 1)
                and not stanzas.ends_sentence(start - 1)
            ):
                start -= 1
            if start in by_introduction:  # a stanza found from another of its lines
                if index in by_introduction[start]:
                    stanza_of[index] = start
                continue
            if start == 0 or not stanzas.introduces(start - 1):
                continue
            end = start
            while (
                end + 1 < len(stanzas.lines) and end - start + 1 < MAX_STANZA_LINES and not stanzas.ends_sentence(end)
                and stanzas.may_be_verse(end + 1)
            ):
                end += 1
            stanza = range(start, end + 1)
            if (
                len(stanza) >= 2 and index in stanza and all(map(stanzas.may_be_verse, stanza))
                and stanzas.alike(stanza) and stanzas.prose_after(end)
            ):
                by_introduction[start] = stanza
                stanza_of[index] = start
    found = []
    for indexes in repeated.values():
        holding = {stanza_of[index] for index in indexes if index in stanza_of}
        introductions = {refrain_key(stanzas.shape(start - 1).text) for start in holding}
        if len(holding) >= 2 and len(introductions) >= 2:
            found.extend(by_introduction[start] for start in holding)
    return found


# Poem-refrain class (trial35): a poem quoted whole after the writer's
# sentence that introduces it, one short line after another, that says its
# first line again further on (at its end, or to close a stanza: "River,
# where did you go?" … "River, where did you go?").  The copies are farther
# apart than a stanza's refrain (MAX_REFRAIN_GAP), so the whole run from the
# introduction to the second copy must be verse; a caption said twice
# stands between paragraphs of prose.  The introduction is a sentence of
# this many words at least, not a list's label ("More from us:").
MIN_POEM_INTRODUCTION_WORDS = 5
MAX_POEM_LINES = 2 * MAX_STANZA_LINES


def _poems_opening_and_closing_on_a_line(stanzas: _Stanzas, repeated: Mapping[str, Sequence[int]]) -> list[range]:
    """Poems quoted whole whose first line comes back (see MAX_POEM_LINES):
    the run from the line after an introduction to the copy, every line of
    it a line that may be verse, alike in length."""
    found = []
    for indexes in repeated.values():
        first, last = indexes[0], indexes[-1]
        if first == 0 or not MAX_REFRAIN_GAP < last - first < MAX_POEM_LINES:
            continue
        if not (stanzas.introduces(first - 1) and stanzas.shape(first - 1).words >= MIN_POEM_INTRODUCTION_WORDS):
            continue
        poem = range(first, last + 1)
        # Inside the poem a line may end in a colon ("that asks each morning:").
        if all(stanzas.may_be_verse(index) or (stanzas.keys[index] and stanzas.introduces(index)) for index in poem) and stanzas.alike(poem):
            if _reads_as_verse(stanzas, poem):
                found.append(poem)
    return found


# Marks a line of verse ends on, one line of a poem at least: a list of
# headlines under "Here is what we are following:" ends on none, and opens
# every line in capitals.
VERSE_LINE_ENDS = tuple(",.;:!?…—-")


def _reads_as_verse(stanzas: "_Stanzas", poem: range) -> bool:
    """Whether one line of ``poem`` at least ends on punctuation or opens in
    lower case, as verse's lines run on; a list of headlines (a briefing's,
    its first headline said again at its end) does neither."""
    for index in poem:
        text = stanzas.lines[index].text.strip()
        if text.endswith(VERSE_LINE_ENDS) or text[:1].islower():
            return True
    return False


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
# The mark that ends a press release ("ENDS", "-ENDS-", "###", "-30-";
# Arabic "-انتهى-"): the release's own last line (UI109 keeps it, TX112
# judges the paragraph before it), no sentence cut off at its dash.
RELEASE_END = compile_cached(r"(?i)^(?:-\s*)?(?:ends|###|-30-|\*\*\*\s*ends\s*\*\*\*|انتهى)(?:\s*-)?$")
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
    if not any(FENCE.match(text) or INDENTED.match(text) or CODE_SYNTAX.search(text) for text in _may_be_code(document.text, texts)):
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


def _may_be_code(whole: str, texts: Sequence[str]) -> list[str]:
    """``list(filter(may_be_code, texts))`` for the lines of ``whole``: a
    character or a bracket the whole text lacks is in none of its lines, so
    the lines are asked only about those it holds (in most news, none of
    CODE_CHARACTERS), in one comprehension rather than a call and a
    generator per line."""
    characters = tuple(character for character in CODE_CHARACTERS if character in whole)
    bracket = "(" in whole
    return [
        text for text in texts
        if (characters and any(character in text for character in characters))
        or text.startswith(INDENTS)
        or text.rstrip().endswith(CODE_LINE_ENDS)
        or (bracket and "(" in text and DOTTED_CALL.search(text) is not None)
    ]


def _run_is_code(texts: Sequence[str], indented: Sequence[bool], run: Sequence[int]) -> bool:
    """Whether a run of indented or code lines is a sample of code: it holds
    a line in code's syntax, an indented line of markup, or enough indented
    lines."""
    return (
        any(CODE_SYNTAX.search(texts[i]) or indented[i] and MARKUP_LINE.match(texts[i]) for i in run)
        or sum(indented[i] for i in run) >= MIN_INDENTED_RUN
    )


# -- inline code ---------------------------------------------------------------

# A span of inline code, as Markdown writes it on a line of prose: a run of
# backticks, text that neither starts nor ends with a space, and a run of as
# many backticks (``KeyError: 'Supplier'``, ```f"{x}"```).  The opening run
# follows no letter or digit and the closing run is followed by none, so
# typewritten quotation marks (`Don't go,' she said. Then `Stop!') make no
# span: the next backtick there follows a space.
INLINE_CODE = compile_cached(r"(?<![`\p{L}\p{N}])(`+)(?!`)(?=\S)(.{1,500}?)(?<=[^\s`])\1(?![`\p{L}\p{N}])")


# A line of code by its syntax alone, neither fenced nor indented, is prose
# when it is this long: a paragraph that ends on an entity's semicolon
# ("…a miss either. br /&gt;") or on a bracket is still read by the rules of
# prose.  Code's lines are short; a fenced block's long comment is fenced.
MAX_UNFENCED_CODE_WORDS = 16


def find_code_spans(document: "Document") -> tuple[tuple[int, int], ...]:
    """The (start, end) offsets of the article's code, in the text's order:
    each line of code (:func:`find_code_lines`, line break left out; one in
    code's syntax alone only if shorter than MAX_UNFENCED_CODE_WORDS) and
    each span of inline code (INLINE_CODE, backticks included) on another
    line.  What is inside is no prose: its quotation marks quote nothing
    and its stops end no sentence."""
    code = document.code_lines
    text = document.text
    if not code and "`" not in text:
        return ()  # most articles
    spans: list[tuple[int, int]] = []
    fenced = False
    for line in document.lines:
        fence = FENCE.match(line.text) is not None
        inside = fenced or fence
        fenced = fenced != fence
        if line.number in code:
            if inside or INDENTED.match(line.text) or len(line.text.split()) < MAX_UNFENCED_CODE_WORDS:
                spans.append((line.start, line.end))
        elif "`" in line.text:
            spans.extend((line.start + match.start(), line.start + match.end()) for match in INLINE_CODE.finditer(line.text))
    return tuple(spans)
