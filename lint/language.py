"""The article's language, and what each language's word list knows of a word.

A shared service of the document model (``Document.language``): the
mixed-language rules judge spans against it, the glued-word rules split words
with its word list, the cohesion and layout rules weigh words by it.

The article's language comes from the whole text: the script most of its
letters are written in, then, for scripts many languages share (Latin,
Cyrillic, Arabic), the language whose word list best knows its words.

Word knowledge is wordfreq's, whose lists come with the package, so nothing is
downloaded.  There is one source of frequencies, with two readings:

* :func:`zipf` reads a language's *large* list (down to Zipf 1, rare words
  and names included) where wordfreq has one, else its small list.  Judging
  one word in a known language (is "aproper" a word?) needs the rare words.
* :func:`common_zipf` reads only the common part of the same list: the words
  at Zipf 3 or more (about one in a million words), 0 below.  wordfreq's
  *small* list is exactly that part (same words, same values; tested), so it
  is what is loaded: a tenth of the size and of the loading time.  Comparing
  languages word by word uses this reading, because wordfreq has large lists
  for only 21 languages and their tails know stray English words, names and
  typos: comparing tails would favour the languages with a large list and
  call names foreign.  Above Zipf 3 every language is measured alike.

Zipf values are log10 of occurrences per billion words: 7 is "the", 4 a common
word, 1 a rare one, 0 a string the list has not seen.
"""
from __future__ import annotations

import collections
import functools
import itertools
import math
import operator
import unicodedata
from typing import TYPE_CHECKING, Callable, NamedTuple

from .pattern_cache import compile_cached, compile_re_cached

from . import words
from .japanese import kana_lines_hold_most

if TYPE_CHECKING:
    from .document import Document

# Zipf value at which wordfreq's small lists stop: the common words.
COMMON_ZIPF = 3.0

# Scripts, in the order they are tried, and their letters (a character
# class's contents); the names are what messages say.
SCRIPT_LETTERS = {
    "Hangul": r"\p{Hangul}",
    "Kana": r"\p{Hiragana}\p{Katakana}",
    "Han": r"\p{Han}",
    "Cyrillic": r"\p{Cyrillic}",
    "Arabic": r"\p{Arabic}",
    "Devanagari": r"\p{Devanagari}",
    "Greek": r"\p{Greek}",
    "Hebrew": r"\p{Hebrew}",
    "Thai": r"\p{Thai}",
    # Scripts of one language each (or whose languages newslint does not
    # tell apart): no word list is needed to know an article is in them, and
    # then an English sentence in a Bengali article is English in a Bengali
    # article, not the article's own language.
    "Bengali": r"\p{Bengali}",
    "Gurmukhi": r"\p{Gurmukhi}",
    "Gujarati": r"\p{Gujarati}",
    "Oriya": r"\p{Oriya}",
    "Tamil": r"\p{Tamil}",
    "Telugu": r"\p{Telugu}",
    "Kannada": r"\p{Kannada}",
    "Malayalam": r"\p{Malayalam}",
    "Sinhala": r"\p{Sinhala}",
    "Georgian": r"\p{Georgian}",
    "Armenian": r"\p{Armenian}",
    "Ethiopic": r"\p{Ethiopic}",
    "Khmer": r"\p{Khmer}",
    "Lao": r"\p{Lao}",
    "Myanmar": r"\p{Myanmar}",
    "Tibetan": r"\p{Tibetan}",
    "Latin": r"\p{Latin}",
}
# A run of kana goes on through the long-vowel mark, which Unicode gives no script.
RUN_ALSO = {"Kana": "ー"}
SCRIPTS = {script: compile_cached(f"[{letters}]") for script, letters in SCRIPT_LETTERS.items()}
LETTER_SCRIPT = compile_cached(
    "|".join(f"(?P<{script}>[{letters}{RUN_ALSO.get(script, '')}]+)" for script, letters in SCRIPT_LETTERS.items())
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
    "Bengali": ("bn",),
    "Gurmukhi": ("pa",),
    "Gujarati": ("gu",),
    "Oriya": ("or",),
    "Tamil": ("ta",),
    "Telugu": ("te",),
    "Kannada": ("kn",),
    "Malayalam": ("ml",),
    "Sinhala": ("si",),
    "Georgian": ("ka",),
    "Armenian": ("hy",),
    "Ethiopic": ("am",),  # Amharic, the script's commonest; Tigrinya writes it too
    "Khmer": ("km",),
    "Lao": ("lo",),
    "Myanmar": ("my",),
    "Tibetan": ("bo",),
    "Latin": LATIN_LANGUAGES,
}
NAMES = {
    "en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese", "it": "Italian",
    "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "tr": "Turkish", "id": "Indonesian", "ro": "Romanian",
    "cs": "Czech", "da": "Danish", "fi": "Finnish", "hu": "Hungarian", "ko": "Korean", "ja": "Japanese",
    "zh": "Chinese", "ru": "Russian", "uk": "Ukrainian", "bg": "Bulgarian", "ar": "Arabic", "fa": "Persian",
    "ur": "Urdu", "hi": "Hindi", "el": "Greek", "he": "Hebrew", "th": "Thai",
    "ca": "Catalan", "sk": "Slovak", "sl": "Slovenian", "sh": "Serbo-Croatian", "lt": "Lithuanian", "lv": "Latvian",
    "nb": "Norwegian", "is": "Icelandic", "fil": "Filipino", "vi": "Vietnamese", "ms": "Malay",
    "bn": "Bengali", "pa": "Punjabi", "gu": "Gujarati", "or": "Odia", "ta": "Tamil", "te": "Telugu",
    "kn": "Kannada", "ml": "Malayalam", "si": "Sinhala", "ka": "Georgian", "hy": "Armenian", "am": "Amharic",
    "km": "Khmer", "lo": "Lao", "my": "Burmese", "bo": "Tibetan", "sr": "Serbian", "mk": "Macedonian",
    "und": "unknown Latin-script",  # UNKNOWN_LATIN: a Latin article in none of LATIN_LANGUAGES
}
WORD = compile_cached(r"\p{L}[\p{L}\p{M}'’]*")
# WORD and a letter in a text whose letters and marks are all ASCII
# (Document.ascii_words): the standard library's re reads them faster.
ASCII_WORD = compile_re_cached(r"[A-Za-z][A-Za-z'’]*")
ASCII_LETTER = compile_re_cached(r"[A-Za-z]")
NON_LATIN_LETTER = compile_cached(r"[^\P{L}\p{Latin}]")
LATIN_LETTER = compile_cached(r"\p{Latin}")
ANY_LETTER = compile_cached(r"\p{L}")
# What LETTER_SCRIPT counts: runs of Latin, and runs of any of the other scripts.
LATIN_RUN = compile_cached(f"[{SCRIPT_LETTERS['Latin']}]+")
OTHER_SCRIPTS_RUN = compile_cached(
    "["
    + "".join(letters + RUN_ALSO.get(script, "") for script, letters in SCRIPT_LETTERS.items() if script != "Latin")
    + "]+"
)
# How much text the language is decided from, and how many of its words.
SAMPLE_CHARS = 50_000
SAMPLE_WORDS = 1000
VOTE_SAMPLE_CHARS = 20_000
# The commonest words that vote for a language, and the votes a clear winner needs.
VOTING_WORDS = 100
MIN_VOTES = 5
VOTE_LEAD = 1.25


