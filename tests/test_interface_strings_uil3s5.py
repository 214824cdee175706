"""UI109's verdict, issue 10's L3S round five: the model weighs how much of
a line's neighbourhood the layout rule takes for furniture, and judges the
short sentences and list items after the body too.  Both layouts; ten
damaged pages written for this round (two of them missed, marked so), and
clean text that must stay clean.  Text written for the project."""
import pytest

from newslint import Document, Linter
from newslint.rules.interface_strings.layout import SHIPPED_OPTIONS, analysis
from newslint.rules.interface_strings.verdict import FEATURES, _near_furniture, judged, model
from lint_support import LAYOUTS

BODY = [
    "Harbour ferry service to resume after winter repairs",
    "The passenger ferry between the harbour and the island will run again from the first week of April, the operator said on Tuesday.",
    "The boat was taken out of the water in November so that its engines and hull could be repaired after a storm damaged the jetty.",
    "Islanders have had to use a smaller launch that carries twelve people and cannot sail when the wind rises above force six.",
    "The operator said the timetable would be the same as last summer, with the first crossing leaving the harbour at seven.",
    "Fares will rise by ten pence for adults, the first increase in three years, to pay for the new safety equipment on board.",
]
AFTER = len(BODY)


def lines_flagged(lines, separator):
    """Index in ``lines`` -> code of the first finding on it."""
    text = separator.join(lines) + "\n"
    step = separator.count("\n")
    found = {}
    for d in Linter(select=["UI"]).lint_text(text):
        found.setdefault((d.line - 1) // step, d.code)
    return found


def test_the_shipped_table_weighs_every_feature_by_name():
    fitted = model()
    assert fitted is not None and fitted.head is not None
    assert fitted.names == list(FEATURES)
    for table in (fitted, fitted.head):
        # The head zone's table, kept from the round before, reads the
        # features it was fitted on, by name.
        assert set(table.names) <= set(FEATURES)
        assert len(table.weights) == len(table.means) == len(table.scales) == len(table.names)
    assert "near_furniture" not in fitted.head.names
    # Furniture comes in runs: a neighbourhood of furniture counts for it.
    assert fitted.weights[fitted.names.index("near_furniture")] > 0


def test_near_furniture_is_the_share_of_neighbours_the_layout_rule_flags():
    page = BODY + ["About us", "Advertise with us", "Terms of use", "Cookie settings"]
    found = analysis(Document("\n".join(page) + "\n"), SHIPPED_OPTIONS)
    assert found is not None and found.last == AFTER - 1
    last = len(found.lines) - 1
    share = _near_furniture(found, last)
    neighbours = [other for other in (last - 2, last - 1)]
    assert share == sum(other in found.heuristic for other in neighbours) / 2
    assert share > 0
    # The body's lines are no line's neighbours: the first line after the
    # body counts only what lies outside it.
    assert _near_furniture(found, AFTER) == sum(other in found.heuristic for other in (AFTER + 1, AFTER + 2)) / 2


def test_a_short_sentence_after_the_body_is_judged_and_one_above_it_is_not():
    page = ["Stay safe."] + BODY + ["Comments", "Be kind to each other.", "Sign in to comment"]
    found = analysis(Document("\n".join(page) + "\n"), SHIPPED_OPTIONS)
    assert found is not None
    assert judged(found, len(page) - 2)  # after the body: the model weighs it
    assert found.first > 0 and not judged(found, 0)  # above it: left to the layout rule


# Ten damaged pages phrased for this round (not from the pages tuned on):
# (lines, indexes of the furniture).
DAMAGED = {
    "comment policy": (BODY + ["Comments", "Please keep the discussion civil and on topic.", "Sign in to comment"], [6, 7, 8]),
    "breadcrumb above the headline": (["Home / Local / Transport"] + BODY, [0]),
    "related headlines": (BODY + ["More on this", "Bus drivers vote to strike over pay", "New cycle lane opens on the coast road", "Library hours cut as council seeks savings"], [6, 7, 8, 9]),
    "share row": (BODY + ["Tell a friend", "Bookmark", "Print-friendly version"], [6, 7, 8]),
    "footer links": (BODY + ["About us", "Advertise with us", "Terms of use", "Cookie settings"], [6, 7, 8, 9]),
    "poll": (BODY + ["Quick poll", "Will you use the ferry this summer?", "Yes", "No", "See results"], [6, 7, 8, 9, 10]),
    "app promotion above the body": (["Get our free app for the latest headlines.", "Download now"] + BODY, [0, 1]),
    "sponsored teaser": (BODY + ["Sponsored", "Five hidden costs of owning a boat that nobody tells you about", "Find out more"], [6, 7, 8]),
    # Missed: a whole sentence after the body reads as the article's
    # (the question), and the last line, a sentence, is spared as its
    # closing line.
    "newsletter pitch": (BODY + ["Want stories like this in your inbox every morning?", "Enter your email", "No spam, unsubscribe any time."], [6, 7, 8]),
    # Missed: one sentence in plain words as the text's last line is the
    # article's closing line as far as the verdict can tell.
    "copyright notice in plain words": (BODY + ["All material on this site is the property of the publisher and may not be reproduced."], [6]),
}
MISSED = {"newsletter pitch", "copyright notice in plain words"}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize(
    "name", [pytest.param(name, marks=pytest.mark.xfail(strict=True, reason="missed, see the comment")) if name in MISSED else name for name in DAMAGED]
)
def test_ten_damaged_pages(name, separator):
    lines, furniture = DAMAGED[name]
    found = lines_flagged(lines, separator)
    assert set(found) == set(furniture)


def test_the_missed_pages_still_keep_their_body_clean():
    for name in MISSED:
        lines, furniture = DAMAGED[name]
        for separator in LAYOUTS.values():
            assert not set(lines_flagged(lines, separator)) - set(furniture)


CLEAN = {
    "subheadings and a dateline": [
        "Mill Lane footbridge approved",
        "LANCASTER, 3 March",
        "The town council voted on Monday night to build a footbridge across the river at Mill Lane, ending a long dispute.",
        "What happens next",
        "Work is expected to start in the spring, and the bridge should open before the end of next year if the weather is kind.",
        "Who pays",
        "The county will pay two thirds of the cost and the town the rest, from money set aside for roads over several years.",
    ],
    "a list and a table after the body": BODY + [
        "The new timetable, from April:",
        "- First crossing: 07:00",
        "- Last crossing: 19:30",
        "Adult | 4.10",
        "Child | 2.05",
        "Bicycle | 1.00",
    ],
    "closing short sentences": BODY + ["The first sailing is fully booked.", "Tickets go on sale today."],
    "Chinese prose": [
        "港口渡轮冬季维修后恢复运营",
        "运营公司周二表示，港口与岛屿之间的客运渡轮将于四月第一周恢复航行。",
        "去年十一月，这艘船被拖出水面，以便在暴风雨损坏码头后修理发动机和船体。",
        "岛上居民只能乘坐一艘可载十二人的小艇，风力超过六级时便无法出航。",
        "运营公司说，时刻表将与去年夏天相同，首班船早上七点从港口出发。",
        "成人票价将上涨十便士，这是三年来的首次上涨，用于支付船上的新安全设备。",
        "居民们说，他们希望渡轮这次能够按时恢复。",
    ],
}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("name", CLEAN)
def test_clean_text_stays_clean(name, separator):
    assert lines_flagged(CLEAN[name], separator) == {}
