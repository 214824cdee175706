"""TX110 on a common word the text got stuck on mid-clause ("is now now now
now running"): the words TX110 allows as speech ("very, very, very") are a
loop from four copies joined by bare spaces between two lower-case words of
one clause, outside quotations; speech (quoted, after commas, after a verb
of saying or singing), sounds, titles and three copies stay clean.  Text
written for these tests, in both layouts."""
from __future__ import annotations

import pytest

from lint_support import flagged_spans, in_both_layouts

AROUND = {
    "en": ("Council report", "The council met on Monday to discuss the budget.", "The meeting ended at nine."),
    "de": ("Stadtrat", "Der Stadtrat hat am Montag über den Haushalt beraten.", "Die Sitzung endete um neun Uhr."),
    "es": ("Pleno", "El pleno se reunió el lunes para debatir el presupuesto.", "La sesión terminó a las nueve."),
}


def tx110(language: str, sentence: str) -> list[list[str]]:
    headline, before, after = AROUND[language]
    return [
        [span for code, span in flagged_spans(text, ("TX110",))]
        for text in in_both_layouts(headline, before, sentence, after)
    ]


@pytest.mark.parametrize(
    "language, sentence, copies",
    [
        ("en", "The bus was really really really really late again this morning.", "really really really"),
        ("en", "Prices have been rising again again again again since May.", "again again again"),
        ("en", "The scheme would help help help help families pay their rent.", "help help help"),
        ("en", "The club is now now now now top of the table after the win.", "now now now"),
        ("en", "It was much much much much colder than forecasters expected.", "much much much"),
        ("en", "The rain is very very very very heavy in the hills tonight.", "very very very"),
        ("en", "Ministers will never never never never agree to the tax, aides said.", "never never never"),
        ("en", "Voters were asked to wait wait wait wait wait for the final count.", "wait wait wait wait"),
        ("es", "El tren llegó muy muy muy muy tarde a la estación central.", "muy muy muy"),
        ("de", "Die Preise sind sehr sehr sehr sehr hoch geblieben, sagte der Verband.", "sehr sehr sehr"),
    ],
)
def test_common_word_stuck_mid_clause_is_a_loop(language, sentence, copies):
    assert tx110(language, sentence) == [[copies], [copies]]


@pytest.mark.parametrize(
    "sentence",
    [
        '"Very, very, very good," he said after the match.',
        '"No no no no," she shouted as the car rolled away.',
        "He said no, no, no, no to every offer from the club.",
        "It was very very very cold on the hill.",
        "The chorus of la la la la la rang out across the square.",
        "The crowd sang doo doo doo doo along with the band.",
        "The crowd sang yeah yeah yeah yeah with the band.",
        "The toddler kept saying more more more more at dinner.",
        "Fans shouted oh oh oh oh as the ball hit the post.",
        "She kept repeating again again again again. The judge stopped her.",
        "The song Now Now Now Now was a hit in 1988.",
        "The clock went tick tick tick tick through the night.",
    ],
)
def test_speech_sounds_titles_and_three_copies_are_clean(sentence):
    assert tx110("en", sentence) == [[], []]
