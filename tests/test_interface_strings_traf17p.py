"""Precision on what trafilatura keeps (traf17p): article lines the UI rules
took for furniture, and the furniture around them that must stay found, in
both layouts (a blank line between blocks, and none)."""

import pytest

from newslint import Linter

LAYOUTS = ["\n", "\n\n"]


def flagged(lines, separator, select=("UI",)):
    """The indexes (0-based, in ``lines``) of the lines given a UI finding."""
    step = separator.count("\n")
    found = {d.line for d in Linter(select=list(select)).lint_text(separator.join(lines) + "\n")}
    return [index for index in range(len(lines)) if 1 + index * step in found]


# A listicle: a short introduction over a long numbered list, which is the
# text's substance (the body of prose found by density is the introduction,
# down to its paragraph that ends in a colon over a few names of its own).
FIRST_NAMES = ["Ada", "Ben", "Cleo", "Dan", "Eve", "Finn", "Gus", "Hal", "Ivy", "Jon"]
SURNAMES = ["Moss", "Crane", "Hart", "Reeve", "Lyle", "Shaw"]
SINGERS = [f"{first} {last}" for last in SURNAMES for first in FIRST_NAMES]
LISTICLE_INTRO = [
    "I’m not much of a folk fan these days, but I played in a band at school. I heard about this list on the radio this morning and had to share it with you all.",
    "I’ll assume that choirs are not included, since not one of them made the cut, and that the magazine asked only its own writers to vote.",
    "The list has plenty of surprises, and I suspect a few of you will write in to complain about who came top and who was left out altogether.",
    "A few of my own favourites (other than the band I saw last spring) that are sadly not on the list at all:",
    "Rosa Vance, Night Train",
    "Tom Ashby, The Lanterns",
    "Here’s the full list from the magazine.",
]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("number", ["{n}. ", "{n:02d}. ", "{n}) "])
def test_a_long_numbered_list_under_a_short_introduction_stays_clean(separator, number):
    items = [f"{number.format(n=n)}{name}" for n, name in enumerate(SINGERS, 1)]
    found = flagged(LISTICLE_INTRO + items, separator)
    assert [index for index in found if index >= len(LISTICLE_INTRO) - 1] == []


@pytest.mark.parametrize("separator", LAYOUTS)
def test_numbered_questions_with_answers_and_skipped_numbers_stay_clean(separator):
    # A list of riddles, each over its answer and sometimes the reader who
    # sent it; a few numbers are missing, so the list breaks off and goes on.
    lines = [
        "Every week children send us riddles, and this month we had so many that we printed them all below for you to try at home with your family.",
        "Some are old favourites that grandparents will remember, and some are new ones that we had never heard before in all our years of doing this page.",
        "Thank you to everyone who wrote in, and keep them coming: the best riddle of the month wins a book token worth ten pounds.",
    ]
    riddles = [
        ("What has keys but cannot open a door?", "A piano."),
        ("What gets wetter the more it dries?", "A towel."),
        ("What has a neck but no head?", "A bottle."),
        ("What can you catch but never throw?", "A cold."),
        ("What has one eye but cannot see?", "A needle."),
        ("What goes up but never comes down?", "Your age."),
        ("What has hands but cannot clap?", "A clock."),
        ("What runs but never walks?", "A river."),
        ("What has a thumb and four fingers but is not alive?", "A glove."),
        ("What is full of holes but still holds water?", "A sponge."),
        ("What building has the most stories?", "The library."),
        ("What has words but never speaks?", "A book."),
        ("What can fill a room but takes up no space?", "Light."),
        ("What has legs but does not walk?", "A table."),
        ("What belongs to you but others use it more?", "Your name."),
        ("What has a bottom at the top?", "Your legs."),
        ("What comes down but never goes up?", "Rain."),
        ("What has many teeth but cannot bite?", "A comb."),
    ]
    # More of one pattern, each said once: what one creature said to another.
    creatures = ["owl", "goat", "crab", "mole", "newt", "wren", "hare", "toad", "seal", "lark"]
    places = ["barn", "pond", "beach", "field", "hedge"]
    riddles += [(f"What did the {creature} say at the {place}?", f"Nothing {creature}-like about this {place}!")
                for place in places[:3] for creature in creatures]
    skipped = {7, 12, 13, 25, 31, 40, 41}
    for number, (question, answer) in enumerate(riddles, 1):
        if number in skipped:
            continue
        lines += [f"{number}. {question}", answer]
        if number % 4 == 1:
            lines.append(f"—Sent in by reader number {number}")
    assert flagged(lines, separator) == []


