"""The document model that every rule shares.

One :class:`Document` is one article.  Its text has CRLF and CR line ends turned
into LF, so line numbers are those an editor shows whatever the file used.
Everything else is derived on first use and kept: a rule that only looks at
lines never pays for sentence splitting or tokenising.

Positions are offsets into ``Document.text``; :meth:`Document.position` maps an
offset to a 1-based line and a 1-based column counted in Unicode code points
(what Python's ``str`` indexes), the convention newslint reports in.
"""
from __future__ import annotations

import bisect
import itertools
import math
import re
from typing import Any, Callable, Iterable, Iterator, Mapping, NamedTuple

import regex

from .pattern_cache import compile_cached, compile_re_cached

LINE_BREAK = compile_cached(r"\r\n|\r")

# A word: a letter, then letters, marks and digits, with inner apostrophes and
# hyphens kept ("Russia's", "Okonjo-Iweala", "rock'n'roll").
WORD = compile_cached(r"\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*")
# The same words as one capturing group: splitting the text on it gives the
# gaps and the words in turn, so their offsets are the running sum of their
# lengths, all computed in C (a match object per word costs three times as
# much; see Document.token_texts).
WORD_OR_GAP = compile_cached(f"({WORD.pattern})")
# A text whose letters, marks and digits are all ASCII (whatever its
# punctuation and spaces: curly quotes, dashes) has only ASCII words, which
# the standard library's re finds about three times as fast as regex's
# Unicode classes.  The same words, in ASCII: \p{L} is [A-Za-z] there, \p{N}
# is [0-9] and \p{M} nothing (tested).
NON_ASCII_WORD_CHARACTER = compile_cached(r"[[\p{L}\p{M}\p{N}]--[\x00-\x7f]]", regex.V1)
ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:['’\-][A-Za-z0-9]+)*")
ASCII_WORD_OR_GAP = re.compile(f"({ASCII_WORD.pattern})")

# Where a sentence may end: terminal punctuation, any closing quotes or brackets,
# then either white space or, for CJK full-width stops, nothing at all.  The
# stops of other scripts count too: Arabic ؟ and ۔, Devanagari । and ॥,
# Armenian ։, Ethiopic ።, Burmese ။, Tibetan །, Khmer ។ and ៕ and half-width ｡.
# A run of stops is taken whole, and only from its first stop: trying every
# stop of a long run again, and every shorter run, made a line of
# thousands of dots (hostile input) quadratic.  No match is lost: a shorter
# run, or one starting inside a run, ends before another stop, not before
# white space.
# Full stops written without a space after them (CJK).
FULL_WIDTH_STOPS = "。！？｡．"
SENTENCE_END = compile_cached(
    r"(?:(?<![.!?…؟۔।॥։።။།។៕])[.!?…؟۔।॥։።။།។៕]++[\"'”’»)\]]*+(?=\s)|[" + FULL_WIDTH_STOPS + r"]+[」』”’）】〕]*)"
)
# The stops SENTENCE_END wants white space after, and what may stand between.
SPACED_STOPS = ".!?…؟۔।॥։።။།។៕"
STOP_CLOSERS = "\"'”’»)]"
FULL_WIDTH_CLOSERS = "」』”’）】〕"
# regex's \s: Unicode's White_Space (str.isspace says yes to U+001C-U+001F
# too, \s does not).  Tested code point by code point.
REGEX_WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# SENTENCE_END's matches (tested), found by the standard library's re about
# 2.5 times as fast: every match opens with a stop of one class, which re
# skips to in C, where SENTENCE_END's opening look-behind has regex try
# every character.  A spaced run starts where the character before its
# first stop is none (the look-behind of two characters), and re's greedy
# runs (Python 3.10 has no possessive ones) find what the possessive ones
# do: a shorter run of stops or closers ends before a stop or a closer,
# never before white space.
SENTENCE_END_RE = compile_re_cached(
    "[" + re.escape(SPACED_STOPS + FULL_WIDTH_STOPS) + "]"
    "(?:(?<=[" + re.escape(SPACED_STOPS) + "])(?<![" + re.escape(SPACED_STOPS) + "][" + re.escape(SPACED_STOPS) + "])"
    "[" + re.escape(SPACED_STOPS) + "]*[" + re.escape(STOP_CLOSERS) + "]*(?=[" + REGEX_WHITE_SPACE + "])"
    "|(?<=[" + re.escape(FULL_WIDTH_STOPS) + "])[" + re.escape(FULL_WIDTH_STOPS) + "]*[" + re.escape(FULL_WIDTH_CLOSERS) + "]*)"
)
# What a line ends with when it ends a sentence (after closing quotes and
# brackets are taken off): the stops of every script above.
SENTENCE_STOPS = frozenset(".!?…;:。！？｡．؟۔।॥։።။།។៕")
# German closes a quotation with “ and ‘, Danish and Swiss German with « and ‹.
CLOSERS = "\"'”’“‘»«)]」』）】〕›‹"
# The marker of a list item: a bullet or dash, or a number or letter with ")" or ".".
# A capital and a full stop before another initial or a surname and a comma
# is a name's initial ("R. Patel, Histon", "J. K. Rowling"), not an item's letter.
LIST_MARKER = compile_cached(
    r"^\s*(?:[-–—•·◦▪▫►▸‣*+]\s+|(?:\d{1,3}|[a-z])[.)]\s+|[A-Z]\)\s+"
    r"|[A-Z]\.\s+(?!\p{Lu}\.\s|\p{Lu}[\p{Ll}'’-]+,)|\(\d{1,3}\)\s+|\d{1,3}[、．]\s*)"
)
# Scripts written without spaces between words.  A run of them counts as one
# word per CJK_CHARS_PER_WORD characters: Chinese words average 1.5 to 2
# characters and Japanese kana runs about as much, so two characters a word
# puts a CJK sentence of 40 characters at 20 words, as long as its English
# translation.
CJK_RUN = compile_cached(r"[\p{Han}\p{Hiragana}\p{Katakana}ー]+")
CJK_CHARS_PER_WORD = 2
FIRST_CJK = "\u2e80"
# Thai, Lao, Khmer and Myanmar write no spaces between words either (a
# space there parts phrases or sentences).  A run of them counts as one word
# per UNSPACED_CHARS_PER_WORD characters: a Thai word averages four to five
# code points with its vowel and tone marks ("รถไฟฟ้า" 7, "สาย" 3, "เปิด" 4),
# so four a word puts a Thai sentence of 60 characters at 15 words, as long
# as its English translation, and a menu's "ข่าว" or "กีฬา" at one.
UNSPACED_RUN = compile_cached(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]+")
UNSPACED_CHARS_PER_WORD = 4
FIRST_UNSPACED = "\u0e00"  # Thai's first code point; Lao, Myanmar and Khmer come after it
# Thai and Lao end a sentence with no mark (a space, or the end of the
# paragraph).  A line in them of this many words (as counted above) is a
# sentence by its length, as a line of prose ending in a stop is: a
# headline or a menu's item is shorter.  Khmer (។) and Myanmar (။) have
# stops of their own.
UNSTOPPED_SENTENCE_WORDS = 8
# Its last letter is Thai or Lao; a closing quotation mark may follow it
# (a quote ends the sentence: 'ผู้บริหารกล่าวว่า "…ง่ายขึ้น"'), or a figure
# after a space (a date or an amount ends it: '…ถึงวันที่ 31 มีนาคม 2570').
UNSTOPPED_LAST_LETTER = compile_cached(r"[\p{Thai}\p{Lao}](?:[\"'”’»」』）)]+|\s[\d\s.,%]*\d)?$")

# Words that end in a full stop without ending a sentence ("Mr. Putin", "U.S. officials").
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen lt col capt sgt st jr sr rev hon mt ft
    no vs etc inc ltd co corp dept univ est approx jan feb mar apr jun jul aug
    sep sept oct nov dec e.g i.e u.s u.k u.n a.m p.m""".split()
)


class cached_property:  # noqa: N801 - functools' name, which the properties below read as
    """:class:`functools.cached_property` without the lock Python 3.11's
    takes on every first read (3.12 dropped it: it held every instance of
    the class, not one).  A document is read by one thread; its two dozen
    properties are each computed once per article, and the lock was most of
    the cost of a cheap one.  Computed on first read and stored in the
    instance's ``__dict__``, which later reads find first."""

    def __init__(self, function: Callable[[Any], Any]):
        self.function = function
        self.name = function.__name__
        self.__doc__ = function.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.function(instance)
        return value


class Line(NamedTuple):
    number: int
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def is_blank(self) -> bool:
        return not self.text.strip()


class Paragraph(NamedTuple):
    """Consecutive non-blank lines; paragraphs are separated by blank lines."""

    first_line: int
    last_line: int
    start: int
    end: int
    text: str


class Sentence(NamedTuple):
    """A sentence inside one line (scraped text puts a paragraph on a line, so a
    sentence never runs across a line break)."""

    line: int
    start: int
    end: int
    text: str


class Token(NamedTuple):
    """A word, with its offsets in the document text."""

    start: int
    end: int
    text: str


class LineShape(NamedTuple):
    """What a line looks like, whatever its script: how rules tell prose from
    a button, a menu item or a headline without reading it.  ``text`` is the
    line without white space around it or a list marker before it."""

    text: str
    words: int
    ends_sentence: bool
    list_item: bool
    letters: int
    capitals: int
    digits: int
    # The level of a Markdown heading ("# Title" is 1, "## Teams" 2), 0 for a
    # line that is none: an extractor like html2text marks the page's
    # headline and subheadings so.
    heading: int = 0


def count_words(text: str, ascii_words: bool = False) -> int:
    """Words in a line of any script: words between spaces, and a run of CJK
    characters as one word per ``CJK_CHARS_PER_WORD`` characters.
    ``ascii_words`` says the caller knows every letter, mark and digit of
    the text is ASCII (see :attr:`Document.ascii_words`), as an ASCII text's
    are: its words are then counted by the ASCII pattern, faster."""
    if ascii_words or text.isascii():
        return len(ASCII_WORD.findall(text))  # no CJK letter, and WORD's words (tested)
    cjk = 0
    # No character of CJK_RUN comes before the CJK radicals (U+2E80), nor of
    # UNSPACED_RUN before Thai (U+0E00): a text below them (most lines
    # outside Chinese, Japanese and South-East Asian scripts) skips the scans.
    highest = max(text) if text else ""
    if highest >= FIRST_UNSPACED:
        for run, per_word in ((UNSPACED_RUN, UNSPACED_CHARS_PER_WORD), (CJK_RUN, CJK_CHARS_PER_WORD)):
            if run is CJK_RUN and highest < FIRST_CJK:
                continue
            counted = 0
            for match in run.finditer(text):
                counted += -(-len(match.group()) // per_word)
            if counted:
                cjk += counted
                text = run.sub(" ", text)
    return cjk + len(WORD.findall(text))  # WORD has no group: findall counts matches, in C


def ends_sentence(text: str) -> bool:
    """Whether a line ends as a sentence does, in any script.  Japanese and
    Chinese close a quoted sentence with 」 or 』 and often no stop before it;
    French sets a space (often a no-break one) before its closing guillemet
    (`… portés. »`)."""
    text = text.rstrip()
    if text.endswith(">"):
        # A tag the scrape left after the stop ("… had not arrived.<br>",
        # "… the end.</p>") is TX106's to report; the sentence still ended.
        text = TRAILING_TAGS.sub("", text)
    if text.endswith(("」", "』")):
        return True
    text = text.rstrip(CLOSERS).rstrip().rstrip(CLOSERS)
    return bool(text) and text[-1] in SENTENCE_STOPS


# HTML tags at a line's end, as a scrape leaves them: "<br>", "<br />", "</p>".
TRAILING_TAGS = compile_cached(r"(?:\s*</?[A-Za-z][A-Za-z0-9]{0,10}\s*/?>){1,8}$")


# Markdown, as an extractor like html2text writes a page: what the reader
# sees of a line is its heading's words, a link's text, an image's alt text,
# emphasised words without their stars.  Each piece is bounded and stops at
# its closing bracket or star, so a line is read in linear time.
MARKDOWN_HEADING = compile_cached(r"^#{1,6}[ \t]+(?=\S)")
MARKDOWN_HEADING_CLOSE = compile_cached(r"[ \t]+#+$")
MARKDOWN_LINK = compile_cached(
    r"!?\[([^\[\]\n]{0,500})\]\((?:[^()\s]{0,2000})(?:[ \t]+\"[^\"\n]{0,500}\")?\)"
)
# Bold by stars only: html2text writes no other, and "__init__" is code.
MARKDOWN_EMPHASIS = compile_cached(r"\*\*(?=\S)([^*\n]{1,500}?)(?<=\S)\*\*")
MARKDOWN_ITALIC = compile_cached(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,500}?)(?<=[^\s*])\*(?![\w*])")
# A line holds Markdown's inline markup only if it holds one of these.
MARKDOWN_INLINE_CHARACTERS = frozenset("[*")


def read_markdown(text: str) -> tuple[str, int]:
    """What a reader sees of a stripped line of Markdown, and its heading's
    level (0 for none): ``# Title`` is ``Title`` (level 1), ``[text](url)``
    is ``text``, ``![alt](url)`` is ``alt``, ``**bold**`` and ``*italic*``
    are their words.  A line with none of them comes back as it is."""
    level = 0
    if text[:1] == "#":
        heading = MARKDOWN_HEADING.match(text)
        if heading is not None:
            level = len(text) - len(text.lstrip("#"))
            text = MARKDOWN_HEADING_CLOSE.sub("", text[heading.end():])
    return _read_inline_markdown(text), level


def holds_any(text: str, characters) -> bool:
    """Whether ``text`` holds any of ``characters`` (single characters):
    one substring scan per character, in C.  ``not set.isdisjoint(text)``
    says the same, but hashes each of the text's characters in turn: on a
    paragraph of a few hundred characters, several times the cost of a few
    scans (the rules ask it of every line)."""
    return any(map(text.__contains__, characters))


def _read_inline_markdown(text: str) -> str:
    # A substring scan per character (in C), not isdisjoint, which walks
    # the line a character at a time in Python's set protocol: every line's
    # shape asks, and that walk was a third of the shapes' cost.
    if not any(map(text.__contains__, MARKDOWN_INLINE_CHARACTERS)):
        return text
    if "](" in text:
        text = MARKDOWN_LINK.sub(r"\1", text)
    if "**" in text:
        text = MARKDOWN_EMPHASIS.sub(r"\1", text)
    if "*" in text:
        text = MARKDOWN_ITALIC.sub(r"\1", text)
    return text.strip()


def strip_list_marker(text: str) -> tuple[str, bool]:
    """A line without its list marker ("- ", "• ", "1) ", "* "), and whether it had one."""
    match = LIST_MARKER.match(text)
    if match and match.end() < len(text):
        return text[match.end():], True
    return text, False


def line_shape(text: str, ascii_words: bool = False) -> LineShape:
    """The shape of a line (``ascii_words`` as for :func:`count_words`)."""
    stripped, list_item = strip_list_marker(text.strip())
    stripped, heading = read_markdown(stripped.strip())
    letters, capitals, digits = character_counts(stripped)
    words = count_words(stripped, ascii_words)
    return LineShape(
        stripped, words, _shape_ends_sentence(stripped, words, ascii_words), list_item, letters, capitals, digits, heading
    )


def _shape_ends_sentence(stripped: str, words: int, ascii_words: bool) -> bool:
    """Whether a line's stripped text ends a sentence: by its stop, or, in a
    script that writes none (Thai, Lao), by being a sentence's length."""
    return ends_sentence(stripped) or (
        words >= UNSTOPPED_SENTENCE_WORDS and not ascii_words and UNSTOPPED_LAST_LETTER.search(stripped) is not None
    )


# The shape of a line of white space or nothing: line_shape's for "" (tested).
BLANK_SHAPE = LineShape("", 0, False, False, 0, 0, 0)


# The ASCII characters str.isalpha, str.isupper and str.isdigit accept (no
# others in ASCII), and every ASCII byte.
ASCII_LETTER_BYTES = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))
ASCII_CAPITAL_BYTES = bytes(range(ord("A"), ord("Z") + 1))
ASCII_DIGIT_BYTES = b"0123456789"
ASCII_BYTES = bytes(range(128))