def language_name(code: str) -> str:
    return NAMES.get(code, code)


class Language(NamedTuple):
    code: str
    script: str

    @property
    def scripts(self) -> set[str]:
        return LANGUAGE_SCRIPTS.get(self.code, {self.script})

    @property
    def name(self) -> str:
        return language_name(self.code)


# -- word types ----------------------------------------------------------------


def script_of(word: str) -> str | None:
    """The script (a name of SCRIPT_LETTERS) a word's first character is
    written in, or None: remembered per character for the process, so a
    rule asking it of every word type pays a dict read, not a regex match.
    The scripts' letters do not overlap (every code point checked), so at
    most one answers."""
    if not word:
        return None
    first = word[0]
    script = _FIRST_CHARACTER_SCRIPT.get(first, _UNSEEN)
    if script is _UNSEEN:
        if len(_FIRST_CHARACTER_SCRIPT) > MAX_REMEMBERED_CHARACTERS:
            _FIRST_CHARACTER_SCRIPT.clear()  # hostile text of every code point: start again
        match = FIRST_CHARACTER_SCRIPT.match(first)
        script = _FIRST_CHARACTER_SCRIPT[first] = match.lastgroup if match else None
    return script


# One character of each script, named by its group.
FIRST_CHARACTER_SCRIPT = compile_cached(
    "|".join(f"(?P<{script}>[{letters}])" for script, letters in SCRIPT_LETTERS.items())
)
MAX_REMEMBERED_CHARACTERS = 20_000
_UNSEEN = object()
_FIRST_CHARACTER_SCRIPT: dict[str, str | None] = {}


# -- word frequencies ----------------------------------------------------------


@functools.lru_cache(maxsize=None)
def _full_list(language: str) -> words.Table:
    return words.frequencies(language)


@functools.lru_cache(maxsize=None)
def _common_list(language: str) -> words.Table:
    return words.common_zipfs(language)


def zipf(word: str, language: str) -> float:
    """The Zipf frequency of a lower-case word in a language, rare words
    included (0.0 when the list has not seen it): remembered per word type
    and language for the process, a dict read for a word met before (the
    rules ask it of the same words in every article).  The memory of a
    language starts again past :data:`MAX_REMEMBERED_WORDS` words."""
    known = _ZIPFS.get(language)
    if known is None:
        known = _ZIPFS[language] = {}
    value = known.get(word)
    if value is None:
        if len(known) >= MAX_REMEMBERED_WORDS:
            known.clear()
        value = known[word] = _zipf(word, language)
    return value


