"""Issue 10, helper uiext9: a page laid out in tables, as an extractor that
keeps tables writes it (trafilatura's include_tables: each cell of the
layout table a Markdown row, "| paragraph |", empty cells as "| | |").  The
bars hid every paragraph's sentence end, so the page had no prose, UI109
found no body and only the catalogue's strings were flagged.  A paragraph
alone in its row is prose now; a row of several cells is still a table's.
Both layouts (a blank line between blocks, and none).  Text written for the
project."""
import pytest

from newslint import Document
from newslint.rules.interface_strings.layout import article_body
from lint_support import LAYOUTS, first_ui_finding_by_block

layouts = pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())

FRAMED_BODY = [
    "| Flood barrier on the Mere river opens a year late |",
    "| The flood barrier on the Mere river opened on Wednesday, a year later than planned, after a dispute over the cost of its steel gates delayed the work for months. |",
    "| Engineers say the barrier will protect about two thousand homes in the lower town from the kind of floods that swamped its streets in the winter of 2020. |",
    "| The county council will pay for its upkeep from next April, when the contractor's guarantee runs out and the river authority hands over the keys. |",
]


flagged = first_ui_finding_by_block


@layouts
def test_furniture_around_framed_paragraphs(separator):
    head = ["| Home \\| News \\| Sport \\| Weather \\| Contact us |"]
    tail = [
        "| Most read |",
        "| Bakery wins county prize for its sourdough |",
        "| Road closures for the marathon on Sunday |",
        "| Council to sell the old bus depot |",
    ]
    lines = head + FRAMED_BODY + tail
    found = flagged(lines, separator)
    body = range(len(head), len(head) + len(FRAMED_BODY))
    assert not set(found) & set(body), found
    # The menu over the headline and each headline of the list under the body.
    assert {0, *range(len(head) + len(FRAMED_BODY), len(lines))} <= set(found), found
    assert "UI109" in found[len(lines) - 1], found


@layouts
def test_framed_article_alone_stays_clean(separator):
    assert flagged(FRAMED_BODY, separator) == {}


@layouts
def test_framed_chinese_article_stays_clean(separator):
    lines = [
        "| 河堤加固工程提前完工 |",
        "| 市水务局周三表示，东岸河堤的加固工程已经全部完工，比原计划提前了两个星期，工程共更换了四百多块石料。 |",
        "| 工程师说，新河堤可以抵御百年一遇的洪水，今后每次大雨过后都要清理排水口，以免积水损坏堤身。 |",
        "| 附近的居民说，他们终于可以在汛期到来之前安心了，不必再像往年那样连夜搬走家里的东西。 |",
    ]
    assert flagged(lines, separator) == {}


@layouts
def test_a_table_of_several_cells_is_not_a_paragraph(separator):
    # The rows of a table the article sets out stay the article's: a row of
    # several cells is not taken for prose, nor flagged as furniture.
    lines = [
        "Lakeside Rovers kept their lead at the top of the county league on Saturday with a late winner against Northgate.",
        "The manager said the squad was tired after three games in a week but would rest before the cup tie next month.",
        "Their captain scored twice and has now found the net in each of the club's last six league matches this season.",
        "| Team | Played | Won | Points |",
        "| Lakeside Rovers | 24 | 16 | 53 |",
        "| Harbour City | 24 | 15 | 50 |",
        "| Northgate Town | 24 | 13 | 44 |",
        "The next round of fixtures will be played on the first weekend of April, after the international break.",
    ]
    assert flagged(lines, separator) == {}


# The article's own lines after its first paragraphs (a spec sheet under its
# heading), then a short heading and the article's closing paragraph: the
# body runs on across them to that paragraph, which was judged a footer's.
REVIEW = [
    "Review: the Lumen 5 is a light laptop with a heavy price",
    "The Lumen 5 weighs barely a kilogram and its battery lasted eleven hours in our tests, more than any rival we have tried this year.",
    "Its screen is sharp and bright, but the keyboard feels shallow and the speakers are thin at any volume.",
    "Specifications",
    "Screen: 13.3 inches, 2560 x 1600",
    "Weight: 1.05 kg",
    "Battery: 60 Wh",
    "Price: from £1,299",
]


@layouts
def test_closing_paragraph_after_a_spec_sheet_stays_clean(separator):
    verdict = [
        "Verdict",
        "If you travel a lot and can afford it, the Lumen 5 is the lightest good laptop you can buy; everyone else should wait for the sales.",
    ]
    assert flagged(REVIEW + verdict, separator) == {}


@layouts
def test_closing_paragraph_without_the_heading_stays_clean(separator):
    verdict = ["The Lumen 5 goes on sale in March, and the maker says a cheaper model with a smaller battery will follow in the summer."]
    assert flagged(REVIEW + verdict, separator) == {}


@layouts
def test_site_blurb_after_the_spec_sheet_is_still_furniture(separator):
    # A paragraph sharing no word with the article under a heading of the
    # site's: the body does not run on to it.
    blurb = [
        "About us",
        "Gadget Weekly has tested phones, cameras and computers for readers since 1998 and takes no money from the makers.",
    ]
    lines = REVIEW + blurb
    found = flagged(lines, separator)
    assert set(found) == {len(REVIEW), len(REVIEW) + 1}, found


