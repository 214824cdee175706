"""What the OC checks read of an article's layout, computed once per article
(``Document.memo``): each sentence's number of words and each line's text
stripped.  OC101 and OC102 ask these of every sentence, several times over;
a long paragraph split again for each of its sentences made judging it cost
its length times its sentences."""
from __future__ import annotations

from newslint import Document


def word_counts(document: Document) -> tuple[int, ...]:
    """Per sentence (``document.sentences``' order), its number of words as
    the min-words options count them (runs of non-space)."""
    return document.memo("OC.word-counts", _word_counts)


def stripped_lines(document: Document) -> tuple[str, ...]:
    """Per line (``document.lines``' order), its text without the spaces
    around it: a sentence that equals its line's is a paragraph of its own."""
    return document.memo("OC.stripped-lines", _stripped_lines)


def _word_counts(document: Document) -> tuple[int, ...]:
    return tuple([len(sentence.text.split()) for sentence in document.sentences])


def _stripped_lines(document: Document) -> tuple[str, ...]:
    return tuple([line.text.strip() for line in document.lines])
