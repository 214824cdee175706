"""UI on what trial7 (a new-user trial) found, wave 2, helper fxui7.

False alarms on clean text, each from a general cause: a letters page is
several short texts each signed (a signature block, then the next letter's
heading and prose, is not the end of the body); Markdown emphasis around a
list's heading hid its shape; a poem's or a song's lines run on at their
commas; a short heading over labelled rows of figures needs no colon; one
line of furniture between a listicle's numbered sections, or under a
subheading, made the rest look like a teaser list.  Misses: a metered
paywall's notices, share rows of Markdown links or of networks, long prompts
glued after a paragraph's last sentence, and furniture in Italian, Dutch,
Polish, Turkish, Vietnamese and Hebrew.  Every test runs in both layouts, on
text written for these tests."""
import pytest

from lint_support import LAYOUTS, findings
from newslint.rules.interface_strings.layout import _figures

LETTERS_PAGE = [
    "Letters: Ferry fares, the new cycle lane and a lost glove",
    "Island ferry fares are out of reach",
    "Your report on the ferry company's new prices (Travel, 3 May) did not mention that a return ticket for a family of four now costs more than a week's shopping. We live on the island and have no other way to reach the hospital.",
    "The company says fuel has gone up. So has everything else, and our wages have not.",
    "Alison Drew",
    "Kerrera",
    "Cyclists deserve better than paint",
    "The new cycle lane on Harbour Road is a line of white paint between parked vans and buses. I ride it every morning with my daughter, and most days we give up halfway and walk.",
    "A kerb would cost little and save a life.",
    "Prof Tomas Reyes",
    "Department of Civil Engineering, Northshore University",
    "Found: one red glove",
    "Whoever dropped a small red glove outside the library on Saturday will find it pinned to the noticeboard by the door. It has been waiting patiently all week.",
    "Nadia Osei",
    "Ballymore",
]

HEBREW_LETTERS = [
    "מכתבים לעורך",
    "החניה ליד בית הספר",
    "בכל בוקר ההורים עוצרים על המדרכה ליד השער, והילדים נאלצים ללכת בכביש. ביקשנו מהעירייה לסמן מקום לעצירה קצרה, אבל לא קיבלנו תשובה.",
    "אני מקווה שמישהו יטפל בזה לפני החורף.",
    "דנה לוי",
    "חיפה",
    "הספרייה בשכונה",
    "הספרייה הקטנה שלנו נסגרת מוקדם מדי בימי חמישי, בדיוק כשהילדים חוזרים מהחוגים. שעה אחת נוספת תעשה הבדל גדול.",
    "תודה למתנדבות.",
    "משה כהן",
    "נתניה",
]

EMPHASISED_HEADING = [
    "# Reservoir levels recover after a wet spring",
    "__At a glance__",
    "- Reservoirs in the north-west are 91% full, up from 64% in March",
    "- Hosepipe restrictions in three counties will end on Friday",
    "- Water companies say leaks still cost a fifth of supply",
    "Reservoirs across the north-west of England have refilled faster than expected after the wettest spring in a decade, the Environment Agency said on Tuesday.",
    "Levels stood at 91% at the end of May, compared with 64% in March, when a dry winter had prompted warnings of restrictions lasting into the autumn.",
    "Three water companies said hosepipe restrictions in Cumbria, Lancashire and Cheshire would be lifted on Friday.",
    "Campaigners said the recovery should not distract from leaks, which the agency estimates waste a fifth of the water put into supply each day.",
]

POEM = [
    "Poem of the month: \"Low Tide, Tuesday\" by Ewan Marsh",
    "This month's poem is taken from Ewan Marsh's new pamphlet, Salt Rooms, which the poet wrote during a winter spent on the north Norfolk coast.",
    "Low Tide, Tuesday",
    "The boats lie down like dogs along the mud,",
    "each tethered to the memory of water.",
    "A heron counts the minutes on one leg.",
    "The wind has nothing more to say today.",
    "I walk the hard sand out towards the channel,",
    "past ribs of wrecks and bottles green with weed,",
    "and find the sea has left without a word,",
    "the way you did, and just as sure to come back.",
    "Marsh writes about absence without naming it. The poem's quiet turn comes in its last line, where the tide becomes a person and the person a tide.",
]

