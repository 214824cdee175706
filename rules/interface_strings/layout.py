"""UI109 outside-article-body: short lines around the article's body."""
from __future__ import annotations

import collections
import functools
from typing import Any, Callable, Iterator, Mapping, NamedTuple

from newslint import Document, Finding, Line, Option, Rule
from newslint.diagnostic import Applicability, Fixable, FixKind
from newslint.document import CJK_RUN, CLOSERS, FIRST_CJK, LineShape, count_words, ends_sentence
from newslint.language import common_zipf
from newslint.line_kinds import RELEASE_END
from newslint.pattern_cache import compile_cached

from ..lexicon import article_language
from .catalogue import SEPARATOR, normalise, of_document, shipped
from .shape import is_timestamp, markdown_cells, only_date_or_time
from .tables import data_table_rows


# A word this common (Zipf, wordfreq) says nothing about what an article is
# about; content words are compared by their first letters, a crude stem.
COMMON_WORD_ZIPF = 5.5
STEM_LETTERS = 6
KANA_ONLY = compile_cached(r"^[\p{Hiragana}\p{Katakana}ー]+$")
# A line of program code in a tutorial: an assignment, a call, a keyword that opens a statement;
# or a line of data set out as JSON or YAML, a quoted key and its colon ('"Age": 26,').
CODE_LINE = compile_cached(
    r"^(?:import|from|def|class|return|for|while|if|var|let|const|function|print|echo|#include|SELECT)\b"
    r"|[=;{}]|\w\(.*\)$|^[$>]\s|^\s*\"[^\"\n]{1,60}\"\s*:\s*\S"
)
# A Markdown table's row has this many cells or more.
MIN_TABLE_CELLS = 2
# How far above the body a headline is looked for (bylines, dates, captions
# and a match's details stand between).
HEAD_LINES = 8
# Lines at most between two lines about the body, for the article's head to
# go on up past HEAD_LINES (a heading between a recipe's intro and its list).
HEAD_CHAIN_GAP = 2
# Share of the head's lines, at least, that are about the body (a recipe's
# ingredients nearly all are; a sidebar's teasers above an article less so).
HEAD_CHAIN_SHARE = 0.6
# Stops that end a line without finishing a sentence: a heading's colon, a
# teaser cut short ("..." and "…", and the ".." of sites that cut a
# headline to fit: "Minister resigns over port deal, says he..").
COLONS = (":", "：")  # a line that introduces a list or a table ends in one
OPEN_ENDS = COLONS + ("...", "…", "..")
# A line that ends in a comma runs on into the next one (a sentence an
# extractor broke at a link or a line break): never a menu's item.
COMMAS = (",", "、", "，", "､")
# A list's number left without its item ("6."), or a pager's pages ("1 2 3");
# not a figure ("78,000", an attendance under a results table).
NUMBERING = compile_cached(r"^(?:\d{1,2}[.)]|\d{1,3}(?:\s+\d{1,3})+)$")
# A site's address in a line ("PopTherapy.com"): no one signs with it.
ADDRESS_DOT = compile_cached(r"\w\.\p{L}{2,}")
# A word in lower case: the line is no name ("Jean Whitlock" is one).
LOWER_CASE_WORD = compile_cached(r"(?:^|\s)\p{Ll}")


def finished(shape: LineShape) -> bool:
    """Whether a line ends a sentence and does not leave it open (a
    heading's colon, a teaser cut short)."""
    return shape.ends_sentence and not shape.text.rstrip().endswith(OPEN_ENDS)


# A game story's heading over each team's next fixture, as news agencies
# end a match report: "UP NEXT", then "Harriers: Host the Rovers on
# Saturday." and "Rovers: At Millbrook on Tuesday."  A video player's "Up
# next" is followed by another video's title, not by a team and a sentence.
FIXTURES_HEADINGS = frozenset({"up next", "next up"})
# One fixture for each side of the game.
FIXTURE_ROWS = 2
FIXTURE_ROW = compile_cached(r"^\p{Lu}[\p{L}.'’&-]*(?:\s+[\p{Lu}\d][\p{L}\d.'’&-]*){0,3}\s?:\s+\S.*[.!]$")


def fixtures_heading(text: str, line: Line, document: Document) -> bool:
    """Whether a player's "Up next" heads a game story's fixtures: the next
    two content lines (one for each team) are a team's name, a colon and a
    sentence (FIXTURE_ROW).
    UI101 leaves it (a player's label in the catalogue), and UI109 too (a
    short line after the body)."""
    if normalise(text) not in FIXTURES_HEADINGS:
        return False
    lines = document.content_lines
    index = document.content_index[line.number] + 1
    rows = lines[index:index + FIXTURE_ROWS]
    return len(rows) == FIXTURE_ROWS and all(FIXTURE_ROW.match(row.text.strip()) is not None for row in rows)


