"""A line said over and over under different introductions is a page's
label, not a refrain a review quotes: past MAX_REFRAIN_COPIES copies the
verse exemption no longer holds, and UI106 reports the copies (review12)."""

from newslint import Linter
from newslint.line_kinds import MAX_REFRAIN_COPIES

PARAGRAPH = "The council published its list of road closures for the holiday weekend on Friday afternoon."


def test_a_line_said_more_often_than_a_refrain_is_reported():
    blocks = [PARAGRAPH]
    for item in range(MAX_REFRAIN_COPIES + 4):
        blocks += [
            f"Closure {item} of the weekend affects these streets:",
            "Carrow Road and the bridge",
            "Mill Lane from the roundabout",
            "Carrow Road and the bridge",
            PARAGRAPH.replace("Friday", f"day {item}"),
        ]
    text = "\n".join(blocks) + "\n"
    assert sum(d.code == "UI106" for d in Linter(select=["UI106"]).lint_text(text)) > MAX_REFRAIN_COPIES
