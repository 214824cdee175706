"""A corpus rule's whole-line verdict (UI108, a line recurring across the
articles of a run) depends on the run's other articles, so it silences only
its own family inside the line: a defect inside a line three files share is
reported whether the files are checked together or one at a time (a
pre-commit hook passes only the staged ones).  Article-level verdicts
(UI101's interface string) still speak for their line whole.  All text
here is written for these tests."""
from __future__ import annotations

from newslint import Document, Finding, Linter, Rule
from newslint.checker import _without_findings_inside_judged_lines
from newslint.diagnostic import Severity

from conftest import write

SHARED = "The mayor said the the plan was ready."
STORIES = [
    [
        "Harbour wall to be rebuilt",
        "Work on the old harbour wall at Port Ellis will start in March and take two years, the council said.",
        SHARED,
        "Boat owners will be moved to a temporary pontoon on the north side of the quay.",
    ],
    [
        "Library opens on Sundays",
        "The central library will open on Sunday afternoons from next month after a trial drew large crowds.",
        SHARED,
        "Volunteers will run a reading group for children in the new family room.",
    ],
    [
        "New bus route for villages",
        "A new bus will link the northern villages with the hospital twice a day from January, the county said.",
        SHARED,
        "Parents asked for an earlier bus on school days, which the county said it would consider.",
    ],
]


def _texts():
    return [(f"s{number}.txt", "\n".join(lines) + "\n") for number, lines in enumerate(STORIES, start=1)]


def test_a_doubled_word_in_a_recurring_line_is_reported_together_and_alone():
    together = list(Linter().lint_texts(_texts()))
    assert sorted((d.path, d.line, d.code) for d in together if d.code == "UI108") == [
        ("s1.txt", 3, "UI108"), ("s2.txt", 3, "UI108"), ("s3.txt", 3, "UI108"),
    ]
    doubled = sorted((d.path, d.line, d.col) for d in together if d.code == "TX101")
    assert doubled == [("s1.txt", 3, 16), ("s2.txt", 3, 16), ("s3.txt", 3, 16)]
    for path, text in _texts():
        alone = Linter().lint_text(text, path)
        assert [(d.path, d.line, d.col) for d in alone if d.code == "TX101"] == [(path, 3, 16)]
        assert not any(d.code == "UI108" for d in alone)


def test_the_same_file_gives_the_same_tx_findings_in_any_company(newslint, workdir):
    for path, text in _texts():
        write(workdir / path, text)
    together = newslint("s1.txt", "s2.txt", "s3.txt", "--select", "TX,UI108")
    alone = newslint("s1.txt", "--select", "TX,UI108")
    assert "s1.txt:3:1: UI108" in together.out and "UI108" not in alone.out
    tx_lines = lambda out: [line for line in out.splitlines() if line.startswith("s1.txt") and " TX" in line]  # noqa: E731
    assert tx_lines(together.out) == tx_lines(alone.out) == ['s1.txt:3:16: TX101 [*] doubled word "the the"']
    fixed = newslint("s1.txt", "s2.txt", "s3.txt", "--fix")
    assert fixed.code in (0, 1)
    assert (workdir / "s1.txt").read_text(encoding="utf-8").splitlines()[2] == "The mayor said the plan was ready."


# -- the sieve itself, with rules written for the test ------------------------


class _LineJudge(Rule):
    code, name = "ZZ101", "line-judge"
    judges_whole_lines = True
    summary = why = example = use_instead = "x"

    def check_document(self, document, options):
        yield from ()


class _CorpusJudge(Rule):
    code, name = "ZZ108", "corpus-judge"
    judges_whole_lines = True
    summary = why = example = use_instead = "x"

    def collect(self, document, options):
        return 0

    def merge(self, partials, options):
        return 0

    def check_in_corpus(self, document, corpus, options):
        yield from ()


class _SameFamily(Rule):
    code, name = "ZZ120", "same-family"
    summary = why = example = use_instead = "x"

    def check_line(self, line, document, options):
        yield from ()


class _OtherFamily(Rule):
    code, name = "YY101", "other-family"
    summary = why = example = use_instead = "x"

    def check_line(self, line, document, options):
        yield from ()


TEXT = "First line of the text.\nShared line with a doubled doubled word\nLast line.\n"
LINE = (TEXT.index("Shared"), TEXT.index("\nLast"))
INSIDE = Finding(TEXT.index("doubled"), TEXT.index("doubled") + 15, "inside")


def _kept(*judges):
    document = Document(TEXT)
    found = [(rule(), Severity.WARNING, Finding(*LINE, "whole")) for rule in judges]
    found += [(_SameFamily(), Severity.WARNING, INSIDE), (_OtherFamily(), Severity.WARNING, INSIDE)]
    found.sort(key=lambda item: item[0].code)
    return sorted(rule.code for rule, _severity, _finding in _without_findings_inside_judged_lines(found, document))


def test_an_article_level_verdict_speaks_for_its_line_whole():
    assert _kept(_LineJudge) == ["ZZ101"]


def test_a_corpus_verdict_silences_only_its_own_family():
    assert _kept(_CorpusJudge) == ["YY101", "ZZ108"]


def test_a_line_both_kinds_judge_is_spoken_for_whole():
    assert _kept(_LineJudge, _CorpusJudge) == ["ZZ101"]


def test_a_finding_outside_the_judged_line_stays():
    document = Document(TEXT)
    outside = Finding(0, 5, "outside")
    found = [(_CorpusJudge(), Severity.WARNING, Finding(*LINE, "whole")), (_SameFamily(), Severity.WARNING, outside)]
    assert len(_without_findings_inside_judged_lines(found, document)) == 2
