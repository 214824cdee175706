"""TX104 mojibake: text decoded with the wrong encoding, and characters lost
to the replacement character (found by the document model, :mod:`newslint.mojibake`)."""
from __future__ import annotations

from typing import Any, Iterator, Mapping

from newslint import Applicability, Document, Finding, Fixable, Rule


class Mojibake(Rule):
    code = "TX104"
    name = "mojibake"
    fixable = Fixable(Applicability.SAFE)  # ftfy's repair; a replacement character has none
    outlives_line_verdicts = True  # the scrape's encoding, whatever the line is
    summary = "Flags text decoded with the wrong encoding (`â€™`, `Ã©`, `Â£`) and the replacement character `�`."
    why = """
        A page saved in UTF-8 and read as Windows-1252 (or the reverse) turns
        every accented letter, curly quote and dash into two or three
        characters of debris; a decoder that gave up leaves `�` where a
        character was.  The text is still readable to a human skimming it, so
        it survives into corpora and search indexes.  The repair is suggested
        when it can be computed (with ftfy, the field's standard tool); a
        replacement character cannot be repaired, only re-scraped.  Cyrillic
        saved as Windows-1251 and read as Windows-1252 (`ìèëëèàðäà ðóáëåé`
        for `миллиарда рублей`), which ftfy's test passes, is found as words
        of three or more letters all from Latin-1's upper half that read back
        as Russian, Ukrainian or Bulgarian words (no language writes such
        words: none in the corpus's clean text), and repaired.  Text in
        decomposed form (NFD, `Ã` written as `A` and a combining tilde) is
        examined composed, and reported where it stands as written.  A
        closing ” whose last byte was lost ("â€" and a space, which ftfy
        reads as a dagger) is repaired as ” where a quotation opened before
        it on the line.  A
        line that is mostly such debris from an encoding no repair undoes
        (Shift-JIS, GBK or EUC-KR read as Windows-1252, or a byte lost on
        the way) is one finding without a fix, and the quotation marks in
        it are not read as marks.
    """
    example = """
        The minister said the plan wasnâ€™t dead, and that the cafÃ© would reopen with a Â£5 entry fee.
    """
    use_instead = """
        The minister said the plan wasn’t dead, and that the café would reopen with a £5 entry fee.
        São Paulo, Zürich and Kraków hosted the talks; “Ça va”, said the envoy.
    """

    def check_document(self, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        # The document model finds them (TX107 and QM skip the characters
        # inside them); the rule reports them.
        yield from document.mojibake.findings
