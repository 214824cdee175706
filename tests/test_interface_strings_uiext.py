"""UI rules on extractor output (issue 10, precision): what an extractor such
as trafilatura writes around an article and inside it, on text written for
the project, in both layouts (one block a line, and a blank line between
blocks), with the clean text that must stay clean."""
import pytest

from newslint import Linter
from lint_support import LAYOUTS

BODY = [
    "The ferry operator said on Monday that two of its four boats would stay in port until the storm had passed.",
    "Islanders who need to reach the mainland for hospital appointments have been offered seats on a chartered plane.",
    "The harbour master expects the first sailing to leave on Thursday morning if the wind drops as forecast.",
]


def findings(blocks, separator, select=("UI",)):
    """{block text: [codes]} for the blocks laid out with ``separator``."""
    text = separator.join(blocks) + "\n"
    lines = text.split("\n")
    found = {}
    for diagnostic in Linter(select=list(select)).lint_text(text):
        found.setdefault(lines[diagnostic.line - 1], []).append(diagnostic.code)
    return found


# -- the headline an extractor writes first ---------------------------------

HEADLINE = "Gales cancel Orkney crossings again"


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_the_first_line_is_the_headline_when_a_dateline_stands_under_it(separator):
    # The dateline is the nearest headline-shaped line above the body; the
    # headline above it shares no word with the body and stays clean.
    blocks = [HEADLINE, "posted 7:40 am Mon February 3, 2025 - KIRKWALL"] + BODY
    assert HEADLINE not in findings(blocks, separator)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_list_of_other_headlines_at_the_top_is_not_taken_for_the_headline(separator):
    teasers = ["Council votes to close two rural schools", "Fishing fleet returns record catch of herring"]
    found = findings(teasers + BODY + ["Most read", "Contact the newsroom"], separator)
    assert teasers[0] in found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("line", ["Home // News // Sport", "Updated 7:40 | 3 min read"])
def test_a_menu_or_a_timestamp_at_the_top_is_not_the_headline(separator, line):
    assert line in findings([line, HEADLINE] + BODY, separator)


# -- what stands between the items of the article's numbered list -----------

