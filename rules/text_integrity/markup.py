"""TX105 html-entity and TX106 markup-debris: pieces of the page's source
that a scraper left in the text."""
from __future__ import annotations

from typing import Any, Iterator, Mapping

import regex

from newslint import Applicability, Document, Finding, Fixable, FixKind, Line, Rule
from newslint.lazy_pattern import LazyPattern
from newslint.pattern_cache import compile_cached

ENTITY = LazyPattern(compile_cached, r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};)")
# Entities browsers accept without the semicolon; only these few are common
# enough in scraped text to report bare ("&nbsp" followed by a space).
BARE_ENTITY = LazyPattern(compile_cached, r"&(?:nbsp|amp|quot|lt|gt|mdash|ndash|rsquo|lsquo|ldquo|rdquo|hellip)(?![A-Za-z0-9;])")
TAG_NAMES = (
    "a|abbr|article|aside|b|blockquote|body|br|caption|center|cite|code|div|em|figcaption|figure|font|footer|"
    "h[1-6]|head|header|hr|html|i|iframe|img|input|label|li|link|main|meta|nav|noscript|ol|p|picture|pre|"
    "script|section|small|source|span|strong|style|sub|sup|table|tbody|td|th|thead|time|tr|u|ul|video"
)
TAG = LazyPattern(compile_cached, rf"</?(?:{TAG_NAMES})(?:\s[^<>]{{0,300}})?/?>|<!--.{{0,300}}?-->", regex.IGNORECASE)
# WordPress, Drupal and other CMS shortcodes that leak into extracted text.
SHORTCODE = LazyPattern(compile_cached,
    r"\[/?(?:caption|embed|gallery|video|audio|playlist|img|url|quote|tweet|youtube|vc_[a-z_]+|et_pb_[a-z_]+)"
    r"(?:\s[^\[\]]{0,300})?\]",
    regex.IGNORECASE,
)

# A line that is one shortcode and what it wraps, nothing else:
# "[embed]https://www.youtube.com/watch?v=abc123[/embed]".
WHOLE_SHORTCODE = LazyPattern(compile_cached,
    r"\[(caption|embed|gallery|video|audio|playlist|img|url|quote|tweet|youtube|vc_[a-z_]+|et_pb_[a-z_]+)"
    r"(?:\s[^\[\]]{0,300})?\][^\[\]]{0,500}\[/\1\]",
    regex.IGNORECASE,
)

# A feed's or a page's source around a whole line ("<title>Lander touches
# down</title>", "<description><![CDATA[The lander...]]></description>"),
# or a tag alone on its line ("<item>", "</channel>"): a feed (RSS, Atom) or
# an XML export read as text.  Any element's name, not only HTML's, since
# the line's shape is the evidence: it opens on a tag and closes on the
# same element's end tag, or is one tag and nothing else.  An address in
# angle brackets ("<https://…>", "<name@example.org>") has no name followed
# by a space or ">" and is not read.
XML_NAME = r"[A-Za-z][\w.:-]{0,40}"
WRAPPED_LINE = LazyPattern(compile_cached, rf"<({XML_NAME})(?:\s[^<>]{{0,300}})?>.{{0,2000}}</\1\s*>")
XML_TAG = LazyPattern(compile_cached, rf"</?{XML_NAME}(?:\s[^<>]{{0,300}})?/?>")
# A CDATA section's marks, wherever they stand: no text writes them but
# markup (or an article about it).
CDATA = LazyPattern(compile_cached, r"<!\[CDATA\[|\]\]>")


def _feed_markup(text: str) -> list[tuple[int, int]]:
    """The spans of a line's feed markup (above): the tags that open and
    close a line wrapped whole, a lone tag, CDATA's marks; offsets in ``text``."""
    stripped = text.strip()
    if not stripped.startswith("<") and "<![CDATA[" not in text:
        return []
    offset = len(text) - len(text.lstrip())
    spans = [(match.start(), match.end()) for match in CDATA.finditer(text)]
    if WRAPPED_LINE.fullmatch(stripped) or XML_TAG.fullmatch(stripped):
        # Every tag at the line's two ends (nested: "<item><title>…</title></item>"),
        # not one the line's text holds ("<title>5 <b>new</b> ideas</title>": TAG's).
        for match in XML_TAG.finditer(stripped):
            if _tags_only(stripped[: match.start()]) or _tags_only(stripped[match.end() :]):
                spans.append((offset + match.start(), offset + match.end()))
    return sorted(set(spans))


