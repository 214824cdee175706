"""UI106-UI108: furniture recognised by repetition: a line repeated in an
article, a run of menu items, a line that recurs across a corpus."""
from __future__ import annotations

import collections
import functools
import itertools
import struct
from typing import Any, Iterable, Iterator, Mapping, NamedTuple

from newslint import Document, Finding, Line, Option, Rule
from newslint.diagnostic import Applicability, Fixable, FixKind
from newslint.document import LineShape
from newslint.pattern_cache import compile_cached

try:  # hashlib's blake2b is this one; importing hashlib loads OpenSSL too (start-up time)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

from .catalogue import normalise, of_document
from .layout import HEAD_LINES, LEAD_IN_SENTENCE_WORDS, PROSE_WORDS, SHIPPED_OPTIONS, analysis, article_body, content_words, label_value_pairs, letter_lines, pros_and_cons_lines, prose_words, recurring_structure, shares_words, table_rows
from .layout import _opens_with_headline, _press_contact_block
from .shape import content, is_short, markdown_cells, only_date_or_time
from .structure import is_credit_line

TRAILING_STAMP = compile_cached(r"\s+\d{1,2}:\d{2}(?::\d{2})?\s*$")
TERMINAL = frozenset(".!?…\"”’»)")


# Line keys kept, at most (see line_key).
MAX_KEPT_LINE_KEYS = 100_000


@functools.lru_cache(maxsize=MAX_KEPT_LINE_KEYS)
def line_key(text: str) -> str:
    """A line as compared for repetition: quotes, spacing, case and a
    trailing player duration folded away.  Kept by text: UI106, UI108, the
    section headings and the recurring structure each ask about every line,
    and a site's furniture recurs on each of its pages."""
    return normalise(TRAILING_STAMP.sub("", text))


