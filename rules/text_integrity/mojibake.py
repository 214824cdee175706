"""TX104 mojibake: text decoded with the wrong encoding, and characters lost
to the replacement character (found by the document model, :mod:`newslint.mojibake`)."""
from __future__ import annotations

import unicodedata
from typing import Any, Iterator, Mapping

from newslint import Applicability, Document, Finding, Fixable, Rule
from newslint.pattern_cache import compile_cached

# Half-width katakana (ｶﾀｶﾅ, U+FF66-U+FF9F) belong to old terminals and the
# single-byte half of Shift-JIS; among full-width Japanese they are what a
# scraper or a conversion left of katakana (「ｺｰﾁの確保」 for 「コーチの確保」).
# A run of two or more opening on a letter, with Japanese (a kanji, a kana,
# 「」、。) on one side and Japanese, a space or the line's edge on the
# other: a kaomoji's ﾟ and ﾉ among brackets and symbols ("ｷﾀ━(ﾟ∀ﾟ)━") are
# left alone.  The repair is NFKC, which maps each to its full-width letter
# and joins the voicing marks (ｶﾞ to ガ).
HALF_WIDTH_KATAKANA = compile_cached(r"[\uff66-\uff9d][\uff66-\uff9f]+")
HALF_WIDTH_KANA = compile_cached(r"[\uff66-\uff9f]")
JAPANESE_BESIDE = compile_cached(r"[\p{Han}\p{Hiragana}\u30a0-\u30ff々「」『』、。（）\uff61-\uff65]")
# Full-width Japanese on the line: kana or kanji written the ordinary way.
FULL_WIDTH_JAPANESE = compile_cached(r"[\p{Hiragana}\u30a0-\u30ff\p{Han}]")


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
        it are not read as marks.  Half-width katakana among full-width
        Japanese (「ｺｰﾁの確保」, an old terminal's or Shift-JIS's single-byte
        letters left by a conversion) are repaired to full width (コーチ);
        a kaomoji among symbols and a line written all in half-width are
        left alone.
    """
    example = """
        The minister said the plan wasnâ€™t dead, and that the cafÃ© would reopen with a Â£5 entry fee.
        市の担当者は「ｺｰﾁの確保が課題だ」と話した。
    """
    use_instead = """
        The minister said the plan wasn’t dead, and that the café would reopen with a £5 entry fee.
        São Paulo, Zürich and Kraków hosted the talks; “Ça va”, said the envoy.
        市の担当者は「コーチの確保が課題だ」と話した。
    """

    def check_document(self, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        # The document model finds them (TX107 and QM skip the characters
        # inside them); the rule reports them.
        yield from document.mojibake.findings
        yield from _half_width_katakana(document)


def _half_width_katakana(document: Document) -> Iterator[Finding]:
    """Runs of half-width katakana on lines of full-width Japanese."""
    # A scan in C of the text's few characters outside ASCII, not a Python
    # test of every character (most articles hold no half-width kana).
    if HALF_WIDTH_KANA.search(document.non_ascii_characters) is None:
        return
    for line in document.lines:
        if FULL_WIDTH_JAPANESE.search(line.text) is None:
            continue  # a line all in half-width: a terminal's or a ticker's own writing
        for match in HALF_WIDTH_KATAKANA.finditer(line.text):
            run = match.group()
            sides = (line.text[match.start() - 1 : match.start()], line.text[match.end() : match.end() + 1])
            japanese = [bool(side) and JAPANESE_BESIDE.match(side) is not None for side in sides]
            if not any(japanese) or not all(ok or side.strip() == "" for ok, side in zip(japanese, sides)):
                continue  # among symbols: a kaomoji, not a word
            yield Finding(
                line.start + match.start(), line.start + match.end(), f'half-width katakana "{run}"', unicodedata.normalize("NFKC", run)
            )