class OutsideBody(Rule):
    code = "UI109"
    name = "outside-article-body"
    judges_whole_lines = True  # furniture: once a line is judged, what lies inside it is noise
    fixable = Fixable(Applicability.UNSAFE, FixKind.DELETE_LINES)  # a real line read as furniture would go
    summary = "Flags short lines before and after the article's body of prose: menus, teasers, footers."
    why = """
        A scraper that keeps a whole page puts the article's paragraphs in the
        middle and the page's menus, teaser headlines, footers and notices
        around them, and lists of other stories' headlines.  The body is the stretch of the text densest in prose
        (lines of many words that end a sentence); short lines outside it are
        furniture, and so is a line of up to `headline-words` words there that
        shares no content word with the body (another story's headline or a
        site's own notice).  Inside the body, two lines or more in a row of
        that shape sharing no content word with the article's prose are a
        list of other stories set between its paragraphs.  Anywhere in the
        text, a heading of other stories ("More about the search for …:",
        ending in a colon, or a catalogue heading such as "Related reading")
        with the widget's first headline and blurb and two list items or
        more under it (or three headlines or more without list markers:
        "Don't miss", then the headlines) is a related list; so are three list items or more
        inside the body, of a headline's shape, that share no word with the
        prose and that no line of the article opens (a colon, a short
        subheading, a sentence of its prose, or a clause that lacks its
        colon: "She is survived by").  The headline just above the body (or
        wherever an extractor put it, when a byline or a date stands under
        it and it shares the body's words, or where a Markdown extractor
        marks it as the page's one level-1 heading: "# Storm Agnes live: …"),
        anything else that reads as a
        sentence, and the article's own lists are left alone; so is every line of a text with too little
        prose to tell where its body is (prose is counted by paragraphs' worth: a
        line as long as three paragraphs, with as many sentences, counts three
        times, as an extractor that joins a page's paragraphs writes a whole
        article on one line; a paragraph framed by a layout table's bars, "| … |",
        is prose).  A
        table of figures (a header row over rows of as many cells split by a
        bar or a tab, figures in the same columns of every row) and a run of
        results ("Lakeside 2-1 Northgate") are the article's wherever they
        stand, and so is a Markdown table with its header's rule ("|---|")
        just under a paragraph or a short heading under one (a match's
        line-ups), with the short line naming them: the body runs on across
        them, and the paragraph after the table is the article's.  So is a
        paragraph past a bar of a page's buttons set between two paragraphs
        (up to three lines, each a catalogue string or a button's few words:
        "Share on X", "Copy link", "Jump to recipe"): the bar is reported,
        the sentence after it is the article's going on, and so is one
        past the next such bar; not a question or a line under a heading of
        comments or other stories.  The text's last line is the article's
        too when it is a sentence of five words or more closed by a full
        stop, past up to three lines of the page's set after the body (a
        channel's prompts: "👉 Follow the channel: t.me/…" over "🔔 Enable
        notifications …" over "Copper was flat at $9,120 a tonne."), when
        none of those lines is prose, a copyright line or a heading of
        comments or other stories and the sentence holds no address and is
        no string of the page's.  A press
        release's contact line ("Media contact: …" with an address or a
        number) is the release's own, and so is its contact block (the
        label, with or without its colon, over a name, the company, an
        address or a number, down to the end or "ENDS").  So is a fenced
        code block between paragraphs (a release's install command).
        A headline with one spaced dash before a label ("City marathon
        2026 – live") opens the text as a headline does.
        Blank lines are not evidence: a text with a blank line between blocks
        gets the same findings as one without.  Words are counted per script
        (a run of Chinese, Japanese, Thai, Lao, Khmer or Myanmar characters
        is several words), the sentence ends of every script count, and a
        long line of Thai or Lao, which end a sentence with no mark, is a
        sentence.  In a text too short to tell its body, the lines under a
        heading of other stories ("Lees ook", "İlgili Haberler") are still
        reported.
        A logistic model over the line's evidence
        (`rules/interface_strings/model.json`, fitted by
        `tests/benchmarks/fit_interface_model.py`) adds lines the layout
        misses, and the finding names the evidence.  After the body, two
        list items or more in a row of a headline's shape are a
        related-stories list as an extractor writes it, and headings of
        other stories include "Mehr zum Thema …".  A paragraph wrapped at
        a fixed width counts as prose; the text's last line just after the
        body stays clean when it reads as a name or an unfinished
        paragraph; the items of the article's numbered list and the lines
        between them (a link under each item), a letter's salutation,
        closing and signature (on a letters page too: "Ann Lee, Ely", also
        when the paper's note on its letters closes the page), and
        a one-word page title just over the body that the text says
        again ("Leserbriefe" over letters, "Leserbriefe geben nicht …"),
        a TV or radio listing's channels, each over entries that open with
        a clock time ("France 2" over "21h10 : …", in a text whose prose
        is mostly the listing's), a recipe's ingredients (a run of three or more items, half of
        them measured, "200g flour", "Serves 2", with the method after
        them) under its title, stay clean; a table of figures may split its
        cells by "|", "｜" or a tab ("Pos | Team | P | Pts" over
        "1 | Harbour City | 24 | 53").  A press release's genre label over
        its headline ("Press release", "Pressemitteilung") is the release's
        own when the text shows itself a release (its contact line, a note
        on the issuer, "ENDS"); a line just over the article's short opening
        sentences that shares their words (the names a speech's title
        gives) is its headline, and a headline over a byline may share only
        a word's stem with the body ("parking", "park").  The body's last
        short paragraphs may stand between it and its table of results
        under a heading ("Scorers:"), and a short sentence after the table
        that shares the body's words resumes the body; the last entry of a
        listing the body is made of ("Late Junction, Radio 3, 11pm") and
        the sentence under it are the article's.  Once two items in a
        row of a list after the body are found to be other stories', the
        list's other items that are a headline and its blurb run together
        (eight words or more, no sentence end) are too, though they share
        a word with the article; the article's own shorter items beside
        them are not.  A review's verdict box after the body ("Pros" over a
        few short items, "Cons" over a few more, in ten languages), a fact
        box set out as a label over its figure ("Battery" over "500 Wh,
        removable", two pairs or more: a definition list as an extractor
        writes it) or as three short measured items or more under its
        heading between paragraphs ("The wall in figures" over "1.2 km
        long", "6 metres high"), with the paragraphs after it, and a game story's "UP
        NEXT" over its two fixture rows ("Harbour Town: Host Eastfield on
        Wednesday.") are the article's too.  So are a plainly marked press
        release's label, contact block, fact box of labels and values, note
        on its issuer and end mark ("SIARAN PERS" … "Kontak media:",
        "報道関係者各位" … "【本件に関するお問い合わせ】", "-انتهى-"); a changelog
        the article quotes under version headings ("## Version 5.0.0",
        "### Fixed", its items); a letter's formal closing and its
        signature block ("Mit freundlichen Grüßen", the name, the town); and
        a column's rubric headline over its byline ("Leitartikel: …" over
        "Von …").  A footer under a version line, a menu after a closing
        and a list of other stories after a release are still judged.
    """
    example = """
        Home
        Sport
        Dock workers end strike at Rotterdam terminal
        Dock workers at Europe's largest container port voted on Tuesday to end a two-week strike.
        The agreement gives workers a 6.5% pay rise over two years and caps their night shifts.
        Port director Annelies van Dijk said the backlog of ships would take ten days to clear.
        Most popular stories this week
        Contact the newsroom
    """
    use_instead = """
        Dock workers end strike at Rotterdam terminal

        Dock workers at Europe's largest container port voted on Tuesday to end a two-week strike.
        The agreement gives workers a 6.5% pay rise over two years and caps their night shifts.
        Port director Annelies van Dijk said the backlog of ships would take ten days to clear.
    """
    options = {
        "prose-words": Option(int, "A line of at least this many words that ends a sentence is prose."),
        "min-prose-lines": Option(int, "Fewer prose lines than this (paragraphs' worth), and no body is looked for."),
        "short-line-cost": Option(float, "How much a non-prose line weighs against a prose line (1.0) in the body."),
        "max-words": Option(int, "Longest line (in words) outside the body that is reported on its own."),
        "teaser-words": Option(int, "Longest line (in words) reported when it stands in a list of such lines."),
        "headline-words": Option(
            int, "Longest line (in words) outside the body reported when it shares no content word with the body."
        ),
    }

    def check_document(self, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        from .verdict import judge  # the verdict weighs this module's evidence

        found = analysis(document, options)
        if found is None:
            yield from _listed_in_short_text(document, options)
            return
        verdicts = judge(document, found)
        _between_furniture(document, found, verdicts)
        _items_under_furniture(found, verdicts)
        _rest_of_teaser_lists(found, verdicts)
        _related_lists(found, verdicts)
        _unrelated_items_inside(document, found, verdicts)
        marked = _marked_headline(found)
        for index, line in enumerate(found.lines):
            verdict = verdicts[index]
            if verdict is None or index == marked or fixtures_heading(line.text, line, document) or line.number in pros_and_cons_lines(document):
                continue
            text = line.text.strip()
            start = line.start + line.text.index(text[0])
            yield Finding(start, start + len(text), f'{verdict}: "{_shown(text)}"')

    @staticmethod
    def _article_runs(
        document: Document, lines, shapes, prose: list[bool]
    ) -> tuple[list[bool], list[bool]]:
        """The lines of runs of short lines that stand between two prose
        lines and belong to the article: introduced by a colon, lines of
        code, mostly about what the prose above them is about (a list, a
        changelog), or mostly a table's rows or a spec sheet's (a buyer's
        guide's "Price:" and "Battery:" under each product), a label over
        its figure in turn ("Battery" over "500 Wh"), or a fact box's short
        measured items under its heading; and those of them the text sets out as its own (a colon,
        code).  The prose above, not all the page's prose: a sidebar's
        teasers share their words with the sidebar's own blurbs below them
        ("Click here for a preview of the magazine"), and the body would
        run on over the sidebar."""
        kept = [False] * len(lines)
        marked = [False] * len(lines)  # set out as the article's own: a colon before, or code
        specs = _spec_rows(shapes, prose)
        above: set[str] = set()  # the content words of the prose lines passed
        index = 0
        while index < len(lines):
            if prose[index]:
                above |= content_words(document, lines[index].start, lines[index].end)
                index += 1
                continue
            end = index
            while end < len(lines) and not prose[end]:
                end += 1
            if index > 0 and end < len(lines):
                run = range(index, end)
                introduced = any(_lead_in(lines[i].text) or _dangling(document, shapes[i]) for i in (index - 1, index)) or any(
                    CJK_LEAD_IN.search(lines[i].text.rstrip()) for i in range(index + 1, end - 1)
                )  # "■主な設備" over "主な設備は次の通り。" over the items
                # The document model's code lines too, in a run fenced by
                # backticks: a fenced block's fences and commands ("pip
                # install …") are a sample's.  (A rule of tildes, "~~~~~~",
                # is a fence to the model, and an ASCII drawing under it
                # code: not a sample.)
                fenced = any(BACKTICK_FENCE.match(lines[i].text) for i in run)
                code = sum(1 for i in run if CODE_LINE.search(shapes[i].text) or (fenced and lines[i].number in document.code_lines))
                # Under a related list's heading ("Don't miss"), sharing the
                # prose's words is what other stories on its topic do.
                about = 0 if _related_heading(shapes[index]) else sum(1 for i in run if shares_words(document, lines[i], above))
                # A table an extractor wrote in Markdown between paragraphs
                # (its labels between its copies: "Cornerback", then rows).
                table = sum(1 for i in run if markdown_cells(lines[i].text) >= MIN_TABLE_CELLS)
                spec = sum(1 for i in run if specs[i])
                pairs = label_value_pairs([shapes[i] for i in run])
                measured = _measured_list([shapes[i] for i in run])
                if introduced or 2 * code > len(run) or 2 * about > len(run) or 2 * max(table, spec) > len(run) or pairs or measured:
                    for i in run:
                        kept[i] = True
                if introduced or 2 * code > len(run):
                    for i in run:
                        marked[i] = True
            index = end
        return kept, marked

    @staticmethod
    def _top_of_article(document: Document, lines, shapes, first: int, body_words: set[str]) -> int:
        """Where the article starts: the farthest line of the few above the
        body that is about what the body is about (a headline, a standfirst),
        with the byline, date and details between it and the body."""
        top = first

        def about(index: int) -> bool:
            return about_body(document, lines[index], shapes[index], body_words, HEAD_LINE_WORDS) or _measured(shapes[index])

        for index in range(first - 1, max(first - 1 - HEAD_LINES, -1), -1):
            if about(index):
                top = index
        # A head longer than the window, about the body line after line (a
        # recipe's title, intro and ingredients above its method).  Each
        # line shares the body's words, or stands at most a heading or two
        # from one that does ("Ingredients"), and most of the head does; a
        # catalogue string ends it.  A page's sidebar of related stories
        # above the article shares a word here and there, not most lines.
        chain = top
        while chain > 0:
            window = range(chain - 1, max(chain - 2 - HEAD_CHAIN_GAP, -1), -1)
            above = [index for index in window if about(index)]
            if not above:
                break
            if any(shipped().match(shapes[index].text) is not None for index in range(above[-1], chain)):
                return top  # an interface string: the page's furniture, not the article's head
            chain = above[-1]
        if sum(map(about, range(chain, first))) < HEAD_CHAIN_SHARE * (first - chain):
            return top
        return chain

    @staticmethod
    def _is_prose(shape: LineShape, options: Mapping[str, Any]) -> bool:
        return shape.words >= options["prose-words"] and shape.ends_sentence

    @staticmethod
    def _is_furniture(shape: LineShape, max_words: int) -> bool:
        """Short, no finished sentence (a colon or an ellipsis leaves it
        open: "Most talked about:", "More on..."), not an item of a list the
        article makes."""
        if shape.text.rstrip().endswith(COMMAS):
            return False
        return 0 < shape.words <= max_words and not finished(shape) and not shape.list_item

    @staticmethod
    def _headline(shapes: list[LineShape], prose: list[bool], first: int) -> int | None:
        """The line that heads the body: the nearest non-prose line of 3 to
        15 words in the eight lines above the body (bylines, dates and
        captions often stand between).  Passed over: the page's stamp or a
        row of its buttons, and a whole sentence in a CJK script when a line
        that is none stands above it (a Korean lead of eleven words is not
        prose by the count of words, and its headline is over it)."""
        sentence = None
        for index in range(first - 1, max(first - 9, -1), -1):
            if not prose[index] and 3 <= shapes[index].words <= 15 and not _stamp_or_buttons(shapes[index].text):
                if not (finished(shapes[index]) and CJK_SCRIPT.search(shapes[index].text)):
                    return index
                sentence = index if sentence is None else sentence
        return sentence


# A page's stamp between the headline and the body: a date with its year
# and a clock time ("누리일보 입력 2025. 3. 14. 08:40 수정 …", "2025-03-14
# 09:12 来源：…", "2025年3月14日 18時20分").  Words of a language that
# writes them apart make it as long as a headline; no headline holds both.
STAMP_DATE = compile_cached(r"\d{4}\s?[年./-]\s?\d{1,2}\s?[月./-]\s?\d{1,2}")
STAMP_CLOCK = compile_cached(r"(?<!\d)\d{1,2}(?::\d{2}|[時时]\d{1,2}分)(?!\d)")
# A letter of a script written without capitals or spaces between its words
# (or, in Korean, with long ones): Han, Kana, Hangul.
CJK_SCRIPT = compile_cached(r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]")
# The catalogue's kinds no headline is: a toolbar's buttons, a byline, a stamp.
NO_HEADLINE_KINDS = frozenset({"sharing", "share_rows", "player", "comments", "bylines", "timestamps", "following", "app_prompts"})
# The longest row of buttons looked for (the catalogue's glued entries).
MAX_BUTTON_ROW = 120


def _stamp_or_buttons(text: str) -> bool:
    """Whether a line above the body is the page's stamp or a row of its
    buttons (a catalogue string: "요약보기 음성으로 듣기"), which the
    nearest line of a headline's length above the body may be in a naive
    dump: the headline is above them."""
    if STAMP_DATE.search(text) and STAMP_CLOCK.search(text):
        return True
    catalogue = shipped()
    entry = catalogue.match(text)
    if entry is not None:
        return entry.kind in NO_HEADLINE_KINDS  # not a video story's "WATCH: …", its own headline
    return len(text) <= MAX_BUTTON_ROW and catalogue.glued(text) is not None


# A Markdown code fence of backticks ("```", "```bash").
BACKTICK_FENCE = compile_cached(r"^\s*```")
# A spec sheet's row: a label of a few words, a colon, a value ("Price: £79").
SPEC_ROW = compile_cached(r"^(?P<label>[^\W\d][\w' -]{0,30}?)\s*[:：]\s*\S")
# Rows of a spec sheet, at least, in each block between paragraphs.
MIN_SPEC_ROWS = 2


# A table set out as lines, each label over its figure ("Battery" over
# "500 Wh, removable", "Greens" over "22.5%"; a definition list as an
# extractor writes it): this many pairs at least, each label a few words
# with no digit, no sentence end and no interface string ("Comments" over
# "12" is a page's counter), each figure a line with a digit.
MIN_LABEL_VALUE_PAIRS = 2
LABEL_WORDS = 3


def label_value_pairs(shapes: list[LineShape]) -> bool:
    """Whether lines alternate a label and its figure, MIN_LABEL_VALUE_PAIRS
    pairs or more, starting with either (the article's table or fact box,
    not a menu: UI107 and UI109 leave such a run)."""
    if len(shapes) < 2 * MIN_LABEL_VALUE_PAIRS:
        return False
    digits = [shape.digits > 0 for shape in shapes]
    if any(digits[index] == digits[index + 1] for index in range(len(digits) - 1)):
        return False
    return all(
        0 < shape.words <= LABEL_WORDS and not shape.ends_sentence and shipped().match(shape.text) is None
        for shape, figure in zip(shapes, digits)
        if not figure
    )


# A fact box's measured items under its heading, between paragraphs ("工事の
#概要" over "全長1.2キロ", "高さ6メートル", "工期3年"; "Key figures" over
# "Length: 1.2 km"): this many items at least, each short, each with a
# figure, none an interface string.
MIN_MEASURED_ITEMS = 3
MEASURED_ITEM_WORDS = 6


def _measured_list(shapes: list[LineShape]) -> bool:
    """Whether a run between paragraphs is a heading (or none) over
    MIN_MEASURED_ITEMS short items or more, each holding a figure."""
    items = shapes[1:] if shapes and not shapes[0].digits else shapes
    return len(items) >= MIN_MEASURED_ITEMS and all(
        shape.digits and 0 < shape.words <= MEASURED_ITEM_WORDS and not shape.ends_sentence and shipped().match(shape.text) is None
        and not is_timestamp(shape.text)
        for shape in items
    )


def _spec_rows(shapes: list[LineShape], prose: list[bool]) -> list[bool]:
    """The rows of the spec sheets an article sets out for each thing it
    reviews, between its paragraphs: blocks of short lines between prose
    lines, each holding two labelled rows or more ("Price: £79", "Battery:
    30 hours") under the same labels as another such block.  A page's
    labelled furniture ("Tags: …", "Filed under: …") stands once."""
    blocks: list[tuple[int, ...]] = []  # each block's labelled rows
    labels_of: list[tuple[str, ...]] = []
    index = 0
    while index < len(shapes):
        if prose[index]:
            index += 1
            continue
        end = index
        while end < len(shapes) and not prose[end]:
            end += 1
        labelled = [(i, SPEC_ROW.match(shapes[i].text)) for i in range(index, end)]
        labelled = [(i, match.group("label").casefold()) for i, match in labelled if match and not shapes[i].ends_sentence]
        if len(labelled) >= MIN_SPEC_ROWS:
            blocks.append(tuple(i for i, _ in labelled))
            labels_of.append(tuple(label for _, label in labelled))
        index = end
    rows = [False] * len(shapes)
    times = collections.Counter(labels_of)
    for position, labels in enumerate(labels_of):
        if times[labels] >= 2:
            for i in blocks[position]:
                rows[i] = True
    return rows


def _marked_headline(found: "Analysis") -> int | None:
    """The line a Markdown extractor marks as the page's headline: its one
    level-1 heading ("# Storm Agnes live: …", the page's <h1>), of a
    headline's length.  It is the article's wherever the extractor put it
    (a live blog's headline under its first post); a page with several
    "# " lines marks none as its headline."""
    marked = [index for index, shape in enumerate(found.shapes) if shape.heading == 1]
    if len(marked) == 1 and HEADLINE_WORDS[0] <= found.shapes[marked[0]].words <= HEADLINE_WORDS[1]:
        return marked[0]
    return None


class Analysis(NamedTuple):
    """Where an article's body is and what the layout rule makes of each
    non-blank line; the evidence the line verdict weighs."""

    lines: tuple[Line, ...]
    shapes: list[LineShape]
    prose: list[bool]
    first: int
    last: int
    top: int
    headline: int | None
    body_words: set[str]
    article_lines: list[bool]
    heuristic: dict[int, str]


# The full stops of Chinese and Japanese.
CJK_FULL_STOPS = ("。", "！", "？")
# Longest line (words) taken for furniture because the lines on both sides
# of it outside the article are: a footer's notice, a teaser's blurb.
MAX_BETWEEN_WORDS = 40


def _between_furniture(document: Document, found: "Analysis", verdicts: list) -> None:
    """A line outside the article (before its head or after its body) with
    furniture on both sides, found here or a catalogue string, is the
    page's too: a footer's sentence between its links ("The Courier is a
    trade mark of ..."), a teaser's blurb between two teasers.  Only the
    lines found before this pass count as its neighbours, so a run of such
    lines is not taken whole.  A whole CJK sentence that shares the body's
    words, one line past the body's last and no catalogue string between, is
    the article's last paragraph: the line between is a paragraph garbled
    by a wrong decoding or a caption, which the body found by density
    leaves out, not the page's furniture."""
    catalogue = shipped()
    lines = len(found.lines)

    def furniture(index: int) -> bool:
        # Asked only of a candidate's neighbours: the catalogue's templates cost a search each.
        return (verdicts[index] is not None and index in found.heuristic) or (
            catalogue.match(found.shapes[index].text) is not None
        )

    def closing_paragraph(index: int) -> bool:
        shape = found.shapes[index]
        return (
            index == found.last + 2 and shape.text.rstrip().endswith(CJK_FULL_STOPS) and finished(shape)
            and catalogue.match(found.shapes[index - 1].text) is None
            and shares_words(document, found.lines[index], found.body_words)
        )

    for index in range(1, lines - 1):
        if verdicts[index] is not None or found.top <= index <= found.last or index == found.headline:
            continue
        shape = found.shapes[index]
        if found.article_lines[index] or shape.list_item or not shape.letters or shape.words > MAX_BETWEEN_WORDS:
            continue
        if furniture(index - 1) and furniture(index + 1) and not closing_paragraph(index):
            where = "before" if index < found.first else "after"
            verdicts[index] = f"line {where} the article's body (between two lines of the page's furniture)"


# Words of an item of a list of other stories (a headline and its blurb run
# together: "- Pats place Olszewski on IR New England's roster is re-shuffling").
MAX_TEASER_ITEM_WORDS = 40
MIN_TEASER_ITEMS = 2


def _items_under_furniture(found: "Analysis", verdicts: list) -> None:
    """The list items after the body that follow a line of the page's
    furniture there (found by the layout rule, not only weighed by the
    model; or a catalogue string: "More from our
    network", "Join our Free Parlay Challenge"), up to the first line that
    is no list item: a related list's items, whatever they share with the
    article.  A list the article closes with follows its own prose or a
    line that introduces it, not furniture."""
    catalogue = shipped()
    index = found.last + 1
    while index < len(found.lines):
        shape = found.shapes[index]
        heading = not shape.list_item and shape.words > 0 and (
            (verdicts[index] is not None and index in found.heuristic) or catalogue.match(shape.text) is not None
        )
        index += 1
        if not heading:
            continue
        items = []
        while index < len(found.lines):
            item = found.shapes[index]
            if not item.list_item or found.article_lines[index] or item.words > MAX_TEASER_ITEM_WORDS:
                break
            items.append(index)
            index += 1
        # Headlines end no sentence; a changelog's or a fact box's items mostly do.
        if len(items) >= MIN_TEASER_ITEMS and 2 * sum(found.shapes[item].ends_sentence for item in items) < len(items):
            for item in items:
                if verdicts[item] is None:
                    verdicts[item] = "line after the article's body (an item of a list under the page's furniture)"


# Words of a related list's item, at least, that is a headline and its blurb
# run together ("- Coach sacked after cup exit The club ended his contract a
# day after the defeat"); the article's own list items beside such a list
# (a fact box's "- Wales (Group E): second appearance") are shorter.
MIN_GLUED_TEASER_WORDS = 8


def _rest_of_teaser_lists(found: "Analysis", verdicts: list) -> None:
    """The other items of a list after the body of which two items in a row
    are already found to be other stories' (a headline run together with
    its blurb, as an extractor writes a related list): the items above and
    below them in the same run of list items, each of MIN_GLUED_TEASER_WORDS
    words at least and ending no sentence.  The model weighs each item on
    its own, and an item that shares a word or two with the article (the
    same club, the same minister) stays clean though its neighbours do not;
    a list is one widget."""
    lines = len(found.lines)

    def teaser(index: int) -> bool:
        shape = found.shapes[index]
        return (
            shape.list_item and not found.article_lines[index] and not shape.ends_sentence
            and MIN_GLUED_TEASER_WORDS <= shape.words <= MAX_TEASER_ITEM_WORDS
        )

    index = found.last + 1
    while index < lines:
        if not found.shapes[index].list_item:
            index += 1
            continue
        run = []
        while index < lines and found.shapes[index].list_item:
            run.append(index)
            index += 1
        flagged = [item for item in run if verdicts[item] is not None]
        if not any(second == first + 1 for first, second in zip(flagged, flagged[1:])):
            continue
        for direction, start in ((-1, flagged[0] - 1), (1, flagged[-1] + 1)):
            item = start
            while run[0] <= item <= run[-1] and (verdicts[item] is not None or teaser(item)):
                if verdicts[item] is None:
                    verdicts[item] = "line after the article's body (an item of a list of other stories, as its neighbours are)"
                item += direction


# Words of an item of a related list set anywhere in the text (a sidebar's
# "More about …:" between two paragraphs): a headline has a few at least; a
# fact box's items ("- Budget: $2 million") are shorter.
MIN_RELATED_ITEM_WORDS = 4
FULL_STOPS = (".", "。", "．")
# Lines (separators, a first story's headline and its blurb) between a
# related list's heading and its items.
MAX_WIDGET_TEASER_LINES = 4
# The kinds of catalogue string that head a list of other stories.
RELATED_HEADING_KINDS = frozenset({"more_stories", "related_and_popular"})
# A heading is short: "More about the search for Amelia Earhart:".
MAX_RELATED_HEADING_WORDS = 12


def _related_heading(shape: LineShape) -> bool:
    """Whether a line heads a list of other stories: a catalogue string of
    those kinds ("Related stories", "Most read in Business"), or a short
    line that opens with "More about", "Más sobre", "Mehr zum" and the like
    (MORE_ABOUT), whatever its topic."""
    if shape.list_item or not 0 < shape.words <= MAX_RELATED_HEADING_WORDS or finished(shape):
        return False
    if MORE_ABOUT.match(shape.text.strip()):
        # "More about the search for Amelia Earhart:" names a widget; "More
        # on the new parking rules", without the colon, is as often the
        # article's own subheading.
        return shape.text.rstrip().endswith(COLONS)
    entry = shipped().match(shape.text)
    return entry is not None and entry.kind in RELATED_HEADING_KINDS


def _related_lists(found: "Analysis", verdicts: list) -> None:
    """A heading of other stories and the list items under it, wherever they
    stand (a sidebar the page's layout sets between two paragraphs, where
    _items_under_furniture does not look): two items or more, each of a
    headline's words, most of them ending no sentence.  Such a list shares
    the article's words (more stories on its topic), so no word count
    against the body decides; the heading does.  The article's own list is
    opened by a sentence ("The council listed three options:")."""
    index = 0
    while index < len(found.lines):
        if not _related_heading(found.shapes[index]) or found.article_lines[index] and not MORE_ABOUT.match(found.shapes[index].text.strip()):
            index += 1
            continue
        heading = index
        items = []
        index += 1
        # A widget may open with its first story's headline and blurb before
        # the list, after a separator line or two ("-").
        teaser = []
        while index < len(found.lines) and not found.shapes[index].letters:
            teaser.append(index)
            index += 1
        while index < len(found.lines) and len(teaser) < MAX_WIDGET_TEASER_LINES and not found.shapes[index].list_item:
            shape = found.shapes[index]
            # The first story's headline (no sentence end), then its blurb: a
            # sentence right under the heading is the article's own.
            headline = not finished(shape) and shape.words <= MAX_RELATED_HEADING_WORDS
            blurb = bool(teaser) and not finished(found.shapes[teaser[-1]]) and shape.words <= MAX_BLURB_WORDS
            if not shape.words or not (headline or blurb):
                break
            teaser.append(index)
            index += 1
        while index < len(found.lines):
            item = found.shapes[index]
            if not item.list_item or not MIN_RELATED_ITEM_WORDS <= item.words <= MAX_TEASER_ITEM_WORDS:
                break
            items.append(index)
            index += 1
        # A headline may ask ("Has her case been found?"); a fact's or a
        # step's item ends in a full stop.
        stops = sum(found.shapes[item].text.rstrip().endswith(FULL_STOPS) for item in items)
        if len(items) < MIN_TEASER_ITEMS or 2 * stops >= len(items):
            unmarked = _unmarked_headlines(found, heading + 1) or _headline_blurb_pairs(found, heading + 1)
            if unmarked:
                for line in [heading] + unmarked:
                    if verdicts[line] is None:
                        verdicts[line] = "line of a list of other stories under its heading (a related list set in the text)"
                index = unmarked[-1] + 1
                continue
            index = heading + 1
            continue
        for line in [heading] + teaser + items:
            if verdicts[line] is None:
                verdicts[line] = "line of a list of other stories under its heading (a related list set in the text)"


# Headlines in a row, at least, under a related list's heading when the
# page set them without list markers ("Don't miss", then "Plane passengers
# quarantined after outbreak [NEWS]"): more than a marked list needs, as
# an article's subheading may follow a heading too.
MIN_UNMARKED_HEADLINES = 3


def _unmarked_headlines(found: "Analysis", start: int) -> list[int]:
    """The lines from ``start`` that read as other stories' headlines, none
    a list item: each of a headline's words (MIN_RELATED_ITEM_WORDS to
    MAX_UNRELATED_ITEM_WORDS), ending no sentence (headlines written
    "Topic: claim" read as a table's rows, so those are not asked); [] when fewer than
    MIN_UNMARKED_HEADLINES stand in a row.  A sentence of the article
    under the heading ends the run."""
    run = []
    index = start
    while index < len(found.lines):
        shape = found.shapes[index]
        if shape.list_item or finished(shape) or found.prose[index]:
            break
        if not MIN_RELATED_ITEM_WORDS <= shape.words <= MAX_UNRELATED_ITEM_WORDS or shape.text.rstrip().endswith(COLONS):
            break
        run.append(index)
        index += 1
    return run if len(run) >= MIN_UNMARKED_HEADLINES else []


# Headline and blurb pairs in a row, at least, under a related list's
# heading ("Top sports stories", then each story's headline and its one or
# two sentences): two, as the heading already names the list; an article's
# subheading is followed by its paragraphs, not opened by such a heading.
MIN_HEADING_PAIRS = 2


def _headline_blurb_pairs(found: "Analysis", start: int) -> list[int]:
    """The lines from ``start`` that are other stories' headlines, each
    followed by its blurb: a headline's words (MIN_RELATED_ITEM_WORDS to
    MAX_UNRELATED_ITEM_WORDS) ending no sentence but a question, then one or
    two sentences (MIN_BLURB_WORDS to MAX_BLURB_WORDS) that end or are cut
    short ("…").  [] when fewer than MIN_HEADING_PAIRS stand in a row."""
    run: list[int] = []
    index = start
    while index + 1 < len(found.lines):
        head, blurb = found.shapes[index], found.shapes[index + 1]
        head_text = head.text.rstrip()
        headline = (
            not head.list_item and MIN_RELATED_ITEM_WORDS <= head.words <= MAX_UNRELATED_ITEM_WORDS
            and (not head.ends_sentence or head_text.endswith(("?", "？"))) and not head_text.endswith(COLONS)
        )
        teaser = (
            not blurb.list_item and MIN_BLURB_WORDS <= blurb.words <= MAX_BLURB_WORDS
            and (blurb.ends_sentence or blurb.text.rstrip().endswith(OPEN_ENDS))
        )
        if not (headline and teaser):
            break
        run += [index, index + 1]
        index += 2
    return run if len(run) >= 2 * MIN_HEADING_PAIRS else []


# Items in a row, at least, of a list of other stories' headlines inside the
# body with no heading to name it (the heading may be a widget's image): more
# than a related list after the body needs, as the article's own lists stand
# there too.
MIN_UNRELATED_ITEMS = 3
# Most words of such an item: a headline's.
MAX_UNRELATED_ITEM_WORDS = 20


def _unrelated_items_inside(document: Document, found: "Analysis", verdicts: list) -> None:
    """Items of a list inside the body that are other stories' headlines: three
    or more in a row, each of four words up to a headline's length, none
    ending in a full stop, none sharing a content word with the article's
    prose, and the list not opened by a line that ends in a colon (the
    article's "The report lists three risks:").  The article's own list
    speaks of what its paragraphs speak of, or stands under a line of its
    own that opens it."""
    about = prose_words(document)

    def unrelated(index: int) -> bool:
        shape = found.shapes[index]
        return (
            shape.list_item and not found.article_lines[index]
            and MIN_RELATED_ITEM_WORDS <= shape.words <= MAX_UNRELATED_ITEM_WORDS
            and not shape.text.rstrip().endswith(FULL_STOPS) and not shares_words(document, found.lines[index], about)
        )

    index = max(found.first, 1)
    while index <= found.last:
        if not unrelated(index):
            index += 1
            continue
        start = index
        while index <= found.last and unrelated(index):
            index += 1
        # Opened by the article: a line ending in a colon, a subheading of
        # its own ("Ingredients", "What changes") the rules left alone, or a
        # sentence of its prose ("The council lists three steps.").
        before = found.shapes[start - 1]
        opened = verdicts[start - 1] is None and (
            before.text.rstrip().endswith(COLONS) or _lead_in_clause(before) or _dangling(document, before)
            or (not before.list_item and 0 < before.words <= LIST_HEADING_WORDS and not before.ends_sentence)
            or (before.ends_sentence and not before.list_item and before.words >= CLOSING_INTRO_WORDS)
        )
        if index - start >= MIN_UNRELATED_ITEMS and not opened:
            for item in range(start, index):
                if verdicts[item] is None:
                    verdicts[item] = "line inside the article's body (one of a list of other stories' headlines)"


def _headlines_over_bylines(
    document: Document, lines, shapes: list[LineShape], first: int, body_words: set[str], last: int | None = None
) -> list[int]:
    """Lines above the body that are the article's headline wherever the
    extractor put it (after the first paragraph, under a sidebar): of a
    headline's words (HEADLINE_WORDS), ending no sentence, sharing a content
    word with the body, with a byline or a date on the next line ("By JANE
    PERLEZ", "Published: July 24, 2012"), and the only such line.  A
    related list's teasers may each stand over a date, so two or more such
    lines are left to the rules.  When there is none above the body, the
    one after the body (``last``), where a page laid out in tables may set
    its headline and byline."""
    from .structure import is_credit_line  # structure reads this module's article head

    # A page of many headline-shaped lines over dates asks about the one body
    # again and again: its beginnings are worked out once, on first need.
    begun = functools.cache(functools.partial(_beginnings, body_words))

    def headline(index: int) -> bool:
        shape = shapes[index]
        if not HEADLINE_WORDS[0] <= shape.words <= HEADLINE_WORDS[1] or shape.list_item or finished(shape):
            return False
        # A layout table's cell keeps its bars: "| By JOHN SMITH |".
        below = shapes[index + 1].text.strip(FRAME)
        if not below or not (BYLINE_OPENING.match(below) and is_credit_line(below) or is_timestamp(below)):
            return False
        if shares_words(document, lines[index], body_words):
            return True
        # The same word with another ending ("parking" over a body that says
        # "park"); not a menu's row split by separators ("Business Wire ·
        # Archive · Print version" over a date).
        return len(SEPARATOR.split(shape.text)) == 1 and shares_stem(
            content_words(document, lines[index].start, lines[index].end), body_words, begun
        )

    found = [index for index in range(min(first, len(lines) - 1)) if headline(index)]
    if not found and last is not None:
        # A page laid out in tables may set its headline and byline after
        # the story's text, and an extractor keeps that order.
        found = [index for index in range(last + 1, len(lines) - 1) if headline(index)]
    # One headline an article: several such lines are a list of other
    # stories, each with its date ("Council sells depot" over "2 hours ago").
    return found if len(found) == 1 else []


# A byline opens with "By" (or the word in the article's language), not a
# credit's agency name alone.
BYLINE_OPENING = compile_cached(r"(?i)^(?:by|por|par|von|di|door|av|af)\s")


# A line that leads into a list without its colon ends in a word no clause
# ends in ("She is survived by", "Die Preise gelten für"): one of its
# language's commonest words (Zipf scale; "by" 6.7, "of" 7.4, "the" 7.7),
# in lower case.  A related list's heading names its topic last ("More on
# Housing", "Related stories"), or is a catalogue string.
DANGLING_WORD_ZIPF = 6.5
LAST_WORD = compile_cached(r"(\p{Ll}[\p{L}\p{M}'’]*)\s*$")


def _dangling(document: Document, shape: LineShape) -> bool:
    if shape.list_item or not shape.words or shape.ends_sentence:
        return False
    last = LAST_WORD.search(shape.text)
    if last is None:
        return False
    article = article_language(document)
    if common_zipf(last.group(1), article.code if article else "en") < DANGLING_WORD_ZIPF:
        return False
    return shipped().match(shape.text) is None and not MORE_ABOUT.match(shape.text.strip())


# A sentence that leads into a list and lacks its colon ("Related coverage in
# this series looked at three hospitals"): this many words at least, most of
# them in lower case (a headline of another story is in title case or
# shorter), no stop, and no catalogue string or related heading.
LEAD_IN_CLAUSE_WORDS = 6
LOWER_WORD = compile_cached(r"(?:^|\s)\p{Ll}")


def _lead_in_clause(shape: LineShape) -> bool:
    if shape.list_item or shape.ends_sentence or shape.words < LEAD_IN_CLAUSE_WORDS:
        return False
    if 2 * len(LOWER_WORD.findall(shape.text)) <= shape.words:
        return False
    return shipped().match(shape.text) is None and not MORE_ABOUT.match(shape.text.strip())


# Words, at least and at most, of a line over a date above the line taken
# for the headline that makes the date the article's dateline: a headline
# (a kicker, "LOCAL NEWS", is shorter).
DATELINE_HEADLINE_WORDS = 3
HEADLINE_MAX_WORDS = 15
# What no headline holds: a menu's or a breadcrumb's separators ("Beranda >
# Regional > Yogyakarta", "Sections ▾ Search", "Home  News  Science": two
# spaces between items), a byline's "by" near its start ("Words by Maria
# Keating").  A label's colon is a headline's too ("Analysis: …"), and so
# are a catalogue's words ("Watch: …"): neither is ruled out.
NOT_A_HEADLINE = compile_cached(r"\s[|>›»/•·]\s|\S {2,}\S|[▾☰▼≡]|^(?:\S+\s+){0,2}(?i:by|por|par|von|di|door)\s+\p{Lu}")


# UI109's shipped settings, for the rules that ask where the article's head
# is (UI102's datelines) and do not have UI109's options.
SHIPPED_OPTIONS = {
    "prose-words": 12, "min-prose-lines": 3, "short-line-cost": 0.35, "max-words": 4, "teaser-words": 4,
    "headline-words": 20,
}


def analysis(document: Document, options: Mapping[str, Any]) -> Analysis | None:
    """``analyse``, once per document, settings and catalogue (UI109 and
    UI102 ask, and UI108 in the corpus pass).  The analyses outlive the
    document's memos: a document the corpus pass hands to the checking pass
    forgets them (a memo may hold what one rule made with its options), but
    an analysis is made of the document's text, the settings in its key and
    the catalogue in use (recurring_structure asks it), which is compared:
    the corpus pass runs without UI101, so with the shipped catalogue, and
    its analysis is taken again only when the checking pass's catalogue is
    the same (as it is unless UI101 has extra or ignored strings).  That
    halves the family's largest cost on a corpus run."""
    kept = document.kept_memo("UI.analyses", lambda _: {})
    key = tuple(sorted(options.items()))
    catalogue = of_document(document)  # UI101, the family's first rule, has set it in the checking pass
    found = kept.get(key)
    if found is None or found[0] is not catalogue:
        found = kept[key] = (catalogue, analyse(document, options))
    return found[1]


def article_head(document: Document) -> frozenset[int]:
    """The numbers of the lines between the article's headline and its body:
    a byline, a dateline, a standfirst."""

    def compute(document: Document) -> frozenset[int]:
        found = analysis(document, SHIPPED_OPTIONS)
        if found is None:
            return frozenset()
        start = found.top if found.headline is None else min(found.top, found.headline)
        return frozenset(found.lines[index].number for index in range(start, found.first))

    return document.memo("UI.article_head", compute)


def article_dateline(document: Document) -> frozenset[int]:
    """The numbers of the lines of ``article_head`` a date may be the
    article's own dateline on: those from the headline down to the body,
    and above the line taken for the headline only those under a line
    shaped as a headline about the body (a headline of three words or more
    over its date, over a byline taken for the headline).  A section label
    ("LOCAL NEWS") or the page's date over the headline is the page's, not
    the article's dateline: the head found by shared words reaches up to a
    kicker that names a word of the body."""

    def compute(document: Document) -> frozenset[int]:
        found = analysis(document, SHIPPED_OPTIONS)
        if found is None:
            return frozenset()
        start = found.top if found.headline is None else min(found.top, found.headline)
        if found.headline is not None and found.top < found.headline:
            begun = lambda: _beginnings(found.body_words)  # noqa: E731 (worked out only when a line asks)
            above = [
                index for index in range(found.top, found.headline)
                if DATELINE_HEADLINE_WORDS <= found.shapes[index].words <= HEADLINE_MAX_WORDS
                and not found.shapes[index].ends_sentence and not is_timestamp(found.shapes[index].text)
                and not NOT_A_HEADLINE.search(found.shapes[index].text)
                and _shares_or_stems(content_words(document, found.lines[index].start, found.lines[index].end), found.body_words, begun)
            ]
            start = above[0] if above else found.headline
        return frozenset(found.lines[index].number for index in range(start, found.first))

    return document.memo("UI.article_dateline", compute)


def _shares_or_stems(words: set[str], body: set[str], begun) -> bool:
    return not words.isdisjoint(body) or shares_stem(words, body, begun)


def article_body(document: Document) -> tuple[int, int] | None:
    """The numbers of the body's first and last lines, by UI109's shipped
    settings, or None when the text has too little prose to tell."""
    found = analysis(document, SHIPPED_OPTIONS)
    return None if found is None else (found.lines[found.first].number, found.lines[found.last].number)


def analyse(document: Document, options: Mapping[str, Any]) -> Analysis | None:
    """Find the body and judge each line by the layout rule alone.  Blank
    lines are not looked at: a scraper that writes one between blocks and one
    that does not must get the same findings."""
    lines = document.content_lines
    shapes = [document.shapes[line.number - 1] for line in lines]
    wrapped = _wrapped(shapes)
    prose = [
        OutsideBody._is_prose(shape, options) or wrapped[index] or _framed_paragraph(shape, options)
        or _sentences_with_a_tail(shape, options)
        for index, shape in enumerate(shapes)
    ]
    if _prose_weight(shapes, prose, options) < options["min-prose-lines"]:
        return None
    # A list or code the article sets out between its paragraphs (after a
    # colon) neither adds to the body nor cuts it short.
    rows = table_rows([shape.text for shape in shapes])
    kept, marked = OutsideBody._article_runs(document, lines, shapes, prose)
    for index in recurring_structure(document).span:
        marked[index] = True
    # A table of figures (a header over rows of as many cells, the figures in
    # the same columns) or a run of results is the article's wherever it
    # stands: the body runs on across it to the paragraph that follows.
    for index in data_table_rows(document):
        rows[index] = marked[index] = True
    # A letters page's signature blocks and a poem's stanzas are the
    # article's: the body runs on across them.
    stanzas = _broken_sentences(shapes)
    for index in _signed_letters(shapes) + stanzas + _measured_runs(shapes, prose) + _changelog_runs(shapes):
        marked[index] = True
    schedule = _schedule_listing(shapes, prose)  # a TV guide's channels over their programmes' times
    for index in schedule:
        marked[index] = True
    first, last = _densest_span(prose, options["short-line-cost"], [k or m for k, m in zip(kept, marked)])
    densest_last = last
    last = _before_teaser_pairs(document, lines, shapes, prose, first, last, options)
    # The heading of the page's notices that close the body (judged below).
    notice_heading = _closing_notices(shapes, prose, first, last)
    # A run of short lines about the body is the article's own inside the
    # body (a list, a changelog); past it, sharing a word with the body is
    # what a list of related stories does too, so there the line is judged.
    # A table's rows are the article's inside the body and when the table
    # follows straight on from it, or after one line (its heading, a last
    # paragraph without its full stop): a results table.  A table further on
    # is the page's (lists of other stories set out as "Title - Artist").
    # The body's last short paragraphs (a quote, a coach's word) may stand
    # between it and the table: "… in the 76th minute." over "“We showed
    # character,” said the coach." over "Scorers:" over the rows.
    # Past them, the one line before the table must be its heading ("Scorers:"):
    # a related list's "Related" over its rows is the page's.
    after = last + _short_closing_sentences(shapes, rows, last)
    table = _rows_from(rows, after + 1 if after + 1 < len(rows) and rows[after + 1] else after + 2)
    heading = _table_heading(shapes, table, after)
    if after > last and any(table) and not (heading or table[after + 1]):
        after = last
        table = _rows_from(rows, last + 1 if last + 1 < len(rows) and rows[last + 1] else last + 2)
        heading = _table_heading(shapes, table, last)
    # The body's words and its head's (the headline names what a closing
    # remark of the article speaks of: "Copy from tmux to the clipboard").
    prose_above = set().union(*[content_words(document, line.start, line.end) for line in lines[max(first - HEAD_LINES, 0):last + 1]])
    closing = _closing_list(shapes, prose, last, lambda index: shares_words(document, lines[index], prose_above))
    if heading:
        closing[after + 1] = True  # "Timeline:" over "2019: first proposal", "2022: funding agreed"
    if any(table):
        for index in range(last + 1, after + 1):
            closing[index] = True  # the article's own, as the table after them is
    # What the article sets out as its own (a colon, code, a table), not
    # merely a run about what it is about: a related list shares its words.
    own_lines = [
        marked[index] or (rows[index] and first <= index <= last) or table[index] or closing[index]
        for index in range(len(lines))
    ]
    article_lines = [own_lines[index] or (kept[index] and first <= index <= last) for index in range(len(lines))]
    headline = OutsideBody._headline(shapes, prose, first)
    shaped = [OutsideBody._is_furniture(shape, options["teaser-words"]) for shape in shapes]
    # The union of the body's lines' words: each line's set is cached (the
    # prose lines' already computed), so the body's tokens are not read again.
    body_words = set().union(*[content_words(document, line.start, line.end) for line in lines[first:last + 1]])
    top = OutsideBody._top_of_article(document, lines, shapes, first, body_words)
    if _headline_at_top(shapes, first, top) or (
        top == 0 and first > HEAD_LINES and _opens_with_headline(shapes, first)
        and shares_words(document, lines[0], body_words)
    ):
        # A head of more than HEAD_LINES lines that starts the text (a
        # recipe's title over its yield, ingredients and headings) opens
        # with the headline when its first line is shaped as one and names
        # what the body does.
        headline = 0
    for index in _head_lists(document, lines, shapes, top, first, body_words):
        article_lines[index] = True
    for index in _headlines_over_bylines(document, lines, shapes, first, body_words, last):
        article_lines[index] = True
    for index in _numbered_list_details(lines, first, last) + _letter_lines(shapes, first, last):
        article_lines[index] = True
    for index in _labelled_block_headings(shapes, last):
        article_lines[index] = True
    for index in _headings_over_own_lists(shapes, article_lines, last):
        article_lines[index] = True
    for index in stanzas:
        article_lines[index] = True
    for index in schedule:
        article_lines[index] = True
    if _page_title(document, lines, shapes, first):
        article_lines[0] = True
    for index in _data_table_headings(shapes, data_table_rows(document)):
        article_lines[index] = True
    for index in range(last + 1, len(lines)):
        if PRESS_CONTACT.match(shapes[index].text) and REACHED_AT.search(shapes[index].text):
            article_lines[index] = True  # a press release's own last line
    for index in _press_contact_block(shapes, last):
        article_lines[index] = True
    for index in _press_release_labels(shapes, first) + _release_notes(shapes, last) + _live_entry_times(shapes, prose):
        article_lines[index] = True
    if (
        last + 1 < len(shapes) and _closing_sentence(shapes[-1]) and shipped().match(shapes[-1].text) is None
        and all(_sentence_of_the_report(shapes[index], prose[index] or article_lines[index]) for index in range(last + 1, len(shapes) - 1))
    ):
        # The text's last line, after the body and what prose follows it, a
        # short sentence that is no string of the page's: the report's
        # sign-off ("The trial continues.", "The inquiry resumes on Monday.").
        article_lines[-1] = True
    elif last == densest_last:
        resumed_closing = _closing_after_a_break(document, shapes, prose, last)
        if resumed_closing is not None:
            article_lines[resumed_closing] = True
    listed = _entries_go_on(shapes, prose, first, last)
    for index in listed:
        article_lines[index] = True
    body_not_cut = last == densest_last  # not where other stories' teasers and blurbs close the body
    extended = max(_body_resumes(document, lines, shapes, prose, last, article_lines, rows, body_words, options), max(listed, default=last))
    if extended > last:
        body_words |= set().union(*[content_words(document, line.start, line.end) for line in lines[last + 1:extended + 1]])
        last = extended
    if body_not_cut:
        resumed = _resumes_after_furniture(document, lines, shapes, prose, last, body_words)
        resumed = max(resumed, _resumes_after_a_set_out_list(document, lines, shapes, last, body_words))
        if resumed > last:
            body_words |= set().union(*[content_words(document, line.start, line.end) for line in lines[last + 1:resumed + 1]])
            last = resumed
        for index in _prose_past_bars(shapes, first, last, options):
            article_lines[index] = True
    teaser_items = _teaser_items_after(document, lines, shapes, last, body_words, article_lines, options)
    opening, opening_words = _opening_sentences(document, lines, shapes, first, article_lines)
    heuristic: dict[int, str] = {}
    from .structure import is_byline  # structure reads this module's article head

    for index, line in enumerate(lines):
        if top <= index <= last or index == headline or article_lines[index]:
            continue
        if headline is not None and headline < index < first and is_byline(shapes[index].text):
            continue  # the byline between the headline and the body: UI104 judges bylines
        shape = shapes[index]
        in_list = shaped[index] and (
            (index > 0 and shaped[index - 1] and index - 1 != headline)
            or (index + 1 < len(lines) and shaped[index + 1] and index + 1 != headline)
        )
        if _introduces_sentence(shapes, index, last):
            continue
        if in_list:
            heuristic[index] = "one of a list of short lines"
        elif NUMBERING.match(shape.text.strip()):
            heuristic[index] = "a list's number or a pager alone"
        elif OutsideBody._is_furniture(shape, options["max-words"]):
            heuristic[index] = f"{shape.words} word{'s' * (shape.words != 1)}, no sentence end"
        elif index in teaser_items:
            heuristic[index] = "one of a list of other stories' headlines after the body"
        else:
            if shape.words > options["headline-words"] or shape.list_item or not shape.letters:
                continue
            if shape.ends_sentence or shape.text.rstrip().endswith(COMMAS):
                # A whole sentence that shares no word with the body is as
                # often the article's own (a closing remark; in Korean or
                # Japanese, words whose particles hide the shared stem) as
                # another story's; OC102 judges those by meaning.  A line
                # ending in a comma is a sentence broken across lines.
                continue
            # Another story's headline: as long as a headline, and not one
            # content word in common with the article's body, nor, when it
            # stands just over the article's opening sentences (a speech's
            # short first paragraphs, which the body found by density leaves
            # out), with those: the names a headline gives come back there.
            if shares_words(document, line, body_words):
                continue
            if index == opening - 1 and shares_words(document, line, opening_words):
                continue
            heuristic[index] = "shares no word with the article"
    _teasers_inside(document, lines, shapes, prose, first, last, article_lines, options, heuristic)
    _headline_lists(shapes, top, last, headline, article_lines, options, heuristic)
    # A title-cased item in a "Topic: claim" headline reads as a table's row
    # (rows), but an item marker makes it a list's: only what the article sets
    # out as its own (marked, or the list it closes with) is kept from it.
    if notice_heading is not None and notice_heading != headline:
        heuristic[notice_heading] = "heading over the page's notices closing the text"
    _title_cased_items(shapes, prose, first, last, headline, [m or c for m, c in zip(marked, closing)], options, heuristic)
    _listed_under_heading(
        shapes, prose, own_lines, options, heuristic,
        lambda index: shares_words(document, lines[index + 1], content_words(document, lines[index].start, lines[index].end)),
    )
    return Analysis(lines, shapes, prose, first, last, top, headline, body_words, article_lines, heuristic)


def _opening_sentences(document: Document, lines, shapes, first: int, article_lines: list[bool]) -> tuple[int, set[str]]:
    """The article's opening lines just above its body, up from it: whole
    sentences too short to count as prose (LEAD_IN_SENTENCE_WORDS words or
    more, a full stop: a speech's "She never liked speeches. She will forgive
    me this one."), and lines the layout keeps as the article's between them
    (a salutation: "Ladies and gentlemen,"); where they begin, and their
    content words."""
    start = first
    words: set[str] = set()
    while start > 0:
        shape = shapes[start - 1]
        sentence = finished(shape) and shape.words >= LEAD_IN_SENTENCE_WORDS and not shape.list_item
        if not (sentence or article_lines[start - 1]):
            break
        start -= 1
        if sentence:
            words |= content_words(document, lines[start].start, lines[start].end)
    return start, words


# Words of a line of the article's head, at least (a headline, a standfirst);
# an item of a list there may be one word ("Eggs").
HEAD_LINE_WORDS = 2
LIST_ITEM_WORDS = 1
# Items, at least, of a list in the article's head that is about its body.
MIN_HEAD_LIST_ITEMS = 2
# A list's heading: this many words at most ("Ingredients", "You will need").
LIST_HEADING_WORDS = 4
# A list item that names a thing and its measure, either way round: "Pork
# belly 150g", "にんじん　1本", "みそ　大さじ4", "2 tbsp olive oil".  A
# recipe's ingredients, a kit list: words a crude stem or a CJK pair may not
# find in the method (a kana-only word gives no pair at all).
MEASURED_ITEM_WORDS = 8
MEASURED_ITEM = compile_cached(
    # The measure first, then a thing in lower case: "2 tbsp olive oil", "½ cup milk".
    r"^(?:[\p{N}½¼¾⅓⅔]+[\p{N}.,/½¼¾⅓⅔]*\s*(?:\p{Ll}{1,6}\.?\s+)?\p{Ll}.{0,40}"
    # A thing, then its measure with a unit: "Pork belly 150g", "にんじん　1本",
    # "みそ　大さじ4", "ごぼう　半本" (a bare number or degrees is a score or the weather).
    r"|\S.{0,40}?[\s\u3000]+(?:[\p{N}½¼¾⅓⅔]+(?:[.,/][\p{N}]+)?\s?\p{L}{1,12}|[\p{Han}\p{Hiragana}\p{Katakana}]{1,4}[\p{N}]+"
    r"|[一二三四五六七八九十半][\p{Han}\p{Hiragana}\p{Katakana}]{1,3}|少々|適量))$"
)


def _measured(shape: LineShape) -> bool:
    """Whether the line is a list item naming a thing and its measure, not a
    date ("Tuesday 8 January", "15 January 2008": a page's timestamps)."""
    text = shape.text.strip()
    return shape.words <= MEASURED_ITEM_WORDS and MEASURED_ITEM.match(text) is not None and not is_timestamp(text)


# A run of short lines with this many measured items, and no fewer than
# half of them measured, is a list the article sets out (a recipe's
# ingredients with no heading over them, "Serves 2" and "A handful of
# parsley" among them), wherever it stands.
MIN_MEASURED_RUN = 3


def _measured_runs(shapes: list[LineShape], prose: list[bool]) -> list[int]:
    """The lines of runs of short lines (no sentence ended, no string of
    the page's: "5 min read", "12 comments" are measured too) holding
    MIN_MEASURED_RUN measured items or more, half of the run at least, that
    a paragraph follows: the article's own list, which the body runs on
    across; also when the steps of a method come between, a list of items
    that each end a sentence ("## Method", "- Soften the onions…", then the
    article again, or its end).  Numbered teasers after the body ("5 ways
    to cut your bills") are followed by more of the page, not by a
    paragraph, and end no sentence."""
    catalogue = shipped()
    found: list[int] = []
    run: list[int] = []
    measured = 0
    for index, shape in enumerate(shapes):
        if (
            0 < shape.words <= MEASURED_ITEM_WORDS and not shape.ends_sentence and not prose[index]
            and catalogue.match(shape.text) is None
        ):
            run.append(index)
            measured += _measured(shape)
            continue
        if measured >= MIN_MEASURED_RUN and 2 * measured >= len(run):
            steps = _method_steps(shapes, prose, index, catalogue)
            if prose[index] or len(steps) >= MIN_METHOD_STEPS:
                found.extend(run + steps)
        run = []
        measured = 0
    return found


# Steps, at least, of a method under a list of measured items for the two to
# be the article's without a paragraph after them.
MIN_METHOD_STEPS = 2


def _method_steps(shapes: list[LineShape], prose: list[bool], start: int, catalogue) -> list[int]:
    """The lines from ``start`` that are a method's steps: items of a list
    that each end a sentence and are no string of the page's ("- Share this
    article."), up to the article's next paragraph or its end; none when
    something else comes first."""
    steps: list[int] = []
    index = start
    while (
        index < len(shapes) and shapes[index].list_item and shapes[index].ends_sentence
        and catalogue.match(shapes[index].text) is None
    ):
        steps.append(index)
        index += 1
    return steps if index == len(shapes) or prose[index] else []


# A heading may end in a bracket: "Ingredients (serves 4)", "材料（4人分）".
HEADING_BRACKETS = ")）]】"
# Lines under a heading looked at for its list: most must be about the body.
HEAD_LIST_PEEK = 4


def _head_lists(document, lines, shapes, top, first, body_words) -> list[int]:
    """The lists the article sets out in its head, above its body, with
    their headings: a recipe's "Ingredients" and the ingredients under it
    above the method, a how-to's "You will need" and its tools.  A heading
    of a few words that ends no sentence and is no interface string,
    followed by two lines or more in a row that share a content word with
    the body; a breadcrumb or a page's menu shares none, and a related
    stories' heading is in the catalogue."""
    asked: dict[int, bool] = {}  # once per line: each line of a list is peeked at from the lines above it

    def about(item: int) -> bool:
        if item not in asked:
            asked[item] = item < first and (
                about_body(document, lines[item], shapes[item], body_words, LIST_ITEM_WORDS)
                or _measured(shapes[item])
            )
        return asked[item]

    found: list[int] = []
    after_list = top  # a list's items head no list of their own (they would find its rest again)
    for index in range(top, first - MIN_HEAD_LIST_ITEMS):
        if index < after_list:
            continue
        shape = shapes[index]
        if not 0 < shape.words <= LIST_HEADING_WORDS or shape.ends_sentence or shape.list_item:
            continue
        if not _without_emphasis(shape.text).rstrip(HEADING_BRACKETS)[-1:].isalnum():
            continue  # a breadcrumb's step ("Software ›"), a link ("More »"), not a heading
        # The first item about the body, and most of the next few (a crude
        # stem misses some: "lemons" under "lemon halves").
        peek = range(index + 1, min(index + 1 + HEAD_LIST_PEEK, first))
        if not about(index + 1) or 2 * sum(map(about, peek)) < len(peek) or sum(map(about, peek)) < MIN_HEAD_LIST_ITEMS:
            continue
        if shipped().match(shape.text) is not None:
            continue
        found.append(index)
        item = index + 1
        while about(item) or about(item + 1):
            found.append(item)
            item += 1
        after_list = item
    return found


# Headline-shaped lines in a row outside the article that make a list of
# other stories' headlines, whatever they share with it.
MIN_HEADLINE_LIST = 3


def _headline_lists(shapes, top, last, headline, article_lines, options, heuristic) -> None:
    """Other stories' headlines listed above or below the article: three
    lines or more in a row outside it, each of two words or more up to a
    headline's length, none ending a sentence (or each an item of a list:
    "4. Ministers back the port deal", below the body only: above it a
    list is as often the article's, its ingredients or its facts).  Related
    stories share the article's words, so sharing is no defence here; the
    article's own tables, the head above its body and a list a line ending
    in a colon introduces ("What you need:", not a heading already found
    to be furniture) are not looked at."""
    run: list[int] = []
    for index in range(len(shapes) + 1):
        if index < len(shapes) and not (top <= index <= last) and index != headline and not article_lines[index]:
            shape = shapes[index]
            if 2 <= shape.words <= options["headline-words"] and (not finished(shape) or _asks(shape)) and not shape.list_item:
                run.append(index)
                continue
        if len(run) >= MIN_HEADLINE_LIST and not _introduced(shapes, run[0], heuristic):
            for item in run:
                heuristic.setdefault(item, "one of a list of headlines")
        run = []


def _asks(shape: LineShape) -> bool:
    """A headline that asks ("Can the port deal survive?"), not an item of
    a list (a list of questions is as often the article's own)."""
    return not shape.list_item and shape.text.rstrip().rstrip(CLOSERS).endswith(("?", "？"))


def _introduced(shapes, index: int, heuristic) -> bool:
    """Whether the line before ``index`` introduces a list of the text's
    own: it ends in a colon, and is not itself furniture."""
    return index > 0 and index - 1 not in heuristic and shapes[index - 1].text.rstrip().endswith(COLONS)


# Words of a line of a list widget's tabs, at most ("Most Viewed | Most Emailed").
LIST_HEADING_TABS_WORDS = 8
# A line under a list's heading this long that ends a sentence is prose
# again: the list is over.
LIST_ITEM_SENTENCE_WORDS = 6


def _listed_under_heading(shapes, prose, article_lines, options, heuristic, heads_next) -> None:
    """The items under a heading of a list of related or most-read stories
    ("Related stories", "関連記事", "많이 본 뉴스"), wherever it stands: the
    lines after it up to the next line of prose, each at most a headline's
    length (a teaser's one-sentence blurb counts as an item; a longer
    sentence ends the list).  One line alone under the heading, sharing a
    word with the paragraph right after it (``heads_next(index)``), is the
    article's own subheading over that paragraph, not a teaser: a related
    heading left on its own before it lists nothing."""
    # The catalogue's headings only, not its templates ("Tags: port, strike"
    # heads nothing).
    headings = shipped().entries

    def heading(text: str) -> bool:
        entry = headings.get(normalise(text))
        return entry is not None and entry.kind == "related_and_popular"

    listed_to = 0  # a heading among the items of one above lists nothing they do not (and rescanning is quadratic)
    for index, shape in enumerate(shapes):
        if index < listed_to or not 0 < shape.words <= LIST_HEADING_TABS_WORDS:
            continue
        if shape.words > LIST_HEADING_WORDS or not heading(shape.text):
            # A widget's tabs, each a list's heading: "| Most Viewed | Most Emailed |".
            tabs = [part for part in SEPARATOR.split(shape.text.strip("|｜ ")) if part.strip(" .")] if "|" in shape.text else ()
            if len(tabs) < 2 or not all(map(heading, tabs)):
                continue
        item = index + 1
        while item < len(shapes) and not prose[item] and not article_lines[item]:
            below = shapes[item]
            if below.words > options["headline-words"] or (
                finished(below) and not below.list_item and below.words >= LIST_ITEM_SENTENCE_WORDS
            ):
                break
            item += 1
        listed_to = item
        if item == index + 2 and item < len(shapes) and prose[item] and heads_next(index + 1):
            continue
        if item == index + 2 == len(shapes) and _closing_sentence(shapes[index + 1]):
            # The heading alone, its list not kept, over the text's last
            # sentence ("Leia também" / "As inscrições começam em agosto."):
            # a teaser's headline ends on no full stop.
            continue
        for listed in range(index + 1, item):
            heuristic.setdefault(listed, "one of a list under a related stories' heading")


# A live blog's entries, each a time alone over its paragraph ("09:12 GMT"
# over "The polls have opened …"): this many in a row at least.
MIN_LIVE_ENTRIES = 3


def _live_entry_times(shapes: list[LineShape], prose: list[bool]) -> list[int]:
    """The times of a live blog's entries: runs of MIN_LIVE_ENTRIES lines or
    more that are a clock time alone, each over a paragraph or a sentence,
    one entry after the other.  A comment's time stands by its poster's
    name."""
    times: list[int] = []
    run: list[int] = []
    index = 0
    while index < len(shapes):
        if (
            index + 1 < len(shapes) and CLOCK_TIME.search(shapes[index].text) and only_date_or_time(shapes[index].text)
            and (prose[index + 1] or finished(shapes[index + 1]))
        ):
            run.append(index)
            index += 2
            continue
        if len(run) >= MIN_LIVE_ENTRIES:
            times += run
        run = []
        index += 1
    if len(run) >= MIN_LIVE_ENTRIES:
        times += run
    return times


CLOCK_TIME = compile_cached(r"\b\d{1,2}[:.h]\s?\d{2}\b")


def _sentence_of_the_report(shape: LineShape, own: bool) -> bool:
    """Whether a line between the body and a sign-off is the report's: its
    prose or a sentence, and no string of the page's nor a copyright line
    (past "© 2025 The Courier. All rights reserved." the page's footer goes
    on in sentences: "Printed at the Quay Road works.")."""
    from .structure import COPYRIGHT  # structure reads this module's article head

    return (own or finished(shape)) and shipped().match(shape.text) is None and COPYRIGHT.search(shape.text.strip()) is None


def _closing_sentence(shape: LineShape) -> bool:
    """Whether a line is a sentence of a few words closed by a full stop."""
    return finished(shape) and not shape.list_item and shape.words >= MIN_CLOSING_SENTENCE_WORDS and shape.text.rstrip().endswith(FULL_STOPS)


# A sentence of the article after a related stories' heading has this many words at least.
MIN_CLOSING_SENTENCE_WORDS = 3
# The article's last sentence after a break of the page's lines in its
# text has this many words at least.
MIN_RESUMED_CLOSING_WORDS = 5
# The kinds of catalogue string past which the text is the page's, not the
# article's resumed: comments, other stories, a copyright line.
BODY_ENDING_KINDS = frozenset({"comments", "related_and_popular", "more_stories", "labelled_links", "copyright", "blog_entry"})
# The share of a closing sentence's long words that are words of the
# catalogue's strings, below which it may be the article's (verdict's
# interface_words: a page's notices are written in them).
CLOSING_INTERFACE_SHARE = 0.25
# What a page's own sentence holds and an article's closing one does not:
# an address, a handle, an e-mail.
PAGE_ADDRESS = compile_cached(r"(?i)(?:https?://|www\.|\bt\.me/|@\w)")


# The page's lines after the article's closing sentence, at most: a
# channel's prompt or a share row under it ("Dołącz do nas na Facebooku"),
# each no sentence (trial 34).
MAX_LINES_AFTER_CLOSING = 2
# A closing sentence with the page's lines under it is a short one: a long
# sentence there is as often the page's own notice (L3S-GN1: "The opinions
# expressed in this release are those of the organization issuing it, …"
# over "Web" and the site's address).
MAX_WORDS_BEFORE_PAGE_LINES = 20


def _closing_after_a_break(document: Document, shapes: list[LineShape], prose: list[bool], last: int) -> int | None:
    """The index of the article's closing sentence after a break the page
    set in its text, or None: at most MID_BODY_BLOCK_LINES lines between
    the body and it, none of them prose nor a string that ends the article
    (comments, other stories, copyright: BODY_ENDING_KINDS), and the line a
    sentence of MIN_RESUMED_CLOSING_WORDS words or more closed by a full
    stop, no string of the page's, holding no address and few words of the
    page's strings (CLOSING_INTERFACE_SHARE: "FREE e-mail alerts by logging
    in below." is the page's) ("Gold was steady at $2,380 an ounce." under
    a channel's prompts).  It is the text's last line, or has at most
    MAX_LINES_AFTER_CLOSING lines of the page's under it when it is short
    (MAX_WORDS_BEFORE_PAGE_LINES), none a sentence
    nor prose nor a string that ends the article (a prompt to follow the
    site on a network, a share row; not a copyright line: a paywall's last
    sentence stands over it too)."""
    for after in range(MAX_LINES_AFTER_CLOSING + 1):
        closing = len(shapes) - 1 - after
        if closing <= last + 1:
            return None
        if after and (shapes[closing].words > MAX_WORDS_BEFORE_PAGE_LINES or any(
            prose[index] or shapes[index].ends_sentence or _ends_the_article(shapes[index].text) for index in range(closing + 1, len(shapes))
        )):
            return None
        if _closing_sentence_after(document, shapes, prose, last, closing):
            return closing
    return None


def _ends_the_article(text: str) -> bool:
    """Whether a line is a string past which the text is the page's
    (BODY_ENDING_KINDS: comments, other stories, a copyright line): a
    sentence over it may be the page's as well (a paywall's last words
    over the copyright line)."""
    from .structure import COPYRIGHT  # structure reads this module's article head

    entry = shipped().match(text)
    return (entry is not None and entry.kind in BODY_ENDING_KINDS) or COPYRIGHT.search(text) is not None


def _closing_sentence_after(document: Document, shapes: list[LineShape], prose: list[bool], last: int, closing_index: int) -> bool:
    """Whether the line at ``closing_index`` is the article's closing
    sentence after a break of the page's lines under the body's ``last``
    (see _closing_after_a_break)."""
    from ..lexicon import article_language
    from .structure import COPYRIGHT  # structure reads this module's article head
    from .verdict import WORD, _interface_share  # the verdict reads this module's analysis

    block = range(last + 1, closing_index)
    if not 1 <= len(block) <= MID_BODY_BLOCK_LINES:
        return False
    closing = shapes[closing_index]
    if not _closing_sentence(closing) or closing.words < MIN_RESUMED_CLOSING_WORDS:
        return False
    if shipped().match(closing.text) is not None or PAGE_ADDRESS.search(closing.text) or COPYRIGHT.search(closing.text):
        return False
    language = article_language(document)
    if _interface_share(WORD.findall(closing.text), language.code if language else "en") >= CLOSING_INTERFACE_SHARE:
        return False
    for index in block:
        entry = shipped().match(shapes[index].text)
        if prose[index] or (entry is not None and entry.kind in BODY_ENDING_KINDS) or COPYRIGHT.search(shapes[index].text):
            return False
    return True


def _listed_in_short_text(document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
    """In a text with too little prose to tell where its body is (a short
    report), the lines under a heading of related stories all the same
    ("Leggi anche", "Lees ook", "İlgili Haberler", then another story's
    headline): the heading names them, whatever the body.  As
    ``_listed_under_heading`` judges them in a longer text: up to the next
    line of prose, each of a headline's length at most, and a line alone
    under the heading that shares a word with the paragraph after it is
    the article's own subheading."""
    lines = document.content_lines
    shapes = [document.shapes[line.number - 1] for line in lines]
    prose = [OutsideBody._is_prose(shape, options) for shape in shapes]
    heuristic: dict[int, str] = {}
    _listed_under_heading(
        shapes, prose, [False] * len(lines), options, heuristic,
        lambda index: shares_words(document, lines[index + 1], content_words(document, lines[index].start, lines[index].end)),
    )
    for index in sorted(heuristic):
        text = lines[index].text.strip()
        start = lines[index].start + lines[index].text.index(text[0])
        yield Finding(start, start + len(text), f'line under a heading of other stories ({heuristic[index]}): "{_shown(text)}"')


def _table_heading(shapes, table: list[bool], last: int) -> bool:
    """Whether the one line between the body and the table that follows it
    is the table's heading: it ends in a colon and is no interface string
    ("Timeline:", "Results:"; not "Related stories:").  Over labelled rows
    whose values all hold figures ("Chips: sales 7.1tn won, profit 820bn
    won") a short heading needs no colon ("Results by division", "부문별
    실적"): a page's labelled furniture ("Tags: …") holds none, a list of
    past coverage is no labelled rows, and dates are no figures."""
    heading = last + 1
    if heading + 1 >= len(shapes) or table[heading] or not table[heading + 1]:
        return False
    shape = shapes[heading]
    if shipped().match(shape.text) is not None:
        return False
    if shape.text.rstrip().endswith(COLONS):
        return True
    rows = [shapes[row].text for row in range(heading + 1, len(shapes)) if table[row]]
    labelled = [SPEC_ROW.match(row) for row in rows]
    return (
        0 < shape.words <= TABLE_HEADING_WORDS and not shape.ends_sentence and not shape.list_item and not shape.digits
        and all(match is not None and _figures(row[match.end() - 1:]) for row, match in zip(rows, labelled))
    )


def _figures(value: str) -> bool:
    """Whether a labelled row's value holds figures that are no date."""
    return any(map(str.isdigit, value)) and not only_date_or_time(value)


# A table's heading: this many words at most ("Results", "Table (top four)",
# "Standings after round 12", "主要经济指标").
TABLE_HEADING_WORDS = 6


def _data_table_headings(shapes, table_rows: frozenset[int]) -> list[int]:
    """The line right above each table of figures or run of results that
    names it: a few words, no sentence, no interface string."""
    headings = []
    for index in sorted(table_rows):
        heading = index - 1
        if heading < 0 or heading in table_rows or index - 1 in headings:
            continue
        shape = shapes[heading]
        if 0 < shape.words <= TABLE_HEADING_WORDS and not shape.ends_sentence and shipped().match(shape.text) is None:
            headings.append(heading)
    return headings


# A press release ends with whom the press should call: "Media contact:
# Jo Bell, press@…, +44 20 …", "Press enquiries: …", "Pressekontakt: …",
# "Contact presse : …".  Labelled so and giving an address or a number, the
# line is the release's own (the annotators of L3S-GN1 label it article
# text), not a page's footer ("Telephone: …", "Contact us", "tips@…").
PRESS_CONTACT = compile_cached(
    r"(?i)^(?:(?:media|press|news(?:room)?)\s+(?:contacts?|enquiries|inquiries|office|relations)|for\s+(?:further|more)\s+information"
    r"|pressekontakt|pressestelle|contacts?\s+presse|contacto\s+(?:de\s+prensa|para\s+medios)|contato\s+(?:de\s+imprensa|para\s+a\s+imprensa)"
    r"|контакты?\s+для\s+(?:сми|прессы)|媒体联系(?:人|方式)?|新闻联系人|報道関係者(?:の)?(?:お問い合わせ|問い合わせ)(?:先)?"
    # The same label in each language of PRESS_RELEASE_LABEL, as its releases
    # write it (European and Brazilian Portuguese, plurals, press offices).
    r"|contact(?:o|a)s?\s+(?:de|para\s+a|com\s+a)\s+imprensa|(?:assessoria|gabinete)\s+de\s+imprensa"
    r"|contactos?\s+(?:de\s+prensa|para\s+medios|con\s+(?:los\s+)?medios)|(?:gabinete|oficina)\s+de\s+prensa"
    r"|contatt[oi]\s+(?:stampa|per\s+la\s+stampa)|ufficio\s+stampa|(?:contacts?|relations?)\s+(?:presse|médias)|service\s+de\s+presse"
    r"|medienkontakt|pressekontakte|kontakt\s+für\s+(?:medien|die\s+presse)|perscontact|persvoorlichting|contact\s+voor\s+(?:de\s+)?(?:pers|media)"
    r"|presskontakt(?:er)?|pressehenvendelser|kontakt\s+(?:dla\s+mediów|prasowy)|biuro\s+prasowe|(?:보도|홍보)\s?문의|للتواصل\s+الإعلامي"
    # A release's closing contact in the languages of trial35's (press-release
    # class): Indonesian and Malay "Kontak media:", "Narahubung:", Swedish
    # "För mer information, kontakta:", Norwegian and Danish alike.
    r"|kontak\s+(?:media|pers)|hubungan\s+media|narahubung|för\s+(?:mer|ytterligare)\s+information,?\s+kontakta"
    r"|for\s+(?:mer|ytterligere|mere|yderligere)\s+informasjon,?\s+kontakt|for\s+(?:mere|yderligere)\s+information,?\s+kontakt)\s?[:：]"
    # A Japanese release's contact heading, bracketed with no colon:
    # "【本件に関するお問い合わせ】", "■お問い合わせ先".
    r"|^[【■\[]\s*(?:本件に関する)?(?:報道関係者(?:の|からの)?)?お?問い?合わ?せ(?:先|窓口)?\s*[】\]]?$"
)
# An e-mail address or a telephone number ("+44 20 7946 0321", "(416) 644-2284").
# French writes its numbers in pairs ("02 40 00 00 00", "+33 2 40 00 00 00").
REACHED_AT = compile_cached(
    r"[\w.+-]+@[\w-]+\.[\w.-]+|(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]?\d{3,4}"
    r"|(?:\+\d{2,3}[\s.]?\d|\b0\d)(?:[\s.]\d{2}){4}\b"
)


# A press release's genre label over its headline ("Press release",
# "PRESS RELEASE – 4 March 2026", "Communiqué de presse", "Pressemitteilung"),
# in the singular: a site's menu links to its "Press releases".
PRESS_RELEASE_LABEL = compile_cached(
    r"(?i)^(?:(?:for\s+immediate\s+release|(?:press|news|media)\s+release|communiqué\s+de\s+presse|pressemitteilung|presseinformation"
    r"|comunicado\s+de\s+prensa|nota\s+de\s+prensa|comunicado\s+(?:de|à)\s+imprensa|nota\s+(?:à|de)\s+imprensa|comunicato\s+stampa"
    r"|persbericht|pressmeddelande|pressemelding|pressemeddelelse|komunikat\s+prasowy|пресс-релиз|新闻稿|新聞稿|プレスリリース|보도\s?자료|بيان\s+صحفي"
    # trial35's press-release class: Indonesian "SIARAN PERS", Malay
    # "Kenyataan media", Finnish, Czech, Turkish labels, and the Japanese
    # release's address to the press over its label ("報道関係者各位").
    r"|siaran\s+pers|kenyataan\s+(?:media|akhbar)|lehdistötiedote|tiedote|tisková\s+zpráva|basın\s+bülteni|報道関係者各位)"
    r"(?:\s*[-–—:|,]\s*[\w .,/-]{1,30}|\s+(?:vom\s+|du\s+|del\s+|de\s+)?\d[\w .,/-]{0,29})?)$"
)
# What shows a text to be a press release: its contact line with an address
# or a number ("For further information, contact … on 01224 …", "Media
# contact: …"), the note on the issuer after it ("About Harbour Energy",
# "Über die Nordwerk AG", "À propos de Solvane") over a paragraph that opens
# with the issuer's name, or the mark that ends a release ("ENDS", "###").
FURTHER_INFORMATION = compile_cached(
    r"(?i)^(?:for\s+(?:further|more)\s+information|pour\s+(?:plus\s+d['’]|de\s+plus\s+amples\s+)informations|(?:für\s+)?weitere\s+informationen"
    r"|para\s+(?:más|mais)\s+informaci[oó]n|per\s+(?:ulteriori|maggiori)\s+informazioni|voor\s+meer\s+informatie"
    # The same in each language of PRESS_RELEASE_LABEL: "Para mais informações"
    # (Portuguese), "Para mayor información", "För mer information", …
    r"|(?:para\s+(?:obter\s+)?)?mais\s+informaç(?:ões|ão)|para\s+mayor\s+información|pour\s+tout\s+renseignement|per\s+informazioni"
    r"|voor\s+(?:nadere|aanvullende)\s+informatie|för\s+(?:mer|ytterligare)\s+information|for\s+(?:mer|ytterligere)\s+informasjon"
    r"|for\s+(?:mere|yderligere)\s+information|(?:więcej|dodatkowych)\s+informacji|(?:за\s+)?дополнительн(?:ой|ая)\s+информаци(?:ей|я)"
    r"|لمزيد\s+من\s+المعلومات)\b"
)
ABOUT_ISSUER = compile_cached(
    r"^(?i:(?:about|über|acerca\s+de|sobre|informazioni\s+su|over|tentang|om)\s+|[àa]\s+propos\s+(?:de\s+|du\s+|d['’]))"
    r"(?i:(?:the|la|le|les|die|der|das|el|los|o|a|il|de|het)\s+)?(?P<name>\p{Lu}[\p{L}\p{N}&.'’-]*)"
    # Arabic: "نبذة عن الهيئة" (about the authority) over "تأسست هيئة …".
    r"|^نبذة\s+عن\s+(?P<arabic_name>\p{Arabic}+)"
)
# Arabic writes the article onto the word: "الهيئة" is "هيئة" in "تأسست هيئة".
ARABIC_ARTICLE = compile_cached(r"^(?:ال|لل)(?=\p{Arabic}{2})")
# Words at most of the note's heading ("About the Orkney Tidal Trust").
ABOUT_ISSUER_WORDS = 6


# Changelog class (trial35): the list of changes an article quotes under a
# version heading ("## Versão 3.0.0 (12 de fevereiro)", "Version 2.4",
# "v5.1.2 –", "เวอร์ชัน 4.2.0"), with its own subheadings ("Novidades",
# "Fixed") over items.  Those are the article's, not a page's menus.
VERSION_HEADING = compile_cached(
    r"(?i)^(?:(?:version|versão|versión|versione|versie|wersja|verze|versio|sürüm|версия|версія|เวอร์ชัน|バージョン|버전|版本)\s*"
    r"|v\.?\s?(?=\d+\.\d))\d+(?:\.\d+){1,3}\b"
)
# A subheading inside the changelog ("Novidades", "Bug fixes", "Removido"):
# a few words, no sentence.
CHANGELOG_SUBHEADING_WORDS = 4
# Items under the version headings, at least, and the share of them of
# CHANGELOG_ITEM_WORDS words or more: a changelog's entries say what
# changed; a footer's "Version 2.1" over "Privacy", "Terms" lists links.
MIN_CHANGELOG_ITEMS = 3
CHANGELOG_ITEM_WORDS = 3
CHANGELOG_WORDY_SHARE = 0.5


def _changelog_runs(shapes: list[LineShape]) -> list[int]:
    """The lines of each changelog (see VERSION_HEADING): from a version
    heading, the run of list items, short subheadings and further version
    headings under it, when it holds MIN_CHANGELOG_ITEMS items or more,
    most of them CHANGELOG_ITEM_WORDS words or more, none an interface
    string."""
    catalogue = shipped()
    own: list[int] = []
    index = 0
    while index < len(shapes):
        if not VERSION_HEADING.match(shapes[index].text.strip()) or shapes[index].ends_sentence:
            index += 1
            continue
        end, items = index + 1, []
        while end < len(shapes):
            shape = shapes[end]
            if shape.list_item:
                items.append(shape)
            elif not (
                VERSION_HEADING.match(shape.text.strip())
                or (0 < shape.words <= CHANGELOG_SUBHEADING_WORDS and not shape.ends_sentence)
            ):
                break
            if catalogue.match(shape.text) is not None:
                break
            end += 1
        wordy = sum(item.words >= CHANGELOG_ITEM_WORDS for item in items)
        if len(items) >= MIN_CHANGELOG_ITEMS and wordy >= CHANGELOG_WORDY_SHARE * len(items):
            own += range(index, end)
        index = end
    return own


def _release_notes(shapes: list[LineShape], last: int) -> list[int]:
    """After the body of a press release, its own closing parts: the note on
    the issuer (its heading, "About Northfield Water", and the paragraph
    that opens with the issuer's name) and the end mark ("Ends", "###").
    Only in a text that shows itself a release (_shows_a_release): a
    news site's "About The Herald" box after an article is the page's."""
    if not _shows_a_release(shapes):
        return []
    own: list[int] = []
    for index in range(last + 1, len(shapes)):
        shape = shapes[index]
        if RELEASE_END.match(shape.text.strip()):
            own.append(index)
        elif _about_issuer(shapes, index) or _company_profile(shapes, index):
            own += [index, index + 1]
        else:
            own += _fact_box(shapes, index)
    return own


# Press-release class (trial35).  A release's note on its issuer under a
# heading that names no one: Japanese "■会社概要" (company overview),
# "【会社概要】"; or an "About …" heading (ABOUT_ISSUER, its colon allowed)
# over a paragraph that names the issuer further in ("À propos de la Maison
# X" over "Fondée en 1872, la Maison X …").
COMPANY_PROFILE = compile_cached(r"^[■□◆●【\[]?\s*(?:会社概要|企業概要|会社案内|団体概要|法人概要)\s*[】\]]?[:：]?$")
ISSUER_NAMED_WITHIN = 8
# A release's fact box after its body: a heading over this many items or
# more, each a label and its value ("・名称：…", "- Investasi: Rp 3,1
# triliun"), none an interface string.  A list of other stories under
# "Related" is headlines, not labels with values.
MIN_FACT_ITEMS = 2
FACT_ITEM = compile_cached(r"^(?:[・•·\-–*]\s*)?[\p{L}\p{N}'’-]+(?:\s[\p{L}\p{N}'’-]+)?\s?[:：]\s*\S")
FACT_ITEM_WORDS = 12


def _company_profile(shapes: list[LineShape], index: int) -> bool:
    """Whether the line heads the note on a release's issuer without the
    issuer's name at the next paragraph's start (see COMPANY_PROFILE),
    over a sentence."""
    if index + 1 >= len(shapes) or not shapes[index + 1].ends_sentence:
        return False
    text = shapes[index].text.strip()
    if COMPANY_PROFILE.match(text):
        return True
    about = ABOUT_ISSUER.match(text)
    if about is None or about["name"] is None or shapes[index].words > ABOUT_ISSUER_WORDS:
        return False
    opening = shapes[index + 1].text.casefold().replace(",", " ").split()[:ISSUER_NAMED_WITHIN]
    return about["name"].casefold() in opening


def _fact_box(shapes: list[LineShape], index: int) -> list[int]:
    """A heading and its label-and-value items (FACT_ITEM) right under it,
    MIN_FACT_ITEMS or more: a release's fact box ("■新工場の概要" over
    "・名称：…")."""
    heading = shapes[index]
    if heading.ends_sentence and not heading.text.rstrip().endswith(COLONS) or not 0 < heading.words <= ABOUT_ISSUER_WORDS:
        return []
    if shipped().match(heading.text) is not None:
        return []
    end = index + 1
    while end < len(shapes) and FACT_ITEM.match(shapes[end].text.strip()) and shapes[end].words <= FACT_ITEM_WORDS and shipped().match(shapes[end].text) is None:
        end += 1
    return list(range(index, end)) if end - index - 1 >= MIN_FACT_ITEMS else []


def _shows_a_release(shapes: list[LineShape]) -> bool:
    """Whether the text says it is a press release: a genre label at its
    top, a press contact line with an address or a number, or an end mark."""
    return any(PRESS_RELEASE_LABEL.match(shape.text.strip()) for shape in shapes[:HEAD_LINES]) or any(
        (PRESS_CONTACT.match(shape.text.strip()) and REACHED_AT.search(shape.text)) or RELEASE_END.match(shape.text.strip())
        for shape in shapes
    )


def _about_issuer(shapes: list[LineShape], index: int) -> bool:
    """Whether the line is the heading of the note on a release's issuer,
    over a paragraph that opens with the issuer's name ("About Harbour
    Energy" over "Harbour Energy is …", "The Orkney Tidal Trust was …",
    "Die Nordwerk AG ist …")."""
    shape = shapes[index]
    about = ABOUT_ISSUER.match(shape.text.strip())
    if about is None or index + 1 >= len(shapes) or shape.words > ABOUT_ISSUER_WORDS:
        return False
    if shape.ends_sentence and not shape.text.rstrip().endswith(COLONS):  # "نبذة عن ميناء الدقم:" heads the note too
        return False
    if about["arabic_name"]:
        opening = [ARABIC_ARTICLE.sub("", word) for word in shapes[index + 1].text.split()[:2]]
        return ARABIC_ARTICLE.sub("", about["arabic_name"]) in opening
    return about["name"].casefold() in shapes[index + 1].text.casefold().split()[:2]


# A press release's contact written as a block: its label alone on a line
# ("Media contact:"), then a name, an address and a number on lines of
# their own, the text's last lines.
MAX_CONTACT_BLOCK_LINES = 4


def _press_contact_block(shapes: list[LineShape], last: int) -> list[int]:
    """The lines of the contact block that ends a press release after its
    body: a press-contact label ending in a colon (or with none, in a text
    that shows itself a release: "Media contact"), then at most
    MAX_CONTACT_BLOCK_LINES short lines to the text's end or its end mark
    ("ENDS"), one of them an address or a number to reach."""
    # Whether the text shows itself a release, asked once: each bare label
    # asking it again read the whole text (many lines of "Media contact"
    # under a body cost the square of their number).
    shows_a_release = functools.cache(lambda: _shows_a_release(shapes))
    for index in range(last + 1, len(shapes)):
        text = shapes[index].text.strip()
        if not (
            (text.endswith(COLONS) and PRESS_CONTACT.match(text))
            or (PRESS_CONTACT.match(text + ":") and _bare_contact_label(shapes[index]) and shows_a_release())  # its colon left out
            or (text.endswith(CONTACT_BRACKETS) and PRESS_CONTACT.match(text))  # "【本件に関するお問い合わせ】"
        ):
            continue
        end = len(shapes)
        if RELEASE_END.match(shapes[-1].text.strip()):
            end -= 1  # "ENDS" under the block: the release's end mark (_release_notes)
        block = list(range(index + 1, end))
        if not 0 < len(block) <= MAX_CONTACT_BLOCK_LINES or any(shapes[line].ends_sentence for line in block):
            return []
        if not any(REACHED_AT.search(shapes[line].text) for line in block):
            return []
        return [index, *block]
    return []


# The closing brackets of a Japanese contact heading written with none of
# COLONS ("【本件に関するお問い合わせ】").
CONTACT_BRACKETS = ("】", "]")


def _contact_block_follows(shapes: list[LineShape], index: int) -> bool:
    """Whether the line is a press-contact label ("Kontak media:", "For
    further information, contact:") with a line under it, among the next
    MAX_CONTACT_BLOCK_LINES, that gives an address or a number: the
    release's contact written as a block (press-release class, trial35)."""
    text = shapes[index].text.strip()
    if not (PRESS_CONTACT.match(text) or FURTHER_INFORMATION.match(text)):
        return False
    return any(REACHED_AT.search(shape.text) for shape in shapes[index + 1:index + 1 + MAX_CONTACT_BLOCK_LINES])


def _bare_contact_label(shape: LineShape) -> bool:
    """Whether a press-contact label with no colon ("Media contact" over
    the name and the address) is shaped as the release's own: a heading's
    few words, no sentence (the caller asks whether the text shows itself
    a release)."""
    return shape.words <= ABOUT_ISSUER_WORDS and not shape.ends_sentence


def _press_release_labels(shapes: list[LineShape], first: int) -> list[int]:
    """The genre label over a press release's headline ("Press release",
    "Communiqué de presse"), among the lines above its body, when the text
    shows itself a release further down (its contact line, the note on the
    issuer, its end mark): the release's own first line.  The same label on
    a page that is no release, or a menu's "Press releases", is judged."""
    labels = [index for index in range(min(first, HEAD_LINES)) if PRESS_RELEASE_LABEL.match(shapes[index].text.strip())]
    if not labels:
        return []
    for index, shape in enumerate(shapes):
        text = shape.text.strip()
        if (PRESS_CONTACT.match(text) or FURTHER_INFORMATION.match(text)) and REACHED_AT.search(text):
            return labels
        if _contact_block_follows(shapes, index):
            return labels
        if RELEASE_END.match(text):
            return labels
        if _about_issuer(shapes, index):
            return labels
    return []


# A line that opens the article's closing list is a sentence this long.
CLOSING_INTRO_WORDS = 5
# Whole sentences of the body's (this many words at least), at most this
# many, between its last paragraph and the line that opens its closing list.
CLOSING_SENTENCES_BEFORE_INTRO = 2
MIN_CLOSING_REMARK_WORDS = 4


# A heading of other stories, however long its topic: "More about the search
# for Amelia Earhart:", "Más sobre la reforma:", "Mehr zum Thema Rente:".
# The article's own list is opened by a sentence, not by "more about".
MORE_ABOUT = compile_cached(
    r"(?i)^(?:(?:read|see|find|get)\s+)?(?:more|much\s+more)\s+(?:about|on|from|of)\s|^(?:related|previously|earlier)\s+(?:on|in|about)\s"
    r"|^(?:más|mas)\s+(?:sobre|acerca\s+de|noticias\s+(?:de|sobre))\s|^(?:plus|en\s+savoir\s+plus)\s+(?:sur|de)\s|^mehr\s+(?:zu|zum|zur|über|von|aus)\s"
    r"|^mais\s+(?:sobre|notícias\s+(?:de|sobre))\s|^(?:ещё|еще|больше)\s+(?:о|об|про)\s|^更多|^もっと|^관련\s?기사|^المزيد\s"
)


# Short paragraphs of the article, at most, between its body and a table
# that follows it.
MAX_CLOSING_SENTENCES = 2


def _short_closing_sentences(shapes: list[LineShape], rows: list[bool], last: int) -> int:
    """How many lines right after the body are whole sentences too short to
    count as prose (LEAD_IN_SENTENCE_WORDS words or more, a full stop, no
    table's row, no list item, no interface string), up to
    MAX_CLOSING_SENTENCES: the article's last short paragraphs."""
    count = 0
    while count < MAX_CLOSING_SENTENCES and last + count + 1 < len(shapes):
        index = last + count + 1
        shape = shapes[index]
        if rows[index] or shape.list_item or not finished(shape) or shape.words < LEAD_IN_SENTENCE_WORDS:
            break
        if shipped().match(shape.text) is not None:
            break
        count += 1
    return count


def _closing_list(shapes, prose, last: int, about_body: Callable[[int], bool] = lambda index: False) -> list[bool]:
    """The list the article ends with: a line right after its last
    paragraph that ends in a colon, a sentence of five words or more
    ("Passengers must bring the following:"), no heading ("More from our
    network:") and no interface string, and the lines after it up to the
    next prose line, also when up to two whole sentences about the body
    (sharing a content word with it: ``about_body``) stand between its last
    paragraph and that line (they are the article's too; "We hope you
    enjoyed this story." over "Here are more stories you may like:" is
    the page's); or, when the last paragraph itself ends in a colon, the
    list items right under it."""
    closing = [False] * len(shapes)
    intro = last + 1
    # The body's short last sentences may stand before the line that opens
    # the list ("Like... copy the selection to the clipboard." over "As
    # usual, the forum knows the answer. In short:" over the lines of code).
    while (
        intro - last <= CLOSING_SENTENCES_BEFORE_INTRO and intro + 1 < len(shapes) and finished(shapes[intro])
        and shapes[intro].words >= MIN_CLOSING_REMARK_WORDS and not shapes[intro].list_item
        and shipped().match(shapes[intro].text) is None and about_body(intro)
    ):
        intro += 1
    if intro > last + 1 and not shapes[intro].text.rstrip().endswith(COLONS):
        intro = last + 1
    if 0 <= last < len(shapes) - 1 and prose[last] and shapes[last].text.rstrip().endswith(COLONS) and shapes[last + 1].list_item:
        # The body's last paragraph opens the list itself ("The county named
        # the three yards that bid to build the next boat:"): a sentence long
        # enough to be prose is in the body, and the list under it is its
        # own, its marked items only (what follows them is judged: a blog's
        # footer under its shopping list).
        for index in range(last + 1, len(shapes)):
            if not shapes[index].list_item or prose[index]:
                break
            closing[index] = True
        return closing
    if intro + 1 >= len(shapes) or not shapes[intro].text.rstrip().endswith(COLONS):
        return closing
    if shapes[intro].words < CLOSING_INTRO_WORDS and not _items_of_one_sentence(shapes, intro + 1):
        # A heading ("More stories:"), not a sentence that opens a list;
        # unless the items under it go on as one sentence ("The changes
        # include:" over "new syllabuses;", "training for teachers."),
        # which no list of other stories' headlines does.
        return closing
    if shipped().match(shapes[intro].text) is not None or MORE_ABOUT.match(shapes[intro].text):
        return closing
    for index in range(last + 1, intro + 1):
        closing[index] = True
    for index in range(intro + 1, len(shapes)):
        if prose[index]:
            break
        closing[index] = True
    return closing


# Marks that end a list item going on as part of one sentence ("…;", in
# Chinese and Japanese "；" or "、", in Arabic script "؛" or "،"), and items
# so marked, at least, before the one that ends with the sentence's stop.
ITEM_GOES_ON = (";", "；", "、", "؛", "،", ",", "，")
MIN_ITEMS_GOING_ON = 1


def _items_of_one_sentence(shapes: list[LineShape], start: int) -> bool:
    """Whether the list items from ``start`` go on as one sentence: every
    item but the last ends in a mark of ITEM_GOES_ON, the last ends the
    sentence, and nothing but items follows up to the text's end or the
    next line that is no item."""
    index = start
    while index < len(shapes) and shapes[index].list_item:
        index += 1
    items = shapes[start:index]
    if len(items) <= MIN_ITEMS_GOING_ON:
        return False
    return all(item.text.rstrip().endswith(ITEM_GOES_ON) for item in items[:-1]) and finished(items[-1])


# Words, at least, of a whole sentence after the article's own lines that
# resumes the body when it shares the body's words ("Lakeside stay second
# on 41 points.").
RESUMED_SENTENCE_WORDS = 4
# Rows of a table, at least, in the run such a sentence follows (one "row"
# is a line that merely shares a separator with its neighbour).
MIN_RESUMING_ROWS = 2
# A block of the page's furniture set between two paragraphs of the body (a
# caption, an advertising label, an app or newsletter prompt): lines, at
# most, the body runs on across when paragraphs about the article follow.
MID_BODY_BLOCK_LINES = 3
# Words, at least, of a whole sentence that resumes the body after such a
# block (a short paragraph in a language that glues its words: Turkish,
# Finnish), and such paragraphs in a row, at least: one sentence that shares
# a word with the article after a heading is what a related story's blurb
# does too.
RESUMED_PARAGRAPH_WORDS = 8
RESUMED_PARAGRAPHS = 2


def _resumes_after_furniture(document, lines, shapes, prose, last: int, body_words: set[str]) -> int:
    """The body's last line once it runs on across a block of at most
    MID_BODY_BLOCK_LINES lines of the page's (none of them a paragraph) to
    RESUMED_PARAGRAPHS or more whole sentences in a row that share the
    body's words.  Sites set an advertisement, a caption or an app prompt in
    the middle of the article; the body found by density stops there when
    the paragraphs after are short (a Turkish paragraph of eleven words), and
    the article's last paragraphs were then judged as the page's."""
    catalogue = shipped()

    def paragraph(index: int) -> bool:
        shape = shapes[index]
        return (
            (prose[index] or (finished(shape) and shape.words >= RESUMED_PARAGRAPH_WORDS and not shape.list_item))
            and catalogue.match(shape.text) is None
            and shares_words(document, lines[index], body_words)
        )

    while True:
        for gap in range(1, MID_BODY_BLOCK_LINES + 1):
            start = last + 1 + gap
            if start >= len(lines) or prose[start - 1]:
                return last  # a paragraph that is not the article's ends the body
            end = start
            while end < len(lines) and paragraph(end):
                end += 1
            if end - start >= RESUMED_PARAGRAPHS:
                last = end - 1
                break
        else:
            return last


# A section the article opens after its body's densest stretch: a subheading
# of its own at most (Markdown's "## Et maintenant ?"), a lead-in ending in
# a colon ("Plusieurs scénarios circulent :"), the list it opens, then a
# paragraph about the article: the body runs on to that paragraph.
MAX_LEAD_IN_HEADINGS = 1


def _resumes_after_a_set_out_list(document, lines, shapes, last: int, body_words: set[str]) -> int:
    """The paragraph's index when the lines after the body are a lead-in
    over the list it opens and a paragraph sharing the body's words, else
    ``last``.  A page's block under a label ("Read next:") is a catalogue
    string and is not taken."""
    catalogue = shipped()
    index = last + 1
    headings = 0
    while index < len(lines) and headings < MAX_LEAD_IN_HEADINGS and _subheading_shaped(shapes[index]):
        if catalogue.match(shapes[index].text) is not None:
            return last
        index, headings = index + 1, headings + 1
    if index >= len(lines) or not _lead_in(shapes[index].text) or shapes[index].list_item:
        return last
    if catalogue.match(shapes[index].text) is not None or MORE_ABOUT.match(shapes[index].text):
        return last
    index += 1
    items = index
    while index < len(lines) and shapes[index].list_item:
        index += 1
    if index == items or index >= len(lines):
        return last
    shape = shapes[index]
    # A lead-in that names what the body speaks of ("Programmes of the book
    # fair:") sets out the article's own list: a short closing sentence
    # about the body after it is the article's too.  Under a lead-in that
    # shares nothing, only a paragraph's length says so.
    words = RESUMED_SENTENCE_WORDS if shares_words(document, lines[items - 1], body_words) else RESUMED_PARAGRAPH_WORDS
    if not finished(shape) or shape.words < words or shape.list_item:
        return last
    if catalogue.match(shape.text) is not None or not shares_words(document, lines[index], body_words):
        return last
    return index


# A lead-in Korean, Japanese and Chinese write as a whole sentence, not
# with a colon: "수습한 유물은 다음과 같다.", "主な内容は次の通り。",
# "具体措施如下。"
CJK_LEAD_IN = compile_cached(r"(?:다음과|아래와)\s?같(?:다|습니다)\.?$|(?:次|以下)の(?:通り|とおり)(?:だ|です)?。?$|如下[。.]?$")


def _lead_in(text: str) -> bool:
    """Whether a line opens the list under it: a colon at its end, or a
    CJK sentence saying "as follows" (CJK_LEAD_IN)."""
    text = text.rstrip()
    return text.endswith(COLONS) or CJK_LEAD_IN.search(text) is not None


def _subheading_shaped(shape: LineShape) -> bool:
    """A Markdown heading below the title, or a short line that is no list
    item and no lead-in: a subheading however the extractor wrote it."""
    if shape.heading >= 2:
        return True
    return 0 < shape.words <= TABLE_HEADING_WORDS and not shape.list_item and not shape.text.rstrip().endswith(COLONS)


def _body_resumes(
    document, lines, shapes, prose, last: int, article_lines: list[bool], rows: list[bool], body_words: set[str], options
) -> int:
    """The body's last line once it runs on across the article's own lines
    after it: a run of them (a spec sheet under its heading, a list the
    article sets out), and at most one short heading after the run
    ("Verdict", "What happens next"), then a paragraph that shares the
    body's words, or, after a run that holds a table's rows (two or more),
    a short one
    of RESUMED_SENTENCE_WORDS words or more that does (a match report's
    last line under its scorers: "Lakeside stay second on 41 points.";
    not a wire's note under its copyright line).  The body found by density stops before such a
    run, and the article's closing paragraphs were then judged as a
    footer's (a review's verdict under its specifications).  A paragraph
    that shares nothing with the body (a site's blurb under a list) ends the
    body."""
    catalogue = shipped()

    def resumes(index: int, tabled: bool) -> bool:
        if index >= len(lines) or not shares_words(document, lines[index], body_words):
            return False
        shape = shapes[index]
        short = (
            tabled and finished(shape) and shape.words >= RESUMED_SENTENCE_WORDS and not shape.list_item
            and catalogue.match(shape.text) is None  # "Click here to sign up for our e-mails."
        )
        return prose[index] or short

    while True:
        run_end = last + 1
        while run_end < len(lines) and article_lines[run_end]:
            run_end += 1
        if run_end == last + 1:
            return last
        tabled = sum(rows[index] and not prose[index] for index in range(last + 1, run_end)) >= MIN_RESUMING_ROWS
        following = run_end
        if following < len(lines) and not resumes(following, tabled) and not prose[following]:
            shape = shapes[following]
            heading = (
                0 < shape.words <= options["max-words"] and not shape.ends_sentence and not shape.list_item
                and not shape.text.rstrip().endswith(COLONS) and catalogue.match(shape.text) is None
            )
            if not heading:
                return last
            following += 1
        if not resumes(following, tabled):
            return last
        last = following
        while last + 1 < len(lines) and prose[last + 1]:
            last += 1


# An entry's fields, as a listing sets them out over each item's paragraph:
# "Harbour Lights, BBC Two, 9pm", "Rosso – Via Roma 4 – €€".
ENTRY_SEPARATOR = compile_cached(r",\s|\s[-–—|/•·]\s|:\s|\s\(")
# A schedule's entry opens with a clock time ("21h10 : The Voice", "9.10pm:
# Inspector Morse", "09:00 «Вести»", "8pm Film").
SCHEDULE_TIME = compile_cached(
    r"(?i)^(?:\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?)(?:\s*[:–—-])?\s+\S"
)
# A schedule's heading (a channel, a station, a venue): a few words.
SCHEDULE_HEADING_WORDS = 4
# Headings, at least, each over its entries, and entries in all, that make a
# listing; and the share of the text's prose lines among its entries at
# least: a page of listings, not a box of the latest stories with their times
# beside an article.
MIN_SCHEDULE_HEADINGS = 2
MIN_SCHEDULE_ENTRIES = 4
SCHEDULE_SHARE = 0.5


def _schedule_listing(shapes: list[LineShape], prose: list[bool]) -> list[int]:
    """The lines of a listing that is the article (a TV or radio guide, a
    festival's programme): short headings ("TF1", "France 2", "BBC One"),
    each over entries that open with a clock time, one group after the
    other; MIN_SCHEDULE_HEADINGS groups and MIN_SCHEDULE_ENTRIES entries or
    more, holding half the text's lines of prose; no heading a string of
    the page's ("Most read" over the latest stories' times).  The
    densest stretch of prose is otherwise one channel's longer entries, and
    the next channels' names and entries read as the page's furniture after
    the body; how long the entries run (a language's wording) decided it."""
    catalogue = shipped()
    groups: list[list[int]] = []
    run: list[int] = []  # the groups in a row so far: heading, entries, heading, entries…
    index = 0

    def close() -> None:
        if (
            sum(1 for group in groups if len(group) > 1) >= MIN_SCHEDULE_HEADINGS
            and sum(len(group) - 1 for group in groups) >= MIN_SCHEDULE_ENTRIES
            and any(prose[line] for group in groups for line in group[1:])
        ):
            run.extend(line for group in groups for line in group)

    while index < len(shapes):
        shape = shapes[index]
        heading = (
            0 < shape.words <= SCHEDULE_HEADING_WORDS and not shape.ends_sentence and not shape.list_item
            and SCHEDULE_TIME.match(shape.text.strip()) is None and catalogue.match(shape.text) is None
        )
        entries = index + 1
        while heading and entries < len(shapes) and SCHEDULE_TIME.match(shapes[entries].text.strip()):
            entries += 1  # only under a heading: each line is read once, however long a run of times
        if heading and entries > index + 1:
            groups.append(list(range(index, entries)))
            index = entries
            continue
        close()
        groups = []
        index += 1
    close()
    return run if sum(prose[line] for line in run) >= SCHEDULE_SHARE * sum(prose) else []


# A one-word title stands this many lines above the body at most (over a
# lead-in such as "Zum Artikel „…“ vom 3. Mai:").
PAGE_TITLE_REACH = 2


def _page_title(document: Document, lines, shapes: list[LineShape], first: int) -> bool:
    """Whether the text's first line is the page's one-word title
    ("Leserbriefe", "Letters", "Obituaries"): one word of letters, no
    sentence, no colon, no string of the page's, at most PAGE_TITLE_REACH
    lines over the body, and the word (or its stem) said again in the text
    ("Leserbriefe geben nicht unbedingt die Meinung der Redaktion wieder.").
    A headline is three words or more; a section's label over a dump's
    article names nothing the article says again."""
    shape = shapes[0]
    text = shape.text.strip()
    if shape.words != 1 or first > PAGE_TITLE_REACH or shape.digits or shape.list_item or not shape.letters:
        return False
    if finished(shape) or text.endswith(OPEN_ENDS + COMMAS) or shipped().match(text) is not None:
        return False
    rest = set().union(*[content_words(document, line.start, line.end) for line in lines[1:]])
    words = content_words(document, lines[0].start, lines[0].end)
    return bool(words) and (not words.isdisjoint(rest) or shares_stem(words, rest, functools.partial(_beginnings, rest)))


# Entries, at least, each over a paragraph of the body, that make the body a
# listing (tonight's television, a guide's restaurants).
MIN_BODY_ENTRIES = 2


def _entry_skeleton(shape: LineShape) -> tuple:
    """An entry's skeleton: the separators between its fields, and whether
    its last field holds a figure (a time, a price, a score).  Empty for a
    line of one field, or of no figure (a letter's signature over the next
    letter: "J. Marsh, Leeds")."""
    separators = ENTRY_SEPARATOR.findall(shape.text)
    if not separators or not shape.digits:
        return ()
    last_field = ENTRY_SEPARATOR.split(shape.text)[-1]
    return (tuple(separator.strip() for separator in separators), any(map(str.isdigit, last_field)))


def _entries_go_on(shapes: list[LineShape], prose: list[bool], first: int, last: int) -> list[int]:
    """The lines after the body that go on with a listing the body is made
    of: when MIN_BODY_ENTRIES short lines or more of one skeleton (the same
    separators, a figure in the last field or elsewhere: "Ferry Tales,
    Channel 5, 8pm") each stand over a paragraph of the body, a line of that
    skeleton just after it is the listing's next entry, and the whole
    sentence under it, however short, its paragraph ("The last episode.").
    The density that finds the body stops at the last long paragraph, and
    the last entry looked like a footer.  A page's footer of links has no
    figure where the entries have one, or is a catalogue string."""
    entries = collections.Counter(
        _entry_skeleton(shapes[index])
        for index in range(max(first - 1, 0), last)
        if not prose[index] and prose[index + 1] and not shapes[index].ends_sentence
    )
    entries.pop((), None)
    kept = {skeleton for skeleton, count in entries.items() if count >= MIN_BODY_ENTRIES}
    found: list[int] = []
    index = last + 1
    while index < len(shapes) and not prose[index] and not shapes[index].ends_sentence and _entry_skeleton(shapes[index]) in kept:
        if shipped().match(shapes[index].text) is not None:
            break
        found.append(index)
        index += 1
        if index < len(shapes) and (prose[index] or finished(shapes[index])):
            found.append(index)
            index += 1
    return found


# A letter's salutation or closing: a few words and a comma ("Dear readers,",
# "Sincerely,", "All the best,"), as many words at most.
LETTER_WORDS = 4
# How far from the body a salutation or a closing stands.
LETTER_REACH = 2
# The signature under a closing: a name of up to this many words.
SIGNATURE_WORDS = 3


# A labelled block's heading ("Specifications" over "Screen: 14-inch",
# "Weight: 1.2kg") is a few words; the block has this many labelled rows.
LABELLED_BLOCK_ROWS = 2
# A lead-in ending in a colon ("Tip:", "提示：") opens a sentence of at
# least this many words on the next line (repetition.py's repeated lead-ins too).
LEAD_IN_SENTENCE_WORDS = 6


def _labelled_block_headings(shapes: list[LineShape], last: int) -> list[int]:
    """Headings of a block of labelled rows the article sets out (a
    review's spec box, a fact file: "Specifications" over "Screen: …",
    "Price: …"), wherever the block stands.  A page's headings of its own
    (a catalogue string: "Share this", "Related stories") are not, nor is
    a block after the body (a page's contact details: "Telephone: …")."""
    found = []
    for index, shape in enumerate(shapes[:last]):
        if not 0 < shape.words <= LIST_HEADING_WORDS or shape.ends_sentence or shape.list_item:
            continue
        below = shapes[index + 1:index + 1 + LABELLED_BLOCK_ROWS]
        if len(below) < LABELLED_BLOCK_ROWS:
            continue
        if all(SPEC_ROW.match(row.text.strip()) and not row.ends_sentence for row in below):
            if shipped().match(shape.text) is None:
                found.append(index)
    return found


# Rows of the article's own list, at least, under a heading after the body.
OWN_LIST_ROWS = 2


def _headings_over_own_lists(shapes: list[LineShape], article_lines: list[bool], last: int) -> list[int]:
    """Headings after the body over a list that is the article's: the rows
    under it are ones the layout rule already keeps as the article's (a
    fact file's "Age: 46", a results list, a table of seedings; not titles
    dated in brackets, a list of other stories that reads as a table and
    that verdict._dated_story_lists flags), or the heading cuts
    a list of sentences in two, list items on both sides, most of those
    under it ending in a full stop (a changelog's "MESSAGING" between its
    "- Fixed …" lines).  A list of other stories' headlines ends its items in
    no full stop, and a page's own heading is a catalogue string."""
    from .verdict import _dated_title  # verdict imports this module

    found = []
    for index in range(last + 1, len(shapes) - OWN_LIST_ROWS):
        shape = shapes[index]
        if article_lines[index] or not 0 < shape.words <= LIST_HEADING_WORDS or shape.ends_sentence or shape.list_item:
            continue
        below = range(index + 1, index + 1 + OWN_LIST_ROWS)
        kept = all(article_lines[row] and not _dated_title(shapes[row].text) for row in below)
        items = []
        row = index + 1
        while row < len(shapes) and shapes[row].list_item:
            items.append(row)
            row += 1
        stops = sum(shapes[item].text.rstrip().endswith(FULL_STOPS) for item in items)
        continued = (
            index > 0 and shapes[index - 1].list_item and shapes[index - 1].text.rstrip().endswith(FULL_STOPS)
            and len(items) >= OWN_LIST_ROWS and 2 * stops >= len(items)
        )
        if (kept or continued) and shipped().match(shape.text) is None:
            found.append(index)
    return found


def _introduces_sentence(shapes: list[LineShape], index: int, last: int) -> bool:
    """Whether the line is a lead-in ending in a colon over a whole
    sentence of the text ("Tip:" over "Nights are cold even in September,
    so pack a coat."): a travel piece's or an explainer's own heading.  A
    page's labels ("Related:", "Read more:") are catalogue strings and stay
    judged.  The sentence is the body's or the text's last (a tip closing a
    travel piece): further down, a label over a line is the page's ("Format
    Text:")."""
    shape = shapes[index]
    if not shape.text.rstrip().endswith(COLONS) or index + 1 >= len(shapes):
        return False
    if index + 1 > last and index + 1 != len(shapes) - 1:
        return False
    following = shapes[index + 1]
    return (
        following.ends_sentence
        and following.words >= LEAD_IN_SENTENCE_WORDS
        and shipped().match(shape.text) is None
    )


def _letter_lines(shapes: list[LineShape], first: int, last: int) -> list[int]:
    """A letter's salutation and closing, from just above the body to just
    below it, with the signature under a closing: lines of a few words that
    end in a comma, the sentence going on over the line's end (a menu item,
    a label or a teaser has no comma at its end), and the name that follows.
    Articles that are letters, open letters and e-mails quoted whole have
    them ("Dear readers," … "Sincerely," "Melissa").  Each stands alone: a
    run of such lines is a list or a menu."""
    def opens_or_closes(index: int) -> bool:
        return _salutation_or_closing(shapes[index])

    found = []
    for index in range(max(first - LETTER_REACH, 0), min(last + 1 + LETTER_REACH, len(shapes))):
        # One such line stands alone: a run of them is a list or a menu ("News," "Sport," "Weather,").
        alone = not any(0 <= other < len(shapes) and opens_or_closes(other) for other in (index - 1, index + 1))
        if opens_or_closes(index) and alone:
            found.append(index)
            following = index + 1
            if following < len(shapes) and 0 < shapes[following].words <= SIGNATURE_WORDS and not shapes[following].ends_sentence:
                found.append(following)
    found += _signature_under_closing(shapes, last)
    # A sign-off written without its comma ("Love", then "Paulo") after the
    # body, with the name under it on the text's last line.
    closing = len(shapes) - 2
    if closing > last and _sign_off(shapes[closing]) and 0 < shapes[-1].words <= SIGNATURE_WORDS and not shapes[-1].ends_sentence:
        found += [closing, closing + 1]
    return found


# Letter-signature class (trial35): a letter to the editor's formal closing
# ("Yours faithfully,", "З повагою,", "Yang benar,", "Mit freundlichen
# Grüßen"), then its signature block: the name (a comma after it, or four
# words: "Nurul Aina binti Kamaruddin"), the town, a title.  Known closings,
# so that a run of short lines after one is the block, not a menu.
LETTER_CLOSINGS = compile_cached(
    r"(?i)^(?:yours\s+(?:faithfully|sincerely|truly)|sincerely(?:\s+yours)?|kind\s+regards|with\s+(?:best\s+)?regards|respectfully(?:\s+yours)?"
    r"|mit\s+freundlichen\s+grüßen|hochachtungsvoll|cordiali\s+saluti|distinti\s+saluti|cordialement|veuillez\s+agréer.{0,60}"
    r"|atentamente|atenciosamente|cordialmente|met\s+vriendelijke\s+groet(?:en)?|z\s+poważaniem|s\s+pozdravem|s\s+úctou"
    r"|с\s+уважением|з\s+повагою|з\s+пошаною|yang\s+benar|hormat\s+(?:saya|kami)|salam\s+hormat|saygılarımla|med\s+vänliga\s+hälsningar"
    r"|med\s+venlig\s+hilsen|vennlig\s+hilsen|ystävällisin\s+terveisin|üdvözlettel|cu\s+stimă|με\s+εκτίμηση|s\s+poštovanjem)\s*[,.!]?$"
)
# Lines of a signature block under a known closing, at most, each of at
# most SIGNATURE_BLOCK_WORDS words; the block ends the text or stands over a
# sentence (the editor's note on the letter).
CLOSING_BLOCK_LINES = 3


def _signature_under_closing(shapes: list[LineShape], last: int) -> list[int]:
    """A known closing (LETTER_CLOSINGS) just after the body, and the
    signature block under it: up to CLOSING_BLOCK_LINES short lines, no
    sentence, no interface string, ending the text or over a sentence."""
    catalogue = shipped()
    for index in range(last + 1, min(last + 1 + LETTER_REACH, len(shapes))):
        if not LETTER_CLOSINGS.match(shapes[index].text.strip()):
            continue
        end = index + 1
        while (
            end < len(shapes) and end - index <= CLOSING_BLOCK_LINES and 0 < shapes[end].words <= SIGNATURE_BLOCK_WORDS
            and not shapes[end].ends_sentence and not shapes[end].list_item and catalogue.match(shapes[end].text) is None
        ):
            end += 1
        if end == index + 1 or not (end == len(shapes) or _letter_sentence(shapes[end])):
            return []
        return list(range(index, end))
    return []


# Sign-offs a letter or a blog post closes with, written without a comma too.
SIGN_OFFS = frozenset({
    "love", "lots of love", "cheers", "regards", "best", "best wishes", "warmly", "sincerely", "yours", "thanks",
    "xoxo", "hugs", "besos", "abrazos", "un abrazo", "saludos", "cordialement", "bisous", "grüße", "liebe grüße",
    "beijos", "abraços", "atenciosamente", "un saludo", "bises",
})


def _sign_off(shape: LineShape) -> bool:
    return 0 < shape.words <= LETTER_WORDS and shape.text.strip().rstrip("!.").casefold() in SIGN_OFFS


# A letter's signature on a letters page: a name of this many words ("Jean
# Whitlock", "Dr Samuel Okafor"), with no word in lower case and no figure.
SIGNATURE_NAME_WORDS = (2, 4)
# The lines of a signature block, at most (name, town or title, the next
# letter's heading), each of at most this many words, none a sentence.
SIGNATURE_BLOCK_LINES = 4
SIGNATURE_BLOCK_WORDS = 8
# Signed letters, at least, that make a text a letters page.
MIN_SIGNED_LETTERS = 2


def _signature_name(shape: LineShape) -> bool:
    """A name alone on its line: a few words, none in lower case (scripts
    without case pass on their shape alone), no figure, no sentence end."""
    low, high = SIGNATURE_NAME_WORDS
    text = _without_emphasis(shape.text)
    return (
        low <= shape.words <= high and not shape.ends_sentence and not shape.list_item and not shape.digits
        and not text.endswith(OPEN_ENDS + COMMAS) and LOWER_CASE_WORD.search(text) is None
        and ADDRESS_DOT.search(text) is None
    )


def _letter_sentence(shape: LineShape) -> bool:
    """A line of a letter's text around a signature block: a sentence of
    a few words or more (a footer's "Pronto!" or a teaser's question is
    not; a letter's short last sentence, "Thanks to all who helped.",
    follows one)."""
    return shape.ends_sentence and shape.words >= LEAD_IN_SENTENCE_WORDS and not shape.list_item


# A signature that gives the writer's town after the name on the same line
# ("Alan Pierce, Cambridge"): a block of its own, as a name over a town is.
NAME_AND_PLACE = compile_cached(r"^[^,]+,\s*[^,]+$")
# A page's strings between a letter and its signature, at most ("View 23 comments").
PAGE_STRINGS_BETWEEN = 2


def _block_line(shape: LineShape) -> bool:
    """A line of a signature block: a few words, no sentence, no figure."""
    return 0 < shape.words <= SIGNATURE_BLOCK_WORDS and not shape.ends_sentence and not shape.list_item and not shape.digits


def _signed_letters(shapes: list[LineShape]) -> list[int]:
    """The signature blocks of a letters page, which is several short texts
    each signed: after a letter's last sentence, a name, perhaps a town or a
    title, and the next letter's heading, then the next letter's prose; the
    last letter's block ends the text.  A signature and a heading between
    two paragraphs is not the end of the body.  The page is several letters
    (MIN_SIGNED_LETTERS blocks or more, the last one ending the text or
    followed only by the page's note on its letters, _letters_note), and
    a block between letters has a line besides the name (a town, a title, a
    heading) or the town after the name ("Ann Lee, Ely"): a single
    capitalised line between paragraphs is as often a page's label.  No line of a block is an interface string or holds a
    figure (a comment's "Thu, Jan 17, 08 at 08:35 PM" under its poster)."""
    stop = len(shapes) - _letters_note(shapes)  # the page's note after the last letter ("Letters may be edited …")
    if stop < 1 or not _block_line(shapes[stop - 1]):
        return []  # the last letter's signature ends the text: most texts end otherwise
    catalogue = shipped()
    blocks: list[list[int]] = []
    index = 1
    while index < len(shapes):
        if not _signature_name(shapes[index]):
            index += 1
            continue
        if not any(map(_letter_sentence, shapes[max(index - 2 - PAGE_STRINGS_BETWEEN, 0):index])):
            index += 1  # no letter's sentence just above: a menu's or a list's line
            continue
        above = index - 1  # the letter's last line, past a page's string set between ("View 23 comments")
        for _ in range(PAGE_STRINGS_BETWEEN):
            if above > 0 and not shapes[above].ends_sentence and catalogue.match(shapes[above].text) is not None:
                above -= 1
        if above > 0 and (_salutation_or_closing(shapes[above]) or _sign_off(shapes[above])):
            above -= 1  # the letter's closing over the name: "Yours faithfully,"
        if not (shapes[above].ends_sentence and any(map(_letter_sentence, shapes[max(above - 1, 0):above + 1]))):
            index += 1
            continue
        end = index + 1
        while end < len(shapes) and end - index < SIGNATURE_BLOCK_LINES and _block_line(shapes[end]):
            end += 1
        block = list(range(index, end))
        signed = end == stop or (
            _letter_sentence(shapes[end]) and (len(block) >= 2 or NAME_AND_PLACE.match(shapes[index].text.strip()))
        )
        if signed and all(catalogue.match(shapes[line].text) is None for line in block):
            blocks.append(block)
        index = end
    if len(blocks) < MIN_SIGNED_LETTERS or blocks[-1][-1] != stop - 1:
        return []
    return [line for block in blocks for line in block]


# Lines of the page's own note after a letters page's last letter, at most
# ("Letters may be edited for length.", "Please include a full postal address.").
LETTERS_NOTE_LINES = 2


def _letters_note(shapes: list[LineShape]) -> int:
    """How many lines close the text after what may be the last letter's
    signature block: up to LETTERS_NOTE_LINES whole sentences closed by a
    full stop (not an ellipsis), no list item, under a line of a signature
    block (no sentence).  The page's note
    on its letters ends a letters page as often as the last signature; a
    letter's prose ends in a signature."""
    count = 0
    while count < min(LETTERS_NOTE_LINES, len(shapes) - 1):
        shape = shapes[-1 - count]
        text = shape.text.rstrip()
        if not shape.ends_sentence or shape.list_item or not text.endswith(FULL_STOPS) or text.endswith(OPEN_ENDS):
            break  # a teaser's blurb cut short ("… on the small screen with The Sarah Connor...") is no note
        count += 1
    return count if count and _block_line(shapes[-1 - count]) else 0


# A line of verse, or of a sentence broken across lines, has this many words at least.
VERSE_LINE_WORDS = 4


def _broken_sentences(shapes: list[LineShape]) -> list[int]:
    """Sentences broken across lines at their commas: a stanza of a poem or
    a song the article prints ("The bean poles lean like old men at a bus
    stop," over "waiting for nothing, waiting all the same."), a quotation
    set out line by line.  A line of a few words or more that ends in a
    comma, the lines after it as long, each ending in a comma, until one
    ends the sentence.  A page's menu or teaser ends in no comma."""
    found: list[int] = []
    index = 0
    while index < len(shapes):
        end = index
        while (
            end < len(shapes) and shapes[end].words >= VERSE_LINE_WORDS and not shapes[end].list_item
            and _without_emphasis(shapes[end].text).endswith(COMMAS)
        ):
            end += 1
        closing = end < len(shapes) and shapes[end].words >= VERSE_LINE_WORDS and shapes[end].ends_sentence
        if end > index and closing:
            # The stanza around it: the short lines of verse next to it that
            # end a sentence or run on ("A robin checks the turned earth.").
            before = index
            while before > 0 and before - 1 not in found and _verse_line(shapes[before - 1]):
                before -= 1
            after = end + 1
            while after < len(shapes) and _verse_line(shapes[after]):
                after += 1
            found.extend(range(before, after))
            end = after - 1
        index = end + 1
    return found


def _verse_line(shape: LineShape) -> bool:
    """A line of a stanza: shorter than prose, longer than a label, a
    sentence's end or a comma's."""
    text = _without_emphasis(shape.text)
    return (
        VERSE_LINE_WORDS <= shape.words < PROSE_WORDS and not shape.list_item
        and (shape.ends_sentence or text.endswith(COMMAS))
    )


def _without_emphasis(text: str) -> str:
    """A line without the Markdown emphasis around it ("**Key points**",
    "_Editor's note_"), as a list marker is left out of its shape."""
    return text.strip().strip("*_").strip()


def _salutation_or_closing(shape: LineShape) -> bool:
    """A few words ending in a comma: "Dear readers,", "Yours sincerely,"."""
    return 0 < shape.words <= LETTER_WORDS and shape.text.rstrip().endswith((",", "，"))


# A review's verdict box: a label of what is good ("Pros", "Vorteile", "Lo
# mejor", "Points forts") over a few short items, then a label of what is
# bad over a few more (either first).  Each label alone, or short items in
# a row, read as a menu; both labels with their items are the review's.
PRO_LABELS = frozenset((
    "pros", "pro", "the good", "good", "pluses", "plus", "positives", "strengths", "what we like", "what we liked",
    "we like", "likes", "for", "advantages", "upsides", "highs", "hits", "the good stuff",
    "vorteile", "positiv", "stärken", "pour", "les plus", "points forts", "on aime", "avantages",
    "a favor", "lo mejor", "lo bueno", "ventajas", "puntos fuertes", "prós", "pontos positivos", "pontos fortes",
    "vantagens", "pregi", "punti di forza", "vantaggi", "pluspunten", "voordelen", "плюсы", "достоинства",
    "преимущества", "zalety", "plusy", "artılar", "artıları", "長所", "メリット", "良い点", "优点", "優點", "장점",
))
CON_LABELS = frozenset((
    "cons", "con", "the bad", "bad", "minuses", "minus", "negatives", "weaknesses", "what we don't like",
    "what we didn't like", "we don't like", "dislikes", "against", "disadvantages", "downsides", "lows", "misses",
    "the bad stuff", "nachteile", "contra", "kontra", "negativ", "schwächen", "contre", "les moins", "points faibles",
    "on n'aime pas", "on aime moins", "inconvénients", "en contra", "lo peor", "lo malo", "desventajas",
    "inconvenientes", "puntos débiles", "contras", "pontos negativos", "pontos fracos", "desvantagens", "contro",
    "difetti", "punti deboli", "svantaggi", "minpunten", "nadelen", "минусы", "недостатки", "wady", "minusy",
    "eksiler", "eksileri", "短所", "デメリット", "悪い点", "缺点", "缺點", "단점",
))
# Items under each label: at least one, at most this many, each this short.
MAX_VERDICT_ITEMS = 8
VERDICT_ITEM_WORDS = 12
# The second label's items are at most this many more than the first's.
VERDICT_LIST_SPREAD = 2
# A heading over the box ("Verdict", "Fazit", "Notre avis"): this short.
VERDICT_HEADING_WORDS = 2


def pros_and_cons_lines(document: Document) -> frozenset[int]:
    """The numbers of the lines of a review's verdict boxes (PRO_LABELS and
    CON_LABELS, each over its items, and a short heading right above): the
    review's own, which UI107 and UI109 leave."""

    def compute(document: Document) -> frozenset[int]:
        lines = document.content_lines
        shapes = [document.shapes[line.number - 1] for line in lines]
        keys = [normalise(shape.text) if 0 < shape.words <= VERDICT_HEADING_WORDS + 2 else "" for shape in shapes]
        if not any(key in PRO_LABELS for key in keys) or not any(key in CON_LABELS for key in keys):
            return frozenset()  # most texts: no box

        def items_from(index: int, most: int = MAX_VERDICT_ITEMS) -> int:
            """Where the items from ``index`` end: at a label, a longer line
            or an interface string (the page's menu under the box)."""
            end = index
            while (
                end < len(lines) and end - index < most and 0 < shapes[end].words <= VERDICT_ITEM_WORDS
                and keys[end] not in PRO_LABELS and keys[end] not in CON_LABELS and shipped().match(shapes[end].text) is None
            ):
                end += 1
            return end

        kept: set[int] = set()
        for index, key in enumerate(keys):
            if key not in PRO_LABELS and key not in CON_LABELS:
                continue
            other = CON_LABELS if key in PRO_LABELS else PRO_LABELS
            middle = items_from(index + 1)
            if middle == index + 1 or middle >= len(lines) or keys[middle] not in other:
                continue
            # The second list is about as long as the first: a menu that
            # follows the box does not run on as its items.
            end = items_from(middle + 1, min(MAX_VERDICT_ITEMS, middle - index - 1 + VERDICT_LIST_SPREAD))
            if end == middle + 1:
                continue
            kept.update(lines[i].number for i in range(index, end))
            above = index - 1
            if above >= 0 and 0 < shapes[above].words <= VERDICT_HEADING_WORDS and not shapes[above].ends_sentence and shipped().match(shapes[above].text) is None:
                kept.add(lines[above].number)
        return frozenset(kept)

    return document.memo("UI.pros_and_cons", compute)


def letter_lines(document: Document) -> frozenset[int]:
    """The numbers of a letter's salutation, closing and signature lines
    (``_letter_lines``) around the body UI109's shipped settings find; in a
    text with too little prose for a body (a short letter: "Dear readers,",
    two paragraphs, "Yours sincerely,"), around the lines from the first
    that ends a sentence to the last.  UI107 asks, so that a sign-off is not
    taken for a menu."""

    def compute(document: Document) -> frozenset[int]:
        lines = document.content_lines
        signed = frozenset(lines[index].number for index in _signed_letters([document.shapes[line.number - 1] for line in lines]))
        if not any(map(_salutation_or_closing, document.shapes)):
            return signed  # most articles: no letter, so no need for the body
        found = analysis(document, SHIPPED_OPTIONS)
        if found is not None:
            shapes, first, last = found.shapes, found.first, found.last
        else:
            shapes = [document.shapes[line.number - 1] for line in lines]
            sentences = [index for index, shape in enumerate(shapes) if shape.ends_sentence]
            if not sentences:
                return frozenset()
            first, last = sentences[0], sentences[-1]
        return signed | frozenset(lines[index].number for index in _letter_lines(shapes, first, last))

    return document.memo("UI.letter_lines", compute)


def _teaser_items_after(document, lines, shapes, last, body_words, article_lines, options) -> set[int]:
    """Items of a list after the body that are other stories' headlines, as
    an extractor writes a related-stories list ("- Pats place Olszewski on
    IR"): two items or more in a row, each of two words or more up to a
    headline's length, none ending a sentence, none sharing a content word
    with the body, none the article's own (its numbered list).  A list the
    article makes after its last paragraph (sources, a changelog, a
    shopping list) speaks of what the body speaks of, or is numbered.
    In a text that writes its links in Markdown, an item with no link is
    none: an extractor that keeps links keeps a related story's."""
    linked = _writes_markdown_links(lines)
    candidates = [
        index > last and shape.list_item and not article_lines[index] and not shape.ends_sentence
        and 2 <= shape.words <= options["headline-words"] and not shares_words(document, lines[index], body_words)
        and not (linked and MARKDOWN_LINK.search(lines[index].text) is None)
        for index, shape in enumerate(shapes)
    ]
    return {
        index for index, candidate in enumerate(candidates)
        if candidate and ((index > 0 and candidates[index - 1]) or (index + 1 < len(candidates) and candidates[index + 1]))
    }


# A Markdown link, its text and its address ("[Storm closes bridge](/news/1)").
MARKDOWN_LINK = compile_cached(r"\[[^\[\]\n]*\]\([^()\s]*\)")
# Lines with a Markdown link, at least, for a text to write its links so.
MARKDOWN_LINK_LINES = 2


def _writes_markdown_links(lines) -> bool:
    """Whether the text writes its links in Markdown (html2text, a
    readability converter): MARKDOWN_LINK_LINES lines or more hold one."""
    count = 0
    for line in lines:
        if "](" in line.text and MARKDOWN_LINK.search(line.text):
            count += 1
            if count >= MARKDOWN_LINK_LINES:
                return True
    return False


# Words of a list item after the body, at least, for its capitals to make it
# a headline ("- Moon Rush: Private Lunar Lander Plans"); a shorter item
# (a name, "Blue Origin, Kent") is capitalised as any name is.
MIN_TITLE_ITEM_WORDS = 4
# Words this long, at least, are the ones asked for a capital: a headline
# written in title case leaves its short words ("of", "the", "on") lower.
TITLE_WORD_LETTERS = 4
# Share of those words, after the first, that open with a capital.
TITLE_CASE_SHARE = 0.8
TITLE_WORD = compile_cached(r"[\p{L}][\p{L}'’-]*")


def _title_cased(shape: LineShape) -> bool:
    """Whether a line is written in title case, as headlines in English
    are: nearly all its words of four letters or more, after the first,
    open with a capital ("Here's Where Commercial Landers Will Land on the
    Moon"), and at least two such words stand there to ask."""
    words = [word for word in TITLE_WORD.findall(shape.text)[1:] if len(word) >= TITLE_WORD_LETTERS]
    if len(words) < 2:
        return False
    return sum(word[0].isupper() for word in words) >= TITLE_CASE_SHARE * len(words)


# Lines at most after a title-cased list inside the body, to the end of the
# text, for the list to close the article rather than stand in it: a note
# or a contact line ("Editor's note: …", "Email the author at …").
MAX_LINES_AFTER_TITLE_LIST = 2


# A note's label opening a line ("Editor's note:", "Correction:").
NOTE_LABEL = compile_cached(r"^[\p{L}'’]+(?:\s+[\p{L}'’]+)?\s*:\s")
# A social network's handle ("@ValleyPost").
HANDLE = compile_cached(r"(?<!\w)@\w{2,}")


def _note_or_contact(shape: LineShape, is_prose: bool) -> bool:
    """Whether a line after a list closing the text is what ends a page, not
    a paragraph of the article: no prose, or a note under its label
    ("Editor's note: …"), or a line with an address to write to or a
    handle to follow ("Email the author at …, follow us @…")."""
    text = shape.text
    return not is_prose or bool(NOTE_LABEL.match(text) or REACHED_AT.search(text) or HANDLE.search(text))


def _title_cased_items(shapes, prose, first: int, last: int, headline, own_lines: list[bool], options, heuristic) -> None:
    """A list of other stories' headlines with no heading, where a site sets
    its "more on this topic" links: after the body, or closing it (at most
    MAX_LINES_AFTER_TITLE_LIST lines follow it to the end of the text, each
    a note or a contact line, _note_or_contact).
    Two items or more in a row, each of a headline's words in title case,
    none ending a sentence, the whole list such items, not opened by a line
    ending in a colon and following a paragraph.  Such a list speaks of what the article
    speaks of, so sharing its words does not clear it (as
    _teaser_items_after asks); its capitals do not belong to an article's
    list, whose items are names ("- Blue Origin, Kent, Washington") or
    sentences, or stand under the sentence that introduces them."""
    def candidate(index: int) -> bool:
        shape = shapes[index]
        return (
            shape.list_item and not own_lines[index] and index != headline and not shape.ends_sentence
            and MIN_TITLE_ITEM_WORDS <= shape.words <= options["headline-words"] and _title_cased(shape)
        )

    index = first + 1
    while index < len(shapes):
        if not candidate(index):
            index += 1
            continue
        start = index
        while index < len(shapes) and candidate(index):
            index += 1
        before = shapes[start - 1]
        opened = before.text.rstrip().endswith(COLONS) or not prose[start - 1]
        closes = start > last or (
            len(shapes) - index <= MAX_LINES_AFTER_TITLE_LIST
            and all(_note_or_contact(shapes[after], prose[after]) for after in range(index, len(shapes)))
        )
        # The whole list is such items: a list whose other items are the
        # article's (a blog's round-up of links, each with a remark) is its own.
        whole = not before.list_item and (index == len(shapes) or not shapes[index].list_item)
        if index - start >= MIN_TEASER_ITEMS and closes and whole and not (opened and start <= last):
            for item in range(start, index):
                heuristic.setdefault(item, "one of a list of other stories' headlines in title case closing the text")


# Words of a headline (as OutsideBody._headline counts them).
HEADLINE_WORDS = (3, 15)


# A Chinese, Japanese or Korean outlet's name alone: a few letters ending
# in what such names end in ("南方视界网", "西部都市报", "関西経済新聞",
# "한빛일보"); Chinese counts it three words, as long as a headline.
OUTLET_NAME = compile_cached(
    r"^[\p{Han}\p{Katakana}\p{Hangul}ー]{1,10}(?:网|網|报|報|新闻|新聞|快讯|快訊|新報|ニュース|신문|일보|뉴스)$"
)


def _headline_at_top(shapes: list[LineShape], first: int, top: int) -> bool:
    """Whether the text opens with the article's headline: its first line,
    a few lines above the body, is shaped as one (_opens_with_headline).
    An extractor writes the page's title first; the nearest headline-shaped
    line above the body may be the dateline under it ("posted 8:58 am Tue
    January 15, 2008 - SEATTLE").  A long head (a recipe's title, intro and
    ingredients) is measured from its top."""
    return 0 < min(first, top) <= HEAD_LINES and _opens_with_headline(shapes, first)


def _opens_with_headline(shapes: list[LineShape], first: int) -> bool:
    """Whether the first line is shaped as a headline (three to fifteen
    words, no sentence finished or left open, no separators, mostly
    letters) and is no interface string, and the line under it is not
    another such line (a list of other stories' headlines) unless it opens
    the body."""
    def headline_shaped(shape: LineShape) -> bool:
        text = shape.text.rstrip()
        return (
            HEADLINE_WORDS[0] <= shape.words <= HEADLINE_WORDS[1]
            and not shape.ends_sentence and not text.endswith(OPEN_ENDS) and not shape.list_item
            and (SEPARATOR.search(text) is None or _dashed_title(text)) and "//" not in text and shipped().match(text) is None
        )

    if not headline_shaped(shapes[0]) or OUTLET_NAME.match(shapes[0].text.strip()):
        return False  # a CJK page's name over its menu ("南方视界网"), not its headline
    if 4 * shapes[0].digits > shapes[0].letters:  # a date, a score line
        return False
    # Headline-rubric class (trial35): the byline under a column's headline
    # ("Kommentar: Nie wieder …" over "Von Katrin W."; "کالم: …" over
    # "تحریر: …") is no second headline of a list of other stories.
    from .structure import is_byline  # structure reads this module's article head

    return first == 1 or shapes[1].digits > 0 or not headline_shaped(shapes[1]) or is_byline(shapes[1].text)


# A headline's one dash between its words and a label after them ("City
# marathon 2026 – live", "Storm Bert — latest updates"): one spaced dash,
# no other separator, at least this many words before it.
DASHED_TITLE = compile_cached(r"^[^|•·»›/]+?\s[-–—]\s[^|•·»›/–—]+$")
DASHED_TITLE_WORDS = 2
# Words of the label after the dash, at most ("live", "as it happened",
# "day two live"), with no figure in it.
DASHED_LABEL_WORDS = 4


def _dashed_title(text: str) -> bool:
    """Whether a line split by a separator is still a headline: one spaced
    dash, the words before it a title's (two or more, not a string of the
    catalogue), a label of a few words after it, no figure in it.  A menu
    or a breadcrumb splits into three parts or more, or by bars and
    chevrons."""
    if DASHED_TITLE.match(text) is None or len(SEPARATOR.findall(text)) != 1:
        return False
    before, after = SEPARATOR.split(text)[:2]
    if any(map(str.isdigit, after)) or count_words(after) > DASHED_LABEL_WORDS:
        return False  # "Goa's online edition - Sunday, January 20, 2008": a site's banner and the day's date
    return count_words(before) >= DASHED_TITLE_WORDS and shipped().match(before) is None


# Words of a widget's heading over the page's notices ("Something to
# Consider" over "If you enjoyed this article, … join"): a heading's few.
MAX_NOTICE_HEADING_WORDS = 6


def _page_notice(shape: LineShape) -> bool:
    """Whether a whole line is the page's own words: a catalogue string or
    template, or the page speaking to its reader from the line's start ("If
    you enjoyed this article, …", as UI101 reads it)."""
    from .strings import _spoken_part  # strings reads this module through structure

    if shipped().match(shape.text) is not None:
        return True
    spoken = _spoken_part(shape.text)
    return spoken is not None and spoken[1] == 0


def _closing_notices(shapes: list[LineShape], prose: list[bool], first: int, last: int) -> int | None:
    """The heading of the page's notices that close the body:
    an appeal or a prompt long enough to read as prose ("If you enjoyed this
    article, we have a proposition for you: …") made the densest stretch
    run on to its end, and the heading over it ("Something to Consider")
    with it, where no line is judged.  The notices are the lines from the
    body's end that are the page's own words (_page_notice); the heading is
    the line right above them when it is shaped as one (a few words, no
    sentence end, no list item) and a paragraph stands above it.  The body
    itself is left as found (what follows it is judged against it); the
    notices are UI101's."""
    end = last
    while end > first and _page_notice(shapes[end]):
        end -= 1
    if end == last:
        return None
    shape = shapes[end]
    heading = (
        not prose[end] and not shape.list_item and not shape.ends_sentence and shape.letters
        and 0 < shape.words <= MAX_NOTICE_HEADING_WORDS and not shape.text.rstrip().endswith(OPEN_ENDS)
    )
    return end if heading and end - 1 > first and prose[end - 1] else None


# A numbered item's number, as extractors write an ordered list: "1) ", "2. ", "(3) ".
ITEM_NUMBER = compile_cached(r"^\s*\(?(\d{1,3})[.)]\s")
# Items of a numbered list, at least, for the lines between them to be theirs.
MIN_NUMBERED_ITEMS = 3
# Lines at most between two items that follow on (a link, a price under each).
MAX_ITEM_DETAIL_LINES = 2
# Items, at least, of a numbered list that is the text's substance wherever
# the body of prose is found: a listicle's "01. Robert Plant" … "100. Ray
# Gillen", a hundred jokes each over its answer.  A site's list of its most
# read stories has ten at most, and stands beside a longer body.
LONG_LIST_ITEMS = 12
# A list broken off (an item's number skipped, a long detail under one)
# goes on when the next run starts this close below it (lines) and counts on
# from its last number by at most this much.
LIST_RESUME_LINES = 6
LIST_RESUME_NUMBERS = 10


def _numbered_list_details(lines, first: int, last: int) -> list[int]:
    """The items of a numbered list the article sets out, and the lines between them
    (1, 2, 3 … in order, three items or more, starting inside the body or
    straight after it), and as many after its last item as most items
    have: a link or a price under each item of a shopping list, a step's
    detail.  The items are list items, which the layout rule leaves alone;
    what stands between two of them that follow on is theirs too.  A list
    is the article's wherever it stands when it is the text's substance
    (LONG_LIST_ITEMS items or more, over more lines than the body of prose
    found by density, which in a listicle is its short introduction), and
    so is a run that takes up such a list's numbering where it broke off."""
    details: list[int] = []
    chain: list[int] = []
    kept: list[tuple[int, int]] = []  # (line, number) of the last item of each list kept

    def close() -> None:
        if not chain:
            return
        long_list = len(chain) >= LONG_LIST_ITEMS and chain[-1] - chain[0] + 1 > last - first + 1
        resumed = bool(kept) and 0 < chain[0] - kept[-1][0] <= LIST_RESUME_LINES and (
            0 < numbers[0] - kept[-1][1] <= LIST_RESUME_NUMBERS
        )
        if not (resumed or (len(chain) >= MIN_NUMBERED_ITEMS and (first <= chain[0] <= last + 1 or long_list))):
            return
        if resumed:
            details.extend(range(kept[-1][0] + 1, chain[0]))  # what stood where the list broke off
        kept.append((chain[-1], numbers[-1]))
        gaps = [after - before - 1 for before, after in zip(chain, chain[1:])]
        details.extend(chain)
        for before, after in zip(chain, chain[1:]):
            details.extend(range(before + 1, after))
        usual = collections.Counter(gaps).most_common(1)[0][0] if gaps else 0
        details.extend(range(chain[-1] + 1, min(chain[-1] + 1 + usual, len(lines))))

    previous = 0
    numbers: list[int] = []
    for index, line in enumerate(lines):
        match = ITEM_NUMBER.match(line.text)
        if match is None:
            continue
        number = int(match.group(1))
        if not (chain and number == previous + 1 and index - chain[-1] <= MAX_ITEM_DETAIL_LINES + 1):
            close()
            chain, numbers = [], []
        chain.append(index)
        numbers.append(number)
        previous = number
    close()
    return details


# Lines in a row inside the body that make a list of other stories.
MIN_TEASERS = 2


def _teasers_inside(document, lines, shapes, prose, first, last, article_lines, options, heuristic) -> None:
    """Other stories' headlines set inside the body (a sidebar's list that a
    page's layout puts between two paragraphs): two lines or more in a row
    there, each of two words or more up to a headline's length, none ending
    a sentence, none an item of a list or a row of a table, and none
    sharing a content word with the article's prose.  A subheading stands
    alone between paragraphs, and speaks of what they speak of.  A headline
    is no address or shortcode ("[embed]https://…[/embed]") and ends no
    sentence inside it (a banner's "… we use cookies. Accept" does): a
    subheading with such a line under it is no list of headlines."""
    about = prose_words(document)
    run: list[int] = []
    for index in range(first + 1, last + 1):
        shape = shapes[index]
        if (
            not prose[index] and not article_lines[index] and not shape.list_item and not shape.ends_sentence
            and 2 <= shape.words <= options["headline-words"] and not shares_words(document, lines[index], about)
            and _headline_shaped(shape.text)
        ):
            run.append(index)
            continue
        if len(run) >= MIN_TEASERS:
            for teaser in run:
                heuristic[teaser] = "one of a list of other stories' headlines inside the body"
        run = []


# A sentence that ends inside a line, another going on after it: "… on our
# website. Accept", "…を提供します。同意する".
SENTENCE_INSIDE = compile_cached(r"\p{Ll}{2,}[.!?]\s+\p{Lu}|[。！？][^\s」』）)]")


# An address or a shortcode: "https://…", "[embed]…[/embed]".
ADDRESS_OR_SHORTCODE = compile_cached(r"://|\[/?\w+\]")


# Brackets that open and close a span: a line holding more of one kind than
# of the other is a piece of a span broken over lines.
BRACKET_PAIRS = ("()", "[]", "（）", "【】")


def _unbalanced_brackets(text: str) -> bool:
    """Whether a line opens a bracket it does not close, or closes one it did
    not open: a piece of a longer bracketed span, as a source reference
    broken over two lines ("[Narrated by X, no. 1997 and graded sound by Y" /
    "in his Collection, no. 178]")."""
    return any(text.count(opening) != text.count(closing) for opening, closing in BRACKET_PAIRS)


def _headline_shaped(text: str) -> bool:
    """No address or shortcode, no sentence ended inside the line, and no
    bracket left open or closed from another line (a headline is whole)."""
    return ADDRESS_OR_SHORTCODE.search(text) is None and SENTENCE_INSIDE.search(text) is None and not _unbalanced_brackets(text)


# Other stories' headlines, each followed by its blurb, in a row at the end
# of what reads as the body: at least this many pairs.
MIN_TEASER_PAIRS = 3
# A blurb is one or two sentences (words), not a paragraph of the article.
MIN_BLURB_WORDS, MAX_BLURB_WORDS = 5, 50
# Share of a pair's content words found in the body above it, at most, for
# most pairs: a teaser is about another story; a subheading and its
# paragraph are about the article's.
MAX_PAIR_SHARED = 0.2
# The body above the pairs must still hold this many prose lines.
MIN_CORE_PROSE = 3


def _before_teaser_pairs(document, lines, shapes, prose, first, last, options) -> int:
    """Where the body ends when it ends in other stories' teasers: a
    headline-shaped line and its blurb (one or two sentences), again and
    again, each pair speaking of something else than the article above them,
    and at most a footer's lines after them.  The blurbs are long enough to
    pass for paragraphs, and the body's span takes them in; the article's
    own subheadings and their paragraphs share its words.  Returns the new
    last line of the body, or ``last``."""

    def pair_at(index: int) -> bool:
        head, blurb = shapes[index], shapes[index + 1]
        return (
            not prose[index] and not head.list_item and 2 <= head.words <= options["headline-words"]
            and (not head.ends_sentence or head.text.rstrip().endswith(("?", "？")))
            and MIN_BLURB_WORDS <= blurb.words <= MAX_BLURB_WORDS
            and (blurb.ends_sentence or blurb.text.rstrip().endswith(OPEN_ENDS))
        )

    index = first + 1
    found_start = None
    while index < last:
        start = index
        while index < last and pair_at(index):
            index += 2
        pairs = (index - start) // 2
        if pairs >= MIN_TEASER_PAIRS and sum(prose[index:last + 1]) < MIN_CORE_PROSE:
            found_start = start
            break
        index = start + 1
    if found_start is None or sum(prose[first:found_start]) < MIN_CORE_PROSE:
        return last
    if _numbering_goes_on(shapes, first, found_start):
        return last  # a listicle's own items ("## 3. Bleed your radiators" after "## 2. …")
    core = set().union(*[content_words(document, line.start, line.end) for line in lines[first:found_start]])
    heads = range(found_start, index, 2)
    if _questions_over_answers(shapes, heads):
        return last  # an explainer's own questions, each over its answer
    unlike = 0
    for head in heads:
        words = content_words(document, lines[head].start, lines[head].end) | content_words(
            document, lines[head + 1].start, lines[head + 1].end
        )
        unlike += bool(words) and len(words & core) / len(words) <= MAX_PAIR_SHARED
    return found_start - 1 if 2 * unlike > len(heads) else last


def _questions_over_answers(shapes: list[LineShape], heads) -> bool:
    """Whether most of the lines taken for teasers' headlines are questions
    ("How hot can it get?", "Who is most at risk?"): an explainer's
    subheadings, each answered by the paragraph under it, which brings
    facts the opening did not name.  Other stories' headlines state."""
    questions = sum(1 for head in heads if shapes[head].text.rstrip().endswith(("?", "？", "؟")))
    return 2 * questions > len(heads)


# A numbered heading or item: "## 3. Bleed your radiators", "3) Wear a jumper".
HEADING_NUMBER = compile_cached(r"^(?:#{1,6}\s*)?\(?(\d{1,3})[.)]\s")


def _numbering_goes_on(shapes: list[LineShape], first: int, start: int) -> bool:
    """Whether the first of the lines taken for teasers' headlines carries
    the number after the last numbered line of the body above them: the
    article's own numbered sections go on (one line of furniture between
    two of them breaks the run of heading and paragraph pairs, and the
    rest would pass for a teaser list).  Other stories' lists start at one."""
    heading = HEADING_NUMBER.match(shapes[start].text)
    if heading is None:
        return False
    numbers = [HEADING_NUMBER.match(shape.text) for shape in shapes[first:start]]
    numbers = [int(match.group(1)) for match in numbers if match is not None]
    return bool(numbers) and int(heading.group(1)) == numbers[-1] + 1


# A line of a hard-wrapped paragraph is at least this long (words).
WRAPPED_LINE_WORDS = 8


# Kinds of repeated line that make a page's repeated lines a structure of
# the article's own rather than a caption or a label said again.
STRUCTURE_KINDS = 3
# Copies of one of them, at least: a block set out again and again, not a
# page's summary of the article shown twice (its headline, date and
# standfirst at the top and again in a box further down).
STRUCTURE_COPIES = 3
# Share of the lines from the structure's first copy to its last that are
# copies, for that stretch to be the article's (a block set out again and
# again), not a page's header and footer around the article.
STRUCTURE_DENSITY = 0.5
# A line this long that the article does not repeat is its text, for what
# its repeated lines are about (a meal plan's intro, the dishes of each day).
STRUCTURE_TEXT_WORDS = 6


class Structure(NamedTuple):
    """What an article repeats of its own: the repeated lines that are its
    own structure, and the positions (among the non-blank lines) of the
    stretch that structure fills, when it fills one."""

    repeats: frozenset[str]  # the keys (repetition.line_key) of its repeated lines
    span: frozenset[int]


def recurring_structure(document: Document) -> Structure:
    """Which of the article's repeated lines are a block of its own that it
    sets out again and again: a meal plan's days ("Pre-Workout Meal", "Eat
    every 2-3 hours" under each plan), a changelog's items under each
    version, a product's features under each model.  Not counted: the
    catalogue's strings, and the page's frame (a line said before the
    article's first paragraph and again after its last, a menu in the header
    and the footer; or said only before its first).  Of what is left, three
    kinds of repeated line or more, one of them said three times or more,
    and at least half of them sharing a content word with the article's
    text (its lines of six words or more that are not themselves repeated).
    A page's own repeated furniture speaks of the page, not of the article:
    a shop's "Find it at a Retailer near you" and "Barnes & Noble" under
    each book.  When the copies also fill at least half of the stretch from
    the first to the last, that stretch is the article's (the meal plan's
    lines between its labels)."""

    def compute(document: Document) -> Structure:
        from .repetition import line_key  # repetition reads this module's body

        lines = document.content_lines
        shapes = [document.shapes[line.number - 1] for line in lines]
        groups: dict[str, list[int]] = {}
        for index, shape in enumerate(shapes):
            if len(shape.text) >= 3 and shape.letters:
                groups.setdefault(line_key(shape.text), []).append(index)
        # Most articles repeat no line: only the repeated are looked at.
        groups = {key: group for key, group in groups.items() if len(group) >= 2}
        if len(groups) < STRUCTURE_KINDS:
            return Structure(frozenset(), frozenset())
        catalogue = of_document(document)  # the user's, as UI101 is configured
        # A gallery's "Photo: {agency}" and "Image 1 of 8" under each picture
        # are the page's, however often they come.
        groups = {key: group for key, group in groups.items() if catalogue.match(shapes[group[0]].text) is None}
        # The page's frame: a line said before the article's first paragraph
        # and again after its last (a menu in the header and the footer), or
        # said only before its first (a menu and its copy for phones).
        paragraphs = [index for index, shape in enumerate(shapes) if shape.words >= PROSE_WORDS and shape.ends_sentence]
        if not paragraphs:
            return Structure(frozenset(), frozenset())
        opening, closing = paragraphs[0], paragraphs[-1]
        repeated = {
            key: group for key, group in groups.items()
            if key and group[-1] > opening and not (group[0] < opening and group[-1] > closing)
        }
        if len(repeated) < STRUCTURE_KINDS or max(map(len, repeated.values())) < STRUCTURE_COPIES:
            return Structure(frozenset(), frozenset())
        copies = {index for group in repeated.values() for index in group}
        prose: set[str] = set()
        for index, shape in enumerate(shapes):
            if shape.words >= STRUCTURE_TEXT_WORDS and index not in copies:
                prose |= content_words(document, lines[index].start, lines[index].end)
        about = sum(1 for group in repeated.values() if shares_words(document, lines[group[0]], prose))
        if 2 * about < len(repeated):
            return Structure(frozenset(), frozenset())
        first, last = min(copies), max(copies)
        dense = len(copies) >= STRUCTURE_DENSITY * (last - first + 1)
        return Structure(frozenset(repeated), frozenset(range(first, last + 1)) if dense else frozenset())

    return document.memo("UI.recurring_structure", compute)


# A sentence's end inside a line: a stop, then a space and more text.
SENTENCE_BREAK = compile_cached(r"[.!?。！？](?=[\s\p{Pf}\p{Pe}\"'”’»)]*\s+\S)")


def _sentences_with_a_tail(shape: LineShape, options: Mapping[str, Any]) -> bool:
    """Whether a line that ends no sentence is prose all the same: as long
    as min-prose-lines paragraphs (prose-words words each) and broken by as
    many sentence ends, it is paragraphs an extractor joined with the
    page's links glued after the last one ("… was sentenced to four years.
    Chan carries Canada's fortunes | |").  The tail is judged by UI101; the
    line is the article's body."""
    if shape.ends_sentence or shape.words < options["min-prose-lines"] * options["prose-words"]:
        return False
    return len(SENTENCE_BREAK.findall(shape.text)) >= options["min-prose-lines"]


def _prose_weight(shapes: list[LineShape], prose: list[bool], options: Mapping[str, Any]) -> int:
    """How many paragraphs' worth of prose a text holds.  A prose line counts
    once; a line as long as min-prose-lines paragraphs at least (prose-words
    words each) counts as many times as it has such paragraphs' words and
    sentences: an extractor that joins a page's paragraphs into one line,
    as trafilatura does inside a layout table's cell, writes a whole
    article as one line, which is a body all the same.  A shorter line of
    several sentences (an author's blurb: "I live. I learn. I teach. …")
    counts once."""
    weight = 0
    long_line = options["min-prose-lines"] * options["prose-words"]
    for shape, is_prose in zip(shapes, prose):
        if not is_prose:
            continue
        if shape.words < long_line:
            weight += 1
            continue
        sentences = 1 + len(SENTENCE_BREAK.findall(shape.text))
        weight += max(1, min(sentences, shape.words // options["prose-words"]))
    return weight


# The bars a converter frames a layout table's cell with ("| text |", "| | text | |").
FRAME = "|｜ \t"


def _framed_paragraph(shape: LineShape, options: Mapping[str, Any]) -> bool:
    """Whether a line is a paragraph of prose set alone in a row of a table
    the page used for its layout, which an extractor writes as a Markdown
    row ("| The council voted on Tuesday to … next year. |", empty cells
    around it): the bars hide its sentence end, and a page laid out in
    tables would otherwise have no prose at all.  One cell only with words:
    a row of several is a table's, not a paragraph."""
    text = shape.text
    if text[:1] not in "|｜" or shape.words < options["prose-words"]:
        return False
    inner = text.strip(FRAME)
    if not inner or CELL_BAR.search(inner):
        return False
    return ends_sentence(inner)


# A bar between two cells (not one escaped inside a cell: "Home \\| News").
CELL_BAR = compile_cached(r"(?<!\\)[|｜]")


def _wrapped(shapes: list[LineShape]) -> list[bool]:
    """Which lines are pieces of a paragraph wrapped at a fixed width (a
    press release, a mailing list's text): a long line that runs on into the
    next without a sentence end, the next opening in lower case.  Such a
    paragraph has no line that ends a sentence with many words, and would
    otherwise not count as prose at all.  Only scripts with case show it."""
    runs_on = [
        index + 1 < len(shapes)
        and shape.words >= WRAPPED_LINE_WORDS
        and not shape.ends_sentence
        and shapes[index + 1].words >= WRAPPED_LINE_WORDS
        and shapes[index + 1].text[:1].islower()
        for index, shape in enumerate(shapes)
    ]
    return [runs_on[index] or (index > 0 and runs_on[index - 1]) for index in range(len(shapes))]


def content_words(document: Document, start: int, end: int) -> set[str]:
    """The stems of the less common words between two offsets; for Chinese
    and Japanese, which have no spaces, the pairs of characters of each run
    that are not all kana.  Computed once per span of a document: the
    layout rule, the verdict's features and the menu rule ask about the same
    lines.  Callers must not change the set they get."""
    cache = document.memo("UI.content_words", _new_span_cache)
    words = cache.get((start, end))
    if words is None:
        # The article's language is asked once a document (kept under the
        # key None), not once a span.
        language = cache.get(None)
        if language is None:
            article = article_language(document)
            language = cache[None] = article.code if article else "en"
        # One union in C over the tokens' cached terms, the lookups made by
        # map in C too, not by a Python loop: a dict's own __getitem__ per
        # language, not the two-argument lru_cache (a key tuple per token).
        first, last = document.token_range(start, end)
        terms = _TERMS_BY_LANGUAGE.get(language)
        if terms is None or len(terms) > MAX_CACHED_TERMS:
            terms = _TERMS_BY_LANGUAGE[language] = _TermsOf(language)
        words = set().union(*map(terms.__getitem__, document.token_texts[first:last]))
        cache[(start, end)] = words
    return words


def _new_span_cache(_: Document) -> dict:
    return {}


# Word types whose terms are kept per language, at most (then the table starts again).
MAX_CACHED_TERMS = 200_000


class _TermsOf(dict):
    """A word's content terms in one language, computed on the first lookup
    of the word (``_content_terms``) and kept."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language

    def __missing__(self, token: str) -> tuple[str, ...]:
        terms = self[token] = _content_terms(token, self.language)
        return terms


_TERMS_BY_LANGUAGE: dict[str, _TermsOf] = {}


@functools.lru_cache(maxsize=200_000)
def _content_terms(token: str, language: str) -> tuple[str, ...]:
    """A word's content terms, once per word type and language (the same
    words recur on every line and in every article)."""
    word = token.lower()
    # No character of CJK_RUN comes before FIRST_CJK: most words skip the search.
    if word and max(word) >= FIRST_CJK and CJK_RUN.search(word):
        # Pairs within each run of CJK characters only: a token that runs
        # Latin letters into Japanese ("styleで選択") would otherwise give
        # pairs such as "le" and "eで", which half the lines of a page share.
        terms = []
        for run in CJK_RUN.findall(word):
            pairs = (run[index:index + 2] for index in range(len(run) - 1))
            terms.extend(pair for pair in pairs if not KANA_ONLY.match(pair))
        for part in CJK_RUN.split(word):
            terms.extend(_content_terms(part, language) if part else ())
        return tuple(terms)
    if word and HANGUL_SYLLABLE.match(word):
        word = _without_particles(word)
        if len(word) >= 3 and common_zipf(word, language) < COMMON_WORD_ZIPF:
            return (word[:STEM_LETTERS],)
        return ()
    if len(word) >= 3 and common_zipf(word, language) < COMMON_WORD_ZIPF:
        return (word[:STEM_LETTERS],)
    return ()


# A Korean word carries its case particle ("연구소는", "해자를", "해자에서"):
# the same noun with another particle is the same content word, as a
# headline's "해자" is the body's "해자가".  The particles are taken off
# while a word of HANGUL_WORD_SYLLABLES syllables or more is left (each
# form of a word loses the same ones, so "어린이는" and "어린이" agree).
# A content word is still of three letters or more: a menu's two-syllable
# sections ("해양 항만 물류") are not the body's words.
HANGUL_SYLLABLE = compile_cached(r"[\uac00-\ud7a3]")
HANGUL_WORD_SYLLABLES = 2
KOREAN_PARTICLE = compile_cached(
    r"(?:에서는|에서도|에게는|으로는|으로도|까지는|부터는|에서|에게|한테|께서|으로|로는|로도|까지|부터|처럼|보다|마저|조차"
    r"|이라는|라는|이나|와는|과는|은|는|이|가|을|를|의|에|로|와|과|도|만)$"
)


def _without_particles(word: str) -> str:
    while True:
        found = KOREAN_PARTICLE.search(word)
        if found is None or found.start() < HANGUL_WORD_SYLLABLES:
            return word
        word = word[:found.start()]


# A line of this many words that ends a sentence is prose, for the rules that
# ask what the article is about without finding its body.
PROSE_WORDS = 12


def prose_words(document: Document) -> set[str]:
    """The content words of the article's prose lines (shared by UI rules)."""

    def compute(document: Document) -> set[str]:
        words: set[str] = set()
        for line in document.content_lines:
            shape = document.shapes[line.number - 1]
            if shape.words >= PROSE_WORDS and shape.ends_sentence:
                words |= content_words(document, line.start, line.end)
        return words

    return document.memo("UI.prose_words", compute)


# The separator inside a row of a table the article sets out as lines:
# "Everton v Chelsea", "Drama - Featherboy", "Little Britain (BBC Three)".
ROW_SEPARATOR = compile_cached(r"\s(?:v|vs\.?|--|[-–—/|])\s|\s\(|:\s")
# The same, the space before the separator looked behind for rather than
# matched: the search then tries the separators' few characters at each
# place instead of every space (a third of the time on long paragraphs).
# row_skeleton gets the same separator: a match of ROW_SEPARATOR at a space
# is one of this pattern at the next character, and its colon alternative
# cannot begin where another's separator does (a colon is none of them), so
# the leftmost match is the same one; strip() takes off the space either way.
ROW_SEPARATOR_AFTER_SPACE = compile_cached(r"(?<=\s)(?:v|vs\.?|--|[-–—/|])\s|(?<=\s)\(|:\s")


# Chinese and Japanese set a table's columns apart with an ideographic
# space between two cells of their script ("第一名　鹿港鎮公所隊" over
# "第二名　彰化師大隊"): in a line of CJK prose no such space stands.
CJK_CELL_SEPARATOR = compile_cached(r"[\p{Han}\p{Hiragana}\p{Katakana}\d）)]\u3000+[\p{Han}\p{Hiragana}\p{Katakana}\d（(]")
CJK_CELL_SKELETON = "\u3000"


def row_skeleton(text: str) -> str:
    match = ROW_SEPARATOR_AFTER_SPACE.search(text)
    if match is None and "\u3000" in text and CJK_CELL_SEPARATOR.search(text):
        return CJK_CELL_SKELETON
    return match.group().strip() if match else ""


def table_rows(texts: list[str]) -> list[bool]:
    """Which lines are rows of a table: lines whose inner separator a
    neighbouring line shares."""
    skeletons = [row_skeleton(text) for text in texts]
    return [
        bool(skeleton)
        and ((index > 0 and skeletons[index - 1] == skeleton) or (index + 1 < len(skeletons) and skeletons[index + 1] == skeleton))
        for index, skeleton in enumerate(skeletons)
    ]


def _rows_from(rows: list[bool], start: int) -> list[bool]:
    """The rows of the table run that starts at ``start`` (none if the line
    there is not a row), across a single line between two groups of rows."""
    table = [False] * len(rows)
    index = start
    while index < len(rows) and rows[index]:
        table[index] = True
        index += 1
        if index + 2 < len(rows) and not rows[index] and rows[index + 1] and rows[index + 2] and index - 2 >= start and rows[index - 2]:
            # One line between two groups of rows, each of two rows at least:
            # a note the table sets between them ("Winners meet in the final"
            # under each pair of fixtures).
            table[index] = True
            index += 1
    return table


def shares_words(document: Document, line: Line, body: set[str]) -> bool:
    # isdisjoint: the answer without building the intersection.
    return not content_words(document, line.start, line.end).isdisjoint(body)


# Letters, at least, of a short word that counts as shared when it begins a
# longer one ("park" in "parking", "vote" in "voters"): content words are
# compared by their first STEM_LETTERS letters, which a word shorter than
# that keeps whole, so "park" and "parkin" differ.
SHORT_STEM_LETTERS = 4


def shares_stem(words: set[str], body: set[str], begun: Callable[[], Mapping[int, frozenset[str]]]) -> bool:
    """Whether one of a line's content words (stems) begins one of the
    body's or is begun by one, the shorter of SHORT_STEM_LETTERS letters or
    more: the same word with another ending ("parking" and "park").  For
    the few lines whose place says they may be the headline; most lines ask
    ``shares_words``.  ``begun`` gives the body's beginnings (_beginnings),
    worked out once for all the lines that ask about one body."""
    short = [word for word in words if SHORT_STEM_LETTERS <= len(word) < STEM_LETTERS]
    if any(word[:length] in body for word in words for length in range(SHORT_STEM_LETTERS, min(len(word), STEM_LETTERS))):
        return True
    return bool(short) and any(word in begun()[len(word)] for word in short)


def _beginnings(body: set[str]) -> dict[int, frozenset[str]]:
    """For each length from SHORT_STEM_LETTERS below STEM_LETTERS, the
    beginnings of that length of the body's longer words."""
    return {
        length: frozenset(word[:length] for word in body if len(word) > length)
        for length in range(SHORT_STEM_LETTERS, STEM_LETTERS)
    }


def about_body(document: Document, line: Line, shape: LineShape, body: set[str], min_words: int) -> bool:
    """Whether a line of ``min_words`` words or more shares a content word
    with the body (the head's lines and its lists' items ask)."""
    return shape.words >= min_words and shares_words(document, line, body)


# A share bar or a prompt set between two paragraphs ("Share on X", "Share by
# email", "Copy link"; "Jump to recipe"): this many lines at most.
MAX_BAR_LINES = 3
# A question or an exclamation past a bar is a poll's or a prompt's ("Will
# you use the ferry this summer?"), not a paragraph going on.
ASKS = ("?", "？", "!", "！")
# The kinds of catalogue string that open what a page sets after its
# article: no paragraph of the article follows them.
PAGE_END_KINDS = frozenset({"comments", "related_and_popular", "more_stories", "copyright"})
# A line this long at least that ends a sentence, past such a bar, is the
# article's paragraph going on (as the verdict's: a shorter one is a table's
# entry or a button's sentence).
MIN_RESUMED_WORDS = 6


def _prose_past_bars(shapes: list[LineShape], first: int, last: int, options: Mapping[str, Any]) -> list[int]:
    """The article's paragraphs on the far side of a page's bar set between
    them: up to MAX_BAR_LINES lines, each a catalogue string or a button's
    few words (no sentence end, not a list item), then a whole sentence
    that is no catalogue string.  The body, the stretch densest in prose,
    ends at the bar when the paragraphs past it are short ("Roast for 40
    minutes, turning once, until the chicken is golden."); they are the
    article's all the same, and so are the sentences that follow them,
    past another bar, up to the first line that is neither.  The same
    above the body (a share bar under the standfirst).  A question or an
    exclamation is a poll's or a prompt's, not a paragraph.  The bar itself is
    judged as before.  A list of other stories' headlines ends the walk: a
    headline is longer than a button and no catalogue string; so does a
    heading of what a page sets after its article (comments, other
    stories, a copyright line): what follows it is the page's ("Comments",
    then "Please keep the discussion civil and on topic.")."""
    catalogue = shipped()

    def bar(index: int) -> bool:
        shape = shapes[index]
        if shape.list_item or not shape.letters:
            return False
        entry = catalogue.match(shape.text)
        if entry is not None:
            return entry.kind not in PAGE_END_KINDS
        return 0 < shape.words <= options["max-words"] and not finished(shape) and not shape.text.rstrip().endswith(COMMAS)

    def sentence(index: int) -> bool:
        shape = shapes[index]
        return (
            finished(shape) and shape.words >= MIN_RESUMED_WORDS and not shape.list_item
            and not shape.text.rstrip().rstrip(CLOSERS).endswith(ASKS)
            and catalogue.match(shape.text) is None
        )

    found: list[int] = []
    for start, step, stop in ((last + 1, 1, len(shapes)), (first - 1, -1, -1)):
        index = start
        while index != stop:
            past = index
            while past != stop and abs(past - index) < MAX_BAR_LINES and bar(past):
                past += step
            if past == index or past == stop or not sentence(past):
                break
            while past != stop and sentence(past):
                found.append(past)
                past += step
            index = past
    return found


def _densest_span(prose: list[bool], cost: float, neutral: list[bool]) -> tuple[int, int]:
    """The stretch with the most prose lines net of the others (Kadane's
    maximum subarray, prose weighing 1, ``neutral`` lines 0 and other lines
    ``-cost``)."""
    best, best_first, best_last = 0.0, 0, -1
    running, first = 0.0, 0
    for index, is_prose in enumerate(prose):
        value = 1.0 if is_prose else 0.0 if neutral[index] else -cost
        if running <= 0:
            running, first = value, index
        else:
            running += value
        if running > best:
            best, best_first, best_last = running, first, index
    return best_first, best_last


def _shown(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."