def _zipf(word: str, language: str) -> float:
    """:func:`zipf` read from the word list."""
    # zipf remembers the answer: the table need not (find, not get).
    frequency = _full_list(language).find(table_key(word), 0.0)
    return math.log10(frequency) + 9 if frequency > 0 else 0.0


# Each language's remembered Zipf values, by word as asked.
_ZIPFS: dict[str, dict[str, float]] = {}


def zipf_column(words: list[str], language: str) -> list[float]:
    """:func:`zipf` of each of the lower-case words, in order: the list read
    in one pass (its own memory of answers, words.Table's), not a call chain
    per word: the same values (_zipf's), for a caller meeting many new words
    at once."""
    frequencies = _full_list(language).get_many(_table_keys(words), 0.0)
    return [math.log10(frequency) + 9 if frequency > 0 else 0.0 for frequency in frequencies]


def common_zipf(word: str, language: str) -> float:
    """The same Zipf frequency when the word is common (Zipf 3 or more), else
    0.0: the reading that compares languages evenly."""
    table = _COMMON_TABLES.get(language)
    if table is None:
        table = _COMMON_TABLES[language] = _common_list(language)
    return table.get(table_key(word), 0.0)


# Each language's common list, by code (a dict read, cheaper than the
# lru_cache call, on a path taken hundreds of thousands of times a megabyte).
_COMMON_TABLES: dict[str, words.Table] = {}


def common_zipfs(word: str, languages: tuple[str, ...]) -> tuple[float, ...]:
    """:func:`common_zipf` of a word in each of the languages, in their order,
    remembered per word type and tuple of languages for the process: the
    rules that compare a word across languages ask again for the same words
    in every article.  The memory starts again past
    :data:`MAX_REMEMBERED_WORDS` entries."""
    row = _COMMON_ROWS.get((word, languages))
    if row is None:
        if len(_COMMON_ROWS) > MAX_REMEMBERED_WORDS:
            _COMMON_ROWS.clear()
        key = table_key(word)
        # One read per language's table, the tables found once per tuple of
        # languages: what common_zipf does, without a call per language.
        row = _COMMON_ROWS[word, languages] = tuple([table.get(key, 0.0) for table in _common_tables(languages)])
    return row


def best_common_zipf(word: str, languages: tuple[str, ...]) -> tuple[float, int]:
    """The highest :func:`common_zipf` of the word among the languages (0.0
    when none of them knows it as a common word), and the index in
    ``languages`` of the first language with that value (-1 for none):
    ``max(common_zipfs(word, languages))`` and where it stands, from two
    hashed reads rather than one per language (:func:`newslint.words.best_common_zipfs`)."""
    values, places = _best_tables(languages)
    key = table_key(word)
    value = values.get(key, 0.0)
    place = places.get(key)
    # Both tables are built from one merge, so a word has a place whenever it
    # has a value; a pair of files out of step must not crash a rule.
    return (value, int(place)) if value > 0.0 and place is not None else (0.0, -1)


def best_common_zipf_column(words: list[str], languages: tuple[str, ...]) -> list[float]:
    """The first of :func:`best_common_zipf` for each of the words, in order."""
    return _best_tables(languages)[0].get_many(_table_keys(words), 0.0)


def best_common_zipf_columns(words: list[str], languages: tuple[str, ...]) -> tuple[list[float], list[int]]:
    """:func:`best_common_zipf` of each of the words, as two columns in the
    words' order: the values, and the places (each table read in one pass)."""
    values, places = _best_tables(languages)
    keys = _table_keys(words)
    found = list(zip(values.get_many(keys, 0.0), places.get_many(keys, None)))
    # As best_common_zipf: a word with no value, or no place, has neither.
    return (
        [value if value > 0.0 and place is not None else 0.0 for value, place in found],
        [int(place) if value > 0.0 and place is not None else -1 for value, place in found],
    )


def common_zipf_column(words: list[str], language: str) -> list[float]:
    """:func:`common_zipf` of each of the words, in order (the table read in one pass)."""
    table = _COMMON_TABLES.get(language)
    if table is None:
        table = _COMMON_TABLES[language] = _common_list(language)
    return table.get_many(_table_keys(words), 0.0)


def common_known_count(words: list[str], language: str) -> int:
    """How many of the words the language's common list knows (a value
    above 0): ``sum(value > 0 for value in common_zipf_column(words, language))``."""
    return _common_table(language).count_known(_table_keys(words))


def _common_table(language: str) -> words.Table:
    table = _COMMON_TABLES.get(language)
    if table is None:
        table = _COMMON_TABLES[language] = _common_list(language)
    return table