@pytest.mark.parametrize("separator", LAYOUTS)
def test_a_short_numbered_list_of_other_stories_after_an_article_stays_flagged(separator):
    story = [
        "Harbour wall repairs finish ahead of winter",
        "Repairs to the harbour wall damaged in last winter's storms finished a month early, the harbour master said on Friday.",
        "The work cost less than planned because the stone came from the old quay that was taken down in May.",
        "Fishermen said they were glad to have the shelter of the wall back before the autumn gales arrive.",
    ]
    most_read = ["Most read",
                 "1. Council votes to sell the old bus depot",
                 "2. Night ferry to the island will run all summer",
                 "3. Bakery wins county prize for its sourdough",
                 "4. Road closures for the marathon on Sunday",
                 "5. Library opens on Sundays for the first time"]
    found = flagged(story + most_read, separator)
    assert all(index >= len(story) for index in found)
    assert {5, 6, 7, 8, 9} <= set(found)


@pytest.mark.parametrize("separator", LAYOUTS)
def test_furniture_after_a_long_numbered_list_stays_flagged(separator):
    items = [f"{n}. {name}" for n, name in enumerate(SINGERS, 1)]
    footer = ["Related stories",
              "Council votes to sell the old bus depot",
              "Bakery wins county prize for its sourdough",
              "Road closures for the marathon on Sunday",
              "Sign in to comment"]
    lines = LISTICLE_INTRO + items + footer
    found = flagged(lines, separator)
    start = len(LISTICLE_INTRO) + len(items)
    assert [index for index in found if len(LISTICLE_INTRO) - 1 <= index < start] == []
    assert set(range(start, len(lines))) <= set(found)


# A blog post whose body ends in a short remark, then the line that opens
# its closing list (lines of code) with a colon.
CACHE_POST = [
    "Keeping a cache warm after a deploy",
    "Every time we deploy the site, the first visitors wait several seconds while the cache fills again, and the support desk hears about it within minutes. We tried a few fixes over the years: a bigger server, a longer cache lifetime, and a page that told people to try again. None of them helped much, because the cache still started empty. What we needed was a way to fill it before anyone arrived, so that the first real visitor found every page ready.",
    "Like... visit every page ourselves, straight after the deploy.",
    "As usual, the mailing list knew the answer. In short:",
    "# warm.sh",
    "while read url; do",
    "wget -q -O /dev/null $url",
    "done < urls.txt",
]


@pytest.mark.parametrize("separator", LAYOUTS)
def test_a_closing_list_opened_after_a_short_remark_about_the_body_stays_clean(separator):
    assert flagged(CACHE_POST, separator) == []


HARBOUR = [
    "Harbour wall repairs finish ahead of winter",
    "Repairs to the harbour wall damaged in last winter's storms finished a month early, the harbour master said on Friday. The work cost less than planned because the stone came from the old quay that was taken down in May, and the crews worked through the summer evenings. Fishermen said they were glad to have the shelter of the wall back before the autumn gales arrive, and the council thanked the crews at a small ceremony on the quay.",
]
OTHER_STORIES = ["Ferry fares frozen for another year", "Lifeboat crew rescue two walkers from the cliffs",
                 "New fish market opens on the quay"]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("remark, intro", [
    ("We hope you enjoyed this story.", "Here are more stories from the coast you may like:"),
    ("We hope you enjoyed this story.", "Read these next from our coast desk:"),
    ("Thanks for reading the Harbour Gazette today.", "More from the Harbour Gazette newsroom:"),
])
def test_other_stories_opened_after_the_pages_own_remark_stay_flagged(remark, intro, separator):
    # The remark shares no word with the article: the page's, not the body's.
    lines = HARBOUR + [remark, intro] + OTHER_STORIES
    assert set(range(len(HARBOUR) + 1, len(lines))) <= set(flagged(lines, separator))


