"""The catalogue of interface strings (catalogue.yaml beside this file) and
how a line is matched against it."""
from __future__ import annotations

import contextlib
import functools
import json
import re
import unicodedata
import warnings
import zlib
from pathlib import Path
from typing import Iterable, NamedTuple


from newslint.config import shipped_loader
from newslint.pattern_cache import compile_cached, compile_re_cached
from newslint.words import cache_folder, write_atomically

from .first_characters import PREFIX_LENGTH, read, required_text
from .shape import is_timestamp

# What may stand around an interface string without changing what it is.
EDGE_PUNCTUATION = " \t.:;!?|»›>«‹<-–—•·*,/\\()[]"
SEPARATOR = compile_cached(r"\s*(?:[|•·»›]|\s/\s|\s[-–—]\s)\s*")
PIPE_OR_SEPARATOR = SEPARATOR
SPACES = compile_cached(r"\s+")
COMBINING_DOT = "\u0307"
# A string and a count in brackets after it, as folded ("comments (12"), or
# a count before it ("12 comments").
COMMENT_COUNT = compile_cached(r"(.+?)\s?\(\d{1,5}|\d{1,5} (.+)")


@functools.lru_cache(maxsize=100_000)
def normalise(text: str) -> str:
    """Case, Unicode form, apostrophes, white space and edge punctuation
    folded.  Once per text: UI101, the verdict's features, the repeated-line
    rules and the article's structure ask about the same lines."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'").replace("‘", "'")
    if COMBINING_DOT in text:
        # Turkish capital İ folds to i and a combining dot above ("İlgili
        # Haberler" to "i̇lgili haberler"): the catalogue's lower-case "ilgili".
        text = text.replace("i" + COMBINING_DOT, "i")
    # Printable text holds no white space but the plain space (tabs, line
    # breaks and the other spaces are not printable): with no two spaces in
    # a row there is nothing for SPACES to fold.
    if "  " in text or not text.isprintable():
        text = SPACES.sub(" ", text)
    return text.strip(EDGE_PUNCTUATION)


# What the folding takes away but some templates need: the raw line's
# sentence stop and its brackets.  A label and the TITLE of another story
# ("Listen again: The choir's Christmas concert", "Теги: доверие,
# открытость") ends in no full stop; a line that does is the article's own
# sentence opening with those words ("Catch up: the council voted on Tuesday
# to close the pool.").
SENTENCE_STOPS = (".", "。", "．")
TITLE_TEMPLATES = frozenset({"fxui-again", "fxui-like", "fxui-tags"})
# A credit of names after its label, "Автор фото: Олена Коваль": with a comma
# and a full stop it is a sentence ("Автор фото: неизвестен, сообщили в музее.").
NAME_LIST_TEMPLATES = frozenset({"fxui-labels"})
# A Japanese writer-and-site credit is set in brackets, "［佐藤美咲，ネット
# ニュースNOW］": without them "山田太郎，ソフトバンクグループ" is a name and a
# company in a sentence's clause.
BRACKETED_TEMPLATES = frozenset({"ja-bracketed-credit"})
OPENING_BRACKETS = ("［", "[", "【", "〔")


def _raw_shape_fits(entry: "Entry", text: str) -> bool:
    """Whether the raw text has the shape its template's furniture has,
    where the folding took that shape away (SENTENCE_STOPS, brackets)."""
    raw = text.strip()
    if entry.language in TITLE_TEMPLATES and raw.endswith(SENTENCE_STOPS) and not _title_after_label(raw):
        return False
    if entry.language in NAME_LIST_TEMPLATES and raw.endswith(SENTENCE_STOPS) and "," in raw:
        return False
    if entry.language in BRACKETED_TEMPLATES and not raw.startswith(OPENING_BRACKETS):
        return False
    return True


# A title after a label's colon, full stop and all ("Listen again: The
# Morning Programme."): this many words at most, most of them capitalised;
# a sentence after the colon ("Catch up: the council voted on Tuesday…")
# is longer or in lower case.
MAX_TITLE_WORDS = 6
TITLE_CAPITALISED_SHARE = 0.6


def _title_after_label(raw: str) -> bool:
    """Whether what follows a label's colon is a short title in title case."""
    _, colon, after = raw.partition(":")
    words = after.rstrip("".join(SENTENCE_STOPS)).split()
    if not colon or not 0 < len(words) <= MAX_TITLE_WORDS:
        return False
    capitalised = sum(1 for word in words if word[:1].isupper())
    return words[0][:1].isupper() and capitalised >= TITLE_CAPITALISED_SHARE * len(words)


