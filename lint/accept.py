"""Accepted findings: one false alarm silenced without editing the article.

Like Vale's accept vocabularies, the ``accept`` setting lists findings that are
right as they are.  An entry names a rule code (or prefix, or ALL), the flagged
text exactly (``text``) or a regular expression the whole flagged text must
match (``pattern``), and optionally a ``path`` glob the finding's file must
match (as in ``per-file-ignores``)::

    accept:
      - TX102 rockscape                     # short form: code, a space, the exact text
      - {code: TX102, text: rockscape}      # the same entry
      - {code: UI, path: "sports/*.txt", pattern: "Follow us on .*"}

The flagged text is the text of the finding's span (``Diagnostic.flagged_text``).
An entry needs a text or a pattern: switching a code off for some files is
``per-file-ignores``'s job.  Input problems (NL codes) cannot be accepted: a
run that could not check something must not pass.

JSON Lines records may also carry a field (``ignore-field``, default
``newslint_ignore``) listing the codes or prefixes to leave unreported for that
record alone; :func:`record_ignore_problem` says what is wrong with one.

A pattern is the user's regular expression, run on text from the input: one
written with nested repetition can take exponential time on some flagged
text.  Each match may take :data:`PATTERN_TIMEOUT` seconds; past it the run
stops with :class:`PatternTimeout`, an error naming the entry (a
configuration problem, exit 2), rather than accept or report the finding on
a guess.
"""
from __future__ import annotations

import regex
from typing import TYPE_CHECKING, Any, Iterable, Mapping, NamedTuple

from .problems import is_problem
from .selection import code_matches, matches_path

if TYPE_CHECKING:  # pragma: no cover
    from .config import KnownCodes  # config imports this module for its settings

ENTRY_KEYS = ("code", "text", "pattern", "path")
#: Seconds one ``pattern`` may take to match one flagged text.  A sane
#: pattern takes microseconds on a flagged span; a second means runaway
#: backtracking.
PATTERN_TIMEOUT = 1.0


class PatternTimeout(Exception):
    """An ``accept`` pattern ran past :data:`PATTERN_TIMEOUT`: the run cannot
    tell whether the finding is accepted, and stops (exit 2)."""


class EntryError(ValueError):
    """A malformed ``accept`` entry; ``index`` is its 0-based place in the list."""

    def __init__(self, index: int, message: str):
        super().__init__(f"entry {index + 1}: {message}")
        self.index = index


def checked_entries(value: Any) -> tuple[dict[str, str], ...]:
    """The ``accept`` setting, each entry as a mapping with ``code`` and
    ``text`` or ``pattern`` (and ``path`` when given).  Raises
    :class:`EntryError` naming the entry that is wrong."""
    from .config import CODE_PREFIX, code_spelling_hint  # config imports this module for its settings

    if not isinstance(value, list | tuple):
        raise ValueError('expected a list of entries such as "TX102 rockscape" or {code: TX102, text: rockscape}')
    entries = []
    for index, raw in enumerate(value):
        entry = _entry(index, raw)
        code = entry["code"]
        if not CODE_PREFIX.match(code):
            raise EntryError(index, f"{code!r} is not a rule code or prefix (like TX, TX1 or TX101) or ALL{code_spelling_hint(code)}")
        if "pattern" in entry:
            try:
                regex.compile(entry["pattern"])
            except regex.error as error:
                raise EntryError(index, f"pattern {entry['pattern']!r} is not a valid regular expression: {error}") from None
        entries.append(entry)
    return tuple(entries)


def _entry(index: int, raw: Any) -> dict[str, str]:
    if isinstance(raw, str):
        code, _, text = raw.strip().partition(" ")
        if not code or not text.strip():
            raise EntryError(index, f"{raw!r}: the short form is a code, a space and the exact flagged text (TX102 rockscape)")
        return {"code": code, "text": text.strip()}
    if not isinstance(raw, dict):
        raise EntryError(index, "expected a string (TX102 rockscape) or a mapping with code and text or pattern")
    unknown = [str(key) for key in raw if key not in ENTRY_KEYS]
    if unknown:
        raise EntryError(index, f"unknown key {unknown[0]!r} (an entry has {', '.join(ENTRY_KEYS)})")
    for key, value in raw.items():
        if not isinstance(value, str) or not value:
            raise EntryError(index, f"{key}: expected a non-empty string")
    if "code" not in raw:
        raise EntryError(index, "no code (the rule code or prefix the entry accepts)")
    if ("text" in raw) == ("pattern" in raw):
        raise EntryError(
            index,
            "give the flagged text (text) or a regular expression over it (pattern), one of the two "
            "(to switch a code off for some files, use per-file-ignores)",
        )
    return {key: raw[key] for key in ENTRY_KEYS if key in raw}


