"""newslint as a pipeline, a CI check and a pre-commit hook (trial 16):
input whose encoding is doubtful, closed pipes, the report command, bounds
on -j, selections that check nothing, and the API's edge cases."""
import json

import pytest

from conftest import write

# An even number of bytes: as UTF-16 it decodes (", " becomes U+202C, a bidi control).
ARTICLE = "The council met on Tuesday, and the the mayor spoke.\nVoters, officials said, they were pleased.\n"


# -- 1. a UTF-8 file read as UTF-16 -------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf8_file_read_as_utf16_is_nl104_not_findings(newslint, workdir, encoding):
    write(workdir / "a.txt", ARTICLE)
    result = newslint("a.txt", "--encoding", encoding)
    assert result.code == 2
    assert result.out.splitlines() == [
        f"a.txt:1:1: NL104 not {encoding}: the file holds no NUL byte ({encoding} writes one beside every space "
        f"and line end) and is valid UTF-8; leave out --encoding {encoding}"
    ]


def test_fix_never_rewrites_a_utf8_file_read_as_utf16(newslint, workdir):
    data = ARTICLE.encode("utf-8")
    write(workdir / "a.txt", data)
    result = newslint("a.txt", "--encoding", "utf-16", "--fix")
    assert result.code == 2 and "NL104" in result.out
    assert (workdir / "a.txt").read_bytes() == data


def test_latin1_file_read_as_utf16_is_nl104(newslint, workdir):
    # Not UTF-8 either: its byte pairs decode to private-use characters.
    write(workdir / "a.txt", "Café société: élève à Zürich, où l'été est doux.\n".encode("cp1252"))
    result = newslint("a.txt", "--encoding", "utf-16")
    assert result.code == 2 and "NL104 not utf-16: the file holds no NUL byte" in result.out


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_real_wide_files_still_read(newslint, workdir, encoding):
    write(workdir / "a.txt", "Zürich: the the vote.\n".encode(encoding))
    result = newslint("a.txt", "--encoding", encoding)
    assert result.code == 1 and 'TX101 [*] doubled word "the the"' in result.out


def test_cjk_utf16_without_ascii_is_still_read(newslint, workdir):
    # Chinese with an ideographic full stop and no ASCII at all has no NUL
    # byte in UTF-16; it is not UTF-8 and decodes to assigned characters.
    write(workdir / "a.txt", "北京市政府今天宣布新的交通计划。".encode("utf-16-le"))
    result = newslint("a.txt", "--encoding", "utf-16-le")
    assert "NL104" not in result.out


# -- 3. JSON Lines in UTF-16 --------------------------------------------------


def _records(*texts):
    return "".join(json.dumps({"id": f"r{i}", "text": text}, ensure_ascii=False) + "\n" for i, text in enumerate(texts, 1))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-32"])
def test_wide_corpus_is_read_with_its_encoding(newslint, workdir, encoding):
    write(workdir / "c.jsonl", _records("It rained in Zürich.", "The the vote was close.").encode(encoding))
    result = newslint("c.jsonl", "--encoding", encoding)
    assert result.out.splitlines() == ['c.jsonl#r2:1:1: TX101 [*] doubled word "The the"']
    assert result.code == 1


def test_wide_corpus_without_the_flag_gets_one_diagnosis(newslint, workdir):
    write(workdir / "c.jsonl", _records("It rained.", "The the vote was close.").encode("utf-16"))
    result = newslint("c.jsonl")
    assert result.out.splitlines() == ["c.jsonl:1:1: NL104 not valid utf-8: the text looks like utf-16; pass --encoding utf-16"]
    assert result.code == 2


def test_utf8_corpus_read_as_utf16_gets_one_diagnosis(newslint, workdir):
    write(workdir / "c.jsonl", _records("It rained.", "The the vote was close."))
    result = newslint("c.jsonl", "--encoding", "utf-16")
    assert len(result.out.splitlines()) == 1 and "NL104 not utf-16" in result.out
    assert result.code == 2


def test_wide_corpus_gzipped_and_crlf(newslint, workdir):
    import gzip

    data = _records("It rained.", "The the vote was close.").replace("\n", "\r\n").encode("utf-16")
    write(workdir / "c.jsonl.gz", gzip.compress(data))
    result = newslint("c.jsonl.gz", "--encoding", "utf-16")
    assert result.out.splitlines() == ['c.jsonl.gz#r2:1:1: TX101 [*] doubled word "The the"']