SHOPPING = [
    "1) Wool blanket in charcoal grey", "https://shop.example/b1",
    "2) Enamel camping mug set", "https://shop.example/m2",
    "3) Folding lantern with dimmer", "https://shop.example/l3",
    "4) Waterproof map case", "https://shop.example/c4",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_link_under_each_item_of_the_articles_numbered_list_stays_clean(separator):
    gifts = [
        "Our editors picked the gifts below for anyone who spends the winter walking on the islands.",
        "Every one of them survived a week of rain, wind and salt spray on our own testers.",
        "Prices were checked on Friday and may have changed since this guide was published.",
    ]
    found = findings(gifts + SHOPPING, separator)
    assert not set(found) & set(SHOPPING), found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_numbered_list_after_a_heading_past_the_body_is_still_judged(separator):
    # Not straight after the body: the page's own list (its heading is furniture).
    blocks = BODY + ["Most read", "1) Council votes to close schools", "Sponsored", "2) Herring fleet returns",
                     "Sponsored", "3) New bridge opens"]
    found = findings(blocks, separator)
    assert "Most read" in found and "Sponsored" in found


# -- repeated lines that are the article's own lists ------------------------

CHANGELOG = [
    "The new version of the ferry timetable app fixes most of the problems readers wrote to us about.",
    "Version 2.1",
    "- Departure times now refresh every minute.",
    "- Cancelled sailings are shown in red.",
    "The earlier release had already changed the way tickets are stored on the phone for offline use.",
    "Version 2.0",
    "- Tickets can be shown without a connection.",
    "- Cancelled sailings are shown in red.",
    "Both versions are free to download, and the operator says an update for older phones will follow.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_list_item_that_ends_a_sentence_said_again_under_another_version_is_not_a_repeated_line(separator):
    found = findings(CHANGELOG, separator, select=("UI106",))
    assert "- Cancelled sailings are shown in red." not in found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_caption_said_twice_is_still_a_repeated_line(separator):
    caption = "Waves break over the harbour wall at Kirkwall"
    blocks = [BODY[0], caption, BODY[1], caption, BODY[2]]
    assert findings(blocks, separator, select=("UI106",)).get(caption) == ["UI106", "UI106"]


RANKING = [
    "Readers chose the people who did most for the islands this year, and two names came up twice.",
    "Best neighbour",
    "1. Morag Flett",
    "2. Ian Rendall",
    "Best volunteer",
    "1. Ian Rendall",
    "2. Sheila Tait",
    "The winners will be invited to the council's spring reception in the town hall at Kirkwall.",
    "Nominations for next year open in October, and readers can send them by post or by e-mail.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_name_under_different_numbers_of_a_ranking_is_not_a_repeated_line(separator):
    found = findings(RANKING, separator, select=("UI106",))
    assert "1. Ian Rendall" not in found and "2. Ian Rendall" not in found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_numbered_line_said_twice_under_the_same_number_is_still_a_repeated_line(separator):
    blocks = [BODY[0], "3. Watch the storm video", BODY[1], "3. Watch the storm video", BODY[2]]
    assert "3. Watch the storm video" in findings(blocks, separator, select=("UI106",))


# -- clean text stays clean -------------------------------------------------


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("blocks", [[HEADLINE] + BODY, CHANGELOG, RANKING], ids=["headline", "changelog", "ranking"])
def test_clean_articles_stay_clean(separator, blocks):
    assert findings(blocks, separator) == {}


# -- a related-stories list after the body, as an extractor writes it -------

RELATED = [
    "- Curling club wins national title in overtime",
    "- New cycle path opens along the old railway",
    "- Bakery owner celebrates fifty years in the trade",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_list_of_other_stories_after_the_body_is_found(separator):
    found = findings(BODY + RELATED, separator)
    assert set(RELATED) <= set(found), found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_list_after_the_body_about_what_the_body_is_about_stays_clean(separator):
    sources = [
        "- Harbour master's weekly sailing report",
        "- Ferry operator's storm timetable for the islands",
        "- Chartered plane seats for hospital appointments",
    ]
    assert findings(BODY + sources, separator) == {}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_questions_listed_after_the_body_stay_clean(separator):
    questions = ["- Who pays for the chartered plane?", "- When will the timetable change again?"]
    assert findings(BODY + questions, separator) == {}


# -- a letter's salutation, closing and signature ---------------------------

LETTER = [
    "Dear readers,",
    "This is the last weekly letter from our island bureau, which closes at the end of the month after forty years.",
    "We have reported every storm, every election and every ferry timetable change since the office opened in 1985.",
    "Thank you for reading us, for writing to us and for telling us when we got the tide tables wrong.",
    "With gratitude,",
    "Morag Flett",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_letters_salutation_closing_and_signature_stay_clean(separator):
    assert findings(LETTER, separator) == {}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_footer_after_a_letter_is_still_found(separator):
    found = findings(LETTER + ["Most read", "Contact the newsroom"], separator)
    assert "Most read" in found and "Contact the newsroom" in found


# -- "Read more: <another headline>" ------------------------------------------


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("line", [
    "Read more: Council votes to close two rural schools",
    "SEE MORE: Fishing fleet returns record catch of herring",
    "[Related: New cycle path opens along the old railway]",
])
def test_a_link_to_another_story_after_a_label_is_found(separator, line):
    assert "UI101" in findings(BODY[:2] + [line, BODY[2]], separator).get(line, [])


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_related_inside_a_sentence_stays_clean(separator):
    line = "Related reports from the harbour master: the first sailing may leave on Thursday if the wind drops."
    assert findings(BODY + [line], separator) == {}


# -- a button glued to a teaser headline; newsletter prompts ----------------


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("line", ["Storm Surge Floods Harbour Road Watch Video", "Ferry Timetable Changes Explained Read More"])
def test_a_button_after_a_teaser_headline_is_found(separator, line):
    assert "UI101" in findings(BODY + [line], separator).get(line, [])


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("line", [
    "Five Island Walks You Must Watch Out For",
    "Where to See More of the Northern Lights",
    "Best Places on the Islands to Read More Slowly",
    "Council Agrees New Harbour Watch Scheme",
])
def test_a_headline_ending_in_a_verb_of_its_own_stays_clean(separator, line):
    assert findings([line] + BODY, separator) == {}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("line", [
    "Click here to sign up for Harbour Watch emails.",
    "Subscribe to the Gazette's newsletters",
    "Sign up for daily ferry alerts",
])
def test_a_newsletter_prompt_without_our_or_the_is_found(separator, line):
    assert "UI101" in findings(BODY + [line], separator).get(line, [])


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_signing_up_inside_a_sentence_stays_clean(separator):
    line = "More than two hundred islanders have signed up for the ferry operator's text alerts since the storm began."
    assert findings(BODY + [line], separator) == {}
