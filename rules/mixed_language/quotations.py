"""How ML102 reports a run of another language: where it starts, whether two
runs are one quotation, and whether the article says the quotation is in that
language (so it is quoted on purpose, not left by machine translation)."""
from __future__ import annotations

from typing import Iterator

from newslint import Document
from newslint.foreign_spans import Span
from newslint.language import commonest_words
from newslint.pattern_cache import compile_cached

# What the span logic leaves out at a run's start: the words between the
# sentence's or the quotation's start and the run, its first written with a
# capital ("We are not looking at them", "O jogador está…"), which it counts
# as a name, or a word both languages know ("We will…" in German, where
# "will" is a verb).  Taken back when they are at most three of the run's
# language's commonest words, one at least no word of the article's.
OPENING_WORDS = compile_cached(r"(?:^|(?<=[.!?:;]\s)|(?<=[\"“„«‘'(]\s?))((?:\p{L}[\p{Ll}'’]*\s+){1,3})$")
# Two runs of one language on a line separated by no more than a sentence's
# end and a space ("…at them. We are…") are one quotation, one finding.
JOINING_GAP = compile_cached(r"[\s.!?;:,]{1,3}")
# Names of languages and of the nations that speak them, as words start, in
# the languages newslint knows: "Auf Englisch fügte er hinzu", "le
# réalisateur américain", "in hesitant French".  A quotation in the run's
# language on a line (or after a paragraph) that names it is quoted on
# purpose; one nobody introduces is what machine translation leaves.
LANGUAGE_NAMED = {
    "en": r"english|englisch|anglais|anglaise|ingl[eéê]s|inglese|engels|англ|american|amerikan|am[ée]ricain|"
    r"estadounidense|norteamerican|americano|americana|british|britisch|britannique|brit[aâá]nic|australi|"
    r"американ|британ",
    "fr": r"french|franz[öo]sisch|fran[çc]ais|franc[ée]s|francese|franc[eê]s|франц",
    "de": r"german|deutsch|allemand|alem[áa]n|alem[ãa]o|alem[ãa]|tedesc|немец|німец|austria|österreich|autrichien",
    "es": r"spanish|spanisch|espagnol|espa[ñn]ol|spagnol|espanhol|испан|іспан|mexic|argentin|colombian",
    "it": r"italian|italienisch|italien|italiano|italiana|итальян|італій",
    "pt": r"portugu|portoghese|brasil|brazil|brésil|португал",
}
LANGUAGE_NAMES = {code: compile_cached(rf"\b(?:{names})\w*") for code, names in LANGUAGE_NAMED.items()}
# A name with a possessive before a run ("Édith Piaf's Non, je ne regrette
# rien"): the run is the title of the person's work, in sentence case.
POSSESSIVE_HEAD = compile_cached(r"^(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s\s+(?=\p{Lu})")
TITLE_MAX_WORDS = 8
# An opening quotation mark just before a run: after a space, a colon or the
# line's start ("hinzu: „We", "en riant : « I"), not a closing one ("him". O).
OPENING_MARK_BEFORE = compile_cached(r"(?:^|[\s(\[—–-])[\"“„«‘']\s?$")


def reported_spans(document: Document, article_code: str, spans: list[Span]) -> Iterator[Span]:
    """The runs ML102 reports: each with its opening word, runs of one
    quotation joined, less titles after a possessive and quotations whose
    language the article names."""
    joined: list[Span] = []
    for span in map(lambda span: _with_opening_word(document, article_code, span), spans):
        if joined and _one_quotation(document, joined[-1], span):
            last = joined[-1]
            joined[-1] = last._replace(end=span.end, words=last.words + span.words)
        else:
            joined.append(span)
    for span in joined:
        if _is_possessive_title(document, span) or _language_named(document, span):
            continue
        yield span


def _with_opening_word(document: Document, article_code: str, span: Span) -> Span:
    if span.language is None:
        return span
    line = document.line_at(span.start)
    match = OPENING_WORDS.search(document.text, line.start, span.start)
    if match is None:
        return span
    words = match.group(1).lower().split()
    theirs, ours = commonest_words(span.language), commonest_words(article_code)
    if not all(word in theirs for word in words) or all(word in ours for word in words):
        return span
    return span._replace(start=match.start(1), words=span.words + len(words))


def _one_quotation(document: Document, first: Span, second: Span) -> bool:
    return (
        first.language == second.language
        and first.script == second.script
        and JOINING_GAP.fullmatch(document.text, first.end, second.start) is not None
    )


def _is_possessive_title(document: Document, span: Span) -> bool:
    text = document.text[span.start : span.end]
    head = POSSESSIVE_HEAD.match(text)
    if head is None:
        return False
    title = text[head.end() :]
    return len(title.split()) <= TITLE_MAX_WORDS and not any(mark in title for mark in ".!?")


def _language_named(document: Document, span: Span) -> bool:
    """Whether the run is a quotation (a quotation mark opens before it on
    its line) and its line up to the run, or the paragraph before, names the
    run's language or its speakers' nation."""
    names = LANGUAGE_NAMES.get(span.language or "")
    if names is None:
        return False
    line = document.line_at(span.start)
    before = document.text[line.start : span.start]
    if OPENING_MARK_BEFORE.search(before) is None:
        return False  # not a quotation opening here
    if names.search(before.casefold()):
        return True
    previous = _previous_paragraph(document, line.number)
    return previous is not None and names.search(previous.casefold()) is not None


def _previous_paragraph(document: Document, number: int) -> str | None:
    for index in range(number - 2, -1, -1):
        text = document.lines[index].text
        if text.strip():
            return text
    return None
