"""Issue 10, helper uiext10: page furniture on a real extractor's output.

A site's "more on this topic" links, written by trafilatura as a list with
no heading after the article's last paragraph ("- Moon Rush: Private Lunar
Lander Plans"), were kept: they share the article's words (so the check for
other stories' headlines that share no word let them pass), and when a
contact line followed them the body ran on across them.  A whole list of
title-cased headline items, not introduced by a sentence ending in a colon,
closing the text is flagged now; the article's own lists (names, sentences,
a list under its introduction, a round-up of links with remarks) stay
clean.  Both layouts (a blank line between blocks, and none).  Text written
for the project."""
import pytest

from newslint import Document
from newslint.rules.interface_strings.layout import _title_cased
from lint_support import LAYOUTS, first_ui_finding_by_block

layouts = pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())

BODY = [
    "The county's new ferry made its first crossing to the island on Monday, two years after the old boat was taken out of service.",
    "The ferry carries forty cars and three hundred passengers, twice as many as the boat it replaces, and runs on batteries charged at the pier.",
    "Islanders had waited for a reliable crossing since the old ferry broke down twice in one winter and left them without a service for weeks.",
    "The county said the timetable would add an evening crossing from June, when the summer visitors start to arrive.",
]
RELATED = [
    "- Island Ferry Fares Will Stay Frozen Until Next Spring",
    "- Harbour Wall Repairs Finish Ahead of the Winter Storms",
    "- Electric Ferries: How the County Plans to Charge Its Fleet",
]
CONTACT = ["Email the newsdesk at news@example.org or follow us on Twitter @ValleyPost."]


flagged = first_ui_finding_by_block


def test_title_case_is_asked_of_long_words_after_the_first():
    assert _title_cased(Document("Harbour Wall Repairs Finish Ahead of the Winter Storms\n").shapes[0])
    assert not _title_cased(Document("Harbour wall repairs finish ahead of the winter storms\n").shapes[0])
    # Two long words at least to ask: a name alone is no headline.
    assert not _title_cased(Document("Blue Origin\n").shapes[0])


@layouts
def test_title_cased_list_closing_the_text_is_flagged(separator):
    lines = BODY + RELATED
    found = flagged(lines, separator)
    assert not set(found) & set(range(len(BODY))), found
    assert set(range(len(BODY), len(lines))) <= set(found), found
    assert all("UI109" in found[index] for index in range(len(BODY), len(lines))), found


@layouts
def test_title_cased_list_before_a_contact_line_is_flagged(separator):
    # The contact line after the list is long enough to be read as prose, so
    # the body runs on across the list: it closes the text all the same.
    lines = BODY + RELATED + CONTACT
    found = flagged(lines, separator)
    assert not set(found) & set(range(len(BODY))), found
    assert set(range(len(BODY), len(BODY) + len(RELATED))) <= set(found), found


@layouts
def test_list_introduced_by_a_colon_stays_clean(separator):
    lines = BODY[:-1] + [
        "The county named the three yards that bid to build the next boat:",
        "- Harland Marine Works, Belfast, Northern Ireland",
        "- Ferguson Shipbuilders, Port Glasgow, Scotland",
        "- Cammell Laird Yard, Birkenhead, England",
    ]
    assert flagged(lines, separator) == {}


@layouts
def test_sentence_case_and_sentence_items_stay_clean(separator):
    # Items in sentence case, or that end a sentence, are the article's
    # closing list (what the ferry brings, a changelog), not headlines.
    sentence_case = BODY + [
        "- Room for forty cars and three hundred passengers",
        "- A covered deck for cyclists and their bicycles",
        "- Charging points for electric cars on the lower deck",
    ]
    assert flagged(sentence_case, separator) == {}
    sentences = BODY + [
        "- The Old Boat Was Sold To A Yard In Norway.",
        "- The Crew Will Stay On The New Ferry.",
    ]
    assert flagged(sentences, separator) == {}


@layouts
def test_round_up_of_links_with_remarks_stays_clean(separator):
    # A blog's round-up: a list of other pages with the author's remark on
    # each, some titles in title case; the list is the post.
    lines = BODY[:2] + [
        "Here is what caught our eye this week, in no particular order.",
        "- Why the island's ferry still runs late – the answer is the tide, not the crew, and the new boat will not change it.",
        "- Harbour Seals Return to the Old Pier",
        "- The Lighthouse Keeper Who Never Left Her Post",
        "- A map of every ferry route in the country – worth a look if you like maps as much as we do.",
    ]
    found = flagged(lines, separator)
    assert not set(found) & {3, 4, 5, 6}, found


@layouts
def test_title_cased_list_in_the_middle_of_the_body_stays_clean(separator):
    # Titles the article lists between its paragraphs (the books of a
    # prize's shortlist) are not the list that closes the text.
    lines = BODY[:2] + [
        "- The Long Road Home From the Northern Islands",
        "- Winter Light Over the Harbour Town",
    ] + BODY[2:]
    found = flagged(lines, separator)
    assert not found, found


# A wire's lines under its stories, in templates with slots: "More AP
# {topic}: {address}" and a wire's standards line.
WIRE_LINES = [
    "More AP hockey: https://apnews.com/hub/nhl and https://twitter.com/AP_Sports",
    "More AP coverage of the county elections: apnews.com/hub/elections",
    "Our Standards: The Thomson Reuters Trust Principles.",
]


