"""UI false alarms found by three new-user trials (trial22, trial23,
trial_cm), fixed by class: a line of results split by pipes is no menu, a
ranking's times on one line are no player's durations.  Clean text must
stay clean in both layouts (a blank line between blocks and none), and the
furniture beside it stays flagged.  Text written for the project."""
import pytest

from newslint import Linter
from lint_support import LAYOUTS

BODY = [
    "Ferry crews vote to accept new pay offer",
    "Crews on the island ferries voted on Thursday to accept a pay offer worth six per cent over two years, ending a dispute that began in spring.",
    "The operator said timetables would return to normal from Monday, after weeks of cancelled sailings on the busiest routes to the mainland.",
    "Island councillors said businesses had lost thousands of pounds while the ferries ran a reduced service through the early summer months.",
]


def flagged(lines, separator, code=None):
    """Index in ``lines`` -> the first finding on it (of ``code`` if given)."""
    text = separator.join(lines) + "\n"
    step = separator.count("\n")
    found = {}
    for d in Linter(select=["UI"]).lint_text(text):
        if code is None or d.code == code:
            found.setdefault((d.line - 1) // step, f"{d.code} {d.message}")
    return found


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
