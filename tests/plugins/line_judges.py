"""A rule that judges whole lines, for the engine's tests: a line that reads
"Subscribe ..." is page furniture, reported once as a line."""
from __future__ import annotations

from newslint import Finding, Rule, hookimpl


class SubscribeLine(Rule):
    code = "ZZ401"
    name = "subscribe-line"
    summary = "Flags a line that begins with Subscribe: page furniture."
    why = "A call to subscribe is not the article."
    example = "Subscribe now\n"
    use_instead = "The council met.\n"
    judges_whole_lines = True

    def check_line(self, line, document, options):
        stripped = line.text.strip()
        if stripped.startswith("Subscribe"):
            start = line.start + line.text.index(stripped)
            # "Subscribe!" alone is reported as the word only (not the line).
            end = start + (len("Subscribe") if stripped.endswith("!") else len(stripped))
            yield Finding(start, end, "furniture line")


@hookimpl
def newslint_rules():
    return [SubscribeLine]
