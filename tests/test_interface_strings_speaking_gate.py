"""UI101's gate before SPEAKING_CUE (issue 14): the case-folded search by
the standard library's re finds every line SPEAKING_CUE finds, so the lines
the gate turns away are lines the cue would have turned away.  Texts are
written for these tests; speed is measured in tests/benchmarks/, never here."""
import re

import regex

from newslint.rules.interface_strings.strings import SPEAKING_CUE, SPEAKING_CUE_GATE, SPEAKING_CUE_SOURCE, may_speak

# Every character outside the surrogates, in one string: each letter of the
# cue is searched for in it once.
EVERY_CHARACTER = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)


def _folded(text: str) -> str:
    return text.casefold().replace("i\u0307", "i")


def test_every_character_a_cue_letter_matches_folds_to_that_letter():
    letters = {character for character in SPEAKING_CUE_SOURCE if character.isalpha()}
    assert {"c", "é", "н", "点", "ク"} <= letters
    for letter in letters:
        for character in regex.findall("(?i)" + regex.escape(letter), EVERY_CHARACTER):
            assert _folded(character) == letter, (letter, character)


def test_every_space_the_cue_matches_the_gate_matches():
    for character in regex.findall(r"\s", EVERY_CHARACTER):
        assert re.fullmatch(r"\s", _folded(character)), hex(ord(character))


LINES = [
    "CLICK HERE to subscribe", "İNBOX full? Empty it", "Clİck here", "If   YOU enjoyed this", "LIKED THIS story?",
    "loved reading it", "Liked this²", "liked the\u0301 show", "Gostou?", "Hat es Ihnen GEFALLEN?", "ПОНРАВИЛОСЬ?",
    "点此阅读", "クリック", "클릭하세요", "Visit our shop", "VISIT our shop", "He went to go to bed", "Boîte de réception",
    "BOÎTE", "APPRÉCIÉ", "We reserve\u00a0the right", "E-MAIL us", "Kelvin \u212aLICKEN", "tapas bar", "Ghost",
    "The minister said the plan would go ahead on Tuesday.", "Gustav Mahler wrote nine symphonies.",
]


def test_the_gate_finds_what_the_cue_finds():
    found = [bool(SPEAKING_CUE.search(line)) for line in LINES]
    assert [may_speak(line) for line in LINES] == found
    assert all(SPEAKING_CUE_GATE.search(_folded(line)) for line, cue in zip(LINES, found) if cue)
    assert sum(found) >= 15 and not all(found)  # both answers are tried
