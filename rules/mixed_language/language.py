"""Which stretches of an article are in another language than its own.

The article's language is the document model's (``Document.language``, from
:mod:`newslint.language`).  A span in another script is any run of letters the
article's language does not write with (Hangul in an English article, Latin
in a Korean one), with the spaces and punctuation between them.  A span in
another language of the same script is a run of words that another
language's list knows much better than the article's (a Spanish clause in an
English article).
"""
from __future__ import annotations

import functools
from typing import Iterator, NamedTuple

from newslint import Document
from newslint.language import (
    LETTER_SCRIPT,
    SCRIPT_LANGUAGES,
    SCRIPTS,
    WORD,
    Language,
    best_language,
    common_zipf,
    language_name,
)

# The names the other families imported from here before the detector moved
# to the document model; they keep their meaning.
zipf = common_zipf

__all__ = ["Language", "Span", "article_language", "language_name", "same_script_spans", "script_spans", "zipf"]


def article_language(document: Document) -> Language | None:
    return document.language


class Span(NamedTuple):
    start: int
    end: int
    script: str
    language: str | None  # the language of the span, where it can be told
    words: int


def script_spans(text: str, start: int, end: int, native: set[str]) -> Iterator[Span]:
    """Runs of letters in scripts outside ``native`` between two offsets, with
    the spaces, digits and punctuation between their words kept inside."""
    current = None
    for match in LETTER_SCRIPT.finditer(text, start, end):
        script = match.lastgroup
        if script in native:
            if current is not None:
                yield _finish(text, current)
                current = None
            continue
        if current is not None and _joins(current["scripts"], script) and not _breaks(text, current["end"], match.start()):
            current["end"] = match.end()
            current["scripts"].add(script)
            current["words"] += 1
        else:
            if current is not None:
                yield _finish(text, current)
            current = {"start": match.start(), "end": match.end(), "scripts": {script}, "words": 1}
    if current is not None:
        yield _finish(text, current)


def _joins(scripts: set[str], script: str) -> bool:
    cjk = {"Han", "Kana", "Hangul"}
    return script in scripts or (script in cjk and scripts <= cjk)


def _breaks(text: str, end: int, start: int) -> bool:
    """Whether what lies between two runs of the same script ends the span:
    a sentence end, a quotation mark or a line break."""
    gap = text[end:start]
    return "\n" in gap or any(char in ".!?“”\"«»„" for char in gap)


def _finish(text: str, current: dict) -> Span:
    scripts = current["scripts"]
    if "Hangul" in scripts:
        script, language = "Hangul", "ko"
    elif "Kana" in scripts:
        script, language = "Kana", "ja"
    else:
        script = next(iter(scripts))
        candidates = SCRIPT_LANGUAGES.get(script, ())
        if script == "Latin":
            candidates = candidates[:6]  # a few words tell the big languages apart, not the rest
        if len(candidates) == 1:
            language = candidates[0]
        elif script == "Han":
            language = "zh"
        else:
            words = [word.lower() for word in WORD.findall(text, current["start"], current["end"])]
            language = best_language(words, candidates) if words else None
    return Span(current["start"], current["end"], script, language, current["words"])


def same_script_spans(document: Document, article: Language, margin: float, min_words: int) -> Iterator[Span]:
    """Runs of words, line by line, that another language of the article's
    script knows much better than the article's own (by ``margin`` Zipf
    units).  A run is at least ``min_words`` words with no word of the
    article's language among them, three in five of them foreign; capitalised
    words count as foreign only when the article's language does not know
    them at all (German nouns, not names)."""
    candidates = [code for code in SCRIPT_LANGUAGES.get(article.script, ()) if code != article.code][:8]
    if not candidates:
        return
    script = SCRIPTS[article.script]
    for line in document.lines:
        run: list = []
        foreign = 0
        votes: dict[str, int] = {}
        for token in document.tokens_in(line.start, line.end):
            word = token.text
            if not script.match(word) or (len(word) < 2 and word.isascii()):
                continue
            if word[0].isupper() and _starts_sentence(document.text, line.start, token.start):
                word = word.lower()  # capitalised by position, not a name
            verdict, language = _judge(word, article.code, tuple(candidates), margin)
            if verdict == "native":
                yield from _run_span(run, foreign, votes, article.script, min_words)
                run, foreign, votes = [], 0, {}
                continue
            if verdict == "foreign":
                foreign += 1
                votes[language] = votes.get(language, 0) + 1
            if run or verdict == "foreign":
                run.append((token, verdict))
        yield from _run_span(run, foreign, votes, article.script, min_words)


# French and Italian elisions: l'État, qu'il, dell'anno.
ELISIONS = {"l": ("fr", "it"), "d": ("fr",), "qu": ("fr",), "j": ("fr",), "n": ("fr",), "s": ("fr",),
            "c": ("fr",), "m": ("fr",), "dell": ("it",), "all": ("it",), "un": ("it",), "nell": ("it",)}


def _starts_sentence(text: str, line_start: int, offset: int) -> bool:
    before = text[line_start:offset].rstrip(" \t\"'“‘«(")
    return not before or before[-1] in ".!?:;"


@functools.lru_cache(maxsize=100_000)
def _judge(word: str, article: str, candidates: tuple[str, ...], margin: float) -> tuple[str, str | None]:
    for apostrophe in "'’":
        if apostrophe in word:
            prefix, _, rest = word.partition(apostrophe)
            elided = [code for code in ELISIONS.get(prefix.lower(), ()) if code in candidates]
            if elided and article not in ELISIONS.get(prefix.lower(), ()):
                return "foreign", elided[0]
            if rest:
                word = rest
    lowered = word.lower()
    native = common_zipf(lowered, article)
    best_code, best = None, 0.0
    for code in candidates:
        value = common_zipf(lowered, code)
        if value > best:
            best_code, best = code, value
    if word[0].isupper():
        # A name counts for neither side unless only the other language knows it.
        return ("foreign", best_code) if native < 1.0 and best >= 3.5 else ("neutral", None)
    if best >= 3.0 and best - native >= margin:
        return "foreign", best_code
    if native >= 2.5 and native >= best:
        return "native", None
    return "neutral", None


def _run_span(run: list, foreign: int, votes: dict[str, int], script: str, min_words: int) -> Iterator[Span]:
    while run and run[-1][1] != "foreign":
        run = run[:-1]  # trailing neutral words are not part of the span
    if len(run) >= min_words and foreign >= 0.6 * len(run) and foreign >= 3:
        language = max(votes, key=votes.get)
        yield Span(run[0][0].start, run[-1][0].end, script, language, len(run))