class Entry(NamedTuple):
    kind: str
    language: str
    text: str


# Longest text tried against the templates: a template's slots are short, and
# a line longer than this is prose whatever it ends with.
MAX_TEMPLATE_TEXT = 160
SLOT = compile_cached(r"\{([a-z]+)\}")
# The templates a beginning (a text's first PREFIX_LENGTH characters) may
# start are kept for this many beginnings at most.
MAX_KEPT_STARTS = 50_000


class Templates:
    """Interface strings with slots (templates.yaml).  A text tries, in the
    file's order, only the templates whose match can begin with its first
    characters and hold as many characters as it does (first_characters.py),
    each compiled the first time it is tried: compiling all of them costs a
    quarter of a second, and one article needs few.  The first template that
    matches is the answer, as in one alternation of all."""

    def __init__(self, data: dict, table: dict | None = None):
        """From templates.yaml's data, or from the table _template_table made
        of it (kept in the cache folder: reading the patterns costs more than
        the rest of a start)."""
        table = _template_table(data) if table is None else table
        self.entries: list[Entry] = [Entry(*entry) for entry in table["entries"]]
        self._sources: list[str] = list(table["sources"])
        self._shortest: list[int] = list(table["shortest"])
        # No bound known: no text tried is longer than MAX_TEMPLATE_TEXT.
        self._longest: list[int] = [MAX_TEMPLATE_TEXT if longest is None else longest for longest in table["longest"]]
        # Text each match holds ("" when none is known, which every text holds).
        self._required: list[str] = list(table["required"])
        if not len(self.entries) == len(self._sources) == len(self._shortest) == len(self._longest) == len(table["beginnings"]) == len(self._required):
            raise ValueError("a template table whose columns differ in length")
        self._any_start: list[int] = []
        self._by_beginning: dict[str, list[int]] = {}
        for index, beginnings in enumerate(table["beginnings"]):
            if beginnings is None:
                self._any_start.append(index)
            for beginning in beginnings or ():
                self._by_beginning.setdefault(beginning, []).append(index)
        self._candidates: dict[str, list[int]] = {}
        self._compiled: list = [None] * len(self._sources)

    def match(self, key: str) -> Entry | None:
        """The template a normalised text is, if any."""
        if not key or len(key) > MAX_TEMPLATE_TEXT:
            return None
        length = len(key)
        for index in self._candidates_for(key[:PREFIX_LENGTH]):
            # Most texts tried are no template: a length out of bounds or a
            # required run of characters missing ("newsletter") rules one out
            # before its pattern is compiled and run.
            if not self._shortest[index] <= length <= self._longest[index] or self._required[index] not in key:
                continue
            pattern = self._compiled[index]
            if pattern is None:
                pattern = self._compiled[index] = _compile(self._sources[index])
            if pattern.fullmatch(key):
                return self.entries[index]
        return None

    def _candidates_for(self, start: str) -> list[int]:
        """The templates, in the file's order, whose match may begin with
        ``start`` (a text's first PREFIX_LENGTH characters)."""
        candidates = self._candidates.get(start)
        if candidates is None:
            found = set(self._any_start)
            for length in range(1, len(start) + 1):
                found.update(self._by_beginning.get(start[:length], ()))
            if len(self._candidates) >= MAX_KEPT_STARTS:  # a corpus of many scripts: keep memory bounded
                self._candidates.clear()
            candidates = self._candidates[start] = sorted(found)
        return candidates

    def may_begin(self, key: str) -> bool:
        """Whether a template whose beginnings are known (first_characters.py)
        may match a normalised text that begins as ``key`` does: one look in
        the index, no pattern tried.  Templates that may begin anyhow (a
        name's slot first) are not counted."""
        start = key[:PREFIX_LENGTH]
        return any(start[:length] in self._by_beginning for length in range(1, len(start) + 1))

    def compile_all(self) -> None:
        """Compile every template now (a check that the file is valid)."""
        for index, source in enumerate(self._sources):
            if self._compiled[index] is None:
                self._compiled[index] = _compile(source)