FIGURES_TABLE = [
    "Nordlicht Energie lifts profit as grid business grows",
    "Nordlicht Energie said on Thursday that its operating profit rose 14% in the first half to 2.1 billion euros, helped by higher fees from its power grid business.",
    "Revenue rose 6% to 18.4 billion euros, and the company kept its forecast for the full year.",
    "Results by division",
    "Grids: revenue 6.2bn euros, profit 1.3bn euros",
    "Renewables: revenue 4.1bn euros, profit 0.6bn euros",
    "Retail: revenue 8.1bn euros, profit 0.2bn euros",
    "Chief executive Hanna Vogt said the company would invest a further 3 billion euros in cables linking offshore wind farms to the mainland.",
]

LISTICLE = [
    "# Six ways to cut your food waste this winter",
    "The average household throws away a fifth of the food it buys, and most of it could have been eaten. These habits make the biggest difference.",
    "## 1. Check the fridge before you shop",
    "A quick look before leaving the house stops you buying a second bag of salad that wilts before the first one is finished.",
    "## 2. Freeze bread the day you buy it",
    "Sliced bread toasts straight from the freezer, so a loaf lasts weeks instead of days and the last slices never turn green.",
    "## 3. Learn what best before means",
    "Best before dates are about quality, not safety. Eggs, yoghurt and hard cheese are often fine well after the date printed on them.",
    "## 4. Cook once, eat twice",
    "Doubling a stew or a soup costs little extra, and the second half makes a ready meal for a busy evening later in the week.",
    "## 5. Keep a leftovers shelf",
    "One shelf in the fridge for food that needs eating first means nobody has to hunt for the half tin of beans at the back.",
    "## 6. Use a shopping list",
    "Shoppers with a list buy less on impulse, and impulse buys are the ones most likely to end up in the bin.",
]
PAYWALL_LINE = "You have read 4 of 10 free stories this month. Subscribe for £2 a week to carry on reading."

FACTCHECK = [
    "Factcheck: kost een treinkaartje echt twee keer zo veel als tien jaar geleden?",
    "De bewering",
    "Een wethouder zei vorige week in de gemeenteraad dat een enkele reis naar Utrecht „twee keer zo duur is als tien jaar geleden”.",
    "Ons oordeel",
    "Onjuist. Een enkele reis kostte tien jaar geleden 9,80 euro en kost nu 13,40 euro. Dat is een stijging van ongeveer 37 procent, niet honderd procent.",
    "Wel klopt het dat de prijs van een dagretour voor reizigers zonder korting sneller is gestegen dan de inflatie in dezelfde periode.",
    "Een woordvoerder van de wethouder liet weten dat hij „de totale reiskosten van een gezin” bedoelde.",
]
COOKIE_LINE = "We gebruiken cookies zodat de website goed werkt en we kunnen meten hoe hij wordt gebruikt. Oké"


def ui_lines(blocks, separator):
    return {line: found for line, found in findings(blocks, separator).items() if any(code != "UI104" for code, _ in found)}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize(
    "blocks", [LETTERS_PAGE, HEBREW_LETTERS, EMPHASISED_HEADING, POEM, FIGURES_TABLE, LISTICLE, FACTCHECK],
    ids=["letters", "hebrew-letters", "emphasised-heading", "poem", "figures-table", "listicle", "factcheck"],
)
def test_clean_articles_stay_clean(blocks, separator):
    assert ui_lines(blocks, separator) == {}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_poem_whose_last_paragraph_was_cut_keeps_its_title(separator):
    cut = POEM[:-1] + ["Marsh writes about absence without naming it. The poem's quiet turn comes in its"]
    assert "Low Tide, Tuesday" not in ui_lines(cut, separator)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_one_line_of_furniture_between_numbered_sections_flags_that_line_only(separator):
    damaged = LISTICLE[:6] + [PAYWALL_LINE] + LISTICLE[6:]
    found = ui_lines(damaged, separator)
    assert list(found) == [PAYWALL_LINE]
    assert found[PAYWALL_LINE] == [("UI101", f'paywall notice left in the text: "{PAYWALL_LINE}"')]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_banner_under_a_subheading_leaves_the_subheading_alone(separator):
    damaged = FACTCHECK[:4] + [COOKIE_LINE] + FACTCHECK[4:]
    found = ui_lines(damaged, separator)
    assert list(found) == [COOKIE_LINE]
    assert found[COOKIE_LINE][0][1].startswith("cookie or consent banner")


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_pages_string_between_a_letter_and_its_signature_is_the_only_finding(separator):
    counter = "Read 8 comments"
    damaged = LETTERS_PAGE[:9] + [counter] + LETTERS_PAGE[9:]
    assert list(ui_lines(damaged, separator)) == [counter]


