"""TX108 doubled-punctuation and TX109 missing-space: sentence punctuation
damaged where text nodes were joined."""
from __future__ import annotations

from typing import Any, Iterator, Mapping

import regex

from newslint import Applicability, Document, Finding, Fixable, Line, Rule
from newslint.lazy_pattern import LazyPattern

# Two sentence marks where one belongs: "closed..", ",,", ";;", ",.".  An
# ellipsis (three or more dots, or ". . .") and "?!" are writing, and ".,"
# follows abbreviations ("A.D.,", "Inc.,"), so none of them is damage.
DOUBLED = LazyPattern(regex.compile, r"(?<![.])(?:\.\.(?![.])|,,+|;;+|::+|,\.(?![.]))")
# A sentence mark glued to the next sentence: "said.The", "closed.”The".
# Two lower-case letters before the mark keep out initials and
# abbreviations (U.S.Army, Ph.D), and the capital then lower-case letter
# after it keeps out domains, file names and version numbers.
MISSING_SPACE = regex.compile(r"(?<=\p{Ll}\p{Ll}[.!?][\"”’»)]?)(?=\p{Lu}\p{Ll})")
# "Amazon.Com", "News.Co.Uk": a capitalised top-level domain.
DOMAIN_ENDING = LazyPattern(regex.compile, r"(?:Com|Org|Net|Co|Uk|Gov|Edu|Info|Biz|Io|Tv|De|Fr)\b")
# From a word's start only: every match starts there anyway, and trying
# every character of a long word again made one line of thousands of dots
# (hostile input) quadratic.
URLISH = regex.compile(r"(?<!\S)\S*(?:://|www\.|@)\S*")
# What a line must hold for DOUBLED to match in it.
DOUBLED_PAIRS = ("..", ",,", ";;", "::", ",.")


class DoubledPunctuation(Rule):
    code = "TX108"
    name = "doubled-punctuation"
    fixable = Fixable(Applicability.SAFE)
    summary = "Flags doubled sentence punctuation: `closed..`, `,,`, `,.`."
    why = """
        Two full stops or two commas where one belongs are the seam between
        two text nodes that each carried their own punctuation, or a
        template's separator left behind.  Ellipses (`...`, `. . .`) and
        `?!` are written on purpose and are not reported.
    """
    example = """
        Comments are closed.. The vote was delayed,, officials said.
    """
    use_instead = """
        Comments are closed. The vote was delayed, officials said.
        "Well..." he said. Really?! The count ran 1...5, the file was v2.1, and it ended in 190 A.D., not later.
    """

    def may_find_in(self, document: Document) -> bool:
        return any(pair in document.text for pair in DOUBLED_PAIRS)

    def check_line(self, line: Line, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        text = line.text
        if not any(pair in text for pair in DOUBLED_PAIRS):
            return
        skip = _url_spans(text)
        for match in DOUBLED.finditer(text):
            if any(start <= match.start() < end for start, end in skip):
                continue
            yield Finding(
                line.start + match.start(),
                line.start + match.end(),
                f'doubled punctuation "{match.group()}"',
                match.group()[0],
            )


class MissingSpace(Rule):
    code = "TX109"
    name = "missing-space"
    fixable = Fixable(Applicability.SAFE)  # a space after the mark
    summary = "Flags a sentence that starts right after the previous one's full stop: `said.The`."
    why = """
        When paragraphs or text nodes are joined without a separator, the
        last sentence of one runs into the first of the next.  Sentence
        splitters then merge them, and word counts see a word that does not
        exist.  Initials and abbreviations (`U.S.Army`), domains, file names
        and version numbers are left alone.
    """
    example = """
        The minister resigned on Friday.The opposition called for an election.
    """
    use_instead = """
        The minister resigned on Friday. The opposition called for an election.
        Visit bbc.co.uk or Example.Com, read the U.S.Army memo and update to v2.1.Beta.
    """

    def may_find_in(self, document: Document) -> bool:
        return MISSING_SPACE.search(document.text) is not None

    def check_line(self, line: Line, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        skip = None
        for match in MISSING_SPACE.finditer(line.text):
            skip = skip if skip is not None else _url_spans(line.text)
            if any(start <= match.start() < end for start, end in skip):
                continue
            if DOMAIN_ENDING.match(line.text, match.start()):
                continue
            offset = line.start + match.start()
            # The mark (or closing quote) and the capital, with the space between them.
            repaired = f"{line.text[match.start() - 1]} {line.text[match.start()]}"
            yield Finding(offset - 1, offset + 1, "no space after the end of a sentence", repaired)


def _url_spans(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in URLISH.finditer(text)]