def table_key(word: str) -> str:
    """A lower-case word as wordfreq's lists spell it: case-folded, as
    wordfreq folds every word it lists (German ß as ss, Greek final ς as σ,
    ΐ decomposed: "großen" is listed as "grossen", "τους" as "τουσ"), with
    the ASCII apostrophe.  An ASCII word is its own key (a flag read, no
    scan: the common case pays nothing); the curly apostrophe is not ASCII,
    and no ASCII letter changes when a lower-case word is folded."""
    if word.isascii():
        return word
    return word.replace("’", "'").casefold()


def _table_keys(words: list[str]) -> list[str]:
    """:func:`table_key` of each of the words: the words themselves when
    their keys are (all ASCII, or nothing to fold or replace: most batches),
    told from the words joined, folded in one call."""
    joined = "\n".join(words)
    if joined.isascii():
        return words
    folded = joined.replace("’", "'").casefold()
    if folded == joined:
        return words
    keys = folded.split("\n")
    # Folding adds no line break, but a word holding one would shift the rest.
    return keys if len(keys) == len(words) else [table_key(word) for word in words]


@functools.lru_cache(maxsize=None)
def _best_tables(languages: tuple[str, ...]) -> tuple[words.Table, words.Table]:
    return words.best_common_zipfs(languages)


@functools.lru_cache(maxsize=None)
def _common_tables(languages: tuple[str, ...]) -> tuple[words.Table, ...]:
    return tuple([_common_list(language) for language in languages])


MAX_REMEMBERED_WORDS = 100_000  # about 25 MB with sixteen languages a row
_COMMON_ROWS: dict[tuple[str, tuple[str, ...]], tuple[float, ...]] = {}


@functools.lru_cache(maxsize=None)
def commonest_words(language: str, count: int = VOTING_WORDS) -> frozenset[str]:
    """A language's ``count`` commonest words (nearly all function words:
    articles, prepositions, pronouns, auxiliaries), in lower case as text
    writes them as well as folded as the lists spell them (:func:`spellings`),
    so that a lower-cased word is tested as it is: "τους" and "muß" are
    among them, as "τουσ" and "muss"."""
    return frozenset(itertools.chain.from_iterable(map(spellings, words.commonest(language, count))))


# What case-folding changed in a listed lower-case word, undone: German ß
# became ss, Greek final ς became σ (the letters that fold in the lower-case
# words of newslint's languages; the other letters that fold, ligatures and
# the long s, news text does not write), and ΐ and ΰ were decomposed.
FOLDED_SHARP_S = "ss"
SHARP_S = "ß"
FINAL_SIGMA = "ς"
MEDIAL_SIGMA = "σ"


def spellings(listed: str) -> tuple[str, ...]:
    """The lower-case spellings a word of wordfreq's (case-folded) lists
    stands for, itself first: "τουσ" is "τουσ" and "τους", "muss" is "muss"
    and "muß", "dass" "dass" and "daß" (both spellings are written)."""
    forms = [unicodedata.normalize("NFC", listed)]
    if forms[0].endswith(MEDIAL_SIGMA):
        forms = [forms[0][:-1] + FINAL_SIGMA]
    if FOLDED_SHARP_S in listed:
        # Each ss may be a folded ß: every choice (a listed word holds one or two).
        pieces = forms[0].split(FOLDED_SHARP_S)
        forms = ["".join(itertools.chain.from_iterable(zip(pieces, joints))) + pieces[-1]
                 for joints in itertools.product((FOLDED_SHARP_S, SHARP_S), repeat=len(pieces) - 1)]
    return tuple(dict.fromkeys([listed, *forms]))


# -- the article's language ----------------------------------------------------