class RepeatedLine(Rule):
    code = "UI106"
    name = "repeated-line"
    judges_whole_lines = True  # furniture: once a line is judged, what lies inside it is noise
    fixable = Fixable(Applicability.UNSAFE, FixKind.DELETE_REPEATED_LINES)  # the first copy stays
    summary = "Flags a short line that occurs more than once in the same article, such as a repeated video caption."
    why = """
        A player or a gallery repeats its caption, and a scraper keeps every
        copy; an article does not say the same short line twice.  Lines are
        compared after folding case, quotation marks, spacing and a trailing
        duration, so `Russia's` matches `Russia’s` and `… 02:54`.  Each copy
        is reported with the count and the first copy's line.  The headline
        set again just below itself (a page's title and its heading), a
        table's header row above each table, and the labels of a block the
        article sets out again and again in its own words (a plan's "Warm-up
        walk" under each week) are left alone.  So is code: a tutorial's two
        samples share their lines ("    if item not in seen:"), and a line
        inside a fenced block, a line in code's syntax (a keyword's
        statement ending in a colon or a brace, an assignment, a call) or an
        indented line in a run of such lines is no caption; nor is a whole
        sentence of eight words or more set each time between two such
        sentences, or after one as the article's last line, or beside one
        with a subheading or a link on its other side (a one-sentence
        paragraph said twice, a closing paragraph doubled: a repeated
        passage, TX111's).
        Nor is a poem's or a song's refrain quoted in the article: a line
        a stanza says again ("The tide goes out and the tide comes in"
        around another line, "風がふく　風がふく" in Japanese), or a line two
        stanzas share, each introduced in the writer's words, or a chorus
        quoted twice, as the document model finds verse (with or without
        punctuation, in any script, in either layout); a copy the catalogue
        knows as furniture or a credit is reported even there.
        Also left alone: the article's own refrain (three or more copies
        inside the body, each between other lines: an interview's
        question), a table's recurring cell or Markdown header row, list
        items one of which ends a sentence (a changelog under two
        versions), and a name under different numbers of a ranking.  A
        block set out again and again (a meal plan's days) is known by
        three kinds of repeated line or more, one said three times, half
        of them sharing a word with the article's text, and neither the
        catalogue's strings nor the page's header and footer.
        Nor is a pull quote: a line a magazine sets out large between two
        paragraphs (each copy but the headline between two sentences of
        eight words or more) that is a quotation or is said inside a longer
        line of the article ("Nobody told us the pumps were broken" under
        "\"Nobody told us the pumps were broken,\" said Ann Berg, …"), the
        headline among them ("\"I was told I would never walk again\"" as
        the text's first line and again between paragraphs).  The headline,
        the text's first line shaped as one, is never reported: another
        copy of it further down, in no one's words, still is.
        The first copy of a whole sentence (five words or more, opened
        as one) that stands after a paragraph of prose is the article's:
        only the copies after it are reported, as a duplicated passage
        ("Parents say the classes are far too crowded." again on the next
        line).
        Nor is a transcript's stage direction said twice between two
        sentences of the speech: a few words in brackets ("(Laughter)",
        "(Applause.)", "(Risas)", "（笑）") or one word in capitals
        ("APPLAUSE"); the catalogue's labels of that shape ("(Video)",
        "ADVERTISEMENT") and credits ("(Reuters)") are still reported.
        A poem quoted whole after the writer's sentence introducing it,
        whose first line comes back further on, is verse too.
    """
    example = """
        The Kremlin said relations with Beijing were at an all-time high.
        China refusing to condemn Russia's actions in Ukraine
        The two leaders agreed to expand cooperation in energy and finance.
        China refusing to condemn Russia’s actions in Ukraine 02:54
    """
    use_instead = """
        China refusing to condemn Russia's actions in Ukraine
        The Kremlin said relations were at an all-time high, and Beijing agreed.
    """
    options = {"max-words": Option(int, "Longest line (in words) that counts as furniture when repeated.")}

    def check_document(self, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        groups: dict[str, list[Line]] = collections.defaultdict(list)
        lines = document.content_lines
        code = document.code_lines  # a tutorial's samples repeat their lines: code, not captions
        for line in lines:
            shape = document.shapes[line.number - 1]
            if line.number not in code and len(shape.text) >= 3 and 0 < shape.words <= options["max-words"] and shape.letters:
                groups[line_key(shape.text)].append(line)
        headline_echo = _headline_echo(lines)
        repeated = {key: group for key, group in groups.items() if len(group) >= 2 and key}
        structure = recurring_structure(document)
        said_in = _SaidInProse(document)
        for key, group in repeated.items():
            if len(group) == 2 and group[0] is lines[0] and group[1] in headline_echo:
                continue  # the headline set again below itself (a page's title and its h1)
            # A label of the block the article sets out again and again, a
            # headline written twice above the body, a table's header row.
            if key in structure.repeats or _headline_above_body(document, group) or _markdown_table_row(group, document):
                continue
            if _article_refrain(document, group) or _list_items_of_its_own(document, group) or _lead_ins(document, group):
                continue
            if _sources_cited(document, group) or _paragraph_said_twice(document, group):
                continue
            if _refrain_of_verse(document, group):
                continue  # a poem's refrain, a chorus quoted again: verse, not a caption
            if _audience_cues(document, group):
                continue  # a transcript's "(Laughter)" between two paragraphs of the speech
            if _pull_quote(document, group, key, said_in):
                continue  # the headline or a sentence of the body set out again between paragraphs
            # One finding per copy, each naming the first and the count, so a
            # line repeated thousands of times gives a report that grows with
            # the copies and not with their square.
            first = group[0].number
            prose_first = _sentence_after_prose(document, group[0])
            for line in group:
                if line is lines[0] and _first_line_is_headline(document):
                    continue  # the headline is the article's, whatever repeats it
                if line is group[0] and prose_first:
                    continue  # the article's own sentence: its copies are what was added
                start, end, _ = content(line)
                where = "first on this line" if line.number == first else f"first on line {first}"
                if prose_first:
                    yield Finding(start, end, f"the article's sentence on line {first} said again ({len(group)} times in all): a duplicated passage")
                    continue
                yield Finding(start, end, f"line said {len(group)} times ({where}): a caption or label, not prose")


def _first_line_is_headline(document: Document) -> bool:
    """Whether the text's first line is shaped as its headline (layout's
    _opens_with_headline: a headline's words, no interface string, not the
    first of a list of such lines), not a menu's first item."""
    lines = document.content_lines
    shapes = [document.shapes[line.number - 1] for line in lines]
    found = analysis(document, SHIPPED_OPTIONS)
    return len(shapes) > 1 and _opens_with_headline(shapes, len(shapes) if found is None else found.first)


class _SaidInProse:
    """The article's longer lines (more than PULL_QUOTE_PROSE_WORDS words)
    as a pull quote's words are looked for in them, read once for all the
    repeated lines: folded and without quotation marks, and indexed by
    their words.  Each repeated line read every line of the article again,
    the square of the article's length on a page of many repeated lines
    between paragraphs."""

    def __init__(self, document: Document) -> None:
        self._document = document
        self._keys: list[tuple[int, str]] | None = None
        self._by_word: dict[str, list[int]] = {}

    def _read(self) -> list[tuple[int, str]]:
        if self._keys is None:
            document = self._document
            self._keys = [
                (line.number, line_key(document.shapes[line.number - 1].text).translate(NO_QUOTES))
                for line in document.content_lines
                if document.shapes[line.number - 1].words > PULL_QUOTE_PROSE_WORDS
            ]
            for position, (_, key) in enumerate(self._keys):
                for word in set(key.split()):
                    self._by_word.setdefault(word, []).append(position)
        return self._keys

    def elsewhere(self, said: str, numbers: set[int]) -> bool:
        """Whether ``said`` stands inside a longer line of the article
        whose number is not in ``numbers``.  A word of ``said`` between two
        others stands whole in any line that holds it, so only the lines
        holding the rarest such word are read; ``said`` of one or two words
        is looked for in them all."""
        keys = self._read()
        inner = said.split()[1:-1]
        if inner:
            candidates: Iterable[int] = min((self._by_word.get(word, ()) for word in inner), key=len)
        else:
            candidates = range(len(keys))
        return any(keys[at][0] not in numbers and said in keys[at][1] for at in candidates)


def _pull_quote(document: Document, group: list[Line], key: str, said_in: _SaidInProse) -> bool:
    """Whether the repeated line is a pull quote: every copy but the
    headline (the text's first line) stands between two lines of the
    article's prose, and the line is a quotation (it opens with a quotation
    mark) or is said inside a longer line of the article ("I was told I
    would never walk again," she said …).  A magazine sets a line of its
    article out large between paragraphs; a player's caption, or the
    headline again as a teaser, repeats among the page's lines in words of
    no one's, and a catalogue's string is furniture wherever it stands."""
    lines = document.content_lines
    if of_document(document).match(group[0].text.strip()) is not None:
        return False

    def prose(index: int) -> bool:
        if not 0 <= index < len(lines):
            return False
        shape = document.shapes[lines[index].number - 1]
        return shape.words >= PULL_QUOTE_PROSE_WORDS and shape.ends_sentence and not shape.list_item and not shape.heading

    copies = [line for line in group if line is not lines[0]]
    if not copies or not all(prose(document.content_index[line.number] - 1) and prose(document.content_index[line.number] + 1) for line in copies):
        return False
    if _whole_quotation(document.shapes[group[0].number - 1].text):
        return True
    said = key.translate(NO_QUOTES).strip()
    return bool(said) and said_in.elsewhere(said, {line.number for line in group})


# What opens and closes a quotation, in the scripts' typography; every
# quotation mark, taken out before a pull quote's words are looked for in a
# sentence.
OPENING_QUOTES = frozenset("\"“„«‘‚‹「『'»")
CLOSING_QUOTES = frozenset("\"”“»«’‘›」』'")
NO_QUOTES = str.maketrans("", "", "\"“”„«»‘’‚‹›「」『』")


def _whole_quotation(text: str) -> bool:
    """Whether a line is a quotation and nothing else: it opens with a
    quotation mark and closes with one (a stop after it or not).  "'I just
    told him that I loved him': crash survivor" is a headline quoting
    someone, not a pull quote."""
    text = text.strip().rstrip(".!?…")
    return len(text) > 2 and text[0] in OPENING_QUOTES and text[-1] in CLOSING_QUOTES


# Words of a line of prose beside a pull quote, at least.
PULL_QUOTE_PROSE_WORDS = 8


def _refrain_of_verse(document: Document, group: list[Line]) -> bool:
    """Whether every copy is a line of verse (Document.verse_lines: a
    stanza that says its refrain again, a chorus quoted twice) and none is
    the page's known furniture: a caption or a label the catalogue knows
    ("Photo: …", "Read more: …") or a credit stays UI106's even among lines
    taken for a stanza."""
    if not all(line.number in document.verse_lines for line in group):
        return False
    catalogue = of_document(document)
    return not any(
        catalogue.match(text) is not None or is_credit_line(text)
        for text in (document.shapes[line.number - 1].text for line in group)
    )


# A line said this many times in the body, each time among other lines, is
# a label of the article's own structure.
REFRAIN_COPIES = 3


def _article_refrain(document: Document, group: list[Line]) -> bool:
    """Whether the copies of a repeated line are the article's own: a
    question put to each guest of an interview, a sub-heading of each
    section, a recurring cell of a table.  Said three times or more, every
    copy inside the body and each between other lines than the others (a
    caption or a button repeats with the page's template around it, a
    related list repeats as a block); or every copy beside a row of a table
    ("Winners meet in final match" under each pair of "Home v Away")."""
    lines = document.content_lines
    indexes = [document.content_index[line.number] for line in group]
    rows = _table_rows(document)
    if all((index > 0 and rows[index - 1]) or (index + 1 < len(lines) and rows[index + 1]) for index in indexes):
        return True
    body = article_body(document)
    if len(group) < REFRAIN_COPIES or body is None or not all(body[0] <= line.number <= body[1] for line in group):
        return False
    keys = [_key_at(document, index - 1) for index in indexes], [_key_at(document, index + 1) for index in indexes]
    return all(len(set(around)) == len(group) for around in keys)


ITEM_NUMBER = compile_cached(r"^\s*\(?(\d{1,3})[.)]\s")
# A line that opens what follows ("Here's the thing:", "Then…") ends in one
# of these, and runs on into a line of the text's own of at least
# LEAD_IN_SENTENCE_WORDS words (layout.py's measure for the same lead-ins).
LEAD_IN_ENDS = (":", "：", "…", "...")


# A source the writer cites after a paragraph, in brackets: "[Engadget]".
CITED_SOURCE = compile_cached(r"^\[[^\[\]]{2,40}\]$")
# A whole sentence this long, at least, set between two such sentences is a
# paragraph of prose, not a caption or a label.
PARAGRAPH_SENTENCE_WORDS = 8
# A sentence of this many words at least (a Turkish or a Finnish one holds
# few: "Veliler ise sınıfların kalabalık olmasından şikayet ediyor.")
# after a paragraph of prose is the article's, whatever copies it.
PROSE_SENTENCE_WORDS = 5
PROSE_STOPS = frozenset(".。।۔")


def _sentence_after_prose(document: Document, line: Line) -> bool:
    """Whether the first copy of a repeated line is a sentence of the
    article's: a whole sentence, opened as one and closed by a full stop,
    in lower case mostly, after a paragraph of prose
    (PARAGRAPH_SENTENCE_WORDS words or more, no list's item nor heading).
    A passage an extractor doubled leaves its first copy where the article
    had it; only the copies after it are added (a duplicated passage, which
    TX111 judges), while a player's caption stands among short lines."""
    shape = document.shapes[line.number - 1]
    if not shape.ends_sentence or shape.words < PROSE_SENTENCE_WORDS or shape.list_item or shape.heading:
        return False
    if shape.text[:1].islower() or not shape.text[:1].isalpha():
        return False
    # Closed by a full stop, in lower case mostly: a widget's call shouts
    # ("GET THE QUIZ: INSTANT DOWNLOAD!").
    if shape.text.rstrip("\"”’»」』)")[-1:] not in PROSE_STOPS or shape.capitals * 2 > shape.letters:
        return False
    index = document.content_index[line.number]
    if index == 0:
        return False
    before = document.shapes[document.content_lines[index - 1].number - 1]
    if before.words < PARAGRAPH_SENTENCE_WORDS or before.list_item or before.heading:
        return False
    catalogue = of_document(document)
    return catalogue.match(shape.text) is None and not is_credit_line(shape.text)


def _paragraph_said_twice(document: Document, group: list[Line]) -> bool:
    """Whether every copy of a repeated line is a paragraph of the article's
    prose: a whole sentence of PARAGRAPH_SENTENCE_WORDS words or more (no
    colon or ellipsis left open), each copy between two such sentences, or
    after one as the article's last line.  A one-sentence paragraph an
    extractor or an editor doubled ("Ministers say phones distract pupils
    and contribute to bullying." again four paragraphs on, or as the
    closing line again) is a repeated passage, TX111's to judge, also beside a
    last paragraph cut short; a player's or a gallery's caption repeats
    among the page's short lines and labels."""
    lines = document.content_lines

    def sentence(index: int) -> bool:
        if not 0 <= index < len(lines):
            return False
        shape = document.shapes[lines[index].number - 1]
        return (
            shape.ends_sentence and shape.words >= PARAGRAPH_SENTENCE_WORDS and not shape.list_item
            and not shape.text.rstrip().endswith((":", "：", "…", "..."))
        )

    def prose(index: int) -> bool:
        # A neighbour may be a paragraph cut short (a scrape's last line
        # stopping mid-sentence): long, not a list's item.
        if not 0 <= index < len(lines):
            return False
        shape = document.shapes[lines[index].number - 1]
        return sentence(index) or (shape.words >= PARAGRAPH_SENTENCE_WORDS and not shape.list_item and not shape.heading)

    def closes(index: int) -> bool:
        # The article's last line: an extractor doubles a closing paragraph,
        # and nothing follows the copy.
        return index == len(lines) - 1

    indexes = [document.content_index[line.number] for line in group]
    if all(sentence(index) and prose(index - 1) and (prose(index + 1) or closes(index)) for index in indexes):
        return True
    return _paragraph_beside_prose(document, group, sentence, prose)


def _paragraph_beside_prose(document: Document, group: list[Line], sentence, prose) -> bool:
    """Whether every copy is a whole sentence of the text's (as
    _paragraph_said_twice reads one) with a paragraph of prose on one side
    at least, the other side a subheading, a link or a shorter sentence
    ("### Federal help" over "Ottawa will send 200 soldiers to help with
    the evacuation." and the copy four paragraphs on over a newsletter's
    link): a one-sentence paragraph said twice, TX111's, when no copy is a
    string of the catalogue or a credit.  A caption said again stands among
    the page's short lines, with no prose beside it."""
    catalogue = of_document(document)
    for line in group:
        index = document.content_index[line.number]
        if not sentence(index) or not (prose(index - 1) or prose(index + 1)):
            return False
        text = document.shapes[line.number - 1].text
        if catalogue.match(text) is not None or is_credit_line(text):
            return False
    return True


def _sources_cited(document: Document, group: list[Line]) -> bool:
    """Whether every copy is a source cited in brackets right after a
    paragraph of the text (a review round-up quoting each outlet, a source
    named twice): a caption said twice stands under a picture, in no brackets."""
    lines = document.content_lines
    for line in group:
        if not CITED_SOURCE.match(line.text.strip()):
            return False
        index = document.content_index[line.number] - 1
        above = document.shapes[lines[index].number - 1] if index >= 0 else None
        if above is None or above.words < PROSE_WORDS or not above.ends_sentence:
            return False
    return True


# A transcript's stage direction: a few words in brackets, the first not in
# lower case ("(Laughter)", "(Applause.)", "[Risas]", "（笑）"), or one word in
# capitals ("APPLAUSE"); letters only, so no date, score or figure.
AUDIENCE_CUE = compile_cached(
    r"^(?:[(\[（［](?!\p{Ll})\p{L}[\p{L}\p{M}'’ ,-]{0,40}?[.!]?[)\]）］]|\p{Lu}[\p{Lu}\p{M}]{2,}[.!]?)$"
)
# Words of a stage direction, at most ("Laughter and applause", "Cheers from the gallery").
AUDIENCE_CUE_WORDS = 4


def _audience_cues(document: Document, group: list[Line]) -> bool:
    """Whether every copy is a transcript's stage direction (AUDIENCE_CUE)
    between two lines of the speech, each ending a sentence (the text's last
    line may be one after a sentence): "(Laughter)" said twice in a speech
    is the transcript's, as "(Laughter)" three times already is (the
    article's refrain).  The catalogue's labels in the same shape
    ("(Advertisement)", "VIDEO", "ANZEIGE") and credits ("(Reuters)") stay
    UI106's."""
    lines = document.content_lines
    catalogue = of_document(document)

    def sentence(index: int) -> bool:
        return 0 <= index < len(lines) and document.shapes[lines[index].number - 1].ends_sentence

    for line in group:
        text = document.shapes[line.number - 1].text.strip()
        if not AUDIENCE_CUE.match(text) or document.shapes[line.number - 1].words > AUDIENCE_CUE_WORDS:
            return False
        if catalogue.match(text) is not None or is_credit_line(text):
            return False
        index = document.content_index[line.number]
        if not sentence(index - 1) or not (sentence(index + 1) or index + 1 == len(lines)):
            return False
    return True


def _lead_ins(document: Document, group: list[Line]) -> bool:
    """Whether every copy is a lead-in of the writer's: it ends in a colon
    or an ellipsis, and a line of the text's words follows it.  A caption or a
    label repeated by the page ends in neither."""
    lines = document.content_lines
    for line in group:
        if not line.text.rstrip().endswith(LEAD_IN_ENDS):
            return False
        index = document.content_index[line.number] + 1
        if index >= len(lines):
            return False
        following = document.shapes[lines[index].number - 1]
        if following.words < LEAD_IN_SENTENCE_WORDS or of_document(document).match(following.text):
            return False
    return True


def _list_items_of_its_own(document: Document, group: list[Line]) -> bool:
    """Whether the copies are items of the article's own lists: list items,
    one ending a sentence (a changelog's "- Email and WLAN improvements."
    under two versions; a caption or a label carries no list marker, and a
    list of other stories' headlines ends none), or items of a ranking under
    different numbers ("2. Bono", "4. Bono")."""
    shapes = [document.shapes[line.number - 1] for line in group]
    if all(shape.list_item for shape in shapes) and any(shape.ends_sentence for shape in shapes):
        return True
    numbers = [ITEM_NUMBER.match(line.text) for line in group]
    return all(numbers) and len({match.group(1) for match in numbers}) == len(group)


def _headline_above_body(document: Document, group: list[Line]) -> bool:
    """A headline an extractor writes twice, the copies one under the other
    just above the body (a page's title and its heading): three words or
    more, not a label."""
    if len(group) != 2 or document.shapes[group[0].number - 1].words < 3:
        return False
    body = article_body(document)
    if body is None:
        return False
    position = document.content_index
    first, second = position[group[0].number], position[group[1].number]
    top = position[body[0]]
    return second == first + 1 and second <= top and top - second <= HEAD_LINES


# A Markdown table's header row ("| Pos | Player | Plays |"), which each
# table repeats, has this many cells or more.
MIN_HEADER_CELLS = 3


def _markdown_table_row(group: list[Line], document: Document) -> bool:
    return all(markdown_cells(line.text) >= MIN_HEADER_CELLS for line in group)


def _key_at(document: Document, index: int) -> str | None:
    lines = document.content_lines
    return line_key(document.shapes[lines[index].number - 1].text) if 0 <= index < len(lines) else None


def _table_rows(document: Document) -> list[bool]:
    return document.memo(
        "UI.table_rows", lambda document: table_rows([document.shapes[line.number - 1].text for line in document.content_lines])
    )


def _headline_echo(lines) -> tuple:
    """The lines where a headline set again below itself may stand: the next
    three lines after the first."""
    return tuple(lines[1:4])


# A list item that is one Markdown link and nothing else ("* [Politik](/x/1)"):
# a page's menu as an extractor like html2text writes its <li><a>, where the
# article's own list items carry words of their own.
LINK_ITEM = compile_cached(r"^\s*[-*+]\s+\[[^\[\]\n]{1,200}\]\([^()\s]{0,500}\)\s*$")


class MenuRun(Rule):
    code = "UI107"
    name = "menu-run"
    judges_whole_lines = True  # furniture: once a line is judged, what lies inside it is noise
    fixable = Fixable(Applicability.UNSAFE, FixKind.DELETE_LINES)  # a real line read as furniture would go
    summary = "Flags a run of three or more very short lines with no sentence punctuation: a menu or a list of links."
    why = """
        Navigation menus, section lists and link lists come out of a page as
        runs of one- or two-word lines ("Home", "World", "Business").  An
        article's subheadings stand alone between paragraphs, so they are not
        reported, and neither is a list the article makes: items with list
        markers (not a Markdown list of links and nothing else, "* [Politik](/x/1)",
        as an extractor writes a page's menu), a run introduced by a line ending in a colon, or a run of
        quantities (ingredients); nor a letter's salutation, closing and
        signature ("Yours sincerely," "Helen Marsh"), as UI109 finds them,
        nor the article's headline block, as UI109 finds its head: a short
        headline over its dateline and byline ("Harbour strike ends",
        "Rotterdam", "Anna Berg"), when the headline names what the body
        does or opens the text shaped as one (a listing's title over its
        first channel).  Nor the headline under the menu, over the text
        (a heading with no link, or a line sharing a word with the sentence
        under it: "# Quake shakes eastern province"), a press release's
        contact block, or a narrow column's lines that run on into each
        other (PDF-to-text: "Theatre saved by" over "community share
        offer", lower case next or a word broken by a hyphen, in a text
        with two such wrapped paragraphs), nor a review's verdict box ("Pros"
        over a few short items, then "Cons" over a few more, or "Vorteile"
        and "Nachteile", "Lo mejor" and "Lo peor", in ten languages), nor a
        table set out as a label and its figure in turn ("Greens" over
        "22.5%", two pairs or more).  Blank lines between the lines do not break
        a run, so both layouts give the same findings.  Words are counted
        per script: a line of Thai, which writes no spaces between words and
        no full stop, is as many words as its length says, so its prose is
        no menu.
        (A run of Thai, Lao, Khmer or Myanmar counts one word per four
        characters, as CJK one per two.)
    """
    example = """
        Home
        World
        Business
        Sport
        The two leaders agreed to expand cooperation in energy and finance.
    """
    use_instead = """
        Trade ties

        Wednesday's call was also a chance for Putin and Xi to check in on trade.
    """
    options = {
        "min-lines": Option(int, "How many short lines in a row make a menu."),
        "max-words": Option(int, "Longest line (in words) that counts as a menu item."),
    }

    def check_document(self, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        run: list[Line] = []
        before: Line | None = None
        letter = letter_lines(document)  # a letter's sign-off ("Yours sincerely," "Helen Marsh") is no menu
        head = _headline_block(document)  # the headline over its dateline and byline is no menu
        # A narrow column's lines run on into each other (prose), and
        # "Media contact" over a name and an address is the release's: no menu.
        # A review's verdict box ("Pros", its items, "Cons", its items) too.
        own = _hard_wrapped_lines(document) | _release_contact_lines(document) | pros_and_cons_lines(document)
        for line in document.content_lines + (None,):
            if line is not None and line.number not in letter and line.number not in own and self._is_item(document.shapes[line.number - 1], line, options):
                run.append(line)
                continue
            run = _without_headline_block(run, head)
            run = _without_headline_over_text(document, run, line)
            if len(run) >= options["min-lines"] and not self._article_list(document, run, before):
                for item in run:
                    start, end, text = content(item)
                    yield Finding(start, end, f'menu item left in the text: "{text}" ({len(run)} in a row)')
            run = []
            before = line

    @staticmethod
    def _is_item(shape: LineShape, line: Line, options: Mapping[str, Any]) -> bool:
        return (
            0 < shape.words <= options["max-words"]
            and not shape.ends_sentence
            and shape.letters > 0
            and (not shape.list_item or LINK_ITEM.match(line.text) is not None)
        )

    @staticmethod
    def _article_list(document: Document, run: list[Line], before: Line | None) -> bool:
        """A list the article makes: introduced by a colon, mostly
        quantities, or mostly about what the article's prose is about (a
        match's teams and ground)."""
        if before is not None and before.text.rstrip().endswith((":", "：")):
            return True
        quantities = sum(1 for line in run if document.shapes[line.number - 1].digits)
        if 2 * quantities > len(run):
            return True
        if label_value_pairs([document.shapes[line.number - 1] for line in run]):
            return True
        if sum(table_rows([document.shapes[line.number - 1].text for line in run])) * 2 > len(run):
            return True
        body = prose_words(document)
        about = sum(1 for line in run if shares_words(document, line, body))
        return 2 * about >= len(run)


# A text wrapped at a narrow width (a newspaper's column as PDF-to-text
# writes it) holds at least this many paragraphs whose lines run on into
# each other down to a sentence's end.
WRAPPED_PARAGRAPHS = 2
# Such a paragraph's lines that run on are as long as each other to within
# WRAP_WIDTH_SPREAD (the column's width), and such lines are this share of
# the text's lines at least.  A forum's comment header over its poster's
# line ("Re: (Score:2)" over "by jdoe (1234) writes:") runs on too, but at
# no width, and a page of comments holds few that do.
WRAP_WIDTH_SPREAD = 1.5
WRAPPED_SHARE = 0.25
# A word broken at a line's end by a hyphen ("Hambur-" over "ger Hafen").
BROKEN_WORD = compile_cached(r"\p{L}[-\u00ad]$")


# Words of a line, at least, that runs on into the next: a menu's items in
# lower case are a word each ("home", "news").
RUN_ON_WORDS = 2


def _runs_on(shape: LineShape, following: LineShape, catalogue) -> bool:
    """Whether a line runs on into the next as a wrapped sentence does: it
    ends no sentence and the next opens in lower case, or it ends in a word
    broken by a hyphen; of RUN_ON_WORDS words or more, and neither line a
    string of the catalogue ("about us" over "contact us")."""
    if shape.ends_sentence or not following.text[:1].isalpha() or shape.list_item or following.list_item:
        return False
    broken = BROKEN_WORD.search(shape.text.rstrip()) is not None
    if not (following.text[:1].islower() or broken) or (shape.words < RUN_ON_WORDS and not broken):
        return False
    return catalogue.match(shape.text) is None and catalogue.match(following.text) is None


def _hard_wrapped_lines(document: Document) -> frozenset[int]:
    """The numbers of the lines that run on into the next or from the one
    above (_runs_on), in a text wrapped at a narrow width: one with
    WRAPPED_PARAGRAPHS paragraphs or more whose lines run on, at one width,
    down to a line ending a sentence, and WRAPPED_SHARE of its lines in them.  A column of a newspaper's page cut to a few words a
    line ("Theatre saved by", "community share offer", "The Alhambra
    Theatre in Nor-") is three short lines in a row, but prose.  A menu's
    items in lower case ("news", "sport") run on too, but end no sentence."""

    def compute(document: Document) -> frozenset[int]:
        shapes = [document.shapes[line.number - 1] for line in document.content_lines]
        catalogue = of_document(document)
        runs_on = [index + 1 < len(shapes) and _runs_on(shape, shapes[index + 1], catalogue) for index, shape in enumerate(shapes)]
        paragraphs = wrapped_lines = 0
        chain: list[int] = []  # the lengths of the lines running on, down to the current line
        for index, shape in enumerate(shapes):
            if runs_on[index]:
                chain.append(len(shape.text.strip()))
                continue
            if chain and shape.ends_sentence and max(chain) <= WRAP_WIDTH_SPREAD * min(chain):
                paragraphs += 1
                wrapped_lines += len(chain)
            chain = []
        if paragraphs < WRAPPED_PARAGRAPHS or wrapped_lines < WRAPPED_SHARE * len(shapes):
            return frozenset()
        lines = document.content_lines
        return frozenset(
            lines[index].number for index in range(len(lines)) if runs_on[index] or (index > 0 and runs_on[index - 1])
        )

    return document.memo("UI.hard_wrapped_lines", compute)


def _release_contact_lines(document: Document) -> frozenset[int]:
    """The numbers of the lines of a press release's contact block after its
    body, as UI109 finds it (layout._press_contact_block): its label, a
    name, a company and an address are short lines in a row, but the
    release's own."""
    found = analysis(document, SHIPPED_OPTIONS)
    if found is None:
        return frozenset()
    return frozenset(found.lines[index].number for index in _press_contact_block(found.shapes, found.last))


# Words of a prose line, at least, under a run's last line for that line to
# be the headline over the text.
HEADLINE_TEXT_WORDS = 8
# Words of a headline with no heading marks, at least: a menu's or a related
# list's last item is a name or a section ("Mike Huckabee", "Politics").
HEADLINE_MIN_WORDS = 3


def _without_headline_over_text(document: Document, run: list[Line], following: Line | None) -> list[Line]:
    """The run without its last line when that line is the headline over
    the text that follows it: a Markdown heading with no link in it, or a
    line of three words or more sharing a word with the sentence of prose
    right under it ("#
    Quake shakes eastern province" after the menu's "* [Sport](/sport)",
    over "A quake shook the province at dawn …").  A menu's last item
    stands over the text too, but is no heading and rarely names what the
    sentence under it does.  Only at the top of the text, where UI109 finds
    no body or the body starts under the line."""
    if not run or following is None:
        return run
    under = document.shapes[following.number - 1]
    if not under.ends_sentence or under.words < HEADLINE_TEXT_WORDS or under.list_item or under.heading:
        return run
    last = run[-1]
    shape = document.shapes[last.number - 1]
    if document.content_index[following.number] != document.content_index[last.number] + 1:
        return run
    found = analysis(document, SHIPPED_OPTIONS)
    if found is not None and document.content_index[following.number] > found.first:
        return run  # past the body's start: a teaser's heading over its blurb ("Guides", "Night Mode (iPhone 11)")
    if shape.heading and "](" not in last.text:
        return run[:-1]
    if shape.words >= HEADLINE_MIN_WORDS and shares_words(document, last, content_words(document, following.start, following.end)):
        return run[:-1]
    return run


# Lines of a headline's block, at most: the headline, a dateline, a byline
# and a date.  More short lines between a headline and the body are a
# menu's or a share bar's.
HEADLINE_BLOCK_LINES = 4


def _without_headline_block(run: list[Line], head: tuple[frozenset[int], frozenset[int]]) -> list[Line]:
    """The run without the headline block's lines (_headline_block).  A
    run that begins above the block is a menu going on into the head: its
    last item may be the head's top line (a section's "Problem Solvers"
    sharing a word with the body), so only the lines from the headline down
    are left out of it."""
    block, from_headline = head
    if run and run[0].number not in block:
        block = from_headline
    return [item for item in run if item.number not in block]


def _headline_block(document: Document) -> tuple[frozenset[int], frozenset[int]]:
    """The numbers of the lines of the article's headline block as UI109
    finds its head (layout.article_head: the headline, then the dateline and
    the byline down to the body), when its first line is the article's
    headline: it names what the body does, or it opens the text shaped as a
    headline.  A naive dump of a page writes a short headline over a place
    and a name ("Harbour strike ends", "Rotterdam", "Anna Berg"): three
    short lines in a row, but no menu.  In a text with too little prose for
    a body (a TV listing), its first line when shaped as a headline.  Also
    the block's lines from the headline down, when UI109 found one."""

    def compute(document: Document) -> tuple[frozenset[int], frozenset[int]]:
        lines = document.content_lines
        shapes = [document.shapes[line.number - 1] for line in lines]
        found = analysis(document, SHIPPED_OPTIONS)
        none = frozenset(), frozenset()
        if found is None:
            opens = len(shapes) > 1 and _opens_with_headline(shapes, len(shapes))
            return (frozenset({lines[0].number}),) * 2 if opens else none
        start = found.top if found.headline is None else min(found.top, found.headline)
        if not 0 < found.first - start <= HEADLINE_BLOCK_LINES:
            return none
        if not (shares_words(document, lines[start], found.body_words) or (start == 0 and _opens_with_headline(shapes, found.first))):
            return none  # a menu's last items over the body, no headline among them
        block = frozenset(line.number for line in lines[start:found.first])
        below = block if found.headline is None else frozenset(line.number for line in lines[found.headline:found.first])
        return block, below

    return document.memo("UI.headline_block", compute)


class RecurringLine(Rule):
    code = "UI108"
    name = "recurring-line"
    judges_whole_lines = True  # furniture: once a line is judged, what lies inside it is noise
    fixable = Fixable(Applicability.UNSAFE, FixKind.DELETE_LINES)  # a real line read as furniture would go
    summary = "Flags a short line that recurs in many articles of the same corpus: a site's furniture no catalogue knows."
    why = """
        A site's own boilerplate (its name, a publisher's line, a promotion,
        a legal notice) repeats on every page scraped from it, in words no
        catalogue can list.  Across a corpus it shows itself by recurring; a
        sentence of real news rarely recurs word for word in several articles.
        A section heading articles of one kind share ("Ingredients",
        "Method") is left alone inside the article when the line under it is
        the article's own: an item or a sentence sharing a word with the
        rest of the article, that word under that heading in fewer than
        `min-articles` articles.  A site's heading stands over the same
        words in each article, or outside the article's prose.
        A line counts once per story, not once per copy: a crawl often holds
        a story several times (an update with a new lead, a syndicated copy
        under another headline), and every short line of it (the headline,
        the ingredients) would otherwise recur in as many articles.  Copies
        of one story are known by their prose: each article is summed up by
        sixteen min-hashes of its lines of prose; two articles agreeing on
        half of them share most of their prose (an update, a syndicated
        copy), while two stories of one site that share a boilerplate
        sentence or two rarely do.  The line must stand in articles of
        `min-articles` different stories.  The message still says in how
        many articles the line recurs.
        A bare date or time, which articles of the same days share by chance,
        is not counted (`tests/benchmarks/ui108_corpus_pass.py` measures the
        counting pass's time and memory).
        Needs the whole corpus: it runs when newslint checks many articles at
        once, and needs `min-articles` stories to share the line, so a
        pre-commit hook that passes a few files finds fewer.  Since its
        verdict depends on the run's other articles, it hides no other
        family's finding inside the line: a doubled word in a recurring
        line is reported (and fixed) whether or not the line is found.
    """
    example = """
        Come see us again.
    """
    use_instead = """
        The two leaders agreed to expand cooperation in energy and finance.
    """
    options = {
        "min-articles": Option(int, "How many articles must share a line."),
        "max-words": Option(int, "Longest line (in words) that is judged."),
    }

    def collect(self, document: Document, options: Mapping[str, Any]) -> "CorpusLines":
        story = story_signature(document)
        keys = set()
        for line in document.lines:
            text = line.text.strip()
            if self._judged(text, options):
                keys.add(line_key(text))
        under = {(key, word) for key, words, _ in _headings(document).values() for word in words}
        # Every key of the article holds the one signature (an int): a line
        # in one article (most lines) costs what today's count cost.
        return CorpusLines(dict.fromkeys(keys, story), dict.fromkeys(under, story))

    @staticmethod
    def _judged(text: str, options: Mapping[str, Any]) -> bool:
        """Short lines with letters; not a bare date or time, which articles
        of the same days share by coincidence ("2000 GMT", "20 July 2012"):
        UI102 judges those."""
        return is_short(text, options["max-words"]) and any(map(str.isalpha, text)) and not only_date_or_time(text)

    def merge(self, partials: Iterable["CorpusLines"], options: Mapping[str, Any]) -> "CorpusLines":
        total = CorpusLines({}, {})
        cap = options["min-articles"]
        for partial in partials:
            for key, tally in partial.lines.items():
                had = total.lines.get(key)
                total.lines[key] = tally if had is None else tallies_union(had, tally, cap)
            for key, signatures in partial.under_headings.items():
                had = total.under_headings.get(key)
                total.under_headings[key] = signatures if had is None else stories_union(had, signatures, cap)
        return total

    def check_in_corpus(self, document: Document, corpus: "CorpusLines", options: Mapping[str, Any]) -> Iterator[Finding]:
        headings = _headings(document)
        least = options["min-articles"]
        for line in document.lines:
            text = line.text.strip()
            if not self._judged(text, options):
                continue
            key = line_key(text)
            tally = corpus.lines.get(key)
            if stories(tally_stories(tally)) < least:
                continue  # in too few articles, or only in copies of a few stories (an update, a syndicated copy)
            heading = headings.get(line.number)
            if heading is not None and stories(tally_stories(corpus.lines.get(heading[2]))) < least and any(
                stories(corpus.under_headings.get((key, word))) < least for word in heading[1]
            ):
                continue  # a section heading over the article's own list or prose ("Ingredients", "Method")
            start, end, _ = content(line)
            yield Finding(start, end, f"line recurs in {tally_articles(tally)} articles of the corpus: site furniture")


class CorpusLines(NamedTuple):
    """What UI108 gathers from a corpus: per short line, in how many
    articles and in which stories it occurs (a tally: ``tallies_union``);
    per word of the line under a heading (``_headings``), the stories in
    which it stands under that heading (signatures: ``stories_union``)."""

    lines: dict
    under_headings: dict


# Copies of one story (an update, a syndicated copy) are known by their
# prose.  Each article is summed up by STORY_HASHES min-hashes of its lines
# of prose (the line of least rank under each of as many hashes), each kept
# as the low NIBBLE_BITS of its rank, packed in one int.  Two articles agree
# on a min-hash about as often as their sets of prose lines overlap (an
# update with a new lead: five lines in seven; two stories of one site that
# share a long boilerplate sentence or two: one in ten or less) plus one
# time in 16 by chance; they are copies of one story when they agree on
# SAME_STORY of them.  Two different stories sharing every long line but one
# or two in eight would be taken for copies: a miss, not a false alarm.
STORY_HASHES = 16
NIBBLE_BITS = 4
NIBBLE = (1 << NIBBLE_BITS) - 1
SAME_STORY = 8
# A line keeps the smallest this many times `min-articles` distinct
# signatures: enough to see min-articles stories among versions of a story
# the crawl holds several times; bounded, and the same whatever the order of
# the merges.
KEPT_PER_ARTICLE = 8


def story_signature(document: Document) -> int:
    """The article's story: ``STORY_HASHES`` min-hashes over its lines of
    prose (an article with no line of prose: over its whole text), packed
    in one int.  A stable hash (blake2b): spawned workers must agree."""

    def compute(document: Document) -> int:
        prose = {
            shape.text
            for shape in (document.shapes[line.number - 1] for line in document.content_lines)
            if shape.words >= PROSE_WORDS and shape.ends_sentence
        } or {" ".join(document.text.split())}
        ranks = [RANKS.unpack(blake2b(text.encode("utf-8", "surrogatepass"), digest_size=RANKS.size).digest()) for text in prose]
        least = map(min, zip(*ranks))  # each hash's least rank, column by column
        return sum((rank & NIBBLE) << (number * NIBBLE_BITS) for number, rank in enumerate(least))

    return document.memo("UI.story_signature", compute)


RANKS = struct.Struct(f">{STORY_HASHES}I")  # a line's rank under each hash: 32 bits, ties left to chance


def stories_union(mine: int | tuple, theirs: int | tuple, cap: int) -> int | tuple:
    """The distinct story signatures of both: one, its int; more, the
    smallest ``KEPT_PER_ARTICLE`` × ``cap`` of them in order, whatever the
    order and grouping of the merges (the engine merges batches in workers,
    then their partials here)."""
    if mine == theirs:
        return mine
    union = sorted(set(_signatures(mine)).union(_signatures(theirs)))[: KEPT_PER_ARTICLE * cap]
    return union[0] if len(union) == 1 else tuple(union)


def _signatures(signatures: int | tuple) -> tuple[int, ...]:
    return (signatures,) if isinstance(signatures, int) else signatures


def stories(signatures: int | tuple | None) -> int:
    """In how many distinct stories a line occurs: its articles' signatures
    joined when they agree on ``SAME_STORY`` min-hashes (an update of an
    update of a story is the story), and the groups counted."""
    if signatures is None:
        return 0
    return 1 if isinstance(signatures, int) else _groups(signatures)


@functools.lru_cache(maxsize=4096)  # each article under a recurring line asks again
def _groups(signatures: tuple[int, ...]) -> int:
    group = list(range(len(signatures)))

    def root(index: int) -> int:
        while group[index] != index:
            index = group[index]
        return index

    for first, second in itertools.combinations(range(len(signatures)), 2):
        if _agreements(signatures[first], signatures[second]) >= SAME_STORY:
            group[root(first)] = root(second)
    return len({root(index) for index in range(len(signatures))})


def _agreements(first: int, second: int) -> int:
    differ = first ^ second
    return sum(1 for number in range(STORY_HASHES) if not (differ >> (number * NIBBLE_BITS)) & NIBBLE)


# A tally of a line: one article's story signature (most lines), or the
# count of articles and their stories' signatures.
def tallies_union(mine: int | tuple, theirs: int | tuple, cap: int) -> tuple:
    return (tally_articles(mine) + tally_articles(theirs), stories_union(tally_stories(mine), tally_stories(theirs), cap))


def tally_articles(tally: int | tuple) -> int:
    return 1 if isinstance(tally, int) else tally[0]


def tally_stories(tally: int | tuple | None) -> int | tuple | None:
    return tally if tally is None or isinstance(tally, int) else tally[1]


# A section heading: a few words ("Ingredients", "How to apply").
SECTION_HEADING_WORDS = 4


def _headings(document: Document) -> dict[int, tuple[str, frozenset[str], str]]:
    """The article's section headings, by line number, each with its key
    and the content words the line under it shares with the rest of the
    article: a heading of a few words that ends no sentence and is no list
    item, inside the article (after its first line of prose, up to its
    body's last line by UI109's shipped settings, or to its last line of
    prose in a text too short for a body), over a
    line (a list's item, a sentence) that speaks of what the article
    speaks of; not a link, a dateline, a byline or a catalogue string.  The same heading in other articles of a corpus stands over
    their own words; a site's furniture ("Share this" over "Facebook")
    over the same words in each, or over words of no article."""

    def compute(document: Document) -> dict[int, tuple[str, frozenset[str], str]]:
        lines = document.content_lines
        shapes = [document.shapes[line.number - 1] for line in lines]
        prose = [index for index, shape in enumerate(shapes) if shape.words >= PROSE_WORDS and shape.ends_sentence]
        if len(prose) < 2 or not any(
            _may_be_heading(shapes[index], shapes[index + 1]) for index in range(prose[0] + 1, len(lines) - 1)
        ):
            return {}  # most articles: no line could be a heading, so no need for the body (UI108's corpus pass)
        found_body = analysis(document, SHIPPED_OPTIONS)
        # From the article's first line of prose to its body's last line;
        # in a text with too little prose for a body, to its last line of prose.
        opening, closing = prose[0], prose[-1] if found_body is None else found_body.last
        catalogue = of_document(document)  # the user's, as UI101 is configured
        words = [content_words(document, line.start, line.end) for line in lines]
        lines_with = collections.Counter(word for line_words in words for word in line_words)
        found: dict[int, tuple[str, frozenset[str], str]] = {}
        for index in range(opening + 1, min(closing, len(lines) - 1)):
            shape, below = shapes[index], shapes[index + 1]
            if not _may_be_heading(shape, below):
                continue
            if not shape.text.rstrip()[-1:].isalnum() or is_credit_line(shape.text.strip()):
                continue  # a link ("More »"), a dateline ("NEW YORK --"), a credit ("(AFP)"), a byline
            if catalogue.match(shape.text) is not None:
                continue  # the page's known furniture: "Advertisement" over a paragraph, "Comments" over comments
            # Words of the line under the heading that another line has (not the heading itself).
            shared = {word for word in words[index + 1] if lines_with[word] - (word in words[index]) > 1}
            if shared:
                found[lines[index].number] = (line_key(shape.text), frozenset(shared), line_key(below.text))
        return found

    return document.memo("UI.section_headings", compute)


def _may_be_heading(shape: LineShape, below: LineShape) -> bool:
    """The shape of a section heading: a few words with letters, no
    sentence end, not a list item, over a list's item or a sentence (a
    menu's next link is neither)."""
    return (
        0 < shape.words <= SECTION_HEADING_WORDS
        and not shape.ends_sentence
        and not shape.list_item
        and bool(shape.letters)
        and (below.list_item or below.ends_sentence)
    )