@layouts
@pytest.mark.parametrize("wire_line", WIRE_LINES)
def test_wire_lines_after_the_body_are_flagged(separator, wire_line):
    lines = BODY + [wire_line]
    found = flagged(lines, separator)
    assert not set(found) & set(range(len(BODY))), found
    assert "UI101" in found.get(len(BODY), ""), found


@layouts
def test_sentences_about_the_wire_and_addresses_stay_clean(separator):
    lines = BODY[:3] + [
        "More AP reporters were sent to the island after the ferry broke down, the agency said on Tuesday.",
        "The county's report on the new ferry is online: https://example.org/ferry-report",
        "Our standards for the new boat were higher than the old one's, the harbour master said at the launch.",
    ]
    assert flagged(lines, separator) == {}


# A widget's heading over the page's appeals that close the text: the
# appeals are long enough to read as prose, so the body ran on to the end
# and the heading, inside it, was never judged.
APPEALS = [
    "If you enjoyed this article, we have a proposition for you: join our members' club and read every story without the adverts, from the first of the month.",
    "If you enjoyed this article, and found it useful, we have a proposition for you: join our members' club today and support the paper's reporting.",
]


@layouts
def test_heading_over_closing_appeals_is_flagged(separator):
    lines = BODY + ["Before You Go"] + APPEALS
    found = flagged(lines, separator)
    assert not set(found) & set(range(len(BODY))), found
    assert "UI109" in found.get(len(BODY), ""), found
    assert {len(BODY) + 1, len(BODY) + 2} <= set(found), found


@layouts
def test_closing_subheading_over_a_paragraph_stays_clean(separator):
    # The article's last subheading over its own paragraphs: nothing of the
    # page's under it.
    lines = BODY[:3] + [
        "What Comes Next",
        "The county will decide in the autumn whether a second electric ferry should join the first on the crossing by 2027.",
        "Islanders will be asked for their views on the timetable at a meeting in the village hall next month.",
    ]
    assert flagged(lines, separator) == {}


# A source reference in brackets broken over two lines inside the body was
# read as two other stories' headlines between paragraphs (short, no
# sentence end, sharing no word with the prose).  A line that opens a
# bracket it does not close, or closes one it did not open, is a piece of a
# span, not a headline.
SAYING = [
    "The old ferrymen had a saying for the winter crossings, which the harbour master still repeats to every new crew.",
    "\u201cA calm sea in the morning is a promise the afternoon does not have to keep, so carry the spare rope.\u201d",
]
REFERENCE = ["[Recorded by Ellis Marrow, Sayings of the Coast no. 212", "second edition, vol. 3, p. 41]"]


@layouts
def test_bracketed_reference_broken_over_lines_stays_clean(separator):
    lines = BODY[:2] + SAYING + REFERENCE + BODY[2:]
    found = flagged(lines, separator)
    assert not found, found


@layouts
def test_headlines_between_paragraphs_are_still_flagged(separator):
    # The same place, two other stories' headlines (one with a bracketed
    # aside, closed on its own line).
    lines = BODY[:2] + SAYING + ["Snow Closes Mountain Road Again (Updated)", "Prize Dogs At The Spring Fair"] + BODY[2:]
    found = flagged(lines, separator)
    assert {4, 5} <= set(found), found
    assert not set(found) - {4, 5}, found


@layouts
def test_footer_under_a_list_the_last_paragraph_opens_is_still_flagged(separator):
    # The list the last paragraph opens is the article's; the blog's footer
    # after its items is not.
    lines = BODY[:-1] + [
        "The county named the three yards that bid to build the next boat:",
        "- Harland Marine Works, Belfast, Northern Ireland",
        "- Ferguson Shipbuilders, Port Glasgow, Scotland",
        "Leave a comment",
        "Search",
        "Privacy policy",
    ]
    found = flagged(lines, separator)
    assert not set(found) & set(range(len(BODY) + 2)), found
    assert {len(BODY) + 2, len(BODY) + 3, len(BODY) + 4} <= set(found), found


# The document model's line shapes (counted among the document's tokens for
# speed) agree with line_shape for lines of Thai, Lao, Khmer and Myanmar too:
# the fast path counted a Thai line of prose as one word and no sentence, so
# UI107 took it for a menu item.
@pytest.mark.parametrize("text", [
    "ห้องสมุดกลางของเมืองจะเปิดให้บริการในช่วงบ่ายวันอาทิตย์ตั้งแต่เดือนหน้าหลังจากเทศบาลได้งบประมาณจ้างเจ้าหน้าที่เพิ่ม",
    "ຫ້ອງສະໝຸດຂອງເມືອງຈະເປີດບໍລິການໃນຕອນບ່າຍວັນອາທິດນັບແຕ່ເດືອນໜ້າເປັນຕົ້ນໄປຕາມການຮຽກຮ້ອງ",
    "បណ្ណាល័យក្រុងនឹងបើកនៅថ្ងៃអាទិត្យចាប់ពីខែក្រោយ។",
    "- ข่าวที่เกี่ยวข้อง",
    "The ferry\u2019s new timetable starts in June, the county said on Monday.",
    "Ferry timetable \u2013 Summer 2025",
])
def test_document_shapes_agree_with_line_shape_in_every_script(text):
    from newslint.document import line_shape

    document = Document("The county said so.\n" + text + "\n")
    assert document.shapes[1] == line_shape(text, document.ascii_words)