def detect_language(document: "Document") -> Language | None:
    """The article's language (None for a text with no letters)."""
    counts: dict[str, int] = {}
    # The sample starts at the first letter: a page that opens on blank lines,
    # spaces or rows of figures (a scraped layout's empty blocks) still has
    # its words voted on, not a sample with none.
    first_letter = ANY_LETTER.search(document.text)
    if first_letter is None:
        return None
    start = first_letter.start()
    sample = document.text[start : start + SAMPLE_CHARS]
    if document.ascii_words:
        # Every letter ASCII (most English articles): WORD's words are
        # ASCII_WORD's, found by the standard library's re, faster.
        if not ASCII_LETTER.search(sample):
            return None
        words = " ".join(_first_words(ASCII_WORD, sample)).lower().split(" ")
        return Language(guess_language(words, LATIN_LANGUAGES, lambda: _line_words(sample, "Latin")), "Latin")
    # The sample's characters outside ASCII, in order (most articles: a few
    # quotation marks, dashes and accented letters).  No ASCII character is
    # a letter of a script other than Latin, and the only ASCII letters are
    # A-Z and a-z, so the scripts' letters are counted from these and the
    # count of ASCII letters, without a regex scan of the whole sample.
    data = sample.encode("utf-8", "surrogatepass")
    others = document.non_ascii_characters if start + len(sample) == len(document.text) else data.translate(None, ASCII_BYTES).decode("utf-8", "surrogatepass")
    if not NON_LATIN_LETTER.search(others):
        # Only Latin letters (most articles): no need to count scripts run by run.
        if not ASCII_LETTER.search(sample) and not LATIN_LETTER.search(others):
            return None
        # Every word is Latin: none to filter.  One findall and one lower()
        # of the joined words keep the per-word work in C; a Latin word holds
        # no space, and lower-casing Latin letters does not look across one.
        words = " ".join(_first_words(WORD, sample)).lower().split(" ") if sample else []
        return Language(guess_language(words, LATIN_LANGUAGES, lambda: _line_words(sample, "Latin")), "Latin")
    # A Latin article with a few lines in another script (the usual case):
    # when Latin has more characters than all the other scripts together it
    # wins the count below, so it is decided from the two counts.
    ascii_letters = len(data) - len(data.translate(None, ASCII_LETTER_BYTES))
    if ascii_letters + sum(map(len, LATIN_RUN.findall(others))) > sum(map(len, OTHER_SCRIPTS_RUN.findall(others))):
        return Language(guess_language(_sample_words(sample, "Latin"), LATIN_LANGUAGES, lambda: _line_words(sample, "Latin")), "Latin")
    for match in LETTER_SCRIPT.finditer(sample):
        script = match.lastgroup
        counts[script] = counts.get(script, 0) + len(match.group())
    if not counts:
        return None
    han_and_kana = counts.get("Han", 0) + counts.get("Kana", 0)
    if counts.get("Kana", 0) >= 0.1 * han_and_kana and counts.get("Kana") and kana_lines_hold_most(sample, han_and_kana):
        # Japanese writes Han and Kana together, kana on nearly every line;
        # a Chinese article with a Japanese sentence holds them on one line.
        counts["Kana"] += counts.pop("Han", 0)
    script = max(counts, key=counts.get)
    if script == "Cyrillic":
        south_slavic = _south_slavic(sample, counts[script])
        if south_slavic is not None:
            return Language(south_slavic, script)
    candidates = SCRIPT_LANGUAGES.get(script, ())
    if len(candidates) == 1:
        return Language(candidates[0], script)
    return Language(guess_language(_sample_words(sample, script), tuple(candidates), lambda: _line_words(sample, script)), script)


# Letters Serbian and Macedonian Cyrillic write and Russian, Ukrainian and
# Bulgarian never do (ј is Serbian's "is"): a text where they are this
# common is neither of the vote's Cyrillic languages, whose lists would
# each know some of its words and take the rest for another's.
SOUTH_SLAVIC_LETTER = compile_cached("[јљњџђћѓќѕЈЉЊЏЂЋЃЌЅ]")
SERBIAN_ONLY_LETTER = compile_cached("[ђћЂЋ]")
MACEDONIAN_ONLY_LETTER = compile_cached("[ѓќѕЃЌЅ]")
MIN_SOUTH_SLAVIC_SHARE = 0.01
MIN_SOUTH_SLAVIC_LETTERS = 3


def _south_slavic(sample: str, cyrillic_letters: int) -> str | None:
    """``sr`` or ``mk`` for a Cyrillic text in Serbian or Macedonian (no
    word list of the vote's knows them), None for any other."""
    found = SOUTH_SLAVIC_LETTER.findall(sample)
    if len(found) < max(MIN_SOUTH_SLAVIC_LETTERS, MIN_SOUTH_SLAVIC_SHARE * cyrillic_letters):
        return None
    if MACEDONIAN_ONLY_LETTER.search(sample) and not SERBIAN_ONLY_LETTER.search(sample):
        return "mk"
    return "sr"


# Every ASCII byte, and the ASCII letters (no other ASCII character is a
# letter, of any script).
ASCII_BYTES = bytes(range(128))
ASCII_LETTER_BYTES = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))
# The first SAMPLE_WORDS words of most texts lie within this many
# characters: they are looked for there before in the whole vote sample.
FIRST_WORDS_CHARS = 8_000


def _first_words(pattern, sample: str) -> list[str]:
    """``pattern.findall(sample, 0, VOTE_SAMPLE_CHARS)[:SAMPLE_WORDS]``, from
    a scan of the first FIRST_WORDS_CHARS characters when they hold more
    words than that.  The same words: only the last word found may be cut
    short by the window's end, and the pattern (no look-around) finds the
    words before it as a longer scan does."""
    if FIRST_WORDS_CHARS < min(len(sample), VOTE_SAMPLE_CHARS):
        found = pattern.findall(sample, 0, FIRST_WORDS_CHARS)
        if len(found) > SAMPLE_WORDS:
            return found[:SAMPLE_WORDS]
    return pattern.findall(sample, 0, VOTE_SAMPLE_CHARS)[:SAMPLE_WORDS]