def test_wide_corpus_record_too_large_and_bad_bytes(newslint, workdir):
    big = "word " * 400
    data = _records("It rained.", big, "The the vote was close.").encode("utf-16-le") + b"\x00\xdc"  # a lone low surrogate
    write(workdir / "c.jsonl", data)
    result = newslint("c.jsonl", "--encoding", "utf-16-le", "--max-article-bytes", "1000")
    lines = result.out.splitlines()
    assert lines[0] == "c.jsonl:2:1: NL109 record 2 is larger than max-article-bytes (1,000 bytes); it was not read"
    assert lines[1] == 'c.jsonl#r3:1:1: TX101 [*] doubled word "The the"'
    assert lines[2].startswith("c.jsonl:4:1: NL104 not valid utf-16-le (byte 0x00 in record 4); the rest of the file was not read")
    assert result.code == 2


def test_wide_corpus_spanning_many_chunks(newslint, workdir):
    texts = [f"Report {i} was filed on time." for i in range(3000)] + ["The the vote was close."]
    write(workdir / "c.jsonl", _records(*texts).encode("utf-16"))
    result = newslint("c.jsonl", "--encoding", "utf-16", "--select", "TX101")
    assert result.out.splitlines() == ['c.jsonl#r3001:1:1: TX101 [*] doubled word "The the"']


# -- 2. a closed standard output ----------------------------------------------


class _ClosedPipe:
    """Standard output whose reader has gone (``newslint ... | head -1``)."""

    encoding = "utf-8"

    def write(self, text):
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self):
        raise BrokenPipeError(32, "Broken pipe")

    def isatty(self):
        return False


@pytest.mark.parametrize("names", [("missing.txt", "a.txt"), ("a.txt",)])
def test_closed_stdout_exits_2_never_1(workdir, monkeypatch, names):
    import sys

    from newslint.cli import main

    write(workdir / "a.txt", ARTICLE)
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    # An input problem still exits 2, and so does a report cut short: the
    # run can neither pass nor read as "findings only".
    assert main(list(names)) == 2


# -- 4. newslint report on bad input ------------------------------------------

FINDING = {
    "path": "a.txt", "line": 1, "col": 5, "end_line": 1, "end_col": 12, "code": "TX101", "name": "doubled-word",
    "severity": "warning", "message": 'doubled word "the the"', "suggestion": "the", "file": "a.txt",
    "record_line": None, "fix": None,
}


def _report_error(newslint, *args):
    result = newslint("report", *args, "-o", "page.html")
    assert result.code == 2 and "internal error" not in result.err and "Traceback" not in result.err
    assert result.err.count("\n") == 1
    return result.err.strip()


def test_report_on_a_binary_findings_file(newslint, workdir):
    write(workdir / "f.jsonl", b"\x89PNG\r\n\x1a\n\xfc\xfd")
    assert _report_error(newslint, "f.jsonl") == (
        "newslint: error: f.jsonl:1: not UTF-8 text (byte 0x89); is it --format jsonl output?"
    )


@pytest.mark.parametrize(
    "row, message",
    [
        ({k: v for k, v in FINDING.items() if k != "line"}, "no 'line' field"),
        ({**FINDING, "path": 5}, "'path' is a number, not a string"),
        ({**FINDING, "line": "1"}, "'line' is a string, not a whole number"),
        ({**FINDING, "severity": "fatal"}, "'severity' is 'fatal', not warning or error"),
        ({**FINDING, "fix": {"edits": []}}, "'fix' is not a fix as --format jsonl writes one"),
    ],
)
def test_report_names_the_field_of_a_bad_finding(newslint, workdir, row, message):
    write(workdir / "f.jsonl", json.dumps(FINDING) + "\n" + json.dumps(row) + "\n")
    assert _report_error(newslint, "f.jsonl") == f"newslint: error: f.jsonl:2: not a --format jsonl finding: {message}"


@pytest.mark.parametrize(
    "row, message",
    [
        ({"path": 5}, "'path' is a number, not a string"),
        ({"file": "a.txt"}, "no 'path' field"),
        ({"path": "a.txt", "record_line": "3"}, "'record_line' is a string, not a whole number or null"),
        ([1], None),
    ],
)
def test_report_names_the_field_of_a_bad_summary_row(newslint, workdir, row, message):
    write(workdir / "f.jsonl", json.dumps(FINDING) + "\n")
    write(workdir / "s.jsonl", json.dumps(row) + "\n")
    error = _report_error(newslint, "f.jsonl", "--summary", "s.jsonl")
    if message is None:
        assert error == "newslint: error: s.jsonl:1: an array, not a JSON object"
    else:
        assert error == f"newslint: error: s.jsonl:1: not a --summary row: {message}"


