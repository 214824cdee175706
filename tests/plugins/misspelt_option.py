"""A rule that reads an option under a misspelt key, for the engine's tests."""
from __future__ import annotations

from newslint import Finding, Option, Rule, hookimpl


class MisspeltOption(Rule):
    code = "ZZ501"
    name = "misspelt-option"
    summary = "Flags short lines, but reads its option under a misspelt key."
    why = "Typos in plugins happen."
    example = "x\n"
    use_instead = "A longer line.\n"
    options = {"min-length": Option(int, "Shortest line left alone.", 3)}

    def check_line(self, line, document, options):
        if 0 < len(line.text) < options["min-lenght"]:
            yield Finding(line.start, line.end, "short line")


@hookimpl
def newslint_rules():
    return [MisspeltOption]
