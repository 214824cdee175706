"""UI109: a body that ends in other stories' teasers (a headline and its
one- or two-sentence blurb, again and again) ends before them; an article's
own subheadings and paragraphs, a standfirst, a list and a Q&A stay clean.
Text written for the project, in both layouts."""
import pytest

from newslint import Document, Linter
from newslint.rules.interface_strings.layout import SHIPPED_OPTIONS, analysis
from lint_support import LAYOUTS

ARTICLE = [
    "Orchard growers brace for a late frost",
    "Apple and pear growers across the valley spent Sunday night lighting smudge pots between their rows of trees.",
    "The frost arrived two weeks after the blossom had opened, the worst timing growers can remember in a decade.",
    "Growers said a single night below minus two degrees could destroy most of this year's pear blossom.",
    "The valley's cooperative asked members to report damage to their orchards by Friday so insurers can visit.",
    "Some growers hired helicopters to push warmer air down onto the blossom, at a cost of several thousand a night.",
]

TEASERS = [
    "Ferry timetable changes from Monday",
    "The island service will sail twice a day instead of three times while one vessel is refitted.",
    "Library extends weekend opening",
    "Readers will be able to borrow books on Sunday afternoons from next month.",
    "New cycle lane opens on the ring road",
    "The two-kilometre lane links the station with the business park and the hospital.",
]


def lint(lines, layout):
    separator = LAYOUTS[layout]
    text = separator.join(lines) + "\n"
    step = separator.count("\n")
    found = {}
    for d in Linter(select=["UI"]).lint_text(text):
        found.setdefault(1 + (d.line - 1) // step, []).append(d.code)
    return found


@pytest.mark.parametrize("layout", LAYOUTS)
def test_teaser_pairs_at_the_end_of_the_body_are_flagged(layout):
    found = lint(ARTICLE + TEASERS, layout)
    first_teaser = len(ARTICLE) + 1
    teaser_lines = set(range(first_teaser, first_teaser + len(TEASERS)))
    # Each teaser's headline is flagged; no article line is.
    assert {first_teaser, first_teaser + 2, first_teaser + 4} <= set(found)
    assert set(found) <= teaser_lines


@pytest.mark.parametrize("layout", LAYOUTS)
def test_teaser_pairs_end_the_body_before_them(layout):
    separator = LAYOUTS[layout]
    document = Document(separator.join(ARTICLE + TEASERS) + "\n")
    found = analysis(document, SHIPPED_OPTIONS)
    assert found.last == len(ARTICLE) - 1
    document = Document(separator.join(ARTICLE) + "\n")
    assert analysis(document, SHIPPED_OPTIONS).last == len(ARTICLE) - 1


@pytest.mark.parametrize("layout", LAYOUTS)
def test_two_teaser_pairs_are_not_enough_to_end_the_body(layout):
    separator = LAYOUTS[layout]
    document = Document(separator.join(ARTICLE + TEASERS[:4]) + "\n")
    assert analysis(document, SHIPPED_OPTIONS).last == len(ARTICLE) + 3


@pytest.mark.parametrize("layout", LAYOUTS)
def test_both_layouts_give_the_same_findings(layout):
    assert lint(ARTICLE + TEASERS, layout) == lint(ARTICLE + TEASERS, "lines")


SUBHEADED = ARTICLE[:3] + [
    "Frost damage to the pear blossom",
    "Growers counted the damaged pear blossom on Monday morning and found the frost had browned most of it.",
    "Insurers and the growers' cooperative",
    "Insurers told the cooperative that growers who lit smudge pots would still be covered for frost damage.",
    "What the growers plan next",
    "Several growers said they would plant later-flowering apple trees so their orchards escape the frost.",
]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_subheadings_and_their_paragraphs_stay_clean(layout):
    assert lint(SUBHEADED, layout) == {}


QANDA = ARTICLE[:3] + [
    "Why does a late frost hurt so much?",
    "Open blossom freezes at about minus two degrees, and a frozen flower sets no fruit for the growers.",
    "Can growers protect the orchards?",
    "Smudge pots, fans and helicopters keep the air above the blossom a degree or two warmer on a frosty night.",
    "Will apple prices rise?",
    "Growers expect pear and apple prices to rise in autumn if the frost destroys much of the valley's blossom.",
]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_question_and_answer_article_stays_clean(layout):
    assert lint(QANDA, layout) == {}


STANDFIRST_AND_LIST = [
    "Orchard growers brace for a late frost",
    "Growers fear for the pear blossom after the coldest April night in a decade.",
] + ARTICLE[1:4] + [
    "The cooperative listed what growers should report:",
    "- the number of trees with browned blossom",
    "- the lowest temperature in the orchard",
    "- the hours the smudge pots burned",
] + ARTICLE[4:]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_standfirst_and_a_list_stay_clean(layout):
    assert lint(STANDFIRST_AND_LIST, layout) == {}


# The head zone's own table judges the lines above the headline only.
HEADED = [
    "You are here: Home / Regions / Valley",
    "by",
    "Orchard growers brace for a late frost",
    "Monday 4 March",
] + ARTICLE[1:]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_head_table_judges_lines_above_the_headline_only(layout):
    from newslint.rules.interface_strings.verdict import head_judged, model

    assert model().head is not None
    found = analysis(Document(LAYOUTS[layout].join(HEADED) + "\n"), SHIPPED_OPTIONS)
    assert found.headline == 2 and found.first == 4
    # The breadcrumb is judged; "by" (a byline's piece), the headline and
    # the date under it are not.
    assert [index for index in range(len(found.lines)) if head_judged(found, index)] == [0]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_headline_with_a_kicker_and_a_date_stays_clean(layout):
    lines = ["Farming", "Orchard growers brace for a late frost", "Monday 4 March"] + ARTICLE[1:]
    assert 2 not in lint(lines, layout) and 3 not in lint(lines, layout)


def test_a_whole_sentence_above_the_headline_is_not_judged_by_the_head_table():
    """Breadcrumbs, related lists and comment links above a headline end no
    sentence; a whole sentence there is as often the article's own prose
    above a line taken for its headline, and is left to the other rules."""
    from newslint import Document
    from newslint.rules.interface_strings.layout import SHIPPED_OPTIONS, analysis
    from newslint.rules.interface_strings.verdict import head_judged

    lines = [
        "Council members argued about the harbour wall budget.",
        "Harbour wall budget approved",
        "The council approved a budget of four million pounds for the new harbour wall on Tuesday night.",
        "Work on the harbour wall will start in the spring and should be finished before the winter storms.",
        "Fishermen said the old harbour wall had been damaged so badly that boats were no longer safe there.",
        "The council said the budget for the harbour wall would be paid for from reserves and a government grant.",
    ]
    document = Document("\n".join(lines) + "\n")
    found = analysis(document, SHIPPED_OPTIONS)
    assert (found.top, found.headline, found.first) == (0, 1, 2)
    assert not head_judged(found, 0)
