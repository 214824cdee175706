"""What the rule tests share: the two layouts every detection test runs in,
and the findings of a text in the forms the tests compare."""
from __future__ import annotations

from newslint import Linter

# One block a line, and a blank line between blocks: scrapers write both, and
# a rule must find the same lines in each.
LAYOUTS = {"lines": "\n", "blank": "\n\n"}


def in_both_layouts(*blocks: str) -> list[str]:
    """The article with a blank line between blocks, and with none."""
    return [separator.join(blocks) + "\n" for separator in ("\n\n", "\n")]


def findings(blocks, separator, select=("UI",), **settings):
    """{block text: [(code, message)]} for the blocks laid out with ``separator``."""
    text = separator.join(blocks) + "\n"
    lines = text.split("\n")
    found = {}
    for diagnostic in Linter(select=list(select), **settings).lint_text(text):
        found.setdefault(lines[diagnostic.line - 1], []).append((diagnostic.code, diagnostic.message))
    return found


def findings_by_block(body, line, place, separator, select=None):
    """Index of each block -> its findings ("CODE message"), for ``body``'s
    blocks with ``line`` put in at index ``place``, laid out with
    ``separator``; all families, or those of ``select``."""
    blocks = body[:place] + [line] + body[place:]
    step = separator.count("\n")
    linter = Linter(select=list(select)) if select else Linter()
    found = {}
    for d in linter.lint_text(separator.join(blocks) + "\n"):
        found.setdefault((d.line - 1) // step, []).append(f"{d.code} {d.message}")
    return found


def codes_and_places(linter, text):
    """Each finding's code, line and column, in the order reported."""
    return [(d.code, d.line, d.col) for d in linter.lint_text(text)]


def findings_and_mark(linter, blocks, separator):
    """(code, line, column) of each finding, with ``¦`` in the blocks marking
    where a lost quotation mark belonged, and that place's (line, column)."""
    text = separator.join(blocks) + "\n"
    at = text.index("¦")
    text = text.replace("¦", "")
    line = text.count("\n", 0, at) + 1
    column = at - (text.rfind("\n", 0, at) + 1) + 1
    return codes_and_places(linter, text), (line, column)


def first_ui_finding_by_block(lines, separator, code=None):
    """Index in ``lines`` -> the first UI finding on it ("CODE message"), of
    ``code`` if given."""
    text = separator.join(lines) + "\n"
    step = separator.count("\n")
    found = {}
    for d in Linter(select=["UI"]).lint_text(text):
        if code is None or d.code == code:
            found.setdefault((d.line - 1) // step, f"{d.code} {d.message}")
    return found


def flagged_spans(text: str, select=("TX",)) -> list[tuple[str, str]]:
    """(code, flagged text) of each finding."""
    lines = text.split("\n")
    out = []
    for d in Linter(select=list(select)).lint_text(text):
        line = lines[d.line - 1]
        out.append((d.code, line[d.col - 1 : d.end_col - 1] if d.end_line == d.line else line[d.col - 1 :]))
    return out


def flagged_codes(text: str, select=("TX",)) -> list[str]:
    """The code of each finding, in the order reported."""
    return [code for code, _ in flagged_spans(text, select)]