def _template_table(data: dict) -> dict:
    """templates.yaml's data as columns, one row a template: its entry, its
    pattern with the slots filled, and what first_characters.read tells of
    its matches (plain lists: the table is kept as JSON)."""
    data = dict(data)
    slots = data.pop("slots", {})
    entries, sources = [], []
    for kind, languages in data.items():
        for language, patterns in languages.items():
            for pattern in patterns:
                sources.append(SLOT.sub(lambda m: slots.get(m.group(1), m.group()), pattern))
                entries.append([kind, language, pattern])
    readings = [read(source) for source in sources]
    return {
        "entries": entries,
        "sources": sources,
        "beginnings": [None if reading.beginnings() is None else sorted(reading.beginnings()) for reading in readings],
        "shortest": [reading.shortest for reading in readings],
        "longest": [reading.longest for reading in readings],
        "required": [required_text(source) for source in sources],
    }


def _compile(source: str):
    """A template compiled by the standard library's ``re`` when its syntax
    is also ``re``'s (all but a few: ``re`` parses a pattern about three
    times as fast, and a run over many articles ends up compiling every
    template), by ``regex`` otherwise (Unicode properties such as ``\\p{L}``).
    ``regex`` keeps ``re``'s meaning for what both read (its VERSION0), and
    warnings are errors here so that a pattern ``re`` would read otherwise
    (a nested set) goes to ``regex``."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            return compile_re_cached(source)
        except (re.error, Warning):
            return compile_cached(source)


# Texts whose catalogue verdicts (match, glued) a catalogue keeps, at most.
MAX_KEPT_VERDICTS = 200_000


class Catalogue:
    def __init__(self, entries: Iterable[Entry], templates: Templates | None = None):
        self.templates = templates
        self.entries: dict[str, Entry] = {}
        for entry in entries:
            key = normalise(entry.text)
            if key:
                self.entries.setdefault(key, entry)
        self.squashed = {key.replace(" ", ""): entry for key, entry in self.entries.items() if len(key) >= 2}
        self.first_words = frozenset(key.split(" ", 1)[0] for key in self.entries)
        self.longest = max((len(key) for key in self.squashed), default=0)
        self.lengths = sorted({len(key) for key in self.squashed})
        # Verdicts by text: the same furniture recurs on every page of a
        # site, and several rules ask about the same line (see match).
        self._matched: dict[str, Entry | None] = {}
        self._glued: dict[str, list[Entry] | None] = {}

    def extended(self, extra: Iterable[str], ignore: Iterable[str]) -> "Catalogue":
        ignored = {normalise(text) for text in ignore}
        kept = [entry for key, entry in self.entries.items() if key not in ignored]
        return Catalogue(kept + [Entry("configured", "any", text) for text in extra], self.templates)

    def may_begin(self, words: str) -> bool:
        """Whether an entry, or a template of known beginnings, may match a
        normalised text that begins with ``words``: a cheap test before
        the patterns are tried on each of its beginnings."""
        if words.split(" ", 1)[0] in self.first_words:
            return True
        return self.templates is not None and self.templates.may_begin(words)

    def match(self, text: str) -> Entry | None:
        """The entry or template a piece of text is, if it is one.  Kept by
        text (the answer depends on nothing else): UI101, the layout
        analysis and the verdict's features ask about the same lines, and a
        site's furniture recurs on each of its pages."""
        try:
            return self._matched[text]
        except KeyError:
            pass
        if len(self._matched) >= MAX_KEPT_VERDICTS:  # a long run: keep memory bounded
            self._matched.clear()
        entry = self._matched[text] = self._match(text)
        return entry

    def _match(self, text: str) -> Entry | None:
        key = normalise(text)
        entry = self.entries.get(key)
        if entry is None and self.templates is not None and key:
            entry = self.templates.match(key)
            if entry is not None and not _raw_shape_fits(entry, text):
                entry = None
        if entry is None and (key[-1:].isdigit() or key[:1].isdigit()):
            entry = self._counted(key)
        if entry is not None and entry.kind == "timestamps" and is_timestamp(text):
            return None  # UI102's timestamp, with its own care for the article's dateline
        return entry

    def _counted(self, key: str) -> Entry | None:
        """A comments prompt with its count after it ("Comments (12)",
        "Réagir à cet article (3)"; the folding strips the closing
        parenthesis) or before it ("12 comments"): the prompt's entry."""
        counted = COMMENT_COUNT.fullmatch(key)
        if counted is None:
            return None
        entry = self.entries.get(counted.group(1) or counted.group(2))
        return entry if entry is not None and entry.kind == "comments" else None

    def glued(self, text: str) -> list[Entry] | None:
        """The entries a string is made of when they were run together with no
        separator ("Email to a friendPrinter friendly"), or None.  Kept by
        text, as match's answers are; callers must not change the list."""
        try:
            return self._glued[text]
        except KeyError:
            pass
        if len(self._glued) >= MAX_KEPT_VERDICTS:
            self._glued.clear()
        found = self._glued[text] = self._glued_entries(text)
        return found

    def _glued_entries(self, text: str) -> list[Entry] | None:
        squashed = normalise(text).replace(" ", "")
        if not squashed or len(squashed) > 120:
            return None
        # best[i]: the fewest entries that spell squashed[:i].  Only the
        # places some entries reach are tried from, each with the lengths the
        # entries have: most texts have no entry at their start, and are done
        # after one look per length.  Ends are reached from starts in
        # ascending order, and a later start replaces an earlier one's answer
        # only with fewer entries, as in a loop over ends.
        best: list[list[Entry] | None] = [None] * (len(squashed) + 1)
        best[0] = []
        for start in range(len(squashed)):
            path = best[start]
            if path is None:
                continue
            for length in self.lengths:
                end = start + length
                if end > len(squashed):
                    break
                entry = self.squashed.get(squashed[start:end])
                if entry is not None and (best[end] is None or len(path) + 1 < len(best[end])):
                    best[end] = path + [entry]
        found = best[-1]
        return found if found and len(found) >= 2 else None


