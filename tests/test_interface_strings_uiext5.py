"""UI on what trafilatura leaves inside and after an article (issue 10,
extractor output, fifth round): a related list set anywhere in the text (a
heading of other stories, the widget's first teaser, its items), list items
of other stories' headlines inside the body, the heading over other stories
and the corrections prompt in several languages, the reporter's address.
Both layouts (one block a line, a blank line between blocks), on text
written for the project, with the clean look-alikes that must stay clean:
an article's own list opened by a sentence, a fact box, a list that speaks
of the article, a quoted "more about" in prose."""
import pytest

from lint_support import LAYOUTS, findings

BODY = [
    "The ferry company said on Monday that it would add a night crossing to the island from the first week of June.",
    "Islanders have asked for a later boat for years, saying the last sailing at six leaves workers stranded on the mainland.",
    "The new timetable will be tried for one summer, and the company will decide in October whether to keep it.",
    "A spokesman said the night boat would carry cars as well as foot passengers, and that fares would not change.",
]
OTHER_STORIES = [
    "- Orchard owners fear a late frost this spring",
    "- New bus line links the two hill villages",
    "- Why the old paper mill is up for sale",
]

HEADINGS = [
    "More about the island's transport:",
    "Más sobre el transporte en la isla:",
    "Mehr zum Thema Verkehr:",
    "Plus sur les transports de l'île :",
    "Related reading",
    "Ähnliche Artikel",
    "Matérias relacionadas",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("heading", HEADINGS)
def test_a_related_list_between_two_paragraphs_is_found_whole(heading, separator):
    blocks = BODY[:2] + [heading] + OTHER_STORIES + BODY[2:]
    found = findings(blocks, separator)
    assert set(found) == {heading, *OTHER_STORIES}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_related_widget_with_its_first_teaser_is_found_whole(separator):
    widget = [
        "Don't miss these Transport stories",
        "-",
        "Harbour wall repairs finish ahead of winter",
        "Repairs to the harbour wall finished a month early, the harbour master said on Friday.",
        *OTHER_STORIES,
    ]
    found = findings(BODY[:2] + widget + BODY[2:], separator)
    assert set(found) == set(widget)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_other_stories_listed_inside_the_body_without_a_heading_are_found(separator):
    # After a separator the page left (the widget's heading was an image).
    found = findings(BODY[:2] + ["-"] + OTHER_STORIES + BODY[2:], separator)
    assert set(OTHER_STORIES) <= set(found)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_checklist_opened_by_a_sentence_of_the_article_stays_clean(separator):
    # The review's case: items sharing no word with the prose, but opened
    # by the article's sentence (no colon), are its own advice.
    advice = [
        "Coastguards asked anyone crossing on the first night boats to plan ahead.",
        "- Pack a torch and a warm layer for the deck",
        "- Keep tickets printed in case phones lose signal",
        "- Book car spaces two days before sailing",
    ]
    assert findings(BODY[:2] + advice + BODY[2:], separator) == {}
    # So is a list of other stories set right under a paragraph: the price
    # of leaving the checklist alone (a false alarm costs more than a miss).
    assert findings(BODY[:2] + OTHER_STORIES + BODY[2:], separator) == {}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_related_list_after_the_body_opened_by_more_about_is_found(separator):
    heading = "More about the search for the missing island ferry:"
    items = ["- Divers find a second anchor off the point", "- Has the ferry's bell been found?", "- Families of the crew meet the minister"]
    found = findings(BODY + [heading] + items, separator)
    assert set(found) == {heading, *items}


ALONE = [
    "Write to Maria Lopez at maria.lopez@example.com",
    "Vous avez repéré une erreur ? Signalez-la à notre rédaction",
    "¿Viste un error? Avísanos",
    "Encontrou um erro? Avise-nos",
    "Tap the bell so you never miss a headline from us",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("item", ALONE)
def test_furniture_phrased_anew_is_found_after_the_body(item, separator):
    found = findings(BODY + [item], separator)
    assert set(found) == {item}


# The article's own lists and look-alikes: each must stay clean.
CLEAN = {
    "a list opened by a sentence": BODY[:2] + [
        "The company listed three changes for the summer:",
        "- A night crossing leaves the island at eleven",
        "- Cars may be booked on the night crossing",
        "- Foot passengers pay the same fare as by day",
    ] + BODY[2:],
    "a fact box of short items": BODY[:2] + [
        "More about the new boat",
        "- Length: 60 metres",
        "- Cars: 40",
        "- Built: 2019",
    ] + BODY[2:],
    "a list under the article's own subheading": BODY[:2] + [
        "What the crew packs",
        "- Two thermos flasks of strong tea",
        "- Spare gloves for the winter crossings",
        "- A radio tuned to the coastguard",
    ] + BODY[2:],
    "items that speak of the article": BODY[:2] + [
        "- The night crossing leaves the island at eleven",
        "- Islanders pay half fare on the night crossing",
        "- The company reviews the timetable in October",
    ] + BODY[2:],
    "a list of steps ending in full stops": BODY[:2] + [
        "More about booking a crossing:",
        "- Choose the night crossing on the booking page.",
        "- Enter the car's registration number.",
        "- Print the ticket or keep it on your phone.",
    ] + BODY[2:],
    "more about in a sentence": BODY[:2] + [
        "More about the plan will be said at a public meeting in the village hall on the first Thursday of May.",
    ] + BODY[2:],
    "a related list shown in a quotation": BODY[:2] + [
        "\"Related reading is what our customers ask for,\" the bookseller on the quay said of the summer's visitors.",
    ] + BODY[2:],
    "a press release's contact": BODY + ["More information: www.islandferries.example"],
    "an ellipsis between paragraphs": BODY[:2] + ["..."] + BODY[2:],
    "a full stop alone between paragraphs": BODY[:2] + ["."] + BODY[2:],
    "spanish prose with a found error": BODY[:2] + [
        "El inspector encontró un error en las cuentas del puerto y pidió que se revisaran todas las facturas del año.",
    ] + BODY[2:],
}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("name", CLEAN)
def test_the_articles_own_lists_and_look_alikes_stay_clean(name, separator):
    assert findings(CLEAN[name], separator) == {}


CJK_AND_ARABIC = [
    "市政府周一宣布，从六月第一周起增开一班夜间渡轮，岛上居民多年来一直要求延长航班时间。",
    "更多关于渡轮的信息将在五月的居民大会上公布，公司表示票价不会改变。",
    "フェリー会社は月曜日、六月の第一週から島への夜の便を増やすと発表した。島民は長年、遅い便を求めてきた。",
    "أعلنت شركة العبارات يوم الاثنين أنها ستضيف رحلة ليلية إلى الجزيرة اعتباراً من الأسبوع الأول من يونيو.",
    "وقال متحدث باسم الشركة إن الرحلة الليلية ستنقل السيارات والركاب، وإن الأسعار لن تتغير هذا الصيف.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_cjk_and_arabic_prose_with_list_items_stays_clean(separator):
    blocks = CJK_AND_ARABIC[:2] + ["- 夜间渡轮十一点出发", "- 票价保持不变", "- 十月再作决定"] + CJK_AND_ARABIC[2:]
    assert findings(blocks, separator) == {}


# ("Mehr zum Thema …" is left out: German sites head their related links
# with it, and UI101's catalogue knows it.)
OWN_SUBHEADINGS = ["More on the night crossing", "Earlier in the day", "Más sobre el nuevo horario", "Mehr über die Fähre", "更多航班加入夜间时刻表"]
OWN_ITEMS = [
    "- The night boat leaves the island at ten",
    "- Cars are carried at the usual fares",
    "- The trial runs until the end of September",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
@pytest.mark.parametrize("subheading", OWN_SUBHEADINGS)
def test_an_articles_more_on_subheading_without_a_colon_and_its_items_stay_clean(subheading, separator):
    # Review rv6: "More on …", "Earlier in the day", "Mehr über …" and
    # a Chinese line opening with 更多 are as often the article's own
    # subheadings; only a heading that ends in a colon names a widget.
    assert findings(BODY[:2] + [subheading] + OWN_ITEMS + BODY[2:], separator) == {}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_sentence_under_a_related_heading_is_not_taken_for_a_widgets_blurb(separator):
    # The widget's blurb follows its first story's headline; a sentence
    # right under the heading is the article's, and no list follows it here.
    sentence = "Drivers who park on the pavement will be fined from June, and the council will add forty spaces by the station."
    blocks = BODY[:2] + ["More about the island's transport:", sentence] + OWN_ITEMS + BODY[2:]
    assert sentence not in findings(blocks, separator)
