"""TX105 html-entity and TX106 markup-debris: pieces of the page's source
that a scraper left in the text."""
from __future__ import annotations

import html
from html.entities import html5
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


class HtmlEntity(Rule):
    code = "TX105"
    name = "html-entity"
    fixable = Fixable(Applicability.SAFE)  # the character the entity stands for
    summary = "Flags HTML character references left undecoded: `&amp;`, `&nbsp;`, `&#8217;`."
    why = """
        A scraper that takes text out of HTML without decoding it leaves the
        page's character references in the article: readers see `&amp;`
        where the page showed `&`, and search and training data count a word
        that is not there.  The decoded character is suggested.
    """
    example = """
        AT&amp;T said the merger would close in March.&nbsp;Shares rose 3%.
    """
    use_instead = """
        AT&T said the merger would close in March. Shares rose 3%.
        The R&D budget grew; Procter & Gamble and M&S declined to comment.
    """

    def may_find_in(self, document: Document) -> bool:
        return "&" in document.text

    def check_line(self, line: Line, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        if "&" not in line.text:
            return
        for pattern in (ENTITY, BARE_ENTITY):
            for match in pattern.finditer(line.text):
                entity = match.group()
                if pattern is ENTITY and entity[1] != "#" and entity[1:] not in html5:
                    continue
                decoded = html.unescape(entity if entity.endswith(";") or entity[1] == "#" else entity + ";")
                if decoded == entity:
                    continue
                shown = {"\xa0": "no-break space"}.get(decoded, decoded)
                yield Finding(
                    line.start + match.start(),
                    line.start + match.end(),
                    f'HTML entity "{entity}" left undecoded; it stands for "{shown}"',
                    decoded,
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
        data, teach a model to write markup in prose.
    """
    example = """
        The council approved the budget.<br>Opposition members walked out.</p>
        [caption id="attachment_512" align="alignleft"]The council chamber[/caption]
    """
    use_instead = """
        The council approved the budget. Opposition members walked out.
        The vote was 5 < 7 in committee, and turnout was > 60% in the ward.
    """

    def may_find_in(self, document: Document) -> bool:
        return "<" in document.text or "[" in document.text

    def check_line(self, line: Line, document: Document, options: Mapping[str, Any]) -> Iterator[Finding]:
        if "<" not in line.text and "[" not in line.text:
            return
        for pattern, kind in ((TAG, "HTML markup"), (SHORTCODE, "a CMS shortcode")):
            for match in pattern.finditer(line.text):
                shown = match.group() if len(match.group()) <= 40 else match.group()[:37] + "..."
                yield Finding(line.start + match.start(), line.start + match.end(), f'{kind} left in the text: "{shown}"', "")
