"""The document model's shared services (lint/document.py, lint/line_kinds.py):
which lines are verse, which are code, the sentence at an offset and a
line's nearest non-blank neighbours, each on text written for the project,
in both layouts (a blank line between blocks, and none) and in CJK where it
applies; and the rules of several families that read them."""
from __future__ import annotations

import pytest

from newslint import Document, Linter

LAYOUTS = {"blank": "\n\n", "noblank": "\n"}


def numbered(blocks: list[str], separator: str) -> tuple[Document, dict[str, int]]:
    """A document of the blocks, and each block's line number."""
    document = Document(separator.join(blocks) + "\n")
    return document, {line.text: line.number for line in document.lines if line.text}


def lines_of(document: Document, numbers: frozenset[int]) -> list[str]:
    """The texts of the non-blank lines among ``numbers`` (a fenced block
    holds its blank lines too)."""
    return [line.text for line in document.content_lines if line.number in numbers]


# -- verse ---------------------------------------------------------------------

HARBOUR = [
    "Harbour choir sings the old ferry songs again",
    "The choir of the harbour town gathered on the quay on Saturday evening to sing the songs of the ferrymen.",
    "Its conductor said the songs had not been heard in public for forty years before the archive found them.",
]
STANZA = [
    "Row the boat to Calder Sound,",
    "row it slow and row it round,",
    "the tide is in, the light is low,",
    "and home is where the ferries go.",
]
AFTER = "The choir will sing again at the harbour festival next month, the council said in a statement."


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_quoted_stanzas_lines_are_verse_in_both_layouts(separator):
    document, _ = numbered(HARBOUR + STANZA + [AFTER], separator)
    assert lines_of(document, document.verse_lines) == STANZA


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_stanza_running_on_by_lower_case_alone_is_verse(separator):
    # No punctuation at the lines' ends: the next line starting in lower case
    # is what says the sentence runs on.
    stanza = ["Under the bridge at Calder", "the water keeps its time", "and nobody asks it to"]
    document, _ = numbered(HARBOUR + stanza + [AFTER], separator)
    assert lines_of(document, document.verse_lines) == stanza


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_stanza_line_ending_on_a_semicolon_is_verse_though_code_ends_so_too(separator):
    stanza = ["Home from the harbour, home from the harbour,", "We carried the nets up the hill;", "And the kettle was still."]
    document, _ = numbered(HARBOUR + stanza + [AFTER], separator)
    assert lines_of(document, document.verse_lines) == stanza


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_chinese_stanza_running_on_by_its_commas_is_verse(separator):
    prose = "港口合唱团周六晚上在码头重新演唱了渡船工人的老歌，吸引了数百名居民前来聆听。"
    stanza = ["海风吹过旧码头，", "渡船慢慢向东走，", "灯火照着回家路。"]
    document, _ = numbered([prose] + stanza + [prose], separator)
    assert lines_of(document, document.verse_lines) == stanza


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_fixtures_a_list_and_headlines_are_not_verse(separator):
    fixtures = ["Calder Rovers 2 Harbour Town 1", "Port Ellis 0 Millbrook 3", "Westmoor 1 Saltash 1"]
    items = ["- Ferry timetables", "- Parking on the quay", "- Tickets and prices"]
    subheading = "A choir without a hall"
    document, _ = numbered(HARBOUR + fixtures + [AFTER, subheading, AFTER] + items + [AFTER], separator)
    assert document.verse_lines == frozenset()


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_short_line_running_on_into_prose_is_not_verse(separator):
    # A salutation above a letter's paragraph, or a sentence broken at a
    # comma: the line after it is prose, not another line of a stanza.
    document, _ = numbered(HARBOUR[:2] + ["Dear Editor,", HARBOUR[2], AFTER], separator)
    assert document.verse_lines == frozenset()


def test_verse_lines_are_computed_once_on_first_use():
    document = Document("\n".join(HARBOUR + STANZA) + "\n")
    assert "verse_lines" not in vars(document)
    assert document.verse_lines is document.verse_lines


# -- code ----------------------------------------------------------------------

TUTORIAL = [
    "How to remove duplicate lines from a file",
    "A set remembers what has been seen, so each line is kept only the first time it appears.",
]
INDENTED_SAMPLE = [
    "    seen = set()",
    "    for line in lines:",
    "        if line not in seen:",
    "            print(line)",
]
AFTER_CODE = "Run it on a copy of the file first, and compare the two before you replace the original."


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_an_indented_sample_is_code_in_both_layouts(separator):
    document, _ = numbered(TUTORIAL + INDENTED_SAMPLE + [AFTER_CODE], separator)
    assert lines_of(document, document.code_lines) == INDENTED_SAMPLE


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_fenced_block_is_code_fences_included(separator):
    block = ["```", "Total: 12", "Done", "```"]  # no code syntax inside: the fences say it
    document, _ = numbered(TUTORIAL + block + [AFTER_CODE], separator)
    assert lines_of(document, document.code_lines) == block


def test_lines_in_codes_syntax_are_code_without_indentation():
    sample = ["counts = {}", "for word in words:", "counts[word] = counts.get(word, 0) + 1"]
    document, _ = numbered(TUTORIAL + sample + [AFTER_CODE], "\n")
    assert lines_of(document, document.code_lines) == sample


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_one_indented_line_of_prose_and_a_text_indented_throughout_are_not_code(separator):
    quotation = "    The river was high that spring, and the ferry did not run for a week."
    document, _ = numbered(TUTORIAL + [quotation, AFTER_CODE], separator)
    assert document.code_lines == frozenset()
    indented = ["    " + block for block in HARBOUR + [AFTER]]
    document, _ = numbered(indented, separator)
    assert document.code_lines == frozenset()


