"""TX rules after the code review of main (helper rvtx): clean text that was
flagged (a song title, a song, a thank-you and a slogan said twice; short
words doubled as names), findings lost between TX110 and TX111 under a
user's settings, and doubled or glued punctuation.  Every article is written
for the project; each is tried in both layouts."""
import pytest

from newslint import Linter

LINTERS = {}


def found(codes, text, **settings):
    key = (tuple(codes), repr(sorted(settings.items())))
    if key not in LINTERS:
        LINTERS[key] = Linter(select=list(codes), **settings)
    return [(d.code, d.line, d.col) for d in LINTERS[key].lint_text(text)]


def both_layouts(*paragraphs):
    """The article in both layouts, each with the line of its second
    paragraph (the one the tests look at)."""
    spaced = "\n\n".join(paragraphs) + "\n"
    compact = "\n".join(paragraphs) + "\n"
    return [(spaced, 3), (compact, 2)]


# -- TX101: short words that are also names, doubled -----------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The giant panda An An, the oldest male in captivity, died in Hong Kong.",
        "Dancers performed Para Para routines at the club in Tokyo.",
        "Delegates at the Con Con voted on Tuesday.",
    ],
)
def test_short_words_doubled_as_names_stay_clean(line):
    for text, _ in both_layouts("Culture", line, "The end of the story."):
        assert found(["TX101"], text) == []


@pytest.mark.parametrize("line, pair", [("The The minister resigned.", "The The"), ("Der Der Minister trat zurück.", "Der Der")])
def test_doubled_articles_are_still_flagged(line, pair):
    for text, line_number in both_layouts("Politics", line, "The end of the story."):
        assert found(["TX101"], text) == [("TX101", line_number, line.index(pair) + 1)]
