"""Markdown as an extractor like html2text writes a page (a blank line
between blocks, "#" headings, "* " list items, "[text](url)" links): the
document model reads a line as its reader sees it, so every rule judges the
words and not the markup, and findings keep the columns of the original
text.  Both layouts where the layout matters, on text written for the
project."""
import pytest

from newslint import Linter
from newslint.document import Document, line_shape, read_markdown
from newslint.rules.interface_strings.tables import _is_result

from growth import assert_linear
from lint_support import LAYOUTS, findings

BODY = [
    "The council voted on Monday to fund a new bridge across the river near the station.",
    "Work will begin in June and should end next spring, officials said on Tuesday evening.",
    "The cost is about two million pounds, most of it from a regional grant for transport.",
    "Residents who objected to the plan say the bridge will bring more traffic to their streets.",
]


def lint_with(*codes):
    linter = Linter(select=list(codes))
    return lambda text: list(linter.lint_text(text))


# 1. The line's shape is what the reader sees.

@pytest.mark.parametrize(
    "line, text, heading",
    [
        ("# Storm Agnes live: trains cancelled", "Storm Agnes live: trains cancelled", 1),
        ("## Teams", "Teams", 2),
        ("### Read more ###", "Read more", 3),
        ("[Politik](/x/1)", "Politik", 0),
        ('[Kontakt](https://example.org/kontakt "Kontakt")', "Kontakt", 0),
        ("![A crowd on the bridge](/i/0.jpg)", "A crowd on the bridge", 0),
        ("**Update:** the road has **reopened**.", "Update: the road has reopened.", 0),
        ("It was *not* the first time.", "It was not the first time.", 0),
    ],
)
def test_markdown_is_read_as_its_reader_sees_it(line, text, heading):
    assert read_markdown(line) == (text, heading)


@pytest.mark.parametrize(
    "line",
    [
        "#hashtag trends again",  # no space: a hashtag, not a heading
        "Multiply 5 * 3 * 2 to get 30.",  # stars with spaces round them are arithmetic
        "Call __init__ before the first request.",  # code, not bold
        "The result [in brackets] stays.",  # brackets with no address
        "a_b and c_d are variable names",
    ],
)
def test_text_that_is_not_markdown_is_left_as_it_is(line):
    assert read_markdown(line) == (line, 0)


def test_a_link_list_item_is_a_list_item_of_its_text():
    shape = line_shape("* [Politik](/x/1)")
    assert (shape.text, shape.words, shape.list_item) == ("Politik", 1, True)


def test_the_documents_shapes_read_markdown_as_line_shape_does():
    text = "# Storm Agnes live\n\n* [Home](/x/0)\n\n![](/i/0.jpg)\n\nThe **storm** hit [the coast](/c) at dawn.\n"
    document = Document(text)
    assert document.shapes == tuple(line_shape(line.text, document.ascii_words) for line in document.lines)
    assert document.shapes[-1].words == 7  # the address's "c" is no word the reader sees


# 2. Findings on Markdown lines: the columns of the original text.

MENU = ["* [Startseite](/x/0)", "* [Politik](/x/1)", "* [Wirtschaft](/x/2)", "* [Kultur](/x/4)"]
BARE_MENU = ["[Startseite](/x/0)", "[Politik](/x/1)", "[Wirtschaft](/x/2)", "[Kultur](/x/4)"]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_menu_of_markdown_links_is_found_as_its_words_are(separator):
    found = findings(BARE_MENU + BODY, separator)
    assert all(line in found for line in BARE_MENU)
    assert not any(line in found for line in BODY)


def test_a_finding_on_a_markdown_link_quotes_the_original_line():
    text = "\n".join(BARE_MENU + BODY) + "\n"
    diagnostics = [d for d in Linter(select=["UI"]).lint_text(text) if d.line == 2]
    assert diagnostics and diagnostics[0].col == 1
    assert "[Politik](/x/1)" in diagnostics[0].message


# 3. The page's headline, marked "# ", is the article's wherever it stands.

