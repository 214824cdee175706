"""TX104 mojibake: text decoded with the wrong encoding, and characters lost
to the replacement character."""
from __future__ import annotations

import difflib
import functools
import importlib.util
import os
from typing import Any, Callable, Iterator, Mapping

from newslint import Applicability, Document, Finding, Fixable, Line, Rule

REPLACEMENT = "\ufffd"


class Mojibake(Rule):
    code = "TX104"
    name = "mojibake"
    fixable = Fixable(Applicability.SAFE)  # ftfy's repair; a replacement character has none
    summary = "Flags text decoded with the wrong encoding (`â€™`, `Ã©`, `Â£`) and the replacement character `�`."
    why = """
        A page saved in UTF-8 and read as Windows-1252 (or the reverse) turns
        every accented letter, curly quote and dash into two or three
        characters of debris; a decoder that gave up leaves `�` where a
        character was.  The text is still readable to a human skimming it, so
        it survives into corpora and search indexes.  The repair is suggested
        when it can be computed (with ftfy, the field's standard tool); a
        replacement character cannot be repaired, only re-scraped.
    """
    example = """
        The minister said the plan wasnâ€™t dead, and that the cafÃ© would reopen with a Â£5 entry fee.
    """
    use_instead = """
        The minister said the plan wasn’t dead, and that the café would reopen with a £5 entry fee.
        São Paulo, Zürich and Kraków hosted the talks; “Ça va”, said the envoy.
    """

    def check_line(self, line: Line, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        text = line.text
        if text.isascii():
            return
        yield from _mojibake(line)
        index = text.find(REPLACEMENT)
        while index >= 0:
            end = index
            while end < len(text) and text[end] == REPLACEMENT:
                end += 1
            yield Finding(
                line.start + index,
                line.start + end,
                "replacement character: a character was lost when the page was decoded",
            )
            index = text.find(REPLACEMENT, end)


@functools.lru_cache(maxsize=1)
def _is_bad() -> Callable[[str], bool]:
    """ftfy's own mojibake test (``ftfy.badness.is_bad``), loaded from its
    file alone: the module needs only ``re``, while importing the ftfy
    package costs a tenth of a second at every start, most of a one-article
    run's share of TX.  The same function, so the same verdicts; the package
    is imported only for a line it calls bad.  Should a later ftfy's module
    not load on its own, the ordinary import is used."""
    try:
        spec = importlib.util.find_spec("ftfy")
        path = os.path.join(spec.submodule_search_locations[0], "badness.py")
        alone = importlib.util.spec_from_file_location("_newslint_ftfy_badness", path)
        module = importlib.util.module_from_spec(alone)
        alone.loader.exec_module(module)
        return module.is_bad
    except Exception:
        from ftfy.badness import is_bad

        return is_bad


def _mojibake(line: Line) -> Iterator[Finding]:
    if not _is_bad()(line.text):
        return
    import ftfy

    fixed = ftfy.fix_encoding(line.text)
    if fixed == line.text:
        return
    matcher = difflib.SequenceMatcher(None, line.text, fixed, autojunk=False)
    for tag, start, end, fixed_start, fixed_end in matcher.get_opcodes():
        if tag == "equal":
            continue
        broken, repaired = line.text[start:end], fixed[fixed_start:fixed_end]
        if REPLACEMENT in broken and not repaired:
            continue  # reported as a replacement character
        # An empty repair (a stray "Â" before a space) is a deletion; `probably ""`
        # read as an error of the linter's own.
        if not broken:  # an insertion: a point where the repair adds text
            message = f'mojibake: text decoded with the wrong encoding; "{repaired}" belongs here'
            yield Finding(line.start + start, line.start + start, message, repaired)
            continue
        advice = f'probably "{repaired}"' if repaired else "delete it"
        yield Finding(
            line.start + start,
            line.start + end,
            f'mojibake "{broken}": text decoded with the wrong encoding; {advice}',
            repaired,
        )
