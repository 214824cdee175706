"""OC's shortcuts of speedoc18 answer what the full work answered: the
first and last lines of prose found from each end of the article, a line
of prose told by its first eight words, OC102's heading test asked only of
lines holding "#" (and no line shapes worked out for an article without
one), and best_shared reading the stems' weights _analyse listed.  Texts
are written for these tests; speed is measured in tests/benchmarks/speed.py,
never asserted here."""
from __future__ import annotations

import pytest

np = pytest.importorskip("numpy")

from newslint import Document  # noqa: E402
from newslint.rules.out_of_context import cohesion, rules  # noqa: E402

PROSE = "The harbour board met on Tuesday to discuss the new ferry timetable for the winter."
# OC102's options as config.yaml sets them.
OC102_OPTIONS = {"min-words": 3, "max-words": 14, "sentence-min-words": 8, "sentence-threshold": 4.5}
OTHER = "Pilots said the changes would cut waiting times at the northern quay by half."


def every_line_extent(document: Document) -> tuple[int, int]:
    """_prose_extent as it was: every line tested."""
    numbers = [line.number for line in document.lines if rules._is_prose(line.text)]
    return (numbers[0], numbers[-1]) if numbers else (0, 0)


@pytest.mark.parametrize(
    "text",
    [
        f"Ferry timetable changes\n\n{PROSE}\n\nMore to follow\n\n{OTHER}\n\nShare this article\n",
        f"{PROSE}\n{OTHER}",
        f"Ferry timetable changes\n\n{PROSE}\n\nBy Ann Lee\n",
        "Ferry timetable changes\n\nBy Ann Lee\n\nShare this article\n",
        "",
        f"\n\n   {PROSE}   \n\nCaption: the northern quay\n\n\t{OTHER}\t\n\n\n",
    ],
)
def test_the_prose_extent_found_from_each_end_is_every_lines(text):
    document = Document(text)
    assert rules._prose_extent(document) == every_line_extent(document)


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        ("Seven words here and none end it.", False),
        ("Eight words here and then it ends well.", True),
        ("  Eight  words\there and  then it ends\u00a0well.  ", True),
        ("Seven words  here\tand none end it.", False),
        ("Eight words here and then it ends, no stop", False),
        ("", False),
        ("   ", False),
        ("Nine words here and then it ends here, said Lee.”", True),
    ],
)
def test_a_line_of_prose_is_told_by_its_first_eight_words(text, prose):
    assert rules._is_prose(text) is prose
    assert rules._is_prose(text) == (len(text.split()) >= 8 and text.strip()[-1:] in rules.PROSE_ENDS)


def test_oc102_works_out_no_line_shapes_for_an_article_without_a_heading_mark():
    text = f"Ferry timetable changes\n\n{PROSE} {OTHER}\n\nA short line between\n\n{OTHER} {PROSE}\n"
    document = Document(text)
    list(rules.TeaserLine().check_document(document, OC102_OPTIONS))
    assert "shapes" not in vars(document)


def test_best_shared_reads_the_weights_analyse_listed():
    document = Document(f"Ferry timetable changes\n\n{PROSE} {OTHER}\n\nThe harbour board's ferry plan.\n")
    analysis = cohesion.analyse(document)
    for item in analysis.sentences:
        assert item._weights == [weight for weight, _ in item._terms.values()]
