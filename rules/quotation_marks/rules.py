"""QM101 unclosed-quote and QM102 unopened-quote."""
from __future__ import annotations

from typing import Any, Iterator, Mapping

from newslint import Document, Finding, Option, Rule

from .marks import analyse


class UnclosedQuote(Rule):
    options = {
        "paragraph-end-closes": Option(
            str,
            "Which quotations may be left open at the end of a paragraph that ends a sentence: "
            "straight (\"), all, or none.",
        )
    }

    code = "QM101"
    name = "unclosed-quote"
    summary = "Flags an opening quotation mark that is never closed in its paragraph."
    why = """
        A scraper that drops a closing quotation mark leaves the reader unable
        to tell where the quoted words end and the reporter's begin, and a
        quote attributed to the wrong speaker is a correction waiting to
        happen.  A quotation that runs over several paragraphs opens each one
        and closes only at the end; that convention is not reported, nor is
        a straight-quoted quotation left open at the end of a paragraph that
        ends a sentence: plain-text sources often drop that mark or run a
        quotation's paragraphs together (`paragraph-end-closes` sets which
        marks this applies to).  Apostrophes, inch and ditto marks are not
        quotation marks.
    """
    example = """
        During the call, Xi described “steady progress in their trade ties, and the bridge over the Amur
    """
    use_instead = """
        During the call, Xi described “steady progress” in their trade ties, and the bridge over the Amur
        “The first paragraph of a long quotation stays open.
        “The second one closes it,” the minister said of Russia’s ’90s reforms and a 65" screen.
        He said: "Plain-text sources often leave the last paragraph of a quotation open.
    """

    def check_document(self, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        report = analyse(document)
        for mark in report.unclosed:
            if mark.offset in report.open_to_paragraph_end and _may_stay_open(mark.char, options):
                continue
            yield Finding(mark.offset, mark.offset + 1, f"opening {mark.char} is never closed in its paragraph")


def _may_stay_open(char: str, options: Mapping[str, Any]) -> bool:
    setting = options["paragraph-end-closes"]
    return setting == "all" or (setting == "straight" and char == '"')


class UnopenedQuote(Rule):
    code = "QM102"
    name = "unopened-quote"
    summary = "Flags a closing quotation mark with no opening mark, at the sentence where the quotation should start."
    why = """
        When the opening mark of a quotation is lost, usually with the space
        before it, the quoted words read as the reporter's own.  The finding
        sits at the start of the sentence that ends in the orphan closing mark,
        where the opening mark most likely stood.
    """
    example = """
        Bilateral relations have maintained a sound momentum,” Xi said in the call.
    """
    use_instead = """
        “Bilateral relations have maintained a sound momentum,” Xi said in the call.
    """

    def check_document(self, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        for mark in analyse(document).unopened:
            start = _sentence_start(document, mark.offset)
            line, column = document.position(mark.offset)
            message = f"closing {mark.char} (column {column}) has no opening mark; the quotation probably starts here"
            yield Finding(start, mark.offset + 1, message)


def _sentence_start(document: Document, offset: int) -> int:
    for sentence in document.sentences:
        if sentence.start <= offset < sentence.end or sentence.end == offset:
            return sentence.start
    return document.line_at(offset).start
