"""Running the selected rules over one article.

The :class:`Checker` is built once per process from the configuration and the
loaded rules.  For each article it builds the :class:`Document`, calls each
rule's checks, turns findings into diagnostics, drops those the ``accept``
entries or a corpus record's ignore field silence, and sorts them.  A rule that
raises is reported (NL107) and the other rules still run.
"""
from __future__ import annotations

import functools
import threading
from itertools import chain, repeat
from typing import Any, Iterable, Mapping

from . import problems
from .accept import Accepted, record_ignore_problem
from .config import Config, KnownCodes, check_codes, rule_options
from .diagnostic import Diagnostic, Finding, Severity
from .document import Document
from .fixes import fix_for
from .plugins import PluginError
from .rule import Rule
from .selection import Selection, code_matches
from .sources import Article, InputError

#: Used when a configuration predates the setting (a pickled Config, say).
DEFAULT_MAX_FINDINGS = 1000
#: Records' ignore lists up to this long have their verdict remembered; a
#: longer one is judged each time, so no list of any length is kept.
MAX_REMEMBERED_IGNORE_CODES = 32
#: Distinct ignore lists remembered before the memory starts again (a corpus
#: whose every record has a list of its own).
MAX_REMEMBERED_IGNORE_LISTS = 10_000
#: Files whose selected rules are remembered before the memory starts again.
MAX_REMEMBERED_FILES = 10_000
#: The counting pass's documents kept for the checking pass in the same
#: process, up to this many characters of article text in all: a document
#: after the counting pass (its lines and their shapes) holds a few times
#: its text, so this bounds the memory at some 30 MB, while the checking
#: pass need not split and shape the lines again.  Only what the document
#: computed from its text is handed over: the rules' memos are forgotten
#: (see Document.forget_memos).  Articles past the bound (a corpus over
#: 4 MB) build their document again, as before.
MAX_KEPT_DOCUMENT_CHARS = 4_000_000