def _sample_words(sample: str, script: str) -> list[str]:
    """The first words of the sample written in the script, lower-cased."""
    pattern = SCRIPTS[script]
    # Whether a word is in the script is its first letter's; each letter is
    # tested once per process (a dict read, not a regex match, per word).
    # The words are picked, counted and lower-cased by maps over builtins,
    # so the per-word work stays in C.
    first_letters = _FIRST_LETTERS.setdefault(script, {})
    end = min(len(sample), VOTE_SAMPLE_CHARS)
    # As in _first_words: the words of a shorter scan but its last (which
    # may be cut short) are the whole scan's first, and when SAMPLE_WORDS of
    # them are in the script they are the words wanted.
    for window in (FIRST_WORDS_CHARS, VOTE_SAMPLE_CHARS) if FIRST_WORDS_CHARS < end else (VOTE_SAMPLE_CHARS,):
        found = WORD.findall(sample, 0, window)
        if window < end:
            found = found[:-1]
        firsts = list(map(operator.itemgetter(0), found))
        for first in set(firsts).difference(first_letters):
            first_letters[first] = pattern.match(first) is not None
        words = list(itertools.islice(itertools.compress(found, map(first_letters.__getitem__, firsts)), SAMPLE_WORDS))
        if len(words) == SAMPLE_WORDS:
            break
    # A word holds no space, and lower-casing looks across none (a final
    # sigma is final before a space as at the end of a string): lowering the
    # joined words lowers each (tested).
    return " ".join(words).lower().split(" ") if words else []


# Per script, whether a letter is written in it (filled as letters are met).
_FIRST_LETTERS: dict[str, dict[str, bool]] = {}


@functools.lru_cache(maxsize=None)
def _voters(candidates: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Each of the candidates' commonest words, with the languages that have it
    among theirs."""
    index: dict[str, list[str]] = {}
    for language in candidates:
        for word in commonest_words(language):
            index.setdefault(word, []).append(language)
    return {word: tuple(languages) for word, languages in index.items()}


@functools.lru_cache(maxsize=None)
def _voting_words(candidates: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_voters(candidates))


def guess_language(words: list[str], candidates: tuple[str, ...],
                   lines: "Callable[[], list[list[str]]] | None" = None) -> str:
    """The language of a text's words: by votes of each language's commonest
    words when they are clear, else by the word lists' knowledge of all.

    Given ``lines`` (the same words, line by line, worked out when asked),
    a clear vote short of :data:`CERTAIN_LEAD` is checked line by line
    (:func:`_line_vote`): the votes count words, and one line dense in a
    close language's function words outvotes a short article's other
    lines (three Russian lines and a Ukrainian one: в, на, который, более
    for Russian, що, цього, буде, більше, ніж for Ukrainian)."""
    votes = _votes(words, candidates)
    ranked = sorted(votes.values(), reverse=True)
    if ranked and ranked[0] >= MIN_VOTES and (len(ranked) == 1 or ranked[0] >= VOTE_LEAD * ranked[1]):
        if lines is not None and len(ranked) > 1 and ranked[0] < CERTAIN_LEAD * ranked[1]:
            by_lines = _line_vote(lines(), candidates)
            if by_lines is not None:
                return by_lines
        return max(votes, key=votes.get)
    return best_language(words[:250], candidates)


# A vote this clear (the winner's votes to the runner-up's) is the
# language whatever its lines say: a text in one language of a pair as
# close as Russian and Ukrainian, Spanish and Portuguese, gives the other
# about half as many votes.
CERTAIN_LEAD = 2.0


def _line_vote(lines: list[list[str]], candidates: tuple[str, ...]) -> str | None:
    """The language most of the words are in, each line's words counted for
    its own language (:func:`_line_language`), when that is clear (by
    VOTE_LEAD); None when it is not, or no line has a language."""
    weights = dict.fromkeys(candidates, 0)
    for line_words in lines:
        language = _line_language(line_words, candidates)
        if language is not None:
            weights[language] += len(line_words)
    ranked = sorted(weights.values(), reverse=True)
    if ranked[0] and (len(ranked) == 1 or ranked[0] >= VOTE_LEAD * ranked[1]):
        return max(weights, key=weights.get)
    return None


def _line_language(words: list[str], candidates: tuple[str, ...]) -> str | None:
    """One line's language: by its commonest words' votes when they are
    clear as the article's must be (MIN_VOTES, and VOTE_LEAD: a German line
    naming an English book gives English about as many), else the language
    whose list knows its words best (by summed Zipf values), else (none
    knows them, or a tie) None."""
    votes = _votes(words, candidates)
    language = _sole_best(votes, VOTE_LEAD) if max(votes.values()) >= MIN_VOTES else None
    if language is None:
        rows = [common_zipfs(word, candidates) for word in words]
        language = _sole_best({language: sum([row[index] for row in rows]) for index, language in enumerate(candidates)})
    return language


def _sole_best(scores: dict[str, float], lead: float = 1.0) -> str | None:
    """The language with the highest score when it is above 0 and above
    ``lead`` times any other's (at ``lead`` 1: when no other has it)."""
    ranked = sorted(scores.values(), reverse=True)
    if ranked and ranked[0] > 0 and (len(ranked) == 1 or ranked[0] > ranked[1] and ranked[0] >= lead * ranked[1]):
        return max(scores, key=scores.get)
    return None


