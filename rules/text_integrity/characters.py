"""TX107 invisible-character: control, zero-width and formatting characters
that a page's markup hid and plain text shows (or worse, does not)."""
from __future__ import annotations

import unicodedata
from typing import Any, Iterator, Mapping

from newslint import Applicability, Document, Finding, Fixable, Line, Rule
from newslint.pattern_cache import compile_cached, compile_re_cached

# C0 controls but tab, C1 controls (a sign of cp1252 text read as Latin-1),
# zero-width space, word joiner, byte-order mark inside text, soft hyphen,
# and the bidirectional overrides and isolates.
SUSPECT = compile_cached(r"[\x00-\x08\x0b-\x1f\x7f\x80-\x9f\u200b\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069]")
# Zero-width (non-)joiners are spelling in Persian, Arabic and Indic scripts and
# in emoji sequences; beside a Latin, Cyrillic or Greek letter, with such a
# letter, a space, a digit or punctuation on the other side, they are debris
# ("trat\u200c", "The gallery \u200dreopened").
_CASED_LETTER = r"[\p{Latin}\p{Cyrillic}\p{Greek}]"
_NO_JOINER_USE = r"[^\p{L}\p{M}\p{So}\p{Sk}\u200c\u200d]"
JOINER_BESIDE_CASED_LETTER = compile_cached(
    rf"(?<={_CASED_LETTER})[\u200c\u200d](?={_CASED_LETTER}|{_NO_JOINER_USE}|$)"
    rf"|(?<=^|{_NO_JOINER_USE})[\u200c\u200d](?={_CASED_LETTER})"
)
JOINERS = ("\u200c", "\u200d")
# SUSPECT for a search of a whole article: the same characters, and the
# standard engine finds a character class several times faster.
SUSPECT_ANYWHERE = compile_re_cached(SUSPECT.pattern)
RIGHT_TO_LEFT = compile_cached(r"[\p{Arabic}\p{Hebrew}\p{Syriac}\p{Thaana}]")
BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Controls that stood for white space (vertical tab, form feed, the
# information separators): between two words they become a space.
SPACING_CONTROLS = frozenset("\x0b\x0c\x1c\x1d\x1e\x1f")


class InvisibleCharacter(Rule):
    code = "TX107"
    name = "invisible-character"
    outlives_line_verdicts = True  # the scrape's encoding, whatever the line is
    fixable = Fixable(Applicability.SAFE)
    summary = "Flags control, zero-width and soft-hyphen characters hidden in the text."
    why = """
        Invisible characters split words for search (`inter\\u00adnational`
        is not `international`), break tokenisers and string comparison, and
        control characters are what is left of bytes decoded in the wrong
        encoding.  Joiners in Persian, Arabic, Indic scripts and emoji, and
        bidirectional marks in right-to-left text, are spelling and are not
        reported, nor is a character inside mojibake (the soft hyphen of
        `Ã\u00ad`, í), which TX104 reports.
    """
    example = "The inter\u00adnational summit\u200b opened on Monday; the gallery \u200dreopened.\n"
    use_instead = """
        The international summit opened on Monday.
        The family emoji 👨‍👩‍👧, the flame heart ❤️‍🔥 and the Persian word می‌خواهم keep their joiners, as
        does the Hindi क्‍ष.
    """

    def may_find_in(self, document: Document) -> bool:
        text = document.text
        return SUSPECT_ANYWHERE.search(text) is not None or any(joiner in text for joiner in JOINERS)

    def check_line(self, line: Line, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        text = line.text
        if text.isascii() and text.isprintable():
            return
        right_to_left = RIGHT_TO_LEFT.search(text) is not None
        for pattern in (SUSPECT, JOINER_BESIDE_CASED_LETTER):
            for match in pattern.finditer(text):
                char = match.group()
                if char in BIDI and right_to_left:
                    continue
                if char == "\ufeff" and match.start() == 0 and line.number == 1:
                    continue  # a byte-order mark at the start of a file is the reader's business
                if document.mojibake.covers(line.start + match.start()):
                    continue  # a byte of a letter decoded wrongly ("Ã\u00ad", í): TX104's
                name = unicodedata.name(char, "control character")
                yield Finding(
                    line.start + match.start(),
                    line.start + match.end(),
                    f"invisible character U+{ord(char):04X} ({name.lower()})",
                    _repair(char, text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]),
                )


def _repair(char: str, before: str, after: str) -> str:
    """What replaces an invisible character: a C1 control is a cp1252 byte
    read as Latin-1, so it becomes the cp1252 character (\\x93 is a curly
    quote, as ftfy repairs it); a spacing control between two words a space;
    anything else nothing."""
    if "\x80" <= char <= "\x9f":
        try:
            return bytes([ord(char)]).decode("cp1252")
        except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
            return ""
    if char in SPACING_CONTROLS and before.strip() and after.strip():
        return " "
    return ""