def test_a_rows_figures_are_no_date():
    assert _figures(" revenue 6.2bn euros")
    assert not _figures(" 12 March 2024")


# Furniture phrased otherwise than trial7's, each with the kind its message names.
ALONE = [
    ("[Share on WhatsApp](https://wa.me/?text=x) [Email](mailto:?subject=Rivers)", "sharing or print button"),
    ("[Post to LinkedIn](https://www.linkedin.com/shareArticle?url=x)", "sharing or print button"),
    ("Share: WhatsApp Facebook Telegram", "sharing or print button"),
    ("You've hit your monthly article limit. Subscribe today for unlimited access.", "paywall notice"),
    ("Subscribe now to keep reading", "paywall notice"),
    ("This article is only available to subscribers", "paywall notice"),
    ("You have 1 free story left this month", "paywall notice"),
    ("Watch: highlights from Saturday's final (3:41)", "video player label"),
    ("Load 5 new posts", "navigation link"),
    ("Jetzt unseren Politik-Newsletter abonnieren und nichts verpassen", "subscription or paywall prompt"),
    ("Udostępnij | Komentarze (4)", "sharing or print button"),
    ("Bizi Instagram'dan takip edin", "follow-us prompt"),
    ("Đọc thêm: Những con đường đẹp nhất miền Bắc", "navigation link"),
    ("שתף את הידיעה בוואטסאפ", "sharing or print button"),
    ("<저작권자 © 바다일보 무단전재-재배포 금지>", "copyright notice"),
    ("この記事の続きはログインするとお読みいただけます", "paywall notice"),
    ("Leggi anche: La nuova stagione del teatro comunale", "navigation link"),
    ("Lees ook: Waarom de trein vaker te laat is", "navigation link"),
]
ARTICLE = [
    "Severn flood defences to be raised by half a metre",
    "The Environment Agency will raise flood walls along a three-mile stretch of the river Severn by half a metre after two winters of record water levels.",
    "Work will begin in September and is expected to take eighteen months, during which a riverside footpath will close in sections.",
    "Residents of the worst-hit streets said the plans came too late for homes that had flooded three times since 2020.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("line, kind", ALONE, ids=[line[:24] for line, _ in ALONE])
def test_furniture_alone_on_its_line_is_found_with_its_kind(line, kind, separator):
    found = ui_lines(ARTICLE[:2] + [line] + ARTICLE[2:], separator)
    assert line in found
    assert found[line][0][0] == "UI101" and found[line][0][1].startswith(kind)


GLUED = [
    ("Recibe las últimas noticias de Getafe en nuestro canal de Telegram", "follow-us prompt"),
    ("You have read 3 out of your 4 free articles this month. Register to continue reading", "paywall notice"),
    ("Bizi Google Haberler'den takip edebilirsiniz", "follow-us prompt"),
    ("무단전재 및 재배포 금지", "copyright notice"),
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("tail, kind", GLUED, ids=[tail[:24] for tail, _ in GLUED])
def test_a_notice_glued_after_the_last_sentence_is_found(tail, kind, separator):
    glued = ARTICLE[-1] + " " + tail
    found = ui_lines(ARTICLE[:-1] + [glued], separator)
    assert found[glued][0][0] == "UI101"
    assert found[glued][0][1] == f'{kind} after the text: "{tail}"'


# Sentences an article writes with the words of those notices.
PROSE = [
    "Facebook and Twitter were both fined by the regulator in March.",
    "She has read three of the five novels on the prize's shortlist this month.",
    "Subscribers to the council's alerts can read the full report online from Monday.",
    "The trailer, released on Monday, runs for just over two minutes.",
    "Follow the river path for a mile and the ferry landing is on your left.",
    "The museum shares its collection online, and more than a thousand objects can be viewed there.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_prose_in_the_words_of_the_notices_stays_clean(separator):
    blocks = ARTICLE[:2] + [" ".join(PROSE[:3]), " ".join(PROSE[3:])] + ARTICLE[2:]
    assert ui_lines(blocks, separator) == {}
    glued = ARTICLE[:-1] + [ARTICLE[-1] + " " + PROSE[-1]]
    assert ui_lines(glued, separator) == {}