def _shipped_table(name: str) -> dict:
    return _parsed(_shipped_text(name))


def _parsed(text: str) -> dict:
    import yaml  # here: a run whose tables come from the cache folder never parses YAML

    return yaml.load(text, Loader=shipped_loader())


def _shipped_text(name: str) -> str:
    # Beside this module, not through importlib.resources (whose import, with
    # tempfile's and shutil's, costs a start-up more than the read).
    return (Path(__file__).parent / name).read_text(encoding="utf-8")


# What the tables kept in the cache folder are made from: the shipped files,
# and the code that reads them (a change to either makes new tables).
SHIPPED_FILES = ("catalogue.yaml", "templates.yaml", "catalogue.py", "first_characters.py")
CACHE_FORMAT = 2  # 2: a "required" column
CACHE_PREFIX = "interface-strings-"
# Tables kept in the cache folder, the one just written among them.
KEPT_TABLES = 4


@functools.lru_cache(maxsize=1)
def shipped() -> Catalogue:
    """The shipped catalogue and templates.  Parsing the YAML and reading
    every template's pattern cost a one-article run more than the rest of
    UI101, so the tables made of them are kept in the cache folder, named
    by the shipped files' content.  A missing, unreadable or garbled cache
    file, or one that cannot be written, only costs that time."""
    try:
        texts = [_shipped_text(name) for name in SHIPPED_FILES]
    except OSError:  # the code installed without its source: no key to name the cache by
        return _catalogue(_tables(_shipped_text("catalogue.yaml"), _shipped_text("templates.yaml")))
    key = f"{CACHE_FORMAT}-{zlib.crc32(''.join(texts).encode('utf-8')):08x}-{sum(map(len, texts))}"
    path = cache_folder() / f"{CACHE_PREFIX}{key}.json"
    try:
        with open(path, encoding="utf-8") as handle:
            cached = json.load(handle)
        if cached["key"] == key:
            return _catalogue(cached)
    except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        pass  # not written yet, or garbled: read the shipped files
    tables = {"key": key, **_tables(texts[0], texts[1])}
    write_atomically(path, json.dumps(tables, ensure_ascii=False).encode("utf-8"))
    _remove_older_tables(path)
    return _catalogue(tables)


