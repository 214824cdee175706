"""Fuzzing: Hypothesis over article text, JSON Lines records, paths and ids,
and configuration values.  Whatever comes in:

* nothing crashes (no NL107 rule-crashed, no traceback, exit 0, 1 or 2);
* every finding's line and column lie inside its article;
* every output format prints one finding a line;
* the exit code matches the findings.

Kept to a few seconds: few examples, short texts, no deadline (the machine is
shared).
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint import Linter
from newslint.cli import main
from newslint.config import ConfigError, load_config
from newslint.document import Document
from newslint.formatting.base import ReportOptions
from newslint.formatting.default import DefaultFormatter
from newslint.formatting.github import GithubFormatter
from newslint.formatting.json_format import JsonFormatter
from newslint.formatting.jsonl import JsonLinesFormatter
from newslint.formatting.sarif import SarifFormatter
from newslint.problems import is_problem

# No example database: nothing is written into the working tree.
FUZZ = settings(
    max_examples=15,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Pieces that wake the rules up, or that break naive output: quotation marks,
# damage each family looks for, line ends of every kind, escapes, CJK.
FRAGMENTS = [
    "“", "”", '"', "'", "‘", "’", "«", "»", "「", "」",
    "the the", "aproper", "securitymatters", "werewere", "Â£", "cafÃ©", "\ufffd", "&amp;", "<br>",
    "Share this article", "Read more", "Advertisement", "Comments are closed.",
    "\n", "\n\n", "\r\n", "\r", "\t", "\u2028", "\x85", "\x1b[2J", "\x00", "\u200b", "\u202e",
    "서울 시장은", "北京市场", "Москва", "!!", "..", ",,", " ", ".", "?",
]
TEXT = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40).map("".join)
# Ids and paths: anything, the hostile pieces first.
IDS = st.one_of(
    st.sampled_from(["x\n::error::INJECTED", "a:1:2", "my file", "\x1b[31m", "\ud800", "", "ok"]),
    st.text(max_size=15),
)
RECORDS = st.lists(st.fixed_dictionaries({"id": IDS, "text": TEXT}), min_size=1, max_size=4)

LINTER = Linter()
LINE_FORMATS = {"default": DefaultFormatter, "github": GithubFormatter, "jsonl": JsonLinesFormatter}


def _check_positions(diagnostics, text_of):
    for d in diagnostics:
        assert d.code != "NL107", d.message
        if is_problem(d.code):
            continue
        lines = Document(text_of(d)).lines
        assert 1 <= d.line <= d.end_line <= len(lines), d
        assert 1 <= d.col <= len(lines[d.line - 1].text) + 1, d
        assert 1 <= d.end_col <= len(lines[d.end_line - 1].text) + 1, d


def _report(formatter_class, diagnostics, show_source=False) -> str:
    output = io.StringIO()
    formatter = formatter_class(output, ReportOptions(show_source=show_source), io.StringIO())
    formatter.start()
    for d in diagnostics:
        formatter.handle(d)
    formatter.stop()
    return output.getvalue()


@settings(FUZZ, max_examples=10)
@given(RECORDS)
def test_records_give_findings_inside_their_articles_one_a_line(records):
    diagnostics = list(LINTER.lint_records(records, source="c.jsonl"))
    _check_positions(diagnostics, lambda d: records[d.record_line - 1]["text"])
    for name, formatter_class in LINE_FORMATS.items():
        text = _report(formatter_class, diagnostics)
        assert len(text.splitlines()) == len(diagnostics), name
        text.encode("utf-8")
    source = _report(DefaultFormatter, diagnostics, show_source=True)
    assert len(source.splitlines()) == len(diagnostics) + 2 * sum(1 for d in diagnostics if d.line_text)
    for formatter_class in (JsonFormatter, SarifFormatter):
        json.loads(_report(formatter_class, diagnostics))


@FUZZ
@given(TEXT)
def test_text_gives_findings_inside_the_article(text):
    diagnostics = LINTER.lint_text(text, path="a.txt")
    _check_positions(diagnostics, lambda d: text)


def _cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--isolated", "-q", *args])
    return code, out.getvalue(), err.getvalue()


@settings(FUZZ, max_examples=6)
@given(RECORDS, TEXT)
def test_the_command_line_exit_code_matches_its_findings(records, text):
    with tempfile.TemporaryDirectory() as directory:
        corpus = os.path.join(directory, "c.jsonl")
        with open(corpus, "w", encoding="utf-8") as handle:
            handle.write("".join(json.dumps(record) + "\n" for record in records))
        article = os.path.join(directory, "a.txt")
        with open(article, "w", encoding="utf-8", errors="surrogatepass", newline="") as handle:
            handle.write(text)
        code, out, err = _cli(corpus, article, "--format", "json")
        assert "Traceback" not in err and code in (0, 1, 2)
        found = json.loads(out)
        codes = [d["code"] for d in found]
        assert "NL107" not in codes
        expected = 2 if any(is_problem(code) for code in codes) else 1 if codes else 0
        assert code == expected, (codes, err)
        code, out, err = _cli(corpus, article)
        assert code == expected and len(out.splitlines()) == len(found)


@FUZZ
@given(IDS)
def test_any_id_is_one_line_in_every_format(identifier):
    records = [{"id": identifier, "text": "It was was late."}]
    diagnostics = list(LINTER.lint_records(records, source="c.jsonl"))
    assert len(diagnostics) == 1
    for name, formatter_class in LINE_FORMATS.items():
        assert len(_report(formatter_class, diagnostics).splitlines()) == 1, name
    # An id holding a lone surrogate is no valid text: the record is NL104, an error.
    valid = not any(0xD800 <= ord(char) <= 0xDFFF for char in identifier)
    assert diagnostics[0].code == ("TX101" if valid else "NL104")
    assert _report(GithubFormatter, diagnostics).startswith("::warning " if valid else "::error ")
    assert not _report(DefaultFormatter, diagnostics).startswith("::")


SETTING_NAMES = ["select", "ignore", "extend-select", "encoding", "max-line-length", "max-article-bytes", "format",
                 "jobs", "include", "rules", "severity", "per-file-ignores", "color", "unknown-key"]
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=10))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=8)


@FUZZ
@given(st.dictionaries(st.sampled_from(SETTING_NAMES), VALUES, max_size=4))
def test_any_configuration_value_loads_or_is_a_config_error(values):
    with tempfile.TemporaryDirectory() as directory:
        with open(os.path.join(directory, "newslint.yaml"), "w", encoding="utf-8") as handle:
            handle.write(yaml.safe_dump(values))
        try:
            load_config(start_dir=directory)
        except ConfigError:
            pass  # anything else (a TypeError, a RecursionError) fails the test


@FUZZ
@given(st.text(max_size=200))
def test_any_configuration_text_loads_or_is_a_config_error(text):
    with tempfile.TemporaryDirectory() as directory:
        with open(os.path.join(directory, "newslint.yaml"), "w", encoding="utf-8", errors="surrogatepass") as handle:
            handle.write(text)
        try:
            load_config(start_dir=directory)
        except ConfigError:
            pass