def character_counts(text: str) -> tuple[int, int, int]:
    """How many of the text's characters are letters, capitals and digits
    (``str.isalpha``, ``str.isupper``, ``str.isdigit`` of each).  The ASCII
    ones are counted by deleting bytes from the UTF-8 form (all in C: an
    ASCII character is one byte, and no byte of another character is
    ASCII); only the other characters are asked one by one."""
    data = text.encode("utf-8", "surrogatepass")
    size = len(data)
    letters = size - len(data.translate(None, ASCII_LETTER_BYTES))
    capitals = size - len(data.translate(None, ASCII_CAPITAL_BYTES))
    digits = size - len(data.translate(None, ASCII_DIGIT_BYTES))
    if size != len(text):
        others = data.translate(None, ASCII_BYTES).decode("utf-8", "surrogatepass")
        # map() over str methods keeps the per-character work in C.
        letters += sum(map(str.isalpha, others))
        capitals += sum(map(str.isupper, others))
        digits += sum(map(str.isdigit, others))
    return letters, capitals, digits


class Document:
    """One article, as rules see it."""

    def __init__(self, text: str, meta: Mapping[str, Any] | None = None):
        # Most texts hold no carriage return: a scan in C, not a regex pass.
        self.text = LINE_BREAK.sub("\n", text) if "\r" in text else text
        self.meta = dict(meta or {})
        self._memo: dict[str, Any] = {}
        self._kept: dict[str, Any] = {}

    def __repr__(self) -> str:
        return f"Document({len(self.text)} chars, {len(self.lines)} lines)"

    # -- lines and positions ------------------------------------------------

    @cached_property
    def lines(self) -> tuple[Line, ...]:
        lines = []
        start = 0
        for number, text in enumerate(self.text.split("\n"), start=1):
            lines.append(Line(number, start, text))
            start += len(text) + 1
        # A final newline ends the last line rather than starting an empty one.
        if len(lines) > 1 and lines[-1].text == "" and self.text.endswith("\n"):
            lines.pop()
        return tuple(lines)

    @cached_property
    def _line_starts(self) -> list[int]:
        return [line.start for line in self.lines]

    def line_at(self, offset: int) -> Line:
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return self.lines[max(index, 0)]

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based (line, column) of a text offset."""
        line = self.line_at(offset)
        return line.number, offset - line.start + 1

    @cached_property
    def shapes(self) -> tuple[LineShape, ...]:
        """The shape of each line (``shapes[line.number - 1]``): what
        :func:`line_shape` gives, its words counted from the document's
        tokens (see :meth:`_line_shape`)."""
        return tuple(map(self._line_shape, self.lines))

    def _line_shape(self, line: Line) -> LineShape:
        """``line_shape(line.text, self.ascii_words)``, the words counted
        among the document's tokens (two bisections), not by a scan of the
        line: the rules that read shapes read tokens too, and the scan was
        most of a line's shape.  The stripped text starts after white space
        or a list marker (which ends in white space, 、 or ．), and ends
        before white space or the line's end: no token runs over either
        end, and a token found there by the whole text's scan is one a scan
        of the stripped text alone finds (WORD has no look-around), so
        counting the tokens that start inside it counts its words.  A line
        holding CJK letters or a script written without spaces (Thai, Lao,
        Khmer, Myanmar) is counted by count_words: a run of them is words by
        its length."""
        text = line.text
        if not text or text.isspace():
            return BLANK_SHAPE  # a blank line (between many paragraphs): the shape of an empty one
        lstripped = text.lstrip()
        whole = lstripped.rstrip()
        marked, list_item = strip_list_marker(whole)
        stripped = marked.strip()
        source = stripped
        stripped, heading = read_markdown(stripped)
        letters, capitals, digits = character_counts(stripped)
        if stripped is not source and stripped != source:
            words = count_words(stripped, self.ascii_words)  # a link's address holds words the reader never sees
        elif not self.ascii_words and not stripped.isascii() and max(stripped) >= FIRST_UNSPACED:
            words = count_words(stripped)
        else:
            start = line.start + (len(text) - len(lstripped)) + (len(whole) - len(marked)) + (len(marked) - len(marked.lstrip()))
            starts = self.token_starts
            words = bisect.bisect_left(starts, start + len(stripped)) - bisect.bisect_left(starts, start)
        return LineShape(
            stripped, words, _shape_ends_sentence(stripped, words, self.ascii_words), list_item, letters, capitals, digits, heading
        )

    @cached_property
    def content_lines(self) -> tuple[Line, ...]:
        """The non-blank lines.  Scrapers differ in whether they put a blank
        line between blocks; rules that reason about neighbouring lines use
        these, so both layouts give the same findings on the same lines."""
        return tuple(line for line in self.lines if not line.is_blank)

    @cached_property
    def content_index(self) -> dict[int, int]:
        """Each non-blank line's place among :attr:`content_lines`, by line
        number: its neighbours there are ``content_lines[index ± 1]`` in
        either layout."""
        return {line.number: index for index, line in enumerate(self.content_lines)}

    def nearest_content_lines(self, number: int, reach: int) -> tuple[Line, ...]:
        """The ``reach`` nearest non-blank lines each side of line ``number``
        (a non-blank line), in order, the line itself left out: its
        neighbours in either layout."""
        index = self.content_index[number]
        lines = self.content_lines
        return lines[max(0, index - reach) : index] + lines[index + 1 : index + 1 + reach]

    # -- lines that are not prose -------------------------------------------

    @cached_property
    def verse_lines(self) -> frozenset[int]:
        """The numbers of the lines of verse: a stanza or a lyric quoted in
        the article, short lines whose sentence runs on from one to the next,
        a stanza that says its refrain again, or two stanzas the article
        introduces that share a line, in any script and punctuation (see
        :func:`newslint.line_kinds.find_verse_lines`).  A refrain is
        repeated there on purpose, and a line of it is no headline."""
        from .line_kinds import find_verse_lines

        return find_verse_lines(self)

    @cached_property
    def code_lines(self) -> frozenset[int]:
        """The numbers of the lines of code: a fenced block, lines in code's
        syntax, runs of indented lines (see
        :func:`newslint.line_kinds.find_code_lines`).  A tutorial's samples
        repeat their lines and write markup on purpose."""
        from .line_kinds import find_code_lines

        return find_code_lines(self)

    @cached_property
    def code_spans(self) -> tuple[tuple[int, int], ...]:
        """The (start, end) offsets of code in the text, in order: the lines
        of :attr:`code_lines` and Markdown's inline code on other lines
        (`` `KeyError: 'Supplier'` ``; see
        :func:`newslint.line_kinds.find_code_spans`).  A rule that reads
        prose (:attr:`newslint.rule.Rule.reads_prose`) finds nothing there."""
        from .line_kinds import find_code_spans

        return find_code_spans(self)

    def in_code(self, offset: int) -> bool:
        """Whether ``offset`` lies in one of :attr:`code_spans`."""
        spans = self.code_spans
        if not spans:
            return False
        index = bisect.bisect_right(spans, (offset, math.inf)) - 1
        return index >= 0 and offset < spans[index][1]

    # -- larger and smaller units -------------------------------------------

    @cached_property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        paragraphs = []
        block: list[Line] = []
        for line in self.lines + (Line(0, len(self.text), ""),):
            if line.is_blank:
                if block:
                    start, end = block[0].start, block[-1].end
                    paragraphs.append(
                        Paragraph(block[0].number, block[-1].number, start, end, self.text[start:end])
                    )
                    block = []
            else:
                block.append(line)
        return tuple(paragraphs)

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        sentences = []
        append = sentences.append
        for number, line_start, text in self.lines:
            if text.isspace() or not text:
                continue  # a blank line holds no sentence (split_sentences finds none)
            for start, end in sentence_bounds(text):
                append((number, line_start + start, line_start + end, text[start:end]))
        # Each Sentence made in C (tuple.__new__), not through the
        # NamedTuple's Python-level __new__, as Document.tokens does.
        return tuple(map(tuple.__new__, itertools.repeat(Sentence), sentences))

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds the text offset, or None (white space
        between sentences, a blank line)."""
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None

    # Tokens come in two forms.  The cheap one is three parallel tuples,
    # ``token_texts``, ``token_starts`` and ``token_ends`` (token i is
    # ``token_texts[i]`` at ``[token_starts[i], token_ends[i])``), made by one
    # regex split and a running sum, with no object per token: what a rule
    # that only reads words, or words line by line (with token_range), needs.
    # ``tokens`` builds the Token objects from them for the rules that want
    # them; both forms hold the same tokens in the same order.

    @cached_property
    def _token_arrays(self) -> tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]:
        splitter = ASCII_WORD_OR_GAP if self.ascii_words else WORD_OR_GAP
        parts = splitter.split(self.text)  # gap, word, gap, word, ..., gap
        texts = tuple(parts[1::2])
        # bounds[k] is where parts[k] ends: word i starts where gap i ends
        # (bounds[2i]) and ends at bounds[2i + 1].
        bounds = list(itertools.accumulate(map(len, parts)))
        return texts, tuple(bounds[0 : 2 * len(texts) : 2]), tuple(bounds[1::2])

    @cached_property
    def ascii_words(self) -> bool:
        """Whether every letter, mark and digit of the text is ASCII: its
        words can then be found by ASCII patterns (those of :data:`WORD` and
        of the language vote), faster."""
        return not NON_ASCII_WORD_CHARACTER.search(self.non_ascii_characters)

    @cached_property
    def non_ascii_characters(self) -> str:
        """The text's characters outside ASCII, in order (most articles: a few
        quotation marks, dashes and accented letters; none in many).  A
        pattern that only matches characters outside ASCII (a letter of a
        script other than Latin, say) finds one in the text if and only if
        it finds one here, a far shorter scan."""
        if self.text.isascii():
            return ""
        return self.text.encode("utf-8", "surrogatepass").translate(None, ASCII_BYTES).decode("utf-8", "surrogatepass")

    @cached_property
    def token_texts(self) -> tuple[str, ...]:
        """Each token's text, in order (``token_texts[i]`` is ``tokens[i].text``)."""
        return self._token_arrays[0]

    @cached_property
    def token_starts(self) -> tuple[int, ...]:
        """Each token's start offset (sorted; ``tokens[i].start``)."""
        return self._token_arrays[1]

    @cached_property
    def token_ends(self) -> tuple[int, ...]:
        """Each token's end offset (sorted, as tokens do not overlap; ``tokens[i].end``)."""
        return self._token_arrays[2]

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        # tuple.__new__ over the zipped arrays builds each Token in C, without
        # the Python-level __new__ a NamedTuple call goes through.
        return tuple(map(tuple.__new__, itertools.repeat(Token), zip(self.token_starts, self.token_ends, self.token_texts)))

    @cached_property
    def folded_tokens(self) -> tuple[str, ...]:
        """Each token's text case-folded (``folded_tokens[i]`` is ``tokens[i]``'s),
        computed once for the rules that compare words whatever their case."""
        texts = self.token_texts
        if not texts:
            return ()
        # One casefold of the joined texts: casefold looks at no neighbouring
        # character and never makes a line break, and no token holds one, so
        # splitting again gives each token's own casefold (tested).
        return tuple("\n".join(texts).casefold().split("\n"))

    @cached_property
    def token_types(self) -> frozenset[str]:
        """The distinct token texts: rules whose verdict depends only on the
        word judge each type once and skip an article none of whose types
        is suspect without walking its tokens."""
        return frozenset(self.token_texts)

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """The indices ``first, last`` of the tokens lying wholly inside
        ``[start, end)``: ``token_texts[first:last]`` are their texts."""
        first = bisect.bisect_left(self.token_starts, start)
        # Tokens do not overlap, so their ends are sorted as their starts are.
        return first, max(first, bisect.bisect_right(self.token_ends, end))

    def tokens_at(self, indices: Iterable[int]) -> dict[int, Token]:
        """``{index: tokens[index]}`` for the given indices, building only those
        tokens unless ``tokens`` has been built already: a rule that compares
        token texts wants the offsets of the few it reports."""
        if "tokens" in self.__dict__:
            tokens = self.tokens
            return {index: tokens[index] for index in indices}
        texts, starts, ends = self._token_arrays
        return {index: Token(starts[index], ends[index], texts[index]) for index in indices}

    def tokens_in(self, start: int, end: int) -> tuple[Token, ...]:
        """The tokens lying wholly inside ``[start, end)``."""
        first, last = self.token_range(start, end)
        return self.tokens[first:last]

    @property
    def mojibake(self):
        """The article's mojibake (a :class:`newslint.mojibake.MojibakeSpans`,
        worked out on first use and kept): TX104 reports it, and the rules
        that read single characters skip the characters inside it."""
        from .mojibake import MojibakeSpans

        return MojibakeSpans(self)

    # -- shared derived data ------------------------------------------------

    @cached_property
    def language(self):
        """The article's language (a :class:`newslint.language.Language`: code
        and script), or None for a text with no letters."""
        from .language import detect_language  # the word lists load on first use

        return detect_language(self)

    @cached_property
    def fitted_language(self):
        """The language whose word list the article's words fit (a
        :class:`newslint.language.Language`): :attr:`language`, or, for a
        Latin-script article the vote misread or cannot name, the known
        language that fits, else an unknown Latin-script language (code
        ``und``).  Rules that judge words against a language's list (ML,
        TX101-TX103) read this; rules that only need the vote read
        :attr:`language`."""
        from .language import fitted_language

        return fitted_language(self)

    def forget_memos(self) -> None:
        """Forget what rules memoised (:meth:`memo`), keeping what the
        document computed from its text alone (lines, shapes, tokens...).
        A memo may hold what the first rule to ask made of it with its own
        options (UI's catalogue, say, with UI101's extra entries): a
        document handed from one pass to the next must not keep one made
        by the rule that happened to ask first in the other pass."""
        self._memo = {}

    @property
    def foreign_spans(self):
        """The article's spans in another script or language (a
        :class:`newslint.foreign_spans.ForeignSpans`: each worked out on first use and kept)."""
        from .foreign_spans import ForeignSpans

        return ForeignSpans(self)

    def memo(self, key: str, compute: Callable[["Document"], Any]) -> Any:
        """Compute something about the document once and share it between rules
        (the article's language, say).  Keys are namespaced by convention:
        ``"ML.language"``."""
        try:
            return self._memo[key]
        except KeyError:  # the first rule to ask (a try costs nothing when it succeeds)
            value = self._memo[key] = compute(self)
            return value

    def kept_memo(self, key: str, compute: Callable[["Document"], Any]) -> Any:
        """:meth:`memo` for what :meth:`forget_memos` keeps: a value whose
        caller records in it every setting it was made with, and checks them
        when it reads it again (UI's layout analyses, made in the corpus
        pass and read in the checking pass)."""
        try:
            return self._kept[key]
        except KeyError:
            value = self._kept[key] = compute(self)
            return value


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Yield the (start, end) of each sentence in one line, white space trimmed."""
    return iter(sentence_bounds(text))


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """:func:`split_sentences` as a list: the (start, end) of each sentence
    in one line, white space trimmed.  One function with no generator
    inside (Document.sentences asks it of every line)."""
    bounds: list[tuple[int, int]] = []
    start = 0
    words: _WordsBefore | None = None
    for match in SENTENCE_END_RE.finditer(text):
        end = match.end()
        dot = match.start()
        if text[dot] == "." and not (dot >= LETTERS_BEYOND_ABBREVIATION and text[dot - LETTERS_BEYOND_ABBREVIATION : dot].isalpha()):
            # (The letters just before most stops are a word longer than any
            # abbreviation, which _word_before would find only to say None.)
            word = _word_before(text, dot)
            if word is _RUN_TOO_LONG:
                words = words or _WordsBefore(text)
                word = words.before(dot)
            if _is_abbreviation(word):
                continue
        _add_trimmed(bounds, text, start, end)
        start = end
    _add_trimmed(bounds, text, start, len(text))
    return bounds


# Characters taken off the front of the word before a full stop.
OPENERS_BEFORE_WORD = "(\"'“‘"
# No abbreviation, initial or acronym letter is longer than this.
LONGEST_ABBREVIATION = max(4, *map(len, ABBREVIATIONS))
NON_SPACE_RUN = re.compile(r"\S+")  # str.isspace's white space, as re's \s is
OPENERS_RUN = re.compile("[" + regex.escape(OPENERS_BEFORE_WORD) + "]*")


# This many letters just before a stop (none of them white space or an
# opener) are a word longer than any abbreviation: the stop ends a
# sentence, as _word_before would say.
LETTERS_BEYOND_ABBREVIATION = LONGEST_ABBREVIATION + 1
# How far before a full stop _word_before looks for the start of the word:
# far more than an abbreviation and the brackets and quotes before it.
WORD_BEFORE_WINDOW = 64
_RUN_TOO_LONG = object()


def _word_before(text: str, dot: int):
    """:meth:`_WordsBefore.before` for one stop, found from the characters
    just before it (most lines have a few stops and many words, and
    _WordsBefore finds every word's start); ``_RUN_TOO_LONG`` when the run
    of non-space characters ending at the stop reaches further back than
    WORD_BEFORE_WINDOW (a URL, a line of dots: _WordsBefore then)."""
    low = max(0, dot - WORD_BEFORE_WINDOW)
    window = text[low:dot]
    if not window or window[-1].isspace():
        run_start = dot  # the stop begins its run
    else:
        # rsplit(None) splits at str.isspace's white space, as \S+ runs end.
        run_start = dot - len(window.rsplit(None, 1)[-1])
        if run_start == low and low > 0:
            return _RUN_TOO_LONG
    word_start = min(OPENERS_RUN.match(text, run_start).end(), dot)
    if dot - word_start > LONGEST_ABBREVIATION:
        return None
    return text[word_start:dot].lower()


class _WordsBefore:
    """The word that ends at a full stop, each run of non-space characters
    found once per line: walking back from every stop to the word's start
    made a line of thousands of dots (hostile input) quadratic."""

    def __init__(self, text: str):
        self.text = text
        self.starts = [match.start() for match in NON_SPACE_RUN.finditer(text)]
        self.stripped: dict[int, int] = {}

    def before(self, dot: int) -> str | None:
        """The word before the stop at ``dot``, opening brackets and quotes
        taken off, lower case; None when it is longer than any abbreviation."""
        run_start = self.starts[bisect.bisect_right(self.starts, dot) - 1]
        word_start = self.stripped.get(run_start)
        if word_start is None:
            word_start = self.stripped[run_start] = OPENERS_RUN.match(self.text, run_start).end()
        word_start = min(word_start, dot)
        if dot - word_start > LONGEST_ABBREVIATION:
            return None
        return self.text[word_start:dot].lower()


# An acronym written with a stop after each letter, however long (C.E.O.).
DOTTED_ACRONYM = compile_cached(r"(?:\p{L}\.)+\p{L}")


def ends_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation, an initial or
    a dotted acronym (Co., U.S., C.E.O.) rather than a sentence: a mark after
    it may be a possessive's apostrophe (the U.S.' role)."""
    word = _word_before(text, dot)
    if word is _RUN_TOO_LONG:
        word = _WordsBefore(text).before(dot)
    return _is_abbreviation(word) or (isinstance(word, str) and DOTTED_ACRONYM.fullmatch(word) is not None)


def _is_abbreviation(word: str | None) -> bool:
    if word is None:
        return False
    if word in ABBREVIATIONS:
        return True
    # An initial ("J. K. Rowling") or a letter of an acronym ("U.S.").
    return len(word) == 1 and word.isalpha() or ("." in word and len(word) <= 4)


def _add_trimmed(bounds: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """Add ``(start, end)`` less the white space at either end, unless
    nothing else is left.  str.strip takes off what str.isspace calls white
    space, a character at a time walked in C."""
    piece = text[start:end]
    kept = piece.lstrip()
    if kept:
        start += len(piece) - len(kept)
        bounds.append((start, start + len(kept.rstrip())))
