"""UI109's verdict around the article's body (issue 10, L3S recall), both
layouts: a page's notices after the body and above the article's top are
found; the article's closing short sentences, the last line of a paragraph
wrapped at a fixed width and a list the article introduces after its body
stay clean.  The round that wrote these tried letting the verdict judge more
lines (short sentences after the body, sentences above the top, the article's
own lists) and shipped none of it (see the report); these guard what the
verdict must keep doing.  Text written for the project."""
import pytest

from newslint import Document, Linter
from newslint.rules.interface_strings.layout import SHIPPED_OPTIONS, analysis
from newslint.rules.interface_strings.verdict import judged
from lint_support import LAYOUTS

BODY = [
    "Town council approves new riverside footbridge",
    "The town council voted on Monday night to build a footbridge across the river at Mill Lane.",
    "The bridge will link the new housing estate with the station and cost about 2.4 million pounds.",
    "Councillors said the crossing would take hundreds of cars off the narrow road through the old town.",
    "Work is expected to start in the spring and the bridge should open before the end of next year.",
    "Residents who objected to the plan said they feared more noise late at night along the towpath.",
]


def lines_flagged(lines: list[str], separator: str) -> dict[int, str]:
    """Index in ``lines`` -> codes of the findings on it."""
    text = separator.join(lines) + "\n"
    step = separator.count("\n")
    found: dict[int, str] = {}
    for d in Linter(select=["UI"]).lint_text(text):
        found.setdefault((d.line - 1) // step, d.code)
    return found


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_notice_written_as_a_short_sentence_after_the_body_is_found(separator):
    # "Be nice." is not in the catalogue; it stands among the page's
    # furniture after the body.
    page = BODY + ["Leave a reply", "Be nice.", "Log in", "Register"]
    found = lines_flagged(page, separator)
    assert {len(BODY), len(BODY) + 1, len(BODY) + 2, len(BODY) + 3} <= set(found)
    assert not any(index < len(BODY) for index in found)


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_the_articles_closing_short_sentence_stays_clean(separator):
    page = BODY + ["The council meets again in March.", "It will vote then."]
    assert lines_flagged(page, separator) == {}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_wrapped_paragraphs_last_word_is_not_judged(separator):
    # The last line of a paragraph wrapped at a fixed width carries on the
    # sentence above it: it is the article's, whatever its length.
    wrapped = [
        "The engineers who drew up the plans said the deck would be made of timber from",
        "forests in the north of the county, and that the piers would stand on the old",
        "quay.",
    ]
    page = BODY + wrapped
    text = "\n".join(page) + "\n"
    document = Document(text)
    found = analysis(document, SHIPPED_OPTIONS)
    assert found is not None
    last = len(found.lines) - 1
    assert not judged(found, last)
    assert lines_flagged(page, separator) == {}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_list_of_winners_after_the_body_stays_clean(separator):
    page = BODY + [
        "The three designs on the shortlist were:",
        "- A steel arch by Harbour Design",
        "- A timber truss by Lune Studio",
        "- A cable bridge by Fenwick and Rowe",
    ]
    assert lines_flagged(page, separator) == {}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_site_notice_as_a_whole_sentence_above_the_article_is_found(separator):
    page = [
        "Welcome to the Valley Courier, where you can post your views in our reader forums!",
        "Sign in to post your comments and join the debate with other readers.",
        "Home",
        "News",
        "Sport",
    ] + BODY
    found = lines_flagged(page, separator)
    assert {2, 3, 4} <= set(found)
    assert not any(index >= 5 + 1 for index in found)
