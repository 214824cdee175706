"""OC102 in short articles (trial10): a short article's own sentence shares
no word with the rest by chance, and its standard scores come from a handful
of peers, so a whole sentence is judged as another story's first sentence
only with a hundred words of the article outside it to compare it with.
Lines or blank lines play no part: each article is tried in both layouts (a
blank line between paragraphs, and none), with the same findings.  Every
text here was written for these tests."""
import pytest

from newslint import Linter
from newslint.rules.out_of_context import rules as oc_rules


LAYOUTS = ("\n\n", "\n")
LAYOUT_IDS = ("blank", "noblank")


@pytest.fixture(scope="module")
def teasers():
    return Linter(select=["OC102"])


def _text(blocks, separator):
    return separator.join(blocks) + "\n"


def _line_number(index, separator):
    return index * (2 if separator == "\n\n" else 1) + 1


# A short report (under a hundred words) whose fifth line shares no word with
# the rest: it is the article's own, a one-sentence paragraph as news writes.
SHORT = [
    "Village votes to keep its post office",
    "Residents of Ashby voted on Saturday to buy the village post office from its retiring owner.",
    "The shop will be run by volunteers from next spring.",
    "The parish council says the purchase will cost about 90,000 pounds in total.",
    "Opponents had argued that online banking was cheaper and more convenient.",
    "Turnout was 61 per cent, the highest in the parish for a decade.",
    "A similar scheme in Elmsted has run since 2019 and now makes a small profit.",
]
OWN_SENTENCE = 4

# A longer article with another story's first sentence between its paragraphs.
CANAL = [
    "How the Grand Western canal was dug by hand",
    "Work on the canal began in the spring of 1796, when some two hundred labourers arrived from Devon and "
    "Cornwall with picks, shovels and wheelbarrows.",
    "The men were paid by the yard and slept in huts along the route, moving on as each stretch of the channel "
    "was finished and lined with puddled clay.",
    "Progress was slow: a wet winter could flood the cutting, and in one season the navvies managed less than a "
    "mile between the lock at Lowdwells and the aqueduct.",
    "Shares in the mobile phone firm Vodafone have fallen sharply after a profit warning.",
    "Local farmers complained that the works cut their fields in two, and several took the canal company to court "
    "over bridges that were promised but never built.",
    "The finished waterway carried limestone and coal for barely forty years before the railway took its trade, "
    "and most of it was later drained.",
    "Today a restored eleven-mile stretch is popular with walkers, anglers and the horse-drawn barge that still "
    "runs in the summer months.",
]
TEASER = 4


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_a_short_articles_own_sentence_is_not_another_storys(teasers, separator):
    assert teasers.lint_text(_text(SHORT, separator)) == []


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_the_short_article_is_judged_by_its_length_not_its_layout(teasers, separator, monkeypatch):
    # Without the length guard the same sentence is reported in either
    # layout: the guard, not the lines, keeps it clean.
    monkeypatch.setattr(oc_rules, "MIN_COMPARED_WORDS", 0)
    found = [d.line for d in teasers.lint_text(_text(SHORT, separator))]
    assert found == [_line_number(OWN_SENTENCE, separator)]


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_another_storys_first_sentence_in_a_longer_article_is_still_found(teasers, separator):
    found = [d.line for d in teasers.lint_text(_text(CANAL, separator))]
    assert found == [_line_number(TEASER, separator)]


@pytest.mark.parametrize("separator", LAYOUTS, ids=LAYOUT_IDS)
def test_the_longer_article_without_the_teaser_is_clean(teasers, separator):
    blocks = [block for index, block in enumerate(CANAL) if index != TEASER]
    assert teasers.lint_text(_text(blocks, separator)) == []
