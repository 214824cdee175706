"""What language an article is in, and which stretches of it are in another.

The article's language comes from the whole text: the script most of its
letters are written in, then, for scripts many languages share (Latin,
Cyrillic, Arabic), the language whose word list best knows its words.  Word
knowledge is wordfreq's: its word lists come with the package, so nothing is
downloaded.

A span in another script is any run of letters the article's language does
not write with (Hangul in an English article, Latin in a Korean one), with
the spaces and punctuation between them.  A span in another language of the
same script is a run of words that another language's list knows much better
than the article's (a Spanish clause in an English article).
"""
from __future__ import annotations

import functools
import math
from typing import Iterator, NamedTuple

import regex

from newslint import Document

# Scripts, in the order they are tried; the names are what messages say.
SCRIPTS = {
    "Hangul": regex.compile(r"\p{Hangul}"),
    "Kana": regex.compile(r"[\p{Hiragana}\p{Katakana}]"),
    "Han": regex.compile(r"\p{Han}"),
    "Cyrillic": regex.compile(r"\p{Cyrillic}"),
    "Arabic": regex.compile(r"\p{Arabic}"),
    "Devanagari": regex.compile(r"\p{Devanagari}"),
    "Greek": regex.compile(r"\p{Greek}"),
    "Hebrew": regex.compile(r"\p{Hebrew}"),
    "Thai": regex.compile(r"\p{Thai}"),
    "Latin": regex.compile(r"\p{Latin}"),
}
LETTER_SCRIPT = regex.compile(
    r"(?P<Hangul>\p{Hangul}+)|(?P<Kana>[\p{Hiragana}\p{Katakana}ー]+)|(?P<Han>\p{Han}+)|(?P<Cyrillic>\p{Cyrillic}+)"
    r"|(?P<Arabic>\p{Arabic}+)|(?P<Devanagari>[\p{Devanagari}]+)|(?P<Greek>\p{Greek}+)|(?P<Hebrew>\p{Hebrew}+)"
    r"|(?P<Thai>\p{Thai}+)|(?P<Latin>\p{Latin}+)"
)
# Which scripts each language writes with.  Japanese writes Han and Kana,
# Korean news uses Han for a few words (北, 美, 中), and every language here
# writes Latin for names and brands, which the Latin rules judge separately.
LANGUAGE_SCRIPTS = {
    "ja": {"Han", "Kana"},
    "zh": {"Han"},
    "ko": {"Hangul"},
    "ru": {"Cyrillic"},
    "uk": {"Cyrillic"},
    "bg": {"Cyrillic"},
    "ar": {"Arabic"},
    "fa": {"Arabic"},
    "ur": {"Arabic"},
    "hi": {"Devanagari"},
    "el": {"Greek"},
    "he": {"Hebrew"},
}
LATIN_LANGUAGES = ("en", "es", "fr", "de", "pt", "it", "nl", "pl", "sv", "tr", "id", "ro", "cs", "da", "fi", "hu")
SCRIPT_LANGUAGES = {
    "Hangul": ("ko",),
    "Kana": ("ja",),
    "Han": ("zh",),
    "Cyrillic": ("ru", "uk", "bg"),
    "Arabic": ("ar", "fa", "ur"),
    "Devanagari": ("hi",),
    "Greek": ("el",),
    "Hebrew": ("he",),
    "Thai": ("th",),
    "Latin": LATIN_LANGUAGES,
}
NAMES = {
    "en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese", "it": "Italian",
    "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "tr": "Turkish", "id": "Indonesian", "ro": "Romanian",
    "cs": "Czech", "da": "Danish", "fi": "Finnish", "hu": "Hungarian", "ko": "Korean", "ja": "Japanese",
    "zh": "Chinese", "ru": "Russian", "uk": "Ukrainian", "bg": "Bulgarian", "ar": "Arabic", "fa": "Persian",
    "ur": "Urdu", "hi": "Hindi", "el": "Greek", "he": "Hebrew", "th": "Thai",
}
WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’]*")


def language_name(code: str) -> str:
    return NAMES.get(code, code)


@functools.lru_cache(maxsize=None)
def _zipf_table(language: str) -> dict[str, float]:
    """wordfreq's small list for a language, as Zipf values (loaded once)."""
    import wordfreq

    if language not in wordfreq.available_languages("small"):
        return {}
    frequencies = wordfreq.get_frequency_dict(language, wordlist="small")
    return {word: math.log10(frequency) + 9 for word, frequency in frequencies.items() if frequency > 0}


def zipf(word: str, language: str) -> float:
    return _zipf_table(language).get(word.replace("’", "'"), 0.0)


class Language(NamedTuple):
    code: str
    script: str

    @property
    def scripts(self) -> set[str]:
        return LANGUAGE_SCRIPTS.get(self.code, {self.script})

    @property
    def name(self) -> str:
        return language_name(self.code)


def article_language(document: Document) -> Language | None:
    return document.memo("ML.language", _detect)


def _detect(document: Document) -> Language | None:
    counts: dict[str, int] = {}
    sample = document.text[:50_000]
    for match in LETTER_SCRIPT.finditer(sample):
        script = match.lastgroup
        counts[script] = counts.get(script, 0) + len(match.group())
    if not counts:
        return None
    if counts.get("Kana", 0) >= 0.1 * (counts.get("Han", 0) + counts.get("Kana", 0)) and counts.get("Kana"):
        counts["Kana"] += counts.pop("Han", 0)
    script = max(counts, key=counts.get)
    candidates = SCRIPT_LANGUAGES.get(script, ())
    if len(candidates) == 1:
        return Language(candidates[0], script)
    words = [word.lower() for word in WORD.findall(sample[:20_000]) if SCRIPTS[script].match(word)][:1000]
    return Language(guess_language(words, tuple(candidates)), script)


@functools.lru_cache(maxsize=None)
def _commonest_words(candidates: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Each of the candidates' hundred commonest words, with the languages
    that have it among theirs."""
    import wordfreq

    index: dict[str, list[str]] = {}
    for language in candidates:
        if language in wordfreq.available_languages("small"):
            for word in wordfreq.top_n_list(language, 100, wordlist="small"):
                index.setdefault(word, []).append(language)
    return {word: tuple(languages) for word, languages in index.items()}


def guess_language(words: list[str], candidates: tuple[str, ...]) -> str:
    """The language of a text's words: by votes of each language's commonest
    words when they are clear, else by the word lists' knowledge of all."""
    index = _commonest_words(candidates)
    votes = dict.fromkeys(candidates, 0)
    for word in words:
        for language in index.get(word, ()):
            votes[language] += 1
    ranked = sorted(votes.values(), reverse=True)
    if ranked and ranked[0] >= 5 and (len(ranked) == 1 or ranked[0] >= 1.25 * ranked[1]):
        return max(votes, key=votes.get)
    return best_language(words[:250], candidates)


def best_language(words: list[str], candidates) -> str:
    """The candidate whose word list knows these words best."""
    scores = {language: sum(zipf(word, language) for word in words) for language in candidates}
    return max(scores, key=scores.get)


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
    native = zipf(lowered, article)
    best_code, best = None, 0.0
    for code in candidates:
        value = zipf(lowered, code)
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
