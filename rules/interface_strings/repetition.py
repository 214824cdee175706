"""UI106-UI108: furniture recognised by repetition: a line repeated in an
article, a run of menu items, a line that recurs across a corpus."""
from __future__ import annotations

import collections
from typing import Any, Iterable, Iterator, Mapping

import regex

from newslint import Document, Finding, Line, Option, Rule

from .catalogue import normalise
from .shape import content, is_short

TRAILING_STAMP = regex.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?\s*$")
TERMINAL = frozenset(".!?…\"”’»)")


def line_key(text: str) -> str:
    """A line as compared for repetition: quotes, spacing, case and a
    trailing player duration folded away."""
    return normalise(TRAILING_STAMP.sub("", text))


class RepeatedLine(Rule):
    code = "UI106"
    name = "repeated-line"
    summary = "Flags a short line that occurs more than once in the same article, such as a repeated video caption."
    why = """
        A player or a gallery repeats its caption, and a scraper keeps every
        copy; an article does not say the same short line twice.  Lines are
        compared after folding case, quotation marks, spacing and a trailing
        duration, so `Russia's` matches `Russia’s` and `… 02:54`.
    """
    example = """
        China refusing to condemn Russia's actions in Ukraine
        The Kremlin said relations were at an all-time high.
        China refusing to condemn Russia’s actions in Ukraine 02:54
    """
    use_instead = """
        China refusing to condemn Russia's actions in Ukraine
        The Kremlin said relations were at an all-time high, and Beijing agreed.
    """
    options = {"max-words": Option(int, "Longest line (in words) that counts as furniture when repeated.")}

    def check_document(self, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        groups: dict[str, list[Line]] = collections.defaultdict(list)
        for line in document.lines:
            text = line.text.strip()
            if len(text) >= 3 and is_short(text, options["max-words"]) and any(char.isalpha() for char in text):
                groups[line_key(text)].append(line)
        for key, lines in groups.items():
            if len(lines) < 2 or not key:
                continue
            numbers = ", ".join(str(line.number) for line in lines)
            for line in lines:
                start, end, _ = content(line)
                yield Finding(start, end, f"line repeated on lines {numbers}: a caption or label, not prose")


class MenuRun(Rule):
    code = "UI107"
    name = "menu-run"
    summary = "Flags a run of three or more very short lines with no sentence punctuation: a menu or a list of links."
    why = """
        Navigation menus, section lists and link lists come out of a page as
        runs of one- or two-word lines ("Home", "World", "Business").  An
        article's subheadings stand alone between paragraphs, so they are not
        reported.
    """
    example = """
        Home
        World
        Business
        Sport
        The two leaders agreed to expand cooperation in energy and finance.
    """
    use_instead = """
        Trade ties

        Wednesday's call was also a chance for Putin and Xi to check in on trade.
    """
    options = {
        "min-lines": Option(int, "How many short lines in a row make a menu."),
        "max-words": Option(int, "Longest line (in words) that counts as a menu item."),
    }

    def check_document(self, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        run: list[Line] = []
        for line in document.lines + (None,):
            if line is not None and self._is_item(line.text.strip(), options):
                run.append(line)
                continue
            if len(run) >= options["min-lines"]:
                for item in run:
                    start, end, text = content(item)
                    yield Finding(start, end, f'menu item left in the text: "{text}" ({len(run)} in a row)')
            run = []

    @staticmethod
    def _is_item(text: str, options: Mapping[str, Any]) -> bool:
        return (
            is_short(text, options["max-words"])
            and text[-1] not in TERMINAL
            and any(char.isalpha() for char in text)
        )


class RecurringLine(Rule):
    code = "UI108"
    name = "recurring-line"
    summary = "Flags a short line that recurs in many articles of the same corpus: a site's furniture no catalogue knows."
    why = """
        A site's own boilerplate (its name, a publisher's line, a promotion,
        a legal notice) repeats on every page scraped from it, in words no
        catalogue can list.  Across a corpus it shows itself by recurring; a
        sentence of real news rarely recurs word for word in several articles.
        Needs the whole corpus: it runs when newslint checks many articles at
        once, and needs `min-articles` of them to share the line.
    """
    example = """
        Come see us again.
    """
    use_instead = """
        The two leaders agreed to expand cooperation in energy and finance.
    """
    options = {
        "min-articles": Option(int, "How many articles must share a line."),
        "max-words": Option(int, "Longest line (in words) that is judged."),
    }

    def collect(self, document: Document, options: Mapping[str, Any]) -> collections.Counter:
        keys = set()
        for line in document.lines:
            text = line.text.strip()
            if is_short(text, options["max-words"]) and any(char.isalpha() for char in text):
                keys.add(line_key(text))
        return collections.Counter(keys)

    def merge(self, partials: Iterable[collections.Counter], options: Mapping[str, Any]) -> collections.Counter:
        total: collections.Counter = collections.Counter()
        for partial in partials:
            total.update(partial)
        return total

    def check_in_corpus(self, document: Document, corpus: collections.Counter, options: Mapping[str, Any]) -> Iterator[Finding]:
        for line in document.lines:
            text = line.text.strip()
            if not is_short(text, options["max-words"]):
                continue
            count = corpus.get(line_key(text), 0)
            if count >= options["min-articles"]:
                start, end, _ = content(line)
                yield Finding(start, end, f"line recurs in {count} articles of the corpus: site furniture")
