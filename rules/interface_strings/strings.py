"""UI101 interface-string: a line that is a page's furniture from the catalogue."""
from __future__ import annotations

from typing import Any, Iterator, Mapping

import regex

from newslint import Document, Finding, Line, Option, Rule

from .catalogue import SEPARATOR, Entry, configured

# The tail of a prose line that may be a separate interface string: after a
# sentence end ("…the deal closed. Share this article").
TAIL = regex.compile(r"(?<=[.!?”\"])\s+(?P<tail>[^.!?]{2,60}?)[.!?:]*\s*$")
KIND_NAMES = {
    "player": "video player label",
    "sharing": "sharing or print button",
    "comments": "comments notice",
    "subscription": "subscription or paywall prompt",
    "cookie_and_consent": "cookie or consent banner",
    "navigation": "navigation link",
    "advertising": "advertising label",
    "credits_and_captions": "image credit or caption label",
    "related_and_popular": "related or most-read list heading",
    "configured": "interface string",
}


def describe(entries: list[Entry]) -> str:
    kinds = []
    for entry in entries:
        name = KIND_NAMES.get(entry.kind, entry.kind)
        if name not in kinds:
            kinds.append(name)
    return " and ".join(kinds)


class InterfaceString(Rule):
    code = "UI101"
    name = "interface-string"
    summary = "Flags a line (or a separated part of one) that is a page's interface: buttons, labels, notices."
    why = """
        A scraper that takes all the text of a page keeps its furniture: the
        video player's "Just watched", "Share this article", "Comments are
        closed", "Advertisement", cookie banners, "Read more".  It is not the
        article, and in a corpus it teaches a model to write it.  The strings
        come from a catalogue of nine kinds in ten languages, matched after
        folding case, spacing and punctuation; a line made only of such
        strings, separated or run together ("Email to a friendPrinter
        friendly"), or a prose line that ends in one after its last sentence,
        is reported.  The same words inside a sentence ("he urged readers to
        share the article") are prose and stay clean.
    """
    example = """
        The two leaders agreed to expand cooperation in energy and finance.
        Share this article
        방금 본
        Email to a friendPrinter friendly
        댓글이 닫혀 있습니다..
    """
    use_instead = """
        The two leaders agreed to expand cooperation in energy and finance.
        He urged readers to share the article and to leave a comment below it.
    """
    options = {
        "extra": Option(list, "More interface strings to flag (any language)."),
        "ignore": Option(list, "Catalogue strings never to flag here."),
    }

    def check_line(self, line: Line, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        text = line.text.strip()
        if not text or len(text) > 400:
            return
        catalogue = configured(tuple(options["extra"]), tuple(options["ignore"]))
        start = line.start + line.text.index(text[0])
        whole = catalogue.match(text)
        if whole is not None:
            yield Finding(start, start + len(text), f'{describe([whole])} left in the text: "{text}"')
            return
        parts = [part for part in SEPARATOR.split(text) if part.strip(" .")]
        if len(parts) >= 2:
            matched = [catalogue.match(part) for part in parts]
            if all(matched):
                yield Finding(start, start + len(text), f'{describe(matched)} left in the text: "{text}"')
                return
        glued = catalogue.glued(text) if len(text) <= 120 else None
        if glued:
            yield Finding(start, start + len(text), f'{describe(glued)} run together: "{text}"')
            return
        tail = TAIL.search(text)
        if tail:
            entry = catalogue.match(tail.group("tail"))
            if entry is not None and entry.kind not in ("navigation", "credits_and_captions"):
                tail_start = start + tail.start("tail")
                shown = tail.group("tail")
                yield Finding(tail_start, tail_start + len(shown), f'{describe([entry])} after the text: "{shown}"')