def test_report_takes_verbose_and_builds_from_good_rows(newslint, workdir):
    write(workdir / "a.txt", "It was the the end.\n")
    write(workdir / "f.jsonl", json.dumps(FINDING) + "\n")
    write(workdir / "s.jsonl", json.dumps({"path": "a.txt", "file": "a.txt"}) + "\n")
    result = newslint("report", "f.jsonl", "--summary", "s.jsonl", "-o", "page.html", "--verbose")
    assert result.code == 0, result.err
    assert "TX101" in (workdir / "page.html").read_text(encoding="utf-8")


# -- 5. -j has a bound --------------------------------------------------------


def test_jobs_are_capped_per_cpu_with_a_warning():
    from newslint.diagnostic import NewslintWarning
    from newslint.runner import JOBS_PER_CPU, bounded_jobs

    assert bounded_jobs(3, cpus=2) == 3
    with pytest.warns(NewslintWarning, match=r"^-j 10,000 is more than 2 processes per CPU \(2 CPUs\); running 4$"):
        assert bounded_jobs(10_000, cpus=2) == 2 * JOBS_PER_CPU


def test_no_more_processes_than_batches(newslint, workdir, monkeypatch):
    import newslint.runner as runner

    started = []
    real = runner._Workers.__init__

    def counting(self, config, jobs, checker, fix):
        started.append(jobs + 1)  # the workers and the main process, which checks too
        real(self, config, jobs, checker, fix)

    monkeypatch.setattr(runner._Workers, "__init__", counting)
    monkeypatch.setattr(runner, "BATCH_ARTICLES", 2)
    for i in range(5):
        write(workdir / "d" / f"a{i}.txt", f"Article {i} says the the same.\n")
    one = newslint("d", "-j", "1")
    many = newslint("d", "-j", "3")  # five articles, two a batch: three batches
    assert many.out == one.out and many.code == one.code == 1
    assert started and set(started) == {3}
    started.clear()
    monkeypatch.setattr(runner.os, "cpu_count", lambda: 64)
    again = newslint("d", "-j", "100")
    assert again.out == one.out and set(started) == {3}
    started.clear()
    single = newslint("d/a0.txt", "-j", "8")  # one batch: no pool at all
    assert started == [] and single.code == 1


# -- 6. a selection that runs no rule ---------------------------------------


@pytest.mark.parametrize(
    "args, message",
    [
        (["--select", "NL"], "command line: --select NL: selects no rule, so nothing would be checked (NL codes are input problems"),
        (["--select", "NL104,NL1"], "command line: --select NL104,NL1: selects no rule"),
        (["--ignore", "ALL"], "command line: --ignore ALL: selects no rule, so nothing would be checked (ALL in ignore"),
    ],
)
def test_a_selection_of_no_rule_is_an_error(newslint, workdir, args, message):
    write(workdir / "a.txt", ARTICLE)
    result = newslint("a.txt", "--isolated", *args)
    assert (result.code, result.out) == (2, "")
    assert result.err.startswith(f"newslint: error: {message}") and result.err.count("\n") == 1


def test_a_selection_of_no_rule_in_a_file_names_the_line(newslint, workdir):
    write(workdir / "newslint.yaml", "format: default\nignore: [ALL]\n")
    write(workdir / "a.txt", ARTICLE)
    result = newslint("a.txt")
    assert result.code == 2 and result.err.startswith(f"newslint: error: {workdir / 'newslint.yaml'}:2: ignore ALL: selects no rule")


def test_selections_that_keep_a_rule_still_run(newslint, workdir):
    write(workdir / "a.txt", ARTICLE)
    assert newslint("a.txt", "--isolated", "--ignore", "ALL", "--extend-select", "TX101").code == 1
    assert newslint("a.txt", "--isolated", "--select", "TX101,NL").code == 1
    assert newslint("a.txt", "--isolated", "--select", "TX1", "--ignore", "TX1").code == 1  # a tie goes to select


