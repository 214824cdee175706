"""A chorus or a verse line quoted twice in a review is the song's refrain
(Document.verse_lines), neither a caption said twice (UI106) nor a
duplicated passage (TX111); a caption said twice still is (trial11)."""

import pytest

from newslint import Linter

LAYOUTS = {"blank": "\n\n", "lines": "\n"}
CHORUS = [
    "Row, my bonny lad, row home to me,",
    "the tide is turning and the night is falling,",
    "row, my bonny lad, row home to me.",
]
REVIEW = (
    ["Review: the folk song everyone is singing this summer",
     "The band's new single is a traditional song from the north, arranged for five voices.",
     "The verses tell of a keelman who drowns on the river. The chorus comes back after each one:"]
    + CHORUS
    + ["By the third verse, the audience was singing along with them.",
       "The last verse is sung almost in a whisper, and then the chorus returns once more:"]
    + CHORUS
    + ["It is the best thing they have recorded in years."]
)


def findings(lines, separator, select):
    return [(d.line, d.code) for d in Linter(select=list(select)).lint_text(separator.join(lines) + "\n")]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_chorus_quoted_twice_is_clean(separator):
    assert findings(REVIEW, separator, ["UI106", "TX111"]) == []


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_caption_said_twice_is_still_ui106s(separator):
    article = REVIEW[:3] + ["Photo: the band on stage"] + REVIEW[3:8] + ["Photo: the band on stage"] + REVIEW[8:]
    assert [code for _, code in findings(article, separator, ["UI106"])] == ["UI106", "UI106"]