def test_cjk_prose_is_not_code():
    document, _ = numbered(["港口合唱团周六晚上在码头重新演唱了老歌。", "指挥说，这些歌四十年没有在公开场合唱过了。"], "\n")
    assert document.code_lines == frozenset()


# -- sentences and neighbours ----------------------------------------------------


def test_sentence_at_finds_the_sentence_holding_an_offset():
    text = "Mr. Lee met the choir. It sang at 8 p.m. on the quay.\n\n港口很安静。渡船停了。\n"
    document = Document(text)
    assert document.sentence_at(text.index("choir")).text == "Mr. Lee met the choir."
    assert document.sentence_at(text.index("quay")).text == "It sang at 8 p.m. on the quay."
    assert document.sentence_at(text.index(" It")) is None  # the space between two sentences
    assert document.sentence_at(text.index("\n\n") + 1) is None  # a blank line
    assert document.sentence_at(text.index("渡船")).text == "渡船停了。"


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_nearest_content_lines_skip_blank_lines(separator):
    document, number = numbered(["one", "two", "three", "four", "five"], separator)
    assert [line.text for line in document.nearest_content_lines(number["three"], 1)] == ["two", "four"]
    assert [line.text for line in document.nearest_content_lines(number["one"], 2)] == ["two", "three"]
    assert [line.text for line in document.nearest_content_lines(number["four"], 2)] == ["two", "three", "five"]


# -- the rules that read the services ---------------------------------------------

LINTERS: dict[tuple[str, ...], Linter] = {}


def reported(codes: list[str], blocks: list[str], separator: str) -> list[str]:
    """The texts of the lines the rules report."""
    key = tuple(codes)
    if key not in LINTERS:
        LINTERS[key] = Linter(select=codes)
    text = separator.join(blocks) + "\n"
    lines = text.split("\n")
    return [lines[d.line - 1] for d in LINTERS[key].lint_text(text)]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_tx110_leaves_a_refrain_of_a_stanza_in_both_layouts(separator):
    # Before verse_lines, TX110 read only the lines right above and below,
    # so a blank line between a stanza's lines made its refrain a loop.
    stanza = ["Row the boat, row the boat,", "the tide is in, the light is low,", "and home is where the ferries go."]
    assert reported(["TX110"], HARBOUR + stanza + [AFTER], separator) == []
    loop = "The choir sang the the the the old songs of the ferrymen on the quay until late in the evening."
    assert reported(["TX110"], HARBOUR + [loop, AFTER], separator) == [loop]


TRAM = [
    "Council approves tram extension to the airport",
    "Councillors in Leeford voted on Wednesday to extend the city's tram line to the airport, ending a decade of argument over the route.",
    "The extension will add six stops and four miles of track, and is expected to cost £310 million.",
    "Work on the first section, between the railway station and the business park, is due to start next spring.",
    "Opponents had argued that the money would be better spent on buses, which carry three times as many passengers across the city.",
    "The council's transport chief, Maria Okafor, said the tram would take 4,000 cars a day off the ring road once it opened.",
    "The airport's operator declined to comment on the decision.",
]
TEASER = "Alaska doctor sentenced over opioid deaths"


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_oc102_finds_a_teaser_beside_code_whose_lines_start_in_lower_case(separator):
    # Code is no verse: "seen = set()" starts in lower case as a stanza's
    # line may, and took the teaser next to a sample for a line of verse.
    sample = ["    seen = set()", "    for stop in stops:", "        seen.add(stop)"]
    blocks = TRAM[:3] + sample + [TRAM[3], TEASER] + TRAM[4:]
    assert reported(["OC102"], blocks, separator) == [TEASER]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_oc102_leaves_a_line_that_runs_on_into_the_next(separator):
    # A line ending on a comma is no headline ("By Walter Pincus,", a
    # quotation's introduction); a sentence broken across two lines runs on
    # into its lower-case second half and is no headline either.
    for line in ["By Ferdinand Aldous Kerr,", "As the harbour master wrote in 1904,"]:
        assert reported(["OC102"], TRAM[:4] + [line] + TRAM[4:], separator) == []
    broken = ["And that was a dreadful opening spell, in which", "the visitors were outshot thirteen to three."]
    assert reported(["OC102"], TRAM[:4] + broken + TRAM[4:], separator) == []


MARKUP_TUTORIAL = [
    "How a newsroom cleaned up its web pages",
    "The developers read the HTML behind the archive, and found the same markup problems on page after page.",
    "The old template wrote the standfirst like this:",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_tx105_and_tx106_leave_markup_in_a_fenced_sample_of_an_article_about_markup(separator):
    sample = ["```", '<p class="standfirst">Storm warning &amp; travel advice</p>', "```"]
    assert reported(["TX105", "TX106"], MARKUP_TUTORIAL + sample + [AFTER_CODE], separator) == []
    debris = "Shares in AT&amp;T rose after the merger was approved by regulators."
    assert reported(["TX105"], HARBOUR + [debris, AFTER], separator) == [debris]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_tx106_reads_the_sentence_around_a_tag_from_the_document(separator):
    # The sentence is the document's: an abbreviation's full stop ("Inc.")
    # does not end it, so the word that names what the tag is ("HTML") is
    # in the tag's sentence.
    named = "HTML editors at Post Media Inc. paste dozens of <br> into a story."
    assert reported(["TX106"], HARBOUR + [named, AFTER], separator) == []
    other = "The HTML was rebuilt. Opposition members walked out <b> of the chamber after the vote."
    assert reported(["TX106"], HARBOUR + [other, AFTER], separator) == [other]