def _remove_older_tables(kept: Path) -> None:
    """Delete the tables made of earlier shipped files (about 117 KB each,
    one per edit of them), keeping ``kept`` and the newest others up to
    KEPT_TABLES in all: two installs sharing a cache folder (a virtualenv
    each, another version) each keep theirs, where deleting all but one
    made each rebuild its table on every run.  Safe beside concurrent
    workers: those of one run share the key, so none deletes what another
    reads or writes (a write's temporary file is named ".NAME.tmp", which
    the pattern does not match); a process of an older version that finds
    its file gone only rebuilds it, as on a first run."""
    with contextlib.suppress(OSError):
        others = []
        for other in kept.parent.glob(f"{CACHE_PREFIX}*.json"):
            if other.name != kept.name:
                with contextlib.suppress(OSError):
                    others.append((other.stat().st_mtime, other.name, other))
        for _, _, other in sorted(others, reverse=True)[KEPT_TABLES - 1:]:
            with contextlib.suppress(OSError):
                other.unlink()


def _tables(catalogue_text: str, templates_text: str) -> dict:
    """catalogue.yaml's entries and templates.yaml's table (_template_table),
    as plain lists."""
    data = _parsed(catalogue_text)
    entries = [[kind, language, str(item)] for kind, languages in data.items() for language, items in languages.items() for item in items]
    return {"catalogue": entries, "templates": _template_table(_parsed(templates_text))}


def _catalogue(tables: dict) -> Catalogue:
    return Catalogue((Entry(*entry) for entry in tables["catalogue"]), Templates({}, tables["templates"]))


@functools.lru_cache(maxsize=8)
def configured(extra: tuple[str, ...], ignore: tuple[str, ...]) -> Catalogue:
    catalogue = shipped()
    return catalogue.extended(extra, ignore) if extra or ignore else catalogue


# Where UI101 leaves the catalogue it is configured with on each document.
DOCUMENT_KEY = "UI.catalogue"


def use_on(document, catalogue: Catalogue) -> None:
    """Make ``catalogue`` the one the family's other rules ask about this
    document (UI101 calls this with its configured catalogue)."""
    document.memo(DOCUMENT_KEY, lambda _: catalogue)


def of_document(document) -> Catalogue:
    """The catalogue the user configured (rules.UI101.extra and ignore).
    Rules only see their own options, so UI101 leaves its catalogue on the
    document; it is the family's first rule (the engine runs rules in the
    order of their codes), so UI102 and the rules after it find it there.
    When UI101 is not selected, the shipped catalogue."""
    return document.memo(DOCUMENT_KEY, lambda _: shipped())
