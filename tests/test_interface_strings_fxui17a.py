"""UI false alarms found by three new-user trials (trial22, trial23,
trial_cm), fixed by class: a line of results split by pipes is no menu, a
ranking's times on one line are no player's durations.  Clean text must
stay clean in both layouts (a blank line between blocks and none), and the
furniture beside it stays flagged.  Text written for the project."""
import pytest

from newslint import Linter
from lint_support import LAYOUTS, first_ui_finding_by_block

BODY = [
    "Ferry crews vote to accept new pay offer",
    "Crews on the island ferries voted on Thursday to accept a pay offer worth six per cent over two years, ending a dispute that began in spring.",
    "The operator said timetables would return to normal from Monday, after weeks of cancelled sailings on the busiest routes to the mainland.",
    "Island councillors said businesses had lost thousands of pounds while the ferries ran a reduced service through the early summer months.",
]


flagged = first_ui_finding_by_block


# Results set out on one line, a score in every part split by pipes.
RESULT_ROWS = [
    "Leverkusen – Augsburg 3:1 | Bremen – Mainz 0-0 | Hoffenheim – Köln 2 – 2",
    "Harlequins 24-20 Bath | Saracens 31-17 Exeter | Sale 12-12 Gloucester",
    "Kiel – Lemgo 29:25 | Erlangen – Minden 30:30 | Hamburg – Wetzlar 27:31 | Lemgo – Kiel 22:26",
    "Dundee 1-0 Hibs | Celtic 3-1 Ross County | Rangers 2-2 Aberdeen",
    "España 2-1 Italia | Francia 0-0 Portugal | Alemania 4-2 Croacia",
    "Wales 21–18 Italy | France 30–12 Scotland | England 17–22 Ireland",
    "Lille 1 - 1 Nice | Lyon 2 - 0 Rennes | Lens 3 - 1 Brest",
    "Round 1: Smith 6-4 Jones | Round 2: Brown 6-3 Green | Final: Smith 7-5 Brown",
    "Ajax 3-0 PSV | Feyenoord 1-1 AZ | Twente 2-3 Utrecht",
    "Dragons 18:20 Lions | Wolves 25:25 Bears | Eagles 31:28 Sharks",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("row", RESULT_ROWS)
def test_a_line_of_results_split_by_pipes_is_no_menu(row, separator):
    lines = BODY[:2] + ["The weekend's scores:", row] + BODY[2:]
    assert 3 not in flagged(lines, separator)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("menu", ["Home | News | Sport | Weather", "World | UK | Business | Tech | Science", "Top 10 | Most read | Video"])
def test_a_menu_split_by_pipes_is_still_one(menu, separator):
    lines = BODY + [menu]
    assert "UI101" in flagged(lines, separator).get(len(BODY), "")


# A ranking's times on one line, each no shorter than the one before.
RANKINGS = [
    "Men: 1 Owen Pike 1:02:15; 2 Rhys Hale 1:03:40; 3 Alun Ford 1:05:02",
    "Women: 1 Cerys Bell 1:11:09, 2 Mair Lloyd 1:12:30, 3 Nia Rowe 1:12:58",
    "Under-20s: Tom Lake 15:20, Sam Wood 15:31, Joe Frost 15:47",
    "Veterans – 1st Ann Dale 38:12 – 2nd Joy Kerr 38:59 – 3rd Liz Moss 40:01",
    "Wheelchair race: 1 Ben Cole 1:28:40 2 Raj Patel 1:30:02 3 Lee Shaw 1:30:02",
    "Relay: Harriers 1:41:10, Striders 1:42:33, Pacers 1:44:50, Joggers 1:49:05",
    "Final times were Ayesha Khan 4:10:00, Mark Ross 4:12:30 and Paul Dee 4:15:45",
    "Fun run: Ella 24:10; Mia 25:02; Zoe 26:48",
    "Half marathon, men: Kiprono 1:01:30, Walsh 1:04:12, Dunne 1:06:40",
    "Masters 50: 1 Iwan Rees 41:33, 2 Huw Pryce 42:10, 3 Dai Evans 43:25",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("ranking", RANKINGS)
def test_a_ranking_of_times_on_one_line_is_no_video_duration(ranking, separator):
    lines = BODY[:2] + ["Results", ranking] + BODY[2:]
    assert 3 not in flagged(lines, separator, "UI102")


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("caption", ["Watch: the ferry leaves the harbour in a storm 01:42", "Crews vote to end the strike 02:05"])
def test_a_caption_with_its_duration_is_still_flagged(caption, separator):
    lines = BODY + [caption]
    assert "UI102" in flagged(lines, separator).get(len(BODY), "")


# A newspaper column as PDF-to-text writes it: a few words a line, the
# lines running on into each other (lower case next, or a word broken by a
# hyphen) down to a sentence's end.
COLUMN = [
    "Astronomers on three",
    "continents watched a bright",
    "comet pass close to the sun",
    "on Monday night, the obser-",
    "vatory said.",
    "Amateur observers said",
    "it was visible without",
    "a telescope for more",
    "than an hour.",
]
# Column heads: a section label and a headline wrapped over two lines.
COLUMN_HEADS = [
    ["SCIENCE", "Comet seen from", "three continents"],
    ["Bright comet", "delights stargazers"],
    ["NATUR", "Komet über drei", "kontinenten gesehen"],
    ["Комета видна", "на трёх континентах"],
    ["CIENCIA", "Un cometa visible", "en tres continentes"],
    ["Sky watchers", "see comet pass", "close to the sun"],
    ["Local astronomers", "share their photographs"],
    ["SPACE", "Comet returns after", "seventy years away"],
    ["Night sky", "puts on a show", "for the whole county"],
    ["Weather", "Clear skies helped", "observers everywhere"],
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("heads", COLUMN_HEADS, ids=lambda heads: heads[-1])
def test_a_narrow_column_is_no_menu(heads, separator):
    assert not flagged(heads + COLUMN, separator, "UI107")


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("menu", [["home", "news", "sport", "weather"], ["Home", "World", "Business", "Sport"], ["about us", "contact us", "careers"]])
def test_a_menu_over_a_narrow_column_is_still_one(menu, separator):
    found = flagged(menu + COLUMN_HEADS[0] + COLUMN, separator)
    assert all(index in found for index in range(1, len(menu))), found


# A headline under the page's menu (html2text's list of links), over the text.
HEADLINES_UNDER_A_MENU = [
    "# Quake shakes eastern province",
    "## Quake shakes eastern province",
    "# Ferry strike ends",
    "# Quake jolts the province",
    "Quake shakes eastern province",
    "Eastern province shaken",
    "# Night of aftershocks",
    "# Schools shut after quake",
    "Schools shut after quake",
    "# Quake: what we know",
]
QUAKE_TEXT = [
    "A quake of magnitude 5.1 shook the eastern province before dawn on Tuesday, waking thousands of people in their homes.",
    "The disaster agency said the quake struck at a depth of seven kilometres and that schools in the province would stay shut.",
    "There were no early reports of deaths, although several old buildings were damaged and a night of aftershocks followed.",
]
LINK_MENU = ["  * [News](/news)", "  * [Business](/business)", "  * [Sport](/sport)", "  * [Opinion](/opinion)"]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("headline", HEADLINES_UNDER_A_MENU)
def test_a_headline_under_a_menu_is_no_menu_item(headline, separator):
    found = flagged(LINK_MENU + [headline] + QUAKE_TEXT, separator)
    assert len(LINK_MENU) not in found, found
    assert all(index in found for index in range(len(LINK_MENU))), found


# A one-sentence paragraph said twice: a repeated passage (TX111 reports the
# copy), not a caption; beside a subheading, a link or a short sentence.
DOUBLED = [
    ("The council will spend £2m on new cycle lanes across the town centre.", ["## Cycling", None, "Roads were resurfaced.", None]),
    ("The harbour master said the channel would be dredged again next spring.", [None, "[Sign up for our newsletter](/newsletter)", None, None]),
    ("Tickets for the final went on sale at nine o'clock on Monday morning.", ["### Tickets", None, None, None]),
    ("The bank cut its forecast for growth this year to just under one per cent.", [None, "Shares fell 3%.", None, None]),
    ("Police said the road would stay closed until the inquiry was complete.", ["Road closed", None, None, "[More local news](/local)"]),
    ("The school has 420 pupils and employs 31 teachers and 12 support staff.", ["## Numbers", None, None, None]),
    ("The museum expects about 80,000 visitors in the first year of opening.", [None, "Visitors welcome.", None, None]),
    ("Ministers will publish the full plan for the railway before the end of June.", ["## What next", None, None, None]),
    ("The club said the striker would be out for at least six more weeks.", [None, None, "### Injuries", None]),
    ("Rents in the city rose by eight per cent in the year to September.", ["**Rents**", None, None, None]),
]
PROSE = [
    "The plans were approved at a meeting of the full council on Tuesday evening after a long debate.",
    "Opposition members said the money would be better spent on repairing the town's crumbling pavements.",
    "Residents had been asked for their views in a survey that drew more than three thousand replies.",
    "A final decision on the second phase of the scheme is not expected until later in the year.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("sentence, around", DOUBLED, ids=[sentence[:20] for sentence, _ in DOUBLED])
def test_a_one_sentence_paragraph_said_twice_is_no_caption(sentence, around, separator):
    before_first, after_first, before_second, after_second = around
    lines = ["Town council approves spending plans", PROSE[0]]
    lines += [x for x in (before_first, sentence, after_first) if x] + PROSE[1:3]
    lines += [x for x in (before_second, sentence, after_second) if x] + PROSE[3:]
    copies = [index for index, line in enumerate(lines) if line == sentence]
    found = flagged(lines, separator, "UI106")
    assert not any(index in found for index in copies), found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_caption_said_twice_among_short_lines_is_still_one(separator):
    caption = "Firefighters at the scene of the blaze on Tuesday night."
    lines = ["Warehouse fire", caption, "Image copyright", PROSE[0], PROSE[1], "Media playback is unsupported", caption, "Share this page"]
    found = flagged(lines, separator, "UI106")
    assert 1 in found and 6 in found, found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_the_copy_of_a_one_sentence_paragraph_is_reported_as_a_repeated_passage(separator):
    sentence, (before_first, _, _, after_second) = DOUBLED[0][0], DOUBLED[4][1]
    lines = ["Town council approves spending plans", PROSE[0], before_first, sentence] + PROSE[1:3] + [sentence, after_second]
    text = separator.join(lines) + "\n"
    step = separator.count("\n")
    codes = {((d.line - 1) // step, d.code) for d in Linter(select=["UI", "TX"]).lint_text(text)}
    assert (6, "TX111") in codes and not any(index in (3, 6) and code.startswith("UI") for index, code in codes), codes


# UI109: the article's own lines the layout rule took for the page's.
RELEASE = [
    "The open-source database Larkspur has released version 5.0, its first major release since the project moved to a foundation.",
    "The release adds a query planner that its maintainers say halves the time of the slowest reports on large tables.",
    "Users upgrading from version 4 are asked to back up their data and to read the migration guide before they start.",
    "Maintainer Ines Okafor said the planner had been rewritten from scratch over eighteen months of evenings and weekends.",
]
CODE_BLOCKS = [
    ["```", "pip install --upgrade larkspur==5.0.0", "larkspur migrate --check ./data", "```"],
    ["```bash", "larkspur migrate --check ./data", "```"],
    ["```", "brew upgrade larkspur", "```"],
    ["```sh", "npm install larkspur@5", "npx larkspur doctor", "```"],
    ["```", "docker pull larkspur/server:5.0", "docker run -p 7000:7000 larkspur/server:5.0", "```"],
    ["```python", "import larkspur", "db = larkspur.open('data')", "```"],
    ["```", "apt-get install larkspur", "```"],
    ["```yaml", "planner: new", "retries: 3", "```"],
    ["```", "cargo install larkspur-cli", "larkspur --version", "```"],
    ["```console", "$ larkspur backup ./data", "$ larkspur migrate ./data", "```"],
]
AFTER_CODE = "The project has about 900 contributors and is used by several hospitals and public research institutes."


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("block", CODE_BLOCKS, ids=lambda block: block[1])
def test_a_code_block_and_the_sentence_after_it_are_the_article(block, separator):
    lines = ["# Larkspur 5.0 rewrites its query planner"] + RELEASE + block + [AFTER_CODE]
    assert not flagged(lines, separator), flagged(lines, separator)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_furniture_after_a_code_block_is_still_flagged(separator):
    lines = ["# Larkspur 5.0 rewrites its query planner"] + RELEASE + CODE_BLOCKS[0] + [AFTER_CODE, "Share this article", "Most read"]
    found = flagged(lines, separator)
    assert set(found) == {len(lines) - 2, len(lines) - 1}, found


# A live page's headline: a title, one spaced dash, a label.
LIVE_TITLES = [
    "Harbour City Marathon 2026 – live",
    "Harbour City Marathon — live updates",
    "Storm Ingrid - latest",
    "Budget day 2026 – as it happened",
    "Regional elections – live results",
    "Cup final – live",
    "Harbour City Marathon 2026 — follow it live",
    "County cricket – day two live",
    "Flood warnings – what we know",
    "Transfer deadline day – live",
]
LIVE_ENTRIES = [
    "Updated 3 minutes ago",
    "08:30 – The wheelchair race is under way in cool, dry conditions with a light breeze off the water.",
    "08:45 – Anna Berg leads the women's field through five kilometres in a group of four runners.",
    "09:10 – Berg has pulled clear on the long climb out of the old town and leads by twenty seconds.",
    "09:40 – The leading men pass halfway together, with the course record still within reach.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("title", LIVE_TITLES)
def test_a_live_pages_dashed_headline_is_no_furniture(title, separator):
    found = flagged([title] + LIVE_ENTRIES, separator)
    assert 0 not in found, found
    assert "UI102" in found.get(1, ""), found  # the page's clock stays flagged


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("menu", ["Home | News | Sport", "News – Sport – Weather", "Home » News » Local"])
def test_a_menu_over_a_live_page_is_still_flagged(menu, separator):
    found = flagged([menu, LIVE_TITLES[0]] + LIVE_ENTRIES, separator)
    assert 0 in found and not any(index in found for index in range(3, 2 + len(LIVE_ENTRIES))), found


# A press release's contact block under the note on its issuer.
CONTACT_BLOCKS = [
    ["Media contact", "Ruth Okoro, Communications Manager", "Larkspur Foundation", "press@larkspur.example"],
    ["Press enquiries", "Dan Hill", "+44 20 7946 0321"],
    ["Media contacts", "Jo Park, Press Officer", "jo.park@larkspur.example", "+44 161 496 0102"],
    ["Press office", "Larkspur Foundation", "press@larkspur.example"],
    ["Media enquiries", "Sam Reid", "Head of Media", "0161 496 0555"],
    ["Newsroom contact", "Amal Haddad", "newsroom@larkspur.example"],
    ["Media relations", "Piet de Vries, Senior Adviser", "+31 20 555 0199"],
    ["Press contact", "Lena Vogt", "Larkspur Foundation", "lena.vogt@larkspur.example"],
    ["Media contact", "Tom Ince", "tom.ince@larkspur.example"],
    ["Press contacts", "Ana Ruiz", "ana.ruiz@larkspur.example", "+34 91 555 0123"],
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("ends", [[], ["ENDS"]], ids=["no-end-mark", "end-mark"])
@pytest.mark.parametrize("block", CONTACT_BLOCKS, ids=lambda block: block[0] + block[1])
def test_a_press_releases_contact_block_is_the_release(block, ends, separator):
    lines = ["FOR IMMEDIATE RELEASE", "Larkspur Foundation releases version 5.0 of its database"] + RELEASE
    lines += ["About Larkspur Foundation", "Larkspur Foundation looks after the Larkspur database and its community. It was set up in 2019."]
    lines += block + ends
    assert not flagged(lines, separator), flagged(lines, separator)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_news_pages_footer_after_an_article_is_still_flagged(separator):
    lines = ["Larkspur Foundation releases version 5.0 of its database"] + RELEASE
    lines += ["Contact us", "Advertise with us", "Privacy policy", "tips@harbourtimes.example"]
    found = flagged(lines, separator)
    assert all(index in found for index in range(len(lines) - 4, len(lines))), found


# A list without links in a Markdown page whose related stories are links.
BULLETS = [
    ["* Pupils can also be seen at their family doctor", "* Parents will get a letter asking for consent"],
    ["- Clinics open at half past eight", "- Drop-in sessions on Saturdays"],
    ["* Free for everyone under nineteen", "* Two doses four weeks apart"],
    ["* Bring the red book if you still have it", "* No appointment needed at weekends"],
    ["- Schools in the north first", "- Then the rest of the region from May"],
    ["* Over 1,200 doses given in the first week", "* Nine schools visited so far"],
    ["* Side effects are usually mild", "* A sore arm for a day or two"],
    ["+ Teachers will be offered the jab too", "+ So will school kitchen staff"],
    ["* Catch-up clinics in libraries", "* Mobile units for rural villages", "* Evening slots at health centres"],
    ["* Forms can be returned online", "* Or handed in at the school office"],
]
VACCINE = [
    "# School vaccine drive begins next month",
    "Nurses will offer catch-up jabs in secondary schools across the region from next month, after a rise in cases this winter.",
    "Health officials said about one pupil in ten between twelve and sixteen had missed at least one of the recommended doses.",
    "A public health consultant said the illness was not mild and that children were taken to hospital with it every week.",
]
RELATED = ["**More on this story**", "* [Cases rise sharply in the north](/health/1)", "* [What are the symptoms?](/health/2)"]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("bullets", BULLETS, ids=lambda bullets: bullets[0])
def test_a_list_with_no_links_in_a_page_of_links_is_the_articles(bullets, separator):
    lines = VACCINE + bullets + ["[Read our full coverage of the outbreak](/topics/vaccines)"] + RELATED
    found = flagged(lines, separator)
    assert not any(index in found for index in range(len(VACCINE), len(VACCINE) + len(bullets))), found
    assert all(index in found for index in range(len(lines) - len(RELATED), len(lines))), found


# An explainer's question subheadings, each over its answer.
EXPLAINER = [
    ("What is a cold snap?", "A cold snap is a spell of several days when temperatures fall well below what is normal for the time of year across a wide area."),
    ("How cold will it get?", "Forecasters expect lows of minus twelve in sheltered valleys, and hard frosts even in coastal towns that rarely see them."),
    ("Why is it happening now?", "A block of high pressure to the north is drawing air straight down from the Arctic, and it may take a week to move away."),
    ("Who should take care?", "Older people, babies and anyone with a heart or lung condition are most at risk. Health officials advise people to:"),
]
EXPLAINER_LIST = ["1. keep at least one room warm all day;", "2. wear several thin layers rather than one thick one;", "3. check on neighbours who live alone."]
EXPLAINER_END = "Councils have opened warm spaces in libraries and community centres, and some will stay open late this week."


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("order", range(4))
def test_an_explainers_questions_are_no_teasers(order, separator):
    pairs = EXPLAINER[order:] + EXPLAINER[:order]
    pairs = [pair for pair in pairs if pair is not EXPLAINER[3]] + [EXPLAINER[3]]
    lines = ["What is a cold snap, and how long will this one last?", "Much of the country woke to hard frost this morning, and forecasters say the cold will last into next week."]
    for question, answer in pairs:
        lines += [question, answer]
    lines += EXPLAINER_LIST + [EXPLAINER_END]
    assert not flagged(lines, separator), flagged(lines, separator)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_drawing_between_rules_of_tildes_is_no_code_sample(separator):
    # A rule of tildes opens a fence to the document model, but only a fence
    # of backticks makes the lines between a sample the body runs on across.
    lines = ["# Larkspur 5.0 rewrites its query planner"] + RELEASE + [
        "Reply", "Sam July 15, 2012 at 1:20 pm", "~~~~~~~~~~~~~~~~~~~~", "…… /| )", "-__/ | ♥)___", "~~~~~~~~~~~~~~~~~~~~",
        "Thanks for this, it was a good read and I will try it at the weekend.", "Reply",
    ]
    found = flagged(lines, separator)
    assert {5, 7, 11, 12} <= set(found), found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_sites_banner_with_the_days_date_over_a_live_page_is_still_flagged(separator):
    found = flagged(["Harbour Gazette online edition - Sunday, March 1, 2026"] + LIVE_ENTRIES, separator)
    assert 0 in found, found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_menus_last_item_named_again_in_the_text_is_still_a_menu_item(separator):
    menu = ["News", "Sport", "Business", "Politics"]
    text = ["Politics in the region turned bitter on Tuesday as the two main parties traded insults over the budget."] + QUAKE_TEXT[1:]
    found = flagged(menu + text, separator, "UI107")
    assert set(found) == {0, 1, 2, 3}, found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_teasers_heading_past_the_body_is_still_a_menu_item(separator):
    teaser = ["Guides", "Explainers", "Island ferry timetables", "The island ferry timetables change every winter, when the operator runs fewer sailings on its busiest routes."]
    found = flagged(BODY + teaser, separator)
    assert all(index in found for index in range(len(BODY), len(BODY) + 3)), found