class _Matcher(NamedTuple):
    code: str
    path: str | None
    text: str | None
    pattern: regex.Pattern | None
    #: The entry's 1-based place in the ``accept`` list, for messages.
    number: int = 0

    def accepts(self, code: str, file: str, flagged_text: str) -> bool:
        if not code_matches(code, (self.code,)):
            return False
        if self.path is not None and not matches_path(file, self.path):
            return False
        if self.text is not None:
            return flagged_text == self.text
        try:
            return self.pattern.fullmatch(flagged_text, timeout=PATTERN_TIMEOUT) is not None
        except TimeoutError:
            raise PatternTimeout(
                f"accept entry {self.number} ({self.code}, pattern {self.pattern.pattern!r}) took over "
                f"{PATTERN_TIMEOUT:g} s on a {len(flagged_text):,}-character flagged text in {file}; "
                f"simplify it (nested repetition such as (a+)+ backtracks without end)"
            ) from None


class Accepted:
    """The compiled ``accept`` entries of a configuration."""

    def __init__(self, entries: Iterable[Mapping[str, str]] = ()):
        self.matchers = [
            _Matcher(
                entry["code"],
                entry.get("path"),
                entry.get("text"),
                regex.compile(entry["pattern"]) if "pattern" in entry else None,
                number,
            )
            for number, entry in enumerate(entries, start=1)
        ]

        #: The numbers of the entries that accepted a finding since
        #: :meth:`take_used` last asked (an entry matching nothing in a run
        #: is reported, as a baseline's stale entries are).
        self.used: set[int] = set()

    def __bool__(self) -> bool:
        return bool(self.matchers)

    def accepts(self, code: str, file: str, flagged_text: str) -> bool:
        """Whether an entry accepts a finding of ``code`` in ``file`` whose
        span holds ``flagged_text``.  Never true of an input problem."""
        if is_problem(code):
            return False
        for matcher in self.matchers:
            if matcher.accepts(code, file, flagged_text):
                self.used.add(matcher.number)
                return True
        return False

    def take_used(self) -> frozenset[int]:
        """The entries used since the last call (one article's, as the
        runner asks after each), forgotten here."""
        if not self.used:
            return frozenset()
        used, self.used = frozenset(self.used), set()
        return used

    def unused(self, used: set[int], codes: Iterable[str], files: Iterable[str]) -> list[_Matcher]:
        """The entries no finding of the run matched (``used``) that could
        have: their code is that of a rule the run checked (``codes``), and
        their ``path``, when they have one, matches a file it read
        (``files``).  An entry for a code left unselected, or for files the
        run did not read, is not judged."""
        codes, files = tuple(codes), tuple(files)
        return [
            matcher
            for matcher in self.matchers
            if matcher.number not in used
            and any(code_matches(code, (matcher.code,)) for code in codes)
            and (matcher.path is None or any(matches_path(file, matcher.path) for file in files))
        ]


def parse_record_ignore(value: Any) -> tuple[str, ...] | str:
    """A record's ignore field: its codes, or why it cannot be used (a
    message).  ``null`` is the same as no field."""
    if value is None:
        return ()
    from .config import CODE_PREFIX  # config imports this module for its settings

    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        return "is not a list of rule codes (like [\"TX102\", \"UI\"])"
    # Each code once: what is checked against every finding stays as short as
    # the codes that exist, however long a hostile list is.
    codes = tuple(dict.fromkeys(item.strip() for item in value))
    for code in codes:
        if not CODE_PREFIX.match(code):
            return f"holds {code!r}, which is not a rule code or prefix (like TX, TX1 or TX101)"
    return codes


def record_ignore_problem(codes: Iterable[str], known: "KnownCodes") -> str | None:
    """What is wrong with a record's ignore codes, given the codes installed,
    or None: a code no rule has (naming the nearest), or an input problem's
    code, which is always reported."""
    for code in codes:
        hint = known.hint_if_unknown(code)
        if hint is not None:
            return f"names {code}, which matches no installed rule ({hint})"
        if known.is_input_problem(code):
            return f"names {code}, an input problem, which is always reported"
    return None
