"""What a Markdown converter (html2text, a Markdown-writing extractor)
leaves of a page's pictures and links when they stand as lines of their
own: an image with no words to describe it (a lazy-load placeholder
``![](data:image/gif;base64,…)``, ``![logo](…png)``; a picture that its
alt text describes is the article's figure, ``![Firefighters outside the
depot](…jpg)``, inside a link too), a row of share buttons whose
icons left no text (``[](https://twitter.com/intent/tweet?…)``), a
reference link's definition (``[1]: https://…``) and a line that is
nothing but a link to another page (``[See all the results](https://…)``).

The document model reads Markdown as its reader sees it (an image as its
alt text, a link as its words), which is right inside prose and makes
such a line look like a caption or a short heading; here the raw line is
looked at.  A link inside a sentence, a paragraph or a sentence written
as one link, a heading, a list of links (the
layout's related lists and the article's own sources), the text's first
line (a headline linked to its page) and a line under one ending in a
colon (the article introducing its link: "The full report is here:")
stay clean."""
from __future__ import annotations

from newslint import Document, Line
from newslint.document import count_words, sentence_bounds, strip_list_marker
from newslint.pattern_cache import compile_cached

from .catalogue import of_document

# An image: its alt text in brackets, its address (and a title) in
# parentheses.  Each piece is bounded, so a line is read in linear time.
_ADDRESS = r"\((?:[^()\s]{0,2000})(?:[ \t]+\"[^\"\n]{0,500}\")?\)"
_ALT_TEXT = r"[^\[\]\n]{0,500}"
_IMAGE = r"!\[" + _ALT_TEXT + r"\]" + _ADDRESS
# A line made only of images, images inside links and links with no text
# (share buttons whose icon was all they showed), apart by white space.
PICTURE_OR_EMPTY_LINK = r"(?:" + _IMAGE + r"|\[\s*" + _IMAGE + r"\s*\]" + _ADDRESS + r"|\[\s*\]" + _ADDRESS + r")"
PICTURES_ONLY = compile_cached(r"^(?:" + PICTURE_OR_EMPTY_LINK + r"\s*)+$")
# One link, the whole line, its words optionally in bold: "[Read the
# judgment](https://…)", "**[Alle Ergebnisse](/ergebnisse)**".
LINK_ONLY = compile_cached(r"^(\*\*|__)?\[(?P<words>[^\[\]\n]{1,500})\]\((?P<address>[^()\s]{1,2000})(?:[ \t]+\"[^\"\n]{0,500}\")?\)\1?$")
# A reference link's definition, as html2text writes its links at the end:
# "[1]: https://example.com/story", "  [12]: /sport/results".
LINK_DEFINITION = compile_cached(r"^\[[^\[\]\n]{1,40}\]:[ \t]+(?:https?://|/|www\.)\S{1,2000}(?:[ \t]+\"[^\"\n]{0,500}\")?$")
# A paragraph written as one link: its words make two sentences or more,
# or this many words.  A page's link to another page is a headline's
# length or a call to follow it.
LINKED_PARAGRAPH_WORDS = 30
LINKED_PARAGRAPH_SENTENCES = 2
# A sentence of this many words closed by a full stop, written as one link,
# is the article's too ("[The ministry said it would publish a full
# response in the spring.](…)"): a link to another page is a headline's
# words, which no full stop closes, or a call the catalogue knows.
LINKED_SENTENCE_WORDS = 8
SENTENCE_CLOSED = compile_cached(r"[.!?。！？][\"'”’»)]*$")


# A picture whose alt text describes it in this many words at least is the
# article's figure as a Markdown extractor keeps it ("![Firefighters outside
# the depot on Tuesday](…jpg)"), as its reader sees it; a spacer, an icon, a
# logo or a lazy-load placeholder has no such words ("![](data:…)",
# "![logo](…)").
MIN_FIGURE_ALT_WORDS = 3
IMAGE_ALT = compile_cached(r"!\[(" + _ALT_TEXT + r")\]\((?!data:)")


def _a_figure(text: str) -> bool:
    """Whether a line of pictures holds one with a describing alt text and a real address."""
    return any(count_words(alt) >= MIN_FIGURE_ALT_WORDS for alt in IMAGE_ALT.findall(text))


def remnant(line: Line, document: Document) -> str | None:
    """What Markdown remnant the line is, if it is one: "image", "link" or
    "link definition" (see the module's note)."""
    text = line.text.strip()
    if not text or "](" not in text and "]:" not in text:
        return None  # most lines: no image, link or definition
    if "](" in text and PICTURES_ONLY.match(strip_list_marker(text)[0]) is not None:  # "* ![](…)" too
        return None if _a_figure(text) else "image"
    if "]:" in text and LINK_DEFINITION.match(text) is not None:
        return "link definition"
    link = LINK_ONLY.match(text) if "](" in text else None
    if link is None:
        return None  # a heading's marks, a list's marker or a sentence around the link: not a link alone
    address = link.group("address")
    if address.startswith("#"):
        return None  # a link to a part of the same page (a contents line)
    words = link.group("words")
    if count_words(words) >= LINKED_PARAGRAPH_WORDS or len(sentence_bounds(words)) >= LINKED_PARAGRAPH_SENTENCES:
        return None  # a paragraph written as a link: read as prose
    if count_words(words) >= LINKED_SENTENCE_WORDS and SENTENCE_CLOSED.search(words.rstrip()) and of_document(document).match(words.strip()) is None:
        return None  # a sentence of the article written as a link
    index = document.content_index[line.number]
    if index == 0:
        return None  # the headline, linked to its own page
    above = document.shapes[document.content_lines[index - 1].number - 1].text.rstrip()
    if above.endswith((":", "：")):
        return None  # the article introduces its link
    return "link"

