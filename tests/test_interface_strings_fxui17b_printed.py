"""A printed page's furniture in a PDF's text (fxui17b): the running head
or foot on the text's first or last line, columns set apart by runs of
spaces with the page's number, label or date among them; a page's label
alone; the jump line to the page the article goes on.  And an update stamp
as the text's first line, the page's clock, not the article's dateline.  A table in columns, a date alone under the headline and a
headline that opens with "Updated" stay clean."""

import pytest

from newslint import Linter

LAYOUTS = ["\n", "\n\n"]
COLUMN = [
    "Bridge repairs",
    "to start in July",
    "Work on the old river bridge will",
    "begin in July and last four months,",
    "the county council said on Monday.",
    "Buses will be diverted through the",
    "village while the bridge is closed.",
]


def flagged(lines, separator):
    step = separator.count("\n")
    found = {d.line for d in Linter(select=["UI"]).lint_text(separator.join(lines) + "\n")}
    return [index for index in range(len(lines)) if 1 + index * step in found]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("head", [
    "THE VALLEY HERALD          Friday, 12 June 2026",
    "14          THE VALLEY HERALD",
    "LA VOZ DEL SUR                 MARTES 3 DE JUNIO",
    "Seite 4          Ruhr-Kurier          Mittwoch",
    "SPORT & LEISURE                            PAGE 31",
])
def test_a_running_head_on_the_first_line_is_found(head, separator):
    assert flagged([head] + COLUMN, separator) == [0]


@pytest.mark.parametrize("separator", LAYOUTS)
@pytest.mark.parametrize("foot", [
    "Valley Herald, June 12, 2026                         Page 14",
    "Página 2",
    "STRONA 5",
    "Continued on page 7",
    "Continúa en la página 5",
    "Fortsetzung auf Seite 9",
    "Продолжение на стр. 6",
    "Vervolg op pagina 11",
])
def test_a_running_foot_page_label_or_jump_line_at_the_end_is_found(foot, separator):
    assert flagged(COLUMN + [foot], separator) == [len(COLUMN)]


@pytest.mark.parametrize("separator", LAYOUTS)
def test_columns_of_a_table_and_page_words_in_sentences_stay_clean(separator):
    story = [
        "League table after the weekend",
        "Rovers stayed top after a draw at home, while City closed the gap with a late winner on Saturday.",
        "The two sides meet on the final day of the season in what could decide the title.",
        "Team        Points",
        "Rovers      34",
        "City        31",
    ]
    assert flagged(story, separator) == []
    prose = [
        "Bridge repairs to start in July",
        "Work on the old river bridge will begin in July and last four months, the council said.",
        "The full timetable is printed on page 4 of the council's newsletter, which goes to every home.",
        "The story continued on page 7 of the next day's paper, readers recalled.",
        "Buses will be diverted through the village while the bridge is closed.",
    ]
    assert flagged(prose, separator) == []


STOCKS = [
    "European shares closed higher on Thursday as investors bet that the latest inflation figures would allow cuts.",
    "The pan-European index rose 0.9% to its best day in three weeks, while Germany's DAX gained 1.1%.",
    "In London, the FTSE 100 climbed 0.6%, helped by gains in mining stocks after copper prices rose.",
]


@pytest.mark.parametrize("separator", LAYOUTS)
def test_an_update_stamp_over_the_whole_text_is_the_pages_clock(separator):
    assert flagged(["Updated 16:42 GMT, 20 March", "Stocks rally as inflation cools"] + STOCKS, separator) == [0]
    assert flagged(["Last updated: 20 March 2026, 16:42 GMT"] + STOCKS, separator) == [0]
    assert flagged(["Actualizado: 20/03/2026 16:42"] + STOCKS, separator) == [0]


@pytest.mark.parametrize("separator", LAYOUTS)
def test_the_articles_dateline_and_a_headline_saying_updated_stay_clean(separator):
    assert flagged(["Stocks rally as inflation cools", "20 March 2026"] + STOCKS, separator) == []
    # A publication stamp under the headline (a clock time with its label)
    # is the page's metadata, not the article's dateline (fxui17c: the
    # benchmarks' one cost is Dragnet's gold keeping such a stamp, which its
    # fair labelling does not count); a bare date stays the article's.
    assert flagged(["Stocks rally as inflation cools", "Published 20 March 2026, 09:00 GMT"] + STOCKS, separator) == [1]
    assert flagged(["Stocks rally as inflation cools", "Updated 20 March 2026, 16:42 GMT"] + STOCKS, separator) == [1]
    story = [
        "Updated guidance on school trips",
        "The government has updated its guidance on school trips abroad after a review of safety rules this spring.",
        "Schools will need to file a risk assessment at least six weeks before pupils travel, the department said.",
        "Teachers' unions welcomed the change but said schools needed more time to prepare the paperwork.",
    ]
    assert flagged(story, separator) == []
