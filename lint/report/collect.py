"""What a report keeps of a run: counts, and a bounded sample of examples.

A run streams articles one at a time (``begin``, ``add`` for each finding,
``end``).  Everything kept is a count, keyed by something small (a code, a
source, a number of findings), plus at most :data:`EXAMPLES_PER_CODE`
examples per code, so memory does not grow with the number of articles.

The examples are the findings with the smallest hash of their place (code,
path, line, column): the same findings are chosen whatever order the articles
arrive in, so ``-j``, ``--dask`` and a report rebuilt from ``--format jsonl``
show the same examples.
"""
from __future__ import annotations

import collections
import hashlib
import heapq
from typing import NamedTuple, Optional

from .. import problems
from ..diagnostic import Diagnostic

EXAMPLES_PER_CODE = 6
#: Distinct sources kept by name; articles from sources seen after this many
#: are counted under :data:`OTHER_SOURCES` (a per-article field would
#: otherwise grow one row per article).
MAX_SOURCES = 1000
OTHER_SOURCES = "(other sources)"
#: Characters of the flagged line kept either side of the span: enough to read
#: the finding in context, bounded for minified or run-together text.
CONTEXT_CHARS = 120


def family_of(code: str) -> str:
    return code.rstrip("0123456789")


class Example(NamedTuple):
    """One finding shown in the report, its line cut to a window around it."""

    rank: int
    path: str
    file: str
    record_line: Optional[int]
    line: int
    col: int
    message: str
    #: The window of the line: before the span, the span, after it.
    before: str = ""
    span: str = ""
    after: str = ""
    #: Whether the window starts / ends inside the line.
    cut_before: bool = False
    cut_after: bool = False
    suggestion: Optional[str] = None
    #: Column just past the span on its line; None when the span runs on past
    #: the line's end.
    span_end_col: Optional[int] = None

    @property
    def has_line(self) -> bool:
        return bool(self.before or self.span or self.after)

    def with_line(self, line_text: str) -> "Example":
        """This example, its window cut from ``line_text``."""
        start = max(self.col - 1, 0)
        end = len(line_text) if self.span_end_col is None else min(self.span_end_col - 1, len(line_text))
        end = max(end, start)
        left = max(start - CONTEXT_CHARS, 0)
        right = min(end + CONTEXT_CHARS, len(line_text))
        return self._replace(
            before=line_text[left:start],
            span=line_text[start:end],
            after=line_text[end:right],
            cut_before=left > 0,
            cut_after=right < len(line_text),
        )


class CodeCounts:
    """Counts for one code, and its sample of examples."""

    def __init__(self, diagnostic: Diagnostic):
        self.name = diagnostic.name
        self.severity = diagnostic.severity.value
        self.first_message = diagnostic.message
        self.findings = 0
        self.articles = 0
        self.with_suggestion = 0
        self._sample: list[tuple[int, Example]] = []  # a max-heap on -rank

    def add(self, diagnostic: Diagnostic) -> None:
        self.findings += 1
        self.with_suggestion += diagnostic.suggestion is not None
        rank = _rank(diagnostic)
        if len(self._sample) == EXAMPLES_PER_CODE and -self._sample[0][0] <= rank:
            return
        example = _example(diagnostic, rank)
        if len(self._sample) < EXAMPLES_PER_CODE:
            heapq.heappush(self._sample, (-rank, example))
        else:
            heapq.heapreplace(self._sample, (-rank, example))

    @property
    def examples(self) -> list[Example]:
        return sorted((example for _, example in self._sample), key=lambda e: e.rank)

    def replace_examples(self, examples: list[Example]) -> None:
        self._sample = [(-example.rank, example) for example in examples]
        heapq.heapify(self._sample)


class SourceCounts:
    def __init__(self) -> None:
        self.articles = 0
        self.articles_with_findings = 0
        self.findings = 0
        self.per_family: collections.Counter = collections.Counter()

    @property
    def findings_per_article(self) -> float:
        return self.findings / self.articles if self.articles else 0.0


class ReportData:
    """The counts and samples of one run, fed article by article."""

    def __init__(self) -> None:
        self.articles = 0
        self.articles_with_findings = 0
        self.findings = 0
        self.with_suggestion = 0
        self.problems = 0
        self.codes: dict[str, CodeCounts] = {}
        #: Number of findings in an article -> how many articles have that many.
        self.histogram: collections.Counter = collections.Counter()
        self.sources: dict[str, SourceCounts] = {}
        self.sources_lumped = 0
        self._article_findings = 0
        self._article_codes: set[str] = set()
        self._source: SourceCounts | None = None

    def begin(self, source: str) -> None:
        self.articles += 1
        self._article_findings = 0
        self._article_codes = set()
        self._source = self._source_counts(source)
        self._source.articles += 1

    def add(self, diagnostic: Diagnostic) -> None:
        code = diagnostic.code
        counts = self.codes.get(code)
        if counts is None:
            counts = self.codes[code] = CodeCounts(diagnostic)
        counts.add(diagnostic)
        if code not in self._article_codes:
            self._article_codes.add(code)
            counts.articles += 1
        self.findings += 1
        self.with_suggestion += diagnostic.suggestion is not None
        self.problems += problems.is_problem(code)
        self._article_findings += 1
        if self._source is not None:
            self._source.findings += 1
            self._source.per_family[family_of(code)] += 1

    def end(self) -> None:
        self.histogram[self._article_findings] += 1
        if self._article_findings:
            self.articles_with_findings += 1
            if self._source is not None:
                self._source.articles_with_findings += 1
        self._source = None

    def _source_counts(self, source: str) -> SourceCounts:
        counts = self.sources.get(source)
        if counts is not None:
            return counts
        if len(self.sources) >= MAX_SOURCES:
            self.sources_lumped += 1
            source = OTHER_SOURCES
            if source in self.sources:
                return self.sources[source]
        counts = self.sources[source] = SourceCounts()
        return counts

    # -- views the page draws -------------------------------------------------

    def per_code(self) -> list[tuple[str, int]]:
        return sorted(((code, counts.findings) for code, counts in self.codes.items()), key=lambda item: (-item[1], item[0]))

    def per_family(self) -> list[tuple[str, int]]:
        families: collections.Counter = collections.Counter()
        for code, counts in self.codes.items():
            families[family_of(code)] += counts.findings
        return sorted(families.items(), key=lambda item: (-item[1], item[0]))

    def sources_worst_first(self) -> list[tuple[str, SourceCounts]]:
        return sorted(
            self.sources.items(),
            key=lambda item: (-item[1].findings_per_article, -item[1].findings, item[0]),
        )

    def examples(self) -> list[Example]:
        return [example for counts in self.codes.values() for example in counts.examples]


def _rank(diagnostic: Diagnostic) -> int:
    place = f"{diagnostic.code}\0{diagnostic.path}\0{diagnostic.line}\0{diagnostic.col}"
    return int.from_bytes(hashlib.blake2b(place.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


def _example(diagnostic: Diagnostic, rank: int) -> Example:
    span_end = diagnostic.end_col if diagnostic.end_line == diagnostic.line else None
    example = Example(
        rank=rank,
        path=diagnostic.path,
        file=diagnostic.source_file,
        record_line=diagnostic.record_line,
        line=diagnostic.line,
        col=diagnostic.col,
        message=diagnostic.message,
        suggestion=diagnostic.suggestion,
        span_end_col=span_end,
    )
    return example.with_line(diagnostic.line_text) if diagnostic.line_text else example