def _line_words(sample: str, script: str) -> list[list[str]]:
    """The words of the vote's window of the sample written in the script,
    lower-cased, line by line (lines with none left out), up to about
    SAMPLE_WORDS of them (the line holding the last is whole)."""
    lines, total = [], 0
    for line in sample[:VOTE_SAMPLE_CHARS].split("\n"):
        words = _sample_words(line, script)
        if words:
            lines.append(words)
            total += len(words)
            if total >= SAMPLE_WORDS:
                break
    return lines


def _votes(words: list[str], candidates: tuple[str, ...]) -> dict[str, int]:
    """Each candidate's votes: how many of the words are among its commonest."""
    index = _voters(candidates)
    votes = dict.fromkeys(candidates, 0)
    # The voting words counted in C (a filter and a Counter over the
    # words), then each distinct one's count given to its languages.  The
    # votes keep the candidates' order (which breaks a tie).
    for word, count in collections.Counter(filter(_voting_words(candidates).__contains__, words)).items():
        for language in index[word]:
            votes[language] += count
    return votes


def best_language(words: list[str], candidates) -> str:
    """The candidate whose word list knows these words best."""
    candidates = tuple(candidates)
    rows = [common_zipfs(word, candidates) for word in words]
    # Summed per language in the words' order, as one common_zipf at a time did.
    scores = {language: sum([row[index] for row in rows]) for index, language in enumerate(candidates)}
    return max(scores, key=scores.get)


# -- a Latin article in a language none of the lists knows ---------------------

# The vote always names one of LATIN_LANGUAGES, but a Latin-script article may
# be in none of them (Vietnamese, Tagalog, Swahili, Croatian): its commonest
# words then vote for whichever list shares a few short ones ("con", "do").
# What tells it is how many of its words the chosen language's list knows as
# common words: at least 0.75 of them in every clean article of the five Latin
# languages of ../shared/corpus and in the trial's Turkish, Polish and
# Indonesian (0.84 in the BBC's), at most 0.68 in Catalan and Galician
# (names push it up), 0.38 in Tagalog and 0.11 in Vietnamese
# (tests/benchmarks/unknown_latin.py).  Catalan and Galician are told by
# their neighbours (:func:`_neighbour_verdict`).
UNKNOWN_LATIN = "und"
MIN_KNOWN_SHARE = 0.65
# Too few words to judge: the vote's language stands.
MIN_FIT_WORDS = 20
# Latin-script languages wordfreq has a list for that the vote leaves out:
# an article whose commonest words are clearly one of these is in none of
# LATIN_LANGUAGES, however much of it a neighbour's list knows.
UNLISTED_LATIN = ("ca", "sk", "sl", "sh", "lt", "lv", "nb", "is", "fil", "vi", "ms")
# Two known lists that know the same share of a text's words, within this,
# do not tell its language (Galician: Portuguese's 0.74, Spanish's 0.72);
# a clean article's own list leads the next by 0.09 at least, in groups of
# two real sentences (tests/benchmarks/unknown_latin.py).
MIN_KNOWN_LEAD = 0.05
# A text its list knows this much of is in its language, whatever a
# neighbour's knows: the median clean article scores 0.91 to 0.97, Catalan
# and Galician 0.66 to 0.74, and a text of a few words said again and again
# ("It was was late.") is known whole by several lists.
SURE_SHARE = 0.8


def fitted_language(document: "Document") -> "Language | None":
    """The article's language as its words fit a list (``Document.fitted_language``):
    the document's, or, for a Latin-script article the vote's language does
    not fit, the known language that does, else (Vietnamese, Tagalog,
    Swahili) an unknown Latin-script language, :data:`UNKNOWN_LATIN`."""
    article = document.language
    if article is not None and article.script == "Latin":
        code = fitting_latin_language(document)
        if code != article.code:
            return Language(code, "Latin")
    return article


def fitting_latin_language(document: "Document") -> str | None:
    """For a Latin-script article, the code of the language whose list knows
    at least MIN_KNOWN_SHARE of its first words: the vote's when it does,
    else the one knowing most of them (a short article the vote misread: a
    Turkish one with an English sentence), else UNKNOWN_LATIN; and
    UNKNOWN_LATIN too when a neighbour's words are as much the article's
    (:func:`_neighbour_verdict`: Catalan, Galician).  None for an article
    in another script.  Remembered per document."""
    return document.memo("language.fitting_latin", _fitting_latin_language)