LIVE_POSTS = [
    "14:45",
    "Network Rail says all services between Carlisle and Glasgow are suspended until at least 6pm because of fallen trees.",
    "Share this post",
    "14:20",
    "The energy network operator now reports 23,000 homes without power across Cumbria and the Borders.",
    "Share this post",
    "13:58",
    "Schools in the Borders will stay closed tomorrow, the council confirmed in a short statement this afternoon.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_marked_headline_above_the_body_stays_clean(separator):
    blocks = ["* [Home](/x/0)", "* [Live](/x/1)", "* [Weather](/x/2)", "# Storm Agnes live: trains cancelled and thousands without power"] + BODY
    found = findings(blocks, separator)
    assert "# Storm Agnes live: trains cancelled and thousands without power" not in found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_marked_headline_under_the_first_post_stays_clean(separator):
    blocks = LIVE_POSTS[:3] + ["# Storm Agnes live: trains cancelled and thousands without power"] + LIVE_POSTS[3:] + BODY
    found = findings(blocks, separator)
    assert "# Storm Agnes live: trains cancelled and thousands without power" not in found
    assert "Share this post" in found  # the furniture around it is still reported


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_subheadings_and_lists_in_a_markdown_tech_article_stay_clean(separator):
    blocks = [
        "# Lumen 3 is out, and the upgrade is worth an afternoon",
        "The new release of the Lumen test runner rewrites its scheduler and caches results between runs.",
        "## What changed",
        "The runner now keeps a **cache** of results on disk, keyed by the hash of each test file.",
        "* Faster warm runs",
        "* A new `--shard` option",
        "* The old config format still works",
        "Most projects need no change at all, though plugins that patch the scheduler must be updated.",
        "## Should you upgrade?",
        "If your suite is slow and mostly deterministic, the upgrade is worth an afternoon of your time.",
    ]
    assert findings(blocks, separator) == {}


# 4. A table of figures: durations are figures.

@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_benchmark_table_of_durations_stays_clean(separator):
    table = [
        "Benchmarks",
        "Project | Lumen 2 | Lumen 3",
        "Monorepo (cold) | 9m 52s | 9m 40s",
        "Monorepo (warm) | 8m 11s | 38s",
    ]
    found = findings(BODY[:2] + table + BODY[2:], separator)
    assert not any(line in found for line in table[1:])


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_menu_split_by_bars_is_still_reported(separator):
    menu = "Home | News | Sport | Weather"
    found = findings([menu] + BODY, separator)
    assert menu in found


# 5. A results line is short: a long line is never matched against RESULT.

def test_a_long_line_is_no_result():
    assert not _is_result("中国经济" * 8000)
    assert _is_result("Millbrook Rovers 2-3 Harbour City")


@pytest.mark.parametrize("filler", ["中国经济", "x"])
def test_a_long_line_without_spaces_is_judged_in_linear_time(filler):
    # Up to a line of 100,000 characters; on main RESULT backtracked over
    # the whole line (seconds for a few thousand characters).
    body = "\n".join(BODY * 10) + "\n"
    assert_linear(lambda n: body + filler * (n // len(filler)) + "\n", lint_with("UI101", "UI109"), n=25_000)


# 6. A breadcrumb trail and an advertising label with its prompt are UI's.

GERMAN_BODY = [
    "Der Stadtrat hat am Dienstag beschlossen, entlang der Uferstraße neue Radwege zu bauen.",
    "Die Arbeiten sollen im Frühjahr beginnen und rund zwei Millionen Euro kosten, hieß es.",
    "„Wir holen nach, was jahrelang versäumt wurde“, sagte die Verkehrsdezernentin am Abend.",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_breadcrumb_trail_is_ui_and_no_quotation(separator):
    trail = "Startseite » Region » Köln"
    found = findings([trail] + GERMAN_BODY, separator, select=("UI", "QM"))
    assert [code for code, _ in found[trail]] == ["UI101"]
    assert not any(line in found for line in GERMAN_BODY)


@pytest.mark.parametrize(
    "line",
    [
        "« Oui » ou « Non » : les électeurs ont tranché dimanche.",
        "Er sagte » Ja « und ging.",
        "Kapitel 1 » Der Anfang",  # two parts: no trail
    ],
)
def test_guillemets_of_a_quotation_are_no_breadcrumb(line):
    found = findings(GERMAN_BODY + [line], "\n", select=("UI101",))
    assert line not in found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_an_advertising_label_with_its_prompt_is_ui_not_oc(separator):
    label = "Advertisement · Scroll to continue"
    found = findings(BODY[:2] + [label] + BODY[2:], separator, select=("UI", "OC"))
    assert [code for code, _ in found[label]] == ["UI101"]
    assert not any(line in found for line in BODY)


# 7. A Markdown list of links and nothing else is a menu; the article's own
# lists (words of their own, or introduced by a colon) are not.

@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_markdown_list_of_links_is_a_menu(separator):
    found = findings(MENU + BODY, separator, select=("UI107",))
    assert all(line in found for line in MENU)
    assert not any(line in found for line in BODY)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_the_articles_own_short_lists_stay_clean(separator):
    sources = ["The figures come from three places:", "* [Ofgem](/s/1)", "* [National Grid](/s/2)", "* [The council](/s/3)"]
    items = ["* Torch", "* Blankets", "* Bottled water"]
    blocks = BODY[:2] + sources + BODY[2:3] + ["Residents were told to keep a few things at hand in case the power went out again tonight."] + items + BODY[3:]
    found = findings(blocks, separator, select=("UI107",))
    assert found == {}


# 8. A Markdown table with its header's rule, just under the article's last
# paragraph, is the article's: the body runs on across it.

SPORT = [
    "Kofi Osei rose highest in the 89th minute to give Fairfield Town a 2-1 win over Harton Rovers.",
    "Rovers had levelled just after the hour through a deflected Jamie Cole shot from the edge of the area.",
    "Town manager Steve Pratt praised his side's patience after a long afternoon in the rain at home.",
    "Ward had opened the scoring in the 22nd minute with a low drive from the edge of the area.",
]
LINE_UPS = ["## Teams", "| Fairfield Town | Harton Rovers |", "|---|---|", "| Baines; Ward, Osei, Kerr | Lomas; Cole, Hart, Dunne |"]
SHARE = ["[Facebook](#)", "[Twitter](#)", "[WhatsApp](#)", "[Email](#)", "Comments are closed on this article"]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_ruled_table_under_the_last_paragraph_stays_clean(separator):
    blocks = SPORT + LINE_UPS + ["Town travel to Bexley on Tuesday night."] + SHARE
    found = findings(blocks, separator)
    assert not any(line in found for line in SPORT + LINE_UPS + ["Town travel to Bexley on Tuesday night."])
    assert "Comments are closed on this article" in found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS)
def test_a_footer_laid_out_in_a_ruled_table_is_still_reported(separator):
    footer = ["| About us | Contact |", "|---|---|", "| Privacy policy | Terms of use |"]
    blocks = SPORT + SHARE + footer
    found = findings(blocks, separator)
    assert all(line in found for line in footer)