def test_api_selection_of_no_rule_raises():
    from newslint import Linter
    from newslint.config import ConfigError

    with pytest.raises(ConfigError, match=r"^Linter\(\): select NL: selects no rule"):
        Linter(select=["NL"])


# -- 7. lone surrogates -------------------------------------------------------


def test_lone_surrogates_in_a_record_are_nl104(newslint, workdir):
    lines = [
        '{"id": "s1", "text": "The the cat \\udcff sat on the mat."}',
        '{"id": "s2\\udcff", "text": "The the dog."}',
        '{"id": "s3", "text": "\\ud83d\\ude00 The the emoji line."}',  # a pair: one character, checked
    ]
    write(workdir / "c.jsonl", "\n".join(lines) + "\n")
    result = newslint("c.jsonl")
    assert result.out.splitlines() == [
        "c.jsonl:1:1: NL104 record 1's 'text' holds a lone surrogate (U+DCFF, character 13), which is not a "
        "character; it was not checked",
        "c.jsonl:2:1: NL104 record 2's 'id' holds a lone surrogate (U+DCFF, character 3), which is not a "
        "character; it was not checked",
        'c.jsonl#s3:1:3: TX101 [*] doubled word "The the"',
    ]
    assert result.code == 2


def test_lone_surrogate_through_the_api():
    from newslint import Linter

    linter = Linter(select=["TX101"])
    assert [d.code for d in linter.lint_text("The the cat \udcff sat.")] == ["NL104"]
    assert [d.code for d in linter.lint_records([{"id": "a", "text": "The the \ud800 cat."}])] == ["NL104"]
    assert [d.code for d in linter.lint_text("The the cat \U0001F600 sat.")] == ["TX101"]


# -- 11. the API's edge cases -------------------------------------------------


@pytest.mark.parametrize(
    "value, message",
    [
        (b"The the cat.", r"^lint_text: the article text must be a str, not bytes \(decode it first"),
        (None, r"^lint_text: the article text must be a str, not NoneType$"),
    ],
)
def test_lint_text_rejects_what_is_not_text(value, message):
    from newslint import Linter

    with pytest.raises(TypeError, match=message):
        Linter().lint_text(value)


def test_lint_texts_reports_a_repeated_path_as_lint_records_does():
    from newslint import Linter

    linter = Linter(select=["TX101"])
    texts = [(d.path, d.code) for d in linter.lint_texts([("a", "The the cat."), ("a", "The the dog."), ("b", "Fine.")])]
    records = [(d.path, d.code) for d in linter.lint_records([{"id": "a", "text": "The the cat."}, {"id": "a", "text": "The the dog."}])]
    assert texts == [("a", "TX101"), ("a", "NL105")]
    assert records == [("records#a", "TX101"), ("records", "NL105")]
    with pytest.raises(TypeError, match=r"^lint_texts: item 1 is not a \(path, text\) pair but a str$"):
        list(linter.lint_texts(["The the cat."]))


@pytest.mark.parametrize(
    "yaml_text, message",
    [
        ("rules:\n  TX102:\n    min-length: -100\n", "newslint.yaml:3: rules.TX102.min-length: expected a whole number of 0 or more, got -100"),
        ('per-file-ignores:\n  "[": [TX101]\n', "newslint.yaml:2: per-file-ignores: glob '[': a [ is never closed by ]"),
        ('exclude: ["data/[2026*.txt"]\n', "newslint.yaml:1: exclude: glob 'data/[2026*.txt': a [ is never closed by ]"),
    ],
)
def test_options_out_of_range_are_config_errors(newslint, workdir, yaml_text, message):
    write(workdir / "newslint.yaml", yaml_text)
    write(workdir / "a.txt", ARTICLE)
    result = newslint("a.txt")
    assert (result.code, result.out) == (2, "")
    assert result.err.startswith(f"newslint: error: {workdir / message}")


def test_api_rejects_negative_counts_and_unclosed_globs():
    from newslint import Linter
    from newslint.config import ConfigError

    with pytest.raises(ConfigError, match=r"rules.TX102.min-length: expected a whole number of 0 or more"):
        Linter(rules={"TX102": {"min-length": -1}})
    with pytest.raises(ConfigError, match=r"per_file_ignores: glob '\[': a \[ is never closed"):
        Linter(per_file_ignores={"[": ["TX101"]})


