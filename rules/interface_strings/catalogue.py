"""The catalogue of interface strings (catalogue.yaml beside this file) and
how a line is matched against it."""
from __future__ import annotations

import functools
import re
import unicodedata
import warnings
from importlib import resources
from typing import Iterable, NamedTuple

import regex
import yaml

from newslint.config import SHIPPED_LOADER

from .first_characters import first_characters

# What may stand around an interface string without changing what it is.
EDGE_PUNCTUATION = " \t.:;!?|»›>«‹<-–—•·*,/\\()[]"
SEPARATOR = regex.compile(r"\s*(?:[|•·»›]|\s/\s|\s[-–—]\s)\s*")
PIPE_OR_SEPARATOR = SEPARATOR
SPACES = regex.compile(r"\s+")


@functools.lru_cache(maxsize=100_000)
def normalise(text: str) -> str:
    """Case, Unicode form, apostrophes, white space and edge punctuation
    folded.  Once per text: UI101, the verdict's features, the repeated-line
    rules and the article's structure ask about the same lines."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'").replace("‘", "'")
    # Printable text holds no white space but the plain space (tabs, line
    # breaks and the other spaces are not printable): with no two spaces in
    # a row there is nothing for SPACES to fold.
    if "  " in text or not text.isprintable():
        text = SPACES.sub(" ", text)
    return text.strip(EDGE_PUNCTUATION)


class Entry(NamedTuple):
    kind: str
    language: str
    text: str


# Longest text tried against the templates: a template's slots are short, and
# a line longer than this is prose whatever it ends with.
MAX_TEMPLATE_TEXT = 160
SLOT = regex.compile(r"\{([a-z]+)\}")


class Templates:
    """Interface strings with slots (templates.yaml).  A text tries, in the
    file's order, only the templates that can begin with its first character
    (first_characters.py), each compiled the first time it is tried: compiling
    all of them costs a quarter of a second, and one article needs few.  The
    first template that matches is the answer, as in one alternation of all."""

    def __init__(self, data: dict):
        slots = data.pop("slots", {})
        self.entries: list[Entry] = []
        self._sources: list[str] = []
        for kind, languages in data.items():
            for language, patterns in languages.items():
                for pattern in patterns:
                    self._sources.append(SLOT.sub(lambda m: slots.get(m.group(1), m.group()), pattern))
                    self.entries.append(Entry(kind, language, pattern))
        starts = [first_characters(source) for source in self._sources]
        self._any_start = [index for index, start in enumerate(starts) if start is None]
        self._by_start: dict[str, list[int]] = {}
        for index, start in enumerate(starts):
            for character in start or ():
                self._by_start.setdefault(character, []).append(index)
        self._candidates: dict[str, list[int]] = {}
        self._compiled: list = [None] * len(self._sources)

    def match(self, key: str) -> Entry | None:
        """The template a normalised text is, if any."""
        if not key or len(key) > MAX_TEMPLATE_TEXT:
            return None
        candidates = self._candidates.get(key[0])
        if candidates is None:
            candidates = sorted(self._any_start + self._by_start.get(key[0], []))
            self._candidates[key[0]] = candidates
        for index in candidates:
            pattern = self._compiled[index]
            if pattern is None:
                pattern = self._compiled[index] = _compile(self._sources[index])
            if pattern.fullmatch(key):
                return self.entries[index]
        return None

    def compile_all(self) -> None:
        """Compile every template now (a check that the file is valid)."""
        for index, source in enumerate(self._sources):
            if self._compiled[index] is None:
                self._compiled[index] = _compile(source)


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
            return re.compile(source)
        except (re.error, Warning):
            return regex.compile(source)


class Catalogue:
    def __init__(self, entries: Iterable[Entry], templates: Templates | None = None):
        self.templates = templates
        self.entries: dict[str, Entry] = {}
        for entry in entries:
            key = normalise(entry.text)
            if key:
                self.entries.setdefault(key, entry)
        self.squashed = {key.replace(" ", ""): entry for key, entry in self.entries.items() if len(key) >= 2}
        self.longest = max((len(key) for key in self.squashed), default=0)
        self.lengths = sorted({len(key) for key in self.squashed})

    def extended(self, extra: Iterable[str], ignore: Iterable[str]) -> "Catalogue":
        ignored = {normalise(text) for text in ignore}
        kept = [entry for key, entry in self.entries.items() if key not in ignored]
        return Catalogue(kept + [Entry("configured", "any", text) for text in extra], self.templates)

    def match(self, text: str) -> Entry | None:
        """The entry or template a piece of text is, if it is one."""
        key = normalise(text)
        entry = self.entries.get(key)
        if entry is None and self.templates is not None and key:
            entry = self.templates.match(key)
        return entry

    def glued(self, text: str) -> list[Entry] | None:
        """The entries a string is made of when they were run together with no
        separator ("Email to a friendPrinter friendly"), or None."""
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
    return yaml.load(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"), Loader=SHIPPED_LOADER)


@functools.lru_cache(maxsize=1)
def shipped() -> Catalogue:
    data = _shipped_table("catalogue.yaml")
    templates = Templates(_shipped_table("templates.yaml"))
    return Catalogue(
        (
            Entry(kind, language, str(item))
            for kind, languages in data.items()
            for language, items in languages.items()
            for item in items
        ),
        templates,
    )


@functools.lru_cache(maxsize=8)
def configured(extra: tuple[str, ...], ignore: tuple[str, ...]) -> Catalogue:
    catalogue = shipped()
    return catalogue.extended(extra, ignore) if extra or ignore else catalogue
