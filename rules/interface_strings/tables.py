"""The article's own tables of figures, written one row a line.

A report sets out its figures as rows of cells split by a bar or a tab
("Team | P | W | Pts" over "Harbour City | 24 | 16 | 53", "类别｜零售额｜同比增长"
over "汽车｜22,870｜-1.2%"), and a match report its results as one score a
line ("Eastfield Town 1-1 Castle Athletic").  Such rows are short, end no
sentence and carry few common words: by their shape alone they look like a
page's menus and footers.  What tells them apart is that they come as a run
of rows of the same build, whose figures stand in the same columns in every
row (a menu is one line, a list of links carries no column of figures), under
a header row of as many cells that holds no figure.  The rules of the family
leave those lines alone, and the layout rule's body runs on across them (a
paragraph after the table is the article's, not a line after its body).
"""
from __future__ import annotations

from newslint import Document
from newslint.document import holds_any
from newslint.pattern_cache import compile_cached

# What splits a row into cells: a bar (ASCII, fullwidth, box drawing) or a tab.
CELL_SEPARATOR = compile_cached(r"\s*[|｜│┃]\s*|\t+")
CELL_SEPARATOR_CHARACTERS = frozenset("|｜│┃\t")
# A Markdown table's rule under its header ("---|:---:|---").
RULE_ROW = compile_cached(r"^[|｜]?\s*:?-{2,}:?\s*(?:[|｜]\s*:?-{2,}:?\s*)+[|｜]?$")
# A cell that is a figure: a count, an amount, a share, a change, a score
# ("53", "+27", "8,214.7", "-1.2%", "€1.1862", "3-2", "1:45.3").
FIGURE = compile_cached(r"^[(+\-−–±]?\s?[$€£¥₹]?\s?\p{Nd}[\p{Nd}.,:\-–/ ]*(?:%|‰|pp|bp|[kKmM]|bn|m|亿|万|元)?\)?$")
# A cell that is a duration as a benchmark or a race writes it ("38s",
# "9m 52s", "1h 05m", "250 ms"): a figure with its unit after each number.
DURATION = compile_cached(r"^\p{Nd}{1,4}(?:[.,]\p{Nd}{1,3})?\s?(?:ms|s|m|min|h)(?:\s\p{Nd}{1,2}(?:[.,]\p{Nd}{1,3})?\s?(?:ms|s|m|min))*$")
# A cell this long, at most, in words: a table's cells are names and figures.
MAX_CELL_WORDS = 6
# Cells a row has, at least; two cells only under a header row (a two-column
# list of links and dates is as common as a table of two columns).
MIN_CELLS = 2
MIN_HEADERLESS_CELLS = 3
# Rows of figures a table has, at least, below its header.
MIN_FIGURE_ROWS = 2
# A result a line: a name, a score, a name ("Millbrook Rovers 2-3 Harbour
# City", "Lyon 0 : 1 Nantes"), no sentence, the names free of figures.  A
# score by a colon has one figure after it: "7:42 AM" is a time.
RESULT = compile_cached(
    r"^(?P<home>[^\d\n]*\p{L}[^\d\n]*?)\s+(?:\d{1,3}\s?[-–]\s?\d{1,3}|\d{1,2}\s?:\s?\d(?!\d))"
    r"\s+(?P<away>\p{L}[^\d\n]*?)(?:\s*\([^)]{1,20}\))?$"
)
MAX_RESULT_WORDS = 10
# A result line this long, at most, in characters: two names and a score.
# RESULT backtracks over a line's length squared when no score ends its
# first name, and a line with no spaces (Chinese, a run of one letter) gets
# past the word count: the length is checked first, so a long line costs
# nothing.
MAX_RESULT_CHARACTERS = 160
MIN_RESULT_ROWS = 2


def cells(text: str) -> list[str] | None:
    """A line's cells, or None when no separator splits it."""
    if not holds_any(text, CELL_SEPARATOR_CHARACTERS):
        return None
    text = text.strip()
    if text[:1] in "|｜" and text[-1:] in "|｜" and len(text) > 1:
        text = text[1:-1]
    parts = [part.strip() for part in CELL_SEPARATOR.split(text)]
    return parts if len(parts) >= MIN_CELLS else None