# An element a feed's item is made of, opening a line with its text glued
# to it ("<description>Northwind Air said…") or closing one ("…Tom
# Holt)</description>"); or any element whose start tag opens one line and
# whose end tag closes the same or a later line (an element over several
# lines, as a feed's description is).  Not a tag standing inside a line's
# text, nor a start tag with nothing after it but a space and words.
FEED_ELEMENTS = frozenset(
    "title description summary content content:encoded link guid pubdate author dc:creator category "
    "media:title media:description subtitle abstract".split()
)
OPENING_TEXT = LazyPattern(compile_cached, rf"<({XML_NAME})(?:\s[^<>]{{0,300}})?>(?=\S)")
CLOSING_TEXT = LazyPattern(compile_cached, rf"(?<=\S)</({XML_NAME})\s*>$")
# How many lines an element over several lines may span.
ELEMENT_LINES = 60


def _element_edges(document: Document, line: Line) -> list[tuple[int, int]]:
    """A start tag opening ``line`` or an end tag closing it, with text
    beside it, where the element is a feed's or its other tag closes or
    opens a line near it (FEED_ELEMENTS above); offsets in the line."""
    text = line.text.rstrip()
    offset = len(text) - len(text.lstrip())
    stripped = text.strip()
    spans = []
    opening = OPENING_TEXT.match(stripped)
    if opening is not None and not WRAPPED_LINE.fullmatch(stripped):
        name = opening.group(1)
        if name.casefold() in FEED_ELEMENTS or _closed_on_a_line(document, line.number, name, forward=True):
            spans.append((offset + opening.start(), offset + opening.end()))
    closing = CLOSING_TEXT.search(stripped)
    if closing is not None and not WRAPPED_LINE.fullmatch(stripped):
        name = closing.group(1)
        if name.casefold() in FEED_ELEMENTS or _closed_on_a_line(document, line.number, name, forward=False):
            spans.append((offset + closing.start(), offset + closing.end()))
    return spans


def _closed_on_a_line(document: Document, number: int, name: str, forward: bool) -> bool:
    """Whether a later line ends on ``</name>`` (forward) or an earlier one
    opens on ``<name>``, within ELEMENT_LINES."""
    lines = document.lines
    index = number - 1
    span = range(index + 1, min(len(lines), index + ELEMENT_LINES)) if forward else range(index - 1, max(-1, index - ELEMENT_LINES), -1)
    for other in span:
        stripped = lines[other].text.strip()
        if forward and stripped.endswith(f"</{name}>"):
            return True
        if not forward and (stripped.startswith(f"<{name}>") or stripped.startswith(f"<{name} ")):
            return True
    return False


def _tags_only(text: str) -> bool:
    """Whether ``text`` is nothing but tags and CDATA marks (and spaces)."""
    return CDATA.sub("", XML_TAG.sub("", text)).strip() == ""


# Markup an article writes about rather than markup a scraper left: a tag or
# an entity is the subject of the text when quotation marks or backticks hold
# it and nothing else, when its sentence names what it is (the words below),
# when it is used as a noun (after "a", "the", "such as", "written as" and
# followed by a space or punctuation, not glued to the words it would mark
# up), or when it stands on a line of code (Document.code_lines: a fenced
# block, an indented sample, a line in code's syntax) in an article about
# markup.  Scraped debris is glued to the text it marked up
# ("budget.<br>Opposition", "AT&amp;T", "<p>Tags were"), which no tag or
# entity written about is, and stands in sentences about something else.
NAMING_WORDS = LazyPattern(compile_cached,
    r"\b(?:X?HTML|XML|CSS|markup|mark-up|tags?|elements?|attributes?|entit(?:y|ies)|character references?|"
    r"escaped?|escaping|source code|in the source)\b",
    regex.IGNORECASE,
)
# The words that make what follows a noun: an article or "such as", "written as".
AS_A_NOUN = LazyPattern(compile_cached,
    r"(?:\b(?:a|an|the|each|every|any|no|one|this|that|such as|written as|typed as|stored as))\s+$",
    regex.IGNORECASE,
)
# An article about markup names it; in such an article an entity the rule
# still reports may be a subject it did not recognise, so its fix is not
# offered (a safe fix must never change what the text says).
ABOUT_MARKUP = LazyPattern(compile_cached, r"\b(?:X?HTML|XML|markup|mark-up|character references?|entit(?:y|ies))\b")
QUOTING = {'"': '"', "'": "'", "`": "`", "“": "”", "‘": "’", "„": "“", "«": "»", "»": "«"}