# An extractor that joins a page's paragraphs writes the whole article as one
# line: a body all the same, once the line holds several paragraphs' words
# and sentences.
JOINED = (
    "The county council voted on Tuesday to keep the mobile library running for another two years, after more than three "
    "thousand people signed a letter asking it to stay. The van visits forty villages a fortnight and lends about a thousand "
    "books a month, most of them to older readers who cannot reach a town library by bus. Councillors had planned to end the "
    "service in April to save ninety thousand pounds a year. The leader of the council said the money would now come from "
    "the reserves, and that a new van with a lift for wheelchairs would be bought next spring."
)


@layouts
def test_other_stories_after_one_joined_paragraph(separator):
    lines = [
        "Mobile library saved for two more years",
        JOINED,
        "Bakery wins county prize for its sourdough",
        "Road closures for the marathon on Sunday",
        "Council to sell the old bus depot",
    ]
    found = flagged(lines, separator)
    assert set(found) == {2, 3, 4}, found
    assert all(code.startswith("UI109") for code in found.values()), found


@layouts
def test_one_joined_paragraph_and_its_own_list_stay_clean(separator):
    lines = [
        "Mobile library saved for two more years",
        JOINED,
        "The van will call at these villages first:",
        "Eastfield",
        "Hill Cross",
        "Saltby Green",
    ]
    assert flagged(lines, separator) == {}


@layouts
def test_a_short_blurb_of_several_sentences_is_not_a_body(separator):
    # An author's box: four short sentences, far fewer words than three
    # paragraphs; with it alone there is no body, and nothing is judged by
    # its place (the short lines under it are the post's own).
    lines = [
        "I write. I cook. I garden. Here I share the recipes my family has eaten for three generations.",
        "Dance where you are:",
        "in the kitchen;",
        "at the bus stop;",
        "in the rain.",
    ]
    assert flagged(lines, separator) == {}


@layouts
def test_joined_paragraphs_with_links_glued_after_them(separator):
    # The extractor glued the next cell's links to the last sentence: the
    # line is still the article's body (as it ends no sentence, it was not
    # prose, and the page had no body), and its headline stays clean.
    lines = [
        "| Mobile library saved for two more years |",
        "| " + JOINED + " Schools league results Weather for the weekend | |",
        "| Most read |",
        "| Privacy policy |",
    ]
    text = separator.join(lines) + "\n"
    step = separator.count("\n")
    assert article_body(Document(text)) == (1 + step, 1 + step)
    found = flagged(lines, separator)
    assert {2, 3} <= set(found), found
    assert not {0, 1} & set(found), found


@layouts
def test_fixtures_with_a_note_between_their_groups_stay_clean(separator):
    lines = [
        "Cup draw sets up a rematch",
        "The holders will face the side that knocked them out of the league cup last season, after the draw for the first round was made on Monday evening.",
        "Their manager said the squad would be at full strength for the tie, with the two forwards back from injury and the captain free of suspension after serving his ban.",
        "The first round will be played over two weekends in June, and the winners of each pair of ties meet in the semi-finals a week later at the county ground.",
        "Harbour City v Northgate",
        "Lakeside Rovers v Eastfield",
        "Winners meet in the semi-final",
        "Saltby Town v Penmore",
        "Hill Cross v Westhaven",
        "Winners meet in the semi-final",
    ]
    assert flagged(lines, separator) == {}


# A page laid out in tables may set the headline and byline after the story's
# text; an extractor keeps that order.  The headline with its byline under
# it, sharing the body's words, is the article's wherever it stands.
STORY = [
    "Captain Mara Voss signed a new five-year contract with Harbour City on Wednesday, the longest deal the club has ever offered a player.",
    "Voss joined the club from its youth team at sixteen and has scored more than a hundred goals in eight seasons with the first team.",
    "The manager said keeping Voss was the club's first aim this summer, ahead of any signing, and that the fans had made their wishes plain.",
]


@layouts
def test_headline_and_byline_after_the_story_stay_clean(separator):
    lines = STORY + ["Voss signs record contract with Harbour City", "By JOHN FIELD", "Sports writer"]
    found = flagged(lines, separator)
    assert 3 not in found, found


@layouts
def test_framed_byline_under_a_headline_above_the_story(separator):
    lines = ["| Voss signs record contract with Harbour City |", "| By JOHN FIELD |"] + STORY
    assert 0 not in flagged(lines, separator)


@layouts
def test_dated_teasers_after_the_story_are_still_furniture(separator):
    # Two headlines each over a date are a list of other stories, even when
    # they share the story's words.
    lines = STORY + [
        "Harbour City sign a new goalkeeper from Northgate",
        "Published: 2 June 2024",
        "Harbour City fans vote for a new club badge",
        "Published: 30 May 2024",
    ]
    found = flagged(lines, separator)
    assert {3, 5} <= set(found), found
