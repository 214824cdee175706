"""Rules written for the engine's tests: a corpus rule, a crashing rule, a
line rule, a rule that is off by default in the tests' configuration, and a
formatter.  Loaded through the configuration's ``plugins`` setting."""
from __future__ import annotations

import collections

from newslint import Finding, Formatter, Option, Rule, Severity, hookimpl


class RepeatedAcrossCorpus(Rule):
    code = "ZZ301"
    name = "repeated-across-corpus"
    summary = "Flags a line that recurs in several articles of a corpus."
    why = "A line every article shares is page furniture."
    example = "Read more\n"
    use_instead = "A line of its own.\n"
    options = {"min-articles": Option(int, "How many articles must share the line.", 2)}

    def collect(self, document, options):
        return collections.Counter({line.text.strip() for line in document.lines if line.text.strip()})

    def merge(self, partials, options):
        total = collections.Counter()
        for partial in partials:
            total.update(partial)
        return total

    def check_in_corpus(self, document, corpus, options):
        for line in document.lines:
            count = corpus.get(line.text.strip(), 0)
            if line.text.strip() and count >= options["min-articles"]:
                yield Finding(line.start, line.end, f"line recurs in {count} articles")


class Crashes(Rule):
    code = "ZZ901"
    name = "always-crashes"
    summary = "Raises, to prove a crashing rule does not stop the run."
    why = "Plugins have bugs."
    example = "x\n"
    use_instead = "y\n"

    def check_document(self, document, options):
        raise ValueError("boom")


class ShoutedLine(Rule):
    code = "ZZ101"
    name = "shouted-line"
    severity = Severity.ERROR
    summary = "Flags a line written in capitals."
    why = "Capitals are a banner, not prose."
    example = "BREAKING NEWS\n"
    use_instead = "Breaking news\n"

    def check_line(self, line, document, options):
        letters = [char for char in line.text if char.isalpha()]
        if len(letters) >= 4 and all(char.isupper() for char in letters):
            yield Finding(line.start, line.end, "line in capitals")


class PipeFormatter(Formatter):
    def handle(self, d):
        self.output.write(f"{d.path}|{d.line}|{d.code}\n")


@hookimpl
def newslint_rules():
    return [RepeatedAcrossCorpus, Crashes, ShoutedLine]


@hookimpl
def newslint_formatters():
    return {"pipe": PipeFormatter}