def _figure_columns(row: list[str]) -> frozenset[int]:
    return frozenset(index for index, cell in enumerate(row) if FIGURE.match(cell) or DURATION.match(cell))


def _short_cells(row: list[str]) -> bool:
    return all(len(cell.split()) <= MAX_CELL_WORDS for cell in row)


def _is_result(text: str) -> bool:
    text = text.strip()
    if len(text) > MAX_RESULT_CHARACTERS:
        return False
    # RESULT's score is digits (\d, a decimal digit, is one str.isdigit
    # takes): a line with none is no result, and most are asked without
    # running the pattern.
    return (
        len(text.split()) <= MAX_RESULT_WORDS
        and any(map(str.isdigit, text))
        and RESULT.match(text) is not None
        and not text.endswith((".", "!", "?"))
    )


def data_table_rows(document: Document) -> frozenset[int]:
    """The indices among the content lines of the rows (and header rows) of
    every table of figures and every run of results, computed once per
    document."""
    return document.memo("UI.data_table_rows", _compute)


def _compute(document: Document) -> frozenset[int]:
    texts = [line.text for line in document.content_lines]
    found: set[int] = set()
    split = [cells(text) for text in texts]
    index = 0
    while index < len(texts):
        row = split[index]
        if row is None:
            index += 1
            continue
        end = index
        while end < len(texts) and split[end] is not None and (len(split[end]) == len(row) or RULE_ROW.match(texts[end].strip())):
            end += 1
        found.update(_table_in(texts, split, index, end))
        found.update(_ruled_table_after_prose(document, texts, split, index, end))
        index = max(end, index + 1)
    index = 0
    while index < len(texts):
        end = index
        while end < len(texts) and _is_result(texts[end]):
            end += 1
        if end - index >= MIN_RESULT_ROWS:
            found.update(range(index, end))
        index = max(end, index + 1)
    return frozenset(found)


# A paragraph of the body ends a sentence and has this many words at least.
RULED_TABLE_PROSE_WORDS = 8
# A heading between the paragraph and its table ("## Teams", "Line-ups")
# has this many words at most.
RULED_TABLE_HEADING_WORDS = 4


def _ruled_table_after_prose(document: Document, texts: list[str], split: list[list[str] | None], start: int, end: int) -> range:
    """The run's rows when they make a table an extractor wrote in Markdown
    with its header's rule ("| Fairfield Town | Harton Rovers |" over
    "|---|---|", a page's <table> with a header row), its cells short,
    just under a paragraph of the article or a short heading under one: a
    match report's line-ups, a guide's table of names.  A page's footer laid
    out in a table stands under other furniture, not under a paragraph."""
    if end - start < 3 or not RULE_ROW.match(texts[start + 1].strip()) or RULE_ROW.match(texts[start].strip()):
        return range(0)
    rows = [index for index in range(start, end) if not RULE_ROW.match(texts[index].strip())]
    if not all(_short_cells(split[index]) for index in rows):
        return range(0)
    lines = document.content_lines
    above = start - 1
    if above >= 0 and _short_heading(document.shapes[lines[above].number - 1]):
        above -= 1
    if above < 0:
        return range(0)
    shape = document.shapes[lines[above].number - 1]
    return range(start, end) if shape.ends_sentence and shape.words >= RULED_TABLE_PROSE_WORDS else range(0)


def _short_heading(shape) -> bool:
    return 0 < shape.words <= RULED_TABLE_HEADING_WORDS and not shape.ends_sentence and not shape.list_item


def _table_in(texts: list[str], split: list[list[str] | None], start: int, end: int) -> range:
    """The run's rows when they make a table of figures: its rows short,
    each with a figure, the figures in columns every row shares; a first row
    without figures is its header."""
    rows = [index for index in range(start, end) if not RULE_ROW.match(texts[index].strip())]
    if not rows or not all(_short_cells(split[index]) for index in rows):
        return range(0)
    header = not _figure_columns(split[rows[0]])
    body = rows[1:] if header else rows
    if len(body) < MIN_FIGURE_ROWS or (not header and len(split[rows[0]]) < MIN_HEADERLESS_CELLS):
        return range(0)
    columns = [_figure_columns(split[index]) for index in body]
    if not all(columns) or not frozenset.intersection(*columns):
        return range(0)
    return range(start, end)

