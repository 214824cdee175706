"""False alarms of the UI rules on clean articles a tester wrote (faui): a
live blog's entry times, a race's results, a letter's sign-off, the section
headings recipes of one corpus share; and the furniture of the same shapes
that must still be found.  Every case in both layouts: a blank line between
blocks, and none."""
import pytest

from newslint import Linter

LAYOUTS = pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["lines", "blank"])


def found(blocks, separator, select):
    """(code, block number) of each finding; blocks are numbered from 1."""
    text = separator.join(blocks) + "\n"
    step = len(separator)
    return sorted((d.code, (d.line - 1) // step + 1) for d in Linter(select=list(select)).lint_text(text))


# -- UI102: a live blog's entry times ---------------------------------------

FLOODS = [
    "Flood warnings as the river Tay rises: live updates",
    "07:40",
    "Good morning, and welcome to our coverage of the flooding along the Tay valley today.",
    "08:15",
    "The river at Perth is now above its 1993 level, the environment agency says, and still rising.",
    "Sandbags are being handed out at the North Inch car park until noon.",
    "9.02am",
    "Police have closed the Queen's Bridge to traffic while engineers inspect its piers for damage.",
]


@LAYOUTS
def test_a_live_blogs_entry_times_each_over_its_prose_stay_clean(separator):
    assert found(FLOODS, separator, ["UI102"]) == []


@LAYOUTS
def test_one_time_over_prose_is_no_live_blog(separator):
    blocks = FLOODS[:1] + [FLOODS[2], "08:15"] + FLOODS[4:6]
    assert found(blocks, separator, ["UI102"]) == [("UI102", 3)]


@LAYOUTS
def test_a_stray_time_between_the_pages_furniture_is_still_flagged(separator):
    blocks = FLOODS[:1] + [FLOODS[2], FLOODS[4], FLOODS[5], FLOODS[7], "Share this page", "10:42", "Most read"]
    assert ("UI102", 7) in found(blocks, separator, ["UI102"])


@LAYOUTS
def test_a_ticker_of_other_stories_times_and_headlines_is_still_flagged(separator):
    # Headlines end no sentence; the same under later times as under earlier ones.
    ticker = ["09:12", "Council approves new bridge over the Ardle", "09:40", "Ferry strike called off at the last minute"]
    blocks = FLOODS[:1] + [FLOODS[2], FLOODS[4], FLOODS[5], FLOODS[7]] + ticker
    assert found(blocks, separator, ["UI102"]) == [("UI102", 6), ("UI102", 8)]


@LAYOUTS
def test_times_going_back_over_prose_are_still_flagged(separator):
    blocks = FLOODS[:1] + [FLOODS[2], "08:15", FLOODS[4], "07:40", FLOODS[5], FLOODS[7]]
    assert found(blocks, separator, ["UI102"]) == [("UI102", 3), ("UI102", 5)]


# -- UI102: a race's results -------------------------------------------------

HALF_MARATHON = [
    "Okafor wins the Bristol half marathon in a new course record",
    "Grace Okafor won the Bristol half marathon on Sunday in 1:08:12, the fastest time ever run on the course.",
    "More than 11,000 runners started in warm sunshine, and the organisers reported no serious injuries.",
]
RESULTS = ["Grace Okafor (Bristol) 1:08:12", "Sian Lloyd (Cardiff) 1:09:47", "Maria Costa (Porto) 1:10:03"]


@pytest.mark.parametrize("marker", ["{n}. ", "- "], ids=["numbered", "bulleted"])
@pytest.mark.parametrize("heading", ["Women's results:", "Women's results", None], ids=["colon", "heading", "prose"])
@LAYOUTS
def test_a_list_of_results_each_with_its_time_stays_clean(separator, heading, marker):
    items = [marker.format(n=n) + item for n, item in enumerate(RESULTS, 1)]
    blocks = HALF_MARATHON + ([heading] if heading else []) + items
    assert found(blocks, separator, ["UI102"]) == []


VIDEOS = ["- Storm damage on the coast road 02:54", "- Mayor opens the new library 01:12", "- Harbour fire: what we know 03:40"]


@LAYOUTS
def test_a_list_of_captions_with_their_durations_is_still_flagged(separator):
    # No ranking: a player's durations come in no order.
    blocks = HALF_MARATHON + ["Watch", *VIDEOS]
    assert found(blocks, separator, ["UI102"]) == [("UI102", 5), ("UI102", 6), ("UI102", 7)]


@LAYOUTS
def test_durations_in_order_under_a_catalogue_heading_are_still_flagged(separator):
    ordered = [VIDEOS[1], VIDEOS[0], VIDEOS[2]]
    blocks = HALF_MARATHON + ["More videos", *ordered]
    assert found(blocks, separator, ["UI102"]) == [("UI102", 5), ("UI102", 6), ("UI102", 7)]


@LAYOUTS
def test_a_caption_with_its_duration_between_paragraphs_is_still_flagged(separator):
    blocks = HALF_MARATHON[:2] + ["Okafor crosses the line in the city centre 01:24"] + HALF_MARATHON[2:]
    assert found(blocks, separator, ["UI102"]) == [("UI102", 3)]


# -- UI107: a letter's sign-off ----------------------------------------------

SHORT_LETTER = [
    "A note from the editor",
    "Dear subscribers,",
    "After 92 years in Harbour Street, the Gazette moves to new offices by the station this summer.",
    "We hope you will visit us there.",
    "With best wishes,",
    "Tom Akers",
    "Editor",
]
LONG_LETTER = SHORT_LETTER[:3] + [
    "The old building needs a new roof, new wiring and new windows, and the owners have decided to sell it to a developer.",
    "Our printing moved to Dundee two years ago, so the newsroom is all that is left, and it fits on a single floor.",
    "The new offices have a front counter, so you can still bring us your notices, letters and photographs in person.",
] + SHORT_LETTER[4:]


@pytest.mark.parametrize("letter", [SHORT_LETTER, LONG_LETTER], ids=["short", "long"])
@LAYOUTS
def test_a_letters_salutation_closing_and_signature_are_no_menu(separator, letter):
    assert found(letter, separator, ["UI107", "UI109"]) == []


@LAYOUTS
def test_a_menu_under_a_letters_signature_is_still_flagged(separator):
    blocks = LONG_LETTER[:-1] + ["Home", "World", "Sport"]
    assert found(blocks, separator, ["UI107"]) == [("UI107", len(blocks) - 2), ("UI107", len(blocks) - 1), ("UI107", len(blocks))]


@LAYOUTS
def test_a_menu_of_lines_ending_in_commas_above_a_letter_is_still_flagged(separator):
    blocks = ["News,", "Sport,", "Weather,"] + LONG_LETTER[2:]
    assert [line for code, line in found(blocks, separator, ["UI107"])] == [1, 2, 3]


# -- UI108: section headings recipes of one corpus share ---------------------

DISHES = {
    "pancakes": ("flour", "eggs", "Whisk the flour and eggs into a smooth batter and fry thin pancakes in butter."),
    "soup": ("leeks", "potatoes", "Soften the leeks, add the potatoes and stock, and simmer until tender."),
    "salad": ("tomatoes", "basil", "Slice the tomatoes, scatter over the basil and dress with olive oil."),
    "risotto": ("mushrooms", "rice", "Fry the mushrooms, stir in the rice and add hot stock a ladle at a time."),
}


def recipe(name, separator, extra=()):
    first, second, method = DISHES[name]
    blocks = [
        f"A weeknight {name} for two",
        f"Our {name} takes twenty minutes from start to finish and uses what most kitchens already have.",
        "Ingredients",
        f"- 300g {first}",
        f"- 150g {second}",
        "Method",
        method,
        *extra,
    ]
    return name, separator.join(blocks) + "\n"


@LAYOUTS
def test_section_headings_over_each_recipes_own_list_and_method_stay_clean(separator):
    articles = [recipe(name, separator) for name in DISHES]
    assert list(Linter(select=["UI108"]).lint_texts(articles)) == []


def recurring_lines(articles):
    """The line numbers UI108 reports in each article."""
    found = {name: [] for name, _ in articles}
    for d in Linter(select=["UI108"]).lint_texts(articles):
        found[d.path].append(d.line)
    return found


@LAYOUTS
def test_a_sites_lines_recurring_after_the_recipes_are_still_flagged(separator):
    extra = ("Kitchen Table Weekly", "A new recipe from our test kitchen every Friday.")
    articles = [recipe(name, separator, extra) for name in DISHES]
    step = len(separator)
    assert recurring_lines(articles) == {name: [1 + 7 * step, 1 + 8 * step] for name in DISHES}


@LAYOUTS
def test_a_heading_over_the_same_line_in_every_article_is_still_flagged(separator):
    # Inside the article, over a line that shares a word with it ("minutes"),
    # but the same line in every article: not the article's own.
    articles = []
    for name in DISHES:
        _, text = recipe(name, separator)
        tip = separator.join(["Tips", "Allow ten more minutes if you double the quantities."])
        articles.append((name, text.replace("Method", tip + separator + "Method")))
    step = len(separator)
    assert recurring_lines(articles) == {name: [1 + 5 * step, 1 + 6 * step] for name in DISHES}


# -- UI109: a buyer's guide's spec sheets between its reviews ----------------

GUIDE = [
    "The best kettles under £50, tested in our kitchen",
    "We boiled more than two hundred litres of water in twelve kettles over a month. Three of them stood out.",
    "Brennan Quickboil",
    "Price: £32",
    "Capacity: 1.7 litres",
    "The fastest of the group by almost a minute, and quiet enough to use before the rest of the house is awake.",
    "Arden Classic",
    "Price: £45",
    "Capacity: 1.5 litres",
    "A handsome steel kettle with a lid that opens wide, although the handle gets warm after a few boils in a row.",
    "Pico Travel",
    "Price: £19",
    "Capacity: 0.8 litres",
    "Small enough for a suitcase and surprisingly sturdy, it is the one to take on holiday or to a small office.",
]


@LAYOUTS
def test_a_buyers_guides_spec_sheets_under_the_same_labels_stay_clean(separator):
    assert found(GUIDE, separator, ["UI109"]) == []


@LAYOUTS
def test_a_labelled_block_that_stands_once_between_the_reviews_is_still_flagged(separator):
    # No other block under the same labels: not the guide's spec sheet.
    blocks = GUIDE[:2] + [GUIDE[5], GUIDE[9], "Sponsored", "Price: £19", "Offer: two for one", GUIDE[13]]
    assert ("UI109", 5) in found(blocks, separator, ["UI109"])

