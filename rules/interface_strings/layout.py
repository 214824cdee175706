"""UI109 outside-article-body: short lines around the article's body."""
from __future__ import annotations

from typing import Any, Iterator, Mapping

import regex

from newslint import Document, Finding, Line, Option, Rule

from ..mixed_language.language import article_language, zipf

TERMINAL = frozenset(".!?…\"”’»):")
LIST_ITEM = regex.compile(r"^(?:[-–•*]\s|\d{1,2}[.)]\s)")


class OutsideBody(Rule):
    code = "UI109"
    name = "outside-article-body"
    summary = "Flags short lines before and after the article's body of prose: menus, teasers, footers."
    why = """
        A scraper that keeps a whole page puts the article's paragraphs in the
        middle and the page's menus, teaser headlines, footers and notices
        around them, and lists of other stories' headlines.  The body is the stretch of the text densest in prose
        (lines of many words that end a sentence); short lines outside it are
        furniture, and so is a line of up to `headline-words` words there that
        shares no content word with the body (another story's headline or a
        site's own notice).  The headline just above the body, anything else
        that reads as a sentence, list items, and a short line that is a paragraph of its
        own (edited text sets subheadings and figures apart with blank lines)
        are left alone; so is every line of a text with too little prose to
        tell where its body is.
    """
    example = """
        Home
        Sport
        Dock workers end strike at Rotterdam terminal
        Dock workers at Europe's largest container port voted on Tuesday to end a two-week strike.
        The agreement gives workers a 6.5% pay rise over two years and caps their night shifts.
        Port director Annelies van Dijk said the backlog of ships would take ten days to clear.
        Most popular stories this week
        Contact the newsroom
    """
    use_instead = """
        Dock workers end strike at Rotterdam terminal

        Dock workers at Europe's largest container port voted on Tuesday to end a two-week strike.
        The agreement gives workers a 6.5% pay rise over two years and caps their night shifts.
        Port director Annelies van Dijk said the backlog of ships would take ten days to clear.
    """
    options = {
        "prose-words": Option(int, "A line of at least this many words that ends a sentence is prose."),
        "min-prose-lines": Option(int, "Fewer prose lines than this, and no body is looked for."),
        "short-line-cost": Option(float, "How much a non-prose line weighs against a prose line (1.0) in the body."),
        "max-words": Option(int, "Longest line (in words) outside the body that is reported on its own."),
        "teaser-words": Option(int, "Longest line (in words) reported when it stands in a list of such lines."),
        "headline-words": Option(
            int, "Longest line (in words) outside the body reported when it shares no content word with the body."
        ),
    }

    def check_document(self, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        lines = [line for line in document.lines if not line.is_blank]
        prose = [self._is_prose(line.text, options) for line in lines]
        if sum(prose) < options["min-prose-lines"]:
            return
        first, last = _densest_span(prose, options["short-line-cost"])
        headline = self._headline(lines, prose, first)
        shaped = [self._is_furniture(line.text, options["teaser-words"]) for line in lines]
        body_words = None
        for index, line in enumerate(lines):
            if first <= index <= last or index == headline:
                continue
            in_list = shaped[index] and (
                (index > 0 and shaped[index - 1] and index - 1 != headline)
                or (index + 1 < len(lines) and shaped[index + 1] and index + 1 != headline)
            )
            if not (in_list or self._is_furniture(line.text, options["max-words"])):
                if len(line.text.split()) > options["headline-words"] or LIST_ITEM.match(line.text.strip()):
                    continue
                # Another story's headline: as long as a headline, and not one
                # content word in common with the article's body.
                body_words = body_words or _content_words(document, lines[first].start, lines[last].end)
                if _content_words(document, line.start, line.end) & body_words:
                    continue
            if _stands_alone(document, line):
                continue  # a paragraph of its own in edited text: a subheading or a table's figure
            text = line.text.strip()
            start = line.start + line.text.index(text[0])
            where = "before" if index < first else "after"
            yield Finding(start, start + len(text), f'short line {where} the article\'s body: "{_shown(text)}"')

    @staticmethod
    def _is_prose(text: str, options: Mapping[str, Any]) -> bool:
        text = text.strip()
        return len(text.split()) >= options["prose-words"] and text[-1] in TERMINAL

    @staticmethod
    def _is_furniture(text: str, max_words: int) -> bool:
        """Short, no sentence end, not an item of a list the article makes."""
        text = text.strip()
        return len(text.split()) <= max_words and text[-1] not in TERMINAL and not LIST_ITEM.match(text)

    @staticmethod
    def _headline(lines: list[Line], prose: list[bool], first: int) -> int | None:
        """The line that heads the body: the first line of a text whose
        paragraphs are set apart by blank lines, or else the nearest non-prose
        line of 3 to 15 words in the eight lines above the body (bylines,
        dates and captions often stand between)."""
        if first == 0:
            return None
        if len(lines) > 1 and lines[1].number > lines[0].number + 1:
            return 0  # the text sets its first line apart: a headline
        for index in range(first - 1, max(first - 9, -1), -1):
            if not prose[index] and 3 <= len(lines[index].text.split()) <= 15:
                return index
        return None


def _content_words(document: Document, start: int, end: int) -> set[str]:
    """The stems of the less common words between two offsets."""
    article = article_language(document)
    language = article.code if article else "en"
    words = set()
    for token in document.tokens_in(start, end):
        word = token.text.lower()
        if len(word) >= 3 and zipf(word, language) < 5.5:
            words.add(word[:6])
    return words


def _stands_alone(document: Document, line: Line) -> bool:
    """Whether blank lines (or the text's ends) surround the line."""
    lines = document.lines
    before = line.number == 1 or lines[line.number - 2].is_blank
    after = line.number == len(lines) or lines[line.number].is_blank
    return before and after


def _densest_span(prose: list[bool], cost: float) -> tuple[int, int]:
    """The stretch with the most prose lines net of the others (Kadane's
    maximum subarray, prose weighing 1 and other lines ``-cost``)."""
    best, best_first, best_last = 0.0, 0, -1
    running, first = 0.0, 0
    for index, is_prose in enumerate(prose):
        value = 1.0 if is_prose else -cost
        if running <= 0:
            running, first = value, index
        else:
            running += value
        if running > best:
            best, best_first, best_last = running, first, index
    return best_first, best_last


def _shown(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."