# A story that shows the record a shop keeps on a customer, set out as JSON
# between two stretches of its prose.
RECORD_STORY = [
    "The loyalty card knows more than you think",
    "A short story about what a supermarket might keep on each of us",
    "The doors slide open and the cameras find me before I have taken a basket. By the time I reach the bread, the shop has matched my face to my card, and my card to everything I have ever bought here.",
    "I pick up a loaf and a pint of milk, and somewhere in a server room the record grows by two lines, as it does every week.",
    "{",
    '"Name": "Ruth Calder",',
    '"Age": 41,',
    '"Usual Visit": "Tuesday evening",',
    '"Basket": {',
    '"Bread": "white, sliced",',
    '"Milk": "semi-skimmed"',
    "},",
    '"Mood": "tired"',
    "}",
    "None of this is secret, exactly. It is all written down in the terms I agreed to when I signed up for the card, years ago, for a free coffee.",
    "The shop says the record helps it stock the shelves with what people want, and that no person ever reads it, only the machines that set the prices.",
    "But the prices on my screen at the till are not the prices my neighbour sees, and neither of us can say why.",
]


@pytest.mark.parametrize("separator", LAYOUTS)
def test_a_block_of_json_between_paragraphs_and_the_headline_above_stay_clean(separator):
    assert flagged(RECORD_STORY, separator) == []


@pytest.mark.parametrize("separator", LAYOUTS)
def test_a_menu_between_paragraphs_stays_flagged(separator):
    # Short lines of a menu, no quoted key among them: the page's.
    lines = RECORD_STORY[:4] + ["Home", "News", "Sport", "Weather", "Contact us"] + RECORD_STORY[14:]
    assert {4, 5, 6, 7, 8} <= set(flagged(lines, separator))


# A gallery's page: its welcome, its terms, and a section on the rights to
# its photos under the bare heading "Copyright".
GALLERY = [
    "Welcome to the Fenwick family's photo gallery of the northern coast!",
    "With these photos we would like to show you the coast where we have lived for thirty years, from the harbour towns to the dunes and the islands offshore. We add new pictures every season, and we write a few lines about each place we visit.",
    "Enjoy your visit, and take your time browsing the albums by season and by place.",
    "All photos are available in sizes up to 8,000 pixels wide for printing and for books.",
    "In the reduced size shown here, they can be used according to the licence described below.",
    "If you need the larger pictures, please write to us beforehand.",
]
RIGHTS = [
    "Copyright",
    "All photos on these pages are published under a Creative Commons licence (CC BY-NC-ND 4.0)",
    "- Attribution",
    "- Noncommercial",
    "- No derivative works",
    "Any other use of the photos requires our written permission.",
]


@pytest.mark.parametrize("separator", LAYOUTS)
def test_a_section_under_the_heading_copyright_stays_clean(separator):
    found = flagged(GALLERY + RIGHTS, separator)
    assert [index for index in found if index > len(GALLERY)] == []


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("notice", [["Copyright"], ["Copyright:"], ["© 2024 Fenwick Photo Ltd. All rights reserved."]])
def test_the_footer_past_a_copyright_notice_stays_flagged(notice, separator):
    footer = ["2024 Fenwick Photo Ltd", "12 Quay Street, Westhaven", "Registered in England No. 0123456"]
    lines = GALLERY + notice + footer
    assert set(range(len(GALLERY) + len(notice), len(lines))) <= set(flagged(lines, separator))