def _about_markup(document: Document) -> bool:
    return document.memo("TX.about_markup", lambda document: bool(ABOUT_MARKUP.search(document.text)))


def is_discussed(document: Document, line: Line, start: int, end: int, about_markup: bool) -> bool:
    """Whether the markup at ``line.text[start:end]`` is what the text is
    about rather than left there by a scraper."""
    text = line.text
    before, after = text[:start], text[end:]
    if before[-1:] in QUOTING and after[:1] == QUOTING[before[-1]]:
        return True  # "<br>", `&amp;`
    if about_markup and line.number in document.code_lines:
        return True  # a code sample (Document.code_lines) in an article about markup
    if before[-1:].isalnum() or after[:1].isalnum() or before.rstrip()[-1:] in ".!?" and not before[-1:].isspace():
        return False  # glued to the words it marked up: "<p>Tags were", "budget.<br>Opposition", "rose.&nbsp;Shares"
    if AS_A_NOUN.search(before) and (not after or not after[0].isalnum()):
        return True  # "an <h4> used for", "written as <img src=...> tells"
    # The rest of the sentence (Document.sentences) the markup stands in.
    first = document.sentence_at(line.start + start)
    last = document.sentence_at(line.start + end - 1)
    sentence_start = first.start - line.start if first else start
    sentence_end = last.end - line.start if last else end
    sentence = text[sentence_start:start] + " " + text[end:sentence_end]
    return bool(NAMING_WORDS.search(sentence))  # "dozens of <br> tags", "In HTML ... Marks &amp; Spencer"


