"""UI on what trial16 (a new-user trial writing page furniture in its own
words) found, helper fxui16.

False alarm: a one-sentence closing paragraph an extractor doubled was "a
caption or label" (UI106) on both copies, because the copy, the article's
last line, had no paragraph after it; that also hid TX111's "paragraph
repeated" on the copy.  Misses: prompts phrased outside the templates (an
app to download, a newsletter with a purpose clause, a donation, a paywall
notice, a messaging channel to join, a "hot" label before a headline), a
cookie banner of two sentences only one of which is known, and share rows
("Label: network network", networks the list lacked, like and tweet
buttons in CJK).  The furniture here is phrased unlike the trial's lines,
to check that the templates generalise, and every test runs in both
layouts, on text written for these tests."""
import pytest

from lint_support import LAYOUTS, findings

CLOSING = "Residents can register for the new route at the town hall."
TOWN = [
    "Council approves new bus route to the hospital",
    "The council voted on Tuesday to run a new bus every twenty minutes between the station and the hospital.",
    "The route will be paid for by the parking charges the hospital introduced last spring, the council said.",
    "Patients' groups said the service was long overdue but asked for evening buses as well as daytime ones.",
]


# -- FA1: a closing paragraph doubled is a repeated passage, not a caption ----------


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_doubled_closing_paragraph_is_no_caption_but_a_repeated_passage(separator):
    found = findings(TOWN + [CLOSING, CLOSING], separator, select=("UI", "TX"))
    codes = [code for code, _ in found.get(CLOSING, [])]
    assert "UI106" not in codes, found
    assert codes == ["TX111"], found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_caption_repeated_at_the_end_is_still_flagged(separator):
    # A short caption, no sentence of the text's length, said again as the
    # article's last line: still a caption.
    caption = "Buses at the station on Tuesday."
    blocks = TOWN[:2] + [caption] + TOWN[2:] + [caption]
    assert "UI106" in {code for code, _ in findings(blocks, separator, select=("UI106",)).get(caption, [])}
