"""UI109's verdict, issue 10's L3S round six: what stands past a copyright
notice after the body is the page's footer, and a run of titles dated in
brackets after the body is a list of other stories.  Both layouts; ten
damaged pages written for this round (three of them partly missed, marked
so), and clean text that must stay clean.  Text written for the project."""
import pytest

from newslint import Document
from newslint.rules.interface_strings.layout import SHIPPED_OPTIONS, analysis
from newslint.rules.interface_strings.verdict import _dated_title
from lint_support import LAYOUTS, first_ui_finding_by_block

BODY = [
    "Coast road reopens after landslip clearance",
    "The coast road between Penmore and Saltby reopened on Friday morning, nine weeks after a landslip buried a stretch of it under mud and rock.",
    "Engineers spent most of the winter stabilising the cliff above the road with steel netting and drains to carry rainwater away from the slope.",
    "Bus services that had been diverted through the hills will return to their usual route from Monday, the county council said in a statement.",
    "Shopkeepers in Saltby said trade had fallen by almost half while the road was shut, because visitors could not reach the village easily.",
    "The council said it would keep a speed limit of thirty miles an hour on the repaired stretch until the new surface has settled properly.",
]
AFTER = len(BODY)


flagged = first_ui_finding_by_block


FOOTER = [
    "© 2025 The Coastal Courier. All rights reserved.",
    "The Coastal Courier is part of Seaview Media Group.",
    "Printed at the Quay Road works in Penmore.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_every_line_past_a_copyright_notice_after_the_body_is_the_footer(separator):
    found = flagged(BODY + FOOTER, separator)
    assert set(found) == set(range(AFTER, AFTER + len(FOOTER)))
    assert found[AFTER].startswith("UI104")  # the notice itself is UI104's
    for index in (AFTER + 1, AFTER + 2):
        assert "past the page's copyright notice" in found[index]
    assert not set(found) & set(range(AFTER))


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_the_article_past_the_body_before_the_notice_is_not_footer(separator):
    # A results table and a last short line stand between the body and the
    # notice: the rule looks only past the notice.
    table = ["Saltby | 12 | 4", "Penmore | 9 | 6", "Tregarth | 7 | 8"]
    lines = BODY + ["Repairs per village so far:"] + table + ["© 2025 The Coastal Courier"]
    found = flagged(lines, separator)
    assert set(found) == {len(lines) - 1}
    # A copyright notice that ends the text leaves nothing to flag.
    assert set(flagged(BODY + ["Copyright 2025 The Coastal Courier"], separator)) == {AFTER}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_credit_line_inside_the_body_is_no_notice_that_ends_the_article(separator):
    # A photo's credit between paragraphs reads as a copyright notice; the
    # body runs on past it, and its paragraphs are the article's.
    lines = BODY[:3] + ["© Tom Ellery"] + BODY[3:]
    found = flagged(lines, separator)
    assert not set(found) - {3}


ARCHIVE = [
    "Landslip closes coast road for the winter (14 November 2024)",
    "Cliff netting contract awarded to local firm (2 December 2024)",
    "Traders ask for help as visitors stay away (January 20, 2025)",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_titles_dated_in_brackets_after_the_body_are_a_list_of_other_stories(separator):
    found = flagged(BODY + ARCHIVE, separator)
    assert set(found) == {AFTER, AFTER + 1, AFTER + 2}
    assert all("each dated in brackets" in found[index] for index in found)


def test_what_is_a_dated_title():
    assert _dated_title("Landslip closes coast road for the winter (14 November 2024)")
    assert _dated_title("Traders ask for help (January 20, 2025)")
    assert _dated_title("Cliff works finish a week early（2025年3月4日）")  # full-width brackets
    assert not _dated_title("The Long Road Home (2019)")  # a year alone: a work in a list
    assert not _dated_title("Dr Ann Pask (born 4 May 1960)")  # a person, not a date alone
    assert not _dated_title("Road reopens (Friday)")  # no year
    assert not _dated_title("Closed (4 May 2024)")  # too short to be a title
    assert not _dated_title("4 May 2024: Road reopens after the landslip")  # a timeline's entry: its date first
    assert not _dated_title("Saltby 2-1 Penmore (4 May 2024)")  # a result


CLEAN = {
    "awards list dated by year": BODY + [
        "Previous winners of the village prize:",
        "The Long Road Home, by Ann Pask (2019)",
        "Salt and Stone, by Tom Ellery (2021)",
        "A Year on the Cliffs, by Ruth Penhale (2023)",
    ],
    "timeline with its dates first": BODY + [
        "Timeline:",
        "14 November 2024: landslip closes the road",
        "2 December 2024: netting contract awarded",
        "20 January 2025: traders ask for help",
        "7 March 2025: the road reopens",
    ],
    "dated rulings the article introduces": BODY + [
        "Earlier rulings on the cliff path:",
        "Council must fence the path, inspector finds (14 November 2019)",
        "Landowner wins appeal over access rights (2 December 2021)",
        "Path to stay closed until repairs are made (20 January 2023)",
    ],
    "results with their dates": BODY + [
        "Cup results",
        "Saltby 2-1 Penmore (4 May 2024)",
        "Tregarth 0-0 Saltby (11 May 2024)",
        "Penmore 3-2 Tregarth (18 May 2024)",
    ],
    "two dated references": BODY + [
        "Landslip closes coast road for the winter (14 November 2024)",
        "Cliff netting contract awarded to local firm (2 December 2024)",
    ],
    "subheadings, a dateline and a list": [
        "Coast road reopens after landslip clearance",
        "PENMORE, 7 March",
        BODY[1],
        "What changes for buses",
        BODY[3],
        "The new stops are:",
        "- Saltby harbour",
        "- Penmore church",
        BODY[4],
        BODY[5],
    ],
    "code in a tutorial": [
        "Reading a sensor's log with Python",
        "This short guide shows how to read the readings that a weather station writes to a file each hour of the day.",
        "Open the file and read each line into a list before you parse the timestamps that begin every reading.",
        "with open('log.txt') as handle:",
        "    rows = handle.readlines()",
        "print(len(rows))",
        "The list now holds one reading a line, and the program prints how many readings the station wrote today.",
        "From here the readings can be averaged by hour, which the next part of this guide explains in more detail.",
    ],
    "Chinese prose": [
        "沿海公路塌方清理后重新开放",
        "彭莫尔与索尔特比之间的沿海公路周五上午重新开放，距离塌方掩埋路段已经过去九周。",
        "工程人员整个冬天都在用钢网和排水沟加固公路上方的悬崖，把雨水引离山坡。",
        "县议会在声明中说，绕行山区的公交线路将从周一起恢复原来的路线。",
        "索尔特比的店主说，公路封闭期间游客难以到达，生意几乎减少了一半。",
        "议会表示，在新路面完全稳定之前，修复路段将继续限速每小时三十英里。",
        "© 2025 沿海信使报",
    ],
    "Arabic prose": [
        "إعادة فتح الطريق الساحلي بعد إزالة الانهيار الأرضي",
        "أعيد فتح الطريق الساحلي بين القريتين صباح يوم الجمعة بعد تسعة أسابيع من انهيار أرضي دفن جزءا منه تحت الطين والصخور.",
        "قضى المهندسون معظم فصل الشتاء في تثبيت الجرف فوق الطريق بشبكات فولاذية وقنوات لتصريف مياه الأمطار بعيدا عن المنحدر.",
        "وقال مجلس المقاطعة في بيان إن خدمات الحافلات التي حولت عبر التلال ستعود إلى مسارها المعتاد اعتبارا من يوم الاثنين.",
        "وقال أصحاب المتاجر إن التجارة تراجعت بنحو النصف أثناء إغلاق الطريق لأن الزوار لم يتمكنوا من الوصول إلى القرية بسهولة.",
        "وأضاف المجلس أنه سيبقي على حد للسرعة على الجزء الذي تم إصلاحه حتى يستقر السطح الجديد بشكل كامل.",
    ],
}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("name", CLEAN)
def test_clean_text_stays_clean(name, separator):
    found = flagged(CLEAN[name], separator)
    if name == "Chinese prose":  # the notice is UI104's, and nothing follows it
        assert set(found) == {len(CLEAN[name]) - 1} and found[len(CLEAN[name]) - 1].startswith("UI104")
    else:
        assert found == {}


def test_both_layouts_find_the_same_body():
    lines = BODY + FOOTER
    spans = []
    for separator in LAYOUTS.values():
        document = Document(separator.join(lines) + "\n")
        found = analysis(document, SHIPPED_OPTIONS)
        spans.append((found.first, found.last))
    assert spans[0] == spans[1] == (1, AFTER - 1)


# Ten damaged pages phrased for this round, not from the pages tuned on:
# (lines, indexes of the furniture).
DAMAGED = {
    # Missed: the publisher's line and the company line are sentences of
    # prose length, so the body runs on over the notice to them; the rule
    # looks past a notice after the body only (inside it, a photo's credit
    # reads the same).
    "publisher footer past the copyright line": (BODY + [
        "© 2025 The Coastal Courier",
        "The Coastal Courier is published by Seaview Press Ltd, 4 Quay Road, Penmore.",
        "Registered in England and Wales, company number 0412345.",
    ], [6, 7, 8]),
    "dated archive list": (BODY + ["From the archive"] + ARCHIVE, [6, 7, 8, 9]),
    "newsletter box": (BODY + ["Never miss a story", "Get the morning briefing delivered free to your inbox", "Your email address", "Sign me up"], [6, 7, 8, 9]),
    "comment thread header": (BODY + ["Join the conversation", "27 comments", "Sort by newest"], [6, 7, 8]),
    # Missed: above the headline, a breadcrumb with "»" and a section name
    # score below the head zone's threshold.
    "breadcrumb and section above": (["News » Cornwall » Penmore", "Transport"] + BODY, [0, 1]),
    "gallery controls": (BODY + ["Pictures: the road reopens", "1 of 12", "Next image"], [6, 7, 8]),
    "social follow lines": (BODY + ["Follow the Coastal Courier on Mastodon", "Like us on Facebook", "Watch our videos on YouTube"], [6, 7, 8]),
    # The banner's sentences above the body: the first what the site uses
    # cookies for, the second unknown (found since trial16: a banner's
    # first sentence makes the line's few short sentences its own).
    "cookie banner above": ([
        "We use cookies to give you the best experience on our site. By carrying on you agree to our cookie policy.",
        "Accept all",
        "Manage preferences",
    ] + BODY, [0, 1, 2]),
    "most read box": (BODY + ["Most read today", "1. Lifeboat crew rescue two walkers from cliff", "2. New bakery opens on the High Street", "3. School wins national chess title"], [6, 7, 8, 9]),
    "tip line after the body": (BODY + ["Do you have a story for us?", "Email newsdesk@coastalcourier.example or call 01234 567890"], [6, 7]),
}
MISSED = {"publisher footer past the copyright line", "breadcrumb and section above"}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize(
    "name",
    [pytest.param(name, marks=pytest.mark.xfail(strict=True, reason="missed, see the comment")) if name in MISSED else name for name in DAMAGED],
)
def test_ten_damaged_pages(name, separator):
    lines, furniture = DAMAGED[name]
    assert set(flagged(lines, separator)) == set(furniture)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_the_missed_pages_keep_their_article_clean(separator):
    for name in MISSED:
        lines, furniture = DAMAGED[name]
        assert not set(flagged(lines, separator)) - set(furniture)