def _fitting_latin_language(document: "Document") -> str | None:
    article = document.language
    if article is None or article.script != "Latin":
        return None
    # The first SAMPLE_WORDS alphabetic tokens among the first twice as
    # many, picked and counted by builtins (the per-word work in C).
    # Their keys in the lists are the document's case-folded tokens: a
    # word's table_key is its lower case folded, and folding what was
    # lowered folds the word (every code point checked; final sigma folds
    # as sigma), so the folding the document did once serves (no lowering
    # and no keys made here).
    alphabetic = list(map(str.isalpha, itertools.islice(document.token_texts, SAMPLE_WORDS * 2)))
    keys = list(itertools.islice(itertools.compress(document.folded_tokens, alphabetic), SAMPLE_WORDS))
    if len(keys) < MIN_FIT_WORDS:
        return article.code

    @functools.lru_cache(maxsize=None)
    def known(code: str) -> int:
        return _common_table(code).count_known(keys)

    if known(article.code) >= MIN_KNOWN_SHARE * len(keys):
        return _neighbour_verdict(document, len(keys), article.code, known)  # nearly every article: its code
    best = max(LATIN_LANGUAGES, key=known)
    return _neighbour_verdict(document, len(keys), best, known) if known(best) >= MIN_KNOWN_SHARE * len(keys) else UNKNOWN_LATIN


def _fit_words(document: "Document") -> list[str]:
    """The first SAMPLE_WORDS alphabetic tokens among the first twice as
    many, picked and counted by builtins (the per-word work in C)."""
    return list(itertools.islice(filter(str.isalpha, itertools.islice(document.token_texts, SAMPLE_WORDS * 2)), SAMPLE_WORDS))


def _known_count(lowered: list[str], code: str) -> int:
    """How many of the words the language's list knows as common words."""
    return sum(map(operator.gt, common_zipf_column(lowered, code), itertools.repeat(0.0)))


def fitting_neighbours(document: "Document") -> frozenset[str]:
    """For an article of an unknown Latin-script language, the known
    languages whose lists know about as many of its words as a known
    language's must (MIN_KNOWN_SHARE, less MIN_KNOWN_LEAD)
    (Portuguese and Spanish for Galician, Danish for Norwegian): a run their
    list knows is no evidence of another language, as the article's own
    words are theirs as much.  Empty for any other article.  Remembered per
    document."""
    return document.memo("language.fitting_neighbours", _fitting_neighbours)


def _fitting_neighbours(document: "Document") -> frozenset[str]:
    if fitting_latin_language(document) != UNKNOWN_LATIN:
        return frozenset()
    words = _fit_words(document)
    lowered = " ".join(words).lower().split(" ")
    needed = (MIN_KNOWN_SHARE - MIN_KNOWN_LEAD) * len(lowered)
    return frozenset(code for code in LATIN_LANGUAGES if _known_count(lowered, code) >= needed)


def unlisted_language(document: "Document") -> str | None:
    """For an article of an unknown Latin-script language, the language
    wordfreq lists but the vote leaves out (UNLISTED_LATIN) whose list knows
    most of its first UNLISTED_SAMPLE_WORDS words (Catalan for a Catalan
    article); None when none knows any.  Remembered per document."""
    return document.memo("language.unlisted", _unlisted_language)


# The article's first words the unlisted languages' lists are asked about.
UNLISTED_SAMPLE_WORDS = 200


def _unlisted_language(document: "Document") -> str | None:
    words = [word.lower() for word in _fit_words(document)[:UNLISTED_SAMPLE_WORDS]]
    counts = {code: common_known_count(words, code) for code in UNLISTED_LATIN}
    best = max(counts, key=counts.get)
    return best if counts[best] else None


def _neighbour_verdict(document: "Document", words: int, code: str, known: "Callable[[str], int]") -> str:
    """The fitted language's code, unless a neighbour's words are as much
    the text's, when it is UNKNOWN_LATIN: a language wordfreq lists but the
    vote leaves out (Catalan, Norwegian) whose commonest words out-vote it
    clearly and whose list knows more of the words, or the known language
    with the next most votes, when the vote does not rule it out (by
    CERTAIN_LEAD) and its list knows as many of them (within
    MIN_KNOWN_LEAD; Galician, between Portuguese and Spanish).
    A neighbour's list knowing a text is no evidence it is in that language."""
    own_known = known(code)
    if own_known >= SURE_SHARE * words:
        return code
    lowered = " ".join(_fit_words(document)).lower().split(" ")
    votes = _votes(lowered, LATIN_LANGUAGES + UNLISTED_LATIN)
    own_votes, lead = votes[code], MIN_KNOWN_LEAD * words
    for other in UNLISTED_LATIN:
        if votes[other] >= max(MIN_VOTES, VOTE_LEAD * own_votes) and known(other) > own_known:
            return UNKNOWN_LATIN
    # The known language with the most votes after the fitted one: in a text
    # of two languages, the other's list and a third's may know as much.
    other = max((other for other in LATIN_LANGUAGES if other != code), key=votes.get)
    if votes[other] >= MIN_VOTES and CERTAIN_LEAD * votes[other] > own_votes and abs(known(other) - own_known) < lead:
        return UNKNOWN_LATIN
    return code
