"""What a Markdown converter (html2text, a Markdown-writing extractor)
leaves of a page's pictures and links when they stand as lines of their
own: an image, with no words to describe it (a lazy-load placeholder
``![](data:image/gif;base64,…)``, ``![logo](…png)``) or with its alt text
(``![Firefighters outside the depot](…jpg)``, inside a link too: the
picture is the page's, its alt text no sentence of the article; trials
26, 29, 32 and 34 mark every such line), a picture's alt text as a reader
mode or a text extractor writes it in its place (``[Image: a wooden toy on
a shelf]``, ``[Foto: …]``), a list's item linking to a section of the site
(``* [Sports](/section/sports)``), a row of share buttons whose
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


# A picture's alt text as a reader mode or a text extractor writes it in
# the picture's place: in brackets, its label first, on a line of its own
# ("[Image: a wooden toy with seven arches]", "[Photo]", "[Bild: Der
# Hafen am Morgen]", "[Изображение: …]").  An editor's bracket inside a
# sentence or a quotation holds more than the line.
BRACKETED_PICTURE = compile_cached(
    r"(?i)^\[\s*(?:image|img|photo|picture|figure|graphic|illustration|bild|grafik|foto|fotografía|fotografia|imagen|"
    r"immagine|imagem|afbeelding|zdjęcie|obraz|görsel|resim|gambar|изображение|фото|зображення|εικόνα|φωτογραφία|"
    r"תמונה|صورة|चित्र|तस्वीर|รูปภาพ|ภาพ|图片|图像|画像|写真|이미지|사진)(?:\s?\d{1,3})?"
    r"\s?(?:[:：]\s?[^\[\]\n]{0,300})?\]$"
)


# A list's item that is one link to a section of the site, its words a
# section's name ("* [Sports](/section/sports)", "- [Politik](https://
# example.de/ressort/politik)"): the page's menu as html2text writes it.
# The address must name a section, a category or a tag; a list of the
# article's sources links to documents.
SECTION_LINK = compile_cached(
    r"(?i)^\[(?P<words>[^\[\]\n]{1,60})\]\((?:https?://[^/\s()]{1,200})?/(?:section|sections|category|categories|topic|topics|"
    r"tag|tags|rubrik|rubrique|rubriques|seccion|secciones|sección|categoria|categorie|kategorie|kategori|kategoria|ressort|"
    r"thema|themen|tema|temas|rubriek|onderwerp|rubrica)/[^/?#\s()]{1,60}/?\)$"
)
MAX_SECTION_WORDS = 3


def remnant(line: Line, document: Document) -> str | None:
    """What Markdown remnant the line is, if it is one: "image", "bracketed
    picture", "section link", "link" or "link definition" (see the module's
    note)."""
    text = line.text.strip()
    if text[:1] == "[" and text[-1:] == "]" and BRACKETED_PICTURE.match(text) is not None:
        return "bracketed picture"
    if not text or "](" not in text and "]:" not in text:
        return None  # most lines: no image, link or definition
    if "](" in text and PICTURES_ONLY.match(strip_list_marker(text)[0]) is not None:  # "* ![](…)" too
        return "image"
    if "]:" in text and LINK_DEFINITION.match(text) is not None:
        return "link definition"
    item, listed = strip_list_marker(text)
    if listed and "](" in item:
        section = SECTION_LINK.match(item.strip())
        if section is not None and count_words(section.group("words")) <= MAX_SECTION_WORDS:
            return "section link"
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