class HtmlEntity(Rule):
    code = "TX105"
    name = "html-entity"
    fixable = Fixable(Applicability.SAFE)  # the character the entity stands for
    summary = "Flags HTML character references left undecoded: `&amp;`, `&nbsp;`, `&#8217;`."
    why = """
        A scraper that takes text out of HTML without decoding it leaves the
        page's character references in the article: readers see `&amp;`
        where the page showed `&`, and search and training data count a word
        that is not there.  The decoded character is suggested.  An entity
        the article writes about is not reported: one in quotation marks or
        backticks, one in a sentence that names what it is (HTML, entity,
        character reference, markup, tag, escaped, source code), one used
        as a noun ("the &amp; entity"), one on a line of code (a fenced or
        indented sample) of an article about markup.  In an article that names HTML, XML, markup or
        entities anywhere, an entity still reported gets no fix: decoding it
        could change what a tutorial says, and a safe fix never may.
    """
    example = """
        AT&amp;T said the merger would close in March.&nbsp;Shares rose 3%.
    """
    use_instead = """
        AT&T said the merger would close in March. Shares rose 3%.
        The R&D budget grew; Procter & Gamble and M&S declined to comment.
        In HTML a bare ampersand must be written as &amp; in the page source.
    """

    def may_find_in(self, document: Document) -> bool:
        return "&" in document.text

    def check_line(self, line: Line, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        if "&" not in line.text:
            return
        import html  # here: most lines hold no "&" (start-up time)
        from html.entities import html5

        about_markup = _about_markup(document)
        for pattern in (ENTITY, BARE_ENTITY):
            for match in pattern.finditer(line.text):
                entity = match.group()
                if pattern is ENTITY and entity[1] != "#" and entity[1:] not in html5:
                    continue
                decoded = html.unescape(entity if entity.endswith(";") or entity[1] == "#" else entity + ";")
                if decoded == entity or is_discussed(document, line, match.start(), match.end(), about_markup):
                    continue
                shown = {"\xa0": "no-break space"}.get(decoded, decoded)
                yield Finding(
                    line.start + match.start(),
                    line.start + match.end(),
                    f'HTML entity "{entity}" left undecoded; it stands for "{shown}"',
                    None if about_markup else decoded,
                )


class MarkupDebris(Rule):
    code = "TX106"
    name = "markup-debris"
    # Whether a tag stood for a space, a line break or nothing is a person's call.
    fixable = Fixable(Applicability.DISPLAY_ONLY, FixKind.DELETE)
    summary = "Flags HTML tags, comments and CMS shortcodes left in the text: `<br>`, `</p>`, `[caption id=...]`."
    why = """
        Tags and shortcodes in extracted text mean the extractor copied
        source rather than text.  They are noise to a reader and, in training
        data, teach a model to write markup in prose.  A tag the article
        writes about is not reported: one in quotation marks or backticks,
        one in a sentence that names what it is (tags, element, attribute,
        HTML, markup, code), one used as a noun ("an <h4> used for a
        subheading", "written as <img src=...>"), one on a line of code (a
        fenced or indented sample) of an article about markup.  A line that is
        nothing but a shortcode and what it wraps (`[embed]https://…[/embed]`)
        is one finding for the whole line, which speaks for it wherever it
        stands (under a subheading too, where a line of its own might
        otherwise read as furniture).  A feed's or an XML export's markup
        is reported by the line's shape, whatever the element's name: a
        line wrapped whole in one element (`<title>Lander lands</title>`),
        a tag alone on its line (`<item>`), and CDATA's marks (`<![CDATA[`,
        `]]>`), and a feed element's tag opening or closing a line with
        text beside it (`<description>Northwind said…`, `…on Monday.</description>`),
        or any element whose start tag opens one line and end tag closes a
        later one; an address in angle brackets (`<https://…>`), a chat
        log's `<anna> see you` and a tag inside a line's text are not read
        so.
    """
    # A line wholly a shortcode is judged as a whole (see WHOLE_SHORTCODE).
    judges_whole_lines = True
    example = """
        The council approved the budget.<br>Opposition members walked out.</p>
        [caption id="attachment_512" align="alignleft"]The council chamber[/caption]
        <title>Council approves the budget</title>
    """
    use_instead = """
        The council approved the budget. Opposition members walked out.
        The vote was 5 < 7 in committee, and turnout was > 60% in the ward.
        Writers who paste from a word processor end up with dozens of <br> tags; an <h4> is not a headline.
        Council approves the budget
        Comments go to <budget@example.org> or <https://example.org/budget>.
    """

    def may_find_in(self, document: Document) -> bool:
        return "<" in document.text or "[" in document.text

    def check_line(self, line: Line, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        if "<" not in line.text and "[" not in line.text:
            return
        about_markup = _about_markup(document)
        text = line.text.strip()
        whole = WHOLE_SHORTCODE.fullmatch(text) if text.startswith("[") else None
        if whole and not about_markup:
            start = line.start + line.text.index(text)
            shown = text if len(text) <= 40 else text[:37] + "..."
            yield Finding(start, start + len(text), f'a CMS shortcode left in the text: "{shown}"', "")
            return
        reported: list[tuple[int, int]] = []
        for pattern, kind in ((TAG, "HTML markup"), (SHORTCODE, "a CMS shortcode")):
            for match in pattern.finditer(line.text):
                if is_discussed(document, line, match.start(), match.end(), about_markup):
                    continue
                reported.append((match.start(), match.end()))
                shown = match.group() if len(match.group()) <= 40 else match.group()[:37] + "..."
                yield Finding(line.start + match.start(), line.start + match.end(), f'{kind} left in the text: "{shown}"', "")
        if "<" not in line.text:
            return
        for start, end in sorted(set(_feed_markup(line.text)) | set(_element_edges(document, line))):
            if any(start < done_end and done_start < end for done_start, done_end in reported):
                continue  # an HTML tag, reported above
            if about_markup and (line.number in document.code_lines or is_discussed(document, line, start, end, about_markup)):
                continue  # a sample of a feed in an article about markup
            shown = line.text[start:end] if end - start <= 40 else line.text[start : start + 37] + "..."
            yield Finding(line.start + start, line.start + end, f'feed or XML markup left in the text: "{shown}"', "")