def test_closed_glob_sets_still_work(newslint, workdir):
    write(workdir / "a.txt", ARTICLE)
    write(workdir / "newslint.yaml", 'per-file-ignores:\n  "[ab].txt": [TX101]\n  "[!z]*.md": [TX]\n  "[]]x": [TX]\n')
    assert "TX101" not in newslint("a.txt").out


# -- 8. a broken pyproject.toml that names tool.newslint -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "[tool.newslint\nselect = 5\n",
        "[ tool.newslint ]\nselect = [\n",
        "[tool.newslint.rules.TX101]\nmin-length = = 3\n",
        "[tool.'newslint']\nselect = ['TX'\n",
    ],
)
def test_broken_pyproject_naming_newslint_is_an_error(newslint, workdir, text):
    project = workdir / "project"
    write(project / "pyproject.toml", text)
    write(workdir / "newslint.yaml", "select: [TX101]\n")  # above it: must not be found instead
    write(project / "a.txt", ARTICLE)
    import os

    os.chdir(project)
    result = newslint("a.txt")
    assert (result.code, result.out) == (2, "")
    assert result.err.startswith(f"newslint: error: {project / 'pyproject.toml'}: invalid TOML:")


def test_broken_pyproject_of_another_tool_is_not_ours(newslint, workdir):
    write(workdir / "pyproject.toml", "[tool.black\nline-length = 88\n# newslint is run in CI\n")
    write(workdir / "a.txt", ARTICLE)
    assert newslint("a.txt").code == 1


# -- 9. the HTML page is the same for any -j ----------------------------------


def test_html_page_is_byte_identical_for_any_jobs(newslint, workdir, monkeypatch):
    pytest.importorskip("matplotlib")
    import newslint.runner as runner

    monkeypatch.setattr(runner, "BATCH_ARTICLES", 1)  # several batches, so -j 2 runs two processes
    for i in range(3):
        write(workdir / "d" / f"a{i}.txt", f"Article {i} said the the same thing..\n")
    assert newslint("d", "--format", "html", "--output-file", "one.html", "-j", "1").code == 1
    assert newslint("d", "--format", "html", "--output-file", "two.html", "-j", "2").code == 1
    one, two = (workdir / "one.html").read_bytes(), (workdir / "two.html").read_bytes()
    assert one == two and b"jobs:" not in one and b"max-findings-per-article:" in one


# -- 10. wording --------------------------------------------------------------


def test_json_error_does_not_say_at_twice(newslint, workdir):
    write(workdir / "c.jsonl", '{"id": "a", "text": "tab\there"}\n')
    result = newslint("c.jsonl")
    assert result.out == "c.jsonl:1:25: NL105 record 1 is not valid JSON (invalid control character at character 25)\n"


def test_plain_file_named_gz_and_truncated_gzip_are_told_apart(newslint, workdir):
    import gzip

    write(workdir / "plain.jsonl.gz", '{"text": "Fine."}\n')
    data = gzip.compress("".join(f'{{"text": "Line {i} is here."}}\n' for i in range(300)).encode())
    write(workdir / "cut.txt.gz", data[: len(data) // 2])
    damaged = bytearray(gzip.compress(b"It rained all day.\n"))
    damaged[-8] ^= 0xFF  # the CRC no longer matches
    write(workdir / "crc.txt.gz", bytes(damaged))
    result = newslint("plain.jsonl.gz", "cut.txt.gz", "crc.txt.gz")
    lines = result.out.splitlines()
    assert lines[2].startswith("crc.txt.gz:1:1: NL102 cannot read: a damaged gzip stream (CRC check failed")
    assert lines[:2] == [
        "plain.jsonl.gz:1:1: NL102 cannot read: not gzip-compressed, though its name ends in .gz (it does not "
        "start with gzip's bytes 1F 8B)",
        "cut.txt.gz:1:1: NL102 cannot read: the gzip stream is cut short (it ends before its end-of-stream "
        "marker: a truncated file)",
    ]


def test_fix_leaves_a_wide_corpus_as_it_was_with_one_line(newslint, workdir):
    data = _records("It rained.", "The the vote was close.").encode("utf-16")
    write(workdir / "c.jsonl", data)
    result = newslint("c.jsonl", "--encoding", "utf-16", "--fix")
    assert result.code == 2 and "Traceback" not in result.err
    assert "c.jsonl: not fixed: a JSON Lines corpus in utf-16 is not rewritten record by record" in result.err
    assert (workdir / "c.jsonl").read_bytes() == data