class Checker:
    def __init__(self, config: Config, rules: Mapping[str, type[Rule]]):
        self.config = config
        self.known_codes = KnownCodes(rules, problems.BY_CODE)
        check_codes(config, self.known_codes)
        self.selection = Selection.from_config(config)
        options = rule_options(config, rules)
        severities = config.severity
        self.rules: list[tuple[Rule, Mapping[str, Any], Severity]] = [
            (rule(), options[code], _severity_for(code, rule.severity, severities))
            for code, rule in rules.items()
            if self.selection.is_selected(code)
        ]
        _check_option_reads(rule for rule, _, _ in self.rules)
        self.max_line_length = config.max_line_length
        self.accepted = Accepted(config.values.get("accept", ()))
        self.ignore_field = config.values.get("ignore-field", "newslint_ignore")
        # A corpus repeats a few ignore lists over many records: judge each once.
        self._ignore_problems: dict[tuple[str, ...], str | None] = {}
        self.max_findings = config.values.get("max-findings-per-article", DEFAULT_MAX_FINDINGS)
        self._active_for: dict[str, list] = {}
        # The counting pass's documents by article (see MAX_KEPT_DOCUMENT_CHARS),
        # one store per thread: a Linter shared by threads (Dask's threaded
        # scheduler, a web service) runs one lint() per thread, and one call's
        # start or end must not drop or miscount another's documents.
        self._keeping = threading.local()

    @property
    def _kept(self) -> "_KeptDocuments":
        kept = getattr(self._keeping, "documents", None)
        if kept is None:
            kept = self._keeping.documents = _KeptDocuments()
        return kept

    @property
    def corpus_rules(self) -> list[Rule]:
        return [rule for rule, _, _ in self.rules if rule.is_corpus_rule()]

    def _active(self, path: str):
        # A corpus file's records share their file's rules: judged once per file.
        active = self._active_for.get(path)
        if active is None:
            if len(self._active_for) > MAX_REMEMBERED_FILES:
                self._active_for.clear()
            if not self.selection.ignored_for_file(path):
                # No per-file-ignores entry for this path (most): every
                # selected rule, without asking each (an API caller's texts
                # each name a path of their own, so this runs per article).
                active = self._active_for[path] = self.rules
            else:
                active = self._active_for[path] = [
                    entry for entry in self.rules if self.selection.is_selected_for(entry[0].code, path)
                ]
        return active

    # -- the corpus pass ----------------------------------------------------

    def collect(self, article: Article, keep: bool = False) -> dict[str, Any]:
        """The partial counts of each corpus rule for one article.  With
        ``keep``, the article's document is kept for :meth:`check` of the
        same article in this process (the caller checks every article it
        counts: see :func:`newslint.runner.lint`), within
        :data:`MAX_KEPT_DOCUMENT_CHARS`."""
        partials = {}
        if article.ignore and self._ignore_problem(article.ignore) is not None:
            return partials  # not checked (NL105), so not counted either
        document = None
        for rule, options, _ in self._active(article.file):
            if rule.is_corpus_rule():
                document = document or Document(article.text, article.meta)
                partials[rule.code] = rule.collect(document, options)
        kept = self._kept
        if keep and document is not None and kept.chars + len(article.text) <= MAX_KEPT_DOCUMENT_CHARS:
            key = _article_key(article)
            if key not in kept.documents:
                # The corpus rules' memos go: the checking pass's rules
                # make their own, in their order, as on a new document.
                document.forget_memos()
                kept.documents[key] = (article, document)
                kept.chars += len(article.text)
        return partials

    def _document(self, article: Article) -> Document:
        """The article's document: the one the counting pass kept, if it
        kept one for this article with the same text and metadata (a
        document is computed from those alone), else a new one."""
        store = self._kept
        if store.documents:
            kept = store.documents.pop(_article_key(article), None)
            if kept is not None:
                counted, document = kept
                store.chars -= len(counted.text)
                if counted.text == article.text and (counted.meta or {}) == (article.meta or {}):
                    return document
        return Document(article.text, article.meta)

    def forget_kept_documents(self) -> None:
        """Drop the documents the counting pass kept and no check took (a
        run stopped early)."""
        self._keeping.documents = _KeptDocuments()

    def merge(self, partials: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
        """Merge per-article (or per-partition) partials into corpus statistics."""
        by_code: dict[str, list] = {}
        for partial in partials:
            for code, value in partial.items():
                by_code.setdefault(code, []).append(value)
        merged = {}
        for rule, options, _ in self.rules:
            if rule.is_corpus_rule():
                merged[rule.code] = rule.merge(by_code.get(rule.code, []), options)
        return merged

    # -- checking -----------------------------------------------------------

    def check(self, article: Article, corpus: Mapping[str, Any] | None = None) -> list[Diagnostic]:
        ignore = article.ignore
        if ignore:
            wrong = self._ignore_problem(ignore)
            if wrong is not None:
                detail = f"the record's {self.ignore_field!r} field {wrong}; the record was not checked"
                error = InputError(article.path, 1, problems.MALFORMED_RECORD, detail, article.file)
                return self.problem(error, article.record_line)
        document = self._document(article)
        if not document.text.strip() or _only_invisible(document.text):
            # Only white space is as empty as nothing: an article of blank
            # lines (or of zero-width and no-break spaces) is a page the
            # scraper extracted nothing from.  The message says which, so
            # that a file of blank lines is not taken for one of zero bytes.
            what = "the record's text" if article.record_line else "the file"
            state = "holds only whitespace" if document.text else "is empty"
            detail = f"{what} {state}"
            return self.problem(InputError(article.path, 1, problems.EMPTY, detail, article.file), article.record_line)
        # No line is longer than the text: an article shorter than the limit
        # (nearly all) skips the walk of its lines.
        longest = None if len(document.text) <= self.max_line_length else max(document.lines, key=lambda line: len(line.text))
        if longest is not None and len(longest.text) > self.max_line_length:
            detail = (
                f"line {longest.number} has {len(longest.text)} characters, over max-line-length "
                f"({self.max_line_length}); the article was not checked"
            )
            error = InputError(article.path, longest.number, problems.LINE_TOO_LONG, detail, article.file)
            return self.problem(error, article.record_line)
        found: list[tuple[Rule, Severity, Finding]] = []
        crashes: list[Diagnostic] = []
        for rule, options, severity in self._active(article.file):
            try:
                for finding in self._findings(rule, document, options, corpus):
                    found.append((rule, severity, finding))
            except Exception as error:  # a plugin's bug must not stop the run
                detail = f"rule {rule.code} ({rule.name}) crashed: {type(error).__name__}: {error}"
                crash = InputError(article.path, 1, problems.RULE_CRASHED, detail, article.file)
                crashes.extend(self.problem(crash, article.record_line))
        diagnostics = [
            self._diagnostic(article, document, rule, severity, finding)
            for rule, severity, finding in _without_findings_inside_judged_lines(found, document)
        ]
        # After the judged-line sieve: accepting a line's finding must not
        # bring back the findings inside that line it spoke for.
        if ignore:
            diagnostics = [d for d in diagnostics if not code_matches(d.code, ignore)]
        if self.accepted:
            diagnostics = [d for d in diagnostics if not self.accepted.accepts(d.code, article.file, d.flagged_text)]
        diagnostics += crashes
        diagnostics.sort(key=lambda d: (d.line, d.col, d.code, d.end_col))
        return diagnostics

    def _ignore_problem(self, codes: tuple[str, ...]) -> str | None:
        if len(codes) > MAX_REMEMBERED_IGNORE_CODES:  # a hostile record's list of a million codes
            return record_ignore_problem(codes, self.known_codes)
        if codes not in self._ignore_problems:
            if len(self._ignore_problems) > MAX_REMEMBERED_IGNORE_LISTS:
                self._ignore_problems.clear()
            self._ignore_problems[codes] = record_ignore_problem(codes, self.known_codes)
        return self._ignore_problems[codes]

    def _findings(self, rule: Rule, document: Document, options, corpus) -> Iterable[Finding]:
        found = self._all_findings(rule, document, options, corpus)
        if rule.reads_prose and document.code_spans:
            # A tutorial's code is no prose (Rule.reads_prose).
            return (finding for finding in found if not document.in_code(finding.start))
        return found

    @staticmethod
    def _all_findings(rule: Rule, document: Document, options, corpus) -> Iterable[Finding]:
        by_line, whole, in_corpus = _checks_of(type(rule))
        if by_line and rule.may_find_in(document):
            # chain and map walk the lines in C: most lines give nothing, and
            # a Python loop with yield from per line was the engine's own cost.
            yield from chain.from_iterable(map(rule.check_line, document.lines, repeat(document), repeat(options)))
        if whole:
            yield from rule.check_document(document, options)
        if in_corpus and corpus is not None and rule.code in corpus:
            yield from rule.check_in_corpus(document, corpus[rule.code], options)

    @staticmethod
    def _diagnostic(article: Article, document: Document, rule: Rule, severity: Severity, finding: Finding) -> Diagnostic:
        line, col = document.position(finding.start)
        end_line, end_col = document.position(max(finding.end, finding.start))
        return Diagnostic(
            path=article.path,
            line=line,
            col=col,
            end_line=end_line,
            end_col=end_col,
            code=rule.code,
            name=rule.name,
            severity=severity,
            message=finding.message,
            line_text=document.lines[line - 1].text,
            suggestion=finding.suggestion,
            file=article.file,
            record_line=article.record_line,
            flagged_text=flagged_text(document.text, finding.start, finding.end),
            fix=fix_for(rule, finding, document, article.text),
        )

    def problem(self, error: InputError, record_line: int | None = None) -> list[Diagnostic]:
        """An input problem as a diagnostic.  No selection hides one: a run
        that could not check something must not pass."""
        return [problem_diagnostic(error, record_line)]

    def limited(self, diagnostics: list[Diagnostic]) -> tuple[list[Diagnostic], int]:
        """At most ``max-findings-per-article`` findings of one article (the
        first, in reading order; input problems always kept), and how many
        were left out, so one article cannot produce an unbounded report."""
        if len(diagnostics) <= self.max_findings:
            return diagnostics, 0
        kept: list[Diagnostic] = []
        findings = 0
        for diagnostic in diagnostics:
            if problems.is_problem(diagnostic.code):
                kept.append(diagnostic)
            elif findings < self.max_findings:
                kept.append(diagnostic)
                findings += 1
        return kept, len(diagnostics) - len(kept)


def _article_key(article: Article) -> tuple:
    return article.path, article.file, article.record_line


@functools.lru_cache(maxsize=None)
def _checks_of(rule: type[Rule]) -> tuple[bool, bool, bool]:
    """Which checks a rule class defines (line, document, corpus): asked
    once per class, not three times per rule and article."""
    return rule.defines("check_line"), rule.defines("check_document"), rule.is_corpus_rule()


# Characters that show nothing and are no white space to str.strip: a text
# of these and white space alone holds nothing to read.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def _only_invisible(text: str) -> bool:
    """Whether ``text`` holds nothing but white space and INVISIBLE
    characters.  A text that starts with a visible character (nearly all)
    is answered at once."""
    first = text.lstrip()[:1]
    return bool(first) and first in INVISIBLE and not text.translate(INVISIBLE_DELETED).strip()


INVISIBLE_DELETED = str.maketrans("", "", INVISIBLE)


def problem_diagnostic(error: InputError, record_line: int | None = None) -> Diagnostic:
    """An input problem, shaped as a diagnostic so every format shows it."""
    return Diagnostic(
        path=error.path,
        line=error.line,
        col=error.col,
        end_line=error.line,
        end_col=error.col,
        code=error.problem.code,
        name=error.problem.name,
        severity=Severity.ERROR,
        message=error.detail,
        file=error.file or error.path,
        record_line=record_line,
    )


#: Built-in rules are checked for undeclared option reads by the test suite
#: (tests/test_plugins.py), so a run does not disassemble them at every start.
BUILTIN_RULES_PACKAGE = "newslint.rules."


#: A flagged span longer than this is kept as its two ends: the rules of some
#: hostile texts flag thousands of spans each reaching back to the start of
#: one long line, and copying every span whole costs memory and time that
#: grow with the square of the line.
MAX_FLAGGED_TEXT = 500
FLAGGED_TEXT_END = 240
FLAGGED_TEXT_GAP = " … "


def flagged_text(text: str, start: int, end: int) -> str:
    """The text of a finding's span, as ``accept`` entries and the baseline
    match it: whole up to :data:`MAX_FLAGGED_TEXT` characters, else its first
    and last :data:`FLAGGED_TEXT_END` characters around :data:`FLAGGED_TEXT_GAP`."""
    end = max(end, start)
    if end - start <= MAX_FLAGGED_TEXT:
        return text[start:end]
    return text[start : start + FLAGGED_TEXT_END] + FLAGGED_TEXT_GAP + text[end - FLAGGED_TEXT_END : end]


def _check_option_reads(rules: Iterable[Rule]) -> None:
    """A third-party rule that reads an option it does not declare is stopped
    when it loads, naming the line, rather than crashing (NL107) on every
    article."""
    for rule in rules:
        if type(rule).__module__.startswith(BUILTIN_RULES_PACKAGE):
            continue
        for read in rule.undeclared_option_reads():
            known = ", ".join(rule.options) or "none"
            raise PluginError(f"{read}: rule {rule.code} reads an option it does not declare (its options: {known})")


def _without_findings_inside_judged_lines(found: list[tuple[Rule, Severity, Finding]], document: Document):
    """Report a line judged as a whole once.

    A rule with ``judges_whole_lines`` (page furniture) that reports a
    finding covering a line's text, from its first to its last non-blank
    character, has said all there is to say about that line: every other
    finding that lies within the line (a doubled mark, a foreign word, the
    line's language, a second furniture rule's verdict on the same line) is
    noise, and is dropped.  When several judging rules cover one line, the
    first in code order speaks for it (UI101's "interface string" rather
    than UI109's "outside the body").  Findings that reach outside the line
    stay, and so do those of rules that outlive line verdicts (mojibake: a
    wrong furniture verdict must not hide the scrape's broken encoding; a
    sentence in another script: ML103's ``outlives_verdict``).

    A corpus rule's verdict (UI108's recurring line) depends on the other
    articles of the run, not on the article: it silences only findings of
    its own family.  Were it to silence the rest, a doubled word inside a
    sentence three files share would be reported when one file is checked
    (a pre-commit hook) and hidden when the three are, and a baseline
    written on one run would not hold in the other.  A line that an
    article-level judging rule also covers is still spoken for whole."""
    speaker: dict[int, Rule] = {}  # line number -> the rule that speaks for it
    judged_alone: set[int] = set()  # lines an article-level judging rule covers
    for rule, _severity, finding in found:  # in code order: rules run sorted by code
        if rule.judges_whole_lines:
            line = _whole_line(finding, document)
            if line is not None:
                speaker.setdefault(line.number, rule)
                if not _checks_of(type(rule))[2]:
                    judged_alone.add(line.number)
    if not speaker:
        return found
    kept = []
    for rule, severity, finding in found:
        line = document.line_at(finding.start)
        judge = speaker.get(line.number)
        if judge is not None and finding.end <= line.end and rule.code != judge.code and not rule.outlives_verdict(finding, document):
            if not _checks_of(type(judge))[2] or _family(rule.code) == _family(judge.code) or line.number in judged_alone:
                continue
        kept.append((rule, severity, finding))
    return kept


def _family(code: str) -> str:
    """A code's family, its letters: ``UI`` for UI108."""
    return code.rstrip("0123456789")


def _whole_line(finding: Finding, document: Document):
    """The line a finding covers from its first to its last non-blank
    character, or None."""
    line = document.line_at(finding.start)
    content_start = line.start + (len(line.text) - len(line.text.lstrip()))
    content_end = line.start + len(line.text.rstrip())
    if content_end > content_start and finding.start <= content_start and finding.end >= content_end:
        return line
    return None


def _severity_for(code: str, default: Severity, overrides: Mapping[str, Severity]) -> Severity:
    # The longest configured prefix wins, as in selection; ALL is the shortest.
    best = -1
    chosen = default
    for prefix, severity in overrides.items():
        length = 0 if prefix == "ALL" else len(prefix) if code.startswith(prefix) else -1
        if length > best:
            best, chosen = length, severity
    return chosen


class _KeptDocuments:
    """One thread's documents kept from the counting pass for the checking
    pass, by article, and their characters."""

    def __init__(self) -> None:
        self.documents: dict[tuple, tuple[Article, Document]] = {}
        self.chars = 0
